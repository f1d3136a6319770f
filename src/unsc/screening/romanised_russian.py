"""Russian organisations' names in Latin letters, with their common words read in English.

The lists give a Russian body's name romanised (AO TSENTR SPETSIALNYKH SISTEM, GOSUDARSTVENNAYA
KORPORATSIYA ROSTEKH) as often as translated (JSC CENTER OF SPECIAL SYSTEMS, STATE
CORPORATION ROSTEC), and a query may give either. A name in Cyrillic letters is read in
English by the table of its common words (``organisation_words.yaml``, ``cyrillic``:
:func:`~.transliterate.common_words_translated`); this reads the same table's words written
in Latin letters, whatever the romanisation: each word is compared by a key that folds the
systems' differences (:func:`russian_key`: BGN's Ob"yedineniye and the lists' OBEDINENIE,
Rossiyskoy and ROSSIISKOI), and the table's Cyrillic words are romanised by ICU as the
names are (:func:`~.transliterate.to_latin`), so the table is the Cyrillic one, not a
second one to keep.
"""

from __future__ import annotations

import re
from functools import cache

from unsc import datafiles
from unsc.screening.transliterate import to_latin

__all__ = ["russian_key", "russian_words_translated"]

_NOT_LETTER = re.compile(r"[^a-z]")
_SPACE = re.compile(r"[\s-]+")  # a compound is hyphenated or not: NAUCHNO(-)PROIZVODSTVENNOE
_DOUBLE_I = re.compile(r"i{2,}")

Table = dict[tuple[str, ...], str]


def russian_key(word: str) -> str:
    """A romanised Russian word as compared: letters only, y as i, ii as i, and no i before
    e (the й, ы, ь and ъ, and the ye of е, that romanisations write otherwise): Rossiyskoy
    and Rossiiskoi are "rosiskoi", Ob"yedineniye and Obedinenie "obedinene"."""
    key = _NOT_LETTER.sub("", word.lower()).replace("y", "i")
    return _DOUBLE_I.sub("i", key).replace("ie", "e")


@cache
def _table() -> tuple[Table, frozenset[str], int]:
    """The Cyrillic table's words and phrases by the keys of their romanised words, with
    their English (the first rendering); the markers' keys; the longest phrase's length."""
    data = datafiles.load_yaml("screening/organisation_words.yaml")["cyrillic"]
    table: Table = {}
    for cyrillic, english in data["words"].items():
        rendering = english[0] if isinstance(english, list) else english
        table[_keys(to_latin(str(cyrillic))[0])] = str(rendering)
    markers = frozenset(k for m in data["markers"] for k in _keys(to_latin(str(m))[0]))
    return table, markers, max(map(len, table))


def _keys(text: str) -> tuple[str, ...]:
    return tuple(k for k in map(russian_key, _SPACE.split(text)) if k)


def russian_words_translated(text: str) -> str | None:
    """A name in Latin letters with the common words of Russian bodies' names read in English
    (AO TSENTR SPETSIALNYKH SISTEM: "AO center SPETSIALNYKH SISTEM"; Sberbank Rossii:
    "Sberbank of russia"); None when it has no word that marks a body's name (tsentr, zavod,
    kontsern, korporatsiya..., or a bank's name of one word) or nothing to read."""
    if not text.isascii():
        return None
    words = [w for w in _SPACE.split(text) if w]
    keys = [russian_key(w) for w in words]
    table, markers, longest = _table()
    if markers.isdisjoint(keys) and not any(len(k) > 5 and k.endswith("bank") for k in keys):
        return None
    out: list[str] = []
    i = 0
    while i < len(words):
        for size in range(min(longest, len(words) - i), 0, -1):
            english = table.get(tuple(keys[i : i + size]))
            if english is not None:
                out.append(english)
                i += size
                break
        else:
            out.append(words[i])
            i += 1
    translated = " ".join(out)
    return translated if translated != " ".join(words) else None
