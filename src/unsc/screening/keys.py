"""Phonetic keys of name tokens, for retrieval and for the phonetic and skeleton features.

- :func:`phonetic` folds the spellings that transliteration systems disagree on, keeping the
  vowels: kh/h, q/k, ph/f, v/w, dj/zh/j, th/t, dh/d, ou/oo/u, ee/i, doubled letters, c as
  s before e, i and y (French spellings: Lounici, Cisse) and as k elsewhere, the endings
  -allah, -ollah, -illah and -ellah of a joined name as -ullah.
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
from functools import cache, lru_cache
from itertools import combinations, islice, product

from unsc import datafiles

__all__ = [
    "abjad_match",
    "abjad_skeleton_match",
    "arabic_readings",
    "consonant_letters",
    "e_vowels_match",
    "h_readings",
    "indonesian_agrees",
    "j_agrees",
    "j_read_as",
    "phonetic",
    "qaf_agrees",
    "reading_skeletons",
    "skeleton",
    "slavic_name",
    "spanish_agrees",
    "sy_agrees",
    "syllable",
    "syllable_splits",
    "syllables",
    "tha_agrees",
    "tha_as_s",
    "vowel_classes",
]

_FOLDS = (
    ("tsch", "ch"),  # German: Setschin, Sechin
    ("dsch", "j"),  # German: Dschafar, Jafar; Dschingis
    ("sch", "sh"),
    ("tch", "ch"),
    ("cz", "ch"),  # Polish: Janukowycz, Yanukovych; Kowalczuk, Kovalchuk
    ("sz", "sh"),  # ... Szymański, Shymansky; szcz, shch
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
# One pass, so that a fold does not make another: "tkh" (ت خ, no vowel between) is t and kh,
# not the th that folding kh first would leave for th to fold again ("tkhary" Takhari). The
# leftmost fold wins where two overlap ("ckh" is ck and h, "oou" oo and u).
_FOLD = re.compile("|".join(a for a, _ in _FOLDS))
_FOLDED = dict(_FOLDS)
# Indonesian names in the Dutch-era spelling the lists still give: oe for u (Soeharto,
# Joesoef) before a consonant but l (not Joel, Noel, Monroe). (Its sy for sh, Rasyid, would
# fold a Persian reading's s and yeh too: صیادی "syady" met SAADE.)
_OLD_OE = re.compile(r"oe(?=[b-df-hj-kmnp-tv-z])")
_SOFT_C = re.compile(r"c(?=[eiy])")
_HARD_C = re.compile(r"c(?!h)")
_DOUBLE = re.compile(r"(.)\1+")
# Doubled letters once, but the h after an sh, a letter of its own: the sheen and heh of
# شهيد "shhyd" (Shahid) are two consonants, not one
_DOUBLE_NOT_SH_H = re.compile(r"(?!(?<=s)h)(.)\1+")
_Y_VOWEL = re.compile(r"(?<=[a-z])y")
_VOWELS = re.compile(r"[aeiouyw-]")  # "-" parts two letters of a reading (keys.arabic_readings)


_FINAL_VOWEL_H = re.compile(r"(?<=[aeiou])h$")
# A name joined with Allah ends in -allah, -ullah, -ollah, -illah or -ellah by the case ending
# and the language that writes it (Hizballah, Hezbollah; Nasrallah, Nasrullah): one ending.
_ALLAH_END = re.compile(r"(?<=[^aeiou])[aeiou]llah$")


# The Russian ё of a family name's ending after a consonant, written yo or io, or e as
# Russian writes it (and BGN and the passports romanise it): Kovalyov, Kovalev; Solovyova
_YO_END = re.compile(r"(?<=[bcdfghjklmnprstvz])[yi]o(?=va?$)")
# A first i before another vowel is a y: how ICAO's passport romanisation writes Cyrillic
# я, ю, е (Ian, Iaroslav, Iulian, Ievgen for BGN's Yan, Yaroslav, Yulian, Yevgen)
_INITIAL_I = re.compile(r"^i(?=[aeou])")
# The Gaelic Mc is Mac, as Mac- names are also written and other scripts write them all
# (McConnell, MacConnell; Макконнелл makkonnell; McFaul, Макфол makfol)
_MC = re.compile(r"^mc(?=[bcdfghklmnprstvw])")
# The Greek chi at a name's start (Christina, Kristina; Christophe, Kristof); within a name,
# chr is the French ch, sh, before r: Bouchra, Bushra; Mechri, Meshri
_GREEK_CHR = re.compile(r"^chr")


@lru_cache(maxsize=500_000)
def _fold(token: str) -> str:
    """The folds every key starts from (memoised: each key of a new part needs them)."""
    key = _ALLAH_END.sub("ullah", token) if len(token) >= 7 else token
    key = _YO_END.sub("e", key) if len(key) >= 6 else key
    key = _INITIAL_I.sub("y", key)
    key = _MC.sub("mac", key)
    key = _GREEK_CHR.sub("kr", key)
    key = _OLD_OE.sub("u", key)
    key = _FOLD.sub(lambda m: _FOLDED[m.group()], key)
    key = _HARD_C.sub("k", _SOFT_C.sub("s", key))
    key = _Y_VOWEL.sub("i", key)
    return _DOUBLE_NOT_SH_H.sub(r"\1", key)


@lru_cache(maxsize=500_000)
def _stem(token: str) -> str:
    """The folded token without a final h after a vowel (Hamzah, Hamza)."""
    return _FINAL_VOWEL_H.sub("", _fold(token))


@lru_cache(maxsize=500_000)
def phonetic(token: str) -> str:
    """A vowel-keeping phonetic key: transliteration variants of one name collide. A final
    h is dropped (Hamzah, Hamza) but that of a final sh, a letter of its own: داعش
    "dash" is not Dass."""
    key = _fold(token)
    if len(key) > 3 and key.endswith("h") and key[-2] != "s":
        key = key[:-1]
    return key


def qaf_agrees(a: str, b: str) -> bool:
    """Whether one part writes q where the other writes gh and they then have one phonetic
    key: the qaf, q as Arabic romanisations write it, gh as Persian ones do (Persian merged
    it with the ghayn): Qasemi / Ghasemi, Baqer / Bagher, Qannadi / Ghannadi. (Folding gh to
    q for every part would part Ghulam from Gulam.)"""
    if ("q" in a) == ("q" in b):
        return False
    return phonetic(a.replace("q", "gh")) == phonetic(b.replace("q", "gh"))


def tha_agrees(a: str, b: str) -> bool:
    """Whether one part writes th where the other writes s and they then have one phonetic key:
    the tha (ث), th as Arabic romanisations write it, s as Persian, Turkish and Urdu ones do,
    who say it so: Athir / Asir, Haitham / Haisam, Kawthar / Kawsar (Uthman / Usman the
    variant tables know). Between vowels only: a final th is English's too (Roth is not Ross),
    and a first one other languages' t (Nepali Thapa, Vietnamese Thanh, Thai Thaksin)."""
    if ("th" in a) == ("th" in b):
        return False
    return phonetic(tha_as_s(a)) == phonetic(tha_as_s(b))


