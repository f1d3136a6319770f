"""Health, readiness and the caller's identity."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import RedirectResponse

from unsc import __version__
from unsc.service.deps import principal

router = APIRouter(tags=["system"])


@router.get("/", include_in_schema=False)
def root() -> RedirectResponse:
    return RedirectResponse("/ui/", status_code=307)


@router.get("/healthz", summary="Liveness, as yente answers it")
def healthz() -> dict[str, Any]:
    return {"status": "ok", "version": __version__}


@router.get("/readyz", summary="Readiness: the store can be reached")
def readyz(request: Request) -> dict[str, Any]:
    import sqlalchemy as sa

    from unsc.errors import StorageError

    try:
        with request.app.state.ctx.engine.connect() as conn:
            conn.execute(sa.text("SELECT 1"))
    except Exception as exc:
        raise StorageError(f"the store cannot be used: {type(exc).__name__}") from exc
    return {"status": "ok"}


@router.get("/whoami", summary="The role of the presented API key")
def whoami(request: Request) -> dict[str, Any]:
    who = principal(request)
    if who is None:
        return {"authenticated": False, "name": None, "role": None}
    return {"authenticated": True, "name": who.name, "role": who.role}
