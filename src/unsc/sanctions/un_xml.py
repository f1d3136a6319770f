"""Reader of the UN Security Council Consolidated List (the official XML of scsanctions.un.org).

Lenient where real files differ from the published XSD (element order, elements the XSD
does not know such as ``HAS_INTERPOL_LINK``/``INTERPOL_LINK``: an unknown element with text
is kept under ``Entity.properties``), strict where data would be lost (a record without a
reference number, a document that is not the list, malformed XML: a :class:`ParseError`
naming the element and the line). Every value is trimmed of stray spaces.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from pathlib import Path
from typing import Any

from lxml import etree

from unsc.errors import ParseError
from unsc.sanctions.countries import country_code
from unsc.sanctions.listfile import read_list_file
from unsc.sanctions.model import (
    DateKind,
    Entity,
    Identifier,
    Name,
    NameKind,
    PartialDate,
    Place,
    Schema,
)
from unsc.sanctions.ofac_remarks import parse_ofac_date
from unsc.sanctions.snapshot import ListSnapshot, UniqueRefs
from unsc.sanctions.xmlread import parse_xml

ROOT = "CONSOLIDATED_LIST"
_SPACES = re.compile(r"\s+")
_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
_YEAR = re.compile(r"^\d{4}$")
_IMO = re.compile(r"\bIMO(?:\s+(?:number|no\.?))?\s*:?\s*(\d{7})\b", re.IGNORECASE)
_GENDER = re.compile(r"\bGender:\s*(Male|Female)\b", re.IGNORECASE)

# Record fields the diff compares; the UN format always carries these.
BASE_FIELDS = frozenset(
    {
        "schema", "name", "names", "programs", "listed_on", "updated_on", "titles",
        "designations", "nationalities", "gender", "birth_dates", "birth_places",
        "addresses", "identifiers", "comments", "source_id", "source_version",
        "properties.list_type", "properties.unparsed",
    }
)  # fmt: skip

_ALIAS_KIND = {
    "good": NameKind.ALIAS_GOOD,
    "a.k.a.": NameKind.ALIAS_GOOD,
    "aka": NameKind.ALIAS_GOOD,
    "low": NameKind.ALIAS_LOW,
    "f.k.a.": NameKind.FORMER,
    "fka": NameKind.FORMER,
}
_DOC_TYPES = {
    "passport": "passport",
    "numéro de passeport": "passport",
    "número de pasaporte": "passport",
    "national identification number": "national_id",
}
_KNOWN = frozenset(
    {
        "DATAID", "VERSIONNUM", "FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME",
        "UN_LIST_TYPE", "REFERENCE_NUMBER", "LISTED_ON", "GENDER", "NAME_ORIGINAL_SCRIPT",
        "COMMENTS1", "TITLE", "DESIGNATION", "NATIONALITY", "LIST_TYPE", "LAST_DAY_UPDATED",
        "INDIVIDUAL_ALIAS", "ENTITY_ALIAS", "INDIVIDUAL_ADDRESS", "ENTITY_ADDRESS",
        "INDIVIDUAL_DATE_OF_BIRTH", "INDIVIDUAL_PLACE_OF_BIRTH", "INDIVIDUAL_DOCUMENT",
        "SORT_KEY", "SORT_KEY_LAST_MOD",
    }
)  # fmt: skip


# Sub-elements each group is read for; anything else in a group is kept under properties.
_GROUP_KNOWN: dict[str, frozenset[str]] = {
    "ADDRESS": frozenset({"STREET", "CITY", "STATE_PROVINCE", "ZIP_CODE", "COUNTRY", "NOTE"}),
    "ALIAS": frozenset(
        {"QUALITY", "ALIAS_NAME", "NOTE", "DATE_OF_BIRTH", "CITY_OF_BIRTH", "COUNTRY_OF_BIRTH"}
    ),
    "DATE_OF_BIRTH": frozenset({"TYPE_OF_DATE", "DATE", "YEAR", "FROM_YEAR", "TO_YEAR", "NOTE"}),
    "DOCUMENT": frozenset(
        {
            "TYPE_OF_DOCUMENT",
            "TYPE_OF_DOCUMENT2",
            "NUMBER",
            "ISSUING_COUNTRY",
            "COUNTRY_OF_ISSUE",
            "DATE_OF_ISSUE",
            "DATE_OF_EXPIRY",
            "CITY_OF_ISSUE",
            "NOTE",
        }
    ),
}
_GROUP_OF = {
    "INDIVIDUAL_ADDRESS": "ADDRESS",
    "ENTITY_ADDRESS": "ADDRESS",
    "INDIVIDUAL_PLACE_OF_BIRTH": "ADDRESS",
    "INDIVIDUAL_ALIAS": "ALIAS",
    "ENTITY_ALIAS": "ALIAS",
    "INDIVIDUAL_DATE_OF_BIRTH": "DATE_OF_BIRTH",
    "INDIVIDUAL_DOCUMENT": "DOCUMENT",
}


def clean(text: str | None) -> str | None:
    """Collapse inner whitespace and trim; None for an empty value."""
    if text is None:
        return None
    out = _SPACES.sub(" ", text).strip()
    return out or None


def _text(el: Any) -> str | None:
    return clean(el.text)


def parse_date(text: str | None) -> dt.date | None:
    """``2014-09-23`` or ``2015-03-27-04:00`` (an xs:date with a zone) -> a date."""
    if not text:
        return None
    m = _DATE.match(text.strip())
    if m is None:
        return None
    try:
        return dt.date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        return None


def _generated(root: Any, label: str) -> dt.datetime | None:
    raw = root.get("dateGenerated")
    if not raw:
        return None
    try:
        stamp = dt.datetime.fromisoformat(raw.strip().replace("Z", "+00:00"))
    except ValueError:
        raise ParseError(
            f"dateGenerated={raw!r} is not an ISO date-time",
            path=label,
            line=root.sourceline,
            field="dateGenerated",
        ) from None
    if stamp.tzinfo is None:
        stamp = stamp.replace(tzinfo=dt.UTC)
    return stamp.astimezone(dt.UTC)


def _values(el: Any) -> list[str]:
    return [v for v in (_text(c) for c in el if c.tag == "VALUE") if v]


def _children(el: Any) -> dict[str, str]:
    out: dict[str, str] = {}
    for child in el:
        if not isinstance(child.tag, str):
            continue
        value = _text(child)
        if value is not None:
            out[child.tag] = value
    return out


def _place(el: Any) -> Place | None:
    parts = _children(el)
    if not parts:
        return None
    country = parts.get("COUNTRY")
    return Place(
        street=parts.get("STREET"),
        city=parts.get("CITY"),
        state_province=parts.get("STATE_PROVINCE"),
        zip_code=parts.get("ZIP_CODE"),
        country=country,
        country_code=country_code(country),
        note=parts.get("NOTE"),
    )


def _year_range(first: int, last: int) -> tuple[dt.date, dt.date]:
    return dt.date(first, 1, 1), dt.date(last, 12, 31)


def _birth_date(el: Any, unparsed: list[str]) -> PartialDate | None:
    parts = _children(el)
    kind_text = (parts.get("TYPE_OF_DATE") or "").upper()
    note = parts.get("NOTE")
    approx = kind_text.startswith("APPROX")
    if "DATE" in parts:
        day = parse_date(parts["DATE"])
        if day is None:
            unparsed.append(f"DATE_OF_BIRTH {parts['DATE']}")
            return None
        kind = DateKind.APPROXIMATE if approx else DateKind.EXACT
        return PartialDate(kind, day, day, day.isoformat(), note)
    if "YEAR" in parts and _YEAR.match(parts["YEAR"]):
        year = int(parts["YEAR"])
        kind = DateKind.APPROXIMATE if approx else DateKind.YEAR
        return PartialDate(kind, *_year_range(year, year), parts["YEAR"], note)
    low, high = parts.get("FROM_YEAR", ""), parts.get("TO_YEAR", "")
    if _YEAR.match(low) and _YEAR.match(high):
        first, last = sorted((int(low), int(high)))
        return PartialDate(DateKind.RANGE, *_year_range(first, last), f"{first}-{last}", note)
    if note and set(parts) <= {"TYPE_OF_DATE", "NOTE"}:
        loose = parse_ofac_date(note)  # "Nov. 1973", "August 1961", "circa 1960"
        if loose is not None:
            kind = DateKind.APPROXIMATE if approx else loose.kind
            return PartialDate(kind, loose.earliest, loose.latest, loose.text, note)
    rest = {k: v for k, v in parts.items() if k != "TYPE_OF_DATE"}
    if rest:
        unparsed.append("; ".join(f"{k} {v}" for k, v in rest.items()))
    return None


def _document(el: Any) -> Identifier | None:
    parts = _children(el)
    number = parts.get("NUMBER")
    type_text = parts.get("TYPE_OF_DOCUMENT")
    detail = parts.get("TYPE_OF_DOCUMENT2")
    if number is None and type_text is None and detail is None:
        return None
    kind = _DOC_TYPES.get((type_text or "").lower(), "other")
    country = parts.get("ISSUING_COUNTRY") or parts.get("COUNTRY_OF_ISSUE")
    note_parts = [p for p in (detail, parts.get("CITY_OF_ISSUE"), parts.get("NOTE")) if p]
    if detail and kind == "other":
        low = detail.lower()
        kind = "passport" if "passport" in low else "national_id" if "ident" in low else kind
    return Identifier(
        type=kind,
        number=number or "",
        type_text=type_text or detail,
        country=country,
        country_code=country_code(country),
        issued=parts.get("DATE_OF_ISSUE"),
        expires=parts.get("DATE_OF_EXPIRY"),
        note="; ".join(note_parts) or None,
    )


def _record(el: Any, dataset: str, label: str, keep_raw: bool) -> Entity:
    is_person = el.tag == "INDIVIDUAL"
    props: dict[str, list[str]] = {}
    name_parts: list[str] = []
    aliases: list[Name] = []
    originals: list[Name] = []
    unparsed: list[str] = []
    entity = Entity(
        dataset=dataset,
        ref="",
        schema=Schema.PERSON if is_person else Schema.ORGANIZATION,
        name="",
    )
    has_first = False  # the schema requires it: without it, the name would read short
    for child in el:
        tag = child.tag
        if not isinstance(tag, str):
            continue
        if tag in ("FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME"):
            value = _text(child)
            if value:
                name_parts.append(value)
                has_first = has_first or tag == "FIRST_NAME"
        elif tag == "REFERENCE_NUMBER":
            entity.ref = _text(child) or ""
        elif tag == "DATAID":
            entity.source_id = _text(child)
        elif tag == "VERSIONNUM":
            entity.source_version = _text(child)
        elif tag == "UN_LIST_TYPE":
            value = _text(child)
            if value:
                entity.programs.append(value)
        elif tag == "LISTED_ON":
            value = _text(child)
            entity.listed_on = parse_date(value)
            if value and entity.listed_on is None:
                unparsed.append(f"LISTED_ON {value}")
        elif tag == "GENDER":
            entity.gender = _text(child)
        elif tag == "NAME_ORIGINAL_SCRIPT":
            value = _text(child)
            if value:
                originals.append(Name(value, NameKind.ORIGINAL_SCRIPT))
        elif tag == "COMMENTS1":
            entity.comments = _text(child)
        elif tag == "TITLE":
            entity.titles.extend(_values(child))
        elif tag == "DESIGNATION":
            entity.designations.extend(_values(child))
        elif tag == "NATIONALITY":
            entity.nationalities.extend(_values(child))
        elif tag == "LIST_TYPE":
            props.setdefault("list_type", []).extend(_values(child))
        elif tag == "LAST_DAY_UPDATED":
            for value in _values(child):
                day = parse_date(value)
                if day is None:
                    unparsed.append(f"LAST_DAY_UPDATED {value}")
                else:
                    entity.updated_on.append(day)
        elif tag in ("INDIVIDUAL_ALIAS", "ENTITY_ALIAS"):
            _alias(child, aliases, entity)
        elif tag in ("INDIVIDUAL_ADDRESS", "ENTITY_ADDRESS"):
            place = _place(child)
            if place is not None:
                entity.addresses.append(place)
        elif tag == "INDIVIDUAL_DATE_OF_BIRTH":
            date = _birth_date(child, unparsed)
            if date is not None and date not in entity.birth_dates:
                entity.birth_dates.append(date)
        elif tag == "INDIVIDUAL_PLACE_OF_BIRTH":
            place = _place(child)
            if place is not None and place not in entity.birth_places:
                entity.birth_places.append(place)
        elif tag == "INDIVIDUAL_DOCUMENT":
            doc = _document(child)
            if doc is not None:
                entity.identifiers.append(doc)
        elif tag == "NATIONALITY2":
            value = _text(child)
            if value and value not in entity.nationalities:
                entity.nationalities.append(value)
        elif tag not in _KNOWN:
            _extra(child, props)
        if tag in _GROUP_OF:
            _unknown_parts(child, _GROUP_KNOWN[_GROUP_OF[tag]], props)
    if not entity.ref:
        raise ParseError(
            f"<{el.tag}> without a REFERENCE_NUMBER (DATAID {entity.source_id or '?'})",
            path=label,
            line=el.sourceline,
            field="REFERENCE_NUMBER",
            hint="every record of the UN list carries a reference number such as KPi.033",
        )
    if not has_first:  # (SDi.007 without it read as HAMDAN AHMED, not GEDO HAMDAN AHMED)
        raise ParseError(
            f"<{el.tag}> {entity.ref} has no FIRST_NAME",
            path=label,
            line=el.sourceline,
            field="FIRST_NAME",
        )
    entity.name = " ".join(name_parts)
    entity.names = [Name(entity.name, NameKind.PRIMARY, tuple(name_parts)), *aliases, *originals]
    if entity.gender is None and is_person and entity.comments:
        m = _GENDER.search(entity.comments)
        if m:
            entity.gender = m[1].capitalize()
    entity.country_codes = _codes(entity.nationalities)
    if entity.comments:
        # The UN writes a ship-owning company's IMO number only in the narrative.
        for number in dict.fromkeys(_IMO.findall(entity.comments)):
            entity.identifiers.append(Identifier("imo", number, "IMO number", note="in COMMENTS1"))
    if unparsed:
        props["unparsed"] = unparsed
    entity.properties = props
    if keep_raw:
        entity.raw = etree.tostring(el, encoding="unicode", with_tail=False)
    return entity


def _codes(names: list[str]) -> list[str]:
    out: list[str] = []
    for name in names:
        code = country_code(name)
        if code and code not in out:
            out.append(code)
    return out


def _alias(el: Any, aliases: list[Name], entity: Entity) -> None:
    parts = _children(el)
    name = parts.get("ALIAS_NAME")
    if not name:
        return
    kind = _ALIAS_KIND.get((parts.get("QUALITY") or "").lower(), NameKind.ALIAS_GOOD)
    note = parts.get("NOTE")
    if note and note.lower().startswith("formerly listed as"):
        kind = NameKind.FORMER
    alias = Name(name, kind, (), note)
    if alias not in aliases:
        aliases.append(alias)
    # An alias may carry its own birth data (the UN writes it beside that alias).
    day = parse_date(parts.get("DATE_OF_BIRTH"))
    raw_dob = parts.get("DATE_OF_BIRTH")
    date: PartialDate | None = None
    if day is not None:
        date = PartialDate(DateKind.EXACT, day, day, day.isoformat())
    elif raw_dob and _YEAR.match(raw_dob):
        date = PartialDate(DateKind.YEAR, *_year_range(int(raw_dob), int(raw_dob)), raw_dob)
    if date is not None and all(
        (d.earliest, d.latest) != (date.earliest, date.latest) for d in entity.birth_dates
    ):
        entity.birth_dates.append(
            PartialDate(
                date.kind, date.earliest, date.latest, date.text, f"given with alias {name}"
            )
        )
    city, country = parts.get("CITY_OF_BIRTH"), parts.get("COUNTRY_OF_BIRTH")
    if city or country:
        place = Place(city=city, country=country, country_code=country_code(country))
        if all((p.city, p.country) != (city, country) for p in entity.birth_places):
            entity.birth_places.append(place)


def _unknown_parts(el: Any, known: frozenset[str], props: dict[str, list[str]]) -> None:
    """Sub-elements of a group this reader does not read: kept as ``group.sub`` properties."""
    for child in el:
        if isinstance(child.tag, str) and child.tag not in known:
            value = _text(child)
            if value:
                props.setdefault(f"{el.tag.lower()}.{child.tag.lower()}", []).append(value)


def _extra(el: Any, props: dict[str, list[str]]) -> None:
    """An element the XSD does not know: keep its text (or its children's) under its name."""
    key = el.tag.lower()
    values = [v for v in (_text(c) for c in el if isinstance(c.tag, str)) if v]
    value = _text(el)
    if value:
        values.insert(0, value)
    if values:
        props.setdefault(key, []).extend(values)


def _load(source: Path | bytes) -> tuple[bytes, str]:
    if isinstance(source, bytes):
        return source, "<bytes>"
    return read_list_file(source), str(source)


def parse_un_xml(
    source: Path | bytes,
    *,
    dataset: str = "un_sc",
    label: str | None = None,
    keep_raw: bool = True,
) -> ListSnapshot:
    """Parse the UN Consolidated List XML (a path, gzipped or not, or the bytes)."""
    data, where = _load(source)
    label = label or where
    root = parse_xml(data, label)
    if isinstance(root.tag, str) and root.tag.startswith("{"):
        _strip_namespaces(root)  # a re-published copy may put the list in a namespace
    if root.tag != ROOT:
        raise ParseError(
            f"root element is <{root.tag}>, expected <{ROOT}>",
            path=label,
            line=root.sourceline,
            hint="this is not the UN Security Council Consolidated List",
        )
    fields = set(BASE_FIELDS)
    entities: list[Entity] = []
    refs = UniqueRefs(label, "REFERENCE_NUMBER", "reference number")
    for el in root.iter("INDIVIDUAL", "ENTITY"):
        entity = _record(el, dataset, label, keep_raw)
        refs.add(entity.ref, el.sourceline)
        fields.update(f"properties.{k}" for k in entity.properties)
        entities.append(entity)
    if not entities:
        raise ParseError(
            "no <INDIVIDUAL> or <ENTITY> record in the list",
            path=label,
            line=root.sourceline,
            hint="the UN list is never empty; was the file cut short?",
        )
    fields.update(_extra_tags(root))
    return ListSnapshot(
        dataset=dataset,
        generated=_generated(root, label),
        entities=entities,
        sha256=hashlib.sha256(data).hexdigest(),
        source=label,
        fields=frozenset(fields),
    )


def _strip_namespaces(root: Any) -> None:
    for el in root.iter():
        if isinstance(el.tag, str) and el.tag.startswith("{"):
            el.tag = el.tag.split("}", 1)[1]


def _extra_tags(root: Any) -> set[str]:
    """Every non-XSD record element of the file: the schema this file carries."""
    tags: set[str] = set()
    for group in root:
        for record in group:
            for child in record:
                if isinstance(child.tag, str) and child.tag not in _KNOWN:
                    tags.add(f"properties.{child.tag.lower()}")
    return tags
