"""The parser of official texts on the six complete resolutions and hand-checked gold texts."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

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


# Hand-checked against the printed texts: number, preambular, operative, subs per OP,
# and the measures each sanctions paragraph creates.
GOLD = {
    232: (
        4,
        10,
        {2: 6},
        {
            2: {
                M.COMMODITY_BAN,
                M.ARMS_EMBARGO,
                M.OIL_EMBARGO,
                M.FINANCIAL_PROHIBITION,
                M.AVIATION_BAN,
            }
        },
    ),
    253: (
        10,
        23,
        {3: 5, 5: 2, 20: 2},
        {
            3: {M.TRADE_EMBARGO, M.FINANCIAL_PROHIBITION, M.EXEMPTION},
            5: {M.TRAVEL_BAN},
            6: {M.AVIATION_BAN},
        },
    ),
    418: (10, 7, {}, {2: {M.ARMS_EMBARGO}}),
    661: (7, 11, {3: 3, 6: 2, 9: 2}, {4: {M.FINANCIAL_PROHIBITION, M.EXEMPTION}}),
    748: (
        10,
        14,
        {4: 2, 5: 3, 6: 3, 9: 6},
        {4: {M.AVIATION_BAN, M.EXEMPTION}, 5: {M.ARMS_EMBARGO, M.TECHNICAL_ASSISTANCE_BAN}},
    ),
    757: (
        18,
        21,
        {4: 3, 7: 2, 8: 3, 13: 6},
        {7: {M.AVIATION_BAN}, 8: {M.DIPLOMATIC_RESTRICTIONS, M.SPORTS_CULTURAL_BAN}},
    ),
    841: (
        15,
        17,
        {10: 6},
        {5: {M.ARMS_EMBARGO, M.OIL_EMBARGO}, 8: {M.ASSET_FREEZE, M.FINANCIAL_PROHIBITION}},
    ),
    883: (10, 17, {3: 5, 6: 6}, {3: {M.ASSET_FREEZE, M.FINANCIAL_PROHIBITION}, 5: {M.ITEMS_BAN}}),
}


@pytest.mark.parametrize("number", sorted(GOLD))
def test_gold_sanctions_resolutions(gold: Path, number: int) -> None:
    n_pre, n_op, subs, measures = GOLD[number]
    d = parse_official(_gold(gold, number).read_text("utf-8"))
    assert d.symbol is not None and d.symbol.startswith(f"S/RES/{number} (")
    assert d.chapter_vii
    assert len(d.preambular) == n_pre
    assert [op.number for op in d.operative] == list(range(1, n_op + 1))
    assert [op.label for op in d.operative] == [str(i) for i in range(1, n_op + 1)]
    assert {op.number: len(op.subparagraphs) for op in d.operative if op.subparagraphs} == subs
    for op_number, types in measures.items():
        op = d.paragraph(op_number)
        assert {m.type for m in op.measures} == types, op_number
        assert op.binding


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


def test_only_headings_is_a_parse_error() -> None:
    with pytest.raises(ParseError, match="no preambular or operative"):
        parse_official("Resolution 1 (1946)\n\nof 25 January 1946\n", source="x.txt")
