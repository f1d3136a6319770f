"""Banzhaf swings of a large weighted game, exactly, with numpy and the Chinese remainder theorem.

The number of coalitions of each weight is a generating function, prod(1 + x^w_i), truncated
below the quota. It is computed in uint64 arrays modulo 2^64 (wrapping, for free) and modulo
enough primes below 2^32 (reduced every 31 players, before they could overflow) for the
product of the moduli to exceed 2^n. Player i's swings, the coalitions S without i with
q - w_i <= w(S) < q, follow from the whole function by an alternating sum over its prefix
sums P, ``P[q] + 2 sum_{k>=1} (-1)^k P[q - k w_i]``, so no per-player pass over the weights
is needed. The residues are joined into exact Python integers at the end. The primes are
independent and run on ``UNSC_WORKERS`` threads (numpy releases the GIL in its loops).
"""

from __future__ import annotations

import math
import os
from concurrent.futures import ThreadPoolExecutor
from functools import cache

import numpy as np

from unsc.errors import InvalidInput
from unsc.settings import get_settings

WRAP = 1 << 64  # uint64 arithmetic is exact modulo 2^64 for free


def _is_prime(m: int) -> bool:
    """Deterministic Miller-Rabin for m < 3.3e24 (bases 2..41)."""
    if m < 2:
        return False
    bases = (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41)
    if m in bases:
        return True
    if any(m % b == 0 for b in bases):
        return False
    d, r = m - 1, 0
    while d % 2 == 0:
        d, r = d // 2, r + 1
    for b in bases:
        x = pow(b, d, m)
        if x in (1, m - 1):
            continue
        for _ in range(r - 1):
            x = x * x % m
            if x == m - 1:
                break
        else:
            return False
    return True


@cache
def _primes(count: int) -> tuple[int, ...]:
    """The ``count`` largest primes below 2^32."""
    found: list[int] = []
    candidate = (1 << 32) - 1
    while len(found) < count:
        if _is_prime(candidate):
            found.append(candidate)
        candidate -= 2
    return tuple(found)


def _swings_mod(weights: list[int], quota: int, modulus: int) -> list[int]:
    """Every player's swings modulo ``modulus`` (a prime below 2^32, or :data:`WRAP`)."""
    reduce = modulus != WRAP
    m = np.uint64(modulus % WRAP)
    counts = np.zeros(quota, dtype=np.uint64)
    spare = np.zeros(quota, dtype=np.uint64)
    counts[0] = 1
    top = 0  # highest index that may be non-zero
    # Lightest first keeps the non-zero prefix short for longest. Two buffers, swapped each
    # step, avoid the temporary copy numpy makes for an overlapping in-place add.
    for step, w in enumerate(sorted(weights), start=1):
        if 0 < w < quota:
            end = min(quota, top + w + 1)
            np.add(counts[w:end], counts[: end - w], out=spare[w:end])
            spare[:w] = counts[:w]
            counts, spare = spare, counts
            top = end - 1
        elif w == 0:
            counts *= np.uint64(2)
        if reduce and step % 31 == 0:  # values stay below 2^32 * 2^31: reduce before overflow
            counts[: top + 1] %= m
    if reduce:
        counts %= m
    prefix = np.zeros(quota + 1, dtype=np.uint64)
    np.cumsum(counts, out=prefix[1:])  # below quota * 2^32 < 2^63, or wrapping mod 2^64
    if reduce:
        prefix %= m
    # The window sum telescopes: swings = P[q] + 2 * sum_{k>=1} (-1)^k P[max(0, q - k w)].
    whole = int(prefix[quota])
    out: list[int] = []
    for w in weights:
        if w == 0:
            out.append(0)
            continue
        points = np.arange(quota - w, 0, -w, dtype=np.int64)
        picked = prefix[points]  # each below 2^32 (or wrapping): sums stay exact mod 2^64
        even = int(picked[1::2].sum())  # k = 2, 4, ...
        odd = int(picked[0::2].sum())  # k = 1, 3, ...
        out.append((whole + 2 * (even - odd)) % modulus)
    return out


def banzhaf_swings(weights: list[int], quota: int) -> list[int]:
    """Exact swing counts of every player of the weighted game [quota; weights]."""
    n = len(weights)
    if quota >= (1 << 31):
        raise InvalidInput(
            f"quota {quota:,} is too large for the fast Banzhaf path",
            hint="divide the weights and quota by a common unit",
        )
    if quota <= 0:
        return [0] * n
    # 2^64 (uint64 wraps for free) and primes near 2^32: the product exceeds 2^(n-1) >= swings.
    primes = (WRAP, *_primes(max(1, math.ceil((n - 64) / 32))))
    # numpy releases the GIL in its loops: the primes run side by side on threads.
    workers = get_settings().workers or os.cpu_count() or 1
    with ThreadPoolExecutor(max_workers=max(1, min(workers, len(primes)))) as pool:
        residues = list(pool.map(lambda p: _swings_mod(weights, quota, p), primes))
    modulus = math.prod(primes)
    out: list[int] = []
    for i in range(n):
        value = 0
        for p, res in zip(primes, residues, strict=True):
            m = modulus // p
            value += res[i] * m * pow(m, -1, p)
        out.append(value % modulus)
    return out
