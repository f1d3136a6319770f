"""Foreign names in Chinese characters read back as the Latin they transcribe."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from unsc.screening.han_foreign import foreign_han
from unsc.screening.scorer import compare


@pytest.mark.parametrize(
    ("text", "latin"),
    [
        ("弗拉基米尔·普京", "vladimir putin"),  # parted by the interpunct; names read whole
        ("穆罕默德·奥马尔", "muhammad omar"),
        ("乌萨马·本·拉登", "usama ben laden"),  # 乌 wu is u
        ("罗曼·阿布拉莫维奇", "roman ablamovich"),  # 布 b before l, a final 奇 ch (拉 la: r too)
        ("谢尔盖·拉夫罗夫", "sergai lavrov"),  # 尔 r, a final 夫 v
        ("阿布·贝克尔·巴格达迪", "abu bekr bagdadi"),  # 阿布 abu: no bare final in two
        ("霍多尔科夫斯基", "khodorkovski"),  # one word of table characters
        ("伊拉里奧諾夫", "ilarionov"),  # traditional characters by their simplified forms
        ("弗拉基·米尔", "flaki mir"),  # ... but by their characters in other words
        ("弗拉基米尔 · 普京", "vladimir putin"),  # spaces around the interpunct
        # a Chinese name: two or three characters, unparted (金正恩 is read as hanja)
        ("王小明", None),
        ("金正恩", None),
        ("欧阳修文", None),  # four characters, not all the table's
        ("山田 太郎", None),  # a Japanese name, spaced: no interpunct
        ("Vladimir", None),
        ("ウラジーミル・プーチン", None),  # katakana: foreign_katakana's
    ],
)
def test_a_foreign_name_in_chinese_characters_reads_as_it_transcribes(
    text: str, latin: str | None
) -> None:
    assert foreign_han(text) == latin


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # Wikidata's Chinese labels of listed people (and steveash/NETransliteration-
        # COLING2018's pairs): 0.0 to 0.5 before this reading
        ("Usama bin Laden", "乌萨马·本·拉登"),
        ("Ayman al-Zawahiri", "艾曼·扎瓦希里"),
        ("Abu Bakr al-Baghdadi", "阿布·贝克尔·巴格达迪"),
        ("Roman Abramovich", "罗曼·阿布拉莫维奇"),
        ("Oleg Deripaska", "奥列格·德里帕斯卡"),
        ("Sergey Lavrov", "谢尔盖·拉夫罗夫"),
        ("Ramzan Kadyrov", "拉姆赞·卡德罗夫"),
        ("Yevgeniy Prigozhin", "耶夫根尼·普里戈津"),
        ("Hassan Nasrallah", "哈桑·纳斯鲁拉"),
        ("Qasem Soleimani", "卡西姆·苏莱曼尼"),
        ("Bashar al-Assad", "巴沙尔·阿萨德"),
        ("Khodorkovsky", "霍多尔科夫斯基"),
        ("Illarionov", "伊拉里奧諾夫"),
        ("Arkady Rotenberg", "阿尔卡季·罗滕贝格"),  # 季 ti, as in Russian names
        ("Robert Mugabe", "罗伯特·穆加贝"),  # 伯 be
        ("Ebrahim Raisi", "易卜拉欣·莱希"),  # 卜 b
    ],
)
def test_a_foreign_name_in_chinese_characters_matches_its_latin_spelling(a: str, b: str) -> None:
    assert compare(a, b, schema="Person").match


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Sergey Lavrov", "谢尔盖·绍伊古"),  # Sergey Shoigu: another family name
        ("Roman Abramovich", "罗曼·罗兰"),  # Romain Rolland
        ("Wang Xiaoming", "王小明"),  # a Chinese name keeps its Pinyin: still one person
    ],
)
def test_the_reading_does_not_make_other_names_meet(a: str, b: str) -> None:
    expected = a == "Wang Xiaoming"
    assert compare(a, b, schema="Person").match is expected


@given(st.text(alphabet="弗拉基米尔普京乌萨马本登·斯夫克 ", max_size=12))
def test_any_string_of_such_characters_reads_without_error(text: str) -> None:
    latin = foreign_han(text)
    assert latin is None or (latin.isascii() and latin == latin.strip())
