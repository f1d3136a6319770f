"""Reader of OFAC's lists in the advanced XML (``SDN_ADVANCED.XML``, ``CONS_ADVANCED.XML``).

OFAC publishes the SDN list and the Consolidated (non-SDN) list also in the "Advanced
Sanctions List Standard": a ``<Sanctions>`` document (namespace ``.../ADVANCED_XML``, or
``http://www.un.org/sanctions/1.0`` in older files) whose records hold numbers that point into
tables, not text. The reader reads it as a stream (the SDN file is over 100 MB, never one
tree in memory), section by section in the order the schema gives them:

- ``ReferenceValueSets``: each ``<X ID="..">text</X>`` by its element and ID (``AliasType``
  A.K.A./F.K.A./Name, ``PartySubType`` Vessel/Aircraft/Unknown with its ``PartyType``
  Individual/Entity, ``NamePartType`` Last Name/First Name..., ``FeatureType`` Birthdate/
  Nationality Country/Vessel Flag..., ``IDRegDocType``, ``Country``, ``SanctionsType``,
  ``List``, ``DetailReference``, ``LocPartType``, ``RelationType``);
- ``Locations`` (addresses: ``LocationPart`` values by ``LocPartType``, ``LocationCountry``)
  and ``IDRegDocuments`` (documents, each on an ``IdentityID``);
- each ``DistinctParty`` (``FixedRef``: the entry number OFAC's other formats call ``uid``
  and ``ent_num``, so a list read from either diffs entry for entry): its ``Alias`` names
  (``DocumentedName`` parts by type; ``LowQuality`` a weak alias; a name in another script
  an original-script name), its ``Feature`` values (a ``DatePeriod``, a ``VersionLocation``
  or a ``VersionDetail``, text or a ``DetailReferenceID``) and its identities' documents;
- ``ProfileRelationships`` and ``SanctionsEntries`` (on a ``ProfileID``: the list, the
  programmes as the ``Comment`` of a "Program" measure, the listing date), applied to the
  entries once all are read.

A record that points at a number no table holds loses that value, not the record; a party
without a number or a name is an error that names its line.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from lxml import etree

from unsc.errors import ParseError
from unsc.sanctions.countries import country_code
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
from unsc.sanctions.ofac_remarks import ID_LABELS, PROPERTY_LABELS
from unsc.sanctions.snapshot import RECORD_FIELDS, ListSnapshot, UniqueRefs
from unsc.sanctions.xmlread import (
    children,
    date_number,
    descendants,
    local_name,
    release,
    stream_xml,
)

__all__ = ["ROOT", "parse_ofac_advanced"]

ROOT = "Sanctions"
SDN_LIST = "SDN List"
FIELDS = RECORD_FIELDS
_SCHEMAS = {
    "individual": Schema.PERSON,
    "entity": Schema.ORGANIZATION,
    "vessel": Schema.VESSEL,
    "aircraft": Schema.AIRCRAFT,
}
# name part types in the order a name is written: given names, then family names
_GIVEN = ("First Name", "Middle Name", "Patronymic", "Matronymic")
_FAMILY = ("Last Name", "Maiden Name")
_NATIONALITY = ("Nationality Country", "Citizenship Country")
_STREET = ("ADDRESS1", "ADDRESS2", "ADDRESS3")


@dataclass(slots=True, frozen=True)
class _Entry:
    """What a ``SanctionsEntry`` says of a profile: its list, listing dates, programmes."""

    list_name: str | None
    dates: tuple[dt.date, ...]
    programs: tuple[str, ...]


@dataclass(slots=True)
class _Tables:
    """The reference tables and the cross-referenced records, by ID."""

    values: dict[tuple[str, str], str] = field(default_factory=dict)  # (element, ID) -> text
    party_types: dict[str, str] = field(default_factory=dict)  # PartySubType ID -> PartyType ID
    places: dict[str, Place] = field(default_factory=dict)
    documents: dict[str, list[Identifier]] = field(default_factory=lambda: defaultdict(list))
    entries: dict[str, list[_Entry]] = field(default_factory=lambda: defaultdict(list))
    relations: dict[str, list[tuple[str, str]]] = field(default_factory=lambda: defaultdict(list))

    def text(self, table: str, ref: str | None) -> str | None:
        return self.values.get((table, ref)) if ref is not None else None


def _clean(text: str | None) -> str | None:
    value = " ".join((text or "").split())
    return value or None


def _int(el: Any, name: str) -> int | None:
    found = children(el, name)
    return date_number(found[0].text) if found else None


def _day(el: Any | None) -> dt.date | None:
    """A ``<Year>``, ``<Month>``, ``<Day>`` element's date (None if it makes none)."""
    if el is None:
        return None
    year, month, day = _int(el, "Year"), _int(el, "Month"), _int(el, "Day")
    try:
        return dt.date(year, month or 1, day or 1) if year else None
    except ValueError:
        return None


