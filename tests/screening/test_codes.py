"""Codes in names: an aircraft's names are registration marks, which pair as spelt, never by
sound; a name field holding an identifier finds its entry."""

from __future__ import annotations

import pytest

from unsc.sanctions import load_list
from unsc.sanctions.model import Schema
from unsc.screening import Query, Screener


@pytest.fixture(scope="module")
def aircraft() -> Screener:
    """The real OFAC SDN list's aircraft (376 in the 2024-05-03 file)."""
    return Screener([e for e in load_list("ofac_sdn").entities if e.schema == Schema.AIRCRAFT])


def _changed(mark: str) -> str:
    """The mark with its last letter or digit replaced by another of its kind."""
    last = mark[-1]
    other = ("1" if last != "1" else "2") if last.isdigit() else ("Q" if last != "Q" else "K")
    return mark[:-1] + other


def test_each_mark_finds_its_aircraft_written_any_way(aircraft: Screener) -> None:
    marks = [e.name for e in aircraft.entities]
    assert len(marks) > 300
    for entity in aircraft.entities:
        for written in (entity.name, entity.name.replace("-", " "), entity.name.lower()):
            hits = aircraft.screen(Query(written), limit=1)
            assert hits and hits[0].ref == entity.ref and hits[0].score >= 0.99, written


def test_a_mark_one_character_off_is_another_aircraft(aircraft: Screener) -> None:
    marks = {e.name for e in aircraft.entities}
    checked = 0
    for mark in sorted(marks):
        changed = _changed(mark)
        if changed in marks:
            continue
        checked += 1
        assert not aircraft.screen(Query(changed), limit=1), (mark, changed)  # EP-MNQ: EP-MNK
    assert checked > 250


def test_a_listed_number_typed_as_the_name_finds_its_entry(un: Screener) -> None:
    found = 0
    for entity in un.entities:
        numbers = [i.number for i in entity.identifiers if len(i.number.strip()) >= 6]
        if numbers and " " not in numbers[0].strip():
            hits = un.screen(Query(numbers[0]), limit=3)
            assert entity.ref in [h.ref for h in hits], (entity.ref, numbers[0])
            assert "identifier" in hits[0].explanation["features"]
            found += 1
    assert found > 100
