"""FollowTheMoney JSON lines as a list file: OpenSanctions' shape and this tool's export."""

from __future__ import annotations

import datetime as dt
import gzip
import io
import json
from pathlib import Path

import pytest

from unsc.errors import ParseError
from unsc.sanctions import Store, detect_format, export_ftm, load_list, measures_for, parse_bytes
from unsc.sanctions.model import DateKind, NameKind, Schema
from unsc.screening import Screener
from unsc.screening.screener import Query


def _lines(*records: dict[str, object]) -> bytes:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records).encode()


# An OpenSanctions-style export (entities.ftm.json): a company with its sanction and a
# person whose passport is a line of its own; every entity names its dataset.
COMPANY = {
    "id": "eu-fsf-eu-8461-10",
    "schema": "Company",
    "datasets": ["eu_fsf"],
    "last_change": "2026-03-01T10:00:00",
    "properties": {
        "name": ["Korea Ryonbong General Corporation"],
        "alias": ["조선련봉총회사", "Korea Yonbong General Corporation"],
        "weakAlias": ["Lyongaksan General Trading"],
        "jurisdiction": ["kp"],
        "registrationNumber": ["R-1234"],
        "topics": ["sanction"],
    },
}
SANCTION = {
    "id": "eu-fsf-sanction-1",
    "schema": "Sanction",
    "datasets": ["eu_fsf"],
    "properties": {
        "entity": ["eu-fsf-eu-8461-10"],
        "program": ["PRK"],
        "listingDate": ["2009-04-24"],
        "unscId": ["KPe.001"],
    },
}
PERSON = {
    "id": "eu-fsf-eu-9000-1",
    "schema": "Person",
    "datasets": ["eu_fsf"],
    "properties": {
        "name": ["Ri Won Ho"],
        "birthDate": ["1964-07-17"],
        "nationality": ["kp"],
        "gender": ["male"],
    },
}
PASSPORT = {
    "id": "eu-fsf-doc-1",
    "schema": "Passport",
    "datasets": ["eu_fsf"],
    "properties": {"holder": ["eu-fsf-eu-9000-1"], "number": ["381310014"], "country": ["kp"]},
}


def test_opensanctions_lines_are_entries_with_their_sanctions_and_documents() -> None:
    data = _lines(COMPANY, SANCTION, PERSON, PASSPORT)
    assert detect_format(data) == "ftm"
    snap = parse_bytes(data, label="entities.ftm.json")
    assert snap.dataset == "eu_fsf" and len(snap) == 2
    assert snap.generated == dt.datetime(2026, 3, 1, 10, 0, tzinfo=dt.UTC)
    firm, person = snap.entities
    assert firm.ref == "eu-fsf-eu-8461-10" and firm.schema == Schema.ORGANIZATION
    kinds = {n.full: n.kind for n in firm.names}
    assert kinds == {
        "Korea Ryonbong General Corporation": NameKind.PRIMARY,
        "조선련봉총회사": NameKind.ORIGINAL_SCRIPT,
        "Korea Yonbong General Corporation": NameKind.ALIAS_GOOD,
        "Lyongaksan General Trading": NameKind.ALIAS_LOW,
    }
    assert firm.programs == ["PRK"] and firm.listed_on == dt.date(2009, 4, 24)
    assert firm.country_codes == ["kp"]
    assert [(i.type, i.number) for i in firm.identifiers] == [("registration", "R-1234")]
    # the UN reference of its sanction gives the UN regime's measures, with their basis
    assert {m.resolution for m in measures_for(firm)} >= {"1718 (2006)"}
    assert person.birth_dates[0].kind == DateKind.EXACT
    assert person.birth_dates[0].earliest == dt.date(1964, 7, 17)
    assert person.gender == "Male"
    assert [(i.type, i.number, i.country_code) for i in person.identifiers] == [
        ("passport", "381310014", "kp")
    ]
    assert measures_for(person) == []  # no UN reference: another list's entry


def test_entities_opensanctions_marks_no_target_are_not_entries() -> None:
    relative = {**PERSON, "id": "relative", "target": False}
    listed = {**PERSON, "target": True}
    snap = parse_bytes(_lines(listed, relative))
    assert [e.ref for e in snap.entities] == ["eu-fsf-eu-9000-1"]


