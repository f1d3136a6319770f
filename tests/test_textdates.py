"""Month names as UN and OFAC documents write them."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from unsc.textdates import MONTH_NAMES, month_number, read_day


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


@pytest.mark.parametrize(
    "text",
    ["2006/10/14", "14.10.2006", "14 October 2006", "14 Oct. 2006", "October 14, 2006",
     "Oct 14 2006", "14th October 2006", " 14  OCTOBER  2006 "],
)  # fmt: skip
def test_a_day_as_people_write_it(text: str) -> None:
    assert read_day(text) == dt.date(2006, 10, 14)


@pytest.mark.parametrize(
    "text", ["31 February 2006", "10/14/2006", "14/10/2006", "14 Foo 2006", "2006", "Oct 2006"]
)
def test_what_is_no_day(text: str) -> None:
    assert read_day(text) is None  # a day that does not exist, or two orders in use


@given(st.dates(min_value=dt.date(1000, 1, 1)))
def test_every_day_reads_in_words_and_with_dots(day: dt.date) -> None:
    assert read_day(day.strftime("%d %B %Y")) == day
    assert read_day(day.strftime("%B %d, %Y")) == day
    assert read_day(day.strftime("%d.%m.%Y")) == day
