"""The audit log: read and verify (admin)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, Query

from unsc.service import audit
from unsc.service.auth import Principal
from unsc.service.context import ServiceContext
from unsc.service.deps import context, requires

router = APIRouter(prefix="/audit", tags=["audit"])


@router.get("", summary="The newest audit entries, newest first")
def list_entries(
    limit: int = Query(100, ge=1, le=1000),
    action: str | None = Query(None, description="only this action, e.g. lists.import"),
    ctx: ServiceContext = Depends(context),
    who: Principal = Depends(requires("admin")),
) -> dict[str, Any]:
    found = audit.entries(ctx.engine, limit=limit, action=action)
    return {"entries": [e.to_dict() for e in found]}


@router.get("/verify", summary="Check the hash chain, as `unsc audit verify` does")
def verify(
    ctx: ServiceContext = Depends(context), who: Principal = Depends(requires("admin"))
) -> dict[str, Any]:
    return audit.verify(ctx.engine).to_dict()
