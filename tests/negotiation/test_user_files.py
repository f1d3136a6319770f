"""Scenario and body files written by users: relative drafts, defaults, warnings, errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from unsc.errors import NotFound, ParseError
from unsc.negotiation import load_body, load_scenario, negotiate

DRAFT = """---
title: A test draft
date: 2006-07-10
chapter_vii: true
instrument: resolution
---

The Security Council,

Acting under Chapter VII of the Charter of the United Nations,

1. Condemns the launches;

2. Decides that all States shall prevent the supply, sale or transfer to the country of
missiles and missile-related items, materials, goods and technology;

3. Decides to remain seized of the matter.
"""


def _write(tmp_path: Path, scenario: str) -> Path:
    (tmp_path / "draft.md").write_text(DRAFT)
    path = tmp_path / "mine.yaml"
    path.write_text(scenario)
    return path


def test_minimal_file_uses_every_paragraph_and_default_bases(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        "name: mine\ndate: 2006-07-15\ndraft: draft.md\n"
        "positions:\n  CHN:\n    stances:\n      - {when: [sanctions], stance: veto}\n"
        "  CNH: {default: no}\n",
    )
    sc = load_scenario(path)
    assert [s.id for s in sc.space.slots] == ["OP1", "OP2", "OP3"]
    assert [b.chapter_vii for b in sc.space.bases] == [True, False]
    neg = negotiate(path)
    doc = neg.to_dict()
    assert doc["original"]["vetoed_by"] == ["CHN"]
    found = doc["strongest_adopted"]
    assert found["outcome"] == "adopted"
    assert "OP2" in found["dropped"]  # the binding sanction draws the veto in any basis
    warnings = " ".join(doc["warnings"])
    assert "USA has no position" in warnings and "CNH" in warnings


def test_inline_wording_is_read_by_the_drafts_parser(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        "name: mine\ndate: 2006-07-15\ndraft: draft.md\nparagraphs:\n"
        "  - {id: OP1, original: '#1'}\n"
        "  - id: OP2\n    original: '#2'\n    variants:\n"
        "      - {id: calls, text: 'Calls upon all States to prevent the supply of missiles"
        " to the country;'}\n"
        "  - {id: OP3, original: '#3', must_stay: true}\n"
        "positions:\n  CHN:\n    stances:\n      - {when: [sanctions], stance: veto}\n",
    )
    sc = load_scenario(path)
    calls = sc.space.slot("OP2").variant("calls")
    assert calls.paragraph is not None and calls.paragraph.verb == "Calls upon"
    assert "sanctions" not in calls.features["tabled"]
    doc = negotiate(path).to_dict()["strongest_unanimous"]
    assert {p["slot"]: p["variant"] for p in doc["paragraphs"]}["OP2"] == "calls"


@pytest.mark.parametrize(
    "body, match",
    [
        ("name: x\ndate: 2006-07-15\n", "missing required field 'draft'"),
        ("name: x\ndate: 15/07/2006\ndraft: draft.md\n", "is not YYYY-MM-DD"),
        (
            "name: x\ndate: 2006-07-15\ndraft: draft.md\nparagraphs:\n"
            "  - {id: OP1, original: '#9'}\n",
            "has no operative paragraph '9'",
        ),
        (
            "name: x\ndate: 2006-07-15\ndraft: draft.md\noptions:\n"
            "  - {name: o, keep: {OP7: original}}\n",
            "unknown paragraph 'OP7'",
        ),
        ("name: x\ndate: [2006\n", "not valid YAML"),
        (
            "name: x\ndate: 2006-07-15\ndraft: draft.md\nparagraphs: 5\n",
            "paragraphs: expected a list",
        ),
        ("name: x\ndate: 2006-07-15\ndraft: draft.md\nbases: 5\n", "bases: expected a list"),
        ("name: x\ndate: 2006-07-15\ndraft: draft.md\noptions: 5\n", "options: expected a list"),
        (
            "name: x\ndate: 2006-07-15\ndraft: draft.md\nparagraphs:\n"
            "  - {id: OP1, original: '#1', tags: 5, variants: []}\n",
            r"paragraphs\[0\]\.tags: expected a list",
        ),
        (
            "name: x\ndate: 2006-07-15\ndraft: draft.md\nparagraphs:\n"
            "  - {id: OP1, original: '#1', needs: 5}\n",
            r"paragraphs\[0\]\.needs: expected a list",
        ),
        (
            "name: x\ndate: 2006-07-15\ndraft: draft.md\noptions:\n  - {name: o, keep: 5}\n",
            "keep must map paragraphs to wordings",
        ),
        ("name: x\ndate: 2006-07-15\ndraft: draft.md\nexpect: 5\n", "expect: expected a mapping"),
        (
            "name: x\ndate: 2006-07-15\ndraft: draft.md\npositions: {CHN: {stances: 5}}\n",
            r"positions\.CHN\.stances: expected a list",
        ),
    ],
)
def test_errors_name_file_and_field(tmp_path: Path, body: str, match: str) -> None:
    path = _write(tmp_path, body)
    with pytest.raises(ParseError, match=match) as info:
        load_scenario(path)
    assert "mine.yaml" in str(info.value)


def test_missing_files_and_names(tmp_path: Path) -> None:
    with pytest.raises(NotFound):
        load_scenario(tmp_path / "absent.yaml")
    with pytest.raises(NotFound, match="six-party-talks"):
        load_body("g7")


def test_body_file_with_a_quota_rule(tmp_path: Path) -> None:
    path = tmp_path / "committee.yaml"
    path.write_text(
        "id: committee\nname: A committee\nrule: quota\nmin_yes: 2\nveto: [A]\n"
        "members: [{code: A}, {code: B}, {code: C}]\n"
    )
    body = load_body(path)
    import datetime as dt

    from unsc.negotiation import Level

    day = dt.date(2006, 1, 1)
    assert body.rule(day).min_yes == 2
    assert body.decide({"A": Level.YES, "B": Level.YES, "C": Level.NO}, day).adopted
    vetoed = body.decide({"A": Level.NO, "B": Level.YES, "C": Level.YES}, day)
    assert vetoed.outcome == "vetoed" and vetoed.vetoed_by == ("A",)
    bad = tmp_path / "bad.yaml"
    bad.write_text("rule: majority\n")
    with pytest.raises(ParseError, match="unknown rule 'majority'"):
        load_body(bad)


@pytest.mark.parametrize(
    "body, match",
    [
        ("rule: consensus\nmembers: 5\n", "members: expected a list"),
        ("rule: quota\nmembers: [{code: A}]\nmin_yes: two\n", "min_yes: expected a whole number"),
        ("rule: quota\nmembers: [{code: A}]\nveto: 5\n", "veto: expected a list"),
        ("rule: council\ninstruments: 5\n", "instruments: expected a mapping"),
        ("rule: council\ninstruments: {prst: 5}\n", "instruments: expected a mapping"),
    ],
)
def test_body_fields_of_the_wrong_type_name_file_and_field(
    tmp_path: Path, body: str, match: str
) -> None:
    path = tmp_path / "committee.yaml"
    path.write_text(body)
    with pytest.raises(ParseError, match=match) as info:
        load_body(path)
    assert "committee.yaml" in str(info.value)


def test_names_phrases_and_unknown_features_in_positions(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        "name: mine\ndate: 2006-07-15\ndraft: draft.md\n"
        "positions:\n"
        "  China:\n    stances:\n"
        "      - {when: 'sanctions and chapter_vii', stance: veto if present}\n"
        "  Russian Federation:\n    stances:\n"
        "      - {when: [sanction], vote: vote no if present}\n",
    )
    sc = load_scenario(path)
    assert {"CHN", "RUS"} <= set(sc.positions)
    chn = sc.positions["CHN"].stances[0]
    assert chn.word == "veto" and len(chn.when) == 2
    neg = negotiate(path)
    assert neg.to_dict()["original"]["vetoed_by"] == ["CHN"]
    assert any("sanction, which no text" in w for w in neg.warnings())


def test_scenario_from_text_uses_shipped_drafts() -> None:
    from unsc.negotiation import scenario_from_text

    sc = scenario_from_text(
        "name: inline\ndate: 2006-07-15\ndraft: 2006-07/v3\n"
        "positions: {CHN: {stances: [{when: [sanctions], stance: veto}]}}\n"
    )
    neg = negotiate(sc)
    assert neg.original.decision.vetoed_by == ("CHN",)
    with pytest.raises(ParseError, match="<scenario>"):
        scenario_from_text("name: [unclosed\n")


def test_body_without_chapter_vii_needs_a_basis_without_it(tmp_path: Path) -> None:
    from unsc.errors import InvalidInput

    path = _write(
        tmp_path,
        "name: mine\ndate: 2006-07-15\ndraft: draft.md\nbases: [{id: ch7, chapter_vii: true}]\n",
    )
    with pytest.raises(InvalidInput, match="cannot act under Chapter VII"):
        negotiate(path, body="six-party-talks")
