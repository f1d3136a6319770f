"""The Markdown authoring format: parsing, writing, round trips and errors."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from unsc.drafts import (
    Draft,
    Instrument,
    Measure,
    MeasureType,
    OperativeParagraph,
    SubParagraph,
    load_draft,
    parse_markdown,
    parse_official,
    shipped_drafts,
    to_markdown,
)
from unsc.errors import ParseError

SAMPLE = """---
symbol: S/2006/999
title: Test draft
date: 2006-07-07
penholder: Japan
sponsors: [Japan, France]
chapter_vii: true
instrument: resolution
version: v9
---

The Security Council,

Gravely concerned at the launches,
which landed in the Sea of Japan,

Acting under Chapter VII of the Charter of the United Nations,

# Operative

1. Condemns the launches;

2. Decides that all States shall prevent:
    (a) the supply of missiles and missile-related items, materials, goods and technology
        to the DPRK;
    (b) the transfer of any financial resources in relation to the programme;
        (i) including services;

3. Decides that all States shall report to the Committee within 30 days;
<!-- measures: reporting_duty, panel_of_experts -->

4. Decides to remain seized of the matter.
"""


def test_parse_sample() -> None:
    d = parse_markdown(SAMPLE, source="sample.md")
    assert d.symbol == "S/2006/999" and d.date == dt.date(2006, 7, 7)
    assert d.sponsors == ("Japan", "France") and d.penholder == "Japan"
    assert d.chapter_vii and not d.article_41 and d.instrument is Instrument.RESOLUTION
    assert d.preambular == (
        "Gravely concerned at the launches, which landed in the Sea of Japan,",
        "Acting under Chapter VII of the Charter of the United Nations,",
    )
    assert [op.verb for op in d.operative] == [
        "Condemns",
        "Decides",
        "Decides",
        "Decides to remain seized",
    ]
    op2 = d.paragraph(2)
    assert [s.label for s in op2.subparagraphs] == ["a", "b"]
    assert op2.subparagraphs[0].text.endswith("goods and technology to the DPRK;")
    assert [s.label for s in op2.subparagraphs[1].subparagraphs] == ["i"]
    assert {m.type for m in op2.measures} == {
        MeasureType.ITEMS_BAN,
        MeasureType.FINANCIAL_PROHIBITION,
    }
    # the annotation overrides the derived measures
    assert [m.type for m in d.paragraph(3).measures] == [
        MeasureType.REPORTING_DUTY,
        MeasureType.PANEL_OF_EXPERTS,
    ]
    assert d.paragraph(3).binding


def test_header_measure_override_and_chapter_vii_from_text() -> None:
    text = SAMPLE.replace("chapter_vii: true\n", "measures: {1: [travel_ban]}\n")
    d = parse_markdown(text)
    assert d.chapter_vii  # read from "Acting under Chapter VII"
    assert [m.type for m in d.paragraph(1).measures] == [MeasureType.TRAVEL_BAN]


def test_round_trip_sample() -> None:
    d = parse_markdown(SAMPLE)
    assert parse_markdown(to_markdown(d)) == d


@pytest.mark.parametrize("name", shipped_drafts())
def test_round_trip_shipped(name: str) -> None:
    d = load_draft(name)
    assert parse_markdown(to_markdown(d), source=d.source) == d
    assert d.provenance and any(word in d.provenance for word in ("PARAPHRASE", "RECONSTRUCTION"))


def test_round_trip_official_texts(resolutions: Path, gold: Path) -> None:
    paths = sorted(resolutions.glob("S-RES-*.txt"))
    paths += [next(gold.glob(f"S_RES_{n:04d}_*")) for n in (1, 9, 21, 101, 232, 661, 687, 883)]
    for path in paths:
        d = parse_official(path.read_text("utf-8"))
        back = parse_markdown(to_markdown(d))
        assert back == dataclasses.replace(d, source=None), path.name


_TEXT = (
    st.text(
        alphabet=st.characters(whitelist_categories=("L", "N"), whitelist_characters=" ,;:'-()."),
        min_size=1,
        max_size=80,
    )
    .map(lambda s: " ".join(s.split()))
    .filter(bool)
)
_LEADS = st.sampled_from(
    [
        "Decides that all States shall prevent the supply of arms to X;",
        "Calls upon all States",
        "Requests the Secretary-General",
        "Condemns",
        "Demands that",
        "Decides to remain seized",
        "Strongly urges",
        "Welcomes",
        "",
        "1. The",
        "(a) Odd",
        "- dash",
        "# hash",
        "\\slash",
    ]
)


@st.composite
def drafts(draw: st.DrawFn) -> Draft:
    pre = draw(
        st.lists(st.tuples(_LEADS, _TEXT).map(lambda t: f"{t[0]} {t[1]}".strip()), max_size=3)
    )
    lines = [
        "---",
        f"chapter_vii: {str(draw(st.booleans())).lower()}",
        f"instrument: {draw(st.sampled_from([i.value for i in Instrument]))}",
        "---",
        "",
    ]
    for p in pre:
        lines += ["\\" + p if p[:1] in "(-#\\" or p[:2] == "1." else p, ""]
    for n in range(1, draw(st.integers(1, 4)) + 1):
        lead = draw(_LEADS.filter(lambda s: s[:1].isalpha()))
        lines.append(f"{n}. {lead} {draw(_TEXT)}".rstrip())
        for label in draw(st.lists(st.sampled_from("abc"), max_size=2, unique=True)):
            lines.append(f"    ({label}) {draw(_TEXT)}")
        lines.append("")
    return parse_markdown("\n".join(lines))


@settings(max_examples=60, deadline=None)
@given(drafts())
def test_round_trip_property(d: Draft) -> None:
    assert parse_markdown(to_markdown(d)) == d


@pytest.mark.parametrize(
    ("text", "message", "line"),
    [
        ("no header\n\n1. Decides x;\n", "missing YAML header", 1),
        ("---\nsymbol: [unclosed\n---\n\n1. Decides x;\n", "not valid YAML", None),
        ("---\ncolour: red\n---\n\n1. Decides x;\n", "unknown header field", 2),
        ("---\ninstrument: decree\n---\n\n1. Decides x;\n", "unknown instrument", 2),
        ("---\ndate: someday\n---\n\n1. Decides x;\n", "bad date", 2),
        ("---\nsymbol: x\n---\n\nRecalling y,\n", "no operative paragraph", None),
        (
            "---\nsymbol: x\n---\n\n1. Decides x;\n<!-- measures: embargo_of_all -->\n",
            "unknown measure",
            5,
        ),
        ("---\nsymbol: x\n---\n\n<!-- measures: travel_ban -->\n", "annotation before", 5),
        ("---\ntitle: t\nchapter_vii: maybe\n---\n\n1. Decides x;\n", "must be true or false", 3),
        ("---\nsymbol: x\n---\n\n1. Decides x;\n<!-- binding: perhaps -->\n", "binding must", 6),
        # header fields of the wrong type (each a TypeError or AttributeError before)
        ("---\ntitle: t\nmeasures: foo\n---\n\n1. Decides x;\n", "'measures' must map", 3),
        ("---\ntitle: t\nmeasures: [1]\n---\n\n1. Decides x;\n", "'measures' must map", 3),
        ("---\ntitle: t\nmeasures: {1: {a: b}}\n---\n\n1. Decides x;\n", "'measures'", 3),
        ("---\ntitle: t\nnotes: [1, {a: b}]\n---\n\n1. Decides x;\n", "'notes' must be", 3),
        ("---\ntitle: t\nsponsors: {a: 1}\n---\n\n1. Decides x;\n", "'sponsors' must", 3),
        ("---\ntitle: t\nannex: {a: 1}\n---\n\n1. Decides x;\n", "'annex' must be", 3),
    ],
)
def test_errors_name_the_line(text: str, message: str, line: int | None) -> None:
    with pytest.raises(ParseError, match=message) as info:
        parse_markdown(text, source="d.md")
    assert "d.md" in str(info.value)
    if line is not None:
        assert info.value.line == line


_NAME = (
    st.text(
        alphabet=st.characters(whitelist_categories=("L", "N"), whitelist_characters=" -'/().,"),
        min_size=1,
        max_size=30,
    )
    .map(lambda s: " ".join(s.split()))
    .filter(bool)
)
_VERBS = st.sampled_from(["Decides", "Calls upon", "Requires", "Urges", "Condemns", "Notes"])
_MEASURES = st.builds(
    Measure,
    type=st.sampled_from(list(MeasureType)),
    direction=st.sampled_from([None, "supply", "procurement", "both"]),
    lists=st.lists(st.sampled_from(["S/2006/814", "S/2006/815", "INFCIRC/254"]), max_size=2).map(
        lambda xs: tuple(dict.fromkeys(xs))
    ),
    subparagraph=st.sampled_from([None, "(a)", "(b)(i)"]),
)


@st.composite
def models(draw: st.DrawFn) -> Draft:
    """A draft built as a model: header fields, and operative paragraphs whose verb, binding
    force and measures are set by hand (not derived from the wording)."""
    chapter_vii = draw(st.booleans())
    operative = []
    for n in range(1, draw(st.integers(1, 4)) + 1):
        text = f"{draw(_LEADS.filter(lambda s: s[:1].isalpha()))} {draw(_TEXT)}".strip()
        subs = tuple(
            SubParagraph(
                label,
                draw(_TEXT),
                tuple(
                    SubParagraph(r, draw(_TEXT)) for r in draw(st.sampled_from([(), ("i", "ii")]))
                ),
            )
            for label in draw(st.lists(st.sampled_from("abc"), max_size=2, unique=True))
        )
        operative.append(
            OperativeParagraph(
                n,
                text,
                draw(_VERBS),
                draw(st.booleans()),
                tuple(draw(st.lists(_MEASURES, max_size=3))),
                subs,
                draw(st.sampled_from([str(n), None, f"A.{n}"])),
                draw(st.sampled_from([None, "A"])),
            )
        )
    return Draft(
        symbol=draw(st.none() | st.just("S/2006/999")),
        title=draw(st.none() | _NAME),
        date=draw(st.none() | st.dates(dt.date(1946, 1, 1), dt.date(2030, 12, 31))),
        penholder=draw(st.none() | _NAME),
        sponsors=tuple(draw(st.lists(_NAME, max_size=3))),
        preambular=tuple(draw(st.lists(_TEXT.map(lambda s: f"Recalling {s}"), max_size=2))),
        operative=tuple(operative),
        chapter_vii=chapter_vii,
        article_41=draw(st.booleans()) and chapter_vii,
        instrument=draw(st.sampled_from(list(Instrument))),
        version=draw(st.none() | _NAME),
        vote=draw(st.none() | st.just("15-0-0")),
        adopted=draw(st.none() | st.booleans()),
        notes=tuple(draw(st.lists(_NAME, max_size=2))),
        provenance=draw(st.none() | _NAME),
    )


def _shape(d: Draft) -> object:
    """Everything of a draft but the measures' wording (which the reader takes from the text)."""
    return dataclasses.replace(
        d,
        operative=tuple(
            dataclasses.replace(
                op, measures=tuple(dataclasses.replace(m, text="") for m in op.measures)
            )
            for op in d.operative
        ),
    )


@settings(max_examples=80, deadline=None)
@given(models())
def test_any_model_round_trips(d: Draft) -> None:
    back = parse_markdown(to_markdown(d))
    assert _shape(back) == _shape(d)
    assert parse_markdown(to_markdown(back)) == back


def test_a_header_field_of_one_text_is_a_list_of_one() -> None:
    """``sponsors: Japan`` is one sponsor, not five letters; a number is read as written."""
    d = parse_markdown("---\ntitle: t\nsponsors: Japan\nnotes: 5\n---\n\n1. Decides x;\n")
    assert d.sponsors == ("Japan",) and d.notes == ("5",)
