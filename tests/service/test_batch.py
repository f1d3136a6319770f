"""Batch screening of an uploaded CSV: a background job with progress, CSV results, queueing."""

from __future__ import annotations

import csv
import io
import time

import pytest
from fastapi.testclient import TestClient

from unsc.errors import InvalidInput, ParseError
from unsc.screening import Screener
from unsc.service.batch import read_rows, screen_rows

CSV = (
    "customer_id;Full Name;DOB;Nationality\n"
    "c1;Ri Je Son;1938;kp\n"
    "c2;John Smith;;gb\n"
    "\n"
    "c3;Korea Mining Development Trading Corporation;;\n"
    "c4;;;\n"
)


def _wait(client: TestClient, job_id: str) -> dict:
    for _ in range(200):
        job = client.get(f"/screening/jobs/{job_id}").json()
        if job["status"] in {"done", "failed"}:
            return job
        time.sleep(0.05)
    raise AssertionError("the job did not finish")


def test_read_rows_maps_common_headers_and_dialects() -> None:
    rows = read_rows(CSV.encode("utf-8-sig"), filename="in.csv", max_rows=10)
    assert [r["id"] for r in rows] == ["c1", "c2", "c3", "c4"]
    assert rows[0] == {
        "id": "c1",
        "name": "Ri Je Son",
        "birth_date": "1938",
        "country": "kp",
        "line": "2",
    }
    with pytest.raises(ParseError, match="no name column"):
        read_rows(b"a,b\n1,2\n", filename="x.csv", max_rows=10)
    with pytest.raises(InvalidInput, match="more than 2 rows"):
        read_rows(b"name\na\nb\nc\n", filename="x.csv", max_rows=2)
    latin = read_rows("name\nJosé Müller\n".encode("cp1252"), filename="x.csv", max_rows=5)
    assert latin[0]["name"] == "José Müller"


def test_job_runs_and_results_download(client: TestClient, keys: dict[str, str]) -> None:
    headers = {"X-API-Key": keys["analyst"]}
    files = {"file": ("customers.csv", CSV.encode(), "text/csv")}
    assert (
        client.post(
            "/screening/jobs", files=files, headers={"X-API-Key": keys["viewer"]}
        ).status_code
        == 403
    )
    created = client.post("/screening/jobs", files=files, headers=headers)
    assert created.status_code == 200, created.text
    assert created.json()["total"] == 4
    job = _wait(client, created.json()["id"])
    assert job["status"] == "done" and job["done"] == 4 and job["percent"] == 100
    assert job["matched"] == 2
    rows = list(csv.DictReader(io.StringIO(client.get(f"/screening/jobs/{job['id']}.csv").text)))
    by_id = {r["id"]: r for r in rows}
    assert by_id["c1"]["ref"] == "KPi.002" and by_id["c1"]["match"] == "True"
    assert by_id["c2"]["match"] == "False"
    assert "no name" in by_id["c4"]["error"]
    assert "explanation" not in rows[0]
    queued = client.post(f"/screening/jobs/{job['id']}/queue", headers=headers).json()["items"]
    assert {i["entity_ref"] for i in queued} == {"KPi.002", by_id["c3"]["ref"]}
    assert all(i["source"] == "batch:customers.csv" for i in queued)


def test_bad_upload_is_refused_at_once(client: TestClient, keys: dict[str, str]) -> None:
    headers = {"X-API-Key": keys["analyst"]}
    bad = client.post(
        "/screening/jobs", headers=headers, files={"file": ("x.csv", b"foo,bar\n1,2\n", "text/csv")}
    )
    assert bad.status_code == 422 and bad.json()["field"] == "name"
    unknown = client.post(
        "/screening/jobs",
        headers=headers,
        data={"dataset": "nope"},
        files={"file": ("x.csv", b"name\nA\n", "text/csv")},
    )
    assert unknown.status_code == 404
    assert client.get("/screening/jobs/doesnotexist").status_code == 404


