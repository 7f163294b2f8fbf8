"""A record of what was generated: every response, kept in SQLite (append-only).

A write that fails (a full disk, a read-only directory) raises :class:`StorageFailure` and leaves
nothing half written: each record is one INSERT in its own transaction. The store remembers the
failure until a write succeeds again, so ``/health`` can say that records are not being kept.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
import threading
import uuid
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

# Below this much free space in the data directory, /health warns before a write fails.
LOW_SPACE_BYTES = 1024 * 1024


class StorageFailure(Exception):
    """The data directory cannot be used; the message names SANDESH_DATA_DIR and the cause."""


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


class DraftStore:
    def __init__(self, path: Path) -> None:
        check_writable(path.parent)
        self.path = path
        self._lock = threading.Lock()
        self.last_error: str | None = None
        try:
            self._db = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute(
                "CREATE TABLE IF NOT EXISTS drafts ("
                " id TEXT PRIMARY KEY, created_at TEXT NOT NULL, request TEXT NOT NULL,"
                " response TEXT NOT NULL)"
            )
        except sqlite3.Error as exc:
            raise StorageFailure(
                f"cannot open the record at {path} ({exc}); check SANDESH_DATA_DIR"
            ) from exc

    def add(self, draft_id: str, request: dict[str, Any], response: dict[str, Any]) -> None:
        row = (
            draft_id,
            datetime.now(UTC).isoformat(timespec="seconds"),
            json.dumps(request, ensure_ascii=False),
            json.dumps(response, ensure_ascii=False),
        )
        with self._lock:
            try:
                self._db.execute(
                    "INSERT INTO drafts (id, created_at, request, response) VALUES (?, ?, ?, ?)",
                    row,
                )
            except sqlite3.Error as exc:
                # sqlite3 rolls the single INSERT back: no half-written record stays behind.
                self.last_error = str(exc)
                raise StorageFailure(
                    f"the draft could not be recorded ({exc}); free space in SANDESH_DATA_DIR "
                    f"({self.path.parent}) or point it at another directory"
                ) from exc
            self.last_error = None

    def get(self, draft_id: str) -> dict[str, Any] | None:
        with self._lock:
            row = self._db.execute(
                "SELECT created_at, request, response FROM drafts WHERE id = ?", (draft_id,)
            ).fetchone()
        if row is None:
            return None
        return {"created_at": row[0], "request": json.loads(row[1]), "response": json.loads(row[2])}

    def count(self) -> int:
        with self._lock:
            return int(self._db.execute("SELECT COUNT(*) FROM drafts").fetchone()[0])

    def problem(self) -> str | None:
        """Why records may not be kept now (the last write failed, or the disk is nearly full),
        or None."""
        if self.last_error is not None:
            return f"the last record could not be written: {self.last_error}"
        try:
            free = shutil.disk_usage(self.path.parent).free
        except OSError as exc:
            return f"the data directory cannot be read: {exc}"
        if free < LOW_SPACE_BYTES:
            return f"only {free} bytes free in SANDESH_DATA_DIR ({self.path.parent})"
        return None

    def close(self) -> None:
        with self._lock:
            self._db.close()
