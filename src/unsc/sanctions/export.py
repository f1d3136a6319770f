"""Exports: FollowTheMoney entities (JSON lines) and a flat CSV.

Each listed entry becomes a FollowTheMoney ``Person``, ``Organization``, ``Vessel`` or
``Airplane``, a ``Sanction`` that links it to its authority, programme and (for UN entries)
the measures and their legal basis, and one ``Passport``/``Identification`` per identity
document. Values are cleaned by FollowTheMoney's types (junk is dropped, as it does).
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from typing import Any, TextIO

from unsc.sanctions.model import (
    FTM_ID_PROPS,
    DateKind,
    Entity,
    NameKind,
    PartialDate,
    Place,
    Schema,
)
from unsc.sanctions.regimes import measures_for

FTM_SCHEMA = {
    Schema.PERSON: "Person",
    Schema.ORGANIZATION: "Organization",
    Schema.VESSEL: "Vessel",
    Schema.AIRCRAFT: "Airplane",
}
AUTHORITY = {
    "un_sc": ("United Nations Security Council", "https://scsanctions.un.org/"),
    "ofac_sdn": ("US Treasury, Office of Foreign Assets Control (SDN list)",
                 "https://sanctionslist.ofac.treas.gov/"),
    "ofac_cons": ("US Treasury, Office of Foreign Assets Control (Consolidated list)",
                  "https://sanctionslist.ofac.treas.gov/"),
}  # fmt: skip
_PROPERTY_PROPS = {
    "website": "website",
    "email": "email",
    "phone": "phone",
    "incorporation_date": "incorporationDate",
    "flag": "flag",
    "past_flags": "pastFlags",
    "vessel_type": "type",
    "tonnage": "tonnage",
    "gross_registered_tonnage": "grossRegisteredTonnage",
    "build_year": "buildDate",
    "build_date": "buildDate",
    "aircraft_model": "model",
    "crypto_wallet": "notes",
}
CSV_COLUMNS = (
    "dataset", "ref", "schema", "name", "aliases", "original_script_names", "programs",
    "regime", "legal_basis", "listed_on", "birth_dates", "birth_places", "nationalities",
    "country_codes", "identifiers", "addresses", "titles", "designations", "gender", "comments",
)  # fmt: skip


def _date_values(date: PartialDate) -> list[str]:
    if date.kind in (DateKind.EXACT,) or date.earliest == date.latest:
        return [date.earliest.isoformat()]
    if date.earliest.year == date.latest.year:
        if date.earliest.month == date.latest.month:
            return [date.earliest.isoformat()[:7]]
        return [str(date.earliest.year)]
    years = range(date.earliest.year, date.latest.year + 1)
    return [str(y) for y in years] if len(years) <= 10 else [str(date.earliest.year)]


def _place_text(place: Place) -> str:
    return place.text()


def to_ftm(entity: Entity) -> list[Any]:
    """FollowTheMoney entities for one entry: the entry first, then its Sanction and documents."""
    from followthemoney import model

    schema = FTM_SCHEMA.get(entity.schema, "LegalEntity")
    proxy = model.make_entity(schema)
    proxy.make_id(entity.dataset, entity.ref)
    proxy.add("name", entity.name)
    for name in entity.names[1:]:
        if name.kind == NameKind.ALIAS_LOW:
            proxy.add("weakAlias", name.full)
        elif name.kind == NameKind.FORMER:
            proxy.add("previousName", name.full)
        elif name.full != entity.name:
            proxy.add("alias", name.full)
    proxy.add("program", entity.programs)
    proxy.add("notes", entity.comments)
    proxy.add("topics", "sanction")
    proxy.add("address", [_place_text(p) for p in entity.addresses if _place_text(p)])
    proxy.add("country", [p.country_code for p in entity.addresses if p.country_code])
    if schema == "Person":
        parts = entity.names[0].parts if entity.names else ()
        proxy.add("firstName", parts[0] if len(parts) > 1 else None)
        proxy.add("title", entity.titles)
        proxy.add("position", entity.designations)
        proxy.add("gender", (entity.gender or "").lower() or None)
        proxy.add("nationality", entity.country_codes)
        for date in entity.birth_dates:
            proxy.add("birthDate", _date_values(date))
        proxy.add("birthPlace", [_place_text(p) for p in entity.birth_places if _place_text(p)])
    elif schema in ("Organization", "LegalEntity"):
        proxy.add("country", entity.country_codes)
    for ident in entity.identifiers:
        prop = FTM_ID_PROPS.get(ident.type)
        if prop is not None and proxy.schema.get(prop) is not None:
            proxy.add(prop, ident.number)
        elif proxy.schema.get("idNumber") is not None:
            proxy.add("idNumber", ident.number)
    for key, values in entity.properties.items():
        prop = _PROPERTY_PROPS.get(key)
        if prop is not None and proxy.schema.get(prop) is not None:
            proxy.add(prop, values)
    out = [proxy, _sanction(model, entity, proxy.id)]
    if schema == "Person":
        out.extend(_documents(model, entity, proxy.id))
    return out


def _sanction(model: Any, entity: Entity, entity_id: str | None) -> Any:
    sanction = model.make_entity("Sanction")
    sanction.make_id("sanction", entity.dataset, entity.ref)
    sanction.add("entity", entity_id)
    authority, url = AUTHORITY.get(entity.dataset, (entity.dataset, None))
    sanction.add("authority", authority)
    sanction.add("sourceUrl", url)
    sanction.add("program", entity.programs)
    sanction.add("listingDate", entity.listed_on.isoformat() if entity.listed_on else None)
    sanction.add("modifiedAt", [d.isoformat() for d in entity.updated_on])
    sanction.add("authorityId", entity.ref)
    if entity.dataset == "un_sc":
        sanction.add("unscId", entity.ref)
    for applied in measures_for(entity):
        where = f", OP {applied.paragraph}" if applied.paragraph else ""
        sanction.add("provisions", f"{applied.title}: resolution {applied.resolution}{where}")
        sanction.add("programId", applied.committee)
    return sanction


def _documents(model: Any, entity: Entity, holder: str | None) -> list[Any]:
    out = []
    for index, ident in enumerate(entity.identifiers):
        if not ident.number:
            continue
        doc = model.make_entity("Passport" if ident.type == "passport" else "Identification")
        doc.make_id("doc", entity.dataset, entity.ref, index, ident.number)
        doc.add("holder", holder)
        doc.add("number", ident.number)
        doc.add("type", ident.type_text)
        doc.add("country", ident.country_code)
        doc.add("summary", ident.note)
        out.append(doc)
    return out


def export_ftm(entities: Iterable[Entity], out: TextIO) -> int:
    """Write FollowTheMoney JSON lines; returns the number of FtM entities written."""
    count = 0
    for entity in entities:
        for proxy in to_ftm(entity):
            out.write(json.dumps(proxy.to_dict(), ensure_ascii=False, sort_keys=True) + "\n")
            count += 1
    return count


def csv_row(entity: Entity) -> dict[str, str]:
    """One flat CSV row (multiple values joined with ``; ``)."""
    applied = measures_for(entity)
    aliases = [n.full for n in entity.names[1:] if n.kind != NameKind.ORIGINAL_SCRIPT]
    originals = [n.full for n in entity.names if n.kind == NameKind.ORIGINAL_SCRIPT]
    return {
        "dataset": entity.dataset,
        "ref": entity.ref,
        "schema": str(entity.schema),
        "name": entity.name,
        "aliases": "; ".join(aliases),
        "original_script_names": "; ".join(originals),
        "programs": "; ".join(entity.programs),
        "regime": applied[0].regime if applied else "",
        "legal_basis": "; ".join(f"{a.measure}: {a.resolution} OP {a.paragraph}" for a in applied),
        "listed_on": entity.listed_on.isoformat() if entity.listed_on else "",
        "birth_dates": "; ".join(d.text for d in entity.birth_dates),
        "birth_places": "; ".join(p.text() for p in entity.birth_places),
        "nationalities": "; ".join(entity.nationalities),
        "country_codes": "; ".join(entity.country_codes),
        "identifiers": "; ".join(
            f"{i.type} {i.number}" + (f" ({i.country})" if i.country else "")
            for i in entity.identifiers
        ),
        "addresses": "; ".join(p.text() for p in entity.addresses if p.text()),
        "titles": "; ".join(entity.titles),
        "designations": "; ".join(entity.designations),
        "gender": entity.gender or "",
        "comments": entity.comments or "",
    }


def export_csv(entities: Iterable[Entity], out: TextIO) -> int:
    """Write a CSV with a header row; returns the number of entries written."""
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    count = 0
    for entity in entities:
        writer.writerow(csv_row(entity))
        count += 1
    return count
