"""The web UI's pages and htmx fragments, rendered through the test client."""

from __future__ import annotations

import re

from fastapi.testclient import TestClient


def _login(client: TestClient, key: str) -> None:
    response = client.post(
        "/ui/login", data={"key": key, "next": "/ui/review"}, follow_redirects=False
    )
    assert response.status_code == 303 and response.headers["location"] == "/ui/review"
    assert "httponly" in response.headers["set-cookie"].lower()
    assert "samesite=strict" in response.headers["set-cookie"].lower()


def test_every_page_renders_with_vendored_assets(client: TestClient) -> None:
    for page in (
        "/ui/",
        "/ui/council",
        "/ui/records",
        "/ui/negotiation",
        "/ui/screening",
        "/ui/review",
        "/ui/lists",
        "/ui/login",
    ):
        response = client.get(page)
        assert response.status_code == 200, page
        assert "/static/vendor/htmx-2.0.11.min.js" in response.text
        assert "http://" not in response.text and "https://" not in response.text
    assert client.get("/static/vendor/htmx-2.0.11.min.js").status_code == 200
    assert client.get("/static/app.css").text.startswith("/*")
    assert client.get("/", follow_redirects=False).headers["location"] == "/ui/"


def test_council_page_and_fragment(client: TestClient) -> None:
    page = client.get("/ui/council", params={"date": "2006-10-14"}).text
    assert "Japan" in re.search(r'id="president".*?</p>', page, re.S).group(0)
    fragment = client.get("/ui/council/members", params={"date": "1950-06-27"}).text
    assert "11 seats" in fragment and "Union of Soviet" in fragment
    error = client.get("/ui/council/members", params={"date": "1901-01-01"}).text
    assert 'class="error"' in error and "1901-01-01" in error


def test_negotiation_tally_and_strongest(client: TestClient) -> None:
    page = client.get("/ui/negotiation").text
    assert 'data-outcome="vetoed"' in page and 'class="veto"' in page
    form = {
        "basis": "chapter-vii",
        "slot_OP3": "__drop__",
        "slot_OP4": "__drop__",
        "slot_OP5": "__drop__",
        "slot_OP1": "original",
        "slot_OP2": "original",
        "slot_OP6": "original",
        "slot_OP7": "original",
        "assume": "expected",
    }
    tally = client.post("/ui/negotiation/2006-07/tally", data=form).text
    assert 'data-outcome="adopted"' in tally
    forced = client.post(
        "/ui/negotiation/2006-07/tally",
        data={"pos_CHN": "no", "pos_RUS": "yes", "assume": "expected"},
    ).text
    assert 'data-outcome="vetoed"' in forced and "veto: CHN" in forced
    strongest = client.post("/ui/negotiation/2006-07/strongest", data={}).text
    assert 'id="strongest-adopted"' in strongest and "Adopted" in strongest
    assert "/ui/negotiation?scenario=2006-07&amp;basis=" in strongest
    loaded = client.get(
        "/ui/negotiation", params={"scenario": "2006-07", "basis": "special-responsibility"}
    ).text
    assert 'value="special-responsibility" checked' in loaded
    missing = client.get("/ui/negotiation", params={"scenario": "1999-01"}).text
    assert 'class="error"' in missing


def test_screening_results_and_queue(client: TestClient, keys: dict[str, str]) -> None:
    anonymous = client.get("/ui/screening/results", params={"name": "Ri Je Son"}).text
    assert "RI JE-SON" in anonymous and "Queue for review" not in anonymous
    # any kind by default: an exact listed firm's name was held at 0.70 as a person's
    firm = client.get("/ui/screening/results", params={"name": "Green Pine Associated Corporation"})
    assert "KPe.010" in firm.text and 'data-feature="schema"' not in firm.text
    assert 'data-feature="name"' in anonymous and 'class="parts"' in anonymous
    # The breakdown as bars: a date of birth that disagrees is a negative contribution.
    wrong_dob = client.get(
        "/ui/screening/results", params={"name": "Ri Je Son", "birth_date": "1990"}
    ).text
    dob_row = re.search(r'<tr class="feature" data-feature="dob">.*?</tr>', wrong_dob, re.S)
    assert dob_row and 'class="bar neg"' in dob_row.group(0) and "-0.15" in dob_row.group(0)
    empty = client.get("/ui/screening/results", params={"name": " "}).text
    assert "enter a name" in empty
    _login(client, keys["analyst"])
    hits = client.get("/ui/screening/results", params={"name": "Ri Je Son"}).text
    assert "Queue for review" in hits
    queued = client.post(
        "/ui/screening/queue",
        data={"ref": "KPi.002", "name": "Ri Je Son", "schema": "Person", "dataset": "un_sc"},
    ).text
    assert "queued for review as #" in queued
    review = client.get("/ui/review").text
    item = re.search(r'id="review-(\d+)"', review).group(1)
    no_reason = client.post(f"/ui/review/{item}", data={"decision": "true_positive"}).text
    assert "needs a reason" in no_reason
    decided = client.post(
        f"/ui/review/{item}",
        data={"decision": "true_positive", "reason": "same name and birth year"},
    ).text
    assert "true positive" in decided and "same name and birth year" in decided


def test_login_refuses_a_bad_key_and_logout_clears(
    client: TestClient, keys: dict[str, str]
) -> None:
    bad = client.post("/ui/login", data={"key": "unsc_nope"})
    assert bad.status_code == 401 and "unknown or revoked" in bad.text
    _login(client, keys["viewer"])
    page = client.get("/ui/review").text
    assert "test-viewer" in page and "analyst key needed" not in page
    client.get("/ui/logout")
    assert "sign in with an API key" in client.get("/ui/").text
    offsite = client.post(
        "/ui/login", data={"key": keys["viewer"], "next": "https://evil"}, follow_redirects=False
    )
    assert offsite.headers["location"] == "/ui/"


def test_lists_page_import_and_delta(client: TestClient, keys: dict[str, str], shared_data) -> None:
    assert "No list imported yet" in client.get("/ui/lists").text
    _login(client, keys["admin"])
    for name in ("un_consolidated_2025-12-09.xml", "un_consolidated_2026-01-28.xml"):
        data = (shared_data / "sanctions" / "un" / name).read_bytes()
        result = client.post("/ui/lists/import", files={"file": (name, data, "text/xml")}).text
        assert 'id="import-result"' in result and "un_sc:" in result
    page = client.get("/ui/lists").text
    assert page.count("<tr><td>") == 2 and "current" in page
    delta = client.get("/ui/lists/diff", params={"a": 1, "b": 2}).text
    assert "added" in delta and "amended" in delta
    wrong = client.get("/ui/lists/diff", params={"a": 1, "b": 99}).text
    assert "no list version 99" in wrong


def test_screening_results_refuse_an_unknown_schema(client: TestClient) -> None:
    # It used to be screened as a LegalEntity; the JSON API refuses it (400), the page says so.
    page = client.get("/ui/screening/results", params={"name": "Ri Je Son", "schema": "Banana"})
    assert page.status_code == 200 and 'class="error"' in page.text
    assert "schema &#39;Banana&#39; cannot be matched" in page.text and "RI JE-SON" not in page.text
    fine = client.get("/ui/screening/results", params={"name": "Ri Je Son", "schema": "Thing"})
    assert "RI JE-SON" in fine.text
