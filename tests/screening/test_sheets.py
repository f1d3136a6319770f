"""Excel workbooks as screen-file's and compare-file's input, read as their CSV would be."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest
from openpyxl import Workbook
from typer.testing import CliRunner

from unsc.cli.main import app
from unsc.errors import ParseError
from unsc.screening import compare_file, screen_file
from unsc.screening.sheets import cell_text, open_sheet

runner = CliRunner()
ROWS = [
    ("Joseph Kony", "Person", dt.datetime(1961, 9, 18), "UG"),
    ("Ri Won Ho", "Person", dt.datetime(1964, 7, 17), "KP"),
    (None, None, None, None),  # a blank row between
    ("Korea Mining Development Trading Corporation", "Organization", None, None),
    ("Nobody Atall Xq", None, 1970.0, None),  # a year typed as a number
]


def _workbook(path: Path, header_row: int = 1) -> Path:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    for _ in range(header_row - 1):
        sheet.append([])
    sheet.append(["Name", "Type", "Date of birth", "Nationality"])
    for row in ROWS:
        sheet.append(list(row))
    book.save(path)
    return path


def _csv(path: Path) -> Path:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["Name", "Type", "Date of birth", "Nationality"])
        for row in ROWS:
            writer.writerow(cell_text(v) or "" for v in row)
    return path


def _read(path: Path) -> list[dict[str, str]]:
    with path.open(newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (dt.datetime(1961, 9, 18), "1961-09-18"),
        (dt.datetime(2026, 1, 2, 10, 30), "2026-01-02T10:30:00"),
        (1970.0, "1970"),
        (381310014, "381310014"),
        (2.5, "2.5"),
        ("Kony", "Kony"),
        (None, None),
    ],
)
def test_a_cell_reads_as_a_person_reads_it(value: object, text: str | None) -> None:
    assert cell_text(value) == text


@pytest.mark.parametrize("header_row", [1, 3])
def test_a_workbook_screens_as_its_csv(tmp_path: Path, header_row: int) -> None:
    options = {
        "workers": 1,
        "schema_column": "type",
        "dob_column": "date of birth",
        "country_column": "nationality",
        "limit": 2,
        "threshold": 0.5,
    }
    from_csv = screen_file(_csv(tmp_path / "in.csv"), tmp_path / "a.csv", **options)
    book = _workbook(tmp_path / "customers.xlsx", header_row)
    from_book = screen_file(book, tmp_path / "b.csv", **options)
    assert from_book["encoding"] == "xlsx" and from_book["queries"] == from_csv["queries"] == 4
    rows = _read(tmp_path / "b.csv")
    assert [(r["query"], r["ref"]) for r in rows] == [
        (r["query"], r["ref"]) for r in _read(tmp_path / "a.csv")
    ]
    assert {r["ref"] for r in rows} >= {"CFi.009", "KPi.033"}


def test_compare_file_reads_a_workbook(tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["name1", "name2", "schema"])
    sheet.append(["Mohammed al-Masri", "Muhammad el Masri", "Person"])
    path = tmp_path / "pairs.xlsx"
    book.save(path)
    compare_file(path, tmp_path / "out.csv")
    (row,) = _read(tmp_path / "out.csv")
    assert row["match"] == "True" and float(row["score"]) > 0.9


def test_the_cli_screens_a_workbook(tmp_path: Path) -> None:
    book = _workbook(tmp_path / "customers.xlsx")
    out = tmp_path / "hits.csv"
    result = runner.invoke(app, ["screen-file", str(book), "--out", str(out), "--workers", "1"])
    assert result.exit_code == 0, result.output
    assert "CFi.009" in {r["ref"] for r in _read(out)}


def test_a_file_that_is_no_workbook_is_named(tmp_path: Path) -> None:
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"name\nJoseph Kony\n")
    with pytest.raises(ParseError, match="not an Excel workbook"):
        open_sheet(broken)
    result = runner.invoke(
        app, ["screen-file", str(broken), "--out", str(tmp_path / "o.csv"), "--workers", "1"]
    )
    assert result.exit_code == 2 and "broken.xlsx" in result.output
    empty = tmp_path / "empty.xlsx"
    Workbook().save(empty)
    with pytest.raises(ParseError, match="the first worksheet is empty"):
        open_sheet(empty)


def _sheet(path: Path) -> list[tuple[object, ...]]:
    from openpyxl import load_workbook

    book = load_workbook(path, read_only=True)
    try:
        return [tuple(row) for row in book.worksheets[0].iter_rows(values_only=True)]
    finally:
        book.close()


def test_results_written_to_a_workbook_are_the_csv_s_typed(tmp_path: Path) -> None:
    from unsc.screening.batch import SCREEN_COLUMNS

    queries = _csv(tmp_path / "in.csv")
    screen_file(queries, tmp_path / "out.csv", workers=1, limit=2, threshold=0.5)
    summary = screen_file(queries, tmp_path / "out.xlsx", workers=1, limit=2, threshold=0.5)
    header, *rows = _sheet(tmp_path / "out.xlsx")
    assert header == SCREEN_COLUMNS and summary["rows"] == len(rows) > 0
    expected = _read(tmp_path / "out.csv")
    assert [(r[0], r[2], r[4], r[5]) for r in rows] == [
        (int(e["query_row"]), e["ref"], float(e["score"]), e["match"] == "True") for e in expected
    ]
    assert not (tmp_path / "out.xlsx.part").exists()


def test_compared_pairs_written_to_a_workbook(tmp_path: Path) -> None:
    pairs = tmp_path / "pairs.csv"
    pairs.write_text("id,name1,name2\n7,Mohammed al-Masri,Muhammad el Masri\n", encoding="utf-8")
    compare_file(pairs, tmp_path / "out.xlsx")
    assert _sheet(tmp_path / "out.xlsx")[0] == ("id", "name1", "name2", "score", "match")
    (row,) = _sheet(tmp_path / "out.xlsx")[1:]
    assert row[:3] == ("7", "Mohammed al-Masri", "Muhammad el Masri") and row[4] is True


def _damaged(path: Path) -> Path:
    """A workbook whose sheet's XML is cut half-way (a download cut short, then zipped)."""
    import zipfile

    good = _workbook(tmp := path.with_suffix(".good.xlsx"))
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(path, "w") as target:
        for member in source.infolist():
            data = source.read(member)
            if member.filename.startswith("xl/worksheets/"):
                data = data[: len(data) * 2 // 3]
            target.writestr(member, data)
    tmp.unlink()
    return path


def test_a_damaged_workbook_is_a_message_naming_the_file(tmp_path: Path) -> None:
    from unsc.service.batch import read_rows

    broken = _damaged(tmp_path / "cut.xlsx")
    with pytest.raises(ParseError, match="the workbook is damaged") as err:
        screen_file(broken, tmp_path / "o.csv", workers=1)
    assert "cut.xlsx" in str(err.value)
    result = runner.invoke(
        app, ["screen-file", str(broken), "--out", str(tmp_path / "o.csv"), "--workers", "1"]
    )
    assert result.exit_code == 2 and "damaged" in result.output
    with pytest.raises(ParseError, match="damaged"):
        read_rows(broken.read_bytes(), filename="cut.xlsx", max_rows=100)


def test_a_workbook_of_a_chart_alone_is_a_message(tmp_path: Path) -> None:
    """openpyxl reads such a workbook's chart where it expects cells and raises
    AttributeError (or TypeError for an attribute of the wrong type): a message now."""
    from openpyxl import Workbook

    book = Workbook()
    book.create_chartsheet()
    book.remove(book.active)
    charts = tmp_path / "charts.xlsx"
    book.save(charts)
    with pytest.raises(ParseError, match="the workbook is damaged") as err:
        screen_file(charts, tmp_path / "o.csv", workers=1)
    assert "charts.xlsx" in str(err.value)


def test_a_huge_cell_or_a_zip_bomb_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from unsc.screening import sheets
    from unsc.screening.sheets import sheet_records

    monkeypatch.setattr(sheets, "MAX_CELL", 1000)  # Excel's 32,767: openpyxl cuts at it
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["name"])
    sheet.append(["x" * 1001])
    path = tmp_path / "huge.xlsx"
    book.save(path)
    with pytest.raises(ParseError, match="longer than 1000") as err:
        list(sheet_records(path.read_bytes(), "huge.xlsx"))
    assert err.value.line == 2
    with pytest.raises(ParseError, match="unpacks to"):
        list(sheet_records(path.read_bytes(), "huge.xlsx", max_unzipped=10_000))


