"""Name normalisation, explicit and reusable: text in, a :class:`NameForm` out.

The steps, in order (each one a function of its own):

1. :func:`normalize_text`: Unicode NFKC, transliteration of other scripts to Latin
   (:mod:`.transliterate`), diacritics folded to ASCII, case folded, apostrophes dropped
   ("Qa'ida" -> "qaida"), other punctuation and hyphens turned into spaces.
2. :func:`tokenize`: company legal forms normalised to one canonical token ("Company
   Limited", "Co., Ltd." -> "co ltd"; misspelt: "Compny", "Limited Liabilty Company";
   written onto the name: "Tamilfoundation" -> "tamil fdn"), titles removed ("Dr",
   "General"), prefixes written jointly split off ("Alghamdi" -> "al ghamdi",
   "Abdulaziz" -> "abd aziz", "Nasiruddin" -> "nasir din"), each token tagged with its
   kind (name, particle, honorific, legal form, initial). Hyphenated East Asian given
   names become one word per syllable ("Jong-un" -> "jong un"); the scorer joins adjacent
   parts again where the other name writes them as one word ("Jongun").

Name-part order is not fixed here: the scorer aligns parts in any order.
"""

from __future__ import annotations

import re
import sys
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from itertools import product

from rapidfuzz import process
from rapidfuzz.distance import OSA

from unsc import datafiles
from unsc.screening.countries import country_parts
from unsc.screening.homoglyphs import latin_look_alikes
from unsc.screening.keys import syllables
from unsc.screening.transliterate import METHODS, to_latin

__all__ = [
    "NameForm",
    "analyze",
    "fold_accents",
    "has_own_word",
    "honorifics",
    "joined",
    "joined_runs",
    "legal_families",
    "legal_spelling",
    "named_kind",
    "normalize_text",
    "part_count",
    "tokenize",
]

NAME, PARTICLE, HONORIFIC, LEGAL, INITIAL = "name", "particle", "honorific", "legal", "initial"
CYRILLIC_METHOD = METHODS["cyrillic"]  # the transliteration of a name read from Cyrillic
# Names read from a script whose article the reading splits itself (ال, :mod:`.transliterate`)
# or which has none: a romanised word starting "al" is no article run on (علييف "alyyf",
# Aliyev, is not al-Yyf)
_NO_RUN_ON_ARTICLE = frozenset({CYRILLIC_METHOD, METHODS["arabic"]})
MISSPELT_LEGAL_MIN = 6  # one-word legal forms this long are recognised one edit away ...
MISSPELT_TWO_EDITS = 10  # ... or two, this long
CACHE_SIZE = 200_000  # names kept analysed (list names and recent queries); bounded memory

_APOSTROPHES = re.compile("['\u2018\u2019\u02bc\u02bb\u02bf\u02be\u0060\u00b4\u2032]")
_VESSEL_SLASH = re.compile(r"\b([mf])\s*/\s*([vts])\b")  # "M/V", "F/V": one word, "mv"
_VESSEL_DOTS = re.compile(r"^\s*([mf])\.([vt])\.(?=\s)")  # "M.V. WISE HONEST", first only
_NUMBER_WORDS = frozenset({"no", "nr", "nro", "num"})  # "JI SONG NO. 6" is JI SONG 6
_NON_WORD = re.compile(r"[^a-z0-9]+")
# Invisible marks inside a word, no space: a soft hyphen (where a line may break, "Jo-
# seph"), the zero-width joiner, the word joiner and a byte-order mark pasted in; and the
# zero-width non-joiner between two Latin or Cyrillic letters (in the Arabic script it
# parts the words of one name, محمد‌رضا Mohammad Reza, and stays a space)
_INVISIBLE = re.compile(
    "[\u00ad\u200d\u2060\ufeff]"
    "|(?<=[A-Za-z\u00c0-\u024f\u0400-\u04ff])\u200c(?=[A-Za-z\u00c0-\u024f\u0400-\u04ff])"
)
# A Roman numeral after a name's first word is its number (ARK III, SEA STAR III; Vessel
# tracking writes ARK 3): not vi and xi, which are also names (Vi, Xi Jinping), nor one letter.
ROMAN_NUMERALS = {
    "ii": "2", "iii": "3", "iv": "4", "vii": "7", "viii": "8", "ix": "9", "xii": "12",
    "xiii": "13", "xiv": "14", "xv": "15", "xvi": "16", "xvii": "17", "xviii": "18",
    "xix": "19", "xx": "20",
}  # fmt: skip
# The Roman numerals of one letter or two left out above, which stay as written (V. Putin's
# initial, Korean's syllable I, Vi): only against a number do they read as one (ARGO I,
# ARGO 1: :func:`~.names.pair`)
SHORT_ROMAN_NUMERALS = {"i": "1", "v": "5", "vi": "6", "x": "10", "xi": "11"}
# Numbers written as words or ordinals have their digits as canonical spelling ("Brigade
# Forty-four" is Brigade 44, "2nd Academy" the SECOND ACADEMY OF NATURAL SCIENCES): a vessel's
# or unit's number is written either way.
_UNITS = (
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
    "nineteen",
)  # fmt: skip
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip  # "fourty": as often misspelt
_ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
    "sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90,
}  # fmt: skip
_NUMBER_WORDS_VALUE = {w: n for n, w in enumerate(_UNITS)} | _TENS | _ORDINALS
_ORDINAL_DIGITS = re.compile(r"^(\d+)(?:st|nd|rd|th)$")
# "H.E." (His or Her Excellency) before a name: a title, not the initials H and E
_EXCELLENCY = re.compile(r"^\s*h\.\s?e\.\s+")
# Russian titles shortened with a hyphen before a name, as romanised: Д-р (doktor) and Г-н
# (gospodin), Dr. and Mr.; not the letters d and r
_SHORT_TITLES = {"d-r": "dr ", "g-n": "mr ", "g-zha": "mrs "}
_SHORT_TITLE = re.compile(r"^\s*(d-r|g-n|g-zha)\.?\s+")
# The ezafe of Urdu and Persian names, -i- or -e- (Jaish-i-Mohammed, Jaish-e-Mohammed): one
# particle, not an initial I.
_EZAFE_I = re.compile(r"(?<=[a-z])-i-(?=[a-z])")
_ABD_FORMS = (
    "abdoul",  # French: Abdoulkarim, Abdourahmane, Abdoussalam
    "abdour",
    "abdous",
    "abdul",
    "abdel",
    "abdal",
    "abdol",
    "abdur",
    "abdus",
    "abder",
    "abdes",
    "abdir",
    "abdi",
    "abdou",
    "abdu",
    "abd",
)
_ASSIMILATED = (
    "abdur",
    "abdus",
    "abder",
    "abdes",
    "abdour",
    "abdous",
)  # the article before r and s: Abd ar-Rahman
_FRENCH_ABD = ("abdoul", "abdour", "abdous", "abdou")
_ABD = re.compile(rf"^({'|'.join(_ABD_FORMS)})([a-z]{{4,}})$")
_ABU = re.compile(r"^(abu|abou|ebu)([bcdfghjklmnpqrstvwxz][a-z]{3,})$")
_SLAVIC = ("ov", "ova", "ev", "eva", "ovich", "evich", "ovna", "evna", "yev", "in", "ina")
_DIN = re.compile(
    r"^([a-z]{3,}?)(ouddine|ouddin|oudine|oudin|uddine|uddin|eddine|eddin|edine|addin|uldin"
    r"|aldin|udin|ettin|attin|oddin|iddin)$"  # ... Turkish, devoiced: Nurettin; French:
    # Djalaloudine; Persian: Jalaloddin, Golboddin; Tajik and Uzbek: Nuriddin, Jamoliddin
    # (after a known name only: the UN's Thoriquiddin, one name, is also written Thoriquidin)
)