# The endings of Russian, Ukrainian and Belarusian family names and patronymics (and of the
# Caucasus names written in Russian: Gasanov, Gadzhiyev)
_SLAVIC_ENDINGS = (
    "ov",
    "ova",
    "ev",
    "eva",
    "ovich",
    "evich",
    "ovna",
    "evna",
    "enko",
    "chuk",
    "yuk",
)


@lru_cache(maxsize=200_000)
def slavic_name(tokens: tuple[str, ...]) -> bool:
    """Whether a name in Latin letters has a part of Slavic form, whose g may be written h
    (:func:`h_readings`): Gasan Gasanov, Hasan Hasanov; Grigorenko, Hryhorenko."""
    return any(len(t) > 4 and t.endswith(_SLAVIC_ENDINGS) for t in tokens)


_RUSSIAN_G = re.compile("g(?!h)")
MAX_G_READ = 3  # a part with more g's is read with all of them h only: no name has so
# many, and each alone would make as many copies of a pasted text as it has g's


def h_readings(token: str) -> tuple[str, ...]:
    """A part with its g's read h, each and together (not itself): Russian writes the h of
    other languages г, Гасан Hasan, Гусейн Hussein, Гейдар Heydar, Магомед Mahomed, Гельмут
    Helmut, and Ukrainian reads its own г h (Hryhorenko, Russian Grigorenko); not every g is
    one (Гамбург, Hamburg)."""
    places = [m.start() for m in _RUSSIAN_G.finditer(token)]
    if not places:
        return ()
    if len(places) > MAX_G_READ:
        chosen = [tuple(places)]
    else:
        chosen = [c for k in range(1, len(places) + 1) for c in combinations(places, k)]
    readings = []
    for places_read in chosen:
        letters = list(token)
        for p in places_read:
            letters[p] = "h"
        readings.append("".join(letters))
    return tuple(readings)


