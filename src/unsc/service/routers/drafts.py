"""Drafts: the shipped texts, parsing a posted text, diffs, strength, histories.
Mirrors ``unsc draft ...``. Only shipped drafts are addressed by name (never a server path)."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

from fastapi import APIRouter, Query
from fastapi.responses import Response

from unsc.errors import InvalidInput
from unsc.service.errors import located, require_shipped
from unsc.service.schemas import DraftText

router = APIRouter(prefix="/drafts", tags=["drafts"])


def _draft(name: str) -> Any:
    from unsc.drafts import load_draft, shipped_drafts

    require_shipped(name, shipped_drafts(), "shipped draft", "name")
    return load_draft(name)


@router.get("", summary="The shipped drafts")
def list_drafts() -> dict[str, Any]:
    from unsc.drafts import catalogue

    return {"drafts": catalogue()}


@router.get("/show", summary="One shipped draft with its strength")
def show(name: str = Query(..., examples=["2006-07/v3"])) -> dict[str, Any]:
    from unsc.drafts import strength

    draft = _draft(name)
    return {**draft.to_dict(), "strength": strength(draft).to_dict()}


@router.get("/diff", summary="What changed between two shipped drafts")
def diff(
    a: str = Query(..., examples=["2006-07/v1"]), b: str = Query(..., examples=["2006-07/v3"])
) -> dict[str, Any]:
    from unsc.drafts import diff as run

    return {"a": a, "b": b, **run(_draft(a), _draft(b)).to_dict()}


@router.post("/parse", summary="Parse a posted text (authoring Markdown or official text)")
def parse(body: DraftText) -> dict[str, Any]:
    from unsc.drafts import parse_markdown, parse_official, parse_text, strength

    parsers = {"auto": parse_text, "markdown": parse_markdown, "official": parse_official}
    if body.format not in parsers:
        raise InvalidInput(
            f"unknown format {body.format!r}", field="format", hint="auto, markdown or official"
        )
    draft = parsers[body.format](body.text, source="request")
    return {**draft.to_dict(), "strength": strength(draft).to_dict()}


@router.get("/history/{name}", summary="A draft's versions in order, with strength and diffs")
def history(name: str) -> dict[str, Any]:
    from unsc.drafts import history as run

    with located("name"):
        found: dict[str, Any] = run(name).to_dict()
    return found


@router.get(
    "/history/{name}/chart.png",
    summary="The strength of each version as a PNG",
    response_class=Response,
)
def history_chart(name: str) -> Response:
    from unsc.drafts import history as run
    from unsc.drafts import plot_history

    with located("name"):
        steps = run(name)
    with tempfile.TemporaryDirectory(prefix="unsc-chart-") as tmp:
        path = plot_history(steps, Path(tmp) / "history.png")
        return Response(path.read_bytes(), media_type="image/png")
