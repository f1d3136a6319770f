"""FollowTheMoney entities as JSON lines: OpenSanctions' datasets, and this tool's export.

Every OpenSanctions dataset (the EU's, the UK's, Switzerland's lists, and dozens more) is
published as FollowTheMoney entities, one JSON object a line (``entities.ftm.json``), so
reading that format lets ``screen --list FILE`` screen against any of them, and reads back
what ``unsc lists export --format ftm`` writes.

Listed entries are the entities whose schema is a legal entity (``Person``,
``Organization``, ``Company``, ``PublicBody``...), a ``Vessel`` or an ``Airplane``, and that
OpenSanctions does not mark ``"target": false`` (a sanctioned firm's owner or a listed
person's relative is in its files too, but is not listed); the
``Sanction``, ``Passport`` and ``Identification`` entities that point at one (``entity``,
``holder``) add its programmes, listing date and identity documents, whether they come as
lines of their own or nested in its properties (OpenSanctions' ``targets.nested.json``).
An entry's ``ref`` is its FollowTheMoney id; the UN reference a sanction gives
(``unscId``) is kept, so a UN entry read this way gets its regime's measures. The schemas
are judged by the installed ``followthemoney`` model; its own schema names are kept
(``Schema``), a company being an organisation. A schema it does not know (a misspelling, or
one of a newer model) is no entry: such lines are left out with a warning that names the
schema and its first line, rather than refusing a whole dataset for one new schema.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import re
from collections import defaultdict
from functools import cache
from typing import Any

from unsc.errors import ParseError
from unsc.sanctions.model import (
    FTM_ID_PROPS,
    DateKind,
    Entity,
    Identifier,
    Name,
    NameKind,
    PartialDate,
    Place,
    Schema,
    in_latin_letters,
)
from unsc.sanctions.snapshot import RECORD_FIELDS, ListSnapshot, UniqueRefs

__all__ = ["ftm_schema", "is_ftm_schema", "looks_like_ftm", "parse_ftm_json", "partial_date"]

log = logging.getLogger(__name__)

DEFAULT_DATASET = "ftm"
FIELDS = RECORD_FIELDS

# FollowTheMoney identifier properties -> this model's identifier types: the export's
# mapping read back, and Russian and EU tax and registry codes OpenSanctions uses
_ID_TYPES = {prop: kind for kind, prop in FTM_ID_PROPS.items()} | {
    "innCode": "tax_id",
    "ogrnCode": "registration",
    "vatCode": "tax_id",
}
_KEPT = {
    "website": "website",
    "email": "email",
    "phone": "phone",
    "incorporationDate": "incorporation_date",
    "flag": "flag",
    "pastFlags": "past_flags",
    "type": "vessel_type",
    "tonnage": "tonnage",
    "grossRegisteredTonnage": "gross_registered_tonnage",
    "buildDate": "build_date",
    "model": "aircraft_model",
    "topics": "topics",
}
_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T.*)?)?)?$")
_FIRST_LINE_MAX = 1 << 20  # the longest first line read to tell the format


def looks_like_ftm(data: bytes) -> bool:
    """Whether the first line of ``data`` is a JSON object with a ``schema`` and an ``id``, or
    one broken off that names a schema (the reader then says what is wrong on that line)."""
    data = data.lstrip(b"\xef\xbb\xbf \t\r\n")
    if not data.startswith(b"{"):
        return False
    end = data.find(b"\n", 0, _FIRST_LINE_MAX)
    first = data[: end if end >= 0 else _FIRST_LINE_MAX]
    try:
        record = json.loads(first)
    except ValueError:
        return b'"schema"' in first
    return isinstance(record, dict) and "schema" in record and "id" in record


@cache
def is_ftm_schema(name: str) -> bool:
    """Whether ``name`` is a schema of the installed FollowTheMoney model."""
    from followthemoney import model

    return model.get(name) is not None


@cache
def ftm_schema(name: str) -> Schema | None:
    """This model's schema for a FollowTheMoney schema name; None if it is no listed entry
    (a ``Security``, a ``CryptoWallet``, an ``Address``) or no schema at all."""
    from followthemoney import model

    found = model.get(name)
    if found is None:
        return None
    if found.is_a("Person"):
        return Schema.PERSON
    if found.is_a("Vessel"):
        return Schema.VESSEL
    if found.is_a("Airplane"):
        return Schema.AIRCRAFT
    if found.is_a("LegalEntity"):
        return Schema.ORGANIZATION
    return None


def _values(record: dict[str, Any], prop: str) -> list[str]:
    """The text values of a property (nested entities left out; a value given alone rather
    than in a list is read as a list of one)."""
    values = (record.get("properties") or {}).get(prop) or []
    if isinstance(values, str):
        values = [values]
    return [v.strip() for v in values if isinstance(v, str) and v.strip()]


def partial_date(text: str) -> PartialDate | None:
    """A FollowTheMoney date ("1970", "1970-05", "1970-05-02", or with a time)."""
    m = _DATE.match(text.strip())
    if m is None:
        return None
    month, day = (int(g) if g else None for g in m.groups()[1:])
    return PartialDate.of(int(m[1]), month, day)


_NAME_PARTS = ("firstName", "secondName", "middleName", "fatherName", "lastName")


def _names(record: dict[str, Any]) -> list[Name]:
    """The primary name first (the first ``name``, else the name parts joined), then the
    others by kind."""
    names: list[Name] = []
    seen: set[str] = set()

    def add(text: str, kind: NameKind) -> None:
        if text not in seen:
            seen.add(text)
            if kind != NameKind.PRIMARY and not in_latin_letters(text):
                kind = NameKind.ORIGINAL_SCRIPT
            names.append(Name(text, kind))

    whole = _values(record, "name")
    if not whole:  # a person given by name parts alone
        parts = [v for prop in _NAME_PARTS for v in _values(record, prop)[:1]]
        whole = [" ".join(parts)] if parts else []
    for i, text in enumerate(whole):
        add(text, NameKind.PRIMARY if i == 0 else NameKind.ALIAS_GOOD)
    for prop, kind in (
        ("alias", NameKind.ALIAS_GOOD),
        ("previousName", NameKind.FORMER),
        ("weakAlias", NameKind.ALIAS_LOW),
    ):
        for text in _values(record, prop):
            add(text, kind)
    return names


_BACK_LINKS = {"Sanction": "entity", "Passport": "holder", "Identification": "holder"}


def _linked(records: list[tuple[int, dict[str, Any]]]) -> dict[str, list[dict[str, Any]]]:
    """The sanctions and documents by the id of the entity they point at: lines of their
    own, or nested in the entity's properties (pointing at it without saying so)."""
    links: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for _, record in records:
        back = _BACK_LINKS.get(record["schema"])
        if back is not None:
            for target in _values(record, back):
                links[target].append(record)
        for values in (record.get("properties") or {}).values():
            for value in values or ():
                if isinstance(value, dict) and value.get("schema") in _BACK_LINKS:
                    links[record["id"]].append(value)
    return links


