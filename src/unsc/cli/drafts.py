"""CLI commands: ``unsc draft parse|show|diff|history|list`` — Council texts as documents."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import typer

from unsc.cli.output import report_errors

if TYPE_CHECKING:
    from rich.console import Console

    from unsc.drafts import Draft, DraftDiff, OperativeParagraph, Strength, SubParagraph

_KIND_STYLE = {
    "hardened": "red",
    "softened": "green",
    "added": "cyan",
    "removed": "magenta",
    "reworded": "dim",
}

draft_app = typer.Typer(
    name="draft",
    help="Draft resolutions and statements: parse, show, diff, strength, version history.",
    no_args_is_help=True,
)

_FILE_HELP = (
    "A file (authoring-format .md or official .txt text), '-' for standard input, "
    "or a shipped name (2006-07/v3)."
)
_JSON = typer.Option(False, "--json", help="Print one JSON document.")


@draft_app.command("parse")
@report_errors
def parse_cmd(
    file: str = typer.Argument(..., help=_FILE_HELP),
    as_json: bool = _JSON,
) -> None:
    """Parse a text into the document model (format detected from the content)."""
    from unsc.cli.output import console, print_json
    from unsc.drafts import strength

    draft = _load(file)
    doc = draft.to_dict()
    doc["strength"] = strength(draft).to_dict()
    if as_json:
        print_json(doc)
        return
    _render_draft(draft, console, brief=True)


@draft_app.command("show")
@report_errors
def show_cmd(
    file: str = typer.Argument(..., help=_FILE_HELP),
    markdown: bool = typer.Option(False, "--markdown", help="Print the authoring format."),
    as_json: bool = _JSON,
) -> None:
    """Show a text readably: header, paragraphs with verb, binding force and measures."""
    from unsc.cli.output import console, print_json
    from unsc.drafts import strength, to_markdown

    draft = _load(file)
    if as_json:
        print_json({**draft.to_dict(), "strength": strength(draft).to_dict()})
        return
    if markdown:
        print(to_markdown(draft), end="")
        return
    _render_draft(draft, console, brief=False)


@draft_app.command("diff")
@report_errors
def diff_cmd(
    a: str = typer.Argument(..., help="The older version: " + _FILE_HELP),
    b: str = typer.Argument(..., help="The newer version: " + _FILE_HELP),
    as_json: bool = _JSON,
) -> None:
    """What changed between two versions: added, removed, hardened, softened, reworded."""
    from unsc.cli.output import console, print_json
    from unsc.drafts import diff

    result = diff(_load(a), _load(b))
    if as_json:
        print_json({"a": a, "b": b, **result.to_dict()})
        return
    _render_diff(result, console, f"{a} → {b}")


@draft_app.command("history")
@report_errors
def history_cmd(
    name: str = typer.Argument(
        ..., help="A shipped history (2006-07, 2006-10) or a folder of .md versions."
    ),
    png: str | None = typer.Option(None, "--png", help="Also write a bar chart to this PNG."),
    as_json: bool = _JSON,
) -> None:
    """A draft's versions in order, with strength, the diff between each pair, and a bar chart."""
    from pathlib import Path

    from unsc.cli.output import console, print_json
    from unsc.drafts import history, plot_history
    from unsc.errors import writing

    folder = Path(name)
    result = history(folder if folder.is_dir() else name)
    if png:
        with writing(png):
            plot_history(result, png)
    if as_json:
        print_json(result.to_dict())
        return
    _render_history(name, result.to_dict()["versions"], console)
    if png:
        console.print(f"chart written to {png}")


@draft_app.command("list")
@report_errors
def list_cmd(as_json: bool = _JSON) -> None:
    """The shipped drafts, by name."""
    from unsc.cli.output import console, print_json
    from unsc.drafts import catalogue

    rows = catalogue()
    if as_json:
        print_json({"drafts": rows})
        return
    from rich.table import Table

    table = Table(title="Shipped drafts")
    for col in ("name", "symbol", "date", "instrument", "Ch. VII", "strength"):
        table.add_column(col)
    for r in rows:
        table.add_row(
            r["name"],
            r["symbol"] or "",
            r["date"] or "",
            r["instrument"],
            "yes" if r["chapter_vii"] else "no",
            f"{r['score']:.2f}",
        )
    console.print(table)