@dataclass(slots=True, frozen=True)
class NameForm:
    """A name ready for matching: its tokens, their kinds and canonical spellings."""

    text: str  # the name as given
    latin: str  # transliterated and folded text, before tokenisation
    method: str  # transliteration method (see transliterate.METHODS)
    tokens: tuple[str, ...]  # normalised tokens, in order
    kinds: tuple[str, ...]  # one of name, particle, honorific, legal, initial per token
    canon: tuple[str, ...]  # canonical spelling per token (variant tables applied)
    removed: tuple[str, ...]  # titles removed

    @property
    def abjad(self) -> bool:
        """Whether the name came from a script that does not write short vowels."""
        return self.method == "icu-arabic"

    @property
    def key(self) -> str:
        """The canonical tokens joined, for exact comparison and de-duplication."""
        return " ".join(self.canon)


@cache
def _vocab() -> dict[str, frozenset[str]]:
    data = datafiles.load_yaml("screening/titles.yaml")
    return {k: frozenset(str(x) for x in v) for k, v in data.items()}


@cache
def _titles_after_comma() -> re.Pattern[str]:
    """Titles after the comma of "FAMILY, Given" ("RI, Mr. Won Ho"): they lead the name."""
    titles = "|".join(sorted(map(re.escape, _vocab()["titles"]), key=len, reverse=True))
    return re.compile(rf"^([^,]+),\s*((?:(?:{titles})\b\.?\s*)+)(?=\w)")


@cache
def _legal_forms() -> tuple[dict[tuple[str, ...], str], int, frozenset[str]]:
    data = datafiles.load_yaml("screening/legal_forms.yaml")
    leading = frozenset(str(x) for x in data["leading"])
    table: dict[tuple[str, ...], str] = {}
    for canonical, spellings in data.items():
        if canonical in ("leading", "trailing", "families", "words"):
            continue
        for spelling in spellings:
            table[tuple(str(spelling).split())] = str(canonical)
    # A form of several words also with its words abbreviated as one-word forms are
    # ("Public Joint Stock Co.", "Ltd. Liability Company")
    short = {k[0]: v for k, v in table.items() if len(k) == 1 and (v,) in table and k[0] != v}
    for words, canonical in list(table.items()):
        if len(words) > 1 and not short.keys().isdisjoint(words):
            for written in product(*((w, short[w]) if w in short else (w,) for w in words)):
                table.setdefault(written, canonical)
    return table, max(len(k) for k in table), leading


@cache
def _forms_by_first_word() -> dict[str, tuple[tuple[str, ...], ...]]:
    """The legal forms' spellings of several words, by their first word."""
    found: dict[str, list[tuple[str, ...]]] = {}
    for words in sorted(_legal_forms()[0]):
        if len(words) > 1:
            found.setdefault(words[0], []).append(words)
    return {first: tuple(spellings) for first, spellings in found.items()}


