"""The shipped 2006 scenarios reproduce the real outcomes through the search."""

from __future__ import annotations

import random
from functools import cache
from typing import Any

import pytest

from unsc.negotiation import (
    Level,
    Negotiation,
    SearchOptions,
    compose,
    exhaustive,
    load_scenario,
    negotiate,
    scenario_names,
    strongest,
)
from unsc.negotiation.build import composed_strength


@cache
def _neg(name: str, **kw: Any) -> Negotiation:
    return negotiate(name, **kw)


def _picks(doc: dict[str, Any]) -> dict[str, str]:
    return {p["slot"]: p["variant"] for p in doc["paragraphs"]}


def _matches_expectation(name: str, doc: dict[str, Any]) -> None:
    expect = load_scenario(name).expect["strongest_unanimous"]
    assert doc["outcome"] == "adopted" and doc["unanimous"]
    assert doc["chapter_vii"] is expect["chapter_vii"]
    if "article_41" in expect:
        assert doc["article_41"] is expect["article_41"]
    picks = _picks(doc)
    for slot, allowed in expect["keeps"].items():
        assert picks.get(slot) in allowed, (slot, picks.get(slot), allowed)


def test_shipped_scenarios_are_listed() -> None:
    assert {"2006-07", "2006-10"} <= set(scenario_names())


def test_july_tabled_draft_is_vetoed_by_china_and_russia() -> None:
    doc = _neg("2006-07").to_dict()["original"]
    assert doc["outcome"] == "vetoed"
    assert sorted(doc["vetoed_by"]) == ["CHN", "RUS"]
    assert doc["votes"]["JPN"] == "yes" and doc["votes"]["USA"] == "yes"
    assert doc["chapter_vii"] is True
    # the report leaves China's veto or abstention open: the range is reported
    assert doc["uncertain"]["CHN"] == {"worst": "no", "best": "abstain"}
    assert doc["best_case_outcome"] == "adopted"


def test_july_search_reproduces_resolution_1695() -> None:
    doc = _neg("2006-07").to_dict()
    _matches_expectation("2006-07", doc["strongest_unanimous"])
    una = doc["strongest_unanimous"]
    assert una["yes"] == 15 and una["tally"] == "15-0-0"
    # Japan's red line on Chapter VII is crossed (it yielded in the record)
    assert una["red_lines_crossed"] == ["JPN: not chapter_vii"]
    # the strongest adopted text needs no more than 1695 either
    assert doc["strongest_adopted"]["strength"] >= una["strength"]
    assert doc["strongest_adopted"]["outcome"] == "adopted"


def test_july_floated_compromise_is_evaluated() -> None:
    options = {o["name"]: o for o in _neg("2006-07").to_dict()["options"]}
    floated = options["floated compromise"]
    assert floated["chapter_vii"] is True
    assert {p["slot"] for p in floated["paragraphs"]} == {"OP1", "OP2", "OP6", "OP7"}
    assert floated["outcome"] == "adopted" and floated["tally"] == "13-0-2"
    assert floated["votes"]["CHN"] == "abstain" and floated["votes"]["RUS"] == "abstain"
    adopted_1695 = options["resolution 1695 as adopted"]
    assert adopted_1695["outcome"] == "adopted" and adopted_1695["unanimous"]


def test_july_trade_offs_name_the_vetoes_they_avoid() -> None:
    doc = _neg("2006-07").to_dict()
    basis = next(t for t in doc["strongest_adopted"]["trade_offs"] if "basis" in t["edit"])
    assert basis["vote_changes"]["CHN"] == {"if_kept": "no", "found": "yes"}
    assert "CHN's veto into a yes vote" in basis["explanation"]
    # keeping Chapter VII still leaves an adoptable text, only a weaker one ...
    assert basis["if_kept"]["possible"] is True and basis["if_kept"]["cost"] > 0
    # ... but no unanimous one: China and Russia abstain on any Chapter VII text
    una = next(t for t in doc["strongest_unanimous"]["trade_offs"] if "basis" in t["edit"])
    assert una["if_kept"]["possible"] is False


def test_july_firm_red_lines_leave_no_unanimous_text() -> None:
    neg = _neg("2006-07", firm_red_lines=True)
    assert neg.strongest_unanimous.prediction is None
    adopted = neg.to_dict()["strongest_adopted"]
    assert adopted["outcome"] == "adopted" and not adopted["unanimous"]


def test_july_presidential_statement_could_be_agreed() -> None:
    alt = _neg("2006-07").to_dict()["alternative_instrument"]
    assert alt["agreed"] is True and alt["binding"] is False
    assert sorted(alt["preferred_by"]) == ["CHN", "RUS"]
    assert alt["paragraphs"]


