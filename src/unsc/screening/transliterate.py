"""Transliteration of names in other scripts to Latin.

Each script has one method, named in the explanation of a match:

- Hangul: syllable by syllable in McCune-Reischauer as the DPRK and the UN write it
  (``hangul-mr``; tables in ``data/screening/hangul.yaml``); the family name becomes its own
  word, in the DPRK form (이 and 리 are Ri, 유 is Ryu), and the given name keeps one word
  per syllable, as the UN list writes Korean names.
- Arabic, Persian, Urdu, Pashto: the letters ICU misses or writes unlike any Latin list are
  mapped first, "عبد", "ابو" and "ال" written jointly are split off, and so are a final
  "الله" and "الدين" ("عبیدالله" -> "abyd allah"), and a word-initial ayn becomes a vowel
  (``data/screening/arabic.yaml``), then ICU ``Any-Latin; Latin-ASCII`` (``icu-arabic``).
  Short vowels are not written in the Arabic script, so such names are matched on consonant
  skeletons too.
- Cyrillic: the letters of Kazakh, Kyrgyz, Tajik, Uzbek, Tatar, Bashkir and other languages
  that ICU leaves or writes with a modifier, as the lists romanise them
  (``data/screening/cyrillic.yaml``: "Тоқаев" Tokayev, "Ҷалолиддин" Jaloliddin), then ICU
  ``Russian-Latin/BGN`` (BGN/PCGN, the system of the UN and the US and UK lists), then ASCII
  (``icu-cyrillic-bgn``). A Ukrainian name (і, ї, є or ґ, and no letter Ukrainian lacks)
  is read by ICU ``Ukrainian-Latin/BGN`` instead: its и is y, its г h ("Володимир"
  Volodymyr, not Volodimir); a Belarusian one (ў, or і without и) has its г read h and its
  ў u first, as Belarus's passports write them ("Рыгоравіч" Ryhoravich); a Serbian or
  Macedonian one (ђ ј љ њ ћ џ, ѓ ќ ѕ) by ICU's ``Serbian-Latin/BGN`` or
  ``Macedonian-Latin/BGN``, their own Latin alphabets ("Жељко Ражнатовић" Zeljko
  Raznatovic); a Bulgarian one (ъ as a vowel, ьо) with its ъ a, щ sht, х h first, as
  Bulgaria's passports write them ("Петър" Petar).
- Han: ICU ``Han-Latin`` (Hanyu Pinyin) without tones (``icu-han-pinyin``); a number after
  第 or before 号 in digits (第十八星風丸 "18 xing feng wan", No. 18).
- Devanagari: a final consonant is read without its inherent vowel, as Hindi, Marathi
  and Nepali names are said and written in Latin (समीर -> "samir", not ICU's "samira");
  ICU ``Devanagari-Latin``, then the consonants its scholarly system writes otherwise than
  names are (श ष "sh", not ś ṣ; च "ch" and छ "chh", not c and ch), then ASCII
  (``icu-devanagari``). So are Bengali, Gurmukhi (its tippi, a nasal ICU drops, read as the
  bindi) and Gujarati, by ICU ``Any-Latin`` (``icu-bengali``, ``icu-gurmukhi``,
  ``icu-gujarati``: ওসামা বিন লাদেন osama bin laden, ਭਗਤ ਸਿੰਘ bhagat singh).
- Myanmar: the conventional romanisation of Myanmar's names, a word per syllable
  (``burmese-conventional``, :mod:`~unsc.screening.burmese`: မင်းအောင်လှိုင် Min Aung Hlaing).
- Greek, Armenian, Georgian: ICU's BGN/PCGN systems, as the US and UK lists romanise
  names (``Greek-Latin/BGN``: Ντόναλντ Donald, Μπαράκ Barak, not the scholarly Ntonalnt,
  Mparak; but a gamma before a front vowel is g, as Greek passports write it: Γεώργιος
  Georgios, not Yeoryios; ``Armenian-Latin/BGN``: Ծատուրյան Tsaturyan, not Caturyan),
  then ASCII
  (``icu-greek-bgn``, ``icu-armenian-bgn``, ``icu-georgian-bgn``).
- Ethiopic (Amharic, Tigrinya): ICU's ``Ethiopic-Latin/SERA``, which writes the first order's
  vowel e as the names do in English (አበበ abebe, Abebe; ICU's default has ababa), then its
  capitals for the ejectives and the other letters as plain Latin (ጸጋዬ SegayE tsegaye, ጫላ
  chala, ፊሊጶስ filipos, ሻለቃ xaleqa shaleqa), and the laryngeals' first order as said, a
  (ሐጎስ hagos, ሀብተ habte, ዐቢይ abiy; SERA's Hegos, hebte) (``icu-ethiopic-sera``).
- Anything else: ICU ``Any-Latin; Latin-ASCII`` (``icu-any``).

Latin letters that ICU leaves as they are (Azerbaijani ə, the open o and gamma of African
alphabets) are written first as the lists romanise them (``data/screening/latin.yaml``).

An organisation's name in Han or Hangul has its common words read in English before the
romanisation, as the lists translate them (有限公司 "co ltd", 은행 "bank"); one in the Arabic
or Cyrillic script is also offered so to the query (:func:`common_words_translated`), as
lists give such names romanised as often as translated
(``data/screening/organisation_words.yaml``).
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from functools import cache, lru_cache
from typing import Any

from unsc import datafiles
from unsc.screening.burmese import burmese_to_latin

__all__ = [
    "common_words_in_english",
    "detect_script",
    "foreign_georgian",
    "foreign_greek",
    "foreign_hangul",
    "foreign_katakana",
    "han_only",
    "han_pinyin",
    "hangul_jamo",
    "hanja_organisation",
    "hanja_reading",
    "icu_transform",
    "looks_foreign",
    "romanize_hangul",
    "script_runs",
    "sino_korean_syllables",
    "to_latin",
]

_HANGUL_FIRST, _HANGUL_LAST = 0xAC00, 0xD7A3

_ICU_IDS = {
    "arabic": "Any-Latin; Latin-ASCII",
    "cyrillic": "Russian-Latin/BGN; Any-Latin; Latin-ASCII",
    "ukrainian": "Ukrainian-Latin/BGN; Any-Latin; Latin-ASCII",
    "serbian": "Serbian-Latin/BGN; Any-Latin; Latin-ASCII",
    "macedonian": "Macedonian-Latin/BGN; Any-Latin; Latin-ASCII",
    "greek": "Greek-Latin/BGN; Any-Latin; Latin-ASCII",
    "armenian": "Armenian-Latin/BGN; Any-Latin; Latin-ASCII",
    "georgian": "Georgian-Latin/BGN; Any-Latin; Latin-ASCII",
    "han": "Han-Latin; Latin-ASCII",
    "other": "Any-Latin; Latin-ASCII",
    "devanagari": "Devanagari-Latin",
    "bengali": "Any-Latin",
    "gurmukhi": "Any-Latin",
    "gujarati": "Any-Latin",
    "ethiopic": "Ethiopic-Latin/SERA",
    "latin": "Latin-ASCII",
    "katakana": "Katakana-Latin",
    "traditional": "Traditional-Simplified",
}
METHODS = {
    "hangul": "hangul-mr",
    "arabic": "icu-arabic",
    "cyrillic": "icu-cyrillic-bgn",
    "han": "icu-han-pinyin",
    "greek": "icu-greek-bgn",
    "armenian": "icu-armenian-bgn",
    "georgian": "icu-georgian-bgn",
    "other": "icu-any",
    "devanagari": "icu-devanagari",
    "bengali": "icu-bengali",
    "gurmukhi": "icu-gurmukhi",
    "gujarati": "icu-gujarati",
    "myanmar": "burmese-conventional",
    "ethiopic": "icu-ethiopic-sera",
    "latin": "ascii-fold",
}


_UKRAINIAN_LETTERS = frozenset("іїєґІЇЄҐ")
_TURKIC_LETTERS = frozenset("әғқңөұүһӘҒҚҢӨҰҮҺ")  # Kazakh, Kyrgyz, Tatar... (Kazakh has і too)
# Letters of Russian, Belarusian and the Turkic languages that Ukrainian does not write
_NOT_UKRAINIAN = frozenset("ыэъёўЫЭЪЁЎ") | _TURKIC_LETTERS


def _ukrainian(text: str) -> bool:
    """Whether a Cyrillic name is written in Ukrainian."""
    letters = set(text)
    return not letters.isdisjoint(_UKRAINIAN_LETTERS) and letters.isdisjoint(_NOT_UKRAINIAN)


# Letters Belarusian does not write: Russian's и, щ, ъ, Ukrainian's, and the Turkic ones
_NOT_BELARUSIAN = frozenset("иИщЩъЪїЇєЄґҐ") | _TURKIC_LETTERS


def _belarusian(text: str) -> bool:
    """Whether a Cyrillic name is written in Belarusian: with its ў, or its і, and none of
    the letters it lacks."""
    letters = set(text)
    return bool(letters & {"ў", "Ў", "і", "І"}) and letters.isdisjoint(_NOT_BELARUSIAN)


# Letters only Serbian and Macedonian write (and of them, Macedonian's own)
_SERBIAN_LETTERS = frozenset("ђјљњћџЂЈЉЊЋЏ")
_MACEDONIAN_LETTERS = frozenset("ѓќѕЃЌЅ")


def _south_slavic(text: str) -> str | None:
    """``"serbian"`` or ``"macedonian"`` for a name with a letter only they write (Караџић,
    Ѓорѓе), read by ICU's systems for them, which are the languages' own Latin alphabets
    (Karadžić: Karadzic as the lists write it, not Russian's Karadich); else None."""
    letters = set(text)
    if not letters.isdisjoint(_MACEDONIAN_LETTERS):
        return "macedonian"
    return None if letters.isdisjoint(_SERBIAN_LETTERS) else "serbian"


# Bulgarian writes ъ as a vowel (Петър, Ъглен) and ьо for yo; Russian writes ъ only before
# е, ё, ю, я (Объединенная), and ьо hardly ever.
_BULGARIAN = re.compile(r"[ъЪ](?![еёюяЕЁЮЯ])|[ьЬ][оО]")


def _bulgarian(text: str) -> str | None:
    """A Bulgarian name (by :data:`_BULGARIAN`) as Bulgaria's passports write it: ъ a, щ sht,
    х h, ьо yo (Петър Petar, Щерьо Shteryo, Христо Hristo); then as Russian. None for
    another name."""
    if _BULGARIAN.search(text) is None:
        return None
    text = text.replace("ьо", "йо").replace("Ьо", "Йо").replace("ЬО", "ЙО")
    return text.translate(_cyrillic_letters("bulgarian"))


# A Greek gamma before a front vowel, which BGN writes y (Yeoryios) and Greek passports,
# ELOT 743, g (Georgios, Panagiotis): g, as most names in the wild are written; not in gg,
# gk, gx, gch (ng: Angeliki)
_FRONT_GAMMA = re.compile(r"(?<![γκξχΓΚΞΧ])[γΓ](?=[εέιίηήυύϊΐϋΰΕΈΙΊΗΉΥΎ]|[αοΑΟ][ιίΙΊ])")


@cache
def icu_transform(script: str) -> Any:
    """ICU's transliterator for ``script`` (a key of :data:`_ICU_IDS`: "han" is Pinyin), made
    once."""
    import icu

    return icu.Transliterator.createInstance(_ICU_IDS[script])


@cache
def _cyrillic_letters(section: str = "letters") -> dict[int, str]:
    """A table of ``cyrillic.yaml`` (``letters``, or ``belarusian``) for ``str.translate``,
    upper case derived."""
    data = datafiles.load_yaml("screening/cyrillic.yaml")[section]
    table = {ord(str(k)): str(v) for k, v in data.items()}
    table.update({ord(str(k).upper()): str(v).capitalize() for k, v in data.items()})
    return table


@cache
def _latin_letters() -> dict[int, str]:
    data = datafiles.load_yaml("screening/latin.yaml")["letters"]
    return {ord(str(k)): str(v) for k, v in data.items()}


# Indic scripts whose consonants carry an inherent a that a word's last consonant alone does
# not say: each script's consonant letters, virama and nukta
_INDIC = {
    "devanagari": ("\u0915-\u0939\u0958-\u095f", "\u094d", "\u093c"),
    "bengali": ("\u0995-\u09b9\u09dc-\u09df", "\u09cd", "\u09bc"),
    "gurmukhi": ("\u0a15-\u0a39\u0a59-\u0a5e", "\u0a4d", "\u0a3c"),
    "gujarati": ("\u0a95-\u0ab9", "\u0acd", "\u0abc"),
}
_FINAL_CONSONANT = {
    script: re.compile(f"(?<!{virama})([{letters}]{nukta}?)(?=\\s|$)")
    for script, (letters, virama, nukta) in _INDIC.items()
}
_TIPPI, _BINDI = "\u0a70", "\u0a02"  # Gurmukhi's nasal signs: ICU reads only the bindi
_INDIC_SPELLINGS = (("ch", "chh"), ("ś", "sh"), ("ṣ", "sh"))
_BARE_C = re.compile(r"c(?!hh)")


def _indic_to_latin(text: str, script: str) -> str:
    text = _schwa_deleted(text.replace(_TIPPI, _BINDI), script)
    latin = str(icu_transform(script).transliterate(text))
    for scholarly, common in _INDIC_SPELLINGS:
        latin = latin.replace(scholarly, common)
    return str(icu_transform("latin").transliterate(_BARE_C.sub("ch", latin)))


def _schwa_deleted(text: str, script: str) -> str:
    """Words ending in a single consonant, with a virama added: no final inherent vowel
    (समीर samir, ওসামা বিন লাদেন osama bin laden, ਭਗਤ bhagat). After a cluster the vowel is
    said (नरेंद्र Narendra, चंद्र Chandra)."""
    return _FINAL_CONSONANT[script].sub(r"\1" + _INDIC[script][1], text)


@cache
def _arabic_tables() -> tuple[
    dict[str, str], dict[int, str], tuple[str, ...], tuple[str, ...], str
]:
    data = datafiles.load_yaml("screening/arabic.yaml")
    letters = {ord(k): str(v) for k, v in data["letters"].items()}
    words = {str(k): str(v) for k, v in data["words"].items()}
    return (
        words,
        letters,
        tuple(data["split_prefixes"]),
        tuple(data["split_suffixes"]),
        str(data["initial_ayn"]),
    )


@cache
def _arabic_phrases() -> tuple[re.Pattern[str], dict[str, str]]:
    """Titles of two words (آية الله, ayatollah) and a pattern finding them as whole words."""
    phrases = {
        str(k): str(v) for k, v in datafiles.load_yaml("screening/arabic.yaml")["phrases"].items()
    }
    alternatives = "|".join(map(re.escape, sorted(phrases, key=len, reverse=True)))
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)"), phrases


