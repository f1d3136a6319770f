"""Batch screening jobs: upload a CSV, poll its progress, download the results, queue the
matches for review."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, File, Form, UploadFile
from fastapi.responses import Response

from unsc.errors import InvalidInput
from unsc.service import jobs as job_store
from unsc.service import review
from unsc.service.auth import Principal
from unsc.service.batch import read_rows, screen_rows, to_csv
from unsc.service.context import ServiceContext
from unsc.service.deps import context, requires
from unsc.settings import get_settings

router = APIRouter(prefix="/screening", tags=["screening"])


def start_batch(
    ctx: ServiceContext,
    data: bytes,
    *,
    filename: str,
    dataset: str,
    threshold: float | None,
    actor: str,
) -> job_store.Job:
    """Check the upload and the dataset now (one, or several: ``un_sc,ofac_sdn``, ``all``),
    screen in the background."""
    from unsc.screening import DEFAULT_THRESHOLD

    limit_score = DEFAULT_THRESHOLD if threshold is None else threshold
    if not 0.0 <= limit_score <= 1.0:
        raise InvalidInput(f"threshold {limit_score} is not between 0 and 1", field="threshold")
    rows = read_rows(data, filename=filename, max_rows=int(get_settings().max_csv_rows))
    served = ctx.datasets.get(dataset)
    screener = served.screener

    def work(progress: job_store.Progress) -> tuple[list[str], list[dict[str, Any]]]:
        return screen_rows(screener, rows, threshold=limit_score, progress=progress)

    return ctx.jobs.submit(
        kind="screen-csv",
        name=filename,
        dataset=served.dataset if served.several else dataset,
        total=len(rows),
        actor=actor,
        work=work,
    )


def queue_job(ctx: ServiceContext, job_id: str, *, actor: str) -> list[review.ReviewItem]:
    """Queue every matching row of a finished job for review, with the hit's explanation
    (each matched row is screened again: the results file keeps no explanations)."""
    from unsc.screening import Query

    job = job_store.get(ctx.engine, job_id)
    _, rows = job_store.results(ctx.engine, job_id)
    screener = ctx.datasets.get(job.dataset).screener
    new = []
    for r in rows:
        if not r.get("match"):
            continue
        query = Query(
            name=r["name"],
            schema=r.get("schema") or None,
            birth_dates=tuple(filter(None, [r.get("birth_date", "")])),
            countries=tuple(filter(None, [r.get("country", "")])),
        )
        hits = {(h.dataset, h.ref): h for h in screener.screen(query, limit=10, threshold=0.0)}
        hit = hits.get((r["dataset"], r["ref"]))
        new.append(
            review.NewItem(
                query_name=r["name"],
                query={
                    "row": r["row"],
                    "id": r["id"],
                    "name": r["name"],
                    "birth_date": r.get("birth_date", ""),
                    "country": r.get("country", ""),
                },
                dataset=r["dataset"],
                entity_ref=r["ref"],
                entity_name=r["listed_name"],
                score=float(r["score"]),
                explanation=hit.explanation if hit else {},
            )
        )
    return review.enqueue(ctx.engine, new, actor=actor, source=f"batch:{job.name}")


@router.post("/jobs", summary="Upload a CSV to screen in the background (analyst)")
async def create_job(
    file: UploadFile = File(..., description="CSV with a header row and a name column"),
    dataset: str = Form("un_sc", description="a dataset; several: un_sc,ofac_sdn, or all"),
    threshold: float | None = Form(None),
    ctx: ServiceContext = Depends(context),
    who: Principal = Depends(requires("analyst")),
) -> dict[str, Any]:
    data = await file.read()
    job = start_batch(
        ctx,
        data,
        filename=file.filename or "upload.csv",
        dataset=dataset,
        threshold=threshold,
        actor=who.name,
    )
    return job.to_dict()


@router.get("/jobs/{job_id}.csv", summary="A finished job's rows (CSV)", response_class=Response)
def job_csv(job_id: str, ctx: ServiceContext = Depends(context)) -> Response:
    columns, rows = job_store.results(ctx.engine, job_id)
    return Response(
        to_csv(columns, rows),
        media_type="text/csv",
        headers={"Content-Disposition": f'attachment; filename="screened-{job_id}.csv"'},
    )


@router.get("/jobs/{job_id}", summary="A job's progress")
def get_job(job_id: str, ctx: ServiceContext = Depends(context)) -> dict[str, Any]:
    return job_store.get(ctx.engine, job_id).to_dict()


@router.get("/jobs/{job_id}/results", summary="A finished job's rows (JSON)")
def job_results(job_id: str, ctx: ServiceContext = Depends(context)) -> dict[str, Any]:
    columns, rows = job_store.results(ctx.engine, job_id)
    return {"columns": columns, "rows": rows}


@router.post("/jobs/{job_id}/queue", summary="Queue a job's matches for review (analyst)")
def queue(
    job_id: str,
    ctx: ServiceContext = Depends(context),
    who: Principal = Depends(requires("analyst")),
) -> dict[str, Any]:
    return {"items": [i.to_dict() for i in queue_job(ctx, job_id, actor=who.name)]}
