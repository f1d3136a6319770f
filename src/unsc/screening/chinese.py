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

A name written as Taiwan, Hong Kong and the older press write Chinese names, a family name
and a given name of two syllables joined by a hyphen ("Wang Kuo-ying", "Chang Chi-cheng"), is
taken for one in Wade-Giles (:func:`wade_giles_name`), even where its syllables read as Pinyin
too: Pinyin joins a given name's syllables (Wang Guoying, Zhang Jicheng).

A name of two or three parts wholly in Pinyin syllables, one of them a common Chinese family
name (``data/screening/chinese_surnames.yaml``), is taken for a Chinese name written in
Pinyin (:func:`pinyin_name`): its syllables a letter apart are other names (Zheng, Zhang).
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from itertools import product

from unsc import datafiles

__all__ = [
    "MAX_SYLLABLES",
    "WADE_GILES_SIMILARITY",
    "pinyin_name",
    "pinyin_readings",
    "pinyin_spellings",
    "same_in_pinyin",
    "wade_giles_name",
    "wade_giles_reads",
]

WADE_GILES_SIMILARITY = 0.9  # a name written in Wade-Giles and in Pinyin
MAX_SYLLABLES = 3  # a family name and a given name of two syllables, written as one part
_LONGEST = 6  # letters of the longest syllable ("zhuang", "chuang", "hsiung")
_SHORTEST = 3  # a Wade-Giles part of two letters ("ho" for "he") is too often another word
_VOWELS = frozenset("aeiou")

Readings = frozenset[tuple[str, ...]]  # ways to read a part, each as Pinyin syllables
Syllables = dict[str, frozenset[str]]  # a spelling -> the Pinyin syllables it writes
_NONE: Readings = frozenset()


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


def _trie(words: list[str]) -> str:
    """A regular expression matching exactly ``words``, as a trie ("a(?:i|n(?:g)?)?"): the
    engine follows one branch per letter instead of trying every word."""
    children: dict[str, list[str]] = {}
    ends = False
    for word in words:
        if word:
            children.setdefault(word[0], []).append(word[1:])
        else:
            ends = True
    if not children:
        return ""
    branches = [first + _trie(rest) for first, rest in sorted(children.items())]
    body = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
    return f"(?:{body})?" if ends else body


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Parts of one to :data:`MAX_SYLLABLES` syllables of Pinyin, and of Wade-Giles, only the
    first starting with a vowel (as :func:`_cuts` reads them): most names are neither, and a
    regular expression says so faster than cutting them."""
    patterns = []
    for table in _tables():
        first = _trie(list(table))
        rest = _trie([s for s in table if s[0] not in _VOWELS])
        patterns.append(re.compile(f"{first}{rest}{{0,{MAX_SYLLABLES - 1}}}"))
    return patterns[0], patterns[1]


@lru_cache(maxsize=200_000)
def pinyin_readings(token: str) -> tuple[Readings, Readings]:
    """The Pinyin syllables a Latin part stands for read as Pinyin, and read as Wade-Giles
    (each empty when the part is no such syllables)."""
    return (_readings(token, 0), _readings(token, 1)) if len(token) >= 2 else (_NONE, _NONE)


def _readings(token: str, system: int) -> Readings:
    """``token`` read as Pinyin (``system`` 0) or as Wade-Giles (1)."""
    if not _patterns()[system].fullmatch(token):
        return _NONE
    return _cuts(token, _tables()[system])


@lru_cache(maxsize=200_000)
def _wade_giles_only(token: str) -> Readings:
    """The Pinyin readings of a part written in Wade-Giles alone (three letters or more, no
    reading as Pinyin); empty for any other part. Most parts are neither: two regular
    expressions say so."""
    if len(token) < _SHORTEST or _patterns()[0].fullmatch(token):
        return _NONE
    return _readings(token, 1)


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


# The first and the last letters of a part in the two systems, when they differ: Wade-Giles
# p t k ch hs j ts tz for Pinyin b d g zh j q x r z c, i for yi, o for e; -ih -ieh -ueh -erh
# for -i -ie -ue -er, -u for -i (tzu, ssu: zi, si), -o for -e. Two parts that differ
# otherwise at either end are no pair, whatever their middles: most pairs are told so at once.
_FIRSTS = frozenset({"pb", "td", "tz", "tc", "kg", "cz", "cj", "cq", "hx", "jr", "iy", "oe"})
_LASTS = frozenset({"hi", "he", "hr", "ui", "oe"})


def _ends_may_agree(wade_giles: str, pinyin: str) -> bool:
    first, last = wade_giles[0] + pinyin[0], wade_giles[-1] + pinyin[-1]
    return (first[0] == first[1] or first in _FIRSTS) and (last[0] == last[1] or last in _LASTS)


def same_in_pinyin(a: str, b: str) -> bool:
    """Whether parts ``a`` and ``b`` are one Chinese name, one written in Wade-Giles alone (no
    reading as Pinyin: "tse", "hsueh", "tsetung") and the other in Pinyin ("ze", "xue",
    "zedong"). A part that reads in both systems ("chun", "chang") is taken as written: the
    Korean names of the lists spell their syllables much as Wade-Giles does (Chun is not 军
    Jun), and two Latin names a voicing apart (Tania, Dania) are no Chinese names."""
    if _ends_may_agree(a, b):
        a_wade = _wade_giles_only(a)
        if a_wade:
            return not a_wade.isdisjoint(pinyin_readings(b)[0])
    if _ends_may_agree(b, a):
        b_wade = _wade_giles_only(b)
        if b_wade:
            return not b_wade.isdisjoint(pinyin_readings(a)[0])
    return False


def wade_giles_reads(latin: str, pinyin: str) -> bool:
    """Whether a Latin part read as Wade-Giles gives the Pinyin syllables of ``pinyin``,
    a part read from Han characters (so Pinyin for certain), even when the Latin part also
    reads as Pinyin: 登 deng is Taiwan's Teng (Lee Teng-hui), 東 dong its Tung."""
    if len(latin) < _SHORTEST or not _ends_may_agree(latin, pinyin):
        return False
    return not _readings(latin, 1).isdisjoint(pinyin_readings(pinyin)[0])


