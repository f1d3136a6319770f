"""The service's tables: API keys, the hash-chained audit log, the review queue, batch jobs.

Revision ID: 0002_service
Revises: 0001_lists
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002_service"
down_revision = "0001_lists"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "service_api_keys",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("key_hash", sa.String(64), nullable=False),
        sa.Column("prefix", sa.String(16), nullable=False),
        sa.Column("created_at", sa.String(40), nullable=False),
        sa.Column("revoked_at", sa.String(40), nullable=True),
        sa.UniqueConstraint("key_hash", name="uq_service_api_keys_key_hash"),
    )
    op.create_table(
        "service_audit_log",
        sa.Column("seq", sa.Integer, primary_key=True, autoincrement=False),
        sa.Column("at", sa.String(40), nullable=False),
        sa.Column("actor", sa.String(200), nullable=False),
        sa.Column("action", sa.String(64), nullable=False),
        sa.Column("subject", sa.String(400), nullable=False),
        sa.Column("payload", sa.Text, nullable=False),
        sa.Column("prev_hash", sa.String(64), nullable=False),
        sa.Column("hash", sa.String(64), nullable=False),
    )
    op.create_table(
        "service_review_items",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("created_at", sa.String(40), nullable=False),
        sa.Column("created_by", sa.String(200), nullable=False),
        sa.Column("source", sa.String(200), nullable=False),
        sa.Column("query_name", sa.String(400), nullable=False),
        sa.Column("query", sa.Text, nullable=False),
        sa.Column("dataset", sa.String(100), nullable=False),
        sa.Column("entity_ref", sa.String(100), nullable=False),
        sa.Column("entity_name", sa.String(400), nullable=False),
        sa.Column("score", sa.Float, nullable=False),
        sa.Column("explanation", sa.Text, nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("reason", sa.Text, nullable=True),
        sa.Column("decided_by", sa.String(200), nullable=True),
        sa.Column("decided_at", sa.String(40), nullable=True),
    )
    op.create_index("ix_service_review_items_status", "service_review_items", ["status"])
    op.create_table(
        "service_jobs",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("name", sa.String(400), nullable=False),
        sa.Column("dataset", sa.String(100), nullable=False),
        sa.Column("created_at", sa.String(40), nullable=False),
        sa.Column("created_by", sa.String(200), nullable=False),
        sa.Column("updated_at", sa.String(40), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("total", sa.Integer, nullable=False),
        sa.Column("done", sa.Integer, nullable=False),
        sa.Column("matched", sa.Integer, nullable=False),
        sa.Column("error", sa.Text, nullable=True),
        sa.Column("results", sa.Text, nullable=True),
    )


def downgrade() -> None:
    op.drop_table("service_jobs")
    op.drop_index("ix_service_review_items_status", table_name="service_review_items")
    op.drop_table("service_review_items")
    op.drop_table("service_audit_log")
    op.drop_table("service_api_keys")