def uncut_legal_form(text: str) -> str | None:
    """``text`` (normalised) with a legal form of several words that its end cuts short
    written whole, as a fixed-width field cuts a long name (a payment message's line of 35:
    VTB REAL ESTATE LIMITED LIABILITY C, SOVCOMBANK TECHNOLOGIES LIMITED LIA); None when
    it ends in no such cut. Its words up to the cut are the form's, the last a beginning of
    the form's word there; of several forms, the first in order."""
    words = text.split()
    by_first = _forms_by_first_word()
    for k in range(min(len(words) - 1, _legal_forms()[1]), 1, -1):  # the form's words given
        tail = words[-k:]
        for spelling in by_first.get(tail[0], ()):
            if len(spelling) <= k - 1 or tuple(tail[:-1]) != spelling[: k - 1]:
                continue
            cut, whole = tail[-1], spelling[k - 1]
            if whole.startswith(cut) and (cut != whole or len(spelling) > k):
                return " ".join([*words[:-k], *spelling])
    return None


@cache
def descriptors() -> frozenset[str]:
    """The words that say what kind of body an organisation is (``organisation_words.yaml``):
    they weigh as a legal form, and a title before them is a word of the body's name
    (GENERAL BUREAU OF ATOMIC ENERGY)."""
    return frozenset(datafiles.load_yaml("screening/organisation_words.yaml")["descriptors"])


@cache
def _trailing_forms() -> frozenset[str]:
    """Legal forms read as such only at the end of a name (the Tuareg "ag", C.A.)."""
    return frozenset(str(x) for x in datafiles.load_yaml("screening/legal_forms.yaml")["trailing"])


@cache
def _legal_spellings() -> dict[str, str]:
    """The one-word legal form spellings and their canonical forms ("company" -> "co"), but
    the trailing ones (:func:`_trailing_forms`), which are a form only where they end a name:
    elsewhere they are words of it (the Tuareg "ag", the Chinese family name Ou)."""
    table, _, _ = _legal_forms()
    trailing = _trailing_forms()
    return {k[0]: v for k, v in table.items() if len(k) == 1 and k[0] not in trailing}


def canonical_legal(word: str) -> str:
    """The canonical legal form a one-word spelling writes ("international" -> "intl",
    "company" -> "co"), or the word itself."""
    return _legal_spellings().get(word, word)


@cache
def _legal_words() -> dict[str, str]:
    """The one-word legal form spellings long enough to be recognised misspelt, and their
    canonical forms."""
    return {k: v for k, v in _legal_spellings().items() if len(k) >= MISSPELT_LEGAL_MIN}


MISSPELT_PHRASE_WORD = 4  # a word of a legal form of several words this long may be misspelt


@cache
def _legal_phrases() -> dict[tuple[int, tuple[str, ...]], list[tuple[str, str]]]:
    """The legal forms of several words, each with one word left out: (its position, the
    other words) -> [(the word left out, the canonical form)]."""
    table, _, _ = _legal_forms()
    phrases: dict[tuple[int, tuple[str, ...]], list[tuple[str, str]]] = {}
    for words, canonical in table.items():
        for p, word in enumerate(words):
            if len(words) > 1 and len(word) >= MISSPELT_PHRASE_WORD:
                phrases.setdefault((p, words[:p] + words[p + 1 :]), []).append((word, canonical))
    return phrases


@cache
def _phrase_words() -> frozenset[str]:
    """The words of the legal forms of several words."""
    table, _, _ = _legal_forms()
    return frozenset(w for words in table if len(words) > 1 for w in words)


def misspelt_legal_phrase(words: tuple[str, ...]) -> str | None:
    """The canonical legal form of several words that ``words`` spells with one word
    misspelt (an edit, two in a word of :data:`MISSPELT_TWO_EDITS` letters or more; an
    adjacent swap is one), if one alone: "limited liabilty company" -> "llc", "joint stuck
    company" -> "jsc"."""
    phrases = _legal_phrases()
    found: set[str] = set()
    for p, word in enumerate(words):
        if len(word) < MISSPELT_PHRASE_WORD:
            continue
        edits = 2 if len(word) >= MISSPELT_TWO_EDITS else 1
        for spelt, canonical in phrases.get((p, words[:p] + words[p + 1 :]), ()):
            if OSA.distance(word, spelt, score_cutoff=edits) <= edits:
                found.add(canonical)
    return found.pop() if len(found) == 1 else None


LEGAL_SUFFIX_MIN = 6  # a legal form this long written onto a name's word is cut off ...
LEGAL_SUFFIX_STEM = 4  # ... when it leaves this many letters


@cache
def _legal_suffixes() -> tuple[str, ...]:
    """The spellings of company legal forms (those of a family, :func:`legal_families`: not
    "trading" or "international") that a name's word may end in, written without a space
    ("Hudsotradelimited", "Tamilfoundation"), longest first."""
    families = legal_families()
    spellings = _legal_spellings()
    return tuple(
        sorted(
            (w for w, c in spellings.items() if c in families and len(w) >= LEGAL_SUFFIX_MIN),
            key=len,
            reverse=True,
        )
    )


