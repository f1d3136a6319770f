"""The API around matching: keys and roles, list imports and the audit log, the review queue,
limits and errors, council and negotiation endpoints. Storage tests run on SQLite and
PostgreSQL."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

UN_OLD = "sanctions/un/un_consolidated_2025-12-09.xml"
UN_NEW = "sanctions/un/un_consolidated_2026-01-28.xml"


def _h(key: str) -> dict[str, str]:
    return {"X-API-Key": key}


def test_writes_need_a_key_with_the_role(
    client: TestClient, keys: dict[str, str], shared_data: Path
) -> None:
    files = {"file": ("un.xml", (shared_data / UN_OLD).read_bytes(), "application/xml")}
    assert client.post("/lists/import", files=files).status_code == 401
    refused = client.post("/lists/import", files=files, headers=_h(keys["analyst"]))
    assert refused.status_code == 403 and "admin" in refused.json()["message"]
    bad = client.post("/lists/import", files=files, headers=_h("unsc_wrong"))
    assert bad.status_code == 401 and bad.headers["www-authenticate"] == "ApiKey"
    assert client.get("/review/items").status_code == 401
    assert client.get("/review/items", headers=_h(keys["viewer"])).status_code == 200
    who = client.get("/whoami", headers={"Authorization": f"Bearer {keys['analyst']}"}).json()
    assert who == {"authenticated": True, "name": "test-analyst", "role": "analyst"}


def test_import_versions_diff_and_audit(
    db_client: TestClient, db_keys: dict[str, str], shared_data: Path
) -> None:
    admin = _h(db_keys["admin"])
    for name in (UN_OLD, UN_NEW):
        files = {"file": (Path(name).name, (shared_data / name).read_bytes(), "text/xml")}
        response = db_client.post("/lists/import", files=files, headers=admin)
        assert response.status_code == 200, response.text
        assert response.json()["dataset"] == "un_sc" and response.json()["entries"] > 900
    again = db_client.post(
        "/lists/import",
        headers=admin,
        files={"file": ("again.xml", (shared_data / UN_NEW).read_bytes(), "text/xml")},
    )
    assert again.json()["unchanged"] is True
    versions = db_client.get("/lists/versions", params={"dataset": "un_sc"}).json()["versions"]
    assert len(versions) == 2
    a, b = versions[0]["version"], versions[1]["version"]
    delta = db_client.get("/lists/diff", params={"a": a, "b": b}).json()
    assert sum(delta["summary"].values()) > 0
    assert set(delta["summary"]) == {"added", "removed", "amended"}
    catalog = {d["name"]: d for d in db_client.get("/catalog").json()["datasets"]}
    assert catalog["un_sc"]["origin"] == "store" and catalog["un_sc"]["version"] == str(b)
    entries = db_client.get("/audit", headers=admin).json()["entries"]
    assert [e["action"] for e in entries] == ["lists.import"] * 3
    assert entries[-1]["payload"]["file"] == Path(UN_OLD).name
    assert db_client.get("/audit/verify", headers=admin).json()["ok"] is True
    assert db_client.get("/audit", headers=_h(db_keys["analyst"])).status_code == 403


def test_bad_list_file_changes_nothing(client: TestClient, keys: dict[str, str]) -> None:
    response = client.post(
        "/lists/import",
        headers=_h(keys["admin"]),
        files={"file": ("x.xml", b"<nonsense/>", "text/xml")},
    )
    assert response.status_code == 422
    assert client.get("/lists/versions").json()["versions"] == []
    assert client.get("/audit", headers=_h(keys["admin"])).json()["entries"] == []
    unknown = client.post(
        "/lists/import",
        headers=_h(keys["admin"]),
        data={"source": "xlsx"},
        files={"file": ("x.csv", b"1,2", "text/csv")},
    )
    assert unknown.status_code == 422 and unknown.json()["field"] == "source"
    nameless = client.post(
        "/lists/import",
        headers=_h(keys["admin"]),
        data={"source": "csv"},
        files={"file": ("x.csv", b"1,2", "text/csv")},
    )
    assert nameless.status_code == 422 and "no name column" in nameless.text
    assert client.get("/lists/versions").json()["versions"] == []


def test_review_queue_decisions_are_audited(db_client: TestClient, db_keys: dict[str, str]) -> None:
    analyst = _h(db_keys["analyst"])
    query = {
        "dataset": "un_sc",
        "query": {"schema": "Person", "properties": {"name": ["Ri Je Son"]}},
    }
    queued = db_client.post("/review/items", json=query, headers=analyst)
    assert queued.status_code == 200, queued.text
    items = queued.json()["items"]
    assert items and items[0]["entity_ref"] == "KPi.002" and items[0]["status"] == "pending"
    twice = db_client.post("/review/items", json=query, headers=analyst).json()["items"]
    assert [i["id"] for i in twice] == [i["id"] for i in items]
    item = items[0]["id"]
    viewer = db_client.post(
        f"/review/items/{item}/decision",
        headers=_h(db_keys["viewer"]),
        json={"decision": "true_positive", "reason": "same person"},
    )
    assert viewer.status_code == 403
    no_reason = db_client.post(
        f"/review/items/{item}/decision",
        headers=analyst,
        json={"decision": "true_positive", "reason": ""},
    )
    assert no_reason.status_code == 422 and no_reason.json()["field"] == "reason"
    wrong = db_client.post(
        f"/review/items/{item}/decision",
        headers=analyst,
        json={"decision": "maybe", "reason": "unsure"},
    )
    assert wrong.status_code == 422 and wrong.json()["field"] == "decision"
    done = db_client.post(
        f"/review/items/{item}/decision",
        headers=analyst,
        json={"decision": "false_positive", "reason": "born 1980, not 1938"},
    )
    assert done.status_code == 200
    assert done.json()["status"] == "false_positive"
    assert done.json()["decided_by"] == "test-analyst"
    listing = db_client.get("/review/items", params={"status": "all"}, headers=analyst).json()
    assert listing["counts"]["false_positive"] == 1
    audit = db_client.get("/audit", headers=_h(db_keys["admin"])).json()["entries"]
    assert audit[0]["action"] == "review.decision"
    assert audit[0]["payload"]["reason"] == "born 1980, not 1938"
    assert db_client.get("/audit/verify", headers=_h(db_keys["admin"])).json()["ok"]
    missing = db_client.post(
        "/review/items/999999/decision",
        headers=analyst,
        json={"decision": "true_positive", "reason": "x"},
    )
    assert missing.status_code == 404


def test_request_size_limit(client: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    from unsc import settings
    from unsc.service import create_app

    monkeypatch.setenv("UNSC_MAX_REQUEST_BYTES", "1000")
    settings.reload()
    try:
        with TestClient(create_app(database_url="sqlite://")) as small:
            body = {"queries": {"q": {"schema": "Person", "properties": {"name": ["x" * 2000]}}}}
            response = small.post("/match/un_sc", json=body)
            assert response.status_code == 413 and response.json()["field"] == "body"
    finally:
        monkeypatch.delenv("UNSC_MAX_REQUEST_BYTES")
        settings.reload()


def test_council_endpoints(client: TestClient) -> None:
    council = client.get("/council/2006-07-15").json()
    assert council["president"]["code"] == "FRA" and len(council["members"]) == 15
    assert client.get("/council/1900-01-01").status_code == 422
    vetoed = client.post(
        "/council/vote",
        json={
            "date": "2006-07-15",
            "no": ["CHN"],
            "yes": [
                "FRA",
                "RUS",
                "GBR",
                "USA",
                "ARG",
                "COG",
                "DNK",
                "GHA",
                "GRC",
                "JPN",
                "PER",
                "QAT",
                "SVK",
                "TZA",
            ],
        },
    ).json()
    assert vetoed["outcome"] == "vetoed"
    twice = client.post("/council/vote", json={"date": "2006-07-15", "yes": ["CHN"], "no": ["CHN"]})
    assert twice.status_code == 422
    bad_kind = client.post("/council/vote", json={"date": "2006-07-15", "kind": "urgent"})
    assert bad_kind.status_code == 422 and bad_kind.json()["field"] == "kind"


def test_negotiation_endpoints(client: TestClient) -> None:
    names = [s["name"] for s in client.get("/negotiation/scenarios").json()["scenarios"]]
    assert {"2006-07", "2006-10"} <= set(names)
    space = client.get("/negotiation/2006-07").json()
    assert space["tabled"]["basis"] == "chapter-vii" and space["slots"]
    tabled = client.post("/negotiation/2006-07/predict", json={}).json()
    assert tabled["outcome"] == "vetoed" and set(tabled["vetoed_by"]) == {"CHN", "RUS"}
    forced = client.post(
        "/negotiation/2006-07/predict", json={"positions": {"CHN": "abstain", "RUS": "abstain"}}
    ).json()
    assert forced["outcome"] == "adopted" and forced["abstain"] == 2
    dropped = {s["id"]: None for s in space["slots"] if s["id"] in {"OP3", "OP4", "OP5"}}
    picks = {**space["tabled"]["picks"], **dropped}
    compromise = client.post(
        "/negotiation/2006-07/predict", json={"picks": picks, "basis": "chapter-vii"}
    ).json()
    assert not any(p["slot"] in dropped for p in compromise["paragraphs"])
    result = client.post("/negotiation/2006-07/negotiate", json={}).json()
    assert result["strongest_adopted"]["outcome"] == "adopted"
    assert result["strongest_unanimous"]["unanimous"] is True
    bad = client.post("/negotiation/2006-07/predict", json={"positions": {"CHN": "maybe"}})
    assert bad.status_code == 422 and bad.json()["field"] == "positions.CHN"
    assert client.post("/negotiation/1999-01/predict", json={}).status_code == 404


def test_openapi_documents_the_groups(client: TestClient) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    for path in (
        "/match/{dataset}",
        "/search/{dataset}",
        "/entities/{entity_id}",
        "/catalog",
        "/algorithms",
        "/healthz",
        "/council/{date}",
        "/lists/import",
        "/review/items/{item_id}/decision",
        "/negotiation/{scenario}/negotiate",
    ):
        assert path in paths
    assert not any(p.startswith("/ui") for p in paths)


def test_drafts_endpoints(client: TestClient) -> None:
    names = [d["name"] for d in client.get("/drafts").json()["drafts"]]
    assert "2006-07/v3" in names and "2006-10/1718-adopted" in names
    v3 = client.get("/drafts/show", params={"name": "2006-07/v3"}).json()
    assert v3["chapter_vii"] is True and v3["strength"]["score"] > 0
    changes = client.get("/drafts/diff", params={"a": "2006-07/v1", "b": "2006-07/v3"}).json()
    assert any(c["kind"] == "hardened" for c in changes["changes"])
    outside = client.get("/drafts/show", params={"name": "/etc/passwd"})
    assert outside.status_code == 404 and outside.json()["field"] == "name"
    chart = client.get("/drafts/history/2006-07/chart.png")
    assert chart.status_code == 200 and chart.content.startswith(b"\x89PNG")
    parsed = client.post(
        "/drafts/parse",
        json={
            "text": "The Security Council,\n\n1. Condemns "
            "the launches;\n2. Decides to remain seized."
        },
    )
    assert parsed.status_code == 200
    bad = client.post("/drafts/parse", json={"text": "x", "format": "latex"})
    assert bad.status_code == 422 and bad.json()["field"] == "format"


def test_records_and_veto_chart(client: TestClient) -> None:
    vetoed = client.get("/records", params={"vetoed_by": "CHN", "topic": "Korea"}).json()
    assert vetoed["count"] >= 1
    assert all("CHN" in d["vetoed_by"] for d in vetoed["decisions"])
    paged = client.get("/records", params={"limit": 5, "offset": 5}).json()
    assert len(paged["decisions"]) == 5 and paged["count"] > 1000
    bad = client.get("/records", params={"kind": "treaty"})
    assert bad.status_code == 422 and bad.json()["field"] == "kind"
    decades = client.get("/records/vetoes").json()["by_decade"]
    assert decades["1940s"]["SUN"] > 0
    chart = client.get("/records/vetoes/chart.png", params={"per": "decade"})
    assert chart.status_code == 200 and chart.content.startswith(b"\x89PNG")
    assert client.get("/records/vetoes/chart.png", params={"per": "week"}).status_code == 422


def test_records_page(client: TestClient) -> None:
    page = client.get("/ui/records").text
    assert 'src="/records/vetoes/chart.png?per=year"' in page and "records-table" in page
    table = client.get("/ui/records/table", params={"topic": "Korea", "vetoed_by": "RUS"}).text
    assert "S/2022/431" in table and 'class="veto"' in table


def test_power_endpoint(client: TestClient) -> None:
    doc = client.get("/power/2006-10-14", params={"indices": "shapley_shubik"}).json()
    by_code = {p["code"]: p for p in doc["players"]}
    assert by_code["CHN"]["shapley_shubik"] == "421/2145"
    assert len(by_code) == 15
    bad = client.get("/power/2006-10-14", params={"indices": "magic"})
    assert bad.status_code == 422 and bad.json()["field"] == "indices"


def test_regimes_entries_and_export_mirror_the_cli(client: TestClient) -> None:
    regimes = client.get("/lists/regimes").json()["regimes"]
    assert "dprk" in {r["name"] for r in regimes}
    dprk = client.get("/lists/regimes/1718").json()
    assert dprk["name"] == "dprk" and dprk["measures"]
    missing = client.get("/lists/regimes/atlantis")
    assert missing.status_code == 404
    entry = client.get("/lists/entries/KPi.002").json()
    assert entry["name"] == "RI JE-SON" and entry["raw"].lstrip().startswith("<")
    assert entry["measures"], "a DPRK listing carries the 1718 measures"
    assert client.get("/lists/entries/XXi.999").json()["field"] == "ref"
    ftm = client.get("/lists/export", params={"format": "ftm"})
    assert ftm.status_code == 200 and ftm.headers["content-type"].startswith("application/x-nd")
    first = ftm.text.splitlines()[0]
    assert first.startswith("{") and '"schema"' in first
    csv_text = client.get("/lists/export", params={"format": "csv"}).text
    assert len(csv_text.splitlines()) > 1000 and "KPi.002" in csv_text
    bad = client.get("/lists/export", params={"format": "xml"})
    assert bad.status_code == 422 and bad.json()["field"] == "format"


def test_an_eu_list_uploaded_is_screened_with_its_un_measures(
    client: TestClient, keys: dict[str, str]
) -> None:
    sample = Path(__file__).parents[1] / "sanctions" / "data" / "eu_fsf_sample.xml"
    files = {"file": ("eu.xml", sample.read_bytes(), "text/xml")}
    stored = client.post("/lists/import", files=files, headers=_h(keys["admin"]))
    assert stored.status_code == 200 and stored.json()["dataset"] == "eu_fsf", stored.text
    query = {"queries": {"q": {"schema": "Person", "properties": {"name": ["Ri Won-ho"]}}}}
    found = client.post("/match/eu_fsf", json=query, headers=_h(keys["viewer"]))
    (best, *_) = found.json()["responses"]["q"]["results"]
    assert best["id"] == "eu_fsf:EU.3021.63" and best["match"]
    assert "1718 (2006)" in json.dumps(best)
