"""Scripts and letters beyond the big five: Devanagari, Azerbaijani and African Latin letters."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from unsc.screening import compare, detect_script, normalize_text, to_latin
from unsc.screening.transliterate import (
    foreign_georgian,
    foreign_greek,
    foreign_hangul,
    foreign_katakana,
    hanja_reading,
)


@pytest.mark.parametrize(
    ("text", "latin"),
    [
        ("समीर खान", "samir khan"),  # a final consonant without its inherent vowel
        ("नरेंद्र मोदी", "narendra modi"),  # ... but after a cluster the vowel is said
        ("अमित शाह", "amit shah"),  # श is sh, not ś
        ("प्रचण्ड", "prachanda"),  # च is ch
    ],
)
def test_devanagari_names_read_as_they_are_written_in_latin(text: str, latin: str) -> None:
    assert detect_script(text) == "devanagari"
    assert normalize_text(text)[0] == latin
    assert to_latin(text)[1] == "icu-devanagari"


@pytest.mark.parametrize(
    ("text", "latin", "script"),
    [
        ("ওসামা বিন লাদেন", "osama bin laden", "bengali"),  # ICU: osama bina ladena
        ("আব্দুল করিম", "abdul karim", "bengali"),
        ("ਭਗਤ ਸਿੰਘ", "bhagat singh", "gurmukhi"),  # the tippi, a nasal ICU drops
        ("દાઉદ ઇબ્રાહિમ", "daud ibrahim", "gujarati"),
        ("નરેન્દ્ર મોદી", "narendra modi", "gujarati"),  # after a cluster the vowel is said
    ],
)
def test_other_indic_scripts_leave_out_a_final_inherent_vowel(
    text: str, latin: str, script: str
) -> None:
    assert detect_script(text) == script
    assert normalize_text(text) == (latin, f"icu-{script}")


@pytest.mark.parametrize(
    ("text", "latin"),
    [
        ("İlham Əliyev", "ilham aliyev"),  # Azerbaijani schwa, as English-language lists write it
        ("Məmmədov", "mammadov"),
        ("Kɔfi Ɣana", "kofi ghana"),  # open o and gamma of West African alphabets
    ],
)
def test_latin_letters_icu_leaves_alone_are_not_dropped(text: str, latin: str) -> None:
    assert normalize_text(text)[0] == latin


@pytest.mark.parametrize(
    ("written", "listed"),
    [
        ("İlham Əliyev", "Ilham Aliyev"),
        ("समीर खान", "Sameer Khan"),
        ("नरेंद्र मोदी", "Narendra Modi"),
        ("ٹیپو سلطان", "Tipu Sultan"),  # Urdu tteh
        ("ڈاکٹر عبد القدیر خان", "Abdul Qadeer Khan"),  # Urdu ddal, in a title
        # Kazakh, Tajik, Kyrgyz letters; the Russian hard sign inside a word
        ("Қасым-Жомарт Тоқаев", "Kassym-Jomart Tokayev"),
        ("Ҷалолиддин Раҳмонов", "Jaloliddin Rakhmonov"),
        ("Сооронбай Жээнбеков", "Sooronbay Jeenbekov"),
        ("Өмүрбек Бабанов", "Omurbek Babanov"),
        ("Объединенная авиастроительная корпорация", "Obyedinennaya Aviastroitelnaya Korporatsiya"),
    ],
)
def test_names_in_these_scripts_match_their_latin_spelling(written: str, listed: str) -> None:
    assert compare(written, listed).match


_SCHWA_LETTERS = st.text(alphabet="ɔƆəƏɣƔʒƷʃƩɑɩʊɵǝƎɲƝ abc", min_size=1, max_size=20)


@given(_SCHWA_LETTERS)
def test_no_letter_of_the_table_is_lost(text: str) -> None:
    letters = sum(ch.isalpha() for ch in text)
    latin = to_latin(text)[0]
    assert latin.isascii()
    assert sum(ch.isalpha() for ch in latin) >= letters


_ARABIC_LETTERS = [
    chr(cp)
    for cp in range(0x0620, 0x06D4)
    if unicodedata.category(chr(cp)) == "Lo" and chr(cp) not in "ءٴع"  # hamza, ayn: dropped
]


@pytest.mark.parametrize("letter", _ARABIC_LETTERS)
def test_no_letter_of_the_arabic_script_is_lost(letter: str) -> None:
    # The letters of Urdu (ٹ, ڈ), Sindhi, Kurdish, Uyghur and Jawi, that ICU leaves untouched,
    # once vanished from the name: "ڈاکٹر" read "ak r".
    latin = normalize_text("ب" + letter + "ب")[0]
    assert sum(ch.isalpha() for ch in latin) >= 3, (unicodedata.name(letter), latin)


_CYRILLIC_LETTERS = [
    chr(cp)
    for cp in [*range(0x0400, 0x0460), *range(0x048A, 0x0500)]
    if unicodedata.category(chr(cp)).startswith("L") and chr(cp) not in "ЪЬъьҌҍӀӏ"  # signs
]


@pytest.mark.parametrize("letter", _CYRILLIC_LETTERS)
def test_no_letter_of_the_cyrillic_script_is_lost_or_splits_the_word(letter: str) -> None:
    # ICU left the letters of Kazakh, Tajik, Kyrgyz... or wrote them with a modifier that
    # became a space: "Тоқаев" read "tok ayev", "Ҳасан" "asan".
    latin = normalize_text("б" + letter + "б")[0]
    assert " " not in latin and sum(ch.isalpha() for ch in latin) >= 3, (letter, latin)


@pytest.mark.parametrize(
    ("text", "latin"),
    [("Советская", "sovetskaya"), ("Шчукин", "shchukin"), ("Объединенная", "obyedinennaya")],
)
def test_bgn_marks_inside_a_word_do_not_split_it(text: str, latin: str) -> None:
    assert normalize_text(text)[0] == latin


@pytest.mark.parametrize(
    ("text", "latin"),
    [
        ("ПУТІН Володимир", "putin volodymyr"),  # Ukrainian: і, so и is y
        ("Юлія Тимошенко", "yuliya tymoshenko"),
        ("Григорій", "hryhoriy"),  # г is h
        ("Володимир", "volodimir"),  # no Ukrainian letter: read as Russian
        ("Қасым-Жомарт Тоқаев", "kasym zhomart tokayev"),  # Kazakh (і too): not Ukrainian
    ],
)
def test_a_ukrainian_name_is_read_by_the_ukrainian_system(text: str, latin: str) -> None:
    assert normalize_text(text)[0] == latin


@pytest.mark.parametrize(
    ("text", "latin"),
    [
        ("ვლადიმერ პუტინი", "vladimer putin"),  # the nominative -i of the last word
        ("სერგეი ლავროვი", "sergei lavrov"),
        ("გურია სპირიტი", "guria spirit"),  # a vessel (watchman's pair)
        ("რამზან კადიროვი", "ramzan kadirov"),  # not the first word's: undeclined
        ("მიხეილ სააკაშვილი", None),  # Georgia's own family names keep theirs
        ("ჯაიანი", None),
        ("ნიკოლოზ წერეთელი", None),
        ("Putini", None),  # not Georgian letters
    ],
)
def test_a_foreign_name_in_georgian_is_read_without_the_nominative_i(
    text: str, latin: str | None
) -> None:
    assert foreign_georgian(text) == latin


@pytest.mark.parametrize(
    ("text", "latin"),
    [
        # foreign names in katakana without the vowels katakana adds after a consonant
        ("ウマロフ", "umarov"),  # a final -fu is a Russian -v
        ("クリムキン", "krimkin"),  # a first u before r, an inner one before a consonant
        ("ムニョス", "munyos"),  # ... but a first u before another consonant stays
        ("チェルヴェンコフ", "chervenkov"),
        ("ヴィクトル・ヤヌコーヴィチ", "viktor yanukovich"),
        ("トランプ", "tranp"),  # o after t before r and a vowel
        ("アブー・バクル", "abu bakr"),  # a long u (ー) is said: not an added vowel
        ("アル＝バグダーディー", "ar bagdadi"),  # the double hyphen parts words
        ("メドヴェージェフ", "medvejev"),  # o after d before a consonant
        ("ドナルド", "donardo"),  # ... but in the first syllable
        ("モロトフ", "morotov"),  # ... and before a final -v: the -tov of a Russian name
        ("山田", None),  # not katakana
    ],
)
def test_a_foreign_name_in_katakana_is_read_without_the_added_vowels(
    text: str, latin: str | None
) -> None:
    assert foreign_katakana(text) == latin


@pytest.mark.parametrize(
    ("text", "latin"),
    [
        # foreign names by the Korean rules for loanwords: ㅡ alone is no vowel, ㄹㄹ an l
        ("드미트리 메드베데프", "dmitri medbedev"),  # a final 프 is a Slavic -v
        ("알렉산드르 루카셴코", "aleksandr rukashenko"),
        ("블라디미르 푸틴", "bladimir putin"),
        ("레프 트로츠키", "rev trotski"),
        ("하산 로우하니", "hasan rouhani"),  # a word of four syllables
        ("오사마 빈 라덴", "osama bin raden"),  # three words: no Korean name
        ("김 정 은", None),  # ... but a Korean name's syllables spaced
        # ... not a Korean name, nor one with a double family name
        ("김정은", None),
        ("남궁민수", None),
        ("Kim 정은", None),
    ],
)
def test_a_foreign_name_in_hangul_is_read_by_the_loanword_rules(
    text: str, latin: str | None
) -> None:
    assert foreign_hangul(text) == latin


@pytest.mark.parametrize(
    ("text", "hangul"),
    [
        # a Korean name in hanja, read as Korean reads it: the family name's reading first
        ("金正恩", "김정은"),
        ("金 正恩", "김정은"),
        ("金铁三", "김철삼"),  # simplified characters as their traditional forms (KPi.035)
        ("崔龙海", "최룡해"),  # the initial r the DPRK writes (Choe Ryong Hae)
        # ... not a name of two characters (most often Chinese), nor a Japanese one
        ("潘云", None),
        ("中島 英樹", None),
        ("丹东鸿祥实业发展有限公司", None),
    ],
)
def test_a_korean_name_in_hanja_is_read_as_korean(text: str, hangul: str | None) -> None:
    assert hanja_reading(text) == hangul


@pytest.mark.parametrize(
    ("text", "latin"),
    [
        # foreign names in Greek letters: mp b (mp at the end), nt d, gk g, tz j, ts ch, ou u
        ("Βλαντίμιρ Βλαντίμιροβιτς Πούτιν", "vladimir vladimirovich putin"),
        ("Μπαράκ Ομπάμα", "barak obama"),
        ("Ντόναλντ Τραμπ", "donald tramp"),
        ("ρότενμπεργκ", "rotenberg"),
        ("νατζιμπουλάχ", "najibulakh"),
        ("Μιτς ΜακΚόννελ", "mich makkonnel"),
        ("Σεργκέι Λαβρόφ", "sergei lavrof"),  # an acute on έ parts ει: not "sergi"
        ("Τζο Μπάιντεν", "jo baiden"),
        ("Νίκος Ζαχαρίας", None),  # none of those pairs
        ("Putin", None),  # not Greek
    ],
)
def test_a_foreign_name_in_greek_is_read_by_the_letters_greek_writes_it_with(
    text: str, latin: str | None
) -> None:
    assert foreign_greek(text) == latin


@pytest.mark.parametrize(
    ("text", "latin"),
    [
        # Belarusian (ў, or і without и): г is h, ў u, as OFAC's Belarus program writes them
        ("Аляксандр Рыгоравіч Лукашэнка", "alyaksandr ryhoravich lukashenka"),
        ("Уладзімір Жаўнерчык", "uladzimir zhaunerchyk"),
        ("Сяргей Ігар", "syarhey ihar"),
        ("Григорий Лукашенко", "grigoriy lukashenko"),  # Russian: и
    ],
)
def test_a_belarusian_name_is_read_as_belarus_writes_it(text: str, latin: str) -> None:
    assert normalize_text(text)[0] == latin


@pytest.mark.parametrize(
    ("text", "latin"),
    [
        # Serbian and Macedonian (a letter only they write): their own Latin alphabets, as
        # the lists write the names (OFAC's Balkans program: KARADZIC, Radovan)
        ("Радован Караџић", "radovan karadzic"),
        ("Жељко Ражнатовић", "zeljko raznatovic"),
        ("Горан Хаџић", "goran hadzic"),
        ("Ђорђе Балашевић", "djordje balasevic"),  # ђ is đ, in ASCII dj
        ("Љубчо Георгиевски", "ljubco georgievski"),
        ("Ѓорѓе Иванов", "gorge ivanov"),  # Macedonian ѓ
        # Bulgarian (ъ as a vowel, ьо): ъ a, щ sht, х h, as Bulgaria's passports
        ("Петър Стоянов", "petar stoyanov"),
        ("Щерьо Щерев", "shteryo shterev"),
        ("Ъглен Христов", "aglen hristov"),
        # Russian: ъ only before е ё ю я, read as before
        ("Объединенная", "obyedinennaya"),
        ("Христо Щукин", "khristo shchukin"),
    ],
)
def test_serbian_macedonian_and_bulgarian_names_read_as_their_countries_write_them(
    text: str, latin: str
) -> None:
    assert normalize_text(text)[0] == latin


@pytest.mark.parametrize(
    ("text", "latin", "method"),
    [
        ("Ντόναλντ Τραμπ", "donalnd tramb", "icu-greek-bgn"),  # not the scholarly Ntonalnt
        ("Κυριάκος Μητσοτάκης", "kiriakos mitsotakis", "icu-greek-bgn"),
        # a gamma before a front vowel as passports write it (ELOT 743), not BGN's y
        ("Γεώργιος Παπάς", "georgios papas", "icu-greek-bgn"),
        ("Παναγιώτης Αγγελόπουλος", "panagiotis angelopoulos", "icu-greek-bgn"),
        ("Ծատուրյան Շին", "tsaturyan shin", "icu-armenian-bgn"),  # not Caturyan Sin
        ("მიხეილ სააკაშვილი", "mikheil saakashvili", "icu-georgian-bgn"),
    ],
)
def test_greek_armenian_and_georgian_names_read_as_bgn_writes_them(
    text: str, latin: str, method: str
) -> None:
    assert normalize_text(text) == (latin, method)


@pytest.mark.parametrize(
    ("text", "latin"),
    [
        ("አበበ ቢቂላ", "abebe biqila"),  # the first order's vowel e (ICU's default: ababa)
        ("ሐጎስ ገብረሕይወት", "hagos gebrehywet"),  # a laryngeal's first order a (SERA: Hegos)
        ("ዐቢይ አሕመድ", "abiy ahmed"),
        ("ጸጋዬ ሻለቃ", "tsegaye shaleqa"),  # SERA's S, E and x
        ("ፊሊጶስ ቸኮል", "filipos chekol"),  # its P and c
    ],
)
def test_ethiopic_names_read_as_they_are_written_in_latin(text: str, latin: str) -> None:
    assert normalize_text(text) == (latin, "icu-ethiopic-sera")


@pytest.mark.parametrize(
    ("text", "latin"),
    [
        # an organisation's common words in English, its own in Pinyin (OFAC SDN 20564)
        ("丹东鸿祥实业发展有限公司", "dan dong hong xiang industrial development co ltd"),
        ("朝鲜联合机械贸易会社", "korea united machinery trading company"),  # 会社: KPe.016
        ("新疆生产建设兵团", "xin jiang production construction corps"),
        # a person may be called Jianshe (建设, "construction") or Zhongguo (中国, "China")
        ("王建设", "wang jian she"),
        ("李中国", "li zhong guo"),
        # a DPRK firm's name in Hangul (KPe.003); a person's name is read as one
        ("단천상업은행", "tan chon commercial bank"),
        ("김정은", "kim jong un"),
    ],
)
def test_an_organisations_common_words_read_in_english(text: str, latin: str) -> None:
    assert normalize_text(text)[0] == latin


@given(st.text(alphabet="〇零一二两三四五六七八九十百千0123456789٣", min_size=1, max_size=8))
def test_a_number_after_di_in_han_reads_as_digits_whatever_its_characters(numeral: str) -> None:
    latin, _ = to_latin(f"第{numeral}星風丸")
    assert latin.split()[0].isdigit()


def test_a_korean_bodys_name_in_chinese_characters_reads_in_hangul() -> None:
    from unsc.screening.transliterate import hanja_organisation

    assert hanja_organisation("端川商业银行") == "단천상업은행"
    assert hanja_organisation("王建设") is None  # a person's name: no body's word
    assert hanja_organisation("株式会社岡田情報") is None  # a Japanese firm
