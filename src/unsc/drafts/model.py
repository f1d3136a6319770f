"""The document model of a Council text: a draft resolution or a statement.

A :class:`Draft` holds the header (symbol, date, penholder, sponsors ...), the preambular
paragraphs, and the numbered :class:`OperativeParagraph` items. Each operative paragraph knows
its lead verb, whether it binds, and the :class:`Measure` objects it creates (arms embargo,
asset freeze ...), so a sanctions regime can be traced to the paragraph that made it.

All classes are frozen and slotted: a draft is a value. Make a variant with
:func:`dataclasses.replace` (or :meth:`Draft.with_operative`, which renumbers).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class Instrument(StrEnum):
    """The kind of Council text. Only a resolution can bind; statements need consensus."""

    RESOLUTION = "resolution"
    PRESIDENTIAL_STATEMENT = "presidential_statement"
    PRESS_STATEMENT = "press_statement"

    @property
    def can_bind(self) -> bool:
        """Only a resolution can bind Member States (Article 25); a statement cannot."""
        return self is Instrument.RESOLUTION

    @property
    def adoption(self) -> str:
        """How the Council agrees the text: ``"vote"`` (Article 27) or ``"consensus"``."""
        return "vote" if self is Instrument.RESOLUTION else "consensus"


class MeasureType(StrEnum):
    """A measure a paragraph creates. Values are lower_snake strings, stable in JSON."""

    ARMS_EMBARGO = "arms_embargo"
    ITEMS_BAN = "items_ban"
    LUXURY_GOODS_BAN = "luxury_goods_ban"
    FINANCIAL_PROHIBITION = "financial_prohibition"
    ASSET_FREEZE = "asset_freeze"
    TRAVEL_BAN = "travel_ban"
    CARGO_INSPECTION = "cargo_inspection"
    SANCTIONS_COMMITTEE = "sanctions_committee"
    PANEL_OF_EXPERTS = "panel_of_experts"
    REPORTING_DUTY = "reporting_duty"
    TRADE_EMBARGO = "trade_embargo"
    OIL_EMBARGO = "oil_embargo"
    COMMODITY_BAN = "commodity_ban"
    AVIATION_BAN = "aviation_ban"
    SHIPPING_BAN = "shipping_ban"
    DIPLOMATIC_RESTRICTIONS = "diplomatic_restrictions"
    TECHNICAL_ASSISTANCE_BAN = "technical_assistance_ban"
    SPORTS_CULTURAL_BAN = "sports_cultural_ban"
    USE_OF_FORCE = "use_of_force"
    EXEMPTION = "exemption"


DIRECTIONS = ("supply", "procurement", "both")


@dataclass(frozen=True, slots=True)
class Measure:
    """One measure as structured data.

    ``direction`` says which flow a ban stops: ``"supply"`` (to the target), ``"procurement"``
    (from the target) or ``"both"``; None where it does not apply (a committee).
    ``lists`` names the Council documents that list the items or persons (``"S/2006/814"``).
    ``subparagraph`` is the label of the sub-paragraph the measure comes from, if any.
    """

    type: MeasureType
    direction: str | None = None
    lists: tuple[str, ...] = ()
    text: str = ""
    subparagraph: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "type": self.type.value,
            "direction": self.direction,
            "lists": list(self.lists),
            "text": self.text,
            "subparagraph": self.subparagraph,
        }


@dataclass(frozen=True, slots=True)
class SubParagraph:
    """A lettered or numbered item inside an operative paragraph: ``(a)``, ``(ii)``, ``–``."""

    label: str
    text: str
    subparagraphs: tuple[SubParagraph, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "label": self.label,
            "text": self.text,
            "subparagraphs": [s.to_dict() for s in self.subparagraphs],
        }

    def all_text(self) -> str:
        """This item's text followed by its nested items' text."""
        return " ".join([self.text, *(s.all_text() for s in self.subparagraphs)])


@dataclass(frozen=True, slots=True)
class OperativeParagraph:
    """A numbered operative paragraph.

    ``verb`` is the lead verb phrase in canonical form ("Decides", "Calls upon",
    "Decides to remain seized" ...); ``binding`` follows the rule in :mod:`unsc.drafts.verbs`.
    ``label`` keeps the printed numbering when it was not a plain ``n.`` (``"A.2"``, or None
    for an unnumbered paragraph that the parser numbered); ``part`` the part heading
    (``"A"``) of resolutions printed in parts.
    """

    number: int
    text: str
    verb: str
    binding: bool
    measures: tuple[Measure, ...] = ()
    subparagraphs: tuple[SubParagraph, ...] = ()
    label: str | None = None
    part: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "number": self.number,
            "label": self.label,
            "part": self.part,
            "text": self.text,
            "verb": self.verb,
            "binding": self.binding,
            "measures": [m.to_dict() for m in self.measures],
            "subparagraphs": [s.to_dict() for s in self.subparagraphs],
        }

    def all_text(self) -> str:
        """The paragraph's text with all its sub-paragraphs, for searching."""
        return " ".join([self.text, *(s.all_text() for s in self.subparagraphs)])


