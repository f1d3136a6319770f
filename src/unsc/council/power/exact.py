"""Exact counting engines behind :func:`unsc.council.power.power_indices`.

Every engine returns, per player, integer counts and exact fractions (Python ints never
overflow; numpy is used with int64 only where the counts provably fit):

* :func:`by_types`: players with the same weights in every component are interchangeable
  ("types"); a coalition is described by how many of each type it holds, and each such
  vector stands for a product of binomial coefficients. Exact for any composed game, all six
  indices, in time proportional to the product of (type size + 1): 66 vectors for the Council.
* :func:`by_enumeration`: every coalition as a bitmask, vectorised with numpy; any game of
  up to 22 players, all six indices.
* :func:`by_size_weight`: a generating function over (coalition size, weight) for games whose
  components are weighted by one common weight vector or count members (a weighted game, the
  Council, the EU Council); Shapley-Shubik and Banzhaf for hundreds of players.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from fractions import Fraction
from typing import Any

import numpy as np

from unsc.council.power.games import CompositeGame, Game, WeightedGame
from unsc.errors import InvalidInput

TYPE_LIMIT = 200_000
ENUMERATION_LIMIT = 22


@dataclass(slots=True)
class Counts:
    """Raw exact counts for one player (shared by all players of its type)."""

    ss: Fraction = Fraction(0)
    swings: int = 0
    mwc: int = 0
    dp: Fraction = Fraction(0)
    johnston: Fraction = Fraction(0)
    extra: dict[str, Any] = field(default_factory=dict)


Evaluator = Callable[[Sequence[Any]], Any]


def compile_game(game: Game) -> tuple[list[WeightedGame], Evaluator]:
    """The game's leaves and a function of the leaf sums that says whether they win.

    The function combines comparisons with ``&`` and ``|``, so it works on numbers and on
    numpy arrays alike."""
    leaves: list[WeightedGame] = []

    def build(g: Game) -> Evaluator:
        if isinstance(g, WeightedGame):
            k, threshold = len(leaves), g.threshold
            leaves.append(g)
            return lambda sums: sums[k] >= threshold
        parts = [build(sub) for sub in g.games]
        if g.op == "and":

            def both(sums: Sequence[Any]) -> Any:
                out = parts[0](sums)
                for part in parts[1:]:
                    out = out & part(sums)
                return out

            return both

        def either(sums: Sequence[Any]) -> Any:
            out = parts[0](sums)
            for part in parts[1:]:
                out = out | part(sums)
            return out

        return either

    return leaves, build(game)


def player_types(game: Game) -> tuple[list[tuple[int, ...]], list[int]]:
    """Each player's type (its weights in every leaf) and the type of every player."""
    leaves = game.leaves()
    keys = [tuple(leaf.weights[i] for leaf in leaves) for i in range(game.n)]
    order = list(dict.fromkeys(keys))
    return order, [order.index(k) for k in keys]


def type_vectors(game: Game) -> int:
    _, of = player_types(game)
    sizes = [of.count(t) for t in set(of)]
    return math.prod(m + 1 for m in sizes)


def by_types(game: Game) -> list[Counts]:
    """All indices by enumerating how many players of each type a coalition holds."""
    _, win = compile_game(game)
    vectors, of = player_types(game)
    m = [of.count(t) for t in range(len(vectors))]
    n = game.n
    nleaves = len(vectors[0])
    wins: dict[tuple[int, ...], bool] = {}
    for k in itertools.product(*(range(x + 1) for x in m)):
        sums = [sum(k[t] * vectors[t][j] for t in range(len(m))) for j in range(nleaves)]
        wins[k] = bool(win(sums))
    fact = [math.factorial(i) for i in range(n + 1)]
    out = [Counts() for _ in m]
    johnston_raw = [Fraction(0)] * len(m)
    for k, won in wins.items():
        size = sum(k)
        ways = math.prod(math.comb(m[u], k[u]) for u in range(len(m)))
        for t in range(len(m)):
            if k[t] < m[t] and not won:
                up = (*k[:t], k[t] + 1, *k[t + 1 :])
                if wins[up]:  # a coalition without i that i turns into a winning one
                    count = ways * (m[t] - k[t]) // m[t]  # C(m_t - 1, k_t) * rest
                    out[t].swings += count
                    out[t].ss += Fraction(count * fact[size] * fact[n - size - 1], fact[n])
        if not won:
            continue
        critical = [
            t for t in range(len(m)) if k[t] > 0 and not wins[(*k[:t], k[t] - 1, *k[t + 1 :])]
        ]
        ncrit = sum(k[t] for t in critical)
        minimal = all(k[t] == 0 or t in critical for t in range(len(m)))
        for t in critical:
            containing = ways * k[t] // m[t]  # C(m_t - 1, k_t - 1) * rest
            johnston_raw[t] += Fraction(containing, ncrit)
            if minimal:
                out[t].mwc += containing
                out[t].dp += Fraction(containing, size)
    for t in range(len(m)):
        out[t].johnston = johnston_raw[t]
    return [out[of[i]] for i in range(n)]


