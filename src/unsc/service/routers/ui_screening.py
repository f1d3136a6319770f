"""Web UI: screening a name with explained hits, queueing a hit for review. The list may be
one dataset or several (``un_sc,ofac_sdn``, ``all``), as everywhere in the service."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, File, Form, Request, UploadFile
from fastapi.responses import HTMLResponse

from unsc.errors import InvalidInput, UnscError
from unsc.service import jobs as job_store
from unsc.service import review
from unsc.service.auth import require
from unsc.service.context import ServiceContext
from unsc.service.datasets import ALL
from unsc.service.deps import context
from unsc.service.matching import SCHEMAS, result, to_query
from unsc.service.pages import error_fragment, render, ui_principal
from unsc.service.queueing import new_item
from unsc.service.routers.screening import queue_job, start_batch

router = APIRouter(prefix="/ui", include_in_schema=False)

# (FtM schema, label); first the default: any kind, as the CLI without --schema (Person
# first held an exact listed firm's name at 0.70, "below threshold")
SCHEMA_CHOICES = (
    ("LegalEntity", "any kind"),
    ("Person", "Person"),
    ("Organization", "Organization"),
    ("Vessel", "Vessel"),
    ("Airplane", "Airplane"),
)


def _example(
    schema: str, name: str, birth_date: str, country: str, identifier: str
) -> tuple[str, dict[str, list[str]]]:
    """A FtM example entity from the search form's fields; an unknown schema is refused, as
    the JSON API refuses it."""
    if schema not in SCHEMAS:
        raise InvalidInput(
            f"schema {schema!r} cannot be matched",
            field="schema",
            hint=f"use one of {', '.join(SCHEMAS)}",
        )
    props: dict[str, list[str]] = {"name": [name.strip()]}
    if birth_date.strip() and schema == "LegalEntity":
        schema = "Person"  # any kind, but a date of birth is a person's (LegalEntity has none)
    if birth_date.strip() and schema == "Person":
        props["birthDate"] = [birth_date.strip()]
    if country.strip():
        key = {"Person": "nationality", "Vessel": "flag"}.get(schema, "country")
        props[key] = [country.strip()]
    if identifier.strip():
        key = {"Person": "passportNumber", "Vessel": "imoNumber"}.get(schema, "registrationNumber")
        props[key] = [identifier.strip()]
    return schema, props


def _screen(
    ctx: ServiceContext,
    dataset: str,
    schema: str,
    props: dict[str, list[str]],
    threshold: float | None,
    limit: int,
) -> tuple[Any, list[Any]]:
    served = ctx.datasets.get(dataset)
    query = to_query("search", schema, dict(props))
    floor = 0.5 if threshold is None else min(0.5, threshold)
    hits = served.screener.screen(query, limit=limit, threshold=floor)
    from unsc.screening import DEFAULT_THRESHOLD

    limit_score = DEFAULT_THRESHOLD if threshold is None else threshold
    for hit in hits:
        hit.match = hit.score >= limit_score
        hit.explanation["threshold"] = limit_score
    return served, hits


def _threshold(text: str) -> float | None:
    """The form's threshold: empty for the default, else a score between 0 and 1."""
    if not text.strip():
        return None
    try:
        value = float(text)
    except ValueError:
        value = None
    if value is None or not 0.0 <= value <= 1.0:
        raise InvalidInput(
            f"threshold {text!r} is not a number between 0 and 1",
            field="threshold",
            hint="a score between 0 and 1, e.g. 0.8",
        )
    return value


@router.get("/screening", response_class=HTMLResponse)
def screening_page(
    request: Request, dataset: str = "un_sc", ctx: ServiceContext = Depends(context)
) -> HTMLResponse:
    """The screening page; ``dataset`` (one, ``un_sc,ofac_sdn`` or ``all``) is the list chosen
    (a spec that names no dataset is refused when a name is screened)."""
    recent: list[Any] = []
    who = ui_principal(request)
    if who is not None:
        try:
            recent = job_store.recent(ctx.engine, limit=5)
        except UnscError:
            recent = []
    from unsc.screening import DEFAULT_THRESHOLD

    choices = [*ctx.datasets.names(), ALL]
    selected = dataset.strip() or "un_sc"
    return render(
        request,
        "screening.html",
        page="screening",
        datasets=choices if selected in choices else [*choices, selected],
        selected=selected,
        schemas=SCHEMA_CHOICES,
        recent=recent,
        default_threshold=DEFAULT_THRESHOLD,
    )


