"""Members' positions: what each member votes, given the features of a text.

A :class:`Position` is a member's default attitude (``support`` or ``accept`` → yes,
``abstain``, ``no``) plus :class:`Stance` items: *"if the text has these features, I vote
so"*. A stance's condition is a conjunction of feature literals (``chapter_vii``,
``not chapter_vii``, ``sanctions``, ``measure:asset_freeze``, ``para:OP5`` ...; see
:mod:`unsc.negotiation.space`). The member's vote is the lowest vote among the triggered
stances and its default.

Two kinds of uncertainty are kept rather than guessed away:

* ``alternative``: the record leaves the vote open ("veto, or abstain"). The stance's own
  vote is the expected one (``assume="expected"``, the default); ``"pessimistic"`` takes the
  worse of the two, ``"optimistic"`` the better. Prediction always reports the range.
* ``red_line`` with ``yields``: a line the member stated publicly but gave up in the record
  (Japan on Chapter VII in July 2006). By default such a line is *crossed*: the member votes
  ``yield_vote`` and the crossing is reported and minimised by the search; with
  ``firm_red_lines=True`` the stated vote applies.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import IntEnum
from typing import Any

from unsc.errors import InvalidInput
from unsc.yamltext import yaml_list


class Level(IntEnum):
    """A vote as an ordered level: lower is worse for the text."""

    NO = 0
    ABSTAIN = 1
    YES = 2

    @property
    def vote(self) -> str:
        """The vote as the council engine spells it (``"yes"``, ``"abstain"``, ``"no"``)."""
        return self.name.lower()


STANCE_WORDS: Mapping[str, Level] = {
    "support": Level.YES,
    "accept": Level.YES,
    "yes": Level.YES,
    "abstain": Level.ABSTAIN,
    "no": Level.NO,
    "veto": Level.NO,
    "object": Level.NO,
    "oppose": Level.NO,
    "against": Level.NO,
    "for": Level.YES,
}

ASSUMPTIONS = ("expected", "pessimistic", "optimistic")


def stance_word(value: Any) -> str:
    """A stance word as written; YAML reads a bare ``no``/``yes`` as a boolean."""
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value).strip().lower()


def canonical_word(word: Any) -> str:
    """``"veto if present"``, ``"abstain_if_present"``, ``"vote no"`` → veto, abstain, no."""
    key = " ".join(stance_word(word).replace("_", " ").split())
    return key.removesuffix(" if present").removeprefix("vote ").removeprefix("votes ")


def parse_level(word: Any, *, where: str) -> Level:
    """A stance word (support, accept, abstain, no, veto ...) as a :class:`Level`."""
    key = canonical_word(word)
    try:
        return STANCE_WORDS[key]
    except KeyError:
        raise InvalidInput(
            f"{where}: unknown stance {word!r}",
            hint=f"expected one of {', '.join(STANCE_WORDS)}",
        ) from None


@dataclass(frozen=True, slots=True)
class Literal:
    """A feature, or its absence (``negated``)."""

    feature: str
    negated: bool = False

    @classmethod
    def parse(cls, text: str) -> Literal:
        text = text.strip()
        if text.startswith("not "):
            return cls(text[4:].strip(), True)
        if text.startswith("!"):
            return cls(text[1:].strip(), True)
        return cls(text)

    def holds(self, features: frozenset[str]) -> bool:
        return (self.feature in features) != self.negated

    def __str__(self) -> str:
        return f"not {self.feature}" if self.negated else self.feature


@dataclass(frozen=True, slots=True)
class Stance:
    """If every literal of ``when`` holds, the member votes ``vote`` (or ``alternative``)."""

    when: tuple[Literal, ...]
    vote: Level
    word: str
    alternative: Level | None = None
    red_line: bool = False
    yields: bool = False
    yield_vote: Level = Level.YES
    source: str = "assumed"
    note: str = ""

    def triggered(self, features: frozenset[str]) -> bool:
        return all(lit.holds(features) for lit in self.when)

    def effective(self, *, assume: str = "expected", firm_red_lines: bool = False) -> Level:
        """The vote this stance imposes under the given assumptions."""
        if self.red_line and self.yields and not firm_red_lines:
            return self.yield_vote
        if self.alternative is None or assume == "expected":
            return self.vote
        pair = (self.vote, self.alternative)
        return min(pair) if assume == "pessimistic" else max(pair)

    def crossed_by_yielding(self, *, firm_red_lines: bool) -> bool:
        """Whether triggering this stance counts as a yielded (crossed) red line."""
        return self.red_line and self.yields and not firm_red_lines

    def condition(self) -> str:
        return " and ".join(str(lit) for lit in self.when) or "always"

    def to_dict(self) -> dict[str, Any]:
        return {
            "when": [str(lit) for lit in self.when],
            "stance": self.word,
            "alternative": None if self.alternative is None else self.alternative.vote,
            "red_line": self.red_line,
            "yields": self.yields,
            "source": self.source,
            "note": self.note,
        }


@dataclass(frozen=True, slots=True)
class Position:
    """One member's attitude: a default vote, the stances, and where they come from."""

    member: str
    default: Level = Level.YES
    default_word: str = "accept"
    sponsor: bool = False
    stances: tuple[Stance, ...] = ()
    prefers: str | None = None
    source: str = "assumed"
    note: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "member": self.member,
            "default": self.default_word,
            "sponsor": self.sponsor,
            "prefers": self.prefers,
            "source": self.source,
            "note": self.note,
            "stances": [s.to_dict() for s in self.stances],
        }


