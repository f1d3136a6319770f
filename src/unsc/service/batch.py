"""Batch screening of an uploaded CSV file, run as a background job with live progress.

The upload is read leniently here (the delimiter as the header line shows it, UTF-8,
UTF-16 or Windows-1252, common header spellings such as ``dob``, ``nationality`` or ``customer_id``
recognised; a ``name`` column is required, ``schema``, ``birth_date``, ``country``,
``identifier`` (a passport or IMO number: ``passport``, ``imo_number``...) and ``id``
are optional), then screened by
:func:`unsc.screening.screen_file`; the result keeps the best hit per row, its ``dataset``
column naming the hit's list (of several lists screened at once, each hit's own).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterator
from typing import Any

from unsc.errors import InvalidInput, ParseError

RESULT_COLUMNS = [
    "row",
    "id",
    "name",
    "schema",
    "birth_date",
    "country",
    "match",
    "score",
    "dataset",
    "ref",
    "listed_name",
    "matched_name",
    "listed_schema",
    "measures",
    "error",
]


def read_rows(data: bytes, *, filename: str, max_rows: int) -> list[dict[str, str]]:
    """The rows of an uploaded CSV (or Excel workbook) as ``{name, schema, birth_date,
    country, id}``;
    :class:`ParseError` naming the file and what was expected when it cannot be used."""
    from unsc.screening.csvinput import (
        HEADER_SPELLINGS,
        csv_delimiter,
        decode_bytes,
        find_column,
        name_columns,
        row_name,
    )
    from unsc.screening.sheets import is_sheet, sheet_records

    delimiter = None  # a workbook's cells are not cut at one
    if is_sheet(filename):  # an Excel workbook: its first worksheet
        records = sheet_records(data, filename)
    else:
        try:
            text = decode_bytes(data, filename)
        except ParseError as exc:
            exc.hint = "save the file as CSV in UTF-8 (or UTF-16 with a byte-order mark)"
            raise
        first = io.StringIO(text, newline="").readline()  # the header, as csv ends it
        delimiter = csv_delimiter(first)
        records = _records(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter), filename)
    _, header = next(records, (0, []))
    if not header:
        raise ParseError("the file is empty", path=filename, hint="a header row with a name column")
    wanted = {}
    for key in HEADER_SPELLINGS:
        found = find_column(header, key)
        if found is not None and key != "name":
            wanted[key] = header.index(found)
    names = name_columns(header)
    if names is None:
        raise ParseError(
            f"no name column in the header {header!r}",
            path=filename,
            line=1,
            field="name",
            hint="name the column `name`, or give first_name and last_name (optional: schema, "
            "birth_date, country, id)",
        )
    at = [header.index(column) for column in names]
    rows: list[dict[str, str]] = []
    for line, record in records:
        if not any(cell.strip() for cell in record):
            continue
        if len(rows) >= max_rows:
            raise InvalidInput(
                f"{filename} has more than {max_rows} rows",
                field="file",
                hint="split it, or raise UNSC_MAX_CSV_ROWS",
            )
        if delimiter and len(header) == 1 and len(record) > 1:
            # a one-column file's line is the name, cut at a delimiter it holds unquoted
            # ("Kony, Joseph" was screened as "Kony"), as screen-file reads it
            record = [delimiter.join(record)]
        row = {key: (record[i].strip() if i < len(record) else "") for key, i in wanted.items()}
        row["name"] = row_name(record[i] if i < len(record) else None for i in at)
        row["line"] = str(line)
        rows.append(row)
    return rows


def _records(reader: Any, filename: str) -> Iterator[tuple[int, list[str]]]:
    """The records of a ``csv.reader``, each with its line; a record it cannot read is a
    :class:`ParseError` naming the file and the line."""
    try:
        for record in reader:
            yield reader.line_num, record
    except csv.Error as exc:
        raise ParseError(
            f"not a readable CSV file: {exc}",
            path=filename,
            line=reader.line_num,
            field="file",
            hint='is a quote (") left open? Save the file as CSV with a header row',
        ) from None


def _date_error(text: str) -> str:
    """Why a row's date of birth cannot be read ("" when it can, or none is given)."""
    from unsc.screening.dates import given_date, parse_date

    if not given_date(text):
        return ""
    try:
        parse_date(text)
    except InvalidInput as exc:
        return exc.message
    return ""


