"""Art. 27 of the Charter and the Council's practice: ballots and their outcomes.

* Each member has one vote. Decisions need 7 affirmative votes of 11 (before 1966), then 9
  of 15.
* On substantive matters the affirmative votes must include the concurring votes of the
  permanent members: a permanent member's "no" on a draft that has the majority is a veto.
  An abstention or an absence is not a veto (practice since 1946, confirmed by the ICJ in its
  1971 Namibia opinion); a "no" on a draft that lacks the majority anyway is not counted as
  a veto either (the draft fails for lack of votes, as the Dag Hammarskjöld Library records).
* Procedural decisions cannot be vetoed.
* In decisions under Chapter VI and Art. 52(3), a party to the dispute shall abstain.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from unsc.council.composition import Council, council_on
from unsc.council.members import with_article
from unsc.errors import InvalidBallot


class Vote(StrEnum):
    YES = "yes"
    NO = "no"
    ABSTAIN = "abstain"
    ABSENT = "absent"
    NOT_PARTICIPATING = "not_participating"


class DecisionKind(StrEnum):
    SUBSTANTIVE = "substantive"
    PROCEDURAL = "procedural"
    PACIFIC_SETTLEMENT = "pacific_settlement"


VOTE_WORDS: dict[str, Vote] = {
    "yes": Vote.YES,
    "y": Vote.YES,
    "for": Vote.YES,
    "in favour": Vote.YES,
    "in favor": Vote.YES,
    "no": Vote.NO,
    "n": Vote.NO,
    "against": Vote.NO,
    "abstain": Vote.ABSTAIN,
    "abstention": Vote.ABSTAIN,
    "a": Vote.ABSTAIN,
    "absent": Vote.ABSENT,
    "not_participating": Vote.NOT_PARTICIPATING,
    "not participating": Vote.NOT_PARTICIPATING,
    "np": Vote.NOT_PARTICIPATING,
    "did not participate": Vote.NOT_PARTICIPATING,
}


def parse_vote(value: object, *, who: str = "") -> Vote:
    """A Vote from a word users write (yes/for, no/against, abstain, absent, not participating)."""
    if isinstance(value, Vote):
        return value
    if isinstance(value, bool):  # YAML reads a bare yes/no as a boolean
        return Vote.YES if value else Vote.NO
    key = str(value).strip().lower().replace("-", " ")
    if key in VOTE_WORDS:
        return VOTE_WORDS[key]
    raise InvalidBallot(
        f"{value!r} is not a vote{' (for ' + who + ')' if who else ''}",
        hint="use one of: " + ", ".join(v.value for v in Vote),
        value=value,
    )


@dataclass(frozen=True, slots=True)
class Ballot:
    """A vote of the Council: each member's vote, the date, the kind of decision, the parties."""

    date: dt.date
    votes: Mapping[str, Vote]
    kind: DecisionKind = DecisionKind.SUBSTANTIVE
    parties: tuple[str, ...] = ()

    @classmethod
    def from_lists(
        cls,
        date: dt.date,
        *,
        yes: Iterable[str] = (),
        no: Iterable[str] = (),
        abstain: Iterable[str] = (),
        absent: Iterable[str] = (),
        not_participating: Iterable[str] = (),
        kind: DecisionKind = DecisionKind.SUBSTANTIVE,
        parties: Iterable[str] = (),
    ) -> Ballot:
        """A ballot from lists of codes (or names) per vote; a state named twice is refused."""
        council = council_on(date)
        votes: dict[str, Vote] = {}
        groups = (
            (Vote.YES, yes),
            (Vote.NO, no),
            (Vote.ABSTAIN, abstain),
            (Vote.ABSENT, absent),
            (Vote.NOT_PARTICIPATING, not_participating),
        )
        for vote, codes in groups:
            for raw in codes:
                code = _resolve(council, raw)
                if code in votes:
                    raise InvalidBallot(
                        f"{code} votes twice ({votes[code].value} and {vote.value})",
                        hint="name each member once",
                        value=code,
                    )
                votes[code] = vote
        return cls(date=date, votes=votes, kind=kind, parties=tuple(parties))


@dataclass(frozen=True, slots=True)
class Outcome:
    """What a ballot decides, with the count and a plain explanation."""

    outcome: str
    vetoed_by: tuple[str, ...]
    yes: int
    no: int
    abstain: int
    absent: int
    required: int
    explanation: str
    not_participating: int = 0
    votes: Mapping[str, Vote] = field(default_factory=dict)

    @property
    def adopted(self) -> bool:
        return self.outcome == "adopted"

    def to_dict(self) -> dict[str, Any]:
        return {
            "outcome": self.outcome,
            "vetoed_by": list(self.vetoed_by),
            "yes": self.yes,
            "no": self.no,
            "abstain": self.abstain,
            "absent": self.absent,
            "not_participating": self.not_participating,
            "required": self.required,
            "explanation": self.explanation,
            "votes": {code: vote.value for code, vote in self.votes.items()},
        }


def _resolve(council: Council, raw: str) -> str:
    code = council.resolve(str(raw))
    if code is None:
        raise InvalidBallot(
            f"{raw!r} is not a member of the Security Council on {council.date.isoformat()}",
            hint="members that day: " + ", ".join(council.codes),
            field="votes",
            value=raw,
        )
    return code


