"""The one entity model of listed persons, organisations, vessels and aircraft.

A listed entry travels in this shape from import (UN XML, OFAC CSV) through the snapshot
store, screening, the HTTP API and the exports. Plain slotted dataclasses: they are built
by the thousand on import and read on the screening hot path. The raw source record is
kept beside the normalised fields (``raw``) so nothing of the source is lost.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, fields
from enum import StrEnum
from typing import Any

from unsc.textdates import month_bounds


class Schema(StrEnum):
    """Kinds of listed entry, named as in FollowTheMoney."""

    PERSON = "Person"
    ORGANIZATION = "Organization"
    VESSEL = "Vessel"
    AIRCRAFT = "Aircraft"


# The words files and forms give a kind of entry (the lists', FollowTheMoney's, and a
# customer file's: Individual, Legal entity, Ship), without spaces, "_" or "-"
_SCHEMA_WORDS = {
    **dict.fromkeys(
        ("person", "individual", "naturalperson"), Schema.PERSON
    ),
    **dict.fromkeys(
        ("organization", "organisation", "company", "legalentity", "entity", "publicbody",
         "legalperson", "business", "corporation", "corporate", "firm", "group"),
        Schema.ORGANIZATION,
    ),
    **dict.fromkeys(("vessel", "ship", "boat"), Schema.VESSEL),
    **dict.fromkeys(("aircraft", "airplane", "aeroplane", "plane"), Schema.AIRCRAFT),
}  # fmt: skip


def schema_word(text: str) -> str:
    """A schema's word as it is looked up: lower case, without spaces, "_" or "-" ("Legal
    entity", "legal_entity": "legalentity")."""
    return re.sub(r"[\s_-]+", "", text).lower()


def read_schema(text: str) -> Schema | None:
    """The kind of entry a word names, in any case and spacing ("Individual", "legal
    entity", "Ship"); None for another word."""
    return _SCHEMA_WORDS.get(schema_word(text))


class NameKind(StrEnum):
    """Where a name comes from in the source record."""

    PRIMARY = "primary"  # the listed name (UN FIRST_NAME..FOURTH_NAME, OFAC SDN_Name)
    ALIAS_GOOD = "alias_good"  # a.k.a. of good quality
    ALIAS_LOW = "alias_low"  # a.k.a. of low quality (UN QUALITY=Low, OFAC "f.k.a."/weak a.k.a.)
    ORIGINAL_SCRIPT = "original_script"  # NAME_ORIGINAL_SCRIPT (Arabic, Hangul, Cyrillic, Han ...)
    FORMER = "former"  # f.k.a. / former name


class DateKind(StrEnum):
    """How precise a date of birth (or other partial date) is."""

    EXACT = "exact"  # one day
    YEAR = "year"  # one year known
    RANGE = "range"  # between two years (UN FROM_YEAR..TO_YEAR)
    APPROXIMATE = "approximate"  # "circa" a day or year


@dataclass(slots=True, frozen=True)
class Name:
    """One name of an entry. ``parts`` keeps the source's name parts where it has them."""

    full: str
    kind: NameKind = NameKind.PRIMARY
    parts: tuple[str, ...] = ()
    note: str | None = None


@dataclass(slots=True, frozen=True)
class PartialDate:
    """A date known to a day, a year or a range; ``earliest``/``latest`` bound it."""

    kind: DateKind
    earliest: dt.date
    latest: dt.date
    text: str  # as the source wrote it, e.g. "1954", "1973-03-06", "1960-1962"
    note: str | None = None

    def contains(self, day: dt.date) -> bool:
        return self.earliest <= day <= self.latest

    @classmethod
    def of(
        cls, year: int, month: int | None = None, day: int | None = None, *, circa: bool = False
    ) -> PartialDate | None:
        """The date a list gives by its parts: a day, a month (a range of its days) or a year,
        written as ISO writes it ("1964-07-17", "1964-07", "1964"); ``circa``: approximate.
        None for parts that make no date (a month 13, a 30 February)."""
        try:
            if month is None:
                first, last = dt.date(year, 1, 1), dt.date(year, 12, 31)
                kind, text = DateKind.YEAR, f"{year:04d}"
            elif day is None:
                first, last = month_bounds(year, month)
                kind, text = DateKind.RANGE, f"{year:04d}-{month:02d}"
            else:
                first = last = dt.date(year, month, day)
                kind, text = DateKind.EXACT, first.isoformat()
        except ValueError:
            return None
        return cls(DateKind.APPROXIMATE if circa else kind, first, last, text)


_LATIN_LETTER = re.compile(r"[A-Za-z\u00c0-\u024f]")


def in_latin_letters(text: str) -> bool:
    """Whether a name has a Latin letter: an alias without one is an original-script name
    (조선련봉총회사, ПАО «Совкомфлот»)."""
    return _LATIN_LETTER.search(text) is not None


@dataclass(slots=True, frozen=True)
class Place:
    """A place (of birth) or an address; every part optional."""

    street: str | None = None
    city: str | None = None
    state_province: str | None = None
    zip_code: str | None = None
    country: str | None = None  # as written by the source
    country_code: str | None = None  # ISO 3166 alpha-2, lower case, where it could be resolved
    note: str | None = None

    def text(self) -> str:
        parts = (self.street, self.city, self.state_province, self.zip_code, self.country)
        return ", ".join(p for p in parts if p)


