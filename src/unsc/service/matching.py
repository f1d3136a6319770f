"""Matching at the HTTP edge: yente-shaped example entities in, yente-shaped results out.

The screening itself is :class:`unsc.screening.Screener`'s; this module only translates
FollowTheMoney example entities into :class:`unsc.screening.Query` and hits into yente's
result shape, and maps yente's algorithm names onto ours.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from functools import cache
from typing import Any

from unsc.errors import InvalidInput

# Every algorithm name yente knows, and the generic ones; all run our one scorer.
YENTE_ALGORITHMS: tuple[str, ...] = (
    "best",
    "default",
    "logic-v1",
    "logic-v2",
    "name-based",
    "name-qualified",
    "regression-v1",
    "regression-v2",
    "regression-v3",
    "ofac-249",
    "er-unstable",
)

# FtM schema -> the Screener's schema (None: any kind of entry).
SCHEMAS: dict[str, str | None] = {
    "Person": "Person",
    "Organization": "Organization",
    "Company": "Company",
    "PublicBody": "PublicBody",
    "LegalEntity": "LegalEntity",
    "Vessel": "Vessel",
    "Airplane": "Aircraft",
    "Aircraft": "Aircraft",
    "Thing": None,
}

NAME_PROPS = ("name", "alias", "previousName", "weakAlias", "abbreviation")
NAME_PARTS = ("firstName", "secondName", "middleName", "fatherName", "patronymic", "lastName")
DATE_PROPS = ("birthDate", "incorporationDate", "buildDate")
COUNTRY_PROPS = (
    "nationality",
    "citizenship",
    "country",
    "jurisdiction",
    "mainCountry",
    "flag",
    "registrationCountry",
)
ID_PROPS = (
    "passportNumber",
    "idNumber",
    "nationalId",
    "registrationNumber",
    "imoNumber",
    "mmsi",
    "callSign",
    "taxNumber",
    "innCode",
    "ogrnCode",
    "okpoCode",
    "leiCode",
    "swiftBic",
    "vatCode",
    "dunsCode",
    "uniqueEntityId",
    "icaoCode",
    "serialNumber",
    "socialSecurityNumber",
)


TOPIC = "sanction"  # the FtM topic of every entry of a sanctions list


class BadRequest(InvalidInput):
    """A request yente would refuse with 400 (unknown schema or property, bad algorithm)."""

    http_status = 400


def resolve_algorithm(requested: str | None) -> tuple[str, str]:
    """(the name asked for, the algorithm that runs). Unknown names are refused."""
    from unsc.screening import ALGORITHM

    name = (requested or "best").strip()
    if name in YENTE_ALGORITHMS or name == ALGORITHM:
        return name, ALGORITHM
    raise BadRequest(
        f"unknown algorithm {name!r}",
        field="algorithm",
        hint=f"one of {', '.join((ALGORITHM, *YENTE_ALGORITHMS))} (all run {ALGORITHM})",
    )


def _values(raw: str | list[Any]) -> list[str]:
    items: Iterable[Any] = [raw] if isinstance(raw, str) else raw
    out = []
    for item in items:
        text = str(item).strip() if item is not None else ""
        if text:
            out.append(text)
    return out


@cache
def _schema_props(schema: str) -> frozenset[str] | None:
    from followthemoney import model

    found = model.get(schema)
    return None if found is None else frozenset(found.properties)


@cache
def matcher() -> dict[str, Any]:
    """yente's ``matcher`` block: the algorithm and its named features with their weights."""
    from unsc.screening import ALGORITHM
    from unsc.screening.scorer import WEIGHTS

    features: dict[str, dict[str, Any]] = {
        name: {"description": FEATURES.get(name, name), "coefficient": weight}
        for name, weight in WEIGHTS.items()
    }
    features["identifier"] = {"description": FEATURES["identifier"], "coefficient": None}
    return {
        "name": ALGORITHM,
        "description": "name alignment with transliteration, plus date of birth, country, "
        "schema and identifier features; the score is their weighted sum (docs/screening.md)",
        "features": features,
    }


FEATURES = {
    "name": "how well the best pair of names aligns, part by part, after transliteration",
    "dob": "agreement (+) or conflict (-) of the dates of birth",
    "country": "agreement (+) or conflict (-) of nationality or country",
    "schema": "a conflict of kinds (a person against a vessel) lowers the score",
    "identifier": "an identical passport, national id, IMO or registration number is decisive",
}


MAX_NAMES = 100  # names and aliases of one query: each is screened (20,000 took 9.5 s)


