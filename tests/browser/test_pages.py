"""The web UI driven by headless Chromium: the council page, the July 2006 negotiation, a
name screened, a CSV uploaded with its progress shown, and a review decision recorded.
Screenshots are written to tests/artifacts/."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("browser")]

TIMEOUT = 20


def _wait(driver: Any, css: str, timeout: float = TIMEOUT) -> Any:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ec
    from selenium.webdriver.support.ui import WebDriverWait

    return WebDriverWait(driver, timeout).until(
        ec.presence_of_element_located((By.CSS_SELECTOR, css))
    )


def _shot(driver: Any, artifacts: Path, name: str) -> None:
    height = driver.execute_script("return document.body.scrollHeight")
    driver.set_window_size(1280, max(900, min(int(height) + 40, 4000)))
    assert driver.save_screenshot(str(artifacts / f"{name}.png"))
    driver.set_window_size(1280, 1000)


def _sign_in(browser: Any, server: Any) -> None:
    from selenium.webdriver.common.by import By

    browser.get(server.url + "/ui/login")
    browser.find_element(By.ID, "key").send_keys(server.analyst_key)
    browser.find_element(By.ID, "login-submit").click()
    _wait(browser, "header .who .badge")


def test_council_page(browser: Any, server: Any, artifacts: Path) -> None:
    browser.get(server.url + "/ui/council")
    assert "France" in _wait(browser, "#president").text  # July 2006
    browser.execute_script(
        "const d = document.getElementById('date'); d.value = '2006-10-14';"
        "d.dispatchEvent(new Event('change', {bubbles: true}));"
    )
    from selenium.webdriver.support.ui import WebDriverWait

    WebDriverWait(browser, TIMEOUT).until(
        lambda d: "Japan" in d.find_element("css selector", "#president").text
    )
    rows = browser.find_elements("css selector", "#members tbody tr")
    assert len(rows) == 15
    _shot(browser, artifacts, "council-2006-10-14")


def test_july_2006_negotiation(browser: Any, server: Any, artifacts: Path) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select, WebDriverWait

    browser.get(server.url + "/ui/negotiation?scenario=2006-07")
    assert _wait(browser, "#outcome").get_attribute("data-outcome") == "vetoed"
    vetoes = browser.find_elements(By.CSS_SELECTOR, "#votes tr.veto")
    assert {r.get_attribute("data-member") for r in vetoes} == {"CHN", "RUS"}
    for slot in ("OP3", "OP4", "OP5"):  # the floated compromise: drop the sanctions
        Select(browser.find_element(By.ID, f"slot_{slot}")).select_by_value("__drop__")
    WebDriverWait(browser, TIMEOUT).until(
        lambda d: d.find_element(By.ID, "outcome").get_attribute("data-outcome") == "adopted"
    )
    _shot(browser, artifacts, "negotiation-2006-07-compromise")
    browser.find_element(By.ID, "find-strongest").click()
    found = _wait(browser, "#strongest-adopted .outcome")
    assert found.text.startswith("Adopted")
    assert "15-0-0" in browser.find_element(By.ID, "strongest-unanimous").text
    _shot(browser, artifacts, "negotiation-2006-07-strongest")


def test_name_screened(browser: Any, server: Any, artifacts: Path) -> None:
    from selenium.webdriver.common.by import By

    browser.get(server.url + "/ui/screening")
    browser.find_element(By.ID, "name").send_keys("Ri Je Son")
    browser.find_element(By.ID, "birth_date").send_keys("1938")
    browser.find_element(By.ID, "screen-submit").click()
    hit = _wait(browser, '#hits .hit[data-ref="KPi.002"]')
    assert "RI JE-SON" in hit.text and "match" in hit.text and "name" in hit.text
    _shot(browser, artifacts, "screening-name")


def test_csv_uploaded_with_progress(
    browser: Any, server: Any, artifacts: Path, tmp_path: Path
) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

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
    browser.get(server.url + "/ui/screening")
    browser.find_element(By.ID, "csv").send_keys(str(upload))
    browser.find_element(By.ID, "batch-submit").click()
    job = _wait(browser, "#batch .job")
    assert _wait(browser, "#batch .progress").is_displayed()
    assert job.get_attribute("data-status") in {"queued", "running", "done"}
    _shot(browser, artifacts, "screening-csv-progress")
    WebDriverWait(browser, 60).until(
        lambda d: (
            d.find_element(By.CSS_SELECTOR, "#batch .job").get_attribute("data-status") == "done"
        )
    )
    assert "400 / 400 rows" in browser.find_element(By.ID, "job-count").text
    assert browser.find_element(By.ID, "job-download").get_attribute("href").endswith(".csv")
    _shot(browser, artifacts, "screening-csv-done")
    browser.find_element(By.ID, "job-queue").click()
    assert "queued for review" in _wait(browser, "#batch-queued").text


def test_review_decision_recorded(browser: Any, server: Any, artifacts: Path) -> None:
    import httpx
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    _sign_in(browser, server)
    browser.get(server.url + "/ui/screening")
    browser.find_element(By.ID, "name").send_keys("Kim Yong Chol")
    browser.find_element(By.ID, "screen-submit").click()
    _wait(browser, "#hits .queue-hit").click()
    _wait(browser, "[id^=queued-]")
    browser.get(server.url + "/ui/review")
    row = _wait(browser, "#review-table tbody tr")
    row_id = row.get_attribute("id")
    row.find_element(By.NAME, "reason").send_keys("different person: other date of birth")
    row.find_element(By.CSS_SELECTOR, "button[value=false_positive]").click()
    WebDriverWait(browser, TIMEOUT).until(
        lambda d: "false positive" in d.find_element(By.ID, row_id).text
    )
    _shot(browser, artifacts, "review-decision")
    audit = httpx.get(server.url + "/audit", headers={"X-API-Key": server.admin_key}).json()
    decisions = [e for e in audit["entries"] if e["action"] == "review.decision"]
    assert decisions and decisions[0]["payload"]["decision"] == "false_positive"
    verify = httpx.get(server.url + "/audit/verify", headers={"X-API-Key": server.admin_key})
    assert verify.json()["ok"] is True