def _schema(value: str) -> str | None:
    low = value.strip().lower()
    if not low:
        return None
    for name in ("Person", "Organization", "Company", "LegalEntity", "Vessel", "Aircraft"):
        if low == name.lower():
            return name
    return {"individual": "Person", "entity": "Organization", "airplane": "Aircraft"}.get(low, "")


def screen_rows(
    screener: Any,
    rows: list[dict[str, str]],
    *,
    threshold: float,
    progress: Callable[[int, int], None],
) -> tuple[list[str], list[dict[str, Any]]]:
    """Screen the rows with :func:`unsc.screening.screen_file` (in this process: the server
    must not fork) and keep the best hit per row, with whether it is a match."""
    import tempfile
    from pathlib import Path

    from unsc.screening import screen_file
    from unsc.screening.namefields import query_forms, unread_script

    out: list[dict[str, Any]] = []
    for row in rows:
        schema = _schema(row.get("schema", ""))
        out.append(
            {
                "row": int(row["line"]),
                "id": row.get("id", ""),
                "name": row.get("name", ""),
                "schema": row.get("schema", ""),
                "birth_date": row.get("birth_date", ""),
                "country": row.get("country", ""),
                "match": False,
                "score": 0.0,
                "dataset": "",
                "ref": "",
                "listed_name": "",
                "matched_name": "",
                "listed_schema": "",
                "measures": "",
                "error": "" if schema != "" else f"unknown schema {row.get('schema')!r}",
                "_schema": schema or "",
            }
        )
    for entry in out:
        entry["error"] = entry["error"] or _date_error(entry["birth_date"])
        if not entry["name"]:
            entry["error"] = "no name"
        elif not query_forms(entry["name"]):  # (analysed once: screen_file reuses it)
            script = unread_script(entry["name"])
            if script is not None:
                entry["error"] = f"written in a script unsc cannot read ({script})"
    by_ref = {e.ref: e for e in screener.entities}
    by_id = {(e.dataset, e.ref): e for e in screener.entities}  # of several lists: refs repeat
    done = 0

    def counted(chunk: int) -> None:
        nonlocal done
        done += chunk
        progress(min(done, len(out)), 0)

    with tempfile.TemporaryDirectory(prefix="unsc-batch-") as tmp:
        source, sink = Path(tmp) / "in.csv", Path(tmp) / "out.csv"
        with source.open("w", newline="", encoding="utf-8") as handle:
            writer = csv.writer(handle)
            writer.writerow(("name", "schema", "dob", "country", "identifier"))
            for entry, row in zip(out, rows, strict=True):
                if entry["error"]:  # not screened: the row says why
                    writer.writerow(("", "", "", "", ""))
                    continue
                writer.writerow(
                    (
                        entry["name"],
                        entry["_schema"],
                        entry["birth_date"],
                        entry["country"],
                        row.get("identifier", ""),
                    )
                )
        screen_file(
            source,
            sink,
            name_column="name",
            schema_column="schema",
            dob_column="dob",
            country_column="country",
            identifier_column="identifier",
            limit=1,
            threshold=min(0.5, threshold),
            workers=1,
            progress=counted,
            screener=screener,
        )
        with sink.open(newline="", encoding="utf-8") as handle:
            for hit in csv.DictReader(handle):
                entry = out[int(hit["query_row"]) - 1]
                listed = hit.get("dataset")  # written when several lists are screened
                entity = by_id.get((listed, hit["ref"])) if listed else by_ref.get(hit["ref"])
                score = float(hit["score"])
                entry.update(
                    match=score >= threshold,
                    score=score,
                    ref=hit["ref"],
                    matched_name=hit["matched_name"],
                    dataset=entity.dataset if entity else "",
                    listed_name=entity.name if entity else "",
                    listed_schema=str(entity.schema) if entity else "",
                    measures=_measures(entity),
                )
    matched = 0
    for entry in out:
        entry.pop("_schema")
        matched += bool(entry["match"])
    progress(len(out), matched)
    return RESULT_COLUMNS, out


def _measures(entity: Any) -> str:
    if entity is None:
        return ""
    from unsc.sanctions import measures_for

    return "; ".join(sorted({m.title for m in measures_for(entity)}))


def to_csv(columns: list[str], rows: list[dict[str, Any]]) -> str:
    """The results as CSV text (without the explanations)."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=columns, extrasaction="ignore")
    writer.writeheader()
    writer.writerows(rows)
    return buffer.getvalue()
