"""Coalition counts by (size, weight), exactly: uint64 tables and the Chinese remainder theorem.

For a game whose winning depends only on a coalition's size and weight, player i swings
coalition S (without i, of size s and weight x) when ``need[s+1] - w_i <= x < need[s]``, where
``need[s]`` is the least weight that wins with s members. Shapley-Shubik and Banzhaf follow
from ``c[i][s]``, the number of such coalitions of each size.

The table ``T[s][x]`` of coalitions of all players by size and weight is built once per
modulus (2^64, wrapping for free, and primes below 2^32, reduced every 31 players before
anything could overflow). Removing player i is a division by ``1 + y x^w``, so the count over
a weight window telescopes into prefix sums of T at shifted points:
``c[i][s] = sum_k (-1)^k (P[s-k](hi - k w) - P[s-k](lo - k w))``. No per-player table is built.
The residues are joined into exact integers at the end; counts never exceed 2^(n-1).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import numpy as np

from unsc.council.power.banzhaf_fast import WRAP, _primes

INFINITE = 1 << 62  # need[s] of a size that never wins: its window has no upper bound


def moduli_for(n: int) -> tuple[int, ...]:
    """2^64 and enough primes below 2^32 for the product to exceed 2^n."""
    extra = max(0, math.ceil((n - 63) / 32))
    return (WRAP, *_primes(extra)) if extra else (WRAP,)


def _table(weights: Sequence[int], columns: int, rows: int, modulus: int) -> Any:
    """Inclusive prefix sums over weight of T[s][x], for sizes < rows and weights < columns."""
    reduce = modulus != WRAP
    m = np.uint64(modulus % WRAP)
    table = np.zeros((rows, columns), dtype=np.uint64)
    table[0, 0] = 1
    filled = 0  # rows that may hold non-zero counts, minus one
    for step, w in enumerate(sorted(weights), start=1):
        if w >= columns:
            continue
        top = min(filled + 1, rows - 1)
        # numpy buffers the overlapping in-place add, so each row gains the old row above it.
        if w:
            table[1 : top + 1, w:] += table[0:top, : columns - w]
        else:
            table[1 : top + 1] += table[0:top]
        filled = top
        if reduce and step % 31 == 0:
            table[: filled + 1] %= m
    if reduce:
        table %= m
    np.cumsum(table, axis=1, out=table)  # below 2^32 * columns, or wrapping mod 2^64
    if reduce:
        table %= m
    return table


def _signed_sums(prefix: Any, bounds: Any, a: int, full_rows: Any, width: int) -> tuple[Any, Any]:
    """Per size s: the sums over even and over odd k of P[s-k](bounds[s] - k a), wrapping
    modulo 2^64 (a prime modulus never wraps: its terms are below 2^32)."""
    rows, columns = prefix.shape
    n = len(bounds)
    k = np.arange(width, dtype=np.int64)[None, :]
    j = np.arange(n, dtype=np.int64)[:, None] - k
    valid = j >= 0
    values = np.zeros((n, width), dtype=np.uint64)
    open_ended = (bounds == INFINITE)[:, None] & valid
    values[open_ended] = full_rows[j[open_ended]]
    x = bounds[:, None] - k * a
    keep = valid & ~open_ended & (x > 0) & (j < rows)
    values[keep] = prefix[j[keep], np.minimum(x[keep], columns) - 1]
    return values[:, 0::2].sum(axis=1), values[:, 1::2].sum(axis=1)


def _window_counts(
    prefix: Any, n: int, a: int, need: Sequence[int], modulus: int, full_rows: Any
) -> list[int]:
    """c[s] for a player of weight ``a``, modulo ``modulus``, for s = 0 .. n-1."""
    columns = prefix.shape[1]
    upper = np.asarray(need[:n], dtype=np.int64)
    after = np.asarray(need[1 : n + 1], dtype=np.int64)
    lower = np.where(after == INFINITE, INFINITE, after - a)
    empty = (after == INFINITE) | ((upper != INFINITE) & (lower >= upper))
    width = n if a == 0 else min(n, columns // a + 2)
    if (upper == INFINITE).any():
        width = n
    up_even, up_odd = _signed_sums(prefix, upper, a, full_rows, width)
    lo_even, lo_odd = _signed_sums(prefix, np.where(empty, 0, lower), a, full_rows, width)
    if modulus == WRAP:
        counts = up_even - up_odd - lo_even + lo_odd  # uint64 wraps: exact modulo 2^64
    else:
        m = np.uint64(modulus)
        counts = (up_even % m + (m - up_odd % m) + (m - lo_even % m) + lo_odd % m) % m
    counts[empty] = 0
    return [int(c) for c in counts]


def size_counts(
    weights: Sequence[int],
    need: Sequence[int],
    *,
    workers: int = 1,
) -> dict[int, list[int]]:
    """For each distinct weight a, the exact counts c[s] (s = 0 .. n-1) of coalitions of size s
    without one player of weight a that this player turns from losing into winning.

    ``need[s]`` (s = 0 .. n) is the least weight that wins with s members, or INFINITE."""
    n = len(weights)
    finite = [x for x in need if x != INFINITE]
    columns = max(1, max(finite, default=1))
    lightest = sorted(weights)
    rows = 1
    while rows <= n and sum(lightest[:rows]) < columns:
        rows += 1
    rows = min(rows, n + 1)
    moduli = moduli_for(n)

    def one(modulus: int) -> dict[int, list[int]]:
        prefix = _table(weights, columns, rows, modulus)
        full_rows = np.asarray([math.comb(n, j) % modulus for j in range(n + 1)], dtype=np.uint64)
        return {
            a: _window_counts(prefix, n, a, need, modulus, full_rows) for a in sorted(set(weights))
        }

    with ThreadPoolExecutor(max_workers=max(1, min(workers, len(moduli)))) as pool:
        residues = list(pool.map(one, moduli))
    product = math.prod(moduli)
    basis = [(product // m) * pow(product // m, -1, m) for m in moduli]
    joined: dict[int, list[int]] = {}
    for a in residues[0]:
        joined[a] = [
            sum(r[a][s] * e for r, e in zip(residues, basis, strict=True)) % product
            for s in range(n)
        ]
    return joined


def thresholds(n: int, total: int, win: Callable[[Any, Any], Any]) -> list[int]:
    """For each size s = 0 .. n, the least weight that wins with s members (or INFINITE)."""
    out = []
    for size in range(n + 1):
        if not bool(win(size, total)):
            out.append(INFINITE)
            continue
        lo, hi = 0, total
        while lo < hi:
            mid = (lo + hi) // 2
            if bool(win(size, mid)):
                hi = mid
            else:
                lo = mid + 1
        out.append(lo)
    return out
