"""The space of texts a negotiation can reach: a legal basis and, per paragraph, a wording.

A :class:`Space` has basis options (Chapter VII with Article 41, Chapter VII, none) and
:class:`Slot` items, one per paragraph of the tabled draft (plus paragraphs that only a later
version has). Each slot lists its wordings from strongest to weakest (:class:`Variant`); a
slot that is not ``must_stay`` may also be dropped. A :class:`Choice` picks one basis and, per
slot, a wording or nothing.

Strength is additive: the basis's points plus each chosen wording's points *under that
basis* (a "decides" weighs more under Chapter VII). Points are kept as integer
milli-points (:data:`SCALE`), so the solver and the exhaustive search compare exactly.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from itertools import product
from typing import Any

from unsc.drafts import OperativeParagraph
from unsc.errors import InvalidInput
from unsc.negotiation.positions import Literal

SCALE = 1000


def to_points(value: float) -> int:
    """Strength as integer milli-points."""
    return round(value * SCALE)


@dataclass(frozen=True, slots=True)
class Basis:
    """A legal basis option for the text."""

    id: str
    label: str
    chapter_vii: bool
    article_41: bool
    features: frozenset[str]
    strength: int = 0


@dataclass(frozen=True, slots=True)
class Variant:
    """One wording of a paragraph: its features and its strength under each basis id.

    Both depend on the basis: "requires" binds under Chapter VII only, and a binding
    paragraph weighs more there.
    """

    id: str
    label: str
    features: Mapping[str, frozenset[str]]
    strength: Mapping[str, int]
    text: str = ""
    paragraph: OperativeParagraph | None = None
    source: str = ""


@dataclass(frozen=True, slots=True)
class Slot:
    """A paragraph position: its wordings, strongest first; ``must_stay`` forbids a drop.

    ``needs`` are literals the rest of the text must satisfy for this paragraph to be in it
    (the travel-ban exemptions need ``measure:travel_ban``).
    """

    id: str
    label: str
    variants: tuple[Variant, ...]
    must_stay: bool = False
    in_original: bool = True
    needs: tuple[Literal, ...] = ()

    def variant(self, variant_id: str) -> Variant:
        for v in self.variants:
            if v.id == variant_id:
                return v
        raise InvalidInput(
            f"paragraph {self.id} has no wording {variant_id!r}",
            hint=f"known wordings: {', '.join(v.id for v in self.variants)}",
        )


@dataclass(frozen=True, slots=True)
class Choice:
    """One text of the space: a basis id and, per slot, a wording id (None: dropped)."""

    basis: str
    picks: tuple[str | None, ...]


@dataclass(frozen=True, slots=True)
class Space:
    """Every text reachable from the tabled draft by the scenario's options."""

    bases: tuple[Basis, ...]
    slots: tuple[Slot, ...]
    instrument: str = "resolution"
    _slot_index: dict[str, int] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        if not self.bases:
            raise InvalidInput("a negotiation space needs at least one basis option")
        self._slot_index.update({s.id: i for i, s in enumerate(self.slots)})

    def basis(self, basis_id: str) -> Basis:
        for b in self.bases:
            if b.id == basis_id:
                return b
        raise InvalidInput(
            f"unknown basis {basis_id!r}", hint=f"known: {', '.join(b.id for b in self.bases)}"
        )

    def slot(self, slot_id: str) -> Slot:
        try:
            return self.slots[self._slot_index[slot_id]]
        except KeyError:
            raise InvalidInput(
                f"unknown paragraph {slot_id!r}",
                hint=f"known: {', '.join(s.id for s in self.slots)}",
            ) from None

    def slot_position(self, slot_id: str) -> int:
        self.slot(slot_id)
        return self._slot_index[slot_id]

    def original(self) -> Choice:
        """The tabled draft: the first basis and each original paragraph's first wording."""
        return Choice(
            self.bases[0].id,
            tuple(s.variants[0].id if s.in_original else None for s in self.slots),
        )

    def choice(self, basis: str, picks: Mapping[str, str | None]) -> Choice:
        """A choice from a basis id and ``{slot id: wording id or None}`` (others dropped)."""
        self.basis(basis)
        for slot_id, variant_id in picks.items():
            if variant_id is not None:
                self.slot(slot_id).variant(variant_id)
        return Choice(basis, tuple(picks.get(s.id) for s in self.slots))

    def chosen(self, choice: Choice) -> Iterator[tuple[Slot, Variant]]:
        """The (slot, wording) pairs a choice keeps, in text order."""
        for slot, pick in zip(self.slots, choice.picks, strict=True):
            if pick is not None:
                yield slot, slot.variant(pick)

    def features(self, choice: Choice) -> frozenset[str]:
        out = set(self.basis(choice.basis).features)
        out.add(f"instrument:{self.instrument}")
        for _, variant in self.chosen(choice):
            out |= variant.features[choice.basis]
        return frozenset(out)

    def strength(self, choice: Choice) -> int:
        """Strength in milli-points (see :data:`SCALE`)."""
        basis = self.basis(choice.basis)
        return basis.strength + sum(v.strength[basis.id] for _, v in self.chosen(choice))

    def valid(self, choice: Choice) -> bool:
        """Whether every must-stay paragraph is there and every paragraph's needs are met."""
        features: frozenset[str] | None = None
        for slot, pick in zip(self.slots, choice.picks, strict=True):
            if pick is None:
                if slot.must_stay:
                    return False
                continue
            if slot.needs:
                features = self.features(choice) if features is None else features
                if not all(lit.holds(features) for lit in slot.needs):
                    return False
        return True

    def size(self) -> int:
        """How many texts the space holds."""
        n = len(self.bases)
        for slot in self.slots:
            n *= len(slot.variants) + (0 if slot.must_stay else 1)
        return n

    def enumerate(self) -> Iterator[Choice]:
        """Every text of the space (exponential: for small spaces and checks only)."""
        per_slot = [
            [v.id for v in s.variants] + ([] if s.must_stay else [None]) for s in self.slots
        ]
        for basis in self.bases:
            for picks in product(*per_slot):
                yield Choice(basis.id, tuple(picks))

    def describe(self, choice: Choice) -> dict[str, Any]:
        """A JSON-ready description of a choice."""
        basis = self.basis(choice.basis)
        return {
            "basis": basis.id,
            "chapter_vii": basis.chapter_vii,
            "article_41": basis.article_41,
            "paragraphs": [
                {
                    "slot": s.id,
                    "variant": v.id,
                    "label": v.label,
                    "text": v.text,
                    "binding": "binding" in v.features[basis.id],
                    "measures": sorted(
                        f.removeprefix("measure:")
                        for f in v.features[basis.id]
                        if f.startswith("measure:")
                    ),
                    "strength": v.strength[basis.id] / SCALE,
                    "subparagraphs": [
                        sub.label for sub in (v.paragraph.subparagraphs if v.paragraph else ())
                    ],
                    "source": v.source,
                }
                for s, v in self.chosen(choice)
            ],
            "dropped": [
                s.id
                for s, p in zip(self.slots, choice.picks, strict=True)
                if p is None and s.in_original
            ],
            "strength": self.strength(choice) / SCALE,
        }

    def restricted(
        self,
        *,
        chapter_vii: bool | None = None,
        allow_binding: bool = True,
        allow_measures: bool = True,
        instrument: str | None = None,
    ) -> Space:
        """A sub-space (a statement: no Chapter VII, nothing binding, no measures)."""
        bases = tuple(b for b in self.bases if chapter_vii is None or b.chapter_vii == chapter_vii)
        if not bases:
            raise InvalidInput("no basis option fits the restriction")
        slots = []
        for slot in self.slots:
            kept = tuple(
                v
                for v in slot.variants
                if all(
                    (allow_binding or "binding" not in v.features[b.id])
                    and (allow_measures or "measures" not in v.features[b.id])
                    for b in bases
                )
            )
            if kept:
                slots.append(
                    Slot(slot.id, slot.label, kept, slot.must_stay, slot.in_original, slot.needs)
                )
            elif not slot.must_stay:
                continue
            else:
                raise InvalidInput(f"paragraph {slot.id} must stay but has no allowed wording")
        return Space(bases, tuple(slots), instrument or self.instrument)
