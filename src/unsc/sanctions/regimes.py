"""UN sanctions regimes, their committees and measures, each traced to its legal basis.

The vocabulary lives in ``unsc/data/regimes/regimes.yaml`` (written by hand from the
resolutions, with sources; uncertain paragraph numbers carry a ``note``). A listed UN entry
belongs to the regime of its ``UN_LIST_TYPE`` (or, failing that, of its reference-number
prefix: ``KPi.033`` -> DPRK); :func:`measures_for` gives the measures that bind States to act
against it, each with the resolution and operative paragraph that imposed it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from unsc import datafiles
from unsc.errors import NotFound
from unsc.sanctions.model import Entity, Schema

DATA = "regimes/regimes.yaml"
UN_REF = re.compile(r"^[A-Z]{2}[ie]\.\d+$")
UN_DATASETS = frozenset({"un_sc"})


@dataclass(slots=True, frozen=True)
class Basis:
    """One step in a measure's legal history: a resolution's operative paragraph."""

    resolution: str  # "1718 (2006)"
    paragraph: str  # "8(d)"; "" when not recorded (see note)
    action: str  # imposed | extended | modified | renewed | lifted
    note: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "resolution": self.resolution,
            "paragraph": self.paragraph,
            "action": self.action,
            "note": self.note,
        }


@dataclass(slots=True, frozen=True)
class Measure:
    """A measure of a regime (asset freeze, travel ban, arms embargo ...)."""

    id: str
    type: str
    title: str
    targets: tuple[str, ...]
    basis: tuple[Basis, ...]

    @property
    def imposed_by(self) -> Basis:
        """The step that first imposed the measure."""
        return next((b for b in self.basis if b.action == "imposed"), self.basis[0])

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "type": self.type,
            "title": self.title,
            "targets": list(self.targets),
            "basis": [b.to_dict() for b in self.basis],
        }


@dataclass(slots=True, frozen=True)
class Committee:
    """The sanctions committee that oversees a regime and designates its entries."""

    name: str
    short: str
    established_by: Basis
    note: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "short": self.short,
            "established_by": self.established_by.to_dict(),
            "note": self.note,
        }


@dataclass(slots=True, frozen=True)
class Regime:
    """A UN sanctions regime."""

    name: str
    title: str
    committee: Committee
    measures: tuple[Measure, ...]
    list_types: tuple[str, ...] = ()
    ref_prefixes: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()
    note: str | None = None
    extra: dict[str, Any] = field(default_factory=dict, compare=False)

    def measure(self, id: str) -> Measure:
        for m in self.measures:
            if m.id == id:
                return m
        raise NotFound(f"regime {self.name} has no measure {id!r}", field="measure", value=id)

    @property
    def resolutions(self) -> list[str]:
        """Every resolution cited, in order of first mention."""
        seen: dict[str, None] = {self.committee.established_by.resolution: None}
        for m in self.measures:
            for b in m.basis:
                seen.setdefault(b.resolution, None)
        return list(seen)

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "title": self.title,
            "list_types": list(self.list_types),
            "committee": self.committee.to_dict(),
            "measures": [m.to_dict() for m in self.measures],
            "resolutions": self.resolutions,
            "note": self.note,
            **{k: v for k, v in self.extra.items() if v is not None},
        }


@dataclass(slots=True, frozen=True)
class AppliedMeasure:
    """A measure that applies to one listed entry, with its legal basis."""

    regime: str
    measure: str
    type: str
    title: str
    resolution: str
    paragraph: str
    committee: str
    basis: tuple[Basis, ...]

    @property
    def latest(self) -> Basis:
        """The most recent step that imposed, extended, modified or renewed the measure."""
        live = [b for b in self.basis if b.action != "lifted"]
        return live[-1] if live else self.basis[-1]

    def to_dict(self) -> dict[str, Any]:
        latest = self.latest
        return {
            "regime": self.regime,
            "measure": self.measure,
            "type": self.type,
            "title": self.title,
            "resolution": self.resolution,
            "paragraph": self.paragraph,
            "committee": self.committee,
            "latest_resolution": latest.resolution,
            "latest_paragraph": latest.paragraph,
            "basis": [b.to_dict() for b in self.basis],
        }


def _basis(raw: dict[str, Any]) -> Basis:
    return Basis(
        resolution=str(raw["resolution"]),
        paragraph=str(raw.get("paragraph") or ""),
        action=str(raw.get("action", "imposed")),
        note=raw.get("note"),
    )


def _regime(raw: dict[str, Any]) -> Regime:
    committee = raw["committee"]
    measures = tuple(
        Measure(
            id=m["id"],
            type=m["type"],
            title=m["title"],
            targets=tuple(m.get("targets") or ()),
            basis=tuple(_basis(b) for b in m["basis"]),
        )
        for m in raw.get("measures") or ()
    )
    return Regime(
        name=raw["name"],
        title=raw["title"],
        committee=Committee(
            name=committee["name"],
            short=committee["short"],
            established_by=_basis({**committee["established_by"], "action": "imposed"}),
            note=committee.get("note"),
        ),
        measures=measures,
        list_types=tuple(raw.get("list_types") or ()),
        ref_prefixes=tuple(raw.get("ref_prefixes") or ()),
        aliases=tuple(str(a) for a in raw.get("aliases") or ()),
        note=raw.get("note"),
        extra={k: raw.get(k) for k in ("expert_panel", "ombudsperson")},
    )


@cache
def _all() -> tuple[Regime, ...]:
    data = datafiles.load_yaml(DATA)
    return tuple(_regime(r) for r in data["regimes"])


def regimes() -> list[Regime]:
    """Every UN sanctions regime in the vocabulary."""
    return list(_all())


def sources() -> list[dict[str, str]]:
    """Where the vocabulary comes from, and the exemptions that apply across regimes."""
    data = datafiles.load_yaml(DATA)
    return [*data.get("sources", []), *data.get("exemptions", [])]


@cache
def _index() -> dict[str, Regime]:
    index: dict[str, Regime] = {}
    for r in _all():
        for key in (r.name, r.title, *r.list_types, *r.aliases):
            index.setdefault(key.lower(), r)
    return index


def regime(name: str) -> Regime:
    """A regime by name, list type, committee number or alias (``dprk``, ``1718``, ``DPRK``)."""
    found = _index().get(name.strip().lower())
    if found is None:
        raise NotFound(
            f"no sanctions regime {name!r}",
            field="regime",
            value=name,
            hint=f"known: {', '.join(r.name for r in _all())}",
        )
    return found


def un_reference(entity: Entity) -> str | None:
    """The entry's UN reference number: its own ref (``KPi.033``), or the one a list that
    re-publishes the UN's entries gives (``unsc_id``: FollowTheMoney's ``unscId``)."""
    if UN_REF.match(entity.ref):
        return entity.ref
    return next((r for r in entity.properties.get("unsc_id", ()) if UN_REF.match(r)), None)


def regime_of(entity: Entity) -> Regime | None:
    """The UN regime of a listed entry (by UN_LIST_TYPE, then by reference prefix)."""
    index = _index()
    for program in entity.programs:
        found = index.get(program.lower())
        if found is not None:
            return found
    ref = un_reference(entity)
    if ref is not None:
        prefix = ref[:2].upper()
        for r in _all():
            if prefix in r.ref_prefixes:
                return r
    return None


_TARGET = {
    Schema.PERSON: "listed_person",
    Schema.ORGANIZATION: "listed_entity",
    Schema.VESSEL: "listed_vessel",
    Schema.AIRCRAFT: "listed_entity",
}


def measures_for(entity: Entity) -> list[AppliedMeasure]:
    """The measures that apply to a listed entry, with their legal basis.

    A UN entry gets its regime's measures, traced to resolutions and paragraphs; an OFAC
    entry gets blocking (or the non-SDN restrictions) under each of its programmes'
    U.S. authority (:mod:`.ofac_programs`); an entry of any other list gets none.
    """
    if entity.dataset.startswith("ofac"):
        from unsc.sanctions.ofac_programs import ofac_measures

        return ofac_measures(entity)
    if entity.dataset not in UN_DATASETS and un_reference(entity) is None:
        return []
    found = regime_of(entity)
    if found is None:
        return []
    target = _TARGET.get(entity.schema, "listed_entity")
    out = []
    for m in found.measures:
        if target not in m.targets:
            continue
        first = m.imposed_by
        out.append(
            AppliedMeasure(
                regime=found.name,
                measure=m.id,
                type=m.type,
                title=m.title,
                resolution=first.resolution,
                paragraph=first.paragraph,
                committee=found.committee.short,
                basis=m.basis,
            )
        )
    return out
