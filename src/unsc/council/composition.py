"""Who sits on the Council on a given day (1946-2027) and who holds the permanent seats.

Elected members come from the DPPA membership table (shipped as ``council/membership.csv``,
built by ``scripts/build_council.py``). The permanent seats change holder by date: the
Republic of China until 25 October 1971, then the People's Republic of China (code CHN for
both: one member State whose representation changed); the USSR (SUN) until 24 December 1991,
then the Russian Federation (RUS). 11 seats until 31 December 1965, 15 from 1 January 1966.
"""

from __future__ import annotations

import csv
import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from functools import cache
from typing import Any

from unsc import datafiles
from unsc.council.members import Member, lookup_code, name_of
from unsc.errors import InvalidInput, NotFound
from unsc.textdates import read_day

MEMBERSHIP_FILE = "council/membership.csv"
FIRST_DAY = dt.date(1946, 1, 1)
ENLARGED = dt.date(1966, 1, 1)
PRC_SEATED = dt.date(1971, 10, 26)
RUSSIA_SEATED = dt.date(1991, 12, 25)


@dataclass(frozen=True, slots=True)
class Council:
    """The Council on one day: its size, its members (permanent first) and its president."""

    date: dt.date
    seats: int
    members: tuple[Member, ...]
    president: Member

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(m.code for m in self.members)

    @property
    def permanent(self) -> tuple[Member, ...]:
        return tuple(m for m in self.members if m.permanent)

    @property
    def elected(self) -> tuple[Member, ...]:
        return tuple(m for m in self.members if not m.permanent)

    @property
    def required_majority(self) -> int:
        """Affirmative votes a decision needs (Art. 27): 7 of 11, then 9 of 15."""
        return required_majority(self.date)

    def member(self, code: str) -> Member:
        """The member with this code (or a name/alias of it); NotFound names who sits."""
        resolved = self.resolve(code)
        if resolved is None:
            raise NotFound(
                f"{code!r} is not a member of the Security Council on {self.date.isoformat()}",
                hint=f"members that day: {', '.join(self.codes)}",
            )
        return next(m for m in self.members if m.code == resolved)

    def resolve(self, text: str) -> str | None:
        """The code of the member meant by ``text`` (code, name or alias), or None."""
        key = text.strip().upper()
        if key in self.codes:
            return key
        code = lookup_code(text)
        return code if code in self.codes else None

    def __contains__(self, code: object) -> bool:
        return isinstance(code, str) and code in self.codes

    def to_dict(self) -> dict[str, Any]:
        return {
            "date": self.date.isoformat(),
            "seats": self.seats,
            "members": [m.to_dict() for m in self.members],
            "president": {"code": self.president.code, "name": self.president.name},
            **({"president_note": note} if (note := self.president_note) else {}),
        }

    @property
    def president_note(self) -> str | None:
        """Why the president may not be the record's, in the months where the rule and the
        record are known to part (:func:`~unsc.council.presidency.unconfirmed`)."""
        from unsc.council.presidency import unconfirmed

        return unconfirmed(self.date.year, self.date.month)


def required_majority(day: dt.date) -> int:
    """Affirmative votes needed on ``day``: 7 before 1966, 9 from 1 January 1966."""
    return 7 if day < ENLARGED else 9


def seats_on(day: dt.date) -> int:
    return 11 if day < ENLARGED else 15


def permanent_codes(day: dt.date) -> tuple[str, ...]:
    """The holders of the five permanent seats on ``day`` (Art. 23 order: China, France, ...)."""
    soviet = "SUN" if day < RUSSIA_SEATED else "RUS"
    return ("CHN", "FRA", soviet, "GBR", "USA")


@cache
def _years() -> dict[int, tuple[str, ...]]:
    table: dict[int, list[str]] = defaultdict(list)
    for row in csv.DictReader(datafiles.open_text(MEMBERSHIP_FILE)):
        table[int(row["year"])].append(row["code"])
    return {year: tuple(codes) for year, codes in table.items()}


def years_covered() -> range:
    years = _years()
    return range(min(years), max(years) + 1)


def _check_day(day: dt.date) -> None:
    span = years_covered()
    if not span.start <= day.year < span.stop:
        raise InvalidInput(
            f"no Council composition known for {day.isoformat()}",
            hint=f"dates from {span.start}-01-01 to {span.stop - 1}-12-31 are covered",
            field="date",
            value=day.isoformat(),
        )


def member_codes(day: dt.date) -> tuple[str, ...]:
    """Codes of the members on ``day``: the permanent five first, then the elected ones by name."""
    _check_day(day)
    permanent = permanent_codes(day)
    elected = sorted(
        (c for c in _years()[day.year] if c not in {"CHN", "FRA", "SUN", "RUS", "GBR", "USA"}),
        key=lambda c: name_of(c, day),
    )
    return (*permanent, *elected)


def members_on(day: dt.date) -> tuple[Member, ...]:
    permanent = set(permanent_codes(day))
    return tuple(Member(c, name_of(c, day), c in permanent) for c in member_codes(day))


def council_on(day: dt.date) -> Council:
    """The Council on ``day``: seats, members (with names as of that day) and president."""
    from unsc.council.presidency import president_of

    if isinstance(day, dt.datetime):
        day = day.date()
    members = members_on(day)
    president = president_of(day.year, day.month)
    if president.code == "SUN" and day >= RUSSIA_SEATED:
        # December 1991: the USSR's presidency passed with its seat to the Russian Federation.
        president = Member("RUS", name_of("RUS", day), True)
    else:  # named as on that day, as the members are (Upper Volta was Burkina Faso from
        # 4 August 1984)
        president = Member(president.code, name_of(president.code, day), president.permanent)
    seats = seats_on(day)
    if len(members) != seats:
        raise NotFound(
            f"the membership table has {len(members)} members for {day.year}, expected {seats}",
            hint="rebuild the data with scripts/build_council.py",
        )
    return Council(date=day, seats=seats, members=members, president=president)


def is_member(code: str, day: dt.date) -> bool:
    return code in member_codes(day)


def parse_date(text: str) -> dt.date:
    """A date given as YYYY-MM-DD (or YYYY-MM, meaning the 1st), or as people write a day
    (:func:`~unsc.textdates.read_day`: 14 October 2006, October 14, 2006, 14.10.2006),
    refused clearly otherwise."""
    raw = text.strip()
    try:
        if len(raw) == 7:
            return dt.date.fromisoformat(raw + "-01")
        return dt.date.fromisoformat(raw)
    except ValueError:
        day = read_day(raw)
        if day is not None:
            return day
        raise InvalidInput(
            f"{text!r} is not a date",
            hint="write it as YYYY-MM-DD, e.g. 2006-10-14 (14 October 2006 and 14.10.2006 "
            "are read too)",
            field="date",
            value=text,
        ) from None