def test_ui_batch_shows_progress_then_results(client: TestClient, keys: dict[str, str]) -> None:
    client.post("/ui/login", data={"key": keys["analyst"]})
    started = client.post(
        "/ui/screening/batch",
        data={"dataset": "un_sc"},
        files={"file": ("c.csv", CSV.encode(), "text/csv")},
    ).text
    assert 'class="progress"' in started and "/4rows" in started.replace(" ", "")
    job_id = started.split('id="job-')[1].split('"')[0]
    _wait(client, job_id)
    done = client.get(f"/ui/screening/batch/{job_id}").text
    assert 'data-status="done"' in done and "hx-trigger" not in done
    assert "Download results (CSV)" in done and "RI JE-SON" in done
    queued = client.post(f"/ui/screening/batch/{job_id}/queue").text
    assert "2 match(es) queued" in queued


def test_a_name_in_a_script_unsc_cannot_read_is_an_error_of_its_row() -> None:
    # Khmer has no romanisation in ICU: the row says so rather than pass as screened
    rows = [
        {"line": "2", "name": "វ៉្លាឌីមៀរ ពូទីន"},
        {"line": "3", "name": "Ri Je Son", "birth_date": "1938"},
    ]
    _, out = screen_rows(
        Screener.from_list("un_sc"), rows, threshold=0.8, progress=lambda done, matched: None
    )
    assert out[0]["error"] == "written in a script unsc cannot read (Khmer)"
    assert out[1]["error"] == "" and out[1]["ref"] == "KPi.002" and out[1]["match"]


def test_read_rows_joins_a_name_split_in_columns() -> None:
    data = "Customer ID,First Name,Middle Name,Last Name\nc1,Joseph,,Kony\nc2,Ri,Won,Ho\n"
    rows = read_rows(data.encode("utf-8"), filename="in.csv", max_rows=10)
    assert [(r["id"], r["name"]) for r in rows] == [("c1", "Joseph Kony"), ("c2", "Ri Won Ho")]


def _xlsx(rows: list[list[object]]) -> bytes:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    for row in rows:
        sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def test_an_excel_upload_reads_as_its_csv(client: TestClient, keys: dict[str, str]) -> None:
    import datetime as dt

    table = [list(line.split(";")) for line in CSV.splitlines() if line]
    table[1][2] = dt.datetime(1938, 1, 1)  # a date cell: read as a date
    data = _xlsx([["customer_id", "Full Name", "DOB", "Nationality"], *table[1:]])
    rows = read_rows(data, filename="customers.xlsx", max_rows=10)
    expected = read_rows(CSV.encode(), filename="customers.csv", max_rows=10)
    assert [r["name"] for r in rows] == [r["name"] for r in expected]
    assert rows[0]["birth_date"] == "1938-01-01"
    headers = {"X-API-Key": keys["analyst"]}
    files = {"file": ("customers.xlsx", data, "application/octet-stream")}
    created = client.post("/screening/jobs", files=files, headers=headers)
    assert created.status_code == 200, created.text
    job = _wait(client, created.json()["id"])
    assert job["status"] == "done" and job["matched"] == 2
    broken = {"file": ("customers.xlsx", b"name\nRi Je Son\n", "application/octet-stream")}
    refused = client.post("/screening/jobs", files=broken, headers=headers)
    assert refused.status_code == 422 and "not an Excel workbook" in refused.text


def test_an_uploads_passport_column_finds_the_holder_by_number() -> None:
    # a column of passport or IMO numbers was not read: only the name was screened
    rows = read_rows(b"name,passport\nSomeone Else,L723315\n", filename="upload.csv", max_rows=10)
    assert rows[0]["identifier"] == "L723315"
    _, out = screen_rows(
        Screener.from_list("un_sc"), rows, threshold=0.8, progress=lambda done, matched: None
    )
    assert (out[0]["ref"], out[0]["match"]) == ("QDi.143", True)


def test_an_unquoted_comma_in_a_one_column_upload_stays_in_the_name() -> None:
    # as screen-file reads it: "Kony, Joseph" was screened as "Kony"
    rows = read_rows(b"name\nKony, Joseph\n", filename="upload.csv", max_rows=10)
    assert rows[0]["name"] == "Kony, Joseph"
