"""One parsed list file: its dataset, its own generation date, its entries and its hash."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from unsc.errors import NotFound, ParseError
from unsc.sanctions.model import Entity

# The fields of a full record, as the EU's, the UK's and FollowTheMoney's formats carry them
RECORD_FIELDS = frozenset(
    {
        "schema", "name", "names", "programs", "listed_on", "titles", "designations",
        "nationalities", "country_codes", "gender", "birth_dates", "birth_places", "addresses",
        "identifiers", "comments",
    }
)  # fmt: skip


class UniqueRefs:
    """The references of a file's entries and the lines they are on, as a reader meets them:
    one met twice is a :class:`ParseError` naming the file, both lines and the field."""

    def __init__(self, label: str, field: str, what: str = "reference") -> None:
        self.label, self.field, self.what = label, field, what
        self._lines: dict[str, int] = {}

    def add(self, ref: str, line: int | None) -> None:
        """Note ``ref`` on ``line``; refuse it if it was met before."""
        if ref in self._lines:
            raise ParseError(
                f"{self.what} {ref} appears twice (first on line {self._lines[ref]})",
                path=self.label,
                line=line,
                field=self.field,
            )
        self._lines[ref] = line or 0


def carried_fields(base: Iterable[str], entities: Iterable[Entity]) -> frozenset[str]:
    """The fields a source format carries (``base``), with each ``properties.<key>`` its
    entries hold: what :attr:`ListSnapshot.fields` says."""
    return frozenset(base) | {f"properties.{k}" for e in entities for k in e.properties}


@dataclass(slots=True)
class ListSnapshot:
    """The entries of one list as published at one moment.

    ``sha256`` is the hash of the source bytes (so the same file always hashes the same),
    ``source`` says where it came from (a path, or ``shipped:<name>``), and ``fields`` names
    the record fields the source format carried, so that a later schema addition is not
    mistaken for an amendment of every entry (see :func:`unsc.sanctions.delta.diff_entities`).
    """

    dataset: str
    generated: dt.datetime | None
    entities: list[Entity]
    sha256: str
    source: str
    fields: frozenset[str] = field(default_factory=frozenset)

    @classmethod
    def read(
        cls,
        data: bytes,
        entities: list[Entity],
        *,
        dataset: str,
        label: str,
        fields: Iterable[str],
        generated: dt.datetime | None = None,
    ) -> ListSnapshot:
        """The snapshot of the entries a reader found in ``data``: its hash, and the fields
        its format carries with the entries' properties (:func:`carried_fields`)."""
        return cls(
            dataset=dataset,
            generated=generated,
            entities=entities,
            sha256=hashlib.sha256(data).hexdigest(),
            source=label,
            fields=carried_fields(fields, entities),
        )

    def __len__(self) -> int:
        return len(self.entities)

    def by_ref(self) -> dict[str, Entity]:
        """The entries keyed by their reference number."""
        return {e.ref: e for e in self.entities}

    def get(self, ref: str) -> Entity:
        """The entry with reference ``ref``; :class:`NotFound` if absent."""
        for entity in self.entities:
            if entity.ref == ref:
                return entity
        raise NotFound(f"no entry {ref!r} in {self.dataset}", field="ref", value=ref)

    def to_dict(self) -> dict[str, Any]:
        return {
            "dataset": self.dataset,
            "generated": self.generated.isoformat() if self.generated else None,
            "entries": len(self.entities),
            "sha256": self.sha256,
            "source": self.source,
        }
