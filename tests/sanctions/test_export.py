"""FollowTheMoney and CSV exports of the real lists."""

from __future__ import annotations

import csv
import io
import json
from collections import Counter

from unsc.sanctions import export_csv, export_ftm, load_list, to_ftm
from unsc.sanctions.export import CSV_COLUMNS


def test_ftm_entities_are_valid_and_linked() -> None:
    from followthemoney import model

    snap = load_list("un_sc")
    out = io.StringIO()
    written = export_ftm(snap.entities, out)
    lines = [json.loads(line) for line in out.getvalue().splitlines()]
    assert written == len(lines) > 2 * len(snap.entities)
    schemata = Counter(doc["schema"] for doc in lines)
    assert schemata["Sanction"] == len(snap.entities)
    assert schemata["Person"] == 737 and schemata["Organization"] == 272
    ids = {doc["id"] for doc in lines}
    for doc in lines:
        proxy = model.get_proxy(doc)  # raises on an invalid schema or property
        if doc["schema"] == "Sanction":
            assert proxy.get("entity")[0] in ids


def test_ftm_person_fields() -> None:
    person, sanction, *docs = to_ftm(load_list("un_sc").get("QDi.335"))
    assert person.schema.name == "Person"
    assert person.get("birthDate") == ["1973-03-06"]
    assert person.get("nationality") == ["kw"]
    assert "Yusuf" in person.get("weakAlias")
    assert sanction.get("unscId") == ["QDi.335"]
    assert any("1267 (1999)" in p for p in sanction.get("provisions"))
    assert docs[0].schema.name == "Identification" and docs[0].get("number") == ["273030601222"]


def test_ftm_vessel_and_range_dates() -> None:
    vessel = to_ftm(load_list("ofac_sdn").get("4243"))[0]
    assert vessel.schema.name == "Vessel" and vessel.get("imoNumber")
    person = next(
        e for e in load_list("un_sc").entities if any(d.kind == "range" for d in e.birth_dates)
    )
    years = to_ftm(person)[0].get("birthDate")
    assert len(years) >= 2 and all(len(y) == 4 for y in years)


def test_csv() -> None:
    snap = load_list("un_sc")
    out = io.StringIO()
    assert export_csv(snap.entities, out) == 1009
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert tuple(rows[0]) == CSV_COLUMNS and len(rows) == 1009
    kp = next(r for r in rows if r["ref"] == "KPi.033")
    assert kp["regime"] == "dprk" and "1718 (2006) OP 8(d)" in kp["legal_basis"]
