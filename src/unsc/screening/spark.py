"""Bulk screening on Apache Spark, for query sets beyond one machine.

The lists travel to the executors once, as a broadcast: the dataset name of a shipped list,
or the bytes of a list file (executors need not see the driver's disk). Each Python worker
builds the :class:`~unsc.screening.Screener` once and keeps it for every partition it runs
(Spark reuses its Python workers), then screens its rows with the same code as
``screen-file``. The output has the ``screen-file`` columns
``query_row, query, ref, matched_name, score, match``, one row per (query, hit), and, when
several lists are screened at once (``"un_sc,ofac_sdn"``, ``"all"``), each hit's
``dataset`` after them, as ``screen-file`` writes it.

``query_row`` is the 1-based position of the query in the input (as ``screen-file`` numbers
CSV data rows), or the value of ``row_column`` when given. Rows with an empty name keep their
number and give no output.
"""

from __future__ import annotations

import hashlib
import os
import sys
import threading
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from unsc.errors import InvalidInput, NotFound
from unsc.screening.batch import DATASET_COLUMN, SCREEN_COLUMNS, Job, screen_rows
from unsc.screening.csvinput import csv_delimiter, detect_encoding, find_column, name_columns
from unsc.screening.screener import Screener
from unsc.screening.sheets import is_sheet, open_sheet

if TYPE_CHECKING:
    from pyspark.sql import DataFrame, SparkSession
    from pyspark.sql.types import StructType

__all__ = ["local_session", "output_schema", "screen_dataframe", "screen_files"]

_Found = TypeVar("_Found")

ListPayload = tuple[str, str, bytes | None]  # (key, dataset name or file label, file bytes)

_screeners: dict[str, Screener] = {}
_changed: dict[tuple[int, frozenset[tuple[str, str]]], frozenset[int]] = {}
_lock = threading.Lock()


def output_schema(datasets: bool = False) -> StructType:
    """The Spark schema of the output: the ``screen-file`` columns with their types, and
    with ``datasets`` each hit's dataset after them (several lists screened at once)."""
    from pyspark.sql.types import (
        BooleanType,
        DataType,
        DoubleType,
        LongType,
        StringType,
        StructField,
        StructType,
    )

    columns = (*SCREEN_COLUMNS, DATASET_COLUMN) if datasets else SCREEN_COLUMNS
    types: list[DataType] = [LongType(), StringType(), StringType(), StringType()]
    types += [DoubleType(), BooleanType(), StringType()][: len(columns) - len(types)]
    return StructType(
        [StructField(name, kind, nullable=False) for name, kind in zip(columns, types, strict=True)]
    )


def _payload(source: str) -> ListPayload:
    """What to broadcast for a list: a shipped dataset's name, or a file's bytes."""
    from unsc.sanctions.listfile import gunzip
    from unsc.sanctions.loader import SHIPPED, detect_format

    if source in SHIPPED:
        return (source, source, None)
    path = Path(source)
    if not path.is_file():
        raise NotFound(
            f"no dataset or file named {source!r}",
            field="list",
            value=source,
            hint=f"give a file path or one of the shipped datasets {sorted(SHIPPED)}",
        )
    data = path.read_bytes()
    detect_format(gunzip(data, str(path)))
    return (hashlib.sha256(data).hexdigest(), str(path), data)


def _payloads(spec: str) -> tuple[ListPayload, ...]:
    """What to broadcast for the lists ``spec`` names (:func:`~unsc.sanctions.list_sources`)."""
    from unsc.sanctions import list_sources

    return tuple(_payload(source) for source in list_sources(spec))


def _entities(payload: ListPayload) -> list[Any]:
    from unsc.sanctions.loader import load_list, parse_bytes

    _, label, data = payload
    found = load_list(label) if data is None else parse_bytes(data, label=label)
    return list(found.entities)


def _screener(payloads: tuple[ListPayload, ...]) -> Screener:
    """The screener of the broadcast lists, built once per Python worker process."""
    key = "+".join(payload[0] for payload in payloads)
    with _lock:
        found = _screeners.get(key)
        if found is None:
            if all(data is None for _, _, data in payloads):  # shipped: the disk cache's
                found = Screener.from_list(",".join(label for _, label, _ in payloads))
            else:
                found = Screener([e for payload in payloads for e in _entities(payload)])
            _screeners[key] = found
    return found


def _text(value: Any) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def _among(screener: Screener, changed: Any) -> frozenset[int] | None:
    """The numbers of the broadcast changed entries in this worker's screener, found once
    per worker (the broadcast value is one object there, its hash kept)."""
    if changed is None:
        return None
    key = (id(screener), changed.value)
    with _lock:
        found = _changed.get(key)
        if found is None:
            if len(_changed) >= 8:
                _changed.clear()
            found = _changed[key] = screener.entry_numbers(changed.value)
    return found