def _names(council: Council, codes: Iterable[str]) -> str:
    names = [with_article(council.member(c).name) for c in codes]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def validate(ballot: Ballot) -> tuple[Council, dict[str, Vote]]:
    """The Council of the ballot's date and every member's vote (absent when not named).

    Raises InvalidBallot for a state not on the Council that day, a state voting twice,
    more votes than seats, or a party to the dispute voting where it must abstain.
    """
    council = council_on(ballot.date)
    if len(ballot.votes) > council.seats:
        raise InvalidBallot(
            f"{len(ballot.votes)} votes for a Council of {council.seats} seats "
            f"on {ballot.date.isoformat()}",
            hint="members that day: " + ", ".join(council.codes),
        )
    votes: dict[str, Vote] = {}
    for raw, value in ballot.votes.items():
        code = _resolve(council, raw)
        vote = parse_vote(value, who=code)
        if code in votes:
            raise InvalidBallot(
                f"{code} votes twice (as {raw!r}: {votes[code].value} and {vote.value})",
                hint="name each member once",
                value=code,
            )
        votes[code] = vote
    if ballot.parties and ballot.kind is not DecisionKind.PACIFIC_SETTLEMENT:
        raise InvalidBallot(
            "parties to a dispute only oblige abstention in a pacific "
            "settlement decision (Chapter VI or Art. 52(3))",
            hint="set kind to pacific_settlement, or drop the parties",
        )
    for party in ballot.parties:
        code = council.resolve(party) or party.strip().upper()
        if votes.get(code) in (Vote.YES, Vote.NO):
            raise InvalidBallot(
                f"{code} is a party to the dispute and must abstain (Art. 27(3)), "
                f"but votes {votes[code].value}",
                hint="record its vote as abstain or not_participating",
                value=code,
            )
    full = {code: votes.get(code, Vote.ABSENT) for code in council.codes}
    return council, full


def decide(ballot: Ballot) -> Outcome:
    """The outcome of a ballot under Art. 27 and the Council's practice."""
    council, votes = validate(ballot)
    count = {v: sum(1 for x in votes.values() if x is v) for v in Vote}
    required = council.required_majority
    yes, no = count[Vote.YES], count[Vote.NO]
    permanent = [m.code for m in council.permanent]
    negative = tuple(c for c in permanent if votes[c] is Vote.NO)
    tally = f"{yes} in favour, {no} against, {count[Vote.ABSTAIN]} abstaining"
    if count[Vote.ABSENT]:
        tally += f", {count[Vote.ABSENT]} absent"
    if count[Vote.NOT_PARTICIPATING]:
        tally += f", {count[Vote.NOT_PARTICIPATING]} not participating"
    notes: list[str] = []
    named = {council.resolve(k) for k in ballot.votes}
    unnamed = [c for c in council.codes if c not in named]
    if unnamed:
        notes.append(f"Not named in the ballot and counted absent: {', '.join(unnamed)}.")
    quiet = [
        c for c in permanent if votes[c] in (Vote.ABSTAIN, Vote.ABSENT, Vote.NOT_PARTICIPATING)
    ]
    vetoed_by: tuple[str, ...] = ()
    if yes < required:
        outcome = "failed"
        text = (
            f"Not adopted for lack of votes: {tally}; {required} affirmative votes were required."
        )
        if negative and ballot.kind is not DecisionKind.PROCEDURAL:
            text += (
                f" {_capital(_names(council, negative))} (permanent) voted against, which is not "
                f"counted as a veto because the draft lacked the majority anyway."
            )
    elif ballot.kind is DecisionKind.PROCEDURAL:
        outcome = "adopted"
        text = (
            f"Adopted as a procedural decision: {tally}; {required} affirmative votes were "
            f"required, and no member can veto a procedural decision (Art. 27(2))."
        )
    elif negative:
        outcome, vetoed_by = "vetoed", negative
        text = (
            f"Vetoed: {tally}. The draft had the {required} votes required, but "
            f"{_names(council, negative)} (permanent member{'s' if len(negative) > 1 else ''})"
            f" voted against (Art. 27(3))."
        )
    else:
        outcome = "adopted"
        text = (
            f"Adopted: {tally}; {required} affirmative votes were required and no "
            f"permanent member voted against."
        )
    if quiet and outcome != "failed" and ballot.kind is not DecisionKind.PROCEDURAL:
        text += f" The abstention or absence of {_names(council, quiet)} is not a veto."
    if ballot.kind is DecisionKind.PACIFIC_SETTLEMENT and ballot.parties:
        text += (
            f" Parties to the dispute, obliged to abstain: "
            f"{', '.join(p.upper() for p in ballot.parties)}."
        )
    if notes:
        text += " " + " ".join(notes)
    return Outcome(
        outcome=outcome,
        vetoed_by=vetoed_by,
        yes=yes,
        no=no,
        abstain=count[Vote.ABSTAIN],
        absent=count[Vote.ABSENT],
        required=required,
        explanation=text,
        not_participating=count[Vote.NOT_PARTICIPATING],
        votes=votes,
    )
