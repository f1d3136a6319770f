"""Screening and comparing files of names: streamed, in chunks, on all cores.

``screen_file`` reads a CSV of queries and writes one row per (query, hit) with the columns
``query_row, query, ref, matched_name, score, match`` (and ``dataset`` after them when
several lists are screened at once: each hit's list); ``compare_file`` reads pairs
(``name1, name2, schema``) and writes them back with ``score, match``. Both stream: memory
stays flat whatever the file size; the input's delimiter and encoding are found as
:mod:`unsc.screening.csvinput` says, and the output appears only once complete. Worker
processes are forked after the index is built, so they share it copy-on-write instead of
building their own.
"""

from __future__ import annotations

import builtins
import gc
import multiprocessing
import os
import time
import weakref
from collections import deque
from collections.abc import Callable, Iterator
from itertools import islice
from multiprocessing.pool import AsyncResult
from pathlib import Path
from typing import Any

from unsc.errors import InvalidInput, ParseError
from unsc.screening.changes import changed_entries
from unsc.screening.csvinput import (
    AUTO,
    Rows,
    find_column,
    header_key,
    open_rows,
    records,
    require_column,
    require_name_columns,
    row_name,
)
from unsc.screening.features import given_date, parse_date, schema_kind
from unsc.screening.outfile import apart_from, table_writer
from unsc.screening.scorer import ALGORITHM, DEFAULT_THRESHOLD, compare
from unsc.screening.screener import Query, Screener

__all__ = ["SCREEN_COLUMNS", "compare_file", "screen_file", "screen_rows"]

UNREAD_SHOWN = 20  # row numbers of unreadable names given in a run's summary

SCREEN_COLUMNS = ("query_row", "query", "ref", "matched_name", "score", "match")
DATASET_COLUMN = "dataset"  # written after them when several lists are screened at once
CHUNK = 256
Progress = Callable[[int], None]

_SCREENER: Screener | None = None  # set in the parent before forking the workers
_AMONG: frozenset[int] | None = None  # the entries whose hits are kept, likewise
HitRow = tuple[str, str, float, bool, str]  # ref, matched name, score, match, dataset
# The hits of the queries a process has screened, per screener (held weakly: a screener of
# another list or version has its own) and query: a file of customers or payments repeats
# names, and a repeated query is answered without screening it again.
_SEEN: weakref.WeakKeyDictionary[Screener, dict[tuple[Any, ...], list[HitRow]]] = (
    weakref.WeakKeyDictionary()
)
SEEN_MAX = 100_000  # queries remembered per screener (forgotten all at once beyond)


MAX_WORKERS_PER_CORE = 4  # more processes than this per core only wait for one another


def resolve_workers(workers: int | None) -> int:
    """Worker processes: ``None`` reads UNSC_WORKERS; 0 means all cores; at most
    :data:`MAX_WORKERS_PER_CORE` per core (100,000 asked would start as many processes)."""
    if workers is None:
        from unsc.settings import get_settings

        workers = int(get_settings().workers)
    cores = os.cpu_count() or 1
    return min(max(1, workers or cores), MAX_WORKERS_PER_CORE * cores)


Job = tuple[int, str, str | None, str | None, str | None, str | None]  # row, name, schema,
# date of birth, country, identifier
_UNREAD: list[HitRow] = []  # the hits of a name no transform reads


def _screen(
    screener: Screener,
    name: str,
    schema: str | None,
    dob: str | None,
    country: str | None,
    identifier: str | None,
    limit: int,
    threshold: float | None,
    among: frozenset[int] | None = None,
) -> list[HitRow]:
    """(ref, matched name, score, match, dataset) of each hit of one query (among the entries
    ``among`` numbers, when given); :data:`_UNREAD` when no transliteration reads its name (a
    script ICU cannot romanise: Khmer)."""
    query = Query(
        name=name,
        schema=schema or None,
        birth_dates=(dob,) if dob else (),
        countries=(country,) if country else (),
        identifiers=(identifier,) if identifier else (),
    )
    try:
        hits = screener.screen(query, limit=limit, threshold=threshold, among=among)
    except InvalidInput as exc:
        if exc.field != "name":  # a bad date or schema is the user's to mend
            raise
        return _UNREAD  # a name no transform reads ("ℵ", "𓀀"): it meets no listed name
    return [(hit.ref, hit.matched_name, hit.score, hit.match, hit.dataset) for hit in hits]


