"""Japanese names written in Hangul, read back in Hepburn.

Korean writes a Japanese name by the loanword orthography's table for Japanese
(``data/screening/hangul_japanese.yaml``): 후쿠다 다케오 Fukuda Takeo, 마쓰모토 Matsumoto,
고이즈미 준이치로 Koizumi Jun'ichiro. Read by the rules for other loanwords, it is "hukuda
dakeo" (후 hu: Korean has no f; a plain 다 d) and "massmoto" (쓰 a European s, its vowel left
out), which no list writes. A Korean bank holds its Japanese customers' names so.

The reading gives each syllable its kana: a syllable-final ㄴ is n, a final ㅅ doubles the next
consonant (핫토리 Hattori); a plain k, t or ch at a word's start is voiceless or voiced (가 ka
or ga, 다 ta or da, 지 chi or ji), inside a word voiced (the voiceless ones are aspirated
there: 다나카 Tanaka). One reading per choice of each word's first consonant, at most
:data:`MAX_READINGS`, the voiceless first.

Read so: a name all of whose syllables the table reads, with one no Korean name has (an
aspirated k or t, 쓰, 즈, 스: the table's ``telling``), or one few have (후, 도: ``rare``) in a
name that looks foreign (:func:`~.transliterate.foreign_hangul`: 기시다 후미오, not 이지후).
아베 신조 (Abe Shinzo), all of whose syllables a Korean name may have, is read as Korean
only.
"""

from __future__ import annotations

from functools import cache
from itertools import islice, product

from unsc import datafiles
from unsc.screening.transliterate import foreign_hangul, hangul_jamo

__all__ = ["MAX_READINGS", "japanese_hangul"]

MAX_READINGS = 4  # readings of one name, at most
_FIRST, _LAST = "\uac00", "\ud7a3"  # the Hangul syllables
_FINAL_N, _FINAL_S = 4, 19  # the jongseong ㄴ and ㅅ, as Unicode numbers them


@cache
def _tables() -> tuple[dict[str, list[str]], dict[str, list[str]], frozenset[str], frozenset[str]]:
    """Hangul syllable (without its final) -> its kana at a word's start, and inside it; the
    syllables that tell a Japanese name, and those that tell one that looks foreign."""
    data = datafiles.load_yaml("screening/hangul_japanese.yaml")
    start: dict[str, list[str]] = {}
    inside: dict[str, list[str]] = {}
    for kana, spellings in data["kana"].items():
        first, within = spellings[0], spellings[-1]
        start.setdefault(str(first), []).append(str(kana))
        inside.setdefault(str(within), []).append(str(kana))
    for syllable, kana in inside.items():  # an aspirated one also at the start, as people write
        if syllable not in start:
            start[syllable] = list(kana)
    return start, inside, frozenset(map(str, data["telling"])), frozenset(map(str, data["rare"]))


def _parts(ch: str) -> tuple[str, int] | None:
    """A Hangul syllable without its final consonant, and the final's number (0: none)."""
    if not _FIRST <= ch <= _LAST:
        return None
    final = hangul_jamo(ch)[2]
    return chr(ord(ch) - final), final


def _word(word: str) -> list[str] | None:
    """A word's readings (the choices of its first consonant); None if the table cannot read
    it."""
    start, inside, _, _ = _tables()
    firsts: list[str] = []
    rest = ""
    double = False
    for i, ch in enumerate(word):
        parts = _parts(ch)
        if parts is None or parts[1] not in (0, _FINAL_N, _FINAL_S):
            return None
        bare, final = parts
        kana = (start if i == 0 else inside).get(bare)
        if kana is None:
            return None
        if i == 0:
            firsts = kana
        else:
            rest += (kana[0][0] if double else "") + kana[0]
        if final == _FINAL_N:
            if i == 0:
                firsts = [k + "n" for k in firsts]
            else:
                rest += "n"
        double = final == _FINAL_S  # the next syllable's consonant doubled
        if double and i == len(word) - 1:
            return None  # a final ㅅ doubles nothing
    return [first + rest for first in firsts]


def japanese_hangul(text: str) -> list[str]:
    """A Japanese name in Hangul as Hepburn writes it ("후쿠다 다케오" -> ["fukuda takeo",
    "fukuda dakeo"]), the voiceless first consonants first; [] for a name that is not all
    read by the table or has no syllable that tells a Japanese name."""
    words = text.split()
    _, _, telling, rare = _tables()
    if not words or not (
        any(ch in telling for ch in text)
        or (any(ch in rare for ch in text) and foreign_hangul(text) is not None)
    ):
        return []
    options = []
    for word in words:
        found = _word(word)
        if found is None:
            return []
        options.append(found)
    return [" ".join(p) for p in islice(product(*options), MAX_READINGS)]
