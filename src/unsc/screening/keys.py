"""Phonetic keys of name tokens, for retrieval and for the phonetic and skeleton features.

- :func:`phonetic` folds the spellings that transliteration systems disagree on, keeping the
  vowels: kh/h, q/k, ph/f, v/w, dj/zh/j, th/t, dh/d, ou/oo/u, ee/i, doubled letters.
  "Mukhammad" and "Muhammad", "Youssef" and "Yusef" get the same key.
- :func:`skeleton` also drops the vowels (and w, y): the consonant skeleton an Arabic or
  Persian name has in its own script ("محمد" -> "mhmd"). It is compared only when one of the
  two names came from such a script, because in Latin it merges names that differ
  (Ahmad and Hamid).
"""

from __future__ import annotations

import re
from functools import cache

__all__ = ["phonetic", "skeleton"]

_FOLDS = (
    ("sch", "sh"),
    ("tch", "ch"),
    ("dzh", "j"),
    ("dj", "j"),
    ("zh", "j"),
    ("kh", "h"),
    ("gh", "g"),
    ("ph", "f"),
    ("th", "t"),
    ("dh", "d"),
    ("ck", "k"),
    ("q", "k"),
    ("x", "ks"),
    ("v", "w"),
    ("ou", "u"),
    ("oo", "u"),
    ("ee", "i"),
    ("ie", "i"),
)
_SOFT_C = re.compile(r"c(?!h)")
_DOUBLE = re.compile(r"(.)\1+")
_Y_VOWEL = re.compile(r"(?<=[a-z])y")
_VOWELS = re.compile(r"[aeiouyw]")


@cache
def phonetic(token: str) -> str:
    """A vowel-keeping phonetic key: transliteration variants of one name collide."""
    key = token
    for a, b in _FOLDS:
        if a in key:
            key = key.replace(a, b)
    key = _SOFT_C.sub("k", key)
    key = _Y_VOWEL.sub("i", key)
    key = _DOUBLE.sub(r"\1", key)
    if len(key) > 3 and key.endswith("h"):
        key = key[:-1]
    return key


@cache
def skeleton(token: str) -> str:
    """The consonant skeleton of a token, as an abjad (Arabic, Persian) script writes it."""
    key = phonetic(token)
    key = key.replace("sh", "s").replace("ch", "s")
    stripped = _VOWELS.sub("", key)
    return _DOUBLE.sub(r"\1", stripped) if stripped else key[:1]
