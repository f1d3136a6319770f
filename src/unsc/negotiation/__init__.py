"""unsc.negotiation: positions, vote prediction, compromise search, decision bodies.

A :class:`Scenario` (shipped: ``2006-07``, ``2006-10``) names a tabled draft, the weaker
wordings of its paragraphs, the legal basis options and each member's :class:`Position`.
:func:`predict` gives every member's vote on a text and the body's decision;
:func:`strongest` finds, exactly (OR-Tools CP-SAT), the strongest text a body adopts;
:func:`negotiate` does both for a scenario, evaluates its named options, explains the
trade-offs and asks whether a presidential statement could be agreed. Decision bodies are
data (:func:`load_body`): the Security Council delegates to :mod:`unsc.council`, the
six-party talks decide by consensus.
"""

from unsc.negotiation.bodies import Body, Decision, Rule, body_names, load_body
from unsc.negotiation.build import compose, draft_space, rebase
from unsc.negotiation.exhaustive import exhaustive, votes_of
from unsc.negotiation.explain import TradeOff, flips, trade_offs
from unsc.negotiation.negotiate import Evaluated, Found, Negotiation, negotiate
from unsc.negotiation.positions import (
    Level,
    Literal,
    MemberVote,
    Position,
    Stance,
    parse_positions,
    predict_member,
)
from unsc.negotiation.predict import Pivot, Prediction, predict
from unsc.negotiation.scenario import (
    NamedOption,
    Scenario,
    load_scenario,
    scenario_from_dict,
    scenario_from_text,
    scenario_names,
)
from unsc.negotiation.search import SearchOptions, SearchResult, closest, strongest
from unsc.negotiation.space import SCALE, Basis, Choice, Slot, Space, Variant

__all__ = [
    "SCALE",
    "Basis",
    "Body",
    "Choice",
    "Decision",
    "Evaluated",
    "Found",
    "Level",
    "Literal",
    "MemberVote",
    "NamedOption",
    "Negotiation",
    "Pivot",
    "Position",
    "Prediction",
    "Rule",
    "Scenario",
    "SearchOptions",
    "SearchResult",
    "Slot",
    "Space",
    "Stance",
    "TradeOff",
    "Variant",
    "body_names",
    "closest",
    "compose",
    "draft_space",
    "exhaustive",
    "flips",
    "load_body",
    "load_scenario",
    "negotiate",
    "parse_positions",
    "predict",
    "predict_member",
    "rebase",
    "scenario_from_dict",
    "scenario_from_text",
    "scenario_names",
    "strongest",
    "trade_offs",
    "votes_of",
]
