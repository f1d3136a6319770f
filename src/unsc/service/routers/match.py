"""yente-compatible screening: ``POST /match/{dataset}``, ``GET /search/{dataset}``,
``GET /entities/{id}``, ``GET /algorithms``, ``GET /catalog``."""

from __future__ import annotations

import json
from typing import Any

from fastapi import APIRouter, Depends, Path, Query
from fastapi.responses import Response

from unsc.errors import NotFound
from unsc.service.context import ServiceContext
from unsc.service.deps import context
from unsc.service.matching import (
    YENTE_ALGORITHMS,
    BadRequest,
    entity_document,
    resolve_algorithm,
    result,
    to_query,
)
from unsc.service.schemas import MatchRequest, MatchResponse
from unsc.settings import get_settings

router = APIRouter(tags=["matching"])

DATASET = Path(
    ..., description="un_sc, ofac_sdn, ofac_cons or an imported dataset", examples=["un_sc"]
)


def _json(body: dict[str, Any]) -> Response:
    return Response(
        json.dumps(body, ensure_ascii=False, separators=(",", ":")), media_type="application/json"
    )


@router.post(
    "/match/{dataset}",
    response_model=MatchResponse,
    summary="Match a batch of example entities (yente-compatible)",
)
async def match(
    body: MatchRequest,
    dataset: str = DATASET,
    threshold: float | None = Query(
        None, ge=0.0, le=1.0, description="score from which a result is a match"
    ),
    cutoff: float = Query(
        0.5, ge=0.0, le=1.0, description="results scoring below this are left out"
    ),
    limit: int = Query(5, ge=1, le=500, description="results per query"),
    algorithm: str = Query("best", description="yente's names are accepted; see /algorithms"),
    ctx: ServiceContext = Depends(context),
) -> Response:
    from unsc.screening import DEFAULT_THRESHOLD

    max_batch = int(get_settings().max_batch)
    if len(body.queries) > max_batch:
        raise BadRequest(
            f"the batch has {len(body.queries)} queries, at most {max_batch} are allowed",
            field="queries",
            hint="split it, or raise UNSC_MAX_BATCH",
        )
    if not body.queries:
        raise BadRequest(
            "the batch has no queries",
            field="queries",
            hint='send {"queries": {"q1": {"schema": "Person", ...}}}',
        )
    requested, ran = resolve_algorithm(algorithm)
    limit_score = DEFAULT_THRESHOLD if threshold is None else threshold
    prepared = {key: to_query(key, ex.schema_, ex.properties) for key, ex in body.queries.items()}
    served = ctx.datasets.get(dataset)
    screener = served.screener
    floor = min(cutoff, limit_score)
    responses: dict[str, Any] = {}
    for key, query in prepared.items():
        hits = screener.screen(query, limit=limit, threshold=floor)
        results = []
        for hit in hits:
            hit.match = hit.score >= limit_score
            hit.explanation["threshold"] = limit_score
            results.append(result(hit, served.ftm))
        example = body.queries[key]
        responses[key] = {
            "status": 200,
            "results": results,
            "total": {"value": len(results), "relation": "eq"},
            "query": {
                "id": example.id,
                "schema": example.schema_,
                "properties": example.properties,
            },
        }
    return _json(
        {
            "responses": responses,
            "algorithm": {"requested": requested, "name": ran},
            "limit": limit,
            "threshold": limit_score,
            "cutoff": cutoff,
        }
    )


@router.get("/search/{dataset}", summary="Free-text name search")
async def search(
    dataset: str = DATASET,
    q: str = Query(..., min_length=1, max_length=500, description="a name"),
    limit: int = Query(10, ge=1, le=100),
    ctx: ServiceContext = Depends(context),
) -> Response:
    served = ctx.datasets.get(dataset)
    hits = served.screener.search(q, limit=limit)
    results = [result(h, served.ftm) for h in hits]
    return _json(
        {"results": results, "total": {"value": len(results), "relation": "eq"}, "query": q}
    )


@router.get("/entities/{entity_id}", summary="One listed entry: dataset:ref (or a ref)")
def entity(entity_id: str, ctx: ServiceContext = Depends(context)) -> Response:
    dataset, sep, ref = entity_id.partition(":")
    served = ctx.datasets.get(dataset) if sep else ctx.datasets.find(entity_id)
    found = None if served is None else served.entry(ref if sep else entity_id)
    if found is not None:
        return _json(entity_document(found))
    raise NotFound(
        f"no entry {entity_id!r}",
        field="id",
        hint="ids look like un_sc:KPi.033 (dataset:reference)",
    )


@router.get("/algorithms", summary="The matching algorithms (yente's names map to ours)")
def algorithms() -> dict[str, Any]:
    from unsc.screening import ALGORITHM, DEFAULT_THRESHOLD

    ours = {
        "name": ALGORITHM,
        "description": "name alignment with transliteration, plus "
        "date of birth, country, schema and identifier features (docs/screening.md)",
        "default_threshold": DEFAULT_THRESHOLD,
    }
    aliases = [
        {
            "name": n,
            "description": f"accepted for yente compatibility; runs {ALGORITHM}",
            "runs": ALGORITHM,
        }
        for n in YENTE_ALGORITHMS
    ]
    return {"algorithms": [ours, *aliases], "default": ALGORITHM, "best": ALGORITHM}


@router.get("/catalog", summary="The datasets that can be screened (yente's catalog)")
def catalog(ctx: ServiceContext = Depends(context)) -> dict[str, Any]:
    from unsc.sanctions.loader import SHIPPED

    out = []
    loaded = {s.dataset: s for s in ctx.datasets.loaded()}
    for name in ctx.datasets.names():
        stored = ctx.datasets.stored_version(name)
        served = loaded.get(name)
        entry: dict[str, Any] = {
            "name": name,
            "title": _TITLES.get(name, name),
            "origin": "store" if stored is not None else "shipped",
            "version": str(stored.version)
            if stored is not None
            else (SHIPPED[name][0].rsplit("/", 1)[-1] if name in SHIPPED else None),
            "updated_at": (stored.generated or stored.imported).isoformat()
            if stored is not None
            else None,
            "entity_count": stored.entries
            if stored is not None
            else (served.entries if served else None),
            "load": served is not None,
        }
        out.append(entry)
    return {
        "datasets": out,
        "current": [d["name"] for d in out],
        "outdated": [],
        "index_stale": False,
    }


_TITLES = {
    "un_sc": "UN Security Council Consolidated List",
    "ofac_sdn": "OFAC Specially Designated Nationals (SDN.CSV)",
    "ofac_cons": "OFAC Consolidated (non-SDN) List",
}
