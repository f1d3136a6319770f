"""CLI commands: ``unsc council``, ``unsc vote``, ``unsc records ...``, ``unsc power``."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import typer

from unsc.cli.output import report_errors

_JSON = typer.Option(False, "--json", help="Print one JSON object.")
_VOTE_STYLE = {
    "yes": "green",
    "no": "red",
    "abstain": "yellow",
    "absent": "dim",
    "not_participating": "dim",
}


def _codes(text: str | None) -> list[str]:
    return [c.strip() for c in (text or "").split(",") if c.strip()]


@report_errors
def council_cmd(
    date: str = typer.Argument(..., help="A date, YYYY-MM-DD (1946-01-01 to 2027-12-31)."),
    as_json: bool = _JSON,
) -> None:
    """The Council on DATE: its members, permanent seats and president."""
    from rich.table import Table

    from unsc.cli.output import console, print_json
    from unsc.council import council_on, parse_date

    council = council_on(parse_date(date))
    if as_json:
        print_json(council.to_dict())
        return
    table = Table(title=f"Security Council on {council.date.isoformat()} ({council.seats} seats)")
    table.add_column("code")
    table.add_column("name")
    table.add_column("seat")
    for member in council.members:
        mark = " (president)" if member.code == council.president.code else ""
        table.add_row(
            member.code,
            f"{member.name}{mark}",
            "permanent" if member.permanent else "elected",
            style="bold" if member.code == council.president.code else None,
        )
    console.print(table)
    if council.president_note:
        console.print(f"[yellow]president: {council.president_note}[/yellow]")


@report_errors
def vote_cmd(
    file: Path | None = typer.Argument(None, help="A ballot file (YAML), see docs/council.md."),
    date: str | None = typer.Option(None, "--date", help="Date of the vote, YYYY-MM-DD."),
    yes: str | None = typer.Option(None, "--yes", help="Codes voting in favour, comma-separated."),
    no: str | None = typer.Option(None, "--no", help="Codes voting against."),
    abstain: str | None = typer.Option(None, "--abstain", help="Codes abstaining."),
    absent: str | None = typer.Option(None, "--absent", help="Codes absent."),
    not_participating: str | None = typer.Option(
        None, "--not-participating", help="Codes not participating."
    ),
    procedural: bool = typer.Option(False, "--procedural", help="A procedural decision."),
    parties: str | None = typer.Option(
        None,
        "--parties",
        help="Parties to the dispute (makes it a Chapter VI / Art. 52(3) decision).",
    ),
    as_json: bool = _JSON,
) -> None:
    """Decide a ballot under Art. 27: adopted, failed for lack of votes, or vetoed."""
    from unsc.cli.output import print_json
    from unsc.council import Ballot, DecisionKind, decide, parse_date
    from unsc.council.ballot_file import load_ballot
    from unsc.errors import InvalidInput

    if file is not None:
        ballot = load_ballot(file)
    else:
        if date is None:
            raise InvalidInput("a ballot needs a date", hint="give --date YYYY-MM-DD or a FILE")
        kind = DecisionKind.SUBSTANTIVE
        if procedural:
            kind = DecisionKind.PROCEDURAL
        elif parties:
            kind = DecisionKind.PACIFIC_SETTLEMENT
        ballot = Ballot.from_lists(
            parse_date(date),
            yes=_codes(yes),
            no=_codes(no),
            abstain=_codes(abstain),
            absent=_codes(absent),
            not_participating=_codes(not_participating),
            kind=kind,
            parties=_codes(parties),
        )
    outcome = decide(ballot)
    if as_json:
        print_json(outcome.to_dict())
        return
    _show_outcome(outcome)


def _show_outcome(outcome: Any) -> None:
    from rich.table import Table

    from unsc.cli.output import console

    colour = {"adopted": "green", "failed": "yellow", "vetoed": "bold red"}[outcome.outcome]
    console.print(
        f"[{colour}]{outcome.outcome.upper()}[/]  "
        f"{outcome.yes}-{outcome.no}-{outcome.abstain}  (needed {outcome.required})"
    )
    for label, count, style in (
        ("yes", outcome.yes, "green"),
        ("no", outcome.no, "red"),
        ("abstain", outcome.abstain, "yellow"),
        ("absent", outcome.absent, "dim"),
    ):
        bar = (
            "█" * count + "·" * max(0, outcome.required - count) if label == "yes" else "█" * count
        )
        console.print(f"  {label:<8}[{style}]{bar}[/] {count}")
    table = Table(show_header=True)
    table.add_column("member")
    table.add_column("vote")
    for code, vote in outcome.votes.items():
        veto = code in outcome.vetoed_by
        table.add_row(
            code,
            f"[{_VOTE_STYLE[vote.value]}]{vote.value}[/]"
            + ("  [bold white on red] VETO [/]" if veto else ""),
        )
    console.print(table)
    console.print(outcome.explanation)


@report_errors
def power_cmd(
    file: Path | None = typer.Argument(None, help="A game file (YAML), see docs/council.md."),
    council: str | None = typer.Option(None, "--council", help="The Council on DATE."),
    quota: str | None = typer.Option(
        None,
        "--quota",
        help="Quota of a weighted game (a number, a fraction like 2/3, or a percentage 50%).",
    ),
    weights: str | None = typer.Option(None, "--weights", help="Weights, comma-separated."),
    players: str | None = typer.Option(None, "--players", help="Player names, comma-separated."),
    indices: str | None = typer.Option(
        None, "--indices", help="Only these indices, comma-separated (default: all six)."
    ),
    as_json: bool = _JSON,
) -> None:
    """Exact power indices of the Council on a date, a weighted game or a game file."""
    from unsc.cli.output import print_json
    from unsc.council import parse_date
    from unsc.council.power import ALL_INDICES, council_game, engine_for, game_from_dict
    from unsc.council.power import power_indices as compute
    from unsc.errors import InvalidInput

    given = [x for x in (file, council, weights) if x is not None]
    if len(given) != 1:
        raise InvalidInput(
            "give exactly one game: FILE, --council DATE, or --quota and --weights",
            hint="e.g. unsc power --council 2006-10-14",
        )
    if file is not None:
        from unsc.yamltext import read_yaml

        game = game_from_dict(read_yaml(file, "the game"), source=str(file))
    elif council is not None:
        game = council_game(parse_date(council))
    else:
        if quota is None:
            raise InvalidInput("--weights needs --quota", hint="e.g. --quota 51 --weights 50,30,20")
        try:
            values = [int(w) for w in _codes(weights)]
        except ValueError:
            raise InvalidInput(
                f"weights {(weights or '')[:60]!r} are not integers", hint="e.g. --weights 50,30,20"
            ) from None
        game = game_from_dict(
            {"quota": quota, "weights": values, "players": _codes(players)},
            source="the command line",
        )
    wanted = tuple(_codes(indices)) or ALL_INDICES
    result = compute(game, wanted)
    doc = {
        "game": game.describe(),
        "engine": engine_for(game, frozenset(wanted)),
        "players": [p.to_dict() for p in result],
    }
    if as_json:
        print_json(doc)
        return
    _show_power(doc, wanted)


def _show_power(doc: dict[str, Any], wanted: tuple[str, ...]) -> None:
    from fractions import Fraction

    from rich.table import Table

    from unsc.cli.output import console

    title = doc["game"] if len(doc["game"]) < 90 else doc["game"][:87] + "..."
    table = Table(title=f"Power indices of {title}", caption=f"exact ({doc['engine']} engine)")
    table.add_column("player")
    table.add_column("weight", justify="right")
    for name in wanted:
        table.add_column(name.replace("_", " "), justify="right")
    for row in doc["players"]:
        cells = []
        for name in wanted:
            text = row[name]
            cells.append(text if len(text) <= 12 else f"≈{float(Fraction(text)):.6f}")
        table.add_row(row["code"], str(row["weight"]), *cells)
    console.print(table)


records_app = typer.Typer(
    name="records", help="The historical record of decisions, 1946-2022.", no_args_is_help=True
)


@records_app.command("check")
@report_errors
def records_check_cmd(as_json: bool = _JSON) -> None:
    """Recompute every recorded outcome from its tally and print N checked, M disagree."""
    from unsc.cli.output import console, print_json, progress_bar
    from unsc.council.check import check_record

    with progress_bar() as bar:
        task = bar.add_task("checking the record", total=None)
        report = check_record(
            progress=lambda done, total: bar.update(task, completed=done, total=total)
        )
    if as_json:
        print_json(report.to_dict())
        return
    console.print(
        f"{report.checked} checked, {report.disagree} disagree "
        f"({report.unchecked} decisions without a tally not checked)"
    )
    for item in report.anomalies:
        mark = "[green]documented[/]" if item.documented else "[bold red]UNDOCUMENTED[/]"
        console.print(
            f"- [bold]{item.id}[/] ({item.date}): recorded {item.recorded}, rules give "
            f"{item.computed}. {item.detail}. {mark}"
        )
        if item.reason:
            console.print(f"  [dim]{item.reason}[/]")
    corrected = report.to_dict()["corrected"]
    if corrected:
        console.print(
            f"{len(corrected)} misprints of the meeting tables set right in the record "
            f"({', '.join(corrected)}; each decision's note says what and why)"
        )


@records_app.command("list")
@report_errors
def records_list_cmd(
    year: int | None = typer.Option(None, "--year", help="Only this year."),
    vetoed_by: str | None = typer.Option(None, "--vetoed-by", help="Only vetoes cast by CODE."),
    topic: str | None = typer.Option(None, "--topic", help="Topic contains this text."),
    member: str | None = typer.Option(None, "--member", help="Vetoed by, or named in the topic."),
    kind: str | None = typer.Option(
        None, "--kind", help="resolution, vetoed_draft, failed_draft or presidential_statement."
    ),
    limit: int = typer.Option(0, "--limit", min=0, help="At most this many (0: all)."),
    as_json: bool = _JSON,
) -> None:
    """List decisions of the record, filtered by year, topic, member, veto or kind."""
    from rich.table import Table

    from unsc.cli.output import console, print_json
    from unsc.council.record import RecordKind, load_record
    from unsc.errors import InvalidInput

    if kind is not None and kind not in {k.value for k in RecordKind}:
        raise InvalidInput(
            f"unknown kind {kind!r}", hint="one of: " + ", ".join(k.value for k in RecordKind)
        )
    found = load_record().query(
        year=year, vetoed_by=vetoed_by, topic=topic, member=member, kind=kind
    )
    if limit:
        found = found[:limit]
    if as_json:
        print_json({"count": len(found), "decisions": [d.to_dict() for d in found]})
        return
    table = Table(title=f"{len(found)} decisions")
    for column in ("date", "decision", "outcome", "tally", "vetoed by", "topic"):
        table.add_column(column)
    style = {"adopted": "green", "vetoed": "bold red", "failed": "yellow", "statement": "cyan"}
    for d in found:
        tally = "-".join(map(str, d.tally)) if d.tally else ""
        table.add_row(
            d.date.isoformat() if d.date else "",
            d.symbol or d.id,
            f"[{style[d.outcome]}]{d.outcome}[/]",
            tally,
            ",".join(d.vetoed_by),
            d.topic[:60],
        )
    console.print(table)


@records_app.command("vetoes")
@report_errors
def records_vetoes_cmd(as_json: bool = _JSON) -> None:
    """Vetoes per permanent member per decade (official veto list)."""
    from rich.table import Table

    from unsc.cli.output import console, print_json
    from unsc.council.record import load_record

    table_data = load_record().vetoes_by_decade()
    if as_json:
        print_json({"by_decade": {f"{d}s": row for d, row in table_data.items()}})
        return
    codes = ("SUN", "RUS", "USA", "GBR", "FRA", "CHN")
    table = Table(title="Vetoes per decade")
    table.add_column("decade")
    for code in codes:
        table.add_column(code, justify="right")
    for decade, row in table_data.items():
        table.add_row(f"{decade}s", *(str(row.get(c, "")) for c in codes))
    console.print(table)


@records_app.command("chart")
@report_errors
def records_chart_cmd(
    what: str = typer.Argument("vetoes", help="What to chart: vetoes."),
    out: Path = typer.Option(..., "--out", help="PNG file to write."),
    per: str = typer.Option("year", "--per", help="year or decade."),
    as_json: bool = _JSON,
) -> None:
    """Chart the record: vetoes over time by permanent member (PNG)."""
    from unsc.cli.output import console, print_json
    from unsc.council.chart import plot_vetoes
    from unsc.errors import InvalidInput, writing

    if what != "vetoes":
        raise InvalidInput(f"no chart {what!r}", hint="available: vetoes")
    if per not in ("year", "decade"):
        raise InvalidInput(f"--per {per!r} is not year or decade")
    with writing(out):
        path = plot_vetoes(path=out, per=per)
    if as_json:
        print_json({"chart": what, "path": str(path)})
        return
    console.print(f"wrote {path}")


def register(app: typer.Typer) -> None:
    """Add this module's commands to the root app."""
    app.command("council")(council_cmd)
    app.command("vote")(vote_cmd)
    app.command("power")(power_cmd)
    app.add_typer(records_app)
