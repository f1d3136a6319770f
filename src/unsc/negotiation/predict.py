"""Vote prediction: each member's vote on a text, the body's decision, and the pivots.

:func:`predict` evaluates one text of a :class:`~unsc.negotiation.space.Space`: every
member's vote from its :class:`~unsc.negotiation.positions.Position` (with the reasons and
the range the record leaves open), the outcome through the body (for the Council, through
:func:`unsc.council.decide`), the yielded red lines it crosses, and the *pivotal* members:
those whose change of vote alone would flip the outcome.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from unsc.negotiation.bodies import Body, Decision
from unsc.negotiation.positions import Level, MemberVote, Position, predict_member
from unsc.negotiation.space import Choice, Space


@dataclass(frozen=True, slots=True)
class Pivot:
    """A member whose vote ``to`` instead of ``vote`` turns the outcome into ``outcome``."""

    member: str
    vote: Level
    to: Level
    outcome: str

    def describe(self, veto_holders: frozenset[str]) -> str:
        def word(level: Level) -> str:
            return "veto" if level == Level.NO and self.member in veto_holders else level.vote

        return f"{self.member} {word(self.vote)} → {word(self.to)}: {self.outcome}"


@dataclass(frozen=True, slots=True)
class Prediction:
    """One text's predicted votes and outcome."""

    choice: Choice
    votes: Mapping[str, MemberVote]
    decision: Decision
    pivotal: tuple[Pivot, ...]
    crossed: tuple[str, ...]
    best_case: Decision
    worst_case: Decision
    veto_holders: frozenset[str]

    @property
    def unanimous(self) -> bool:
        return all(v.vote == Level.YES for v in self.votes.values())

    def vote_words(self) -> dict[str, str]:
        """``{member: "yes" | "no" | "abstain"}``."""
        return {code: mv.vote.vote for code, mv in self.votes.items()}

    def to_dict(self, space: Space) -> dict[str, Any]:
        d = self.decision
        return {
            "outcome": d.outcome,
            "tally": d.tally,
            "yes": d.yes,
            "no": d.no,
            "abstain": d.abstain,
            "required": d.required,
            "unanimous": self.unanimous,
            "vetoed_by": list(d.vetoed_by),
            "blocked_by": list(d.blocked_by),
            "votes": self.vote_words(),
            "uncertain": {
                code: {"worst": mv.worst.vote, "best": mv.best.vote}
                for code, mv in self.votes.items()
                if mv.uncertain
            },
            "best_case_outcome": self.best_case.outcome,
            "worst_case_outcome": self.worst_case.outcome,
            "reasons": {code: list(mv.reasons) for code, mv in self.votes.items()},
            "red_lines_crossed": list(self.crossed),
            "pivotal": [
                {"member": p.member, "from": p.vote.vote, "to": p.to.vote, "outcome": p.outcome}
                for p in self.pivotal
            ],
            "explanation": d.explanation,
            **space.describe(self.choice),
        }


def predict(
    space: Space,
    choice: Choice,
    positions: Mapping[str, Position],
    body: Body,
    date: dt.date,
    *,
    assume: str = "expected",
    firm_red_lines: bool = False,
) -> Prediction:
    """Predict every member's vote on ``choice`` and the body's decision."""
    features = space.features(choice)
    rule = body.rule(date)
    votes: dict[str, MemberVote] = {}
    for code in rule.members:
        pos = positions.get(code) or Position(code, source="no recorded position: assumed")
        votes[code] = predict_member(pos, features, assume=assume, firm_red_lines=firm_red_lines)
    levels = {code: mv.vote for code, mv in votes.items()}
    decision = body.decide(levels, date)
    best = body.decide({c: mv.best for c, mv in votes.items()}, date)
    worst = body.decide({c: mv.worst for c, mv in votes.items()}, date)
    crossed = tuple(f"{code}: {line}" for code, mv in votes.items() for line in mv.crossed)
    return Prediction(
        choice,
        votes,
        decision,
        _pivots(body, date, levels, decision),
        crossed,
        best,
        worst,
        rule.veto,
    )


def _pivots(
    body: Body,
    date: dt.date,
    levels: dict[str, Level],
    decision: Decision,
) -> tuple[Pivot, ...]:
    out: list[Pivot] = []
    for code, level in levels.items():
        for other in Level:
            if other == level:
                continue
            changed = body.decide({**levels, code: other}, date)
            if changed.adopted != decision.adopted:
                out.append(Pivot(code, level, other, changed.outcome))
    return tuple(out)
