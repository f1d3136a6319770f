"""Trade-offs and flips, in words: why the search chose what it chose.

:func:`trade_offs` takes a found text and, for each decision in which it departs from the
tabled draft (the basis, a dropped or weakened paragraph), puts that decision back alone and
re-predicts: the members whose vote changes are the reason ("dropping OP5 turns CHN's veto
into an abstention"). It also re-solves with that decision forced, to say what keeping it
would cost. :func:`flips` finds the fewest edits that flip a text's outcome.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from itertools import combinations
from typing import Any

from unsc.negotiation.bodies import Body
from unsc.negotiation.positions import Level, Position
from unsc.negotiation.predict import Prediction, predict
from unsc.negotiation.search import SearchOptions, closest, strongest
from unsc.negotiation.space import SCALE, Choice, Space

_NOUN = {Level.YES: "yes vote", Level.ABSTAIN: "abstention", Level.NO: "no vote"}


def vote_noun(level: Level, member: str, veto_holders: frozenset[str]) -> str:
    if level == Level.NO and member in veto_holders:
        return "veto"
    return _NOUN[level]


@dataclass(frozen=True, slots=True)
class Edit:
    """One decision that tells two texts apart."""

    slot: str | None
    before: str | None
    after: str | None

    def describe(self, space: Space) -> str:
        if self.slot is None:
            b, a = space.basis(self.before or ""), space.basis(self.after or "")
            return f"changing the basis from {b.label} to {a.label}"
        slot = space.slot(self.slot)
        if self.after is None:
            return f"dropping {slot.id} ({slot.label})"
        if self.before is None:
            return f"adding {slot.id} ({slot.variant(self.after).label})"
        return f"rewording {slot.id} as {slot.variant(self.after).label}"


def edits(space: Space, a: Choice, b: Choice) -> list[Edit]:
    """The decisions that turn text ``a`` into text ``b``."""
    out = [Edit(None, a.basis, b.basis)] if a.basis != b.basis else []
    for slot, pa, pb in zip(space.slots, a.picks, b.picks, strict=True):
        if pa != pb:
            out.append(Edit(slot.id, pa, pb))
    return out


def apply(space: Space, choice: Choice, edit: Edit) -> Choice:
    if edit.slot is None:
        return dataclasses.replace(choice, basis=edit.after or choice.basis)
    i = space.slot_position(edit.slot)
    picks = list(choice.picks)
    picks[i] = edit.after
    return dataclasses.replace(choice, picks=tuple(picks))


@dataclass(frozen=True, slots=True)
class TradeOff:
    """One departure from the tabled draft and what it buys."""

    edit: str
    changes: Mapping[str, tuple[str, str]]
    sentence: str
    if_kept: Mapping[str, Any]

    def to_dict(self) -> dict[str, Any]:
        return {
            "edit": self.edit,
            "vote_changes": {m: {"if_kept": w, "found": f} for m, (w, f) in self.changes.items()},
            "explanation": self.sentence,
            "if_kept": dict(self.if_kept),
        }


def trade_offs(
    space: Space,
    positions: Mapping[str, Position],
    body: Body,
    date: dt.date,
    original: Choice,
    found: Prediction,
    options: SearchOptions,
) -> list[TradeOff]:
    """For each departure of ``found`` from ``original``: which votes it turns, and its cost."""
    rule = body.rule(date)
    out: list[TradeOff] = []
    for edit, what in _alternatives(space, found.choice, original):
        restored = apply(space, found.choice, edit)
        back = predict(
            space,
            restored,
            positions,
            body,
            date,
            assume=options.assume,
            firm_red_lines=options.firm_red_lines,
        )
        changes = {
            m: (back.votes[m].vote, found.votes[m].vote)
            for m in rule.members
            if back.votes[m].vote != found.votes[m].vote
        }
        gain = space.strength(found.choice) - space.strength(restored)
        unmet = _unmet(space, restored, edit.slot)
        if unmet:
            sentence = (
                f"{_upper(what)} follows from the other changes: the paragraph needs "
                f"{unmet}, which the text no longer has."
            )
        elif changes:
            turns = ", ".join(
                f"{m}'s {vote_noun(w, m, rule.veto)} into {_article(vote_noun(f, m, rule.veto))}"
                for m, (w, f) in changes.items()
            )
            sentence = (
                f"{_upper(what)} turns {turns} (otherwise: {back.decision.outcome} "
                f"{back.decision.tally})."
            )
        elif gain > 0:
            sentence = f"{_upper(what)} adds {gain / SCALE:g} to the strength and costs no vote."
        else:
            sentence = (
                f"{_upper(what)} changes no vote by itself; it matters only together with "
                f"the other changes."
            )
        if edit.slot is None:
            forced = dataclasses.replace(options, basis=edit.after)
        else:
            forced = dataclasses.replace(options, forced={**options.forced, edit.slot: edit.after})
        best = strongest(space, positions, rule, forced)
        if best.choice is None:
            kept: dict[str, Any] = {
                "possible": False,
                "note": "no text keeping this is adopted on these terms",
            }
        else:
            kept = {
                "possible": True,
                "strength": best.strength / SCALE,
                "cost": (found_strength(space, found) - best.strength) / SCALE,
            }
        out.append(
            TradeOff(
                what,
                {m: (w.vote, f.vote) for m, (w, f) in changes.items()},
                sentence,
                kept,
            )
        )
    return out


def _alternatives(space: Space, found: Choice, original: Choice) -> list[tuple[Edit, str]]:
    """Each way back towards the tabled text, and how to say the departure it undoes.

    For every decision that differs from the tabled text: the tabled choice itself, and, for
    a paragraph, also the next stronger wording than the one found (when that is not the
    tabled one), so that "1718's wording rather than the one without the travel ban" shows.
    """
    out: list[tuple[Edit, str]] = []
    for edit in edits(space, found, original):
        out.append((edit, Edit(edit.slot, edit.after, edit.before).describe(space)))
        if edit.slot is None:
            continue
        slot = space.slot(edit.slot)
        ids = [v.id for v in slot.variants]
        at = len(ids) if edit.before is None else ids.index(edit.before)
        stronger = ids[at - 1] if at > 0 else None
        if stronger is not None and stronger != edit.after:
            back = Edit(edit.slot, edit.before, stronger)
            undo = Edit(edit.slot, stronger, edit.before).describe(space)
            out.append((back, f"{undo} rather than as {slot.variant(stronger).label}"))
    return out


def _unmet(space: Space, choice: Choice, slot_id: str | None) -> str:
    """The needs of a restored paragraph that the rest of the text does not meet."""
    if slot_id is None:
        return ""
    slot = space.slot(slot_id)
    features = space.features(choice)
    return ", ".join(str(lit) for lit in slot.needs if not lit.holds(features))


def found_strength(space: Space, prediction: Prediction) -> int:
    return space.strength(prediction.choice)


def _upper(text: str) -> str:
    return text[:1].upper() + text[1:]


def _article(noun: str) -> str:
    return ("an " if noun[0] in "aeiou" else "a ") + noun


def flips(
    space: Space,
    positions: Mapping[str, Position],
    body: Body,
    date: dt.date,
    prediction: Prediction,
    options: SearchOptions,
) -> dict[str, Any]:
    """What would flip a text's outcome: the pivotal members and the fewest text edits."""
    rule = body.rule(date)
    target = not prediction.decision.adopted
    neutral = SearchOptions(assume=options.assume, firm_red_lines=options.firm_red_lines)
    res = closest(space, positions, rule, prediction.choice, adopted=target, options=neutral)
    text: dict[str, Any] | None = None
    if res.choice is not None:
        after = predict(
            space,
            res.choice,
            positions,
            body,
            date,
            assume=options.assume,
            firm_red_lines=options.firm_red_lines,
        )
        text = {
            "edits": [e.describe(space) for e in edits(space, prediction.choice, res.choice)],
            "outcome": after.decision.outcome,
            "tally": after.decision.tally,
            "vetoed_by": list(after.decision.vetoed_by),
        }
    return {
        "members": [p.describe(rule.veto) for p in prediction.pivotal],
        "member_groups": member_groups(body, date, prediction),
        "text": text,
    }


