"""CLI commands: ``unsc screen``, ``screen-file``, ``compare`` and ``compare-file``.

Thin wrappers over :mod:`unsc.screening`: parse the options, call the library, print a Rich
table or one JSON document (``--json``). ``--list`` takes a shipped dataset (``un_sc``, the
default, ``ofac_sdn`` or ``ofac_cons``) or the path of a list file (UN XML, OFAC SDN.CSV or
sdnList XML, EU or UK XML, FollowTheMoney JSON lines, a CSV list with a name column),
imported on the fly; several joined by commas, or ``all``, are screened as one list.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

import typer
from rich.markup import escape

from unsc.cli.output import report_errors

if TYPE_CHECKING:
    from collections.abc import Callable

JSON_OPTION = typer.Option(False, "--json", help="Print one JSON document.")
LIST_OPTION = typer.Option(
    "un_sc",
    "--list",
    help="un_sc (default), ofac_sdn, ofac_cons, a list file (UN, OFAC, EU, UK, FtM, CSV), "
    "several joined by commas (un_sc,ofac_sdn), or all (every shipped list).",
)
ENCODING_OPTION = typer.Option(
    "auto",
    "--encoding",
    help="The input's text encoding (utf-8, cp1252, utf-16, ...); auto: by byte-order mark, "
    "else UTF-8 if the file is, else Windows-1252.",
)
THRESHOLD_OPTION = typer.Option(
    None, "--threshold", help="Score from which a hit is a match (default: the documented one)."
)


def _report_ignored(summary: dict[str, Any]) -> None:
    """Warn of the fields of a file's rows that could not be read and were left out (a
    kind of entry "Trust", a date "31/02/1954"), naming the first of them."""
    from unsc.cli.output import console

    count = summary.get("ignored_fields", 0)
    if not count:
        return
    console.print(f"[yellow]{count} fields could not be read and were left out:[/yellow]")
    shown = summary["ignored_fields_shown"]
    for note in shown:
        console.print(f"  {note}", style="yellow", markup=False)
    if count > len(shown):
        console.print(f"  ... and {count - len(shown)} more", style="yellow")


def _check_threshold(threshold: float | None) -> None:
    from unsc.errors import InvalidInput

    if threshold is not None and not 0.0 <= threshold <= 1.0:
        raise InvalidInput(
            f"--threshold {threshold} is not between 0 and 1",
            field="threshold",
            value=threshold,
            hint="scores are in [0, 1]; the default threshold is in docs/screening.md",
        )


def _check_limit(limit: int) -> None:
    from unsc.errors import InvalidInput

    if limit < 1:
        raise InvalidInput(f"--limit {limit} must be at least 1", field="limit", value=limit)


def _count_rows(path: Path) -> int | None:
    """Data rows of a CSV, counted as lines (cheap, for the progress bar only); of a
    workbook, the rows its sheet says it has (None when it does not say)."""
    from unsc.screening.sheets import is_sheet, sheet_rows

    if is_sheet(path):
        return sheet_rows(path)
    try:
        with path.open("rb") as handle:
            lines = sum(chunk.count(b"\n") for chunk in iter(lambda: handle.read(1 << 20), b""))
    except OSError:
        return None
    return max(lines - 1, 0)


@contextmanager
def _progress(label: str, total: int | None) -> Iterator[Callable[[int], None]]:
    """A Rich progress bar on stderr; yields the function that advances it."""
    from rich.progress import BarColumn, MofNCompleteColumn, TextColumn, TimeRemainingColumn

    from unsc.cli.output import progress_bar

    with progress_bar(
        TextColumn("[progress.description]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
    ) as bar:
        task = bar.add_task(label, total=total)

        def advance(done: int) -> None:
            bar.advance(task, done)

        yield advance


def _measure_text(measures: list[dict[str, Any]]) -> str:
    """One line per measure: its type, regime, resolution and paragraph (where it has one:
    OFAC's programmes cite an executive order, not a paragraph)."""
    return "\n".join(
        " ".join(
            x
            for x in (
                f"{m.get('type', '')}:",
                m.get("regime") or "",
                m.get("resolution") or "",
                f"para. {m['paragraph']}" if m.get("paragraph") else "",
            )
            if x
        )
        for m in measures
    )


def _why(explanation: dict[str, Any]) -> str:
    """One line per feature: name parts and how they were matched, then dob, country, ids."""
    features = explanation.get("features", {})
    lines = []
    name = features.get("name", {})
    parts = name.get("detail", {}).get("parts", [])
    paired = [
        f"{p['query']}~{p['candidate']} ({p['method']})"
        for p in parts
        if p.get("query") and p.get("candidate")
    ]
    lines.append(f"name {name.get('value', 0):.2f}: " + ", ".join(paired))
    for key in ("dob", "country", "schema", "identifier"):
        if key in features:
            lines.append(f"{key}: {features[key].get('detail', '')}")
    return "\n".join(lines)


def _parts_table(explanation: dict[str, Any]) -> Any:
    """The name parts as aligned: each pair with its similarity drawn as a bar."""
    from rich.bar import Bar
    from rich.table import Table

    table = Table(box=None, pad_edge=False, show_header=True, header_style="dim")
    for column in ("query part", "listed part", "similarity", "", "how"):
        table.add_column(column)
    detail = explanation.get("features", {}).get("name", {}).get("detail", {})
    for part in detail.get("parts", []):
        similarity = float(part.get("similarity", 0.0))
        table.add_row(
            part.get("query") or "-",
            part.get("candidate") or "-",
            Bar(1.0, 0.0, similarity, width=20, color="blue"),
            f"{similarity:.2f}",
            part.get("method", ""),
        )
    return table


def register(app: typer.Typer) -> None:
    """Add ``screen``, ``screen-file``, ``compare`` and ``compare-file`` to the root app."""

    @app.command("screen")
    @report_errors
    def screen(
        name: str = typer.Argument(..., help="The name to screen (any script)."),
        schema: str | None = typer.Option(
            None, "--schema", help="Person, Organization or Vessel (default: any)."
        ),
        dob: list[str] = typer.Option(
            [], "--dob", help="Date of birth: YYYY, YYYY-MM or YYYY-MM-DD (repeatable)."
        ),
        country: list[str] = typer.Option(
            [], "--country", help="Nationality: ISO code or country name (repeatable)."
        ),
        identifier: list[str] = typer.Option(
            [], "--id", help="Passport, national ID or IMO number (repeatable)."
        ),
        list_: str = LIST_OPTION,
        limit: int = typer.Option(10, "--limit", help="At most this many hits."),
        threshold: float | None = THRESHOLD_OPTION,
        as_json: bool = JSON_OPTION,
    ) -> None:
        """Screen one name against a sanctions list; hits with score, reasons and measures."""
        from rich.table import Table
        from rich.text import Text

        from unsc.cli.output import console, print_json, print_warning
        from unsc.screening import DEFAULT_THRESHOLD, Query, Screener
        from unsc.screening.features import country_code

        _check_threshold(threshold)
        _check_limit(limit)
        for unknown in (c for c in country if c.strip() and country_code(c) is None):
            print_warning(
                f"--country {unknown!r} is no country unsc knows; screened without it "
                "(give an ISO code, KP, or an English name, North Korea)"
            )
        query = Query(
            name=name,
            schema=schema,
            birth_dates=tuple(dob),
            countries=tuple(country),
            identifiers=tuple(identifier),
        )
        screener = Screener.from_list(list_)
        hits = screener.screen(query, limit=limit, threshold=threshold)
        limit_score = DEFAULT_THRESHOLD if threshold is None else threshold
        if as_json:
            print_json(
                {
                    "query": {
                        "name": name,
                        "schema": schema,
                        "dob": list(dob),
                        "country": list(country),
                        "id": list(identifier),
                        "list": list_,
                        "threshold": limit_score,
                    },
                    "results": [hit.to_dict() for hit in hits],
                }
            )
            return
        if not hits:
            console.print(Text(f"No entry of {list_} scores {limit_score} or more for {name!r}."))
            return
        datasets = list(dict.fromkeys(hit.dataset for hit in hits))
        several = len(datasets) > 1  # several lists screened at once: each hit's is shown
        table = Table(title=Text(f"{name} against {', '.join(datasets)}"), show_lines=True)
        columns = ("list", "ref", "name", "score", "match", "why", "measures")
        for column in columns[0 if several else 1 :]:
            table.add_column(column)
        for hit in hits:
            shown = (
                hit.name if hit.matched_name == hit.name else f"{hit.name}\n({hit.matched_name})"
            )
            # the list's text as Text, not markup: a name may hold "[...]"
            cells = [Text(hit.dataset)] if several else []
            table.add_row(
                *cells,
                Text(hit.ref),
                Text(shown),
                f"{hit.score:.3f}",
                "[bold red]yes[/]" if hit.match else "no",
                Text(_why(hit.explanation)),
                Text(_measure_text(hit.measures)),
            )
        console.print(table)

    @app.command("screen-file")
    @report_errors
    def screen_file_(
        in_path: Path = typer.Argument(..., help="A CSV (or .xlsx) of names, with a header row."),
        out: Path = typer.Option(..., "--out", help="The CSV (or .xlsx) to write."),
        list_: str = LIST_OPTION,
        name_column: str = typer.Option(
            "name",
            "--name-column",
            help="Column of the names; several joined by +: first_name+last_name (without a "
            "name column, given and family name columns are joined).",
        ),
        schema_column: str | None = typer.Option(
            None, "--schema-column", help="Column of Person / Organization / Vessel."
        ),
        dob_column: str | None = typer.Option(
            None, "--dob-column", help="Column of dates of birth."
        ),
        country_column: str | None = typer.Option(
            None, "--country-column", help="Column of nationalities."
        ),
        identifier_column: str | None = typer.Option(
            None,
            "--identifier-column",
            help="Column of passport, national ID or IMO numbers (an exact one of six "
            "characters or more decides a match).",
        ),
        limit: int = typer.Option(10, "--limit", help="At most this many hits per name."),
        threshold: float | None = THRESHOLD_OPTION,
        workers: int | None = typer.Option(
            None, "--workers", help="Processes (default UNSC_WORKERS; 0 = all cores)."
        ),
        encoding: str = ENCODING_OPTION,
        changed_since: str | None = typer.Option(
            None,
            "--changed-since",
            help="An earlier version of the list (a file or dataset name): write only the "
            "hits on entries added or amended since, scored as against the whole list.",
        ),
        as_json: bool = JSON_OPTION,
    ) -> None:
        """Screen every row of a CSV; one output row per (query, hit), on all cores."""
        from unsc.cli.output import console, print_json
        from unsc.screening import Screener, screen_file

        _check_threshold(threshold)
        _check_limit(limit)
        screener = Screener.from_list(list_)
        with _progress(f"screening {in_path.name}", _count_rows(in_path)) as advance:
            summary = screen_file(
                in_path,
                out,
                list=list_,
                name_column=name_column,
                schema_column=schema_column,
                dob_column=dob_column,
                country_column=country_column,
                identifier_column=identifier_column,
                limit=limit,
                threshold=threshold,
                workers=workers,
                encoding=encoding,
                progress=advance,
                screener=screener,
                changed_since=changed_since,
            )
        if as_json:
            print_json(summary)
            return
        skipped = (
            f" ({summary['skipped']} rows without a name skipped)" if summary["skipped"] else ""
        )
        _report_ignored(summary)
        if summary["unreadable"]:
            rows = ", ".join(map(str, summary["unreadable_rows"]))
            more = ", ..." if summary["unreadable"] > len(summary["unreadable_rows"]) else ""
            console.print(
                f"[yellow]{summary['unreadable']} names in a script unsc cannot read, not "
                f"screened (rows {rows}{more}): give them in Latin letters too[/yellow]"
            )
        changed = (
            f" (only the {summary['changed_entries']} entries changed since {changed_since})"
            if changed_since is not None
            else ""
        )
        console.print(
            f"{summary['queries']} names screened against {list_}{changed}{skipped}: "
            f"{summary['rows']} rows, {summary['matches']} matches, "
            f"{summary['queries_per_second']} names/s on {summary['workers']} process(es) -> {out}"
        )

    @app.command("compare")
    @report_errors
    def compare_(
        name1: str = typer.Argument(..., help="First name."),
        name2: str = typer.Argument(..., help="Second name."),
        schema: str | None = typer.Option(None, "--schema", help="Person, Organization, Vessel."),
        threshold: float | None = THRESHOLD_OPTION,
        as_json: bool = JSON_OPTION,
    ) -> None:
        """Score two names with the pairwise scorer alone, and say why."""
        from unsc.cli.output import console, print_json
        from unsc.screening import compare
        from unsc.screening.namefields import query_forms, unread_name

        _check_threshold(threshold)
        for name, argument in ((name1, "NAME1"), (name2, "NAME2")):
            if not query_forms(name):  # as screen refuses it; a file's empty cell scores 0
                raise unread_name(name, field=argument)
        result = compare(name1, name2, schema=schema, threshold=threshold)
        if as_json:
            print_json(result.to_dict())
            return
        verdict = "[bold red]match[/]" if result.match else "no match"
        console.print(f"{escape(name1)} ~ {escape(name2)}: [bold]{result.score:.3f}[/] ({verdict})")
        console.print(_parts_table(result.explanation))

    @app.command("compare-file")
    @report_errors
    def compare_file_(
        in_path: Path = typer.Argument(
            ..., help="A CSV or .xlsx with columns name1, name2[, schema]."
        ),
        out: Path = typer.Option(
            ..., "--out", help="The CSV or .xlsx to write (adds score, match)."
        ),
        threshold: float | None = THRESHOLD_OPTION,
        encoding: str = ENCODING_OPTION,
        as_json: bool = JSON_OPTION,
    ) -> None:
        """Score every pair of a CSV; writes the rows back with score and match."""
        from unsc.cli.output import console, print_json
        from unsc.screening import compare_file

        _check_threshold(threshold)
        with _progress(f"comparing {in_path.name}", _count_rows(in_path)) as advance:
            summary = compare_file(
                in_path, out, threshold=threshold, encoding=encoding, progress=advance
            )
        if as_json:
            print_json(summary)
            return
        _report_ignored(summary)
        console.print(f"{summary['pairs']} pairs, {summary['matches']} matches -> {out}")
