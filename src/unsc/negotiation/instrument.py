"""The alternative instrument: could the Council agree a presidential statement instead?

A presidential statement is agreed by consensus (no member objects) and binds no one, so
only what a statement can say is eligible: no Chapter VII basis, no binding paragraph, no
measure. The search looks for the strongest such text that every member can live with and
compares it with the strongest unanimous resolution.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from unsc.drafts import Instrument
from unsc.errors import InvalidInput
from unsc.negotiation.bodies import Body
from unsc.negotiation.build import compose, composed_strength
from unsc.negotiation.predict import Prediction, predict
from unsc.negotiation.scenario import Scenario
from unsc.negotiation.search import SearchOptions, strongest
from unsc.negotiation.space import SCALE, Space

STATEMENT = Instrument.PRESIDENTIAL_STATEMENT
KIND = STATEMENT.value


def presidential_statement(
    sc: Scenario,
    body: Body,
    space: Space,
    resolution: Prediction | None,
    opts: SearchOptions,
) -> dict[str, Any]:
    """Whether a presidential statement could be agreed, which one, and how it compares."""
    statement_body = body.instrument(KIND)
    preferred = sorted(code for code, p in sc.positions.items() if p.prefers == KIND)
    out: dict[str, Any] = {
        "instrument": KIND,
        "rule": f"{STATEMENT.adoption}: agreed unless a member objects; binds no one",
        "preferred_by": preferred,
        "binding": STATEMENT.can_bind,
    }
    try:
        sub = space.restricted(
            chapter_vii=False,
            allow_binding=STATEMENT.can_bind,
            allow_measures=False,
            instrument=KIND,
        )
    except InvalidInput as exc:
        return {**out, "agreed": False, "paragraphs": [], "note": exc.message}
    if not sub.slots:
        return {
            **out,
            "agreed": False,
            "paragraphs": [],
            "note": "every paragraph binds or imposes measures: nothing a statement can say",
        }
    rule = statement_body.rule(sc.date)
    terms = SearchOptions(assume=opts.assume, firm_red_lines=opts.firm_red_lines)
    found = strongest(sub, sc.positions, rule, terms)
    kw: dict[str, Any] = {"assume": opts.assume, "firm_red_lines": opts.firm_red_lines}
    if found.choice is None:
        fullest = sub.choice(sub.bases[0].id, {s.id: s.variants[0].id for s in sub.slots})
        pred = predict(sub, fullest, sc.positions, statement_body, sc.date, **kw)
        return {
            **out,
            "agreed": False,
            "paragraphs": [],
            "objecting": list(pred.decision.blocked_by),
            "note": "no statement text is acceptable to every member",
        }
    pred = predict(sub, found.choice, sc.positions, statement_body, sc.date, **kw)
    draft = dataclasses.replace(compose(sc.draft, sub, found.choice), instrument=STATEMENT)
    desc = sub.describe(found.choice)
    result = {
        **out,
        "agreed": pred.decision.adopted,
        "standing_aside": [c for c, mv in pred.votes.items() if mv.vote.name == "ABSTAIN"],
        "paragraphs": desc["paragraphs"],
        "strength": composed_strength(draft) / SCALE,
    }
    if resolution is not None:
        result["compared_with_resolution"] = (
            "a unanimous resolution is possible "
            f"(strength {space.strength(resolution.choice) / SCALE:g}); it binds where a "
            "statement only speaks, so the statement is the fallback, not the best outcome"
        )
    else:
        result["compared_with_resolution"] = (
            "no resolution can be adopted unanimously; the statement is the strongest text "
            "the whole Council can agree on"
        )
    return result
