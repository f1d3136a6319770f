"""Reader of the UK Sanctions List XML (the FCDO's list, the UK's single list since 2026).

Each ``<Designation>`` has a ``<UniqueID>`` (``RUS0001``), ``<IndividualEntityShip>``
(Individual, Entity, Ship), ``<Names>`` of ``<Name>`` elements (``<Name1>``..``<Name6>``, the
last the family name, ``<NameType>``: Primary Name, Alias..., and ``<AliasStrength>``: a
"Low quality" alias is a weak one), ``<NonLatinNames>``,
``<RegimeName>``, ``<DateDesignated>`` (dd/mm/yyyy), ``<UNReferenceNumber>``,
``<SanctionsImposed>`` (``Asset freeze|Travel Ban``), and for an individual
``<IndividualDetails>`` (``<DOB>``, ``<Nationality>``, ``<Position>``, ``<Title>``,
``<TownOfBirth>``, ``<Gender>``), documents (``<PassportNumber>``,
``<NationalIdentifierNumber>``, ``<BusinessRegistrationNumber>``, each with the additional
information beside it as its note), for a ship ``<ShipDetails>`` (``<IMONumber>``, flag,
type), and ``<Addresses>``. Elements are found by their local names, wherever they are nested, and
the ``<Designation>`` records under whatever root element holds them.

``ref`` is the unique ID; the UN reference (``UNReferenceNumber``) is kept as
``properties["unsc_id"]``, so an entry the UN listed gets the UN regime's measures.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from lxml import etree

from unsc.errors import ParseError
from unsc.sanctions.countries import country_code
from unsc.sanctions.model import (
    Entity,
    Identifier,
    Name,
    NameKind,
    PartialDate,
    Place,
    Schema,
)
from unsc.sanctions.snapshot import RECORD_FIELDS, ListSnapshot, UniqueRefs
from unsc.sanctions.xmlread import descendants, local_name, parse_xml

__all__ = ["ROOT", "parse_uk_xml"]

ROOT = "Designations"
DATASET = "gb_fcdo"
FIELDS = RECORD_FIELDS
_SCHEMAS = {"individual": Schema.PERSON, "entity": Schema.ORGANIZATION, "ship": Schema.VESSEL}
_DAY = re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$")
_ISO_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:T[\d:.]+Z?)?$")  # 2023-05-09T00:00:00


def _texts(el: Any, name: str) -> list[str]:
    out = []
    for found in descendants(el, name):
        text = " ".join((found.text or "").split())
        if text and text not in out:
            out.append(text)
    return out


def _first(el: Any, name: str) -> str | None:
    found = _texts(el, name)
    return found[0] if found else None


def _date(text: str) -> PartialDate | None:
    """dd/mm/yyyy, a 00 day or month unknown ("00/00/1960": the year); or ISO, with a time
    of day or not (2023-05-09T00:00:00)."""
    if m := _ISO_DAY.match(text.strip()):
        year, month, day = int(m[1]), int(m[2]), int(m[3])
    elif m := _DAY.match(text.strip()):
        day, month, year = int(m[1]), int(m[2]), int(m[3])
    else:
        return None
    return PartialDate.of(year, month or None, (day or None) if month else None)


def _names(designation: Any) -> list[Name]:
    """The primary name first, then the aliases and the non-Latin names."""
    found: list[tuple[int, Name]] = []
    for el in descendants(designation, "Name"):
        if not any(local_name(c) == "NameType" for c in el):  # a <Name> inside a <Name>
            continue
        parts = tuple(p for p in (_first(el, f"Name{i}") for i in range(1, 7)) if p)
        if not parts:
            continue
        primary = (_first(el, "NameType") or "").lower() == "primary name"
        weak = "low" in (_first(el, "AliasStrength") or "").lower()  # "Low quality"
        kind = NameKind.PRIMARY if primary else NameKind.ALIAS_LOW if weak else NameKind.ALIAS_GOOD
        found.append((0 if primary else 1, Name(" ".join(parts), kind, parts)))
    for text in _texts(designation, "NameNonLatinScript"):
        found.append((2, Name(text, NameKind.ORIGINAL_SCRIPT)))
    found.sort(key=lambda item: item[0])
    names: list[Name] = []
    for _, name in found:
        if name.full in {n.full for n in names}:
            continue
        if not names and name.kind != NameKind.PRIMARY:
            name = Name(name.full, NameKind.PRIMARY, name.parts)
        elif names and name.kind == NameKind.PRIMARY:
            name = Name(name.full, NameKind.ALIAS_GOOD, name.parts)
        names.append(name)
    return names


def _address(el: Any) -> Place | None:
    lines = [_first(el, f"AddressLine{i}") for i in range(1, 6)]
    country = _first(el, "AddressCountry")
    place = Place(
        street=", ".join(line for line in lines if line) or None,
        city=_first(el, "AddressLine6"),
        zip_code=_first(el, "AddressPostalCode"),
        country=country,
        country_code=country_code(country) if country else None,
    )
    return place if place.text() else None


# A person's or a body's documents: (number element, its note's element, type, as written)
_DOCUMENTS = (
    ("PassportNumber", "PassportAdditionalInformation", "passport", "Passport"),
    (
        "NationalIdentifierNumber",
        "NationalIdentifierAdditionalInformation",
        "national_id",
        "National identifier",
    ),
    ("BusinessRegistrationNumber", None, "registration", "Business registration number"),
)


def _documents(el: Any) -> list[Identifier]:
    """The passports, national identifiers and registration numbers a designation gives,
    each with the note written beside it ("Russia. Expires 01/01/2030")."""
    found: list[Identifier] = []
    for tag, note_tag, kind, text in _DOCUMENTS:
        for number_el in descendants(el, tag):
            number = " ".join((number_el.text or "").split())
            if not number:
                continue
            parent = number_el.getparent()
            note = _first(parent, note_tag) if note_tag and parent is not None else None
            found.append(Identifier(kind, number, text, note=note))
    return found


def _designation(el: Any, dataset: str, label: str) -> Entity:
    ref = _first(el, "UniqueID")
    kind = (_first(el, "IndividualEntityShip") or "").lower()
    names = _names(el)
    if not ref or not names:
        missing = "UniqueID" if not ref else "Names"
        raise ParseError(
            f"<Designation> without {missing}", path=label, line=el.sourceline, field=missing
        )
    if kind not in _SCHEMAS:
        raise ParseError(
            f"<Designation> {ref} is of an unknown kind {kind!r}",
            path=label,
            line=el.sourceline,
            field="IndividualEntityShip",
            hint="Individual, Entity or Ship",
        )
    entity = Entity(dataset=dataset, ref=ref, schema=_SCHEMAS[kind], name=names[0].full)
    entity.names = names
    entity.programs = _texts(el, "RegimeName")
    designated = [d for d in map(_date, _texts(el, "DateDesignated")) if d is not None]
    entity.listed_on = min((d.earliest for d in designated), default=None)
    entity.titles = _texts(el, "Title")
    entity.designations = _texts(el, "Position")
    entity.nationalities = _texts(el, "Nationality")
    codes = (country_code(n) for n in entity.nationalities)
    entity.country_codes = list(dict.fromkeys(c for c in codes if c))
    entity.birth_dates = [d for d in map(_date, _texts(el, "DOB")) if d is not None]
    for location in descendants(el, "Location"):
        town, country = _first(location, "TownOfBirth"), _first(location, "CountryOfBirth")
        if town or country:
            code = country_code(country) if country else None
            entity.birth_places.append(Place(city=town, country=country, country_code=code))
    for number in _texts(el, "IMONumber"):
        entity.identifiers.append(Identifier("imo", number, "IMO number"))
    entity.identifiers += _documents(el)
    if gender := _first(el, "Gender"):
        entity.gender = gender
    for address in descendants(el, "Address"):
        if (place := _address(address)) is not None:
            entity.addresses.append(place)
    notes = _texts(el, "OtherInformation")
    entity.comments = "\n".join(notes) or None
    for key, tag in (
        ("unsc_id", "UNReferenceNumber"),
        ("designation_source", "DesignationSource"),
        ("flag", "CurrentBelievedFlagOfShip"),
        ("vessel_type", "TypeOfShip"),
    ):
        if values := _texts(el, tag):
            entity.properties[key] = values
    if imposed := _first(el, "SanctionsImposed"):
        entity.properties["sanctions_imposed"] = [s.strip() for s in imposed.split("|") if s]
    entity.raw = etree.tostring(el, encoding="unicode", with_tail=False)
    return entity


def _generated(root: Any) -> dt.datetime | None:
    for tag in ("DateGenerated", "LastUpdated"):
        text = root.get(tag) or next((c.text for c in root if local_name(c) == tag), None)
        if text:
            try:
                return dt.datetime.fromisoformat(text.strip())
            except ValueError:
                return None
    return None


def parse_uk_xml(data: bytes, *, dataset: str = DATASET, label: str = "<bytes>") -> ListSnapshot:
    """Parse the UK Sanctions List XML."""
    root = parse_xml(data, label)
    entities: list[Entity] = []
    refs = UniqueRefs(label, "UniqueID", "unique ID")
    for el in root:
        if local_name(el) != "Designation":
            continue
        entity = _designation(el, dataset, label)
        refs.add(entity.ref, el.sourceline)
        entities.append(entity)
    if not entities:
        raise ParseError(
            f"no <Designation> in <{local_name(root)}>",
            path=label,
            line=root.sourceline,
            hint=f"the UK Sanctions List is <{ROOT}> of <Designation> records",
        )
    return ListSnapshot.read(
        data, entities, dataset=dataset, label=label, fields=FIELDS, generated=_generated(root)
    )
