"""English month names as UN and OFAC documents write them: "October", "Oct.", "Sept".

The Security Council's meeting tables, the resolutions' headers, OFAC's remarks and
screening queries all write dates in English words; one reading of the month (and of its
first and last day) serves them all.
"""

from __future__ import annotations

import calendar
import datetime as dt

MONTH_NAMES = (
    "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december",
)  # fmt: skip


def month_number(word: str, *, lenient: bool = False) -> int | None:
    """1-12 for a month's name or an abbreviation of it ("Sep", "Sept.", "SEPTEMBER").

    An abbreviation must be at least three letters and a prefix of the name. With
    ``lenient``, the first three letters decide, so misspellings in scraped tables
    ("Febuary") still read; use it only where a month is expected at that place.
    """
    key = word.strip().lower().rstrip(".")
    if len(key) < 3:
        return None
    for number, name in enumerate(MONTH_NAMES, start=1):
        if name.startswith(key) or (lenient and name[:3] == key[:3]):
            return number
    return None


def month_bounds(year: int, month: int) -> tuple[dt.date, dt.date]:
    """The first and last day of a month ("Nov. 1973" as a range of days)."""
    return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])
