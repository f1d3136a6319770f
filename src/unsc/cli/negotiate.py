"""CLI command: ``unsc negotiate SCENARIO`` — vote prediction and compromise search."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import typer
from rich.markup import escape

from unsc.cli.output import report_errors

if TYPE_CHECKING:
    from rich.console import Console

    from unsc.negotiation import Negotiation

_STYLE = {"yes": "green", "abstain": "yellow", "no": "red"}
_OUTCOME = {"adopted": "bold green", "vetoed": "bold red", "failed": "red", "none": "dim"}


def register(app: typer.Typer) -> None:
    """Add this module's commands to the root app."""

    @app.command()
    @report_errors
    def negotiate(
        scenario: str = typer.Argument(
            ..., help="A shipped scenario (2006-07, 2006-10) or a scenario YAML file."
        ),
        unanimous: bool = typer.Option(False, "--unanimous", help="Require all members' yes."),
        no_p5_abstention: bool = typer.Option(
            False, "--no-p5-abstention", help="Forbid abstentions by permanent members."
        ),
        keep: list[str] = typer.Option(
            [], "--keep", help="A paragraph that must stay (repeatable), e.g. --keep OP1."
        ),
        draft: list[str] = typer.Option(
            [],
            "--draft",
            help="Also predict this text (shipped draft name or file; repeatable).",
        ),
        body: str | None = typer.Option(
            None, "--body", help="Decision body: security-council, six-party-talks, or a file."
        ),
        prst: bool = typer.Option(
            True, "--prst/--no-prst", help="Ask whether a presidential statement could be agreed."
        ),
        assume: str = typer.Option(
            "expected",
            "--assume",
            help="Where the record leaves a vote open: expected, pessimistic or optimistic.",
        ),
        firm_red_lines: bool = typer.Option(
            False, "--firm-red-lines", help="Hold members to red lines they yielded in the record."
        ),
        as_json: bool = typer.Option(False, "--json", help="Print one JSON document."),
    ) -> None:
        """Predict the vote on a draft and search the strongest text that passes."""
        from unsc.cli.output import console, print_json
        from unsc.negotiation import negotiate as run

        result = run(
            scenario,
            body=body,
            unanimous=unanimous,
            no_permanent_abstention=no_p5_abstention,
            must_stay=tuple(keep),
            assume=assume,
            firm_red_lines=firm_red_lines,
            prst=prst,
            drafts=tuple(draft),
        )
        if as_json:
            print_json(result.to_dict())
            return
        render(result, console)


def _vote_cell(vote: str, member: str, doc: dict[str, Any], veto: frozenset[str]) -> str:
    if vote == "no" and member in veto:
        text = "[bold white on red] VETO [/]"
    else:
        text = f"[{_STYLE[vote]}]{vote}[/]"
    span = doc.get("uncertain", {}).get(member)
    if span:
        other = span["best"] if span["best"] != vote else span["worst"]
        text += f" [dim](or {other})[/]"
    return text


def _outcome(doc: dict[str, Any]) -> str:
    outcome = doc.get("outcome", "none")
    text = f"[{_OUTCOME.get(outcome, 'bold')}]{outcome}[/]"
    if doc.get("tally"):
        text += f" {doc['tally']}"
    return text


def _basis(doc: dict[str, Any]) -> str:
    if not doc.get("chapter_vii"):
        return "no Chapter VII"
    return "Chapter VII, Art. 41" if doc.get("article_41") else "Chapter VII"


def _shape(doc: dict[str, Any]) -> tuple[Any, ...]:
    """What tells two texts apart: the basis and the wordings."""
    return (doc.get("basis"), tuple((p["slot"], p["variant"]) for p in doc.get("paragraphs", [])))


def _columns(doc: dict[str, Any]) -> tuple[list[tuple[str, dict[str, Any]]], bool]:
    """The texts to show side by side (each once), and whether the two optima coincide."""
    columns: list[tuple[str, dict[str, Any]]] = [("as tabled", doc["original"])]
    seen = [_shape(doc["original"])]
    for option in doc["options"]:
        if _shape(option) not in seen:
            seen.append(_shape(option))
            columns.append((option["name"], option))
    adopted, unanimous = doc["strongest_adopted"], doc["strongest_unanimous"]
    same = bool(adopted.get("possible") and unanimous.get("possible")) and (
        _shape(adopted) == _shape(unanimous)
    )
    if same:
        columns.append(("strongest adopted (= unanimous)", adopted))
    else:
        for found, label in ((adopted, "strongest adopted"), (unanimous, "strongest unanimous")):
            if found.get("possible"):
                columns.append((label, found))
    return columns, same


