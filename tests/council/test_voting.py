"""Art. 27 voting rules: examples from the record and property tests."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from unsc.council import Ballot, DecisionKind, Vote, council_on, decide
from unsc.errors import InvalidBallot

DAY = dt.date(2006, 10, 14)
OLD = dt.date(1955, 6, 1)


def _all(day: dt.date, vote: Vote) -> dict[str, Vote]:
    return {code: vote for code in council_on(day).codes}


def test_1718_and_1695_adopted_unanimously() -> None:
    for day in (dt.date(2006, 10, 14), dt.date(2006, 7, 15)):
        outcome = decide(Ballot(day, _all(day, Vote.YES)))
        assert (outcome.outcome, outcome.yes, outcome.no, outcome.abstain) == ("adopted", 15, 0, 0)
        assert outcome.required == 9


def test_s_2022_431_vetoed_by_china_and_russia() -> None:
    day = dt.date(2022, 5, 26)
    votes = _all(day, Vote.YES) | {"CHN": Vote.NO, "RUS": Vote.NO}
    outcome = decide(Ballot(day, votes))
    assert outcome.outcome == "vetoed"
    assert outcome.vetoed_by == ("CHN", "RUS")
    assert "China" in outcome.explanation and "Russian Federation" in outcome.explanation


def test_abstention_and_absence_of_permanent_members_are_not_vetoes() -> None:
    votes = _all(DAY, Vote.YES) | {"CHN": Vote.ABSTAIN, "RUS": Vote.ABSENT}
    outcome = decide(Ballot(DAY, votes))
    assert outcome.outcome == "adopted" and outcome.vetoed_by == ()
    assert "not a veto" in outcome.explanation


def test_procedural_vote_cannot_be_vetoed() -> None:
    votes = _all(DAY, Vote.YES) | {"USA": Vote.NO}
    assert decide(Ballot(DAY, votes, kind=DecisionKind.PROCEDURAL)).outcome == "adopted"
    assert decide(Ballot(DAY, votes)).outcome == "vetoed"


def test_lack_of_votes_is_a_failure_not_a_veto() -> None:
    votes = {"USA": Vote.YES, "GBR": Vote.NO, "FRA": Vote.NO} | {
        c: Vote.ABSTAIN for c in ("ARG", "COG", "DNK", "GHA", "GRC", "JPN", "PER", "QAT")
    }
    outcome = decide(Ballot(DAY, votes))
    assert outcome.outcome == "failed" and outcome.vetoed_by == ()
    assert "counted absent" in outcome.explanation


def test_seven_votes_before_1966() -> None:
    council = council_on(OLD)
    elected = [m.code for m in council.elected]
    votes = {code: Vote.YES for code in [*council.codes[:5], *elected[:2]]}
    outcome = decide(Ballot(OLD, votes))
    assert outcome.required == 7 and outcome.outcome == "adopted" and outcome.absent == 4


def test_invalid_ballots_are_refused() -> None:
    with pytest.raises(InvalidBallot, match="not a member"):
        decide(Ballot(DAY, {"DEU": Vote.YES}))
    with pytest.raises(InvalidBallot, match="twice"):
        decide(Ballot(DAY, {"JPN": Vote.YES, "japan": Vote.NO}))
    with pytest.raises(InvalidBallot, match="twice"):
        Ballot.from_lists(DAY, yes=["JPN"], no=["JPN"])
    too_many = {f"X{i:02d}": Vote.YES for i in range(16)}
    with pytest.raises(InvalidBallot, match="16 votes"):
        decide(Ballot(DAY, too_many))
    with pytest.raises(InvalidBallot, match="must abstain"):
        decide(
            Ballot(DAY, {"JPN": Vote.YES}, kind=DecisionKind.PACIFIC_SETTLEMENT, parties=("JPN",))
        )
    with pytest.raises(InvalidBallot, match="not a vote"):
        decide(Ballot(DAY, {"JPN": "maybe"}))  # type: ignore[dict-item]


def test_party_abstaining_is_fine() -> None:
    votes = _all(DAY, Vote.YES) | {"GBR": Vote.ABSTAIN, "ARG": Vote.NOT_PARTICIPATING}
    parties = ("GBR", "ARG")
    outcome = decide(Ballot(DAY, votes, kind=DecisionKind.PACIFIC_SETTLEMENT, parties=parties))
    assert outcome.outcome == "adopted"


VOTES = st.sampled_from(list(Vote))
DAYS = st.dates(min_value=dt.date(1946, 1, 1), max_value=dt.date(2027, 12, 31))


@settings(max_examples=300, deadline=None)
@given(day=DAYS, data=st.data())
def test_outcome_properties(day: dt.date, data: st.DataObject) -> None:
    council = council_on(day)
    votes = {c: data.draw(VOTES) for c in council.codes}
    kind = data.draw(st.sampled_from([DecisionKind.SUBSTANTIVE, DecisionKind.PROCEDURAL]))
    out = decide(Ballot(day, votes, kind=kind))
    assert out.yes + out.no + out.abstain + out.absent + out.not_participating == council.seats
    assert out.required == (7 if day.year < 1966 else 9)
    permanent_no = {m.code for m in council.permanent if votes[m.code] is Vote.NO}
    if out.yes < out.required:
        assert out.outcome == "failed"
    elif kind is DecisionKind.PROCEDURAL or not permanent_no:
        assert out.outcome == "adopted"
    else:
        assert out.outcome == "vetoed" and set(out.vetoed_by) == permanent_no
    assert out.outcome != "vetoed" or kind is DecisionKind.SUBSTANTIVE


@settings(max_examples=200, deadline=None)
@given(day=DAYS, data=st.data())
def test_switching_a_permanent_no_to_abstain_never_hurts(day: dt.date, data: st.DataObject) -> None:
    council = council_on(day)
    votes = {c: data.draw(VOTES) for c in council.codes}
    member = data.draw(st.sampled_from([m.code for m in council.permanent]))
    before = decide(Ballot(day, votes | {member: Vote.NO}))
    after = decide(Ballot(day, votes | {member: Vote.ABSTAIN}))
    assert member not in after.vetoed_by
    if before.outcome == "adopted":
        assert after.outcome == "adopted"


@settings(max_examples=100, deadline=None)
@given(day=DAYS, data=st.data())
def test_unnamed_members_count_as_absent(day: dt.date, data: st.DataObject) -> None:
    council = council_on(day)
    named = data.draw(st.lists(st.sampled_from(list(council.codes)), unique=True))
    votes = {c: Vote.YES for c in named}
    out = decide(Ballot(day, votes))
    assert out.yes == len(named) and out.absent == council.seats - len(named)


@settings(max_examples=150, deadline=None)
@given(day=DAYS, data=st.data())
def test_invalid_ballots_are_always_refused(day: dt.date, data: st.DataObject) -> None:
    from unsc.council.members import known_codes

    council = council_on(day)
    votes = {c: data.draw(VOTES) for c in council.codes}
    outsider = data.draw(st.sampled_from(sorted(known_codes() - set(council.codes))))
    replaced = data.draw(st.sampled_from(list(council.codes)))
    swapped = {c: v for c, v in votes.items() if c != replaced} | {outsider: data.draw(VOTES)}
    with pytest.raises(InvalidBallot, match="not a member"):
        decide(Ballot(day, swapped))
    member = data.draw(st.sampled_from(list(council.codes)))
    first, second = data.draw(
        st.lists(st.sampled_from(list(Vote)), min_size=2, max_size=2, unique=True)
    )
    with pytest.raises(InvalidBallot, match="twice"):
        lists: dict[str, list[str]] = {first.value: [member], second.value: [member]}
        Ballot.from_lists(day, **lists)  # type: ignore[arg-type]
    crowd = {f"X{i:02d}": Vote.YES for i in range(council.seats + 1)}
    with pytest.raises(InvalidBallot, match="votes for a Council of"):
        decide(Ballot(day, crowd))
    party = data.draw(st.sampled_from(list(council.codes)))
    voting = votes | {party: data.draw(st.sampled_from([Vote.YES, Vote.NO]))}
    with pytest.raises(InvalidBallot, match="must abstain"):
        decide(Ballot(day, voting, kind=DecisionKind.PACIFIC_SETTLEMENT, parties=(party,)))


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Russian Federation", "the Russian Federation"),
        ("United States of America", "the United States of America"),
        (
            "United Kingdom of Great Britain and Northern Ireland",
            "the United Kingdom of Great Britain and Northern Ireland",
        ),
        ("Netherlands", "the Netherlands"),
        ("China", "China"),
        ("Japan", "Japan"),
        ("Iran (Islamic Republic of)", "Iran (Islamic Republic of)"),
    ],
)
def test_names_read_with_their_article_in_explanations(name: str, expected: str) -> None:
    from unsc.council.members import with_article

    assert with_article(name) == expected


def test_an_explanation_names_permanent_members_as_prose() -> None:
    outcome = decide(
        Ballot.from_lists(dt.date(2006, 7, 15), yes=["FRA", "GBR", "USA", "JPN"], no=["CHN", "RUS"])
    )
    assert outcome.outcome == "failed"
    assert "China and the Russian Federation (permanent) voted against" in outcome.explanation
