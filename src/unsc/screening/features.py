"""The non-name features: date of birth, country, identifiers and schema.

Each feature returns ``(value, detail)`` with value in [-1, 1] (or ``None`` when one side
has nothing to compare); :mod:`.scorer` multiplies it by the feature's weight.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from unsc.errors import InvalidInput
from unsc.sanctions.countries import country_code as listed_country_code
from unsc.sanctions.model import read_schema
from unsc.screening.dates import Range, given_date, parse_date

__all__ = [
    "country_code",
    "country_key",
    "dob_feature",
    "given_date",
    "id_key",
    "parse_date",
    "schema_feature",
    "schema_kind",
]

_ID_JUNK = re.compile(r"[^A-Z0-9]")
_ID_SCHEME = re.compile(r"^(?:IMO|MMSI|NO|NR)(?=\d)")


def dob_feature(query: Iterable[Range], listed: Iterable[Range]) -> tuple[float, str] | None:
    """+0.5 for the same day, +0.2 for an overlap (year or range), -1 for a clear mismatch."""
    listed = list(listed)
    query = list(query)
    if not listed or not query:
        return None
    best: tuple[float, str] = (-1.0, "mismatch")
    for qa, qb, q_exact in query:
        for la, lb, l_exact in listed:
            if qa <= lb and la <= qb:
                if q_exact and l_exact:
                    return 1.0, "same day"
                best = max(best, (0.4, "overlap (same year or within the listed range)"))
            else:
                gap = min(abs(qa - lb), abs(la - qb))
                if gap <= 366:
                    best = max(best, (0.0, "within a year"))
    return best


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
    before it: "P-123 456" -> "P123456", "IMO 9123456" -> "9123456"."""
    return _ID_SCHEME.sub("", _ID_JUNK.sub("", number.upper()))


def schema_kind(schema: str | None) -> str | None:
    """The kind of entry a schema names (:func:`~unsc.sanctions.model.read_schema`: Person or
    Individual, Organization, Company or Legal entity, Vessel or Ship, Aircraft): person,
    organization, vessel, aircraft, or None when none is given."""
    if schema is None or not schema.strip():
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


def schema_feature(
    query_kind: str | None, entry_kind: str, inferred: bool = False
) -> tuple[float, str] | None:
    """-1 when the query is another kind of entry than the listed one, None when its kind is
    not known; ``inferred``: the query's kind was read from its name (a legal form names an
    organisation), not given."""
    if query_kind is None or query_kind == entry_kind:
        return None
    source = " (a legal form in its name)" if inferred else ""
    return -1.0, f"query is {_article(query_kind)}{source}, the entry {_article(entry_kind)}"


def _article(kind: str) -> str:
    return f"{'an' if kind[:1] in 'aeiou' else 'a'} {kind}"
