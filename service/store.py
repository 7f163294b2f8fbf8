"""The record of everything generated, and the accounts that generated it (``service/db.py``).

Records and marks are append only: a record is written once with what made it (request, every
candidate with its checks, the model and adapter, the disclosure), and its state (published,
takedown requested, taken down) is its latest mark. Every write is one transaction, so a write that
fails (a full disk, a database that is down) leaves nothing half written; it raises
:class:`StorageFailure`, which the routes answer with a 503. The store remembers the failure until
a write succeeds again, so ``/health`` can say that records are not being kept.
"""

from __future__ import annotations

import hashlib
import json
import secrets
import shutil
import threading
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, Select, func, insert, select, update
from sqlalchemy.exc import IntegrityError, SQLAlchemyError

from service.db import accounts, database_url, make_engine, marks, migrate, records

# Below this much free space in the data directory, /health warns before a write fails.
LOW_SPACE_BYTES = 1024 * 1024
ROLES = ("worker", "designer", "trainer", "admin", "trainee")
KINDS = ("draft", "poster", "bulk")
STATES = ("generated", "published", "takedown_requested", "taken_down")
# India's Election Commission (advisory of 24 October 2025): flagged content down within 3 hours.
TAKEDOWN_WITHIN = timedelta(hours=3)
KEY_PREFIX = "sk-sandesh-"
# How long /health trusts its last look at a database server.
_PING_EVERY_S = 5.0


class StorageFailure(Exception):
    """The record cannot be kept: the message names the setting to fix and the cause."""


class MarkRefused(Exception):
    """A mark that the record's state does not allow (taking down what is already down)."""


@dataclass(frozen=True)
class Account:
    id: str
    name: str
    role: str
    key_prefix: str
    created_at: datetime
    created_by: str | None
    expires_at: datetime | None
    revoked_at: datetime | None

    def active(self, now: datetime) -> bool:
        return self.revoked_at is None and (self.expires_at is None or self.expires_at > now)

    def status(self, now: datetime) -> str:
        if self.revoked_at is not None:
            return "revoked"
        return "active" if self.active(now) else "expired"


def check_writable(directory: Path) -> None:
    """Fail fast, naming the setting, when the data directory cannot hold the record."""
    try:
        directory.mkdir(parents=True, exist_ok=True)
        probe = directory / f".write-test-{uuid.uuid4().hex}"
        probe.write_bytes(b"ok")
        probe.unlink()
    except OSError as exc:
        raise StorageFailure(
            f"SANDESH_DATA_DIR={str(directory)!r} is not writable ({exc.strerror or exc}); "
            "Sandesh records every draft it generates there, so point SANDESH_DATA_DIR at a "
            "writable directory"
        ) from exc


def hash_key(key: str) -> str:
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


def utc(value: datetime) -> datetime:
    """SQLite hands back naive datetimes; every time stored here is UTC."""
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def _now() -> datetime:
    return datetime.now(UTC)


