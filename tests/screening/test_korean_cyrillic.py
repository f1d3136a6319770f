"""Korean names in Cyrillic (the Kontsevich system) read back into Hangul."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from unsc.screening import Query, Screener, compare
from unsc.screening.korean_cyrillic import MAX_READINGS, cyrillic_korean


@pytest.mark.parametrize(
    ("cyrillic", "hangul"),
    [
        ("Ким Чен Ын", "김정은"),  # the press's older е for ㅓ
        ("Ким Чон Ын", "김정은"),
        ("Чхве Рён Хэ", "최령해"),  # ё writes ㅕ and ㅛ alike: one is read
        ("Ли Бён Чхоль", "리병철"),
        ("Ким Ир Сен", "김일성"),
        ("Чо Ён Вон", "조영원"),  # a family name by either jamo of о
        ("Ким Ёнчхоль", "김영철"),  # a given name written as one word
        ("Ли Су-Ён", "리수영"),
        ("Мун Чжэ Ин", "문재인"),  # Kontsevich's чж
    ],
)
def test_a_kontsevich_name_reads_as_its_hangul(cyrillic: str, hangul: str) -> None:
    readings = cyrillic_korean(cyrillic)
    assert hangul in readings
    assert len(readings) <= MAX_READINGS


@pytest.mark.parametrize(
    "name",
    [
        "Владимир Путин",
        "Ким Александр",  # a Koryo-saram's Russian given name
        "Иван Пак",  # the family name last: a Russian name
        "Ким",  # a family name alone
        "Сергей Лавров",
        "Kim Jong Un",
    ],
)
def test_a_russian_name_is_no_korean_one(name: str) -> None:
    assert cyrillic_korean(name) == []


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="абвгдеёжзийклмнопрстуфхцчшщъыьэюя -", max_size=24))
def test_readings_are_hangul_names_of_two_to_four_syllables(text: str) -> None:
    for reading in cyrillic_korean(text):
        assert 2 <= len(reading) <= 4
        assert all("\uac00" <= ch <= "\ud7a3" for ch in reading)


@pytest.mark.parametrize(
    ("cyrillic", "listed"),
    [
        ("Ким Чен Ын", "KIM Jong Un"),
        ("Чхве Рён Хэ", "CHOE Ryong Hae"),
        ("Ли Бён Чхоль", "RI PYONG CHOL"),
        ("Хван Пхён Со", "HWANG Pyong So"),
    ],
)
def test_a_dprk_name_in_cyrillic_meets_its_listed_spelling(cyrillic: str, listed: str) -> None:
    result = compare(cyrillic, listed, schema="Person")
    assert result.match, result.explanation["features"]["name"]["detail"]


def test_the_russian_spelling_finds_the_un_entry(un: Screener) -> None:
    hits = un.screen(Query("Ли Су Ён"), limit=1)  # RI SU YONG, KPi.066
    assert hits and hits[0].name == "RI SU YONG" and hits[0].match
