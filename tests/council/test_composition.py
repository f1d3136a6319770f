"""Composition, names and presidency on the real DPPA data."""

from __future__ import annotations

import csv
import datetime as dt
import itertools
from pathlib import Path

import pytest

from unsc.council import council_on, deviations, name_of, president_of
from unsc.council.composition import member_codes
from unsc.errors import InvalidInput, NotFound

P5_NOW = {"CHN", "FRA", "RUS", "GBR", "USA"}


@pytest.mark.parametrize("year", range(1946, 2028))
def test_every_year_has_the_right_size_and_permanent_five(year: int) -> None:
    for day in (dt.date(year, 1, 1), dt.date(year, 12, 31)):
        council = council_on(day)
        assert council.seats == (11 if year < 1966 else 15)
        assert len(set(council.codes)) == council.seats
        assert len(council.permanent) == 5
        assert council.president.code in council.codes


def test_2006_council() -> None:
    council = council_on(dt.date(2006, 10, 14))
    elected = {m.code for m in council.elected}
    assert elected == {"JPN", "ARG", "COG", "DNK", "GHA", "GRC", "PER", "QAT", "SVK", "TZA"}
    assert {m.code for m in council.permanent} == P5_NOW
    assert council.president.code == "JPN"


@pytest.mark.parametrize(("month", "code"), [(1, "TZA"), (7, "FRA"), (10, "JPN"), (12, "QAT")])
def test_presidency_2006(month: int, code: str) -> None:
    assert president_of(2006, month).code == code


@pytest.mark.parametrize(
    ("year", "month", "code"),
    [
        (1946, 1, "AUS"),
        (1950, 1, "CHN"),
        (1950, 6, "IND"),
        (1950, 8, "SUN"),
        (1962, 10, "SUN"),
        (1967, 6, "DNK"),
        (1982, 4, "COD"),
        (1982, 5, "CHN"),  # Ambassador Ling Qing presided during the Falklands crisis
        (1991, 1, "COD"),
        (2000, 1, "USA"),
        (2000, 10, "NAM"),
        (2001, 9, "FRA"),
        (2003, 2, "DEU"),
        (2003, 3, "GIN"),
        (2022, 2, "RUS"),
    ],
)
def test_presidency_known_months(year: int, month: int, code: str) -> None:
    assert president_of(year, month).code == code


def test_presidency_departures_are_few_and_explained() -> None:
    found = deviations()
    assert [(d.year, d.month) for d in found] == [(1949, 12), (1990, 8)]
    assert all(d.why and d.recorded != d.by_rule for d in found)


def test_presidency_follows_alphabet_within_a_year() -> None:
    names = [president_of(2010, m).name for m in range(1, 13)]
    wraps = sum(1 for a, b in itertools.pairwise(names) if b.casefold() < a.casefold())
    assert wraps <= 1


def test_permanent_seat_holders_change_on_the_day() -> None:
    assert "CHN" in council_on(dt.date(1960, 1, 1))
    assert council_on(dt.date(1971, 10, 25)).member("CHN").name == "China (Republic of China)"
    assert council_on(dt.date(1971, 10, 26)).member("CHN").name == "China"
    assert "SUN" in council_on(dt.date(1991, 12, 24))
    assert "RUS" in council_on(dt.date(1991, 12, 25))
    assert "SUN" not in council_on(dt.date(1991, 12, 25))


def test_seats_change_on_1_january_1966() -> None:
    assert council_on(dt.date(1965, 12, 31)).seats == 11
    assert council_on(dt.date(1966, 1, 1)).seats == 15
    assert council_on(dt.date(1965, 12, 31)).required_majority == 7
    assert council_on(dt.date(1966, 1, 1)).required_majority == 9


def test_repaired_names() -> None:
    for year in (1964, 1965, 1990, 1991, 2018, 2019):
        assert "CIV" in member_codes(dt.date(year, 6, 1)), year
    assert name_of("CIV", dt.date(1964, 6, 1)) == "Ivory Coast"
    assert name_of("CIV", dt.date(2018, 6, 1)) == "Côte d'Ivoire"
    for year in (2026, 2027):
        assert "COD" in member_codes(dt.date(year, 6, 1))


