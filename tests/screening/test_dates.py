"""Dates of birth as queries write them, read as the range of days they allow."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from unsc.errors import InvalidInput
from unsc.screening.dates import given_date, parse_date


def _iso(text: str) -> tuple[str, str, bool]:
    first, last, exact = parse_date(text)
    return dt.date.fromordinal(first).isoformat(), dt.date.fromordinal(last).isoformat(), exact


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1954-10-12", ("1954-10-12", "1954-10-12", True)),
        ("12.10.1954", ("1954-10-12", "1954-10-12", True)),  # dots: day first
        ("12/10/1954", ("1954-10-12", "1954-12-10", False)),  # 12 October or 10 December
        ("2/29/1956", ("1956-02-29", "1956-02-29", True)),  # 29 can only be the day
        ("19541012", ("1954-10-12", "1954-10-12", True)),
        # a time of day after the date, as spreadsheets and databases export it
        ("1954-10-12 00:00:00", ("1954-10-12", "1954-10-12", True)),
        ("1954-10-12T00:00:00.000Z", ("1954-10-12", "1954-10-12", True)),
        ("10/13/1954 12:00:00 AM", ("1954-10-13", "1954-10-13", True)),
        ("12 October 1954", ("1954-10-12", "1954-10-12", True)),
        ("12-Oct-1954", ("1954-10-12", "1954-10-12", True)),
        ("Oct. 12, 1954", ("1954-10-12", "1954-10-12", True)),
        ("October 1954", ("1954-10-01", "1954-10-31", False)),
        ("1954", ("1954-01-01", "1954-12-31", False)),
        ("circa 1954", ("1953-01-01", "1955-12-31", False)),  # the UN list's own wording
        ("approximately 1954", ("1953-01-01", "1955-12-31", False)),
        ("1954 or 1955", ("1954-01-01", "1955-12-31", False)),
        ("between 1950 and 1955", ("1950-01-01", "1955-12-31", False)),
        ("1954/1956", ("1954-01-01", "1956-12-31", False)),
        # months in other languages, two-digit years after a month in words, approx. after
        ("12 mai 1954", ("1954-05-12", "1954-05-12", True)),
        ("12. März 1954", ("1954-03-12", "1954-03-12", True)),
        ("12 août 1954", ("1954-08-12", "1954-08-12", True)),
        ("12 octubre 1954", ("1954-10-12", "1954-10-12", True)),
        ("12-Oct-54", ("1954-10-12", "1954-10-12", True)),  # as spreadsheets export it
        ("1954 (approx.)", ("1953-01-01", "1955-12-31", False)),
        # the month and year alone, decades, two-digit years in numbers, CJK dates, fillers
        ("10/1954", ("1954-10-01", "1954-10-31", False)),
        ("1950s", ("1950-01-01", "1959-12-31", False)),
        ("12.10.54", ("1954-10-12", "1954-10-12", True)),
        ("1954年10月12日", ("1954-10-12", "1954-10-12", True)),
        ("1954년 10월 12일", ("1954-10-12", "1954-10-12", True)),
        ("12 de mayo de 1954", ("1954-05-12", "1954-05-12", True)),
        ("12th of May 1954", ("1954-05-12", "1954-05-12", True)),
        ("abt 1954", ("1953-01-01", "1955-12-31", False)),
        # Dutch, Indonesian, Turkish, Russian months (genitive, and й as the fold writes it)
        ("12 mei 1954", ("1954-05-12", "1954-05-12", True)),
        ("3 Agustus 1954", ("1954-08-03", "1954-08-03", True)),
        ("12 Kasım 1954", ("1954-11-12", "1954-11-12", True)),
        ("12 октября 1954", ("1954-10-12", "1954-10-12", True)),
        ("май 1954", ("1954-05-01", "1954-05-31", False)),
    ],
)
def test_formats_people_write(text: str, expected: tuple[str, str, bool]) -> None:
    assert _iso(text) == expected


def test_a_field_that_says_no_date_is_known_gives_none() -> None:
    assert not any(map(given_date, ["", "  ", "unknown", "N/A", "-", None]))
    assert given_date("1954") and given_date("someday")  # read, then refused by value


@pytest.mark.parametrize("text", ["54", "1954-13-01", "someday", "31/31/1954", "1960 to 1950"])
def test_what_is_no_date_is_refused_by_value(text: str) -> None:
    with pytest.raises(InvalidInput, match="is not a date") as error:
        parse_date(text)
    assert error.value.field == "birth_dates"


_DAYS = st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2020, 12, 31))
_FORMATS = (
    "%Y-%m-%d",
    "%d.%m.%Y",
    "%d/%m/%Y",
    "%m/%d/%Y",
    "%Y%m%d",
    "%d %B %Y",
    "%d-%b-%Y",
    "%B %d, %Y",
    "%Y/%m/%d",
)


@given(day=_DAYS, pattern=st.sampled_from(_FORMATS))
def test_every_written_day_is_inside_its_range(day: dt.date, pattern: str) -> None:
    first, last, exact = parse_date(day.strftime(pattern))
    assert first <= day.toordinal() <= last
    assert last - first <= 366  # a day, or the two days a day and month swapped give
    assert exact == (first == last)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a day or month not known, as registries and customer files write it
        ("00/00/1961", ("1961-01-01", "1961-12-31", False)),
        ("00.00.1961", ("1961-01-01", "1961-12-31", False)),
        ("1961-00-00", ("1961-01-01", "1961-12-31", False)),
        ("XX/XX/1961", ("1961-01-01", "1961-12-31", False)),
        ("??.??.1961", ("1961-01-01", "1961-12-31", False)),
        ("00/05/1961", ("1961-05-01", "1961-05-31", False)),
        ("1961-05-00", ("1961-05-01", "1961-05-31", False)),
        # a passport's machine-readable zone, an airline's; the month first with dashes
        ("02JAN1961", ("1961-01-02", "1961-01-02", True)),
        ("2jan61", ("1961-01-02", "1961-01-02", True)),
        ("Jan-02-1961", ("1961-01-02", "1961-01-02", True)),
        # US order with dots, when the second number cannot be a month
        ("01.25.1961", ("1961-01-25", "1961-01-25", True)),
        ("1961?", ("1960-01-02", "1962-12-31", False)),  # as circa: 365 days either side
        ("1955-58", ("1955-01-01", "1958-12-31", False)),
        ("1955-10", ("1955-10-01", "1955-10-31", False)),  # still October, no range
        ("Born 1961", ("1961-01-01", "1961-12-31", False)),
        ("born on 2 January 1961", ("1961-01-02", "1961-01-02", True)),
        ("DOB: 1961-01-02", ("1961-01-02", "1961-01-02", True)),
        ("b. 1961", ("1961-01-01", "1961-12-31", False)),
    ],
)
def test_forms_of_customer_files_and_registries(text: str, expected: tuple[str, str, bool]) -> None:
    assert _iso(text) == expected


@pytest.mark.parametrize(
    "text", ["00/13/1961", "1958-55", "00/00/0000", "31/02/1954", "01/01/0001", "9999-12-31"]
)
def test_a_placeholder_or_range_that_is_no_date_is_still_refused(text: str) -> None:
    with pytest.raises(InvalidInput):
        parse_date(text)