def _bound(period: Any, side: str, which: str) -> dt.date | None:
    found = children(period, side)
    inner = children(found[0], which) if found else []
    return _day(inner[0]) if inner else None


def _date_period(period: Any) -> PartialDate | None:
    """A ``DatePeriod``: its ``Start`` ``From`` to its ``End`` ``To``; a day, a year (1 Jan to
    31 Dec), a month or a range, approximate when ``Start`` says so."""
    earliest = _bound(period, "Start", "From") or _bound(period, "Start", "To")
    latest = _bound(period, "End", "To") or _bound(period, "End", "From") or earliest
    if earliest is None or latest is None or latest < earliest:
        return None
    start = children(period, "Start")
    circa = bool(start) and (start[0].get("Approximate") or "").lower() == "true"
    if earliest == latest:
        found = PartialDate.of(earliest.year, earliest.month, earliest.day, circa=circa)
    elif earliest.year == latest.year and (earliest.month, latest.month) == (1, 12):
        found = PartialDate.of(earliest.year, circa=circa)
    elif (earliest.year, earliest.month) == (latest.year, latest.month):
        found = PartialDate.of(earliest.year, earliest.month, circa=circa)
    else:
        text = f"{earliest.isoformat()}/{latest.isoformat()}"
        kind = DateKind.APPROXIMATE if circa else DateKind.RANGE
        found = PartialDate(kind, earliest, latest, text)
    return found


def _reference_values(sets: Any, tables: _Tables) -> None:
    """``ReferenceValueSets``: each value by its element and ID."""
    for group in sets:
        for value in group:
            if not isinstance(value.tag, str) or value.get("ID") is None:
                continue
            tag = local_name(value)
            text = _clean(value.text)
            if text is not None:
                tables.values[tag, value.get("ID")] = text
            if tag == "PartySubType" and value.get("PartyTypeID"):
                tables.party_types[value.get("ID")] = value.get("PartyTypeID")


def _locations(section: Any, tables: _Tables) -> None:
    """``Locations``: each an address or a country, by its ID."""
    for location in children(section, "Location"):
        parts: dict[str, list[str]] = defaultdict(list)
        for part in children(location, "LocationPart"):
            kind = (tables.text("LocPartType", part.get("LocPartTypeID")) or "").upper()
            for value in descendants(part, "Value"):
                if (text := _clean(value.text)) is not None:
                    parts[kind].append(text)
        country = None
        for el in children(location, "LocationCountry"):
            country = country or tables.text("Country", el.get("CountryID"))
        place = Place(
            street=", ".join(v for k in _STREET for v in parts.get(k, ())) or None,
            city=", ".join(parts.get("CITY", ())) or None,
            state_province=", ".join(parts.get("STATE/PROVINCE", parts.get("REGION", ()))) or None,
            zip_code=", ".join(parts.get("POSTAL CODE", ())) or None,
            country=country,
            country_code=country_code(country),
        )
        if place.text() and location.get("ID"):
            tables.places[location.get("ID")] = place


