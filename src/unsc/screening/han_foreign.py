"""Foreign names written in Chinese characters, read back as the Latin they transcribe.

Chinese writes a foreign name by the sounds of its syllables, with the characters of the
Xinhua News Agency's tables (弗拉基米尔·普京 Vladimir Putin, 乌萨马·本·拉登 Usama bin
Laden): Pinyin reads them as Chinese syllables ("fu la ji mi er pu jing"), which no list's
spelling is close to. This reading gives each character the Latin it stands for
(``data/screening/han_foreign.yaml``: 基 ki, 维 vi, 霍 kho; a few names whose written form
is a convention, whole: 穆罕默德 muhammad, 普京 putin), and the characters that also
stand for a consonant alone (斯 s, 夫 v, 尔 r, 克 k: Chinese has no consonant without a vowel)
that consonant where a foreign name would have it: at a word's end, before another consonant,
after a vowel, and first before l or r (拉夫罗夫 lavrov, 霍多尔科夫斯基 khodorkovski, 贝克尔
bekr, 弗拉 fla). A character the table lacks is read by its Pinyin, with the initials and
finals Chinese uses for foreign sounds (x s, q ch, w v, -uo o, -ng n).

Read so: a name whose words are parted by the interpunct Chinese writes between a foreign
name's parts (·, ・, •, ‧), or one word of :data:`FOREIGN_CHARACTERS` characters or more,
all in the table (a Chinese name has two or three, four with a double family name, whose
characters are not the table's: 欧阳, 司马). The reading then goes with the other
readings of a query (:func:`~unsc.screening.namefields.query_names`), r and l both, as
Chinese writes them alike (罗 ro, lo).
"""

from __future__ import annotations

import re
from functools import cache

from unsc import datafiles
from unsc.screening.transliterate import icu_transform

__all__ = ["FOREIGN_CHARACTERS", "foreign_han"]

FOREIGN_CHARACTERS = 4  # an unparted word of this many table characters is no Chinese name
_INTERPUNCT = re.compile("[·・•‧･]")
_PARTS = re.compile(r"[\s·・•‧･]+")
_HAN = re.compile(r"^[\u3400-\u4dbf\u4e00-\u9fff\s·・•‧･]+$")
_VOWELS = frozenset("aeiouy")
# Pinyin's initials and finals as Chinese uses them for foreign sounds
_INITIALS = (("zh", "zh"), ("ch", "ch"), ("sh", "sh"), ("x", "s"), ("q", "ch"), ("c", "ts"))
_FINALS = (
    ("uo", "o"),
    ("ao", "o"),
    ("ie", "e"),
    ("ing", "in"),
    ("eng", "en"),
    ("ang", "an"),
    ("ong", "on"),
    ("iu", "yu"),
)


@cache
def _table() -> tuple[dict[str, str], dict[str, str]]:
    data = datafiles.load_yaml("screening/han_foreign.yaml")
    return {str(k): str(v) for k, v in data["bare"].items()}, {
        str(k): str(v) for k, v in data["sounds"].items()
    }


@cache
def _words() -> dict[str, str]:
    data = datafiles.load_yaml("screening/han_foreign.yaml")
    return {str(k): str(v) for k, v in data["words"].items()}


def _pinyin(ch: str) -> str:
    """A character not in the table: its Pinyin with the foreign initials and finals."""
    syllable = str(icu_transform("han").transliterate(ch)).strip().lower()
    if syllable in ("wu", "yi"):
        return syllable[1]
    if syllable.startswith("w"):
        syllable = "v" + syllable[1:]
    for pinyin, latin in _INITIALS:
        if syllable.startswith(pinyin):
            syllable = latin + syllable[len(pinyin) :]
            break
    for pinyin, latin in _FINALS:
        if syllable.endswith(pinyin):
            return syllable[: -len(pinyin)] + latin
    return syllable


def _word(chars: str) -> str:
    """One word of a foreign name in Chinese characters, read as the Latin it transcribes."""
    bare, sounds = _table()
    whole = _words().get(chars)
    if whole is not None:
        return whole
    read = [
        bare[ch] if ch == "尔" and i else sounds.get(ch) or _pinyin(ch)
        for i, ch in enumerate(chars)
    ]
    for i, ch in enumerate(chars[:-1]):
        consonant, following = bare.get(ch), read[i + 1]
        if consonant and following[0] not in _VOWELS and (i or following[0] in "lr"):
            read[i] = consonant
    if len(chars) > 2 and chars[-1] in bare:  # 阿布 abu (Abu), but 拉夫罗夫 lavrov
        read[-1] = bare[chars[-1]]
    return "".join(read)


def foreign_han(text: str) -> str | None:
    """A foreign name written in Chinese characters read back in Latin ("谢尔盖·拉夫罗夫"
    sergai lavrov, "霍多尔科夫斯基" khodorkovski), or None for a name not all Han or not
    read so: neither parted by an interpunct nor one word of :data:`FOREIGN_CHARACTERS`
    characters in the table."""
    if not _HAN.match(text):
        return None
    simplified = str(icu_transform("traditional").transliterate(text.strip()))
    words = _PARTS.split(simplified)
    if not _INTERPUNCT.search(simplified):
        bare, sounds = _table()
        if len(words) > 1 or len(words[0]) < FOREIGN_CHARACTERS:
            return None
        if any(ch not in sounds and ch not in bare for ch in words[0]):
            return None
    return " ".join(_word(w) for w in words if w)
