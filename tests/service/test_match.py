"""yente-compatible matching: the request shapes yente documents, answered on the UN list
(and OFAC's for vessels)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

OFAC_CSV = "sanctions/ofac/sdn_2024-05-03.csv"


def _match(api: TestClient, queries: dict[str, Any], dataset: str = "un_sc", **params: Any) -> Any:
    return api.post(f"/match/{dataset}", json={"queries": queries}, params=params)


def test_person_with_name_birth_date_and_nationality(api: TestClient) -> None:
    # The example shape of yente's README: schema Person with name/birthDate/nationality.
    response = _match(
        api,
        {
            "q1": {
                "schema": "Person",
                "properties": {"name": ["Ri Je Son"], "birthDate": ["1938"], "nationality": ["kp"]},
            }
        },
    )
    assert response.status_code == 200
    body = response.json()
    answer = body["responses"]["q1"]
    assert answer["status"] == 200
    top = answer["results"][0]
    assert set(top) >= {
        "id",
        "caption",
        "schema",
        "properties",
        "datasets",
        "score",
        "match",
        "explanations",
    }
    assert top["id"] == "un_sc:KPi.002" and top["caption"] == "RI JE-SON"
    assert top["schema"] == "Person" and top["datasets"] == ["un_sc"]
    assert top["match"] is True and top["score"] >= 0.9
    assert "RI JE-SON" in top["properties"]["name"]
    assert answer["total"] == {"value": len(answer["results"]), "relation": "eq"}
    features = top["explanations"]["features"]
    assert {"name", "dob", "country"} <= set(features)
    assert top["features"]["name"] == pytest.approx(features["name"]["value"])
    assert body["algorithm"]["name"] == "unsc-v1"


def test_company_and_organization_with_jurisdiction(api: TestClient) -> None:
    response = _match(
        api,
        {
            "c": {
                "schema": "Company",
                "properties": {
                    "name": "Korea Mining Development Trading Corporation",
                    "jurisdiction": ["kp"],
                    "registrationNumber": ["none-known"],
                },
            },
            "o": {"schema": "Organization", "properties": {"name": ["Bank of East Land"]}},
        },
    )
    assert response.status_code == 200
    responses = response.json()["responses"]
    assert responses["c"]["results"][0]["caption"] == (
        "KOREA MINING DEVELOPMENT TRADING CORPORATION"
    )
    assert responses["c"]["results"][0]["match"]
    assert responses["o"]["results"][0]["id"] == "un_sc:KPe.013"


def test_vessel_with_imo_number_on_ofac(api: TestClient, shared_data: Path, tmp_path: Path) -> None:
    # The first 300 rows of the real SDN.CSV, imported (parsing all of it takes seconds).
    from unsc.sanctions.store import Store

    rows = (shared_data / OFAC_CSV).read_bytes().splitlines(keepends=True)[:300]
    (tmp_path / "sdn.csv").write_bytes(b"".join(rows))
    ctx = api.app.state.ctx
    Store(engine=ctx.engine).import_file(tmp_path / "sdn.csv", source="ofac")
    ctx.datasets.refresh_now("ofac_sdn")
    response = _match(
        api,
        {"v": {"schema": "Vessel", "properties": {"name": ["Ebano"], "imoNumber": ["7406784"]}}},
        dataset="ofac_sdn",
    )
    assert response.status_code == 200
    top = response.json()["responses"]["v"]["results"][0]
    assert top["caption"] == "EBANO" and top["schema"] == "Vessel" and top["match"]
    assert top["id"] == "ofac_sdn:4243"
    assert "identifier" in top["explanations"]["features"]


def test_a_batch_answers_every_key_and_respects_limit(api: TestClient) -> None:
    queries = {
        f"k{i}": {"schema": "Person", "properties": {"name": [name]}}
        for i, name in enumerate(["Kim Jong Il", "Ri Je Son", "Nobody Atall Xyzzy"])
    }
    response = _match(api, queries, limit=2, threshold=0.95)
    assert response.status_code == 200
    body = response.json()
    assert set(body["responses"]) == set(queries)
    for answer in body["responses"].values():
        assert len(answer["results"]) <= 2
        assert all(r["match"] == (r["score"] >= 0.95) for r in answer["results"])
    assert body["responses"]["k2"]["results"] == []
    assert body["threshold"] == 0.95 and body["limit"] == 2


def test_cutoff_drops_low_scores(api: TestClient) -> None:
    query = {"q": {"schema": "Person", "properties": {"name": ["Ri Je Son"]}}}
    low = _match(api, query, cutoff=0.5, limit=20).json()["responses"]["q"]["results"]
    high = _match(api, query, cutoff=0.9, limit=20).json()["responses"]["q"]["results"]
    assert all(r["score"] >= 0.9 for r in high)
    assert len(high) <= len(low)


def test_unknown_schema_is_a_400_naming_the_key(api: TestClient) -> None:
    response = _match(
        api,
        {
            "ok": {"schema": "Person", "properties": {"name": "A"}},
            "broken": {"schema": "Banana", "properties": {"name": ["x"]}},
        },
    )
    assert response.status_code == 400
    body = response.json()
    assert "broken" in body["message"] and body["field"] == "queries.broken.schema"


def test_unknown_property_and_missing_name_are_400(api: TestClient) -> None:
    bad = _match(api, {"q": {"schema": "Person", "properties": {"colour": ["red"]}}})
    assert bad.status_code == 400 and bad.json()["field"] == "queries.q.properties.colour"
    nameless = _match(api, {"q": {"schema": "Person", "properties": {"birthDate": ["1960"]}}})
    assert nameless.status_code == 400 and "has no name" in nameless.json()["message"]


def test_missing_schema_is_a_422_naming_the_field(api: TestClient) -> None:
    response = api.post("/match/un_sc", json={"queries": {"q": {"properties": {"name": "x"}}}})
    assert response.status_code == 422
    assert response.json()["field"] == "queries.q.schema"
    not_json = api.post("/match/un_sc", content=b"{", headers={"content-type": "application/json"})
    assert not_json.status_code == 422


@pytest.mark.parametrize("algorithm", ["best", "logic-v2", "logic-v1", "name-based", "unsc-v1"])
def test_yente_algorithm_names_are_accepted_and_mapped(api: TestClient, algorithm: str) -> None:
    response = _match(
        api, {"q": {"schema": "Person", "properties": {"name": "Ri Je Son"}}}, algorithm=algorithm
    )
    assert response.status_code == 200
    assert response.json()["algorithm"] == {"requested": algorithm, "name": "unsc-v1"}


def test_unknown_algorithm_is_refused(api: TestClient) -> None:
    response = _match(
        api, {"q": {"schema": "Person", "properties": {"name": "x"}}}, algorithm="magic"
    )
    assert response.status_code == 400 and response.json()["field"] == "algorithm"


def test_unknown_dataset_is_a_404(api: TestClient) -> None:
    response = _match(api, {"q": {"schema": "Person", "properties": {"name": "x"}}}, dataset="nope")
    assert response.status_code == 404 and "nope" in response.json()["message"]


def test_batch_size_limit(api: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    from unsc import settings

    monkeypatch.setenv("UNSC_MAX_BATCH", "2")
    settings.reload()
    try:
        queries = {f"q{i}": {"schema": "Person", "properties": {"name": "x"}} for i in range(3)}
        response = _match(api, queries)
        assert response.status_code == 400 and response.json()["field"] == "queries"
    finally:
        monkeypatch.delenv("UNSC_MAX_BATCH")
        settings.reload()


def test_algorithms_catalog_healthz(api: TestClient) -> None:
    algorithms = api.get("/algorithms").json()
    names = {a["name"] for a in algorithms["algorithms"]}
    assert {"unsc-v1", "best", "logic-v2"} <= names and algorithms["best"] == "unsc-v1"
    catalog = api.get("/catalog").json()
    datasets = {d["name"]: d for d in catalog["datasets"]}
    assert {"un_sc", "ofac_sdn"} <= set(datasets) and datasets["un_sc"]["origin"] == "shipped"
    assert api.get("/healthz").json()["status"] == "ok"


def test_search_and_entities(api: TestClient) -> None:
    found = api.get("/search/un_sc", params={"q": "Ri Je Son"}).json()
    assert found["results"][0]["id"] == "un_sc:KPi.002"
    entity = api.get("/entities/un_sc:KPi.002")
    assert entity.status_code == 200
    doc = entity.json()
    assert doc["caption"] == "RI JE-SON" and doc["source"]["ref"] == "KPi.002"
    assert doc["source"]["raw"].lstrip().startswith("<")
    assert api.get("/entities/KPi.002").json()["id"] == "un_sc:KPi.002"
    missing = api.get("/entities/un_sc:XXi.999")
    assert missing.status_code == 404 and missing.json()["field"] == "id"


def test_yente_quickstart_shape_on_the_default_dataset(api: TestClient) -> None:
    # OpenSanctions' quickstart: firstName/lastName/birthDate against /match/default, with an
    # "Authorization: ApiKey ..." header (matching needs no key here, so it is not checked).
    query = {
        "schema": "Person",
        "properties": {"firstName": ["Je Son"], "lastName": ["Ri"], "birthDate": ["1938"]},
    }
    response = api.post(
        "/match/default", json={"queries": {"q": query}}, headers={"Authorization": "ApiKey x"}
    )
    assert response.status_code == 200
    assert response.headers["x-batch-size"] == "1"
    body = response.json()
    assert body["dataset"] == "un_sc"
    top = body["responses"]["q"]["results"][0]
    assert top["id"] == "un_sc:KPi.002" and top["match"] is True
    assert top["explanations"]["features"]["dob"]["value"] > 0


def test_yente_docstring_batch_with_a_null_query(api: TestClient) -> None:
    # The two examples of yente's /match docstring (a person, a company with a registration
    # number), plus a null entry, which yente skips.
    queries: dict[str, Any] = {
        "entity1": {
            "schema": "Person",
            "properties": {
                "name": ["Kim Yong Chol"],
                "birthDate": ["1946"],
                "nationality": ["kp"],
            },
        },
        "entity2": {
            "schema": "Company",
            "properties": {
                "name": ["Korea Mining Development Trading Corporation"],
                "jurisdiction": ["kp"],
                "registrationNumber": ["84BA99810"],
            },
        },
        "skipped": None,
    }
    response = api.post("/match/un_sc", json={"queries": queries, "weights": {}, "config": {}})
    assert response.status_code == 200
    body = response.json()
    assert set(body["responses"]) == {"entity1", "entity2"}
    assert body["responses"]["entity1"]["results"][0]["id"] == "un_sc:KPi.024"
    assert body["responses"]["entity2"]["results"][0]["id"] == "un_sc:KPe.001"
    assert body["matcher"]["name"] == "unsc-v1"
    assert {"name", "dob", "country", "identifier"} <= set(body["matcher"]["features"])


def test_algorithm_config_is_refused_naming_the_key(api: TestClient) -> None:
    response = api.post(
        "/match/un_sc",
        json={
            "queries": {"q": {"schema": "Person", "properties": {"name": "x"}}},
            "config": {"nm_number_mismatch": 0.1},
        },
    )
    assert response.status_code == 400
    assert response.json()["field"] == "config.nm_number_mismatch"


@pytest.mark.parametrize(
    ("params", "kept"),
    [
        ({"exclude_schema": "Person"}, False),
        ({"exclude_schema": "Vessel"}, True),
        ({"include_dataset": "ofac_sdn"}, False),
        ({"include_dataset": ["un_sc", "ofac_sdn"]}, True),
        ({"exclude_dataset": "un_sc"}, False),
        ({"topics": "crime"}, False),
        ({"topics": ["crime", "sanction"]}, True),
        ({"changed_since": "2100-01-01"}, False),
        ({"changed_since": "2000-01-01T00:00:00"}, True),
    ],
)
def test_yente_result_filters(api: TestClient, params: dict[str, Any], kept: bool) -> None:
    query = {"q": {"schema": "Person", "properties": {"name": ["Kim Yong Chol"]}}}
    everything = _match(api, query).json()["responses"]["q"]["results"]
    assert everything
    response = _match(api, query, **params)
    assert response.status_code == 200
    results = response.json()["responses"]["q"]["results"]
    assert results == (everything if kept else [])


def test_exclude_entity_ids_drops_decided_hits(api: TestClient) -> None:
    query = {"q": {"schema": "Person", "properties": {"name": ["Kim Yong Chol"]}}}
    wide: dict[str, Any] = {"limit": 20, "cutoff": 0.0}
    everything = _match(api, query, **wide).json()["responses"]["q"]["results"]
    assert len(everything) >= 2
    top, rest = everything[0]["id"], [r["id"] for r in everything[1:]]
    # the limit is the number of entries left: the answer is refilled past the excluded one
    params: dict[str, Any] = {"limit": len(rest), "cutoff": 0.0, "exclude_entity_ids": [top]}
    after = _match(api, query, **params).json()["responses"]["q"]["results"]
    assert [r["id"] for r in after] == rest
    params["exclude_entity_ids"] = [top.split(":")[1]]  # a bare reference works too
    bare = _match(api, query, **params).json()["responses"]["q"]["results"]
    assert [r["id"] for r in bare] == rest


def test_a_bad_changed_since_is_refused_naming_it(api: TestClient) -> None:
    query = {"q": {"schema": "Person", "properties": {"name": ["x"]}}}
    for bad in ("yesterday", "2020-01-01Tgarbage", "2020-01-01 and later"):
        response = _match(api, query, changed_since=bad)
        assert response.status_code in (400, 422), bad  # by the pattern, or as no date
        assert response.json()["field"] == "changed_since", bad
    assert _match(api, query, changed_since="2020-01-01T10:00:00+02:00").status_code == 200
