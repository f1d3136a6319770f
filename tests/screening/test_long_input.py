"""Long query strings (a pasted paragraph, a name of many words) are read in time that grows
with their length, not faster: the HTTP service and the CLI screen whatever they are given.

Each screening runs under an alarm: a pattern or a search that goes quadratic or exponential
fails here instead of taking minutes (a code pattern took 228 s on 100,000 letters, and the
readings of a Hangul name of 25 words 79 s)."""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager
from itertools import islice

import pytest

from unsc.screening import Query, Screener
from unsc.screening.namefields import _fewest_changes, written_codes

Bounded = Callable[[str], AbstractContextManager[None]]


@pytest.mark.parametrize(
    "text",
    [
        "qwertyuiop" * 10_000,  # one word of 100,000 letters
        "A1-B2/C3.D4 " * 2_000,  # codes, their parts joined
        "김정은 " * 40,  # a Hangul name of 40 words
        "Ri Pyong Chol " * 200,
        "李登輝" * 2_000,
        "Kim 김 Ali محمد 1-2 " * 500,
    ],
)
def test_a_long_query_is_screened_in_time(un: Screener, text: str, bounded: Bounded) -> None:
    with bounded(f"screening {text[:20]!r}... ({len(text)} characters)"):
        hits = un.screen(Query(text), limit=3, threshold=0.0)
    assert all(0.0 <= h.score <= 1.0 for h in hits)


def test_no_code_is_read_in_a_long_word_without_digits(bounded: Bounded) -> None:
    with bounded("reading codes"):
        assert written_codes("qwertyuiop" * 10_000) == []
        assert written_codes("Mahan Air A340 EP-MMH " * 1_000) == ["EP-MMH"] * 1_000


def test_readings_change_only_the_words_that_have_others(bounded: Bounded) -> None:
    """A name of many words, one of which reads otherwise: its readings come at once, the
    name as written first (the choices were made among all words' subsets, 2^41 here)."""
    options = [("kim",)] * 40 + [("rabrov", "lablov")]
    with bounded("choosing readings"):
        found = list(islice(_fewest_changes(options), 3))
    assert found == [" ".join(["kim"] * 40 + ["rabrov"]), " ".join(["kim"] * 40 + ["lablov"])]
