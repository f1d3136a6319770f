"""The council CLI commands through typer's runner."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from unsc.cli.main import app

runner = CliRunner()


def test_council_json() -> None:
    result = runner.invoke(app, ["council", "2006-10-14", "--json"])
    assert result.exit_code == 0, result.output
    doc = json.loads(result.stdout)
    assert doc["seats"] == 15 and doc["president"] == {"code": "JPN", "name": "Japan"}
    assert {"code": "CHN", "name": "China", "permanent": True} in doc["members"]


def test_council_table_and_bad_date() -> None:
    assert "Japan" in runner.invoke(app, ["council", "2006-10-14"]).stdout
    assert "Japan" in runner.invoke(app, ["council", "14 October 2006"]).stdout
    result = runner.invoke(app, ["council", "14/10/2006"])
    assert result.exit_code == 2 and "not a date" in result.stderr


def test_vote_veto_json() -> None:
    yes = "USA,GBR,FRA,ALB,BRA,GAB,GHA,IRL,KEN,MEX,NOR,ARE,IND"
    result = runner.invoke(
        app,
        [
            "vote",
            "--date",
            "2022-05-26",
            "--yes",
            yes,
            "--no",
            "CHN,RUS",
            "--abstain",
            "",
            "--json",
        ],
    )
    assert result.exit_code == 0, result.output
    doc = json.loads(result.stdout)
    assert doc["outcome"] == "vetoed" and doc["vetoed_by"] == ["CHN", "RUS"]
    assert (doc["yes"], doc["no"], doc["abstain"], doc["required"]) == (13, 2, 0, 9)


def test_vote_human_and_unknown_code() -> None:
    human = runner.invoke(app, ["vote", "--date", "2022-05-26", "--yes", "USA", "--no", "RUS"])
    assert human.exit_code == 0 and "FAILED" in human.stdout
    result = runner.invoke(app, ["vote", "--date", "2006-10-14", "--yes", "XYZ"])
    assert result.exit_code == 2
    assert "not a member" in result.stderr and "JPN" in result.stderr
    assert "Traceback" not in result.output


def test_vote_file(tmp_path: Path) -> None:
    path = tmp_path / "ballot.yaml"
    path.write_text(
        "date: 2006-10-14\nkind: procedural\nvotes: {USA: no, JPN: yes, CHN: yes,\n"
        "  FRA: yes, GBR: yes, RUS: yes, ARG: yes, COG: yes, DNK: yes, GHA: yes}\n"
    )
    doc = json.loads(runner.invoke(app, ["vote", str(path), "--json"]).stdout)
    assert doc["outcome"] == "adopted" and doc["absent"] == 5
    path.write_text("date: 2006-10-14\nyes: [USA, JPN]\nno: [JPN]\n")
    result = runner.invoke(app, ["vote", str(path)])
    assert result.exit_code == 2 and "twice" in result.stderr
    path.write_text("votes: {USA: yes}\n")
    result = runner.invoke(app, ["vote", str(path)])
    assert result.exit_code == 2 and "missing 'date'" in result.stderr


def test_power_cli(tmp_path: Path) -> None:
    result = runner.invoke(app, ["power", "--council", "2006-10-14", "--json"])
    assert result.exit_code == 0, result.output
    players = {p["code"]: p for p in json.loads(result.stdout)["players"]}
    assert players["CHN"]["shapley_shubik"] == "421/2145"
    assert players["JPN"]["banzhaf"] == "21/1270"
    assert set(players["JPN"]) == {
        "code",
        "weight",
        "shapley_shubik",
        "banzhaf",
        "banzhaf_absolute",
        "holler_packel",
        "deegan_packel",
        "johnston",
    }
    weighted = json.loads(
        runner.invoke(app, ["power", "--quota", "51", "--weights", "50,30,20", "--json"]).stdout
    )
    assert [p["shapley_shubik"] for p in weighted["players"]] == ["2/3", "1/6", "1/6"]
    path = tmp_path / "game.yaml"
    path.write_text(
        "type: or\nplayers: [A, B, C]\ngames:\n"
        "  - {quota: 3, weights: [1, 1, 1]}\n  - {quota: 1, weights: [1, 0, 0]}\n"
    )
    doc = json.loads(runner.invoke(app, ["power", str(path), "--json"]).stdout)
    assert doc["players"][0]["shapley_shubik"] == "1/1"
    assert "Power indices" in runner.invoke(app, ["power", "--council", "1950-01-01"]).stdout
    bad = runner.invoke(app, ["power", "--quota", "9", "--weights", "1,x"])
    assert bad.exit_code == 2 and "not integers" in bad.stderr
    none = runner.invoke(app, ["power"])
    assert none.exit_code == 2 and "exactly one game" in none.stderr


def test_vote_file_with_fields_of_the_wrong_type(tmp_path: Path) -> None:
    path = tmp_path / "ballot.yaml"
    path.write_text("date: 2006-10-14\nkind: pacific_settlement\nparties: 5\nyes: [USA]\n")
    result = runner.invoke(app, ["vote", str(path), "--json"])
    assert result.exit_code == 2 and result.stdout == ""
    assert f"{path}: parties: expected a list, got 5" in result.stderr
    path.write_text("date: 2006-13-45\nyes: [USA]\n")
    result = runner.invoke(app, ["vote", str(path)])
    assert result.exit_code == 2
    assert f"{path}:1: not valid YAML: '2006-13-45' is not a date" in result.stderr


@pytest.mark.parametrize(
    "args, message",
    [
        (["--quota", "2/0", "--weights", "1,2"], "quota '2/0' is not a number"),
        (["--quota", "nan", "--weights", "1,2"], "quota 'nan' is not a number"),
    ],
)
def test_power_quota_that_is_no_number(args: list[str], message: str) -> None:
    result = runner.invoke(app, ["power", *args, "--json"])
    assert result.exit_code == 2 and result.stdout == ""
    assert message in result.stderr and "Traceback" not in result.stderr


def test_power_game_file_with_odd_numbers(tmp_path: Path) -> None:
    path = tmp_path / "game.yaml"
    for text, message in [
        ("quota: abc%\nweights: [1, 2]\n", "quota 'abc%' is not a number"),
        ("quota: 2\nweights: [1.5, 2]\n", "weight is 1.5, not a whole number"),
        ("type: eu\npopulations: {A: many}\n", "population of A is 'many', not a whole number"),
        ("type: eu\npopulations: {A: '--3'}\n", "population of A is '--3', not a whole number"),
        (
            "type: eu\npopulations: {A: '\u00b2'}\n",
            "population of A is '\u00b2', not a whole number",
        ),
        ("quota: 2\nweights: [1, 2]\nplayers: 5\n", "players: expected a list"),
    ]:
        path.write_text(text)
        result = runner.invoke(app, ["power", str(path)])
        assert result.exit_code == 2, (text, result.output)
        assert f"{path}: {message}" in result.stderr


def test_records_chart_to_a_path_that_cannot_be_written(tmp_path: Path) -> None:
    for out in (tmp_path, tmp_path / "missing" / "folder" / "v.png"):
        if out != tmp_path:
            (tmp_path / "missing").write_text("a file, not a folder")
        result = runner.invoke(app, ["records", "chart", "--out", str(out), "--json"])
        assert result.exit_code == 2 and result.stdout == ""
        assert f"cannot write {out}" in result.stderr


@pytest.mark.parametrize("quota", ["2/3", "0.6667", "67%"])
def test_power_quota_below_one_is_a_share_of_the_total(quota: str) -> None:
    # "2/3" was read as a weight of 0.67: every player won alone, each 1/3
    args = ["power", "--quota", quota, "--weights", "50,30,20", "--players", "A,B,C", "--json"]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    players = json.loads(result.output)["players"]
    assert [p["shapley_shubik"] for p in players] == ["2/3", "1/6", "1/6"]
