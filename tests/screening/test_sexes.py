"""A woman's given name and the man's spelt like it are two names (Maria, Mario)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from unsc.sanctions import load_list
from unsc.screening import Screener, compare
from unsc.screening.screener import Query
from unsc.screening.sexes import _pairs, woman_and_man

PAIRS = sorted(_pairs())


@pytest.mark.parametrize(
    ("woman", "man"),
    [("maria", "mario"), ("claudia", "claudio"), ("ivana", "ivan"), ("giovanna", "giovanni")],
)
def test_the_table_holds_the_pairs_of_the_romance_and_slavic_names(woman: str, man: str) -> None:
    assert woman_and_man(woman, man) and woman_and_man(man, woman)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("andrea", "andreas"),  # the Italian man's name and the Greek one: one name
        ("jean", "jeanne"),  # Jean is listed for either sex: in no pair
        ("mustafa", "mustafo"),  # a Tajik spelling, no woman's name
        ("yahya", "yahyo"),
        ("maria", "marie"),  # two women's names
    ],
)
def test_names_of_one_sex_or_either_are_no_pair(a: str, b: str) -> None:
    assert not woman_and_man(a, b)


@given(st.sampled_from(PAIRS))
def test_a_pair_is_two_names_of_one_stem_the_womans_ending_in_a(pair: tuple[str, str]) -> None:
    woman, man = pair
    assert woman.endswith("a") and woman != man
    assert man == woman[:-1] or (man[:-1] == woman[:-1] and man[-1] in "oi")
    assert woman_and_man(woman, man) and woman_and_man(man, woman)
    assert not woman_and_man(woman, woman) and not woman_and_man(man, man)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Claudio Aguirre Sanchez", "Claudia AGUIRRE SANCHEZ"),  # 0.93 before
        ("Maria Garcia", "Mario Garcia"),  # 0.88
        ("Giovanni Bianchi", "Giovanna Bianchi"),
        ("Amina Mohammed", "Amin Mohammed"),
    ],
)
def test_a_sister_does_not_meet_her_brother(a: str, b: str) -> None:
    assert compare(a, b, schema="Person").score < 0.8


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Mustafo Mohamed Fadhil", "Mustafa Mohamed FADHIL"),  # Tajik -o for Arabic -a
        ("Andrea Rossi", "Andreas Rossi"),
        ("Maria Elda Hernandez Pulido", "Maria Elda HERNANDEZ PULIDO"),
    ],
)
def test_spellings_of_one_name_still_match(a: str, b: str) -> None:
    assert compare(a, b, schema="Person").match


def test_the_listed_woman_is_found_and_her_namesake_brother_is_not() -> None:
    """OFAC SDN's Maria Elda HERNANDEZ PULIDO: her name finds her; Mario's does not."""
    entities = [e for e in load_list("ofac_sdn").entities if "PULIDO" in e.name]
    screener = Screener(entities)
    found = screener.screen(Query("Maria Elda Hernandez Pulido", schema="Person"))
    assert found and found[0].name == "Maria Elda HERNANDEZ PULIDO"
    brother = screener.screen(Query("Mario Elda Hernandez Pulido", schema="Person"))
    assert all(hit.name != "Maria Elda HERNANDEZ PULIDO" for hit in brother)
