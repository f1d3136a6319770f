"""Name-part alignment: how well two names agree, part by part, and why.

Each part of the query is paired with at most one part of the candidate (any order, so
"Kim Jong Un" and "Un, Kim Jong" align fully). Two adjacent parts, or three short ones, may
pair with one part written as a single word ("Jong Un" / "Jongun", "Abd Allah" /
"Abdallah", "Nam Chon Gang" / "Namchongang"). A pair's
similarity comes from the best of these methods, each named in the explanation:

- ``exact`` (same token), ``variant`` (same canonical spelling in the variant tables),
- ``honorific`` (two different titles: "mullah" / "maulana", 0.7),
- ``nickname`` (a given name and its short form, :mod:`.nicknames`: "bill" / "william", 0.9),
- ``legal form`` (two legal forms of one kind of company or body: "ag" / "sa", "co" /
  "corp", "fdn" / "org"; :data:`LEGAL_FAMILY`),
- ``phonetic`` (same phonetic key), ``wade-giles`` (a Chinese name in Wade-Giles and in
  Pinyin: "tse tung" / "zedong", "hsueh" / "xue"; :mod:`.chinese`, 0.9), ``vowels`` (same
  consonants and vowel classes: "saqeb" / "saqib"; or an e for a or i inside the part:
  "aden" / "adan"), ``syllable`` (short parts, consonant voicing folded as Korean
  romanisations disagree on it: "gyu" / "kyu", "bom" / "pom", "je" / "che"), ``fuzzy``
  (optimal string alignment similarity, Levenshtein's with two adjacent letters swapped
  as one edit, as typists swap them: at least :data:`FUZZY_MIN` between keys of
  :data:`FUZZY_MIN_LEN` letters or more, Latin parts; two names of one word each but for
  legal forms, neither a number nor a given name the tables know, one edit apart, score
  :data:`ONE_EDIT_SIMILARITY`: "Feniks" / "Fenikw LLC", "Rambo" / "Rambot"),
- ``abjad`` (a part from the Arabic script and a Latin part with the same consonants and
  its written long vowels in order, for some reading of its letters: "aywb" / "ayyub",
  "dhakr" / "zakir"; see :func:`.keys.abjad_match`),
- ``skeleton`` (consonant skeletons alone, when a name came from the Arabic script),
- ``initial`` (an initial and a part starting with it; the full part counts as explained
  at :data:`INITIAL_FULL` only),
- ``joined`` (a run of parts of each name, spelt alike joined but split apart otherwise:
  "al fredyekatom" / "alfred yekatom", a name run together and read with a prefix);
- ``head alone``, in explanations only: a pair that does not count, the first word of a
  compound name ("abd") whose second word is unmatched (see below).

Two parts that the variant tables know as different names (Mahmud and Muhammad, Hasan and
Husayn, Khalid and Khalil) pair only by exact spelling or phonetic key, never by the looser
methods; nor does an honorific with a name one letter away, nor a Chinese syllable from Han
characters, nor two parts of Chinese names written in Pinyin (Zheng / Zhang,
:func:`~.chinese.pinyin_name`).

An Arabic-script part that ends in a written long vowel (the -i of a nisba, an alif
maqsura) never pairs with a Latin part ending in a consonant, nor the reverse: "محمدی"
Mohammadi is not Muhammad. The first word of a compound name ("Abd" of "Abd al-Rahman")
counts as explained only with the word it governs.

The name score is a weighted mean of how much of the query is explained and how much of the
candidate is; parts weigh by kind (particles, honorifics and legal forms weigh less), by
how rare they are in the list, and half when unexplained between explained parts (a middle
or father's name that an alias leaves out: "Ayman al-Zawahiri" for "Aiman Muhammed Rabi
al-Zawahiri"). A legal form that only one name gives weighs nothing when unexplained, an
honorific that only one name gives half, and so does a patronymic (Pavlovich, Aliyevna)
that only one name gives. A query of which nothing but particles, titles and legal forms
agree names nobody: it scores 0 ("Al Ltd" is not AL-BASHAIR TRADING COMPANY, LTD), and so
does a query of legal forms alone against a name with a word of its own ("Co. Ltd.", whose
first word is a name part, is not AL-BASHAAIR TRADING COMPANY, L TD). An
organisation's name whose rarest word the query leaves out, while every word it explains
is more common, scores at most :data:`GENERIC_ONLY`: "Shipping Company Ltd" gives the
common words of HADI SHIPPING COMPANY LIMITED, not its name.

Two names of syllables (Korean and Chinese names: a family name and a given name of one or
two syllables) score at most the share of the query explained: a query syllable left
unexplained makes another given name ("강미영" Kang Mi-yong is not KANG RYONG, "Ri Yoo-jin"
not RYU JIN), while a query that leaves out a listed syllable, the family name most often
("Young-Chul" for KIM YONG CHOL), still scores as any other name; unless it is written in
Han or Hangul, a whole name as its own script writes it, family name first: it scores at
most the share of the listed name explained too ("李成" Li Cheng is not Cheng Yu LI, "郭英"
Guo Ying not Guoying WANG; nor is "金" alone Jin RYU). Their given names' syllables keep
their order, the family name first or last: "김은정" Kim Un Jong is not Jong Un KIM
(:data:`OTHER_ORDER`).
"""

from __future__ import annotations

import copy
import itertools
import re
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from typing import Any

from rapidfuzz import fuzz
from rapidfuzz.distance import OSA

from unsc import datafiles
from unsc.screening.acronyms import (
    acronym_pairs,
    acronym_runs,
    acronym_similarity,
    least_spelled,
)
from unsc.screening.chinese import (
    WADE_GILES_SIMILARITY,
    cantonese_surname,
    pinyin_name,
    same_in_pinyin,
    wade_giles_name,
    wade_giles_reads,
)
from unsc.screening.countries import country_parts, location_words, place_kind, same_country
from unsc.screening.keys import (
    abjad_match,
    abjad_skeleton_match,
    arabic_readings,
    consonant_letters,
    e_vowels_match,
    h_readings,
    indonesian_agrees,
    j_agrees,
    j_read_as,
    phonetic,
    qaf_agrees,
    reading_skeletons,
    skeleton,
    slavic_name,
    spanish_agrees,
    sy_agrees,
    syllable,
    syllable_splits,
    syllables,
    tha_agrees,
    vowel_classes,
    yo_agrees,
)
from unsc.screening.nicknames import NICKNAME_SIMILARITY, given_names, same_nickname
from unsc.screening.normalize import (
    CYRILLIC_METHOD,
    HONORIFIC,
    INITIAL,
    LEGAL,
    NAME,
    NAMING,
    PARTICLE,
    SHORT_ROMAN_NUMERALS,
    NameForm,
    canonical_legal,
    descriptors,
    has_own_word,
    honorifics,
    joined,
    joined_runs,
    legal_families,
    legal_spelling,
    part_count,
    variant_table,
)
from unsc.screening.sexes import woman_and_man
from unsc.screening.transliterate import METHODS

__all__ = [
    "KIND_WEIGHTS",
    "QUERY_SHARE",
    "Aligner",
    "Alignment",
    "align",
    "given_name_alone",
    "kind_weights",
    "known_given_name",
    "one_given_name",
    "pair",
    "telling_part_count",
    "units",
]

KIND_WEIGHTS = {NAME: 1.0, PARTICLE: 0.15, HONORIFIC: 0.3, LEGAL: 0.4, INITIAL: 0.5}
QUERY_SHARE = 0.6  # weight of "query explained" against "candidate explained"
FAMILY_NAME_WEIGHT = 2.0  # the family name of a Korean name read from Hangul, times its kind
MIDDLE_WEIGHT = 0.5  # an unexplained part between explained ones weighs this much
LEGAL_FAMILY = 0.8  # two legal forms of one kind of company: AG / S.A., Co. / Corp.
COUNTRY_ADJECTIVE = 0.9  # a country and its adjective: Iran / Iranian
MIN_SIMILARITY = 0.7  # a pair below this is no pair
INITIAL_FULL = 0.5  # how much of a full part an initial explains ("A" for "Akhmedov")
ABJAD_QUERY, ABJAD_CANDIDATE, ABJAD_BOTH = 1, 2, 3  # which side came from the Arabic script
HAN, SAME_SCRIPT = 4, 8  # one side is Chinese; both sides are Han, or both Hangul
HAN_QUERY = 32768  # ... the query (else the candidate, when HAN is set)
HANGUL = 16  # one side was read from Hangul: whole syllables
HANGUL_QUERY = 4096  # ... the query (else the candidate, when HANGUL is set)
WHOLE = 32  # one name is all syllables (Korean, Chinese): its syllables are whole
ONE_WORD = 64  # both names one word (a firm, a vessel, a nickname): one edit apart is one
PINYIN = 128  # both Chinese names in Pinyin (:func:`~.chinese.pinyin_name`): a letter apart,
# another name
LONG = 256  # both names of LONG_NAME parts or more (particles aside): two known given names
# a letter apart pair by spelling distance, as one list's misspelling of the other's
LONG_NAME = 4
CANTONESE = 512  # one name Chinese, in Pinyin or Han: a family name may be written in
# Cantonese on the other side (:func:`~.chinese.cantonese_surname`)
CANTONESE_SIMILARITY = 0.9
FOREIGN_QUERY, FOREIGN_CANDIDATE = 1024, 2048  # one name romanised from a script that is no
# alphabet, the other written in Latin letters: a Latin part without a vowel there is an
# acronym (RGB, SSL) that no such romanisation writes, though an abjad's may look like one
# (Hebrew רגב "rgb" is Regev); an alphabet's acronym is one (Russian ФСБ, FSB)
CYRILLIC_QUERY, CYRILLIC_CANDIDATE = 8192, 16384  # one name read from the Cyrillic script,
# the other not: its g may be another language's h (:func:`~.keys.h_readings`)
SLAVIC = 65536  # two Latin names, one of Slavic form (:func:`~.keys.slavic_name`): either's
# g may be the other's h, as Russian and Ukrainian write one name (Grigorenko, Hryhorenko)
G_AS_H = CYRILLIC_QUERY | CYRILLIC_CANDIDATE | SLAVIC
WADE_QUERY, WADE_CANDIDATE = 131072, 262144  # one name Chinese in Wade-Giles, hyphenated
# (:func:`~.chinese.wade_giles_name`), the other in Pinyin: its syllables read as Wade-Giles
G_AS_H_SIMILARITY = 0.95
J_AS_Y_SIMILARITY = 0.93  # German, Dutch, Slavic j for y (:func:`~.keys.j_agrees`)
J_AS_KH_SIMILARITY = 0.9  # Spanish j for kh (:func:`_j_as_kh`)
SPELT_BY_EAR = 0.9  # one sound as Spanish spells it several ways, an Arabic name as
# Indonesian does (:func:`~.keys.spanish_agrees`, :func:`~.keys.indonesian_agrees`)
LATIN_METHODS = frozenset({"ascii", METHODS["latin"]})
ALPHABET_METHODS = LATIN_METHODS | {
    METHODS[script] for script in ("cyrillic", "greek", "armenian", "georgian")
}
SPELLED = 0.98  # a pair as written or by the variant tables
COUNTRY_ABSENT = 0.2  # share of its weight a country keeps in an organisation's name that the
# other name, naming none, leaves out (:func:`_countries_dropped`)
KUNYA = "abu"  # "father of", as the variant tables spell it: Abu Ahmad names many fathers
HAN_METHOD = METHODS["han"]
HANGUL_METHOD = METHODS["hangul"]
SCRIPT_METHODS = frozenset({HAN_METHOD, HANGUL_METHOD})
YO_AS_E_SIMILARITY = 0.95  # the Russian ё written yo and e (:func:`~.keys.yo_agrees`)
ONE_EDIT_SIMILARITY = 0.85  # two one-word names (ONE_WORD) one edit apart ...
ONE_EDIT_MIN_LEN = 5  # ... of this many letters or more
FUZZY_MIN = 0.8  # least OSA similarity of two keys for a fuzzy pair
FUZZY_MIN_LEN = 4  # shorter keys (Korean syllables, "kang"/"jang") pair only by variant


