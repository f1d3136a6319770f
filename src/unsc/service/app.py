"""The application factory: one FastAPI app serving the API, its OpenAPI spec and the web UI."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import Depends, FastAPI
from fastapi.staticfiles import StaticFiles

from unsc import __version__
from unsc.service import errors
from unsc.service.context import ServiceContext
from unsc.service.deps import refuse_nul
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


WARM_DATASET = "un_sc"


def warm(ctx: ServiceContext) -> None:
    """Do the one-time work of a first screening before the first request: build the UN
    list's screener, load the FollowTheMoney model, screen once."""
    from unsc.service.matching import result, to_query

    served = ctx.datasets.get(WARM_DATASET)
    query = to_query("warm", "Person", {"name": ["Kim Jong Un"], "birthDate": ["1984"]})
    for hit in served.screener.screen(query, limit=5, threshold=0.5):
        result(hit, served.ftm)


def create_app(*, database_url: str | None = None, warm_up: bool = False) -> FastAPI:
    """A new app. ``database_url`` overrides ``UNSC_DATABASE_URL`` (tests, several stores);
    ``warm_up`` makes start-up wait until the UN list can be screened at full speed."""
    import importlib

    settings = get_settings()
    logging.getLogger("unsc").setLevel(str(settings.log_level).upper())
    ctx = ServiceContext(database_url or settings.database_url)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        if warm_up:
            await asyncio.to_thread(warm, ctx)
        yield
        ctx.close()

    app = FastAPI(
        title="unsc",
        version=__version__,
        description=DESCRIPTION,
        lifespan=lifespan,
        dependencies=[Depends(refuse_nul)],
    )
    app.state.ctx = ctx
    errors.install(app)
    app.add_middleware(BodyLimit, max_bytes=int(settings.max_request_bytes))
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    for name in ROUTERS:
        module = importlib.import_module(f"unsc.service.routers.{name}")
        app.include_router(module.router)
    return app


def serve_app() -> FastAPI:
    """The app as ``unsc serve`` runs it (a uvicorn factory): warmed up before it listens, so
    the first requests do not wait seconds for the screener to be built."""
    return create_app(warm_up=True)
