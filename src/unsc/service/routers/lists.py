"""List management: import a list file (admin, audited), versions, deltas. Mirrors
``unsc lists ...``."""

from __future__ import annotations

import hashlib
import re
import tempfile
from pathlib import Path
from typing import Any

from fastapi import APIRouter, Depends, File, Form, Query, Response, UploadFile
from fastapi import Path as PathParam
from sqlalchemy.exc import DataError

from unsc.errors import InvalidInput, ParseError, StorageError, UnscError
from unsc.sanctions.loader import SOURCES
from unsc.service import audit
from unsc.service.auth import Principal
from unsc.service.context import ServiceContext
from unsc.service.deps import context, requires
from unsc.storage import MAX_ID

router = APIRouter(prefix="/lists", tags=["lists"])
_SUFFIX = re.compile(r"\.[A-Za-z0-9]{1,8}")  # an upload's suffix kept on its copy (.xml, .gz)


def _store(ctx: ServiceContext) -> Any:
    from unsc.sanctions.store import Store

    return Store(engine=ctx.engine)


def _imported(ctx: ServiceContext, path: Path, *, filename: str, source: str | None) -> Any:
    """Import the uploaded copy at ``path``; its errors name the uploaded file, never the
    server's temporary copy. A value the database refuses (a NUL character on PostgreSQL)
    is a :class:`ParseError`: the file's fault."""
    try:
        return _store(ctx).import_file(path, source=source)
    except StorageError as exc:
        refused = exc.__context__
        if not isinstance(refused, DataError):
            raise
        raise ParseError(
            f"a value in the list cannot be stored: {str(refused.orig).splitlines()[0]}",
            path=filename,
            field="file",
            hint="is it a text file? Remove NUL characters, or shorten the value",
        ) from None
    except UnscError as exc:
        exc.message = exc.message.replace(str(path), filename)
        exc.args = (exc.message,)
        raise


def import_upload(
    ctx: ServiceContext, data: bytes, *, filename: str, source: str | None, actor: str
) -> dict[str, Any]:
    """Store an uploaded list file as a new version, audit it, and serve it at once."""
    if source is not None and source not in SOURCES:
        raise InvalidInput(
            f"unknown source {source!r}",
            field="source",
            hint=f"one of {', '.join(SOURCES)}, or leave it out to detect",
        )
    if not data:
        raise InvalidInput("the uploaded file is empty", field="file")
    suffix = Path(filename or "list").suffix  # the format is read from the content
    suffix = suffix if _SUFFIX.fullmatch(suffix) else ""
    with tempfile.TemporaryDirectory(prefix="unsc-import-") as tmp:
        path = Path(tmp) / f"upload{suffix}"
        path.write_bytes(data)
        outcome = _imported(ctx, path, filename=filename, source=source)
    audit.append(
        ctx.engine,
        actor=actor,
        action="lists.import",
        subject=f"{outcome.dataset}:{outcome.version}",
        payload={
            **outcome.to_dict(),
            "file": filename,
            "bytes": len(data),
            "sha256": hashlib.sha256(data).hexdigest(),
        },
    )
    ctx.datasets.refresh_now(outcome.dataset)
    body: dict[str, Any] = outcome.to_dict()
    return body


@router.post("/import", summary="Import a list file as a new version (admin)")
async def import_list(
    file: UploadFile = File(
        ..., description="UN, OFAC (CSV, XML), EU or UK XML, FtM JSON or a CSV list (.gz too)"
    ),
    source: str | None = Form(
        None, description="un, ofac, ofac_xml, ofac_advanced, eu, uk, ftm or csv; default: detected"
    ),
    ctx: ServiceContext = Depends(context),
    who: Principal = Depends(requires("admin")),
) -> dict[str, Any]:
    from starlette.concurrency import run_in_threadpool

    data = await file.read()
    return await run_in_threadpool(
        import_upload,
        ctx,
        data,
        filename=file.filename or "list",
        source=source or None,
        actor=who.name,
    )


