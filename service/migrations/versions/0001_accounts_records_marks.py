"""Accounts, records of everything generated, and their marks; drafts recorded before are kept.

Revision ID: 0001
Revises:
Create Date: 2026-12-05
"""

import json
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "accounts",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("name", sa.String(100), nullable=False, unique=True),
        sa.Column("role", sa.String(20), nullable=False),
        sa.Column("key_hash", sa.String(64), nullable=False, unique=True),
        sa.Column("key_prefix", sa.String(16), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.String(100)),
        sa.Column("expires_at", sa.DateTime(timezone=True)),
        sa.Column("revoked_at", sa.DateTime(timezone=True)),
    )
    records = op.create_table(
        "records",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("kind", sa.String(10), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("account", sa.String(100), nullable=False),
        sa.Column("role", sa.String(20), nullable=False),
        sa.Column("model", sa.String(300)),
        sa.Column("adapter", sa.String(300)),
        sa.Column("disclosure", sa.Text),
        sa.Column("summary", sa.Text, nullable=False),
        sa.Column("content_sha256", sa.String(64)),
        sa.Column("request", sa.Text, nullable=False),
        sa.Column("response", sa.Text, nullable=False),
    )
    op.create_index("ix_records_created_at", "records", ["created_at"])
    op.create_index("ix_records_account", "records", ["account"])
    op.create_table(
        "marks",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("record_id", sa.String(32), sa.ForeignKey("records.id"), nullable=False),
        sa.Column("state", sa.String(20), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("account", sa.String(100), nullable=False),
        sa.Column("platform", sa.String(40)),
        sa.Column("link", sa.Text),
        sa.Column("note", sa.Text),
    )
    op.create_index("ix_marks_record_id", "marks", ["record_id"])
    _import_drafts(records)


def _import_drafts(records: sa.Table) -> None:
    """Before accounts, Sandesh kept each draft response in a ``drafts`` table of the same SQLite
    file. Each becomes a record of the one local user; the old table is left as it was."""
    bind = op.get_bind()
    if "drafts" not in sa.inspect(bind).get_table_names():
        return
    rows = []
    for draft_id, created_at, request, response in bind.execute(
        sa.text("SELECT id, created_at, request, response FROM drafts")
    ):
        answer = json.loads(response)
        drafts = answer.get("drafts") or [{}]
        rows.append(
            {
                "id": draft_id,
                "kind": "draft",
                "created_at": datetime.fromisoformat(created_at).astimezone(UTC),
                "account": "local",
                "role": "admin",
                "model": answer.get("model"),
                "adapter": None,
                "disclosure": answer.get("disclosure"),
                "summary": (drafts[0].get("text") or "").split("\n", 1)[0][:200],
                "content_sha256": None,
                "request": request,
                "response": response,
            }
        )
    if rows:
        op.bulk_insert(records, rows)


def downgrade() -> None:
    op.drop_table("marks")
    op.drop_table("records")
    op.drop_table("accounts")
