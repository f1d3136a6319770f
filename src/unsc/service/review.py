"""The review queue: screening hits waiting for an analyst's true/false-positive decision.

Hits enter the queue from a screening (one query, or a batch job); an analyst marks each one
true or false positive with a reason. Every decision is written together with its audit-log
entry in one transaction, so the queue and the log cannot disagree.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError

from unsc.errors import InvalidInput, NotFound, StorageError
from unsc.service import audit
from unsc.service.tables import review_items, utcnow
from unsc.storage import begin_write

PENDING = "pending"
DECISIONS: tuple[str, ...] = ("true_positive", "false_positive")
STATUSES: tuple[str, ...] = (PENDING, *DECISIONS)


@dataclass(slots=True, frozen=True)
class ReviewItem:
    """One queued hit and, once reviewed, its decision."""

    id: int
    created_at: str
    created_by: str
    source: str
    query_name: str
    query: dict[str, Any]
    dataset: str
    entity_ref: str
    entity_name: str
    score: float
    explanation: Any
    status: str
    reason: str | None
    decided_by: str | None
    decided_at: str | None

    def to_dict(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in self.__slots__}


@dataclass(slots=True, frozen=True)
class NewItem:
    """A hit to queue."""

    query_name: str
    query: dict[str, Any]
    dataset: str
    entity_ref: str
    entity_name: str
    score: float
    explanation: Any


def _item(row: Any) -> ReviewItem:
    return ReviewItem(
        row.id,
        row.created_at,
        row.created_by,
        row.source,
        row.query_name,
        json.loads(row.query),
        row.dataset,
        row.entity_ref,
        row.entity_name,
        float(row.score),
        json.loads(row.explanation),
        row.status,
        row.reason,
        row.decided_by,
        row.decided_at,
    )


def _text(value: str, size: int) -> str:
    """``value`` as a text column can hold it: no NUL characters, at most ``size`` long."""
    return value.replace("\x00", "")[:size]


def enqueue(engine: Engine, items: list[NewItem], *, actor: str, source: str) -> list[ReviewItem]:
    """Queue hits for review; a hit already pending for the same query name and entity is not
    queued twice (the existing item is returned instead)."""
    out: list[ReviewItem] = []
    with begin_write(engine) as conn:
        for new in items:
            query_name = _text(new.query_name, 400)
            existing = conn.execute(
                sa.select(review_items).where(
                    review_items.c.status == PENDING,
                    review_items.c.query_name == query_name,
                    review_items.c.dataset == new.dataset,
                    review_items.c.entity_ref == new.entity_ref,
                )
            ).first()
            if existing is not None:
                out.append(_item(existing))
                continue
            values = {
                "created_at": utcnow(),
                "created_by": actor,
                "source": _text(source, 200),
                "query_name": query_name,
                "query": json.dumps(new.query, ensure_ascii=False, default=str),
                "dataset": new.dataset,
                "entity_ref": new.entity_ref,
                "entity_name": _text(new.entity_name, 400),
                "score": float(new.score),
                "explanation": json.dumps(new.explanation, ensure_ascii=False, default=str),
                "status": PENDING,
                "reason": None,
                "decided_by": None,
                "decided_at": None,
            }
            inserted = conn.execute(sa.insert(review_items).values(**values)).inserted_primary_key
            if inserted is None:
                raise StorageError("the database returned no id for the new row")
            row = conn.execute(
                sa.select(review_items).where(review_items.c.id == inserted[0])
            ).one()
            out.append(_item(row))
    return out


def items(
    engine: Engine, *, status: str | None = PENDING, limit: int = 200, offset: int = 0
) -> list[ReviewItem]:
    """Queued items, oldest first; ``status=None`` for all."""
    if status is not None and status not in STATUSES:
        raise InvalidInput(
            f"unknown status {status!r}",
            field="status",
            hint=f"expected one of {', '.join(STATUSES)}",
        )
    query = sa.select(review_items).order_by(review_items.c.id).limit(limit).offset(offset)
    if status is not None:
        query = query.where(review_items.c.status == status)
    with engine.connect() as conn:
        return [_item(r) for r in conn.execute(query)]


def counts(engine: Engine) -> dict[str, int]:
    """How many items are in each status."""
    query = sa.select(review_items.c.status, sa.func.count()).group_by(review_items.c.status)
    with engine.connect() as conn:
        found = {status: int(n) for status, n in conn.execute(query)}
    return {status: found.get(status, 0) for status in STATUSES}


def get(engine: Engine, item_id: int) -> ReviewItem:
    with engine.connect() as conn:
        row = conn.execute(sa.select(review_items).where(review_items.c.id == item_id)).first()
    if row is None:
        raise NotFound(f"no review item {item_id}", field="id")
    return _item(row)


def decide(engine: Engine, item_id: int, *, decision: str, reason: str, actor: str) -> ReviewItem:
    """Record an analyst's decision (a later decision replaces an earlier one; both are in the
    audit log)."""
    if decision not in DECISIONS:
        raise InvalidInput(
            f"unknown decision {decision!r}",
            field="decision",
            hint=f"expected one of {', '.join(DECISIONS)}",
        )
    reason = reason.strip()
    if "\x00" in reason:
        raise InvalidInput(
            "the reason contains a NUL character", field="reason", hint="remove control characters"
        )
    if not reason:
        raise InvalidInput(
            "a decision needs a reason",
            field="reason",
            hint="say why the hit is or is not the listed entity",
        )
    for _ in range(20):
        try:
            return _decide_once(engine, item_id, decision, reason, actor)
        except IntegrityError:
            continue  # another writer took the audit sequence number: try again
    raise StorageError("could not record the decision: too many concurrent writers")


def _decide_once(
    engine: Engine, item_id: int, decision: str, reason: str, actor: str
) -> ReviewItem:
    with begin_write(engine) as conn:
        row = conn.execute(sa.select(review_items).where(review_items.c.id == item_id)).first()
        if row is None:
            raise NotFound(f"no review item {item_id}", field="id")
        at = utcnow()
        conn.execute(
            sa.update(review_items)
            .where(review_items.c.id == item_id)
            .values(status=decision, reason=reason, decided_by=actor, decided_at=at)
        )
        audit.append(
            conn,
            actor=actor,
            action="review.decision",
            subject=f"review:{item_id}",
            payload={
                "item": item_id,
                "decision": decision,
                "reason": reason,
                "previous": row.status,
                "query_name": row.query_name,
                "entity": f"{row.dataset}:{row.entity_ref}",
                "score": float(row.score),
            },
        )
        updated = conn.execute(sa.select(review_items).where(review_items.c.id == item_id)).one()
    return _item(updated)
