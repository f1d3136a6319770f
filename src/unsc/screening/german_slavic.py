"""Russian, Ukrainian and Belarusian names as German spelling writes them, read as the lists
write them (in English).

German transcription of the Cyrillic script (the Duden's, which the German press and
German-speaking registers use) spells sounds in German letters: ш sch, ж sch, ч tsch, щ
schtsch, х ch, ц z, в w, й and the y of я, ю, е j, з s and с ss between vowels. "Jewgeni
Prigoschin" is Yevgeniy Prigozhin, "Gennadi Timtschenko" Gennady Timchenko, "Nikita
Sacharow" Zakharov, "Dmitri Kusnezow" Kuznetsov. The English spelling of such a name
(:func:`german_slavic_reading`) is screened besides the name as written; where German
letters merge two Russian ones (sch for ш and ж, s for с and з at a word's start), the
reading takes the commoner and the scorer's spelling distance the rest (Shukov, Zhukov).
"""

from __future__ import annotations

import re

__all__ = ["german_slavic_reading"]

# A word of Slavic form in German letters: a patronymic's -itsch; a family name's or
# patronymic's ending in w, which English writes v (-ow, -ewa, -owna, -owski), in a name
# with another German letter, ch among them (Sacharow, Juri Kasakow; Iwanow and the Somali
# Roobow read alike without); or another Slavic ending with sch, tsch, z or j
# (Prigoschin, Timtschenko, Jelzin; not the English Timchenko); not an Arabic name's -din
# (Jalaluddin, Mujahidin)
_W_ENDING = re.compile(r"(?:ow|ew|owa|ewa|owna|ewna|owski|ewski|owskaja|ewskaja)$")
_PATRONYMIC = re.compile(r"itsch$")  # -owitsch, -ewitsch: German spelling throughout
_OTHER_ENDING = re.compile(r"(?:ski|skaja|zki|zkaja|enko|in|ina)$")
_GERMAN_LETTERS = re.compile("sch|z|j")  # not ss, which Arabic names have too (Hussain)
_ARABIC_DIN = re.compile("(?:din|iin)$")
_LETTERS = {
    "schtsch": "shch",
    "tsch": "ch",
    "sch": "sh",
    "ch": "kh",
    "ss": "s",
    "z": "ts",
    "w": "v",
    "j": "y",
}
# one pass, longest first; a single s between vowels is з (Wassili Vasiliy, but Kasakow
# Kazakov): z
_GERMAN = re.compile(r"schtsch|tsch|sch|ch|ss|z|w|j|(?<=[aeiouy])s(?=[aeiouy])")
_WORD = re.compile(r"[a-zäöü]+", re.IGNORECASE)


def _english(found: re.Match[str]) -> str:
    letters = found.group()
    return _LETTERS.get(letters, "z")  # the s between vowels


def _german_slavic_word(word: str, german: bool) -> bool:
    """``german``: whether the name has a German letter (ch among them) in any word."""
    if len(word) <= 3 or _ARABIC_DIN.search(word):
        return False
    if _PATRONYMIC.search(word):
        return True
    if _W_ENDING.search(word):
        return german
    return bool(_OTHER_ENDING.search(word) and _GERMAN_LETTERS.search(word))


def german_slavic_reading(name: str) -> str | None:
    """A Slavic name in German transcription as English spelling writes it ("Jewgeni
    Prigoschin": yevgeni prigoshin), in lower case; None when no word of it is of Slavic
    form in German letters."""
    lower = name.lower()
    words = _WORD.findall(lower)
    german = any(_GERMAN_LETTERS.search(w) or "ch" in w for w in words)
    if not any(_german_slavic_word(w, german) for w in words):
        return None
    return _GERMAN.sub(_english, lower)
