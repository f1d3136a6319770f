"""Chinese names as Hong Kong and Macau write them: in their Cantonese reading.

Pinyin reads 周潤發 as Zhou Runfa; Hong Kong writes him Chow Yun Fat, and its companies
register 德成貿易有限公司 as Tak Shing Trading Company Limited, a reading Pinyin never meets.
Each character is read by its Cantonese reading in the Unicode Han Database (Unihan
``kCantonese``, in Jyutping: ``data/screening/cantonese.tsv``, made by
``scripts/build_cantonese.py``), spelt as Hong Kong's romanisation spells it
(``hong_kong.yaml``); a family name Hong Kong spells otherwise than its reading is spelt so
(李 lei Lee, 周 zau Chow, 羅 lo Law), and an organisation's common words are in English (有限公司
co ltd), as the Pinyin reading has them.

A reading is one of a name's query names (:func:`~.namefields.query_names`): matched like any
Latin name, it finds the listed spellings that are Cantonese, and pairs by the same rules.
Hong Kong's spellings vary (誠 Shing or Sing, 振 Chun or Chan): the reading takes one, and the
matcher's vowel and spelling rules the rest.
"""

from __future__ import annotations

import re
from functools import cache

from unsc import datafiles
from unsc.screening.transliterate import common_words_in_english, han_only

__all__ = ["MIN_CHARACTERS", "cantonese_reading", "hong_kong_syllable"]

_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_HAN_SPLIT = re.compile(f"({_HAN.pattern})")  # each character apart, the rest between
# a numbered name (第十八, 3号) or a Japanese ship's (丸 maru): Pinyin's reading has its number
# in digits (第八星風丸 is not 第十八星風丸), a Cantonese one would not
_NUMBERED = re.compile("[第号號丸]")
_NOT_LATIN = re.compile("[^0-9A-Za-z]+")
MIN_CHARACTERS = 3  # a person's name of fewer is not read so: a family name alone or with one
# syllable met lists' short names and acronyms (Faker's 林 LIMITED ..., 贾 KAA, 韩荣 YOUTH WING)
_INITIALS = ("gw", "kw", "ng")  # two-letter initials, tried before one letter


@cache
def _readings() -> dict[str, str]:
    table = {}
    for line in datafiles.open_text("screening/cantonese.tsv"):
        char, _, reading = line.rstrip("\n").partition("\t")
        table[char] = reading
    return table


@cache
def _table(name: str) -> dict[str, str]:
    """One table of ``hong_kong.yaml``: initials, finals, syllables or family_names."""
    return {
        str(k): str(v) for k, v in datafiles.load_yaml("screening/hong_kong.yaml")[name].items()
    }


def hong_kong_syllable(jyutping: str) -> str:
    """One Jyutping syllable (without its tone) as Hong Kong spells it: "zoeng" cheung, "jeon"
    yun, "faat" fat; a syllable the table cannot parse, as it is."""
    initials, finals, whole = _table("initials"), _table("finals"), _table("syllables")
    if jyutping in whole:
        return whole[jyutping]
    head = next((i for i in _INITIALS if jyutping.startswith(i)), jyutping[:1])
    if head not in initials or jyutping[len(head) :] not in finals:
        head = ""  # no initial: "on", "aa"
    final = finals.get(jyutping[len(head) :])
    if final is None:
        return jyutping
    return (initials[head] if head else "") + final


def cantonese_reading(text: str) -> str | None:
    """A Chinese name in its Cantonese reading, as Hong Kong writes it ("周潤發" -> "chow yun
    fat", "德成貿易有限公司" -> "tak sing trading co ltd"); None for a name not in Han
    characters alone, one with kana or spaced (Japanese) or numbered, a person's of fewer than
    :data:`MIN_CHARACTERS`, or one with a character Unihan gives no reading."""
    if not han_only(text) or _NUMBERED.search(text):
        return None
    body = common_words_in_english(text, "han")
    if body is None and (len(_HAN.findall(text)) < MIN_CHARACTERS or " " in text.strip()):
        return None  # a short name, or a spaced one: Japanese (中島 舞), not Chinese
    text = body or text
    readings = _readings()
    words: list[str] = []
    first = True
    for part in _HAN_SPLIT.split(text):
        if not _HAN.fullmatch(part):
            latin = _NOT_LATIN.sub(" ", part).split()  # the English words, not a · or a comma
            words += latin
            first = first and not latin
            continue
        reading = readings.get(part)
        if reading is None:
            return None
        spelt = hong_kong_syllable(reading)
        words.append(_table("family_names").get(part, spelt) if first else spelt)
        first = False
    return " ".join(words) or None