def screen_rows(
    screener: Screener,
    jobs: list[Job],
    limit: int,
    threshold: float | None,
    unread: list[int] | None = None,
    *,
    datasets: bool = False,
    among: frozenset[int] | None = None,
) -> list[tuple[Any, ...]]:
    """Screen a chunk of (row, name, schema, dob, country, identifier) and return output rows
    (:data:`SCREEN_COLUMNS`, and with ``datasets`` each hit's dataset after them); with
    ``among``, only the hits on those entries (:meth:`Screener.entry_numbers`).

    With ``threshold <= 0`` every query gets at least one row: a query without any candidate
    gets one with an empty ``ref`` and score 0, so ``--limit 1 --threshold 0`` writes one row
    per query. The rows whose name no transliteration reads (a script ICU cannot romanise:
    Khmer) meet no listed name; their numbers are added to ``unread``, so that a report can
    say so rather than pass them as screened.
    """
    out: list[tuple[Any, ...]] = []
    seen = _SEEN.setdefault(screener, {})
    for row, name, schema, dob, country, identifier in jobs:
        key = (name, schema, dob, country, identifier, limit, threshold, among)
        hits = seen.get(key)
        if hits is None:
            hits = _screen(
                screener, name, schema, dob, country, identifier, limit, threshold, among
            )
            if len(seen) >= SEEN_MAX:
                seen.clear()
            seen[key] = hits
        if hits is _UNREAD and unread is not None:
            unread.append(row)
        width = 5 if datasets else 4
        out.extend((row, name, *hit[:width]) for hit in hits)
        if not hits and threshold is not None and threshold <= 0:
            # Asked for every query's best candidate: one with none still gets its row,
            # whose match is score >= threshold as every row's
            out.append((row, name, "", "", 0.0, threshold <= 0.0, "")[: 2 + width])
    return out


Chunk = tuple[int, list[tuple[Any, ...]], list[int]]  # queries, output rows, unread rows
Task = tuple[list[Job], int, float | None, bool]  # queries, limit, threshold, datasets


def _work(args: Task) -> Chunk:
    if _SCREENER is None:
        raise RuntimeError("worker started without a screener")
    jobs, limit, threshold, datasets = args
    unread: list[int] = []
    rows = screen_rows(_SCREENER, jobs, limit, threshold, unread, datasets=datasets, among=_AMONG)
    return len(jobs), rows, unread


def _readable(
    path: str | Path, line: int, schema: str | None, dob: str | None, ignored: list[str]
) -> tuple[str | None, str | None]:
    """A row's schema and date of birth, each left out when it cannot be read (a kind of
    entry "Trust", a date "31/02/1954"), with a note naming file and line in ``ignored``:
    the row's name is still screened, as it would be without them (no lower score for a
    kind or a date), rather than the whole run stopped on one cell of a customer file."""
    try:
        schema_kind(schema)
    except InvalidInput as exc:
        ignored.append(f"{path}:{line}: {exc.message}: screened as any kind of entry")
        schema = None
    try:
        if given_date(dob):
            parse_date(dob)
    except InvalidInput as exc:
        ignored.append(f"{path}:{line}: {exc.message}: screened without it")
        dob = None
    return schema, dob


def _jobs(
    reader: Rows,
    path: str | Path,
    name: tuple[str, ...],
    schema: str | None,
    dob: str | None,
    country: str | None,
    identifier: str | None,
    skipped: list[int],
    ignored: list[str],
) -> Iterator[Job]:
    """The queries of the rows; rows without a name (empty, or no letter or digit: "---")
    are counted in ``skipped[0]``, fields that cannot be read noted in ``ignored``
    (:func:`_readable`)."""
    for row, record in enumerate(records(reader, path), start=1):
        text = row_name(record.get(c) for c in name)
        if not any(ch.isalnum() for ch in text):
            skipped[0] += 1
            continue
        kind, born = _readable(
            path,
            reader.line_num,
            ((record.get(schema) or "").strip() or None) if schema else None,
            ((record.get(dob) or "").strip() or None) if dob else None,
            ignored,
        )
        yield (
            row,
            text,
            kind,
            born,
            ((record.get(country) or "").strip() or None) if country else None,
            ((record.get(identifier) or "").strip() or None) if identifier else None,
        )


def _chunks(jobs: Iterator[Job]) -> Iterator[list[Job]]:
    while chunk := list(islice(jobs, CHUNK)):
        yield chunk


def _results(tasks: Iterator[Task], workers: int) -> Iterator[Chunk]:
    """Results in input order; the input is read here (so its errors surface here) and at
    most a few chunks per worker are in flight, so memory stays flat."""
    if workers <= 1:
        yield from map(_work, tasks)
        return
    gc.freeze()  # the index's objects stay out of the children's collections: fewer page copies
    pool = multiprocessing.get_context("fork").Pool(workers)
    gc.unfreeze()
    try:
        pending: deque[AsyncResult[Chunk]] = deque()
        for task in tasks:
            pending.append(pool.apply_async(_work, (task,)))
            while len(pending) >= 3 * workers:
                yield pending.popleft().get()
        while pending:
            yield pending.popleft().get()
    finally:
        pool.terminate()
        pool.join()