def _split_suffix(word: str, suffixes: tuple[str, ...]) -> list[str]:
    """A word and the final part written jointly with it ("عبیدالله" -> "عبید", "الله")."""
    for suffix in suffixes:
        if word.endswith(suffix) and len(word) > len(suffix) + 1:
            return [word[: -len(suffix)], suffix]
    return [word]


# Persian writes the suffix -i after a silent final heh apart, behind a zero-width non-joiner
# ("خامنه‌ای" Khamenei): the heh is the vowel e, not a consonant, and the suffix a yeh.
_SILENT_HEH_SUFFIX = re.compile("\u0647\u200c\u0627?[\u06cc\u064a](?!\\w)")


def _arabic_to_latin(text: str) -> str:
    known, letters, prefixes, suffixes, ayn = _arabic_tables()
    phrase, phrases = _arabic_phrases()
    text = phrase.sub(lambda m: f" {phrases[m.group()]} ", text)
    text = _SILENT_HEH_SUFFIX.sub("\u06cc", text)
    parts = [
        part
        for whole in text.split()
        for part in ([whole] if whole in known else _split_suffix(whole, suffixes))
    ]
    words = []
    for i, word in enumerate(parts):
        if word.endswith("ة") and parts[i + 1 : i + 2] == ["الله"]:
            word = word[:-1] + "ت"  # before Allah, in construct: رحمة الله Rahmatullah
        if word in known:
            words.append(known[word])
            continue
        word = word.translate(letters)
        for prefix in prefixes:
            if word.startswith(prefix) and len(word) > len(prefix) + 1:
                words.append(prefix)
                word = word[len(prefix) :]
        words.append(word)
    out = []
    for word in str(icu_transform("arabic").transliterate(" ".join(words))).split():
        if word.startswith("\u02bf"):
            word = ayn + word[1:]
        out.append(word.replace("\u02bf", "").replace("\u02be", ""))
    return " ".join(out)


