"""Turning HTTP input into the negotiation library's terms: a scenario with members' votes
set by hand, and a text of its space."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from typing import Any

from unsc.errors import InvalidInput, NotFound
from unsc.service.errors import located, require_shipped

VOTE_CHOICES: tuple[str, ...] = ("yes", "abstain", "no")


def shipped_scenario(name: str) -> Any:
    """The shipped scenario ``name``; never a file of the server (the library reads paths)."""
    from unsc.negotiation import load_scenario, scenario_names

    require_shipped(name, scenario_names(), "scenario", "scenario")
    return load_scenario(name)


def shipped_body(name: str | None) -> Any:
    """The shipped decision body ``name`` (or one of its aliases), None for the scenario's own;
    never a file of the server."""
    from unsc.negotiation.bodies import body_names, load_body

    if name is None:
        return None
    hint = f"one of {', '.join(body_names())}"
    if any(c in name for c in "/\\.") or not name.strip():
        raise NotFound(f"unknown decision body {name!r}", field="body", hint=hint)
    try:
        return load_body(name)
    except NotFound as exc:
        raise NotFound(exc.message, field="body", hint=hint) from None


def scenario_with(name: str, overrides: Mapping[str, str]) -> Any:
    """The shipped scenario ``name`` with the given members' votes fixed (``yes|abstain|no``)."""
    from unsc.negotiation import Position
    from unsc.negotiation.positions import parse_level

    sc = shipped_scenario(name)
    if not overrides:
        return sc
    positions = dict(sc.positions)
    for code, word in overrides.items():
        if word not in VOTE_CHOICES:
            raise InvalidInput(
                f"member {code}: {word!r} is not a vote",
                field=f"positions.{code}",
                hint=f"one of {', '.join(VOTE_CHOICES)}",
            )
        if code not in positions and code not in sc.body.rule(sc.date).members:
            raise InvalidInput(
                f"{code} does not vote in this scenario",
                field=f"positions.{code}",
                hint=f"members: {', '.join(sorted(positions))}",
            )
        positions[code] = Position(
            code, default=parse_level(word, where=code), default_word=word, source="set by the user"
        )
    return dataclasses.replace(sc, positions=positions)


def choice_of(sc: Any, basis: str | None, picks: Mapping[str, str | None] | None) -> Any:
    """A choice of the scenario's space; the tabled text where nothing is given."""
    space = sc.space
    original = space.original()
    if basis is None and picks is None:
        return original
    tabled = {slot.id: pick for slot, pick in zip(space.slots, original.picks, strict=True)}
    chosen = dict(tabled if picks is None else picks)
    with located("basis"):
        space.basis(basis or original.basis)
    for slot_id, pick in chosen.items():
        with located(f"picks.{slot_id}"):
            slot = space.slot(slot_id)
            if pick is not None:
                slot.variant(pick)
    return space.choice(basis or original.basis, chosen)


def check_must_stay(sc: Any, must_stay: Sequence[str]) -> tuple[str, ...]:
    """``must_stay`` if every id in it names a paragraph of the scenario."""
    for slot_id in must_stay:
        with located("must_stay"):
            sc.space.slot(slot_id)
    return tuple(must_stay)


def predict_text(sc: Any, choice: Any, *, assume: str, firm_red_lines: bool) -> dict[str, Any]:
    """The predicted votes and decision on ``choice``, as JSON."""
    from unsc.negotiation import predict
    from unsc.negotiation.positions import ASSUMPTIONS

    if assume not in ASSUMPTIONS:
        raise InvalidInput(
            f"unknown assumption {assume!r}",
            field="assume",
            hint=f"one of {', '.join(ASSUMPTIONS)}",
        )
    prediction = predict(
        sc.space,
        choice,
        sc.positions,
        sc.body,
        sc.date,
        assume=assume,
        firm_red_lines=firm_red_lines,
    )
    out: dict[str, Any] = prediction.to_dict(sc.space)
    out["veto_holders"] = sorted(prediction.veto_holders)
    return out


def describe(sc: Any) -> dict[str, Any]:
    """A scenario's space and positions, for clients that build their own texts."""
    original = sc.space.original()
    return {
        "name": sc.name,
        "title": sc.title,
        "date": sc.date.isoformat(),
        "body": sc.body.id,
        "bases": [
            {"id": b.id, "label": b.label, "chapter_vii": b.chapter_vii} for b in sc.space.bases
        ],
        "tabled": {
            "basis": original.basis,
            "picks": {s.id: p for s, p in zip(sc.space.slots, original.picks, strict=True)},
        },
        "slots": [
            {
                "id": s.id,
                "label": s.label,
                "must_stay": s.must_stay,
                "in_original": s.in_original,
                "variants": [{"id": v.id, "label": v.label, "text": v.text} for v in s.variants],
            }
            for s in sc.space.slots
        ],
        "positions": {code: p.to_dict() for code, p in sc.positions.items()},
        "sources": list(sc.sources),
        "assumptions": list(sc.assumptions),
    }