_SY = re.compile("sy(?=[aiu])")
_NOT_SY_ENDINGS = (*_SLAVIC_ENDINGS, "yan", "ian")  # Russian and Armenian names


def sy_agrees(a: str, b: str) -> bool:
    """Whether one part writes sy where the other writes sh and they then have one phonetic
    key: the shin as Indonesian and Malay write it (Syarif, Syafii, Syaikh, Ba'asyir for
    Sharif, Shafii, Shaikh, Bashir), before a, i or u; not in a Russian or Armenian name
    (Kasyanov, Petrosyan: their sy is s and y), nor in a reading of the Arabic script, whose
    s and yeh the caller keeps apart (صیادی syady)."""
    if ("sy" in a) == ("sy" in b) or ("sh" not in a and "sh" not in b):
        return False
    if a.endswith(_NOT_SY_ENDINGS) or b.endswith(_NOT_SY_ENDINGS):
        return False
    return phonetic(_SY.sub("sh", a)) == phonetic(_SY.sub("sh", b))


_J = re.compile(r"(?<!d)j")  # dj is the Dutch and French j: Djamal, Jamal


def j_read_as(a: str, b: str, letters: str) -> str | None:
    """Of two parts, the one that writes j where the other writes ``letters`` (y, kh), when
    with its j's (not a dj) read so the two have one phonetic key; else None."""
    if "j" in a and letters in b:
        j_side, other = a, b
    elif "j" in b and letters in a:
        j_side, other = b, a
    else:
        return None
    return j_side if phonetic(_J.sub(letters, j_side)) == phonetic(other) else None


def j_agrees(a: str, b: str) -> bool:
    """Whether one part writes j where the other writes y and they then have one phonetic
    key (:func:`j_read_as`): the y of German, Dutch, Scandinavian and Slavic Latin spelling,
    and of Indonesian before 1972 (Jahja, Ajjub, Jusuf, Sajjed; Jurij for Yahya, Ayyub,
    Yusuf, Sayyed; Yuriy). Not between romanised syllables (:func:`syllables`), where j and
    y are two letters of Korean and Chinese (Jong and Yong are 정 and 영)."""
    return j_read_as(a, b, "y") is not None and not (
        _SYLLABLE.fullmatch(a) or _SYLLABLE.fullmatch(b)
    )


_YO = re.compile(r"(?<=[bdfklmnprstvz])yo")  # ё after a consonant, as English writes it


def yo_agrees(a: str, b: str) -> bool:
    """Whether one part writes yo after a consonant where the other writes e, and they are
    then one phonetic key: the Russian ё, which the lists romanise e (BGN/PCGN) and the
    press yo (Semyonov, SEMENOV; Fyodorov, FEDOROV; Potyomkin, POTEMKIN). Not between
    romanised syllables (:func:`syllables`: Korean Myo and Me are two)."""
    if ("yo" in a) == ("yo" in b) or _SYLLABLE.fullmatch(a) or _SYLLABLE.fullmatch(b):
        return False
    return phonetic(_YO.sub("e", a)) == phonetic(_YO.sub("e", b))


