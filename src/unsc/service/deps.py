"""FastAPI dependencies: the service context and the caller's API key."""

from __future__ import annotations

from collections.abc import Callable

from fastapi import Request

from unsc.errors import InvalidInput
from unsc.service.auth import COOKIE, Principal, authenticate, require
from unsc.service.context import ServiceContext


def context_of(request: Request) -> ServiceContext:
    """The service context of the app that received ``request``."""
    ctx: ServiceContext = request.app.state.ctx
    return ctx


async def context(request: Request) -> ServiceContext:
    """The service context, as a dependency. ``async`` on purpose: FastAPI runs a plain
    ``def`` dependency in its thread pool, a hop that cost more than the screening itself."""
    return context_of(request)


async def refuse_nul(request: Request) -> None:
    """Refuse a path or query parameter holding a NUL character: no name, id or filter has one,
    and PostgreSQL cannot even compare text with it."""
    for name, value in [*request.path_params.items(), *request.query_params.multi_items()]:
        if "\x00" in str(value):
            raise InvalidInput(
                f"{name} contains a NUL character", field=name, hint="remove control characters"
            )


def presented_key(request: Request) -> str | None:
    """The key from ``X-API-Key``, ``Authorization: ApiKey|Bearer``, or the UI cookie."""
    key = request.headers.get("x-api-key")
    if key:
        return key.strip()
    auth = request.headers.get("authorization")
    if auth:
        scheme, _, value = auth.partition(" ")
        if scheme.lower() in {"apikey", "bearer"} and value.strip():
            return value.strip()
    return request.cookies.get(COOKIE) or None


def principal(request: Request) -> Principal | None:
    """The caller, or None when no key was presented; 401 for a bad key."""
    key = presented_key(request)
    if key is None:
        return None
    return authenticate(context_of(request).engine, key)


def requires(role: str) -> Callable[[Request], Principal]:
    """A dependency that admits only keys holding ``role`` or a higher one."""

    def dependency(request: Request) -> Principal:
        return require(principal(request), role)

    dependency.__name__ = f"requires_{role}"
    return dependency