def _documents(section: Any, tables: _Tables) -> None:
    """``IDRegDocuments``: each document on the identity it names."""
    for doc in children(section, "IDRegDocument"):
        number = _clean(" ".join(n.text or "" for n in children(doc, "IDRegistrationNo")))
        identity = doc.get("IdentityID")
        if number is None or identity is None:
            continue
        label = tables.text("IDRegDocType", doc.get("IDRegDocTypeID")) or ""
        kind = ID_LABELS.get(label) or ID_LABELS.get(label.rstrip(":")) or "other"
        if kind == "imo":
            number = number.upper().removeprefix("IMO").strip()
        country = tables.text("Country", doc.get("IssuedBy-CountryID"))
        dates: dict[str, str] = {}
        for when in children(doc, "DocumentDate"):
            what = (tables.text("IDRegDocDateType", when.get("IDRegDocDateTypeID")) or "").lower()
            periods = descendants(when, "DatePeriod")
            date = _date_period(periods[0]) if periods else None
            if date is not None:
                dates["expiry" if "expir" in what else "issue"] = date.text
        tables.documents[identity].append(
            Identifier(
                kind,
                number,
                label or None,
                country,
                country_code(country),
                dates.get("issue"),
                dates.get("expiry"),
            )
        )


def _entries(section: Any, tables: _Tables) -> None:
    """``SanctionsEntries``: each profile's list, listing dates (its events') and programmes
    (the comments of its Program measures)."""
    for entry in children(section, "SanctionsEntry"):
        if not entry.get("ProfileID"):
            continue
        dates = (_day(next(iter(children(e, "Date")), None)) for e in children(entry, "EntryEvent"))
        programs = (
            _clean(comment.text)
            for measure in children(entry, "SanctionsMeasure")
            if (tables.text("SanctionsType", measure.get("SanctionsTypeID")) or "").lower()
            == "program"
            for comment in children(measure, "Comment")
        )
        tables.entries[entry.get("ProfileID")].append(
            _Entry(
                tables.text("List", entry.get("ListID")),
                tuple(d for d in dates if d is not None),
                tuple(p for p in programs if p),
            )
        )


def _relations(section: Any, tables: _Tables) -> None:
    """``ProfileRelationships``: each profile's links to others, by relation."""
    for link in children(section, "ProfileRelationship"):
        source, target = link.get("From-ProfileID"), link.get("To-ProfileID")
        relation = tables.text("RelationType", link.get("RelationTypeID"))
        if source and target and relation:
            tables.relations[source].append((relation, target))


def _name(alias: Any, documented: Any, groups: dict[str, str], tables: _Tables) -> Name | None:
    """One ``DocumentedName`` of an alias: the given names, then the family names, else its
    parts as written (a firm's, a vessel's)."""
    by_type: dict[str, list[str]] = defaultdict(list)
    written: list[str] = []
    for value in descendants(documented, "NamePartValue"):
        text = _clean(value.text)
        if text is None:
            continue
        written.append(text)
        part_type = tables.text("NamePartType", groups.get(value.get("NamePartGroupID", "")))
        by_type[part_type or ""].append(text)
    given = [v for t in _GIVEN for v in by_type.get(t, ())]
    family = [v for t in _FAMILY for v in by_type.get(t, ())]
    parts: tuple[str, ...] = ()
    if given and family and len(given) + len(family) == len(written):
        parts = (" ".join(given), " ".join(family))
        full = " ".join(parts)
    else:
        full = " ".join(written)
    if not full:
        return None
    alias_type = (tables.text("AliasType", alias.get("AliasTypeID")) or "").upper()
    if not in_latin_letters(full):
        kind = NameKind.ORIGINAL_SCRIPT
    elif alias.get("Primary", "").lower() == "true":
        kind = NameKind.PRIMARY
    elif alias_type == "F.K.A.":
        kind = NameKind.FORMER
    elif alias.get("LowQuality", "").lower() == "true":
        kind = NameKind.ALIAS_LOW
    else:
        kind = NameKind.ALIAS_GOOD
    return Name(full, kind, parts)


