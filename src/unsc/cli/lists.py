"""CLI commands: ``unsc lists import|versions|diff|show|export`` and ``unsc regimes [NAME]``.

The store's location comes from ``UNSC_DATABASE_URL`` (default: a SQLite file in the user's
data directory). ``show`` and ``export`` read the current stored snapshot; when nothing has
been imported for a dataset yet, they fall back to the list shipped with the package.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

import typer

from unsc.cli.output import report_errors

if TYPE_CHECKING:
    from unsc.sanctions import Entity, ListSnapshot, Store


JSON_OPTION = typer.Option(False, "--json", help="Print one JSON document.")


def _snapshot(store: Store, dataset: str) -> ListSnapshot:
    """The current stored snapshot of ``dataset``, or the shipped list if none is stored."""
    from unsc.errors import NotFound
    from unsc.sanctions import load_list

    try:
        return store.current(dataset)
    except NotFound:
        return load_list(dataset)


def _find(store: Store, ref: str, dataset: str | None) -> Entity:
    from unsc.errors import NotFound
    from unsc.sanctions.loader import SHIPPED

    stored = store.datasets()
    names = [dataset] if dataset else [*stored, *(d for d in SHIPPED if d not in stored)]
    for name in names:
        try:
            return _snapshot(store, name).get(ref)
        except NotFound:
            continue
    raise NotFound(
        f"no entry {ref!r} in {', '.join(names)}",
        field="ref",
        value=ref,
        hint="UN references look like KPi.033 or QDe.004; OFAC ones are numbers",
    )


def register(app: typer.Typer) -> None:
    """Add the ``lists`` group and the ``regimes`` command to the root app."""
    lists = typer.Typer(
        name="lists",
        help="Sanctions lists: import versions, compare them, show and export entries.",
        no_args_is_help=True,
    )
    app.add_typer(lists, name="lists")

    @lists.command("import")
    @report_errors
    def import_(
        file: Path = typer.Argument(
            ...,
            help="UN XML, OFAC SDN.CSV or sdnList XML, EU or UK XML, FtM JSON or a CSV list.",
        ),
        source: str | None = typer.Option(
            None,
            "--source",
            help=(
                "Force the reader: un, ofac, ofac_xml, ofac_advanced, eu, uk, ftm or csv "
                "(default: detect)."
            ),
        ),
        as_json: bool = JSON_OPTION,
    ) -> None:
        """Import a list file as a new snapshot (a no-op if that list is already stored)."""
        from rich.progress import BarColumn, MofNCompleteColumn, TextColumn

        from unsc.cli.output import console, print_json, progress_bar
        from unsc.errors import InvalidInput
        from unsc.sanctions import Store
        from unsc.sanctions.loader import SOURCES

        if source is not None and source not in SOURCES:
            raise InvalidInput(
                f"--source {source!r} is not a list format", hint=f"use one of {', '.join(SOURCES)}"
            )
        store = Store()
        with progress_bar(
            TextColumn("[progress.description]{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
        ) as bar:
            task = bar.add_task(f"importing {file.name}", total=None)

            def progress(done: int, total: int) -> None:
                bar.update(task, completed=done, total=total)

            result = store.import_file(file, source=source, progress=progress)
        if as_json:
            print_json(result.to_dict())
            return
        state = "unchanged (already stored)" if result.unchanged else "imported"
        console.print(
            f"{result.dataset} version [bold]{result.version}[/]: {result.entries} entries, {state}"
        )

    @lists.command("versions")
    @report_errors
    def versions(
        dataset: str | None = typer.Option(None, "--dataset", help="Only this dataset."),
        as_json: bool = JSON_OPTION,
    ) -> None:
        """The stored snapshots, oldest first."""
        from rich.table import Table

        from unsc.cli.output import console, print_json
        from unsc.sanctions import Store

        stored = Store().versions(dataset)
        if as_json:
            print_json([v.to_dict() for v in stored])
            return
        if not stored:
            console.print("no list imported yet: `unsc lists import FILE`")
            return
        table = Table(title="List versions")
        for column in ("version", "dataset", "generated", "imported", "entries", "sha256"):
            table.add_column(
                column, justify="right" if column in ("version", "entries") else "left"
            )
        for v in stored:
            table.add_row(
                str(v.version),
                v.dataset,
                v.generated.strftime("%Y-%m-%d %H:%M") if v.generated else "-",
                v.imported.strftime("%Y-%m-%d %H:%M"),
                str(v.entries),
                v.sha256[:12],
            )
        console.print(table)

    @lists.command("diff")
    @report_errors
    def diff(
        a: str = typer.Argument(
            ..., help="The older version: a stored version id, a list file or a shipped list."
        ),
        b: str = typer.Argument(
            ..., help="The newer version: a stored version id, a list file or a shipped list."
        ),
        as_json: bool = JSON_OPTION,
    ) -> None:
        """Entries added, removed and amended (field by field) from version A to version B.

        Each is a stored version's id (`lists versions`), a list file or a shipped dataset's
        name: two downloads compare without an import, and a download against the stored
        version tells what its import would change."""
        from rich.table import Table

        from unsc.cli.output import console, print_json
        from unsc.errors import NotFound
        from unsc.sanctions import Store, diff_snapshots, load_list
        from unsc.storage import MAX_ID

        def version_id(given: str) -> bool:  # (a file named 3 is ./3)
            return given.isascii() and given.isdigit()

        def number(given: str) -> int:  # (int() refuses more than 4,300 digits)
            if len(given) > len(str(MAX_ID)):  # names no stored version
                shown = given if len(given) <= 40 else f"{given[:40]}... ({len(given)} digits)"
                raise NotFound(
                    f"no list version {shown}",
                    hint="see `unsc lists versions`",
                )
            return int(given)

        if version_id(a) and version_id(b):
            delta = Store().diff(number(a), number(b))
        else:
            store = Store() if version_id(a) or version_id(b) else None

            def snapshot(given: str) -> Any:
                if store is not None and version_id(given):
                    return store.snapshot(number(given))
                return load_list(given)

            delta = diff_snapshots(snapshot(a), snapshot(b))
        if as_json:
            print_json(delta.to_dict())
            return
        console.print(
            f"{a} -> {b}: [green]{len(delta.added)} added[/], [red]{len(delta.removed)} "
            f"removed[/], [yellow]{len(delta.amended)} amended[/]"
        )
        table = Table()
        table.add_column("change")
        table.add_column("ref")
        table.add_column("fields")
        for ref in delta.added:
            table.add_row("[green]added[/]", ref, "")
        for ref in delta.removed:
            table.add_row("[red]removed[/]", ref, "")
        for amendment in delta.amended:
            table.add_row("[yellow]amended[/]", amendment.ref, ", ".join(amendment.fields))
        if delta.added or delta.removed or delta.amended:
            console.print(table)

    @lists.command("show")
    @report_errors
    def show(
        ref: str = typer.Argument(..., help="Reference number, e.g. KPi.033 (UN) or 306 (OFAC)."),
        dataset: str | None = typer.Option(None, "--dataset", help="un_sc, ofac_sdn ..."),
        as_json: bool = JSON_OPTION,
    ) -> None:
        """One listed entry with every field and the measures that apply to it."""
        from unsc.cli.output import console, print_json
        from unsc.sanctions import Store, measures_for

        entity = _find(Store(), ref, dataset)
        measures = measures_for(entity)
        if as_json:
            doc = entity.to_dict(raw=True)
            doc["measures"] = [m.to_dict() for m in measures]
            print_json(doc)
            return
        _render_entity(entity, measures, console)

    @lists.command("export")
    @report_errors
    def export(
        format: str = typer.Option(
            "ftm", "--format", help="ftm (FollowTheMoney JSON lines) or csv."
        ),
        dataset: str = typer.Option("un_sc", "--dataset", help="Which list to export."),
        output: Path | None = typer.Option(None, "--output", "-o", help="File (default: stdout)."),
        as_json: bool = JSON_OPTION,
    ) -> None:
        """Export the current snapshot of a list as FollowTheMoney entities or CSV."""
        import io
        import json

        from unsc.cli.output import print_json
        from unsc.errors import InvalidInput, writing
        from unsc.sanctions import Store, export_csv, export_ftm

        if format not in ("ftm", "csv"):
            raise InvalidInput(f"--format {format!r} is not supported", hint="use ftm or csv")
        snapshot = _snapshot(Store(), dataset)
        writer = export_ftm if format == "ftm" else export_csv
        if output is not None:
            with writing(output), output.open("w", encoding="utf-8", newline="") as handle:
                written = writer(snapshot.entities, handle)
            summary = {
                "format": format,
                "dataset": snapshot.dataset,
                "entries": len(snapshot.entities),
                "written": written,
                "output": str(output),
            }
            if as_json:
                print_json(summary)
            else:
                print(f"wrote {written} records of {snapshot.dataset} to {output}", file=sys.stderr)
            return
        if not as_json:
            writer(snapshot.entities, sys.stdout)
            return
        buffer = io.StringIO()
        written = writer(snapshot.entities, buffer)
        if format == "ftm":
            data: list[Any] = [json.loads(line) for line in buffer.getvalue().splitlines()]
        else:
            import csv

            data = list(csv.DictReader(io.StringIO(buffer.getvalue())))
        print_json(
            {"format": format, "dataset": snapshot.dataset, "written": written, "data": data}
        )

    @app.command("regimes")
    @report_errors
    def regimes_(
        name: str | None = typer.Argument(None, help="A regime: dprk, 1718, isil, taliban ..."),
        as_json: bool = JSON_OPTION,
    ) -> None:
        """UN sanctions regimes, their committees and measures with their legal basis."""
        from rich.table import Table

        from unsc.cli.output import console, print_json
        from unsc.sanctions import regime, regimes

        if name is None:
            every = regimes()
            if as_json:
                print_json([r.to_dict() for r in every])
                return
            table = Table(title="UN sanctions regimes")
            for column in ("name", "title", "committee", "list type", "measures"):
                table.add_column(column)
            for r in every:
                table.add_row(
                    r.name,
                    r.title,
                    r.committee.short,
                    ", ".join(r.list_types) or "-",
                    ", ".join(m.id for m in r.measures),
                )
            console.print(table)
            return
        found = regime(name)
        if as_json:
            print_json(found.to_dict())
            return
        console.print(f"[bold]{found.title}[/] ({found.name})")
        established = found.committee.established_by
        console.print(
            f"{found.committee.name}, established by resolution {established.resolution} "
            f"OP {established.paragraph}"
        )
        if found.committee.note:
            console.print(f"[dim]{found.committee.note}[/]")
        table = Table()
        for column in ("measure", "targets", "resolution", "OP", "action", "note"):
            table.add_column(column)
        for m in found.measures:
            for i, step in enumerate(m.basis):
                table.add_row(
                    m.title if i == 0 else "",
                    ", ".join(m.targets) if i == 0 else "",
                    step.resolution,
                    step.paragraph or "-",
                    step.action,
                    step.note or "",
                )
        console.print(table)


def _render_entity(entity: Entity, measures: list[Any], console: Any) -> None:
    from rich.markup import escape
    from rich.table import Table

    table = Table(title=f"{entity.name} ({entity.dataset}:{entity.ref})", show_header=False)
    table.add_column("field", style="bold")
    table.add_column("value")

    def row(label: str, values: list[str], *, markup: bool = False) -> None:
        if values:
            table.add_row(label, "\n".join(v if markup else escape(v) for v in values))

    row("schema", [str(entity.schema)])
    row("programs", entity.programs)
    row("listed on", [entity.listed_on.isoformat()] if entity.listed_on else [])
    row("names", [f"{escape(n.full)} [dim]({n.kind})[/]" for n in entity.names], markup=True)
    row("titles", entity.titles)
    row("designations", entity.designations)
    row("nationalities", entity.nationalities)
    row("gender", [entity.gender] if entity.gender else [])
    row("born", [f"{escape(d.text)} [dim]({d.kind})[/]" for d in entity.birth_dates], markup=True)
    row("birth places", [p.text() for p in entity.birth_places])
    row("addresses", [p.text() for p in entity.addresses if p.text()])
    row(
        "documents",
        [
            f"{i.type_text or i.type}: {i.number} {i.country or ''}".strip()
            for i in entity.identifiers
        ],
    )
    row("updated", [d.isoformat() for d in entity.updated_on])
    row("comments", [entity.comments] if entity.comments else [])
    row(
        "measures",
        [
            f"{m.title}: resolution {m.resolution} OP {m.paragraph} ({m.committee})"
            for m in measures
        ],
    )
    console.print(table)
