"""OFAC's advanced XML (SDN_ADVANCED.XML) as a list file."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from unsc.errors import ParseError
from unsc.sanctions import detect_format, load_list, measures_for, parse_bytes
from unsc.sanctions.model import DateKind, NameKind, Schema
from unsc.screening import Screener
from unsc.screening.screener import Query

SAMPLE = Path(__file__).parent / "data" / "ofac_sdn_advanced.xml"


def test_the_advanced_xml_reads_into_entries() -> None:
    data = SAMPLE.read_bytes()
    assert detect_format(data) == "ofac_advanced"
    snap = parse_bytes(data, label="sdn_advanced.xml")
    assert snap.dataset == "ofac_sdn" and len(snap) == 4  # the entries are on the SDN List
    assert snap.generated is not None and snap.generated.date() == dt.date(2026, 5, 21)
    jo, bank, vessel, kim = snap.entities
    # given names, then family names, as SDN.CSV's "JO, Chol Song" reads
    assert (jo.ref, jo.schema, jo.name) == ("21744", Schema.PERSON, "Chol Song JO")
    assert jo.names[0].parts == ("Chol Song", "JO")
    assert [(n.full, n.kind) for n in jo.names] == [
        ("Chol Song JO", NameKind.PRIMARY),
        ("조철성", NameKind.ORIGINAL_SCRIPT),
    ]
    assert jo.birth_dates[0].kind == DateKind.EXACT
    assert jo.birth_dates[0].earliest == dt.date(1984, 9, 25)
    assert (jo.country_codes, jo.gender) == (["kp"], "Male")  # a location; a reference value
    assert [(i.type, i.number, i.country_code, i.expires) for i in jo.identifiers] == [
        ("passport", "654320502", "kp", "2019-09-16")
    ]
    assert jo.programs == ["NPWMD"] and jo.listed_on == dt.date(2017, 6, 1)
    assert jo.properties["linked_to"] == ["KOREA KWANGSON BANKING CORP"]
    assert jo.properties["secondary_sanctions_risk"][0].startswith("North Korea Sanctions")
    assert bank.schema == Schema.ORGANIZATION
    assert [(n.full, n.kind) for n in bank.names] == [
        ("KOREA KWANGSON BANKING CORP", NameKind.PRIMARY),
        ("KKBC", NameKind.ALIAS_LOW),
        ("KWANGSON BANK", NameKind.FORMER),
    ]
    assert bank.addresses[0].city == "Pyongyang" and bank.addresses[0].country_code == "kp"
    assert vessel.schema == Schema.VESSEL
    assert [(i.type, i.number) for i in vessel.identifiers] == [("imo", "7937317")]
    assert vessel.properties["vessel_type"] == ["General Cargo"]
    assert vessel.properties["flag"] == ["Democratic People's Republic of Korea"]
    # 1 January to 31 December, approximate: circa a year
    assert kim.birth_dates[0].kind == DateKind.APPROXIMATE and kim.birth_dates[0].text == "1984"
    assert kim.titles == ["Chairman of the Workers' Party of Korea"]
    assert kim.properties["crypto_wallet"] == ["ETH 0x4f47bc496083c727c5fbe3ce9cdf2b0f6496270c"]
    (blocking,) = measures_for(jo)  # the programme's U.S. authority
    assert blocking.resolution.startswith("Executive Order 13382")


def test_the_advanced_xml_agrees_with_the_csv_on_the_same_entries() -> None:
    """The same entry numbers, names and programmes as the shipped SDN.CSV gives them."""
    csv = {e.ref: e for e in load_list("ofac_sdn").entities}
    for entry in load_list(SAMPLE).entities:
        other = csv[entry.ref]
        assert (entry.name, entry.schema) == (other.name, other.schema)
        assert entry.programs == other.programs


def test_screening_the_advanced_xml_by_path() -> None:
    screener = Screener(load_list(SAMPLE).entities)
    (hit,) = screener.screen(Query(name="Jo Chol-song"), limit=1)
    assert hit.ref == "21744" and hit.dataset == "ofac_sdn" and hit.match
    (ship,) = screener.screen(Query(name="M/V Chong Chon Gang", schema="Vessel"), limit=1)
    assert ship.ref == "17069"


def test_a_consolidated_advanced_file_is_ofac_cons() -> None:
    data = SAMPLE.read_bytes().replace(b'ListID="1550"', b'ListID="91512"')
    assert parse_bytes(data, label="cons_advanced.xml").dataset == "ofac_cons"
    assert parse_bytes(data, label="x", dataset="mine").dataset == "mine"


def test_a_feature_the_model_has_no_field_for_is_a_property_in_words() -> None:
    """A location or a date under another feature type: its text, as the CSV remarks give."""
    data = SAMPLE.read_bytes().replace(b'FeatureTypeID="25"', b'FeatureTypeID="504"')
    bank = parse_bytes(data, label="x").entities[1]
    assert bank.addresses == []
    assert bank.properties["secondary_sanctions_risk"] == [
        "Chongsung-dong, Central District, Pyongyang, Korea, North"
    ]


def test_a_value_pointing_at_no_table_entry_is_left_out() -> None:
    data = SAMPLE.read_bytes().replace(b'DetailReferenceID="91526"', b'DetailReferenceID="1"')
    jo = parse_bytes(data, label="x").entities[0]
    assert jo.gender is None and jo.birth_dates  # the rest of the record is kept


@pytest.mark.parametrize(
    ("xml", "message"),
    [
        (b"<Sanctions><DistinctParties><DistinctParty FixedRef='1'><Profile ID='1'/>"
         b"</DistinctParty></DistinctParties></Sanctions>", "without FixedRef or a name"),
        (b"<Sanctions/>", "no <DistinctParty>"),
        (b"<Sanctions><DistinctParty", "malformed XML"),
        (b"<Sanctions><DateOfIssue/>", "malformed XML"),  # cut short after the root
        (b"", "malformed XML: no element found"),
        (b"<export/>", "root element is <export>, expected <Sanctions>"),
    ],
)  # fmt: skip
def test_a_broken_advanced_file_is_refused(xml: bytes, message: str) -> None:
    with pytest.raises(ParseError, match=message) as caught:
        parse_bytes(xml, source="ofac_advanced", label="adv.xml")
    assert caught.value.path == "adv.xml"


@pytest.mark.parametrize("year", ["²", "9" * 5000, "99999999999999999999"])
def test_a_date_whose_year_is_no_year_is_none(year: str) -> None:
    """ValueError ("²" passes isdigit()), the 4,300-digit limit, and OverflowError (a year
    past what a date holds) each stopped an import."""
    from lxml import etree

    from unsc.sanctions.ofac_advanced import _day

    assert _day(etree.fromstring(f"<Date><Year>{year}</Year><Month>1</Month></Date>")) is None
    found = _day(etree.fromstring("<Date><Year>1982</Year><Month>2</Month></Date>"))
    assert found == dt.date(1982, 2, 1)
