"""Russian bodies' names in Latin letters meet their English translation."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from unsc.sanctions import load_list
from unsc.screening import compare
from unsc.screening.romanised_russian import russian_key, russian_words_translated


@pytest.mark.parametrize(
    ("bgn", "list_spelling"),
    [
        ('ob"yedineniye', "OBEDINENIE"),
        ("rossiyskoy", "ROSSIISKOI"),
        ("aktsionernoye", "AKTSIONERNOE"),
        ("predpriyatiye", "PREDPRIYATIE"),
        ("korporatsiya", "KORPORATSIIA"),
    ],
)
def test_romanisations_of_one_word_share_a_key(bgn: str, list_spelling: str) -> None:
    assert russian_key(bgn) == russian_key(list_spelling)


@given(st.text(alphabet="abeiknostyz'\"-", max_size=20))
def test_the_key_is_its_own_key(word: str) -> None:
    key = russian_key(word)
    assert russian_key(key) == key
    assert key.isalpha() or not key


@pytest.mark.parametrize(
    ("romanised", "english"),
    [
        ("AO TSENTR SPETSIALNYKH SISTEM", "JSC CENTER OF SPECIAL SYSTEMS"),  # 0.53 before
        ("OOO TORGOVYI DOM ALFA", "ALFA TRADING HOUSE LLC"),  # 0.62
        ("BANK MOSKVY PAO", "BANK OF MOSCOW"),  # 0.49
        ("GOSUDARSTVENNAYA KORPORATSIYA ROSTEKH", "STATE CORPORATION ROSTEC"),  # 0.39
        ("FGUP ZAVOD KRASNOYE ZNAMYA", "FSUE KRASNOYE ZNAMYA PLANT"),  # 0.54
        ("Sberbank Rossii", "SBERBANK OF RUSSIA"),  # a bank's name of one word: 0.49
    ],
)
def test_a_romanised_name_meets_its_translation(romanised: str, english: str) -> None:
    assert compare(romanised, english, schema="Organization").match
    assert compare(english, romanised, schema="Organization").match


def test_an_ofac_entrys_two_names() -> None:
    names = next(e.all_names() for e in load_list("ofac_sdn").entities if e.ref == "43073")
    assert {"GRUPPA 99", "LLC GROUP 99"} <= set(names)
    assert compare("GRUPPA 99", "LLC GROUP 99", schema="Organization").score == 1.0


def test_only_a_bodys_name_in_latin_letters_is_read() -> None:
    assert russian_words_translated("Mario Rossi") is None  # rossi is also россии, of russia
    assert russian_words_translated("Центр специальных систем") is None  # Cyrillic: elsewhere
    assert russian_words_translated("Central Bank of Iran") is None  # nothing to read
    assert russian_words_translated("Kontsern Kalashnikov") == "concern Kalashnikov"
    assert russian_words_translated("Sberbank Rossii") == "Sberbank of russia"
    assert russian_words_translated("Mario Bank") is None  # no word ends in bank
