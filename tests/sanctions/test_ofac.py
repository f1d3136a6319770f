"""OFAC readers: the legacy SDN.CSV (and its Remarks) and the sdnList XML, on the real files."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from unsc.errors import ParseError
from unsc.sanctions import DateKind, Entity, NameKind, Schema, load_list, parse_ofac_csv
from unsc.sanctions.ofac_remarks import apply_remarks, parse_ofac_date, split_remarks


@pytest.fixture(scope="module")
def sdn(shared_data: Path):  # type: ignore[no-untyped-def]
    return parse_ofac_csv(shared_data / "sanctions" / "ofac" / "sdn_2024-05-03.csv")


def test_counts_and_types(sdn) -> None:  # type: ignore[no-untyped-def]
    assert len(sdn.entities) == 14965
    kinds = Counter(e.schema for e in sdn.entities)
    assert kinds == {
        Schema.PERSON: 6854,
        Schema.VESSEL: 851,
        Schema.AIRCRAFT: 376,
        Schema.ORGANIZATION: 6884,
    }
    assert sdn.generated is None and sdn.dataset == "ofac_sdn"


def test_no_empty_markers_or_ctrl_z(sdn) -> None:  # type: ignore[no-untyped-def]
    for e in sdn.entities:
        assert "-0-" not in e.name and "\x1a" not in e.name
        assert all(v != "-0-" for vs in e.properties.values() for v in vs)


def test_person_remarks(sdn) -> None:  # type: ignore[no-untyped-def]
    e = sdn.get("11646")
    assert e.name == "Bekkay HARRACH" and e.properties["sdn_name"] == ["HARRACH, Bekkay"]
    assert e.birth_dates[0].earliest == dt.date(1977, 9, 4)
    assert e.birth_places[0].city == "Berkane" and e.birth_places[0].country_code == "ma"
    assert e.nationalities == ["Germany"] and e.country_codes == ["de"]
    passport = next(i for i in e.identifiers if i.type == "passport")
    assert (passport.number, passport.country_code, passport.expires) == (
        "5208116575",
        "de",
        "07 Sep 2013",
    )
    assert "Believed to be in the Afghanistan/Pakistan border area" in e.properties["remarks"]


def test_remark_name_kinds() -> None:
    """a.k.a. in the Remarks is weak, f.k.a. a former name, n.k.a. a name now borne."""
    e = Entity(dataset="ofac_sdn", ref="1", schema=Schema.ORGANIZATION, name="X")
    apply_remarks(e, "a.k.a. 'BNC'; f.k.a. 'OLD BANK'; n.k.a. 'NEW BANK'.")
    assert [(n.full, n.kind) for n in e.names] == [
        ("BNC", NameKind.ALIAS_LOW),
        ("OLD BANK", NameKind.FORMER),
        ("NEW BANK", NameKind.ALIAS_GOOD),
    ]


def test_aliases_flipped_for_persons(sdn) -> None:  # type: ignore[no-untyped-def]
    e = sdn.get("11648")
    # the a.k.a. of the Remarks is a weak one (ALT.CSV gives the strong ones)
    assert "JIN SOK KIM" in [n.full for n in e.names if n.kind == NameKind.ALIAS_LOW]
    assert {d.kind for d in e.birth_dates} == {DateKind.YEAR, DateKind.EXACT}
    assert e.country_codes == ["kp"]  # "Korea, North"


def test_vessel(sdn) -> None:  # type: ignore[no-untyped-def]
    e = sdn.get("4243")
    assert e.schema == Schema.VESSEL
    assert [i.number for i in e.identifiers if i.type == "imo"] == ["7406784"]
    assert [n.full for n in e.names if n.kind == NameKind.FORMER] == ["ANA I", "SAND SWAN"]
    assert e.properties["flag"] == ["Panama"] and e.properties["vessel_type"] == ["General Cargo"]
    tug = sdn.get("4238")
    assert [i.number for i in tug.identifiers if i.type == "call_sign"] == ["CL2192"]


def test_programs_split(sdn) -> None:  # type: ignore[no-untyped-def]
    multi = [e for e in sdn.entities if len(e.programs) > 1]
    assert multi and all("]" not in p and "[" not in p for e in multi for p in e.programs)


def test_every_imo_is_found(sdn) -> None:  # type: ignore[no-untyped-def]
    raw_imos = sum(e.raw.count("IMO ") for e in sdn.entities if e.schema == Schema.VESSEL)
    imos = sum(i.type == "imo" for e in sdn.entities for i in e.identifiers)
    assert imos >= raw_imos * 0.95


@pytest.mark.parametrize(
    ("text", "kind", "earliest", "latest"),
    [
        ("01 Jan 1956", DateKind.EXACT, "1956-01-01", "1956-01-01"),
        ("1964", DateKind.YEAR, "1964-01-01", "1964-12-31"),
        ("circa 1951", DateKind.APPROXIMATE, "1951-01-01", "1951-12-31"),
        ("Feb 1960", DateKind.RANGE, "1960-02-01", "1960-02-29"),
        ("1951 to 1953", DateKind.RANGE, "1951-01-01", "1953-12-31"),
        ("01 Jan 1961 to 31 Dec 1962", DateKind.RANGE, "1961-01-01", "1962-12-31"),
        ("circa 1979-1982", DateKind.RANGE, "1979-01-01", "1982-12-31"),
    ],
)
def test_ofac_dates(text: str, kind: DateKind, earliest: str, latest: str) -> None:
    date = parse_ofac_date(text)
    assert date is not None
    assert (date.kind, date.earliest.isoformat(), date.latest.isoformat()) == (
        kind,
        earliest,
        latest,
    )


def test_garbage_dates() -> None:
    assert parse_ofac_date("sometime") is None
    assert parse_ofac_date("31 Feb 1960") is None


@given(st.lists(st.text(alphabet="abc XYZ.,-'", min_size=1, max_size=12), max_size=6))
def test_split_remarks_keeps_every_statement(parts: list[str]) -> None:
    statements = [p.strip() for p in parts if p.strip() and ";" not in p and "'" not in p]
    text = "; ".join(statements)
    got = split_remarks(text)
    assert "".join(got).replace(" ", "") == "".join(split_remarks(text)).replace(" ", "")
    assert len(got) <= max(1, len(statements))


def test_split_remarks_quoted_alias() -> None:
    assert split_remarks("a.k.a. 'A; B'; DOB 1960; Driver's License No. X.") == [
        "a.k.a. 'A; B'",
        "DOB 1960",
        "Driver's License No. X",
    ]


def test_bad_csv_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "sdn.csv"
    path.write_bytes(b'36,"AEROCARIBBEAN AIRLINES",-0- ,"CUBA",-0- \r\n')
    with pytest.raises(ParseError) as err:
        parse_ofac_csv(path)
    assert err.value.line == 1 and "12 fields" in err.value.message


def test_an_sdn_row_without_a_name_or_with_a_quote_left_open(
    shared_data: Path, tmp_path: Path
) -> None:
    rows = (shared_data / "sanctions/ofac/sdn_2024-05-03.csv").read_bytes().split(b"\r\n")
    path = tmp_path / "sdn.csv"
    unnamed = re.sub(rb'^(\d+),"[^"]*"', rb"\1,-0- ", rows[9])
    path.write_bytes(b"\r\n".join([*rows[:9], unnamed, *rows[10:20]]))
    with pytest.raises(ParseError, match=r"entry \d+ has no SDN_Name") as err:
        parse_ofac_csv(path)
    assert err.value.line == 10 and err.value.field == "SDN_Name"
    path.write_bytes(b"\r\n".join([*rows[:9], rows[9].split(b'",', 1)[0]]))  # a quote left open
    with pytest.raises(ParseError, match="cannot read the CSV row") as err:
        parse_ofac_csv(path)
    assert err.value.line == 10


def test_sdnlist_xml_with_a_publish_date_that_is_no_date(shared_data: Path) -> None:
    from unsc.sanctions import parse_ofac_xml

    path = shared_data / "sanctions" / "ofac" / "ofac_consolidated_non_sdn_2026-01-08.xml"
    data = path.read_bytes().replace(b"01/08/2026", b"13/45/2026", 1)
    with pytest.raises(ParseError, match="Publish_Date '13/45/2026' is not a date") as err:
        parse_ofac_xml(data, label="cons.xml")
    assert err.value.path == "cons.xml" and err.value.line == 4


def test_sdnlist_xml(shared_data: Path) -> None:
    snap = load_list(
        shared_data / "sanctions" / "ofac" / "ofac_consolidated_non_sdn_2026-01-08.xml"
    )
    assert snap.dataset == "ofac_cons" and len(snap.entities) == 442
    assert snap.generated == dt.datetime(2026, 1, 8, tzinfo=dt.UTC)
    e = snap.get("9639")
    assert e.name == "Ismail Abdul Salah HANIYA" and e.schema == Schema.PERSON
    assert e.birth_dates[0].text == "1962" and e.programs == ["NS-PLC"]
    weak = sum(n.kind == NameKind.ALIAS_LOW for x in snap.entities for n in x.names)
    raw = "".join(x.raw for x in snap.entities)
    # weak a.k.a.s of the file (a weak f.k.a. is a former name, not a low-quality alias)
    assert weak == raw.count("<type>a.k.a.</type>\n        <category>weak</category>")
    assert weak > 60


def test_sdnlist_vessel_info() -> None:
    from unsc.sanctions import parse_ofac_xml

    xml = b"""<sdnList xmlns="https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/XML">
      <publshInformation><Publish_Date>05/03/2024</Publish_Date></publshInformation>
      <sdnEntry><uid>4238</uid><lastName>MAR AZUL</lastName><sdnType>Vessel</sdnType>
        <programList><program>CUBA</program></programList>
        <idList><id><uid>1</uid><idType>Vessel Registration Identification</idType>
          <idNumber>IMO 7406784</idNumber></id></idList>
        <vesselInfo><callSign>CL2192</callSign><vesselType>Tug</vesselType>
          <vesselFlag>Cuba</vesselFlag><grossRegisteredTonnage>212</grossRegisteredTonnage>
        </vesselInfo></sdnEntry></sdnList>"""
    entity = parse_ofac_xml(xml).entities[0]
    assert entity.schema == Schema.VESSEL and entity.name == "MAR AZUL"
    assert {(i.type, i.number) for i in entity.identifiers} == {
        ("imo", "7406784"),
        ("call_sign", "CL2192"),
    }
    assert entity.properties["flag"] == ["Cuba"]
    assert entity.properties["gross_registered_tonnage"] == ["212"]
