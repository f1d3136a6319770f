"""The countries screening knows in names: rigour's, shipped as a table."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from unsc import datafiles
from unsc.screening.countries import country_names, country_parts, location_words, place_kind


def test_shipped_countries_equal_a_rebuild_from_rigour() -> None:
    from scripts.build_countries import country_lines

    assert datafiles.read_bytes("screening/countries.yaml").decode("utf-8") == country_lines()


def test_countries_and_their_short_forms_are_known() -> None:
    names = country_names()
    assert {("north", "korea"), ("dprk",), ("iran",), ("korean",)} <= names
    assert ("abu", "dhabi") not in names  # a place, and "abu" a kunya
    assert country_parts(("tanchon", "bank", "north", "korea")) == (False, False, True, True)


_WORDS = ["north", "korea", "bank", "of", "the", "dprk", "trade", "iran", "united", "states"]


@given(st.lists(st.sampled_from(_WORDS), max_size=10))
def test_every_country_part_lies_in_a_run_that_names_a_country(words: list[str]) -> None:
    tokens = tuple(words)
    parts = country_parts(tokens)
    assert len(parts) == len(tokens)
    names = country_names()
    for i, is_country in enumerate(parts):
        if is_country:  # some run through i of country parts is a country's name
            assert any(
                tokens[a:b] in names and all(parts[a:b])
                for a in range(max(0, i - 7), i + 1)
                for b in range(i + 1, min(len(tokens), a + 8) + 1)
            ), (tokens, parts)


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("pakistan", "country"),
        ("the dprk", "country"),
        ("iranian", "country"),
        ("hong kong", "country"),
        ("u k", "country"),
        ("union of the comoros", "country"),  # a formal name rigour's names lack
        ("islamic republic of iran", "country"),
        ("moscow", "place"),
        ("dubai uae", "place"),  # a city, then its country
        ("the middle east", "place"),
        ("bank of iran", None),  # a body's name
        ("victoria", None),  # a given name as well as a city
        ("joseph kony", None),
    ],
)
def test_place_kind_names_countries_and_places_alone(name: str, kind: str | None) -> None:
    assert place_kind(tuple(name.split())) == kind


@given(st.sampled_from(sorted(country_names())), st.sampled_from(["ltd", "bank", "kony"]))
def test_a_country_with_another_word_of_a_body_or_person_is_no_place(
    country: tuple[str, ...], word: str
) -> None:
    assert place_kind(country) == "country"
    assert place_kind((*country, word)) is None


def test_location_words_add_places_to_countries() -> None:
    assert location_words(("tanchon", "bank", "pyongyang", "dprk")) == (False, False, True, True)
    assert location_words(("bank", "ras", "al", "khaimah")) == (False, True, True, True)
    assert location_words(("joseph", "kony")) == (False, False)


def test_an_address_of_a_shipped_place_needs_no_territory_index() -> None:
    # "Felicity, Dubai, UAE": Dubai is in the shipped places; rigour's territories (1.5 s to
    # load) are asked only of a place the table lacks
    import subprocess
    import sys

    code = (
        "import sys; from unsc.screening.namefields import query_names; "
        "assert query_names('Felicity, Dubai, UAE')[-1] == 'Felicity'; "
        "print('rigour.territories' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