# scripts that write an organisation's name unspaced
_UNSPACED = frozenset({"han", "hangul", "myanmar"})


@cache
def _organisation_words(
    script: str,
) -> tuple[tuple[str, ...], dict[str, tuple[str, ...]], re.Pattern[str]]:
    """The markers of an organisation's name in ``script`` (公司, 은행...), its common words
    in English (each with one or more renderings: ЧВК is PMC and Private Military Company),
    and a pattern finding them, longest first, as whole words where the script spaces its
    words (``organisation_words.yaml``)."""
    data = datafiles.load_yaml("screening/organisation_words.yaml")[script]
    words = {
        str(k): tuple(map(str, v)) if isinstance(v, list) else (str(v),)
        for k, v in data["words"].items()
    }
    alternatives = "|".join(sorted(map(re.escape, words), key=len, reverse=True))
    if script not in _UNSPACED:
        alternatives = rf"(?<!\w)(?:{alternatives})(?!\w)"
    return tuple(data["markers"]), words, re.compile(alternatives)


def common_words_in_english(text: str, script: str, other: bool = False) -> str | None:
    """An organisation's name with its common words in English (实业发展有限公司 "industrial
    development co ltd", 조선 ... 은행 "korea ... bank", Государственная корпорация "state
    corporation"), ``other``: in their last rendering, not their first; None when it has
    no marker of an organisation."""
    markers, words, pattern = _organisation_words(script)
    if not any(marker in text for marker in markers):
        return None
    pad = " " if script in _UNSPACED else ""  # the English words apart from the others
    return pattern.sub(lambda m: f"{pad}{words[m.group()][-1 if other else 0]}{pad}", text)