def test_lines_of_a_schema_followthemoney_does_not_know_are_left_out_with_a_warning(
    caplog: pytest.LogCaptureFixture,
) -> None:
    misspelt = {**PERSON, "id": "typo-1", "schema": "Persn"}
    address = {"id": "addr-1", "schema": "Address", "properties": {"full": ["Pyongyang"]}}
    with caplog.at_level("WARNING", logger="unsc.sanctions.ftm_json"):
        snap = parse_bytes(_lines(PERSON, misspelt, address, misspelt), label="eu.json")
    assert [e.ref for e in snap.entities] == ["eu-fsf-eu-9000-1"]
    (warning,) = caplog.messages  # the address is a known schema, no entry: no warning
    assert warning.startswith("eu.json:2: 2 entities of schema 'Persn'")


def test_a_person_given_by_name_parts_alone_has_them_joined() -> None:
    parts = {**PERSON, "properties": {"firstName": ["Won Ho"], "lastName": ["Ri"]}}
    nameless = {**PERSON, "id": "nameless", "properties": {"nationality": ["kp"]}}
    (person,) = parse_bytes(_lines(parts, nameless)).entities
    assert person.name == "Won Ho Ri"


def test_a_value_given_alone_is_a_list_of_one() -> None:
    alone = {**PERSON, "properties": {"name": "Ri Won Ho", "nationality": "kp"}}
    (person,) = parse_bytes(_lines(alone)).entities
    assert person.name == "Ri Won Ho" and person.country_codes == ["kp"]


def test_nested_sanctions_and_partial_dates() -> None:
    nested = {
        **PERSON,
        "properties": {
            **PERSON["properties"],
            "birthDate": ["1964", "1965-02"],
            "sanctions": [{**SANCTION, "properties": {"program": ["DPRK"]}}],
        },
    }
    (person,) = parse_bytes(_lines(nested), dataset="eu_nested").entities
    assert person.dataset == "eu_nested" and person.programs == ["DPRK"]
    assert [(d.kind, d.earliest, d.latest) for d in person.birth_dates] == [
        (DateKind.YEAR, dt.date(1964, 1, 1), dt.date(1964, 12, 31)),
        (DateKind.RANGE, dt.date(1965, 2, 1), dt.date(1965, 2, 28)),
    ]


def test_the_export_reads_back_entry_for_entry() -> None:
    un = load_list("un_sc")
    out = io.StringIO()
    export_ftm(un.entities, out)
    back = parse_bytes(out.getvalue().encode(), label="un.ftm.json")
    assert back.dataset == "ftm" and len(back) == len(un)
    by_ref = {e.properties["unsc_id"][0]: e for e in back.entities}
    assert set(by_ref) == {e.ref for e in un.entities}
    for entity in un.entities:
        again = by_ref[entity.ref]
        assert again.schema == entity.schema
        assert [m.measure for m in measures_for(again)] == [m.measure for m in measures_for(entity)]
    lee = by_ref["KPi.033"]
    assert lee.birth_dates[0].earliest == dt.date(1964, 7, 17)
    assert "381310014" in {i.number for i in lee.identifiers}


def test_screening_a_gzipped_ftm_file_by_path(tmp_path: Path) -> None:
    path = tmp_path / "entities.ftm.json.gz"
    path.write_bytes(gzip.compress(_lines(COMPANY, SANCTION, PERSON, PASSPORT)))
    screener = Screener(load_list(path).entities)
    (hit,) = screener.screen(Query(name="Korea Ryonbong General Corp"), limit=1)
    assert hit.ref == "eu-fsf-eu-8461-10" and hit.dataset == "eu_fsf" and hit.match
    assert hit.measures and hit.measures[0]["resolution"] == "1718 (2006)"


def test_the_store_imports_an_ftm_file_once(tmp_path: Path, isolated_env: Path) -> None:
    path = tmp_path / "eu.json"
    path.write_bytes(_lines(COMPANY, SANCTION, PERSON, PASSPORT))
    store = Store()
    first = store.import_file(path)
    assert first.dataset == "eu_fsf" and first.entries == 2 and not first.unchanged
    assert store.import_file(path).unchanged


