"""Screening several lists at once in the service: ``/match/un_sc,ofac_sdn``, ``all``, the
CSV job and the UI, each hit naming its own list."""

from __future__ import annotations

import csv
import io
import time
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient


def test_a_company_on_both_lists_is_found_on_both() -> None:
    # The screener the service builds for un_sc,ofac_sdn: a company's run of words whose
    # blends no name of the large list has made an empty look-up, and the query raised.
    from unsc.screening import Query, Screener

    screener = Screener.from_list("un_sc,ofac_sdn")
    hits = screener.screen(Query("Korea Mining Development Trading Corporation"), limit=4)
    assert {(h.dataset, h.ref) for h in hits if h.score >= 0.99} == {
        ("un_sc", "KPe.001"),
        ("ofac_sdn", "9345"),
    }


UN_OLD = "sanctions/un/un_consolidated_2025-12-09.xml"
EU_SAMPLE = Path(__file__).parents[1] / "sanctions" / "data" / "eu_fsf_sample.xml"
BOTH = "un_sc,ofac_sdn"


def _match(client: TestClient, queries: dict[str, Any], dataset: str, **params: Any) -> Any:
    return client.post(f"/match/{dataset}", json={"queries": queries}, params=params)


def _ids(answer: dict[str, Any], at_least: float = 0.99) -> set[str]:
    return {r["id"] for r in answer["results"] if r["score"] >= at_least}


def _h(key: str) -> dict[str, str]:
    return {"X-API-Key": key}


def test_match_on_two_lists_names_each_hits_own_dataset(api: TestClient) -> None:
    queries = {
        "company": {
            "schema": "Company",
            "properties": {"name": ["Korea Mining Development Trading Corporation"]},
        },
        "kony": {"schema": "Person", "properties": {"name": ["Joseph Kony"]}},
        "un": {"schema": "Person", "properties": {"name": ["Ri Je Son"], "birthDate": ["1938"]}},
        "vessel": {"schema": "Vessel", "properties": {"name": ["Ebano"]}},
    }
    response = _match(api, queries, BOTH)
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["dataset"] == BOTH
    answers = body["responses"]
    assert _ids(answers["company"]) == {"un_sc:KPe.001", "ofac_sdn:9345"}
    assert _ids(answers["kony"]) == {"un_sc:CFi.009", "ofac_sdn:11018"}
    assert "un_sc:KPi.002" in _ids(answers["un"])
    assert _ids(answers["vessel"]) == {"ofac_sdn:4243"}  # on OFAC's list only
    for answer in answers.values():
        for r in answer["results"]:
            assert r["datasets"] == [r["id"].split(":")[0]]
    # One list alone answers as before.
    alone = _match(api, {"kony": queries["kony"]}, "un_sc").json()
    assert alone["dataset"] == "un_sc"
    assert _ids(alone["responses"]["kony"]) == {"un_sc:CFi.009"}


def test_the_dataset_filters_apply_to_each_hit(api: TestClient) -> None:
    kony = {"q": {"schema": "Person", "properties": {"name": ["Joseph Kony"]}}}
    no_ofac = _match(api, kony, BOTH, exclude_dataset="ofac_sdn").json()["responses"]["q"]
    assert _ids(no_ofac) == {"un_sc:CFi.009"}
    only_ofac = _match(api, kony, BOTH, include_dataset="ofac_sdn").json()["responses"]["q"]
    assert _ids(only_ofac) == {"ofac_sdn:11018"}
    neither = _match(api, kony, BOTH, include_dataset="eu_fsf").json()["responses"]["q"]
    assert neither["results"] == []


def test_entities_search_and_entries_of_every_member(api: TestClient) -> None:
    ctx = api.app.state.ctx
    assert _match(api, {"q": {"schema": "Thing", "properties": {"name": "x"}}}, BOTH).is_success
    for entity_id, caption in (
        ("ofac_sdn:9345", "KOREA MINING DEVELOPMENT TRADING CORPORATION"),
        ("un_sc:KPe.001", "KOREA MINING DEVELOPMENT TRADING CORPORATION"),
    ):
        found = api.get(f"/entities/{entity_id}")
        assert found.status_code == 200 and found.json()["id"] == entity_id
        assert found.json()["caption"] == caption
    # (answered by the screener of both lists: OFAC's alone was not built for it)
    assert "ofac_sdn" not in {s.dataset for s in ctx.datasets.loaded()}
    assert api.get("/entities/ofac_sdn:KPe.001").status_code == 404
    search = api.get(f"/search/{BOTH}", params={"q": "Joseph Kony"}).json()
    assert {"un_sc:CFi.009", "ofac_sdn:11018"} <= {r["id"] for r in search["results"]}
    entry = api.get("/lists/entries/9345", params={"dataset": "ofac_sdn"}).json()
    assert entry["dataset"] == "ofac_sdn" and entry["ref"] == "9345"
    both = {c["name"]: c for c in api.get("/catalog").json()["collections"]}
    assert both[BOTH]["children"] == ["un_sc", "ofac_sdn"] and both[BOTH]["load"]
    assert both[BOTH]["versions"] == {"un_sc": None, "ofac_sdn": None}
    assert both["all"]["children"] == ["ofac_cons", "ofac_sdn", "un_sc"]