_KANA = re.compile(r"[\u3040-\u30ff]")


def han_only(text: str) -> bool:
    """Whether a name is in Han characters with no Latin letters (MBP软件网络有限公司: mixed)
    and no kana (a Japanese name): one the readings of Chinese characters as Chinese or
    Korean (:func:`han_pinyin`, :func:`hanja_organisation`, the Cantonese reading) apply
    to."""
    return (
        not text.isascii()
        and detect_script(text) == "han"
        and not _KANA.search(text)
        and not any(ch.isascii() and ch.isalpha() for ch in text)
    )


def han_pinyin(text: str) -> str | None:
    """An organisation's name in Han characters in Pinyin throughout, its common words too,
    a word of two characters at a time ("大连正华贸易有限公司" -> "dalian zhenghua maoyi
    youxian gongsi"): some lists write them so (DALIAN ZHENGHUA MAOYI YOUXIAN GONGSI), while
    :func:`to_latin` reads the common words in English. The table's words are words of their
    own, the characters between them read two by two (Chinese names of places and firms are
    mostly of two). None for a name with no marker of an organisation, or not in Han alone
    (:func:`han_only`)."""
    if not han_only(text) or common_words_in_english(text, "han") is None:
        return None
    _, _, pattern = _organisation_words("han")
    pinyin = icu_transform("han")
    words: list[str] = []
    for run in re.split(f"({pattern.pattern})", text):
        for chunk in run.split():
            for at in range(0, len(chunk), 2):
                word = str(pinyin.transliterate(chunk[at : at + 2])).replace(" ", "")
                if word:
                    words.append(word)
    return " ".join(words) or None


def common_words_translated(text: str) -> list[str]:
    """An organisation's name in the Arabic or Cyrillic script with its common words in
    English (الجماعة الاسلامية المسلحة "group islamic armed", ARMED ISLAMIC GROUP;
    Государственная корпорация Ростех "state corporation ростех", STATE CORPORATION
    ROSTEC), in each rendering of its words (ЧВК Вагнер "pmc вагнер", "private military
    company вагнер"); none when it has no marker of an organisation or nothing to
    translate. Lists write such names both translated and romanised (Al Jamm'ah
    Al-Islamiah Al-Musallah): a query is screened both ways. A name in Han characters or in
    Hangul, which :func:`to_latin` reads with its words' first renderings, has its other
    renderings here (金属材料: metal materials, metallic material; 해운: maritime, shipping)."""
    script = detect_script(text)
    if script in ("han", "hangul"):
        other = common_words_in_english(text, script, other=True)
        return [] if other is None or other == common_words_in_english(text, script) else [other]
    if script not in ("arabic", "cyrillic"):
        return []
    lowered = text.lower()
    found = (common_words_in_english(lowered, script, other) for other in (False, True))
    return [t for t in dict.fromkeys(found) if t is not None and t != lowered]


@cache
def _hangul_tables() -> tuple[list[str], list[str], list[str], frozenset[str], dict[str, str]]:
    data = datafiles.load_yaml("screening/hangul.yaml")
    return (
        list(data["initials"]),
        list(data["medials"]),
        list(data["finals"]),
        frozenset(data["double_surnames"]),
        {str(k): str(v) for k, v in data["surnames"].items()},
    )


# scripts read by a method of their own, named as Unicode names their letters
_OWN_READINGS = (
    "DEVANAGARI",
    "BENGALI",
    "GURMUKHI",
    "GUJARATI",
    "MYANMAR",
    "GREEK",
    "ARMENIAN",
    "GEORGIAN",
    "ETHIOPIC",
)


def script_of(ch: str) -> str | None:
    """The script of one letter (latin, hangul, arabic, cyrillic, ...), None for a sign."""
    code = ord(ch)
    if code < 0x80:
        return "latin" if ch.isalpha() else None
    if not ch.isalpha():
        return None
    if (
        _HANGUL_FIRST <= code <= _HANGUL_LAST
        or 0x1100 <= code <= 0x11FF
        or 0x3130 <= code <= 0x318F
    ):
        return "hangul"
    name = unicodedata.name(ch, "")
    if name.startswith(("ARABIC", "PERSIAN")):
        return "arabic"
    if name.startswith("CYRILLIC"):
        return "cyrillic"
    if name.startswith("CJK"):
        return "han"
    if name.startswith(_OWN_READINGS):
        return name.split(" ", 1)[0].lower()
    if name.startswith("LATIN"):
        return "latin"
    return "other"


def detect_script(text: str) -> str:
    """The main script of ``text``: latin, hangul, arabic, cyrillic, han, devanagari, greek,
    armenian, georgian or other."""
    counts: dict[str, int] = {}
    for ch in text:
        script = script_of(ch)
        if script is not None:
            counts[script] = counts.get(script, 0) + 1
    if not counts:
        return "latin"
    non_latin = {k: v for k, v in counts.items() if k != "latin"}
    if not non_latin:
        return "latin"
    return max(non_latin.items(), key=lambda kv: kv[1])[0]


