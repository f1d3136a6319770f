"""The list store: snapshots (versions), their entries, and deduplicated entry payloads.

Revision ID: 0001_lists
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001_lists"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "list_versions",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("dataset", sa.String(64), nullable=False),
        sa.Column("source", sa.Text, nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("generated", sa.DateTime(), nullable=True),
        sa.Column("imported", sa.DateTime(), nullable=False),
        sa.Column("entries", sa.Integer, nullable=False),
        sa.Column("fields", sa.Text, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_list_versions"),
        sa.UniqueConstraint("dataset", "sha256", name="uq_list_versions_dataset_sha256"),
    )
    op.create_index("ix_list_versions_dataset", "list_versions", ["dataset"])
    op.create_table(
        "list_payloads",
        sa.Column("hash", sa.String(64), nullable=False),
        sa.Column("payload", sa.Text, nullable=False),
        sa.Column("raw", sa.Text, nullable=True),
        sa.PrimaryKeyConstraint("hash", name="pk_list_payloads"),
    )
    op.create_table(
        "list_entries",
        sa.Column("version_id", sa.Integer, nullable=False),
        sa.Column("ref", sa.String(128), nullable=False),
        sa.Column("schema", sa.String(32), nullable=False),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("hash", sa.String(64), nullable=False),
        sa.PrimaryKeyConstraint("version_id", "ref", name="pk_list_entries"),
        sa.ForeignKeyConstraint(
            ["version_id"],
            ["list_versions.id"],
            name="fk_list_entries_version_id_list_versions",
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["hash"], ["list_payloads.hash"], name="fk_list_entries_hash_list_payloads"
        ),
    )
    op.create_index("ix_list_entries_ref", "list_entries", ["ref"])


def downgrade() -> None:
    op.drop_index("ix_list_entries_ref", table_name="list_entries")
    op.drop_table("list_entries")
    op.drop_table("list_payloads")
    op.drop_index("ix_list_versions_dataset", table_name="list_versions")
    op.drop_table("list_versions")