def _screen_partition(
    rows: Iterable[tuple[int, Any, Any, Any, Any, Any]],
    payload: Any,
    limit: int,
    threshold: float | None,
    changed: Any = None,
) -> Iterator[tuple[Any, ...]]:
    """Screen one partition of (row, name, schema, dob, country, identifier); runs on the
    executors."""
    screener = _screener(payload.value)
    among = _among(screener, changed)
    several = len(payload.value) > 1

    def screened(jobs: list[Job]) -> Iterator[tuple[Any, ...]]:
        return _typed(screen_rows(screener, jobs, limit, threshold, datasets=several, among=among))

    jobs: list[Job] = []
    for row, name, schema, dob, country, identifier in rows:
        text = _text(name)
        if text is not None:
            jobs.append(
                (int(row), text, _text(schema), _text(dob), _text(country), _text(identifier))
            )
        if len(jobs) >= 256:
            yield from screened(jobs)
            jobs = []
    if jobs:
        yield from screened(jobs)


def _typed(rows: list[tuple[Any, ...]]) -> Iterator[tuple[Any, ...]]:
    """Rows with the Python types of :func:`output_schema` (Spark checks them)."""
    for row, query, ref, name, score, match, *dataset in rows:
        yield (int(row), str(query), str(ref), str(name), float(score), bool(match), *dataset)


def _column(df: DataFrame, column: str | None) -> str | None:
    """The column of ``df`` that ``column`` names, as ``screen_file`` finds it
    (:func:`~unsc.screening.csvinput.find_column`: "Name" for name)."""
    if column is None:
        return None
    hint = "name the column with name_column / schema_column / dob_column"
    return _required(find_column(df.columns, column), column, df, hint)


def _required(found: _Found | None, column: str, df: DataFrame, hint: str) -> _Found:
    if found is None:
        raise InvalidInput(
            f"no column {column!r} (columns: {', '.join(df.columns) or 'none'})",
            field=column,
            hint=hint,
        )
    return found


def screen_dataframe(
    df: DataFrame,
    *,
    list: str = "un_sc",
    name_column: str = "name",
    schema_column: str | None = None,
    dob_column: str | None = None,
    country_column: str | None = None,
    identifier_column: str | None = None,
    row_column: str | None = None,
    limit: int = 10,
    threshold: float | None = None,
    changed_since: str | None = None,
) -> DataFrame:
    """Screen every row of ``df`` against a list; a DataFrame of (query, hit) rows.

    ``list`` is a shipped dataset name (``un_sc``, ``ofac_sdn``), the path of a list file
    on the driver, or several of them joined by commas (or ``"all"``), screened as one list
    whose hits each name their dataset in a ``dataset`` column. The columns and their
    meaning are those of ``screen_file``, and so is ``changed_since`` (only the hits on
    entries added or amended since that earlier list: :mod:`~unsc.screening.changes`).
    """
    if limit < 1:
        raise InvalidInput("limit must be at least 1", field="limit", value=limit)
    if threshold is not None and not 0.0 <= threshold <= 1.0:
        raise InvalidInput("threshold must be between 0 and 1", field="threshold", value=threshold)
    hint = "name the column with name_column, or join several: first_name+last_name"
    names = _required(name_columns(df.columns, name_column), name_column, df, hint)
    columns = [
        _column(df, c) for c in (schema_column, dob_column, country_column, identifier_column)
    ]
    row_column = _column(df, row_column)
    spark = df.sparkSession
    payloads = _payloads(list)
    payload = spark.sparkContext.broadcast(payloads)
    changed = None
    if changed_since is not None:
        from unsc.screening.changes import changed_entries

        changed = spark.sparkContext.broadcast(frozenset(changed_entries(list, changed_since)))
    fields = [_joined(df, names).alias("_unsc_0")] + [
        (df[c] if c is not None else _null()).alias(f"_unsc_{i}")
        for i, c in enumerate(columns, start=1)
    ]
    if row_column is not None:
        rows = df.select(df[row_column].cast("long"), *fields).rdd.map(tuple)
    else:
        rows = df.select(*fields).rdd.zipWithIndex().map(lambda pair: (pair[1] + 1, *pair[0]))
    out = rows.mapPartitions(
        lambda rows: _screen_partition(rows, payload, limit, threshold, changed)
    )
    return spark.createDataFrame(out, schema=output_schema(datasets=len(payloads) > 1))


def _joined(df: DataFrame, names: tuple[str, ...]) -> Any:
    """The name column, or several joined by a space, their empty cells left out, as
    ``screen_file`` joins them (:func:`~unsc.screening.csvinput.row_name`)."""
    from pyspark.sql import functions

    if len(names) == 1:
        return df[names[0]]
    cells = [functions.nullif(functions.trim(df[c]), functions.lit("")) for c in names]
    return functions.concat_ws(" ", *cells)


def _null() -> Any:
    from pyspark.sql import functions

    return functions.lit(None).cast("string")


def _format(path: str | Path, given: str | None, *, sheet: bool = False) -> str:
    """The format of ``path``: ``given``, else by its suffix; with ``sheet`` (an input), a
    workbook (``xlsx``) too."""
    kinds = ("csv", "parquet", "xlsx") if sheet else ("csv", "parquet")
    kind = given or ("parquet" if str(path).rstrip("/").endswith(".parquet") else "csv")
    if given is None and sheet and is_sheet(path):
        kind = "xlsx"
    if kind not in kinds:
        raise InvalidInput(f"unsupported format {kind!r}", field="format", hint=" or ".join(kinds))
    return kind