def _changes(
    group: tuple[str, ...], levels: Mapping[str, Level], target: Level, veto: frozenset[str]
) -> list[dict[str, Level]]:
    """The group's changed votes, softest first: a veto lifted by abstaining before a yes."""
    full = dict.fromkeys(group, target)
    if target != Level.YES:
        return [full]
    soft = {m: Level.ABSTAIN if m in veto and levels[m] == Level.NO else target for m in group}
    return [soft, full] if soft != full else [full]


def member_groups(
    body: Body, date: dt.date, prediction: Prediction, *, largest: int = 3, limit: int = 10
) -> list[dict[str, Any]]:
    """The smallest groups of members whose changed votes flip the outcome.

    To adopt a failed text the group votes yes (a vetoing member first tries abstaining); to
    sink an adopted one it votes no. Only
    groups up to ``largest`` members are tried; at most ``limit`` groups are returned.
    """
    levels = {code: mv.vote for code, mv in prediction.votes.items()}
    target = Level.NO if prediction.decision.adopted else Level.YES
    movable = [code for code, level in levels.items() if level != target]
    for size in range(1, largest + 1):
        found: list[dict[str, Any]] = []
        for group in combinations(movable, size):
            for change in _changes(group, levels, target, prediction.veto_holders):
                decision = body.decide({**levels, **change}, date)
                if decision.adopted != prediction.decision.adopted:
                    found.append(
                        {
                            "members": list(group),
                            "votes": {m: v.vote for m, v in change.items()},
                            "outcome": decision.outcome,
                            "tally": decision.tally,
                        }
                    )
                    break
            if len(found) >= limit:
                return found
        if found:
            return found
    return []
