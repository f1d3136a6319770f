"""The countries screening knows in names: rigour's, shipped as a table."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from unsc import datafiles
from unsc.screening.countries import country_names, country_parts


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
