"""Official layouts in the wild: UN documents with page furniture, drafts, statements."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from unsc.drafts import Instrument, MeasureType, parse_official, parse_text

# A draft resolution as the UN documents system prints it (wording abridged, symbol made up).
DRAFT = """United Nations S/2006/999

Security Council Distr.: General
7 July 2006

Original: English

06-42110 (E)
*0642110*

France, Japan, United Kingdom of Great Britain and Northern Ireland and United States
of America: draft resolution

The Security Council,

Gravely concerned at the launch of ballistic missiles by the Democratic People's
Republic of Korea on 5 July 2006,

Acting under Chapter VII of the Charter of the United Nations,

1. Condemns the launches;

2. Decides that all Member States shall prevent the procurement of missiles and
missile-related items, materials, goods and technology from the Democratic

S/2006/999

2

People's Republic of Korea, and the transfer of any financial resources in relation
to its missile programme;

3. Decides to remain seized of the matter.
"""

# A presidential statement (layout of S/PRST documents; wording abridged).
PRST = """United Nations S/PRST/2006/41

Security Council Distr.: General
6 October 2006

Statement by the President of the Security Council

At the 5546th meeting of the Security Council, held on 6 October 2006, in connection
with the Council's consideration of the item entitled "Non-proliferation", the President
of the Security Council made the following statement on behalf of the Council:

"The Security Council expresses its deep concern over the statement by the Democratic
People's Republic of Korea that it will conduct a nuclear test.

"The Security Council urges the Democratic People's Republic of Korea not to undertake
such a test.

"The Security Council will remain seized of the matter."
"""


def test_draft_document_layout() -> None:
    d = parse_official(DRAFT)
    assert d.symbol == "S/2006/999"
    assert d.date == dt.date(2006, 7, 7)
    assert d.adopted is False
    assert d.sponsors == (
        "France",
        "Japan",
        "United Kingdom of Great Britain and Northern Ireland",
        "United States of America",
    )
    assert d.chapter_vii
    assert len(d.preambular) == 2
    assert [op.verb for op in d.operative] == ["Condemns", "Decides", "Decides to remain seized"]
    op2 = d.paragraph(2)
    # the paragraph runs on over the page break; the running head stays in notes
    assert "from the Democratic People's Republic of Korea, and the transfer" in op2.text
    assert {(m.type, m.direction) for m in op2.measures} == {
        (MeasureType.ITEMS_BAN, "procurement"),
        (MeasureType.FINANCIAL_PROHIBITION, "supply"),
    }
    assert "06-42110 (E)" in d.notes and "S/2006/999" in d.notes


def test_presidential_statement_layout() -> None:
    d = parse_text(PRST)
    assert d.instrument is Instrument.PRESIDENTIAL_STATEMENT
    assert d.symbol == "S/PRST/2006/41"
    assert d.meeting == "5546" and d.date == dt.date(2006, 10, 6)
    assert [op.verb for op in d.operative] == ["Expresses", "Urges", "Remains seized"]
    assert d.operative[0].text.startswith('"The Security Council expresses')
    assert not any(op.binding for op in d.operative)


def test_modern_resolution_with_running_heads_and_annexes(gold: Path) -> None:
    (path,) = gold.glob("S_RES_1454_*")
    d = parse_official(path.read_text("utf-8"))
    assert d.symbol == "S/RES/1454 (2002)" and d.meeting == "4683"
    assert d.date == dt.date(2002, 12, 30)
    assert [op.label for op in d.operative] == ["1", "2", "3", "4", "5"]
    assert d.paragraph(5).verb == "Decides to remain seized"
    assert d.annex[0] == "Annex A" and any(a.startswith("Annex B") for a in d.annex)
    assert d.notes.count("S/RES/1454 (2002)") >= 5  # running heads, kept as notes


def test_items_printed_inside_the_paragraph_are_split() -> None:
    text = (
        "The Security Council,\n\nActing under Chapter VII of the Charter,\n\n"
        "1. Decides that: (a) All Member States shall prevent the supply to the DPRK of: "
        "(i) Any battle tanks and related materiel; (ii) Luxury goods; and (b) All Member "
        "States shall freeze the funds of the persons designated by the Committee, as set out "
        "in paragraph 8 (d) of resolution 1718 (2006);\n"
    )
    op = parse_official(text).paragraph(1)
    assert op.text == "Decides that:"
    assert [s.label for s in op.subparagraphs] == ["a", "b"]
    assert [s.label for s in op.subparagraphs[0].subparagraphs] == ["i", "ii"]
    assert op.subparagraphs[1].text.endswith("paragraph 8 (d) of resolution 1718 (2006);")
    assert {m.type for m in op.measures} == {
        MeasureType.ARMS_EMBARGO,
        MeasureType.LUXURY_GOODS_BAN,
        MeasureType.ASSET_FREEZE,
    }


# A press statement as the UN press releases print it (wording abridged and illustrative).
PRESS = """Security Council Press Statement on Democratic People's Republic of Korea

The following Security Council press statement was issued today by Council President
Kenzo Oshima (Japan):

The members of the Security Council expressed their grave concern at the launch of
ballistic missiles by the Democratic People's Republic of Korea on 5 July 2006.

The members of the Security Council condemned the launches and called upon the
Democratic People's Republic of Korea to re-establish its moratorium on missile launches.

The members of the Security Council will remain seized of the matter.
"""


def test_press_statement_layout() -> None:
    d = parse_text(PRESS)
    assert d.instrument is Instrument.PRESS_STATEMENT
    assert d.title == "Democratic People's Republic of Korea"
    assert d.preambular == ()
    assert [op.verb for op in d.operative] == ["Expresses", "Condemns", "Remains seized"]
    assert not any(op.binding for op in d.operative) and d.measures == ()
    assert d.notes[1].startswith("The following Security Council press statement")
