"""Korean names written in Cyrillic, read back into Hangul.

Russian writes a Korean name by the Kontsevich system (``data/screening/korean_cyrillic.yaml``),
as the Russian versions of the UN's documents and the Russian press do: 김정은 is Ким Чен Ын,
최룡해 Чхве Рён Хэ, 리영호 Ли Ён Хо. Read as Russian, these are "kim chen yn", "chkhve ryon
khe": no list writes a DPRK name so. Read back into Hangul, the name goes the way of any
Hangul name (McCune-Reischauer as the UN writes it, Revised Romanization, the common
spellings): Kim Jong Un, Choe Ryong Hae, Ri Yong Ho.

Kontsevich writes some jamo alike: a final н is ㄴ or ㅇ (Ён: 연 or 영), е is ㅔ or, in the
older spelling, ㅓ (Чен: 정); each choice is a reading, at most :data:`MAX_READINGS`. (о writes
ㅓ and ㅗ, ё ㅕ and ㅛ, which the DPRK's own spelling and McCune-Reischauer without breves
write alike; one is read.)

Read so: a name of two to four words (a hyphen parts them too; titles, товарищ, генерал, left
out) whose first word is one syllable that reads as a Korean family name and whose other
words read as one to three syllables each, four in all at most: Ким Александр (a
Koryo-saram's name) is read as Russian.
"""

from __future__ import annotations

import re
from functools import cache
from itertools import islice, product

from unsc import datafiles

__all__ = ["MAX_READINGS", "cyrillic_korean"]

MAX_READINGS = 8  # readings of one name, at most
MAX_SYLLABLES = 4  # in a name
_INITIALS = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"
_MEDIALS = "ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ"
_FINALS = " ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ"
_WORDS = re.compile(r"[\s\-‐‑–]+")
_CYRILLIC = re.compile(r"^[а-яё]+$")
_TITLE = re.compile(r"(?<!\w)(?:г-н|д-р)(?!\w)")  # titles shortened with a hyphen

Syllable = list[str]  # the Hangul syllables one Cyrillic syllable may write


_ALIKE = ("о", "ё", "ве")  # spellings of two jamo that the Latin spellings write alike


@cache
def _tables(
    both: bool,
) -> tuple[dict[str, list[str]], dict[str, list[str]], dict[str, list[str]]]:
    """Initials, vowels and finals; ``both``: each of the jamo a spelling of :data:`_ALIKE`
    writes (for a family name, which must be one of the table's), else the first."""
    data = datafiles.load_yaml("screening/korean_cyrillic.yaml")
    vowels = {str(k): list(v) for k, v in data["vowels"].items()}
    if not both:
        vowels = {k: v[:1] if k in _ALIKE else v for k, v in vowels.items()}
    return (
        {str(k): list(v) for k, v in data["initials"].items()},
        vowels,
        {str(k): list(v) for k, v in data["finals"].items()},
    )


@cache
def _surnames() -> frozenset[str]:
    return frozenset(datafiles.load_yaml("screening/korean_cyrillic.yaml")["surnames"])


@cache
def _titles() -> frozenset[str]:
    return frozenset(datafiles.load_yaml("screening/korean_cyrillic.yaml")["titles"])


def _compose(initial: str, medial: str, final: str) -> str:
    code = (_INITIALS.index(initial) * 21 + _MEDIALS.index(medial)) * 28
    return chr(0xAC00 + code + (_FINALS.index(final) if final else 0))


def _heads(table: dict[str, list[str]], word: str, at: int) -> list[tuple[str, list[str]]]:
    """The spellings of ``table`` that ``word`` has at ``at``, longest first."""
    return [
        (spelling, table[spelling])
        for size in (3, 2, 1)
        if (spelling := word[at : at + size]) in table and len(spelling) == size
    ]


@cache
def _parse(word: str, at: int = 0, both: bool = False) -> tuple[tuple[Syllable, ...], ...]:
    """Each way to read ``word[at:]`` as Kontsevich syllables: per syllable, its Hangul
    (``both``: see :func:`_tables`)."""
    if at == len(word):
        return ((),)
    initials, vowels, finals = _tables(both)
    out: list[tuple[Syllable, ...]] = []
    for initial, first in [*_heads(initials, word, at), ("", ["ㅇ"])]:
        for vowel, medials in _heads(vowels, word, at + len(initial)):
            end = at + len(initial) + len(vowel)
            for final, lasts in [*_heads(finals, word, end), ("", [""])]:
                rests = _parse(word, end + len(final), both)
                if not rests:
                    continue
                written = [_compose(i, m, f) for i, m, f in product(first, medials, lasts)]
                out += [(written, *rest) for rest in rests]
                if len(out) >= MAX_READINGS:
                    return tuple(out)
    return tuple(out)


def cyrillic_korean(text: str) -> list[str]:
    """The Hangul readings of a Korean name written in Cyrillic ("Ким Чен Ын" -> 김정은 among
    others), at most :data:`MAX_READINGS`; none for a name that is not one."""
    titles = _titles()
    words = [w for w in _WORDS.split(_TITLE.sub(" ", text.strip().lower())) if w]
    words = [w for w in words if w not in titles]
    if not 2 <= len(words) <= MAX_SYLLABLES or not all(map(_CYRILLIC.match, words)):
        return []
    family = [syllables[0] for syllables in _parse(words[0], both=True) if len(syllables) == 1]
    surnames = [s for options in family for s in options if s in _surnames()]
    if not surnames:
        return []
    given: list[list[Syllable]] = []
    for word in words[1:]:
        ways = [list(w) for w in _parse(word) if len(w) <= MAX_SYLLABLES - 1]
        if not ways:
            return []
        given.append(ways[0])  # the first way: longest spellings first
    syllables = [s for way in given for s in way]
    if len(syllables) > MAX_SYLLABLES - 1:
        return []
    readings = (surname + "".join(chosen) for surname in surnames for chosen in product(*syllables))
    return list(dict.fromkeys(islice(readings, MAX_READINGS)))
