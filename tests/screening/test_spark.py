"""Spark bulk screening gives what the single-machine ``screen_file`` gives."""

from __future__ import annotations

import csv
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from unsc.errors import InvalidInput, NotFound, ParseError
from unsc.sanctions import load_list
from unsc.screening import screen_file

pytestmark = pytest.mark.spark


def _java() -> bool:
    import os

    home = os.environ.get("JAVA_HOME")
    return shutil.which("java") is not None or bool(home and Path(home, "bin", "java").exists())


@pytest.fixture(scope="module")
def spark() -> Iterator[Any]:
    pytest.importorskip("pyspark")
    if not _java():
        pytest.skip("no Java runtime: Spark needs one")
    from unsc.screening.spark import local_session

    # Small jobs: the JVM's quick compiler alone starts faster.
    quick_jvm = {"spark.driver.extraJavaOptions": "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"}
    session = local_session(2, app_name="unsc-test", config=quick_jvm)
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()


@pytest.fixture(scope="module")
def queries(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Real listed names, variants, other scripts, unlisted names and an empty row."""
    entities = load_list("un_sc").entities
    listed = [e.name for e in entities[:: max(1, len(entities) // 8)]][:8]
    rows = [
        *listed,
        "Kim Jong Un",
        "Muhammad Omar",
        "김정은",
        "",
        "John Smith",
        "Aleksandr Petrov",
        "AL-QAIDA",
        "Osama bin Laden",
    ]
    path = tmp_path_factory.mktemp("spark") / "queries.csv"
    with path.open("w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(["name", "id"])
        writer.writerows([name, str(100 + i)] for i, name in enumerate(rows))
    return path


def _key(row: tuple[Any, ...]) -> tuple[Any, ...]:
    return (int(row[0]), row[2], row[3])


def _single_machine(path: Path, out: Path, **options: Any) -> list[tuple[Any, ...]]:
    screen_file(path, out, workers=1, **options)
    with out.open(newline="", encoding="utf-8") as f:
        return sorted(
            (
                (
                    int(r["query_row"]),
                    r["query"],
                    r["ref"],
                    r["matched_name"],
                    float(r["score"]),
                    r["match"] == "True",
                )
                for r in csv.DictReader(f)
            ),
            key=_key,
        )


def _rows(df: Any) -> list[tuple[Any, ...]]:
    return sorted((tuple(r) for r in df.collect()), key=_key)


def test_same_rows_as_screen_file(spark: Any, queries: Path, tmp_path: Path) -> None:
    from unsc.screening.spark import screen_dataframe

    expected = _single_machine(queries, tmp_path / "out.csv", limit=3, threshold=0.5)
    df = spark.read.option("header", True).csv(str(queries))
    got = _rows(screen_dataframe(df, limit=3, threshold=0.5))
    assert got == expected
    assert any(r[5] for r in got), "listed names must match"
    assert {r[0] for r in got} >= {1, 2, 3}
    assert 12 not in {r[0] for r in got}, "the empty row gives nothing but keeps its number"


def test_best_candidate_per_query(spark: Any, queries: Path, tmp_path: Path) -> None:
    from unsc.screening.spark import screen_dataframe

    expected = _single_machine(queries, tmp_path / "best.csv", limit=1, threshold=0.0)
    df = spark.read.option("header", True).csv(str(queries)).repartition(3)
    got = _rows(screen_dataframe(df, limit=1, threshold=0.0, row_column="id"))
    assert [(r[0] - 99, *r[1:]) for r in got] == expected
    assert len(got) == len({r[0] for r in got}) >= 8


def test_list_file_and_parquet_round_trip(
    spark: Any, queries: Path, tmp_path: Path, shared_data: Path
) -> None:
    from unsc.screening.spark import screen_files

    listing = shared_data / "sanctions" / "un" / "un_consolidated_2025-12-09.xml"
    expected = _single_machine(queries, tmp_path / "file.csv", list=str(listing), limit=2)
    parquet_in = tmp_path / "queries.parquet"
    spark.read.option("header", True).csv(str(queries)).write.parquet(str(parquet_in))
    out = tmp_path / "hits.parquet"
    summary = screen_files(spark, parquet_in, out, list=str(listing), limit=2)
    assert summary["rows"] == len(expected)
    assert summary["matches"] == sum(r[5] for r in expected)
    assert _rows(spark.read.parquet(str(out))) == expected


def test_csv_out_has_the_screen_file_columns(spark: Any, queries: Path, tmp_path: Path) -> None:
    from unsc.screening.batch import SCREEN_COLUMNS
    from unsc.screening.spark import screen_files

    out = tmp_path / "hits_csv"
    screen_files(spark, queries, out, limit=1)
    parts = sorted(out.glob("part-*.csv"))
    assert parts
    with parts[0].open(newline="", encoding="utf-8") as f:
        assert tuple(next(csv.reader(f))) == SCREEN_COLUMNS


@pytest.mark.parametrize(
    ("data", "names"),
    [
        # Windows-1252, semicolons: what Excel writes in Europe
        (
            "name;note\nChoe Chun Sik;café\nJosé Pérez;né\n".encode("cp1252"),
            ["Choe Chun Sik", "José Pérez"],
        ),
        # a name split in columns, an empty row left out
        (
            b"first_name,last_name\nChoe,Chun Sik\nJoseph,Kony\n,\n",
            ["Choe Chun Sik", "Joseph Kony"],
        ),
    ],
)
def test_a_spreadsheet_export_reads_as_in_screen_file(
    spark: Any, tmp_path: Path, data: bytes, names: list[str]
) -> None:
    from unsc.screening.spark import screen_files

    source = tmp_path / "export.csv"
    source.write_bytes(data)
    expected = _single_machine(source, tmp_path / "one.csv", limit=1, threshold=0.0)
    out = tmp_path / "spark.parquet"
    screen_files(spark, source, out, limit=1, threshold=0.0)
    got = _rows(spark.read.parquet(str(out)))
    assert got == expected
    assert [r[1] for r in got] == names


def test_a_workbook_reads_as_in_screen_file(spark: Any, tmp_path: Path) -> None:
    """A workbook's first worksheet, as ``screen-file`` reads it: a date cell as an ISO
    date, a blank row left out, a column without a header named as Spark names one."""
    import datetime

    from openpyxl import Workbook

    from unsc.screening.spark import screen_files

    book = Workbook()
    sheet = book.active
    sheet.append(["name", "dob", None])
    sheet.append(["Choe Chun Sik", datetime.datetime(1954, 7, 10), "x"])
    sheet.append([None, None, None])
    sheet.append(["Joseph Kony", None, None])
    sheet.append(["Nobody Atall Xq", None, None])
    source = tmp_path / "customers.xlsx"
    book.save(source)
    options: dict[str, Any] = {"limit": 1, "threshold": 0.0, "dob_column": "dob"}
    expected = _single_machine(source, tmp_path / "one.csv", **options)
    out = tmp_path / "spark.parquet"
    summary = screen_files(spark, source, out, **options)
    got = _rows(spark.read.parquet(str(out)))
    assert got == expected and summary["rows"] == len(expected)
    assert [r[1] for r in got] == ["Choe Chun Sik", "Joseph Kony", "Nobody Atall Xq"]
    assert got[0][2] == "KPi.013" and got[0][4] > 0.99  # the date of birth agrees
    bad = tmp_path / "fake.xlsx"
    bad.write_text("name\nJoseph Kony\n", encoding="utf-8")
    with pytest.raises(ParseError, match=r"fake\.xlsx"):
        screen_files(spark, bad, tmp_path / "bad.parquet")


def test_user_errors(spark: Any, queries: Path, tmp_path: Path) -> None:
    from unsc.screening.spark import screen_dataframe, screen_files

    df = spark.read.option("header", True).csv(str(queries))
    with pytest.raises(InvalidInput, match="no column 'full_name'"):
        screen_dataframe(df, name_column="full_name")
    with pytest.raises(NotFound):
        screen_dataframe(df, list=str(tmp_path / "missing.xml"))
    with pytest.raises(InvalidInput):
        screen_dataframe(df, threshold=1.5)
    with pytest.raises(NotFound):
        screen_files(spark, tmp_path / "nowhere.csv", tmp_path / "out")


def test_several_lists_as_screen_file_screens_them(
    spark: Any, queries: Path, tmp_path: Path
) -> None:
    """A list spec naming two lists: one index over both, each hit's dataset in a column
    after the six, as ``screen-file`` writes it."""
    from unsc.screening.batch import DATASET_COLUMN, SCREEN_COLUMNS
    from unsc.screening.spark import screen_dataframe

    mine = tmp_path / "mine.csv"
    mine.write_text("name,dataset\nAleksandr Petrov,mine\nJohn Smith,mine\n", encoding="utf-8")
    spec = f"un_sc,{mine}"
    out = tmp_path / "both.csv"
    screen_file(queries, out, list=spec, workers=1, limit=2, threshold=0.5)
    with out.open(newline="", encoding="utf-8") as f:
        expected = sorted(
            (
                (int(r["query_row"]), r["query"], r["ref"], r["matched_name"]),
                float(r["score"]),
                r[DATASET_COLUMN],
            )
            for r in csv.DictReader(f)
        )
    df = spark.read.option("header", True).csv(str(queries))
    result = screen_dataframe(df, list=spec, limit=2, threshold=0.5)
    assert tuple(result.columns) == (*SCREEN_COLUMNS, DATASET_COLUMN)
    got = sorted(((r[0], r[1], r[2], r[3]), r[4], r[6]) for r in result.collect())
    assert got == expected
    assert {dataset for *_, dataset in got} == {"un_sc", "mine"}
    with pytest.raises(NotFound, match="nowhere"):
        screen_dataframe(df, list="un_sc,nowhere")


def test_changed_since_keeps_the_hits_screen_file_keeps(
    spark: Any, tmp_path: Path, shared_data: Path
) -> None:
    from unsc.screening.spark import screen_dataframe

    old = str(shared_data / "sanctions" / "un" / "un_consolidated_2025-12-09.xml")
    new = str(shared_data / "sanctions" / "un" / "un_consolidated_2026-05-08.xml")
    names = [e.name for e in load_list(new).entities[::40]] + ["GEDO HAMDAN AHMED"]
    queries = tmp_path / "customers.csv"
    queries.write_text("name\n" + "\n".join(names) + "\n", encoding="utf-8")
    options: dict[str, Any] = {"list": new, "changed_since": old, "limit": 3, "threshold": 0.5}
    expected = _single_machine(queries, tmp_path / "one.csv", **options)
    df = spark.read.option("header", True).csv(str(queries))
    got = _rows(screen_dataframe(df, **options))
    assert got == expected
    assert "GEDO HAMDAN AHMED" in {r[3] for r in got}  # added on 2026-05-08
    assert len({r[2] for r in got}) < len(names)