def test_an_unknown_member_is_a_404_naming_it(api: TestClient) -> None:
    query = {"q": {"schema": "Person", "properties": {"name": ["Joseph Kony"]}}}
    for spec in ("un_sc,nope", "nope,un_sc"):
        response = _match(api, query, spec)
        assert response.status_code == 404, spec
        body = response.json()
        assert "'nope'" in body["message"] and body["field"] == "dataset"
        assert "un_sc" in body["hint"]
    assert api.get("/search/un_sc,nope", params={"q": "Kony"}).status_code == 404
    assert api.get("/entities/nope:1").status_code == 404
    empty = _match(api, query, "un_sc,")
    assert empty.status_code == 422 and empty.json()["field"] == "dataset"
    # default stays the UN list, alone or among others; a name given twice counts once
    default = _match(api, query, "default").json()
    assert default["dataset"] == "un_sc" and _ids(default["responses"]["q"]) == {"un_sc:CFi.009"}
    twice = _match(api, query, "default,ofac_sdn,un_sc").json()
    assert twice["dataset"] == BOTH


def test_all_screens_every_dataset_and_takes_in_an_import(
    client: TestClient, keys: dict[str, str]
) -> None:
    query = {
        "kony": {"schema": "Person", "properties": {"name": ["Joseph Kony"]}},
        "ri": {"schema": "Person", "properties": {"name": ["Ri Won-ho"]}},
        "zahhar": {"schema": "Person", "properties": {"name": ["Mahmoud Khaled Zahhar"]}},
    }
    before = _match(client, query, "all").json()
    assert before["dataset"] == "all"
    assert {"un_sc:CFi.009", "ofac_sdn:11018"} <= _ids(before["responses"]["kony"])
    # OFAC's two lists share their numbering: one entry on both is two hits, two ids.
    assert _ids(before["responses"]["zahhar"]) == {"ofac_sdn:9647", "ofac_cons:9647"}
    for name in ("ofac_sdn", "ofac_cons"):
        doc = client.get(f"/entities/{name}:9647").json()
        assert doc["datasets"] == [name] and doc["source"]["dataset"] == name
    assert not any(i.startswith("eu_fsf:") for i in _ids(before["responses"]["ri"], 0.0))
    files = {"file": ("eu.xml", EU_SAMPLE.read_bytes(), "text/xml")}
    stored = client.post("/lists/import", files=files, headers=_h(keys["admin"]))
    assert stored.status_code == 200 and stored.json()["dataset"] == "eu_fsf", stored.text
    after = _match(client, query, "all").json()  # rebuilt by the import, at once
    assert "eu_fsf:EU.3021.63" in _ids(after["responses"]["ri"], 0.8)
    assert {"un_sc:CFi.009", "ofac_sdn:11018"} <= _ids(after["responses"]["kony"])
    everything = {c["name"]: c for c in client.get("/catalog").json()["collections"]}["all"]
    assert everything["children"] == ["eu_fsf", "ofac_cons", "ofac_sdn", "un_sc"]
    assert everything["versions"]["eu_fsf"] == str(stored.json()["version"])
    assert everything["versions"]["un_sc"] is None
    entity = client.get("/entities/eu_fsf:EU.3021.63")
    assert entity.status_code == 200 and entity.json()["datasets"] == ["eu_fsf"]


