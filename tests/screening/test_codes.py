"""Codes in names: an aircraft's names are registration marks, which pair as spelt, never by
sound; a name field holding an identifier finds its entry."""

from __future__ import annotations

import re

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


def test_a_mark_among_the_words_of_a_description_finds_its_aircraft(aircraft: Screener) -> None:
    """A registration mark in a shipment's or a flight's description is looked up as an
    identifier (EP-MMH, written so in a sentence, found nothing before)."""
    marked = [e for e in aircraft.entities if "-" in e.name and " " not in e.name]
    assert len(marked) > 200  # the others are named by serial number: MSN 550
    for entity in marked[::20]:
        for text in (f"Airbus A340 {entity.name}", f"aircraft {entity.name} operated by X"):
            hits = aircraft.screen(Query(text), limit=1)
            assert hits and hits[0].ref == entity.ref, text
            detail = hits[0].explanation["features"]["identifier"]["detail"]
            assert detail.startswith(f"same: given {entity.name}, listed"), detail
            assert entity.name in detail.partition(", listed")[2], detail


def test_a_passport_number_after_a_name_is_looked_up(un: Screener) -> None:
    entity, number = next(
        (e, i.number)
        for e in un.entities
        for i in e.identifiers
        if i.type == "passport"
        and re.fullmatch(r"[A-Z]+[0-9]{6,}", i.number.strip())  # a single word: N1234567
    )
    hits = un.screen(Query(f"Somebody Else {number}"), limit=3)
    assert hits and hits[0].ref == entity.ref


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Mahan Air A340 EP-MMH", ["EP-MMH"]),
        ("Conviasa YV2040", []),  # six characters: a customer's number as often
        ("Customer C10135 Ali Hassan", []),
        ("Yousef Al-Rajhi JLT012", []),
        ("Al-Quds Trading", []),  # an article, no mark
        ("Kim Il Su P1234567", ["P1234567"]),
        ("Kim Il Su 381310014", []),  # a number alone: a telephone's, a postcode's
        ("Maria Garcia 1982-02-15", []),
        ("Al Noor Trading, Warehouse No.2006, Dubai", []),  # No.2006 reads 2006
        ("Ivanov Trading LLC, 117592 Moscow", []),
        ("Petrov Sergei +7 495 001-88-50", []),
        ("Boeing 737-800 A340", []),
        ("COVID-19 relief fund", ["COVID-19"]),  # looked up, found among no identifiers
    ],
)
def test_written_codes(text: str, codes: list[str]) -> None:
    from unsc.screening.namefields import written_codes

    assert written_codes(text) == codes


@pytest.mark.parametrize(
    ("spec", "text"),
    [
        ("un_sc", "Maria Garcia 1982-02-15"),
        ("un_sc", "1982-02-15"),  # a column of dates screened as names
        ("ofac_sdn", "Al Noor Trading, Warehouse No.2006, Dubai"),
        ("ofac_sdn", "Ahmed Ali, House No.2101"),
        ("ofac_sdn", "Ivanov Trading LLC, 117592 Moscow"),
        ("ofac_sdn", "Petrov Sergei +7 495 001-88-50"),
        ("ofac_sdn", "Ufon"),  # a name, and a vessel's call sign (UFON)
        ("ofac_sdn", "Uhma"),
    ],
)
def test_numbers_in_a_name_are_no_listed_identifiers(spec: str, text: str) -> None:
    """Each of these met a listed number (a passport, an aircraft's serial number) and
    scored 0.99 when every number in a name was looked up."""
    hits = Screener.from_list(spec).screen(Query(text), limit=3)
    assert not any("identifier" in h.explanation["features"] for h in hits), text


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("381310014", True),
        ("YK-AKB", True),
        ("YK AKB", True),
        ("Al Amin", False),
        ("YV2040", True),
        ("BKIDKPPY", True),  # a SWIFT code
        ("1982-02-15", False),
        ("Ufon", False),
        ("Joseph Kony", False),
    ],
)
def test_a_name_field_typed_as_a_code(text: str, code: bool) -> None:
    from unsc.screening.namefields import typed_as_code

    assert typed_as_code(text) is code
