"""Queueing screening hits for review: screen an example entity, queue what matches."""

from __future__ import annotations

from typing import Any

from unsc.service import review
from unsc.service.context import ServiceContext
from unsc.service.matching import screening, to_query
from unsc.service.schemas import ReviewRequest


def new_item(query_name: str, query: dict[str, Any], hit: Any) -> review.NewItem:
    """A review item for one screening hit."""
    return review.NewItem(
        query_name=query_name,
        query=query,
        dataset=hit.dataset,
        entity_ref=hit.ref,
        entity_name=hit.name,
        score=hit.score,
        explanation=hit.explanation,
    )


def queue_matches(ctx: ServiceContext, body: ReviewRequest, *, actor: str) -> list[Any]:
    """Screen ``body.query`` against ``body.dataset`` and queue every matching hit."""
    query = to_query("query", body.query.schema_, body.query.properties, at="query")
    screener = ctx.datasets.get(body.dataset).screener
    with screening("query", body.query.properties, at="query"):
        hits = screener.screen(query, limit=body.limit, threshold=body.threshold)
    label = body.name or query.names[0]
    example = {"schema": body.query.schema_, "properties": body.query.properties}
    new = [new_item(label, example, h) for h in hits if h.match]
    return review.enqueue(ctx.engine, new, actor=actor, source=f"screening:{body.dataset}")
