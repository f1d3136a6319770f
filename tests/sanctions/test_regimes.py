"""Regimes and measures: every UN list type is mapped; every measure has a legal basis."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from unsc.errors import NotFound
from unsc.sanctions import load_list, measures_for, parse_un_xml, regime, regime_of, regimes

RESOLUTION = re.compile(r"^\d{3,4} \((19|20)\d\d\)$")


def test_every_list_type_of_the_real_files_has_a_regime(shared_data: Path) -> None:
    for path in sorted((shared_data / "sanctions" / "un").glob("*.xml")):
        for entity in parse_un_xml(path).entities:
            found = regime_of(entity)
            assert found is not None, (path.name, entity.ref, entity.programs)
            assert entity.programs[0] in found.list_types
            assert entity.ref[:2] in found.ref_prefixes


def test_vocabulary_is_well_formed() -> None:
    names = [r.name for r in regimes()]
    assert len(names) == len(set(names)) >= 14
    for r in regimes():
        assert RESOLUTION.match(r.committee.established_by.resolution), r.name
        assert r.measures, r.name
        for m in r.measures:
            assert m.basis and m.targets, (r.name, m.id)
            assert m.imposed_by.action == "imposed", (r.name, m.id)
            for b in m.basis:
                assert RESOLUTION.match(b.resolution), (r.name, m.id, b.resolution)
                assert b.action in {"imposed", "extended", "modified", "renewed", "lifted"}
                assert b.paragraph or b.note, (r.name, m.id, b.resolution)


@pytest.mark.parametrize(
    ("name", "expected"),
    [("1718", "dprk"), ("DPRK", "dprk"), ("isil", "isil-al-qaida"), ("Al-Qaida", "isil-al-qaida"),
     ("1988", "taliban"), ("2231", "iran"), ("1518", "iraq"), ("1970", "libya"), ("1533", "drc"),
     ("751", "al-shabaab"), ("2127", "car"), ("2048", "guinea-bissau"), ("2140", "yemen"),
     ("2653", "haiti"), ("2206", "south-sudan"), ("1591", "sudan")],
)  # fmt: skip
def test_lookup(name: str, expected: str) -> None:
    assert regime(name).name == expected


def test_unknown_regime() -> None:
    with pytest.raises(NotFound, match="no sanctions regime"):
        regime("atlantis")


def test_dprk_1718_paragraphs() -> None:
    dprk = regime("dprk")
    assert dprk.committee.established_by.paragraph == "12"
    paragraphs = {m.id: m.imposed_by.paragraph for m in dprk.measures}
    assert paragraphs["asset_freeze"] == "8(d)"
    assert paragraphs["travel_ban"] == "8(e)"
    assert paragraphs["luxury_goods"] == "8(a)(iii)"
    assert paragraphs["cargo_inspection"] == "8(f)"
    assert {"2270 (2016)", "2321 (2016)", "2371 (2017)", "2375 (2017)", "2397 (2017)"} <= set(
        dprk.resolutions
    )


def test_measures_for_a_person_and_an_entity() -> None:
    snap = load_list("un_sc")
    person = measures_for(snap.get("KPi.033"))
    assert [(m.measure, m.resolution, m.paragraph) for m in person] == [
        ("asset_freeze", "1718 (2006)", "8(d)"),
        ("travel_ban", "1718 (2006)", "8(e)"),
    ]
    doc = person[0].to_dict()
    assert {"regime", "measure", "resolution", "paragraph", "committee"} <= set(doc)
    assert doc["committee"] == "1718 Committee"
    entity = [m.measure for m in measures_for(snap.get("QDe.004"))]
    assert entity == ["asset_freeze", "arms_embargo"]  # no travel ban for an entity
    isil = measures_for(snap.get("QDi.335"))
    assert isil[0].to_dict()["latest_resolution"] == "2734 (2024)"


def test_every_un_entry_has_an_asset_freeze_or_travel_ban() -> None:
    for entity in load_list("un_sc").entities:
        kinds = {m.type for m in measures_for(entity)}
        assert kinds & {"asset_freeze", "travel_ban"}, entity.ref


def test_ofac_entries_are_blocked_under_their_programmes_authority() -> None:
    ofac = load_list("ofac_sdn")
    for entity in ofac.entities:
        applied = measures_for(entity)
        assert [m.regime for m in applied] == [f"OFAC {p}" for p in entity.programs], entity.ref
        assert all(m.type == "asset_freeze" and m.committee.startswith("OFAC") for m in applied)
    by_tag = {m.regime: m.resolution for e in ofac.entities for m in measures_for(e)}
    assert by_tag["OFAC SDGT"].startswith("Executive Order 13224")
    assert by_tag["OFAC DPRK3"] == "Executive Order 13722 (North Korea)"
    assert by_tag["OFAC RUSSIA-EO14024"] == "Executive Order 14024"  # read from the tag
    assert not any(m.resolution.startswith("S/RES") for m in applied)
    known = sum(1 for law in by_tag.values() if law)
    assert known / len(by_tag) > 0.9  # of the programme tags in the real list


def test_non_sdn_entries_are_not_blocked() -> None:
    applied = [m for e in load_list("ofac_cons").entities for m in measures_for(e)]
    assert applied and all(m.type != "asset_freeze" for m in applied)