def test_october_tabled_draft_vetoed_and_1718_found() -> None:
    doc = _neg("2006-10").to_dict()
    assert doc["original"]["outcome"] == "vetoed"
    assert "CHN" in doc["original"]["vetoed_by"]
    _matches_expectation("2006-10", doc["strongest_unanimous"])
    options = {o["name"]: o for o in doc["options"]}
    assert options["resolution 1718 as adopted"]["tally"] == "15-0-0"


def test_october_pessimistic_reading_drops_the_targeted_measures() -> None:
    doc = _neg("2006-10", assume="pessimistic").to_dict()["strongest_unanimous"]
    assert _picks(doc)["OP8"] == "no-targeted"
    # the exemptions need the asset freeze and the travel ban: they go with them
    assert {"OP9", "OP10"} <= set(doc["dropped"])
    reasons = " ".join(t["explanation"] for t in doc["trade_offs"])
    assert "needs measure:travel_ban" in reasons
    assert "CHN's abstention into a yes vote" in reasons  # 1718's wording vs. the weaker one


def test_six_party_talks_body_reaches_no_consensus() -> None:
    doc = _neg("2006-07", body="six-party-talks").to_dict()
    assert doc["body"] == "six-party-talks"
    assert sorted(doc["original"]["votes"]) == ["CHN", "JPN", "KOR", "PRK", "RUS", "USA"]
    assert doc["original"]["chapter_vii"] is False  # the talks cannot act under Chapter VII
    assert "PRK" in doc["original"]["blocked_by"]
    assert doc["strongest_adopted"]["possible"] is False
    assert doc["alternative_instrument"] is None


@pytest.mark.parametrize("name", ["2006-07", "2006-10"])
def test_strength_is_additive_over_the_space(name: str) -> None:
    sc = load_scenario(name)
    rng = random.Random(7)
    checked = 0
    for choice in sc.space.enumerate():
        if rng.random() < 0.001:
            draft = compose(sc.draft, sc.space, choice, preambular=sc.preambular.get(choice.basis))
            assert composed_strength(draft) == sc.space.strength(choice)
            checked += 1
    assert checked > 10


def test_july_solver_equals_exhaustive_search() -> None:
    sc = load_scenario("2006-07")
    rule = sc.body.rule(sc.date)
    for opts in (SearchOptions(), SearchOptions(unanimous=True)):
        a = strongest(sc.space, sc.positions, rule, opts)
        b = exhaustive(sc.space, sc.positions, rule, opts)
        assert (a.strength, a.crossed, a.yes, a.distance) == (
            b.strength,
            b.crossed,
            b.yes,
            b.distance,
        )


def test_rule_agrees_with_the_council_engine() -> None:
    sc = load_scenario("2006-07")
    rule = sc.body.rule(sc.date)
    assert rule.min_yes == 9 and rule.veto == frozenset({"CHN", "FRA", "GBR", "RUS", "USA"})
    rng = random.Random(3)
    for _ in range(300):
        votes = {m: rng.choice(list(Level)) for m in rule.members}
        assert rule.adopted(votes) == sc.body.decide(votes, sc.date).adopted


def test_found_text_round_trips_through_the_authoring_format() -> None:
    from unsc.drafts import parse_markdown

    doc = _neg("2006-07").to_dict()["strongest_unanimous"]
    draft = parse_markdown(doc["markdown"])
    assert draft.chapter_vii is False
    assert "Chapter VII" not in " ".join(draft.preambular)
    assert [op.text for op in draft.operative] == [p["text"] for p in doc["paragraphs"]]
    assert [op.verb for op in draft.operative][:5] == [
        "Condemns",
        "Demands",
        "Requires",
        "Requires",
        "Requires",
    ]


def test_given_drafts_are_predicted_and_aligned_to_the_scenario() -> None:
    neg = negotiate("2006-07", drafts=["2006-07/1695-adopted", "2006-07/v2"])
    options = {o["name"]: o for o in neg.to_dict()["options"]}
    adopted = options["2006-07/1695-adopted"]
    assert adopted["outcome"] == "adopted" and adopted["unanimous"]
    # 1695's paragraphs are recognised as the scenario's wordings, so per-paragraph
    # stances still apply; its merged OP4 is new to the scenario (T4)
    assert [p["slot"] for p in adopted["paragraphs"]] == [
        "OP1",
        "OP2",
        "OP5",
        "T4",
        "OP6",
        "OP6a",
        "OP7",
    ]
    v2 = options["2006-07/v2"]
    assert v2["outcome"] == "vetoed"  # its binding supply ban is a sanction in any text
