"""The UK Sanctions List XML as a list file."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from unsc.errors import ParseError
from unsc.sanctions import detect_format, load_list, measures_for, parse_bytes
from unsc.sanctions.model import DateKind, NameKind, Schema
from unsc.screening import Screener
from unsc.screening.screener import Query

SAMPLE = Path(__file__).parent / "data" / "uk_sanctions_list_sample.xml"


def test_the_uk_list_reads_into_entries() -> None:
    data = SAMPLE.read_bytes()
    assert detect_format(data) == "uk"
    snap = parse_bytes(data, label="uk.xml")
    assert snap.dataset == "gb_fcdo" and len(snap) == 4
    assert snap.generated == dt.datetime(2026, 2, 10, 9, 15)
    ri, ship, firm, baqi = snap.entities
    assert (ri.ref, ri.schema, ri.name) == ("DPR0123", Schema.PERSON, "Won Ho RI")
    assert [(n.full, n.kind) for n in ri.names] == [
        ("Won Ho RI", NameKind.PRIMARY),
        ("Won-ho RHEE", NameKind.ALIAS_GOOD),
        ("Ho", NameKind.ALIAS_LOW),  # AliasStrength: Low quality
        ("리원호", NameKind.ORIGINAL_SCRIPT),
    ]
    assert ri.names[0].parts == ("Won", "Ho", "RI")
    assert ri.listed_on == dt.date(2016, 12, 22)
    assert ri.birth_dates[0].earliest == dt.date(1964, 7, 17)
    assert ri.country_codes == ["kp"] and ri.birth_places[0].city == "Pyongyang"
    assert ri.designations == ["Official, Ministry of State Security"]
    assert ri.properties["sanctions_imposed"] == ["Asset freeze", "Travel Ban"]
    assert "1718 (2006)" in {m.resolution for m in measures_for(ri)}  # UNReferenceNumber
    assert ship.schema == Schema.VESSEL and ship.identifiers[0].number == "9299707"
    assert ship.properties["flag"] == ["Liberia"]
    assert firm.addresses[0].city == "Saint Petersburg" and firm.addresses[0].country_code == "ru"
    assert measures_for(firm) == []
    # 00 for an unknown day or month
    assert [(d.kind, d.earliest, d.latest) for d in baqi.birth_dates] == [
        (DateKind.YEAR, dt.date(1962, 1, 1), dt.date(1962, 12, 31)),
        (DateKind.RANGE, dt.date(1962, 3, 1), dt.date(1962, 3, 31)),
    ]


def test_screening_the_uk_list_by_path() -> None:
    screener = Screener(load_list(SAMPLE).entities)
    (hit,) = screener.screen(Query(name="Ri Won Ho"), limit=1)
    assert hit.ref == "DPR0123" and hit.dataset == "gb_fcdo" and hit.match
    (ship,) = screener.screen(Query(name="SCF Altai", schema="Vessel"), limit=1)
    assert ship.ref == "RUS1876"


def test_designations_under_another_root_are_read() -> None:
    data = SAMPLE.read_bytes().replace(b"Designations", b"UKSanctionsList")
    assert detect_format(data) == "uk"
    assert len(parse_bytes(data)) == 4


@pytest.mark.parametrize(
    ("xml", "message"),
    [
        (b"<Designations><Designation><UniqueID>X1</UniqueID></Designation></Designations>",
         "without Names"),
        (b"<Designations><Designation><UniqueID>X1</UniqueID><Names><Name><Name6>A</Name6>"
         b"<NameType>Primary Name</NameType></Name></Names><IndividualEntityShip>Plane"
         b"</IndividualEntityShip></Designation></Designations>", "unknown kind 'plane'"),
        (b"<Designations/>", "no <Designation>"),
    ],
)  # fmt: skip
def test_a_broken_uk_file_is_refused(xml: bytes, message: str) -> None:
    with pytest.raises(ParseError, match=message) as caught:
        parse_bytes(xml, source="uk", label="uk.xml")
    assert caught.value.path == "uk.xml"


def test_a_persons_documents_and_gender_are_read() -> None:
    """Passports, national identifiers and registration numbers were left out: an individual
    of the UK list could not be found by passport; a designation date in ISO form was lost."""
    data = SAMPLE.read_bytes().replace(
        b"<IndividualDetails>",
        b"<IndividualDetails><Genders><Gender>Male</Gender></Genders>"
        b"<PassportDetails><PassportDetail><PassportNumber>753541110</PassportNumber>"
        b"<PassportAdditionalInformation>Russia</PassportAdditionalInformation>"
        b"</PassportDetail></PassportDetails>"
        b"<NationalIdentifierDetails><NationalIdentifier>"
        b"<NationalIdentifierNumber>770000000001</NationalIdentifierNumber>"
        b"</NationalIdentifier></NationalIdentifierDetails>",
        1,
    )
    ri = parse_bytes(data, label="uk.xml").entities[0]
    assert ri.gender == "Male"
    assert [(i.type, i.number, i.note) for i in ri.identifiers] == [
        ("passport", "753541110", "Russia"),
        ("national_id", "770000000001", None),
    ]
    hits = Screener([ri]).screen(Query(name="Someone Else", identifiers=("753541110",)))
    assert [h.ref for h in hits] == ["DPR0123"]
    from unsc.sanctions.uk_xml import _date

    iso = _date("2023-05-09T00:00:00")
    assert iso is not None and iso.earliest == dt.date(2023, 5, 9)
