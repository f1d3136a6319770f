"""The negotiation told in a few sentences (the ``explanation`` of ``unsc negotiate``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from unsc.negotiation.space import SCALE, Choice, Space

if TYPE_CHECKING:
    from unsc.negotiation.negotiate import Found, Negotiation
    from unsc.negotiation.predict import Prediction


def _shape(space: Space, choice: Choice) -> str:
    """The text in words: its basis, then only what differs from the tabled wording."""
    basis = space.basis(choice.basis)
    kept = as_tabled = 0
    parts: list[str] = []
    for slot, pick in zip(space.slots, choice.picks, strict=True):
        if pick is None:
            if slot.in_original:
                parts.append(f"drops {slot.id}")
            continue
        kept += 1
        if not slot.in_original:
            parts.append(f"adds {slot.id}")
        elif pick == "original":
            as_tabled += 1
        else:
            parts.append(f"{slot.id} as {slot.variant(pick).label}")
    head = f"{basis.label}; {kept} paragraphs"
    if as_tabled == kept:
        head += ", all as tabled"
    return "; ".join([head, *parts])


_VERB = {"adopted": "is adopted", "vetoed": "is vetoed", "failed": "fails"}


def _verdict(p: Prediction) -> str:
    d = p.decision
    text = f"{_VERB.get(d.outcome, d.outcome)} {d.tally}"
    if d.vetoed_by:
        text += f" (vetoed by {', '.join(d.vetoed_by)})"
    if d.blocked_by:
        text += f" (blocked by {', '.join(d.blocked_by)})"
    return text


def _found(space: Space, label: str, found: Found) -> str:
    if found.prediction is None:
        return f"No text of the space is {label} on these terms."
    p = found.prediction
    line = (
        f"The strongest text {label}: {_shape(space, p.choice)}; it {_verdict(p)}, "
        f"strength {space.strength(p.choice) / SCALE:g}."
    )
    if p.crossed:
        line += (
            f" It crosses stated red lines that the record shows were yielded: "
            f"{'; '.join(p.crossed)}."
        )
    return line


def summarise(neg: Negotiation, *, trade_offs: bool = True) -> str:
    """A short paragraph: the tabled text's fate, the two optima, the main trade-offs."""
    space = neg.space
    parts = [
        f"As tabled ({_shape(space, neg.original.choice)}), the text {_verdict(neg.original)}."
    ]
    flip = neg.flips.get("text")
    if flip and flip.get("edits"):
        parts.append(
            f"The fewest changes that flip this: {'; '.join(flip['edits'])} "
            f"→ {flip['outcome']} {flip['tally']}."
        )
    a, u = neg.strongest_adopted.prediction, neg.strongest_unanimous.prediction
    if a is None and u is None:
        parts.append("No text of the space is adopted on these terms.")
    elif a is not None and u is not None and a.choice == u.choice:
        parts.append(_found(space, "adopted (also unanimously)", neg.strongest_adopted))
    else:
        parts.append(_found(space, "adopted", neg.strongest_adopted))
        parts.append(_found(space, "adopted unanimously", neg.strongest_unanimous))
    seen: set[str] = set()
    for found in (neg.strongest_adopted, neg.strongest_unanimous):
        for t in found.trade_offs if trade_offs else ():
            if t.changes and t.sentence not in seen:
                seen.add(t.sentence)
                parts.append(t.sentence)
    if neg.alternative is not None:
        alt = neg.alternative
        if alt.get("agreed"):
            parts.append(
                f"A presidential statement could be agreed by consensus "
                f"({len(alt['paragraphs'])} paragraphs, binding no one)."
            )
        else:
            parts.append("No presidential statement could be agreed by consensus.")
    return " ".join(parts)