@dataclass(slots=True)
class Alignment:
    """The result of aligning two names."""

    score: float
    query_coverage: float
    candidate_coverage: float
    pairs: list[dict[str, Any]]
    cap: str | None = None  # why the score is held below what its parts give, if it is


def _similar(a: str, b: str) -> float:
    """OSA similarity of two keys (Levenshtein's, an adjacent swap one edit: "slaah" /
    "salah"), 0.0 when it cannot reach :data:`FUZZY_MIN`."""
    short, long = len(a), len(b)
    if short > long:
        short, long = long, short
    if short < FUZZY_MIN_LEN or short < FUZZY_MIN * long:
        return 0.0
    sim = OSA.normalized_similarity(a, b)
    return float(sim) if sim >= FUZZY_MIN - 1e-9 else 0.0


def _nisba(a: str, b: str) -> bool:
    """One part is the other with the nisba suffix -i: different names (Ahmad, Ahmadi)."""
    if len(a) > len(b):
        a, b = b, a
    return len(a) >= 3 and b.startswith(a) and b[len(a) :] in ("i", "y", "yi")


NISBA_UNKNOWN_MIN = 6  # letters of the shorter of two parts a nisba apart that neither the
# variant tables know: then rather one family name's spellings (Boulghit, BOULGHITI)


def _other_nisba(a: str, b: str, pa: str, pb: str) -> bool:
    """Whether one part is the other's nisba (:func:`_nisba`, by their phonetic keys) and so
    another name: when the tables know either (Ahmad, Ahmadi; Hassan, Hassani) or the
    shorter is short. Two long family names the tables do not know, a final -i apart, are
    one name's spellings, as the lists give them (BOUBEKEUR BOULGHITI, Boubakeur Boulghit)."""
    if not _nisba(pa, pb):
        return False
    variants = variant_table()
    return a in variants or b in variants or min(len(a), len(b)) < NISBA_UNKNOWN_MIN


def _silent_e(a: str, b: str) -> bool:
    """One part ends in a silent French e after a consonant, and without it has the other's
    consonants and vowel classes: Hissene / Hissein, Slimane / Sliman."""
    if a.endswith("e") == b.endswith("e"):
        return False
    if b.endswith("e"):
        a, b = b, a
    return len(a) >= 6 and a[-2] not in "aeiouy" and vowel_classes(a[:-1]) == vowel_classes(b)


_RR_VOWEL = re.compile("e[ou]")  # Revised Romanization's eo and eu


def _revised_vowels(a: str, b: str) -> bool:
    """Two syllables of which one writes a vowel as the Revised Romanization of Korean does,
    eo or eu where McCune-Reischauer writes o or u: with its voiced consonants, one letter
    longer (Gyeok / Kyok, Byeon / Pyon)."""
    return bool(_RR_VOWEL.search(a) or _RR_VOWEL.search(b)) and syllables((a, b))


def _syllables_agree(a: str, b: str) -> bool:
    """Two words of two or three romanised Korean syllables joined, each syllable the
    other's by the syllable key, Revised Romanization's eo and eu as McCune-Reischauer's o
    and u ("hungjin" / "heungjin", 흥진; "jongun" / "jeongeun"): a given name written as
    one word in one system, the other's syllables joined by the aligner."""
    if len(a) < 4 or len(b) < 4 or a == b:
        return False
    for parts in (2, 3):
        for x in syllable_splits(a, parts):
            keys = tuple(map(syllable, x))
            for y in syllable_splits(b, parts):
                if keys == tuple(map(syllable, y)) and all(
                    max(len(p), len(q)) <= 5 or _revised_vowels(p, q)
                    for p, q in zip(x, y, strict=True)
                ):
                    return True
    return False


def _joined_syllables(word: str) -> bool:
    """Whether a word is two or three romanised syllables joined ("daehun", "gyeonghui")."""
    return len(word) >= 4 and bool(syllable_splits(word, 2) or syllable_splits(word, 3))


