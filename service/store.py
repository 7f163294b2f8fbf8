"""A record of what was generated: every response, kept in SQLite (append-only)."""

from __future__ import annotations

import json
import sqlite3
import threading
from datetime import UTC, datetime
from pathlib import Path
from typing import Any


class DraftStore:
    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self._lock = threading.Lock()
        self._db = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute(
            "CREATE TABLE IF NOT EXISTS drafts ("
            " id TEXT PRIMARY KEY, created_at TEXT NOT NULL, request TEXT NOT NULL,"
            " response TEXT NOT NULL)"
        )

    def add(self, draft_id: str, request: dict[str, Any], response: dict[str, Any]) -> None:
        with self._lock:
            self._db.execute(
                "INSERT INTO drafts (id, created_at, request, response) VALUES (?, ?, ?, ?)",
                (
                    draft_id,
                    datetime.now(UTC).isoformat(timespec="seconds"),
                    json.dumps(request, ensure_ascii=False),
                    json.dumps(response, ensure_ascii=False),
                ),
            )

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

    def close(self) -> None:
        with self._lock:
            self._db.close()