_SPANISH = (
    (re.compile("ll"), "y"),  # yeismo: Llepes, Yepes
    (re.compile(r"g(?=[ei])"), "j"),  # Geresano, Jerezano
    (re.compile(r"z|c(?=[ei])"), "s"),  # seseo: Vazquez, Vasquez; Cesar, Sesar
    (re.compile("b"), "v"),  # Baca, Vaca
)


@lru_cache(maxsize=200_000)
def _spanish_letters(token: str) -> str:
    for pattern, spelling in _SPANISH:
        token = pattern.sub(spelling, token)
    return token


@lru_cache(maxsize=200_000)
def _spanish_key(token: str) -> str:
    return phonetic(_spanish_letters(token))


def spanish_agrees(a: str, b: str) -> bool:
    """Whether two parts sound alike as Spanish says them: Latin America's names are written
    by ear, one sound in several spellings (z, s and a soft c; b and v; ll and y; g before e
    or i, and j): with those letters read alike, they have one phonetic key (Jerezano and
    Geresano, Baca and Vaca, Yepes and Llepes); or one is the other with a silent h before
    a vowel, and the rest spelt alike (Herrera and Errera; not Harris and Aries, which
    differ in more than the h)."""
    if _spanish_key(a) == _spanish_key(b):
        return True
    if not a or not b or (a[0] == "h") == (b[0] == "h"):
        return False
    h_side, other = (a, b) if a[0] == "h" else (b, a)
    rest = _spanish_letters(h_side)[1:]
    return rest[:1] in ("a", "e", "i", "o", "u") and rest == _spanish_letters(other)


# Indonesian and Malay spelling of Arabic names (the pesantren's): sy the shin, sh the sad,
# dh the dad, ts the tha, dz the dhal, th the ta'; and o for the a the emphatic consonants,
# r and q colour (Rosyid, Ridho, Sholeh, Qosim, Khoirul for Rashid, Rida, Saleh, Qasim,
# Khairul). A part is read so only with one of its marks (not Dora, which is no Dara; nor
# English's tho: Thomas is no TAMAS).
_INDONESIAN_MARK = re.compile(r"sy[aiu]|dh|ts(?=[aeioumn])|dz|[sdkg]ho|qo")
_INDONESIAN_LETTERS = re.compile("sy|sh|dh|ts(?=[aeioumn])|dz|th")  # ts not at the end
# (Roberts is no Robert)
_INDONESIAN_SPELLING = {"sy": "sh", "sh": "s", "dh": "d", "ts": "th", "dz": "dh", "th": "t"}
_INDONESIAN_O = re.compile(r"(?<=[sdtrqhgzk])o")


@lru_cache(maxsize=200_000)
def _indonesian_reading(token: str) -> str | None:
    if not _INDONESIAN_MARK.search(token):
        return None
    read = _INDONESIAN_LETTERS.sub(lambda m: _INDONESIAN_SPELLING[m.group()], token)
    return _INDONESIAN_O.sub("a", read)


def indonesian_agrees(a: str, b: str) -> bool:
    """Whether one part, read as Indonesian and Malay spell Arabic names (a part with one of
    the spelling's marks: :data:`_INDONESIAN_MARK`), has the other's phonetic key or its
    consonants and vowels, an e for an a or an i (:func:`e_vowels_match`): Rosyid / Rashid,
    Ridho / Rida, Sholeh / Saleh, Romadhon / Ramadan, Utsman / Uthman."""
    ra, rb = _indonesian_reading(a), _indonesian_reading(b)
    if ra is None and rb is None:  # most parts: no mark
        return False
    return any(
        read is not None and (phonetic(read) == phonetic(other) or e_vowels_match(read, other))
        for read, other in ((ra, b), (rb, a))
    )


_THA = re.compile("(?<=[aeiouwy])th(?=[aeiouy])")


