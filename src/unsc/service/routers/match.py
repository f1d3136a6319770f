"""yente-compatible screening: ``POST /match/{dataset}``, ``GET /search/{dataset}``,
``GET /entities/{id}``, ``GET /algorithms``, ``GET /catalog``."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from fastapi import APIRouter, Depends, Path, Query
from fastapi.responses import Response

from unsc.errors import InvalidInput, NotFound
from unsc.service.context import ServiceContext
from unsc.service.datasets import ALL, Served
from unsc.service.deps import context
from unsc.service.matching import (
    TOPIC,
    YENTE_ALGORITHMS,
    BadRequest,
    entity_document,
    matcher,
    resolve_algorithm,
    result,
    screening,
    to_query,
)
from unsc.service.schemas import MatchRequest, MatchResponse
from unsc.settings import get_settings

router = APIRouter(tags=["matching"])

DATASET = Path(
    ...,
    description="un_sc, ofac_sdn, ofac_cons, an imported dataset, or default (= un_sc); "
    "several joined by commas (un_sc,ofac_sdn), or all",
    examples=["un_sc"],
)


def _json(body: dict[str, Any]) -> Response:
    return Response(
        json.dumps(body, ensure_ascii=False, separators=(",", ":")), media_type="application/json"
    )


CHANGED_SINCE = r"^\d{4}-\d{2}-\d{2}([T ].*)?$"


@dataclass(slots=True, frozen=True)
class Filters:
    """yente's result filters, applied to the hits of one dataset (or of several: then the
    dataset filters apply to each hit's own)."""

    dataset_excluded: bool
    exclude_schema: frozenset[str]
    exclude_ids: frozenset[str]
    no_topic: bool
    changed_since: dt.date | None
    include_datasets: frozenset[str] = frozenset()  # of several lists: the hits' to keep
    exclude_datasets: frozenset[str] = frozenset()  # ... and to leave out
    among: frozenset[int] | None = None  # ... the kept lists' entries, screened alone

    @property
    def active(self) -> bool:
        return bool(
            self.exclude_schema
            or self.exclude_ids
            or self.changed_since
            or self.include_datasets
            or self.exclude_datasets
        )

    def keeps(self, hit: Any, schema: str) -> bool:
        if schema in self.exclude_schema:
            return False
        if self.include_datasets and hit.dataset not in self.include_datasets:
            return False
        if hit.dataset in self.exclude_datasets:
            return False
        if hit.ref in self.exclude_ids or f"{hit.dataset}:{hit.ref}" in self.exclude_ids:
            return False
        if self.changed_since is not None:
            entity = hit.entity
            dates = [d for d in (entity.listed_on, *entity.updated_on) if d is not None]
            if not dates or max(dates) < self.changed_since:
                return False
        return True


def _filters(
    served: Served,
    include_dataset: list[str],
    exclude_dataset: list[str],
    exclude_schema: list[str],
    topics: list[str],
    changed_since: str | None,
    exclude_entity_ids: list[str],
) -> Filters:
    since = None
    if changed_since:
        try:
            text = changed_since.strip()  # a date, or a date and time (its date is taken)
            since = (
                dt.date.fromisoformat(text)
                if len(text) <= 10
                else dt.datetime.fromisoformat(text).date()
            )
        except ValueError:
            raise BadRequest(
                f"changed_since {changed_since!r} is not a date",
                field="changed_since",
                hint="YYYY-MM-DD, optionally followed by a time",
            ) from None
    among = None
    if served.several:  # each hit by its own dataset; none screened when all are left out
        include, exclude = frozenset(include_dataset), frozenset(exclude_dataset)
        kept = [n for n in served.members if (not include or n in include) and n not in exclude]
        excluded = not kept
        if kept and len(kept) < len(served.members):  # the kept lists' hits, however many
            among = served.entries_of(frozenset(kept))  # the others' rank above them
    else:
        include = exclude = frozenset()
        dataset = served.dataset
        excluded = (bool(include_dataset) and dataset not in include_dataset) or (
            dataset in exclude_dataset
        )
    return Filters(
        dataset_excluded=excluded,
        exclude_schema=frozenset(exclude_schema),
        exclude_ids=frozenset(exclude_entity_ids),
        no_topic=bool(topics) and TOPIC not in topics,
        changed_since=since,
        include_datasets=include,
        exclude_datasets=exclude,
        among=among,
    )


