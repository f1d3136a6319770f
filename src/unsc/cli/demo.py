"""``unsc demo``: a guided tour of the main job, run through the real commands.

Each step prints the command it runs and then that command's own output, so the demo is
also a lesson in the CLI. It follows the 2006 North Korea story: the Council of 14 October
2006, the vote on resolution 1718, the veto record, the Council's voting power, the July
2006 negotiation, the UN list's versions in the default store, and a screening query in
another romanisation and in Hangul.
"""

from __future__ import annotations

import datetime as dt
import shlex
from pathlib import Path

import typer

from unsc.cli.output import report_errors

DEMO_DATE = dt.date(2006, 10, 14)  # resolution 1718, after the nuclear test of 9 October


def _steps(out_dir: Path) -> list[tuple[str, list[str]]]:
    """The tour: a caption and the arguments of one ``unsc`` command per step."""
    from unsc.council import council_on

    members = ",".join(m.code for m in council_on(DEMO_DATE).members)
    day = DEMO_DATE.isoformat()
    return [
        ("Who sat on the Council the day it adopted resolution 1718", ["council", day]),
        (
            "Resolution 1718, adopted unanimously (Art. 27(3): nine votes, no veto)",
            ["vote", "--date", day, "--yes", members],
        ),
        (
            "Had China and Russia voted no, as they threatened in July",
            ["vote", "--date", day, "--yes", _without(members, "CHN", "RUS"), "--no", "CHN,RUS"],
        ),
        ("Every veto since 1946, per decade", ["records", "vetoes"]),
        (
            "The same as a chart",
            ["records", "chart", "vetoes", "--out", str(out_dir / "vetoes.png")],
        ),
        ("Each member's voting power, exact", ["power", "--council", day]),
        (
            "The July 2006 negotiation: Japan's draft and the text that passed",
            ["negotiate", "2006-07"],
        ),
        (
            "The UN list's versions in the default store",
            ["lists", "versions", "--dataset", "un_sc"],
        ),
        (
            "What changed between the last two UN lists",
            ["lists", "diff", "{previous}", "{current}"],
        ),
        (
            "Screening a name written in another romanisation (Choe → Choi)",
            ["screen", "Choi Chun Sik", "--limit", "3"],
        ),
        ("The same person written in Hangul", ["screen", "최춘식", "--limit", "3"]),
    ]


def _without(codes: str, *drop: str) -> str:
    return ",".join(c for c in codes.split(",") if c not in drop)


def _import_shipped_lists() -> tuple[int, int]:
    """Import the shipped UN list versions into the default store (a no-op when present).

    Returns the version ids of the two newest, for the diff step.
    """
    from rich.progress import Progress

    from unsc.cli.output import console
    from unsc.sanctions.loader import SHIPPED, shipped
    from unsc.sanctions.store import Store

    store = Store()
    names = list(reversed(SHIPPED["un_sc"]))  # oldest first, as they were published
    versions: list[int] = []
    with Progress(console=console, transient=True) as bar:
        task = bar.add_task("importing the shipped UN lists", total=len(names))
        for name in names:
            versions.append(store.import_snapshot(shipped(name)).version)
            bar.advance(task)
    return versions[-2], versions[-1]


def demo(
    out_dir: Path = typer.Option(
        Path("demo-output"), "--out-dir", help="Where the demo writes its pictures."
    ),
) -> None:
    """Tour the main job on the embedded default store: council, vote, record, power,
    negotiation, lists and screening."""
    from rich.rule import Rule

    from unsc.cli.main import app
    from unsc.cli.output import console
    from unsc.errors import writing

    with writing(out_dir):
        out_dir.mkdir(parents=True, exist_ok=True)
    previous, current = _import_shipped_lists()
    for caption, args in _steps(out_dir):
        args = [a.format(previous=previous, current=current) for a in args]
        console.print()
        console.print(Rule(f"[bold]{caption}[/]", align="left"))
        console.print(f"[dim]$ unsc {shlex.join(args)}[/]")
        app(args=args, standalone_mode=False)
    console.print()
    console.print(
        f"Pictures are in {out_dir}/. Next: `unsc serve` and open http://127.0.0.1:8000/ui/"
    )


def register(app: typer.Typer) -> None:
    """Add the ``demo`` command to the root app."""
    app.command("demo")(report_errors(demo))