@cache
def _surnames() -> frozenset[str]:
    return frozenset(datafiles.load_yaml("screening/chinese_surnames.yaml")["surnames"])


@cache
def _cantonese() -> dict[str, frozenset[str]]:
    """Each Cantonese spelling of a family name and the Pinyin names it stands for; not a
    spelling that is a Pinyin family name itself (Lei, Chang, Man, Kong: as written)."""
    table: dict[str, set[str]] = {}
    pinyin_names = _surnames()
    for pinyin, spellings in datafiles.load_yaml("screening/chinese_surnames.yaml")[
        "cantonese"
    ].items():
        for spelling in spellings:
            if spelling not in pinyin_names:
                table.setdefault(str(spelling), set()).add(str(pinyin))
    return {spelling: frozenset(names) for spelling, names in table.items()}


def cantonese_surname(a: str, b: str) -> bool:
    """Whether one part is the Cantonese spelling of the other's Pinyin family name (Chan
    and Chen, Wong and Wang or Huang, Ng and Wu)."""
    table = _cantonese()
    return b in table.get(a, ()) or a in table.get(b, ())


@lru_cache(maxsize=200_000)
def pinyin_name(tokens: tuple[str, ...]) -> bool:
    """Whether a name is a Chinese name written in Pinyin: two or three parts, each Pinyin
    syllables (:func:`pinyin_readings`), one a common family name ("zhang wei", "xiaoming
    zhang"; not "reza amini", "amadou toure", which read as Pinyin too)."""
    if not 2 <= len(tokens) <= 3 or _surnames().isdisjoint(tokens):
        return False
    return all(pinyin_readings(t)[0] for t in tokens)


_HYPHENATED = re.compile(r"^([a-z]+)-([a-z]+)$")


@lru_cache(maxsize=200_000)
def wade_giles_name(text: str) -> bool:
    """Whether a name is a Chinese name written as Wade-Giles writes it: a family name and a
    given name of two syllables joined by a hyphen, in either order ("Wang Kuo-ying",
    "Kuo-ying Wang"), each syllable one of Wade-Giles, the family name a common Chinese one
    so read ("Chang" is Zhang); not a Korean name hyphenated so ("Kim Jong-un": Kim is no
    Wade-Giles syllable)."""
    words = text.lower().replace(",", " ").split()
    if len(words) != 2:
        return False
    for given, family in (words, words[::-1]):
        m = _HYPHENATED.match(given)
        if (
            m
            and all(_readings(syllable, 1) for syllable in m.groups())
            and any(not _surnames().isdisjoint(r) for r in _readings(family, 1))
        ):
            return True
    return False