def test_a_members_new_version_stored_elsewhere_rebuilds_the_screener(
    client: TestClient, shared_data: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from unsc.sanctions.store import Store
    from unsc.service import datasets

    spec = "un_sc,ofac_cons"
    query = {"q": {"schema": "Person", "properties": {"name": ["Ri Je Son"]}}}
    assert "un_sc:KPi.002" in _ids(_match(client, query, spec).json()["responses"]["q"])
    ctx = client.app.state.ctx
    shipped = ctx.datasets.get(spec)
    assert shipped.members == {"un_sc": None, "ofac_cons": None} and shipped.origin == "shipped"
    # Another worker imports a UN version: this one's background recheck sees it.
    outcome = Store(engine=ctx.engine).import_file(shared_data / UN_OLD)
    monkeypatch.setattr(datasets, "RECHECK_SECONDS", 0.0)
    for _ in range(200):
        served = ctx.datasets.get(spec)
        if served is not shipped:
            break
        time.sleep(0.05)
    assert served.members == {"un_sc": outcome.version, "ofac_cons": None}
    assert served.origin == "mixed" and served.dataset == spec
    ofac_cons = sum(1 for e in shipped.screener.entities if e.dataset == "ofac_cons")
    assert served.entries == outcome.entries + ofac_cons
    assert "un_sc:KPi.002" in _ids(_match(client, query, spec).json()["responses"]["q"])


CSV = (
    "id,name,schema\n"
    "c1,Korea Mining Development Trading Corporation,Company\n"
    "c2,Ebano,Vessel\n"
    "c3,Ri Je Son,Person\n"
    "c4,Nobody Atall Xyzzy,Person\n"
)


def _job(client: TestClient, key: str, dataset: str) -> tuple[dict[str, Any], list[str], list]:
    files = {"file": ("customers.csv", CSV.encode(), "text/csv")}
    created = client.post(
        "/screening/jobs", files=files, data={"dataset": dataset}, headers=_h(key)
    )
    assert created.status_code == 200, created.text
    job_id = created.json()["id"]
    for _ in range(400):
        job = client.get(f"/screening/jobs/{job_id}").json()
        if job["status"] in {"done", "failed"}:
            break
        time.sleep(0.05)
    assert job["status"] == "done", job
    text = client.get(f"/screening/jobs/{job_id}.csv").text
    header, *rows = list(csv.reader(io.StringIO(text)))
    return job, header, [dict(zip(header, r, strict=True)) for r in rows]


def test_the_csv_job_on_two_lists_names_each_rows_list(
    client: TestClient, keys: dict[str, str]
) -> None:
    from unsc.service.batch import RESULT_COLUMNS

    job, header, rows = _job(client, keys["analyst"], "ofac_sdn, un_sc")
    assert job["dataset"] == "ofac_sdn,un_sc"
    assert header == RESULT_COLUMNS  # one list's columns: its dataset column names each hit's
    found = {r["id"]: (r["dataset"], r["ref"], r["listed_name"]) for r in rows}
    assert found["c2"] == ("ofac_sdn", "4243", "EBANO")
    assert found["c1"][0] in {"un_sc", "ofac_sdn"} and found["c1"][1] in {"KPe.001", "9345"}
    assert found["c1"][2] == "KOREA MINING DEVELOPMENT TRADING CORPORATION"
    assert found["c3"][:2] in {("un_sc", "KPi.002"), ("ofac_sdn", "12216")}
    assert found["c4"] == ("", "", "")
    queued = client.post(f"/screening/jobs/{job['id']}/queue", headers=_h(keys["analyst"]))
    items = {(i["dataset"], i["entity_ref"]): i for i in queued.json()["items"]}
    assert ("ofac_sdn", "4243") in items and items[("ofac_sdn", "4243")]["explanation"]
    # One list: the output as before, every hit of that list.
    _, one_header, one = _job(client, keys["analyst"], "un_sc")
    assert one_header == RESULT_COLUMNS
    assert {r["dataset"] for r in one} == {"un_sc", ""}
    assert {r["id"]: r["ref"] for r in one}["c3"] == "KPi.002"


def test_the_csv_job_refuses_an_unknown_member(client: TestClient, keys: dict[str, str]) -> None:
    files = {"file": ("customers.csv", CSV.encode(), "text/csv")}
    refused = client.post(
        "/screening/jobs",
        files=files,
        data={"dataset": "un_sc,nope"},
        headers=_h(keys["analyst"]),
    )
    assert refused.status_code == 404 and "'nope'" in refused.json()["message"]


def test_the_ui_screens_several_lists(client: TestClient, keys: dict[str, str]) -> None:
    page = client.get("/ui/screening", params={"dataset": BOTH}).text
    assert f"<option selected>{BOTH}</option>" in page and "<option >all</option>" in page
    assert "<option selected>un_sc</option>" in client.get("/ui/screening").text
    hits = client.get(
        "/ui/screening/results",
        params={"name": "Joseph Kony", "schema": "Person", "dataset": BOTH},
    ).text
    assert "un_sc:CFi.009" in hits and "ofac_sdn:11018" in hits
    unknown = client.get(
        "/ui/screening/results", params={"name": "Joseph Kony", "dataset": "un_sc,nope"}
    ).text
    assert 'class="error"' in unknown and "no dataset &#39;nope&#39;" in unknown
    client.post("/ui/login", data={"key": keys["analyst"], "next": "/ui/screening"})
    queued = client.post(
        "/ui/screening/queue",
        data={
            "ref": "11018",
            "hit_dataset": "ofac_sdn",
            "name": "Joseph Kony",
            "schema": "Person",
            "dataset": BOTH,
        },
    ).text
    assert "queued for review as #" in queued, queued
    items = client.get("/review/items", headers=_h(keys["analyst"])).json()["items"]
    assert [(i["dataset"], i["entity_ref"]) for i in items] == [("ofac_sdn", "11018")]
    batch = client.post(
        "/ui/screening/batch",
        files={"file": ("c.csv", CSV.encode(), "text/csv")},
        data={"dataset": "all"},
    ).text
    assert "against all" in batch


def test_screeners_of_several_lists_beyond_the_cap_are_dropped(
    client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    from unsc.service import datasets

    monkeypatch.setattr(datasets, "COMPOSITES_KEPT", 1)
    ctx = client.app.state.ctx
    ctx.datasets.get("un_sc")
    ctx.datasets.get("un_sc,ofac_cons")
    ctx.datasets.get("ofac_cons , default")  # another order: another screener
    kept = {s.dataset for s in ctx.datasets.loaded()}
    assert kept == {"un_sc", "ofac_cons,un_sc"}


def test_review_items_queue_the_matches_of_several_lists(
    client: TestClient, keys: dict[str, str]
) -> None:
    body = {
        "dataset": BOTH,
        "query": {"schema": "Person", "properties": {"name": ["Joseph Kony"]}},
    }
    queued = client.post("/review/items", json=body, headers=_h(keys["analyst"]))
    assert queued.status_code == 200, queued.text
    found = {(i["dataset"], i["entity_ref"]) for i in queued.json()["items"]}
    assert found == {("un_sc", "CFi.009"), ("ofac_sdn", "11018")}


def test_an_entry_looked_up_by_threads_at_once_is_found_by_each() -> None:
    """The lookup tables are published whole: a thread never reads a half-built one (the
    first lookups after a load answered 404 for entries that exist)."""
    import sys
    import threading

    from unsc.screening import Screener
    from unsc.service.datasets import Served

    screener = Screener.from_list("un_sc")
    last = screener.entities[-1]
    found: list[Any] = []
    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)
    try:
        for _ in range(10):
            served = Served("un_sc", screener, "shipped", None, None, 0, 0.0)
            barrier = threading.Barrier(4)

            def look(served: Served = served, barrier: threading.Barrier = barrier) -> None:
                barrier.wait()
                found.append(served.entry(last.ref, last.dataset))

            threads = [threading.Thread(target=look) for _ in range(4)]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join()
    finally:
        sys.setswitchinterval(interval)
    assert len(found) == 40 and all(e is last for e in found)


def test_the_same_lists_in_another_order_share_one_index(api: TestClient) -> None:
    datasets = api.app.state.ctx.datasets
    first = datasets.get("un_sc,ofac_cons")
    second = datasets.get("ofac_cons,un_sc")
    assert first.dataset != second.dataset  # each answers in its caller's spelling
    assert first.screener is second.screener


def test_a_kept_lists_hits_are_found_however_many_others_rank_above_them(
    api: TestClient,
) -> None:
    """include_dataset on several lists screens the kept list's entries: its hit was 5th in
    the merged ranking, past the ones scored, and /match/all answered nothing."""
    queries = {"q": {"schema": "Person", "properties": {"name": ["Ali Hassan"]}}}
    alone = _match(api, queries, "un_sc", limit=1).json()["responses"]["q"]["results"]
    assert alone and alone[0]["id"].startswith("un_sc:")
    for params in (
        {"include_dataset": "un_sc"},
        {"exclude_dataset": ["ofac_sdn", "ofac_cons"]},
    ):
        results = _match(api, queries, "all", limit=1, **params).json()["responses"]["q"]
        assert [r["id"] for r in results["results"]] == [alone[0]["id"]], params
