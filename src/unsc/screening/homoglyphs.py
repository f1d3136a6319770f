"""Cyrillic and Greek letters inside a Latin word, read as the Latin letters they look like.

A name typed or pasted with a look-alike letter of another script ("Jоseph" with the
Cyrillic о, "JОSЕРН" with Cyrillic О, Е, Р and Н, as screening evasion and OCR both make
them) would otherwise be read as that script and romanised: Р is R, Н is N, Greek Η is I,
and "JОSЕРН" became "josern". A word that mixes Latin letters with Cyrillic or Greek ones
is no word of either script; its Cyrillic and Greek letters that ICU's confusables table
(:class:`icu.SpoofChecker`, Unicode TR 39) maps to one Latin letter are replaced by it. A
word wholly in Cyrillic or Greek is left to the transliteration.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

import icu

from unsc.screening.transliterate import script_of

_WORD = re.compile(r"[^\W\d_]+")
_LOOK_ALIKE_SCRIPTS = frozenset({"cyrillic", "greek"})


@cache
def _checker() -> icu.SpoofChecker:
    return icu.SpoofChecker()


@lru_cache(maxsize=4096)
def latin_look_alike(letter: str) -> str | None:
    """The one Latin letter ``letter`` looks like (Cyrillic Р: P, Greek Η: H), or None. The
    confusables table writes I as l, which look the same in some fonts; a capital is an I
    (Cyrillic І, Greek Ι)."""
    skeleton = str(_checker().getSkeleton(0, letter))
    if len(skeleton) != 1 or not skeleton.isascii() or not skeleton.isalpha():
        return None
    return "I" if skeleton == "l" and letter.isupper() else skeleton


def _mixed_word(m: re.Match[str]) -> str:
    word = m.group()
    scripts = {script_of(ch) for ch in word}
    if "latin" not in scripts or scripts.isdisjoint(_LOOK_ALIKE_SCRIPTS):
        return word
    return "".join(
        (latin_look_alike(ch) or ch) if script_of(ch) in _LOOK_ALIKE_SCRIPTS else ch for ch in word
    )


def latin_look_alikes(text: str) -> str:
    """``text`` with the Cyrillic and Greek look-alikes inside its Latin words made Latin."""
    if text.isascii():
        return text
    return _WORD.sub(_mixed_word, text)