def by_enumeration(game: Game) -> list[Counts]:
    """All indices by listing every coalition (bitmask), for up to 22 players."""
    leaves, win = compile_game(game)
    n = game.n
    size = 1 << n
    sums = []
    for leaf in leaves:
        arr = np.zeros(size, dtype=np.int64)
        for i, w in enumerate(leaf.weights):
            arr[1 << i : 1 << (i + 1)] = arr[: 1 << i] + w
        sums.append(arr)
    won = np.asarray(win(sums), dtype=bool)
    pop = np.zeros(size, dtype=np.int64)
    for i in range(n):
        pop[1 << i : 1 << (i + 1)] = pop[: 1 << i] + 1
    masks = np.arange(size, dtype=np.int64)
    fact = [math.factorial(i) for i in range(n + 1)]
    crit_count = np.zeros(size, dtype=np.int64)
    criticals = []
    for i in range(n):
        bit = 1 << i
        crit = won & ((masks & bit) != 0) & ~won[masks ^ bit]
        criticals.append(crit)
        crit_count += crit
    minimal = won & (crit_count == pop)
    out = []
    for i in range(n):
        bit = 1 << i
        crit = criticals[i]
        # Swings of i: winning coalitions containing i that lose without it.
        by_size = np.bincount(pop[crit] - 1, minlength=n)
        counts = Counts(swings=int(crit.sum()))
        counts.ss = sum(
            (
                Fraction(int(c) * fact[s] * fact[n - s - 1], fact[n])
                for s, c in enumerate(by_size)
                if c
            ),
            Fraction(0),
        )
        mine = minimal & ((masks & bit) != 0)
        counts.mwc = int(mine.sum())
        counts.dp = sum(
            (
                Fraction(int(c), s)
                for s, c in enumerate(np.bincount(pop[mine], minlength=n + 1))
                if c
            ),
            Fraction(0),
        )
        counts.johnston = sum(
            (
                Fraction(int(c), k)
                for k, c in enumerate(np.bincount(crit_count[crit], minlength=n + 1))
                if c
            ),
            Fraction(0),
        )
        out.append(counts)
    return out


def size_weight_form(game: Game) -> tuple[tuple[int, ...], Callable[[Any, Any], Any]] | None:
    """If every leaf counts members or uses one common weight vector: that vector and a
    function win(size, weight) (numpy-friendly); else None."""
    leaves, win = compile_game(game)
    vector: tuple[int, ...] | None = None
    for leaf in leaves:
        if len(set(leaf.weights)) > 1:
            if vector is not None and leaf.weights != vector:
                return None
            vector = leaf.weights
    vector = vector or leaves[0].weights
    uniform = [len(set(leaf.weights)) == 1 and leaf.weights != vector for leaf in leaves]

    def win_sw(size: Any, weight: Any) -> Any:
        sums = [
            size * leaf.weights[0] if flat else weight
            for leaf, flat in zip(leaves, uniform, strict=True)
        ]
        return win(sums)

    return vector, win_sw


DENSE_CELLS = 30_000_000
SPLIT_LIMIT = 44