def _legal_suffix_cut(word: str, variants: dict[str, str]) -> list[str]:
    """``word``, or its stem and the legal form it ends in: "tamilfoundation" -> "tamil",
    "foundation" (not a known name, nor a legal form itself)."""
    if len(word) < LEGAL_SUFFIX_MIN + LEGAL_SUFFIX_STEM or word in variants:
        return [word]
    for suffix in _legal_suffixes():
        if word.endswith(suffix) and len(word) - len(suffix) >= LEGAL_SUFFIX_STEM:
            return [word[: -len(suffix)], suffix]
    return [word]


@cache
def _own_words() -> frozenset[str]:
    """Words an edit or two from a legal form that are words of their own ("cooperation")."""
    return frozenset(str(w) for w in datafiles.load_yaml("screening/legal_forms.yaml")["words"])


@lru_cache(maxsize=CACHE_SIZE)
def misspelt_legal_form(word: str) -> str | None:
    """The canonical legal form ``word`` misspells, if one alone is nearest, an edit away
    (two for a word of :data:`MISSPELT_TWO_EDITS` letters or more: an adjacent swap is one):
    "compny", "corportaion", "indsutries". Memoised: list names repeat their words. The
    caller (:func:`tokenize`) asks only after a name's first word, and never of a known
    name in the variant tables."""
    if len(word) < MISSPELT_LEGAL_MIN or word in _own_words():
        return None
    edits = 2 if len(word) >= MISSPELT_TWO_EDITS else 1
    words = _legal_words()
    near = process.extract(word, list(words), scorer=OSA.distance, score_cutoff=edits, limit=None)
    least = min((distance for _, distance, _ in near), default=None)
    found = {words[spelling] for spelling, distance, _ in near if distance == least}
    return found.pop() if len(found) == 1 else None


@cache
def legal_families() -> dict[str, str]:
    """Canonical legal form -> its family, the kind of company it names (``legal_forms.yaml``
    ``families``: AG and S.A. are both joint-stock companies, Co. and Corp. both companies)."""
    data = datafiles.load_yaml("screening/legal_forms.yaml")["families"]
    return {str(form): str(family) for family, forms in data.items() for form in forms}


@cache
def variant_table() -> dict[str, str]:
    """Every known spelling of a name token -> its canonical spelling (variants.yaml), and
    the romanised Arabic-script spellings of common names (arabic.yaml ``names``)."""
    data = datafiles.load_yaml("screening/variants.yaml")
    table: dict[str, str] = {}
    for groups in data.values():
        for group in groups:
            canonical = str(group[0])
            for spelling in group:
                table.setdefault(str(spelling), canonical)
    romanised: dict[str, set[str]] = {}
    for canonical, spellings in datafiles.load_yaml("screening/arabic.yaml")["names"].items():
        for spelling in spellings:
            romanised.setdefault(normalize_text(str(spelling))[0], set()).add(str(canonical))
    for spelling, canonicals in romanised.items():
        if " " not in spelling and len(canonicals) == 1:  # سعيد and سيد are both "syd"
            table.setdefault(spelling, canonicals.pop())
    return table


@cache
def honorifics() -> frozenset[str]:
    """The canonical spellings of the honorifics (titles.yaml): a closed vocabulary."""
    variants = variant_table()
    return frozenset(variants.get(w, w) for w in _vocab()["honorifics"])


JOIN_MAX_PARTS = 8  # names of more parts are not read with joined parts
JOIN_SHORT = 5  # three parts are read as one word only when each is this short or shorter


def joined(form: NameForm, i: int, count: int = 2) -> str:
    """``count`` parts from part ``i`` written as one word, in canonical spelling ("abd allah"
    -> "abdullah", as the variant tables spell the joined word)."""
    word = "".join(form.canon[i : i + count])
    return variant_table().get(word, word)


def joined_runs(form: NameForm) -> list[tuple[int, ...]]:
    """The runs of adjacent parts that may be one word written apart: every two parts
    ("jong un" / "jongun"), and every three short ones, as Korean names of places and firms
    are written syllable by syllable or as one word ("nam chon gang" / "namchongang")."""
    n = len(form.tokens)
    if n > JOIN_MAX_PARTS:
        return []
    short = [len(t) <= JOIN_SHORT for t in form.tokens]
    runs: list[tuple[int, ...]] = [(i, i + 1) for i in range(n - 1)]
    runs += [(i, i + 1, i + 2) for i in range(n - 2) if short[i] and short[i + 1] and short[i + 2]]
    return runs


# A decimal digit of another script (Arabic-Indic, Devanagari, Bengali, Thai...): a vessel's
# number is one number in any script.
_OTHER_DIGIT = re.compile(r"(?![0-9])\d")


def _ascii_digit(m: re.Match[str]) -> str:
    return str(unicodedata.digit(m.group()))


def fold_accents(text: str) -> str:
    """``text`` without its diacritics (NFKD, combining marks dropped): "Foà" is "Foa",
    "März" "Marz"; the case and other scripts' letters are kept."""
    if text.isascii():
        return text
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