def to_query(
    key: str, schema: str, properties: dict[str, str | list[Any]], *, at: str | None = None
) -> Any:
    """A :class:`unsc.screening.Query` from one example entity; 400 naming the query (``at``,
    default ``queries.<key>``) when the schema or a property is unknown, or it has no name."""
    from unsc.screening import Query

    at = at or f"queries.{key}"
    if schema not in SCHEMAS:
        raise BadRequest(
            f"query {key!r}: schema {schema!r} cannot be matched",
            field=f"{at}.schema",
            hint=f"use one of {', '.join(SCHEMAS)}",
        )
    known = _schema_props(schema if schema != "Aircraft" else "Airplane") or frozenset()
    values: dict[str, list[str]] = {}
    for prop, raw in properties.items():
        if prop not in known:
            raise BadRequest(
                f"query {key!r}: {schema} has no property {prop!r}",
                field=f"{at}.properties.{prop}",
                hint="use FollowTheMoney property names, e.g. name, birthDate, nationality",
            )
        values[prop] = _values(raw)
    names = [v for p in NAME_PROPS for v in values.get(p, [])]
    parts = [values[p][0] for p in NAME_PARTS if values.get(p)]
    if parts:
        names.append(" ".join(parts))
    if len(names) > MAX_NAMES:
        raise BadRequest(
            f"query {key!r} has {len(names)} names, at most {MAX_NAMES} are screened",
            field=f"{at}.properties.name",
            hint="send the names an entity goes by; split a list of people into queries",
        )
    if not names:
        raise BadRequest(
            f"query {key!r} has no name",
            field=f"{at}.properties.name",
            hint="give at least one name (or firstName/lastName)",
        )
    return Query(
        name=tuple(dict.fromkeys(names)),
        schema=SCHEMAS[schema],
        birth_dates=tuple(v for p in DATE_PROPS for v in values.get(p, [])),
        countries=tuple(v for p in COUNTRY_PROPS for v in values.get(p, [])),
        identifiers=tuple(v for p in ID_PROPS for v in values.get(p, [])),
    )


def _property_of(exc: InvalidInput, properties: dict[str, str | list[Any]]) -> str:
    """The example's property that a screener error is about (its field names the query's)."""
    if exc.field == "name":
        return "name"
    if exc.field == "birth_dates":
        given = [p for p in DATE_PROPS if exc.value in _values(properties.get(p, []))]
        return given[0] if given else "birthDate"
    return ""


@contextmanager
def screening(
    key: str, properties: dict[str, str | list[Any]], *, at: str | None = None
) -> Iterator[None]:
    """Re-raise the screener's input errors (a name with no letters, a date that is none)
    naming the query and the property they come from."""
    try:
        yield
    except InvalidInput as exc:
        at = at or f"queries.{key}"
        prop = _property_of(exc, properties)
        raise InvalidInput(
            f"query {key!r}: {exc.message}",
            field=f"{at}.properties.{prop}" if prop else at,
            hint=exc.hint,
        ) from None


def entity_id(dataset: str, ref: str) -> str:
    """The id an entry has in this API: ``dataset:ref`` (e.g. ``un_sc:KPi.033``)."""
    return f"{dataset}:{ref}"


def features_of(explanation: dict[str, Any]) -> dict[str, float]:
    """yente's ``features`` map: each named feature's value."""
    out: dict[str, float] = {}
    for name, feature in (explanation.get("features") or {}).items():
        if isinstance(feature, dict) and isinstance(feature.get("value"), int | float):
            out[name] = float(feature["value"])
    return out


FtmCache = dict[str, tuple[str, dict[str, list[Any]]]]


def ftm_properties(entity: Any, cache: FtmCache | None = None) -> tuple[str, dict[str, list[Any]]]:
    """The FtM schema and properties of an entry (the first entity
    :func:`unsc.sanctions.to_ftm` makes of it), memoised in ``cache`` by its id (several lists
    may use one reference)."""
    key = entity_id(entity.dataset, entity.ref)
    if cache is not None and key in cache:
        return cache[key]
    from unsc.sanctions import to_ftm

    data = to_ftm(entity)[0].to_dict()
    found = (str(data["schema"]), dict(data["properties"]))
    if cache is not None:
        cache[key] = found
    return found


def result(hit: Any, cache: FtmCache | None = None) -> dict[str, Any]:
    """One hit in yente's ``ScoredEntityResponse`` shape (plus our ``measures``)."""
    schema, properties = ftm_properties(hit.entity, cache)
    return {
        "id": entity_id(hit.dataset, hit.ref),
        "caption": hit.name,
        "schema": schema,
        "properties": properties,
        "datasets": [hit.dataset],
        "referents": [],
        "target": True,
        "score": hit.score,
        "match": hit.match,
        "features": features_of(hit.explanation),
        "explanations": hit.explanation,
        "matched_name": hit.matched_name,
        "measures": hit.measures,
    }


def entity_document(entity: Any) -> dict[str, Any]:
    """An entry as ``GET /entities/{id}`` answers it: FtM shape plus the source fields."""
    schema, properties = ftm_properties(entity)
    return {
        "id": entity_id(entity.dataset, entity.ref),
        "caption": entity.name,
        "schema": schema,
        "properties": properties,
        "datasets": [entity.dataset],
        "referents": [],
        "target": True,
        "source": entity.to_dict(raw=True),
    }