def tha_as_s(token: str) -> str:
    """A part with its th between vowels written s, as :func:`tha_agrees` reads it."""
    return _THA.sub("s", token) if "th" in token else token


@lru_cache(maxsize=500_000)
def skeleton(token: str) -> str:
    """The consonant skeleton of a token, as an abjad (Arabic, Persian) script writes it."""
    key = _stem(token)
    key = key.replace("sh", "S").replace("ch", "S")
    stripped = _VOWELS.sub("", key)
    return _DOUBLE.sub(r"\1", stripped) if stripped else key[:1]


_CLASSES = str.maketrans({"e": "i", "y": "i", "o": "u", "w": "u", "-": None})


def _vowel_letters(token: str) -> str:
    """Consonants as the skeleton writes them, each vowel as its class, the diphthongs kept."""
    key = _stem(token)
    key = key.replace("sh", "S").replace("ch", "S").translate(_CLASSES)
    return _DOUBLE.sub(r"\1", key)


_AS_WRITTEN = (("sh", "S"), ("ch", "S"), ("kh", "X"), ("gh", "G"), ("th", "T"), ("dh", "D"))
_VOWEL_Y_W = re.compile(r"(?<=[aeiou])[yw]")
_LATIN_VOWELS = re.compile(r"[aeiou]")


@lru_cache(maxsize=500_000)
def consonant_letters(token: str) -> str:
    """The consonants of a part nearly as written: sh and ch one letter (French Chérif,
    English Sharif), a y or w after a vowel a vowel (Zayn, Zein; Shayku, Shekau), a hard c
    a k, a final h after a vowel left out, doubled letters once; but s is not sh, y and w
    elsewhere are consonants. Two names of one word with the same vowel classes
    (:func:`vowel_classes`, which folds much more) must have these in common: Weiss is not
    OUIS, nor Techer TAYSIR, nor Moore MORYE."""
    key = _HARD_C.sub("k", _SOFT_C.sub("s", _FINAL_VOWEL_H.sub("", token)))
    for written, letter in _AS_WRITTEN:
        key = key.replace(written, letter)
    key = _LATIN_VOWELS.sub("", _VOWEL_Y_W.sub("a", key))
    return _DOUBLE.sub(r"\1", key)


@lru_cache(maxsize=500_000)
def vowel_classes(token: str) -> str:
    """Consonants as the skeleton writes them, vowels as a, i (e, i, y) or u (o, u, w); the
    diphthongs ai and au as i and u ("sulaimani" and "soleimani" agree)."""
    return _vowel_letters(token).replace("ai", "i").replace("au", "u")


_E_CLASSES = str.maketrans({"y": "i", "o": "u", "w": "u", "-": None})


@lru_cache(maxsize=500_000)
def _e_classes(token: str) -> str:
    key = _stem(token)
    key = key.replace("sh", "S").replace("ch", "S").translate(_E_CLASSES)
    return _DOUBLE.sub(r"\1", key)


def e_vowels_match(a: str, b: str) -> bool:
    """The same consonants and vowel classes where an e may stand for a or i, not at the end:
    how Persian, Somali and French spellings write a short vowel (Aden / Adan, Mehdi / Mahdi,
    Duel / Dual). A final vowel can mark another name (Salem / Salma) and is not free."""
    ka, kb = _e_classes(a), _e_classes(b)
    if len(ka) != len(kb) or ka[-1] != kb[-1]:
        return False
    return all(
        x == y or (x == "e" and y in "ai") or (y == "e" and x in "ai")
        for x, y in zip(ka, kb, strict=True)
    )


def _subsequence(short: str, long: str) -> bool:
    it = iter(long)
    return all(ch in it for ch in short)


_DIGRAPHS = ("kh", "sh", "gh", "ch", "zh")  # one letter each in ICU's romanisation
# a final y or h after a consonant, or a final h after y: the ta marbuta of -iyya written as
# a heh (رقيه Ruqayya, عطيه Atiyya)
_CONSONANT_END = re.compile(r"[^aeiouwy][yh]$|(?<=[^aeiouw])yh$")


