"""Web UI: stored list versions, what changed between two of them, and importing a file."""

from __future__ import annotations

from html import escape
from typing import Any

from fastapi import APIRouter, Depends, File, Form, Query, Request, UploadFile
from fastapi.responses import HTMLResponse
from starlette.concurrency import run_in_threadpool

from unsc.errors import UnscError
from unsc.service.auth import require
from unsc.service.context import ServiceContext
from unsc.service.deps import context
from unsc.service.pages import error_fragment, render, ui_principal
from unsc.service.routers.lists import import_upload
from unsc.storage import MAX_ID

router = APIRouter(prefix="/ui", include_in_schema=False)


def _store(ctx: ServiceContext) -> Any:
    from unsc.sanctions.store import Store

    return Store(engine=ctx.engine)


@router.get("/lists", response_class=HTMLResponse)
def lists_page(request: Request, ctx: ServiceContext = Depends(context)) -> HTMLResponse:
    versions = list(reversed(_store(ctx).versions()))
    current = {}
    for name in {v.dataset for v in versions}:
        current[name] = _store(ctx).current_version(name).version
    return render(request, "lists.html", page="lists", versions=versions, current=current)


@router.get("/lists/diff", response_class=HTMLResponse)
def lists_diff(
    request: Request,
    a: int = Query(..., ge=1, le=MAX_ID),
    b: int = Query(..., ge=1, le=MAX_ID),
    ctx: ServiceContext = Depends(context),
) -> HTMLResponse:
    try:
        delta = _store(ctx).diff(a, b)
    except UnscError as exc:
        return error_fragment(request, exc)
    return render(request, "partials/delta.html", delta=delta, a=a, b=b)


@router.post("/lists/import", response_class=HTMLResponse)
async def lists_import(
    request: Request,
    file: UploadFile = File(...),
    source: str = Form(""),
    ctx: ServiceContext = Depends(context),
) -> HTMLResponse:
    data = await file.read()
    try:
        who = require(ui_principal(request), "admin")
        outcome = await run_in_threadpool(
            import_upload,
            ctx,
            data,
            filename=file.filename or "list",
            source=source or None,
            actor=who.name,
        )
    except UnscError as exc:
        return error_fragment(request, exc)
    word = "already stored as" if outcome["unchanged"] else "imported as"
    return HTMLResponse(
        f'<div class="notice" id="import-result">{escape(str(outcome["dataset"]))}: '
        f"{int(outcome['entries'])} entries, {word} version {int(outcome['version'])}. "
        '<a href="/ui/lists">Refresh</a></div>'
    )
