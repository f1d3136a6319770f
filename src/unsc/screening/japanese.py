"""Japanese names written in kanji, read by the Latin spellings at hand.

A Japanese name in kanji (山田太郎) does not say how it is read: each character has readings
of its own (kun: 山 yama, 田 ta; on: 山 san, 田 den), a name chooses among them, and a later
character's first consonant is often voiced (田 da in 山田 Yamada: rendaku). No table gives a
name's reading for certain, and Pinyin reads it as Chinese ("shan tian tai lang"). This
reading enumerates the readings a word may have, from the Unicode Han Database's kun and on
readings of each character (``data/screening/japanese_readings.tsv``, made by
``scripts/build_japanese_readings.py``; an adjective's also without its ending, 弘い hiroi:
hiro; and the readings names give them, nanori, ``japanese_nanori.yaml``: 茂 shige, 顕 aki),
voiced or not after the first, with the genitive no a name of two may say between them (井上
Inoue), and keeps those that a spelling at hand has (a listed
name's part, or the other name of a comparison): a reading is chosen by the names it may be,
never guessed. Spellings are compared by :func:`japanese_key`, with long vowels written short
as Hepburn without macrons writes them (tarou Taro, katou Kato, Satoh).

A name is read so only when it has :data:`MIN_CHARACTERS` kanji or more, as two words or
more, a family name and a given name, each read as
:data:`MIN_LETTERS` letters or more: a name of one word is cut after each of its first three
characters, and a word alone (a family name, 山田) is not read so, since a short reading meets
too many spellings of other names (Faker's Chinese names met SAI, SEI, GAN, KORYO BANK so).
A name read by a nanori the table lacks is not found.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable
from functools import cache, lru_cache
from itertools import islice, product

from unsc import datafiles

__all__ = ["MAX_CHARACTERS", "in_kanji", "japanese_key", "japanese_names"]

MAX_CHARACTERS = 4  # a word of more kanji is not read so (its readings are too many)
MAX_READINGS = 5_000  # ... nor a word of more readings than this
MAX_NAMES = 8  # readings of one name kept, at most
MIN_CHARACTERS = 3  # a name of fewer kanji is not read so: most are Chinese (刘帆 "ryu han"
# met HAN YU-RO, KPi.005)
MIN_LETTERS = 3  # a word's reading of fewer letters is not looked for (ta, sai: too many
# spellings of other names have them)
_HAN = re.compile(r"^[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\s・]+$")
_WORDS = re.compile(r"[\s・]+")
# rendaku: the first consonant of a later part voiced (田 ta, 山田 yamada; 川 kawa, 歌川
# utagawa)
_VOICED = (("sh", "j"), ("ch", "j"), ("ts", "z"), ("k", "g"), ("s", "z"), ("t", "d"),
           ("h", "b"), ("f", "b"))  # fmt: skip
_LONG = (("ou", "o"), ("oo", "o"), ("uu", "u"))
_OH = re.compile(r"oh(?![aeiouy])")


def in_kanji(text: str) -> bool:
    """Whether a name is written in Han characters alone (kanji, or Chinese)."""
    return _HAN.match(text) is not None and not text.isspace()


def japanese_key(token: str) -> str:
    """A romanised Japanese spelling with its long vowels short, as Hepburn without macrons
    and the lists write them: tarou taro, oono ono, satoh sato; an m before b, p or m an n
    (shimbun shinbun)."""
    key = _OH.sub("o", token.lower())
    for long, short in _LONG:
        key = key.replace(long, short)
    return re.sub(r"m(?=[bpm])", "n", key)


@cache
def _table() -> dict[str, tuple[str, ...]]:
    """Each kanji -> its readings: kun, on, then the names' own (``japanese_nanori.yaml``)."""
    nanori = datafiles.load_yaml("screening/japanese_nanori.yaml")["nanori"]
    table: dict[str, tuple[str, ...]] = {}
    for line in datafiles.open_text("screening/japanese_readings.tsv"):
        char, kun, on = line.rstrip("\n").split("\t")
        names = [str(r) for r in nanori.get(char, ())]
        table[char] = tuple(dict.fromkeys((*kun.split(), *on.split(), *names)))
    return table


def _voiced(reading: str) -> str | None:
    for plain, voiced in _VOICED:
        if reading.startswith(plain):
            return voiced + reading[len(plain) :]
    return None


@lru_cache(maxsize=20_000)
def word_readings(word: str) -> frozenset[str]:
    """The readings a word of kanji may have: each character by one of its readings, a later
    one's also voiced; none for a word of more than
    :data:`MAX_CHARACTERS` characters or :data:`MAX_READINGS` readings, or with a character
    the table lacks."""
    table = _table()
    if not 1 <= len(word) <= MAX_CHARACTERS or any(ch not in table for ch in word):
        return frozenset()
    options = []
    for n, ch in enumerate(word):
        readings = list(table[ch])
        if n:
            readings += [v for v in map(_voiced, table[ch]) if v]
        options.append(readings)
    if math.prod(map(len, options)) > MAX_READINGS:
        return frozenset()
    found = {"".join(parts) for parts in product(*options)}
    if len(word) == 2:  # the genitive no a family name of two says between them (井上 inoue)
        found.update(a + "no" + b for a, b in product(table[word[0]], table[word[1]]))
    return frozenset(found)


def _cuts(words: list[str]) -> Iterable[list[str]]:
    """The words of a name of two or more, or a name of one word cut after each of its
    first three characters (a family name and a given name)."""
    if len(words) > 1:
        yield words
    else:
        word = words[0]
        yield from ([word[:n], word[n:]] for n in range(1, min(3, len(word) - 1) + 1))


def japanese_names(
    text: str,
    spelled: Callable[[str], Iterable[str]],
    together: Callable[[tuple[str, ...]], bool] = lambda parts: True,
) -> list[str]:
    """The readings of a name in kanji that spellings at hand have, written with those
    spellings ("山田太郎" ["yamada taro"] when a list holds YAMADA Taro); ``spelled`` gives
    the spellings at hand of a reading (as :func:`word_readings` writes it: compare them by
    :func:`japanese_key`), ``together`` whether one name at hand has all the parts of a
    reading (a family name of one listed name and a given name of another are no reading).
    None for a text not all kanji."""
    if not in_kanji(text):
        return []
    words = [w for w in _WORDS.split(text.strip()) if w]
    if sum(map(len, words)) < MIN_CHARACTERS:
        return []
    found: list[str] = []
    for cut in _cuts(words):
        spellings = [
            list(
                dict.fromkeys(
                    s
                    for reading in sorted(word_readings(w))
                    if len(japanese_key(reading)) >= MIN_LETTERS
                    for s in spelled(reading)
                )
            )
            for w in cut
        ]
        if all(spellings):
            readings = (parts for parts in product(*spellings) if together(parts))
            found += (" ".join(parts) for parts in islice(readings, MAX_NAMES))
    return list(dict.fromkeys(found))[:MAX_NAMES]
