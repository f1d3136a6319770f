"""The audit log: an append-only, hash-chained record of list imports and review decisions.

Each entry's hash is SHA-256 over the previous entry's hash and the entry's canonical JSON
(sequence number, time, actor, action, subject, payload). Changing, removing or reordering any
stored entry breaks the chain from that point, which :func:`verify` (``unsc audit verify``)
reports. Entries are numbered 1, 2, 3 ...; two writers racing for the same number collide on
the primary key and the loser retries, so the chain never forks.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import IntegrityError

from unsc.errors import StorageError
from unsc.service.tables import audit_log, utcnow
from unsc.storage import begin_write

GENESIS = "0" * 64
_RETRIES = 20


@dataclass(slots=True, frozen=True)
class AuditEntry:
    """One stored entry of the log."""

    seq: int
    at: str
    actor: str
    action: str
    subject: str
    payload: dict[str, Any]
    prev_hash: str
    hash: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "seq": self.seq,
            "at": self.at,
            "actor": self.actor,
            "action": self.action,
            "subject": self.subject,
            "payload": self.payload,
            "prev_hash": self.prev_hash,
            "hash": self.hash,
        }


@dataclass(slots=True, frozen=True)
class Verification:
    """The result of checking the whole chain."""

    ok: bool
    entries: int
    head: str
    first_bad_seq: int | None = None
    problem: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "ok": self.ok,
            "entries": self.entries,
            "head": self.head,
            "first_bad_seq": self.first_bad_seq,
            "problem": self.problem,
        }


def _canonical(payload: dict[str, Any]) -> str:
    return json.dumps(payload, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def entry_hash(
    prev_hash: str, seq: int, at: str, actor: str, action: str, subject: str, payload: str
) -> str:
    """The chained hash of one entry (``payload`` is its canonical JSON text)."""
    body = _canonical({"seq": seq, "at": at, "actor": actor, "action": action, "subject": subject})
    digest = hashlib.sha256()
    for part in (prev_hash, body, payload):
        digest.update(part.encode("utf-8"))
        digest.update(b"\x1e")
    return digest.hexdigest()


def _append_once(
    conn: Connection, actor: str, action: str, subject: str, payload: str
) -> AuditEntry:
    last = conn.execute(
        sa.select(audit_log.c.seq, audit_log.c.hash).order_by(audit_log.c.seq.desc()).limit(1)
    ).first()
    seq, prev = (1, GENESIS) if last is None else (last.seq + 1, last.hash)
    at = utcnow()
    digest = entry_hash(prev, seq, at, actor, action, subject, payload)
    conn.execute(
        sa.insert(audit_log).values(
            seq=seq,
            at=at,
            actor=actor,
            action=action,
            subject=subject,
            payload=payload,
            prev_hash=prev,
            hash=digest,
        )
    )
    return AuditEntry(seq, at, actor, action, subject, json.loads(payload), prev, digest)


def append(
    target: Engine | Connection,
    *,
    actor: str,
    action: str,
    subject: str,
    payload: dict[str, Any] | None = None,
) -> AuditEntry:
    """Append one entry. Given a Connection, it joins that transaction (the caller's change and
    its audit entry commit together, and a race with another writer fails that transaction with
    IntegrityError for the caller to retry); given an Engine, it commits and retries on its own."""
    text = _canonical(payload or {})
    if isinstance(target, Connection):
        return _append_once(target, actor, action, subject, text)
    for _ in range(_RETRIES):
        try:
            with begin_write(target) as conn:
                return _append_once(conn, actor, action, subject, text)
        except IntegrityError:
            continue
    raise StorageError("could not append to the audit log: too many concurrent writers")


def _from_row(row: Any) -> AuditEntry:
    return AuditEntry(
        row.seq,
        row.at,
        row.actor,
        row.action,
        row.subject,
        json.loads(row.payload),
        row.prev_hash,
        row.hash,
    )


def entries(engine: Engine, *, limit: int = 100, action: str | None = None) -> list[AuditEntry]:
    """The newest ``limit`` entries, newest first (optionally of one action)."""
    query = sa.select(audit_log).order_by(audit_log.c.seq.desc()).limit(limit)
    if action is not None:
        query = query.where(audit_log.c.action == action)
    with engine.connect() as conn:
        return [_from_row(r) for r in conn.execute(query)]


def verify(engine: Engine) -> Verification:
    """Walk the chain from the first entry and report the first entry that does not fit."""
    prev = GENESIS
    count = 0
    with engine.connect() as conn:
        rows = conn.execute(sa.select(audit_log).order_by(audit_log.c.seq)).yield_per(1000)
        for row in rows:
            count += 1
            if row.seq != count:
                return Verification(
                    False,
                    count - 1,
                    prev,
                    row.seq,
                    f"entry {count} is missing (found {row.seq} next)",
                )
            if row.prev_hash != prev:
                return Verification(
                    False,
                    count - 1,
                    prev,
                    row.seq,
                    f"entry {row.seq} does not point to the entry before it",
                )
            digest = entry_hash(
                prev, row.seq, row.at, row.actor, row.action, row.subject, row.payload
            )
            if digest != row.hash:
                return Verification(
                    False,
                    count - 1,
                    prev,
                    row.seq,
                    f"entry {row.seq} was altered (its hash does not match)",
                )
            prev = row.hash
    return Verification(True, count, prev)
