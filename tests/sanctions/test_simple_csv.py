"""A CSV with a header as a list file: a watch list, OpenSanctions' targets.simple.csv and
this tool's CSV export."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest

from unsc.errors import ParseError
from unsc.sanctions import detect_format, export_csv, load_list, measures_for, parse_bytes
from unsc.sanctions.model import DateKind, NameKind, Schema
from unsc.screening import Screener
from unsc.screening.screener import Query

# OpenSanctions' targets.simple.csv header and one row of its shape
SIMPLE = (
    "id,schema,name,aliases,birth_date,countries,addresses,identifiers,sanctions,phones,"
    "emails,program_ids,dataset,first_seen,last_seen,last_change\n"
    'NK-abc,Person,Ri Won Ho,"Lee Won Ho;리원호",1964-07-17,kp,,381310014,'
    '"Asset freeze",,,,EU Financial Sanctions Files (FSF),2016-01-01,2026-01-01,2026-01-01\n'
    "NK-def,Company,Korea Ryonbong General Corporation,,,kp,,,,,,,"
    "EU Financial Sanctions Files (FSF),2016-01-01,2026-01-01,2026-01-01\n"
)


def test_opensanctions_simple_csv() -> None:
    data = SIMPLE.encode()
    assert detect_format(data) == "csv"
    snap = parse_bytes(data, label="targets.simple.csv")
    assert snap.dataset == "eu_financial_sanctions_files_fsf" and len(snap) == 2
    person, firm = snap.entities
    assert (person.ref, person.schema, firm.schema) == (
        "NK-abc",
        Schema.PERSON,
        Schema.ORGANIZATION,
    )
    assert [(n.full, n.kind) for n in person.names] == [
        ("Ri Won Ho", NameKind.PRIMARY),
        ("Lee Won Ho", NameKind.ALIAS_GOOD),
        ("리원호", NameKind.ALIAS_GOOD),
    ]
    assert person.birth_dates[0].earliest == dt.date(1964, 7, 17)
    assert person.country_codes == ["kp"] and person.identifiers[0].number == "381310014"
    assert person.properties["sanctions"] == ["Asset freeze"]


def test_rows_of_a_schema_that_is_no_listed_entry_are_left_out() -> None:
    security = "NK-ghi,Security,RU000A0JXNU8,,,ru,,,,,,,EU Financial Sanctions Files (FSF),,,\n"
    text = SIMPLE + security
    snap = parse_bytes(text.encode(), label="targets.simple.csv")
    assert [e.ref for e in snap.entities] == ["NK-abc", "NK-def"]
    with pytest.raises(ParseError, match="no entry"):
        parse_bytes(b"id,schema,name\n1,Security,RU000A0JXNU8\n", label="x.csv")


def test_a_watch_list_of_names_alone_semicolons_and_a_bom() -> None:
    data = (
        "\ufeffName;Date of birth;Nationality\nAcme Trading Co., Ltd.;;\nJohn Doe;circa 1960;Iran\n"
    )
    snap = parse_bytes(data.encode("utf-8"), label="watch.csv")
    firm, person = snap.entities
    assert snap.dataset == "csv" and [firm.ref, person.ref] == ["1", "2"]
    # no kind given: a legal form in the name makes an organisation
    assert firm.schema == Schema.ORGANIZATION and person.schema == Schema.PERSON
    assert person.birth_dates[0].kind == DateKind.APPROXIMATE
    assert person.country_codes == ["ir"]


def test_the_csv_export_reads_back_with_its_measures() -> None:
    un = load_list("un_sc")
    out = io.StringIO()
    export_csv(un.entities, out)
    back = parse_bytes(out.getvalue().encode(), label="un.csv")
    assert back.dataset == "un_sc" and [e.ref for e in back.entities] == [
        e.ref for e in un.entities
    ]
    lee = back.get("KPi.033")
    assert lee.schema == Schema.PERSON and lee.birth_dates[0].earliest == dt.date(1964, 7, 17)
    assert ("passport", "381310014") in {(i.type, i.number) for i in lee.identifiers}
    assert [m.measure for m in measures_for(lee)] == [
        m.measure for m in measures_for(un.get("KPi.033"))
    ]
    ranged = [d for e in back.entities for d in e.birth_dates if d.kind == DateKind.RANGE]
    assert ranged, "the export's year ranges (1960-1962) read back as ranges"


def test_screening_a_watch_list_by_path(tmp_path: Path) -> None:
    path = tmp_path / "targets.simple.csv"
    path.write_text(SIMPLE, encoding="utf-8")
    screener = Screener(load_list(path).entities)
    (hit,) = screener.screen(Query(name="Rhee Won-ho"), limit=1)
    assert hit.ref == "NK-abc" and hit.match


@pytest.mark.parametrize(
    ("text", "line", "message"),
    [
        ("name,type\nAcme,Spaceship\n", 2, "unknown kind of entry"),
        ("id,name\n1,Acme\n1,Other\n", 3, "appears twice"),
        ("id,name\n1,\n", 2, "has no name"),
        ("id,name\n1,Acme,extra\n", 2, "3 cells"),
        ("id,name\n", None, "no entry"),
        ("name,country,name\nAcme,kp,Other\n", 1, "column 'name' appears twice"),
        ('name,notes\nAcme,"a quote left open\nOther,x\n', 2, "cannot read the CSV row"),
        ('name,notes\nAcme,"closed" too soon\n', 2, "cannot read the CSV row"),
    ],
)
def test_bad_rows_are_refused_with_their_line(text: str, line: int | None, message: str) -> None:
    with pytest.raises(ParseError, match=message) as caught:
        parse_bytes(text.encode(), source="csv", label="list.csv")
    assert caught.value.path == "list.csv" and caught.value.line == line


def test_old_mac_line_ends_and_unnamed_columns() -> None:
    snap = parse_bytes(b"name,,country\rAcme Ltd,x,kp\rRi Won Ho,y,kp\r", label="list.csv")
    assert [e.name for e in snap.entities] == ["Acme Ltd", "Ri Won Ho"]
    assert snap.entities[0].country_codes == ["kp"] and snap.entities[0].properties == {}