@router.get("/screening/results", response_class=HTMLResponse)
def screening_results(
    request: Request,
    name: str = "",
    schema: str = "LegalEntity",
    birth_date: str = "",
    country: str = "",
    identifier: str = "",
    dataset: str = "un_sc",
    threshold: str = "",
    ctx: ServiceContext = Depends(context),
) -> HTMLResponse:
    try:
        if not name.strip():
            raise InvalidInput("enter a name to screen", field="name")
        limit_score = _threshold(threshold)
        schema, props = _example(schema, name, birth_date, country, identifier)
        served, hits = _screen(ctx, dataset, schema, props, limit_score, 10)
    except UnscError as exc:
        return error_fragment(request, exc)
    who = ui_principal(request)
    return render(
        request,
        "partials/hits.html",
        hits=[(h, result(h, served.ftm)) for h in hits],
        dataset=dataset,
        form={
            "name": name,
            "schema": schema,
            "birth_date": birth_date,
            "country": country,
            "identifier": identifier,
            "threshold": threshold,
        },
        can_queue=who is not None and who.has("analyst"),
    )


@router.post("/screening/queue", response_class=HTMLResponse)
def screening_queue(
    request: Request,
    ref: str = Form(...),
    name: str = Form(...),
    kind: str = Form("Person", alias="schema"),
    birth_date: str = Form(""),
    country: str = Form(""),
    identifier: str = Form(""),
    dataset: str = Form("un_sc"),
    hit_dataset: str = Form("", description="the hit's own list (when several are screened)"),
    ctx: ServiceContext = Depends(context),
) -> HTMLResponse:
    try:
        who = require(ui_principal(request), "analyst")
        schema, props = _example(kind, name, birth_date, country, identifier)
        _, hits = _screen(ctx, dataset, schema, props, 0.0, 50)
        hit = next(
            (h for h in hits if h.ref == ref and hit_dataset in ("", h.dataset)),
            None,
        )
        if hit is None:
            raise InvalidInput(f"{ref} is no longer a hit for {name!r}", field="ref")
        example = {"schema": schema, "properties": props}
        queued = review.enqueue(
            ctx.engine,
            [new_item(name, example, hit)],
            actor=who.name,
            source=f"screening:{dataset}",
        )
    except UnscError as exc:
        return error_fragment(request, exc)
    return HTMLResponse(
        f'<span class="badge pending" id="queued-{queued[0].id}">queued for '
        f"review as #{queued[0].id}</span>"
    )


@router.post("/screening/batch", response_class=HTMLResponse)
async def batch_upload(
    request: Request,
    file: UploadFile = File(...),
    dataset: str = Form("un_sc"),
    ctx: ServiceContext = Depends(context),
) -> HTMLResponse:
    data = await file.read()
    try:
        who = require(ui_principal(request), "analyst")
        job = start_batch(
            ctx,
            data,
            filename=file.filename or "upload.csv",
            dataset=dataset,
            threshold=None,
            actor=who.name,
        )
    except UnscError as exc:
        return error_fragment(request, exc)
    return render(request, "partials/batch.html", job=job, matches=[])


@router.get("/screening/batch/{job_id}", response_class=HTMLResponse)
def batch_progress(
    request: Request, job_id: str, ctx: ServiceContext = Depends(context)
) -> HTMLResponse:
    try:
        job = job_store.get(ctx.engine, job_id)
        matches: list[dict[str, Any]] = []
        if job.status == "done":
            _, rows = job_store.results(ctx.engine, job_id)
            matches = [r for r in rows if r.get("match")]
    except UnscError as exc:
        return error_fragment(request, exc)
    return render(request, "partials/batch.html", job=job, matches=matches)


@router.post("/screening/batch/{job_id}/queue", response_class=HTMLResponse)
def batch_queue(
    request: Request, job_id: str, ctx: ServiceContext = Depends(context)
) -> HTMLResponse:
    try:
        who = require(ui_principal(request), "analyst")
        queued = queue_job(ctx, job_id, actor=who.name)
    except UnscError as exc:
        return error_fragment(request, exc)
    return HTMLResponse(
        f'<span class="badge pending" id="batch-queued">{len(queued)} '
        f'match(es) queued for review</span> <a href="/ui/review">Review</a>'
    )
