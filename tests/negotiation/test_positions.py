"""Positions: parsing, the vote rule (lowest triggered stance), uncertainty and red lines."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from unsc.errors import InvalidInput
from unsc.negotiation import Level, Literal, Position, Stance, parse_positions, predict_member

FEATURES = ["chapter_vii", "sanctions", "binding", "measures", "para:OP1", "condemnation"]


def test_parse_words_and_yaml_booleans() -> None:
    # YAML reads a bare `no` as False: it must still mean a no vote.
    raw = {
        "prk": {"default": False},
        "CHN": {
            "default": "accept",
            "stances": [
                {"when": ["sanctions"], "stance": "veto", "or": "abstain", "source": "report"},
                {"when": "chapter_vii", "stance": "abstain if present"},
            ],
        },
    }
    positions = parse_positions(raw)
    assert set(positions) == {"PRK", "CHN"}
    assert positions["PRK"].default == Level.NO
    chn = positions["CHN"]
    assert chn.stances[0].vote == Level.NO and chn.stances[0].alternative == Level.ABSTAIN
    assert chn.stances[1].vote == Level.ABSTAIN
    assert chn.stances[1].when == (Literal("chapter_vii"),)


@pytest.mark.parametrize(
    "raw, match",
    [
        ({"X": {"stances": [{"when": ["a"], "stance": "maybe"}]}}, "unknown stance 'maybe'"),
        ({"X": {"stances": [{"when": ["a"]}]}}, "needs 'stance'"),
        ({"X": {"stances": [{"stance": "no", "colour": 1}]}}, "unknown stance field"),
        ({"X": "yes please"}, "must be a mapping"),
    ],
)
def test_parse_errors_name_the_place(raw: dict[str, object], match: str) -> None:
    with pytest.raises(InvalidInput, match=match) as info:
        parse_positions(raw)
    assert "positions.X" in info.value.message


def test_uncertain_vote_reports_its_range() -> None:
    pos = Position(
        "CHN",
        stances=(Stance((Literal("sanctions"),), Level.NO, "veto", alternative=Level.ABSTAIN),),
    )
    mv = predict_member(pos, frozenset({"sanctions"}))
    assert (mv.vote, mv.worst, mv.best) == (Level.NO, Level.NO, Level.ABSTAIN)
    assert mv.uncertain
    assert predict_member(pos, frozenset({"sanctions"}), assume="optimistic").vote == Level.ABSTAIN
    assert not predict_member(pos, frozenset()).uncertain


def test_yielded_red_line_is_crossed_not_voted() -> None:
    pos = Position(
        "JPN",
        stances=(
            Stance((Literal("chapter_vii", True),), Level.NO, "no", red_line=True, yields=True),
        ),
    )
    mv = predict_member(pos, frozenset())
    assert mv.vote == Level.YES and mv.crossed == ("not chapter_vii",)
    firm = predict_member(pos, frozenset(), firm_red_lines=True)
    assert firm.vote == Level.NO and firm.crossed == ()


stances = st.builds(
    Stance,
    when=st.lists(st.builds(Literal, st.sampled_from(FEATURES), st.booleans()), max_size=2).map(
        tuple
    ),
    vote=st.sampled_from(list(Level)),
    word=st.just("x"),
    alternative=st.none() | st.sampled_from(list(Level)),
)


@given(
    default=st.sampled_from(list(Level)),
    items=st.lists(stances, max_size=5),
    extra=stances,
    features=st.frozensets(st.sampled_from(FEATURES)),
)
def test_vote_is_the_lowest_triggered_and_monotone(
    default: Level, items: list[Stance], extra: Stance, features: frozenset[str]
) -> None:
    pos = Position("M", default=default, stances=tuple(items))
    mv = predict_member(pos, features)
    triggered = [s.vote for s in items if s.triggered(features)]
    assert mv.vote == min([default, *triggered])
    assert mv.worst <= mv.vote <= mv.best
    # adding a stance can never raise a member's vote
    more = Position("M", default=default, stances=(*items, extra))
    assert predict_member(more, features).vote <= mv.vote