def script_runs(text: str) -> list[str]:
    """The two runs of ``text`` written in one script each, when it is a name in one script
    and then another ("Kim Jong-un 김정은" -> "Kim Jong-un", "김정은"); ``[]`` when it is
    written in one, when the scripts alternate (a name with a word of another script
    inside is one name), or when they meet inside a word ("MBP软件网络有限公司" is one firm's
    name: MBP alone is none). Marks, spaces and punctuation stay with the run they follow."""
    if text.isascii():
        return []
    runs: list[tuple[str, list[str]]] = []
    for ch in text:
        script = script_of(ch)
        if script == "other" and unicodedata.name(ch, "").startswith(("HIRAGANA", "KATAKANA")):
            script = "han"  # Japanese writes one name in kanji and kana: 近藤 あすか
        if script is not None and (not runs or runs[-1][0] != script):
            runs.append((script, []))
        if runs:
            runs[-1][1].append(ch)
    if len(runs) != 2:  # one script, or scripts interleaved ("Тягнибок, Килимник and Яценко")
        return []
    if runs[0][1][-1].isalnum():  # the scripts meet inside a word
        return []
    return [run for run in ("".join(chars).strip(" ,;-()") for _, chars in runs) if run]


def hangul_jamo(ch: str) -> tuple[int, int, int]:
    """A Hangul syllable's initial, medial and final letters, as numbers in Unicode's
    composition (19 initials, 21 medials, 28 finals, 0 for none)."""
    initial, rest = divmod(ord(ch) - _HANGUL_FIRST, 21 * 28)
    medial, final = divmod(rest, 28)
    return initial, medial, final


def _syllable(ch: str) -> str:
    initials, medials, finals, _, _ = _hangul_tables()
    initial, medial, final = hangul_jamo(ch)
    return initials[initial] + medials[medial] + finals[final]


_EU = 18  # the medial ㅡ, which Hangul writes between two consonants of a foreign word
_RIEUL = 5  # the initial ㄹ
_RIEUL_FINAL = 8
_SIOT = 9  # the initial ㅅ
_IEUNG = 11  # the initial ㅇ, silent
_PIEUP = 17  # the initial ㅍ
_EU_ALONE = {12: "z", 14: "ts"}  # 즈 and 츠 alone: z (Hughes 휴즈) and ts (Trotsky 트로츠키)
FOREIGN_WORD = 4  # a Hangul word of this many syllables is no Korean name (but a double
# family name's)


@cache
def _foreign_tables() -> tuple[list[str], list[str], list[str]]:
    data = datafiles.load_yaml("screening/hangul.yaml")["foreign"]
    return list(data["initials"]), list(data["medials"]), list(data["finals"])


def _foreign_word(word: str) -> str:
    """One Hangul word read as a foreign name written by the loanword rules."""
    initials, medials, finals = _foreign_tables()
    out: list[str] = []
    parts = [hangul_jamo(ch) for ch in word]
    for n, (initial, medial, final) in enumerate(parts):
        consonant = initials[initial]
        vowel = medials[medial]
        previous_final = parts[n - 1][2] if n else 0
        next_initial = parts[n + 1][0] if n + 1 < len(parts) else None
        if initial == _RIEUL and previous_final == _RIEUL_FINAL:
            consonant = ""  # 알렉 is "alek": a foreign l between vowels is written ㄹㄹ
        if initial == _SIOT and vowel.startswith("y"):
            consonant, vowel = "sh", vowel[1:]  # 셴 shen, 샤 sha
        elif initial == _SIOT and vowel == "i":
            consonant = "sh"  # 시 is said shi: 알바시르 Al-Bashir
        if medial == _EU and not final:
            consonant = _EU_ALONE.get(initial, consonant)  # 츠 ts, 즈 z
            if initial == _PIEUP and next_initial is None:
                consonant = "v"  # a final 프 is a Slavic -v: 메드베데프 Medvedev, 레프 Lev
        elif medial == _EU and final == _RIEUL_FINAL and next_initial == _RIEUL:
            vowel = ""  # 블라 bla: a cluster before l
        elif medial == _EU:
            vowel = "" if not out and initial == _IEUNG else "u"  # 응게마 nguema, 음바 mba
        out.append(consonant + vowel + finals[final])
    return "".join(out)


def foreign_hangul(text: str) -> str | None:
    """A name in Hangul read as a foreign name written by the Korean rules for loanwords
    (``hangul.yaml``: "드미트리 메드베데프" dmitri medbedev), or None when no word looks
    foreign: none has a syllable of ㅡ alone (드, 르, 스: the vowel Hangul puts between
    consonants, which Korean names seldom have) or :data:`FOREIGN_WORD` syllables (not a
    double family name's), and the name has the words of a Korean one (:func:`_many_words`)."""
    words = text.split()
    if not words or not all(_HANGUL_FIRST <= ord(ch) <= _HANGUL_LAST for w in words for ch in w):
        return None
    if not any(map(looks_foreign, words)) and not _many_words(words):
        return None
    return " ".join(_foreign_word(w) for w in words)


def _many_words(words: list[str]) -> bool:
    """Whether a Hangul name has more words, or longer ones, than a Korean name: a Korean
    name has one word (김정은) or two, a family name of one syllable or two and a given name
    of one or two (김 정은, 남궁 민수), or its syllables spaced (김 정 은); "오사마 빈 라덴" is
    Osama bin Laden, "이고리 세친" Igor Sechin."""
    if len(words) >= 3:
        return any(len(w) > 1 for w in words)
    return len(words) == 2 and min(map(len, words)) >= 2 and max(map(len, words)) >= 3


def looks_foreign(word: str) -> bool:
    """Whether a Hangul word has a syllable of ㅡ alone or many syllables (not a double
    family name's): :func:`foreign_hangul`."""
    if len(word) >= FOREIGN_WORD and word[:2] not in _hangul_tables()[3]:
        return True
    return any(_eu_alone(ch) for ch in word)


