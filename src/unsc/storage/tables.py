"""The list store's tables (revision ``0001_lists``).

``list_versions``: one row per imported snapshot (dataset, the source's own generation date,
import time, entry count, content hash of the file, and the record fields the source format
carried). ``list_entries``: one row per entry per snapshot, pointing by content hash into
``list_payloads``, which holds each distinct entry (normalised JSON + the raw source record)
once: an entry unchanged between snapshots costs one small row.
"""

from __future__ import annotations

from sqlalchemy import (
    Column,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Table,
    Text,
    UniqueConstraint,
)

from unsc.storage.meta import metadata

list_versions = Table(
    "list_versions",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("dataset", String(64), nullable=False),
    Column("source", Text, nullable=False),
    Column("sha256", String(64), nullable=False),
    Column("generated", DateTime(), nullable=True),
    Column("imported", DateTime(), nullable=False),
    Column("entries", Integer, nullable=False),
    Column("fields", Text, nullable=False),
    UniqueConstraint("dataset", "sha256", name="uq_list_versions_dataset_sha256"),
)
Index("ix_list_versions_dataset", list_versions.c.dataset)

list_payloads = Table(
    "list_payloads",
    metadata,
    Column("hash", String(64), primary_key=True),
    Column("payload", Text, nullable=False),
    Column("raw", Text, nullable=True),
)

list_entries = Table(
    "list_entries",
    metadata,
    Column(
        "version_id",
        Integer,
        ForeignKey("list_versions.id", ondelete="CASCADE"),
        primary_key=True,
    ),
    Column("ref", String(128), primary_key=True),
    Column("schema", String(32), nullable=False),
    Column("name", Text, nullable=False),
    Column("hash", String(64), ForeignKey("list_payloads.hash"), nullable=False),
)
Index("ix_list_entries_ref", list_entries.c.ref)