def _text_lines(found: dict[str, Any]) -> list[str]:
    lines = [f"{_outcome(found)}, strength {found['strength']:g}, {_basis(found)}"]
    for i, p in enumerate(found["paragraphs"], start=1):
        text = p["text"] if len(p["text"]) < 150 else p["text"][:147] + "..."
        if p.get("subparagraphs"):
            text += f" ({p['subparagraphs'][0]})-({p['subparagraphs'][-1]})"
        extra = f" [dim]({', '.join(p['measures'])})[/]" if p.get("measures") else ""
        where = escape(f"{p['slot']}/{p['variant']}")
        lines.append(f"[bold]{i}.[/] [dim]{where}[/] {escape(text)}{extra}")
    if found.get("dropped"):
        lines.append(f"[dim]dropped: {', '.join(found['dropped'])}[/]")
    if found.get("red_lines_crossed"):
        crossed = escape("; ".join(found["red_lines_crossed"]))
        lines.append(f"[yellow]red lines yielded: {crossed}[/]")
    for t in found.get("trade_offs", []):
        kept = t["if_kept"]
        cost = (
            f" [dim](without this change: best text {kept['strength']:g}, {-kept['cost']:+g})[/]"
            if kept.get("possible")
            else " [dim](without this change: no text passes on these terms)[/]"
        )
        lines.append(f"• {escape(t['explanation'])}{cost}")
    return lines


def render(result: Negotiation, console: Console) -> None:
    """The negotiation as Rich tables: votes per member, texts, trade-offs, alternatives."""
    from rich.panel import Panel
    from rich.table import Table

    doc = result.to_dict()
    veto = result.original.veto_holders
    console.print(
        Panel.fit(
            f"[bold]{escape(doc['title'])}[/]\n{escape(result.body.name)}, {doc['date']}",
            title=f"unsc negotiate {doc['scenario']}",
        )
    )
    columns, same = _columns(doc)
    votes = Table(title="Predicted votes")
    votes.add_column("member", style="bold")
    for name, _ in columns:
        votes.add_column(escape(name), overflow="fold", max_width=22)
    for member in doc["original"]["votes"]:
        cells = [_vote_cell(col["votes"][member], member, col, veto) for _, col in columns]
        votes.add_row(member + (" (P)" if member in veto else ""), *cells)
    votes.add_section()
    votes.add_row("outcome", *(_outcome(col) for _, col in columns))
    votes.add_row("basis", *(_basis(col) for _, col in columns))
    votes.add_row("strength", *(f"{col.get('strength', 0):g}" for _, col in columns))
    console.print(votes)

    original = doc["original"]
    why = Table(title="Why, as tabled")
    for name in ("member", "vote", "reasons"):
        why.add_column(name, overflow="fold")
    for member, vote in original["votes"].items():
        if vote != "yes" or member in original.get("uncertain", {}):
            reasons = escape("\n".join(original["reasons"][member]))
            why.add_row(member, _vote_cell(vote, member, original, veto), reasons)
    if why.row_count:
        console.print(why)

    texts = Table(title="Texts evaluated")
    for name in (
        "text",
        "paragraphs (wording if not as tabled)",
        "dropped",
        "outcome",
        "blocked by",
    ):
        texts.add_column(name, overflow="fold")
    for name, col in columns:
        paras = ", ".join(
            p["slot"] + ("" if p["variant"] == "original" else f"({p['variant']})")
            for p in col.get("paragraphs", [])
        )
        blockers = ", ".join(col.get("vetoed_by", []) + col.get("blocked_by", []))
        texts.add_row(
            escape(name), escape(paras), ", ".join(col.get("dropped", [])), _outcome(col), blockers
        )
    console.print(texts)

    adopted, unanimous = doc["strongest_adopted"], doc["strongest_unanimous"]
    panels = (
        [(adopted, "Strongest adopted text (also unanimous)")]
        if same
        else [(adopted, "Strongest adopted text"), (unanimous, "Strongest unanimous text")]
    )
    for found, label in panels:
        if found.get("possible"):
            console.print(Panel("\n".join(_text_lines(found)), title=label))
        else:
            console.print(f"[bold]{label}:[/] {escape(found.get('note', 'none'))}")

    flips = doc.get("flips") or {}
    lines = [f"pivotal: {m}" for m in flips.get("members", [])]
    if not lines:
        lines = [
            "together: "
            + ", ".join(f"{m} {v}" for m, v in g["votes"].items())
            + f" → {g['outcome']} {g['tally']}"
            for g in flips.get("member_groups", [])[:4]
        ]
    if flips.get("text"):
        t = flips["text"]
        edits = escape("; ".join(t["edits"]))
        lines.append(f"fewest edits: {edits} → {t['outcome']} {t['tally']}")
    if lines:
        console.print(Panel("\n".join(lines), title="What would flip the tabled text"))

    alt = doc.get("alternative_instrument")
    if alt is not None:
        if alt.get("agreed"):
            paras = ", ".join(p["slot"] for p in alt["paragraphs"])
            text = f"[green]could be agreed[/] by consensus ({paras}); binds no one."
            if alt.get("standing_aside"):
                text += f" Standing aside: {', '.join(alt['standing_aside'])}."
        else:
            text = f"[red]could not be agreed[/]: {escape(alt.get('note', ''))}"
        if alt.get("preferred_by"):
            text += f"\nPreferred by {', '.join(alt['preferred_by'])}."
        if alt.get("compared_with_resolution"):
            text += f"\n{escape(alt['compared_with_resolution'])}"
        console.print(Panel(text, title="Alternative instrument: presidential statement"))
    console.print(Panel(escape(result.headline), title="In short"))
    for warning in doc["warnings"]:
        console.print(f"[yellow]note:[/] {escape(warning)}")
