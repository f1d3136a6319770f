"""Burmese names (the Myanmar script) in the conventional romanisation of Myanmar's names.

Myanmar's names are written in Latin one word per syllable, by the sound (Min Aung Hlaing,
Aung San Suu Kyi, Than Shwe); ICU reads the script letter by letter ("mainnaaunglhaine"),
which no list writes. A syllable is an onset (a consonant, or the carrier အ; with ha-hto,
ya-pin or ya-yit, wa-hswe: လှ hl, ကျ ky, ရွှ shw), vowel signs and a final consonant marked
by the asat (်) or stacked under the next (္): the onset and the rhyme (vowels and final)
are read from ``data/screening/burmese.yaml`` (မင်း min, အောင် aung, လှိုင် hlaing, ကြည်
kyi, ထွန်း htun). Tone marks are not written, but for the creaky tone's dot below after a
final n, which names write as a t (မြင့် Myint, ဦးသန့် U Thant). Digits are the
normaliser's (၁၂ 12).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from itertools import groupby
from typing import Any

from unsc import datafiles

__all__ = ["burmese_to_latin"]

_ASAT, _STACKER, _DOT = "\u103a", "\u1039", "\u1037"
_ANUSVARA = "\u1036"
_HA_HTO, _WA, _YA_PIN, _YA_YIT = "\u103e", "\u103d", "\u103b", "\u103c"
_VOWEL_SIGNS = frozenset("\u102b\u102c\u102d\u102e\u102f\u1030\u1031\u1032")


@dataclass(slots=True)
class _Syllable:
    onset: str
    medials: str = ""
    vowels: str = ""
    final: str = "-"  # the final consonant, or the anusvara; "-" for none
    creaky: bool = False  # a dot below: after a final n, names write a t (Myint, Thant)


@cache
def _tables() -> dict[str, Any]:
    data = datafiles.load_yaml("screening/burmese.yaml")
    return {key: {str(k): v for k, v in value.items()} for key, value in data.items()}


def _final_here(word: str, i: int) -> bool:
    """Whether the consonant at ``i`` closes the syllable before it: an asat follows (a dot
    below may come between), or it is stacked on the next consonant."""
    rest = word[i + 1 : i + 3]
    return rest[:1] in (_ASAT, _STACKER) or rest == _DOT + _ASAT


def _syllables(word: str) -> list[_Syllable]:
    tables = _tables()
    out: list[_Syllable] = []
    for i, ch in enumerate(word):
        if ch in tables["initials"] or ch in tables["vowels"]:
            if out and out[-1].final == "-" and _final_here(word, i):
                out[-1].final = ch
            else:
                out.append(_Syllable(ch))
        elif not out:
            continue
        elif ch in (_HA_HTO, _WA, _YA_PIN, _YA_YIT):
            out[-1].medials += ch
        elif ch in _VOWEL_SIGNS:
            out[-1].vowels += ch
        elif ch == _ANUSVARA and out[-1].final == "-":
            out[-1].final = ch
        elif ch == _DOT:
            out[-1].creaky = True
    return out


def _onset(syllable: _Syllable) -> str:
    tables = _tables()
    if syllable.onset in tables["vowels"]:
        return ""
    onset = str(tables["initials"][syllable.onset])
    if _HA_HTO in syllable.medials:
        onset = str(tables["breathed"].get(onset, "h" + onset))
    if _YA_PIN in syllable.medials or _YA_YIT in syllable.medials:
        onset = str(tables["palatal"].get(onset, onset + "y"))
    return onset


def _read(syllable: _Syllable, first: bool) -> str:
    tables = _tables()
    if syllable.onset in tables["vowels"]:
        vowel = str(tables["vowels"][syllable.onset])
        return "u" if vowel == "oo" and first else vowel  # ဦး U, the honorific
    onset = _onset(syllable)
    if _WA in syllable.medials and not syllable.vowels:
        rhyme = str(tables["wa_rhymes"].get(syllable.final, "wa"))
        return onset + _creaky(rhyme, syllable)
    if _WA in syllable.medials:
        onset += "w"
    rhymes = tables["rhymes"].get(syllable.vowels) or tables["rhymes"][""]
    rhyme = str(rhymes.get(syllable.final) or rhymes.get("-", "a"))
    return onset + _creaky(rhyme, syllable)


def _creaky(rhyme: str, syllable: _Syllable) -> str:
    """A rhyme in n with the creaky tone as names write it: with a t (မြင့် Myint, သန့်
    Thant, ညွန့် Nyunt)."""
    return rhyme + "t" if syllable.creaky and rhyme.endswith("n") else rhyme


def burmese_to_latin(text: str) -> str:
    """A name in the Myanmar script in the conventional romanisation, a word per syllable
    ("မင်းအောင်လှိုင်" min aung hlaing, "အောင်ဆန်းစုကြည်" aung san su kyi); other
    characters (digits, Latin) kept as words of their own."""
    words: list[str] = []
    for chunk in text.split():
        for burmese, run in groupby(chunk, key=lambda ch: "\u1000" <= ch <= "\u103f"):
            if not burmese:
                words.append("".join(run))
                continue
            first = not words
            words += [_read(s, first and n == 0) for n, s in enumerate(_syllables("".join(run)))]
    return " ".join(w for w in words if w)