@router.get("/datasets", summary="Datasets with stored versions")
def datasets(ctx: ServiceContext = Depends(context)) -> dict[str, Any]:
    store = _store(ctx)
    out = []
    for name in store.datasets():
        current = store.current_version(name)
        out.append(
            {"dataset": name, "current": current.to_dict(), "versions": len(store.versions(name))}
        )
    return {"datasets": out}


@router.get("/versions", summary="Stored versions, oldest import first")
def versions(
    dataset: str | None = Query(None, description="only this dataset"),
    ctx: ServiceContext = Depends(context),
) -> dict[str, Any]:
    return {"versions": [v.to_dict() for v in _store(ctx).versions(dataset)]}


@router.get("/versions/{version}", summary="One stored version")
def version(
    version: int = PathParam(..., ge=1, le=MAX_ID), ctx: ServiceContext = Depends(context)
) -> dict[str, Any]:
    found: dict[str, Any] = _store(ctx).version(version).to_dict()
    return found


@router.get("/diff", summary="What changed from version a to version b")
def diff(
    a: int = Query(..., ge=1, le=MAX_ID, description="the older version id"),
    b: int = Query(..., ge=1, le=MAX_ID, description="the newer version id"),
    ctx: ServiceContext = Depends(context),
) -> dict[str, Any]:
    delta = _store(ctx).diff(a, b)
    body: dict[str, Any] = {"a": a, "b": b, **delta.to_dict()}
    body["summary"] = {
        "added": len(delta.added),
        "removed": len(delta.removed),
        "amended": len(delta.amended),
    }
    return body


@router.get("/regimes", summary="UN sanctions regimes (as `unsc regimes`)")
def regimes() -> dict[str, Any]:
    from unsc.sanctions import regimes as every

    return {"regimes": [r.to_dict() for r in every()]}


@router.get("/regimes/{name}", summary="One regime: its committee and measures")
def regime(name: str) -> dict[str, Any]:
    from unsc.sanctions import regime as find

    found: dict[str, Any] = find(name).to_dict()
    return found


@router.get("/entries/{ref}", summary="One listed entry and the measures that apply to it")
def entry(
    ref: str,
    dataset: str = Query("un_sc", description="the list (current version) to look in"),
    ctx: ServiceContext = Depends(context),
) -> dict[str, Any]:
    """As ``unsc lists show``: every field of the entry, its source record, and the UN
    measures (with their legal basis) that apply to it."""
    from unsc.errors import NotFound
    from unsc.sanctions import measures_for

    found = ctx.datasets.entry(dataset, ref)
    if found is None:
        raise NotFound(f"no entry {ref!r} in {dataset}", field="ref", hint="e.g. KPi.033")
    doc: dict[str, Any] = found.to_dict(raw=True)
    doc["measures"] = [m.to_dict() for m in measures_for(found)]
    return doc


@router.get("/export", summary="The current version of a list as FtM JSON lines or CSV")
def export(
    dataset: str = Query("un_sc", description="which list"),
    format: str = Query("ftm", description="ftm (FollowTheMoney JSON lines) or csv"),
    ctx: ServiceContext = Depends(context),
) -> Response:
    import io

    from unsc.sanctions import export_csv, export_ftm

    if format not in ("ftm", "csv"):
        raise InvalidInput(f"format {format!r} is not supported", field="format", hint="ftm or csv")
    served = ctx.datasets.get(dataset)
    buffer = io.StringIO()
    (export_ftm if format == "ftm" else export_csv)(served.screener.entities, buffer)
    media = "application/x-ndjson" if format == "ftm" else "text/csv"
    suffix = "ftm.json" if format == "ftm" else "csv"
    return Response(
        buffer.getvalue(),
        media_type=f"{media}; charset=utf-8",
        headers={
            "Content-Disposition": f'attachment; filename="{served.dataset.replace(",", "+")}'
            f'.{suffix}"'
        },
    )
