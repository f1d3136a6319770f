"""Blends: an Iranian firm's initials and the "co" of its company (IASCO, Iran Alloy Steel
COmpany) pair with its name written out; other words in capitals do not."""

from __future__ import annotations

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from unsc.sanctions import Entity, Schema, load_list
from unsc.screening import Screener, compare
from unsc.screening.acronyms import MAX_LETTERS, _blend, blend_initials
from unsc.screening.normalize import LEGAL, NAME, variant_table
from unsc.screening.screener import Query

# OFAC's own pairs: each a one-word alias of the entry whose other name it blends
OFAC_BLENDS = [
    ("IASCO", "IRAN ALLOY STEEL COMPANY"),  # 28290
    ("IGISCO", "IRANIAN GHADIR IRON & STEEL CO."),  # 28295
    ("IRALCO", "IRAN ALUMINUM COMPANY"),  # 28305
    ("HOSCO", "HORMOZGAN STEEL COMPANY"),  # 28304
    ("NICICO", "NATIONAL IRANIAN COPPER INDUSTRIES COMPANY"),  # 28293
    ("PASCO", "PASARGAD STEEL COMPLEX"),  # 30752
    ("BOSACO", "BONYAD SHIPPING AGENCIES COMPANY"),  # 30391
]


@pytest.mark.parametrize(("blend", "name"), OFAC_BLENDS)
def test_a_blend_pairs_with_the_name_it_is_made_of(blend: str, name: str) -> None:
    for a, b in ((blend, name), (name, blend)):
        found = compare(a, b, schema="Organization")
        assert found.match, (a, b)
        methods = [p["method"] for p in found.explanation["features"]["name"]["detail"]["parts"]]
        assert methods == ["acronym"]


def test_the_real_aliases_are_on_the_list() -> None:
    names = {
        e.ref: set(e.all_names())
        for e in load_list("ofac_sdn").entities
        if e.ref in {"28290", "28304", "28305"}
    }
    assert "IASCO" in names["28290"] and "IRAN ALLOY STEEL COMPANY" in names["28290"]
    assert "HOSCO" in names["28304"] and "IRALCO" in names["28305"]


@pytest.mark.parametrize(
    ("word", "name"),
    [
        ("MANCO", "MAHER TRADING AND CONSTRUCTION COMPANY"),  # the co of construction, an and
        ("ADAMS", "ANDAMIOS DALMINE DE MEXICO, S.A."),  # blends of other beginnings: none
        ("KOMID", "KOREA MINING DEVELOPMENT TRADING CORPORATION"),
        ("APCO", "AR PROPERTIES CORPORATION"),  # four letters: too few
        ("HOSCO", "HORMOZGAN STEEL COMPANY LIMITED STEEL"),  # the company ends no name
    ],
)
def test_no_blend_where_the_letters_could_be_anything(word: str, name: str) -> None:
    found = compare(word, name, schema="Organization")
    methods = [p["method"] for p in found.explanation["features"]["name"]["detail"]["parts"]]
    assert "acronym" not in methods


def test_a_persons_name_is_no_blend() -> None:
    assert not compare("Hosco", "HORMOZGAN STEEL COMPANY", schema="Person").match


def test_screening_finds_a_blend_either_way() -> None:
    listed = [
        Entity(dataset="t", ref="A", schema=Schema.ORGANIZATION, name="IASCO"),
        Entity(dataset="t", ref="B", schema=Schema.ORGANIZATION, name="HORMOZGAN STEEL COMPANY"),
    ]
    screener = Screener(listed)
    found = screener.screen(Query("Iran Alloy Steel Company"), limit=1)
    assert [h.ref for h in found] == ["A"]
    assert [h.ref for h in screener.screen(Query("HOSCO"), limit=1)] == ["B"]
    assert not screener.screen(Query("HOSCO", schema="Person"), limit=1)


_WORDS = st.text(alphabet="bdfgklmnprstvz", min_size=1, max_size=2).map(lambda s: s + "ar")


@given(st.lists(_WORDS, min_size=2, max_size=5), st.data())
def test_a_blend_is_found_and_filed_under_its_runs_initials(words: list[str], data) -> None:
    assume(not any(w in variant_table() for w in words))
    pieces = [w[: data.draw(st.integers(1, min(2, len(w))))] for w in words]
    acronym = "".join(pieces) + "co"
    assume(5 <= len(acronym) <= MAX_LETTERS)
    tokens = (*words, "co")
    run = _blend(acronym, tokens, (NAME,) * len(words) + (LEGAL,))
    assert run is not None
    initials = "".join(tokens[i][0] for i in run)
    assert initials in blend_initials(acronym)
