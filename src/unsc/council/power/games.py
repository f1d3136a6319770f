"""Simple games: weighted voting games and games composed of several (AND / OR).

A :class:`WeightedGame` is won by a coalition whose weights reach the quota. A
:class:`CompositeGame` joins games over the same players with AND (every one must be won)
or OR (any one). The Security Council since 1966 is "all five permanent members AND 9 of
15"; the EU Council's qualified majority is "(at least 15 states AND at least 65% of the
population) OR at least 24 states" (the second branch is the blocking-minority rule: fewer
than four states cannot block).
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from fractions import Fraction
from typing import Any, Union

from unsc.errors import InvalidInput, ParseError
from unsc.yamltext import yaml_list


def _players(names: Sequence[str], n: int) -> tuple[str, ...]:
    if not names:
        return tuple(f"P{i + 1}" for i in range(n))
    if len(names) != n:
        raise InvalidInput(
            f"{len(names)} player names for {n} weights",
            hint="give one name per weight",
            field="players",
        )
    if len(set(names)) != len(names):
        raise InvalidInput(
            "player names repeat", hint="give each player a distinct name", field="players"
        )
    return tuple(str(p) for p in names)


@dataclass(frozen=True, slots=True)
class WeightedGame:
    """``[quota; w1, ..., wn]``: a coalition wins when its weights add up to the quota."""

    quota: int | Fraction
    weights: tuple[int, ...]
    players: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if not self.weights:
            raise InvalidInput("a game needs at least one player", field="weights")
        for w in self.weights:
            if isinstance(w, bool) or not isinstance(w, int) or w < 0:
                raise InvalidInput(
                    f"weight {w!r} is not a non-negative integer",
                    hint="scale fractional weights to integers",
                    field="weights",
                )
        quota = Fraction(self.quota)
        if quota <= 0:
            raise InvalidInput(f"quota {self.quota} must be positive", field="quota")
        if quota > sum(self.weights):
            raise InvalidInput(
                f"quota {self.quota} exceeds the total weight "
                f"{sum(self.weights)}: no coalition can win",
                field="quota",
            )
        object.__setattr__(self, "players", _players(self.players, len(self.weights)))

    @property
    def n(self) -> int:
        return len(self.weights)

    @property
    def threshold(self) -> int:
        """The smallest integer weight that wins (the quota rounded up)."""
        return math.ceil(Fraction(self.quota))

    def wins(self, coalition: Iterable[int]) -> bool:
        """Whether the coalition (player positions) wins."""
        return sum(self.weights[i] for i in coalition) >= self.threshold

    def leaves(self) -> tuple[WeightedGame, ...]:
        return (self,)

    def describe(self) -> str:
        return f"[{self.quota}; {', '.join(map(str, self.weights))}]"

    def to_dict(self) -> dict[str, Any]:
        quota = Fraction(self.quota)
        return {
            "type": "weighted",
            "quota": str(quota) if quota.denominator != 1 else int(quota),
            "weights": list(self.weights),
            "players": list(self.players),
        }


@dataclass(frozen=True, slots=True)
class CompositeGame:
    """Several games over the same players joined by ``and`` or ``or``."""

    op: str
    games: tuple[Game, ...]
    label: str = ""

    def __post_init__(self) -> None:
        if self.op not in ("and", "or"):
            raise InvalidInput(f"unknown operator {self.op!r}", hint="use and / or", field="op")
        if len(self.games) < 1:
            raise InvalidInput("a composite game needs at least one game", field="games")
        first = self.games[0].players
        for game in self.games[1:]:
            if game.players != first:
                raise InvalidInput(
                    "the composed games must have the same players in the same order",
                    hint=f"expected {list(first)}",
                    field="games",
                )

    @property
    def players(self) -> tuple[str, ...]:
        return self.games[0].players

    @property
    def n(self) -> int:
        return len(self.players)

    def wins(self, coalition: Iterable[int]) -> bool:
        members = list(coalition)
        results = (g.wins(members) for g in self.games)
        return all(results) if self.op == "and" else any(results)

    def leaves(self) -> tuple[WeightedGame, ...]:
        return tuple(leaf for g in self.games for leaf in g.leaves())

    def describe(self) -> str:
        if self.label:
            return self.label
        return "(" + f" {self.op.upper()} ".join(g.describe() for g in self.games) + ")"

    def to_dict(self) -> dict[str, Any]:
        return {"type": self.op, "games": [g.to_dict() for g in self.games]}


Game = Union[WeightedGame, CompositeGame]  # noqa: UP007 (a runtime alias for isinstance users)


def weights_of(game: Game) -> tuple[int, ...]:
    """The weight shown for each player: its weight in the component with the largest total
    (votes in the Council, population in the EU Council)."""
    return max(game.leaves(), key=lambda leaf: sum(leaf.weights)).weights


def council_game(day: dt.date) -> CompositeGame:
    """The Council on ``day`` as a simple game: all permanent members AND 9 of 15 (7 of 11)."""
    from unsc.council.composition import council_on

    council = council_on(day)
    codes = council.codes
    veto = WeightedGame(5, tuple(1 if m.permanent else 0 for m in council.members), codes)
    majority = WeightedGame(council.required_majority, (1,) * council.seats, codes)
    label = (
        f"Security Council on {day.isoformat()}: all 5 permanent members AND "
        f"{council.required_majority} of {council.seats}"
    )
    return CompositeGame("and", (veto, majority), label)


def eu_council_game(populations: Mapping[str, int]) -> CompositeGame:
    """The EU Council's qualified majority for the given member populations (Art. 16(4) TEU)."""
    players = tuple(populations)
    n = len(players)
    pops = tuple(int(populations[p]) for p in players)
    states = WeightedGame(math.ceil(Fraction(55, 100) * n), (1,) * n, players)
    people = WeightedGame(Fraction(65, 100) * sum(pops), pops, players)
    blocking = WeightedGame(max(1, n - 3), (1,) * n, players)
    label = (
        f"EU Council ({n} states): (at least {states.threshold} states AND at least 65% "
        f"of the population) OR at least {blocking.threshold} states"
    )
    return CompositeGame("or", (CompositeGame("and", (states, people)), blocking), label)


