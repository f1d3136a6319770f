"""Chinese names in their Cantonese reading, as Hong Kong and Macau write them."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from unsc.screening import compare
from unsc.screening.cantonese import _readings, cantonese_reading, hong_kong_syllable


@pytest.mark.parametrize(
    ("jyutping", "spelt"),
    [
        ("zoeng", "cheung"),  # 張
        ("jeon", "yun"),  # 潤
        ("faat", "fat"),  # 發
        ("waa", "wah"),  # 華
        ("kyun", "kuen"),  # 權
        ("jyut", "yuet"),  # 月
        ("gwok", "kwok"),  # 郭
        ("ceoi", "tsui"),  # 徐
        ("ng", "ng"),  # 吳
        ("ngo", "ngo"),  # 我
        ("on", "on"),  # 安: no initial
        ("zan", "chun"),  # 振: written whole otherwise
    ],
)
def test_jyutping_as_hong_kong_spells_it(jyutping: str, spelt: str) -> None:
    assert hong_kong_syllable(jyutping) == spelt


def test_every_reading_of_the_shipped_table_is_spelt() -> None:
    # every syllable parses into an initial and a final the table spells (or is whole)
    spelt = {r: hong_kong_syllable(r) for r in set(_readings().values())}
    assert len(_readings()) > 20_000
    assert all(s.isascii() and s.isalpha() for s in spelt.values())
    left = re.compile("eo|(?<![ts])z|j|c(?!h)")  # Jyutping's own letters (not Tsz, Sze)
    assert not [r for r, s in spelt.items() if left.search(s)]


@pytest.mark.parametrize(
    ("text", "reading"),
    [
        ("周潤發", "chow yun fat"),  # a family name as Hong Kong spells it (zau: Chow)
        ("周润发", "chow yun fat"),  # simplified
        ("李嘉誠", "lee ka sing"),
        ("德成貿易有限公司", "tak sing trading co ltd"),  # common words in English
        ("蔣介石", "cheung kai shek"),  # 蔣 is no 江 Kong, which Pinyin also reads jiang
        ("潘迪生", "poon tik sang"),
    ],
)
def test_the_cantonese_reading_of_a_chinese_name(text: str, reading: str) -> None:
    assert cantonese_reading(text) == reading


@pytest.mark.parametrize(
    "text",
    ["林", "韩荣", "中島 舞", "さとう", "山田たろう", "第十八星風丸", "Chow Yun Fat", "김정은"],
)
def test_names_not_read_in_cantonese(text: str) -> None:
    # short, spaced (Japanese), with kana, numbered, or not in Han characters
    assert cantonese_reading(text) is None


@given(st.text(alphabet="周潤發德成貿易有限公司林第 ·a", max_size=12))
def test_a_reading_is_latin_or_none(text: str) -> None:
    reading = cantonese_reading(text)
    assert reading is None or (reading.isascii() and reading == reading.strip())


@pytest.mark.parametrize(
    ("a", "b", "schema"),
    [
        ("周潤發", "Chow Yun-fat", "Person"),  # Pinyin: Zhou Runfa
        ("劉德華", "Lau Tak-wah", "Person"),
        ("李嘉誠", "Li Ka-shing", "Person"),
        ("曾蔭權", "Donald Tsang Yam-kuen", "Person"),
        ("梁振英", "Leung Chun-ying", "Person"),
        ("華豐船務有限公司", "Wah Fung Shipping Co Ltd", "Organization"),
        ("德成貿易有限公司", "Tak Shing Trading Company Limited", "Organization"),
    ],
)
def test_hong_kong_spellings_match_the_name_in_han(a: str, b: str, schema: str) -> None:
    assert compare(a, b, schema=schema).match


@pytest.mark.parametrize(
    ("a", "b"),
    [("第八星風丸", "第十八星風丸"), ("贾", "KAA"), ("韩荣", "YOUTH WING"), ("中島 舞", "TOMO")],
)
def test_no_cantonese_reading_meets_other_names(a: str, b: str) -> None:
    assert not compare(a, b).match
