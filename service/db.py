"""The database: SQLite (WAL) in the data directory by default, PostgreSQL when
``SANDESH_DATABASE_URL`` names one. The tables are SQLAlchemy Core; Alembic migrations
(``service/migrations``) bring any database up to date when Sandesh starts.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import (
    Column,
    DateTime,
    Engine,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    create_engine,
    event,
    text,
)
from sqlalchemy.engine import make_url

MIGRATIONS = Path(__file__).parent / "migrations"
# Any number: two instances starting on one PostgreSQL take turns migrating it.
_MIGRATION_LOCK = 0x5A4D_0001

metadata = MetaData()

accounts = Table(
    "accounts",
    metadata,
    Column("id", String(32), primary_key=True),
    Column("name", String(100), nullable=False, unique=True),
    Column("role", String(20), nullable=False),
    # sha256 of the key: keys are 256 random bits, so a plain hash cannot be guessed back.
    Column("key_hash", String(64), nullable=False, unique=True),
    Column("key_prefix", String(16), nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("created_by", String(100)),
    Column("expires_at", DateTime(timezone=True)),
    Column("revoked_at", DateTime(timezone=True)),
)

# Append only: a record is written once, with everything that made it, and never changed.
records = Table(
    "records",
    metadata,
    Column("id", String(32), primary_key=True),
    Column("kind", String(10), nullable=False),  # draft | poster | bulk
    Column("created_at", DateTime(timezone=True), nullable=False, index=True),
    # The account's name and role then, kept as they were when the account is revoked.
    Column("account", String(100), nullable=False, index=True),
    Column("role", String(20), nullable=False),
    Column("model", String(300)),
    Column("adapter", String(300)),
    Column("disclosure", Text),
    # One line for lists: a draft's headline, a poster's title.
    Column("summary", Text, nullable=False),
    # The image (poster) or archive (bulk) exactly as it was sent.
    Column("content_sha256", String(64)),
    Column("request", Text, nullable=False),
    Column("response", Text, nullable=False),
)

# Append only too: a record's state is its latest mark (none: generated).
marks = Table(
    "marks",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("record_id", String(32), ForeignKey("records.id"), nullable=False, index=True),
    Column("state", String(20), nullable=False),  # published | takedown_requested | taken_down
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("account", String(100), nullable=False),
    Column("platform", String(40)),
    Column("link", Text),
    Column("note", Text),
)


def database_url(configured: str | None, data_dir: Path) -> str:
    """The URL to open: the setting (``postgresql://`` is read with psycopg 3), or the SQLite file
    in the data directory."""
    if not configured:
        return f"sqlite:///{data_dir / 'sandesh.sqlite3'}"
    url = make_url(configured)
    if url.drivername in ("postgresql", "postgres"):
        url = url.set(drivername="postgresql+psycopg")
    return url.render_as_string(hide_password=False)


def make_engine(url: str) -> Engine:
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        engine = create_engine(
            url,
            # One pool shared by the event loop's thread, the model worker and the threadpool.
            connect_args={"check_same_thread": False, "timeout": 15},
        )
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    connect_args: dict[str, Any] = {}
    if parsed.get_backend_name() == "postgresql":
        # A database that is down or stuck fails the request in seconds instead of hanging it.
        connect_args = {"connect_timeout": 5, "options": "-c statement_timeout=15000"}
    # pre_ping: a connection the server dropped (a restart) is replaced, so Sandesh recovers.
    return create_engine(url, pool_pre_ping=True, connect_args=connect_args)


def _sqlite_pragmas(connection: Any, _record: Any) -> None:
    cursor = connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    # WAL with synchronous=FULL: an acknowledged record survives a power cut too.
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.close()


def migrate(engine: Engine) -> None:
    """Bring the database to the newest schema (Alembic's ``upgrade head``), one instance at a
    time."""
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as connection:
        if connection.dialect.name == "postgresql":
            connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _MIGRATION_LOCK})
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
