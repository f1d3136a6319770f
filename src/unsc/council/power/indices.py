"""Power indices, exactly: Shapley-Shubik, Banzhaf (normalised and absolute), Holler-Packel,
Deegan-Packel and Johnston, as :class:`fractions.Fraction`.

* Shapley-Shubik: the share of the n! orderings in which the player is pivotal.
* Banzhaf: the player's swings (coalitions it turns from losing to winning); absolute =
  swings / 2^(n-1), normalised = swings / sum of all swings.
* Holler-Packel: minimal winning coalitions containing the player / sum over players.
* Deegan-Packel: the average over minimal winning coalitions of 1/|S| for members of S.
* Johnston: each winning coalition with critical members gives each of them 1/(number of
  critical members); normalised to sum to 1.

The engine is chosen from the game's shape (see :mod:`unsc.council.power.exact`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from fractions import Fraction
from typing import Any

from unsc.council.power import exact
from unsc.council.power.banzhaf_fast import banzhaf_swings
from unsc.council.power.games import Game, WeightedGame, weights_of
from unsc.errors import InvalidInput

ALL_INDICES = (
    "shapley_shubik",
    "banzhaf",
    "banzhaf_absolute",
    "holler_packel",
    "deegan_packel",
    "johnston",
)
MINIMAL = frozenset({"holler_packel", "deegan_packel", "johnston"})


@dataclass(frozen=True, slots=True)
class PlayerPower:
    """One player's indices (None where not asked for)."""

    code: str
    weight: int
    shapley_shubik: Fraction | None = None
    banzhaf: Fraction | None = None
    banzhaf_absolute: Fraction | None = None
    holler_packel: Fraction | None = None
    deegan_packel: Fraction | None = None
    johnston: Fraction | None = None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"code": self.code, "weight": self.weight}
        for name in ALL_INDICES:
            value = getattr(self, name)
            out[name] = None if value is None else f"{value.numerator}/{value.denominator}"
        return out


def _share(part: Fraction | int, whole: Fraction | int) -> Fraction:
    return Fraction(part) / whole if whole else Fraction(0)


def engine_for(game: Game, wanted: frozenset[str]) -> str:
    """The engine that computes ``wanted`` for ``game``: types, enumeration, dp or fast."""
    if exact.type_vectors(game) <= exact.TYPE_LIMIT:
        return "types"
    if wanted & MINIMAL:
        if game.n <= exact.ENUMERATION_LIMIT:
            return "enumeration"
        raise InvalidInput(
            f"Holler-Packel, Deegan-Packel and Johnston need minimal winning coalitions: "
            f"exact for up to {exact.ENUMERATION_LIMIT} players or games with few player "
            f"types (this game has {game.n} players and "
            f"{exact.type_vectors(game):,} type vectors)",
            hint="ask for shapley_shubik and banzhaf only",
            field="indices",
        )
    if wanted <= {"banzhaf", "banzhaf_absolute"} and isinstance(game, WeightedGame):
        return "fast"
    if exact.size_weight_form(game) is not None:
        return "dp"
    if game.n <= exact.ENUMERATION_LIMIT:
        return "enumeration"
    raise InvalidInput(
        "this composed game weighs players by more than one weight vector "
        "and has too many players to enumerate",
        hint=f"at most {exact.ENUMERATION_LIMIT} players, or few player types",
    )


def power_indices(game: Game, indices: Iterable[str] = ALL_INDICES) -> list[PlayerPower]:
    """Every player's power indices, exact, in the game's player order."""
    wanted = frozenset(indices)
    unknown = wanted - set(ALL_INDICES)
    if unknown:
        raise InvalidInput(f"unknown index {sorted(unknown)}", hint=", ".join(ALL_INDICES))
    engine = engine_for(game, wanted)
    n = game.n
    if engine == "fast":
        assert isinstance(game, WeightedGame)
        swings = banzhaf_swings(list(game.weights), game.threshold)
        counts = [exact.Counts(swings=s) for s in swings]
    elif engine == "types":
        counts = exact.by_types(game)
    elif engine == "enumeration":
        counts = exact.by_enumeration(game)
    else:
        counts = exact.by_size_weight(game)
    total_swings = sum(c.swings for c in counts)
    total_mwc = sum(c.mwc for c in counts)
    mwc_count = sum(c.dp for c in counts)  # each minimal coalition adds |S| * 1/|S| = 1
    total_johnston = sum(c.johnston for c in counts)
    weights = weights_of(game)
    out = []
    for i, c in enumerate(counts):
        values: dict[str, Fraction] = {
            "shapley_shubik": c.ss,
            "banzhaf": _share(c.swings, total_swings),
            "banzhaf_absolute": Fraction(c.swings, 2 ** (n - 1)),
            "holler_packel": _share(c.mwc, total_mwc),
            "deegan_packel": _share(c.dp, mwc_count),
            "johnston": _share(c.johnston, total_johnston),
        }
        out.append(
            PlayerPower(
                code=game.players[i],
                weight=weights[i],
                **{k: v for k, v in values.items() if k in wanted},
            )
        )
    return out


def shapley_shubik(game: Game) -> list[Fraction]:
    return [p.shapley_shubik or Fraction(0) for p in power_indices(game, ["shapley_shubik"])]


def banzhaf(game: Game, *, absolute: bool = False) -> list[Fraction]:
    name = "banzhaf_absolute" if absolute else "banzhaf"
    return [getattr(p, name) for p in power_indices(game, [name])]