@router.post(
    "/match/{dataset}",
    response_model=MatchResponse,
    summary="Match a batch of example entities (yente-compatible)",
)
def match(  # a plain def: FastAPI runs it in its thread pool, not on the event loop,
    # which a long batch would hold (/healthz waited 38 s behind one)
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
    include_dataset: list[str] = Query([], description="only results from these datasets"),
    exclude_dataset: list[str] = Query([], description="no results from these datasets"),
    exclude_schema: list[str] = Query([], description="no results of these FtM schemata"),
    topics: list[str] = Query([], description="only results with one of these topics"),
    changed_since: str | None = Query(
        None, pattern=CHANGED_SINCE, description="only entries listed or updated since"
    ),
    exclude_entity_ids: list[str] = Query(
        [], max_length=50, description="ids (or references) to leave out, e.g. decided hits"
    ),
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
    examples = {key: ex for key, ex in body.queries.items() if ex is not None}
    if not examples:
        raise BadRequest(
            "the batch has no queries",
            field="queries",
            hint='send {"queries": {"q1": {"schema": "Person", ...}}}',
        )
    requested, ran = resolve_algorithm(algorithm)
    if body.config:
        key = next(iter(body.config))
        raise BadRequest(
            f"unknown configuration parameter {key!r} for {ran}",
            field=f"config.{key}",
            hint=f"{ran} takes no configuration; send an empty config",
        )
    limit_score = DEFAULT_THRESHOLD if threshold is None else threshold
    prepared = {key: to_query(key, ex.schema_, ex.properties) for key, ex in examples.items()}
    served = ctx.datasets.get(dataset)
    screener = served.screener
    keep = _filters(
        served,
        include_dataset,
        exclude_dataset,
        exclude_schema,
        topics,
        changed_since,
        exclude_entity_ids,
    )
    floor = min(cutoff, limit_score)
    wanted = limit * 4 + len(keep.exclude_ids) if keep.active else limit
    responses: dict[str, Any] = {}
    for key, query in prepared.items():
        if keep.dataset_excluded or keep.no_topic:
            hits = []
        else:
            with screening(key, examples[key].properties):
                hits = screener.screen(query, limit=wanted, threshold=floor, among=keep.among)
        results = []
        for hit in hits:
            hit.match = hit.score >= limit_score
            hit.explanation["threshold"] = limit_score
            found = result(hit, served.ftm)
            if keep.keeps(hit, found["schema"]):
                results.append(found)
            if len(results) == limit:
                break
        example = examples[key]
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
    response = _json(
        {
            "responses": responses,
            "matcher": matcher(),
            "algorithm": {"requested": requested, "name": ran},
            "dataset": served.dataset,
            "limit": limit,
            "threshold": limit_score,
            "cutoff": cutoff,
        }
    )
    response.headers["x-batch-size"] = str(len(responses))
    return response


@router.get("/search/{dataset}", summary="Free-text name search")
def search(
    dataset: str = DATASET,
    q: str = Query(..., min_length=1, max_length=500, description="a name"),
    limit: int = Query(10, ge=1, le=100),
    ctx: ServiceContext = Depends(context),
) -> Response:
    served = ctx.datasets.get(dataset)
    try:
        hits = served.screener.search(q, limit=limit)
    except InvalidInput as exc:
        exc.field = "q"
        raise
    results = [result(h, served.ftm) for h in hits]
    return _json(
        {"results": results, "total": {"value": len(results), "relation": "eq"}, "query": q}
    )


@router.get("/entities/{entity_id}", summary="One listed entry: dataset:ref (or a ref)")
def entity(entity_id: str, ctx: ServiceContext = Depends(context)) -> Response:
    dataset, sep, ref = entity_id.partition(":")
    if sep:
        found = ctx.datasets.entry(dataset, ref)
    else:
        served = ctx.datasets.find(entity_id)
        found = None if served is None else served.entry(entity_id)
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
    names = ctx.datasets.names()
    for name in names:
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
        "collections": _collections(names, loaded),
    }


def _collections(names: list[str], loaded: dict[str, Served]) -> list[dict[str, Any]]:
    """The screenable sets of several datasets: ``all``, and each one loaded in this process,
    with its members (``children``, as yente's collections) and, once loaded, each member's
    store version (null: the shipped list) and the entries in all."""
    several = {k: s for k, s in loaded.items() if s.several}
    out = []
    for key in dict.fromkeys([ALL, *several]):
        served = several.get(key)
        entry: dict[str, Any] = {
            "name": key,
            "title": "Every dataset" if key == ALL else key.replace(",", " + "),
            "children": names,
            "versions": None,
            "entity_count": None,
            "load": served is not None,
        }
        if served is not None:
            entry["children"] = list(served.members)
            entry["versions"] = {
                n: None if v is None else str(v) for n, v in served.members.items()
            }
            entry["entity_count"] = served.entries
        out.append(entry)
    return out


_TITLES = {
    "un_sc": "UN Security Council Consolidated List",
    "ofac_sdn": "OFAC Specially Designated Nationals (SDN.CSV)",
    "ofac_cons": "OFAC Consolidated (non-SDN) List",
}