def test_an_uploaded_workbook_s_rows_keep_their_numbers(tmp_path: Path) -> None:
    from unsc.service.batch import read_rows

    _workbook(tmp_path / "lead.xlsx", header_row=2)
    rows = read_rows((tmp_path / "lead.xlsx").read_bytes(), filename="lead.xlsx", max_rows=10)
    assert [r["line"] for r in rows] == ["3", "4", "6", "7"]  # row 5 is blank


def test_a_formula_without_its_computed_value_is_named(tmp_path: Path) -> None:
    """A program wrote the formula and no spreadsheet computed it: read for its values, the
    row was empty and skipped unsaid ("0 names screened")."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["name", "country"])
    sheet.append(['="Joseph "&"Kony"', "UG"])
    path = tmp_path / "formulas.xlsx"
    book.save(path)
    with pytest.raises(ParseError, match="cell A2 holds a formula without its computed value"):
        book, reader = open_sheet(path)  # (found as its row is read)
        with book:
            list(reader)


@pytest.mark.parametrize("name", ["hits.csv", "hits.xlsx"])
def test_an_output_that_cannot_be_written_is_named_before_screening(
    tmp_path: Path, name: str
) -> None:
    queries = _csv(tmp_path / "in.csv")
    out = tmp_path / "no such folder" / name
    result = runner.invoke(app, ["screen-file", str(queries), "--out", str(out), "--workers", "1"])
    assert result.exit_code == 2 and f"cannot write {out}" in result.output
    pairs = tmp_path / "pairs.csv"
    pairs.write_text("name1,name2\nAli,Aly\n", encoding="utf-8")
    result = runner.invoke(app, ["compare-file", str(pairs), "--out", str(tmp_path)])
    assert result.exit_code == 2 and "Is a directory" in result.output


def test_a_workbook_left_by_an_error_prints_no_traceback(tmp_path: Path) -> None:
    # its rows' stream, left open, printed "Exception ignored ... get_stream" and lxml's
    # traceback when the process ended after a row that stops the run (a formula cell)
    import subprocess
    import sys

    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["name"])
    for _ in range(5):
        sheet.append(["Joseph Kony"])
    sheet.append(["=A2"])  # a formula saved without its value
    source, out = tmp_path / "in.xlsx", tmp_path / "out.xlsx"
    book.save(source)
    cli = (sys.executable, "-c", "from unsc.cli.main import main; main()")
    run = subprocess.run(
        [*cli, "screen-file", str(source), "--out", str(out)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert run.returncode == 2 and "formula" in run.stderr + run.stdout
    assert "Traceback" not in run.stderr and "Exception ignored" not in run.stderr
    assert not out.exists()
