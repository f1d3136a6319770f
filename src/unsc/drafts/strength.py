"""How strong a text is: an additive score, explained point by point.

``strength(draft).score == sum(p.value for p in points)``. The points:

* the instrument: resolution +2, presidential statement +1, press statement +0.5;
* Chapter VII +3; an explicit Article 41 basis -0.5 (it rules out military enforcement,
  the concession China and Russia obtained for 1718);
* per operative paragraph (:func:`paragraph_strength`): the force of its lead verb
  (Decides 2, Demands 1.75, Condemns 1, Calls upon 0.5, Requests 0.25, Welcomes 0.1,
  "Strongly" +0.25), +1 if it binds, and each measure it creates with its weight, halved when
  the paragraph does not bind (a voluntary embargo counts half of a mandatory one), or when
  the item of a binding paragraph it comes from only calls for it (1718's 8 (f)). A measure
  found twice in a paragraph (same type and direction) counts once, at its best weight.

So adding a measure or a binding verb never lowers the score, and a version that swaps
"Calls upon" for "Decides", adds Chapter VII or a sanctions paragraph scores higher.
"""

from __future__ import annotations

import re

from unsc.drafts.model import (
    Draft,
    Instrument,
    Measure,
    MeasureType,
    OperativeParagraph,
    Strength,
    StrengthPoint,
)
from unsc.drafts.verbs import verb_force

__all__ = [
    "BINDING_WEIGHT",
    "CHAPTER_VII_WEIGHT",
    "INSTRUMENT_WEIGHTS",
    "MEASURE_WEIGHTS",
    "paragraph_strength",
    "strength",
]

INSTRUMENT_WEIGHTS: dict[Instrument, float] = {
    Instrument.RESOLUTION: 2.0,
    Instrument.PRESIDENTIAL_STATEMENT: 1.0,
    Instrument.PRESS_STATEMENT: 0.5,
}
CHAPTER_VII_WEIGHT = 3.0
ARTICLE_41_WEIGHT = -0.5
BINDING_WEIGHT = 1.0
NON_BINDING_MEASURE_FACTOR = 0.5
# An item of a binding paragraph that only exhorts ("all Member States are called upon to
# take cooperative action including through inspection of cargo", 1718 (2006) 8 (f)).
EXHORTED = re.compile(
    r"\b(?:are|is) (?:hereby )?(?:called upon|urged|encouraged|requested|invited)\b|"
    r"\bcalls? upon\b|\bencourages?\b|\burges?\b",
    re.IGNORECASE,
)

_M = MeasureType
MEASURE_WEIGHTS: dict[MeasureType, float] = {
    _M.ARMS_EMBARGO: 2.0,
    _M.ITEMS_BAN: 2.0,
    _M.LUXURY_GOODS_BAN: 1.0,
    _M.FINANCIAL_PROHIBITION: 2.0,
    _M.ASSET_FREEZE: 2.0,
    _M.TRAVEL_BAN: 1.5,
    _M.CARGO_INSPECTION: 2.0,
    _M.SANCTIONS_COMMITTEE: 1.0,
    _M.PANEL_OF_EXPERTS: 1.0,
    _M.REPORTING_DUTY: 0.5,
    _M.TRADE_EMBARGO: 3.0,
    _M.OIL_EMBARGO: 2.5,
    _M.COMMODITY_BAN: 1.5,
    _M.AVIATION_BAN: 1.5,
    _M.SHIPPING_BAN: 1.5,
    _M.DIPLOMATIC_RESTRICTIONS: 1.0,
    _M.TECHNICAL_ASSISTANCE_BAN: 1.0,
    _M.SPORTS_CULTURAL_BAN: 0.5,
    _M.USE_OF_FORCE: 4.0,
    _M.EXEMPTION: 0.0,
}


def _label(mtype: MeasureType) -> str:
    return mtype.value.replace("_", " ")


def paragraph_strength(op: OperativeParagraph, *, chapter_vii: bool) -> list[StrengthPoint]:
    """The points one operative paragraph contributes (linear in its verb, binding, measures)."""
    n = op.number
    points: list[StrengthPoint] = []
    force = verb_force(op.verb)
    if force:
        points.append(StrengthPoint(n, "verb", force, f"OP {n}: '{op.verb}'"))
    if op.binding:
        basis = " under Chapter VII" if chapter_vii else ""
        points.append(
            StrengthPoint(n, "binding", BINDING_WEIGHT, f"OP {n}: binding '{op.verb}'{basis}")
        )
    best: dict[tuple[MeasureType, str | None], tuple[float, Measure]] = {}
    for m in op.measures:
        exhorted = op.binding and m.subparagraph is not None and bool(EXHORTED.search(m.text))
        factor = 1.0 if op.binding and not exhorted else NON_BINDING_MEASURE_FACTOR
        key = (m.type, m.direction)
        if key not in best or factor > best[key][0]:
            best[key] = (factor, m)
    for factor, m in best.values():
        value = MEASURE_WEIGHTS[m.type] * factor
        if not value:
            continue
        where = f" ({m.direction})" if m.direction else ""
        lists = f" [{', '.join(m.lists)}]" if m.lists else ""
        if factor == 1.0:
            mode = ""
        elif op.binding:
            mode = f" in {m.subparagraph}, only called for: half weight"
        else:
            mode = ", not binding: half weight"
        points.append(
            StrengthPoint(
                n,
                f"measure:{m.type.value}",
                value,
                f"OP {n}: {_label(m.type)}{where}{lists}{mode}",
            )
        )
    return points


def strength(draft: Draft) -> Strength:
    """The strength score of a text and the points that make it up."""
    points = [
        StrengthPoint(
            None,
            "instrument",
            INSTRUMENT_WEIGHTS[draft.instrument],
            f"instrument: {draft.instrument.value.replace('_', ' ')}",
        )
    ]
    if draft.chapter_vii:
        points.append(StrengthPoint(None, "chapter_vii", CHAPTER_VII_WEIGHT, "Chapter VII"))
        if draft.article_41:
            points.append(
                StrengthPoint(
                    None,
                    "article_41",
                    ARTICLE_41_WEIGHT,
                    "measures under Article 41 only: military enforcement excluded",
                )
            )
    for op in draft.operative:
        points.extend(paragraph_strength(op, chapter_vii=draft.chapter_vii))
    return Strength(sum(p.value for p in points), tuple(points))
