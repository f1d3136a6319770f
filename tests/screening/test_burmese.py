"""Burmese names in the conventional romanisation of Myanmar's names."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from unsc.screening.burmese import burmese_to_latin
from unsc.screening.normalize import normalize_text
from unsc.screening.scorer import compare


@pytest.mark.parametrize(
    ("text", "latin"),
    [
        ("မင်းအောင်လှိုင်", "min aung hlaing"),  # ha-hto: hl; the final ng after o: aing
        ("အောင်ဆန်းစုကြည်", "aung san su kyi"),  # ya-yit: ky; the final ny: i
        ("စိုးဝင်း", "soe win"),
        ("သန်းရွှေ", "than shwe"),  # ha-hto on ya: sh, with wa-hswe: shw
        ("ထွန်း", "htun"),  # wa-hswe as the vowel of a closed syllable
        ("မြင့်ဆွေ", "myint swe"),  # the creaky tone after a final n: t
        ("ဦးသန့်", "u thant"),  # the independent u first: the honorific U
        ("တင်ဦး", "tin oo"),  # ... else Oo
        ("ငွေဟင်္သာ 12", "ngwe hin tha 12"),  # a final stacked on the next consonant
    ],
)
def test_a_burmese_name_reads_as_myanmars_names_are_written(text: str, latin: str) -> None:
    assert burmese_to_latin(text) == latin


def test_the_normaliser_reads_the_myanmar_script_so() -> None:
    assert normalize_text("ငွေဟင်္သာ ၁၂") == ("ngwe hin tha 12", "burmese-conventional")
    assert normalize_text("ရွှေပုလဲ ကုမ္ပဏီလီမိတက်")[0] == "shwe pu le co ltd"  # firm's words


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Min Aung Hlaing", "မင်းအောင်လှိုင်"),  # 0.0 by ICU's reading ("mainnaaunglhaine")
        ("Aung San Suu Kyi", "အောင်ဆန်းစုကြည်"),
        ("Khin Nyunt", "ခင်ညွန့်"),
        ("NGWE HINTHA 12", "ငွေဟင်္သာ ၁၂"),  # watchman's pairs
        ("Shwe Pale Trading Co., Ltd.", "ရွှေပုလဲ ကုန်သွယ်ရေး ကုမ္ပဏီလီမိတက်"),
    ],
)
def test_a_burmese_name_matches_its_latin_spelling(a: str, b: str) -> None:
    assert compare(a, b).match


def test_other_burmese_names_do_not_meet() -> None:
    assert not compare("Soe Min", "စိုးဝင်း").match  # Soe Win


@given(st.text(alphabet=[chr(c) for c in range(0x1000, 0x104A)] + [" ", "1"], max_size=10))
def test_any_string_of_the_myanmar_block_reads_without_error(text: str) -> None:
    latin = burmese_to_latin(text)
    assert latin.isascii() or any("\u1040" <= ch <= "\u1049" for ch in latin)
