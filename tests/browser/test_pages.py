"""The web UI driven by headless Chromium: the council page, the July 2006 negotiation, a
name screened, a CSV uploaded with its progress shown, and a review decision recorded.
Screenshots are written to tests/artifacts/.

htmx replaces elements while a test looks at them, and a loaded machine makes that race
likely: the helpers below never hold an element across a wait. They read text and attributes
in one ``execute_script`` call (atomic in the page), and retry a find-then-act that meets a
replaced (stale) element.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("browser")]

TIMEOUT = 30
T = TypeVar("T")

_READ = """
const el = document.querySelector(arguments[0]);
if (el === null) { return null; }
return arguments[1] === null ? el.innerText : el.getAttribute(arguments[1]);
"""


def _until(driver: Any, condition: Callable[[Any], T], timeout: float = TIMEOUT) -> T:
    """``condition(driver)`` once it is truthy; a missing or replaced element means "not yet"."""
    from selenium.common.exceptions import (
        ElementClickInterceptedException,
        ElementNotInteractableException,
        NoSuchElementException,
        StaleElementReferenceException,
    )
    from selenium.webdriver.support.ui import WebDriverWait

    ignored = (
        NoSuchElementException,
        StaleElementReferenceException,
        ElementClickInterceptedException,
        ElementNotInteractableException,
    )
    wait = WebDriverWait(driver, timeout, poll_frequency=0.1, ignored_exceptions=ignored)
    return wait.until(condition)


def _text(driver: Any, css: str) -> str | None:
    """The rendered text of the first element matching ``css`` (None if there is none)."""
    found = driver.execute_script(_READ, css, None)
    return None if found is None else str(found)


def _attr(driver: Any, css: str, name: str) -> str | None:
    found = driver.execute_script(_READ, css, name)
    return None if found is None else str(found)


def _wait_text(driver: Any, css: str, needle: str = "", timeout: float = TIMEOUT) -> str:
    """The text of ``css`` once it exists and contains ``needle``."""

    def ready(d: Any) -> str | None:
        text = _text(d, css)
        return text if text is not None and needle in text else None

    return _until(driver, ready, timeout)


def _click(driver: Any, css: str) -> None:
    """Click ``css`` as soon as it is there and clickable, even if htmx just replaced it."""

    def clicked(d: Any) -> bool:
        d.find_element("css selector", css).click()
        return True

    _until(driver, clicked)


def _open(driver: Any, url: str) -> None:
    """Load a page and wait until htmx has processed it (so forms post through htmx)."""
    driver.get(url)
    _until(
        driver,
        lambda d: d.execute_script(
            "return document.readyState === 'complete' && window.htmx !== undefined"
        ),
    )


def _shot(driver: Any, artifacts: Path, name: str) -> None:
    height = driver.execute_script("return document.body.scrollHeight")
    driver.set_window_size(1280, max(900, min(int(height) + 40, 4000)))
    assert driver.save_screenshot(str(artifacts / f"{name}.png"))
    driver.set_window_size(1280, 1000)


def _sign_in(browser: Any, server: Any, role: str = "analyst") -> None:
    from selenium.webdriver.common.by import By

    # Sign out first: a browser still signed in from an earlier test shows the badge on the
    # login page itself, and waiting for it would not wait for the sign-in's redirect, which
    # could then overtake the next page load.
    _open(browser, server.url + "/ui/logout")
    _open(browser, server.url + "/ui/login")
    key = server.admin_key if role == "admin" else server.analyst_key
    browser.find_element(By.ID, "key").send_keys(key)
    _click(browser, "#login-submit")
    _until(browser, lambda d: "/ui/login" not in d.current_url)
    _wait_text(browser, "header .who .badge", role)


def test_council_page(browser: Any, server: Any, artifacts: Path) -> None:
    _open(browser, server.url + "/ui/council?date=2006-07-15")
    assert "France" in _wait_text(browser, "#president")
    browser.execute_script(
        "const d = document.getElementById('date'); d.value = '2006-10-14';"
        "d.dispatchEvent(new Event('change', {bubbles: true}));"
    )
    _wait_text(browser, "#president", "Japan")
    assert _attr(browser, "#council-card", "data-date") == "2006-10-14"
    rows = browser.execute_script("return document.querySelectorAll('#members tbody tr').length")
    assert rows == 15
    _shot(browser, artifacts, "council-2006-10-14")


def test_records_chart_and_search(browser: Any, server: Any, artifacts: Path) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    _open(browser, server.url + "/ui/records")
    _until(
        browser,
        lambda d: d.execute_script(
            "const i = document.getElementById('veto-chart'); return i.complete && i.naturalWidth"
        ),
    )
    browser.find_element(By.ID, "topic").send_keys("Korea")
    Select(browser.find_element(By.ID, "vetoed_by")).select_by_visible_text("RUS")

    def narrowed(d: Any) -> list[Any] | None:
        # Each change is its own request: wait for the answer to both filters.
        rows = d.execute_script(
            "return [...document.querySelectorAll('#records-table tbody tr')]"
            ".map(r => [r.className, r.innerText])"
        )
        ok = rows and all(c == "veto" and "RUS" in t and "Korea" in t for c, t in rows)
        return rows if ok else None

    rows = _until(browser, narrowed)
    assert len(rows) < 10
    _shot(browser, artifacts, "records-korea-vetoed-by-russia")


def test_lists_import_and_delta(
    browser: Any, server: Any, artifacts: Path, shared_data: Path
) -> None:
    from selenium.webdriver.common.by import By

    _sign_in(browser, server, "admin")
    for name in ("un_consolidated_2025-12-09.xml", "un_consolidated_2026-01-28.xml"):
        _open(browser, server.url + "/ui/lists")
        path = shared_data / "sanctions" / "un" / name
        browser.find_element(By.ID, "file").send_keys(str(path))
        _click(browser, "form[hx-post='/ui/lists/import'] button")
        assert "un_sc" in _wait_text(browser, "#import-result", "un_sc", timeout=90)
    _open(browser, server.url + "/ui/lists")
    versions = browser.execute_script(
        "return document.querySelectorAll('#versions tbody tr').length"
    )
    assert versions >= 2
    _click(browser, "form[hx-get='/ui/lists/diff'] button")
    summary = _wait_text(browser, "#delta-result", "added")
    assert "amended" in summary and "→" in summary
    _shot(browser, artifacts, "lists-delta")


def test_july_2006_negotiation(browser: Any, server: Any, artifacts: Path) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    _open(browser, server.url + "/ui/negotiation?scenario=2006-07")
    assert _attr(browser, "#outcome", "data-outcome") == "vetoed"
    vetoes = browser.execute_script(
        "return [...document.querySelectorAll('#votes tr.veto')].map(r => r.dataset.member)"
    )
    assert set(vetoes) == {"CHN", "RUS"}
    for slot in ("OP3", "OP4", "OP5"):  # the floated compromise: drop the sanctions
        Select(browser.find_element(By.ID, f"slot_{slot}")).select_by_value("__drop__")
    _until(browser, lambda d: _attr(d, "#outcome", "data-outcome") == "adopted")
    _shot(browser, artifacts, "negotiation-2006-07-compromise")
    _click(browser, "#find-strongest")
    assert _wait_text(browser, "#strongest-adopted .outcome").startswith("Adopted")
    assert "15-0-0" in _wait_text(browser, "#strongest-unanimous")
    _shot(browser, artifacts, "negotiation-2006-07-strongest")


def test_name_screened(browser: Any, server: Any, artifacts: Path) -> None:
    from selenium.webdriver.common.by import By

    _open(browser, server.url + "/ui/screening")
    browser.find_element(By.ID, "name").send_keys("Ri Je Son")
    browser.find_element(By.ID, "birth_date").send_keys("1938")
    _click(browser, "#screen-submit")
    hit = _wait_text(browser, '#hits .hit[data-ref="KPi.002"]')
    assert "RI JE-SON" in hit and "match" in hit and "name" in hit.lower()
    _shot(browser, artifacts, "screening-name")


def test_csv_uploaded_with_progress(
    browser: Any, server: Any, artifacts: Path, tmp_path: Path
) -> None:
    from selenium.webdriver.common.by import By

    _sign_in(browser, server)
    names = [
        "Ri Je Son",
        "Kim Yong Chol",
        "Maria Gonzalez",
        "Tanchon Commercial Bank",
        "John Smith",
        "Abu Bakr al-Baghdadi",
        "Acme Widgets Ltd",
        "Jang Song Taek",
    ]
    upload = tmp_path / "customers.csv"
    upload.write_text("id,name\n" + "".join(f"{i},{names[i % len(names)]}\n" for i in range(400)))
    _open(browser, server.url + "/ui/screening")
    browser.find_element(By.ID, "csv").send_keys(str(upload))
    _click(browser, "#batch-submit")
    _until(browser, lambda d: _text(d, "#batch .job .progress") is not None)
    assert _attr(browser, "#batch .job", "data-status") in {"queued", "running", "done"}
    assert "/ 400 rows" in _wait_text(browser, "#job-count")
    _shot(browser, artifacts, "screening-csv-progress")
    _until(browser, lambda d: _attr(d, "#batch .job", "data-status") == "done", timeout=90)
    assert "400 / 400 rows" in _wait_text(browser, "#job-count")
    assert (_attr(browser, "#job-download", "href") or "").endswith(".csv")
    _shot(browser, artifacts, "screening-csv-done")
    _click(browser, "#job-queue")
    assert "queued for review" in _wait_text(browser, "#batch-queued")


def test_review_decision_recorded(browser: Any, server: Any, artifacts: Path) -> None:
    import httpx
    from selenium.webdriver.common.by import By

    _sign_in(browser, server)
    _open(browser, server.url + "/ui/screening")
    browser.find_element(By.ID, "name").send_keys("Kim Yong Chol")
    _click(browser, "#screen-submit")
    _click(browser, "#hits .queue-hit")
    queued = _until(browser, lambda d: _attr(d, "[id^=queued-]", "id"))
    item_id = queued.removeprefix("queued-")
    row = f"#review-{item_id}"
    _open(browser, server.url + "/ui/review")
    _wait_text(browser, row, "pending")
    browser.find_element(By.CSS_SELECTOR, f"{row} input[name=reason]").send_keys(
        "different person: other date of birth"
    )
    _click(browser, f"{row} button[value=false_positive]")
    assert "different person" in _wait_text(browser, row, "false positive")
    _shot(browser, artifacts, "review-decision")
    admin = {"X-API-Key": server.admin_key}
    audit = httpx.get(server.url + "/audit", headers=admin, timeout=10).json()
    decisions = [e for e in audit["entries"] if e["action"] == "review.decision"]
    assert decisions and decisions[0]["payload"]["decision"] == "false_positive"
    assert decisions[0]["subject"].endswith(item_id)
    verify = httpx.get(server.url + "/audit/verify", headers=admin, timeout=10)
    assert verify.json()["ok"] is True
