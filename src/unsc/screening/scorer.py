"""The scorer ``unsc-v1``: a score in [0, 1] as a sum of named, weighted features.

``score = clip(name + dob + country + schema + identifier, 0, 1)``, then an identifier
long enough to decide is decisive (``max(score, 0.99)``):

===========  ======  ===============================================================
feature      weight  value
===========  ======  ===============================================================
name         1.0     best alignment of the query's names with the entry's names
dob          0.15    +1 same day, +0.4 same year or inside the listed range or day
                     and month swapped, 0 within a year, -0.5 up to three years
                     apart, -1 further (a clear mismatch lowers the score); an exact
                     1 January counts as its year (:func:`~.features.dob_feature`)
country      0.05    +1 a nationality/citizenship in common, -1 none in common
schema       0.3     when the query is another kind of entry (a person against an
                     organisation or vessel): -0.5 given, -1 read from the name
                     (without a schema, a query name with a legal form is an
                     organisation, "Ahmed PLC", one with a vessel's prefix alone a
                     vessel, M/V ARGO I); in :func:`compare`, -1 when the schema is a
                     person's or a vessel's and one name only has a firm's legal form
identifier   0.15    +1 the same number, too short to decide alone (under six
                     characters: :func:`~.screener.decisive_id`)
identifier   --      an identical passport, national ID, IMO number... -> 0.99
===========  ======  ===============================================================

A feature with nothing to compare on one side contributes nothing. A name that a rule
holds down (:attr:`~.names.Alignment.cap`: only common names agree, another given name of
one family) is not lifted by evidence that cannot tell two people apart: a nationality in
common, an overlapping year (``held``); a same day, or an identifier, still lifts it. The
default threshold (:data:`DEFAULT_THRESHOLD`) was set on the development half of the
evaluation set built from the UN list (see ``docs/screening.md``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from unsc.screening.features import schema_kind
from unsc.screening.japanese import in_kanji, japanese_key, japanese_names
from unsc.screening.namefields import query_forms, unread_script
from unsc.screening.names import Alignment, align, kind_weights
from unsc.screening.normalize import NameForm, analyze, named_kind

__all__ = ["ALGORITHM", "DEFAULT_THRESHOLD", "WEIGHTS", "Comparison", "compare"]

ALGORITHM = "unsc-v1"
DEFAULT_THRESHOLD = 0.8
WEIGHTS = {"name": 1.0, "dob": 0.15, "country": 0.05, "schema": 0.3, "identifier": 0.15}
ID_MATCH_SCORE = 0.99


@dataclass(slots=True)
class Comparison:
    """The result of comparing two names (or a query with a listed entry)."""

    score: float
    match: bool
    explanation: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {"score": self.score, "match": self.match, "explanation": self.explanation}


def name_explanation(q: NameForm, c: NameForm, alignment: Alignment) -> dict[str, Any]:
    """The name part of an explanation: both names as analysed, the aligned parts, and the
    rule that holds the score down, if one does (``cap``)."""
    found = {
        "query": q.text,
        "candidate": c.text,
        "query_tokens": list(q.tokens),
        "candidate_tokens": list(c.tokens),
        "transliteration": {"query": q.method, "candidate": c.method},
        "titles_removed": list(q.removed + c.removed),
        "parts": alignment.pairs,
    }
    if alignment.cap is not None:
        found["cap"] = alignment.cap
    return found


def combine(
    name_score: float,
    extra: dict[str, tuple[float, str] | None],
    id_match: str | None,
    *,
    held: bool = False,
) -> tuple[float, dict[str, dict[str, Any]]]:
    """Add the weighted non-name features to the name score; returns score and feature table.
    ``id_match``: what a decisive identifier match compared; ``held``: a rule holds the
    name down, so weak evidence (below +1: an overlapping year) and a nationality in common
    do not lift it (they are listed, marked ``not counted``)."""
    features: dict[str, dict[str, Any]] = {
        "name": {"value": round(name_score, 4), "weight": WEIGHTS["name"]}
    }
    score = name_score * WEIGHTS["name"]
    for key, result in extra.items():
        if result is None:
            continue
        value, detail = result
        features[key] = {"value": value, "weight": WEIGHTS[key], "detail": detail}
        if held and value > 0 and (value < 1.0 or key == "country"):
            features[key]["detail"] += "; not counted: it cannot tell two people apart"
            continue
        score += value * WEIGHTS[key]
    score = min(1.0, max(0.0, score))
    if id_match is not None:
        score = max(score, ID_MATCH_SCORE)
        features["identifier"] = {"value": 1.0, "weight": None, "detail": f"same: {id_match}"}
    return round(score, 4), features


def _forms(text: str, kind: str | None) -> list[NameForm]:
    """The analysed names of a string (at least one, if only an empty one)."""
    return query_forms(text, kind=kind) or [analyze(text)]


def _japanese(text: str, kind: str | None, other: list[NameForm]) -> list[NameForm]:
    """A name in kanji also by its readings the other name spells
    (:func:`~.japanese.japanese_names`)."""
    if not in_kanji(text):
        return []
    spellings: dict[str, list[str]] = {}
    for form in other:
        for token in form.tokens:
            spellings.setdefault(japanese_key(token), []).append(token)
    found = japanese_names(text, lambda reading: spellings.get(japanese_key(reading), ()))
    return query_forms(*found, kind=kind) if found else []


def _firm_named(kind: str | None, q: NameForm, c: NameForm) -> tuple[float, str] | None:
    """-1 when the schema is a person's or a vessel's but one name, not the other, has a
    legal form: a firm's name ("KAPITAN GUSEYNOV", the vessel, is not Kapitan Guseynov
    Shipping Ltd); None otherwise."""
    if kind not in ("person", "vessel"):
        return None
    firms = [n for n, form in (("first", q), ("second", c)) if named_kind(form) == "organization"]
    if len(firms) != 1:
        return None
    return -1.0, f"the {firms[0]} name has a legal form: an organisation's, not a {kind}'s"


def compare(
    name1: str, name2: str, *, schema: str | None = None, threshold: float | None = None
) -> Comparison:
    """Score two names with the name feature alone; a ``schema`` of Person reads no part as
    an acronym (:mod:`~unsc.screening.acronyms`).

    A string giving several names (";", "a.k.a.", a remark in parentheses: see
    :func:`~unsc.screening.namefields.query_names`) scores by its best-matching pair.
    """
    kind = schema_kind(schema)
    firsts, seconds = _forms(name1, kind), _forms(name2, kind)
    firsts += _japanese(name1, kind, seconds)
    seconds += _japanese(name2, kind, firsts)
    result, q, c = max(
        (
            (
                align(
                    q,
                    c,
                    kind_weights(q),
                    kind_weights(c),
                    explain=True,
                    kind=kind,
                    # the second name may be an organisation's, unless both are persons'
                    acronyms=kind != "person",
                ),
                q,
                c,
            )
            for q in firsts
            for c in seconds
        ),
        key=lambda found: found[0].score,
    )
    score, features = combine(result.score, {"schema": _firm_named(kind, q, c)}, None)
    features["name"]["detail"] = name_explanation(q, c, result)
    unread = {
        side: script
        for side, form, text in (("query", q, name1), ("candidate", c, name2))
        if not form.tokens and (script := unread_script(text)) is not None
    }
    if unread:  # a name in a script unsc cannot read (Khmer) scores 0.0: say why
        features["name"]["detail"]["unread_script"] = unread
    limit = DEFAULT_THRESHOLD if threshold is None else threshold
    return Comparison(
        score, score >= limit, {"algorithm": ALGORITHM, "threshold": limit, "features": features}
    )
