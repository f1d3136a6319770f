"""The reference search: every text of a (small) space, in the solver's order.

:func:`exhaustive` enumerates the space and keeps the best adopted text under the same
lexicographic order as :func:`unsc.negotiation.search.strongest` (strength, fewest yielded
red lines crossed, most yes votes, fewest edits). It exists to prove the solver exact, in the
tests and the benchmark; it is exponential in the number of paragraphs.
"""

from __future__ import annotations

from collections.abc import Mapping

from unsc.negotiation.bodies import Rule
from unsc.negotiation.positions import Level, Position, predict_member
from unsc.negotiation.search import SearchOptions, SearchResult
from unsc.negotiation.space import Choice, Space


def votes_of(
    space: Space,
    choice: Choice,
    positions: Mapping[str, Position],
    members: tuple[str, ...],
    *,
    assume: str = "expected",
    firm_red_lines: bool = False,
) -> tuple[dict[str, Level], int]:
    """Every member's vote on a choice and the number of yielded red lines crossed."""
    features = space.features(choice)
    votes: dict[str, Level] = {}
    crossed = 0
    for code in members:
        pos = positions.get(code)
        if pos is None:
            votes[code] = Level.YES
            continue
        mv = predict_member(pos, features, assume=assume, firm_red_lines=firm_red_lines)
        votes[code] = mv.vote
        crossed += len(mv.crossed)
    return votes, crossed


def exhaustive(
    space: Space,
    positions: Mapping[str, Position],
    rule: Rule,
    options: SearchOptions | None = None,
) -> SearchResult:
    """The same optimum as :func:`strongest`, by enumerating every text (small spaces only)."""
    opts = options or SearchOptions()
    best: tuple[int, int, int, int] | None = None
    best_choice: Choice | None = None
    original = space.original()
    for choice in space.enumerate():
        if not _allowed(space, choice, opts) or (
            space.slots and all(p is None for p in choice.picks)
        ):
            continue
        votes, crossed = votes_of(
            space,
            choice,
            positions,
            rule.members,
            assume=opts.assume,
            firm_red_lines=opts.firm_red_lines,
        )
        if not rule.adopted(votes):
            continue
        if opts.unanimous and any(v != Level.YES for v in votes.values()):
            continue
        if opts.no_permanent_abstention and any(votes[c] != Level.YES for c in rule.veto):
            continue
        yes = sum(1 for v in votes.values() if v == Level.YES)
        distance = _distance(space, original, choice)
        key = (space.strength(choice), -crossed, yes, -distance)
        if best is None or key > best:
            best, best_choice = key, choice
    if best is None or best_choice is None:
        return SearchResult(None, method="exhaustive")
    return SearchResult(
        best_choice, best[0], -best[1], best[2], distance=-best[3], method="exhaustive"
    )


def _distance(space: Space, a: Choice, b: Choice) -> int:
    return int(a.basis != b.basis) + sum(
        1 for pa, pb in zip(a.picks, b.picks, strict=True) if pa != pb
    )


def _allowed(space: Space, choice: Choice, opts: SearchOptions) -> bool:
    if not space.valid(choice):
        return False
    if opts.basis is not None and choice.basis != opts.basis:
        return False
    for slot, pick in zip(space.slots, choice.picks, strict=True):
        if slot.id in opts.must_stay and pick is None:
            return False
        if slot.id in opts.forced and opts.forced[slot.id] != pick:
            return False
    return True