def _eu_alone(ch: str) -> bool:
    """Whether a Hangul syllable is ㅡ without a final: the vowel put between consonants."""
    _, medial, final = hangul_jamo(ch)
    return medial == _EU and not final


_KATAKANA = re.compile(r"^[\u30a0-\u30ff\s・＝=]+$")
_KANA_WORDS = re.compile("[・＝=゠]")  # the dot between words, the double hyphen in one
# Reading back the vowels Japanese puts after a foreign consonant (katakana has no consonant
# alone): a final -fu is the -v of a Russian name (ウマロフ umarofu, Umarov); u after a
# consonant before another or at a word's end is none (クリムキン kurimukin, Klimkin; ムニョス
# munyosu, Munyos); o after t or d before r is none (トランプ toranpu, Trump), and before any
# consonant but in a word's first syllable and before the final -v of -tov, -dov
# (メドヴェージェフ medovejefu, Medvedev; ドナルド Donald, モロトフ Molotov keep their o); a
# final -tchi or -chi is the -ch of a Slavic -ić (ジョルジヴィッチ, Djordjevich); n before m
# is m (ムハンマド muhammad).
_KANA_FOLDS = (
    (re.compile(r"u~(?=[aeio])"), ""),  # ヴェ "vu~e": ve
    (re.compile(r"[~']"), ""),
    (re.compile(r"fu\b"), "v"),
    (re.compile(r"(?<=[td])o(?=r[aeio])"), ""),
    # メドヴェージェフ medvejev; not before a final -v: the -tov, -dov of a Russian name
    # (モロトフ molotov, ハズブラートフ khasbulatov)
    (re.compile(r"(?<=\w[td])o(?=[bcdfghjklmnpstwz]|v(?!\b))"), ""),
    (re.compile(r"t?chi\b"), "ch"),
    (re.compile(r"(?<=\w)n(?=m)"), "m"),  # ンマ: ムハンマド muhammad (not ンベ: Rotenberg)
)
# ... and a u after a consonant, before another or at the end: in a word's first syllable
# only before r (クリムキン Klimkin, but ムニョス Munyos, プーチン Puchin)
_KANA_U = re.compile(r"(?<=[bdfgkmprsz])u(?=[bcdfghjklmnprstvwz]|$)")
_KANA_FIRST_U = re.compile(r"^((?:[bdfgkmpsz]|ts))u(?=r)")


def foreign_katakana(text: str) -> str | None:
    """A name in katakana read back as a foreign name (Japanese writes foreign names so,
    and banks in Japan hold customers' names in kana): ICU's Hepburn reading without the
    vowels katakana adds after consonants (:data:`_KANA_FOLDS`: "ウマロフ" umarov, "クリム
    キン" krimkin, "チェルヴェンコフ" chervenkov); None for a name not all in katakana."""
    if not _KATAKANA.match(text) or not any("\u30a1" <= ch <= "\u30fa" for ch in text):
        return None
    hepburn = str(icu_transform("katakana").transliterate(_KANA_WORDS.sub(" ", text)))
    # a long u (ー) is said, not added: アブー abu; kept from the folds in capitals
    latin = str(icu_transform("latin").transliterate(hepburn.replace("ū", "U")))
    for pattern, replacement in _KANA_FOLDS:
        latin = pattern.sub(replacement, latin)
    return " ".join(map(_kana_word, latin.split())).lower()


# How Greek writes the sounds of foreign names it has no letter for: b as mp (mp at a word's
# end), d as nt, g as gk, j as tz, ch as ts, u as ou (Ομπάμα Obama, Τραμπ Trump, Βλαντίμιρ
# Vladimir, Ρότενμπεργκ Rotenberg, Τζον John, Μιτς Mitch, Πούτιν Putin); BGN reads them as a
# Greek name's (Ombama, Vlandimir).
_GREEK_FOREIGN = (
    (re.compile(r"μπ\b"), "mp"),
    (re.compile("μπ"), "b"),
    (re.compile("ντ"), "d"),
    (re.compile("γκ"), "g"),
    (re.compile("τζ"), "j"),
    (re.compile("τ[σς]"), "ch"),
    (re.compile("ου"), "u"),
)
_GREEK = re.compile(r"^[\u0370-\u03ff\u1f00-\u1fff\s.'-]+$")


# An acute on the first vowel of αι, ει, οι parts the two (Σεργκέι Sergei, not "sergi";
# Μάικλ Maikl): kept there, as the transliteration then reads them apart
_ACUTE_DIGRAPH = re.compile("([αεο])\u0301(?=[ιυ])")
_KEEP = "\u2060"  # a word joiner holds the kept acute's place while the marks are dropped


def _greek_bare(text: str) -> str:
    """Greek text in lower case without its marks, but an acute that parts a digraph."""
    marked = _ACUTE_DIGRAPH.sub("\\1" + _KEEP, unicodedata.normalize("NFD", text.lower()))
    bare = "".join(ch for ch in marked if not unicodedata.combining(ch))
    return unicodedata.normalize("NFC", bare.replace(_KEEP, "\u0301"))


def foreign_greek(text: str) -> str | None:
    """A name in Greek letters read as a foreign name Greek writes (:data:`_GREEK_FOREIGN`:
    "Βλαντίμιρ Πούτιν" vladimir putin), or None when it is not all Greek or has none of
    those letter pairs."""
    if not _GREEK.match(text):
        return None
    bare = _greek_bare(text)
    read = bare
    for pattern, latin in _GREEK_FOREIGN:
        read = pattern.sub(latin, read)
    if read == bare:
        return None
    return str(icu_transform("greek").transliterate(_FRONT_GAMMA.sub("g", read)))