@lru_cache(maxsize=CACHE_SIZE)
def normalize_text(text: str) -> tuple[str, str]:
    """Normalised text (ASCII, lower case, words separated by one space) and the method used."""
    text = unicodedata.normalize("NFKC", text)
    if not text.isascii():
        text = latin_look_alikes(_OTHER_DIGIT.sub(_ascii_digit, _INVISIBLE.sub("", text)))
    latin, method = to_latin(text) if not text.isascii() else (text, "ascii")
    latin = latin.casefold()
    if not latin.isascii():
        latin, _ = to_latin(latin)
        latin = fold_accents(latin)
    latin = _APOSTROPHES.sub("", latin)
    latin = _VESSEL_SLASH.sub(r"\1\2", latin.casefold())
    latin = _VESSEL_DOTS.sub(r"\1\2", latin)
    latin = _EZAFE_I.sub("-e-", latin)
    latin = _titles_after_comma().sub(r"\2 \1 ", latin)
    latin = _EXCELLENCY.sub("excellency ", latin)
    latin = _SHORT_TITLE.sub(lambda m: _SHORT_TITLES[m.group(1)], latin)
    latin = _NON_WORD.sub(" ", latin).strip()
    return latin, method


def _split_prefixes(
    token: str, variants: dict[str, str], al_words: frozenset[str], article: bool = True
) -> list[str]:
    if token in variants or len(token) < 5:
        return [token]
    m = _DIN.match(token)
    if m and m.group(2) == "iddin" and m.group(1) not in variants:
        m = None
    if m and m.group(1) != "al":
        return [*_split_prefixes(m.group(1), variants, al_words, article), "din"]
    if token.endswith(_SLAVIC):
        return [token]
    if (
        article
        and token.startswith("al")
        and token not in al_words
        and token[2] not in "aeiou"
        and token[2:] not in _vocab()["particles"]  # the vessel ALVAN is no al van
    ):
        return ["al", *_split_prefixes(token[2:], variants, al_words)]
    m = _ABD.match(token)
    if m:
        form, rest = m.group(1), m.group(2)
        for known in _ABD_FORMS:  # the split that leaves a known name: abdi rahman, not abdir ahman
            if token.startswith(known) and token[len(known) :] in variants:
                rest = token[len(known) :]
                break
        else:
            if form in _ASSIMILATED and not rest.startswith(form[-1]):
                # abdur, abdus (French abder, abdes) are the article assimilated to the name's
                # first letter, which is then written twice (Abdurrahman, Abderrahmane,
                # Abdessalam); written once it is the name's own: Abdurezak is abdu + rezak,
                # not abdur + ezak, Abderahmane abde + rahmane
                rest = token[len(form) - 1 :]
            if form in _FRENCH_ABD and (
                rest[0] in "aeiouy" or (form == "abdou" and rest[0] == "l")
            ):
                # the French forms before an unknown name with a vowel, or an Abdoul- too
                # short to be one: a run-on or mistyped name (ABDOULAYEHISSENE, Abdoulpye),
                # cut as before them, abd + the rest
                rest = token[3:]
        return ["abd", *_split_prefixes(rest, variants, al_words)]
    m = _ABU.match(token)
    if m:
        return ["abu", *_split_prefixes(m.group(2), variants, al_words)]
    return [token]


_ONE_LETTER_NUMERALS = {"i": "1", "v": "5", "x": "10"}


def _regnal_numbers(tokens: list[str], kinds: list[str]) -> None:
    """Read as numbers the Roman numerals of one letter that a ruler's name puts before "of"
    ("Ludwig I of Bavaria", "Eric V of Denmark"): elsewhere I, V and X are initials."""
    for n in range(1, len(tokens) - 1):
        if kinds[n] == INITIAL and tokens[n] in _ONE_LETTER_NUMERALS and tokens[n + 1] == "of":
            tokens[n], kinds[n] = _ONE_LETTER_NUMERALS[tokens[n]], NAME


_FORM_OF = frozenset({"of", "al", "el"})  # after a leading legal form: the body's name follows


def _form_here(
    words: list[str], i: int, size: int, syllabic: bool, first_named: bool = False
) -> bool:
    """Whether the legal form's spelling of ``size`` words at ``words[i]`` reads as the
    form. A trailing one (the Tuareg "ag", C.A., A/S) only last, after a word that is no
    particle, and not in a name of syllables; another of several words anywhere; another
    of one word after the first word, and first too before "of" or an Arabic article and a
    name ("Organization of Al-Qaida", "Foundation Al Wafa", as Arabic names put the kind of
    body first: تنظيم القاعدة), a leading one (OOO, AO) first anyway, but where the first
    word reads as a name (``first_named``: Nao Tanaka, not NAO or AO VSK); none in a name
    of syllables (``syllabic``: PAO YU YI is a Pao, KIM SA RYONG's Sa no S.A.); none of
    letters alone that end a name of one word before them of a Slavic family name's form:
    they are initials, as Russian records write a person ("Gryzlov B.V.", "Tarbaev S.A.")."""
    if (
        i == 1
        and size > 1
        and i + size == len(words)
        and words[0].endswith(_SLAVIC)
        and all(len(w) == 1 for w in words[i:])
    ):
        return False
    if " ".join(words[i : i + size]) in _trailing_forms():  # not after a particle: the
        # Dutch family name Van As
        last = not syllabic and i > 0 and i + size == len(words)
        return last and words[i - 1] not in _vocab()["particles"]
    if size > 1:
        return True
    if syllabic:
        return False
    if words[i] in _legal_forms()[2]:
        return i > 0 or not first_named
    return i > 0 or (len(words) > 2 and words[1] in _FORM_OF)


