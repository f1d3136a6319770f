"""The application factory: one FastAPI app serving the API, its OpenAPI spec and the web UI."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles

from unsc import __version__
from unsc.service import errors
from unsc.service.context import ServiceContext
from unsc.service.limits import BodyLimit
from unsc.settings import get_settings

HERE = Path(__file__).resolve().parent

ROUTERS = (
    "system",
    "match",
    "screening",
    "council",
    "drafts",
    "negotiation",
    "lists",
    "review",
    "audit",
    "ui",
    "ui_council",
    "ui_negotiation",
    "ui_screening",
    "ui_lists",
)

DESCRIPTION = """\
The UN Security Council as a working system. `POST /match/{dataset}` answers yente-shaped
screening batches; the other groups mirror the `unsc` command line. Writes need an API key
(`X-API-Key` header) with the role each endpoint names. The web UI lives under `/ui/`.
"""


def create_app(*, database_url: str | None = None) -> FastAPI:
    """A new app. ``database_url`` overrides ``UNSC_DATABASE_URL`` (tests, several stores)."""
    import importlib

    settings = get_settings()
    logging.getLogger("unsc").setLevel(str(settings.log_level).upper())
    ctx = ServiceContext(database_url or settings.database_url)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
        ctx.close()

    app = FastAPI(
        title="unsc",
        version=__version__,
        description=DESCRIPTION,
        lifespan=lifespan,
    )
    app.state.ctx = ctx
    errors.install(app)
    app.add_middleware(BodyLimit, max_bytes=int(settings.max_request_bytes))
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    for name in ROUTERS:
        module = importlib.import_module(f"unsc.service.routers.{name}")
        app.include_router(module.router)
    return app
