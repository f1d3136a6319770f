"""Web UI: the home page, signing in and out, and the review queue."""

from __future__ import annotations

from urllib.parse import urlparse

from fastapi import APIRouter, Depends, Form, Path, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from unsc.errors import UnscError
from unsc.service import review
from unsc.service.auth import COOKIE, authenticate, require
from unsc.service.context import ServiceContext
from unsc.service.deps import context
from unsc.service.pages import error_fragment, render, ui_principal
from unsc.storage import MAX_ID

router = APIRouter(prefix="/ui", include_in_schema=False)


@router.get("/", response_class=HTMLResponse)
def home(request: Request) -> HTMLResponse:
    return render(request, "home.html", page="home")


def _safe_next(target: str) -> str:
    parsed = urlparse(target)
    if parsed.scheme or parsed.netloc or not target.startswith("/"):
        return "/ui/"
    return target


@router.get("/login", response_class=HTMLResponse)
def login_form(request: Request, next: str = "/ui/") -> HTMLResponse:
    return render(request, "login.html", page="login", next=_safe_next(next), error=None)


@router.post("/login", response_model=None)
def login(
    request: Request,
    key: str = Form(...),
    next: str = Form("/ui/"),
    ctx: ServiceContext = Depends(context),
) -> Response:
    try:
        who = authenticate(ctx.engine, key.strip())
    except UnscError as exc:
        return render(
            request,
            "login.html",
            status_code=401,
            page="login",
            next=_safe_next(next),
            error=exc.to_dict(),
        )
    response = RedirectResponse(_safe_next(next), status_code=303)
    if who is not None:
        response.set_cookie(
            COOKIE, key.strip(), httponly=True, samesite="strict", max_age=12 * 3600
        )
    return response


@router.get("/logout")
def logout() -> RedirectResponse:
    response = RedirectResponse("/ui/", status_code=303)
    response.delete_cookie(COOKIE)
    return response


@router.get("/review", response_class=HTMLResponse)
def review_page(
    request: Request, status: str = "pending", ctx: ServiceContext = Depends(context)
) -> HTMLResponse:
    who = ui_principal(request)
    if who is None:
        return render(
            request,
            "review.html",
            page="review",
            items=[],
            counts=None,
            status=status,
            need_login=True,
        )
    wanted = None if status == "all" else status
    try:
        found = review.items(ctx.engine, status=wanted)
    except UnscError as exc:
        return render(
            request,
            "review.html",
            page="review",
            items=[],
            counts=None,
            status=status,
            need_login=False,
            error=exc.to_dict(),
        )
    return render(
        request,
        "review.html",
        page="review",
        items=found,
        counts=review.counts(ctx.engine),
        status=status,
        need_login=False,
        can_decide=who.has("analyst"),
    )


@router.post("/review/{item_id}", response_class=HTMLResponse)
def review_decide(
    request: Request,
    item_id: int = Path(..., ge=1, le=MAX_ID),
    decision: str = Form(...),
    reason: str = Form(""),
    ctx: ServiceContext = Depends(context),
) -> HTMLResponse:
    try:
        who = require(ui_principal(request), "analyst")
        item = review.decide(ctx.engine, item_id, decision=decision, reason=reason, actor=who.name)
    except UnscError as exc:
        try:
            item = review.get(ctx.engine, item_id)
        except UnscError:
            return error_fragment(request, exc)
        return render(
            request, "partials/review_row.html", item=item, can_decide=True, row_error=exc.to_dict()
        )
    return render(request, "partials/review_row.html", item=item, can_decide=True)