def _sheet_frame(spark: SparkSession, source: Path) -> DataFrame:
    """A workbook's first worksheet as a DataFrame of text columns, read on the driver (a
    worksheet holds at most 1,048,576 rows) as ``screen-file`` reads it: date cells ISO,
    blank rows left out. Columns without a header, or with one an earlier column has, are
    named as Spark's CSV reader names them (``_c2``; ``name1``, ``name3``)."""
    from pyspark.sql.types import StringType, StructField, StructType

    book, reader = open_sheet(source)
    with book:
        headers = list(reader.fieldnames)
        rows = [[row[h] for h in headers] for row in reader]
    lowered = [h.lower() for h in headers]
    names = [
        f"_c{i}" if not h else f"{h}{i}" if lowered.count(h.lower()) > 1 else h
        for i, h in enumerate(headers)
    ]
    schema = StructType([StructField(n, StringType(), True) for n in names])
    return spark.createDataFrame(rows, schema)


_SPARK_CHARSETS = {"utf-8": "UTF-8", "utf-8-sig": "UTF-8", "utf-16": "UTF-16",
                   "cp1252": "windows-1252", "latin-1": "ISO-8859-1"}  # fmt: skip


_SPARK_STANDARD = {"UTF-8", "UTF-16", "ISO-8859-1"}


def _csv_options(source: Path) -> dict[str, str]:
    """A single CSV file's delimiter and encoding, found as ``screen-file`` finds them
    (:mod:`unsc.screening.csvinput`); a folder of part files is read as UTF-8 with commas."""
    if not source.is_file():
        return {"encoding": "UTF-8"}
    encoding = detect_encoding(source)
    with source.open(encoding=encoding, newline="") as handle:
        header = handle.readline()
    return {"encoding": _SPARK_CHARSETS[encoding], "sep": csv_delimiter(header)}


def screen_files(
    spark: SparkSession,
    in_path: str | Path,
    out_path: str | Path,
    *,
    in_format: str | None = None,
    out_format: str | None = None,
    **options: Any,
) -> dict[str, Any]:
    """Read CSV (with a header; delimiter and encoding as ``screen-file`` finds them),
    Parquet or a workbook's first worksheet (``.xlsx``, ``.xlsm``), screen it, write CSV or
    Parquet; a summary.

    The format follows the suffix (``.parquet``, ``.xlsx``, otherwise CSV) unless given
    (``csv``, ``parquet``, ``xlsx``). The output is
    a directory of part files, as Spark writes them; ``options`` go to
    :func:`screen_dataframe`.
    """
    source = Path(in_path)
    if not source.exists():
        raise NotFound(f"input {str(source)!r} does not exist", field="in_path", value=str(source))
    reader = spark.read
    kind = _format(in_path, in_format, sheet=True)
    if kind == "xlsx":
        df = _sheet_frame(spark, source)
    elif kind == "csv":
        found = _csv_options(source)
        if found["encoding"] not in _SPARK_STANDARD:  # Spark 4 reads others only so
            spark.conf.set("spark.sql.legacy.javaCharsets", "true")
        df = reader.options(header=True, **found).csv(str(source))
        first = df.columns[0] if df.columns else ""
        if first.startswith("\ufeff"):  # Spark keeps a UTF-8 byte-order mark in the header
            df = df.withColumnRenamed(first, first[1:])
    else:
        df = reader.parquet(str(source))
    result = screen_dataframe(df, **options).cache()
    try:
        writer = result.write.mode("overwrite")
        if _format(out_path, out_format) == "csv":
            writer.option("header", True).csv(str(out_path))
        else:
            writer.parquet(str(out_path))
        from pyspark.sql import functions

        counts = result.agg(
            functions.count(functions.lit(1)).alias("rows"),
            functions.sum(result["match"].cast("long")).alias("matches"),
        ).first()
        rows = int(counts["rows"]) if counts else 0
        matches = int(counts["matches"] or 0) if counts else 0
    finally:
        result.unpersist()
    return {"in": str(in_path), "out": str(out_path), "rows": rows, "matches": matches}


def local_session(
    cores: int = 2, app_name: str = "unsc-screening", config: dict[str, str] | None = None
) -> SparkSession:
    """A local Spark session on ``cores`` cores whose Python workers use this interpreter.

    ``config`` adds or overrides Spark settings.
    """
    from pyspark.sql import SparkSession

    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    os.environ.setdefault("PYSPARK_DRIVER_PYTHON", sys.executable)
    settings = {
        "spark.ui.enabled": "false",
        "spark.sql.shuffle.partitions": str(cores),
        "spark.driver.host": "127.0.0.1",
        **(config or {}),
    }
    builder = SparkSession.builder.master(f"local[{cores}]").appName(app_name)
    for key, value in settings.items():
        builder = builder.config(key, value)
    return builder.getOrCreate()
