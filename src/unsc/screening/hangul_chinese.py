"""Chinese names written in Hangul, read back in Pinyin.

Korean writes a Chinese name (anyone's since 1911, and a Chinese firm's or place's) as
Chinese says it, by the loanword orthography's table for Chinese
(``data/screening/hangul_chinese.yaml``, made by ``scripts/build_hangul_chinese.py``):
시진핑 Xi Jinping, 리팡웨이 Li Fangwei, 단둥훙샹 Dandong Hongxiang. Read as a Korean name
it meets no list's spelling ("si jin phing"). A Korean bank holds its Chinese customers'
names so; the lists write them in Pinyin.

This reading parts each word into the table's spellings (a Chinese syllable is one Hangul
syllable or two: 마오 mao, 웨이 wei, 쥐안 juan; the fewest pieces first) and gives the
Pinyin readings, one per combination of the syllables Korean writes alike (장 zhang or
jiang, 팡 fang or pang, 러 le or re), at most :data:`MAX_READINGS`, the table's first
options first.

Read so: a name all of whose words part so, and with a syllable that reads few Chinese
characters in Korean, or none (핑, 쩌, 팡, 쉬: :func:`~.transliterate.sino_korean_syllables`;
a Korean name, 김정은, 리수용, is written in the others), or a Chinese syllable of two
Hangul ones (가오 gao, 저우 zhou, 라이 lai: no Korean name has them), or a word longer than
a Korean name's (:func:`~.transliterate.looks_foreign`: 후진타오 Hu Jintao).
"""

from __future__ import annotations

from functools import cache
from itertools import islice, product

from unsc import datafiles
from unsc.screening.transliterate import looks_foreign, sino_korean_syllables

__all__ = ["MAX_READINGS", "chinese_hangul"]

MAX_READINGS = 8  # readings of one name, at most
MAX_SYLLABLES = 4  # Chinese syllables of one word, at most (단둥훙샹 Dandong Hongxiang)
# the apical i (zhi, chi, shi, ri, zi, ci, si) is ㅡ, the vowel Korean also puts between
# the consonants of a European name: a word with one is read so only if it is short (장제스
# Jiang Jieshi; not 무스타파, "mu shi ta fa")
_APICAL = frozenset("즈츠스르쯔쓰")
_LONGEST = 2  # Hangul syllables of one Chinese syllable, at most (아이 ai, 쥐안 juan)
_HANGUL_FIRST, _HANGUL_LAST = "\uac00", "\ud7a3"


@cache
def _table() -> dict[str, tuple[str, ...]]:
    data = datafiles.load_yaml("screening/hangul_chinese.yaml")["hangul_pinyin"]
    return {str(k): tuple(str(s) for s in v) for k, v in data.items()}


def _pieces(word: str) -> list[str] | None:
    """``word`` parted into the table's spellings, the fewest pieces; None if it cannot be."""
    table = _table()
    best: list[list[str] | None] = [[]] + [None] * len(word)
    for end in range(1, len(word) + 1):
        for size in range(1, min(_LONGEST, end) + 1):
            head, current = best[end - size], best[end]
            piece = word[end - size : end]
            if head is None or piece not in table:
                continue
            if current is None or len(head) + 1 < len(current):
                best[end] = [*head, piece]
    return best[-1]


def chinese_hangul(text: str) -> list[str]:
    """The Pinyin readings of a Chinese name written in Hangul ("시진핑" ["xi jin ping"],
    "장쩌민" ["zhang ze min", "jiang ze min"]), syllables parted by spaces; none for a
    name not all Hangul, a word the table cannot part or of more syllables than a Chinese
    name's word, or a Korean name."""
    words = text.split()
    if sum(map(len, words)) < 2:  # a syllable alone (허, He) is no name to read
        return []
    if not all(_HANGUL_FIRST <= ch <= _HANGUL_LAST for w in words for ch in w):
        return []
    parted = [_pieces(w) for w in words]
    for word, pieces in zip(words, parted, strict=True):
        longest = MAX_SYLLABLES - 1 if _APICAL.intersection(word) else MAX_SYLLABLES
        if pieces is None or len(pieces) > longest:
            return []
    korean = sino_korean_syllables()
    if (
        all(ch in korean for w in words for ch in w)
        and not any(map(looks_foreign, words))
        and all(len(piece) == 1 for pieces in parted for piece in pieces or ())
    ):
        return []
    table = _table()
    options = [table[piece] for pieces in parted for piece in pieces or ()]
    return [" ".join(reading) for reading in islice(product(*options), MAX_READINGS)]