def _entity(
    record: dict[str, Any],
    schema: Schema,
    names: list[Name],
    links: list[dict[str, Any]],
    dataset: str,
) -> Entity:
    entity = Entity(
        dataset=dataset,
        ref=str(record["id"]),
        schema=schema,
        name=names[0].full,
        names=names,
        raw=record,
    )
    programs = _values(record, "program")
    entity.titles = _values(record, "title")
    entity.designations = _values(record, "position")
    gender = _values(record, "gender")
    entity.gender = gender[0].capitalize() if gender else None
    codes = [
        *_values(record, "nationality"),
        *_values(record, "citizenship"),
        *([] if schema == Schema.PERSON else _values(record, "country")),
        *_values(record, "jurisdiction"),
    ]
    entity.nationalities = codes  # FollowTheMoney writes countries as codes already
    entity.country_codes = list(dict.fromkeys(c.lower() for c in codes if len(c) == 2))
    entity.birth_dates = [
        d for d in map(partial_date, _values(record, "birthDate")) if d is not None
    ]
    entity.birth_places = [Place(city=p) for p in _values(record, "birthPlace")]
    entity.addresses = [Place(street=a) for a in _values(record, "address")]
    notes = _values(record, "notes")
    entity.comments = "\n".join(notes) or None
    for prop, kind in _ID_TYPES.items():
        for number in _values(record, prop):
            entity.identifiers.append(Identifier(kind, number, prop))
    for prop, key in _KEPT.items():
        if values := _values(record, prop):
            entity.properties[key] = values
    listed: list[dt.date] = []
    for link in links:
        if link["schema"] == "Sanction":
            programs += _values(link, "program")
            for text in (*_values(link, "listingDate"), *_values(link, "startDate")):
                if (day := partial_date(text)) is not None and day.kind == DateKind.EXACT:
                    listed.append(day.earliest)
            for key, prop in (("unsc_id", "unscId"), ("authority_id", "authorityId")):
                if values := _values(link, prop):
                    entity.properties.setdefault(key, []).extend(values)
            if provisions := _values(link, "provisions"):
                entity.properties.setdefault("provisions", []).extend(provisions)
            continue
        kind = "passport" if link["schema"] == "Passport" else "national_id"
        for number in _values(link, "number"):
            country = next(iter(_values(link, "country")), None)
            entity.identifiers.append(
                Identifier(kind, number, next(iter(_values(link, "type")), None),
                           country_code=country)
            )  # fmt: skip
    entity.programs = list(dict.fromkeys(programs))
    entity.listed_on = min(listed, default=None)
    return entity


