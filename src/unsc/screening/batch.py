"""Screening and comparing files of names: streamed, in chunks, on all cores.

``screen_file`` reads a CSV of queries and writes one row per (query, hit) with the columns
``query_row, query, ref, matched_name, score, match``; ``compare_file`` reads pairs
(``name1, name2, schema``) and writes them back with ``score, match``. Both stream: memory
stays flat whatever the file size. Worker processes are forked after the index is built, so
they share it copy-on-write instead of building their own.
"""

from __future__ import annotations

import csv
import multiprocessing
import os
import time
from collections.abc import Callable, Iterator
from itertools import islice
from pathlib import Path
from typing import Any

from unsc.errors import InvalidInput, NotFound
from unsc.screening.scorer import ALGORITHM, DEFAULT_THRESHOLD, compare
from unsc.screening.screener import Query, Screener

__all__ = ["SCREEN_COLUMNS", "compare_file", "screen_file", "screen_rows"]

SCREEN_COLUMNS = ("query_row", "query", "ref", "matched_name", "score", "match")
CHUNK = 256
Progress = Callable[[int], None]

_SCREENER: Screener | None = None  # set in the parent before forking the workers


def resolve_workers(workers: int | None) -> int:
    """Worker processes: ``None`` reads UNSC_WORKERS; 0 means all cores."""
    if workers is None:
        from unsc.settings import get_settings

        workers = int(get_settings().workers)
    return max(1, workers or os.cpu_count() or 1)


def _open_csv(path: str | Path) -> tuple[Any, csv.DictReader[str]]:
    p = Path(path)
    if not p.is_file():
        raise NotFound(f"input file {str(p)!r} does not exist", field="in_path", value=str(p))
    handle = p.open(newline="", encoding="utf-8-sig")
    return handle, csv.DictReader(handle)


def _need(reader: csv.DictReader[str], column: str | None, path: str | Path) -> None:
    fields = reader.fieldnames or []
    if column is not None and column not in fields:
        raise InvalidInput(
            f"{path}: no column {column!r} (columns: {', '.join(fields) or 'none'})",
            field=column,
            hint="name the column with --name-column / --schema-column / --dob-column",
        )


Job = tuple[int, str, str | None, str | None, str | None]


def screen_rows(
    screener: Screener, jobs: list[Job], limit: int, threshold: float | None
) -> list[tuple[Any, ...]]:
    """Screen a chunk of (row, name, schema, dob, country) and return output rows."""
    out: list[tuple[Any, ...]] = []
    for row, name, schema, dob, country in jobs:
        query = Query(
            name=name,
            schema=schema or None,
            birth_dates=(dob,) if dob else (),
            countries=(country,) if country else (),
        )
        for hit in screener.screen(query, limit=limit, threshold=threshold):
            out.append((row, name, hit.ref, hit.matched_name, hit.score, hit.match))
    return out


def _work(args: tuple[list[Job], int, float | None]) -> tuple[int, list[tuple[Any, ...]]]:
    assert _SCREENER is not None
    jobs, limit, threshold = args
    return len(jobs), screen_rows(_SCREENER, jobs, limit, threshold)


def _jobs(
    reader: csv.DictReader[str],
    name: str,
    schema: str | None,
    dob: str | None,
    country: str | None,
) -> Iterator[Job]:
    for row, record in enumerate(reader, start=1):
        text = (record.get(name) or "").strip()
        if not text:
            continue
        yield (
            row,
            text,
            (record.get(schema) or None) if schema else None,
            (record.get(dob) or None) if dob else None,
            (record.get(country) or None) if country else None,
        )


def _chunks(jobs: Iterator[Job]) -> Iterator[list[Job]]:
    while chunk := list(islice(jobs, CHUNK)):
        yield chunk


def screen_file(
    in_path: str | Path,
    out_path: str | Path,
    *,
    list: str = "un_sc",
    name_column: str = "name",
    schema_column: str | None = None,
    dob_column: str | None = None,
    country_column: str | None = None,
    limit: int = 10,
    threshold: float | None = None,
    workers: int | None = None,
    progress: Progress | None = None,
    screener: Screener | None = None,
) -> dict[str, Any]:
    """Screen every row of a CSV against a list; returns a summary of the run."""
    global _SCREENER
    started = time.perf_counter()
    engine = screener or Screener.from_list(list)
    handle, reader = _open_csv(in_path)
    with handle:
        for column in (name_column, schema_column, dob_column, country_column):
            _need(reader, column, in_path)
        n_workers = resolve_workers(workers)
        queries = hits = matches = 0
        out = Path(out_path)
        tmp = out.with_name(out.name + ".part")
        with tmp.open("w", newline="", encoding="utf-8") as sink:
            writer = csv.writer(sink)
            writer.writerow(SCREEN_COLUMNS)
            tasks = (
                (chunk, limit, threshold)
                for chunk in _chunks(
                    _jobs(reader, name_column, schema_column, dob_column, country_column)
                )
            )
            _SCREENER = engine
            pool = multiprocessing.get_context("fork").Pool(n_workers) if n_workers > 1 else None
            try:
                results = pool.imap(_work, tasks) if pool else map(_work, tasks)
                for done, rows in results:
                    queries += done
                    hits += len(rows)
                    matches += sum(1 for r in rows if r[5])
                    writer.writerows(rows)
                    if progress is not None:
                        progress(done)
            finally:
                if pool is not None:
                    pool.close()
                    pool.join()
                _SCREENER = None
        tmp.replace(out)
    seconds = time.perf_counter() - started
    return {
        "in": str(in_path),
        "out": str(out_path),
        "list": list,
        "algorithm": ALGORITHM,
        "threshold": DEFAULT_THRESHOLD if threshold is None else threshold,
        "queries": queries,
        "rows": hits,
        "matches": matches,
        "workers": n_workers,
        "seconds": round(seconds, 3),
        "queries_per_second": round(queries / seconds, 1) if seconds else None,
    }


def compare_file(
    in_path: str | Path,
    out_path: str | Path,
    *,
    threshold: float | None = None,
    progress: Progress | None = None,
) -> dict[str, Any]:
    """Score each pair of a CSV (``name1, name2, schema``); writes them with ``score, match``."""
    started = time.perf_counter()
    handle, reader = _open_csv(in_path)
    pairs = matches = 0
    with handle:
        _need(reader, "name1", in_path)
        _need(reader, "name2", in_path)
        fields = [f for f in (reader.fieldnames or []) if f not in ("score", "match")]
        with Path(out_path).open("w", newline="", encoding="utf-8") as sink:
            writer = csv.DictWriter(sink, fieldnames=[*fields, "score", "match"])
            writer.writeheader()
            for record in reader:
                a, b = (record.get("name1") or "").strip(), (record.get("name2") or "").strip()
                if a and b:
                    result = compare(a, b, schema=record.get("schema") or None, threshold=threshold)
                    score, match = result.score, result.match
                else:
                    score, match = 0.0, False
                writer.writerow(
                    {**{f: record.get(f) for f in fields}, "score": score, "match": match}
                )
                pairs += 1
                matches += match
                if progress is not None:
                    progress(1)
    return {
        "in": str(in_path),
        "out": str(out_path),
        "algorithm": ALGORITHM,
        "pairs": pairs,
        "matches": matches,
        "seconds": round(time.perf_counter() - started, 3),
    }
