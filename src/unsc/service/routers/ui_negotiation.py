"""Web UI: a negotiation scenario with paragraphs and positions to toggle, a live tally and
the search for the strongest text that passes."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from unsc.errors import UnscError
from unsc.service.negotiation_edge import (
    VOTE_CHOICES,
    check_must_stay,
    choice_of,
    describe,
    predict_text,
    scenario_with,
)
from unsc.service.pages import error_fragment, render

router = APIRouter(prefix="/ui", include_in_schema=False)

DEFAULT_SCENARIO = "2006-07"
DROP = "__drop__"


def _terms(form: Any, sc: Any) -> tuple[str, dict[str, str | None], dict[str, str], str]:
    """(basis, picks, position overrides, assumption) from the page's form fields."""
    basis = str(form.get("basis") or sc.space.original().basis)
    picks: dict[str, str | None] = {}
    for slot in sc.space.slots:
        value = form.get(f"slot_{slot.id}")
        if value is None:
            continue
        picks[slot.id] = None if value == DROP else str(value)
    overrides = {
        code: str(form.get(f"pos_{code}"))
        for code in sc.positions
        if form.get(f"pos_{code}") in VOTE_CHOICES
    }
    return basis, picks, overrides, str(form.get("assume") or "expected")


@router.get("/negotiation", response_class=HTMLResponse)
def negotiation_page(request: Request, scenario: str = DEFAULT_SCENARIO) -> HTMLResponse:
    from unsc.negotiation import scenario_names

    try:
        sc = scenario_with(scenario, {})
        params = request.query_params
        basis, picks, overrides, assume = _terms(params, sc)
        sc = scenario_with(scenario, overrides)
        choice = choice_of(sc, basis, picks or None)
        tally = predict_text(sc, choice, assume=assume, firm_red_lines=False)
    except UnscError as exc:
        return render(
            request,
            "negotiation.html",
            page="negotiation",
            error=exc.to_dict(),
            scenarios=scenario_names(),
            scenario=scenario,
            info=None,
        )
    info = describe(sc)
    picked = {s.id: p for s, p in zip(sc.space.slots, choice.picks, strict=True)}
    return render(
        request,
        "negotiation.html",
        page="negotiation",
        error=None,
        scenarios=scenario_names(),
        scenario=scenario,
        info=info,
        basis=choice.basis,
        picked=picked,
        overrides=overrides,
        assume=assume,
        tally=tally,
        drop=DROP,
        vote_choices=VOTE_CHOICES,
        names=_names(sc),
    )


@router.post("/negotiation/{scenario}/tally", response_class=HTMLResponse)
async def negotiation_tally(request: Request, scenario: str) -> HTMLResponse:
    form = await request.form()
    try:
        sc = scenario_with(scenario, {})
        basis, picks, overrides, assume = _terms(form, sc)
        sc = scenario_with(scenario, overrides)
        tally = predict_text(sc, choice_of(sc, basis, picks), assume=assume, firm_red_lines=False)
    except UnscError as exc:
        return error_fragment(request, exc)
    return render(request, "partials/tally.html", tally=tally, names=_names(sc))


@router.post("/negotiation/{scenario}/strongest", response_class=HTMLResponse)
async def negotiation_strongest(request: Request, scenario: str) -> HTMLResponse:
    from unsc.negotiation import negotiate

    form = await request.form()
    try:
        sc = scenario_with(scenario, {})
        _, _, overrides, assume = _terms(form, sc)
        must_stay = check_must_stay(sc, [str(v) for v in form.getlist("must_stay")])
        result = negotiate(
            scenario_with(scenario, overrides),
            assume=assume,
            must_stay=must_stay,
            unanimous=form.get("unanimous") == "on",
        ).to_dict()
    except UnscError as exc:
        return error_fragment(request, exc)
    return render(
        request,
        "partials/strongest.html",
        result=result,
        scenario=scenario,
        overrides=overrides,
        assume=assume,
        drop=DROP,
        names=_names(sc),
    )


def _names(sc: Any) -> dict[str, str]:
    from unsc.council import name_of

    out = {}
    for code in sc.positions:
        try:
            out[code] = name_of(code, sc.date)
        except UnscError:
            out[code] = code
    return out