LONG_READING_CONSONANTS = 4  # a word this long also has the readings of foreign names


@cache
def _reading_table(long: bool = False) -> tuple[tuple[str, tuple[str, ...]], ...]:
    data = datafiles.load_yaml("screening/arabic.yaml")
    table = {str(k): tuple(str(x) for x in v) for k, v in data["readings"].items()}
    if long:  # a word of four consonants or more
        for k, v in data["long_readings"].items():
            table[str(k)] = (*table.get(str(k), ()), *(str(x) for x in v))
    table.update((d, ()) for d in _DIGRAPHS if d not in table)
    # A digraph may also be two letters, a consonant and heh or hah (الزهراني "zhrany" is
    # al-Zahrani, صحراوي "shrawy" Sahrawi): "z-h", the "-" keeping the keys from joining them.
    for letters, others in list(table.items()):
        if len(letters) == 2 and letters[1] == "h" and letters != "ch":
            table[letters] = (*others, letters[0] + "-h")
    return tuple(sorted(table.items(), key=lambda kv: -len(kv[0])))


@lru_cache(maxsize=500_000)
def arabic_readings(token: str) -> tuple[str, ...]:
    """The Latin spellings a token romanised from the Arabic script can stand for, the token
    first: its letters read as the lists write them in other languages and dialects
    (``arabic.yaml``: dh as z, th as s, q as g...), a final a also as at (ta marbuta before
    a noun), a final y also as a, a final h after a consonant also as a or e, a final joined
    "allah" also as -ullah or -illah. At most 32."""
    table = _reading_table(len(skeleton(token)) >= LONG_READING_CONSONANTS)
    head, end = token, ""
    if len(token) > 5 and token.endswith("allah"):
        head, end = token[:-5], "allah"
    pieces: list[tuple[str, ...]] = []
    i = 0
    while i < len(head):
        for letters, others in table:
            if head.startswith(letters, i):
                pieces.append((letters, *others))
                i += len(letters)
                break
        else:
            pieces.append((head[i],))
            i += 1
    if end:
        pieces.append(("allah", "ullah", "illah"))
    elif token.endswith("a") and len(token) > 2:  # ta marbuta before a noun: Asbat al-Ansar
        pieces[-1] = (*pieces[-1], "at")
    elif _CONSONANT_END.search(token):  # a final y or h after a consonant: also a vowel
        last = pieces[-1]
        if token[-1] == "y":
            pieces[-1] = (*last, "a")
        elif len(last[0]) == 1:
            pieces[-1] = (*last, "a", "e")
        else:  # "dh", "th"...: one letter, or a consonant and a final heh, silent
            # (حماده Hamada) or not (طه Taha)
            head = last[0][0]
            pieces[-1] = (*last, head + "a", head + "e", head + "-ha")
    if all(len(p) == 1 for p in pieces):
        return (token,)
    return tuple("".join(p) for p in islice(product(*pieces), 32))


@lru_cache(maxsize=500_000)
def reading_skeletons(token: str) -> tuple[str, ...]:
    """The distinct consonant skeletons of the readings of an Arabic-script token."""
    return tuple(dict.fromkeys(skeleton(r) for r in arabic_readings(token)))


def _ends_agree(arabic: str, latin: str) -> bool:
    """The end of a name says which vowel the Arabic script writes there: a final long i
    (the nisba: Ahmad / Ahmadi) is on both sides or on neither, a Latin name ending in a or u
    needs the vowel letter (Salma is سلمى, never سالم Salim), and a final vowel letter needs
    a Latin vowel (حسینی Husseini is not Hassan)."""
    a, b = arabic[-1], latin[-1]
    if (a == "i") != (b == "i") or (a == "u") != (b == "u"):
        return False
    return (a in "aiu") == (b in "aiu")


def _kh_agree(arabic: str, latin: str) -> bool:
    """A Latin kh is a kha, never a hah: Khogyani is not حقانی "hqany" (a Latin h may be
    either)."""
    return latin.count("kh") <= arabic.count("kh")


