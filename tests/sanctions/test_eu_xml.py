"""The EU's consolidated financial sanctions list (FSF XML) as a list file."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from unsc.errors import ParseError
from unsc.sanctions import detect_format, load_list, measures_for, parse_bytes
from unsc.sanctions.model import DateKind, NameKind, Schema
from unsc.screening import Screener
from unsc.screening.screener import Query

SAMPLE = Path(__file__).parent / "data" / "eu_fsf_sample.xml"


def test_the_eu_list_reads_into_entries() -> None:
    data = SAMPLE.read_bytes()
    assert detect_format(data) == "eu"
    snap = parse_bytes(data, label="eu.xml")
    assert snap.dataset == "eu_fsf" and len(snap) == 3
    assert snap.generated is not None and snap.generated.date() == dt.date(2026, 3, 2)
    ri, sovcomflot, haji = snap.entities
    assert (ri.ref, ri.schema, ri.name) == ("EU.3021.63", Schema.PERSON, "RI Won Ho")
    assert [(n.full, n.kind) for n in ri.names] == [
        ("RI Won Ho", NameKind.PRIMARY),
        ("리원호", NameKind.ORIGINAL_SCRIPT),
        ("Won-ho", NameKind.ALIAS_LOW),  # strong="false"
    ]
    assert ri.names[0].parts == ("Won Ho", "Ri")
    assert ri.gender == "Male" and ri.designations == ["Ministry of State Security Official"]
    assert ri.programs == ["PRK"] and ri.listed_on == dt.date(2016, 6, 1)
    assert ri.country_codes == ["kp"] and ri.birth_dates[0].earliest == dt.date(1964, 7, 17)
    assert ri.birth_places == []  # "00", UNKNOWN: no place
    assert [(i.type, i.number, i.country_code) for i in ri.identifiers] == [
        ("passport", "381310014", "kp")
    ]
    # the UN listing it implements gives the UN regime's measures
    assert ri.properties["unsc_id"] == ["KPi.033"]
    assert "1718 (2006)" in {m.resolution for m in measures_for(ri)}
    assert sovcomflot.schema == Schema.ORGANIZATION and sovcomflot.listed_on == dt.date(2022, 3, 9)
    assert sovcomflot.addresses[0].city == "Saint Petersburg"
    assert sovcomflot.addresses[0].country_code == "ru"
    assert [(i.type, i.number) for i in sovcomflot.identifiers] == [
        ("registration", "1027739028712")
    ]
    assert measures_for(sovcomflot) == []  # an EU listing alone
    # no reference number: the logical id; no whole name: the parts joined
    assert (haji.ref, haji.name, haji.titles) == (
        "15003",
        "Ahmad Haji",
        ["(a) Mullah, (b) Maulavi"],
    )
    assert haji.birth_dates[0].kind == DateKind.APPROXIMATE
    assert haji.birth_places[0].city == "Kandahar"


def test_screening_the_eu_list_by_path() -> None:
    screener = Screener(load_list(SAMPLE).entities)
    (hit,) = screener.screen(Query(name="Ri Won-ho"), limit=1)
    assert hit.ref == "EU.3021.63" and hit.dataset == "eu_fsf" and hit.match
    assert hit.measures[0]["resolution"] == "1718 (2006)"
    (firm,) = screener.screen(Query(name="Совкомфлот"), limit=1)
    assert firm.ref == "EU.4570.48"


@pytest.mark.parametrize(
    ("xml", "message"),
    [
        (b"<export><sanctionEntity logicalId='1'><subjectType code='person'/></sanctionEntity>"
         b"</export>", "without a reference number or a name"),
        (b"<export/>", "no <sanctionEntity>"),
        (b"<export><sanctionEntity", "malformed XML"),
        (b"<sdnList/>", "root element is <sdnList>, expected <export>"),
    ],
)  # fmt: skip
def test_a_broken_eu_file_is_refused(xml: bytes, message: str) -> None:
    with pytest.raises(ParseError, match=message) as caught:
        parse_bytes(xml, source="eu", label="eu.xml")
    assert caught.value.path == "eu.xml"


@pytest.mark.parametrize("year", ["²", "9" * 5000, "99999999999999999999", "0", ""])
def test_a_year_that_is_no_year_gives_no_date(year: str) -> None:
    """``str.isdigit()`` takes "²", which ``int()`` refuses; a year of thousands of digits
    is past what ``int()`` converts, and one of twenty past what a date holds."""
    from lxml import etree

    from unsc.sanctions.eu_xml import _birth_date
    from unsc.sanctions.xmlread import date_number

    assert _birth_date(etree.fromstring(f'<birthdate year="{year}"/>')) is None
    assert date_number(year) is None or date_number(year) == 0
    assert date_number(" 1982 ") == 1982


def test_a_documents_dates_and_a_range_of_birth_years_are_read() -> None:
    """The FSF writes a document's dates ``issuedDate`` and ``validTo`` (``issueDate`` was
    read, so every passport's dates were empty) and a range of years ``yearRangeFrom`` to
    ``yearRangeTo`` (dropped)."""
    from lxml import etree

    from unsc.sanctions.eu_xml import _birth_date

    found = _birth_date(etree.fromstring('<birthdate yearRangeFrom="1950" yearRangeTo="1953"/>'))
    assert found is not None and (found.kind, found.earliest, found.latest) == (
        DateKind.RANGE,
        dt.date(1950, 1, 1),
        dt.date(1953, 12, 31),
    )
    data = SAMPLE.read_bytes()
    entry = data.index(b"<identification ")
    data = (
        data[:entry]
        + b'<identification number="563120238" issuedDate="2011-06-08" validTo="2016-06-08" '
        b'identificationTypeCode="passport"><remark>diplomatic passport</remark>'
        b"</identification>" + data[entry:]
    )
    passports = [
        i for e in parse_bytes(data).entities for i in e.identifiers if i.number == "563120238"
    ]
    assert [(i.issued, i.expires, i.note) for i in passports] == [
        ("2011-06-08", "2016-06-08", "diplomatic passport")
    ]
