"""Recompute every recorded outcome with the voting rules and list where they disagree.

For each decision with a tally (resolutions, vetoed drafts, drafts not adopted) a ballot is
rebuilt from the tally, the vetoing members and the Council of that date: the vetoing members
vote no; the other negative votes go to elected members; affirmative votes and abstentions go
to the remaining members; the rest are absent. :func:`unsc.council.decide` then decides it,
and the outcome and vetoing members are compared with the record. The failed-drafts sample,
which has every member's vote, is decided as recorded. A disagreement is a fact about the
data, not a rule bug: each one is matched to a documented anomaly in
``data/council/anomalies.yaml`` (with its reason), and reported as undocumented otherwise.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache
from typing import Any

from unsc import datafiles
from unsc.council.composition import council_on
from unsc.council.record import (
    Decision,
    Record,
    RecordKind,
    SampleBallot,
    corrections,
    load_record,
)
from unsc.council.voting import Ballot, Vote, decide
from unsc.errors import InvalidBallot, InvalidInput

ANOMALIES_FILE = "council/anomalies.yaml"


@dataclass(frozen=True, slots=True)
class Disagreement:
    """A recorded outcome that the rules do not reproduce, and why."""

    id: str
    date: str | None
    recorded: str
    computed: str
    tally: tuple[int, int, int] | None
    vetoed_by: tuple[str, ...]
    detail: str
    reason: str | None

    @property
    def documented(self) -> bool:
        return self.reason is not None

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "date": self.date,
            "recorded": self.recorded,
            "computed": self.computed,
            "tally": list(self.tally) if self.tally else None,
            "vetoed_by": list(self.vetoed_by),
            "detail": self.detail,
            "reason": self.reason,
            "documented": self.documented,
        }


@dataclass(frozen=True, slots=True)
class CheckReport:
    checked: int
    agree: int
    unchecked: int
    anomalies: tuple[Disagreement, ...]

    @property
    def disagree(self) -> int:
        return len(self.anomalies)

    def to_dict(self) -> dict[str, Any]:
        return {
            "checked": self.checked,
            "disagree": self.disagree,
            "agree": self.agree,
            "unchecked": self.unchecked,
            "undocumented": sum(1 for a in self.anomalies if not a.documented),
            "anomalies": [a.to_dict() for a in self.anomalies],
            "corrected": sorted(corrections()),
        }


@cache
def documented_anomalies() -> dict[str, str]:
    """Documented anomalies of the data: decision id -> reason (those the record corrects,
    :func:`~unsc.council.record.corrections`, among them)."""
    rows: list[dict[str, str]] = datafiles.load_yaml(ANOMALIES_FILE) or []
    return {row["id"]: " ".join(row["reason"].split()) for row in rows}


def ballot_from_tally(decision: Decision) -> Ballot:
    """A ballot consistent with a decision's tally and vetoing members (see module doc)."""
    if decision.date is None or decision.tally is None:
        raise InvalidInput(f"{decision.id} has no date or tally to rebuild a ballot from")
    council = council_on(decision.date)
    yes, no, abstain = decision.tally
    if yes + no + abstain > council.seats:
        raise InvalidBallot(f"{yes + no + abstain} votes for {council.seats} seats")
    votes: dict[str, Vote] = {}
    for code in decision.vetoed_by:
        if code not in council:
            raise InvalidBallot(f"{code} is not on the Council on {decision.date.isoformat()}")
        votes[code] = Vote.NO
    if len(votes) > no:
        raise InvalidBallot(f"{len(votes)} vetoing members but only {no} negative votes")
    rest = [m.code for m in council.elected] + [m.code for m in council.permanent]
    rest = [c for c in rest if c not in votes]
    for code in rest[: no - len(votes)]:
        votes[code] = Vote.NO
    rest = [c for c in council.codes if c not in votes]
    for code in rest[:yes]:
        votes[code] = Vote.YES
    for code in rest[yes : yes + abstain]:
        votes[code] = Vote.ABSTAIN
    return Ballot(date=decision.date, votes=votes)


