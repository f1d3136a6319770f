"""Month names as UN and OFAC documents write them."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from unsc.textdates import MONTH_NAMES, month_number


def test_full_names_and_abbreviations() -> None:
    assert month_number("October") == 10
    assert month_number("Oct.") == 10
    assert month_number("SEPT") == 9
    assert month_number("may") == 5


def test_what_is_not_a_month() -> None:
    assert month_number("Ma") is None  # too short to tell March from May
    assert month_number("Marines") is None
    assert month_number("Febuary") is None
    assert month_number("Febuary", lenient=True) == 2


@given(st.sampled_from(MONTH_NAMES), st.integers(min_value=3, max_value=9), st.booleans())
def test_every_prefix_of_three_letters_or_more_reads(name: str, length: int, upper: bool) -> None:
    word = name[:length].upper() if upper else name[:length].title()
    assert month_number(word + ".") == MONTH_NAMES.index(name) + 1
