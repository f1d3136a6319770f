"""Nicknames: a given name and its short form pair; names of other traditions do not."""

from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import given
from hypothesis import strategies as st

from unsc.screening import Screener, compare
from unsc.screening.nicknames import _nicknames, same_nickname
from unsc.screening.screener import Query


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("William Smith", "Bill Smith"),
        ("Robert Johnson", "Bob Johnson"),
        ("Elizabeth Taylor", "Liz Taylor"),
        ("John Smith", "Jon Smith"),
        ("Michael Jones", "Mike Jones"),
        # other languages' hypocorisms (Christopher-Thornton/hmni's pairs), the name in
        # any of its spellings
        ("Aleksandr Petrov", "Sasha Petrov"),
        ("Alexander Petrov", "Shura Petrov"),
        ("Anatoly Ivanov", "Tolik Ivanov"),
        ("Aleksey Ivanov", "Alyosha Ivanov"),  # no Arabic article run on (hmni's pair)
        ("Jose Garcia", "Pepe Garcia"),  # one length: the hand-made table is read as it is
        ("Francisco Lopez", "Paco Lopez"),
        ("Andrzej Nowak", "Jedrek Nowak"),
    ],
)
def test_a_nickname_pairs_with_its_name(a: str, b: str) -> None:
    result = compare(a, b)
    parts = result.explanation["features"]["name"]["detail"]["parts"]
    assert result.match and "nickname" in {p["method"] for p in parts}


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Ali Hassan", "Alison Hassan"),  # an Arabic name, not short for Alison
        ("Lee Jong Su", "Levi Jong Su"),  # a Korean family name
        ("Ben Ali", "Benjamin Ali"),  # "son of"
        ("Bill Smith", "Fred Smith"),  # related in the table (Wilfred), not one name
    ],
)
def test_names_of_other_traditions_are_no_nicknames(a: str, b: str) -> None:
    assert not compare(a, b).match


def test_two_nicknames_of_one_name_do_not_pair() -> None:
    # Jim and Jimmy are both short for James; Al (an Arabic article) is short for nothing.
    assert not same_nickname("jimmy", "jamie")
    assert not same_nickname("albert", "al")


@given(st.sampled_from(sorted(_nicknames())), st.data())
def test_same_nickname_is_symmetric(name: str, data: st.DataObject) -> None:
    nicks = sorted(_nicknames()[name]) or [name]
    nick = data.draw(st.sampled_from(nicks))
    assert same_nickname(name, nick) == same_nickname(nick, name)


def test_a_listed_alias_by_its_nickname(un: Screener) -> None:
    # CDi.013 is listed as "Manzi Leon" and "Leo Manzi": without the second, the first finds it.
    query = "Leo Manzi"
    entities = [replace(e, names=[n for n in e.names if n.full != query]) for e in un.entities]
    hits = Screener(entities).screen(Query(query), limit=3)
    assert hits and hits[0].ref == "CDi.013" and hits[0].match
