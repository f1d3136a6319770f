"""The service's own tables (API keys, the audit log, the review queue) on the shared metadata.

They are created by the Alembic revision ``0002_service``; timestamps are stored as ISO 8601
text in UTC so that they hash and compare the same on SQLite and PostgreSQL.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Column, Float, Index, Integer, String, Table, Text

from unsc.storage import metadata

api_keys = Table(
    "service_api_keys",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("name", String(200), nullable=False),
    Column("role", String(16), nullable=False),
    Column("key_hash", String(64), nullable=False, unique=True),
    Column("prefix", String(16), nullable=False),
    Column("created_at", String(40), nullable=False),
    Column("revoked_at", String(40), nullable=True),
)

audit_log = Table(
    "service_audit_log",
    metadata,
    Column("seq", Integer, primary_key=True, autoincrement=False),
    Column("at", String(40), nullable=False),
    Column("actor", String(200), nullable=False),
    Column("action", String(64), nullable=False),
    Column("subject", String(400), nullable=False),
    Column("payload", Text, nullable=False),
    Column("prev_hash", String(64), nullable=False),
    Column("hash", String(64), nullable=False),
)

review_items = Table(
    "service_review_items",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("created_at", String(40), nullable=False),
    Column("created_by", String(200), nullable=False),
    Column("source", String(200), nullable=False),
    Column("query_name", String(400), nullable=False),
    Column("query", Text, nullable=False),
    Column("dataset", String(100), nullable=False),
    Column("entity_ref", String(100), nullable=False),
    Column("entity_name", String(400), nullable=False),
    Column("score", Float, nullable=False),
    Column("explanation", Text, nullable=False),
    Column("status", String(20), nullable=False),
    Column("reason", Text, nullable=True),
    Column("decided_by", String(200), nullable=True),
    Column("decided_at", String(40), nullable=True),
    Index("ix_service_review_items_status", "status"),
)

jobs = Table(
    "service_jobs",
    metadata,
    Column("id", String(32), primary_key=True),
    Column("kind", String(32), nullable=False),
    Column("name", String(400), nullable=False),
    Column("dataset", String(100), nullable=False),
    Column("created_at", String(40), nullable=False),
    Column("created_by", String(200), nullable=False),
    Column("updated_at", String(40), nullable=False),
    Column("status", String(16), nullable=False),
    Column("total", Integer, nullable=False),
    Column("done", Integer, nullable=False),
    Column("matched", Integer, nullable=False),
    Column("error", Text, nullable=True),
    Column("results", Text, nullable=True),
)


def utcnow() -> str:
    """The current UTC time as ISO 8601 text with microseconds, as stored in these tables."""
    return dt.datetime.now(dt.UTC).isoformat(timespec="microseconds")
