"""The UN Consolidated List reader, on the three real files and on hand-made edge cases."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from lxml import etree

from unsc.errors import ParseError
from unsc.sanctions import DateKind, NameKind, Schema, load_list, parse_un_xml
from unsc.sanctions.un_xml import clean

UN_FILES = {
    "2025-12-09": (727, 273),
    "2026-01-28": (726, 273),
    "2026-05-08": (737, 272),
}


@pytest.mark.parametrize("date", sorted(UN_FILES))
def test_real_files_counts(shared_data: Path, date: str) -> None:
    snap = parse_un_xml(shared_data / "sanctions" / "un" / f"un_consolidated_{date}.xml")
    persons = sum(e.schema == Schema.PERSON for e in snap.entities)
    orgs = sum(e.schema == Schema.ORGANIZATION for e in snap.entities)
    assert (persons, orgs) == UN_FILES[date]
    assert snap.generated is not None and snap.generated.date().isoformat() == date
    assert len({e.ref for e in snap.entities}) == len(snap.entities)
    assert all(e.name == e.name.strip() and "  " not in e.name for e in snap.entities)


def test_every_alias_is_kept(shared_data: Path) -> None:
    path = shared_data / "sanctions" / "un" / "un_consolidated_2026-05-08.xml"
    snap = parse_un_xml(path)
    # Independent count from the XML: distinct non-empty alias names per record.
    expected = 0
    for record in etree.parse(str(path)).getroot().iter("INDIVIDUAL", "ENTITY"):
        names = {
            " ".join((a.findtext("ALIAS_NAME") or "").split())
            for a in record
            if a.tag.endswith("_ALIAS")
        }
        expected += len(names - {""})
    aliases = {NameKind.ALIAS_GOOD, NameKind.ALIAS_LOW, NameKind.FORMER}
    got = sum(len({n.full for n in e.names if n.kind in aliases}) for e in snap.entities)
    assert got == expected
    people = [e for e in snap.entities if e.schema == Schema.PERSON]
    low = sum(n.kind == NameKind.ALIAS_LOW for e in people for n in e.names)
    assert 600 < low <= 621  # README: 621 Low-quality individual aliases, some repeated
    originals = sum(any(n.kind == NameKind.ORIGINAL_SCRIPT for n in e.names) for e in snap.entities)
    assert originals == 339 + 41


def test_shipped_newest_list_is_the_2026_05_08_file() -> None:
    snap = load_list("un_sc")
    assert snap.dataset == "un_sc"
    assert snap.generated == dt.datetime(2026, 5, 8, 23, 0, 6, 922000, tzinfo=dt.UTC)
    assert len(snap.entities) == 1009
    assert load_list("un_sc") is snap  # cached


def test_full_record_qdi335() -> None:
    e = load_list("un_sc").get("QDi.335")
    assert e.name == "‘ABD AL-RAHMAN KHALAF ‘UBAYD JUDAY’ AL-‘ANIZI"
    assert e.names[0].parts == ("‘ABD AL-RAHMAN", "KHALAF", "‘UBAYD JUDAY’", "AL-‘ANIZI")
    assert e.programs == ["Al-Qaida"]
    assert e.listed_on == dt.date(2014, 9, 23)
    assert e.updated_on[-1] == dt.date(2023, 2, 2)
    assert e.nationalities == ["Kuwait"] and e.country_codes == ["kw"]
    assert e.birth_dates[0].kind == DateKind.EXACT
    assert e.birth_dates[0].earliest == dt.date(1973, 3, 6)
    assert e.identifiers[0].type == "national_id"
    assert e.identifiers[0].number == "273030601222"
    assert e.addresses[0].country_code == "sy"
    assert e.properties["has_interpol_link"] == ["YES"]
    assert e.raw.startswith("<INDIVIDUAL") and "QDi.335" in e.raw
    low = [n.full for n in e.names if n.kind == NameKind.ALIAS_LOW]
    assert low[0] == "Abu Usamah al-Rahman"


def test_stray_spaces_trimmed() -> None:
    e = load_list("un_sc").get("SDi.007")
    assert e.names[0].parts == ("GEDO", "HAMDAN", "AHMED")
    assert e.designations == ["Commander for the North Darfur section of the Rapid Support Forces"]
    assert e.gender == "Male"  # from "Gender: Male." in the comments


def test_date_kinds_present() -> None:
    kinds = {d.kind for e in load_list("un_sc").entities for d in e.birth_dates}
    assert kinds == {DateKind.EXACT, DateKind.YEAR, DateKind.RANGE, DateKind.APPROXIMATE}
    ranges = [d for e in load_list("un_sc").entities for d in e.birth_dates if d.kind == "range"]
    assert all(d.earliest.year < d.latest.year or d.earliest < d.latest for d in ranges)


def test_listed_on_with_zone() -> None:
    xml = _one("<LISTED_ON>2015-03-27-04:00</LISTED_ON>")
    assert parse_un_xml(xml).entities[0].listed_on == dt.date(2015, 3, 27)


def test_lenient_order_and_unknown_elements() -> None:
    xml = _one(
        "<NEW_THING> kept </NEW_THING><INDIVIDUAL_ADDRESS><NOTE>n</NOTE><STREET>s</STREET>"
        "<COUNTRY>Iraq</COUNTRY></INDIVIDUAL_ADDRESS>",
        before_ref=True,
    )
    e = parse_un_xml(xml).entities[0]
    assert e.properties["new_thing"] == ["kept"]
    assert e.addresses[0].street == "s" and e.addresses[0].country_code == "iq"
    assert e.ref == "XXi.001"


def test_malformed_names_element_and_line() -> None:
    xml = _one("<COMMENTS1>oops</COMMENT1>")
    with pytest.raises(ParseError) as err:
        parse_un_xml(xml)
    assert err.value.line == 16  # the line of the bad closing tag
    assert "COMMENTS1" in err.value.message and "COMMENT1" in err.value.message


def test_missing_reference_is_an_error() -> None:
    xml = _one("").replace(b"<REFERENCE_NUMBER>XXi.001\n</REFERENCE_NUMBER>", b"")
    with pytest.raises(ParseError, match="REFERENCE_NUMBER") as err:
        parse_un_xml(xml)
    assert err.value.line == 4


def test_wrong_root() -> None:
    with pytest.raises(ParseError, match="expected <CONSOLIDATED_LIST>"):
        parse_un_xml(b"<?xml version='1.0'?><OTHER/>")


def _one(extra: str, *, before_ref: bool = False) -> bytes:
    body = (
        "<DATAID>1</DATAID><VERSIONNUM>1</VERSIONNUM><FIRST_NAME> A </FIRST_NAME>"
        + (extra if before_ref else "")
        + "<UN_LIST_TYPE>Iraq</UN_LIST_TYPE>"
        + "<REFERENCE_NUMBER>XXi.001</REFERENCE_NUMBER>"
        + ("" if before_ref else extra)
    )
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<CONSOLIDATED_LIST dateGenerated="2026-01-01T00:00:00Z">',
        "<INDIVIDUALS>",
        "<INDIVIDUAL>",
        *[f"<{t}" for t in body.split("<") if t],
        "</INDIVIDUAL>",
        "</INDIVIDUALS><ENTITIES/>",
        "</CONSOLIDATED_LIST>",
    ]
    return "\n".join(lines).encode()


def test_birth_date_notes_that_are_dates() -> None:
    e = load_list("un_sc").get("CDi.004")
    assert [(d.kind, d.earliest, d.latest) for d in e.birth_dates] == [
        (DateKind.RANGE, dt.date(1973, 11, 1), dt.date(1973, 11, 30))
    ]
    # a note that is no date is kept, not dropped
    assert load_list("un_sc").get("LYi.022").properties["unparsed"] == ["NOTE 30-35 years old"]


@given(st.text(alphabet=" \t\nab", max_size=20))
def test_clean_is_trimmed_and_idempotent(text: str) -> None:
    out = clean(text)
    if out is not None:
        assert out == out.strip() and "  " not in out and "\n" not in out
        assert clean(out) == out
    else:
        assert not text.strip()


def test_a_list_without_records_is_an_error() -> None:
    with pytest.raises(ParseError, match="no <INDIVIDUAL> or <ENTITY>"):
        parse_un_xml(b"<CONSOLIDATED_LIST><INDIVIDUALS/><ENTITIES/></CONSOLIDATED_LIST>")


def test_unknown_sub_elements_are_kept() -> None:
    xml = _one(
        "<INDIVIDUAL_DOCUMENT><TYPE_OF_DOCUMENT>Passport</TYPE_OF_DOCUMENT><NUMBER>P1</NUMBER>"
        "<BIOMETRIC>yes</BIOMETRIC></INDIVIDUAL_DOCUMENT><NATIONALITY2>Iraq</NATIONALITY2>"
    )
    e = parse_un_xml(xml).entities[0]
    assert e.identifiers[0].number == "P1"
    assert e.properties["individual_document.biometric"] == ["yes"]
    assert e.nationalities == ["Iraq"] and e.country_codes == ["iq"]


def test_real_files_have_no_unknown_sub_elements() -> None:
    for entity in load_list("un_sc").entities:
        assert not any("." in key for key in entity.properties), entity.ref


def test_namespaced_copy_reads_the_same(shared_data: Path) -> None:
    data = (shared_data / "sanctions" / "un" / "un_consolidated_2026-01-28.xml").read_bytes()
    namespaced = data.replace(b"<CONSOLIDATED_LIST ", b'<CONSOLIDATED_LIST xmlns="urn:x" ', 1)
    plain, other = parse_un_xml(data), parse_un_xml(namespaced)
    assert [e.to_dict() for e in other.entities] == [e.to_dict() for e in plain.entities]


def test_imo_numbers_from_the_narrative() -> None:
    e = load_list("un_sc").get("KPe.056")
    assert [(i.type, i.number) for i in e.identifiers] == [("imo", "5571322")]


def test_a_record_without_its_first_name_is_refused() -> None:
    # the schema requires FIRST_NAME: without it, SDi.007 read as HAMDAN AHMED, not GEDO
    # HAMDAN AHMED, and was imported
    xml = re.sub(
        rb"<FIRST_NAME>[^<]*\s*</FIRST_NAME>", b"", _one("<SECOND_NAME>HAMDAN</SECOND_NAME>")
    )
    assert b"FIRST_NAME" not in xml
    with pytest.raises(ParseError, match=r"XXi\.001 has no FIRST_NAME"):
        parse_un_xml(xml)