def _read(data: bytes, label: str) -> list[tuple[int, dict[str, Any]]]:
    """The entities that are entries or point at one (sanctions, documents), by line; every
    line checked. Others (addresses, relations) are not kept: a dataset holds many."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise ParseError(
            "not UTF-8 text", path=label, line=line, hint="FollowTheMoney JSON is UTF-8"
        ) from None
    records = []
    unknown: dict[str, list[int]] = defaultdict(list)  # schema -> its lines
    for number, row in enumerate(text.splitlines(), start=1):
        if not row.strip():
            continue
        try:
            record = json.loads(row)
        except json.JSONDecodeError as exc:
            raise ParseError(
                f"not a JSON object: {exc.msg}",
                path=label,
                line=number,
                hint="expected one FollowTheMoney entity per line (JSON lines)",
            ) from None
        if not isinstance(record, dict):
            raise ParseError("not a JSON object", path=label, line=number)
        for key in ("id", "schema"):
            if not isinstance(record.get(key), str) or not record[key]:
                raise ParseError(
                    f"the entity has no {key!r}",
                    path=label,
                    line=number,
                    field=key,
                    hint="every FollowTheMoney entity has an id and a schema",
                )
        if not isinstance(record.get("properties", {}), dict):
            raise ParseError(
                "'properties' is not an object", path=label, line=number, field="properties"
            )
        if record["schema"] in _BACK_LINKS or ftm_schema(record["schema"]) is not None:
            records.append((number, record))  # not the addresses, ownerships, relations...
        elif not is_ftm_schema(record["schema"]):
            unknown[record["schema"]].append(number)
    for schema, lines in unknown.items():
        log.warning(
            "%s:%d: %d entit%s of schema %r, which FollowTheMoney does not know, left out",
            label,
            lines[0],
            len(lines),
            "y" if len(lines) == 1 else "ies",
            schema,
        )
    return records


def _dataset(records: list[tuple[int, dict[str, Any]]]) -> str:
    """The one OpenSanctions dataset all entities name (``datasets``), else ``ftm``."""
    names = {d for _, r in records for d in r.get("datasets") or () if isinstance(d, str)}
    return names.pop() if len(names) == 1 else DEFAULT_DATASET


def parse_ftm_json(
    data: bytes, *, dataset: str | None = None, label: str = "<bytes>"
) -> ListSnapshot:
    """Parse FollowTheMoney JSON lines into a snapshot of the listed entries."""
    records = _read(data, label)
    links = _linked(records)
    name = dataset or _dataset(records)
    entities: list[Entity] = []
    refs = UniqueRefs(label, "id", "entity id")
    last_change: list[str] = []
    for line, record in records:
        schema = ftm_schema(record["schema"])
        if schema is None or record.get("target") is False:
            continue  # OpenSanctions marks the listed entities target, not their relations
        names = _names(record)
        if not names:
            continue
        ref = record["id"]
        refs.add(ref, line)
        if isinstance(record.get("last_change"), str):
            last_change.append(record["last_change"])
        entities.append(_entity(record, schema, names, links.get(ref, []), name))
    if not entities:
        raise ParseError(
            "no listed person, organisation, vessel or aircraft with a name in the file",
            path=label,
            hint="expected FollowTheMoney entities (Person, Organization, Company, Vessel...)",
        )
    generated = None
    if last_change:
        try:
            generated = dt.datetime.fromisoformat(max(last_change))
            if generated.tzinfo is None:  # OpenSanctions' times are UTC
                generated = generated.replace(tzinfo=dt.UTC)
        except ValueError:
            generated = None
    return ListSnapshot.read(
        data, entities, dataset=name, label=label, fields=FIELDS, generated=generated
    )
