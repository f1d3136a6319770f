"""The names one name field holds: lists and queries write several in one string.

Lists join aliases with ";" ("Ghasem Soleymani; Ghasem Sulaymani"), number them ("a) Mohammed
Sabet b) M. Javad Kareemi Sabet"), and add one in parentheses: an original script, an acronym,
or a list of further aliases ("أبو بكر البغدادي (Abu Bakr al-Baghdadi al-Husayni; Abu Bakr
al-Baghdadi)"). Queries typed or exported by people add "a.k.a." and a remark in parentheses
("RI WON HO (DPRK)"). Parentheses are read by depth, so a ";" inside them splits the names
inside, not the field; an unmatched ")" is dropped and an unclosed "(" closes at the end.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator, Sequence
from itertools import combinations, islice, product

from unsc.errors import InvalidInput
from unsc.screening.acronyms import acronym_runs, is_acronym
from unsc.screening.cantonese import cantonese_reading
from unsc.screening.countries import country_parts, place_kind
from unsc.screening.features import country_code, id_key
from unsc.screening.german_slavic import german_slavic_reading
from unsc.screening.han_foreign import foreign_han
from unsc.screening.hangul_chinese import chinese_hangul
from unsc.screening.hangul_japanese import japanese_hangul
from unsc.screening.korean_cyrillic import cyrillic_korean
from unsc.screening.message_fields import message_names
from unsc.screening.mojibake import repaired
from unsc.screening.names import CUT_TEXT, group_words, own_words, says_body, sector_words
from unsc.screening.normalize import (
    LEGAL,
    NAMING,
    PARTICLE,
    NameForm,
    analyze,
    legal_spelling,
    normalize_text,
    part_count,
    uncut_legal_form,
    variant_table,
)
from unsc.screening.romanised_russian import russian_words_translated
from unsc.screening.transliterate import (
    common_words_translated,
    foreign_georgian,
    foreign_greek,
    foreign_hangul,
    foreign_katakana,
    han_pinyin,
    hanja_organisation,
    hanja_reading,
    script_runs,
)

__all__ = [
    "listed_names",
    "own_acronyms",
    "query_forms",
    "query_names",
    "quoted_name",
    "typed_as_code",
    "unread_script",
    "vessel_numbers",
    "written_codes",
]

_ENUMERATOR = re.compile(r"(?:^|(?<=\s))[a-z]\)(?=\s)")  # "a) ", "b) " numbering aliases
_AKA = re.compile(
    r"[,;]?\s+(?:a\.?k\.?a\.?|[afn]/k/a|f\.?k\.?a\.?|alias|also known as|formerly known as"
    r"|now known as|previously known as|formerly|d/b/a|d\.?b\.?a\.?|doing business as|t/a"
    r"|trading as|@|c/o|care of|in care of|o/b/o|on behalf of|for the account of)\s+",
    re.IGNORECASE,
)  # @: "alias" in South and Southeast Asian records (Ahmad @ Abu Bakar); "c/o", "on behalf
# of" and "for the account of" name another party, whom payments screen as well
# A branch of a body after its name, where it is ("BANK MELLI IRAN, HAMBURG BRANCH", "Bank
# Melli Iran - London Branch", "Mellat Bank Seoul Branch"), or before it ("Branch of Bank
# Melli Iran"): a branch is the body itself, which the lists name without it.
_BRANCH_WORD = (
    r"(?:branch(?:\s+office)?|filiale|zweigniederlassung|niederlassung|succursale|sucursal"
    r"|filial|[sş]ubesi)"
)
_BRANCH_END = re.compile(rf"\s+{_BRANCH_WORD}\s*\)?\s*$", re.IGNORECASE)
_BRANCH_OF = re.compile(
    rf"^\s*(?:the\s+)?{_BRANCH_WORD}\s+(?:of|de\s+la|de|du|des|der)\s+(?=\S)(.+?)\s*$"
    rf"|^(.+?)(?:\s*,|\s+[-–—])?\s+{_BRANCH_WORD}\s+(?:(?:in|at|de|en|di|à|a)\s+)?"
    r"[^\W\d_][\w'’.-]*(?:\s+[^\W\d_][\w'’.-]*){0,2}\s*$",
    re.IGNORECASE,
)
# Two persons named in one field, as joint accounts and payments give them ("John Smith and
# Jane Smith", "Joseph & Mary Kony"), or a couple by their titles ("Mr and Mrs John Smith")
_JOINT = re.compile(r"\s+(?:and|&|\+|/)\s+", re.IGNORECASE)
_TITLE = r"(?:mr|mrs|ms|miss|dr)\.?"
_COUPLE = re.compile(rf"^\s*{_TITLE}\s*(?:and|&|\+|/)\s*{_TITLE}\s+(?=\S)", re.IGNORECASE)
_COUNTRY_CUT = re.compile(r",|\s[-–—/]\s")  # before a country: a comma, a dash, a slash
_BRANCH_PLACE = re.compile(r"\s*(?:,|\(|\s[-–—]\s)\s*")  # a comma, a bracket or a dash before it
# A date of birth written after the name ("Kim Yong Chol, DOB 1946", "... born 12.03.1960"),
# or where and when ("... born in 1963", "..., born in Kandahar on 01 Jan.1967")
_BIRTH_REMARK = re.compile(
    r"(?:^|[,;]?\s+)(?:(?:d\.?\s?o\.?\s?b\.?|date of birth|born|b\.)\s*:?\s*\d"
    r"|born\s+(?:in|on|at)\s+[^\d;]{0,40}\d).*$",
    re.IGNORECASE,
)
# A year or a date after a name of words, as a date of birth written bare ("Joseph Kony
# 1961", "KONY, JOSEPH, 1961", "Joseph Kony 12/01/1961", "... 1961-01-12", "... 12 Jan 1961")
_YEAR = r"(?:19|20)\d\d"
_YEAR_AFTER = re.compile(
    rf"(?<=[^\W\d_])\s*[,;]?\s+(?:{_YEAR}|\d{{1,2}}[./-]\d{{1,2}}[./-]{_YEAR}"
    rf"|{_YEAR}[./-]\d{{1,2}}[./-]\d{{1,2}}|\d{{1,2}}[\s-][^\W\d_]{{3,9}}\.?[\s-]{_YEAR})\s*$"
)
# A vessel's IMO or MMSI number written after its name, as payment messages and shipping
# records give it: "ARGO I IMO 9187667", "MV ARGO I, IMO: 9187667"
_VESSEL_NUMBER = re.compile(
    r"\b(?:IMO|MMSI)\s*(?:No\.?|number|#)?\s*:?\s*(\d{7}(?:\d{2})?)\b", re.IGNORECASE
)
_VESSEL_NUMBER_REMARK = re.compile(rf"(?:[,;]?\s+)(?:{_VESSEL_NUMBER.pattern})\s*$", re.IGNORECASE)
# "son of", "daughter of", "wife of", as South Asian records write them: "s/o", "d/o", "w/o"
_KINSHIP = re.compile(r"\s+(?:[sdw]\s*/\s*o|son of|daughter of|wife of)\s+", re.IGNORECASE)
# A vessel's or a firm's former name in parentheses: "(ex Mandvi Bay, ex-Wanshan Pearl)",
# "(formerly Sea Star)", "(f/k/a Kapitan Guseynov)"
_FORMER = re.compile(
    r"^\s*(?:ex\b[\s.-]*|formerly\s+(?:known\s+as\s+)?|previously\s+|f\.?/?k\.?/?a\.?\s+|"
    r"former\s+names?\s*:?\s*)(?=\w)(.+?)\s*$",
    re.IGNORECASE,
)
# ... and a remark that names no former name: the UN's "Ezatullah Haqqani (previously listed
# as)", whose name follows in another field
_EMPTY_REMARK = re.compile(
    r"\(\s*(?:previously|formerly)\s+(?:listed|known|named|called)(?:\s+as)?\s*:?\s*\)",
    re.IGNORECASE,
)
# A unit of a body after the body's acronym: "ISLAMIC REVOLUTIONARY GUARD CORPS (IRGC)-QODS
# FORCE" (OFAC SDN): the acronym is the body's, not the unit's; the unit is named after the
# body, or after its acronym (IRGC Qods Force), or by it and its own initials (IRGC-QF)
_UNIT_OF_BODY = re.compile(
    r"^(?P<body>[^();]+?)\s*\((?P<acronym>[A-Z0-9]{2,8})\)\s*[-–]\s*(?P<unit>[^();]+)$"
)
ZWNJ = "\u200c"  # zero-width non-joiner
# Somali spelling: x is the ha (Xasan Hassan, Maxamed Mohamed), c the ayn (Cali Ali, Cabdi
# Abdi); a name with an x before a vowel, or a c before one with a long vowel written double
# (Cumar Cabdullaahi), is also read so.
_SOMALI_X = re.compile(r"(?:\b|[aeiou])x[aeiou]", re.IGNORECASE)
_SOMALI_C = re.compile(r"\bc[aeiou]", re.IGNORECASE)
_DOUBLE_VOWEL = re.compile(r"aa|ii|uu|ee|oo", re.IGNORECASE)
_SOMALI_AYN = re.compile(r"c(?!h)", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_]+")
_PINYIN_X = re.compile(r"x(?:i[aeou]|ing?|u[aen]|u\b)", re.IGNORECASE)  # Xiaoming, Xu, Xin


def _scan(text: str) -> tuple[list[str], str, list[str]]:
    """The pieces of ``text`` between ";" outside parentheses, the text outside them, and the
    contents of the outermost parentheses."""
    pieces: list[str] = []
    outside: list[str] = []
    groups: list[str] = []
    piece: list[str] = []
    inside: list[str] = []
    depth = 0
    for ch in text:
        if ch == "(":
            if depth:
                inside.append(ch)
            depth += 1
            piece.append(ch)
        elif ch == ")":
            if not depth:
                continue  # unmatched
            depth -= 1
            piece.append(ch)
            if depth:
                inside.append(ch)
            else:
                groups.append("".join(inside))
                inside = []
                outside.append(" ")
        elif ch == ";" and not depth:
            pieces.append("".join(piece))
            piece = []
            outside.append(" ")
        else:
            piece.append(ch)
            (inside if depth else outside).append(ch)
    if depth:  # an unclosed parenthesis closes at the end
        groups.append("".join(inside))
    pieces.append("".join(piece))
    whole = " ".join("".join(outside).split()).strip(" ,")
    return pieces, text if whole == text else whole, groups  # the text itself, not a copy


def listed_names(text: str) -> list[str]:
    """The names of one name field of a list, each to be indexed on its own: each name the
    field lists, and for a name with parentheses the whole, the name without them and the
    names inside, but where parentheses only give where a body is (:func:`_a_place`), the
    whole alone; a name followed by a birth remark also without it (the UN's "Mohammad
    Ishaq Akhund born in 1963"), and without a remark that names nobody ("(previously listed
    as)"). A name garbled by a wrong decoding is read repaired (:func:`~.mojibake.repaired`)."""
    text = _ENUMERATOR.sub(";", _EMPTY_REMARK.sub("", repaired(text)).strip())
    unit = _UNIT_OF_BODY.match(text)
    if unit is not None and not _a_place(unit["acronym"]):  # (UK)-...: where, not whose
        words = unit["unit"].split()
        short = [unit["acronym"] + "".join(w[0] for w in words)] if len(words) > 1 else []
        return [
            text,
            f"{unit['body']} {unit['unit']}",
            f"{unit['acronym']} {unit['unit']}",
            *short,  # the acronym and the unit's initials, as the press writes it: IRGC-QF
        ]
    pieces, outside, groups = _scan(text)
    if len(pieces) > 1:
        return [n for piece in pieces for n in listed_names(piece) if n]
    if not groups:
        bare = _BIRTH_REMARK.sub("", outside).strip(" ,")
        return [n for n in dict.fromkeys([outside, bare]) if n]
    named = [group for group in groups if not _a_place(group)]
    if not named:  # where the body is: AL-HARAMAIN FOUNDATION (PAKISTAN) is not the
        return [text]  # foundation in Kenya, nor anything named Pakistan
    inside = [n for group in named for n in _former_names(group) or listed_names(group.strip(" ,"))]
    if _a_place(outside):  # a name cut short before its remark: OFAC's "INDONESIA (MMI)"
        outside = ""
    return [n for n in dict.fromkeys([text, outside, *inside]) if n]


def _a_place(text: str) -> bool:
    """Whether a remark in parentheses names only a place (:func:`_place_of`: PAKISTAN,
    U.K., HONG KONG, ASIA), which says where a body is."""
    return _place_of(text) is not None


def _acronym_of(group: str, outside: str) -> bool:
    """Whether a remark in parentheses is the acronym of the name before it, by its words'
    initials (:func:`~.acronyms.acronym_runs`): "ABDALLAH AZZAM BRIGADES (AAB)", screened
    alone too; or, after a firm's name (one with a legal form), its short name in capitals
    made of the name's letters in order from its first ("MODERN INDUSTRIES TECHNIQUE
    COMPANY (MITEC)", "KOREA MINING DEVELOPMENT TRADING CORPORATION (KOMID)"); not a country,
    a place or another remark ("RI WON HO (DPRK)", "X TRADING CO (DPRK)", "SHIPPING CO LTD
    (SHANGHAI)")."""
    word = group.strip()
    short = word.casefold()
    if not (word.isalpha() and word.isupper() and is_acronym(short)):
        return False
    form = analyze(outside)
    if short in acronym_runs(form):
        return True
    letters = iter("".join(form.tokens))
    return (
        LEGAL in form.kinds
        and short[0] == form.tokens[0][0]
        and all(ch in letters for ch in short)  # in order: each found after the last
        and not _is_country(word)
    )


def own_acronyms(forms: Sequence[NameForm]) -> set[int]:
    """The numbers of the query's names that are the acronym another of its names gave in
    parentheses (:func:`_acronym_of`: SIG of "SPECIAL INDUSTRIES GROUP (SIG)"): known to
    stand for that name, they pair as spelt, not as the initials of another's words."""
    return {
        i
        for i, form in enumerate(forms)
        if len(form.tokens) == 1
        and any(
            len(other.tokens) > 1 and _acronym_of(form.text, other.text)
            for other in forms
            if other is not form
        )
    }


def _former_names(group: str) -> list[str]:
    """The former names a remark in parentheses gives, when each of its pieces (between
    commas or ";") starts with "ex", "formerly", "f/k/a": a vessel's "(ex Mandvi Bay, ex
    Wanshan Pearl)"; else none."""
    found = [_FORMER.match(piece) for piece in re.split(r"[,;]", group) if piece.strip()]
    return [m.group(1) for m in found if m] if found and all(found) else []


# Words with a letter in them, in quotes of any kind (the group)
_IN_QUOTES = r"['\"‘“«]([^'\"‘’“”«»]*[^\W\d_][^'\"‘’“”«»]*)['\"’”»]"
# A name in quotes ending an organisation's name, after the words that say what it is:
# PRIVATE MILITARY COMPANY 'WAGNER', OOO SHIPYARD 'ZALIV', АО «Концерн» (not an ayn or a
# hamza written as a quote inside a name: ABU 'ABD AL-'AZIZ).
_QUOTED_NAME = re.compile(rf"\S\s+{_IN_QUOTES}\s*$")


# A nickname in quotes inside a person's name: Joaquín 'El Chapo' Guzmán (not an ayn or a
# hamza: 'Abd al-Malik Muhammad Yusuf 'Uthman 'ABD AL-SALAM)
_QUOTED_NICKNAME = re.compile(rf"\s{_IN_QUOTES}(?=\s)")


def _nickname_names(name: str) -> list[str]:
    """A name, and when it holds a nickname in quotes, the name without it and the nickname."""
    m = _QUOTED_NICKNAME.search(name)
    if m is None:
        return [name]
    return [name, f"{name[: m.start()]}{name[m.end() :]}".strip(), m.group(1).strip()]


def quoted_name(text: str) -> str | None:
    """The name in quotes that ends an organisation's name, if any ("WAGNER" of PRIVATE
    MILITARY COMPANY 'WAGNER'): what people call it, to be indexed on its own too."""
    m = _QUOTED_NAME.search(text)
    return m.group(1).strip() if m else None


# The forms of South Korean firms, abbreviated in parentheses or written whole before the
# name: (주) and ㈜ 주식회사 (Co., Ltd.), (유) and ㈲ 유한회사 (Ltd.), (사) 사단법인 and
# (재) 재단법인 (an association, a foundation)
_KOREAN_SHORT_FORMS = {
    **dict.fromkeys("주㈜", "주식회사"),
    **dict.fromkeys("유㈲", "유한회사"),
    "사": "사단법인",
    "재": "재단법인",
}
_KOREAN_FORM = re.compile(
    r"\(\s*([주유사재])\s*\)|([㈜㈲])|^\s*(주식회사|유한회사|사단법인|재단법인)(?=\s)"
)


def korean_forms_written_out(text: str) -> str:
    """A Korean firm's name with its legal form written out after it, where Korean writes
    legal forms (``organisation_words.yaml`` reads them): "(주) 고려" and "주식회사 고려" are
    "고려 주식회사", Koryo Co., Ltd. (a remark in parentheses would leave Koryo alone)."""
    forms: list[str] = []

    def cut(m: re.Match[str]) -> str:
        found = m.group(1) or m.group(2)
        forms.append(_KOREAN_SHORT_FORMS[found] if found else m.group(3))
        return " "

    bare = _KOREAN_FORM.sub(cut, text)
    return " ".join([bare.strip(), *forms]) if forms else text


def query_names(text: str) -> list[str]:
    """The names a query string gives: split at ";", "a.k.a.", f/k/a, d/b/a, ", formerly", "@"
    (:data:`_AKA`), and each with a remark in
    parentheses also without it ("RI WON HO (DPRK)": also "RI WON HO"). What is inside the
    parentheses is not screened alone: a country or a remark would match lists' names; but
    former names are (:func:`_former_names`: "(ex Mandvi Bay, ex Wanshan Pearl)"), and so is
    an acronym of the name's words (:func:`_acronym_of`: "ABDALLAH AZZAM BRIGADES (AAB)"). A
    name with a father's or husband's name after "s/o", "d/o", "w/o" (son, daughter, wife
    of) is also screened without it, and the marker is dropped ("Hafiz Muhammad Saeed s/o
    Kamal-ud-Din"); a name with a nickname in quotes, also without it and the nickname alone
    (Joaquín 'El Chapo' Guzmán); a name written in two scripts, also each script's part
    alone ("Kim Jong-un 김정은"); a name followed by a date of birth ("DOB 1946", "born ..."),
    also without it; a name followed by a country after a comma ("Ri Won Ho, DPRK"), also
    without it; a name with a zero-width non-joiner, also without it; an organisation's name
    in the Arabic or Cyrillic script, also with its common words in English
    (:func:`~.transliterate.common_words_translated`), and a Russian one romanised too
    (:func:`~.romanised_russian.russian_words_translated`: "AO TSENTR SPETSIALNYKH
    SISTEM", "AO center SPETSIALNYKH SISTEM"); a name in Somali spelling, also as it
    reads (:func:`somali_reading`); a name with an s, t or c with a cedilla, also as the
    languages that write them say them (:func:`cedilla_reading`: "Beşir", beshir); a
    Slavic name in German transcription, also as English writes it
    (:func:`~.german_slavic.german_slavic_reading`: "Jewgeni Prigoschin", yevgeni
    prigoshin); a foreign name in Hangul, also as the Korean rules for loanwords write it
    (:func:`~.transliterate.foreign_hangul`: "드미트리 메드베데프", dmitri medbedev),
    and one in katakana without the vowels katakana adds
    (:func:`~.transliterate.foreign_katakana`: "ウマロフ", umarov), and one in Greek letters as
    Greek writes foreign sounds (:func:`~.transliterate.foreign_greek`: "Πούτιν", putin),
    one in Georgian letters without the nominative -i of its last word
    (:func:`~.transliterate.foreign_georgian`: "ვლადიმერ პუტინი", vladimer putin),
    and a Chinese name in Hangul as the Pinyin Korean transcribes
    (:func:`~.hangul_chinese.chinese_hangul`: "시진핑", xi jin ping), and a Japanese name
    in Hangul as Hepburn writes it (:func:`~.hangul_japanese.japanese_hangul`: "후쿠다 다케오",
    fukuda takeo),
    and a Korean name in Chinese characters as Korean reads them
    (:func:`~.transliterate.hanja_reading`: "金正恩", 김정은; a Korean body's name,
    :func:`~.transliterate.hanja_organisation`: "端川商业银行", 단천상업은행), and a Korean
    name in Cyrillic as Hangul (:func:`~.korean_cyrillic.cyrillic_korean`: "Ким Чен Ын",
    김정은), and a Chinese name as Hong Kong writes its Cantonese reading
    (:func:`~.cantonese.cantonese_reading`: "周潤發", chow yun fat), and a Chinese firm's
    name in Pinyin throughout (:func:`~.transliterate.han_pinyin`: "大连正华贸易有限公司",
    dalian zhenghua maoyi youxian gongsi), and a foreign name in Chinese characters as the
    Latin it transcribes (:func:`~.han_foreign.foreign_han`: "谢尔盖·拉夫罗夫", sergai
    lavrov). A name garbled by a wrong decoding is read repaired (:func:`~.mojibake.repaired`:
    "JosÃ© GarcÃ­a", José García), and a field of a payment message or a form for the name
    in it (:func:`~.message_fields.message_names`: "1/JOSEPH KONY 2/KAMPALA", "Beneficiary:
    Joseph Kony", "JOSEPH KONY IBAN DE89370400440532013000")."""
    fields = message_names(repaired(text))
    if len(fields) == 1:
        return _names_of(fields[0])
    return list(dict.fromkeys(n for field in fields for n in _names_of(field)))


def _names_of(text: str) -> list[str]:
    """:func:`query_names` of one name field."""
    simple = text.isascii() and not any(c in text for c in "();,'\"")
    remarks = (
        _AKA,
        _KINSHIP,
        _BIRTH_REMARK,
        _YEAR_AFTER,
        _COUNTRY_CUT,
        _VESSEL_NUMBER_REMARK,
        _BRANCH_END,
        _BRANCH_OF,
        _JOINT,
        _COUPLE,
    )
    if (
        simple
        and not any(p.search(text) for p in remarks)
        and _person_before_a_country(text) is None
    ):
        readings = (
            somali_reading(text),
            scholarly_reading(text),
            german_slavic_reading(text),
            russian_words_translated(text),
        )
        return [n for n in (text.strip(), *(r and r.strip() for r in readings)) if n]  # one
    names: list[str] = []
    for part in _AKA.split(text):
        pieces, _, _ = _scan(part.strip())
        for piece in pieces:
            piece = korean_forms_written_out(piece).strip()
            _, outside, groups = _scan(piece)
            for name in [piece, outside] if groups else [outside]:
                names += _kinship_names(name)
            names += [former for group in groups for former in _former_names(group)]
            names += [group.strip() for group in groups if _acronym_of(group, outside)]
    names = [n for name in names for n in _nickname_names(name)]
    names += [_BIRTH_REMARK.sub("", name) for name in names if _BIRTH_REMARK.search(name)]
    names += [head for n in names if not _BIRTH_REMARK.search(n) and (head := _before_a_year(n))]
    names += [
        _VESSEL_NUMBER_REMARK.sub("", name) for name in names if _VESSEL_NUMBER_REMARK.search(name)
    ]
    names += [head for head in map(_before_a_country, names) if head]
    names += [head for name in names for head in _before_a_branch(name)]
    names += [person for name in names for person in _joint_names(name)]
    names = [n for n in names if n.strip() and not _BIRTH_REMARK.match(n)]  # a birth date alone
    if not names and text.strip():  # nothing but a remark: the string as it is
        names = [text.strip()]
    # each script's part alone; of a name with parentheses, not a Latin remark in them
    # ("Дж.Т.И. Россия (JTI)"), but the name in its own script ("Akrin Saleh (أقرين صالح)")
    names += [
        run for name in names for run in script_runs(name) if "(" not in name or not run.isascii()
    ]
    # A zero-width non-joiner parts a Persian compound in writing, not in its romanisation
    # (حسن‌زاده Hassanzadeh) or between two names (علی‌اکبر Ali Akbar): read both ways.
    names += [name.replace(ZWNJ, "") for name in names if ZWNJ in name]
    names += [t for name in names for t in common_words_translated(name)]
    names += [t for t in map(han_pinyin, names) if t]
    names += [t for t in map(russian_words_translated, names) if t]
    names += [t for t in map(somali_reading, names) if t]
    names += [t for t in map(scholarly_reading, names) if t]
    names += [t for t in map(cedilla_reading, names) if t]
    names += [t for t in map(german_slavic_reading, names) if t]
    names += [t for t in map(foreign_greek, names) if t]
    names += [t for t in map(foreign_georgian, names) if t]
    names += [t for t in map(hanja_reading, names) if t]
    names += [t for t in map(hanja_organisation, names) if t]
    names += [t for name in names for t in cyrillic_korean(name)]
    names += [t for t in map(cantonese_reading, names) if t]
    hangul = [t for t in map(foreign_hangul, names) if t]
    kana = [t for t in map(foreign_katakana, names) if t]
    han = [t for t in map(foreign_han, names) if t]
    for t in hangul:
        names += _sound_readings(t, labials=True, others=_HANGUL_OTHERS)
    for t in kana:
        names += _sound_readings(t, labials=False, others=_KANA_OTHERS)
    for t in han:
        names += _sound_readings(t, labials=False, liquids=True)
    names += [r for name in list(names) for r in chinese_hangul(name)]
    names += [r for name in list(names) for r in japanese_hangul(name)]
    return [n for n in dict.fromkeys(names) if n]


SOUND_READINGS = 12  # at most this many readings of a foreign name in kana, Hangul or Han


# a final vowel katakana may have added after d, t or r (ムハンマド muhammado, Muhammad;
# イーゴリ igori, Igor), or said (アルベルト Alberto, ユーリ Yuri): read both ways; Hangul
# writes a final soft r so too (이고리 igori), its d and t alone (드, 트) without a vowel
_KANA_FINAL_VOWEL = re.compile(r"(?<=[aeiouymn][dt])o$|(?<=[aeiou]r)i$")
_HANGUL_FINAL_VOWEL = re.compile(r"(?<=[aeiou]r)i$")
# Other sounds katakana writes as it can: a first vl or wl with a u before it (ウラジーミル
# urajimir, Vladimir; ウラジオストク Vladivostok), ti as chi in the older style (プーチン puchin,
# Putin; ティ in the newer)
_KANA_OTHERS = (
    (_KANA_FINAL_VOWEL, ""),
    (re.compile(r"^ur(?=[aeiou])"), "vl"),
    (re.compile(r"chi"), "ti"),
)
_HANGUL_OTHERS = ((_HANGUL_FINAL_VOWEL, ""),)


def _sound_readings(
    reading: str,
    labials: bool,
    liquids: bool = False,
    others: tuple[tuple[re.Pattern[str], str], ...] = (),
) -> list[str]:
    """A foreign name as Japanese, Korean or Chinese writes it, each word with its r as
    written or as l, one sound in these languages (グリゴリー・ヤブリンスキー "grigori
    yabrinski" is also "grigori yablinski", Grigory Yavlinsky; 루카셴코 "rukashenko" also
    Lukashenko), with ``liquids`` (Chinese) also its l as r (阿布拉莫维奇 "ablamovich",
    Abramovich), else its b also as v, which Japanese and Korean write alike (ラブロフ, 라브로프
    "rabrov", Lavrov), with ``labials`` (Korean, which has no f) its p and final v as f
    (무스타파 "mustapa" Mustafa, 유수프 "yusuv" Yusuf), and without a final vowel the script
    may have added or the other sounds it writes so (``others``: :data:`_KANA_OTHERS`,
    :data:`_HANGUL_OTHERS`): at most :data:`SOUND_READINGS`, the reading as written first,
    then those that read fewer words otherwise."""
    options: list[tuple[str, ...]] = []
    for word in reading.split():
        found = [word]
        if "r" in word:
            found += [w.replace("r", "l") for w in found]
        if liquids and "l" in word:
            found.append(word.replace("l", "r"))
        if not liquids and "b" in word:
            found += [w.replace("b", "v") for w in found]
        for pattern, sound in others:
            if (other := pattern.sub(sound, word)) != word:
                found.append(other)
        if labials:
            found += [_with_f(w) for w in found]
        options.append(tuple(dict.fromkeys(found)))
    return list(islice(_fewest_changes(options), SOUND_READINGS))


def _fewest_changes(options: list[tuple[str, ...]]) -> Iterator[str]:
    """The words' readings joined, every word's first alone, then with one word read
    otherwise, then two... Only words with another reading are chosen among: each choice
    then yields, and the caller's first few come at once (choosing among all words took
    minutes on a name of 25 words, most with one reading)."""
    variable = [w for w, found in enumerate(options) if len(found) > 1]
    for changed in range(len(variable) + 1):
        for where in combinations(variable, changed):
            for picks in product(*(options[w][1:] for w in where)):
                words = [o[0] for o in options]
                for w, pick in zip(where, picks, strict=True):
                    words[w] = pick
                yield " ".join(words)


def _with_f(word: str) -> str:
    """A Hangul reading's word with its p, and a final v (a final 프), as f."""
    word = word.replace("p", "f")
    return word[:-1] + "f" if word.endswith("v") else word


def somali_reading(name: str) -> str | None:
    """A name read as Somali spelling writes it (x a ha, c an ayn: "Xasan Cabdulle" is
    "Hasan abdulle"), or None when it does not look written so: a word so read must become
    a name the variant tables know or one of "Abd" (Xasan is Hasan, Cali Ali, Cabdi Abdi;
    Alexander, Cook and Company are read as written)."""
    if not (_SOMALI_X.search(name) or (_SOMALI_C.search(name) and _DOUBLE_VOWEL.search(name))):
        return None
    if _PINYIN_X.search(name):  # Pinyin writes x for another sound: Xiaoming is no Hiaoming
        return None
    reading = _SOMALI_AYN.sub("", name.replace("x", "h").replace("X", "H"))
    known = variant_table()
    written = _WORD.findall(name.lower())
    read = _WORD.findall(reading.lower())
    if len(written) != len(read) or not any(
        w != r and (r in known or r.startswith("abd"))  # Cabdi, Cabdiraxmaan: Abd-
        for w, r in zip(written, read, strict=True)
    ):
        return None
    return reading


# A Slavic name in a scholarly or GOST transliteration: č, š, ž (ISO 9, Czech, Croatian; not
# the ć of a Serbian or Croatian family name, Pavlović, which as -ich would read as a Russian
# patronymic), a final ij, yj or GOST's ijj (-ий, -ый, -ій: not Arabic's jj inside a word,
# Hajji, Sajjad)
# ... and the Arabic script's in DIN 31635 and ISO 233, whose jim is ǧ (Ǧamāl, Jamal) and
# shin š
_SCHOLARLY = re.compile(r"[čšžđǧ]|(?<=[iy])jj?\b", re.IGNORECASE)
_SCHOLARLY_LETTERS = str.maketrans(
    {"č": "ch", "š": "sh", "ž": "zh", "đ": "dj", "Č": "Ch", "Š": "Sh", "Ž": "Zh", "Đ": "Dj"}
    | {"ǧ": "j", "Ǧ": "J"}
)
# Vietnamese, whose đ is a d (Đặng Dang): its tone marks and ơ, ư, ă
_VIETNAMESE = re.compile("[\u1ea0-\u1ef9ơưăƠƯĂ]")
_SCHOLARLY_J = re.compile(r"(?<=[iy])jj?\b|j(?=[aeiou])", re.IGNORECASE)


def scholarly_reading(name: str) -> str | None:
    """A Slavic name in a scholarly or GOST transliteration read as the lists write it (č ch,
    š sh, ž zh, Serbian and Croatian đ dj; a final ij, ijj iy and yj y; j before a vowel y):
    "Čaplynsʹkyj Dmytro Oleksandrovyč" is also "Chaplynsky Dmytro Oleksandrovych", "Dmitrijj"
    "Dmitriy", Jermakov Yermakov, Đorđević Djordjević (Джорджевич, whose đ the ASCII fold
    made a d); an Arabic name in DIN 31635 or ISO 233 so too (ǧ j: Ǧabr Jabr); or None when
    it has none of them, or is Vietnamese (Đặng Dang). Croatian and
    Czech names, written so too, keep their form as written (Karadžić, listed KARADZIC)."""
    if not _SCHOLARLY.search(name) or _VIETNAMESE.search(name):
        return None
    reading = _SCHOLARLY_J.sub(_y, name).translate(_SCHOLARLY_LETTERS)  # dj stays dj
    return reading if reading != name else None


# The s with a cedilla or comma below of Turkish, Azerbaijani and Romanian is sh (Beşir,
# Ştefan), the t with one ts (Ţiriac); the ç of Turkish, Azerbaijani and Albanian ch, but
# French, Portuguese and Catalan write it for s before a, o and u alone (François): read ch
# there only in a name with other Turkic letters (Çağatay)
_CEDILLA_S_T = str.maketrans(
    {"ş": "sh", "Ş": "Sh", "ș": "sh", "Ș": "Sh", "ţ": "ts", "Ţ": "Ts", "ț": "ts", "Ț": "Ts"}
)
_TURKIC_LETTERS = re.compile("[şŞğĞıİəƏ]")
_CH_C_CEDILLA = re.compile(r"ç(?![aouAOU])|(?<!\w)ç", re.IGNORECASE)
_CH_C_CEDILLA_ANY = re.compile("ç", re.IGNORECASE)


def _ch(found: re.Match[str]) -> str:
    return "Ch" if found.group() == "Ç" else "ch"


def cedilla_reading(name: str) -> str | None:
    """A name with an s, t or c with a cedilla (or a comma below) read as the languages that
    write them say them, as lists write their names in English (Beşir Bashir, Çelik
    Chelik, Ştefan Shtefan), or None when it has none of them or reads the same; the ASCII
    fold of the name as written (Besir, Celik) is screened too."""
    reading = name.translate(_CEDILLA_S_T)
    turkic = _TURKIC_LETTERS.search(name)
    reading = (_CH_C_CEDILLA_ANY if turkic else _CH_C_CEDILLA).sub(_ch, reading)
    return reading if reading != name else None


def _y(found: re.Match[str]) -> str:
    """A y for a scholarly j (:func:`scholarly_reading`), in its case; none after a y."""
    end = found.start() > 0 and found.string[found.start() - 1] in "yY"
    return "" if end else "Y" if found.group()[0] == "J" else "y"


def vessel_numbers(text: str) -> list[str]:
    """The IMO and MMSI numbers a query string gives after a name ("ARGO I IMO 9187667",
    "(IMO 9187667)"): identifiers, as if given apart."""
    return _VESSEL_NUMBER.findall(text)


# a word, with its parts joined by - / or . (EP-MMH, No.2006): a match is as long as it can
# be, so the text is read once (a pattern that tries every place a code may begin took 228 s
# on a paste of 100,000 letters)
_JOINED_WORD = re.compile(r"\w+(?:[-/.]\w+)*")
_CODE_SHAPE = re.compile(r"[-/.\d]")  # a word with a digit or a mark between its parts
_MARK = re.compile(r"([A-Za-z0-9]{1,2})[- ][A-Za-z0-9]{3,5}")  # an aircraft's: EP-MMH, EP MMH
_ARTICLES = frozenset({"al", "el", "ul", "ad", "an", "ar", "as", "at", "az", "ed", "en", "es"})
_DATE = re.compile(r"\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.](?:\d{4}|\d{2})")
CODE_MIN = 7  # letters and digits of a code among a name's words (C10135 is a customer's)


def written_codes(text: str) -> list[str]:
    """The words of a query string written as codes, to be looked up among the listed
    identifiers, where one found is decisive: a registration mark in an aircraft's
    description ("Mahan Air A340 EP-MMH", "Air Koryo P-672"), a document number of letters
    and digits after a name ("P1234567"). A code is read as :func:`~.features.id_key`
    reads it (No.2006 is 2006): of :data:`CODE_MIN` characters or more with a letter and a
    digit, or a mark's shape (not Al-Quds: an article). Shorter codes are too often a
    customer's or an invoice's number (hundreds of listed ids have six characters), and
    numbers alone a date, a house number, a postcode or a telephone number (a name field
    that is only a code or a number is still looked up whole)."""
    found = []
    for word in _JOINED_WORD.findall(text):
        if not _CODE_SHAPE.search(word):
            continue
        key = id_key(word)
        mixed = len(key) >= CODE_MIN and not key.isdigit() and not key.isalpha()
        if mixed or (_a_mark(word) and not key.isdigit()):
            found.append(word)
    return found


def _a_mark(text: str) -> bool:
    """Whether ``text`` has an aircraft registration mark's shape, its prefix no Arabic
    article (Al-Quds, Al Amin)."""
    mark = _MARK.fullmatch(text)
    return mark is not None and mark[1].lower() not in _ARTICLES


def typed_as_code(text: str) -> bool:
    """Whether a whole name field may be a listed identifier typed as the name, to look up:
    one with a digit but no date (a passport number, YV2040; not 1982-02-15, a column
    mixed up), a mark's shape (YK-AKB, YK AKB; not Al Amin), or one word of eight letters
    or more (a SWIFT code). Not a word of fewer letters: "Ufon" and "Uhma" are names, and
    vessels' call signs (UFON)."""
    text = text.strip()
    key = id_key(text)
    if any(c.isdigit() for c in key):
        return not _DATE.fullmatch(text)
    return _a_mark(text) or (len(key) >= 8 and " " not in text)


def unread_script(text: str) -> str | None:
    """The script of the first letter of a name that gave no part (Khmer: ICU has no
    romanisation of it), or None when it has no letter."""
    letter = next((c for c in text if c.isalpha()), None)
    return None if letter is None else unicodedata.name(letter, "UNKNOWN").split()[0].title()


def unread_name(name: str, field: str = "name") -> InvalidInput:
    """The error for a name that gave no part: one in a script unsc cannot read
    (:func:`unread_script`), or one with no letter or digit; ``field`` names where it came
    from."""
    script = unread_script(name)
    if script is not None:
        return InvalidInput(
            f"the name {name!r} is written in a script unsc cannot read ({script})",
            field=field,
            hint="give the name in Latin letters too",
        )
    return InvalidInput(f"the name {name!r} has no letters or digits", field=field)


def query_forms(*texts: str, kind: str | None = None) -> list[NameForm]:
    """The analysed names that query strings give (:func:`query_names`), each once, those
    with no letter or digit left out; of a vessel (``kind``), also without the 호 a Korean
    ship's name ends in (:func:`korean_ship_name`); of a vessel or an organisation, with
    its first words spelt as titles kept (MARSHAL ZHUKOV), and of no kind given, both ways
    (a person's title, a vessel's name)."""
    expanded = dict.fromkeys(name for text in texts for name in query_names(text))
    for name in list(expanded):  # a long name cut in its legal form: also with it whole
        if len(name) >= CUT_TEXT and name[-1].isalpha() and kind != "person":
            uncut = uncut_legal_form(normalize_text(name)[0])
            if uncut is not None:
                expanded[uncut] = None
    if kind == "vessel":
        expanded.update(dict.fromkeys(n for n in map(korean_ship_name, list(expanded)) if n))
    titled = kind in ("vessel", "organization")
    forms: list[NameForm] = []
    for name in expanded:
        form = analyze(name, titled)
        if form.tokens:
            forms.append(form)
        if kind is None and form.removed:  # a title left out: also as a vessel's name
            whole = analyze(name, True)
            if whole.tokens != form.tokens:
                forms.append(whole)
    return forms


_SHIP_SUFFIX = re.compile(r"(?<=[\uac00-\ud7a3])호\s*$")


def korean_ship_name(name: str) -> str | None:
    """A vessel's name in Hangul without the 호 that ends a Korean ship's name, which the lists'
    romanisations leave out ("천마산호" CHON MA SAN, "청천강호" CHONG CHON GANG); None for a
    name without it. Not read so without a vessel's schema: 호 is also a given-name syllable
    (김창호, Kim Chang Ho)."""
    stripped = _SHIP_SUFFIX.sub("", name)
    return stripped.strip() if stripped != name and stripped.strip() else None


def _before_a_year(name: str) -> str | None:
    """The name before a year or a date written after it (:data:`_YEAR_AFTER`), when it is
    two words of letters or more and no body's: not a body's number (OFFICE 1961, MILITARY UNIT 1961
    keep it)."""
    head = _YEAR_AFTER.sub("", name)
    if head == name or any(c.isdigit() for c in head) or len(_WORD.findall(head)) < 2:
        return None
    head = head.strip(" ,;")
    return None if says_body(analyze(head)) else head


def _before_a_country(name: str) -> str | None:
    """The name before a country after a comma, a dash or a slash ("Ri Won Ho, DPRK",
    "Tanchon Commercial Bank, North Korea", "Joseph Kony - Uganda"), and before a place in
    rigour's territories between them ("Felicity, Dubai, UAE": an address), else None. Not a
    name of one word before a country alone, which is a family name ("KOREA, Kim": given
    name Kim). With nothing between, a person's name alone (:func:`_person_before_a_country`)."""
    parts = _COUNTRY_CUT.split(name)
    if len(parts) < 2 or not _is_country(parts[-1]):
        return _person_before_a_country(name)
    parts.pop()
    address = False
    while len(parts) > 1 and _is_place(parts[-1]):
        parts.pop()
        address = True
    head = ", ".join(p.strip() for p in parts).strip()
    return head if address or len(head.split()) >= 2 else None


COUNTRY_WORDS = 3  # words of the longest country looked for after a person's name
# Countries that are given or family names too (Michael Jordan, Chad Smith, Tom Holland)
_NAMED_COUNTRIES = frozenset(
    {"jordan", "chad", "israel", "georgia", "india", "france", "holland", "ireland", "england"}
)
# Words that end no person's name before a country: it is a body's ("ISIL in Yemen")
_BEFORE_A_PLACE = frozenset({"in", "of", "for", "fi", "the", "and", "de", "du", "des", "la"})


def _person_before_a_country(name: str) -> str | None:
    """A person's name of two words or more before a country with nothing between ("JOSEPH
    KONY UGANDA", "Ri Won Ho North Korea"), as fields run a name and a nationality together;
    not a country that is a given name too (Jordan, Israel, Georgia), nor a body's name,
    whose country is a word of it (BANK MELLI IRAN, ISIL in Yemen), else None."""
    words = name.split()
    for size in range(min(COUNTRY_WORDS, len(words) - 2), 0, -1):
        country, head = " ".join(words[-size:]), " ".join(words[:-size])
        if not _is_country(country) or country.lower() in _NAMED_COUNTRIES:
            continue
        form = analyze(head)
        if (
            part_count(form) >= 2
            and all(kind in NAMING or kind == PARTICLE for kind in form.kinds)
            and form.kinds[-1] in NAMING
            and form.tokens[-1] not in _BEFORE_A_PLACE
            and not says_body(analyze(name))
            and group_words().isdisjoint(form.canon)
        ):
            return head
        return None
    return None


def _person_and_body(left: str, right: str) -> bool:
    """Whether two sides of a joined name are a person's name and a body's ("Joseph Kony /
    Acme Trading Ltd", "John Smith and Smith Holdings LLC"): the left of two words or more,
    no body's, a country's or a trade's; the right of two words or more, a body's that does
    not start with its legal form (not "Ali Hassan and Sons Ltd", one firm's name) and has a
    word of its own (not "Falcon Oil & Gas Co.", one firm's name, whose "Gas Co." met
    SYRIAN GAS COMPANY: 19 of 33 real firms' names with an "&" so)."""
    first, second = analyze(left), analyze(right)
    trades = sector_words()
    return (
        len(first.tokens) >= 2
        and len(second.tokens) >= 2
        and not says_body(first)
        and not any(country_parts(first.tokens))
        and trades.isdisjoint(first.canon)
        and says_body(second)
        and second.kinds[0] != LEGAL
        and not legal_spelling(second.tokens[0])
        and any(
            own and c not in trades for own, c in zip(own_words(second), second.canon, strict=True)
        )
    )


def _joint_names(name: str) -> list[str]:
    """Each of two persons one name gives (:data:`_JOINT`): "Joseph Kony and Vincent Otti",
    both; "Joseph and Mary Kony", Joseph Kony and Mary Kony; a couple by their titles
    (:data:`_COUPLE`: "Mr and Mrs Joseph Kony"), the name. Not a body's name, whose words
    "and" joins are one name (Trade and Development Bank, Bosnia and Herzegovina, Black and
    White Shipping, Army of Men and Women), nor one word on each side (Smith & Sons), nor
    a third name before them (Smith, Jones and Brown, as law firms are named). One word on
    the right of a name of two or more: the name alone (Joseph Kony / LRA). A person's name
    and a body's (:func:`_person_and_body`): each."""
    m = _COUPLE.match(name)
    if m is not None:
        return [name[m.end() :].strip()]
    sides = _JOINT.split(name)
    if len(sides) != 2 or "," in sides[0]:  # three names or more: a firm's (Smith, Jones and
        return []  # Brown)
    left, right = sides[0].split(), sides[1].split()
    if _person_and_body(sides[0], sides[1]):
        return [sides[0].strip(), sides[1].strip()]
    form = analyze(name)
    if (
        not left
        or not right
        or (len(right) < 2 and len(left) < 2)
        or says_body(form)
        or any(country_parts(form.tokens))
        or not sector_words().isdisjoint(form.canon)
        or not group_words().isdisjoint(form.canon)
    ):
        return []
    if len(right) == 1:  # a remark or a firm's word after a name: the name alone
        return [" ".join(left)]  # (Joseph Kony / LRA, John Smith & Sons)
    if len(left) == 1:  # a given name, the family name on the right's end
        return [f"{left[0]} {right[-1]}", " ".join(right)]
    return [" ".join(left), " ".join(right)]


def _before_a_branch(name: str) -> list[str]:
    """The body a branch belongs to (:data:`_BRANCH_END`, :data:`_BRANCH_OF`), of two words
    or more: the name before the place written after a comma, a bracket or a dash ("BANK
    MELLI IRAN, HAMBURG BRANCH"); with none, the name before the word "branch" and before
    the one word ahead of it, a city's ("Mellat Bank Seoul Branch": "Mellat Bank Seoul",
    "Mellat Bank"); the name before "branch in" a place, "Filiale" a place, or after
    "branch of". Nothing for a name without a branch."""
    m = _BRANCH_OF.match(name)
    if m is not None:
        heads = [m.group(1) or m.group(2)]
    elif (m := _BRANCH_END.search(name)) is not None:
        before = name[: m.start()]
        cuts = list(_BRANCH_PLACE.finditer(before))
        if cuts and len(before[cuts[-1].end() :].split()) <= 3:
            heads = [before[: cuts[-1].start()]]
        else:
            words = before.split()
            heads = [" ".join(words[:n]) for n in (len(words), len(words) - 1)]
    else:
        return []
    return [h.strip(" ,") for h in heads if len(h.split()) >= 2]


def _place_of(text: str) -> str | None:
    """What a piece of text names when it names only a place (:func:`~.countries.place_kind`:
    "country", "place"), else None."""
    words = tuple(normalize_text(text)[0].split())
    return place_kind(words) if words else None


def _is_country(text: str) -> bool:
    return _place_of(text) == "country"


def _is_place(text: str) -> bool:
    """Whether a part of an address is a country or a place: the shipped places' (Dubai,
    Moscow), else rigour's territories' (:func:`~.features.country_code`: Limassol; loaded
    once, the first time an address names a place the shipped table lacks)."""
    return _place_of(text) is not None or country_code(text) is not None


def _kinship_names(name: str) -> list[str]:
    """A name, and when it gives a relative's name after "s/o" (or "son of"...), the name
    before it; the marker dropped."""
    parts = _KINSHIP.split(name)
    if len(parts) == 1:
        return [name]
    return [" ".join(p.strip() for p in parts), parts[0].strip()]
