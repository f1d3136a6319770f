"""Background jobs (batch screening of an uploaded CSV) with progress kept in the store, so
that any worker process can answer a progress poll and the results survive a restart."""

from __future__ import annotations

import json
import logging
import threading
import time
import uuid
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from unsc.errors import NotFound, UnscError
from unsc.service.tables import jobs, utcnow
from unsc.storage import begin_write

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]
"""Called by the work with (rows done, of which matched)."""

Work = Callable[[Progress], tuple[list[str], list[dict[str, Any]]]]
"""The job's body: reports progress, returns (CSV columns, result rows)."""

STALE_SECONDS = 300.0


@dataclass(slots=True, frozen=True)
class Job:
    """A job's state as last stored."""

    id: str
    kind: str
    name: str
    dataset: str
    created_at: str
    created_by: str
    updated_at: str
    status: str  # queued, running, done, failed
    total: int
    done: int
    matched: int
    error: str | None

    @property
    def finished(self) -> bool:
        return self.status in {"done", "failed"}

    @property
    def percent(self) -> int:
        return 100 if self.total == 0 else min(100, round(100 * self.done / self.total))

    def to_dict(self) -> dict[str, Any]:
        out = {name: getattr(self, name) for name in self.__slots__}
        out["percent"] = self.percent
        return out


def _job(row: Any) -> Job:
    return Job(
        row.id,
        row.kind,
        row.name,
        row.dataset,
        row.created_at,
        row.created_by,
        row.updated_at,
        row.status,
        row.total,
        row.done,
        row.matched,
        row.error,
    )


class JobRunner:
    """Runs jobs one at a time in a background thread of this process."""

    def __init__(self, engine_of: Callable[[], Engine], *, interval: float = 0.2) -> None:
        self._engine_of = engine_of
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="unsc-job")
        self._interval = interval
        self._lock = threading.Lock()

    def submit(
        self, *, kind: str, name: str, dataset: str, total: int, actor: str, work: Work
    ) -> Job:
        job_id = uuid.uuid4().hex
        now = utcnow()
        values = dict(
            id=job_id,
            kind=kind,
            name=name.replace("\x00", "")[:400],
            dataset=dataset,
            created_at=now,
            created_by=actor,
            updated_at=now,
            status="queued",
            total=total,
            done=0,
            matched=0,
            error=None,
            results=None,
        )
        with begin_write(self._engine_of()) as conn:
            conn.execute(sa.insert(jobs).values(**values))
        self._pool.submit(self._run, job_id, work)
        return get(self._engine_of(), job_id)

    def _update(self, job_id: str, **values: Any) -> None:
        with begin_write(self._engine_of()) as conn:
            conn.execute(
                sa.update(jobs).where(jobs.c.id == job_id).values(updated_at=utcnow(), **values)
            )

    def _run(self, job_id: str, work: Work) -> None:
        self._update(job_id, status="running")
        last = 0.0

        def progress(done: int, matched: int) -> None:
            nonlocal last
            now = time.monotonic()
            if now - last >= self._interval:
                last = now
                self._update(job_id, done=done, matched=matched)

        try:
            columns, rows = work(progress)
        except UnscError as exc:
            self._update(job_id, status="failed", error=str(exc))
            return
        except Exception as exc:  # a bug must not leave the job "running" for ever
            log.exception("job %s failed", job_id)
            self._update(job_id, status="failed", error=f"{type(exc).__name__}: {exc}")
            return
        matched = sum(1 for r in rows if r.get("match"))
        payload = json.dumps({"columns": columns, "rows": rows}, ensure_ascii=False, default=str)
        self._update(job_id, status="done", done=len(rows), matched=matched, results=payload)

    def shutdown(self) -> None:
        self._pool.shutdown(wait=False, cancel_futures=True)


def get(engine: Engine, job_id: str) -> Job:
    """A job by id; a running job whose worker went silent is reported as failed."""
    with engine.connect() as conn:
        row = conn.execute(
            sa.select(*[c for c in jobs.c if c.name != "results"]).where(jobs.c.id == job_id)
        ).first()
    if row is None:
        raise NotFound(f"no job {job_id!r}", field="job")
    job = _job(row)
    if not job.finished and _age(job.updated_at) > STALE_SECONDS:
        return Job(
            **{
                **{n: getattr(job, n) for n in job.__slots__},
                "status": "failed",
                "error": "the worker stopped (server restarted?)",
            }
        )
    return job


def _age(stamp: str) -> float:
    import datetime as dt

    return (dt.datetime.now(dt.UTC) - dt.datetime.fromisoformat(stamp)).total_seconds()


def results(engine: Engine, job_id: str) -> tuple[list[str], list[dict[str, Any]]]:
    """The columns and rows of a finished job."""
    job = get(engine, job_id)
    if job.status != "done":
        raise NotFound(f"job {job_id} has no results yet (it is {job.status})", field="job")
    with engine.connect() as conn:
        text = conn.execute(sa.select(jobs.c.results).where(jobs.c.id == job_id)).scalar_one()
    data = json.loads(text)
    return list(data["columns"]), list(data["rows"])


def recent(engine: Engine, *, limit: int = 10) -> list[Job]:
    """The newest jobs, newest first."""
    query = (
        sa.select(*[c for c in jobs.c if c.name != "results"])
        .order_by(jobs.c.created_at.desc())
        .limit(limit)
    )
    with engine.connect() as conn:
        return [_job(r) for r in conn.execute(query)]
