"""The CLI contract: command names, JSON fields, CSV columns, errors as messages."""

from __future__ import annotations

import csv
import json
from pathlib import Path

from typer.testing import CliRunner

from unsc.cli.main import app

runner = CliRunner()
ENV = {"COLUMNS": "200"}


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def test_screen_json_contract() -> None:
    result = runner.invoke(app, ["screen", "Lee Won Ho", "--dob", "1964", "--json"], env=ENV)
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert set(data) == {"query", "results"}
    first = data["results"][0]
    assert {"ref", "name", "dataset", "score", "match", "explanation", "measures"} <= set(first)
    assert first["ref"] == "KPi.033" and first["dataset"] == "un_sc" and first["match"]
    assert first["measures"][0]["resolution"] == "1718 (2006)"


def test_screen_table_and_options() -> None:
    result = runner.invoke(
        app,
        ["screen", "Lee Won Ho", "--schema", "Person", "--country", "KP", "--limit", "1"],
        env=ENV,
    )
    assert result.exit_code == 0, result.output
    assert "KPi.033" in result.stdout and "1718" in result.stdout


def test_screen_warns_of_a_country_it_cannot_read_and_screens_on() -> None:
    args = ["screen", "Lee Won Ho", "--country", "Narnia", "--country", "N. Korea", "--json"]
    result = runner.invoke(app, args, env=ENV)
    assert result.exit_code == 0, result.output
    assert "'Narnia' is no country" in result.stderr and "N. Korea" not in result.stderr
    first = json.loads(result.stdout)["results"][0]
    assert first["ref"] == "KPi.033"
    assert first["explanation"]["features"]["country"]["value"] == 1.0


def test_screen_threshold_and_no_hits() -> None:
    result = runner.invoke(app, ["screen", "Zzyzx Qwerty", "--json"], env=ENV)
    assert result.exit_code == 0
    assert json.loads(result.stdout)["results"] == []


def test_screen_file_contract(tmp_path: Path) -> None:
    source = tmp_path / "in.csv"
    source.write_text(
        "full_name,kind,born\nLee Won Ho,Person,1964-07-17\nZzyzx Qwerty,,\n"
        "Namchongang Trading Corp,Organization,\n",
        encoding="utf-8",
    )
    out = tmp_path / "out.csv"
    args = ["screen-file", str(source), "--out", str(out), "--name-column", "full_name"]
    args += ["--schema-column", "kind", "--dob-column", "born", "--workers", "1"]
    result = runner.invoke(app, args, env=ENV)
    assert result.exit_code == 0, result.output
    rows = _rows(out)
    assert list(rows[0]) == ["query_row", "query", "ref", "matched_name", "score", "match"]
    refs = {(r["query_row"], r["ref"]) for r in rows if r["match"] == "True"}
    assert ("1", "KPi.033") in refs and ("3", "KPe.004") in refs
    assert not any(r["query_row"] == "2" for r in rows)


def test_screen_file_best_candidate_per_query_on_two_workers(tmp_path: Path) -> None:
    source = tmp_path / "in.csv"
    names = ["Lee Won Ho", "Zzyzx Qwerty", "Ayman al-Zawahiri", "리원호"] * 100
    source.write_text("name\n" + "\n".join(names) + "\n", encoding="utf-8")
    out = tmp_path / "out.csv"
    args = ["screen-file", str(source), "--out", str(out), "--limit", "1", "--threshold", "0"]
    result = runner.invoke(app, [*args, "--workers", "2"], env=ENV)
    assert result.exit_code == 0, result.output
    rows = _rows(out)
    # one row per query, in input order; "Zzyzx Qwerty" has no candidate: empty ref, score
    # 0, and its match is score >= threshold as every row's
    assert [int(r["query_row"]) for r in rows] == list(range(1, len(names) + 1))
    assert rows[0]["ref"] == rows[3]["ref"] == "KPi.033"
    assert (rows[1]["ref"], rows[1]["score"], rows[1]["match"]) == ("", "0.0", "True")
    assert rows[2]["ref"] == "QDi.006"


