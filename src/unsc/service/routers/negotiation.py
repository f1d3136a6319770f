"""Negotiation: scenarios, the predicted vote on a text, the strongest text that passes.
Mirrors ``unsc negotiate``."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter
from fastapi import Path as PathParam

from unsc.service.negotiation_edge import (
    check_must_stay,
    choice_of,
    describe,
    predict_text,
    scenario_with,
    shipped_body,
)
from unsc.service.schemas import NegotiateIn, PredictIn

router = APIRouter(prefix="/negotiation", tags=["negotiation"])

SCENARIO = PathParam(..., description="a shipped scenario", examples=["2006-07"])


@router.get("/scenarios", summary="The shipped scenarios")
def scenarios() -> dict[str, Any]:
    from unsc.negotiation import load_scenario, scenario_names

    out = []
    for name in scenario_names():
        sc = load_scenario(name)
        out.append({"name": name, "title": sc.title, "date": sc.date.isoformat()})
    return {"scenarios": out}


@router.get("/{scenario}", summary="A scenario: bases, paragraphs and wordings, positions")
def scenario(scenario: str = SCENARIO) -> dict[str, Any]:
    return describe(scenario_with(scenario, {}))


@router.post("/{scenario}/predict", summary="Predicted votes and outcome of one text")
def predict(body: PredictIn, scenario: str = SCENARIO) -> dict[str, Any]:
    sc = scenario_with(scenario, body.positions)
    choice = choice_of(sc, body.basis, body.picks)
    return predict_text(sc, choice, assume=body.assume, firm_red_lines=body.firm_red_lines)


@router.post("/{scenario}/negotiate", summary="The strongest text that passes, and why")
def negotiate(body: NegotiateIn, scenario: str = SCENARIO) -> dict[str, Any]:
    from unsc.negotiation import negotiate as run

    sc = scenario_with(scenario, body.positions)
    result = run(
        sc,
        body=shipped_body(body.body),
        unanimous=body.unanimous,
        no_permanent_abstention=body.no_permanent_abstention,
        must_stay=check_must_stay(sc, body.must_stay),
        assume=body.assume,
        firm_red_lines=body.firm_red_lines,
        prst=body.prst,
    )
    out: dict[str, Any] = result.to_dict()
    return out