def _names(profile: Any, tables: _Tables) -> list[Name]:
    """The names of a profile, the primary first, each once."""
    found: list[Name] = []
    for identity in children(profile, "Identity"):
        groups = {
            g.get("ID", ""): g.get("NamePartTypeID", "")
            for g in descendants(identity, "NamePartGroup")
        }
        for alias in children(identity, "Alias"):
            for documented in children(alias, "DocumentedName"):
                name = _name(alias, documented, groups, tables)
                if name is not None:
                    found.append(name)
    found.sort(key=lambda n: n.kind != NameKind.PRIMARY)
    names: list[Name] = []
    seen: set[str] = set()
    for name in found:
        if name.full not in seen:
            seen.add(name.full)
            if names and name.kind == NameKind.PRIMARY:
                name = Name(name.full, NameKind.ALIAS_GOOD, name.parts)
            names.append(name)
    if names and names[0].kind != NameKind.PRIMARY:
        names[0] = Name(names[0].full, NameKind.PRIMARY, names[0].parts)
    return names


def _feature_values(feature: Any, tables: _Tables) -> list[str | PartialDate | Place]:
    """What a ``Feature`` says: dates, places (a location), details (text or a reference)."""
    values: list[str | PartialDate | Place] = []
    for version in children(feature, "FeatureVersion"):
        for period in children(version, "DatePeriod"):
            if (date := _date_period(period)) is not None:
                values.append(date)
        for link in children(version, "VersionLocation"):
            place = tables.places.get(link.get("LocationID", ""))
            if place is not None:
                values.append(place)
        for detail in children(version, "VersionDetail"):
            text = _clean(detail.text) or tables.text(
                "DetailReference", detail.get("DetailReferenceID")
            )
            if text is not None:
                values.append(text)
    return values


def _property_key(label: str) -> str:
    key = PROPERTY_LABELS.get(label) or PROPERTY_LABELS.get(label + ":")
    if key is None:
        key = next((v for k, v in PROPERTY_LABELS.items() if label.startswith(k)), None)
    return key or label.rstrip(":- ").lower().replace(" ", "_")


def _features(entity: Entity, profile: Any, tables: _Tables) -> None:
    for feature in children(profile, "Feature"):
        label = tables.text("FeatureType", feature.get("FeatureTypeID"))
        if label is None:
            continue
        for value in _feature_values(feature, tables):
            _feature(entity, label, value)


def _feature(entity: Entity, label: str, value: str | PartialDate | Place) -> None:
    if label == "Birthdate" and isinstance(value, PartialDate):
        entity.birth_dates.append(value)
    elif label == "Place of Birth":
        entity.birth_places.append(value if isinstance(value, Place) else Place(city=str(value)))
    elif label == "Location" and isinstance(value, Place):
        entity.addresses.append(value)
    elif label in _NATIONALITY:
        country = value.country if isinstance(value, Place) else str(value)
        if country:
            entity.nationalities.append(country)
            code = country_code(country)
            if code and code not in entity.country_codes:
                entity.country_codes.append(code)
    elif label == "Gender" and isinstance(value, str):
        entity.gender = value
    elif label == "Title" and isinstance(value, str):
        entity.titles.append(value)
    elif label == "Vessel Call Sign" and isinstance(value, str):
        entity.identifiers.append(Identifier("call_sign", value, label))
    else:
        if isinstance(value, Place):
            text = value.text()
        else:
            text = value.text if isinstance(value, PartialDate) else value
        key = _property_key(label)
        if key == "crypto_wallet":  # "Digital Currency Address - XBT": the currency kept
            text = f"{label.rsplit('-', 1)[-1].strip()} {text}"
        entity.properties.setdefault(key, []).append(text)


def _sanctions(entity: Entity, tables: _Tables) -> list[str]:
    """The programmes and listing date of the profile's entries; the names of its lists."""
    entries = tables.entries.get(entity.source_id or "", ())
    for entry in entries:
        entity.programs.extend(p for p in entry.programs if p not in entity.programs)
    entity.listed_on = min((d for e in entries for d in e.dates), default=None)
    return [e.list_name for e in entries if e.list_name is not None]


