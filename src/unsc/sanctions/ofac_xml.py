"""Reader of OFAC's ``sdnList`` XML (the SDN list or the Consolidated non-SDN list).

Same entity model as the CSV reader; ``idList`` entries that are documents become
identifiers, the others (``Secondary sanctions risk:``, ``Website`` ...) properties, as the
CSV remarks do. A weak a.k.a. is a low-quality alias.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from lxml import etree

from unsc.errors import ParseError
from unsc.sanctions.countries import country_code
from unsc.sanctions.model import Entity, Identifier, Name, NameKind, Place, Schema
from unsc.sanctions.ofac_remarks import ID_LABELS, PROPERTY_LABELS, apply_remarks, parse_ofac_date
from unsc.sanctions.snapshot import ListSnapshot, UniqueRefs
from unsc.sanctions.xmlread import local_name, parse_xml

ROOT = "sdnList"
_SCHEMAS = {
    "individual": Schema.PERSON,
    "entity": Schema.ORGANIZATION,
    "vessel": Schema.VESSEL,
    "aircraft": Schema.AIRCRAFT,
}
FIELDS = frozenset(
    {
        "schema", "name", "names", "programs", "titles", "nationalities", "birth_dates",
        "birth_places", "addresses", "identifiers", "properties.remarks",
    }
)  # fmt: skip


def _kids(el: Any) -> dict[str, str]:
    out: dict[str, str] = {}
    for child in el:
        if isinstance(child.tag, str) and child.text and child.text.strip():
            out[local_name(child)] = " ".join(child.text.split())
    return out


def _full(parts: dict[str, str], is_person: bool) -> tuple[str, tuple[str, ...]]:
    first, last = parts.get("firstName"), parts.get("lastName") or ""
    if first:
        return f"{first} {last}".strip(), (first, last)
    return last, ()


def _entry(el: Any, dataset: str) -> Entity:
    top = _kids(el)
    schema = _SCHEMAS.get(top.get("sdnType", "").lower(), Schema.ORGANIZATION)
    full, parts = _full(top, schema == Schema.PERSON)
    entity = Entity(
        dataset=dataset,
        ref=top.get("uid", ""),
        schema=schema,
        name=full,
        names=[Name(full, NameKind.PRIMARY, parts)],
        source_id=top.get("uid"),
    )
    if "title" in top:
        entity.titles.append(top["title"])
    for child in el:
        tag = local_name(child)
        if tag == "programList":
            entity.programs.extend(p for p in (_kids_list(child)) if p)
        elif tag == "akaList":
            for aka in child:
                a = _kids(aka)
                name, aparts = _full(a, schema == Schema.PERSON)
                kind = (
                    NameKind.FORMER
                    if a.get("type") == "f.k.a."
                    else (
                        NameKind.ALIAS_LOW if a.get("category") == "weak" else NameKind.ALIAS_GOOD
                    )
                )
                if name:
                    entity.names.append(Name(name, kind, aparts))
        elif tag == "addressList":
            for address in child:
                a = _kids(address)
                street = ", ".join(a[k] for k in ("address1", "address2", "address3") if k in a)
                entity.addresses.append(
                    Place(
                        street=street or None,
                        city=a.get("city"),
                        state_province=a.get("stateOrProvince"),
                        zip_code=a.get("postalCode"),
                        country=a.get("country"),
                        country_code=country_code(a.get("country")),
                    )
                )
        elif tag == "dateOfBirthList":
            for item in child:
                text = _kids(item).get("dateOfBirth")
                date = parse_ofac_date(text) if text else None
                if date is not None:
                    entity.birth_dates.append(date)
        elif tag == "placeOfBirthList":
            for item in child:
                text = _kids(item).get("placeOfBirth")
                if text:
                    entity.birth_places.append(Place(city=text))
        elif tag in ("nationalityList", "citizenshipList"):
            for item in child:
                country = _kids(item).get("country")
                if country:
                    entity.nationalities.append(country)
                    code = country_code(country)
                    if code and code not in entity.country_codes:
                        entity.country_codes.append(code)
        elif tag == "idList":
            for item in child:
                _id(entity, _kids(item))
        elif tag == "vesselInfo":
            _vessel(entity, _kids(child))
        elif tag == "remarks" and child.text:
            apply_remarks(entity, child.text)
    return entity


_VESSEL_INFO = {
    "vesselType": "vessel_type",
    "vesselFlag": "flag",
    "vesselOwner": "owner",
    "tonnage": "tonnage",
    "grossRegisteredTonnage": "gross_registered_tonnage",
}


def _vessel(entity: Entity, info: dict[str, str]) -> None:
    """``<vesselInfo>`` of the SDN XML: call sign as an identifier, the rest as properties."""
    if "callSign" in info:
        entity.identifiers.append(Identifier("call_sign", info["callSign"], "Call Sign"))
    for key, prop in _VESSEL_INFO.items():
        if key in info:
            entity.properties.setdefault(prop, []).append(info[key])


def _kids_list(el: Any) -> list[str]:
    return [" ".join(c.text.split()) for c in el if isinstance(c.tag, str) and c.text]


def _id(entity: Entity, item: dict[str, str]) -> None:
    label, number = item.get("idType", ""), item.get("idNumber", "")
    country = item.get("idCountry")
    kind = ID_LABELS.get(label) or ID_LABELS.get(label.rstrip(":"))
    if kind == "imo":
        number = number.upper().removeprefix("IMO").strip()
    if kind is not None:
        entity.identifiers.append(
            Identifier(
                kind,
                number,
                label,
                country,
                country_code(country),
                item.get("issueDate"),
                item.get("expirationDate"),
            )
        )
        return
    key = PROPERTY_LABELS.get(label) or label.rstrip(":- ").lower().replace(" ", "_")
    entity.properties.setdefault(key, []).append(number)


def _published(root: Any, label: str) -> dt.datetime | None:
    """The list's ``Publish_Date`` (``MM/DD/YYYY``); a :class:`ParseError` if it is no date."""
    for el in root.iter():
        if local_name(el) == "Publish_Date" and el.text:
            try:
                day = dt.datetime.strptime(el.text.strip(), "%m/%d/%Y")
            except ValueError:
                raise ParseError(
                    f"Publish_Date {el.text.strip()!r} is not a date",
                    path=label,
                    line=el.sourceline,
                    field="Publish_Date",
                    hint="OFAC writes it MM/DD/YYYY",
                ) from None
            return day.replace(tzinfo=dt.UTC)
    return None


def parse_ofac_xml(
    data: bytes, *, dataset: str = "ofac_cons", label: str = "<bytes>"
) -> ListSnapshot:
    """Parse an OFAC ``sdnList`` XML document."""
    root = parse_xml(data, label, ROOT)
    entities: list[Entity] = []
    refs = UniqueRefs(label, "uid", "uid")
    for el in root:
        if local_name(el) == "sdnEntry":
            entity = _entry(el, dataset)
            if not entity.ref or not entity.name:
                raise ParseError(
                    "<sdnEntry> without uid or lastName",
                    path=label,
                    line=el.sourceline,
                    field="uid",
                )
            refs.add(entity.ref, el.sourceline)
            entity.raw = etree.tostring(el, encoding="unicode", with_tail=False)
            entities.append(entity)
    if not entities:
        raise ParseError("no <sdnEntry> in the file", path=label, line=root.sourceline)
    return ListSnapshot.read(
        data,
        entities,
        dataset=dataset,
        label=label,
        fields=FIELDS,
        generated=_published(root, label),
    )
