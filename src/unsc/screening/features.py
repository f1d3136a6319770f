"""The non-name features: date of birth, country, identifiers and schema.

Each feature returns ``(value, detail)`` with value in [-1, 1] (or ``None`` when one side
has nothing to compare); :mod:`.scorer` multiplies it by the feature's weight.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from functools import lru_cache

from unsc.errors import InvalidInput
from unsc.sanctions.countries import country_code as listed_country_code
from unsc.sanctions.model import read_schema, schema_word
from unsc.screening.dates import Range, given_date, parse_date

__all__ = [
    "country_code",
    "country_codes",
    "country_key",
    "dob_feature",
    "given_date",
    "id_key",
    "id_keys",
    "parse_date",
    "schema_feature",
    "schema_kind",
]

_ID_JUNK = re.compile(r"[^A-Z0-9]")
# the scheme or "number" written before a number: IMO 9123456, IMO No. 9123456, Nr. 123456
_ID_SCHEME = re.compile(r"^(?:IMO(?:NO|NUMBER|NR)?|MMSI|NO|NR|NUMBER)(?=\d)")
# a number in a sentence (Qatari passport number 00868774; national identity card DE- 473900;
# Libya B/002210): a series of up to two letters, then digits with letters among them
_ID_IN_TEXT = re.compile(r"(?<![A-Z0-9])(?:([A-Z]{1,2})[\s/-]{0,2})?(\d[\dA-Z/-]*)")
_WORD = re.compile(r"[A-Za-z]{3,}")
ID_IN_TEXT_MIN = 5  # characters of a number read out of a sentence (no year, no day)

_YEAR = 366
SWAPPED = 0.4  # a day and month swapped: the commonest slip in writing a date
NEAR_YEARS = 3  # years apart that count half a mismatch: listed dates are often estimates
WIDEST = 10 * 366  # days of a given range beyond which an overlap tells nothing


def _ymd(ordinal: int) -> dt.date:
    return dt.date.fromordinal(ordinal)


def _placeholder(day: Range) -> Range:
    """An exact 1 January as the year it stands for: registries write it for a day not
    known (8 % of the UN list's exact dates, 27 times chance)."""
    first, _, exact = day
    date = _ymd(first)
    if exact and date.month == 1 and date.day == 1:
        return first, dt.date(date.year, 12, 31).toordinal(), False
    return day


def _written(day: Range) -> str:
    """A range of days as a person writes it: 1966-02-07, 1966, 1955-1958 or two days."""
    first, last, exact = day
    a, b = _ymd(first), _ymd(last)
    if exact:
        return a.isoformat()
    if (a.month, a.day, b.month, b.day) == (1, 1, 12, 31):
        return str(a.year) if a.year == b.year else f"{a.year}-{b.year}"
    return f"{a.isoformat()}..{b.isoformat()}"


def _dob_pair(given: Range, listed: Range) -> tuple[float, str]:
    """The date feature of one given and one listed date (see :func:`dob_feature`)."""
    values = f"given {_written(given)}, listed {_written(listed)}"
    qa, qb, q_exact = _placeholder(given)
    la, lb, l_exact = _placeholder(listed)
    if q_exact and l_exact and qa == la:
        return 1.0, f"same day ({_written(listed)})"
    if qa <= lb and la <= qb:
        if qb - qa > WIDEST:
            return 0.0, f"too wide to tell: {values}"
        return 0.4, f"overlap (same year or within the listed range): {values}"
    if q_exact and l_exact:
        a, b = _ymd(qa), _ymd(la)
        if a.year == b.year and (a.month, a.day) == (b.day, b.month):
            return SWAPPED, f"day and month swapped: {values}"
    gap = min(abs(qa - lb), abs(la - qb))
    if gap <= _YEAR:
        return 0.0, f"within a year: {values}"
    years = round(gap / 365.25)
    if years <= NEAR_YEARS:
        return -0.5, f"{years} years apart: {values}"
    return -1.0, f"mismatch, {years} years apart: {values}"


def dob_feature(query: Iterable[Range], listed: Iterable[Range]) -> tuple[float, str] | None:
    """The best agreement of a given and a listed date of birth, with both in the detail:

    - +1 the same day (an exact 1 January, which registries write for a day not known,
      counts as its year on either side but against the same 1 January);
    - +0.4 an overlap: the same year, or inside the listed range (a given range of more
      than :data:`WIDEST` days tells nothing: 0); a day and month swapped (:data:`SWAPPED`);
    - 0 within a year; -0.5 up to :data:`NEAR_YEARS` years apart (a listed estimate, a
      typed year); -1 further apart, a clear mismatch.
    """
    found = [_dob_pair(q, day) for q in query for day in listed]
    return max(found, key=lambda x: x[0]) if found else None


# A name two states share: either is the one meant ("Korea" for the North or the South)
_AMBIGUOUS = {"korea": ("kp", "kr"), "congo": ("cd", "cg")}


@lru_cache(maxsize=10_000)
def country_codes(text: str) -> tuple[str, ...]:
    """The countries (:func:`country_code`) a query's country names: both for a name two
    states share ("Korea", "Congo"), none for one not known."""
    key = " ".join(text.split()).lower()
    if key in _AMBIGUOUS:
        return _AMBIGUOUS[key]
    code = country_code(text)
    return (code,) if code else ()


@lru_cache(maxsize=10_000)
def country_code(text: str) -> str | None:
    """ISO 3166 alpha-2 (lower case) of a country name or code, or None: as the lists' are
    read (:func:`unsc.sanctions.countries.country_code`), cut to the country's two letters
    (a former state's "suhh" is "su", Crimea's "ua-cri" "ua"), as :func:`country_key`
    cuts a listed entry's."""
    return country_key(listed_country_code(text))


def country_key(code: str | None) -> str | None:
    """A country code as the country feature compares it: its first two letters, lower case."""
    return code[:2].lower() if code else None


def id_key(number: str) -> str:
    """An identifier reduced to letters and digits, upper case, without the scheme written
    before it: "P-123 456" -> "P123456", "IMO 9123456" and "IMO No. 9123456" -> "9123456"."""
    return _ID_SCHEME.sub("", _ID_JUNK.sub("", number.upper()))


def id_keys(number: str, note: str | None = None) -> list[str]:
    """The keys of an identifier as a list or a user writes it: :func:`id_key` of the
    whole, and when words surround the number (the UN list's "Qatari passport number
    00868774", "Afghan passport number SE 012820"; or no number but in the note, "Tunisian
    passport number L723315, issued on 5 May 1998"), each number in it of
    :data:`ID_IN_TEXT_MIN` characters or more, with the letters of its series and without
    (SE012820, 012820)."""
    whole = id_key(number)
    text = number if number.strip() else (note or "")
    if number.strip() and not _WORD.search(number):
        return [whole]
    found = [whole] if number.strip() else []
    for series, digits in _ID_IN_TEXT.findall(text.upper()):
        bare = _ID_JUNK.sub("", digits)
        for key in (series + bare, bare) if series else (bare,):
            if len(key) >= ID_IN_TEXT_MIN and sum(c.isdigit() for c in key) >= 4:
                found.append(key)
    return list(dict.fromkeys(found))


# Schemas of any kind of entry: FollowTheMoney's LegalEntity (a person or a body) and
# Thing, and the "entity" or "party" column of a file that holds persons, firms and vessels
_ANY_KIND = frozenset({"legalentity", "entity", "thing", "party", "any"})


def schema_kind(schema: str | None) -> str | None:
    """The kind of entry a schema names (:func:`~unsc.sanctions.model.read_schema`: Person or
    Individual, Organization or Company, Vessel or Ship, Aircraft): person, organization,
    vessel, aircraft, or None when none is given or it names any kind (LegalEntity, Entity,
    Thing: :data:`_ANY_KIND`)."""
    if schema is None or not schema.strip() or schema_word(schema) in _ANY_KIND:
        return None
    found = read_schema(schema)
    if found is None:
        raise InvalidInput(
            f"schema {schema!r} is not one of Person, Organization, Vessel, Aircraft",
            field="schema",
            value=schema,
            hint="use --schema Person, Organization or Vessel (or leave it out); Individual, "
            "Company, Entity and Ship are read too",
        )
    return found.value.lower()


GIVEN_KIND_DIFFERS = -0.5  # a kind a file gives: its type column is often generic or
# mis-keyed (a vessel recorded as a party), so an exact name stays a match (0.85)


def schema_feature(
    query_kind: str | None, entry_kind: str, inferred: bool = False
) -> tuple[float, str] | None:
    """When the query is another kind of entry than the listed one: -1 when its name says
    its kind (``inferred``: a legal form names an organisation, "Ahmed PLC", whether a kind
    was given too or not), :data:`GIVEN_KIND_DIFFERS` when only given; None when its kind
    is not known."""
    if query_kind is None or query_kind == entry_kind:
        return None
    source = " (a legal form in its name)" if inferred else ""
    value = -1.0 if inferred else GIVEN_KIND_DIFFERS
    return value, f"query is {_article(query_kind)}{source}, the entry {_article(entry_kind)}"


def _article(kind: str) -> str:
    return f"{'an' if kind[:1] in 'aeiou' else 'a'} {kind}"