@dataclass(frozen=True, slots=True)
class Draft:
    """A Council text: a draft or adopted resolution, or a statement.

    ``sponsors`` lists every sponsoring State, the ``penholder`` among them;
    :attr:`co_sponsors` are the others (Japan's draft of July 2006: penholder Japan,
    co-sponsors the United States, the United Kingdom and France).

    ``notes`` keeps every line of the source that is neither preambular nor operative
    (headings, footnotes, vote lines, a chapeau such as "Resolves that:"), so a parse never
    silently loses text; ``annex`` the paragraphs of an annex printed after the operative part.
    ``provenance`` says where the wording comes from (and what is paraphrased).
    """

    symbol: str | None = None
    title: str | None = None
    date: dt.date | None = None
    penholder: str | None = None
    sponsors: tuple[str, ...] = ()
    preambular: tuple[str, ...] = ()
    operative: tuple[OperativeParagraph, ...] = ()
    chapter_vii: bool = False
    article_41: bool = False
    instrument: Instrument = Instrument.RESOLUTION
    version: str | None = None
    meeting: str | None = None
    vote: str | None = None
    adopted: bool | None = None
    notes: tuple[str, ...] = ()
    provenance: str | None = None
    source: str | None = None
    annex: tuple[str, ...] = ()

    @property
    def co_sponsors(self) -> tuple[str, ...]:
        """The sponsors other than the penholder (who tables the text and leads the talks)."""
        return tuple(s for s in self.sponsors if s != self.penholder)

    @property
    def measures(self) -> tuple[Measure, ...]:
        """Every measure of every operative paragraph, in paragraph order."""
        return tuple(m for op in self.operative for m in op.measures)

    def paragraph(self, number: int) -> OperativeParagraph:
        """The operative paragraph numbered ``number`` (1-based)."""
        for op in self.operative:
            if op.number == number:
                return op
        raise KeyError(number)

    def with_operative(self, operative: tuple[OperativeParagraph, ...]) -> Draft:
        """A copy with these operative paragraphs, renumbered 1..n in order."""
        renumbered = tuple(
            op if op.number == i else dataclasses.replace(op, number=i)
            for i, op in enumerate(operative, start=1)
        )
        return dataclasses.replace(self, operative=renumbered)

    def to_dict(self) -> dict[str, Any]:
        return {
            "symbol": self.symbol,
            "title": self.title,
            "date": self.date.isoformat() if self.date else None,
            "penholder": self.penholder,
            "sponsors": list(self.sponsors),
            "co_sponsors": list(self.co_sponsors),
            "instrument": self.instrument.value,
            "adoption": self.instrument.adoption,
            "version": self.version,
            "meeting": self.meeting,
            "vote": self.vote,
            "adopted": self.adopted,
            "chapter_vii": self.chapter_vii,
            "article_41": self.article_41,
            "preambular": list(self.preambular),
            "operative": [op.to_dict() for op in self.operative],
            "notes": list(self.notes),
            "annex": list(self.annex),
            "provenance": self.provenance,
            "source": self.source,
        }


@dataclass(frozen=True, slots=True)
class StrengthPoint:
    """One named contribution to a strength score (``paragraph`` None for the whole text)."""

    paragraph: int | None
    feature: str
    value: float
    reason: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "paragraph": self.paragraph,
            "feature": self.feature,
            "value": self.value,
            "reason": self.reason,
        }


@dataclass(frozen=True, slots=True)
class Strength:
    """A strength score and its explanation: ``score == sum(p.value for p in points)``."""

    score: float
    points: tuple[StrengthPoint, ...] = field(default_factory=tuple)

    def to_dict(self) -> dict[str, Any]:
        return {"score": self.score, "points": [p.to_dict() for p in self.points]}


CHANGE_KINDS = ("added", "removed", "hardened", "softened", "reworded")


@dataclass(frozen=True, slots=True)
class Change:
    """One difference between two versions. ``paragraph`` numbers refer to the newer text
    (the older one's for a removed paragraph); None for a header change (Chapter VII ...)."""

    kind: str
    paragraph: int | None
    detail: str

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "paragraph": self.paragraph, "detail": self.detail}


@dataclass(frozen=True, slots=True)
class DraftDiff:
    """The paragraph-level differences from ``a`` (older) to ``b`` (newer).

    ``explanation`` gives the change of strength point by point ("+1 OP 3: binding
    'Decides' (was 'Calls upon')"); its values add up to :attr:`delta`.
    """

    changes: tuple[Change, ...]
    strength_a: Strength
    strength_b: Strength
    explanation: tuple[StrengthPoint, ...] = ()

    @property
    def delta(self) -> float:
        """How much stronger ``b`` is than ``a`` (negative: weaker)."""
        return round(self.strength_b.score - self.strength_a.score, 6)

    def to_dict(self) -> dict[str, Any]:
        return {
            "changes": [c.to_dict() for c in self.changes],
            "strength_a": self.strength_a.to_dict(),
            "strength_b": self.strength_b.to_dict(),
            "delta": self.delta,
            "explanation": [p.to_dict() for p in self.explanation],
        }
