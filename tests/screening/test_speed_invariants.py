"""The speed-ups keep every score: a query's shared Aligner gives what a fresh alignment gives."""

from __future__ import annotations

import random

from unsc.screening import Screener
from unsc.screening.namefields import own_acronyms
from unsc.screening.names import Aligner, align
from unsc.screening.normalize import NameForm, analyze
from unsc.screening.screener import WEAK_ALIAS_SCORE, _given_name_only


def _queries(un: Screener, count: int) -> list[NameForm]:
    """Listed names of the real list and one-letter misspellings of them, fixed by a seed."""
    rng = random.Random(5)
    texts = [f.text for f in rng.sample(un.index.forms, count)]
    for text in list(texts):
        i = rng.randrange(len(text))
        texts.append(text[:i] + text[i + 1 :])
    texts += ["Mohammed Ali", "Abdul Rahman", "محمد علی", "김정은", "宋刚", "Ivan Petrov"]
    return [f for f in map(analyze, texts) if f.tokens]


def test_shared_aligner_scores_equal_fresh_alignments_in_any_order(un: Screener) -> None:
    compared = 0
    for form in _queries(un, 150):
        weights = un.index.weights(form)
        cands = un.index.candidates(form, weights)[0].tolist()
        forward, backward = Aligner(form, weights), Aligner(form, weights)
        ahead = [forward.align(un.index.forms[n], un.name_weights[n]) for n in cands]
        behind = [backward.align(un.index.forms[n], un.name_weights[n]) for n in cands[::-1]]
        for n, got, reverse in zip(cands, ahead, behind[::-1], strict=True):
            fresh = align(form, un.index.forms[n], weights, un.name_weights[n])
            assert (got.score, got.query_coverage, got.candidate_coverage) == (
                fresh.score,
                fresh.query_coverage,
                fresh.candidate_coverage,
            )
            assert reverse.score == fresh.score
            compared += 1
    assert compared > 300


def test_name_scores_are_the_best_fresh_alignment_per_entry(un: Screener) -> None:
    for form in _queries(un, 40):
        weights = un.index.weights(form)
        expected: dict[int, float] = {}
        given_only = _given_name_only(form, None)
        for n in un.index.candidates(form, weights)[0].tolist():
            fresh = Aligner(form, weights, expands=not own_acronyms([form]))
            score = un.aligned(fresh, n).score
            # a weak alias, or a fuller name of a person against one given name alone
            if un.weak[n] or (given_only and un._fuller_name(n)):
                score = min(score, WEAK_ALIAS_SCORE)
            owner = un.owners[n]
            expected[owner] = max(expected.get(owner, -1.0), score)
        got = {k: v[0] for k, v in un._name_scores([form]).items()}
        assert got == expected


def test_one_text_read_two_ways_aligns_as_each() -> None:
    """The parts' memo tells apart two readings of one text (a person's title left out, a
    vessel's name kept whole): it was keyed by the text alone, and the second reading
    aligned with the first's parts (an IndexError)."""
    person, vessel = analyze("Marshal Zhukov"), analyze("Marshal Zhukov", titled=True)
    assert person.tokens == ("zhukov",) and vessel.tokens == ("marshal", "zhukov")
    listed = analyze("MARSHAL ZHUKOV", titled=True)
    weights = (1.0, 1.0)
    assert align(person, listed, (1.0,), weights).score < 1.0
    assert align(vessel, listed, weights, weights).score == 1.0
