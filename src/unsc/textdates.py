"""English month names as UN and OFAC documents write them: "October", "Oct.", "Sept".

The Security Council's meeting tables, the resolutions' headers, OFAC's remarks and
screening queries all write dates in English words; one reading of the month (and of its
first and last day) serves them all.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

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


_DAY_PATTERNS = (
    re.compile(r"(?P<y>\d{4})[/.](?P<m>\d{1,2})[/.](?P<d>\d{1,2})"),  # 2006/10/14
    re.compile(r"(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{4})"),  # 14.10.2006
    re.compile(r"(?P<d>\d{1,2})(?:st|nd|rd|th)?\s+(?P<mw>[a-z]+)\.?,?\s+(?P<y>\d{4})"),
    re.compile(r"(?P<mw>[a-z]+)\.?\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y>\d{4})"),
)


def read_day(text: str) -> dt.date | None:
    """A day as people write it besides ISO's 2006-10-14: 2006/10/14, 14.10.2006 (day
    first, as Europe writes it), 14 October 2006, 14 Oct. 2006, October 14, 2006; None for
    anything else, a day that does not exist among them. Slashes with the day or the month
    first (10/14/2006, 14/10/2006) are not read: the two orders are both in use."""
    raw = " ".join(text.strip().lower().split())
    for pattern in _DAY_PATTERNS:
        m = pattern.fullmatch(raw)
        if m is None:
            continue
        found = m.groupdict()
        month = month_number(found["mw"]) if found.get("mw") else int(found["m"])
        try:
            return dt.date(int(found["y"]), month, int(found["d"])) if month else None
        except ValueError:
            return None
    return None