def _render_draft(draft: Draft, console: Console, *, brief: bool) -> None:
    from rich.markup import escape
    from rich.table import Table

    from unsc.drafts import strength

    s = strength(draft)
    head = [
        f"[bold]{escape(draft.symbol or draft.title or draft.source or 'draft')}[/]",
        draft.instrument.value.replace("_", " "),
    ]
    if draft.date:
        head.append(draft.date.isoformat())
    if draft.chapter_vii:
        head.append("[red]Chapter VII[/]" + (" (Art. 41)" if draft.article_41 else ""))
    console.print("  ·  ".join(head))
    if draft.sponsors:
        console.print(f"sponsors: {escape(', '.join(draft.sponsors))}")
    if draft.provenance and not brief:
        console.print(f"[dim]{escape(draft.provenance)}[/]")
    console.print(f"{len(draft.preambular)} preambular, {len(draft.operative)} operative")
    if not brief:
        for text in draft.preambular:
            console.print(f"  [italic]{escape(text)}[/]")
    if brief:
        table = Table()
        table.add_column("OP", justify="right", no_wrap=True)
        table.add_column("verb")
        table.add_column("binds", no_wrap=True)
        table.add_column("measures")
        for op in draft.operative:
            table.add_row(
                _op_label(op),
                op.verb or "?",
                "[red]yes[/]" if op.binding else "no",
                escape(_measure_list(op)),
            )
        console.print(table)
    else:
        for op in draft.operative:
            binds = " [red]binding[/]" if op.binding else ""
            measures = f"  [cyan]{escape(_measure_list(op))}[/]" if op.measures else ""
            console.print(
                f"[bold]{_op_label(op)}.[/] [bold]{escape(op.verb or '?')}[/]{binds}{measures}"
            )
            console.print(f"    {escape(op.text)}")
            _print_subs(op.subparagraphs, console, 2)
    _render_strength(s, console)


def _op_label(op: OperativeParagraph) -> str:
    shown = str(op.number)
    return shown + (f" ({op.label})" if op.label not in (None, shown) else "")


def _measure_list(op: OperativeParagraph) -> str:
    return ", ".join(
        m.type.value
        + (f"/{m.direction}" if m.direction else "")
        + (f" {m.subparagraph}" if m.subparagraph else "")
        for m in op.measures
    )


def _print_subs(subs: tuple[SubParagraph, ...], console: Console, depth: int) -> None:
    from rich.markup import escape

    for sub in subs:
        label = sub.label if sub.label in ("-", "–", "—", "•") else f"({sub.label})"
        console.print("    " * depth + escape(f"{label} {sub.text}"))
        _print_subs(sub.subparagraphs, console, depth + 1)


def _render_strength(s: Strength, console: Console) -> None:
    from rich.markup import escape

    console.print(f"[bold]strength {s.score:.2f}[/]")
    for p in s.points:
        console.print(f"  {p.value:+.2f}  {escape(p.reason)}")


def _render_diff(result: DraftDiff, console: Console, title: str) -> None:
    from rich.markup import escape

    console.print(f"[bold]{escape(title)}[/]")
    if not result.changes:
        console.print("  no change")
    for c in result.changes:
        style = _KIND_STYLE.get(c.kind, "")
        console.print(f"  [{style}]{c.kind:>9}[/]  {escape(c.detail)}")
    if result.explanation:
        console.print("[bold]why the strength changed[/]")
        for p in result.explanation:
            console.print(f"  {p.value:+.2f}  {escape(p.reason)}")
    a, b = result.strength_a.score, result.strength_b.score
    verdict = "tougher" if b > a else "milder" if b < a else "as strong"
    console.print(f"strength {a:.2f} → {b:.2f} ({result.delta:+.2f}): the newer text is {verdict}")


def _render_history(name: str, versions: list[dict[str, Any]], console: Console) -> None:
    from rich.markup import escape

    console.print(f"[bold]history {escape(name)}[/]")
    top = max((v["score"] for v in versions), default=1.0) or 1.0
    width = 40
    for v in versions:
        bar = "█" * max(1, round(width * v["score"] / top))
        mark = "  [bold]tougher than all previous[/]" if v["tougher_than_all_previous"] else ""
        console.print(f"  {escape(v['label']):<22} {bar} {v['score']:.2f}{mark}")
    previous: dict[str, Any] | None = None
    for v in versions:
        d = v["diff_from_previous"]
        if d is not None and previous is not None:
            console.print()
            title = f"{previous['label']} → {v['label']}"
            console.print(f"[bold]{escape(title)}[/]  ({d['delta']:+.2f})")
            for c in d["changes"]:
                style = _KIND_STYLE.get(c["kind"], "")
                console.print(f"  [{style}]{c['kind']:>9}[/]  {escape(c['detail'])}")
            for p in d["explanation"]:
                console.print(f"  [dim]{p['value']:+.2f}  {escape(p['reason'])}[/]")
        previous = v


def _load(file: str) -> Draft:
    """A draft from a file, standard input ('-') or a shipped name."""
    from unsc.drafts import load_draft, parse_text

    if file == "-":
        import sys

        return parse_text(sys.stdin.read(), source="<stdin>")
    return load_draft(file)


def register(app: typer.Typer) -> None:
    """Add the ``draft`` command group to the root app."""
    app.add_typer(draft_app, name="draft")