def _party(party: Any, tables: _Tables, dataset: str, label: str) -> Entity:
    ref = _clean(party.get("FixedRef"))
    profiles = children(party, "Profile")
    names = _names(profiles[0], tables) if profiles else []
    if not ref or not names:
        raise ParseError(
            "<DistinctParty> without FixedRef or a name",
            path=label,
            line=party.sourceline,
            field="FixedRef" if not ref else "Alias",
        )
    profile = profiles[0]
    sub_type = profile.get("PartySubTypeID")
    kind = (tables.text("PartySubType", sub_type) or "").lower()
    if kind not in _SCHEMAS:
        kind = (tables.text("PartyType", tables.party_types.get(sub_type or "")) or "").lower()
    entity = Entity(
        dataset=dataset,
        ref=ref,
        schema=_SCHEMAS.get(kind, Schema.ORGANIZATION),
        name=names[0].full,
        names=names,
        source_id=profile.get("ID"),
    )
    _features(entity, profile, tables)
    for identity in children(profile, "Identity"):
        entity.identifiers.extend(tables.documents.get(identity.get("ID", ""), ()))
    comments = [c for c in (_clean(c.text) for c in children(party, "Comment")) if c]
    entity.comments = "; ".join(comments) or None
    entity.raw = etree.tostring(party, encoding="unicode", with_tail=False)
    return entity


def _issued(el: Any) -> dt.datetime | None:
    day = _day(el)
    return dt.datetime(day.year, day.month, day.day, tzinfo=dt.UTC) if day else None


def _link(entities: list[Entity], tables: _Tables) -> None:
    """A profile's relationships (Associate Of, Owned or Controlled By...) as properties that
    name the other entry."""
    by_profile = {e.source_id: e for e in entities if e.source_id}
    for profile, links in tables.relations.items():
        entity = by_profile.get(profile)
        for relation, other in links:
            target = by_profile.get(other)
            if entity is not None and target is not None:
                key = relation.lower().replace(" ", "_")
                entity.properties.setdefault(key, []).append(target.name)


# the sections read whole (the schema gives them in this order, the tables first), and the
# parties, read one by one
_SECTIONS = {
    "ReferenceValueSets": _reference_values,
    "Locations": _locations,
    "IDRegDocuments": _documents,
    "ProfileRelationships": _relations,
    "SanctionsEntries": _entries,
}
_READ = frozenset({*_SECTIONS, "DistinctParty", "DateOfIssue"})


def parse_ofac_advanced(
    data: bytes, *, dataset: str | None = None, label: str = "<bytes>"
) -> ListSnapshot:
    """Parse an OFAC advanced XML document; the dataset is ``ofac_sdn`` when its entries are
    on the SDN List, else ``ofac_cons``, unless ``dataset`` names one. Read as a stream, each
    party let go once read: the SDN file (over 100 MB) is never one tree in memory."""
    tables = _Tables()
    entities: list[Entity] = []
    refs = UniqueRefs(label, "FixedRef", "FixedRef")
    generated = None
    for el in stream_xml(data, label, ROOT, _READ):
        name = local_name(el)
        if name == "DistinctParty":
            entity = _party(el, tables, dataset or "ofac_sdn", label)
            refs.add(entity.ref, el.sourceline)
            entities.append(entity)
        elif name == "DateOfIssue":
            generated = _issued(el)
        else:
            _SECTIONS[name](el, tables)
        release(el)
    if not entities:
        raise ParseError("no <DistinctParty> in the file", path=label)
    lists = [_sanctions(entity, tables) for entity in entities]
    if dataset is None:
        on_sdn = sum(SDN_LIST in found for found in lists)
        name = "ofac_sdn" if on_sdn * 2 >= len(entities) else "ofac_cons"
        for entity in entities:
            entity.dataset = name
    _link(entities, tables)
    return ListSnapshot.read(
        data,
        entities,
        dataset=entities[0].dataset,
        label=label,
        fields=FIELDS,
        generated=generated,
    )
