"""Screening names against sanctions lists: normalise, transliterate, retrieve, score, explain.

The pipeline, one module per step: :mod:`.transliterate` (other scripts to Latin),
:mod:`.normalize` (text to a :class:`NameForm`), :mod:`.keys` (phonetic keys and consonant
skeletons), :mod:`.index` (retrieval without a scan), :mod:`.names` (name-part alignment),
:mod:`.features` (date of birth, country, identifiers), :mod:`.scorer` (the versioned scorer
``unsc-v1``), :mod:`.screener` (queries and hits), :mod:`.batch` (files, all cores) and
:mod:`.spark` (Apache Spark).
"""

from unsc.screening.batch import compare_file, screen_file
from unsc.screening.normalize import NameForm, analyze, normalize_text
from unsc.screening.scorer import ALGORITHM, DEFAULT_THRESHOLD, Comparison, compare
from unsc.screening.screener import Hit, Query, Screener
from unsc.screening.transliterate import detect_script, to_latin

__all__ = [
    "ALGORITHM",
    "DEFAULT_THRESHOLD",
    "Comparison",
    "Hit",
    "NameForm",
    "Query",
    "Screener",
    "analyze",
    "compare",
    "compare_file",
    "detect_script",
    "normalize_text",
    "screen_file",
    "to_latin",
]