def test_a_first_line_broken_off_is_read_as_ftm_and_refused_at_its_line() -> None:
    data = b'{"id": "x", "schema": "Person", \n'
    assert detect_format(data) == "ftm"
    with pytest.raises(ParseError, match="not a JSON object") as caught:
        parse_bytes(data, label="bad.json")
    assert caught.value.line == 1


@pytest.mark.parametrize(
    ("data", "line", "message"),
    [
        (_lines(PERSON) + b'{"id": "x", "schema": "Person", \n', 2, "not a JSON object"),
        (_lines(PERSON, {"schema": "Person", "properties": {}}), 2, "has no 'id'"),
        (_lines(PERSON, PERSON), 2, "appears twice"),
        (_lines(PERSON, {"id": "y", "schema": "Person", "properties": []}), 2, "properties"),
        (_lines(SANCTION), None, "no listed person"),
        (_lines(PERSON) + b"\xff\xfe\n", 2, "not UTF-8"),
    ],
)
def test_bad_lines_are_refused_with_their_line(data: bytes, line: int | None, message: str) -> None:
    with pytest.raises(ParseError, match=message) as caught:
        parse_bytes(data, source="ftm", label="bad.json")
    assert caught.value.path == "bad.json" and caught.value.line == line


def test_the_cli_screens_and_imports_an_ftm_file(tmp_path: Path, isolated_env: Path) -> None:
    from typer.testing import CliRunner

    from unsc.cli.main import app

    path = tmp_path / "entities.ftm.json"
    path.write_bytes(_lines(COMPANY, SANCTION, PERSON, PASSPORT))
    runner = CliRunner()
    found = runner.invoke(app, ["screen", "Ri Won-ho", "--list", str(path), "--json"])
    assert found.exit_code == 0, found.output
    assert json.loads(found.stdout)["results"][0]["ref"] == "eu-fsf-eu-9000-1"
    stored = runner.invoke(app, ["lists", "import", str(path), "--source", "ftm", "--json"])
    assert stored.exit_code == 0, stored.output
    assert json.loads(stored.stdout)["dataset"] == "eu_fsf"
    wrong = runner.invoke(app, ["lists", "import", str(path), "--source", "ftmx"])
    assert wrong.exit_code != 0 and "ftm" in wrong.output and "ofac_xml" in wrong.output


def test_two_versions_differ_in_the_fields_they_changed() -> None:
    from unsc.sanctions import diff_entities

    old = parse_bytes(_lines(COMPANY, SANCTION, PERSON))
    company = {
        **COMPANY,
        "properties": {**COMPANY["properties"], "topics": ["sanction", "debarment"]},
    }
    person = {**PERSON, "properties": {**PERSON["properties"], "alias": ["Lee Won Ho"]}}
    new = parse_bytes(_lines(company, SANCTION, person))
    delta = diff_entities(old.entities, new.entities, old_fields=old.fields, new_fields=new.fields)
    changed = {a.ref: set(a.fields) for a in delta.amended}
    assert changed == {"eu-fsf-eu-8461-10": {"properties.topics"}, "eu-fsf-eu-9000-1": {"names"}}


def test_the_generation_time_is_utc_whatever_the_machine_s_zone(
    tmp_path: Path, isolated_env: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """OpenSanctions' times have no zone and are UTC: stored as such, so the same list in
    other bytes is the stored version on a machine in New York too."""
    import time

    monkeypatch.setenv("TZ", "America/New_York")
    time.tzset()
    try:
        snap = parse_bytes(_lines(COMPANY, SANCTION, PERSON), label="eu.json")
        assert snap.generated == dt.datetime(2026, 3, 1, 10, 0, tzinfo=dt.UTC)
        first = tmp_path / "a.json"
        first.write_bytes(_lines(COMPANY, SANCTION, PERSON))
        again = tmp_path / "b.json"
        again.write_bytes(b"\xef\xbb\xbf" + first.read_bytes())  # the same list, a BOM
        store = Store()
        stored = store.import_file(first)
        assert store.versions()[-1].generated == snap.generated
        assert store.import_file(again).version == stored.version
    finally:
        monkeypatch.delenv("TZ")
        time.tzset()
