"""Pydantic models at the HTTP edge only (the library speaks plain dataclasses)."""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field
from pydantic_core import PydanticCustomError

_KINDS = {dict: "an object", list: "a list", bool: "true or false"}


def _property_values(value: Any) -> Any:
    """A property's values as given: a string, a number or a list of them (numbers as text);
    an object, a nested list or true/false is refused naming what was found."""
    if value is None:
        return []
    items = value if isinstance(value, list) else [value]
    for item in items:
        if item is not None and (isinstance(item, bool) or not isinstance(item, str | int | float)):
            raise PydanticCustomError(
                "property_values",
                "expected a string or a list of strings, found {kind}",
                {"kind": _KINDS.get(type(item), type(item).__name__)},
            )
    return [str(v) for v in items if v is not None] if isinstance(value, list) else str(value)


PropertyValues = Annotated[str | list[Any], BeforeValidator(_property_values)]


class EntityExample(BaseModel):
    """An example entity to match, in FollowTheMoney form (as yente takes it)."""

    model_config = ConfigDict(populate_by_name=True)

    id: str | None = None
    schema_: str = Field(..., alias="schema", examples=["Person"])
    properties: dict[str, PropertyValues] = Field(
        default_factory=dict,
        examples=[{"name": ["Kim Jong Un"], "birthDate": ["1984"], "nationality": ["kp"]}],
    )


class MatchRequest(BaseModel):
    """A named batch of example entities (yente's ``EntityMatchQuery``)."""

    queries: dict[str, EntityExample | None]
    weights: dict[str, float] = Field(
        default_factory=dict,
        description="accepted for compatibility; the scorer's weights are fixed",
    )
    config: dict[str, Any] = Field(
        default_factory=dict, description="algorithm parameters (yente); unsc-v1 takes none"
    )


class TotalSpec(BaseModel):
    value: int
    relation: str = "eq"


class ScoredEntity(BaseModel):
    id: str
    caption: str
    schema_: str = Field(..., alias="schema")
    properties: dict[str, list[Any]]
    datasets: list[str]
    score: float
    match: bool
    features: dict[str, float] = Field(default_factory=dict)
    explanations: Any = None


class EntityMatches(BaseModel):
    status: int = 200
    results: list[ScoredEntity]
    total: TotalSpec
    query: dict[str, Any]


class AlgorithmInfo(BaseModel):
    requested: str
    name: str


class MatchResponse(BaseModel):
    responses: dict[str, EntityMatches]
    matcher: dict[str, Any]
    algorithm: AlgorithmInfo
    dataset: str
    limit: int
    threshold: float
    cutoff: float


class Decision(BaseModel):
    """An analyst's verdict on one queued hit."""

    decision: str = Field(..., description="true_positive or false_positive")
    reason: str = Field(..., min_length=1, max_length=2000)


class ReviewRequest(BaseModel):
    """Screen one example entity and queue its matching hits for review."""

    dataset: str = "un_sc"
    query: EntityExample
    name: str | None = Field(None, description="a label for the query; default: its first name")
    threshold: float | None = Field(None, ge=0.0, le=1.0)
    limit: int = Field(10, ge=1, le=100)


class BallotIn(BaseModel):
    """A Council vote, as ``unsc vote`` takes it: member codes (or names) per vote."""

    date: str = Field(..., examples=["2006-07-15"])
    yes: list[str] = Field(default_factory=list)
    no: list[str] = Field(default_factory=list)
    abstain: list[str] = Field(default_factory=list)
    absent: list[str] = Field(default_factory=list)
    not_participating: list[str] = Field(default_factory=list)
    kind: str = Field("substantive", description="substantive, procedural or pacific_settlement")
    parties: list[str] = Field(default_factory=list)


class PredictIn(BaseModel):
    """A text of a scenario's space and (optionally) members' votes set by hand."""

    basis: str | None = Field(None, description="a basis id; default: the tabled draft's")
    picks: dict[str, str | None] | None = Field(
        None, description="{slot id: wording id, or null to drop}; default: the tabled text"
    )
    positions: dict[str, str] = Field(
        default_factory=dict, description="{member code: yes|abstain|no} overriding the record"
    )
    assume: str = Field("expected", description="expected, pessimistic or optimistic")
    firm_red_lines: bool = False


class NegotiateIn(BaseModel):
    """The terms of a compromise search (as ``unsc negotiate``'s options)."""

    unanimous: bool = False
    no_permanent_abstention: bool = False
    must_stay: list[str] = Field(default_factory=list)
    assume: str = "expected"
    firm_red_lines: bool = False
    body: str | None = Field(None, description="security-council (default) or six-party-talks")
    prst: bool = True
    positions: dict[str, str] = Field(default_factory=dict)


class DraftText(BaseModel):
    """A text to parse: the Markdown authoring format or an official published text."""

    text: str = Field(..., min_length=1, max_length=2_000_000)
    format: str = Field("auto", description="auto, markdown or official")
