"""`unsc negotiate` through the CLI runner: the JSON contract, the table, and errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from typer.testing import CliRunner

from unsc.cli.main import app
from unsc.errors import InvalidInput, NotFound, ParseError

runner = CliRunner()


def test_json_contract() -> None:
    result = runner.invoke(app, ["negotiate", "2006-07", "--json"])
    assert result.exit_code == 0, result.output
    doc = json.loads(result.stdout)
    for key in ("original", "strongest_adopted", "strongest_unanimous", "options", "explanation"):
        assert key in doc
    assert {"outcome", "votes", "vetoed_by"} <= set(doc["original"])
    assert doc["original"]["votes"]["CHN"] == "no"
    una = doc["strongest_unanimous"]
    assert {"outcome", "yes", "chapter_vii", "paragraphs"} <= set(una)
    assert una["yes"] == 15 and una["chapter_vii"] is False
    assert any(o["name"] == "floated compromise" for o in doc["options"])
    assert "vetoed" in doc["explanation"]


def test_unanimous_flag_makes_the_adopted_text_unanimous() -> None:
    result = runner.invoke(app, ["negotiate", "2006-10", "--unanimous", "--json"])
    assert result.exit_code == 0, result.output
    doc = json.loads(result.stdout)
    assert doc["terms"]["unanimous"] is True
    assert doc["strongest_adopted"]["unanimous"] is True


def test_table_highlights_vetoes_and_options() -> None:
    result = runner.invoke(app, ["negotiate", "2006-07"], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert "VETO" in out
    assert "floated compromise" in out
    assert "Strongest adopted text" in out
    assert "presidential statement" in out


def test_second_body_from_the_cli() -> None:
    result = runner.invoke(app, ["negotiate", "2006-07", "--body", "six-party-talks", "--json"])
    assert result.exit_code == 0, result.output
    doc = json.loads(result.stdout)
    assert doc["body"] == "six-party-talks"
    assert len(doc["original"]["votes"]) == 6


def test_unknown_scenario_is_a_clear_error() -> None:
    result = runner.invoke(app, ["negotiate", "1950-06"])
    assert result.exit_code == NotFound.exit_code
    assert "error: unknown scenario '1950-06'" in result.stderr
    assert "2006-07" in result.stderr  # the hint names the shipped ones
    assert "Traceback" not in result.output


def test_console_script_prints_the_error_without_traceback() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "unsc.cli.main", "negotiate", "2006-07", "--keep", "OP99"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert proc.returncode == 2
    assert "OP99" in proc.stderr and "Traceback" not in proc.stderr


def test_bad_scenario_file_names_the_file(tmp_path: Path) -> None:
    bad = tmp_path / "mine.yaml"
    bad.write_text(
        "name: mine\ndate: 2006-07-15\ndraft: 2006-07/v3\npositions:\n  CHN:\n"
        "    stances:\n      - {when: [sanctions], stance: perhaps}\n"
    )
    result = runner.invoke(app, ["negotiate", str(bad)])
    assert result.exit_code == ParseError.exit_code == 2
    assert "mine.yaml" in result.stderr and "perhaps" in result.stderr


def test_draft_option_adds_a_column() -> None:
    result = runner.invoke(
        app, ["negotiate", "2006-07", "--draft", "2006-07/v1", "--json", "--no-prst"]
    )
    assert result.exit_code == 0, result.output
    doc = json.loads(result.stdout)
    names = [o["name"] for o in doc["options"]]
    assert "2006-07/v1" in names
    assert doc["alternative_instrument"] is None


def test_unknown_assumption_is_refused() -> None:
    result = runner.invoke(app, ["negotiate", "2006-07", "--assume", "hopeful"])
    assert result.exit_code == InvalidInput.exit_code
    assert "hopeful" in result.stderr and "pessimistic" in result.stderr
