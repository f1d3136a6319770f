"""The strength score: additive, explained, monotone, and the 2006 orderings."""

from __future__ import annotations

import dataclasses
import math

from hypothesis import given
from hypothesis import strategies as st

from unsc.drafts import (
    Draft,
    Instrument,
    Measure,
    MeasureType,
    build_paragraph,
    history,
    load_draft,
    paragraph_strength,
    strength,
)

VERBS = [
    "Decides that",
    "Demands that",
    "Requires all States to",
    "Condemns",
    "Calls upon",
    "Strongly urges",
    "Requests",
    "Welcomes",
    "Decides to remain seized of",
]


@st.composite
def paragraphs(draw: st.DrawFn, chapter_vii: bool = False) -> tuple[str, tuple[Measure, ...]]:
    verb = draw(st.sampled_from(VERBS))
    kinds = draw(st.lists(st.sampled_from(list(MeasureType)), max_size=3))
    return verb + " the matter;", tuple(Measure(k) for k in kinds)


@st.composite
def texts(draw: st.DrawFn) -> Draft:
    ch7 = draw(st.booleans())
    instrument = draw(st.sampled_from(list(Instrument)))
    ops = []
    for n, (text, measures) in enumerate(draw(st.lists(paragraphs(), max_size=5)), start=1):
        op = build_paragraph(n, text, chapter_vii=ch7, instrument=instrument)
        ops.append(dataclasses.replace(op, measures=measures))
    return Draft(
        operative=tuple(ops), chapter_vii=ch7, article_41=draw(st.booleans()), instrument=instrument
    )


@given(texts())
def test_score_is_the_sum_of_its_points(d: Draft) -> None:
    s = strength(d)
    assert s.score == sum(p.value for p in s.points)
    assert all(p.reason for p in s.points)
    per_paragraph = [
        p for op in d.operative for p in paragraph_strength(op, chapter_vii=d.chapter_vii)
    ]
    assert [p for p in s.points if p.paragraph is not None] == per_paragraph


@given(texts(), st.sampled_from(list(MeasureType)), st.data())
def test_adding_a_measure_never_lowers(d: Draft, kind: MeasureType, data: st.DataObject) -> None:
    if not d.operative:
        return
    i = data.draw(st.integers(0, len(d.operative) - 1))
    op = d.operative[i]
    more = dataclasses.replace(op, measures=(*op.measures, Measure(kind, "supply")))
    bigger = dataclasses.replace(d, operative=(*d.operative[:i], more, *d.operative[i + 1 :]))
    assert strength(bigger).score >= strength(d).score


@given(texts(), st.data())
def test_a_binding_decides_never_lowers(d: Draft, data: st.DataObject) -> None:
    if not d.operative or d.instrument is not Instrument.RESOLUTION:
        return
    i = data.draw(st.integers(0, len(d.operative) - 1))
    op = d.operative[i]
    hard = build_paragraph(
        op.number, "Decides that all States shall comply;", chapter_vii=d.chapter_vii
    )
    hard = dataclasses.replace(hard, measures=op.measures)
    harder = dataclasses.replace(d, operative=(*d.operative[:i], hard, *d.operative[i + 1 :]))
    assert strength(harder).score >= strength(d).score


@given(texts())
def test_chapter_vii_never_lowers(d: Draft) -> None:
    ops = tuple(
        dataclasses.replace(
            build_paragraph(op.number, op.text, chapter_vii=True, instrument=d.instrument),
            measures=op.measures,
        )
        for op in d.operative
    )
    with_ch7 = dataclasses.replace(d, chapter_vii=True, operative=ops)
    if not d.chapter_vii:
        assert strength(with_ch7).score > strength(d).score


def test_july_2006_version_of_7_july_is_tougher_than_the_previous_ones() -> None:
    h = history("2006-07")
    scores = {s.entry.name.split("/")[-1]: s.strength.score for s in h.steps}
    assert scores["v1"] < scores["v2"] < scores["v3"]
    assert h.step("v3").tougher_than_all_previous
    assert scores["1695-adopted"] < scores["v3"]  # the adopted text was watered down
    reasons = [p.reason for p in h.step("v3").strength.points]
    assert "Chapter VII" in reasons
    assert any("financial prohibition" in r for r in reasons)


def test_october_2006_us_draft_stronger_than_1718() -> None:
    us = strength(load_draft("2006-10/us-draft"))
    adopted = strength(load_draft("2006-10/1718-adopted"))
    assert us.score > adopted.score
    assert any(p.feature == "article_41" and p.value < 0 for p in adopted.points)


def test_presidential_statement_is_weaker_than_any_resolution_version() -> None:
    prst = strength(load_draft("2006-07/prst-alternative")).score
    assert all(prst < s.strength.score for s in history("2006-07").steps)


def test_points_name_paragraph_and_feature() -> None:
    s = strength(load_draft("2006-07/v3"))
    by = {(p.paragraph, p.feature): p for p in s.points}
    assert by[(None, "chapter_vii")].value == 3.0
    assert by[(4, "binding")].reason == "OP 4: binding 'Decides' under Chapter VII"
    assert by[(4, "measure:financial_prohibition")].value == 2.0
    assert math.isclose(s.score, 24.5)


def test_a_history_name_is_never_read_as_a_path(tmp_path: object) -> None:
    import pytest

    from unsc.errors import NotFound

    for name in ("..", ".", "/etc", "2006-07/../.."):
        with pytest.raises(NotFound):
            history(name)


def test_a_shipped_name_cannot_leave_the_data_folder() -> None:
    import pytest

    from unsc.errors import NotFound

    for name in ("2006-07/../../drafts/2006-07/v3", "../drafts/2006-07/v3", "/2006-07/v3"):
        with pytest.raises(NotFound):
            load_draft(name)
