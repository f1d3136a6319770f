"""A body's name with the words of its trade against a listed name without them: "Syriatel
Mobile Telecom" is SYRIATEL; a listed name's own trade words still count (Greene is no
GREEN SHIPPING LTD.), as does a word of its own the query lacks."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from unsc.sanctions import Entity, Schema
from unsc.screening import Screener, compare
from unsc.screening.names import plural_of
from unsc.screening.screener import Query


@pytest.mark.parametrize(
    ("query", "listed"),
    [
        ("Syriatel Mobile Telecom", "SYRIATEL"),  # OFAC's SDN entry
        ("Rosneft Oil Company", "ROSNEFT"),
        ("Shahid Sattari Group Equipment Industries", "SHAHID SATTARI INDUSTRIES"),
    ],
)
def test_a_query_with_its_trade_meets_the_name_without(query: str, listed: str) -> None:
    assert compare(query, listed, schema="Organization").match


@pytest.mark.parametrize(
    ("query", "listed"),
    [
        ("Greene", "GREEN SHIPPING LTD."),  # the listed name's trade, left out of the query
        ("Kaveh Shargh Mining", "KAVEH SHARGH STEEL"),  # each has a trade the other lacks
    ],
)
def test_trade_words_the_other_name_has_still_count(query: str, listed: str) -> None:
    assert not compare(query, listed, schema="Organization").match


def test_the_index_finds_the_name_without_the_trade_words() -> None:
    names = ["SYRIATEL", "SYRIA TELECOM", "MOBILE TELECOM SERVICES LLC", "OOO SERTAL"]
    entities = [
        Entity(ref=str(n), dataset="test", schema=Schema.ORGANIZATION, name=name)
        for n, name in enumerate(names)
    ]
    hits = Screener(entities).screen(Query("Syriatel Mobile Telecom"), limit=3)
    assert hits and hits[0].name == "SYRIATEL" and hits[0].match


@pytest.mark.parametrize(
    "query", ["Novikombank", "Новикомбанк", "AKB Novikombank", "АКБ Новикомбанк"]
)
def test_a_banks_own_word_meets_its_joint_stock_commercial_bank(query: str) -> None:
    # OFAC's JOINT STOCK COMMERCIAL BANK NOVIKOMBANK: "joint stock" (Russian АКБ) is its
    # legal form, "commercial bank" its trade
    listed = "JOINT STOCK COMMERCIAL BANK NOVIKOMBANK"
    assert compare(query, listed, schema="Organization").match


def test_goskorporatsiya_is_state_corporation() -> None:
    assert compare("Госкорпорация Ростех", "STATE CORPORATION ROSTEC").match


@pytest.mark.parametrize(
    ("persian", "listed"),
    [
        ("سازمان صنایع دفاع", "DEFENSE INDUSTRIES ORGANIZATION"),
        ("سازمان صنایع هوافضا", "AEROSPACE INDUSTRIES ORGANIZATION"),
        ("صنایع هوایی ایران", "IRAN AVIATION INDUSTRIES ORGANIZATION"),
    ],
)
def test_iranian_bodies_persian_words_read_in_english(persian: str, listed: str) -> None:
    assert compare(persian, listed, schema="Organization").match


def test_a_typo_in_the_bodys_own_word_keeps_the_trade_words_weight_in_the_index() -> None:
    # OFAC's ISMAIL GENERAL TRADING: with "trading" lightened, names sharing a loose key of
    # the typo and "general" (Victor Emilio ..., Mullah ...) crowded it out of the index's
    # candidates
    hits = Screener.from_list("ofac_sdn").screen(Query("IEMAIL GENERAL TRADING"), limit=1)
    assert hits and hits[0].name == "ISMAIL GENERAL TRADING"


def test_a_groups_word_and_a_plurals_s_the_query_adds_to_a_listed_name(un: Screener) -> None:
    """UN YEe.001 THE HOUTHIS as the press writes it: the index files HOUTHIS under its
    singular too (not among the candidates before), and "movement" weighs as a trade word
    against a name that says no kind of body (0.47 before)."""
    for query in ("Houthi movement", "The Houthi Movement", "Houthi"):
        hits = un.screen(Query(query, schema="Organization"), limit=3)
        assert hits and hits[0].ref == "YEe.001" and hits[0].match, query


@pytest.mark.parametrize(
    ("word", "singular"),
    [
        ("houthis", "houthi"),
        ("services", "service"),
        ("williams", None),
        ("roberts", None),
        ("jones", None),
        ("harass", None),
    ],
)
def test_a_plural_is_no_given_name_and_no_short_word(word: str, singular: str | None) -> None:
    """Williams and Roberts are family names of their own; Jones too short to tell."""
    assert plural_of(word) == singular


@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=1, max_size=12))
def test_a_plural_is_its_singular_and_an_s(word: str) -> None:
    singular = plural_of(word)
    assert singular is None or (word == singular + "s" and len(singular) >= 5)