def screen_file(
    in_path: str | Path,
    out_path: str | Path,
    *,
    list: str = "un_sc",
    name_column: str = "name",
    schema_column: str | None = None,
    dob_column: str | None = None,
    country_column: str | None = None,
    identifier_column: str | None = None,
    limit: int = 10,
    threshold: float | None = None,
    workers: int | None = None,
    encoding: str = AUTO,
    progress: Progress | None = None,
    screener: Screener | None = None,
    changed_since: str | None = None,
) -> dict[str, Any]:
    """Screen every row of a CSV against a list; returns a summary of the run (rows without
    a name are counted as ``skipped``). With ``changed_since`` (an earlier version of the
    list: a file, a dataset name, a list spec), only the hits on entries added or amended
    since are written (:mod:`~unsc.screening.changes`)."""
    global _SCREENER, _AMONG
    started = time.perf_counter()
    apart_from(in_path, out_path)
    engine = screener or Screener.from_list(list)
    among = None
    if changed_since is not None:
        among = engine.entry_numbers(changed_entries(list, changed_since))
    handle, reader, used = open_rows(in_path, encoding)
    skipped = [0]
    ignored: builtins.list[str] = []
    with handle:
        names = require_name_columns(reader, name_column, in_path)
        schema_column, dob_column, country_column, identifier_column = (
            None if column is None else require_column(reader, column, in_path)
            for column in (schema_column, dob_column, country_column, identifier_column)
        )
        n_workers = resolve_workers(workers)
        queries = hits = matches = 0
        unread: builtins.list[int] = []  # (the parameter ``list`` names the list screened)
        several = len(engine.datasets) > 1
        with table_writer(out_path) as writer:
            writer.writerow((*SCREEN_COLUMNS, DATASET_COLUMN) if several else SCREEN_COLUMNS)
            jobs = _jobs(
                reader,
                in_path,
                names,
                schema_column,
                dob_column,
                country_column,
                identifier_column,
                skipped,
                ignored,
            )
            tasks = ((chunk, limit, threshold, several) for chunk in _chunks(jobs))
            _SCREENER, _AMONG = engine, among
            try:
                for done, rows, unread_rows in _results(tasks, n_workers):
                    queries += done
                    unread += unread_rows
                    hits += len(rows)
                    matches += sum(1 for r in rows if r[5])
                    writer.writerows(rows)
                    if progress is not None:
                        progress(done)
            finally:
                _SCREENER = _AMONG = None
    seconds = time.perf_counter() - started
    return {
        "in": str(in_path),
        "out": str(out_path),
        "list": list,
        **(
            {} if among is None else {"changed_since": changed_since, "changed_entries": len(among)}
        ),
        "algorithm": ALGORITHM,
        "threshold": DEFAULT_THRESHOLD if threshold is None else threshold,
        "encoding": used,
        "queries": queries,
        "skipped": skipped[0],
        "unreadable": len(unread),
        "unreadable_rows": unread[:UNREAD_SHOWN],
        "ignored_fields": len(ignored),
        "ignored_fields_shown": ignored[:UNREAD_SHOWN],
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
    encoding: str = AUTO,
    progress: Progress | None = None,
) -> dict[str, Any]:
    """Score each pair of a CSV (``name1, name2, schema``); writes them with ``score, match``
    (a pair missing a name scores 0)."""
    started = time.perf_counter()
    apart_from(in_path, out_path)
    handle, reader, used = open_rows(in_path, encoding)
    pairs = matches = 0
    ignored: list[str] = []
    limit_score = DEFAULT_THRESHOLD if threshold is None else threshold
    with handle:
        hint = "a pairs file has a header row with columns name1, name2 and, if wanted, schema"
        name1 = require_column(reader, "name1", in_path, hint)
        name2 = require_column(reader, "name2", in_path, hint)
        schema_column = find_column(reader.fieldnames or [], "schema")
        fields = [f for f in (reader.fieldnames or []) if header_key(f) not in ("score", "match")]
        with table_writer(out_path) as writer:
            writer.writerow([*fields, "score", "match"])
            for record in records(reader, in_path):
                a, b = (record.get(name1) or "").strip(), (record.get(name2) or "").strip()
                if a and b:
                    cell = record.get(schema_column) if schema_column else None
                    schema = (cell or "").strip() or None
                    try:
                        schema_kind(schema)
                    except InvalidInput as exc:  # an unknown schema: compared without it
                        ignored.append(
                            f"{in_path}:{reader.line_num}: {exc.message}: compared without it"
                        )
                        schema = None
                    try:
                        result = compare(a, b, schema=schema, threshold=threshold)
                    except InvalidInput as exc:
                        raise ParseError(
                            exc.args[0], path=str(in_path), line=reader.line_num, hint=exc.hint
                        ) from None
                    score, match = result.score, result.match
                else:
                    score, match = 0.0, limit_score <= 0.0
                writer.writerow([*(record.get(f) for f in fields), score, match])
                pairs += 1
                matches += match
                if progress is not None:
                    progress(1)
    return {
        "in": str(in_path),
        "out": str(out_path),
        "algorithm": ALGORITHM,
        "encoding": used,
        "pairs": pairs,
        "matches": matches,
        "ignored_fields": len(ignored),
        "ignored_fields_shown": ignored[:UNREAD_SHOWN],
        "seconds": round(time.perf_counter() - started, 3),
    }