def test_screen_file_reads_excel_semicolon_and_tab_files(tmp_path: Path) -> None:
    # Excel writes ";" where the decimal mark is a comma, and a BOM; tab-separated exports too.
    for name, text in (
        ("semicolon.csv", "\ufeffname;dob\nChoe Chun Sik;1954-10-12\n"),
        ("tab.tsv", "name\tdob\nChoe Chun Sik\t1954-10-12\n"),
    ):
        src, out = tmp_path / name, tmp_path / f"out-{name}"
        src.write_text(text, encoding="utf-8")
        result = runner.invoke(
            app,
            ["screen-file", str(src), "--out", str(out), "--dob-column", "dob", "--limit", "1"],
            env=ENV,
        )
        assert result.exit_code == 0, result.output
        assert [(r["query"], r["ref"]) for r in _rows(out)] == [("Choe Chun Sik", "KPi.013")]


def test_compare_json_and_compare_file(tmp_path: Path) -> None:
    result = runner.invoke(app, ["compare", "Pak To Chun", "Park Do-chun", "--json"], env=ENV)
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert set(data) == {"score", "match", "explanation"} and data["match"]
    pairs = tmp_path / "pairs.csv"
    pairs.write_text(
        "name1,name2,schema\nPak To Chun,Park Do-chun,Person\nKim Yong Chol,Kim Song Chol,\n",
        encoding="utf-8",
    )
    out = tmp_path / "scored.csv"
    result = runner.invoke(app, ["compare-file", str(pairs), "--out", str(out)], env=ENV)
    assert result.exit_code == 0, result.output
    rows = _rows(out)
    assert list(rows[0]) == ["name1", "name2", "schema", "score", "match"]
    assert [r["match"] for r in rows] == ["True", "False"]


def test_list_by_path_and_ofac(shared_data: Path) -> None:
    path = shared_data / "sanctions" / "un" / "un_consolidated_2026-01-28.xml"
    result = runner.invoke(app, ["screen", "Rhee Won Ho", "--list", str(path), "--json"], env=ENV)
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["results"][0]["ref"] == "KPi.033"


def test_errors_are_messages_with_exit_codes(tmp_path: Path) -> None:
    cases = [
        (["screen", "Ri Won Ho", "--dob", "1964-13-01"], 2, "not a date"),
        (["screen", "Ri Won Ho", "--schema", "Spaceship"], 2, "schema"),
        (["screen", "Ri Won Ho", "--list", "nowhere"], 3, "no dataset or file"),
        (["screen", "Ri Won Ho", "--threshold", "2"], 2, "between 0 and 1"),
        (["compare", "", "Ri Won Ho"], 2, "no letters or digits"),  # as screen "" is
        (["compare", "Ri Won Ho", "ཀཁག"], 2, "cannot read (Tibetan)"),
        (["compare-file", str(tmp_path / "missing.csv"), "--out", "x.csv"], 3, "does not exist"),
    ]
    bad = tmp_path / "bad.csv"
    bad.write_text("name,dob\nRi Won Ho,1964\nKim,someday\n", encoding="utf-8")
    cases.append(
        (
            ["screen-file", str(bad), "--out", str(tmp_path / "o.csv"), "--name-column", "nom"],
            2,
            "no column 'nom'",
        ),
    )
    cases.append(
        (
            ["compare-file", str(bad), "--out", str(tmp_path / "o.csv")],
            2,
            "hint: a pairs file has a header row with columns name1, name2",
        ),
    )
    binary = tmp_path / "binary.csv"
    binary.write_bytes(b"name\n\xff\xfe\x00bad\n")
    cases.append(
        (["screen-file", str(binary), "--out", str(tmp_path / "o.csv")], 2, "binary.csv"),
    )
    for args, code, message in cases:
        result = runner.invoke(app, args, env=ENV)
        assert result.exit_code == code, (args, result.output)
        assert message in result.output, (args, result.output)
        assert "Traceback" not in result.output
    assert not (tmp_path / "o.csv").exists()
    # a date a row gives that is no date is left out of that row, named with its line; the
    # row's name and the other rows are still screened
    out = tmp_path / "dated.csv"
    result = runner.invoke(
        app, ["screen-file", str(bad), "--out", str(out), "--dob-column", "dob"], env=ENV
    )
    assert result.exit_code == 0, result.output
    assert "bad.csv:3" in result.output and "screened without it" in result.output
    assert out.exists()


def test_names_with_markup_are_printed_as_given() -> None:
    result = runner.invoke(app, ["compare", "Ali [/x] Hassan", "Ali [bold]Hassan"], env=ENV)
    assert result.exit_code == 0, result.output
    assert "Ali [/x] Hassan ~ Ali [bold]Hassan" in result.stdout
    none = runner.invoke(app, ["screen", "Zzyzx [/b] Qwrt"], env=ENV)
    assert none.exit_code == 0 and "Zzyzx [/b] Qwrt" in none.stdout
