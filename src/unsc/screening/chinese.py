"""Chinese names in Pinyin and in Wade-Giles: Mao Zedong is Mao Tse-tung, Xue is Hsueh.

The lists write Chinese names in both systems: Pinyin (the PRC's, and what ICU gives for Han
characters) and Wade-Giles (older names, Taiwan, Hong Kong: OFAC's "WEI Hsueh Yuan", the UN's
"TSANG YUNG YUAN"). Wade-Giles writes Pinyin's d, g, b, z as t, k, p, ts, marks the aspirated
t, k, p, ts with an apostrophe that names drop, and writes j, q, zh as ch, x as hs, r as j,
-ong as -ung, -ian as -ien: most syllables differ, and the two spellings of a name are often
more than one letter apart per syllable. The table of the two systems' syllables is
``data/screening/wade_giles.yaml`` (one row per Pinyin syllable).

A part is read as Pinyin syllables (:func:`pinyin_readings`): cut into at most
:data:`MAX_SYLLABLES` syllables of one system, only the first starting with a vowel, each
turned into the Pinyin it stands for. Two parts are the same Chinese name
(:func:`same_in_pinyin`) when one reads as Wade-Giles only, the other as Pinyin, and both
give the same syllables: "tse" and "ze", "tsetung" and "zedong", "hsueh" and "xue" (the
Wade-Giles part of three letters or more: "ho" is no "he").
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from itertools import product

from unsc import datafiles

__all__ = [
    "MAX_SYLLABLES",
    "WADE_GILES_SIMILARITY",
    "pinyin_readings",
    "pinyin_spellings",
    "same_in_pinyin",
]

WADE_GILES_SIMILARITY = 0.9  # a name written in Wade-Giles and in Pinyin
MAX_SYLLABLES = 3  # a family name and a given name of two syllables, written as one part
_LONGEST = 6  # letters of the longest syllable ("zhuang", "chuang", "hsiung")
_SHORTEST = 3  # a Wade-Giles part of two letters ("ho" for "he") is too often another word
_VOWELS = frozenset("aeiou")

Readings = frozenset[tuple[str, ...]]  # ways to read a part, each as Pinyin syllables
Syllables = dict[str, frozenset[str]]  # a spelling -> the Pinyin syllables it writes


@cache
def _tables() -> tuple[Syllables, Syllables]:
    """The Pinyin syllables (each writes itself), and each Wade-Giles spelling with the Pinyin
    syllables it writes (apostrophes dropped: "chang" is zhang and, as ch'ang, chang)."""
    rows: dict[str, list[str]] = datafiles.load_yaml("screening/wade_giles.yaml")["wade_giles"]
    wade_giles: dict[str, set[str]] = {}
    for pinyin, spellings in rows.items():
        for spelling in spellings:
            wade_giles.setdefault(spelling, set()).add(pinyin)
    return {p: frozenset({p}) for p in rows}, {k: frozenset(v) for k, v in wade_giles.items()}


def _cuts(token: str, syllables: Syllables) -> Readings:
    """Every way to write ``token`` as at most :data:`MAX_SYLLABLES` spellings of
    ``syllables``, only the first starting with a vowel (Xi'an: names drop the apostrophe
    that would mark such a cut), each replaced by a Pinyin syllable it stands for."""
    n = len(token)
    tails: list[set[tuple[str, ...]]] = [set() for _ in range(n)] + [{()}]
    for start in range(n - 1, -1, -1):
        if start and token[start] in _VOWELS:
            continue
        found = tails[start]
        for end in range(start + 1, min(n, start + _LONGEST) + 1):
            heads = syllables.get(token[start:end])
            if heads and tails[end]:
                found.update(
                    (head, *tail)
                    for tail in tails[end]
                    if len(tail) < MAX_SYLLABLES
                    for head in heads
                )
    return frozenset(tails[0])


@cache
def _any_syllables() -> re.Pattern[str]:
    """Parts of one to :data:`MAX_SYLLABLES` syllables of either system: most names are not,
    and a regular expression says so faster than cutting them."""
    pinyin, wade_giles = _tables()
    spellings = sorted(pinyin.keys() | wade_giles.keys(), key=len, reverse=True)
    return re.compile(f"(?:{'|'.join(spellings)}){{1,{MAX_SYLLABLES}}}")


@lru_cache(maxsize=200_000)
def pinyin_readings(token: str) -> tuple[Readings, Readings]:
    """The Pinyin syllables a Latin part stands for read as Pinyin, and read as Wade-Giles
    (each empty when the part is no such syllables)."""
    if len(token) < 2 or not _any_syllables().fullmatch(token):
        return frozenset(), frozenset()
    pinyin, wade_giles = _tables()
    return _cuts(token, pinyin), _cuts(token, wade_giles)


@lru_cache(maxsize=200_000)
def _wade_giles_only(token: str) -> Readings:
    """The Pinyin readings of a part written in Wade-Giles alone (three letters or more, no
    reading as Pinyin); empty for any other part."""
    if len(token) < _SHORTEST:
        return frozenset()
    pinyin, wade_giles = pinyin_readings(token)
    return frozenset() if pinyin else wade_giles


def pinyin_spellings(tokens: tuple[str, ...]) -> frozenset[str]:
    """A part, or a run of parts, written in Pinyin when one part at least is written in
    Wade-Giles alone ("hsueh" -> "xue", "hsueh yuan" -> "xueyuan"), for retrieval: the index
    files the names under these spellings too. Read part by part: a run is never cut across
    its parts."""
    if not any(_wade_giles_only(t) for t in tokens):
        return frozenset()
    readings = [pinyin_readings(t)[1] for t in tokens]
    return frozenset(
        "".join(syllable for reading in run for syllable in reading)
        for run in product(*readings)
        if sum(len(reading) for reading in run) <= MAX_SYLLABLES
    )


def same_in_pinyin(a: str, b: str) -> bool:
    """Whether parts ``a`` and ``b`` are one Chinese name, one written in Wade-Giles alone (no
    reading as Pinyin: "tse", "hsueh", "tsetung") and the other in Pinyin ("ze", "xue",
    "zedong"). A part that reads in both systems ("chun", "chang") is taken as written: the
    Korean names of the lists spell their syllables much as Wade-Giles does (Chun is not 军
    Jun), and two Latin names a voicing apart (Tania, Dania) are no Chinese names."""
    a_wade = _wade_giles_only(a)
    if a_wade:
        return not a_wade.isdisjoint(pinyin_readings(b)[0])
    b_wade = _wade_giles_only(b)
    return bool(b_wade) and not b_wade.isdisjoint(pinyin_readings(a)[0])
