"""The monthly presidency, computed by rule 18 of the provisional rules of procedure.

"The presidency of the Security Council shall be held in turn by the members of the Security
Council in the English alphabetical order of their names. Each President shall hold office for
one calendar month." The chain starts with Australia in January 1946 (the first president);
each month the presidency passes to the member whose name (as the UN wrote it then) comes next
after the outgoing president's, wrapping from Z to A. When the membership changes on
1 January, the turn passes to the first new member whose name follows the outgoing one.
The president is derived from the composition, not looked up. Where the historical record
departs from the rule (``data/council/presidency.yaml``: three months since 1946), the rotation
restarts from the recorded president and runs by the rule again; :func:`deviations` lists them.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from dataclasses import dataclass
from functools import cache
from typing import Any

from unsc import datafiles
from unsc.council.composition import member_codes, years_covered
from unsc.council.members import Member, name_of
from unsc.errors import InvalidInput

FIRST_PRESIDENT = "AUS"
RECORD_FILE = "council/presidency.yaml"


@dataclass(frozen=True, slots=True)
class Deviation:
    """A month where the record departs from the rule: who presided, who the rule names, why."""

    year: int
    month: int
    recorded: str
    by_rule: str
    why: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "month": f"{self.year}-{self.month:02d}",
            "recorded": self.recorded,
            "by_rule": self.by_rule,
            "why": self.why,
        }


@cache
def _record() -> dict[tuple[int, int], tuple[str, str]]:
    rows: list[dict[str, Any]] = datafiles.load_yaml(RECORD_FILE)
    out: dict[tuple[int, int], tuple[str, str]] = {}
    for row in rows:
        year, month = (int(part) for part in str(row["month"]).split("-"))
        out[(year, month)] = (row["code"], " ".join(row["why"].split()))
    return out


def sort_key(name: str) -> str:
    """English alphabetical order: case and diacritics ignored (Côte d'Ivoire under C)."""
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _successor(previous_name: str, day: dt.date) -> str:
    ordered = sorted(member_codes(day), key=lambda c: sort_key(name_of(c, day)))
    after = sort_key(previous_name)
    for code in ordered:
        if sort_key(name_of(code, day)) > after:
            return code
    return ordered[0]


@cache
def _chain() -> tuple[tuple[str, ...], tuple[Deviation, ...]]:
    """The president's code of every month from January 1946, and the recorded departures."""
    span = years_covered()
    record = _record()
    codes = [FIRST_PRESIDENT]
    found: list[Deviation] = []
    previous_day = dt.date(span.start, 1, 1)
    for year in span:
        for month in range(1, 13):
            if year == span.start and month == 1:
                continue
            day = dt.date(year, month, 1)
            by_rule = _successor(name_of(codes[-1], previous_day), day)
            if (year, month) in record and record[(year, month)][0] != by_rule:
                recorded, why = record[(year, month)]
                found.append(Deviation(year, month, recorded, by_rule, why))
                by_rule = recorded
            codes.append(by_rule)
            previous_day = day
    return tuple(codes), tuple(found)


# Spans where the computed chain may be a place off the record, the months before a
# recorded president set it right again (docs/council.md, "Known limits")
_UNCONFIRMED = (
    (
        (1946, 2),
        (1949, 11),
        "until 1949 presidents held office from the 17th of one month to the 16th of the next",
    ),
    (
        (1982, 5),
        (1990, 7),
        "between May 1982 and July 1990 the rule runs one place ahead of the record for "
        "some months (Romania by the rule in July 1990, by the record in August); where "
        "that begins is not in the shipped data",
    ),
)


def unconfirmed(year: int, month: int) -> str | None:
    """A note when the president of ``month`` is computed in a span where the rule may be a
    place off the record, else None."""
    for start, end, why in _UNCONFIRMED:
        if start <= (year, month) <= end:
            return f"computed by rule 18, not confirmed by the record: {why}"
    return None


def deviations() -> tuple[Deviation, ...]:
    """The months where the record departs from the rule (documented in docs/council.md)."""
    return _chain()[1]


def president_code(year: int, month: int) -> str:
    span = years_covered()
    if not (span.start <= year < span.stop and 1 <= month <= 12):
        raise InvalidInput(
            f"no presidency known for {year}-{month:02d}",
            hint=f"months from {span.start}-01 to {span.stop - 1}-12 are covered",
            field="month",
            value=f"{year}-{month:02d}",
        )
    return _chain()[0][(year - span.start) * 12 + month - 1]


def president_of(year: int, month: int) -> Member:
    """The member presiding the Council in ``month`` of ``year`` (rule 18, computed)."""
    from unsc.council.composition import permanent_codes

    code = president_code(year, month)
    day = dt.date(year, month, 1)
    return Member(code, name_of(code, day), code in permanent_codes(day))