@dataclass(frozen=True, slots=True)
class MemberVote:
    """A member's predicted vote on one text, with the reasons and the open alternative."""

    member: str
    vote: Level
    best: Level
    worst: Level
    reasons: tuple[str, ...] = ()
    crossed: tuple[str, ...] = field(default_factory=tuple)

    @property
    def uncertain(self) -> bool:
        return self.best != self.worst


def predict_member(
    position: Position,
    features: frozenset[str],
    *,
    assume: str = "expected",
    firm_red_lines: bool = False,
) -> MemberVote:
    """The member's vote on a text with these features, and why."""
    vote = worst = best = position.default
    reasons: list[str] = []
    crossed: list[str] = []
    for stance in position.stances:
        if not stance.triggered(features):
            continue
        eff = stance.effective(assume=assume, firm_red_lines=firm_red_lines)
        lo = stance.effective(assume="pessimistic", firm_red_lines=firm_red_lines)
        hi = stance.effective(assume="optimistic", firm_red_lines=firm_red_lines)
        vote, worst, best = min(vote, eff), min(worst, lo), min(best, hi)
        label = f"{stance.word} if {stance.condition()}"
        if stance.alternative is not None:
            label += f" (or {stance.alternative.vote}: the record leaves it open)"
        if stance.crossed_by_yielding(firm_red_lines=firm_red_lines):
            crossed.append(stance.condition())
            label = f"red line crossed ({stance.condition()}), yields: {stance.yield_vote.vote}"
        reasons.append(f"{label} [{stance.source}]")
    if not reasons:
        reasons.append(f"{position.default_word} by default [{position.source}]")
    return MemberVote(position.member, vote, best, worst, tuple(reasons), tuple(crossed))


def parse_conditions(value: Any, where: str = "conditions", source: str | None = None) -> list[str]:
    """``[a, not b]`` or ``"a and not b"`` as a list of literal texts; errors name ``where``
    (and the file ``source``)."""
    out: list[str] = []
    for item in yaml_list(value, where, source):
        out += [part.strip() for part in str(item).split(" and ") if part.strip()]
    return out


def parse_stance(raw: Mapping[str, Any], *, where: str) -> Stance:
    """One stance from its data-file form."""
    if not isinstance(raw, Mapping):
        raise InvalidInput(f"{where}: a stance must be a mapping, got {raw!r}")
    unknown = set(raw) - {
        "when",
        "stance",
        "vote",
        "or",
        "red_line",
        "yields",
        "yield",
        "source",
        "note",
    }
    if unknown:
        raise InvalidInput(
            f"{where}: unknown stance field(s) {sorted(unknown)}",
            hint="fields: when, stance, or, red_line, yields, yield, source, note",
        )
    if "stance" not in raw and "vote" not in raw:
        raise InvalidInput(f"{where}: a stance needs 'stance' (support, accept, abstain, no, veto)")
    when = tuple(Literal.parse(w) for w in parse_conditions(raw.get("when"), f"{where}.when"))
    word = canonical_word(raw["stance"] if "stance" in raw else raw["vote"])
    return Stance(
        when=when,
        vote=parse_level(word, where=where),
        word=word,
        alternative=None if raw.get("or") is None else parse_level(raw["or"], where=where),
        red_line=bool(raw.get("red_line", False)),
        yields=bool(raw.get("yields", False)),
        yield_vote=parse_level(raw.get("yield", "accept"), where=where),
        source=str(raw.get("source", "assumed")),
        note=str(raw.get("note", "")),
    )


def parse_position(member: str, raw: Mapping[str, Any], *, where: str) -> Position:
    """One member's position from its data-file form."""
    if not isinstance(raw, Mapping):
        raise InvalidInput(f"{where}: a position must be a mapping, got {raw!r}")
    default_word = canonical_word(raw.get("default", "accept"))
    stances = tuple(
        parse_stance(s, where=f"{where}.stances[{i}]")
        for i, s in enumerate(yaml_list(raw.get("stances"), f"{where}.stances"))
    )
    return Position(
        member=member,
        default=parse_level(default_word, where=f"{where}.default"),
        default_word=default_word,
        sponsor=bool(raw.get("sponsor", False)),
        stances=stances,
        prefers=None if raw.get("prefers") is None else str(raw["prefers"]),
        source=str(raw.get("source", "assumed")),
        note=str(raw.get("note", "")),
    )


def parse_positions(raw: Mapping[str, Any], *, where: str = "positions") -> dict[str, Position]:
    """Every member's position, keyed by upper-case member code."""
    if not isinstance(raw, Mapping):
        raise InvalidInput(f"{where}: expected a mapping of member code to position")
    return {
        str(code).upper(): parse_position(str(code).upper(), body or {}, where=f"{where}.{code}")
        for code, body in raw.items()
    }


def stance_features(positions: Iterable[Position]) -> frozenset[str]:
    """Every feature any stance speaks about."""
    return frozenset(lit.feature for p in positions for s in p.stances for lit in s.when)
