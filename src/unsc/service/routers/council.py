"""The Council: composition by date, votes on a ballot, the record of vetoes, voting power.
Mirrors ``unsc council ...``."""

from __future__ import annotations

import tempfile
from functools import cache
from pathlib import Path as FsPath
from typing import Any

from fastapi import APIRouter, Path, Query
from fastapi.responses import Response

from unsc.errors import InvalidInput
from unsc.service.schemas import BallotIn

router = APIRouter(tags=["council"])


@router.get("/council/{date}", summary="The members and the president on a date")
def council(
    date: str = Path(..., description="YYYY-MM-DD or YYYY-MM", examples=["2006-07-15"]),
) -> dict[str, Any]:
    from unsc.council import council_on, parse_date

    result: dict[str, Any] = council_on(parse_date(date)).to_dict()
    return result


@router.post("/council/vote", summary="Decide a ballot under Art. 27 (as `unsc vote`)")
def vote(body: BallotIn) -> dict[str, Any]:
    from unsc.council import Ballot, DecisionKind, decide, parse_date

    try:
        kind = DecisionKind(body.kind)
    except ValueError:
        raise InvalidInput(
            f"unknown kind of decision {body.kind!r}",
            field="kind",
            hint="one of " + ", ".join(k.value for k in DecisionKind),
        ) from None
    ballot = Ballot.from_lists(
        parse_date(body.date),
        yes=body.yes,
        no=body.no,
        abstain=body.abstain,
        absent=body.absent,
        not_participating=body.not_participating,
        kind=kind,
        parties=body.parties,
    )
    result: dict[str, Any] = decide(ballot).to_dict()
    return result


RECORD_KINDS = ("resolution", "vetoed_draft", "failed_draft", "presidential_statement")


def query_record(
    *,
    year: int | None = None,
    vetoed_by: str | None = None,
    topic: str | None = None,
    member: str | None = None,
    kind: str | None = None,
) -> list[Any]:
    """Decisions of the record matching the filters (as ``unsc records list``)."""
    from unsc.council.record import load_record

    if kind is not None and kind not in RECORD_KINDS:
        raise InvalidInput(
            f"unknown kind {kind!r}", field="kind", hint="one of " + ", ".join(RECORD_KINDS)
        )
    found: list[Any] = load_record().query(
        year=year, vetoed_by=vetoed_by, topic=topic, member=member, kind=kind
    )
    return found


@router.get("/records", summary="Decisions of the record 1946-2022 (as `unsc records list`)")
def records(
    year: int | None = Query(None),
    vetoed_by: str | None = Query(None, description="a permanent member's code or name"),
    topic: str | None = Query(None, description="text in the agenda item"),
    member: str | None = Query(None, description="vetoed by it, or named in the topic"),
    kind: str | None = Query(None, description=", ".join(RECORD_KINDS)),
    limit: int = Query(100, ge=1, le=10_000),
    offset: int = Query(0, ge=0),
) -> dict[str, Any]:
    found = query_record(year=year, vetoed_by=vetoed_by, topic=topic, member=member, kind=kind)
    page = found[offset : offset + limit]
    return {"count": len(found), "decisions": [d.to_dict() for d in page]}


@router.get("/records/vetoes", summary="Vetoes per permanent member per decade")
def vetoes() -> dict[str, Any]:
    from unsc.council.record import load_record

    table = load_record().vetoes_by_decade()
    return {"by_decade": {f"{decade}s": row for decade, row in table.items()}}


@cache
def veto_chart(per: str) -> bytes:
    """The veto chart as PNG bytes, drawn once per process."""
    from unsc.council.chart import plot_vetoes

    with tempfile.TemporaryDirectory(prefix="unsc-chart-") as tmp:
        return plot_vetoes(path=FsPath(tmp) / "vetoes.png", per=per).read_bytes()


@router.get("/records/vetoes/chart.png", summary="The veto chart (PNG)", response_class=Response)
def vetoes_chart(per: str = Query("year", description="year or decade")) -> Response:
    if per not in ("year", "decade"):
        raise InvalidInput(f"per={per!r} is not year or decade", field="per")
    return Response(
        veto_chart(per), media_type="image/png", headers={"Cache-Control": "public, max-age=3600"}
    )


@router.get("/power/{date}", summary="Exact power indices of the Council on a date")
def power(
    date: str = Path(..., examples=["2006-10-14"]),
    indices: str | None = Query(None, description="comma-separated; default: all"),
) -> dict[str, Any]:
    from unsc.council import parse_date
    from unsc.council.power import ALL_INDICES, council_game, engine_for, power_indices

    wanted = tuple(i.strip() for i in (indices or "").split(",") if i.strip()) or ALL_INDICES
    unknown = [i for i in wanted if i not in ALL_INDICES]
    if unknown:
        raise InvalidInput(
            f"unknown index {unknown[0]!r}",
            field="indices",
            hint="some of " + ", ".join(ALL_INDICES),
        )
    game = council_game(parse_date(date))
    result = power_indices(game, wanted)
    return {
        "game": game.describe(),
        "engine": engine_for(game, frozenset(wanted)),
        "players": [p.to_dict() for p in result],
    }
