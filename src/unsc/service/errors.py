"""Errors at the HTTP edge: every failure answers JSON that names the field and what was
expected, with the status that the :mod:`unsc.errors` class carries; under ``/ui/`` it answers
a readable HTML message instead."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException

from unsc.errors import NotFound, UnscError
from unsc.service.pages import render

UI_PREFIX = "/ui/"


@contextmanager
def located(field: str) -> Iterator[None]:
    """Name ``field`` in an :class:`UnscError` raised inside that names no field itself."""
    try:
        yield
    except UnscError as exc:
        if exc.field is None:
            exc.field = field
        raise


def require_shipped(name: str, shipped: Sequence[str], what: str, field: str) -> None:
    """Refuse a ``name`` that is not one of the ``shipped`` ones: the library also reads
    paths, and a name from a request must never address a file of the server."""
    if name not in shipped:
        raise NotFound(f"unknown {what} {name!r}", field=field, hint=f"one of {', '.join(shipped)}")


def _field(loc: Sequence[Any]) -> str:
    parts = [str(p) for p in loc if p not in ("body", "query", "path", "header", "cookie")]
    return ".".join(parts) if parts else ".".join(str(p) for p in loc)


def _problem(error: Any) -> dict[str, Any]:
    if error.get("type") == "json_invalid":
        where = error.get("loc", ("body", 0))[-1]
        reason = (error.get("ctx") or {}).get("error", "JSON decode error")
        message = f"not valid JSON ({reason} at character {where})"
        return {"field": "body", "message": message, "type": "json_invalid"}
    return {
        "field": _field(error.get("loc", ())),
        "message": error.get("msg", "invalid"),
        "type": error.get("type"),
    }


def validation_body(errors: Sequence[Any]) -> dict[str, Any]:
    """A 422 body from pydantic errors: the first bad field named, and every problem listed."""
    problems = [_problem(e) for e in errors]
    first = problems[0] if problems else {"field": "body", "message": "invalid request"}
    return {
        "error": "InvalidInput",
        "message": f"{first['field']}: {first['message']}",
        "field": first["field"],
        "problems": problems,
    }


def _answer(
    request: Request, body: dict[str, Any], status: int, headers: Mapping[str, str] | None = None
) -> Response:
    """``body`` as JSON; under ``/ui/`` a readable message instead: an htmx fragment (status
    200, so that htmx swaps it in) or, for a page, a page."""
    if not request.url.path.startswith(UI_PREFIX):
        return JSONResponse(body, status_code=status, headers=headers)
    if request.headers.get("hx-request"):
        return render(request, "partials/error.html", error=body)
    return render(request, "error.html", status_code=status, error=body)


async def _unsc_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, UnscError)
    headers = {"WWW-Authenticate": "ApiKey"} if exc.http_status == 401 else None
    return _answer(request, exc.to_dict(), exc.http_status, headers)


async def _validation_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, RequestValidationError)
    return _answer(request, validation_body(exc.errors()), 422)


async def _http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, StarletteHTTPException)
    body: dict[str, Any] = {
        "error": "HTTPError",
        "message": str(exc.detail),
        "status": exc.status_code,
    }
    if exc.status_code == 400:  # the body could not be parsed (not UTF-8 JSON, bad multipart)
        body["field"] = "body"
        body["hint"] = "send UTF-8 JSON (Content-Type: application/json) or form data"
    return _answer(request, body, exc.status_code, exc.headers)


def install(app: FastAPI) -> None:
    """Register the handlers on ``app``."""
    app.add_exception_handler(UnscError, _unsc_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(StarletteHTTPException, _http_error)