def game_from_dict(doc: Any, *, source: str = "<game>") -> Game:
    """A game from a parsed YAML/JSON document (shape in docs/council.md)."""
    if not isinstance(doc, Mapping):
        raise ParseError("expected a mapping describing a game", path=source)
    kind = str(doc.get("type", "weighted")).lower()
    if kind in ("and", "or"):
        games = doc.get("games")
        if not isinstance(games, list) or not games:
            raise ParseError(f"an {kind!r} game needs a list 'games'", path=source, field="games")
        players = doc.get("players")
        parts = [
            game_from_dict(
                {"players": players, **g}
                if players and isinstance(g, Mapping) and "players" not in g
                else g,
                source=source,
            )
            for g in games
        ]
        return CompositeGame(kind, tuple(parts))
    if kind == "council":
        from unsc.council.composition import parse_date

        return council_game(parse_date(str(doc.get("date", ""))))
    if kind == "eu":
        pops = doc.get("populations")
        if not isinstance(pops, Mapping) or not pops:
            raise ParseError("an 'eu' game needs 'populations': {state: population}", path=source)
        return eu_council_game(
            {str(k): _whole(v, f"population of {k}", source) for k, v in pops.items()}
        )
    if kind != "weighted":
        raise ParseError(
            f"unknown game type {kind!r}",
            path=source,
            field="type",
            hint="weighted, and, or, council or eu",
        )
    weights = doc.get("weights")
    if isinstance(weights, Mapping):
        players, weights = list(weights), list(weights.values())
    else:
        players = yaml_list(doc.get("players"), "players", source)
    if not isinstance(weights, list) or "quota" not in doc:
        raise ParseError("a weighted game needs 'quota' and 'weights'", path=source)
    values = tuple(_whole(w, "weight", source) for w in weights)
    names = tuple(str(p) for p in players)
    return WeightedGame(_quota(doc["quota"], sum(values), source), values, names)


_WHOLE = re.compile(r"-?[0-9]{1,30}")  # ASCII digits ("²" is a digit to isdigit(), not to
# int()), at most thirty: Python reads no more than 4,300, a council weighs far less


def _whole(value: Any, field: str, source: str) -> int:
    """A weight or a population as written: a whole number (``3`` or ``"3"``), never ``1.5``."""
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    if isinstance(value, str) and _WHOLE.fullmatch(value.strip()):
        return int(value)
    raise ParseError(
        f"{field} is {_shown(value)}, not a whole number of at most 30 digits",
        path=source,
        field=field,
        hint="weights and populations are whole numbers; scale fractional ones",
    )


# a quota's number: digits, a fraction of them, a decimal point, a power of ten of at most
# three digits; at most thirty digits each (a council's weights are far smaller)
_QUOTA = re.compile(r"\s*[+-]?\d{1,30}(?:\.\d{0,30})?(?:[eE][+-]?\d{1,3})?\s*(?:/\s*\d{1,30}\s*)?")


def _shown(value: Any) -> str:
    """A value as a message shows it: its first 40 characters."""
    text = repr(value)
    return text if len(text) <= 40 else f"{text[:40]}... ({len(text)} characters)"


def _quota(value: Any, total: int, source: str) -> Fraction:
    """A quota as written: a number (``51``), a percentage of ``total`` (``50%``), or a
    number below 1, a share of ``total`` (``2/3``, ``0.5``: as a quota of weight it would let
    every player win alone)."""
    text = str(value).strip()
    share = text.endswith("%")
    try:
        if not _QUOTA.fullmatch(text[:-1] if share else text):  # (Fraction would build
            raise ValueError(text)  # 1e100000000 digit by digit, for minutes)
        quota = Fraction(text[:-1] if share else text)
    except (ValueError, ZeroDivisionError):
        raise ParseError(
            f"quota {_shown(value)} is not a number",
            path=source,
            field="quota",
            hint="write a number (51), a fraction (2/3) or a percentage (50%)",
        ) from None
    if share:
        return quota / 100 * total
    return quota * total if 0 < quota < 1 < total else quota
