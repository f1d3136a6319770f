"""The features positions speak about, read off the drafts' document model.

A text's features are the union of its legal basis's features and every chosen paragraph's:

==========================  =========================================================
``chapter_vii``             the text acts under Chapter VII
``article_41``              ... taking measures under Article 41 (no military force)
``basis:<id>``              the basis option chosen (``basis:chapter-vii``)
``binding``                 an operative paragraph binds (lead verb "decides" ...)
``measures``                a paragraph creates any measure
``sanctions``               a *binding* paragraph creates a restrictive measure
``measure:<type>``          a measure of this type (``measure:asset_freeze``)
``verb:<verb>``             a paragraph leads with this verb (``verb:condemns``)
``para:<slot>``             the paragraph ``<slot>`` is in the text (any wording)
``variant:<slot>/<id>``     ... in this wording
``<tag>``                   tags given in the scenario file (``condemnation``)
``instrument:<kind>``       ``instrument:resolution``, ``instrument:presidential_statement``
==========================  =========================================================
"""

from __future__ import annotations

from collections.abc import Iterable

from unsc.drafts import MeasureType, OperativeParagraph

#: Measures that restrict someone (what the 2006 record calls "sanctions"). A committee, a
#: panel, a reporting duty or an exemption administers measures without restricting anyone.
RESTRICTIVE = frozenset(
    {
        MeasureType.ARMS_EMBARGO,
        MeasureType.ITEMS_BAN,
        MeasureType.LUXURY_GOODS_BAN,
        MeasureType.FINANCIAL_PROHIBITION,
        MeasureType.ASSET_FREEZE,
        MeasureType.TRAVEL_BAN,
        MeasureType.CARGO_INSPECTION,
        MeasureType.TRADE_EMBARGO,
        MeasureType.OIL_EMBARGO,
        MeasureType.COMMODITY_BAN,
        MeasureType.AVIATION_BAN,
        MeasureType.SHIPPING_BAN,
        MeasureType.DIPLOMATIC_RESTRICTIONS,
        MeasureType.TECHNICAL_ASSISTANCE_BAN,
        MeasureType.SPORTS_CULTURAL_BAN,
        MeasureType.USE_OF_FORCE,
    }
)


def verb_feature(verb: str) -> str:
    """``"Strongly urges"`` → ``"verb:strongly_urges"``."""
    return "verb:" + "_".join(verb.lower().split())


def paragraph_features(op: OperativeParagraph) -> frozenset[str]:
    """The features an operative paragraph carries by itself (not its slot or tags)."""
    out: set[str] = set()
    if op.verb:
        out.add(verb_feature(op.verb))
    if op.binding:
        out.add("binding")
    if op.measures:
        out.add("measures")
    for measure in op.measures:
        out.add(f"measure:{measure.type.value}")
        if op.binding and measure.type in RESTRICTIVE:
            out.add("sanctions")
    return frozenset(out)


def basis_features(basis_id: str, *, chapter_vii: bool, article_41: bool) -> frozenset[str]:
    """The features of a legal basis option."""
    out = {f"basis:{basis_id}"}
    if chapter_vii:
        out.add("chapter_vii")
    if article_41:
        out.add("article_41")
    return frozenset(out)


def slot_features(slot_id: str, variant_id: str, tags: Iterable[str]) -> frozenset[str]:
    """The features a chosen wording adds by its place in the text and its tags."""
    return frozenset({f"para:{slot_id}", f"variant:{slot_id}/{variant_id}", *tags})
