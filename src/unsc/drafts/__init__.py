"""unsc.drafts: Council texts as structured documents.

The model (:class:`Draft`, :class:`OperativeParagraph`, :class:`Measure` ...), the parser of
official published texts (:func:`parse_official`), the Markdown authoring format
(:func:`parse_markdown`, :func:`to_markdown`), shipped drafts and their histories
(:func:`load_draft`, :func:`load_history`), the paragraph-level :func:`diff` and the
explainable :func:`strength` score.
"""

from unsc.drafts.authoring import parse_markdown, to_markdown
from unsc.drafts.diff import align, diff
from unsc.drafts.history import History, HistoryStep, history, plot_history
from unsc.drafts.loader import (
    HistoryEntry,
    catalogue,
    load_draft,
    load_history,
    parse_text,
    shipped_drafts,
)
from unsc.drafts.measures import derive_measures
from unsc.drafts.model import (
    CHANGE_KINDS,
    DIRECTIONS,
    Change,
    Draft,
    DraftDiff,
    Instrument,
    Measure,
    MeasureType,
    OperativeParagraph,
    Strength,
    StrengthPoint,
    SubParagraph,
)
from unsc.drafts.official import build_paragraph, parse_official
from unsc.drafts.strength import MEASURE_WEIGHTS, paragraph_strength, strength
from unsc.drafts.verbs import VerbInfo, classify_verb, is_binding, verb_force

__all__ = [
    "CHANGE_KINDS",
    "DIRECTIONS",
    "MEASURE_WEIGHTS",
    "Change",
    "Draft",
    "DraftDiff",
    "History",
    "HistoryEntry",
    "HistoryStep",
    "Instrument",
    "Measure",
    "MeasureType",
    "OperativeParagraph",
    "Strength",
    "StrengthPoint",
    "SubParagraph",
    "VerbInfo",
    "align",
    "build_paragraph",
    "catalogue",
    "classify_verb",
    "derive_measures",
    "diff",
    "history",
    "is_binding",
    "load_draft",
    "load_history",
    "paragraph_strength",
    "parse_markdown",
    "parse_official",
    "parse_text",
    "plot_history",
    "shipped_drafts",
    "strength",
    "to_markdown",
    "verb_force",
]
