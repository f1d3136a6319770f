"""The review queue: queue screening hits, list them, record analysts' decisions."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, Path, Query

from unsc.service import review
from unsc.service.auth import Principal
from unsc.service.context import ServiceContext
from unsc.service.deps import context, requires
from unsc.service.queueing import queue_matches
from unsc.service.schemas import Decision, ReviewRequest
from unsc.storage import MAX_ID

ITEM = Path(..., ge=1, le=MAX_ID, description="a review item's id")

router = APIRouter(prefix="/review", tags=["review"])


@router.get("/items", summary="Queued hits (viewer)")
def list_items(
    status: str | None = Query(
        "pending", description="pending, true_positive, false_positive, or all"
    ),
    limit: int = Query(200, ge=1, le=1000),
    offset: int = Query(0, ge=0, le=MAX_ID),
    ctx: ServiceContext = Depends(context),
    who: Principal = Depends(requires("viewer")),
) -> dict[str, Any]:
    wanted = None if status == "all" else status
    found = review.items(ctx.engine, status=wanted, limit=limit, offset=offset)
    return {"items": [i.to_dict() for i in found], "counts": review.counts(ctx.engine)}


@router.get("/items/{item_id}", summary="One queued hit (viewer)")
def get_item(
    item_id: int = ITEM,
    ctx: ServiceContext = Depends(context),
    who: Principal = Depends(requires("viewer")),
) -> dict[str, Any]:
    return review.get(ctx.engine, item_id).to_dict()


@router.post("/items", summary="Screen an example entity and queue its matches (analyst)")
def queue_items(
    body: ReviewRequest,
    ctx: ServiceContext = Depends(context),
    who: Principal = Depends(requires("analyst")),
) -> dict[str, Any]:
    queued = queue_matches(ctx, body, actor=who.name)
    return {"items": [i.to_dict() for i in queued]}


@router.post("/items/{item_id}/decision", summary="Mark a hit true or false positive (analyst)")
def decide(
    body: Decision,
    item_id: int = ITEM,
    ctx: ServiceContext = Depends(context),
    who: Principal = Depends(requires("analyst")),
) -> dict[str, Any]:
    return review.decide(
        ctx.engine, item_id, decision=body.decision, reason=body.reason, actor=who.name
    ).to_dict()