def by_size_weight(game: Game) -> list[Counts]:
    """Shapley-Shubik and Banzhaf from coalition counts by (size, weight), exactly.

    Weights are first divided by their greatest common divisor. The counts come from
    :func:`unsc.council.power.modular.size_counts` (a table of sizes x weights, one per
    modulus); when that table would be too large (populations as weights), from
    :func:`by_halves`."""
    from unsc.council.power.modular import size_counts, thresholds

    form = size_weight_form(game)
    if form is None:
        raise InvalidInput("the game's components use different weight vectors")
    weights, win = form
    n = len(weights)
    g = math.gcd(*weights) or 1
    if (n + 1) * (sum(weights) // g + 1) > DENSE_CELLS:
        return by_halves(weights, win)
    scaled = tuple(w // g for w in weights)
    need = thresholds(n, sum(scaled), lambda size, weight: win(size, weight * g))
    counts = size_counts(scaled, need, workers=_workers())
    fact = [math.factorial(i) for i in range(n + 1)]
    cache: dict[int, Counts] = {}
    for a, by_size in counts.items():
        cache[a] = Counts(
            swings=sum(by_size),
            ss=Fraction(sum(c * fact[s] * fact[n - s - 1] for s, c in enumerate(by_size)), fact[n]),
        )
    return [cache[a] for a in scaled]


def _workers() -> int:
    import os

    from unsc.settings import get_settings

    return get_settings().workers or os.cpu_count() or 1


def is_weighted(game: Game) -> bool:
    return isinstance(game, WeightedGame) or (
        isinstance(game, CompositeGame) and len(game.games) == 1 and is_weighted(game.games[0])
    )


def _subset_sums(weights: Sequence[int]) -> tuple[Any, Any]:
    sums = np.zeros(1 << len(weights), dtype=np.int64)
    sizes = np.zeros(1 << len(weights), dtype=np.int64)
    for i, w in enumerate(weights):
        sums[1 << i : 1 << (i + 1)] = sums[: 1 << i] + w
        sizes[1 << i : 1 << (i + 1)] = sizes[: 1 << i] + 1
    return sums, sizes


def by_halves(weights: Sequence[int], win: Callable[[Any, Any], Any]) -> list[Counts]:
    """Shapley-Shubik and Banzhaf by meeting in the middle, for large weights (up to 44
    players): the other players are split in two halves whose subset sums are listed and
    sorted, and the coalitions in a weight window are counted by binary search."""
    from unsc.council.power.modular import thresholds

    n, total = len(weights), sum(weights)
    if n > SPLIT_LIMIT or total >= 1 << 61:
        raise InvalidInput(
            f"Shapley-Shubik for {n} players with a total weight of {total:,} is beyond "
            f"the exact engines: the size x weight table would need "
            f"{(n + 1) * (total + 1):,} cells (limit {DENSE_CELLS:,}), and splitting the "
            f"players in halves works up to {SPLIT_LIMIT} players",
            hint="ask for banzhaf only (exact at this size), or scale the weights down",
        )
    need = thresholds(n, total, win)
    fact = [math.factorial(i) for i in range(n + 1)]
    cache: dict[int, Counts] = {}
    for a in set(weights):
        others = list(weights)
        others.remove(a)
        half = len(others) // 2
        left_sums, left_sizes = _subset_sums(others[:half])
        right_sums, right_sizes = _subset_sums(others[half:])
        right_by_size = [np.sort(right_sums[right_sizes == k]) for k in range(n)]
        counts = Counts()
        for s in range(n):
            # S (without the player) of size s swings iff need[s+1] - a <= w(S) < need[s].
            lo, hi = need[s + 1] - a, need[s]
            if lo >= hi:
                continue
            c = 0
            for k_left in range(min(s, half) + 1):
                k_right = s - k_left
                if k_right >= len(right_by_size) or not len(right_by_size[k_right]):
                    continue
                xs = left_sums[left_sizes == k_left]
                right = right_by_size[k_right]
                c += int(
                    (
                        np.searchsorted(right, hi - xs, side="left")
                        - np.searchsorted(right, lo - xs, side="left")
                    ).sum()
                )
            if c:
                counts.swings += c
                counts.ss += Fraction(c * fact[s] * fact[n - s - 1], fact[n])
        cache[a] = counts
    return [cache[a] for a in weights]