def _titles_named(tokens: list[str], kinds: list[str]) -> bool:
    """Whether the titles before ``tokens`` are words of the name: the rest is a body's (a
    legal form, a word of what kind of body, "of"), or gives no name of two letters or more
    to title (an initial, a number)."""
    spellings, generic = _legal_spellings(), descriptors()
    if any(
        k == LEGAL or t in spellings or t in generic or t == "of"
        for t, k in zip(tokens, kinds, strict=True)
    ):
        return True
    return not any(
        k == NAME and len(t) > 1 and not t.isdigit() for t, k in zip(tokens, kinds, strict=True)
    )


def tokenize(
    latin: str,
    article: bool = True,
    accented: frozenset[str] = frozenset(),
    titled: bool = False,
    first_lower: bool = False,
) -> tuple[list[str], list[str], list[str]]:
    """Tokens, their kinds and the titles removed, from normalised text; ``article``: a word
    may start with the Arabic article run on ("alzawahiri"), not in a name read from the
    Cyrillic script (Аляксандр "alyaksandr" is Alexander); ``accented``: words written with
    diacritics, which are no one-word legal form (the Portuguese family name Sá is no S.A.);
    ``titled``: leading titles are words of the name (:func:`analyze`); ``first_lower``: the
    first word is not written in capitals, as firms write a leading form (AO VSK, OOO): in a
    name that is not a body's it is a word of the name (Nao Tanaka, Pao Ming)."""
    vocab = _vocab()
    variants = variant_table()
    legal, longest, _ = _legal_forms()
    words: list[str] = []
    for word in latin.split():
        for part in _legal_suffix_cut(word, variants):
            words.extend(_split_prefixes(part, variants, vocab["al_words"], article))
    # a name of syllables (Chinese, Korean) has no one-word form: PAO YU YI is a Pao
    syllabic = syllables(tuple(words))
    tokens: list[str] = []
    kinds: list[str] = []
    removed: list[str] = []
    while len(words) > 2 and words[-1] in vocab["after_name"]:  # "Daniel Phelps MD"
        removed.insert(0, words.pop())
    phrase_words = _phrase_words()
    titles: list[str] = []
    first_named = first_lower and not titled and len(words) > 1
    i = 0
    while i < len(words):
        for size in range(min(longest, len(words) - i), 0, -1):
            window = tuple(words[i : i + size])
            canonical = legal.get(window)
            if canonical is None and size > 1 and not phrase_words.isdisjoint(window[:2]):
                canonical = misspelt_legal_phrase(window)
            if (
                canonical is not None
                and _form_here(words, i, size, syllabic, first_named)
                and (size > 1 or words[i] not in accented)
            ):
                tokens.append(canonical)
                kinds.append(LEGAL)
                i += size
                break
        else:
            word = words[i]
            i += 1
            if not tokens and word in vocab["titles"]:  # titles lead a name ("Lt. Gen.")
                titles.append(word)
                continue
            misspelt = None if i == 1 or word in variants else misspelt_legal_form(word)
            if misspelt is not None:
                tokens.append(misspelt)
                kinds.append(LEGAL)
                continue
            tokens.append(word)
            if word in vocab["particles"]:
                kinds.append(PARTICLE)
            elif variants.get(word, word) in vocab["honorifics"] and i < len(words):
                kinds.append(HONORIFIC)
            elif len(word) == 1 and word.isalpha():
                kinds.append(INITIAL)
            else:
                kinds.append(NAME)
    if titles and (titled or _titles_named(tokens, kinds)):
        # a body's name keeps its first words (General Motors Corp, Premier Bank, GENERAL
        # BUREAU OF ATOMIC ENERGY), and so does a name with nobody to title (LADY D, MS-13)
        tokens, kinds = titles + tokens, [NAME] * len(titles) + kinds
    else:
        removed += titles
    tokens = [
        ROMAN_NUMERALS.get(t, t) if n and k == NAME else t
        for n, (t, k) in enumerate(zip(tokens, kinds, strict=True))
    ]
    _regnal_numbers(tokens, kinds)
    tokens, kinds = _tens_and_units_joined(tokens, kinds)
    _assimilated_articles(tokens, kinds)
    for n in range(len(tokens) - 2, 0, -1):  # "No." before a number, after the first word
        if tokens[n] in _NUMBER_WORDS and kinds[n] == NAME and tokens[n + 1].isdigit():
            del tokens[n], kinds[n]
    if not tokens and removed:  # a name made only of titles keeps them
        tokens, kinds, removed = removed, [NAME] * len(removed), []
    return tokens, kinds, removed


# The Arabic article before a "sun letter" takes its sound: ash-Shami, es-Sayed, an-Nur,
# ed-Din, and in South Asian names ur-Rehman, ud-Din (al-, ul- are particles already)
_SUN_ARTICLE = re.compile(r"^[aeu](sh|th|dh|[tdrzsn])$")
# ... written on to the name as the French spelling of Maghrebi names does (Essayed es-Sayed,
# Eddam ed-Dam, Ennahda, Errahmane): its canonical spelling the article and the name joined,
# as the other name's "al Sayed" joins (not an a-, Assad and Assaad are names of their own)
_JOINED_SUN_ARTICLE = re.compile(r"^e([tdrzsn])\1([a-z]{2,})$")


def _joined_article(token: str, variants: dict[str, str]) -> str | None:
    """The canonical spelling of a name with the article before a sun letter written on
    (:data:`_JOINED_SUN_ARTICLE`: "essayed" -> "alsayyid"), or None."""
    m = _JOINED_SUN_ARTICLE.match(token) if token not in variants else None
    if m is None:
        return None
    name = m.group(1) + m.group(2)
    return "al" + variants.get(name, name)


