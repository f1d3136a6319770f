"""Voting power: the Council's exact fractions, engines against each other and a brute force."""

from __future__ import annotations

import datetime as dt
import itertools
import math
from fractions import Fraction
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from unsc.council.power import (
    CompositeGame,
    WeightedGame,
    council_game,
    eu_council_game,
    exact,
    game_from_dict,
    power_indices,
)
from unsc.council.power.banzhaf_fast import banzhaf_swings
from unsc.errors import InvalidInput, ParseError


def _by_code(game: CompositeGame | WeightedGame) -> dict[str, dict[str, str]]:
    return {p.code: p.to_dict() for p in power_indices(game)}


def test_council_since_1966_exact() -> None:
    power = _by_code(council_game(dt.date(2006, 10, 14)))
    assert power["CHN"]["shapley_shubik"] == "421/2145"
    assert power["JPN"]["shapley_shubik"] == "4/2145"
    assert power["USA"]["banzhaf"] == "106/635"
    assert power["QAT"]["banzhaf"] == "21/1270"
    assert power["RUS"]["holler_packel"] == "1/9" and power["GHA"]["holler_packel"] == "2/45"
    total = sum(Fraction(p["shapley_shubik"]) for p in power.values())
    assert total == 1


def test_council_1946_65_exact() -> None:
    power = _by_code(council_game(dt.date(1955, 6, 1)))
    permanent = [power[c] for c in ("CHN", "FRA", "SUN", "GBR", "USA")]
    elected = [p for c, p in power.items() if c not in {"CHN", "FRA", "SUN", "GBR", "USA"}]
    assert {p["shapley_shubik"] for p in permanent} == {"76/385"}
    assert {p["shapley_shubik"] for p in elected} == {"1/462"}
    assert {p["banzhaf"] for p in permanent} == {"19/105"}
    assert {p["banzhaf"] for p in elected} == {"1/63"}


def _brute(game: WeightedGame | CompositeGame) -> list[dict[str, Fraction]]:
    """Definitions, directly: every ordering for Shapley-Shubik, every coalition otherwise."""
    n = game.n
    ss = [Fraction(0)] * n
    for order in itertools.permutations(range(n)):
        members: list[int] = []
        for i in order:
            members.append(i)
            if game.wins(members):
                ss[i] += Fraction(1, math.factorial(n))
                break
    swings = [0] * n
    mwc = [0] * n
    dp = [Fraction(0)] * n
    john = [Fraction(0)] * n
    for mask in range(1 << n):
        members = [i for i in range(n) if mask >> i & 1]
        if not game.wins(members):
            continue
        crit = [i for i in members if not game.wins([j for j in members if j != i])]
        for i in crit:
            swings[i] += 1
            john[i] += Fraction(1, len(crit))
        if len(crit) == len(members):
            for i in members:
                mwc[i] += 1
                dp[i] += Fraction(1, len(members))

    def share(xs: list) -> list[Fraction]:  # type: ignore[type-arg]
        total = sum(xs)
        return [Fraction(x) / total if total else Fraction(0) for x in xs]

    return [
        {
            "shapley_shubik": ss[i],
            "banzhaf": share(swings)[i],
            "banzhaf_absolute": Fraction(swings[i], 2 ** (n - 1)),
            "holler_packel": share(mwc)[i],
            "deegan_packel": share(dp)[i],
            "johnston": share(john)[i],
        }
        for i in range(n)
    ]


WEIGHTS = st.lists(st.integers(min_value=0, max_value=9), min_size=1, max_size=6)


@settings(max_examples=60, deadline=None)
@given(weights=WEIGHTS, data=st.data())
def test_engines_agree_with_the_definitions(weights: list[int], data: st.DataObject) -> None:
    total = sum(weights)
    if total == 0:
        return
    quota = data.draw(st.integers(min_value=1, max_value=total))
    game = WeightedGame(quota, tuple(weights))
    expected = _brute(game)
    for engine in (exact.by_types, exact.by_enumeration):
        got = engine(game)
        for i, c in enumerate(got):
            assert c.ss == expected[i]["shapley_shubik"]
    result = power_indices(game)
    for i, p in enumerate(result):
        for name, value in expected[i].items():
            assert getattr(p, name) == value, (name, weights, quota)
    dp = exact.by_size_weight(game)
    assert [c.ss for c in dp] == [e["shapley_shubik"] for e in expected]
    assert banzhaf_swings(list(weights), game.threshold) == [c.swings for c in dp]


@settings(max_examples=30, deadline=None)
@given(a=WEIGHTS, b=WEIGHTS, op=st.sampled_from(["and", "or"]), data=st.data())
def test_composite_games_agree_with_the_definitions(
    a: list[int], b: list[int], op: str, data: st.DataObject
) -> None:
    n = min(len(a), len(b))
    a, b = a[:n], b[:n]
    if sum(a) == 0 or sum(b) == 0:
        return
    g1 = WeightedGame(data.draw(st.integers(1, sum(a))), tuple(a))
    g2 = WeightedGame(data.draw(st.integers(1, sum(b))), tuple(b))
    game = CompositeGame(op, (g1, g2))
    expected = _brute(game)
    for i, p in enumerate(power_indices(game)):
        for name, value in expected[i].items():
            assert getattr(p, name) == value, name


