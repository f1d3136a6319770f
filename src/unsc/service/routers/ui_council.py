"""Web UI: the Council on a date, and the record of vetoes."""

from __future__ import annotations

import datetime as dt
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from unsc.errors import UnscError
from unsc.service.pages import error_fragment, render

router = APIRouter(prefix="/ui", include_in_schema=False)

DEFAULT_DATE = "2006-07-15"


def _council(date: str) -> object:
    from unsc.council import council_on, parse_date

    return council_on(parse_date(date))


@router.get("/council", response_class=HTMLResponse)
def council_page(request: Request, date: str = DEFAULT_DATE) -> HTMLResponse:
    try:
        found, error = _council(date), None
    except UnscError as exc:
        found, error = None, exc.to_dict()
    return render(
        request,
        "council.html",
        page="council",
        date=date,
        council=found,
        error=error,
        today=dt.date.today().isoformat(),
    )


@router.get("/council/members", response_class=HTMLResponse)
def council_members(request: Request, date: str = DEFAULT_DATE) -> HTMLResponse:
    try:
        found = _council(date)
    except UnscError as exc:
        return error_fragment(request, exc)
    return render(request, "partials/council_members.html", council=found)


@router.get("/records", response_class=HTMLResponse)
def records_page(request: Request) -> HTMLResponse:
    return render(request, "records.html", page="records", **_records(request, "", "", "", ""))


@router.get("/records/table", response_class=HTMLResponse)
def records_table(
    request: Request, topic: str = "", vetoed_by: str = "", year: str = "", kind: str = ""
) -> HTMLResponse:
    try:
        values = _records(request, topic, vetoed_by, year, kind)
    except UnscError as exc:
        return error_fragment(request, exc)
    return render(request, "partials/records_table.html", **values)


def _records(request: Request, topic: str, vetoed_by: str, year: str, kind: str) -> dict[str, Any]:
    from unsc.errors import InvalidInput
    from unsc.service.routers.council import RECORD_KINDS, query_record

    try:
        year_value = int(year) if year.strip() else None
    except ValueError:
        raise InvalidInput(f"year {year!r} is not a number", field="year") from None
    found = query_record(
        year=year_value,
        vetoed_by=vetoed_by.strip() or None,
        topic=topic.strip() or None,
        kind=kind or None,
    )
    return {
        "decisions": found[:300],
        "count": len(found),
        "kinds": RECORD_KINDS,
        "vetoers": ("CHN", "FRA", "SUN", "RUS", "GBR", "USA"),
    }
