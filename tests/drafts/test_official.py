"""The parser of official texts on the six complete resolutions and hand-checked gold texts."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from unsc.drafts import MeasureType, parse_official
from unsc.errors import ParseError

M = MeasureType

# file, symbol, date, meeting, preambular, operative, {op: number of sub-items}, Chapter VII
SIX = [
    ("S-RES-1654-2006.txt", "S/RES/1654 (2006)", dt.date(2006, 1, 31), "5360", 4, 4, {3: 2}, True),
    ("S-RES-1694-2006.txt", "S/RES/1694 (2006)", dt.date(2006, 7, 13), "5487", 4, 2, {}, True),
    ("S-RES-1708-2006.txt", "S/RES/1708 (2006)", dt.date(2006, 9, 14), "5524", 5, 3, {}, True),
    ("S-RES-1726-2006.txt", "S/RES/1726 (2006)", dt.date(2006, 12, 15), "5591", 7, 2, {}, True),
    (
        "S-RES-242-1967.txt",
        "S/RES/242 (1967)",
        dt.date(1967, 11, 22),
        "1382",
        3,
        4,
        {1: 2, 2: 3},
        False,
    ),
    (
        "S-RES-661-1990.txt",
        "S/RES/661 (1990)",
        dt.date(1990, 8, 6),
        "2933",
        7,
        11,
        {3: 3, 6: 2, 9: 2},
        True,
    ),
]


@pytest.mark.parametrize(("name", "symbol", "date", "meeting", "n_pre", "n_op", "subs", "ch7"), SIX)
def test_six_complete_texts(
    resolutions: Path,
    name: str,
    symbol: str,
    date: dt.date,
    meeting: str,
    n_pre: int,
    n_op: int,
    subs: dict[int, int],
    ch7: bool,
) -> None:
    d = parse_official((resolutions / name).read_text("utf-8"), source=name)
    assert d.symbol == symbol
    assert d.date == date
    assert d.meeting == meeting
    assert len(d.preambular) == n_pre
    assert [op.number for op in d.operative] == list(range(1, n_op + 1))
    assert {op.number: len(op.subparagraphs) for op in d.operative if op.subparagraphs} == subs
    assert d.chapter_vii is ch7
    assert d.adopted is True


# Per file: each operative paragraph's (verb, binding, measures as "type:direction:item").
SIX_OPERATIVE = {
    "S-RES-1654-2006.txt": [
        ("Requests", False, ["panel_of_experts::"]),
        ("Requests", False, []),
        ("Reaffirms", False, []),
        ("Decides to remain seized", False, []),
    ],
    "S-RES-1694-2006.txt": [("Decides", True, []), ("Decides to remain seized", False, [])],
    "S-RES-1708-2006.txt": [
        ("Decides", True, ["panel_of_experts::"]),  # extends the Group of Experts' mandate
        ("Requests", False, []),
        ("Decides to remain seized", False, []),
    ],
    "S-RES-1726-2006.txt": [("Decides", True, []), ("Decides to remain seized", False, [])],
    "S-RES-242-1967.txt": [
        ("Affirms", False, []),
        ("Affirms", False, []),
        ("Requests", False, []),
        ("Requests", False, []),
    ],
    "S-RES-661-1990.txt": [
        ("Determines", False, []),
        ("Decides", True, []),
        (
            "Decides",
            True,
            [
                "arms_embargo:supply:(c)",
                "exemption::(c)",
                "financial_prohibition:supply:(b)",
                "trade_embargo:procurement:(a)",
                "trade_embargo:procurement:(b)",
                "trade_embargo:supply:(c)",
            ],
        ),
        ("Decides", True, ["exemption::", "financial_prohibition:supply:"]),
        ("Calls upon", False, []),
        ("Decides", True, ["sanctions_committee::"]),
        ("Calls upon", False, []),
        ("Requests", False, []),
        ("Decides", True, []),
        ("Requests", False, []),
        ("Decides to keep", False, []),
    ],
}


@pytest.mark.parametrize("name", sorted(SIX_OPERATIVE))
def test_six_texts_verbs_binding_and_measures(resolutions: Path, name: str) -> None:
    d = parse_official((resolutions / name).read_text("utf-8"), source=name)
    got = [
        (
            op.verb,
            op.binding,
            sorted(f"{m.type}:{m.direction or ''}:{m.subparagraph or ''}" for m in op.measures),
        )
        for op in d.operative
    ]
    assert got == SIX_OPERATIVE[name]


def test_1654_dash_items_and_verbs(resolutions: Path) -> None:
    d = parse_official((resolutions / "S-RES-1654-2006.txt").read_text("utf-8"))
    assert [op.verb for op in d.operative] == [
        "Requests",
        "Requests",
        "Reaffirms",
        "Decides to remain seized",
    ]
    op3 = d.paragraph(3)
    assert [s.label for s in op3.subparagraphs] == ["–", "–"]
    assert op3.subparagraphs[0].text == "the safety of their members;"
    assert d.preambular[-1] == "Acting under Chapter VII of the Charter of the United Nations,"
    assert d.paragraph(1).measures[0].type is M.PANEL_OF_EXPERTS


def test_242_roman_and_lettered_items(resolutions: Path) -> None:
    d = parse_official((resolutions / "S-RES-242-1967.txt").read_text("utf-8"))
    assert [s.label for s in d.paragraph(1).subparagraphs] == ["i", "ii"]
    assert [s.label for s in d.paragraph(2).subparagraphs] == ["a", "b", "c"]
    assert d.vote == "unanimous"
    assert d.notes[-1] == "Adopted unanimously at the 1382nd meeting."
    assert not any(op.binding for op in d.operative)  # Affirms / Requests bind no one
    assert d.measures == ()


def test_661_sanctions(resolutions: Path) -> None:
    d = parse_official((resolutions / "S-RES-661-1990.txt").read_text("utf-8"))
    assert d.vote == "13-0-2"
    op3 = d.paragraph(3)
    assert op3.verb == "Decides" and op3.binding
    kinds = {(m.type, m.subparagraph) for m in op3.measures}
    assert (M.TRADE_EMBARGO, "(a)") in kinds
    assert (M.ARMS_EMBARGO, "(c)") in kinds
    assert (M.EXEMPTION, "(c)") in kinds  # medical supplies and foodstuffs
    assert {m.direction for m in op3.measures if m.subparagraph == "(a)"} == {"procurement"}
    assert [m.type for m in d.paragraph(4).measures] == [M.FINANCIAL_PROHIBITION, M.EXEMPTION]
    assert M.SANCTIONS_COMMITTEE in {m.type for m in d.paragraph(6).measures}
    assert d.paragraph(5).verb == "Calls upon" and not d.paragraph(5).binding


def _gold(gold: Path, number: int) -> Path:
    (path,) = gold.glob(f"S_RES_{number:04d}_*_EN_GOLD.txt")
    return path


# Hand-checked against the printed texts: preambular count, operative count, the labels of
# the sub-paragraphs per OP, the binding OPs, and every measure as "TYPE:direction:item".
# Notes from reading them: 232 (b), 253 20 (b), 748 4 (b) and 883 3 (b) are printed "(6)",
# 748 6 (a) "(2)"; 253 20, 748 9, 757 13 and 841 10 list a committee's tasks (no measures);
# 883 3 lists (i)-(iii) after the text that follows (a)-(b), so they stay siblings.
GOLD: dict[int, tuple[int, int, dict[int, str], list[int], dict[int, list[str]]]] = {
    232: (
        4,
        10,
        {2: "abcdef"},
        [2],
        {
            2: [
                "ARMS_EMBARGO:supply:(d)",
                "COMMODITY_BAN:procurement:(a)",
                "FINANCIAL_PROHIBITION:supply:(b)",
                "ITEMS_BAN:supply:(e)",  # aircraft and motor vehicles
                "OIL_EMBARGO:supply:(f)",
            ],
            5: ["FINANCIAL_PROHIBITION:supply:"],
            8: ["REPORTING_DUTY::"],
        },
    ),
    253: (
        10,
        23,
        {3: "abcde", 5: "ab", 20: "ab"},
        [3, 4, 5, 6, 7, 20],
        {
            3: [
                "EXEMPTION::(d)",
                "FINANCIAL_PROHIBITION:supply:(b)",
                "TRADE_EMBARGO:procurement:(a)",
                "TRADE_EMBARGO:procurement:(b)",
                "TRADE_EMBARGO:procurement:(c)",
                "TRADE_EMBARGO:supply:(d)",
                "TRADE_EMBARGO:supply:(e)",
            ],
            4: ["EXEMPTION::", "FINANCIAL_PROHIBITION:supply:"],
            5: ["TRAVEL_BAN::(a)", "TRAVEL_BAN::(b)"],
            6: ["AVIATION_BAN::"],
            18: ["REPORTING_DUTY::"],
            20: ["SANCTIONS_COMMITTEE::"],
        },
    ),
    418: (10, 7, {}, [2, 4], {2: ["ARMS_EMBARGO:supply:"]}),
    661: (
        7,
        11,
        {3: "abc", 6: "ab", 9: "ab"},
        [2, 3, 4, 6, 9],
        {
            3: [
                "ARMS_EMBARGO:supply:(c)",
                "EXEMPTION::(c)",
                "FINANCIAL_PROHIBITION:supply:(b)",
                "TRADE_EMBARGO:procurement:(a)",
                "TRADE_EMBARGO:procurement:(b)",
                "TRADE_EMBARGO:supply:(c)",
            ],
            4: ["EXEMPTION::", "FINANCIAL_PROHIBITION:supply:"],
            6: ["SANCTIONS_COMMITTEE::"],
        },
    ),
    748: (
        10,
        14,
        {4: "ab", 5: "abc", 6: "abc", 9: "abcdef"},
        [1, 2, 3, 4, 5, 6, 9, 13],
        {
            4: ["AVIATION_BAN::(a)", "AVIATION_BAN::(b)", "EXEMPTION::(a)"],
            5: ["ARMS_EMBARGO:supply:(a)", "TECHNICAL_ASSISTANCE_BAN:supply:(b)"],
            6: ["AVIATION_BAN::(b)", "DIPLOMATIC_RESTRICTIONS::(a)", "TRAVEL_BAN::(c)"],
            8: ["REPORTING_DUTY::"],
            9: ["SANCTIONS_COMMITTEE::"],
        },
    ),
    757: (
        18,
        21,
        {4: "abc", 7: "ab", 8: "abc", 13: "abcdef"},
        [2, 3, 4, 5, 6, 7, 8, 9, 10, 13, 17],
        {
            4: [
                "EXEMPTION::(c)",
                "FINANCIAL_PROHIBITION:supply:(b)",
                "TRADE_EMBARGO:procurement:(a)",
                "TRADE_EMBARGO:procurement:(b)",
                "TRADE_EMBARGO:supply:(c)",
            ],
            5: ["EXEMPTION::", "FINANCIAL_PROHIBITION:supply:"],
            6: ["EXEMPTION::"],
            7: ["AVIATION_BAN::(a)", "AVIATION_BAN::(b)"],
            8: [
                "DIPLOMATIC_RESTRICTIONS::(a)",
                "SPORTS_CULTURAL_BAN::(b)",
                "SPORTS_CULTURAL_BAN::(c)",
            ],
            10: ["EXEMPTION::"],
            12: ["REPORTING_DUTY::"],
        },
    ),
    841: (
        15,
        17,
        {10: "abcdef"},
        [3, 4, 5, 6, 7, 8, 10],
        {
            5: ["ARMS_EMBARGO:supply:", "OIL_EMBARGO:supply:"],
            6: ["ARMS_EMBARGO:supply:", "OIL_EMBARGO:supply:", "SHIPPING_BAN::"],
            7: ["EXEMPTION::"],
            8: ["ASSET_FREEZE::", "FINANCIAL_PROHIBITION::"],
            10: ["SANCTIONS_COMMITTEE::"],
            13: ["REPORTING_DUTY::"],
        },
    ),
    883: (
        10,
        17,
        {3: "abiiiiii", 6: "abcdef"},
        [1, 2, 3, 4, 5, 6, 8],
        {
            3: ["ASSET_FREEZE::", "FINANCIAL_PROHIBITION::"],
            4: ["EXEMPTION::"],
            5: ["ITEMS_BAN:supply:"],
            6: [
                "AVIATION_BAN::(a)",
                "AVIATION_BAN::(b)",
                "AVIATION_BAN::(c)(i)",
                "AVIATION_BAN::(c)(ii)",
                "AVIATION_BAN::(d)",
                "AVIATION_BAN::(e)",
            ],
            13: ["REPORTING_DUTY::"],
        },
    ),
}


@pytest.mark.parametrize("number", sorted(GOLD))
def test_gold_sanctions_resolutions(gold: Path, number: int) -> None:
    n_pre, n_op, subs, binding, measures = GOLD[number]
    d = parse_official(_gold(gold, number).read_text("utf-8"))
    assert d.symbol is not None and d.symbol.startswith(f"S/RES/{number} (")
    assert d.chapter_vii
    assert len(d.preambular) == n_pre
    assert [op.number for op in d.operative] == list(range(1, n_op + 1))
    assert [op.label for op in d.operative] == [str(i) for i in range(1, n_op + 1)]
    got_subs = {
        op.number: "".join(s.label for s in op.subparagraphs)
        for op in d.operative
        if op.subparagraphs
    }
    assert got_subs == subs
    assert [op.number for op in d.operative if op.binding] == binding
    got = {
        op.number: sorted(
            f"{m.type.name}:{m.direction or ''}:{m.subparagraph or ''}" for m in op.measures
        )
        for op in d.operative
        if op.measures
    }
    assert got == measures


def test_883_items_ban_names_its_list(gold: Path) -> None:
    d = parse_official(_gold(gold, 883).read_text("utf-8"))
    (ban,) = d.paragraph(5).measures
    assert ban.lists == ("annex to this resolution",)
    assert d.paragraph(6).subparagraphs[2].subparagraphs[1].label == "ii"


def test_ocr_labels_read_from_the_sequence(gold: Path) -> None:
    d = parse_official(_gold(gold, 748).read_text("utf-8"))
    assert [s.label for s in d.paragraph(6).subparagraphs] == ["a", "b", "c"]  # "(2)" printed
    d = parse_official(_gold(gold, 713).read_text("utf-8"))
    assert d.paragraph(5).verb == "Appeals" and d.paragraph(5).label == "5"  # "S. Appeals"
    d = parse_official(_gold(gold, 686).read_text("utf-8"))
    assert d.paragraph(2).verb == "Demands" and d.paragraph(2).label == "2"  # "Z. Demands"
    d = parse_official(_gold(gold, 871).read_text("utf-8"))
    assert d.paragraph(6).verb == "Calls for" and len(d.operative) == 14  # "6.Calls for"


def test_232_articles_39_and_41_count_as_chapter_vii(gold: Path) -> None:
    d = parse_official(_gold(gold, 232).read_text("utf-8"))
    assert d.chapter_vii and d.article_41
    assert d.vote == "11-0-4"
    # the text printed after the sub-paragraphs stays with its paragraph
    assert d.paragraph(2).text.endswith("before the date of the present resolution:")


def test_883_annex_kept_apart(gold: Path) -> None:
    d = parse_official(_gold(gold, 883).read_text("utf-8"))
    assert d.annex[0].startswith("Annex List of items referred to in paragraph")
    assert len(d.operative) == 17
    assert d.paragraph(17).verb == "Decides to remain seized"
    assert any("Pumps of medium or large capacity" in a for a in d.annex)


def test_parts_restarting_their_numbering(gold: Path) -> None:
    d = parse_official(_gold(gold, 101).read_text("utf-8"))
    labels = [op.label for op in d.operative]
    assert labels[0] == "A.1" and "B.1" in labels and "C.1" in labels
    assert [op.number for op in d.operative] == list(range(1, len(labels) + 1))
    assert {op.part for op in d.operative} == {"A", "B", "C"}


def test_parts_continuing_their_numbering(gold: Path) -> None:
    d = parse_official(_gold(gold, 687).read_text("utf-8"))
    assert [op.number for op in d.operative] == list(range(1, 35))
    assert d.paragraph(2).part == "A" and d.paragraph(34).part == "I"
    assert d.paragraph(2).label == "2"


def test_unnumbered_single_operative_paragraph(gold: Path) -> None:
    d = parse_official(_gold(gold, 2).read_text("utf-8"))
    assert len(d.preambular) == 3
    (op,) = d.operative
    assert op.number == 1 and op.label is None and op.verb == "Requests"
    assert op.text.endswith("progress of the negotiations.")


def test_resolves_that_chapeau_gives_its_verb(gold: Path) -> None:
    d = parse_official(_gold(gold, 9).read_text("utf-8"))
    assert "Resolves that:" in d.notes
    assert len(d.operative) == 5
    assert d.paragraph(1).verb == "Resolves"


def test_early_layout_with_footnotes(gold: Path) -> None:
    d = parse_official(_gold(gold, 1).read_text("utf-8"))
    assert d.symbol == "S/RES/1 (1946)"
    assert d.title == "Military Staff Committee"
    assert [op.verb for op in d.operative] == ["Requests", "Directs", "Directs"]
    assert "22 Adopted without vote." in d.notes
    assert d.meeting == "2"


def test_ocr_number_misreadings(gold: Path) -> None:
    d = parse_official(_gold(gold, 277).read_text("utf-8"))
    assert d.paragraph(1).verb == "Condemns"  # printed "i. Condemns"
    assert d.paragraph(19).label == "19"  # printed "i9. Calls upon"


def test_empty_text_is_a_parse_error() -> None:
    with pytest.raises(ParseError, match="empty text"):
        parse_official("  \n\n ", source="empty.txt")


def test_text_without_operative_part_is_kept() -> None:
    d = parse_official("The Security Council,\n\nHaving considered the matter,\n")
    assert d.operative == ()
    assert d.preambular == ("Having considered the matter,",)
    assert d.notes[-1].startswith("[unsc: no operative paragraph")


def test_prose_without_opener_or_operative_part_is_a_parse_error() -> None:
    with pytest.raises(ParseError, match="no 'The Security Council,'") as info:
        parse_official("hello world\n\nsee you at noon\n", source="notes.txt")
    assert info.value.line == 1 and "notes.txt" in str(info.value)


def test_only_headings_is_a_parse_error() -> None:
    with pytest.raises(ParseError, match="no preambular or operative"):
        parse_official("Resolution 1 (1946)\n\nof 25 January 1946\n", source="x.txt")


def test_661_in_both_layouts_gives_the_same_model(resolutions: Path, gold: Path) -> None:
    """The complete text and the printed volume's OCR'd text of 661 (1990) agree on every
    verb, binding flag, item and measure; only OCR wording differs ("ail States")."""
    from unsc.drafts import Draft, diff

    a = parse_official((resolutions / "S-RES-661-1990.txt").read_text("utf-8"))
    b = parse_official(_gold(gold, 661).read_text("utf-8"))

    def shape(d: Draft) -> list[tuple[object, ...]]:
        return [
            (
                op.verb,
                op.binding,
                [s.label for s in op.subparagraphs],
                [(m.type, m.direction, m.subparagraph) for m in op.measures],
            )
            for op in d.operative
        ]

    assert shape(a) == shape(b)
    assert (a.symbol, a.date, a.meeting, a.vote) == (b.symbol, b.date, b.meeting, b.vote)
    assert [c.kind for c in diff(a, b).changes] == ["reworded"]


_PIECES = st.sampled_from(
    [
        "The Security Council,",
        "Recalling its resolution 1 (1946),",
        "Acting under Chapter VII of the Charter,",
        "1. Decides that all States shall prevent the supply of arms;",
        "2. Calls upon all States",
        "S. Appeals to all",
        "(a) The import of oil;",
        "(6) Any activities",
        "b) To abstain",
        "– the safety of staff;",
        "Adopted unanimously at the 100th meeting.",
        "Resolution 9 (1946)",
        "of 3 March 1946",
        "Annex",
        "12",
        "S/RES/1 (1946)",
        "",
        "notwithstanding any contract",
    ]
)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.one_of(_PIECES, st.text(max_size=40)), max_size=14))
def test_any_text_parses_or_is_a_parse_error(lines: list[str]) -> None:
    """Whatever the input, a model numbered 1..n or a ParseError: never another exception."""
    try:
        d = parse_official("\n".join(lines), source="fuzz.txt")
    except ParseError as exc:
        assert "fuzz.txt" in str(exc)
        return
    assert [op.number for op in d.operative] == list(range(1, len(d.operative) + 1))


def test_preambular_participles_ending_in_a_comma_stay_preambular(gold: Path) -> None:
    # "Noting that the basic problem ... remains unsolved," is not "Remains seized".
    d = parse_official(_gold(gold, 220).read_text("utf-8"))
    assert len(d.preambular) == 3 and [op.label for op in d.operative] == ["1", "2", "3"]
    # "Recalling ... resolution 31/6 A ..., which, inter alia, calls upon all Governments ...,"
    d = parse_official(_gold(gold, 402).read_text("utf-8"))
    assert any(p.startswith("Recalling further General Assembly resolution") for p in d.preambular)
    assert d.paragraph(1).label == "1"


def test_text_before_the_resolution_heading_is_set_aside(gold: Path) -> None:
    # 851 (1993) is printed after the end of a presidential statement on the same page.
    d = parse_official(_gold(gold, 851).read_text("utf-8"))
    assert [op.label for op in d.operative] == [str(i) for i in range(1, 24)]
    assert d.notes[0].startswith("cease its armed attacks.")
    assert d.notes[2] == "Resolution 851 (1993)"


def test_paragraph_cut_by_a_stray_blank_line_is_joined(gold: Path) -> None:
    # 391 (1976): "... the recommendation by the Secretary-General that the" / blank line /
    # "Security Council extend the stationing ..." is one preambular paragraph.
    d = parse_official(_gold(gold, 391).read_text("utf-8"))
    assert [op.label for op in d.operative] == ["1", "2", "3", "4", "5", "6"]
    assert any("Secretary-General that the Security Council extend" in p for p in d.preambular)