_GEORGIAN = re.compile(r"^[\u10a0-\u10ff\u1c90-\u1cbf\s.'-]+$")
# the last word's -i after a consonant, but for the endings of Georgia's own family names
# (-shvili, -ani, -iani, -eli, -uli, -uri: Saakashvili, Jaiani, Tsereteli)
_NOMINATIVE_I = re.compile(r"(?<=\w\w[bcdfghjkmnpqrstvwxz])(?<![aeu]l)(?<!an)(?<!ur)i$")


def foreign_georgian(text: str) -> str | None:
    """A name in Georgian letters without the nominative -i Georgian adds to the last word
    of a name ending in a consonant ("ვლადიმერ პუტინი" vladimer putin, Putin; "სერგეი
    ლავროვი" sergei lavrov), or None when it is not all Georgian or its last word does not
    end so (სააკაშვილი Saakashvili, ჯაიანი Jaiani)."""
    if not _GEORGIAN.match(text):
        return None
    latin = str(icu_transform("georgian").transliterate(text)).replace("'", "").strip()
    read = _NOMINATIVE_I.sub("", latin)
    return read if read != latin else None


def _kana_word(word: str) -> str:
    """A word of :func:`foreign_katakana` without the u katakana adds after a consonant."""
    word = _KANA_FIRST_U.sub(r"\1", word)
    first = next((i for i, ch in enumerate(word) if ch in "aeiou"), len(word))
    return word[: first + 1] + _KANA_U.sub("", word[first + 1 :])


# A Korean name in hanja as the ones to read so: three characters, a family name and a given
# name of two, unspaced or spaced after the family name (金正恩, 金 正恩). Two-character names
# are most often Chinese (潘云 "pan un" met the OFAC alias Pan), and Japanese ones are not
# read so at all (中島 英樹 is no Korean name).
_HANJA_NAME = re.compile(r"^\s*(\S)\s?(\S\S)\s*$")


@cache
def _hanja_table() -> dict[str, tuple[str, str]]:
    """Each Han character -> its Korean reading and its reading as a family name (Hangul)."""
    table: dict[str, tuple[str, str]] = {}
    for line in datafiles.open_text("screening/hanja.tsv"):
        ch, given, *family = line.rstrip("\n").split("\t")
        table[ch] = (given, family[0] if family else given)
    return table


SINO_KOREAN_CHARACTERS = 4  # a syllable that reads fewer characters is rare in names


@cache
def sino_korean_syllables() -> frozenset[str]:
    """The Hangul syllables Korean reads many Chinese characters with (``hanja.tsv``: at
    least :data:`SINO_KOREAN_CHARACTERS`): a Korean name is written in them; one that has
    another transcribes a foreign name (핑, 쩌 and 팡 read none; 쉬 three, 훙 one)."""
    counts = Counter(reading for pair in _hanja_table().values() for reading in set(pair))
    return frozenset(s for s, n in counts.items() if n >= SINO_KOREAN_CHARACTERS)


def hanja_reading(text: str) -> str | None:
    """A name in Han characters read as Korean reads them (hanja, ``hanja.tsv``, from the
    Unicode Han Database), in Hangul: "金正恩" 김정은 (Kim Jong Un, not Pinyin's jin zheng en),
    "金铁三" 김철삼, simplified characters as their traditional forms; the first character
    by its reading as a family name (金 김, not 금). None for a text that is not a name of
    three characters (:data:`_HANJA_NAME`) all read so."""
    m = _HANJA_NAME.match(text)
    if m is None:
        return None
    chars = m.group(1) + m.group(2)
    if any(script_of(ch) != "han" for ch in chars):
        return None
    table = _hanja_table()
    if any(ch not in table for ch in chars):
        return None
    return table[chars[0]][1] + "".join(table[ch][0] for ch in chars[1:])


# Japanese firms' legal forms (株式会社 Kabushiki Kaisha...): a Japanese name, not a Korean one
_JAPANESE_FIRM = re.compile("[株有合][式限同資名]会社")


def hanja_organisation(text: str) -> str | None:
    """A body's name in Chinese characters read as Korean reads them, in Hangul, when that
    names a Korean body (a marker of ``organisation_words.yaml``'s Hangul: 회사, 은행, 총국):
    the DPRK's bodies as Chinese records write them, "端川商业银行" 단천상업은행 (TANCHON
    COMMERCIAL BANK), "侦察总局" 정찰총국 (RECONNAISSANCE GENERAL BUREAU), simplified
    characters as their traditional forms (``hanja.tsv``). None for a text with a character
    no reading gives (矿, whose traditional 礦 Korean writes 鑛), not in Han alone
    (:func:`han_only`), or a Japanese firm's (株式会社岡田情報)."""
    if not han_only(text) or _JAPANESE_FIRM.search(text):
        return None
    table = _hanja_table()
    out: list[str] = []
    for ch in text:
        if script_of(ch) != "han":
            out.append(ch)
            continue
        reading = table.get(ch)
        if reading is None:
            return None
        out.append(reading[0])
    hangul = "".join(out)
    return hangul if common_words_in_english(hangul, "hangul") is not None else None


# A number and the counter after it, 호 (a ship's or a series' number, "지성6호" JI SONG 6) or
# 세 (a ruler's, "루트비히 1세" Ludwig I): the number alone, a word of its own
_COUNTED = re.compile(r"\s*(\d+)\s*[호세](?![\uac00-\ud7a3])")


@cache
def _hangul_titles() -> frozenset[str]:
    return frozenset(datafiles.load_yaml("screening/hangul.yaml")["titles"])


def _without_titles(words: list[str]) -> list[str]:
    """A name's words without the titles that follow it (김정은 동지, 김철수 박사), unless
    nothing else is left."""
    titles = _hangul_titles()
    named = [w for w in words if w not in titles]
    return named or words


