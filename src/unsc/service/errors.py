"""Errors at the HTTP edge: every failure answers JSON that names the field and what was
expected, with the status that the :mod:`unsc.errors` class carries."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from unsc.errors import UnscError


def _field(loc: Sequence[Any]) -> str:
    parts = [str(p) for p in loc if p not in ("body", "query", "path", "header", "cookie")]
    return ".".join(parts) if parts else ".".join(str(p) for p in loc)


def validation_body(errors: Sequence[Any]) -> dict[str, Any]:
    """A 422 body from pydantic errors: the first bad field named, and every problem listed."""
    problems = [
        {
            "field": _field(e.get("loc", ())),
            "message": e.get("msg", "invalid"),
            "type": e.get("type"),
        }
        for e in errors
    ]
    first = problems[0] if problems else {"field": "body", "message": "invalid request"}
    return {
        "error": "InvalidInput",
        "message": f"{first['field']}: {first['message']}",
        "field": first["field"],
        "problems": problems,
    }


async def _unsc_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, UnscError)
    headers = {"WWW-Authenticate": "ApiKey"} if exc.http_status == 401 else None
    return JSONResponse(exc.to_dict(), status_code=exc.http_status, headers=headers)


async def _validation_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    return JSONResponse(validation_body(exc.errors()), status_code=422)


async def _http_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    body = {"error": "HTTPError", "message": str(exc.detail), "status": exc.status_code}
    return JSONResponse(body, status_code=exc.status_code, headers=exc.headers)


def install(app: FastAPI) -> None:
    """Register the handlers on ``app``."""
    app.add_exception_handler(UnscError, _unsc_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(StarletteHTTPException, _http_error)