_VOWEL_LETTERS = frozenset("aeiou")


def _initial_y_agree(arabic: str, latin: str) -> bool:
    """A ya at the start is a consonant, on both sides or on neither (the skeleton, which
    reads y as a vowel, hides it): a Latin y before a vowel needs the script's ya (Yuliya is
    not الله "allah", Yaman not أيمن "aymn"), and the script's ya a Latin y, or an i before
    a vowel (ياسين "yasyn" is Yacine or Iasin, not Issène)."""
    if arabic[:1] == "y":
        return latin[:1] == "y" or (latin[:1] == "i" and latin[1:2] in _VOWEL_LETTERS)
    return latin[:1] != "y" or latin[1:2] not in _VOWEL_LETTERS


# A Latin word that starts with the article written on: Elsaadi, Essaadi, Ezzedine
_ARTICLE_ON = re.compile(r"^(?:[ae]l|[aeu]([b-df-hj-np-tv-z])\1)")


def _initial_vowel_agree(arabic: str, latin: str) -> bool:
    """A Latin name that starts with a vowel starts with an alif or an ayn in the script,
    which the romanisation writes as a vowel (Omar عمر "amr", Ibrahim "abrahym"), or with
    the article written on (Essaadi, السعدي "sady"): Andrei is not نظری "nzry"."""
    return (
        latin[:1] not in _VOWEL_LETTERS
        or arabic[:1] in _VOWEL_LETTERS
        or _ARTICLE_ON.match(latin) is not None
    )


def _written_consonants(token: str, fold_doubles: bool) -> int:
    """How many consonants a token writes (sh and ch one), a doubled one once when
    ``fold_doubles`` (a Latin spelling's "mm" is the Arabic script's one letter)."""
    key = _stem(token).replace("sh", "S").replace("ch", "S")
    if fold_doubles:
        key = _DOUBLE.sub(r"\1", key)
    return len(_VOWELS.sub("", key))


def _abjad_one(arabic: str, latin: str) -> bool:
    if skeleton(arabic) != skeleton(latin) or not _kh_agree(arabic, latin):
        return False
    # the skeleton folds a consonant written twice with a vowel between (Tata: "t"), which a
    # short Arabic part writes once only as one letter: "طه" th (Taha) is no Tata
    letters = _written_consonants(arabic, fold_doubles=False)
    if letters <= 2 and _written_consonants(latin, fold_doubles=True) > letters:
        return False
    if not _initial_y_agree(arabic, latin) or not _initial_vowel_agree(arabic, latin):
        return False
    a = vowel_classes(arabic)
    return any(_vowels_agree(a, b, arabic) for b in _latin_vowels(latin))


def _vowels_agree(a: str, b: str, arabic: str) -> bool:
    """The vowel test of :func:`abjad_match`: ``a`` the vowel classes of ``arabic`` (a
    reading of an Arabic-script token), ``b`` those of a Latin spelling."""
    if not _ends_agree(a, b):
        return False
    consonants = len(skeleton(arabic))
    if consonants < 2:  # one consonant says little: no vowel is free
        if a[0] in "aiu" and b[0] in "aiu":  # a leading ayn or alif: any vowel (Uday, Ady)
            return _subsequence(a[1:], b[1:])
        return _subsequence(a, b)
    rest = a.lstrip("aiu")
    if rest != a and b[0] not in "aiu" and consonants < 3 and not arabic.startswith("al"):
        return False  # Omari is not Mire; the article is (al-Hai, ul-Hai: lhai)
    return _subsequence(rest, b)


def _latin_vowels(latin: str) -> tuple[str, ...]:
    """A Latin name's vowel classes with its diphthongs merged, and, when it has one, read as
    two vowels: "ae" and "ai" also spell an a and a dropped ayn ("Shaer" for "الشاعر"
    "shar")."""
    merged, letters = vowel_classes(latin), _vowel_letters(latin)
    return (merged,) if merged == letters else (merged, letters)