def _assimilated_articles(tokens: list[str], kinds: list[str]) -> None:
    """Mark as particles the Arabic article written as it sounds before a word starting
    with its consonant ("Ahmed Ash Shami" is Ahmed al-Shami, "Es Sayed" El Sayed, "Zia ur
    Rehman"); not in a name of syllables, whose An, Un are names (An Nam Chol), nor before
    "ng" (Van An Nguyen), nor a first "Ed" (Ed Davey)."""
    if len(tokens) < 2 or syllables(tuple(tokens)):
        return
    for n in range(len(tokens) - 1):
        m = _SUN_ARTICLE.match(tokens[n])
        nxt = tokens[n + 1]
        if (
            m
            and kinds[n] == NAME
            and nxt.startswith(m.group(1))
            and len(nxt) > len(m.group(1))
            and not nxt.startswith("ng")
            and (n or tokens[n] != "ed")
        ):
            kinds[n] = PARTICLE


def _tens_and_units_joined(tokens: list[str], kinds: list[str]) -> tuple[list[str], list[str]]:
    """A ten and a unit written as words, one number in digits ("forty four" 44, "twenty
    first" 21)."""
    if _TENS.keys().isdisjoint(tokens):
        return tokens, kinds
    out_tokens: list[str] = []
    out_kinds: list[str] = []
    i = 0
    while i < len(tokens):
        token, kind = tokens[i], kinds[i]
        if token in _TENS and kind == NAME and i + 1 < len(tokens) and kinds[i + 1] == NAME:
            unit = _NUMBER_WORDS_VALUE.get(tokens[i + 1], 0)
            if 0 < unit < 10:  # a unit or its ordinal: "forty four", "twenty first"
                token = str(_TENS[token] + unit)
                i += 1  # the unit is read into the ten
        out_tokens.append(token)
        out_kinds.append(kind)
        i += 1
    return out_tokens, out_kinds


def _number(token: str) -> str | None:
    """A number word or ordinal in digits ("second", "2nd": "2"), else None."""
    value = _NUMBER_WORDS_VALUE.get(token)
    if value is not None:
        return str(value)
    ordinal = _ORDINAL_DIGITS.match(token) if token[:1].isdigit() else None
    return None if ordinal is None else ordinal.group(1)


@lru_cache(maxsize=CACHE_SIZE)
def analyze(text: str, titled: bool = False) -> NameForm:
    """Normalise and tokenise one name (cached: names repeat across lists and queries);
    ``titled``: a vessel's or a body's, whose first words spelt as titles are its own
    (MARSHAL ZHUKOV, PROFESSOR LOGACHEV: not the person Zhukov)."""
    inverted = _family_first(text)
    if inverted is not None:
        return inverted
    latin, method = normalize_text(text)
    tokens, kinds, removed = tokenize(
        latin,
        article=method not in _NO_RUN_ON_ARTICLE,
        accented=_accented_words(text),
        titled=titled,
        first_lower=not _first_word_in_capitals(text),
    )
    variants = variant_table()
    legal = _legal_spellings()
    # A first word spelt as a legal form stays a word of the name (:func:`tokenize`), but
    # its canonical spelling is the form's ("International Chemical JV" / "Korea
    # International Chemical JV": "intl"), when the name has a word of its own besides: in
    # "Company Limited" nothing names anybody.
    own = _own_word(tokens, kinds) and not syllables(tuple(tokens))  # PAO YU YI: a Pao
    # ... a short one only in a body's name or one with a legal form: Ike Okafor's Ike is no
    # Greek IKE (Ltd), while International is the form's word in any name
    firm = titled or LEGAL in kinds
    # A number word's canonical spelling is its digits ("second", "2nd"), the word kept as
    # written for its misspellings ("Firt Oil" is FIRST OIL); a word written with an
    # umlaut, its spelling with an e (Müller: "mueller", as Mueller is; Muller stays
    # Muller's by its spelling, "muller"), unless the tables know it without (Turkish Gül
    # is the name Gul, whose canonical spelling says it is a given name).
    umlauts = _umlaut_spellings(text)
    canon = tuple(
        sys.intern(
            (_number(t) if k == NAME else None)
            or (
                variants.get(u, u)
                if k == NAME and t not in variants and (u := umlauts.get(t))
                else None
            )
            or ("al" if k == PARTICLE and t != "et" and _SUN_ARTICLE.match(t) else None)
            or (_joined_article(t, variants) if k == NAME else None)
            or variants.get(t, legal.get(t, t) if k == NAME and own and (firm or len(t) > 4) else t)
        )
        for t, k in zip(tokens, kinds, strict=True)
    )
    # parts interned: a list of a million names holds each given name once, not once a name
    spelt = tuple(map(sys.intern, tokens))
    return NameForm(text, latin, method, spelt, _shared(tuple(kinds)), canon, tuple(removed))


@lru_cache(maxsize=4096)
def _shared(kinds: tuple[str, ...]) -> tuple[str, ...]:
    """One tuple for each sequence of part kinds: names share a few dozen of them."""
    return kinds


_FIRST_WORD = re.compile(r"[^\w]*(\w+)")


