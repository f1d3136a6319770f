"""A list of a million names holds each repeated value once (memory; see :mod:`.postings`)."""

from __future__ import annotations

from unsc.sanctions.model import Entity, Schema
from unsc.screening import Screener
from unsc.screening.namefields import listed_names
from unsc.screening.normalize import analyze


def test_names_share_their_parts_and_kinds() -> None:
    one, other = analyze("Maria Elena Lopez"), analyze("Maria Teresa Perez")
    assert one.tokens[0] is other.tokens[0] and one.canon[0] is other.canon[0]
    assert one.kinds is other.kinds


def test_a_listed_name_is_the_list_s_own_text() -> None:
    text = "".join(["Maria ", "Lopez"])  # built at run time, not a shared constant
    assert listed_names(text)[0] is text


def test_entries_without_dates_countries_or_ids_share_their_empty_values() -> None:
    people = [
        Entity(dataset="t", ref=str(i), schema=Schema.PERSON, name=f"Person {c}")
        for i, c in enumerate("ABC")
    ]
    records = Screener(people).records
    assert records[0].countries is records[2].countries and not records[0].countries
    assert records[0].ids is records[2].ids and not records[0].ids
    assert records[0].dobs is records[2].dobs == ()
    assert records[0].kind is records[2].kind == "person"
