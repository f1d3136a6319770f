"""Rendering the web UI's templates with the caller and the version filled in."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from fastapi import Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates

from unsc import __version__
from unsc.errors import UnscError
from unsc.service.auth import Principal
from unsc.service.deps import principal

templates = Jinja2Templates(directory=Path(__file__).resolve().parent / "templates")


def ui_principal(request: Request) -> Principal | None:
    """The signed-in caller; a stale or revoked cookie counts as signed out."""
    if "ui_principal" not in request.scope:
        try:
            request.scope["ui_principal"] = principal(request)
        except UnscError:
            request.scope["ui_principal"] = None
    found: Principal | None = request.scope["ui_principal"]
    return found


def render(request: Request, name: str, status_code: int = 200, **values: Any) -> HTMLResponse:
    """Render ``name`` with ``principal``, ``version`` and ``values``."""
    values.setdefault("principal", ui_principal(request))
    values.setdefault("version", __version__)
    return templates.TemplateResponse(request, name, values, status_code=status_code)


def error_fragment(request: Request, exc: UnscError) -> HTMLResponse:
    """An htmx fragment showing a user error (status 200 so htmx swaps it in)."""
    return render(request, "partials/error.html", error=exc.to_dict())
