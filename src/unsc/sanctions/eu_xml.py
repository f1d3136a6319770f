"""Reader of the EU's consolidated financial sanctions list (the FSF's ``export`` XML).

The European Union publishes one list of the persons and entities under its financial
sanctions, the UN's listings it implements among them, as XML whose data sit in attributes:
each ``<sanctionEntity>`` (``euReferenceNumber``, ``unitedNationId``, ``designationDate``)
has a ``<subjectType code="person|enterprise">``, ``<nameAlias>`` (``wholeName`` or
``firstName``/``middleName``/``lastName``, ``strong="false"`` for a weak alias, ``title``,
``function``, ``gender``), ``<regulation programme=...>``, ``<citizenship>``,
``<birthdate>`` (``birthdate``, or ``year``/``monthOfYear``/``dayOfMonth``, ``circa``),
``<identification>`` and ``<address>``. The namespace
(``http://eu.europa.ec/fpi/fsd/export``) may be there or not.

``ref`` is the EU reference number (``EU.27.28``; the ``logicalId`` where there is none); the
UN reference an entry gives (``unitedNationId``) is kept as ``properties["unsc_id"]``, so an
EU entry the UN listed gets the UN regime's measures.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from lxml import etree

from unsc.errors import ParseError
from unsc.sanctions.model import (
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
from unsc.sanctions.xmlread import children, date_number, parse_xml

__all__ = ["ROOT", "parse_eu_xml"]

ROOT = "export"
DATASET = "eu_fsf"
FIELDS = RECORD_FIELDS
# identificationTypeCode -> this model's identifier types
_ID_TYPES = {
    "passport": "passport",
    "id": "national_id",
    "regnumber": "registration",
    "fiscalcode": "tax_id",
    "swiftbic": "swift",
    "imo": "imo",
}
_GENDERS = {"M": "Male", "F": "Female"}
_NO_COUNTRY = {"", "00", "UNKNOWN"}


def _attr(el: Any, name: str) -> str | None:
    value = " ".join((el.get(name) or "").split())
    return value or None


def _text(el: Any, name: str) -> str | None:
    found = children(el, name)
    text = " ".join((found[0].text or "").split()) if found else ""
    return text or None


def _code(el: Any) -> str | None:
    code = (el.get("countryIso2Code") or "").strip().upper()
    return None if code in _NO_COUNTRY else code.lower()


def _country(el: Any) -> str | None:
    description = _attr(el, "countryDescription")
    return None if description is None or description.upper() in _NO_COUNTRY else description


def _date(text: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text[:10]) if text else None
    except ValueError:
        return None


def _birth_date(el: Any) -> PartialDate | None:
    """``birthdate`` (a day), else ``year`` and ``monthOfYear``, else ``yearRangeFrom`` to
    ``yearRangeTo`` (a range of years); ``circa``: approximate."""
    circa = (el.get("circa") or "").lower() == "true"
    day = _date(el.get("birthdate"))
    if day is not None:
        return PartialDate.of(day.year, day.month, day.day, circa=circa)
    year, month = date_number(el.get("year")), date_number(el.get("monthOfYear"))
    if year is None or not 1 <= year <= 9999:
        first, last = date_number(el.get("yearRangeFrom")), date_number(el.get("yearRangeTo"))
        if first is None or last is None or not 1 <= first <= last <= 9999:
            return None
        return PartialDate(
            DateKind.RANGE, dt.date(first, 1, 1), dt.date(last, 12, 31), f"{first}-{last}"
        )
    return PartialDate.of(year, month, circa=circa)


def _place(el: Any, *keys: str) -> Place | None:
    values = {key: _attr(el, key) for key in keys}
    place = Place(
        street=values.get("street"),
        city=values.get("city") or values.get("place"),
        state_province=values.get("region"),
        zip_code=values.get("zipCode"),
        country=_country(el),
        country_code=_code(el),
    )
    return place if place.text() else None


def _whole_name(el: Any) -> str | None:
    whole = _attr(el, "wholeName")
    if whole:
        return whole
    parts = (_attr(el, k) for k in ("firstName", "middleName", "lastName"))
    return " ".join(p for p in parts if p) or None


def _names(entry: Any) -> tuple[list[Name], list[Any]]:
    """The names, strong ones first (the first is the primary name), and their elements."""
    found: list[tuple[int, Name, Any]] = []
    for el in children(entry, "nameAlias"):
        text = _whole_name(el)
        if text is None:
            continue
        weak = (el.get("strong") or "true").lower() == "false"
        parts = tuple(
            p for p in (_attr(el, k) for k in ("firstName", "middleName", "lastName")) if p
        )
        kind = NameKind.ALIAS_LOW if weak else NameKind.ALIAS_GOOD
        if not in_latin_letters(text):
            kind = NameKind.ORIGINAL_SCRIPT
        found.append((int(weak), Name(text, kind, parts), el))
    found.sort(key=lambda item: item[0])
    names: list[Name] = []
    seen: set[str] = set()
    for _, name, _el in found:
        if name.full in seen:
            continue
        if not names:
            name = Name(name.full, NameKind.PRIMARY, name.parts)
        seen.add(name.full)
        names.append(name)
    return names, [el for _, _, el in found]


def _entry(entry: Any, dataset: str, label: str) -> Entity:
    subject = children(entry, "subjectType")
    code = (subject[0].get("code") or "").lower() if subject else ""
    schema = Schema.PERSON if code == "person" else Schema.ORGANIZATION
    names, aliases = _names(entry)
    ref = _attr(entry, "euReferenceNumber") or _attr(entry, "logicalId")
    if not ref or not names:
        raise ParseError(
            "<sanctionEntity> without a reference number or a name",
            path=label,
            line=entry.sourceline,
            field="euReferenceNumber" if not ref else "nameAlias",
        )
    entity = Entity(dataset=dataset, ref=ref, schema=schema, name=names[0].full, names=names)
    for el in aliases:
        for key, target in (("title", entity.titles), ("function", entity.designations)):
            value = _attr(el, key)
            if value and value not in target:
                target.append(value)
        entity.gender = entity.gender or _GENDERS.get((el.get("gender") or "").upper())
    programs: list[str] = []
    listed: list[dt.date] = []
    for el in children(entry, "regulation"):
        if programme := _attr(el, "programme"):
            programs.append(programme)
        if (day := _date(el.get("publicationDate"))) is not None:
            listed.append(day)
    entity.programs = list(dict.fromkeys(programs))
    designated = _date(entry.get("designationDate"))
    entity.listed_on = designated or min(listed, default=None)
    for el in children(entry, "citizenship"):
        if (country := _country(el)) is not None:
            entity.nationalities.append(country)
        if (code := _code(el)) is not None and code not in entity.country_codes:
            entity.country_codes.append(code)
    for el in children(entry, "birthdate"):
        if (date := _birth_date(el)) is not None:
            entity.birth_dates.append(date)
        if (place := _place(el, "city", "place", "region")) is not None:
            entity.birth_places.append(place)
    for el in children(entry, "identification"):
        number = _attr(el, "number") or _attr(el, "latinNumber")
        if number:
            kind = _ID_TYPES.get((el.get("identificationTypeCode") or "").lower(), "other")
            entity.identifiers.append(
                Identifier(
                    kind,
                    number,
                    _attr(el, "identificationTypeDescription"),
                    _country(el),
                    _code(el),
                    _attr(el, "issuedDate") or _attr(el, "issueDate"),
                    _attr(el, "validTo"),
                    _text(el, "remark"),
                )
            )
    for el in children(entry, "address"):
        if (place := _place(el, "street", "city", "place", "region", "zipCode")) is not None:
            entity.addresses.append(place)
    entity.comments = _text(entry, "remark")
    if un_ref := _attr(entry, "unitedNationId"):
        entity.properties["unsc_id"] = [un_ref]
    if details := _attr(entry, "designationDetails"):
        entity.properties["designation_details"] = [details]
    entity.raw = etree.tostring(entry, encoding="unicode", with_tail=False)
    return entity


def _generated(root: Any) -> dt.datetime | None:
    text = root.get("generationDate")
    try:
        return dt.datetime.fromisoformat(text) if text else None
    except ValueError:
        return None


def parse_eu_xml(data: bytes, *, dataset: str = DATASET, label: str = "<bytes>") -> ListSnapshot:
    """Parse the EU's consolidated financial sanctions list XML."""
    root = parse_xml(data, label, ROOT)
    entities: list[Entity] = []
    refs = UniqueRefs(label, "euReferenceNumber", "reference number")
    for el in children(root, "sanctionEntity"):
        entity = _entry(el, dataset, label)
        refs.add(entity.ref, el.sourceline)
        entities.append(entity)
    if not entities:
        raise ParseError("no <sanctionEntity> in the file", path=label, line=root.sourceline)
    return ListSnapshot.read(
        data, entities, dataset=dataset, label=label, fields=FIELDS, generated=_generated(root)
    )
