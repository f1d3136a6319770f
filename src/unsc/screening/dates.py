"""Dates of birth as queries write them, read as a range of days.

Customer files and analysts write dates in many ways; each is read as the days it allows:

- ISO and its neighbours: ``1954``, ``1954-10``, ``1954-10-12``, ``1954/10/12``,
  ``1954.10.12``, ``19541012``;
- day first with dots (``12.10.1954``); day or month first with slashes or dashes
  (``12/10/1954``, ``12-10-1954``): when both numbers could be the month (``03/04/1970``),
  the date is either 3 April or 4 March, and is read as the range between them, not one
  day. A first number above 12 makes it the day, a second one above 12 the month
  (``2/29/1956`` is 29 February);
- the month and year alone (``10/1954``), a decade (``1950s``), and Chinese, Japanese and
  Korean dates (``1954年10月12日``, ``1954년 10월 12일``);
- months in words, in English, French, German, Spanish, Portuguese, Italian, Dutch,
  Indonesian, Turkish or Russian: ``12 October 1954``, ``12-Oct-1954``, ``Oct 12, 1954``,
  ``October 1954``, ``12 mai 1954``, ``12. März 1954``, ``12 de mayo de 1954``, ``12th of
  May 1954``, ``12 октября 1954``; a two-digit year after a month in words or in a date of
  numbers, as spreadsheets export dates (``12-Oct-54``, ``12.10.54``), is the last such year
  not in the future;
- a time of day after a date is left out, as spreadsheets and databases export dates
  (``1954-10-12 00:00:00``, ``1954-10-12T00:00:00Z``, ``10/12/1954 12:00:00 AM``);
- approximate and ranges: ``circa 1954``, ``ca. 1954``, ``approx. 1954``, ``about 1954``,
  ``abt 1954``, ``1954?``
  (a year either side: 1953 to 1955; also written after: ``1954 (approx.)``), ``1954 or
  1955``, ``1954/1955``, ``1954-1956``, ``1954-56``, ``1954 to 1956``, ``between 1954 and
  1956``;
- a day or month not known, as registries and customer files write it: ``00/00/1954``,
  ``1954-00-00``, ``XX/XX/1954``, ``??.??.1954`` (the year), ``00/10/1954``, ``1954-10-00``
  (the month); a month after the day without spaces, as passports' machine-readable zones
  and airlines write it (``12OCT1954``, ``12OCT54``); the month first with dashes or
  slashes (``Oct-12-1954``); US order with dots when the day is above 12 (``10.25.1954``);
- a label before the date: ``born 1954``, ``born on 12 October 1954``, ``b. 1954``,
  ``DOB: 1954-10-12``, ``date of birth 12.10.1954``.

A field that says no date is known (empty, "unknown", "n/a", "-"...) gives none
(:func:`given_date`); anything else is refused with :class:`~unsc.errors.InvalidInput`,
naming the value.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TypeGuard

from unsc.errors import InvalidInput
from unsc.screening.normalize import fold_accents
from unsc.textdates import month_bounds, month_number

__all__ = ["Range", "given_date", "parse_date"]

Range = tuple[int, int, bool]  # earliest and latest day (ordinals), and whether one exact day

_APPROX = re.compile(
    r"^(?:circa|ca\.|ca\b|c\.|approximately|approx\.?|about|abt\.?|around|~)\s*(.+)$", re.I
)
_APPROX_AFTER = re.compile(r"^(.+?)\s*\(?\s*(?:circa|ca\.?|approx\.?|approximately)\s*\)?$", re.I)
_BETWEEN = re.compile(r"^between\s+(.+?)\s+and\s+(.+)$", re.I)
_TWO = re.compile(r"^(\S.*?)\s*(?:\bor\b|\bto\b|/|-|–)\s*(\S.*)$", re.I)
_YMD = re.compile(r"^(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?$")
_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
_NUMERIC = re.compile(r"^(\d{1,2})([-/.])(\d{1,2})\2(\d{4}|\d{2})$")
_MONTH_NUMBER_YEAR = re.compile(r"^(\d{1,2})[-/.](\d{4})$")
_DECADE = re.compile(r"^(\d{3})0'?s$")
# Chinese, Japanese and Korean: 1954年10月12日, 1954년 10월 12일
_CJK = re.compile(r"^(\d{4})\s*[年년]\s*(?:(\d{1,2})\s*[月월]\s*(?:(\d{1,2})\s*[日일])?)?$")
_FILLERS = re.compile(r"(?<=\s)(?:de|del|of|the)\s+", re.I)  # 12 de mayo de 1954, 12th of May
# A time of day after a date, as spreadsheets and databases export a date of birth
# ("1954-10-12 00:00:00", "1954-10-12T00:00:00Z", "10/12/1954 12:00:00 AM")
_TIME_OF_DAY = re.compile(
    r"(?<=\d)(?:T|\s+)\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:[ap]\.?m\.?)?"
    r"\s*(?:z|utc|gmt|[+-]\d{2}:?\d{2})?$",
    re.I,
)
_DAY_MONTH = re.compile(
    r"^(\d{1,2})(?:st|nd|rd|th|\.)?[\s-]+([^\W\d_]{3,})\.?,?[\s-]+(\d{4}|\d{2})$"
)
_MONTH_DAY = re.compile(
    r"^([^\W\d_]{3,})\.?(?:\s+|[-/])(\d{1,2})(?:st|nd|rd|th)?,?(?:\s+|[-/])(\d{4})$"
)
_DAY_MONTH_JOINED = re.compile(r"^(\d{1,2})([^\W\d_]{3,})(\d{4}|\d{2})$")  # 12OCT1954
# A day or month not known: 00/00/1954, 1954-00-00, XX/XX/1954, 00/10/1954
_PLACEHOLDER = r"(?:0{1,2}|[xX?]{1,2})"
_UNKNOWN_FIRST = re.compile(
    rf"^({_PLACEHOLDER}|\d{{1,2}})([-/.])({_PLACEHOLDER}|\d{{1,2}})\2(\d{{4}})$"
)
_UNKNOWN_LAST = re.compile(rf"^(\d{{4}})([-/.])({_PLACEHOLDER}|\d{{1,2}})\2({_PLACEHOLDER})$")
_LABEL = re.compile(
    r"^(?:born(?:\s+(?:on|in))?|b\.|d\.?o\.?b\.?|date\s+of\s+birth)\s*:?\s*(?=\S)", re.I
)
_QUERIED = re.compile(r"^(\d{4})\s*\?$")  # 1954?: not sure of the year
_SHORT_SECOND_YEAR = re.compile(r"^(\d{2})(\d{2})\s*[-–/]\s*(\d{2})$")  # 1954-56
_MONTH_YEAR = re.compile(r"^([^\W\d_]{3,})\.?,?[\s-]+(\d{4})$")
# The months in French, German, Spanish, Portuguese, Italian, Dutch, Indonesian, Turkish and
# Russian (nominative and genitive; as the accent fold writes them: й is и), January first
_OTHER_MONTHS = (
    "janvier januar enero janeiro gennaio januari ocak январь января",
    "fevrier februar febrero fevereiro febbraio februari subat февраль февраля",
    "mars marz marzo marco maart maret mart март марта",
    "avril abril aprile april nisan апрель апреля",
    "mai mayo maio maggio mei mayis mayıs маи мая",
    "juin juni junio junho giugno haziran июнь июня",
    "juillet juli julio julho luglio temmuz июль июля",
    "aout agosto augustus agustus agustos август августа",
    "septembre septiembre setembro settembre eylul сентябрь сентября",
    "octobre oktober octubre outubro ottobre ekim октябрь октября",
    "novembre noviembre novembro kasim kasım ноябрь ноября",
    "decembre dezember diciembre dezembro dicembre desember aralik aralık декабрь декабря",
)


def _month_of(word: str) -> int | None:
    """1-12 for a month's name or its abbreviation of three letters or more, in English or
    another language of :data:`_OTHER_MONTHS` (accents aside: März, août)."""
    found = month_number(word)
    if found is not None:
        return found
    key = "".join(c for c in fold_accents(word.lower().rstrip(".")) if c.isalpha())
    if len(key) < 3:
        return None
    for number, names in enumerate(_OTHER_MONTHS, start=1):
        if any(name.startswith(key) for name in names.split()):
            return number
    return None


def _full_year(text: str) -> int:
    """A year of four digits as written, of two the last such year not in the future."""
    year = int(text)
    if len(text) == 2:
        this = dt.date.today().year
        year += this - this % 100
        if year > this:
            year -= 100
    return year


def _day(year: int, month: int, day: int) -> Range:
    ordinal = dt.date(year, month, day).toordinal()
    return ordinal, ordinal, True


def _month(year: int, month: int) -> Range:
    start, end = month_bounds(year, month)
    return start.toordinal(), end.toordinal(), False


def _year(year: int) -> Range:
    return dt.date(year, 1, 1).toordinal(), dt.date(year, 12, 31).toordinal(), False


def _known(part: str) -> int | None:
    """A day or month written as a number, or None for a placeholder (0, 00, X, XX, ??)."""
    return int(part) if part.isdigit() and int(part) else None


def _with_unknowns(text: str) -> Range | None:
    """A date of numbers whose day, or day and month, are placeholders: the month or the
    year it allows; None when it has none (a full date is read as such) or is no date."""
    if m := _UNKNOWN_LAST.match(text):
        year, month = int(m[1]), _known(m[3])
        return _year(year) if month is None else _month(year, month)
    if m := _UNKNOWN_FIRST.match(text):
        first, second, year = _known(m[1]), _known(m[3]), int(m[4])
        if first is not None and second is not None:
            return None
        month = first if second is None else second
        if month is None:
            return _year(year)
        return _month(year, month) if month <= 12 else None
    return None


def _numeric(first: int, second: int, year: int) -> Range:
    """``first/second/year``: day and month in either order, when both can be a month."""
    if first > 12 or second > 12 or first == second:
        day, month = (first, second) if second <= 12 else (second, first)
        return _day(year, month, day)
    a, b = _day(year, second, first)[0], _day(year, first, second)[0]
    return min(a, b), max(a, b), False


def _single(text: str) -> Range | None:
    """One date (no range, not approximate), or ``None``."""
    if (found := _with_unknowns(text)) is not None:
        return found
    if m := _YMD.match(text):
        year, month, day = int(m[1]), m[2], m[3]
        if day:
            return _day(year, int(month), int(day))
        return _month(year, int(month)) if month else _year(year)
    if m := _COMPACT.match(text):
        return _day(int(m[1]), int(m[2]), int(m[3]))
    if m := _CJK.match(text):
        year, month, day = int(m[1]), m[2], m[3]
        if day:
            return _day(year, int(month), int(day))
        return _month(year, int(month)) if month else _year(year)
    if m := _NUMERIC.match(text):
        year = _full_year(m[4])
        if m[2] == ".":  # dots are written day first (12.10.1954), but for a month of 13
            # days or more, the US order (10.25.1954)
            first, second = int(m[1]), int(m[3])
            return _day(year, first, second) if second > 12 >= first else _day(year, second, first)
        return _numeric(int(m[1]), int(m[3]), year)
    if m := _MONTH_NUMBER_YEAR.match(text):
        return _month(int(m[2]), int(m[1]))
    if m := _DECADE.match(text):
        first = int(m[1]) * 10
        return _year(first)[0], _year(first + 9)[1], False
    for pattern, day_group, month_group in ((_DAY_MONTH, 1, 2), (_MONTH_DAY, 2, 1)):
        if m := pattern.match(text):
            month = _month_of(m[month_group])
            if month is None:
                return None
            return _day(_full_year(m[3]), month, int(m[day_group]))
    if m := _DAY_MONTH_JOINED.match(text):
        month = _month_of(m[2])
        return None if month is None else _day(_full_year(m[3]), month, int(m[1]))
    if m := _MONTH_YEAR.match(text):
        month = _month_of(m[1])
        return None if month is None else _month(int(m[2]), month)
    return None


def _read(text: str) -> Range | None:
    text = _LABEL.sub("", text)
    if m := _QUERIED.match(text):
        text = f"circa {m[1]}"
    elif (m := _SHORT_SECOND_YEAR.match(text)) and int(m[3]) > max(12, int(m[2])):
        text = f"{m[1]}{m[2]}-{m[1]}{m[3]}"  # not 1954-10, October
    if m := _APPROX.match(text) or _APPROX_AFTER.match(text):
        found = _single(m[1].strip())
        if found is None:
            return None
        return found[0] - 365, found[1] + 365, False
    found = _single(text)
    if found is not None:
        return found
    m = _BETWEEN.match(text) or _TWO.match(text)
    if m:
        first, last = _single(m[1].strip()), _single(m[2].strip())
        if first is not None and last is not None and first[0] <= last[1]:
            return first[0], last[1], False
    return None


# What a date of birth field holds when no date is known
_NO_DATE = frozenset(
    {"unknown", "not known", "unk", "n/a", "na", "n.a.", "none", "null", "nil", "-", "--", "?"}
)


_EARLIEST = dt.date(1800, 1, 1).toordinal()  # before it, a database's null date (0001-01-01)


def given_date(text: str | None) -> TypeGuard[str]:
    """Whether a date of birth field gives a date to read (not empty, not "unknown")."""
    return bool(text and text.strip() and text.strip().lower() not in _NO_DATE)


def parse_date(text: str) -> Range:
    """A query's date of birth as the range of days it allows (see the module's formats)."""
    try:
        found = _read(_FILLERS.sub("", _TIME_OF_DAY.sub("", " ".join(text.split()))))
    except ValueError:  # a day or month out of range
        found = None
    if found is not None and (found[1] < _EARLIEST or found[0] > dt.date.today().toordinal()):
        raise InvalidInput(
            f"date of birth {text!r} is before 1800 or in the future",
            field="birth_dates",
            value=text,
            hint="a placeholder (0001-01-01, 9999-12-31) is no date: leave the field empty",
        )
    if found is None:
        raise InvalidInput(
            f"date of birth {text!r} is not a date",
            field="birth_dates",
            value=text,
            hint="write YYYY, YYYY-MM or YYYY-MM-DD (e.g. 1984-01-08); DD.MM.YYYY, "
            "'12 October 1954', 'circa 1954' and '1954 or 1955' are read too",
        )
    return found
