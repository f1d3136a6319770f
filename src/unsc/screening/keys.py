"""Phonetic keys of name tokens, for retrieval and for the phonetic and skeleton features.

- :func:`phonetic` folds the spellings that transliteration systems disagree on, keeping the
  vowels: kh/h, q/k, ph/f, v/w, dj/zh/j, th/t, dh/d, ou/oo/u, ee/i, doubled letters.
  "Mukhammad" and "Muhammad", "Youssef" and "Yusef" get the same key.
- :func:`vowel_classes` keeps the consonants and writes each vowel as its class (a; e, i, y;
  o, u, w), for :func:`abjad_match`: a name from the Arabic script writes its long vowels
  (ا و ي) but not its short ones, so its classes must appear in order in the Latin name.
- :func:`skeleton` also drops the vowels (and w, y): the consonant skeleton an Arabic or
  Persian name has in its own script ("محمد" -> "mhmd"). It is compared only when one of the
  two names came from such a script, because in Latin it merges names that differ
  (Ahmad and Hamid).
"""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["abjad_match", "phonetic", "skeleton", "syllable", "vowel_classes"]

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


_FINAL_VOWEL_H = re.compile(r"(?<=[aeiou])h$")


def _fold(token: str) -> str:
    key = token
    for a, b in _FOLDS:
        if a in key:
            key = key.replace(a, b)
    key = _SOFT_C.sub("k", key)
    key = _Y_VOWEL.sub("i", key)
    return _DOUBLE.sub(r"\1", key)


@lru_cache(maxsize=500_000)
def phonetic(token: str) -> str:
    """A vowel-keeping phonetic key: transliteration variants of one name collide."""
    key = _fold(token)
    if len(key) > 3 and key.endswith("h"):
        key = key[:-1]
    return key


@lru_cache(maxsize=500_000)
def skeleton(token: str) -> str:
    """The consonant skeleton of a token, as an abjad (Arabic, Persian) script writes it."""
    key = _FINAL_VOWEL_H.sub("", _fold(token))
    key = key.replace("sh", "s").replace("ch", "s")
    stripped = _VOWELS.sub("", key)
    return _DOUBLE.sub(r"\1", stripped) if stripped else key[:1]


_CLASSES = str.maketrans({"e": "i", "y": "i", "o": "u", "w": "u"})


@lru_cache(maxsize=500_000)
def vowel_classes(token: str) -> str:
    """Consonants as the skeleton writes them, vowels as a, i (e, i, y) or u (o, u, w); the
    diphthongs ai and au as i and u ("sulaimani" and "soleimani" agree)."""
    key = _FINAL_VOWEL_H.sub("", _fold(token))
    key = key.replace("sh", "s").replace("ch", "s").translate(_CLASSES)
    key = _DOUBLE.sub(r"\1", key)
    return key.replace("ai", "i").replace("au", "u")


def _subsequence(short: str, long: str) -> bool:
    it = iter(long)
    return all(ch in it for ch in short)


@lru_cache(maxsize=500_000)
def abjad_match(arabic: str, latin: str) -> bool:
    """Whether ``latin`` can be a Latin spelling of ``arabic`` (a token from the Arabic script).

    Same consonant skeleton, and the vowels written in the Arabic script appear in order in
    the Latin spelling (a leading vowel, an ayn or alif, is free: Omar, Umar for "amr"); a
    final i (the nisba: Ahmadi) is on both sides or on neither. A part of one consonant
    ("aly", "yhya") needs all its vowels, the leading one too ("Ali", "Yahya"; not "Lei").
    """
    if skeleton(arabic) != skeleton(latin):
        return False
    a, b = vowel_classes(arabic), vowel_classes(latin)
    if (a[-1] == "i") != (b[-1] == "i"):  # a final long i is written: Ahmad / Ahmadi
        return False
    if len(skeleton(arabic)) < 2:  # one consonant says little: no vowel is free
        return _subsequence(a, b)
    return _subsequence(a.lstrip("aiu"), b)


_VOICING = (("ch", "j"), ("k", "g"), ("t", "d"), ("p", "b"), ("r", "l"), ("eo", "o"), ("eu", "u"))


@lru_cache(maxsize=500_000)
def syllable(token: str) -> str:
    """A short part with consonant voicing folded (k/g, t/d, p/b, ch/j, r/l), as the Korean
    romanisation systems write one syllable differently: "gyu" and "kyu", "je" and "che"."""
    key = token
    for a, b in _VOICING:
        key = key.replace(a, b)
    return key
