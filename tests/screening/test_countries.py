"""The countries screening knows in names: rigour's, shipped as a table."""

from __future__ import annotations

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