def _latin_spellings(latin: str) -> tuple[str, ...]:
    """A Latin name, and without a silent final e after a consonant (French spellings of
    Maghrebi names: Slimane, Rouine, Djermane), or with a final eh read as a (a ta marbuta
    or final heh as Persian spellings write it: Haniyeh هنية, Hamzeh حمزة)."""
    if len(latin) > 3 and latin[-1] == "e" and latin[-2] not in "aeiouy":
        return latin, latin[:-1]
    if len(latin) > 4 and latin.endswith("eh"):
        return latin, latin[:-2] + "a"
    return (latin,)


@lru_cache(maxsize=500_000)
def abjad_match(arabic: str, latin: str) -> bool:
    """Whether ``latin`` can be a Latin spelling of ``arabic`` (a token from the Arabic script).

    For some reading of the Arabic token (:func:`arabic_readings`): the same consonant
    skeleton, and the vowels written in the Arabic script appear in order in the Latin
    spelling (a leading vowel, an ayn or alif, is any vowel: Omar, Umar for "amr", and may be
    left out by a name of three consonants or more: Brahim); the ends agree
    (:func:`_ends_agree`). A part of one consonant ("aly", "yhya") needs all its vowels, the
    leading one as some vowel ("Ali", "Uday" for "ady"; not "Lei").
    """
    spellings = _latin_spellings(latin)
    return any(_abjad_one(r, b) for r in arabic_readings(arabic) for b in spellings)


@lru_cache(maxsize=500_000)
def abjad_skeleton_match(arabic: str, latin: str) -> bool:
    """The same consonant skeleton for some reading of the Arabic token, three consonants or
    more, and ends that agree (:func:`_ends_agree`), the vowels aside."""
    sb = skeleton(latin)
    if len(sb) < 3:
        return False
    b_ends = [vowel_classes(b) for b in _latin_spellings(latin)]
    return any(
        skeleton(r) == sb
        and _kh_agree(r, latin)
        and any(_ends_agree(vowel_classes(r), b) for b in b_ends)
        for r in arabic_readings(arabic)
    )


_VOICING = (("ch", "j"), ("k", "g"), ("t", "d"), ("p", "b"), ("r", "l"), ("eo", "o"), ("eu", "u"))


@lru_cache(maxsize=500_000)
def syllable(token: str) -> str:
    """A short part with consonant voicing folded (k/g, t/d, p/b, ch/j, r/l), as the Korean
    romanisation systems write one syllable differently: "gyu" and "kyu", "je" and "che"."""
    key = token
    for a, b in _VOICING:
        key = key.replace(a, b)
    return key


_SYLLABLE = re.compile(
    r"(?:ch|kk|tt|pp|ss|jj|ts|tz|sh|zh|hs|[bcdfghjklmnpqrstwxz])?[wy]?"
    r"(?!([aeiou])\1\1)[aeiou]{1,3}(?:ng|[nmlkpt])?"  # not one vowel thrice: OOO is a firm's
)


@lru_cache(maxsize=100_000)
def syllable_splits(word: str, parts: int) -> tuple[tuple[str, ...], ...]:
    """Each way to cut ``word`` into ``parts`` romanised syllables (:func:`syllables`):
    "heungjin" is heung jin (or heu ngjin, were ngj an onset: it is not)."""
    if parts == 1:
        return ((word,),) if _SYLLABLE.fullmatch(word) else ()
    return tuple(
        (word[:cut], *rest)
        for cut in range(1, len(word))
        if _SYLLABLE.fullmatch(word[:cut])
        for rest in syllable_splits(word[cut:], parts - 1)
    )


@lru_cache(maxsize=100_000)
def syllables(tokens: tuple[str, ...]) -> bool:
    """Whether every part is one syllable, as Korean and Chinese names are romanised ("kim yong
    chol", "zhang xiao ming"): such a name is a family name and a given name of syllables, so
    a part of it is not a middle name an alias may leave out."""
    return all(_SYLLABLE.fullmatch(t) for t in tokens)
