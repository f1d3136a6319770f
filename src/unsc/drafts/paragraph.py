"""An operative paragraph built from its text: lead verb, binding force and measures."""

from __future__ import annotations

from unsc.drafts.measures import derive_measures
from unsc.drafts.model import Instrument, OperativeParagraph, SubParagraph
from unsc.drafts.verbs import classify_verb, is_binding

__all__ = ["build_paragraph"]


def build_paragraph(
    number: int,
    text: str,
    *,
    chapter_vii: bool,
    instrument: Instrument = Instrument.RESOLUTION,
    subparagraphs: tuple[SubParagraph, ...] = (),
    closing: str = "",
    label: str | None = None,
    part: str | None = None,
    inherited_verb: str | None = None,
) -> OperativeParagraph:
    """An operative paragraph with its verb, binding force and measures derived from text."""
    info = classify_verb(text)
    if info.kind == "other" and inherited_verb:
        info = classify_verb(inherited_verb)
    if info.kind == "other" and subparagraphs:
        # "Acting under Chapter VII of the Charter: (a) Requests ...; (b) Decides ...":
        # the strongest verb among the items leads.
        found = [classify_verb(s.text) for s in subparagraphs]
        info = max(found, key=lambda v: v.force)
    binding = is_binding(info, chapter_vii=chapter_vii, instrument=instrument)
    measures = derive_measures(text, subparagraphs, kind=info.kind, closing=closing)
    full = f"{text} {closing}".strip() if closing else text
    return OperativeParagraph(
        number, full, info.verb, binding, measures, subparagraphs, label, part
    )
