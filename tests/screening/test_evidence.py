"""The evidence beyond the name: dates of birth, countries and identifiers as real files
and lists write them, on the shipped UN list."""

from __future__ import annotations

import datetime as dt

import pytest

from unsc.errors import InvalidInput
from unsc.screening import Query, Screener
from unsc.screening.features import country_codes, dob_feature, id_key, id_keys
from unsc.screening.screener import decisive_id


def _day(text: str) -> tuple[int, int, bool]:
    ordinal = dt.date.fromisoformat(text).toordinal()
    return ordinal, ordinal, True


def _year(year: int) -> tuple[int, int, bool]:
    return dt.date(year, 1, 1).toordinal(), dt.date(year, 12, 31).toordinal(), False


@pytest.mark.parametrize(
    ("given", "listed", "value"),
    [
        (_day("1966-02-07"), _day("1966-02-07"), 1.0),
        (_day("1966-07-02"), _day("1966-02-07"), 0.4),  # day and month swapped
        (_year(1966), _day("1966-02-07"), 0.4),
        (_day("1966-02-08"), _day("1966-02-07"), 0.0),  # a day off: within a year
        (_day("1968-02-07"), _day("1966-02-07"), -0.5),  # two years: a listed estimate?
        (_day("1990-02-07"), _day("1966-02-07"), -1.0),
        # an exact 1 January is a registry's placeholder: its year, on either side
        (_day("1966-05-05"), _day("1966-01-01"), 0.4),
        (_day("1966-01-01"), _day("1966-01-01"), 0.4),
        (_day("1966-01-01"), _day("1966-05-05"), 0.4),
        # a range of a century overlaps everybody's: it tells nothing
        ((_year(1900)[0], _year(1999)[1], False), _day("1966-02-07"), 0.0),
    ],
)
def test_dates_of_birth_are_graded(given: tuple, listed: tuple, value: float) -> None:
    found = dob_feature([given], [listed])
    assert found is not None and found[0] == value
    assert "listed" in found[1] or found[1].startswith("same day")


def test_a_date_mismatch_names_both_dates(un: Screener) -> None:
    hit = un.screen(Query("ABD AL-BASET AZZOUZ", birth_dates=("1990-01-01",)), threshold=0)[0]
    detail = hit.explanation["features"]["dob"]["detail"]
    assert hit.ref == "QDi.371" and "given 1990-01-01" in detail and "listed 1966-02-07" in detail


@pytest.mark.parametrize(
    ("text", "codes"),
    [("Korea", ("kp", "kr")), ("Korea DPR", ("kp",)), ("KSA", ("sa",)), ("Narnia", ())],
)
def test_query_countries(text: str, codes: tuple[str, ...]) -> None:
    assert country_codes(text) == codes


def test_korea_alone_is_no_mismatch_for_the_north(un: Screener) -> None:
    hit = un.screen(Query("KANG MUN KIL", countries=("Korea",)))[0]
    assert hit.ref == "KPi.019" and hit.score == 1.0
    assert hit.explanation["features"]["country"]["value"] == 1.0


def test_an_unknown_country_is_named_in_the_explanation(un: Screener) -> None:
    hit = un.screen(Query("KANG MUN KIL", countries=("Narnia",)))[0]
    assert hit.explanation["unread_countries"] == ["Narnia"]


@pytest.mark.parametrize(
    ("number", "note", "keys"),
    [
        ("IMO No. 7406784", None, ["7406784"]),
        ("IMO Number 7406784", None, ["7406784"]),
        ("Qatari passport number 00868774", None, ["00868774"]),
        ("Afghan passport number SE 012820", None, ["SE012820", "012820"]),
        ("", "Tunisian passport number L723315, issued on 5 May 1998", ["L723315"]),
        ("", "Moroccan national identity card DE- 473900", ["DE473900", "473900"]),
        ("P-123 456", None, ["P123456"]),
    ],
)
def test_identifiers_as_lists_and_users_write_them(
    number: str, note: str | None, keys: list[str]
) -> None:
    assert set(keys) <= set(id_keys(number, note))


def test_a_number_only_a_note_gives_is_found(un: Screener) -> None:
    # QDi.143 lists its passport number in the note alone
    hit = un.screen(Query("Jonathan Whitfield", identifiers=("L723315",)))[0]
    assert hit.ref == "QDi.143" and hit.score == 0.99
    assert "the name does not match" in hit.explanation["features"]["identifier"]["detail"]


def test_a_number_in_a_sentence_of_the_list_is_found(un: Screener) -> None:
    hit = un.screen(Query("Someone Else", identifiers=("Passport No. 00868774",)))[0]
    assert hit.ref == "QDi.334" and hit.score == 0.99


def test_a_short_number_confirms_a_name_but_finds_nobody_alone(ofac_dprk: Screener) -> None:
    assert not decisive_id("4138") and decisive_id("L72331")
    numbers = [
        (e, id_key(i.number))
        for e in ofac_dprk.entities
        for i in e.identifiers
        if 4 <= len(id_key(i.number)) < 6
    ]
    assert numbers
    entity, key = numbers[0]
    assert not ofac_dprk.screen(Query("Jonathan Whitfield", identifiers=(key,)))
    with_name = ofac_dprk.screen(Query(entity.name, identifiers=(key,)), threshold=0)
    assert with_name[0].ref == entity.ref
    assert (
        "too short to decide alone" in with_name[0].explanation["features"]["identifier"]["detail"]
    )


def test_weak_evidence_does_not_lift_a_name_held_down(un: Screener) -> None:
    # "Muhammad Ali" meets MATI UR-REHMAN ALI MUHAMMAD by common names only (held at 0.75);
    # a Pakistani nationality in common lifted it to 0.80, a match
    hits = un.screen(Query("Muhammad Ali", countries=("Pakistan",)), threshold=0, limit=50)
    held = next(h for h in hits if h.ref == "QDi.296")
    assert held.score < 0.8
    assert "not counted" in held.explanation["features"]["country"]["detail"]


def test_a_query_takes_one_value_where_a_tuple_is_expected(un: Screener) -> None:
    # countries="US" was iterated as "U" and "S", both unknown, and silently dropped
    alone = un.screen(Query("Ri Je Son", countries="US"))[0]
    assert alone.explanation["features"]["country"]["value"] == -1.0
    dated = un.screen(Query("Ri Je Son", birth_dates=dt.date(1938, 6, 1)))[0]
    assert dated.explanation["features"]["dob"]["value"] > 0
    with pytest.raises(InvalidInput, match="countries"):
        Query("Ri Je Son", countries=(3,))  # type: ignore[arg-type]
    with pytest.raises(InvalidInput, match="name holds int"):
        Query(123)  # type: ignore[arg-type]


@pytest.mark.parametrize(("limit", "threshold"), [(0, None), (5, 2.0), (5, -0.1)])
def test_a_limit_or_threshold_out_of_range_is_refused(
    un: Screener, limit: int, threshold: float | None
) -> None:
    with pytest.raises(InvalidInput):
        un.screen(Query("Joseph Kony"), limit=limit, threshold=threshold)


def test_a_kind_the_name_itself_says_weighs_fully_given_or_not(un: Screener) -> None:
    # "Omega Trading Company Limited" given as an Organization met the person whose alias is
    # Omega at 0.85, a match, where without the kind it was held at 0.70
    for schema in ("Organization", None):
        hits = un.screen(Query("Omega Trading Company Limited", schema=schema), threshold=0)
        person = next(h for h in hits if h.ref == "CDi.024")
        assert person.score < 0.8