def _lengths_agree(a: str, b: str) -> bool:
    """Whether two parts of one phonetic key are of lengths a spelling of one name may
    have: a short word is no acronym whose doubled letters the key folds (Si, SSSI), and
    one of two letters has the other's length (a firm's short name is another's a letter
    longer: HMM, HM; Is Bankasi, ISS; OQ, OCK)."""
    short = min(len(a), len(b))
    if short <= 2:
        return len(a) == len(b)
    return abs(len(a) - len(b)) <= max(1, short // 2)


_RR_EO = re.compile("eo(?!ng)")


def _written_u(a: str, b: str, flags: int) -> bool:
    """One syllable is the other with its vowel o written u, as Koreans write their ŏ (MR o, RR
    eo): 선 Sun, 건 Kun, 전 Chun (Sun Myung Moon, Lee Kun-hee, Chun Doo-hwan). The o is the
    Hangul side's (:data:`HANGUL`; 윤 Yun is not YO'N, 연), or RR's eo, which is ŏ alone, in
    names of syllables (:data:`WHOLE`: Leon Smith is not Lun Smith), but before ng, which the
    variant tables spell, as Cantonese writes it (Leong is not Lung). Between two names in MR,
    Son is also 손, which no one writes Sun."""
    if max(len(a), len(b)) > 6 or flags & SAME_SCRIPT:
        return False
    if flags & HANGUL:
        o_side, u_side = (a, b) if flags & HANGUL_QUERY else (b, a)
    elif _RR_EO.search(a):
        o_side, u_side = a, b
    elif _RR_EO.search(b):
        o_side, u_side = b, a
    else:
        return False
    fo, fu = syllable(o_side), syllable(u_side)
    # a closed syllable: an open one's u is written uh, as the variant tables spell it (서
    # Suh), and 수 su is another (이서영 is not Ri Su Yong)
    return (
        fo.count("o") == 1
        and not fo.endswith("o")
        and fo.replace("o", "u") == fu
        and syllables((fu,))
    )


def _j_as_kh(a: str, b: str) -> bool:
    """Whether one part writes j where the other writes kh, as Spanish writes the kha
    (Jaled, Khaled; Jamenei, Khamenei; Ajund, Akhund), and the j side with its j's read kh
    has the other's phonetic key (:func:`~.keys.j_read_as`). Not when the j side is a name
    the variant tables know, which is then another name (Jalil is not Khalil, Jan not Khan)."""
    j_side = j_read_as(a, b, "kh")
    return j_side is not None and j_side not in variant_table()


def _one_edit_past_first(a: str, b: str) -> bool:
    """Whether two words are one edit apart (:data:`ONE_EDIT_SIMILARITY`), not at the first
    letter, which is seldom typed wrong, unless it is swapped with the second (Nathea,
    ANTHEA): a family name alone is another firm's name one first letter apart (Morgan,
    TORGAN; Davis, NAVIS; Winter, INTER: 1,000 Faker names of each of 34 locales met 23 OFAC
    entries so)."""
    return (a[0] == b[0] or a[:2] == b[1::-1]) and OSA.distance(a, b) == 1


def _acronym_like(token: str, canon: str) -> bool:
    """A Latin part of two letters or more without a vowel that neither the variant tables
    spell out (RGB, SSL; not Mhd, Muhammad) nor is a legal form (Ltd)."""
    return (
        len(token) >= 2
        and token == canon
        and token.isalpha()
        and not any(v in token for v in "aeiouy")
        and canon not in legal_families()
    )


def _pair(a: str, ca: str, b: str, cb: str, flags: int) -> tuple[float, str]:
    if flags & G_AS_H:
        found = _letter_pair(a, ca, b, cb, flags & ~G_AS_H)
        if flags & (CYRILLIC_QUERY | SLAVIC):
            found = max(found, _g_as_h(a, b, cb, flags, query=True))
        if flags & (CYRILLIC_CANDIDATE | SLAVIC):
            found = max(found, _g_as_h(b, a, ca, flags, query=False))
        return found
    return _letter_pair(a, ca, b, cb, flags)


def _g_as_h(g_side: str, h_side: str, h_canon: str, flags: int, query: bool) -> tuple[float, str]:
    """A part with a g read h (:func:`~.keys.h_readings`), as Russian writes the h of other
    languages and Ukrainian its own (Гасан gasan, Hasan; Grigorenko, Hryhorenko), against
    another's with an h: :data:`G_AS_H_SIMILARITY` when a reading is the other's spelling,
    its variant or its phonetic key; not by the looser rules, which on top of it would pair
    other names (Гена gena, "hena", is not Hana). ``query``: whether the g side is the
    query's."""
    if "g" not in g_side or "h" not in h_side:
        return 0.0, "none"
    plain = flags & ~G_AS_H
    variants = variant_table()
    for reading in h_readings(g_side):
        canon = variants.get(reading, reading)
        if query:
            how = _letter_pair(reading, canon, h_side, h_canon, plain)[1]
        else:
            how = _letter_pair(h_side, h_canon, reading, canon, plain)[1]
        if how in _STRICT_METHODS:
            return G_AS_H_SIMILARITY, "g as h"
    return 0.0, "none"


_STRICT_METHODS = frozenset({"exact", "variant", "phonetic"})
_SPELT_METHODS = frozenset({"exact", "variant"})  # by spelling or the variant tables


PLURAL_SIMILARITY = 0.95
PLURAL_MIN = 5  # letters of the word without its s: "Alis" is no plural of Ali


def plural_of(word: str) -> str | None:
    """The word without an English plural's s ("houthis": houthi), when it then has
    :data:`PLURAL_MIN` letters or more, does not end in s itself and is no given name the
    tables know (Williams and Roberts are family names of their own, not William's and
    Robert's plurals); else None."""
    if len(word) > PLURAL_MIN and word[-1] == "s" and word[-2] != "s" and word.isalpha():
        singular = word[:-1]
        return None if known_given_name(singular) else singular
    return None


def _plural(a: str, b: str) -> bool:
    """Whether one part is the other with an English plural's s (houthis, houthi)."""
    return plural_of(a) == b or plural_of(b) == a


def _letter_pair(a: str, ca: str, b: str, cb: str, flags: int) -> tuple[float, str]:
    """:func:`_pair` of two parts as written."""
    abjad = flags & ABJAD_BOTH
    if (flags & FOREIGN_QUERY and _acronym_like(b, cb)) or (
        flags & FOREIGN_CANDIDATE and _acronym_like(a, ca)
    ):
        return 0.0, "none"
    if a == b:
        return 1.0, "exact"
    if ca == cb:
        return SPELLED, "variant"
    if not flags & (HANGUL | WHOLE | HAN | PINYIN) and (
        ca == canonical_legal(cb) or cb == canonical_legal(ca)
    ):  # a firm's first word, whole and short: International, Intl (not Nao, Ao: both JSC)
        return SPELLED, "variant"
    if a[-3:] in _PATRONYMIC_TAILS and b[-3:] in _PATRONYMIC_TAILS:
        names = patronymic_names(a)
        if names and not names.isdisjoint(patronymic_names(b)):
            return 0.95, "variant"  # Mykolaiovych, Nikolaevich
    if (a[-1] == "a") != (b[-1] == "a") and woman_and_man(a, b):  # Maria, Mario: two names,
        return 0.0, "none"  # as two the variant tables know apart
    family = legal_families().get(ca)
    if family is not None and family == legal_families().get(cb):  # AG and S.A.
        return LEGAL_FAMILY, "legal form"
    if same_country(ca, cb):  # Iran, Iranian
        return COUNTRY_ADJECTIVE, "country"
    if (
        (a[-1] == "s") != (b[-1] == "s")
        and not flags & (ABJAD_BOTH | HANGUL | HAN | SAME_SCRIPT)
        and _plural(a, b)
    ):
        return PLURAL_SIMILARITY, "plural"  # the Houthis, the Houthi movement
    if a.isdigit() or b.isdigit():  # numbers are equal or other: 1 is no initial of 11
        if SHORT_ROMAN_NUMERALS.get(a, a) == SHORT_ROMAN_NUMERALS.get(b, b):
            return SPELLED, "variant"  # ARGO I, ARGO 1: a letter the tables keep an initial
        return 0.0, "none"
    if len(a) == 1 or len(b) == 1:
        if a[:1] == b[:1] and (len(a) == 1) != (len(b) == 1):
            if flags & (HANGUL | WHOLE) and (a if len(a) == 1 else b) in "aeiou":
                return 0.0, "none"  # a syllable of Korean, no initial: O (오), not Ok (옥)
            return 0.9, "initial"
        return 0.0, "none"
    pa, pb = phonetic(ca), phonetic(cb)
    ra, rb = phonetic(a), phonetic(b)
    if (
        pa == pb
        or ra == rb
        or qaf_agrees(a, b)
        or tha_agrees(a, b)
        or (not abjad and sy_agrees(a, b))  # a reading's s and yeh are no sy (صیادی syady)
    ) and _lengths_agree(a, b):
        return 0.95, "phonetic"
    if (
        not flags & (ABJAD_BOTH | HANGUL | HAN | PINYIN | SAME_SCRIPT)
        and yo_agrees(a, b)
        and _lengths_agree(a, b)
    ):
        return YO_AS_E_SIMILARITY, "yo as e"  # Semyonov, SEMENOV
    if ("j" in a or "j" in b) and not flags & (ABJAD_BOTH | HANGUL | HAN | PINYIN | SAME_SCRIPT):
        if j_agrees(a, b) and _lengths_agree(a, b):
            return J_AS_Y_SIMILARITY, "j as y"  # Jahja, Yahya
        if _j_as_kh(a, b):
            return J_AS_KH_SIMILARITY, "j as kh"  # Jaled, Khaled
    if not flags & (SAME_SCRIPT | ABJAD_BOTH | HANGUL) and same_in_pinyin(a, b):
        return WADE_GILES_SIMILARITY, "wade-giles"  # Tse-tung, Zedong
    if flags & CANTONESE and not flags & SAME_SCRIPT and cantonese_surname(a, b):
        return CANTONESE_SIMILARITY, "cantonese"  # Chan Tai Man, 陈大文
    if flags & HAN and not flags & SAME_SCRIPT:  # Han read in Pinyin, the other Wade-Giles
        han, latin = (a, b) if flags & HAN_QUERY else (b, a)
        if wade_giles_reads(latin, han):  # 李登輝 li deng hui, Lee Teng-hui
            return WADE_GILES_SIMILARITY, "wade-giles"
    if flags & WADE_QUERY and wade_giles_reads(a, b):  # Wang Kuo-ying, Wang Guoying
        return WADE_GILES_SIMILARITY, "wade-giles"
    if flags & WADE_CANDIDATE and wade_giles_reads(b, a):
        return WADE_GILES_SIMILARITY, "wade-giles"
    # Two Han or two Hangul names: other characters, other names. A Han name against a Latin
    # one, or two names in Pinyin: Pinyin syllables a letter apart are other syllables (jing,
    # zheng; zhang, zhong).
    if flags & (SAME_SCRIPT | HAN | PINYIN):
        return 0.0, "none"
    titles = honorifics()
    a_title, b_title = ca in titles, cb in titles
    if a_title and b_title:  # two titles of the same kind of person
        return 0.7, "honorific"
    if not flags & (ABJAD_BOTH | HANGUL) and (
        same_nickname(a, b) or ((ca != a or cb != b) and same_nickname(ca, cb))
    ):  # Bill, William; Sasha, Aleksandr (and Alexander, by its canonical spelling); Johnny,
        # John: the nickname tables relate names the variant tables know apart
        return NICKNAME_SIMILARITY, "nickname"
    if flags & (HANGUL | WHOLE) and _written_u(a, b, flags):
        return 0.9, "syllable"
    if flags & (HANGUL | WHOLE) and _syllables_agree(a, b):
        return 0.9, "syllables"  # hungjin / heungjin: one's syllables joined, the other's run
    variants = variant_table()
    # Two known names, and not the same one; but in two long names, a letter apart, one may
    # be a list's misspelling of the other.
    known = a in variants and b in variants
    if known and (not flags & LONG or OSA.distance(a, b) != 1):
        return 0.0, "none"
    # Two names of one word: the vowel-class rules need the consonants nearly as written
    if min(len(a), len(b)) >= 4 and (
        not flags & ONE_WORD or consonant_letters(a) == consonant_letters(b)
    ):
        if vowel_classes(ca) == vowel_classes(cb):
            return 0.93, "vowels"
        if ("e" in ca or "e" in cb) and e_vowels_match(ca, cb):  # without an e: as above
            return 0.9, "vowels"
        if (
            (("e" in a and "e" not in ca) or ("e" in b and "e" not in cb))
            and not flags & HANGUL  # Korean syllables: Cheng is not Sang
            and e_vowels_match(a, b)
        ):
            return 0.9, "vowels"  # as written, when a canonical spelling lost the e (Emad)
        if _silent_e(ca, cb):
            return 0.9, "vowels"
    if syllable(ca) == syllable(cb) and (max(len(a), len(b)) <= 4 or _revised_vowels(a, b)):
        return 0.9, "syllable"
    best = 0.0
    # A nisba is another name (Ahmad, Ahmadi); an honorific is a closed word whose spellings
    # the tables list, so a name one letter away is another word (Maalim, Malik). A part
    # from the Arabic script lacks its short vowels: its letters are compared (abjad), not
    # its spelling (al-Ubaidi "abydy" is not Abdi).
    if abjad in (0, ABJAD_BOTH) and a_title == b_title and not _other_nisba(a, b, pa, pb):
        sim = _similar(pa, pb)
        if ra != pa or rb != pb:  # the spellings' own keys, when the canonical ones differ
            sim = max(sim, _similar(ra, rb))
        best = 0.95 * max(sim, _similar(a, b))
        one_word = flags & ONE_WORD and min(len(a), len(b)) >= ONE_EDIT_MIN_LEN
        if best and one_word and _one_edit_past_first(a, b):  # typed wrong: Feniks / Fenikw
            best = max(best, ONE_EDIT_SIMILARITY)
    how = "fuzzy" if best else "none"
    # Two Latin names written by ear (not Hangul syllables, Han or Pinyin, which returned
    # above, nor readings of the Arabic script), neither a title the other is not, as above
    # (Hajji is no Ajji, Sayyid no Zayyid)
    by_ear = not abjad and not flags & HANGUL and a_title == b_title
    if best < SPELT_BY_EAR and by_ear and len(a) >= 4 and len(b) >= 4:
        if spanish_agrees(a, b) and _lengths_agree(a, b):
            best, how = SPELT_BY_EAR, "spanish"  # Jerezano, Geresano
        elif indonesian_agrees(a, b):
            best, how = SPELT_BY_EAR, "indonesian"  # Rosyid, Rashid
    if abjad:
        best, how = max((best, how), _abjad_pair(a, ca, b, cb, abjad))
    return (best, how) if best >= MIN_SIMILARITY else (0.0, "none")


_CONSONANT_LETTERS = frozenset("bcdfghjklmnpqrstvxz")


def _final_long_vowel_differs(arabic: str, latin: str) -> bool:
    """The Arabic script writes a final long vowel (the -i of a nisba, the -a of an alif
    maqsura): "محمدی" Mohammadi is not Muhammad, nor "محمد" Mohammadi. One side ends in a
    consonant and a written -y, the other in a consonant."""
    if len(arabic) < 3 or len(latin) < 3:
        return False
    arabic_vowel = arabic[-1] == "y" and arabic[-2] in _CONSONANT_LETTERS
    latin_nisba = latin[-1] in "iy" and latin[-2] in _CONSONANT_LETTERS
    if arabic_vowel:
        return latin[-1] in _CONSONANT_LETTERS
    return latin_nisba and arabic[-1] in _CONSONANT_LETTERS


def _abjad_pair(a: str, ca: str, b: str, cb: str, abjad: int) -> tuple[float, str]:
    """Parts of which one or both came from the Arabic script (no short vowels): the Arabic
    part as romanised (its letters), the Latin part in canonical spelling."""
    if abjad == ABJAD_BOTH:  # both written in the script, with their long vowels
        same = not set(arabic_readings(a)).isdisjoint(arabic_readings(b))
        return (0.9 if same else 0.0), "abjad"  # a final heh or ta marbuta: Hamzah, Hamza
    arabic, latin = (a, cb) if abjad == ABJAD_QUERY else (b, ca)
    if _final_long_vowel_differs(arabic, latin):
        return 0.0, "none"
    sl, skeletons = skeleton(latin), reading_skeletons(arabic)
    if sl in skeletons:  # both tests below need the same skeleton
        if abjad_match(arabic, latin):
            return (0.93 if len(vowel_classes(arabic)) >= 4 else 0.88), "abjad"
        if abjad_skeleton_match(arabic, latin):
            return 0.75, "skeleton"
    return 0.85 * max(_similar(sk, sl) for sk in skeletons), "skeleton"


_PAIRS: dict[tuple[str, str, str, str, int], tuple[float, str]] = {}


def pair(a: str, ca: str, b: str, cb: str, abjad: int) -> tuple[float, str]:
    """Similarity of two name parts (spelling and canonical form) and the method that found it.

    ``abjad`` holds flags: which side came from the Arabic script (:data:`ABJAD_QUERY`,
    :data:`ABJAD_CANDIDATE`, both), :data:`HAN` (one side is Chinese: Pinyin syllables pair
    only by spelling, variant or phonetic key) and :data:`SAME_SCRIPT` (both Han or both
    Hangul: parts that differ in writing differ, however close their romanisations),
    :data:`PINYIN` (both Chinese names in Pinyin: so do their syllables a letter apart) and
    :data:`ONE_WORD` (both names are one word but for legal forms, neither a number nor a
    known given name, :func:`_one_word`: one edit apart scores :data:`ONE_EDIT_SIMILARITY`,
    "Feniks" / "Fenikw", where it would be another part of a longer name, "Nasir Nazari" is
    not Yasir al-Jazari, or another given name, Nasir / Nasim).

    Memoised: the same parts meet again and again across queries and entries.
    """
    key = (a, ca, b, cb, abjad)
    found = _PAIRS.get(key)
    if found is None:
        if len(_PAIRS) > 2_000_000:
            _PAIRS.clear()
        found = _PAIRS[key] = _pair(a, ca, b, cb, abjad)
    return found


Unit = tuple[tuple[int, ...], str, str, int, int]
QueryUnit = tuple[tuple[int, ...], str, str, int]  # part numbers, spelling, canonical, length
_UNITS: dict[tuple[str, tuple[str, ...]], list[Unit]] = {}


def units(form: NameForm) -> list[Unit]:
    """The parts of a name, then its runs of adjacent parts joined ("jong"+"un" -> "jongun",
    :func:`~unsc.screening.normalize.joined_runs`): (part numbers, spelling, canonical
    spelling, number of parts, length). Memoised by the name and its parts: one text reads
    as a person's and, its titles kept, as a vessel's (Marshal Zhukov)."""
    key = (form.text, form.tokens)
    found = _UNITS.get(key)
    if found is None:
        n = len(form.tokens)
        found = [((i,), form.tokens[i], form.canon[i], 1, len(form.tokens[i])) for i in range(n)]
        for run in joined_runs(form):
            word = "".join(form.tokens[i] for i in run)
            found.append((run, word, joined(form, run[0], len(run)), len(run), len(word)))
        if len(_UNITS) > 500_000:
            _UNITS.clear()
        _UNITS[key] = found
    return found


def _middle_left_out(sims: list[float], other: list[float], tokens: tuple[str, ...]) -> bool:
    """A name of three parts whose middle alone is unexplained, against another name all
    explained (which leaves the middle out rather than giving another: "Joseph Kony" for
    "Joseph Rao Kony", not "Vladimir Mikhailovich Novikov" for "Vladimir Nikolayevich
    Novikov"), and not all syllables (:func:`~.keys.syllables`: the middle of "Kim Yong Chol"
    is half of his given name)."""
    if sims[1] != 0.0 or sims[0] == 0.0 or sims[2] == 0.0 or not all(other):
        return False
    return not syllables(tokens)


def _coverage(
    weights: tuple[float, ...],
    sims: list[float],
    tokens: tuple[str, ...],
    other: list[float] | None = None,
    kinds: tuple[str, ...] = (),
) -> float:
    """The weighted share of a name explained by the pairs; an unexplained part between two
    explained ones (a father's or middle name, often left out of an alias) weighs
    :data:`MIDDLE_WEIGHT` of its weight, in a name of four parts or more, and in the query's
    name of three when the listed name leaves the middle out (``other``: the other name's
    similarities, :func:`_middle_left_out`). A listed name of three parts that a query
    gives two of keeps its middle's full weight: common given and family names would meet
    too many listed names so. When the listed name is all explained and leaves out the
    query's middle parts between two of its name parts, however many, they weigh together
    as the heaviest of them alone (Emmanuel Jean-Michel Frederic Macron is Emmanuel Macron);
    when it gives middle parts of its own, each counts (other fathers' names). A listed
    name's middle parts a query leaves out keep their weight each: a short query of common
    names would meet too many long listed names."""
    first, last = 0, -1
    if len(sims) >= 4:
        matched = [i for i, sim in enumerate(sims) if sim > 0.0]
        if matched:
            first, last = matched[0], matched[-1]
    elif other is not None and len(sims) == 3 and _middle_left_out(sims, other, tokens):
        first, last = 0, 2
    total = explained = 0.0
    if last - first < 2:  # no part between two explained ones
        for w, sim in zip(weights, sims, strict=True):
            total += w
            explained += w * sim
        return explained / total if total else 0.0
    left_out = bool(kinds) and other is not None and all(other)
    left_out = left_out and kinds[first] == NAME and kinds[last] == NAME
    middle = 0.0
    for i, (w, sim) in enumerate(zip(weights, sims, strict=True)):
        if sim == 0.0 and first < i < last:
            if left_out:
                middle = max(middle, w)
                continue
            w *= MIDDLE_WEIGHT
        total += w
        explained += w * sim
    total += MIDDLE_WEIGHT * middle
    return explained / total if total else 0.0


COMPOUND_HEADS = frozenset({"abd"})  # "Abd al-Rahman" is one name, "abd" its first word


def _heads_alone(form: NameForm, sims: list[float]) -> None:
    """Unexplain a compound name's first word whose complement (the next part that is not a
    particle) is unexplained: "Abd al-Rahman" and "Abd al-Aziz" share a word, not a name.
    (Kunyas, "Abu Bakr" and "Abu Hamza", are left alone: their aliases often keep "Abu" and
    change the rest.)"""
    canon, kinds = form.canon, form.kinds
    if COMPOUND_HEADS.isdisjoint(canon):
        return
    for i, head in enumerate(canon):
        if head in COMPOUND_HEADS and sims[i] > 0.0:
            j = i + 1
            while j < len(canon) and kinds[j] == PARTICLE:
                j += 1
            if j < len(canon) and sims[j] == 0.0:
                sims[i] = 0.0


@cache
def compound_given_heads() -> frozenset[str]:
    """The first words of Arabic compound given names, "X al-Y" (``titles.yaml``)."""
    return frozenset(datafiles.load_yaml("screening/titles.yaml")["compound_given_heads"])


def _article_complement(form: NameForm, i: int) -> int | None:
    """The part after "al" that follows part ``i``, a compound given name's first word
    (:func:`compound_given_heads`: "Saif al-Islam": Islam), or None."""
    canon, heads = form.canon, compound_given_heads()
    if (
        i + 2 < len(canon)
        and canon[i + 1] == "al"
        and form.kinds[i + 2] == NAME
        and (canon[i] in heads or form.tokens[i] in heads)
    ):
        return i + 2
    return None


def _compounds_differ(
    q: NameForm, q_sim: list[float], c: NameForm, c_sim: list[float], partner: dict[int, int]
) -> None:
    """Unexplain the first words of two compound given names of the form "X al-Y" that pair
    while their complements do not: Saif al-Arab and Saif al-Islam Qadhafi are brothers,
    not one man (the complement, a middle part, would otherwise weigh half)."""
    for i, j in partner.items():
        qi, cj = _article_complement(q, i), _article_complement(c, j)
        if qi is not None and cj is not None and q_sim[qi] == 0.0 and c_sim[cj] == 0.0:
            q_sim[i] = c_sim[j] = 0.0


_ABSENT = {LEGAL: 0.0, HONORIFIC: 0.5}  # share of its weight an unexplained part keeps


def _absent_dropped(
    weights: tuple[float, ...], kinds: tuple[str, ...], sims: list[float], other: tuple[str, ...]
) -> tuple[float, ...]:
    """The weights, the unexplained legal forms and honorifics of a kind the other name has
    none of made lighter: a legal form one name leaves out says nothing ("Namchongang Trading
    Co." is "Namchongang Trading"), a title half of what it says when given ("Maulavi Adam
    Khan" for "Adam Khan"; half, as Sayed or Amir may be a given name). A form or title the
    other name writes differently still counts in full."""
    if LEGAL not in kinds and HONORIFIC not in kinds:
        return weights
    return tuple(
        w * _ABSENT.get(kind, 1.0) if sim == 0.0 and kind not in other else w
        for w, kind, sim in zip(weights, kinds, sims, strict=True)
    )


def _own_acronym_dropped(
    form: NameForm, weights: tuple[float, ...], sims: list[float]
) -> tuple[float, ...]:
    """The weights, an unexplained acronym that the name gives of its own explained words
    weighing nothing: it says them again ("AIG - ARMAMENT INDUSTRIES GROUP" is ARMAMENT
    INDUSTRIES GROUP, :func:`~.acronyms.acronym_runs`)."""
    if len(form.tokens) < 4 or all(sims):
        return weights
    runs = acronym_runs(form)
    found = list(weights)
    for j, token in enumerate(form.tokens):
        run = runs.get(token) if sims[j] == 0.0 else None
        if run and j not in run and all(sims[i] > 0.0 for i in run):
            found[j] = 0.0
    return tuple(found)


def _place_words(form: NameForm) -> tuple[bool, ...]:
    """The words of a name that name a country (:func:`country_parts`), and in a name that
    says it is a body's (:func:`says_body`) a city, a province or a region too
    (:func:`~.countries.location_words`: TANCHON COMMERCIAL BANK PYONGYANG); not in a
    person's, whose family name may be a place's (Sören Hesse)."""
    return location_words(form.tokens) if says_body(form) else country_parts(form.tokens)


@lru_cache(maxsize=200_000)
def location_parts(form: NameForm) -> tuple[bool, ...]:
    """The country parts of a name (:func:`_place_words`) that say where a body is, not
    which: all but a country written just before a legal form, which names a subsidiary
    (Nakamura Precision Tooling Canada Ltd. is not Nakamura Precision Tooling Inc.).
    Memoised, as :func:`own_words`: asked of both names of every alignment of bodies."""
    countries = _place_words(form)
    found = list(countries)
    for i in range(len(found) - 2, -1, -1):  # from the end: a run of words is one country
        if countries[i] and (form.kinds[i + 1] == LEGAL or (countries[i + 1] and not found[i + 1])):
            found[i] = False
    return tuple(found)


@lru_cache(maxsize=200_000)
def own_words(form: NameForm) -> tuple[bool, ...]:
    """Which parts of an organisation's name are words of its own: name parts that are no
    legal form's spelling ("bank"), no word of what kind of body it is (:func:`descriptors`)
    and no country's name (:func:`country_parts`). Memoised: the scorer asks it of both
    names in several tests of every alignment of a body's name."""
    kinds, canon, tokens = form.kinds, form.canon, form.tokens
    countries = country_parts(tokens)
    generic = descriptors()
    return tuple(
        kinds[i] == NAME
        and not countries[i]
        and canon[i] not in generic
        and not legal_spelling(tokens[i])
        for i in range(len(tokens))
    )


def says_body(form: NameForm) -> bool:
    """Whether a name has a legal form or a word of what kind of body it is ("Bank",
    "Committee"): it is an organisation's."""
    generic = descriptors()
    return any(
        kind == LEGAL or legal_spelling(token) or canon in generic
        for kind, token, canon in zip(form.kinds, form.tokens, form.canon, strict=True)
    )


def a_body_named(form: NameForm) -> bool:
    """Whether a name is a body's and names it besides a country: it says so
    (:func:`says_body`), or has two words of its own (Soldiers of the Caliphate). A country
    is left out of such names only: "Cooper" is no RUSSIAN COPPER COMPANY, nor "Terry" IRAN
    TIRE, nor "Elisa Montenegro" ELLISSA GROUP."""
    return says_body(form) or sum(own_words(form)) >= 2


def _own_name_alone(q: NameForm, q_sim: list[float], c: NameForm, c_sim: list[float]) -> bool:
    """Whether name ``q`` is one word but for legal forms, spelt as the one word of its own
    that body's name ``c`` has besides a country: "Sberbank" and "ПАО Сбербанк" are
    SBERBANK OF RUSSIA, as "Sberbank Bank" would be (not by a word merely like it: "Cooper"
    is no RUSSIAN COPPER COMPANY). Either side may be the one word."""
    named = [sim for sim, kind in zip(q_sim, q.kinds, strict=True) if kind != LEGAL]
    if len(named) != 1 or named[0] < SPELLED or not any(location_parts(c)):
        return False
    own = [sim for sim, mine in zip(c_sim, own_words(c), strict=True) if mine]
    return len(own) == 1 and own[0] >= SPELLED


def runs_spelled(form: NameForm, kind: str | None) -> int | None:
    """The fewest letters of a listed acronym that a run of the query's parts may spell
    (:func:`~unsc.screening.acronyms.least_spelled`), or None: none for a person's name,
    nor for a query of no known kind that does not say it is a body's (:func:`says_body`,
    :func:`group_words`): the initials of a person's four names meet four-letter acronyms
    ("Nicolás Ildefonso Pastor Campos" is not NIPC, "Aldo de la Fuente Alejandro" not
    ALFA)."""
    least = least_spelled(kind)
    if kind is not None or says_body(form) or not group_words().isdisjoint(form.canon):
        return least
    return None


@cache
def group_words() -> frozenset[str]:
    """The words that say a name is a group's (``organisation_words.yaml``): Army, Front,
    Movement, Jaish."""
    return frozenset(datafiles.load_yaml("screening/organisation_words.yaml")["group_words"])


def _countries_dropped(
    form: NameForm,
    weights: tuple[float, ...],
    sims: list[float],
    other: NameForm,
    other_sims: list[float],
) -> tuple[float, ...]:
    """The weights, the unexplained countries of an organisation's name, and the particles
    before them, made lighter (:data:`COUNTRY_ABSENT`) when the other name gives no other
    country and a word of the name's own is explained: "Foreign Trade Bank of the DPRK" is
    the FOREIGN TRADE BANK, "Daesong Bank" KOREA DAESONG BANK. A country the other name gives
    differently still counts in full (ISIL in Yemen is not ISIL in Libya), as does a name
    whose own words are a country's."""
    countries = location_parts(form)
    if not any(countries) or any(
        country and sim == 0.0 for country, sim in zip(_place_words(other), other_sims, strict=True)
    ):
        return weights
    if not any(sim > 0.0 and own for sim, own in zip(sims, own_words(form), strict=True)):
        return weights
    dropped = [country and sim == 0.0 for country, sim in zip(countries, sims, strict=True)]
    for i in range(len(dropped) - 2, -1, -1):  # and the particles that lead to one: "of the"
        if dropped[i + 1] and form.kinds[i] == PARTICLE and sims[i] == 0.0:
            dropped[i] = True
    return tuple(
        w * COUNTRY_ABSENT if gone else w for w, gone in zip(weights, dropped, strict=True)
    )


SECTOR_ABSENT = 0.2  # share of its weight a word of what trade a body is in keeps when the
# other name is all explained without it (:func:`_sectors_dropped`)


@cache
def sector_words() -> frozenset[str]:
    """The words that say what trade a body is in (``organisation_words.yaml``): Oil,
    Shipping, Telecom."""
    return frozenset(datafiles.load_yaml("screening/organisation_words.yaml")["sectors"])


@cache
def _sector_and_group_words() -> frozenset[str]:
    return sector_words() | group_words()


def _sectors_dropped(
    form: NameForm,
    weights: tuple[float, ...],
    sims: list[float],
    other: NameForm,
    other_sims: list[float],
    spelled: bool = False,
    groups: bool = False,
) -> tuple[float, ...]:
    """The weights, the unexplained words of what trade a body is in made lighter
    (:data:`SECTOR_ABSENT`) when every name part of the other name is explained and a word of
    the name's own is: "Syriatel Mobile Telecom" is SYRIATEL, "Rosneft Oil Company" ROSNEFT.
    Where the other name has a word left over (KAVEH SHARGH STEEL CO. against Kaveh Shargh
    Trading), they count in full. ``spelled``: the other name's parts must be explained by
    spelling or the variant tables (a query that gives a listed body's name without its
    trade: Novikombank is JOINT STOCK COMMERCIAL BANK NOVIKOMBANK, Greene no GREEN SHIPPING
    LTD.). ``groups``: so are the words that say what kind of group a body is, against a
    name that says no kind of body (a query's "Houthi movement" is THE HOUTHIS; "Quds Force"
    is no AL-QUDS INTERNATIONAL FOUNDATION); not a listed name's, which are its own (Islam
    is no ARMY OF ISLAM)."""
    sectors = sector_words()
    if (
        groups
        and not group_words().isdisjoint(form.canon)
        and group_words().isdisjoint(other.canon)
        and not says_body(other)
    ):
        sectors = _sector_and_group_words()
    if sectors.isdisjoint(form.canon):
        return weights
    if any(
        sim == 0.0 and (kind == NAME or canon in sectors)
        for sim, kind, canon in zip(other_sims, other.kinds, other.canon, strict=True)
    ):  # a word of the other's own, or of its trade ("trading" may be a legal form's)
        return weights
    if spelled and any(
        0.0 < sim < SPELLED and kind == NAME
        for sim, kind in zip(other_sims, other.kinds, strict=True)
    ):
        return weights
    if not any(sim > 0.0 and own for sim, own in zip(sims, own_words(form), strict=True)):
        return weights
    return tuple(
        w * SECTOR_ABSENT if sim == 0.0 and canon in sectors else w
        for w, sim, canon in zip(weights, sims, form.canon, strict=True)
    )


# Slavic patronymics' endings, longest first: the father's name is what comes before
_PATRONYMIC_ENDINGS = sorted(
    ("ovich", "evich", "yevich", "ievich", "ovych", "evych", "iovych", "yovych", "ovna", "evna",
     "yevna", "ivna", "iivna", "yivna",
     "iovich", "yovich",  # Ukrainian ones written with Russian's -ich: Mikolayovich
     "avich", "auna", "euna"),  # Belarusian: Ryhoravich, Mikalaevich, Ryhorauna
    key=len,
    reverse=True,
)  # fmt: skip
_PATRONYMIC = re.compile(  # ... and Turkic ones (Ilham Heydar oglu Aliyev)
    rf"\w{{3,}}(?:{'|'.join([*_PATRONYMIC_ENDINGS, 'ogly', 'oglu', 'kyzy', 'qizi'])})$"
)
_PATRONYMIC_TAILS = frozenset(ending[-3:] for ending in _PATRONYMIC_ENDINGS)  # a quick test
PATRONYMIC_ABSENT = 0.5  # share of its weight a patronymic keeps when the other name has none


def _patronymic_dropped(
    weights: tuple[float, ...], tokens: tuple[str, ...], sims: list[float], other: tuple[str, ...]
) -> tuple[float, ...]:
    """The weights, an unexplained patronymic made lighter when the other name gives none:
    "Mikhail Matveev" leaves out the Pavlovich of "Mikhail Pavlovich MATVEEV". Two different
    patronymics still count in full (different fathers)."""
    mine = _patronymics(tokens)
    if not any(mine) or any(_patronymics(other)):
        return weights
    return tuple(
        w * PATRONYMIC_ABSENT if sim == 0.0 and is_patronymic else w
        for w, is_patronymic, sim in zip(weights, mine, sims, strict=True)
    )


_syllabic = lru_cache(maxsize=200_000)(syllables)


def _naming_words(form: NameForm) -> list[str]:
    return [t for t, k in zip(form.tokens, form.kinds, strict=True) if k in NAMING]


def known_given_name(word: str) -> bool:
    """Whether a word is a given name the tables know: the variant tables' or the English
    nickname table's (Nasir, Joseph, William)."""
    return word in variant_table() or word in given_names()


def _one_word(form: NameForm) -> bool:
    """Whether a name is one word but for legal forms and particles, neither a number (one
    digit off is another aircraft or vessel: YV2485, YV2487) nor a given name the tables
    know (Nasir and Nasim, Karim and Karin are two names), as a firm's, a vessel's or a
    nickname's is (Feniks, Rambo)."""
    words = _naming_words(form)
    if len(words) != 1 or not words[0].isalpha():
        return False
    return not known_given_name(words[0])


def _one_word_long(form: NameForm) -> bool:
    """Whether a person's name of one word is long enough for one edit to be a typo of it:
    a nickname of five letters one edit from a family name alone is most often another
    name (Patel, Pa'tek; Romero, Romeo; Sezer, Sever)."""
    return len(_naming_words(form)[0]) > ONE_EDIT_MIN_LEN


def _has_digit(word: str) -> bool:
    return not word.isalpha() and any(ch.isdigit() for ch in word)


def _numbers_differ(q: NameForm, q_sim: list[float], c: NameForm, c_sim: list[float]) -> bool:
    """Whether both names give a number and none of them agrees: another vessel or firm of
    a series (SAM JONG 1 and SAM JONG 2, Namisuke Maru No. 11 and No. 1)."""
    q_numbers = [sim for t, sim in zip(q.canon, q_sim, strict=True) if t.isdigit()]
    c_numbers = [sim for t, sim in zip(c.canon, c_sim, strict=True) if t.isdigit()]
    return bool(q_numbers and c_numbers) and not any(q_numbers) and not any(c_numbers)


def _number_left_out(q: NameForm, q_sim: list[float], c: NameForm, c_sim: list[float]) -> bool:
    """Whether one name ends in a number that the other, giving none, leaves out: another
    of a series, a sister ship (GULF SUNBIRD II is not GULF SUNBIRD, nor JI SONG 6 JI SONG)."""
    for form, sims, other in ((q, q_sim, c), (c, c_sim, q)):
        naming = [i for i, kind in enumerate(form.kinds) if kind in NAMING]
        if (
            len(naming) >= 2
            and form.canon[naming[-1]].isdigit()
            and sims[naming[-1]] == 0.0
            and not any(t.isdigit() for t in other.canon)
        ):
            return True
    return False


def _numbers_only(form: NameForm) -> bool:
    """Whether every naming part of a name is a number (OFAC's aliases 40, MS-13)."""
    return all(t.isdigit() for t, k in zip(form.canon, form.kinds, strict=True) if k in NAMING)


def given_name_alone(form: NameForm) -> bool:
    """Whether a name is at most one given name the tables know, but for titles, particles
    and legal forms, or a kunya of one: Hassan, Dr. Ibrahim, Mullah Nasir, Abu Ahmad."""
    words = _naming_words(form)
    if len(words) == 2 and variant_table().get(words[0]) == KUNYA:
        words = words[1:]
    return len(words) <= 1 and all(map(known_given_name, words))


def _telling_parts(form: NameForm) -> list[int]:
    """The parts of a name that tell who its bearer is: all but legal forms and particles (a
    particle of one letter is an initial read as one: "E." in E. Ali)."""
    return [
        i
        for i, (token, kind) in enumerate(zip(form.tokens, form.kinds, strict=True))
        if kind != LEGAL and (kind != PARTICLE or len(token) == 1)
    ]


def one_given_name(form: NameForm) -> bool:
    """Whether a name is one given name the tables know and nothing more but legal forms and
    particles (Thomas, Ibrahim LLC, Al Ali; not Hafiz Majid, Seyyed Hosseini or E. Ali, whose
    title or initial says more of its bearer, nor a kunya, Abu Hamza, by which its bearer is
    known)."""
    telling = _telling_parts(form)
    return (
        len(telling) == 1
        and form.kinds[telling[0]] == NAME
        and known_given_name(form.tokens[telling[0]])
    )


def telling_part_count(form: NameForm) -> int:
    """How many parts of a name tell who its bearer is (:func:`_telling_parts`): names,
    titles and initials."""
    return len(_telling_parts(form))


_SON_OF = frozenset({"bin", "ibn", "ben", "bn", "bint", "binti", "ould", "walad", "wuld"})
# ... and after it in Turkic names written apart (Ilham Heydar oglu Aliyev; Алиев Ильхам
# Гейдар оглы, "geydar ogly"; Famil Kamil Ogly SADYGOV)
_SON_OF_AFTER = frozenset({"oglu", "ogly", "oghlu", "ugli", "qizi", "kyzy", "gyzy", "uulu", "uly"})


@lru_cache(maxsize=200_000)
def _patronymics(tokens: tuple[str, ...]) -> tuple[bool, ...]:
    """Which parts of a name are patronymics (read once per name, not per alignment): a
    Slavic or Turkic one, an Arabic father's or forefather's name after "son of", or a Turkic
    one before it (Heydar oglu), but the last ("Usama ibn Muhammad ibn Awad ibn Ladin":
    Muhammad and Awad, not Ladin, the family name of Osama bin Laden)."""
    last = len(tokens) - 1
    return tuple(
        bool(_PATRONYMIC.match(t))
        or (0 < i < last and tokens[i - 1] in _SON_OF)
        or (0 < i < last and tokens[i + 1] in _SON_OF_AFTER)
        for i, t in enumerate(tokens)
    )


@lru_cache(maxsize=100_000)
def patronymic_names(word: str) -> frozenset[str]:
    """The canonical given names a Slavic patronymic is formed from, by the variant tables:
    Mykolaiovych (Ukrainian) and Nikolaevich (Russian) both of Nikolay, Volodymyrovych and
    Vladimirovich of Vladimir; empty for any other word."""
    variants = variant_table()
    for ending in _PATRONYMIC_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            stem = word[: -len(ending)]
            return frozenset(
                variants[name]
                for name in (stem, stem + "i", stem + "y", stem + "a")
                if name in variants
            )
    return frozenset()


def _flags(q: NameForm, c: NameForm) -> int:
    """The pairing flags of two names: which came from the Arabic script, Han, Hangul or
    Cyrillic, same script, a foreign script against Latin."""
    flags = (ABJAD_QUERY if q.abjad else 0) | (ABJAD_CANDIDATE if c.abjad else 0)
    if HAN_METHOD in (q.method, c.method):
        flags |= HAN | (HAN_QUERY if q.method == HAN_METHOD else 0)
    if HANGUL_METHOD in (q.method, c.method):
        flags |= HANGUL | (HANGUL_QUERY if q.method == HANGUL_METHOD else 0)
    if q.method == c.method and q.method in SCRIPT_METHODS:
        flags |= SAME_SCRIPT
    if (q.method == CYRILLIC_METHOD) != (c.method == CYRILLIC_METHOD):
        flags |= CYRILLIC_QUERY if q.method == CYRILLIC_METHOD else CYRILLIC_CANDIDATE
    if q.method in LATIN_METHODS and c.method not in ALPHABET_METHODS:
        flags |= FOREIGN_CANDIDATE
    elif c.method in LATIN_METHODS and q.method not in ALPHABET_METHODS:
        flags |= FOREIGN_QUERY
    return flags


Row = list[tuple[float, int, str, tuple[int, ...]]]
# a pair of runs of parts: -similarity, -parts paired, method, query parts, candidate parts
AlignPair = tuple[float, int, str, tuple[int, ...], tuple[int, ...]]


class Aligner:
    """Aligns one query name with many candidate names.

    The candidates of a query share its parts, so the same candidate part meets the same
    query parts again and again: the pairs one candidate part forms with every query part
    (a row) are computed once per query and reused. The scores are those of :func:`align`.
    ``kind``: the query's kind of entry, if known (a person's name has no acronym; see
    :func:`~unsc.screening.acronyms.least_spelled`). ``expands``: whether the query's parts
    pair as acronyms with runs of the candidate's and the other way; not for a query that is
    the acronym its own name gave in parentheses ("SPECIAL INDUSTRIES GROUP (SIG)": SIG is
    then known to stand for that name, not for SANAM INDUSTRIAL GROUP), which pairs as it is
    spelt.
    """

    __slots__ = (
        "_bare_word",
        "_chinese",
        "_chinese_pair",
        "_cut",
        "_eo",
        "_expands",
        "_flags",
        "_joined",
        "_joined_spelt",
        "_latin",
        "_least",
        "_legal_only",
        "_long",
        "_one_word",
        "_pinyin",
        "_place",
        "_rows",
        "_runs_least",
        "_single",
        "_slavic",
        "_syllabic",
        "_wade",
        "q",
        "weights",
    )

    def __init__(
        self,
        q: NameForm,
        q_weights: tuple[float, ...],
        kind: str | None = None,
        *,
        expands: bool = True,
    ) -> None:
        self.q = q
        self.weights = q_weights
        self._least = least_spelled(kind)
        self._expands = expands
        self._runs_least = runs_spelled(q, kind)
        found = units(q)
        self._single = [(qi, qt, qc, q_len) for qi, qt, qc, parts, q_len in found if parts == 1]
        self._joined = [(qi, qt, qc, q_len) for qi, qt, qc, parts, q_len in found if parts > 1]
        # the runs by their spelling joined, as written and canonical: ("w", "alfredyekatom")
        self._joined_spelt: dict[tuple[str, str], list[tuple[int, ...]]] = {}
        for qi, qt, qc, _ in self._joined:
            self._joined_spelt.setdefault(("w", qt), []).append(qi)
            self._joined_spelt.setdefault(("c", qc), []).append(qi)
        self._syllabic = _syllabic(q.tokens)
        self._one_word = _one_word(q)
        self._legal_only = not has_own_word(q)
        self._wade = q.method in LATIN_METHODS and wade_giles_name(q.text)
        self._pinyin = pinyin_name(q.tokens) and not self._wade
        self._chinese = pinyin_name(q.tokens) or q.method == HAN_METHOD
        self._chinese_pair = len(q.tokens) > 1  # a family name alone is no Cantonese pair
        self._long = part_count(q) >= LONG_NAME
        self._latin = q.method in LATIN_METHODS
        self._slavic = self._latin and slavic_name(q.tokens)
        self._eo = any(_RR_VOWEL.search(t) for t in q.tokens)
        self._cut = cut_parts(q) if self._latin else frozenset()
        self._place = place_kind(q.tokens)
        self._bare_word = (
            len(q.tokens) == 1
            and q.kinds[0] == NAME
            and len(q.tokens[0]) <= BARE_WORD_MAX
            and not says_body(q)
        )
        self._rows: dict[tuple[str, str, int, int, int], Row] = {}
        self._flags: dict[tuple[bool, str], int] = {}

    def _row(self, ct: str, cc: str, c_parts: int, c_len: int, flags: int) -> Row:
        """The query parts that candidate part ``ct`` pairs with: (-similarity, -number of
        parts paired on both sides, method, query part numbers): of two pairs equally
        similar, the one explaining more parts goes first ("el sheikh" with "elsheikh", not
        "el" with "el"). A joined word pairs only with a single part whose length is close
        (:func:`_joined_slack`); by a method other than spelling or the variant tables at
        0.97 of its similarity, and never when a name was read from Hangul or either name is
        all syllables (:data:`WHOLE`: its syllables are whole: 미영 "mi yong" is not 명
        "myong", nor "ri yoo" Ryu), unless read syllable by syllable in another system
        ("tse tung" / "zedong")."""
        row: Row = []
        whole = flags & (HANGUL | WHOLE)
        if flags & WHOLE and not (self._eo or _RR_VOWEL.search(ct) or _joined_syllables(ct)):
            # WHOLE matters to RR's eo and eu (_written_u) and to syllables joined
            # (_syllables_agree) alone: given to the others, it would only split the memo of
            # their pairs
            flags &= ~WHOLE
        # LONG matters to two known names alone: given to the others, it would only split
        # the memo of their pairs in two
        variants = variant_table()
        long_known = flags & LONG and ct in variants
        flags &= ~LONG
        memo = _PAIRS
        groups: tuple[tuple[list[QueryUnit], bool], ...] = (
            ((self._single, True),)
            if c_parts > 1
            else ((self._single, False), (self._joined, True))
        )
        for group, across in groups:
            for qi, qt, qc, q_len in group:
                if across and abs(c_len - q_len) > _joined_slack(q_len, c_len, flags):
                    continue
                f = flags | LONG if long_known and qt in variants else flags
                found = memo.get((qt, qc, ct, cc, f))
                if found is None:
                    found = pair(qt, qc, ct, cc, f)
                if not found[0] and qi[0] in self._cut and len(qi) == 1 and _cut_short(qt, ct):
                    found = CUT_SIMILARITY, "cut short"
                sim = found[0]
                if sim > 0.0:
                    if across and found[1] not in _SPELT_METHODS:
                        if whole and found[1] not in ("wade-giles", "syllables"):
                            continue  # unless syllable by syllable
                        if _has_digit(ct) or _has_digit(qt):  # "navigation 9" is no typo
                            continue
                        sim *= 0.97  # joined words only by spelling
                    row.append((-sim, -len(qi) - c_parts, found[1], qi))
        return row

    def _chinese_systems(self, c: NameForm) -> int:
        """:data:`PINYIN` when the query and candidate ``c`` are both Chinese names in Pinyin;
        :data:`WADE_QUERY` or :data:`WADE_CANDIDATE` when one is in Wade-Giles, the other in
        Pinyin."""
        c_wade = c.method in LATIN_METHODS and wade_giles_name(c.text)
        c_pinyin = not c_wade and pinyin_name(c.tokens)
        if self._wade:
            return WADE_QUERY if c_pinyin else 0
        return WADE_CANDIDATE if c_wade else PINYIN if c_pinyin else 0

    def _split_otherwise(
        self, c: NameForm, cj: tuple[int, ...], ct: str, cc: str
    ) -> list[tuple[float, int, str, tuple[int, ...], tuple[int, ...]]]:
        """The query's runs of parts spelt as the candidate's run ``cj`` joined, but split
        apart otherwise ("al fredyekatom" / "alfred yekatom": a name run together, then read
        with a prefix): the whole runs pair, by spelling."""
        found: list[tuple[float, int, str, tuple[int, ...], tuple[int, ...]]] = []
        spelt = self._joined_spelt
        seen: set[tuple[int, ...]] = set()
        split = tuple(c.canon[j] for j in cj)
        for spelling, sim in ((("w", ct), 1.0), (("c", cc), SPELLED)):
            for qi in spelt.get(spelling, ()):
                if qi not in seen and tuple(self.q.canon[i] for i in qi) != split:
                    seen.add(qi)
                    found.append((-sim, -len(qi) - len(cj), "joined", qi, cj))
        return found

    def reweighed(self, q_weights: tuple[float, ...]) -> Aligner:
        """This aligner with other weights of the query's parts, sharing its memo of the
        rows of part pairs, which the weights do not enter."""
        other = copy.copy(self)
        other.weights = q_weights
        return other

    def align(
        self,
        c: NameForm,
        c_weights: tuple[float, ...],
        *,
        explain: bool = False,
        acronyms: bool = False,
        initials: bool = False,
        as_spelt: bool = False,
    ) -> Alignment:
        """Align the query with candidate name ``c`` (weights per part); ``acronyms``: ``c``
        may be an organisation's name, whose acronyms pair with runs of parts
        (:mod:`~unsc.screening.acronyms`), if the query may be one too, and whose one word
        one edit off is a typo of it from five letters (a person's from six:
        :func:`_one_word_long`); ``initials``: ``c`` is an acronym of its entry's own name
        (SCOT of SYRIAN COMPANY FOR OIL TRANSPORT), whose letters are spelt, not said: it
        pairs as spelt or by the variant tables, never by sound (Scott, Cook / KOEC);
        ``as_spelt``: ``c`` is the acronym its entry's name gives in parentheses, which
        also pairs with no run of the query's parts."""
        q = self.q
        flags = self._flags.get((c.abjad, c.method))
        if flags is None:
            flags = self._flags[c.abjad, c.method] = _flags(q, c)
        if self._syllabic or (len(c.tokens) > 1 and _syllabic(c.tokens)):
            flags |= WHOLE
        if self._one_word and _one_word(c) and (acronyms or _one_word_long(c)):
            flags |= ONE_WORD
        if self._pinyin or self._wade:
            flags |= self._chinese_systems(c)
        if (
            self._chinese_pair
            and not flags & HANGUL
            and len(c.tokens) > 1
            and (self._chinese or c.method == HAN_METHOD or pinyin_name(c.tokens))
        ):
            flags |= CANTONESE
        if self._long and part_count(c) >= LONG_NAME:
            flags |= LONG
        if self._latin and c.method in LATIN_METHODS and (self._slavic or slavic_name(c.tokens)):
            flags |= SLAVIC
        rows, spelt = self._rows, self._joined_spelt
        candidates: list[AlignPair] = []
        for cj, ct, cc, c_parts, c_len in units(c):
            key = (ct, cc, c_parts, c_len, flags)
            row = rows.get(key)
            if row is None:
                row = rows[key] = self._row(ct, cc, c_parts, c_len, flags)
            if row:
                candidates += [(neg, size, how, qi, cj) for neg, size, how, qi in row]
            if c_parts > 1 and (("w", ct) in spelt or ("c", cc) in spelt):
                candidates += self._split_otherwise(c, cj, ct, cc)
        if initials:
            candidates = [x for x in candidates if x[2] in _SPELT_METHODS]
        if acronyms and self._least is not None and self._expands and not as_spelt:
            candidates += [
                (-acronym_similarity(c, qi, cj), -len(qi) - len(cj), "acronym", qi, cj)
                for qi, cj in acronym_pairs(q, c, self._runs_least)
            ]
        candidates.sort()
        organisation = acronyms and self._least is not None  # as the acronyms: not a person's
        legal_only = self._legal_only
        found = _assign(
            q, c, self.weights, c_weights, candidates, explain, organisation, legal_only, acronyms
        )
        # Greedy takes "abd"~"abd" (1.0) before "abdullah"~"abd allah" (variant, 0.98),
        # then has nothing left for "abdullah": also try the joined spellings first, then
        # every joined pair first ("shhyd"~"said" by its vowels before "shhyd khyl"~
        # "shahidkhel" read from the Arabic script).
        if found.score >= 1.0:
            return self._place_capped(found, c, acronyms)  # spelt as it is: no other cap
        joined = [x for x in candidates if len(x[3]) + len(x[4]) > 2]
        spelled = [x for x in joined if x[2] in _SPELT_METHODS]
        for first in (spelled, joined if len(spelled) < len(joined) else []):
            if first and found.score < 1.0:
                chosen = {id(x) for x in first}
                rest = [x for x in candidates if id(x) not in chosen]
                other = _assign(
                    q,
                    c,
                    self.weights,
                    c_weights,
                    first + rest,
                    explain,
                    organisation,
                    legal_only,
                    acronyms,
                )
                if other.score > found.score:
                    found = other
        if self._bare_word and acronyms and found.score > GENERIC_ONLY:
            found = _bare_word_capped(found, q, c, candidates)
        return self._place_capped(found, c, acronyms)

    def _place_capped(self, found: Alignment, c: NameForm, body: bool) -> Alignment:
        """A query that names only a place (:func:`~.countries.place_kind`: an address field,
        "Moscow", "Pakistan") names no party: against a name that is not that place alone
        it scores at most :data:`GENERIC_ONLY`. A country so against any (Mustapha CHAD: a
        family name alone); a city or a region only against a name that says it is a body's
        (``body`` and :func:`says_body`: JOINT STOCK COMPANY MOSCOW INDUSTRIAL BANK, DUBAI
        TRADING COMPANY), as a person's name may be a place's (Diego Garcia)."""
        if self._place is None or found.score <= GENERIC_ONLY:
            return found
        if place_kind(c.tokens) is not None and found.candidate_coverage >= 1.0:
            return found  # the same place, as a vessel or an alias is named (JAMAICA)
        if self._place == "country" or (body and says_body(c)):
            return replace(found, score=GENERIC_ONLY, cap=PLACE_CAP)
        return found


# The methods by which a word stands for another only as heard or as a script leaves it
# (:func:`_bare_word_capped`)
_LOOSE_METHODS = frozenset(
    {"phonetic", "vowels", "abjad", "skeleton", "spanish", "indonesian", "j as y", "j as kh",
     "yo as e", "syllable", "syllables", "g as h", "nickname", "fuzzy"}
)  # fmt: skip


BARE_WORD_MAX = 6  # letters of a query's one word that :func:`_bare_word_capped` caps: a
# longer word heard alike is rather a firm's transliterated (MELITEK, LLC MELYTEC; SPUTNIX,
# OOO SPUTNIKS; STEERER, OOO STIRER: OFAC's aliases)


def _bare_word_capped(
    found: Alignment, q: NameForm, c: NameForm, candidates: list[AlignPair]
) -> Alignment:
    """A query of one short word (:data:`BARE_WORD_MAX`) that says no body (a family name
    alone: Dennis, Phạm) against a name that says it is a body's (DENISE COMPANY,
    FAM GROUP LLC): it names that body only by its word spelt, by the variant tables, as
    an acronym or, from :data:`ONE_EDIT_MIN_LEN` letters, one typing edit off (Corral,
    CORAL TRADING EST); a word merely heard alike or as a script leaves it scores at most
    :data:`GENERIC_ONLY` (Gros is no LLC GROSS, Mallet no MELLAT BANK CJSC). Not against a
    name of one word that says no body: it is a vessel's, a firm's or an alias's, met by the
    transliteration rules (Zein, Zayn)."""
    if not says_body(c):
        return found
    own = own_words(c)
    word = q.tokens[0]
    typed = len(word) >= ONE_EDIT_MIN_LEN
    for _, _, how, _, cj in candidates:
        if len(cj) == 1 and not own[cj[0]]:  # a legal form or a trade's word
            continue
        if how not in _LOOSE_METHODS or (
            typed and len(cj) == 1 and _one_edit_past_first(word, c.tokens[cj[0]])
        ):
            return found
    return replace(found, score=GENERIC_ONLY, cap=BARE_WORD_CAP)


# Methods that pair two parts of one kind only: a title with a title, not with a name spelled
# like one (al-Sharif); a legal form with a legal form, not with a name part "Sa"; a nickname
# with a name, not with a particle ("ben", son of, is no Benjamin).
_METHOD_KIND = {"honorific": HONORIFIC, "legal form": LEGAL, "nickname": NAME}


GENERIC_ONLY = 0.7  # an organisation's name met only by its common words
OTHER_ORDER = 0.7  # two names of syllables whose given-name syllables come in another order
OTHER_NUMBER = 0.7  # two names whose numbers differ, or one's last is left out: another of a
# series
PLACE_CAP = f"a place alone names no party: at most {GENERIC_ONLY} by name"
BARE_WORD_CAP = (
    f"one word heard alike names no body, its word not spelt: at most {GENERIC_ONLY} by name"
)
OWN_WORD_CAP = f"the body's rarest word is left out: at most {GENERIC_ONLY} by name"
GENERIC_CAP = f"only words no body owns agree, and one name has more: at most {GENERIC_ONLY}"


def _own_word_left_out(c: NameForm, c_weights: tuple[float, ...], c_sim: list[float]) -> bool:
    """Whether an organisation's name has its rarest word unexplained while every explained
    word is more common: "Import Export Company" gives the common words of SAD IMPORT EXPORT
    COMPANY and leaves out its own, Sad. An acronym the name gives of its other words ("HUM"
    in "HARAKAT UL-MUJAHIDIN / HUM", :func:`~.acronyms.acronym_runs`) is not a word of it."""
    runs = acronym_runs(c)  # acronym -> the run of parts it stands for
    names = [
        j
        for j, kind in enumerate(c.kinds)
        if kind == NAME and (c.tokens[j] not in runs or j in runs[c.tokens[j]])
    ]
    if len(names) < 2:
        return False
    rarest = max(names, key=c_weights.__getitem__)
    if c_sim[rarest] > 0.0 or any(
        c_weights[j] >= c_weights[rarest] for j in names if c_sim[j] > 0.0
    ):
        return False
    countries = country_parts(c.tokens)
    if not countries[rarest]:
        return True
    # A country left out is where the body is, not its word, when a word of its own is
    # explained: "Sberbank" names SBERBANK OF RUSSIA, whose Russia the list gives in fewer
    # names than Sberbank (its subsidiaries'); not when the rest is trades' words:
    # "Commercial International Bank" is no COMMERCIAL BANK OF SYRIA.
    trades = sector_words()
    return not any(c_sim[j] > 0.0 and not countries[j] and c.canon[j] not in trades for j in names)


COMMON_ONLY = 0.75  # a person's name met only by parts that hundreds of entries give
COMMON_WEIGHT = 0.45 + 0.55 * 0.5  # the weight of a name part of rarity 0.5 (NameIndex's
# weights): about one entry in 120 of OFAC's list gives it, one in 30 of the UN's
COMMON_CAP = f"only common names agree, the listed name's rarer left out: at most {COMMON_ONLY}"


def _common_parts_only(
    q: NameForm,
    q_weights: tuple[float, ...],
    q_sim: list[float],
    c: NameForm,
    c_weights: tuple[float, ...],
    c_sim: list[float],
) -> bool:
    """Whether a query gives only name parts common in the list (:data:`COMMON_WEIGHT`), and
    the listed name leaves a rarer one of its own unexplained: "Ahmed Hassan" is not Hassan
    Ahmed MOUKALLED, nor "Muhammad Ali" Ali Muhammad KAZAN (each met at 0.84 and more; the
    two names each met 8 and 19 entries so). Only the screener's weights, which the list's
    frequencies lower, tell common parts: :func:`~.scorer.compare` weighs parts by kind."""
    paired = [i for i in range(len(q.tokens)) if q_sim[i] > 0.0 and q.kinds[i] == NAME]
    if not paired or any(q_weights[i] >= COMMON_WEIGHT for i in paired):
        return False
    return any(
        c_sim[j] == 0.0 and c.kinds[j] == NAME and c_weights[j] >= COMMON_WEIGHT
        for j in range(len(c.tokens))
    )


OTHER_GIVEN_MIN = 3  # naming parts of each name
OTHER_GIVEN_CAP = (
    f"the first given names differ, the rest agrees (another of a family): at most {COMMON_ONLY}"
)
_DEVOTIONAL = "muhammad"  # a first name that aliases abbreviate past the tables' forms
# (Mullah Mad Aman Ustad Noorzai, Mullah Mohammad Aman Ustad Noorzai) or leave out
_SOUNDS_APART = 60  # rapidfuzz ratio of two unknown first names' phonetic keys, below which
# they share too little of their sound to be one name's spellings


def _first_name_left(form: NameForm, sims: list[float]) -> str | None:
    """The first given name of a name of :data:`OTHER_GIVEN_MIN` naming parts or more, when
    it is the one part left unexplained (or the same name further on is: the alignment may
    pair the first IBRAHIM of IBRAHIM SABAWI IBRAHIM with the other name's only one)."""
    names = [i for i, k in enumerate(form.kinds) if k == NAME and len(form.tokens[i]) > 1]
    if len(names) < OTHER_GIVEN_MIN:
        return None
    left = [i for i in names if sims[i] == 0.0]
    if len(left) != 1 or form.canon[left[0]] != form.canon[names[0]]:
        return None
    return form.tokens[names[0]]


def _other_given_name(q: NameForm, q_sim: list[float], c: NameForm, c_sim: list[float]) -> bool:
    """Whether two persons' names agree in all but their first given names, which pair
    with nothing (:func:`_first_name_left`): another of the same family, whose name is a
    father's and a grandfather's after his own (ALI and KHAWLA BARZAN IBRAHIM HASAN
    AL-TIKRITI; OMAR and IBRAHIM SABAWI IBRAHIM HASAN AL-TIKRITI). Each met the other at
    0.81 to 0.86. A name of the family given after the first part (AL-BAYJAT for
    AL-TIKRITI) is the same person's other name, as aliases give it.

    The two first names are two names when the tables know both, or know one (and so its
    spellings) but for Muhammad (:data:`_DEVOTIONAL`), or else sound apart
    (:data:`_SOUNDS_APART`): AL-QONI and AL-GONEY HAMDAN DAGALO are one person."""
    a, b = _first_name_left(q, q_sim), _first_name_left(c, c_sim)
    if a is None or b is None:
        return False
    known = [w for w in (a, b) if known_given_name(w)]
    if known:
        return len(known) == 2 or variant_table().get(known[0], known[0]) != _DEVOTIONAL
    return fuzz.ratio(phonetic(a), phonetic(b)) < _SOUNDS_APART


def _generic_names_differ(
    q: NameForm, q_sim: list[float], c: NameForm, c_sim: list[float], partner: dict[int, int]
) -> bool:
    """Whether two organisations' names agree only in words no body owns (a country, what
    kind of body it is: :func:`own_words`) and one leaves out a word or a line of business
    of the other ("Trading"; not a company form, "Ltd"): "Bank of Korea" is not the KOREA
    TRADING BANK, though both are a bank of Korea. A query word of its own paired with a
    listed word no body owns is still met only by that word ("Correa" is no KOREA TRADING
    BANK); ``partner``: the query parts paired alone with a listed part alone. A word the
    same name also gives paired is not left out (BANCO DE VENEZUELA SA BANCO UNIVERSAL:
    its second bank, the licence's, against "Banco de Venezuela")."""
    families = legal_families()
    c_own = own_words(c)
    if any(sim > 0.0 and own for sim, own in zip(c_sim, c_own, strict=True)):
        return False
    if any(
        sim > 0.0 and own and (i not in partner or c_own[partner[i]])
        for i, (sim, own) in enumerate(zip(q_sim, own_words(q), strict=True))
    ):
        return False
    for form, sims in ((q, q_sim), (c, c_sim)):
        paired = {canon for sim, canon in zip(sims, form.canon, strict=True) if sim > 0.0}
        if any(
            sim == 0.0
            and canon not in paired
            and (kind == NAME or (kind == LEGAL and canon not in families))
            for sim, kind, canon in zip(sims, form.kinds, form.canon, strict=True)
        ):
            return True
    return False


CUT_SIMILARITY = 0.9  # a word cut short (:func:`cut_parts`) and the word it begins
CUT_TEXT = 25  # a query this long may have been cut at the end of a fixed-width field
_ABBREVIATED = re.compile(r"(?<![\w.])([^\W\d_]{3,})\.(?=\s|$)")


def cut_parts(q: NameForm) -> frozenset[int]:
    """The query's parts that may be a word cut short: one written with a period after it,
    as abbreviations are (BALT. ISSLEDOVATEL, Islamic Rev. Guard Corps), and the last word
    of a query long enough to have filled a fixed-width field (:data:`CUT_TEXT` characters:
    payment messages give a name 35 to a line: KOREA MINING DEVELOPMENT TRAD), unless a
    period or a bracket ends the query, as no cut does. Not a word the variant tables or
    the legal forms know, which pairs as such (Intl., Co.)."""
    text = q.text.strip()
    written = {m.group(1).lower() for m in _ABBREVIATED.finditer(text)}
    found = {i for i, t in enumerate(q.tokens) if t in written}
    if len(text) >= CUT_TEXT and text[-1].isalpha() and q.tokens and len(q.tokens) > 1:
        found.add(len(q.tokens) - 1)
    known = variant_table()
    return frozenset(
        i
        for i in found
        if q.kinds[i] == NAME and q.tokens[i] not in known and len(q.tokens[i]) >= 3
    )


def _cut_short(part: str, word: str) -> bool:
    """Whether ``part`` is ``word`` cut short: its first letters, three or more."""
    return len(word) > len(part) >= 3 and word.startswith(part) and part.isalpha()


def _syllables_reordered(q: NameForm, partner: dict[int, int]) -> bool:
    """Whether the parts of two names of syllables pair in an order that is not the same
    turned round: the family name may move from first to last ("KIM Yong Chol", "Yong Chol
    KIM"), the given name's syllables keep theirs (김은정 Kim Un Jong is not Jong Un KIM, nor
    장선영 Jang Son Yong Yong Son JANG). Query parts of one canonical spelling may pair
    either way round (Jang Chang Ha, CHANG CHANG HA)."""
    if len(partner) < 3:
        return False
    alike: dict[str, list[int]] = {}
    for i in partner:
        alike.setdefault(q.canon[i], []).append(i)
    partner = dict(partner)
    for parts in alike.values():
        if len(parts) > 1:
            partner.update(zip(sorted(parts), sorted(partner[i] for i in parts), strict=True))
    order = [partner[i] for i in sorted(partner)]
    descents = sum(b < a for a, b in itertools.pairwise(order))
    return descents > 1 or (descents == 1 and order[-1] > order[0])


_LONG_ABJAD = 6  # letters of a word read from the Arabic script that may be two names


def _joined_slack(q_len: int, c_len: int, flags: int) -> int:
    """How many letters a joined run and a part may differ in length to be paired: 3, or a
    third of the Latin side's letters when only the other came from the Arabic script,
    which leaves the short vowels out ("mhmd allah" / "mohammadullah"), half of them when
    the Arabic side is a long word, two names written as one ("mhmdbaqr" / "mohammad
    bagher"; a short one so met more runs of other names than the same: "kmaly" / "kamal al
    ayy")."""
    abjad = flags & ABJAD_BOTH
    if abjad == ABJAD_QUERY:
        return max(3, c_len // (2 if q_len >= _LONG_ABJAD else 3))
    if abjad == ABJAD_CANDIDATE:
        return max(3, q_len // (2 if c_len >= _LONG_ABJAD else 3))
    return 3


def _assign(
    q: NameForm,
    c: NameForm,
    q_weights: tuple[float, ...],
    c_weights: tuple[float, ...],
    candidates: list[tuple[float, int, str, tuple[int, ...], tuple[int, ...]]],
    explain: bool,
    organisation: bool = False,
    legal_only: bool = False,
    body: bool = False,
) -> Alignment:
    """Pair parts greedily in the order given (sorted: best similarity first), each part at
    most once; score the result. ``organisation``: ``c`` may be an organisation's name, met
    at most :data:`GENERIC_ONLY` by common words that leave its own word out
    (:func:`_own_word_left_out`), and ``q`` may be one too; ``legal_only``: ``q`` has no word
    of its own (:func:`~.normalize.has_own_word`), it names nobody that has one; ``body``:
    ``c`` may be an organisation's name, whatever ``q`` says (the words of a trade either
    leaves out weigh little, :func:`_sectors_dropped`)."""
    nq, nc = len(q.tokens), len(c.tokens)
    used_q = [False] * nq  # a unit is a run of adjacent parts: its first, last and middle
    used_c = [False] * nc
    left = nq + nc
    q_sim = [0.0] * nq
    c_sim = [0.0] * nc
    pairs: list[dict[str, Any]] = []
    paired: list[tuple[tuple[int, ...], tuple[int, ...]]] = []  # the parts of each pair
    partner: dict[int, int] = {}  # a query part paired alone with a candidate part alone
    for neg_sim, _, how, qi, cj in candidates:
        if used_q[qi[0]] or used_q[qi[-1]] or used_c[cj[0]] or used_c[cj[-1]]:
            continue
        if (len(qi) > 2 and any(used_q[i] for i in qi[1:-1])) or (
            len(cj) > 2 and any(used_c[j] for j in cj[1:-1])
        ):
            continue
        kind = _METHOD_KIND.get(how)
        if kind is not None and (q.kinds[qi[0]] != kind or c.kinds[cj[0]] != kind):
            continue
        sim = q_part = c_part = -neg_sim
        if how == "initial":  # a letter confirms little of the full part it stands for,
            # but for a patronymic, which the other name may leave out ("V. V. Putin")
            if len(qi) == 1 and len(q.tokens[qi[0]]) == 1:
                c_part = INITIAL_FULL if not _patronymics(c.tokens)[cj[0]] else sim
            else:
                q_part = INITIAL_FULL if not _patronymics(q.tokens)[qi[0]] else sim
        left -= len(qi) + len(cj)
        if len(qi) == 1 and len(cj) == 1:
            partner[qi[0]] = cj[0]
        for i in qi:
            used_q[i] = True
            q_sim[i] = q_part
        for j in cj:
            used_c[j] = True
            c_sim[j] = c_part
        if explain:
            pairs.append(
                {
                    "query": " ".join(q.tokens[i] for i in qi),
                    "candidate": " ".join(c.tokens[j] for j in cj),
                    "similarity": round(sim, 3),
                    "method": how,
                    "canonical": " ".join(c.canon[j] for j in cj),
                }
            )
            paired.append((qi, cj))
        if not left:
            break
    _heads_alone(q, q_sim)
    _heads_alone(c, c_sim)
    if "al" in q.canon and "al" in c.canon:
        _compounds_differ(q, q_sim, c, c_sim, partner)
    for pair_dict, (qi, cj) in zip(pairs, paired, strict=True):
        if all(q_sim[i] == 0.0 for i in qi) or all(c_sim[j] == 0.0 for j in cj):
            pair_dict["similarity"] = 0.0  # a compound's head without its name: not counted
            pair_dict["method"] = "head alone"
    q_w = _patronymic_dropped(
        _absent_dropped(q_weights, q.kinds, q_sim, c.kinds), q.tokens, q_sim, c.tokens
    )
    c_w = _patronymic_dropped(
        _absent_dropped(c_weights, c.kinds, c_sim, q.kinds), c.tokens, c_sim, q.tokens
    )
    if organisation:
        q_w = _own_acronym_dropped(q, q_w, q_sim)
        c_w = _own_acronym_dropped(c, c_w, c_sim)
    if organisation and a_body_named(q) and a_body_named(c):
        q_w = _countries_dropped(q, q_w, q_sim, c, c_sim)
        c_w = _countries_dropped(c, c_w, c_sim, q, q_sim)
    elif organisation and _own_name_alone(q, q_sim, c, c_sim):
        c_w = _countries_dropped(c, c_w, c_sim, q, q_sim)
    elif organisation and _own_name_alone(c, c_sim, q, q_sim):
        q_w = _countries_dropped(q, q_w, q_sim, c, c_sim)
    if body:  # a listed name's own trade left out of a query, only when the query spells
        # the rest (Greene is no GREEN SHIPPING LTD.)
        q_w = _sectors_dropped(q, q_w, q_sim, c, c_sim, groups=True)
        c_w = _sectors_dropped(c, c_w, c_sim, q, q_sim, spelled=True)
    q_cov = _coverage(q_w, q_sim, q.tokens, c_sim, q.kinds)
    c_cov = _coverage(c_w, c_sim, c.tokens)
    score = QUERY_SHARE * q_cov + (1.0 - QUERY_SHARE) * c_cov
    named = [t for sim, k, t in zip(q_sim, q.kinds, q.canon, strict=True) if sim and k in NAMING]
    cap: str | None = None  # why the score is held down, when a rule below does it
    if q.canon == c.canon and nq > 1:
        pass  # the listed name itself, of two words or more, whatever they are: LIMITED
        # LIABILITY COMPANY MV and FY INTERNATIONAL TRADING CO., LIMITED name their entries
        # (a word alone does not: LLC, an alias OFAC's list gives, names nobody)
    elif not named or (all(t.isdigit() for t in named) and not _numbers_only(c)):
        score = 0.0  # only titles, particles and legal forms agree: "Co. Ltd." names nobody;
        # nor a number but against a name of numbers ("8" is not BICENTENARIO VIII; EL 40)
    elif legal_only and has_own_word(c):
        score = 0.0  # nor does a query of legal forms alone, its first word a name part
    elif organisation and score > GENERIC_ONLY:
        if _own_word_left_out(c, c_weights, c_sim):
            score, cap = GENERIC_ONLY, OWN_WORD_CAP
        elif _generic_names_differ(q, q_sim, c, c_sim, partner):
            score, cap = GENERIC_ONLY, GENERIC_CAP
    elif score > COMMON_ONLY and _common_parts_only(q, q_weights, q_sim, c, c_weights, c_sim):
        score, cap = COMMON_ONLY, COMMON_CAP
    elif score > COMMON_ONLY and _other_given_name(q, q_sim, c, c_sim):
        score, cap = COMMON_ONLY, OTHER_GIVEN_CAP
    if _numbers_differ(q, q_sim, c, c_sim) or (
        organisation and _number_left_out(q, q_sim, c, c_sim)
    ):
        score = min(score, OTHER_NUMBER)
    if syllables(q.tokens):
        if nq >= 2 and nc >= 2 and syllables(c.tokens):
            score = min(score, q_cov)  # a syllable more is another given name: Mi-yong, Ryong
            if _syllables_reordered(q, partner):
                score = min(score, OTHER_ORDER)
        if q.method in SCRIPT_METHODS:  # a whole name as its own script writes it, or a
            # family name alone (金 is not Jin RYU), and none of its syllables left out
            # (후지호 is not HUJI)
            score = min(score, c_cov, q_cov)
    if explain:
        pairs.extend(
            {"query": q.tokens[i], "candidate": None, "similarity": 0.0, "method": "unmatched"}
            for i in range(nq)
            if not used_q[i]
        )
        pairs.extend(
            {"query": None, "candidate": c.tokens[j], "similarity": 0.0, "method": "unmatched"}
            for j in range(nc)
            if not used_c[j]
        )
    return Alignment(score, q_cov, c_cov, pairs, cap)


def align(
    q: NameForm,
    c: NameForm,
    q_weights: tuple[float, ...],
    c_weights: tuple[float, ...],
    *,
    explain: bool = False,
    kind: str | None = None,
    acronyms: bool = False,
) -> Alignment:
    """Align the parts of query name ``q`` with candidate name ``c`` (weights per part; the
    query's ``kind`` and ``acronyms`` as for :class:`Aligner`)."""
    return Aligner(q, q_weights, kind).align(c, c_weights, explain=explain, acronyms=acronyms)


def kind_weights(form: NameForm) -> tuple[float, ...]:
    """The weight of each part of ``form`` by its kind alone (no list frequencies).

    A Korean name read from Hangul starts with its family name (the transliteration puts it
    first, double family names as one part): it weighs :data:`FAMILY_NAME_WEIGHT`, so a name
    whose given-name syllables alone agree with another's ("이유진" Ri Yoo Jin and RYU JIN)
    does not pass for it. A word saying what kind of body an organisation is (State,
    Concern, Aerospace: :func:`descriptors`) weighs as a legal form.
    """
    weights = [
        KIND_WEIGHTS[LEGAL] if k == NAME and c in descriptors() else KIND_WEIGHTS[k]
        for k, c in zip(form.kinds, form.canon, strict=True)
    ]
    if form.method == HANGUL_METHOD and len(weights) >= 2:
        weights[0] *= FAMILY_NAME_WEIGHT
    return tuple(weights)