def romanize_hangul(text: str) -> str:
    """Hangul to Latin in McCune-Reischauer as the UN writes it ("김정은" -> "kim jong un");
    a title after the name left out ("김정은 동지", Comrade Kim Jong Un)."""
    _, _, _, double, surnames = _hangul_tables()
    words: list[str] = []
    for word in _without_titles(_COUNTED.sub(r" \1 ", text).split()):
        syllables = [ch for ch in word if _HANGUL_FIRST <= ord(ch) <= _HANGUL_LAST]
        if len(syllables) != len(word):
            words.append(word)
            continue
        surname_len = 2 if len(word) >= 3 and word[:2] in double else 1
        if len(word) >= 2:
            family = word[:surname_len]
            words.append(surnames.get(family) or "".join(_syllable(c) for c in family))
            words.extend(_syllable(c) for c in word[surname_len:])
        else:
            words.append(_syllable(word))
    return " ".join(words)


# A number in Chinese characters (or digits) after 第 (the ordinal: 第十八星風丸, No. 18) or
# before the counter 号 (a ship's or a series' number: 光明3号): the number alone, in digits
_HAN_DIGITS = dict(
    zip("〇零一二两三四五六七八九", (0, 0, 1, 2, 2, 3, 4, 5, 6, 7, 8, 9), strict=True)
)
_HAN_UNITS = {"十": 10, "百": 100, "千": 1000}
_HAN_NUMERAL = f"[\\d{''.join(_HAN_DIGITS)}十百千]+"
_HAN_COUNTED = re.compile(f"第({_HAN_NUMERAL})|({_HAN_NUMERAL})[号號]")
MAX_UNIT_NUMERAL = 100  # a numeral with units (十百千) longer than this is no number: kept


def _han_number(numeral: str) -> str:
    """A number written in Chinese characters or digits, in ASCII digits: 十八 18, 一百零五
    105, 一〇一 101 (a numeral of many digits as long as it is: Python's int would refuse
    more than 4,300)."""
    if not any(ch in _HAN_UNITS for ch in numeral):  # digit by digit: 一〇一, or digits of
        # any script
        digits = (_HAN_DIGITS[ch] if ch in _HAN_DIGITS else unicodedata.digit(ch) for ch in numeral)
        return "".join(map(str, digits)).lstrip("0") or "0"
    if len(numeral) > MAX_UNIT_NUMERAL:
        return numeral
    total = current = 0
    for ch in numeral:
        if ch in _HAN_UNITS:
            total += (current or 1) * _HAN_UNITS[ch]
            current = 0
        elif ch.isdigit():
            current = current * 10 + int(ch)
        else:
            current = _HAN_DIGITS[ch]
    return str(total + current)


# SERA writes the first order of ሀ ሐ ኀ and of አ ዐ he, He, `e, 'e: said a; then its letters
# for sounds Latin writes with two (c ch, x sh: ቸ, ሸ), its capitals and its marks as the
# names are written.
_SERA_LARYNGEAL = re.compile(r"[hH]e|[`']e")
_SERA_LETTERS = str.maketrans(
    {"c": "ch", "x": "sh", "S": "ts", "C": "ch", "T": "t", "P": "p", "Q": "q", "K": "kh",
     "H": "h", "E": "e", "Z": "zh", "N": "ny", "`": None, "'": None}
)  # fmt: skip


def _ethiopic_to_latin(text: str) -> str:
    """A name in the Ethiopic script as Amharic and Tigrinya names are written in Latin."""
    sera = str(icu_transform("ethiopic").transliterate(text))
    sera = _SERA_LARYNGEAL.sub(lambda m: "ha" if m.group()[0] in "hH" else "a", sera)
    return sera.translate(_SERA_LETTERS).lower()


_HANGUL_ORDINAL = re.compile("제(?=[0-9])")  # 제 before a number makes it an ordinal


@lru_cache(maxsize=200_000)
def to_latin(text: str) -> tuple[str, str]:
    """``text`` in Latin letters (accents kept where the source has them) and the method used."""
    text = text.translate(_latin_letters())
    script = detect_script(text)
    if script == "latin":
        return str(icu_transform("latin").transliterate(text)), METHODS["latin"]
    if script == "hangul":
        text = _HANGUL_ORDINAL.sub(" ", text)  # 제2자연과학원: the 2nd (SECOND ACADEMY...)
        romanised = romanize_hangul(common_words_in_english(text, script) or text)
        if any(script_of(ch) not in (None, "latin") for ch in romanised):
            romanised = icu_transform("other").transliterate(romanised)
        return romanised, METHODS["hangul"]
    if script == "arabic":
        return _arabic_to_latin(text), METHODS[script]
    if script in _INDIC:
        return _indic_to_latin(text, script), METHODS[script]
    if script == "myanmar":
        return burmese_to_latin(common_words_in_english(text, script) or text), METHODS[script]
    if script == "ethiopic":
        return _ethiopic_to_latin(text), METHODS[script]
    if script == "cyrillic":
        # BGN writes the hard sign as a double quote, and a middle dot between letters that
        # would read as one (т с, ш ч): marks inside the word, not spaces. "Объединенная" is
        # Ob"yedinennaya, "Советская" Sovet·skaya: the lists write Obyedinennaya, Sovetskaya.
        system = "ukrainian" if _ukrainian(text) else _south_slavic(text) or script
        if system == script and _belarusian(text):
            text = text.translate(_cyrillic_letters("belarusian"))
        elif system == script:
            text = _bulgarian(text) or text
        elif system == "serbian":  # ђ is đ, which ASCII writes dj (Đorđe Djordje)
            text = text.replace("ђ", "дј").replace("Ђ", "Дј")
        latin = icu_transform(system).transliterate(text.translate(_cyrillic_letters()))
        return str(latin).replace('"', "").replace("·", ""), METHODS[script]
    if script == "han":
        text = common_words_in_english(text, script) or text
        text = _HAN_COUNTED.sub(lambda m: f" {_han_number(m[1] or m[2])} ", text)
    if script == "greek":
        text = _FRONT_GAMMA.sub(lambda m: "G" if m.group() == "Γ" else "g", text)
    return str(icu_transform(script).transliterate(text)), METHODS[script]