# The identifier types of this model and the FollowTheMoney property each is written to
# (the FtM export) and read from (the FtM reader); "other" has none.
FTM_ID_PROPS = {
    "passport": "passportNumber",
    "national_id": "idNumber",
    "tax_id": "taxNumber",
    "registration": "registrationNumber",
    "imo": "imoNumber",
    "swift": "swiftBic",
    "lei": "leiCode",
    "mmsi": "mmsi",
    "call_sign": "callSign",
    "serial_number": "serialNumber",
}
IDENTIFIER_TYPES = frozenset(FTM_ID_PROPS) | {"other"}


@dataclass(slots=True, frozen=True)
class Identifier:
    """An identity document or registry number: passport, national ID, IMO, call sign ..."""

    type: str  # normalised: "passport", "national_id", "imo", "call_sign", "registration", "other"
    number: str
    type_text: str | None = (
        None  # as the source wrote it ("Passport", "National Identification Number")
    )
    country: str | None = None
    country_code: str | None = None
    issued: str | None = None
    expires: str | None = None
    note: str | None = None


@dataclass(slots=True)
class Entity:
    """A listed entry of one dataset (``dataset`` + ``ref`` identify it)."""

    dataset: str  # "un_sc", "ofac_sdn", or the name given to an imported file
    ref: str  # UN REFERENCE_NUMBER ("KPi.033"), OFAC ent_num ("306")
    schema: Schema
    name: str  # the primary name, as a caption
    names: list[Name] = field(default_factory=list)  # primary first, then aliases and originals
    programs: list[str] = field(default_factory=list)  # UN_LIST_TYPE ("DPRK") / OFAC programs
    listed_on: dt.date | None = None
    updated_on: list[dt.date] = field(default_factory=list)
    titles: list[str] = field(default_factory=list)
    designations: list[str] = field(default_factory=list)
    nationalities: list[str] = field(default_factory=list)  # as written by the source
    country_codes: list[str] = field(default_factory=list)  # ISO alpha-2 of nationality/citizenship
    gender: str | None = None
    birth_dates: list[PartialDate] = field(default_factory=list)
    birth_places: list[Place] = field(default_factory=list)
    addresses: list[Place] = field(default_factory=list)
    identifiers: list[Identifier] = field(default_factory=list)
    comments: str | None = None
    source_id: str | None = None  # UN DATAID
    source_version: str | None = None  # UN VERSIONNUM
    properties: dict[str, list[str]] = field(
        default_factory=dict
    )  # anything else (vessel data ...)
    raw: Any = None  # the source record: an XML string (UN) or the CSV row (OFAC)

    @property
    def key(self) -> str:
        """A stable id across the datasets: ``dataset:ref``."""
        return f"{self.dataset}:{self.ref}"

    def all_names(self) -> list[str]:
        """Every distinct name string, primary first."""
        seen: dict[str, None] = {self.name: None}
        for n in self.names:
            seen.setdefault(n.full, None)
        return list(seen)

    def to_dict(self, *, raw: bool = False) -> dict[str, Any]:
        """A JSON-ready dict of every field (the raw source record only if ``raw``)."""
        out: dict[str, Any] = {}
        for name in _ENTITY_FIELDS:
            if name == "raw" and not raw:
                continue
            out[name] = _plain(getattr(self, name))
        out["key"] = self.key
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Entity:
        """Rebuild an entity from :meth:`to_dict` output (extra keys are ignored)."""
        return cls(
            dataset=data["dataset"],
            ref=data["ref"],
            schema=Schema(data["schema"]),
            name=data["name"],
            names=[
                Name(n["full"], NameKind(n["kind"]), tuple(n.get("parts") or ()), n.get("note"))
                for n in data.get("names") or ()
            ],
            programs=list(data.get("programs") or ()),
            listed_on=_date(data.get("listed_on")),
            updated_on=[d for d in map(_date, data.get("updated_on") or ()) if d is not None],
            titles=list(data.get("titles") or ()),
            designations=list(data.get("designations") or ()),
            nationalities=list(data.get("nationalities") or ()),
            country_codes=list(data.get("country_codes") or ()),
            gender=data.get("gender"),
            birth_dates=[
                PartialDate(
                    DateKind(d["kind"]),
                    dt.date.fromisoformat(d["earliest"]),
                    dt.date.fromisoformat(d["latest"]),
                    d["text"],
                    d.get("note"),
                )
                for d in data.get("birth_dates") or ()
            ],
            birth_places=[Place(**p) for p in data.get("birth_places") or ()],
            addresses=[Place(**p) for p in data.get("addresses") or ()],
            identifiers=[Identifier(**i) for i in data.get("identifiers") or ()],
            comments=data.get("comments"),
            source_id=data.get("source_id"),
            source_version=data.get("source_version"),
            properties={k: list(v) for k, v in (data.get("properties") or {}).items()},
            raw=data.get("raw"),
        )


_ENTITY_FIELDS = tuple(f.name for f in fields(Entity))


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def _plain(value: Any) -> Any:
    """Dataclasses, enums, dates and tuples -> plain JSON values."""
    if value is None or isinstance(value, str | int | float | bool):
        return value.value if isinstance(value, StrEnum) else value
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if hasattr(value, "__dataclass_fields__"):
        return {f.name: _plain(getattr(value, f.name)) for f in fields(value)}
    return value
