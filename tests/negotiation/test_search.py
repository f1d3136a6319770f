"""The CP-SAT search against exhaustive enumeration, and hand-made cases with known answers."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from unsc.negotiation import (
    Basis,
    Level,
    Literal,
    Position,
    Rule,
    SearchOptions,
    Slot,
    Space,
    Stance,
    Variant,
    closest,
    exhaustive,
    strongest,
    votes_of,
)
from unsc.negotiation.synthetic import synthetic_problem


def _key(r):  # the lexicographic objective both searches optimise
    return (r.choice is None, r.crossed, r.strength, r.yes, r.distance)


OPTION_SETS = [
    SearchOptions(),
    SearchOptions(unanimous=True),
    SearchOptions(no_permanent_abstention=True),
    SearchOptions(assume="optimistic"),
    SearchOptions(assume="pessimistic"),
    SearchOptions(firm_red_lines=True),
    SearchOptions(must_stay=("OP1",)),
]


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(seed=st.integers(0, 10_000), paragraphs=st.integers(1, 5), which=st.integers(0, 6))
def test_solver_equals_exhaustive(seed: int, paragraphs: int, which: int) -> None:
    p = synthetic_problem(paragraphs, variants=2, seed=seed, stances=5)
    opts = OPTION_SETS[which]
    a = strongest(p.space, p.positions, p.rule, opts)
    b = exhaustive(p.space, p.positions, p.rule, opts)
    assert _key(a) == _key(b)
    if a.choice is not None:
        votes, crossed = votes_of(
            p.space,
            a.choice,
            p.positions,
            p.rule.members,
            assume=opts.assume,
            firm_red_lines=opts.firm_red_lines,
        )
        assert p.rule.adopted(votes)
        assert crossed == a.crossed
        if opts.unanimous:
            assert all(v == Level.YES for v in votes.values())


def _toy() -> tuple[Space, dict[str, Position], Rule]:
    """Three paragraphs; P1 vetoes sanctions under Chapter VII and abstains on Chapter VII."""
    bases = (
        Basis("ch7", "Chapter VII", True, False, frozenset({"chapter_vii", "basis:ch7"}), 3000),
        Basis("none", "none", False, False, frozenset({"basis:none"}), 0),
    )

    def var(sid: str, vid: str, feats: set[str], pts: int) -> Variant:
        f = frozenset({f"para:{sid}", *feats})
        return Variant(vid, vid, {"ch7": f, "none": f}, {"ch7": pts, "none": pts})

    slots = (
        Slot("OP1", "condemns", (var("OP1", "original", {"condemnation"}, 1000),)),
        Slot("OP2", "demands", (var("OP2", "original", set(), 2000),)),
        Slot(
            "OP3",
            "sanctions",
            (
                var("OP3", "original", {"sanctions"}, 4000),
                var("OP3", "calls", set(), 500),
            ),
        ),
    )
    members = ("P1", "P2", "E1", "E2", "E3")
    positions = {
        "P1": Position(
            "P1",
            stances=(
                Stance(
                    (Literal("sanctions"), Literal("chapter_vii")),
                    Level.NO,
                    "veto",
                    alternative=Level.ABSTAIN,
                ),
                Stance((Literal("chapter_vii"),), Level.ABSTAIN, "abstain"),
            ),
        ),
        "E1": Position(
            "E1",
            stances=(
                Stance(
                    (Literal("chapter_vii", negated=True),),
                    Level.NO,
                    "no",
                    red_line=True,
                    yields=True,
                ),
            ),
        ),
    }
    return Space(bases, slots), positions, Rule(members, 3, frozenset({"P1", "P2"}))


def test_toy_strongest_and_unanimous() -> None:
    space, positions, rule = _toy()
    best = strongest(space, positions, rule)
    # Chapter VII with the sanctions draws P1's veto. Without Chapter VII everything stays
    # (7000) and passes unanimously, crossing E1's yielded red line; Chapter VII without the
    # sanctions (6500) is weaker.
    assert best.choice is not None
    assert best.choice.basis == "none"
    assert best.choice.picks == ("original", "original", "original")
    assert best.strength == 7000 and best.crossed == 1 and best.yes == 5
    una = strongest(space, positions, rule, SearchOptions(unanimous=True))
    assert una.choice == best.choice


def test_firm_red_lines_change_the_answer() -> None:
    space, positions, rule = _toy()
    firm = SearchOptions(firm_red_lines=True)
    best = strongest(space, positions, rule, firm)
    # E1 now votes no without Chapter VII, but three yes votes still carry the text.
    assert best.choice is not None and best.choice.basis == "none" and best.yes == 4
    assert best.crossed == 0
    firm_unanimous = SearchOptions(unanimous=True, firm_red_lines=True)
    assert strongest(space, positions, rule, firm_unanimous).choice is None
    # with Chapter VII forced, the sanctions must go (P1 abstains instead of vetoing)
    ch7 = strongest(space, positions, rule, SearchOptions(basis="ch7"))
    assert ch7.choice is not None and ch7.choice.picks == ("original", "original", "calls")
    assert ch7.strength == 6500


def test_optimistic_reading_keeps_sanctions() -> None:
    space, positions, rule = _toy()
    best = strongest(space, positions, rule, SearchOptions(assume="optimistic"))
    assert best.choice is not None and best.choice.picks[2] == "original"
    assert best.choice.basis == "ch7"


def test_forced_and_must_stay() -> None:
    space, positions, rule = _toy()
    forced = strongest(space, positions, rule, SearchOptions(forced={"OP3": "original"}))
    assert forced.choice is not None and forced.choice.basis == "none"
    dropped = strongest(space, positions, rule, SearchOptions(forced={"OP1": None}))
    assert dropped.choice is not None and dropped.choice.picks[0] is None


def test_closest_flip_is_one_edit() -> None:
    space, positions, rule = _toy()
    tabled = space.original()
    votes, _ = votes_of(space, tabled, positions, rule.members)
    assert votes["P1"] == Level.NO and not rule.adopted(votes)
    flip = closest(space, positions, rule, tabled, adopted=True)
    assert flip.distance == 1
    # two single edits work (drop Chapter VII: 7000, or weaken OP3: 6500); ties go to strength
    assert flip.choice is not None and flip.choice.basis == "none"
    assert flip.choice.picks == ("original", "original", "original")


def test_unknown_paragraph_is_a_clear_error() -> None:
    from unsc.errors import InvalidInput

    space, positions, rule = _toy()
    with pytest.raises(InvalidInput, match="OP9"):
        strongest(space, positions, rule, SearchOptions(must_stay=("OP9",)))


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(seed=st.integers(0, 10_000), paragraphs=st.integers(1, 4))
def test_closest_is_the_fewest_edits(seed: int, paragraphs: int) -> None:
    p = synthetic_problem(paragraphs, variants=2, seed=seed, stances=5)
    tabled = p.space.original()
    votes, _ = votes_of(p.space, tabled, p.positions, p.rule.members)
    target = not p.rule.adopted(votes)
    res = closest(p.space, p.positions, p.rule, tabled, adopted=target)
    best: int | None = None
    for choice in p.space.enumerate():
        if not p.space.valid(choice) or all(x is None for x in choice.picks):
            continue
        v, _ = votes_of(p.space, choice, p.positions, p.rule.members)
        if p.rule.adopted(v) == target:
            d = int(choice.basis != tabled.basis) + sum(
                a != b for a, b in zip(choice.picks, tabled.picks, strict=True)
            )
            best = d if best is None else min(best, d)
    if best is None:
        assert res.choice is None
    else:
        assert res.choice is not None and res.distance == best
        v, _ = votes_of(p.space, res.choice, p.positions, p.rule.members)
        assert p.rule.adopted(v) == target


def test_public_api_is_complete() -> None:
    import unsc.negotiation as api

    for name in api.__all__:
        assert hasattr(api, name), name
    assert {"negotiate", "predict", "strongest", "load_scenario", "load_body"} <= set(api.__all__)
