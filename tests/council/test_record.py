"""The historical record: parsing the DHL tables, queries, the check, the chart."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from unsc.cli.main import app
from unsc.council.check import check_record, documented_anomalies
from unsc.council.record import RecordKind, load_record
from unsc.council.record_build import parse_day, parse_outcome, veto_codes
from unsc.errors import InvalidInput

runner = CliRunner()


def test_counts_of_the_record() -> None:
    counts = load_record().counts()
    assert counts["resolution"] == 2640  # S/RES/1 to S/RES/2640 (June 2022), once each
    numbers = {
        d.symbol.split("/")[2].split()[0]
        for d in load_record().query(kind="resolution")
        if d.symbol
    }
    assert numbers == {str(i) for i in range(1, 2641)}
    assert counts["presidential_statement"] > 1200
    assert counts["vetoed_draft"] >= 214
    assert counts["failed_draft"] > 100


def test_known_decisions() -> None:
    record = load_record()
    for number, day in ((1718, dt.date(2006, 10, 14)), (1695, dt.date(2006, 7, 15))):
        decision = record.get(str(number))
        assert decision.kind is RecordKind.RESOLUTION
        assert decision.tally == (15, 0, 0) and decision.date == day
    veto = record.get("S/2022/431")
    assert veto.outcome == "vetoed" and veto.vetoed_by == ("CHN", "RUS")
    assert veto.confirmed_veto
    # the table's misprints set right: 13-0-2 for a double veto, against-for-abstain
    assert veto.tally == (13, 2, 0) and "13, 0, 2" in veto.note
    assert record.get("S/5095").tally == (2, 7, 1)
    # Every vetoed draft is on a veto list: the one the 1972 table mislabels failed
    unlisted = [d.id for d in record.query(kind="vetoed_draft") if not d.confirmed_veto]
    assert unlisted == []
    mislabelled = record.get("S/10768")
    assert mislabelled.outcome == "failed" and mislabelled.vetoed_by == ()
    # Same-looking drafts known only by their meeting record stay distinct (S/PV.206).
    at_206 = [d for d in record if d.meeting == "S/PV.206"]
    assert sorted(d.tally for d in at_206 if d.tally) == [
        (1, 3, 7),
        (4, 0, 7),
        (5, 0, 6),
        (9, 2, 0),
        (9, 2, 0),
    ]
    assert [d.outcome for d in at_206 if d.tally == (5, 0, 6)] == ["failed"]


def test_vetoes_per_member_match_the_official_list() -> None:
    totals: dict[str, int] = {}
    for row in load_record().vetoes_by_decade().values():
        for code, count in row.items():
            totals[code] = totals.get(code, 0) + count
    # DHL veto list to 26 May 2022, its three written-procedure vetoes of 2020, and the
    # Russian veto of 8 July 2022 (S/2022/538) from the World Politics Data Lab table.
    assert totals == {"SUN": 90, "RUS": 31, "USA": 82, "GBR": 29, "FRA": 17, "CHN": 17}


def test_queries() -> None:
    record = load_record()
    assert all(d.year == 2006 for d in record.query(year=2006))
    korea = record.query(topic="Korea", year=2006, kind="resolution")
    assert {d.symbol for d in korea} >= {"S/RES/1695 (2006)", "S/RES/1718 (2006)"}
    assert len(record.query(vetoed_by="RUS")) == 31
    assert len(record.query(vetoed_by="Russia")) == 31
    with pytest.raises(InvalidInput, match="not a known state"):
        record.query(vetoed_by="XYZ")


def test_check_reproduces_every_outcome_or_documents_why_not() -> None:
    report = check_record()
    assert report.checked > 2800
    assert report.disagree == len(report.anomalies) <= 5
    assert all(a.documented for a in report.anomalies), [a.id for a in report.anomalies]
    assert {a.id for a in report.anomalies} <= set(documented_anomalies())


def test_outcome_cell_parsing() -> None:
    items = parse_outcome(
        "Draft resolution S/2022/431 vetoed by China and Russian Federation"
        "\n13-2-0\nS/RES/2627 (2022) 15-0-0 S/PRST/2022/3"
    )
    assert [i["kind"] for i in items] == ["vetoed_draft", "resolution", "presidential_statement"]
    assert items[0]["tally"] == [13, 2, 0] and items[1]["symbol"] == "S/RES/2627 (2022)"
    assert parse_outcome("--") == []
    assert parse_outcome("S/RES/117 (1956) adopted unanimously")[0]["unanimous"] is True
    assert veto_codes("ChinaRussian Federation") == ["CHN", "RUS"]
    assert veto_codes("UK USA") == ["GBR", "USA"]
    assert parse_day("14-15 October", 1966) == dt.date(1966, 10, 14)
    assert parse_day("4 Sep.", 1990) == dt.date(1990, 9, 4)


@pytest.mark.slow
def test_shipped_record_equals_rebuild(shared_data: Path) -> None:
    from scripts.build_council import record_json

    from unsc import datafiles

    assert datafiles.read_bytes("council/record.json") == record_json(
        shared_data / "security_council"
    )


def test_records_cli(tmp_path: Path) -> None:
    result = runner.invoke(app, ["records", "check", "--json"])
    assert result.exit_code == 0, result.output
    doc = json.loads(result.stdout)
    assert doc["checked"] > 2800 and doc["disagree"] == len(doc["anomalies"])
    listed = json.loads(
        runner.invoke(
            app, ["records", "list", "--year", "2022", "--vetoed-by", "CHN", "--json"]
        ).stdout
    )
    assert [d["symbol"] for d in listed["decisions"]] == ["S/2022/431"]
    out = tmp_path / "vetoes.png"
    chart = runner.invoke(app, ["records", "chart", "vetoes", "--out", str(out)])
    assert chart.exit_code == 0 and out.read_bytes()[:4] == b"\x89PNG"
    bad = runner.invoke(app, ["records", "chart", "pies", "--out", str(out)])
    assert bad.exit_code == 2 and "no chart" in bad.stderr


def test_a_topic_is_found_as_typed() -> None:
    # the 2022 table encoded resolution 2627's topic twice ("PeopleÃ¢Â\x80Â\x99s"), and
    # a search types a straight apostrophe where the record has a curly one
    found = load_record().query(year=2022, topic="Democratic People's Republic of Korea")
    assert "S/RES/2627 (2022)" in [d.id for d in found]
    assert all("Ã" not in d.topic for d in load_record())


def test_a_draft_printed_as_a_bare_tally_is_in_the_record() -> None:
    # "2-0-13" alone at S/PV.8823: the failed-drafts sample names it S/2021/667
    draft = load_record().get("S/2021/667")
    assert (draft.outcome, draft.tally, draft.date) == ("failed", (2, 0, 13), dt.date(2021, 7, 22))