class Store:
    def __init__(self, data_dir: Path, database: str | None = None) -> None:
        self.url = database_url(database, data_dir)
        self.sqlite = self.url.startswith("sqlite")
        self.data_dir = data_dir
        if self.sqlite:
            check_writable(data_dir)
        self.last_error: str | None = None
        # (monotonic time, problem) of the last look at a database server.
        self._pinged: tuple[float, str | None] = (-_PING_EVERY_S, None)
        self._ping_lock = threading.Lock()
        self.engine: Engine = make_engine(self.url)
        try:
            migrate(self.engine)
        except SQLAlchemyError as exc:
            self.engine.dispose()
            raise StorageFailure(
                f"cannot open the record at {self._where()} ({_cause(exc)})"
            ) from exc

    # --- plumbing -------------------------------------------------------------------------

    def _where(self) -> str:
        if self.sqlite:
            return f"{self.data_dir / 'sandesh.sqlite3'}; check SANDESH_DATA_DIR"
        return "the database SANDESH_DATABASE_URL names; check that it is running and reachable"

    def _fix(self) -> str:
        if self.sqlite:
            return (
                f"free space in SANDESH_DATA_DIR ({self.data_dir}) or point it at another directory"
            )
        return "check that the database SANDESH_DATABASE_URL names is up and has space"

    @contextmanager
    def _write(self, what: str) -> Iterator[Any]:
        """One transaction; on failure nothing of it stays, and the failure is remembered."""
        try:
            with self.engine.begin() as connection:
                yield connection
        except (IntegrityError, MarkRefused):
            raise
        except SQLAlchemyError as exc:
            self.last_error = _cause(exc)
            raise StorageFailure(
                f"{what} could not be recorded ({_cause(exc)}); {self._fix()}"
            ) from exc
        # The database took a write: whatever /health last saw of it is stale.
        self.last_error = None
        self._pinged = (time.monotonic(), None)

    @contextmanager
    def _read(self) -> Iterator[Any]:
        try:
            with self.engine.connect() as connection:
                yield connection
        except SQLAlchemyError as exc:
            # /health says so at once, not at its next look at the server.
            self._pinged = (time.monotonic(), f"the database does not answer: {_cause(exc)}")
            raise StorageFailure(
                f"the record cannot be read ({_cause(exc)}); {self._fix()}"
            ) from exc

    # --- records --------------------------------------------------------------------------

    def add(
        self,
        kind: str,
        account: Account | None,
        *,
        request: dict[str, Any],
        response: dict[str, Any],
        summary: str,
        model: str | None = None,
        adapter: str | None = None,
        disclosure: str | None = None,
        content_sha256: str | None = None,
        record_id: str | None = None,
    ) -> str:
        record_id = record_id or uuid.uuid4().hex
        row = {
            "id": record_id,
            "kind": kind,
            "created_at": _now(),
            "account": account.name if account else "local",
            "role": account.role if account else "admin",
            "model": model,
            "adapter": adapter,
            "disclosure": disclosure,
            "summary": summary[:300],
            "content_sha256": content_sha256,
            "request": json.dumps(request, ensure_ascii=False),
            "response": json.dumps(response, ensure_ascii=False),
        }
        with self._write(f"the {kind}") as connection:
            connection.execute(insert(records).values(**row))
        return record_id

    def get(self, record_id: str) -> dict[str, Any] | None:
        with self._read() as connection:
            row = connection.execute(
                _listing()
                .add_columns(records.c.request, records.c.response)
                .where(records.c.id == record_id)
            ).first()
            if row is None:
                return None
            history = connection.execute(
                select(marks).where(marks.c.record_id == record_id).order_by(marks.c.id)
            ).all()
        out = _summary(row)
        out["request"] = json.loads(row.request)
        out["response"] = json.loads(row.response)
        out["marks"] = [_mark(m) for m in history]
        return out

    def find(
        self,
        *,
        account: str | None = None,
        kind: str | None = None,
        state: str | None = None,
        since: datetime | None = None,
        until: datetime | None = None,
        limit: int = 100,
        offset: int = 0,
    ) -> list[dict[str, Any]]:
        query = _filtered(_listing(), account, kind, state, since, until)
        query = (
            query.order_by(records.c.created_at.desc(), records.c.id).limit(limit).offset(offset)
        )
        with self._read() as connection:
            return [_summary(row) for row in connection.execute(query)]

    def export(self, since: datetime | None, until: datetime | None) -> Iterator[dict[str, Any]]:
        """Every record made in [since, until), oldest first, with its request and response."""
        query = _filtered(
            _listing().add_columns(records.c.request, records.c.response),
            None,
            None,
            None,
            since,
            until,
        ).order_by(records.c.created_at, records.c.id)
        with self._read() as connection:
            rows = connection.execute(query).all()
        for row in rows:
            out = _summary(row)
            out["request"] = json.loads(row.request)
            out["response"] = json.loads(row.response)
            yield out

    def count(self, kind: str | None = None) -> int:
        query = select(func.count()).select_from(records)
        if kind is not None:
            query = query.where(records.c.kind == kind)
        with self._read() as connection:
            return int(connection.execute(query).scalar_one())

    def mark(
        self,
        record_id: str,
        state: str,
        account: Account | None,
        *,
        platform: str | None = None,
        link: str | None = None,
        note: str | None = None,
    ) -> dict[str, Any]:
        """Append a mark; raises MarkRefused when the record's state does not allow it, and
        KeyError when there is no such record."""
        with self._write("the mark") as connection:
            exists = connection.execute(
                select(_state_of(records.c.id)).where(records.c.id == record_id)
            ).first()
            if exists is None:
                raise KeyError(record_id)
            current = exists[0]
            if current == "taken_down":
                raise MarkRefused(f"record {record_id} is already taken down")
            if state == "published" and current == "takedown_requested":
                raise MarkRefused(
                    f"record {record_id} has a takedown request; it cannot be published"
                )
            at = _now()
            row = {
                "record_id": record_id,
                "state": state,
                "created_at": at,
                "account": account.name if account else "local",
                "platform": platform,
                "link": link,
                "note": note,
            }
            connection.execute(insert(marks).values(**row))
        return {**row, "created_at": at.isoformat(timespec="seconds")}

    def takedowns(self, now: datetime | None = None) -> list[dict[str, Any]]:
        """Takedown requests still open, oldest first, each saying whether it is past 3 hours."""
        now = now or _now()
        requested = (
            select(marks.c.record_id, func.max(marks.c.created_at).label("requested_at"))
            .where(marks.c.state == "takedown_requested")
            .group_by(marks.c.record_id)
            .subquery()
        )
        query = (
            _listing()
            .add_columns(requested.c.requested_at)
            .join(requested, requested.c.record_id == records.c.id)
            .where(_state_of(records.c.id) == "takedown_requested")
            .order_by(requested.c.requested_at)
        )
        with self._read() as connection:
            rows = connection.execute(query).all()
        out = []
        for row in rows:
            age = now - utc(row.requested_at)
            out.append(
                {
                    **_summary(row),
                    "requested_at": utc(row.requested_at).isoformat(timespec="seconds"),
                    "open_minutes": int(age.total_seconds() // 60),
                    "overdue": age > TAKEDOWN_WITHIN,
                }
            )
        return out

    # --- accounts -------------------------------------------------------------------------

    def add_account(
        self,
        name: str,
        role: str,
        *,
        created_by: str | None = None,
        expires_at: datetime | None = None,
    ) -> tuple[Account, str]:
        """A new account and its key, which is shown this once and kept only as a hash."""
        if role not in ROLES:
            raise ValueError(f"{role!r} is not a role; use one of: {', '.join(ROLES)}")
        if not name or name != name.strip() or len(name) > 100 or not name.isprintable():
            raise ValueError(f"{name!r} is not a name: 1-100 printable characters, no edge spaces")
        if name == "local":
            # The records of a server without accounts are the local user's.
            raise ValueError("'local' names the user of a server without accounts; pick another")
        key = KEY_PREFIX + secrets.token_urlsafe(32)
        row = {
            "id": uuid.uuid4().hex,
            "name": name,
            "role": role,
            "key_hash": hash_key(key),
            "key_prefix": key[: len(KEY_PREFIX) + 4],
            "created_at": _now(),
            "created_by": created_by,
            "expires_at": expires_at,
            "revoked_at": None,
        }
        try:
            with self._write("the account") as connection:
                connection.execute(insert(accounts).values(**row))
        except IntegrityError as exc:
            raise ValueError(f"an account named {name!r} exists already") from exc
        return _account(row), key

    def accounts(self) -> list[Account]:
        with self._read() as connection:
            rows = connection.execute(select(accounts).order_by(accounts.c.created_at)).all()
        return [_account(row._mapping) for row in rows]

    def account_for_key(self, key: str) -> Account | None:
        """The active account this key belongs to, or None (unknown, revoked or expired)."""
        with self._read() as connection:
            row = connection.execute(
                select(accounts).where(accounts.c.key_hash == hash_key(key))
            ).first()
        if row is None:
            return None
        account = _account(row._mapping)
        return account if account.active(_now()) else None

    def has_accounts(self) -> bool:
        """Whether any account is active: then every request needs a key."""
        now = _now()
        with self._read() as connection:
            rows = connection.execute(
                select(accounts.c.expires_at).where(accounts.c.revoked_at.is_(None))
            ).all()
        return any(r.expires_at is None or utc(r.expires_at) > now for r in rows)

    def revoke(self, name: str) -> bool:
        """Revoke the account's key at once; False when no active account has that name."""
        with self._write("the revocation") as connection:
            done = connection.execute(
                update(accounts)
                .where(accounts.c.name == name, accounts.c.revoked_at.is_(None))
                .values(revoked_at=_now())
            )
        return bool(done.rowcount)

    # --- health ---------------------------------------------------------------------------

    def problem(self) -> str | None:
        """Why records may not be kept now (the last write failed, the disk is nearly full, the
        database server does not answer), or None."""
        if self.last_error is not None:
            return f"the last record could not be written: {self.last_error}"
        if self.sqlite:
            try:
                free = shutil.disk_usage(self.data_dir).free
            except OSError as exc:
                return f"the data directory cannot be read: {exc}"
            if free < LOW_SPACE_BYTES:
                return f"only {free} bytes free in SANDESH_DATA_DIR ({self.data_dir})"
            return None
        with self._ping_lock:
            when, problem = self._pinged
            if time.monotonic() - when > _PING_EVERY_S:
                try:
                    with self.engine.connect() as connection:
                        connection.execute(select(1))
                    problem = None
                except SQLAlchemyError as exc:
                    problem = f"the database does not answer: {_cause(exc)}"
                self._pinged = (time.monotonic(), problem)
        return problem

    def close(self) -> None:
        self.engine.dispose()


def _cause(exc: SQLAlchemyError) -> str:
    # The driver's own message, without SQLAlchemy's statement dump and background link.
    original = getattr(exc, "orig", None)
    return str(original or exc).strip().splitlines()[0]


def _state_of(record_id: Any) -> Any:
    latest = (
        select(marks.c.state)
        .where(marks.c.record_id == record_id)
        .order_by(marks.c.id.desc())
        .limit(1)
        .scalar_subquery()
    )
    return func.coalesce(latest, "generated")


def _published(record_id: Any, column: Any) -> Any:
    return (
        select(column)
        .where(marks.c.record_id == record_id, marks.c.state == "published")
        .order_by(marks.c.id.desc())
        .limit(1)
        .scalar_subquery()
    )


def _listing() -> Select[Any]:
    return select(
        records.c.id,
        records.c.kind,
        records.c.created_at,
        records.c.account,
        records.c.role,
        records.c.model,
        records.c.adapter,
        records.c.disclosure,
        records.c.summary,
        records.c.content_sha256,
        _state_of(records.c.id).label("state"),
        _published(records.c.id, marks.c.platform).label("published_on"),
        _published(records.c.id, marks.c.link).label("published_link"),
    )


def _filtered(
    query: Select[Any],
    account: str | None,
    kind: str | None,
    state: str | None,
    since: datetime | None,
    until: datetime | None,
) -> Select[Any]:
    if account is not None:
        query = query.where(records.c.account == account)
    if kind is not None:
        query = query.where(records.c.kind == kind)
    if state is not None:
        query = query.where(_state_of(records.c.id) == state)
    # In UTC, as stored: SQLite keeps a time as text, without its offset.
    if since is not None:
        query = query.where(records.c.created_at >= utc(since))
    if until is not None:
        query = query.where(records.c.created_at < utc(until))
    return query


def _summary(row: Any) -> dict[str, Any]:
    return {
        "id": row.id,
        "kind": row.kind,
        "created_at": utc(row.created_at).isoformat(timespec="seconds"),
        "account": row.account,
        "role": row.role,
        "model": row.model,
        "adapter": row.adapter,
        "disclosure": row.disclosure,
        "summary": row.summary,
        "content_sha256": row.content_sha256,
        "state": row.state,
        "published_on": row.published_on,
        "published_link": row.published_link,
    }


def _mark(row: Any) -> dict[str, Any]:
    return {
        "state": row.state,
        "created_at": utc(row.created_at).isoformat(timespec="seconds"),
        "account": row.account,
        "platform": row.platform,
        "link": row.link,
        "note": row.note,
    }


def _account(row: Any) -> Account:
    def when(value: datetime | None) -> datetime | None:
        return None if value is None else utc(value)

    return Account(
        id=row["id"],
        name=row["name"],
        role=row["role"],
        key_prefix=row["key_prefix"],
        created_at=utc(row["created_at"]),
        created_by=row["created_by"],
        expires_at=when(row["expires_at"]),
        revoked_at=when(row["revoked_at"]),
    )
