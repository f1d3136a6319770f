"""Name-part alignment: how well two names agree, part by part, and why.

Each part of the query is paired with at most one part of the candidate (any order, so
"Kim Jong Un" and "Un, Kim Jong" align fully). Two adjacent parts may pair with one part
written as a single word ("Jong Un" / "Jongun", "Abd Allah" / "Abdallah"). A pair's
similarity comes from the best of these methods, each named in the explanation:

- ``exact`` (same token), ``variant`` (same canonical spelling in the variant tables),
- ``phonetic`` (same phonetic key), ``fuzzy`` (Levenshtein similarity of phonetic keys),
- ``skeleton`` (consonant skeletons, when a name came from the Arabic script),
- ``initial`` (an initial and a part starting with it).

The name score is a weighted mean of how much of the query is explained and how much of the
candidate is; parts weigh by kind (particles, honorifics and legal forms weigh less) and by
how rare they are in the list.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from rapidfuzz.distance import Levenshtein

from unsc.screening.keys import phonetic, skeleton
from unsc.screening.normalize import HONORIFIC, INITIAL, LEGAL, NAME, PARTICLE, NameForm

__all__ = ["KIND_WEIGHTS", "QUERY_SHARE", "Alignment", "align"]

KIND_WEIGHTS = {NAME: 1.0, PARTICLE: 0.15, HONORIFIC: 0.3, LEGAL: 0.4, INITIAL: 0.5}
QUERY_SHARE = 0.6  # weight of "query explained" against "candidate explained"
MIN_SIMILARITY = 0.7  # a pair below this is no pair


@dataclass(slots=True)
class Alignment:
    """The result of aligning two names."""

    score: float
    query_coverage: float
    candidate_coverage: float
    pairs: list[dict[str, Any]]


def _pair(a: str, ca: str, b: str, cb: str, abjad: bool) -> tuple[float, str]:
    if a == b:
        return 1.0, "exact"
    if ca == cb:
        return 0.98, "variant"
    if len(a) == 1 or len(b) == 1:
        if a[:1] == b[:1] and (len(a) == 1) != (len(b) == 1):
            return 0.9, "initial"
        return 0.0, "none"
    pa, pb = phonetic(ca), phonetic(cb)
    ra, rb = phonetic(a), phonetic(b)
    if pa == pb or ra == rb:
        return 0.95, "phonetic"
    best, how = 0.0, "none"
    if min(len(pa), len(pb)) >= 3:
        best = Levenshtein.normalized_similarity(pa, pb) * 0.95
        how = "fuzzy"
    if min(len(ra), len(rb)) >= 3 and (ra != pa or rb != pb):
        best = max(best, Levenshtein.normalized_similarity(ra, rb) * 0.95)
        how = "fuzzy"
    if abjad:
        sa, sb = skeleton(ca), skeleton(cb)
        if len(sa) >= 2 and len(sb) >= 2:
            s = 0.92 if sa == sb else Levenshtein.normalized_similarity(sa, sb) * 0.85
            if s > best:
                best, how = s, "skeleton"
    return (best, how) if best >= MIN_SIMILARITY else (0.0, "none")


def align(
    q: NameForm,
    c: NameForm,
    q_weights: tuple[float, ...],
    c_weights: tuple[float, ...],
    *,
    explain: bool = False,
) -> Alignment:
    """Align the parts of query name ``q`` with candidate name ``c`` (weights per part)."""
    abjad = q.abjad or c.abjad
    nq, nc = len(q.tokens), len(c.tokens)
    # Units: single parts, then adjacent pairs written jointly on the other side.
    q_units: list[tuple[tuple[int, ...], str, str]] = [
        ((i,), q.tokens[i], q.canon[i]) for i in range(nq)
    ]
    c_units: list[tuple[tuple[int, ...], str, str]] = [
        ((j,), c.tokens[j], c.canon[j]) for j in range(nc)
    ]
    for i in range(nq - 1):
        q_units.append(((i, i + 1), q.tokens[i] + q.tokens[i + 1], q.canon[i] + q.canon[i + 1]))
    for j in range(nc - 1):
        c_units.append(((j, j + 1), c.tokens[j] + c.tokens[j + 1], c.canon[j] + c.canon[j + 1]))
    candidates: list[tuple[float, str, tuple[int, ...], tuple[int, ...]]] = []
    for qi, qt, qc in q_units:
        for cj, ct, cc in c_units:
            if len(qi) == 2 and len(cj) == 2:
                continue
            sim, how = _pair(qt, qc, ct, cc, abjad)
            if sim > 0.0:
                if len(qi) + len(cj) == 3 and how not in ("exact", "variant"):
                    sim *= 0.97  # joined words only by spelling
                candidates.append((sim, how, qi, cj))
    candidates.sort(key=lambda x: (-x[0], len(x[2]) + len(x[3])))
    used_q: set[int] = set()
    used_c: set[int] = set()
    q_sim = [0.0] * nq
    c_sim = [0.0] * nc
    pairs: list[dict[str, Any]] = []
    for sim, how, qi, cj in candidates:
        if used_q.intersection(qi) or used_c.intersection(cj):
            continue
        used_q.update(qi)
        used_c.update(cj)
        for i in qi:
            q_sim[i] = sim
        for j in cj:
            c_sim[j] = sim
        if explain:
            pairs.append(
                {
                    "query": " ".join(q.tokens[i] for i in qi),
                    "candidate": " ".join(c.tokens[j] for j in cj),
                    "similarity": round(sim, 3),
                    "method": how,
                    "canonical": " ".join(c.canon[j] for j in cj),
                }
            )
    q_total = sum(q_weights) or 1.0
    c_total = sum(c_weights) or 1.0
    q_cov = sum(w * s for w, s in zip(q_weights, q_sim, strict=True)) / q_total
    c_cov = sum(w * s for w, s in zip(c_weights, c_sim, strict=True)) / c_total
    score = QUERY_SHARE * q_cov + (1.0 - QUERY_SHARE) * c_cov
    if explain:
        for i in range(nq):
            if i not in used_q:
                pairs.append(
                    {
                        "query": q.tokens[i],
                        "candidate": None,
                        "similarity": 0.0,
                        "method": "unmatched",
                    }
                )
        for j in range(nc):
            if j not in used_c:
                pairs.append(
                    {
                        "query": None,
                        "candidate": c.tokens[j],
                        "similarity": 0.0,
                        "method": "unmatched",
                    }
                )
    return Alignment(score, q_cov, c_cov, pairs)


def kind_weights(form: NameForm) -> tuple[float, ...]:
    """The weight of each part of ``form`` by its kind alone (no list frequencies)."""
    return tuple(KIND_WEIGHTS[k] for k in form.kinds)
