"""Russian writes the h of other languages г, and Ukrainian reads its г h: a name read from
Cyrillic, or a Latin name of Slavic form, meets its h spelling."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from unsc.sanctions import load_list
from unsc.screening import Screener, compare
from unsc.screening.keys import MAX_G_READ, h_readings
from unsc.screening.screener import Query


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Гасан Гасанов", "Hasan Hasanov"),  # 0.79 before, as gasan / hasan by spelling
        ("Гусейн Гусейнов", "Hussein Huseynov"),
        ("Гейдар Алиев", "Heydar Aliyev"),
        ("Гаджиев Магомед", "Hajiyev Magomed"),
        ("Гамид Гамидов", "Hamid Hamidov"),
        ("Hasan Hasanov", "Гасан Гасанов"),  # the list's name in Cyrillic
    ],
)
def test_a_russian_g_is_another_languages_h(a: str, b: str) -> None:
    found = compare(a, b, schema="Person")
    assert found.match
    methods = {p["method"] for p in found.explanation["features"]["name"]["detail"]["parts"]}
    assert "g as h" in methods


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Gasan Gasan", "Hasan Hasan"),  # two Latin names of no Slavic form: a g is a g
        ("Гасан Гасанов", "Hasan Husseinov"),  # the h reading pairs parts as before it
        ("Гена Петров", "Hana Petrova"),
    ],
)
def test_only_a_part_read_from_cyrillic_has_its_g_read_h(a: str, b: str) -> None:
    assert not compare(a, b, schema="Person").match


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Grigorenko", "Hryhorenko"),  # Russian and Ukrainian spellings of one name (0.76)
        ("Gasan Gasanov", "Hasan Hasanov"),  # a Caucasus name as Russian writes it (0.79)
        ("Olga Gordienko", "Olha Hordiyenko"),
        ("Gadzhiyev", "Hajiyev"),
    ],
)
def test_two_latin_names_of_slavic_form_write_one_g_as_h(a: str, b: str) -> None:
    assert compare(a, b, schema="Person").match


def test_a_latin_name_of_slavic_form_finds_the_listed_h_spelling() -> None:
    from unsc.sanctions import Entity, Schema

    listed = [Entity(dataset="t", ref="A", schema=Schema.PERSON, name="Pavlo HRYHORENKO")]
    hits = Screener(listed).screen(Query("Grigorenko Pavel"), limit=1)
    assert [h.ref for h in hits if h.match] == ["A"]


def test_a_cyrillic_query_finds_the_listed_h_spelling() -> None:
    # OFAC's entries of Heydar MOSLEHI (12255) and HAMAS (4695), and its "Hamzat" (20239)
    entities = [e for e in load_list("ofac_sdn").entities if e.ref in {"12255", "4695", "20239"}]
    screener = Screener(entities)
    for query, ref in (("Гейдар Мослехи", "12255"), ("Гамас", "4695"), ("Гамзат", "20239")):
        hits = screener.screen(Query(query, schema=None), limit=1)
        assert [h.ref for h in hits] == [ref], query


def test_a_text_of_many_gs_is_read_once() -> None:
    # each g alone would copy a pasted text once per g (a name of 20,000 g's took 54 s)
    assert h_readings("g" * 1000) == ("h" * 1000,)


def test_h_readings_read_each_g_and_all() -> None:
    assert h_readings("gasan") == ("hasan",)
    assert set(h_readings("gamburg")) == {"hamburg", "gamburh", "hamburh"}
    assert h_readings("bagher") == ()  # gh is Persian's ghayn, no Russian g
    assert h_readings("ivanov") == ()


@given(st.text(alphabet="aghkosu", max_size=12))
def test_h_readings_change_only_gs_to_hs(token: str) -> None:
    readings = h_readings(token)
    places = [i for i, ch in enumerate(token) if ch == "g" and token[i + 1 : i + 2] != "h"]
    assert len(readings) == len(set(readings))
    assert token not in readings
    if len(places) <= MAX_G_READ:
        assert len(readings) == 2 ** len(places) - 1
    for reading in readings:
        assert len(reading) == len(token)
        for i, (x, y) in enumerate(zip(token, reading, strict=True)):
            assert x == y or (i in places and y == "h")