def test_fast_banzhaf_is_exact_beyond_int64() -> None:
    weights = [1] * 101
    swings = banzhaf_swings(weights, 51)
    assert swings == [math.comb(100, 50)] * 101
    assert swings[0] > 2**63
    # 160 players: counts near 2^155 need 2^64 and three primes near 2^32.
    assert banzhaf_swings([1] * 160, 81) == [math.comb(159, 80)] * 160


def test_large_weighted_game_uses_fast_and_dp_paths() -> None:
    weights = tuple(range(1, 41))
    game = WeightedGame(sum(weights) // 2 + 1, weights)
    banz = power_indices(game, ["banzhaf"])
    ss = power_indices(game, ["shapley_shubik", "banzhaf"])
    assert [p.banzhaf for p in banz] == [p.banzhaf for p in ss]
    assert sum(p.shapley_shubik or 0 for p in ss) == 1
    assert ss[-1].shapley_shubik > ss[0].shapley_shubik  # type: ignore[operator]
    with pytest.raises(InvalidInput, match="minimal winning"):
        power_indices(game)


def test_eu_council_game() -> None:
    pops = {f"S{i:02d}": 1_000_000 * (i + 1) for i in range(27)}
    game = eu_council_game(pops)
    assert game.wins(range(24))  # 24 states always win
    assert not game.wins(range(14))
    power = power_indices(game, ["shapley_shubik", "banzhaf"])
    assert sum(p.shapley_shubik or 0 for p in power) == 1
    assert power[-1].shapley_shubik > power[0].shapley_shubik  # type: ignore[operator]


def test_game_from_dict_and_errors() -> None:
    game = game_from_dict({"quota": "50%", "weights": {"A": 3, "B": 2, "C": 1}})
    assert isinstance(game, WeightedGame) and game.threshold == 3
    composite = game_from_dict(
        {
            "type": "and",
            "players": ["A", "B", "C"],
            "games": [{"quota": 2, "weights": [1, 1, 1]}, {"quota": 1, "weights": [1, 0, 0]}],
        }
    )
    assert [p.holler_packel for p in power_indices(composite)] == [
        Fraction(1, 2),
        Fraction(1, 4),
        Fraction(1, 4),
    ]
    with pytest.raises(InvalidInput, match="exceeds"):
        WeightedGame(10, (1, 2))
    with pytest.raises(InvalidInput, match="non-negative"):
        WeightedGame(1, (1, -2))


@pytest.mark.parametrize(
    ("game", "message"),
    [
        ({"quota": "1e100000000", "weights": [50, 30, 20]}, "quota '1e100000000' is not"),
        ({"quota": "1e-1000000", "weights": [50, 30, 20]}, "is not a number"),
        ({"quota": 51, "weights": ["9" * 5000, 1]}, r"\(5002 characters\), not a whole"),
        ({"quota": 51, "weights": ["²", 1]}, "not a whole number"),
    ],
)
def test_numbers_past_any_council_s_are_refused_at_once(
    game: dict[str, object], message: str, bounded: Any
) -> None:
    """A quota of 1e100000000 took Fraction minutes to build digit by digit, and one of a
    million digits or a weight of 5,000 raised in int() or in the message's str()."""
    with bounded("reading the game"), pytest.raises(ParseError, match=message):
        game_from_dict(game, source="game.yaml")


@settings(max_examples=40, deadline=None)
@given(
    weights=st.lists(st.integers(min_value=0, max_value=40), min_size=2, max_size=14),
    data=st.data(),
)
def test_modular_size_weight_engine_matches_enumeration(
    weights: list[int], data: st.DataObject
) -> None:
    if sum(weights) == 0:
        return
    game = WeightedGame(data.draw(st.integers(1, sum(weights))), tuple(weights))
    listed = exact.by_enumeration(game)
    table = exact.by_size_weight(game)
    assert [(c.ss, c.swings) for c in table] == [(c.ss, c.swings) for c in listed]


def test_modular_engine_beyond_64_players_matches_types() -> None:
    # 80 players: the counts need 2^64 and primes joined by the remainder theorem.
    weights = tuple([1] * 30 + [2] * 40 + [3] * 10)
    game = WeightedGame(sum(weights) // 2 + 1, weights)
    by_types = exact.by_types(game)
    by_table = exact.by_size_weight(game)
    assert [(c.ss, c.swings) for c in by_table] == [(c.ss, c.swings) for c in by_types]
    assert max(c.swings for c in by_table) > 2**64


def test_council_through_the_size_weight_engine() -> None:
    counts = exact.by_size_weight(council_game(dt.date(2006, 10, 14)))
    assert str(counts[0].ss) == "421/2145" and str(counts[-1].ss) == "4/2145"


def test_large_weights_go_through_the_halves_and_match_enumeration() -> None:
    pops = {f"S{i:02d}": 400_000 + 4_987_651 * i for i in range(16)}
    game = eu_council_game(pops)
    assert (game.n + 1) * sum(pops.values()) > exact.DENSE_CELLS  # by_halves, not the table
    halves = exact.by_size_weight(game)
    listed = exact.by_enumeration(game)
    assert [(c.ss, c.swings) for c in halves] == [(c.ss, c.swings) for c in listed]