def _first_word_in_capitals(text: str) -> bool:
    """Whether a name's first word is written in capitals ("AO VSK", "АО", Ukrainian "PrAT",
    not "Nao")."""
    m = _FIRST_WORD.match(text)
    if m is None or not m.group(1).isalpha():
        return True
    word = m.group(1)
    return word.isupper() or sum(ch.isupper() for ch in word) >= 2


def _accented_words(text: str) -> frozenset[str]:
    """The words of a Latin name written with diacritics, as :func:`tokenize` sees them."""
    if text.isascii():
        return frozenset()
    return frozenset(
        _folded(word)
        for word in re.findall(r"\w+", text)
        if not word.isascii() and _folded(word).isascii()
    )


# German, Swedish and Finnish umlauts and the Danish and Norwegian ø and å, as names are
# written without the letters: Müller Mueller, Björn Bjoern, Søren Soeren, Ålesund Aalesund
_UMLAUTS = {"ä": "ae", "ö": "oe", "ü": "ue", "ø": "oe", "å": "aa"}
_UMLAUT_TABLE = str.maketrans({**_UMLAUTS, **{k.upper(): v.title() for k, v in _UMLAUTS.items()}})
_UMLAUT_LETTERS = frozenset(_UMLAUT_TABLE)


def _umlaut_spellings(text: str) -> dict[str, str]:
    """The words of a name written with an umlaut (or ø, å), as :func:`tokenize` sees them,
    each with its spelling where an e writes the umlaut ("Müller": muller -> mueller)."""
    if text.isascii():
        return {}
    text = unicodedata.normalize("NFC", text)
    if _UMLAUT_LETTERS.isdisjoint(map(ord, text)):
        return {}
    return {
        _folded(word): _folded(word.translate(_UMLAUT_TABLE))
        for word in re.findall(r"\w+", text)
        if not _UMLAUT_LETTERS.isdisjoint(map(ord, word)) and _folded(word).isascii()
    }


def _folded(word: str) -> str:
    """A word as :func:`tokenize` sees it: diacritics and ø folded, case folded."""
    return fold_accents(word.replace("ø", "o").replace("Ø", "O")).casefold()


# "FAMILY, Given Middle": one comma, no digit, a letter first on both sides
_FAMILY_COMMA = re.compile(r"^\s*([^\W\d_][^,\d]*?)\s*,\s*([^\W\d_][^,\d]*?)\s*$")
FAMILY_WORDS = 3  # a family name before the comma has at most this many words ...
GIVEN_WORDS = 6  # ... and the given names after it at most this many


def _family_first(text: str) -> NameForm | None:
    """A name written "FAMILY, Given Middle" (OFAC's names, the UN's aliases, customer
    records: "SALAMEH, Salem Ahmad Abdel Hadi") read in the order it is said, "Given Middle
    FAMILY": its middle names then lie between two others, where the scorer weighs them as
    names an alias may leave out. Not a body's name with a legal form, nor a name with a
    country or a suffix after the comma ("CIMEX, S.A.", "Ri Won Ho, DPRK", "Santos, III"):
    None."""
    m = _FAMILY_COMMA.match(text)
    if m is None or len(m[1].split()) > FAMILY_WORDS or len(m[2].split()) > GIVEN_WORDS:
        return None
    given = analyze(m[2])
    if any(country_parts(given.tokens)) or not any(
        k == NAME and t not in ROMAN_NUMERALS
        for t, k in zip(given.tokens, given.kinds, strict=True)
    ):
        return None
    form = analyze(f"{m[2]} {m[1]}")
    legal = _legal_spellings()
    if any(k == LEGAL or t in legal for t, k in zip(form.tokens, form.kinds, strict=True)):
        return None
    return replace(form, text=text)


def _own_word(tokens: Sequence[str], kinds: Sequence[str]) -> bool:
    legal = _legal_spellings()
    return any(k in (NAME, INITIAL) and t not in legal for t, k in zip(tokens, kinds, strict=True))


def legal_spelling(word: str) -> bool:
    """Whether a word is a one-word legal form's spelling ("bank", "company"), even where
    it is a word of the name (first: "Bank of Korea")."""
    return word in _legal_spellings()


def part_count(form: NameForm) -> int:
    """The number of a name's parts, particles aside ("Abdul Rahman" and "'Abd al-Rahman"
    are both two)."""
    return sum(kind != PARTICLE for kind in form.kinds)


NAMING = frozenset({NAME, INITIAL})  # the kinds of part that name someone


VESSEL_PREFIX = "mv"  # the canonical form of M/V, MT, F/V, SS: the legal forms of a vessel


def named_kind(form: NameForm) -> str | None:
    """The kind of entry a name's legal forms say it is: "organization" for a firm's form
    (Ltd, PJSC), "vessel" for a vessel's prefix alone (M/V ARGO I), None for neither; a name
    of syllables has none (KIM SA RYONG's Sa is no S.A.)."""
    forms = {c for k, c in zip(form.kinds, form.canon, strict=True) if k == LEGAL}
    if not forms or syllables(form.tokens):
        return None
    return "vessel" if forms == {VESSEL_PREFIX} else "organization"


def has_own_word(form: NameForm) -> bool:
    """Whether a name has a word of its own, a name part or an initial that is not a legal
    form's spelling: "Co. Ltd." and "Company Limited" have none (their first word is a name
    part, :func:`tokenize`), nor "Industrial Bank"; "D Company" has one."""
    return _own_word(form.tokens, form.kinds)
