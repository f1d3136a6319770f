"""Paragraph-level diff between versions."""

from __future__ import annotations

import dataclasses

from unsc.drafts import diff, load_draft


def _kinds(a: str, b: str) -> list[tuple[str, int | None, str]]:
    return [(c.kind, c.paragraph, c.detail) for c in diff(load_draft(a), load_draft(b)).changes]


def test_identical_texts_have_no_changes() -> None:
    d = load_draft("2006-07/v3")
    result = diff(d, d)
    assert result.changes == () and result.delta == 0


def test_v2_to_v3_hardens() -> None:
    changes = _kinds("2006-07/v2", "2006-07/v3")
    assert ("hardened", None, "Chapter VII added") in changes
    assert ("hardened", 3, "OP 3: 'Calls upon' → 'Decides' (binding)") in changes
    assert ("hardened", 2, "OP 2: 'Demands' becomes binding") in changes
    added = [c for c in changes if c[0] == "added" and c[1] == 4]
    assert added and "financial prohibition" in added[0][2]


def test_v3_to_1695_softens() -> None:
    result = diff(load_draft("2006-07/v3"), load_draft("2006-07/1695-adopted"))
    details = [c.detail for c in result.changes if c.kind == "softened"]
    assert "Chapter VII dropped" in details
    assert "OP 3: 'Decides' (binding) → 'Requires'" in details
    assert result.delta < 0


def test_removed_paragraph_and_measure() -> None:
    v3 = load_draft("2006-07/v3")
    fewer = v3.with_operative(v3.operative[:3] + v3.operative[4:])  # drop OP 4 (financial)
    result = diff(v3, fewer)
    removed = [c for c in result.changes if c.kind == "removed"]
    assert len(removed) == 1 and removed[0].paragraph == 4
    assert "financial prohibition" in removed[0].detail
    assert result.delta < 0


def test_measure_removed_from_paragraph_is_softened() -> None:
    v3 = load_draft("2006-07/v3")
    op = v3.paragraph(4)
    plain = dataclasses.replace(op, measures=())
    other = v3.with_operative((*v3.operative[:3], plain, *v3.operative[4:]))
    changes = [(c.kind, c.detail) for c in diff(v3, other).changes]
    assert changes == [("softened", "OP 4: financial prohibition (supply) removed")]


def test_to_dict_shape() -> None:
    doc = diff(load_draft("2006-10/us-draft"), load_draft("2006-10/1718-adopted")).to_dict()
    assert set(doc) == {"changes", "strength_a", "strength_b", "delta", "explanation"}
    assert {"kind", "paragraph", "detail"} == set(doc["changes"][0])
    assert doc["delta"] < 0
    assert any(c["detail"] == "limited to Article 41 measures" for c in doc["changes"])


def test_reworded_preambular_paragraph_is_paired() -> None:
    v3 = load_draft("2006-07/v3")
    first = v3.preambular[0].replace("multiple ballistic missiles", "several ballistic missiles")
    other = dataclasses.replace(v3, preambular=(first, *v3.preambular[1:]))
    changes = [(c.kind, c.paragraph) for c in diff(v3, other).changes]
    assert changes == [("reworded", None)]


def test_explanation_adds_up_to_the_delta() -> None:
    from unsc.drafts import shipped_drafts

    names = shipped_drafts()
    for a in names:
        for b in names:
            result = diff(load_draft(a), load_draft(b))
            assert abs(sum(p.value for p in result.explanation) - result.delta) < 1e-9, (a, b)


def test_explanation_names_what_each_paragraph_was() -> None:
    result = diff(load_draft("2006-07/v2"), load_draft("2006-07/v3"))
    reasons = {(p.value, p.reason) for p in result.explanation}
    assert (3.0, "Chapter VII") in reasons
    assert (1.0, "OP 3: binding 'Decides' under Chapter VII (was 'Calls upon')") in reasons
    assert (2.0, "OP 4: financial prohibition (supply) (new paragraph)") in reasons
    back = diff(load_draft("2006-07/v3"), load_draft("2006-07/1695-adopted"))
    assert (-3.0, "Chapter VII dropped") in {(p.value, p.reason) for p in back.explanation}


def test_us_draft_to_1718_names_each_softening() -> None:
    result = diff(load_draft("2006-10/us-draft"), load_draft("2006-10/1718-adopted"))
    details = {(c.kind, c.paragraph, c.detail.split(":")[0]) for c in result.changes}
    assert ("softened", None, "limited to Article 41 measures") in details
    assert ("softened", 8, "OP 8") in details  # the financial prohibition removed
    assert ("reworded", 8, "OP 8 (a)(i)") in details  # Register categories only
    assert ("softened", 8, "OP 8 (f)") in details  # inspection only called for
    assert ("softened", 11, "OP 11") in details  # reporting: Decides -> Calls upon
    explained = {p.reason for p in result.explanation}
    assert "OP 8: cargo inspection in (f), only called for: half weight" in explained