def _explain(decision: Decision, computed: str, error: str | None) -> str:
    if error:
        return error
    assert decision.tally is not None and decision.date is not None
    yes = decision.tally[0]
    need = council_on(decision.date).required_majority
    if decision.kind is RecordKind.VETOED_DRAFT and yes < need:
        return (
            f"recorded as vetoed but had {yes} votes in favour, fewer than the {need} "
            f"required: the negative vote did not decide the outcome"
        )
    if decision.kind is RecordKind.FAILED_DRAFT and computed == "adopted":
        return f"recorded as not adopted but had {yes} votes in favour and no recorded veto"
    if decision.kind is RecordKind.RESOLUTION and yes < need:
        return f"recorded as adopted with {yes} votes in favour, fewer than the {need} required"
    return f"the rules give {computed}"


def check_decision(decision: Decision) -> Disagreement | None:
    """None if the rules reproduce the recorded outcome, else the disagreement."""
    error: str | None = None
    computed = "invalid"
    vetoed: tuple[str, ...] = ()
    try:
        outcome = decide(ballot_from_tally(decision))
        computed, vetoed = outcome.outcome, outcome.vetoed_by
    except InvalidBallot as exc:
        error = f"the tally does not fit the Council of that date: {exc.message}"
    if error is None and computed == decision.outcome and set(vetoed) == set(decision.vetoed_by):
        return None
    return Disagreement(
        id=decision.id,
        date=decision.date.isoformat() if decision.date else None,
        recorded=decision.outcome,
        computed=computed,
        tally=decision.tally,
        vetoed_by=decision.vetoed_by,
        detail=_explain(decision, computed, error),
        reason=documented_anomalies().get(decision.id),
    )


def check_sample(sample: SampleBallot, record: Record) -> Disagreement | None:
    """A failed draft with every member's vote must come out not adopted, vetoed as listed."""
    key = f"sample:{sample.source}"
    try:
        outcome = decide(Ballot(date=sample.date, votes=dict(sample.votes)))
    except InvalidBallot as exc:
        return Disagreement(
            key,
            sample.date.isoformat(),
            "not adopted",
            "invalid",
            None,
            (),
            f"the votes do not fit the Council of that date: {exc.message}",
            documented_anomalies().get(key),
        )
    listed = {
        c
        for d in record.decisions
        if d.kind is RecordKind.VETOED_DRAFT and d.meeting == sample.meeting
        for c in d.vetoed_by
    }
    if outcome.outcome != "adopted" and set(outcome.vetoed_by) <= listed:
        return None
    detail = (
        f"the votes ({outcome.yes}-{outcome.no}-{outcome.abstain}) give "
        f"{outcome.outcome}"
        + (f" by {', '.join(outcome.vetoed_by)}" if outcome.vetoed_by else "")
        + (
            f"; the veto list has {', '.join(sorted(listed))} at {sample.meeting}"
            if listed
            else f"; the veto list has no veto at {sample.meeting}"
        )
    )
    return Disagreement(
        key,
        sample.date.isoformat(),
        "not adopted",
        outcome.outcome,
        None,
        outcome.vetoed_by,
        detail,
        documented_anomalies().get(key),
    )


def check_record(
    record: Record | None = None,
    *,
    progress: Callable[[int, int], None] | None = None,
) -> CheckReport:
    """Recompute every checkable outcome of the record (tallies and the per-member sample)."""
    record = record or load_record()
    todo: list[Decision] = [
        d
        for d in record.decisions
        if d.tally is not None and d.date and d.kind is not RecordKind.PRESIDENTIAL_STATEMENT
    ]
    total = len(todo) + len(record.sample)
    found: list[Disagreement] = []
    done = 0
    for decision in todo:
        if (bad := check_decision(decision)) is not None:
            found.append(bad)
        done += 1
        if progress and done % 200 == 0:
            progress(done, total)
    for sample in record.sample:
        if (bad := check_sample(sample, record)) is not None:
            found.append(bad)
        done += 1
    if progress:
        progress(total, total)
    votes = sum(1 for d in record.decisions if d.kind is not RecordKind.PRESIDENTIAL_STATEMENT)
    return CheckReport(
        checked=total, agree=total - len(found), unchecked=votes - len(todo), anomalies=tuple(found)
    )


def undocumented(report: CheckReport) -> Iterable[Disagreement]:
    return (a for a in report.anomalies if not a.documented)
