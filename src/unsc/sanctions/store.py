"""The snapshot store: every imported list version, kept in the database through SQLAlchemy.

An import is one transaction: the version row, its entries and any new entry payloads are
committed together or not at all, so a bad file or a process killed mid-import leaves the
previous snapshot intact and current. Importing a file already stored for its dataset (same
SHA-256) is a no-op. The *current* snapshot of a dataset is the one with the newest
generation date of the list itself (the import time where the list has none), so importing
an older file later keeps it as history without making it current.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, insert, select, update
from sqlalchemy.exc import IntegrityError, SQLAlchemyError

from unsc.errors import InvalidInput, NotFound, StorageError
from unsc.sanctions.delta import Delta, diff_payloads
from unsc.sanctions.listfile import read_list_file
from unsc.sanctions.loader import SOURCES, detect_format, parse_bytes
from unsc.sanctions.model import Entity
from unsc.sanctions.ofac_companions import find_companions
from unsc.sanctions.snapshot import ListSnapshot
from unsc.storage import MAX_ID, begin_write, get_engine
from unsc.storage.tables import list_entries, list_payloads, list_versions

Progress = Callable[[int, int], None]
BATCH = 1000


@dataclass(slots=True, frozen=True)
class ImportResult:
    """What an import did: the version it created (or found), and whether nothing changed."""

    version: int
    dataset: str
    entries: int
    unchanged: bool

    def to_dict(self) -> dict[str, Any]:
        return {
            "version": self.version,
            "dataset": self.dataset,
            "entries": self.entries,
            "unchanged": self.unchanged,
        }


@dataclass(slots=True, frozen=True)
class VersionInfo:
    """One stored snapshot."""

    version: int
    dataset: str
    generated: dt.datetime | None
    imported: dt.datetime
    entries: int
    sha256: str
    source: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "version": self.version,
            "dataset": self.dataset,
            "generated": self.generated.isoformat() if self.generated else None,
            "imported": self.imported.isoformat(),
            "entries": self.entries,
            "sha256": self.sha256,
        }

    @property
    def sort_key(self) -> tuple[bool, dt.datetime, int]:
        """What makes a snapshot current: a list's own generation date, newest first; one
        without (SDN.CSV, this tool's CSV and FtM exports) by import time, but never above
        one that has a date (an export of the UN list, imported back, became its current
        version over the official 2026-05-08 list)."""
        return (self.generated is not None, self.generated or self.imported, self.version)


def _utc(value: dt.datetime | None) -> dt.datetime | None:
    if value is None:
        return None
    return value.replace(tzinfo=dt.UTC) if value.tzinfo is None else value.astimezone(dt.UTC)


def _naive(value: dt.datetime | None) -> dt.datetime | None:
    """A time as the store keeps it: UTC without a zone; one without a zone is UTC already
    (not the machine's local time)."""
    utc = _utc(value)
    return None if utc is None else utc.replace(tzinfo=None)


def _payload(entity: Entity) -> tuple[str, str | None, str]:
    data = entity.to_dict()
    data.pop("key", None)
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    raw = entity.raw if isinstance(entity.raw, str) or entity.raw is None else str(entity.raw)
    digest = hashlib.sha256(text.encode() + b"\0" + (raw or "").encode()).hexdigest()
    return text, raw, digest


def _check(snapshot: ListSnapshot) -> None:
    """Refuse a snapshot that would store badly: no entries, or a reference twice."""
    if not snapshot.entities:
        raise InvalidInput(
            f"{snapshot.source} has no entries", hint="an empty list is not imported as current"
        )
    seen: set[str] = set()
    for entity in snapshot.entities:
        if not entity.ref or entity.ref in seen:
            raise InvalidInput(
                f"{snapshot.source}: reference {entity.ref!r} is empty or appears twice",
                field="ref",
                value=entity.ref,
            )
        seen.add(entity.ref)


def _info(row: Any) -> VersionInfo:
    return VersionInfo(
        version=row.id,
        dataset=row.dataset,
        generated=_utc(row.generated),
        imported=_utc(row.imported) or dt.datetime.now(dt.UTC),
        entries=row.entries,
        sha256=row.sha256,
        source=row.source,
    )


class Store:
    """The versioned list store at ``url`` (default: ``UNSC_DATABASE_URL``)."""

    def __init__(self, url: str | None = None, *, engine: Engine | None = None) -> None:
        self.engine = engine if engine is not None else get_engine(url)

    # -- import -------------------------------------------------------------------------

    def import_file(
        self, path: Path, *, source: str | None = None, progress: Progress | None = None
    ) -> ImportResult:
        """Parse ``path`` (format detected, or ``source``: a key of ``loader.SOURCES``) and
        store it."""
        path = Path(path)
        data = read_list_file(path)
        # The same file again is a no-op: decided from its hash, before any parsing.
        kind = source or detect_format(data, label=str(path))
        dataset = SOURCES.get(kind)
        if dataset is not None:
            # An SDN.CSV's hash covers the ALT.CSV and ADD.CSV beside it (see ofac_companions).
            content = find_companions(path).fingerprint(data) if kind == "ofac" else data
            existing = self._find(dataset, hashlib.sha256(content).hexdigest())
            if existing is not None:
                return self._again(existing)
        snapshot = parse_bytes(data, label=str(path), source=source, beside=path)
        return self.import_snapshot(snapshot, progress=progress)

    def import_snapshot(
        self, snapshot: ListSnapshot, *, progress: Progress | None = None
    ) -> ImportResult:
        """Store a parsed snapshot as a new version, in one transaction."""
        existing = self._find(snapshot.dataset, snapshot.sha256)
        if existing is not None:
            return self._again(existing)
        _check(snapshot)
        rows = [(e, *_payload(e)) for e in snapshot.entities]
        total = len(rows)
        same = self._same_content(snapshot, {e.ref: h for e, _, _, h in rows})
        if same is not None:
            return self._again(same)
        try:
            with begin_write(self.engine) as conn:
                inserted = conn.execute(
                    insert(list_versions).values(
                        dataset=snapshot.dataset,
                        source=snapshot.source,
                        sha256=snapshot.sha256,
                        generated=_naive(snapshot.generated),
                        imported=_naive(dt.datetime.now(dt.UTC)),
                        entries=total,
                        fields=json.dumps(sorted(snapshot.fields)),
                    )
                ).inserted_primary_key
                if inserted is None:
                    raise StorageError("the database returned no id for the new version")
                version = inserted[0]
                if progress is not None:
                    progress(0, total)
                for start in range(0, total, BATCH):
                    chunk = rows[start : start + BATCH]
                    self._store_payloads(conn, {h: (t, r) for _, t, r, h in chunk})
                    conn.execute(
                        insert(list_entries),
                        [
                            {
                                "version_id": version,
                                "ref": e.ref,
                                "schema": str(e.schema),
                                "name": e.name,
                                "hash": h,
                            }
                            for e, _, _, h in chunk
                        ],
                    )
                    if progress is not None:
                        progress(min(start + BATCH, total), total)
        except IntegrityError:
            # Another process stored the same file meanwhile: that version is the answer.
            existing = self._find(snapshot.dataset, snapshot.sha256)
            if existing is None:
                raise
            return ImportResult(existing.version, existing.dataset, existing.entries, True)
        except SQLAlchemyError as exc:
            raise StorageError(f"the import of {snapshot.source} failed: {exc}") from None
        return ImportResult(int(version), snapshot.dataset, total, False)

    def _store_payloads(
        self, conn: Connection, payloads: dict[str, tuple[str, str | None]]
    ) -> None:
        present = set(
            conn.scalars(select(list_payloads.c.hash).where(list_payloads.c.hash.in_(payloads)))
        )
        missing = [
            {"hash": h, "payload": text, "raw": raw}
            for h, (text, raw) in payloads.items()
            if h not in present
        ]
        if not missing:
            return
        dialect = conn.dialect.name
        if dialect == "sqlite":
            from sqlalchemy.dialects.sqlite import insert as upsert
        elif dialect == "postgresql":
            from sqlalchemy.dialects.postgresql import insert as upsert  # type: ignore[assignment]
        else:
            conn.execute(insert(list_payloads), missing)
            return
        conn.execute(upsert(list_payloads).on_conflict_do_nothing(), missing)

    # -- versions -----------------------------------------------------------------------

    def _again(self, info: VersionInfo) -> ImportResult:
        """The answer to importing a stored version again. A list without a generation date
        is current by its import (:meth:`current_version`), so that version is made current
        again: a list gone A, B, then A once more is A, not B."""
        if info.generated is None and self.current_version(info.dataset).version != info.version:
            with begin_write(self.engine) as conn:
                conn.execute(
                    update(list_versions)
                    .where(list_versions.c.id == info.version)
                    .values(imported=_naive(dt.datetime.now(dt.UTC)))
                )
        return ImportResult(info.version, info.dataset, info.entries, True)

    def _same_content(self, snapshot: ListSnapshot, hashes: dict[str, str]) -> VersionInfo | None:
        """A stored version of the same publication as ``snapshot`` in other bytes (with a
        byte-order mark, compressed, re-encoded): the same generation date and every entry
        the same. A list published again with a new date is a new version, if nothing changed."""
        generated = _utc(snapshot.generated)
        for info in self.versions(snapshot.dataset):
            same_shape = info.generated == generated and info.entries == len(hashes)
            if same_shape and self._hashes(info.version) == hashes:
                return info
        return None

    def _find(self, dataset: str, sha256: str) -> VersionInfo | None:
        with self.engine.connect() as conn:
            row = conn.execute(
                select(list_versions).where(
                    list_versions.c.dataset == dataset, list_versions.c.sha256 == sha256
                )
            ).first()
        return None if row is None else _info(row)

    def versions(self, dataset: str | None = None) -> list[VersionInfo]:
        """Every stored snapshot (of ``dataset``), oldest import first."""
        query = select(list_versions).order_by(list_versions.c.id)
        if dataset is not None:
            query = query.where(list_versions.c.dataset == dataset)
        with self.engine.connect() as conn:
            return [_info(row) for row in conn.execute(query)]

    def version(self, version: int) -> VersionInfo:
        """One stored snapshot by its id."""
        row = None
        if 1 <= version <= MAX_ID:  # (a larger id names none, and the driver refuses it)
            with self.engine.connect() as conn:
                query = select(list_versions).where(list_versions.c.id == version)
                row = conn.execute(query).first()
        if row is None:
            known = [v.version for v in self.versions()]
            raise NotFound(
                f"no list version {version}",
                field="version",
                value=version,
                hint=f"stored versions: {known}" if known else "import a list first",
            )
        return _info(row)

    def datasets(self) -> list[str]:
        """The datasets with at least one stored snapshot."""
        return sorted({v.dataset for v in self.versions()})

    def current_version(self, dataset: str) -> VersionInfo:
        """The current snapshot of ``dataset``: newest generation date, then newest import."""
        stored = self.versions(dataset)
        if not stored:
            raise NotFound(
                f"no snapshot of {dataset!r} is stored",
                field="dataset",
                value=dataset,
                hint="import one with `unsc lists import FILE`",
            )
        return max(stored, key=lambda v: v.sort_key)

    # -- reading ------------------------------------------------------------------------

    def _payloads(
        self, version: int, refs: Iterable[str] | None = None
    ) -> dict[str, tuple[str, str | None]]:
        query = (
            select(list_entries.c.ref, list_payloads.c.payload, list_payloads.c.raw)
            .join(list_payloads, list_payloads.c.hash == list_entries.c.hash)
            .where(list_entries.c.version_id == version)
        )
        out: dict[str, tuple[str, str | None]] = {}
        with self.engine.connect() as conn:
            if refs is None:
                for ref, payload, raw in conn.execute(query):
                    out[ref] = (payload, raw)
                return out
            wanted = list(refs)
            for start in range(0, len(wanted), BATCH):
                chunk = wanted[start : start + BATCH]
                for ref, payload, raw in conn.execute(query.where(list_entries.c.ref.in_(chunk))):
                    out[ref] = (payload, raw)
        return out

    def snapshot(self, version: int) -> ListSnapshot:
        """A stored snapshot, entries rebuilt from the store (raw records included)."""
        info = self.version(version)
        entities = []
        for _, (payload, raw) in sorted(self._payloads(version).items()):
            data = json.loads(payload)
            data["raw"] = raw
            entities.append(Entity.from_dict(data))
        return ListSnapshot(
            dataset=info.dataset,
            generated=info.generated,
            entities=entities,
            sha256=info.sha256,
            source=info.source,
            fields=self._fields(version),
        )

    def current(self, dataset: str) -> ListSnapshot:
        """The current snapshot of ``dataset``."""
        return self.snapshot(self.current_version(dataset).version)

    def entity(self, ref: str, dataset: str | None = None) -> Entity:
        """The entry ``ref`` in the current snapshot of ``dataset`` (or of any dataset)."""
        names = [dataset] if dataset is not None else self.datasets()
        for name in names:
            version = self.current_version(name).version
            found = self._payloads(version, [ref])
            if ref in found:
                payload, raw = found[ref]
                data = json.loads(payload)
                data["raw"] = raw
                return Entity.from_dict(data)
        where = dataset or ", ".join(names) or "the store (it is empty)"
        raise NotFound(f"no entry {ref!r} in {where}", field="ref", value=ref)

    def _fields(self, version: int) -> frozenset[str]:
        with self.engine.connect() as conn:
            text = conn.scalar(select(list_versions.c.fields).where(list_versions.c.id == version))
        return frozenset(json.loads(text or "[]"))

    # -- deltas -------------------------------------------------------------------------

    def diff(self, a: int, b: int) -> Delta:
        """What changed from version ``a`` to version ``b`` (same dataset)."""
        va, vb = self.version(a), self.version(b)
        if va.dataset != vb.dataset:
            raise InvalidInput(
                f"version {a} is {va.dataset} but version {b} is {vb.dataset}",
                hint="compare two versions of the same list",
            )
        hashes_a, hashes_b = self._hashes(a), self._hashes(b)
        changed = [r for r in hashes_a.keys() & hashes_b.keys() if hashes_a[r] != hashes_b[r]]
        old = {r: json.loads(p) for r, (p, _) in self._payloads(a, changed).items()}
        new = {r: json.loads(p) for r, (p, _) in self._payloads(b, changed).items()}
        for ref in hashes_a.keys() - hashes_b.keys():
            old[ref] = {}
        for ref in hashes_b.keys() - hashes_a.keys():
            new[ref] = {}
        return diff_payloads(old, new, self._fields(a) & self._fields(b))

    def _hashes(self, version: int) -> dict[str, str]:
        with self.engine.connect() as conn:
            rows = conn.execute(
                select(list_entries.c.ref, list_entries.c.hash).where(
                    list_entries.c.version_id == version
                )
            )
            return {ref: digest for ref, digest in rows}