def test_names_as_of_date() -> None:
    assert name_of("COD", dt.date(1990, 1, 1)) == "Zaire"
    assert name_of("DEU", dt.date(1977, 1, 1)) == "Germany, Federal Republic of"
    assert name_of("TUR", dt.date(2009, 1, 1)) == "Turkey"
    assert council_on(dt.date(1974, 6, 1)).member("BLR").name == "Byelorussian SSR"
    assert "DDR" in council_on(dt.date(1980, 6, 1))
    assert "YUG" in council_on(dt.date(1988, 6, 1))
    assert "CSK" in council_on(dt.date(1978, 6, 1))


def test_matches_dppa_table(shared_data: Path) -> None:
    path = shared_data / "security_council" / "membership" / "DPPA-SCMembership.csv"
    with path.open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    per_year: dict[int, int] = {}
    for row in rows:
        per_year[int(row["year"])] = per_year.get(int(row["year"]), 0) + 1
    for year, count in per_year.items():
        assert len(member_codes(dt.date(year, 7, 1))) == count


def test_lookup_by_name_and_alias() -> None:
    council = council_on(dt.date(2006, 10, 14))
    assert council.resolve("japan") == "JPN"
    assert council.resolve("Tanzania") == "TZA"
    assert council.resolve("Russia") == "RUS"
    with pytest.raises(NotFound, match="members that day"):
        council.member("DEU")


def test_dates_out_of_range_are_refused() -> None:
    with pytest.raises(InvalidInput, match="1946"):
        council_on(dt.date(1945, 12, 31))
    with pytest.raises(InvalidInput):
        council_on(dt.date(2028, 1, 1))


def test_shipped_membership_equals_rebuild(shared_data: Path) -> None:
    import gzip

    from scripts.build_council import membership_csv

    from unsc import datafiles

    fresh = membership_csv(
        shared_data / "security_council" / "membership" / "DPPA-SCMembership.csv"
    )
    assert datafiles.read_bytes("council/membership.csv") == fresh
    assert gzip.compress(fresh)


def test_lookup_code_knows_every_un_member_state() -> None:
    from unsc.council import lookup_code
    from unsc.council.members import known_codes

    assert lookup_code("PRK") == lookup_code("North Korea") == lookup_code("DPRK") == "PRK"
    assert lookup_code("Democratic People's Republic of Korea") == "PRK"
    assert lookup_code("Iceland") == "ISL" and lookup_code("Eswatini") == "SWZ"
    assert lookup_code("Côte d'Ivoire") == lookup_code("Cote d'Ivoire") == "CIV"
    assert lookup_code("Soviet Union") == "SUN" and lookup_code("Nowhere") is None
    former, observers = {"SUN", "YUG", "CSK", "DDR"}, {"VAT", "PSE"}
    assert len(known_codes() - former - observers) == 193
    assert name_of("PRK", dt.date(2006, 10, 14)) == "Democratic People's Republic of Korea"
    assert name_of("MMR", dt.date(1980, 1, 1)) == "Burma"


@pytest.mark.parametrize(
    ("day", "code"),
    [
        ("1990-08-02", "ROU"),  # resolution 660
        ("1990-09-25", "SUN"),  # resolution 670, Shevardnadze presiding
        ("1990-10-10", "GBR"),
        ("1990-11-29", "USA"),  # resolution 678
        ("1990-12-10", "YEM"),
    ],
)
def test_the_presidents_of_the_gulf_crisis(day: str, code: str) -> None:
    council = council_on(dt.date.fromisoformat(day))
    assert council.president.code == code
    assert "president_note" not in council.to_dict()


def test_a_president_computed_where_the_rule_may_be_off_says_so() -> None:
    assert "not confirmed" in council_on(dt.date(1987, 7, 20)).to_dict()["president_note"]
    assert "not confirmed" in council_on(dt.date(1948, 3, 1)).to_dict()["president_note"]


def test_the_president_is_named_as_on_the_day() -> None:
    council = council_on(dt.date(1984, 8, 15))  # Upper Volta was Burkina Faso from 4 August
    assert council.president.name == council.member(council.president.code).name
