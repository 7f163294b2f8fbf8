"""Records out as CSV or JSONL, for an organisation's own archive or an inquiry.

A day is a day where the organisation is (``SANDESH_TIMEZONE``, India by default): ``--from
2026-12-05 --to 2026-12-05`` is everything made on 5 December in India, whatever the server's
clock says.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from service.store import Store

FORMATS = ("csv", "jsonl")
CSV_COLUMNS = (
    "id", "kind", "created_at", "created_local", "account", "role", "model", "adapter",
    "disclosure", "state", "published_on", "published_link", "summary", "facts", "text",
    "content_sha256",
)  # fmt: skip


def day_range(
    first: date | None, last: date | None, timezone: str
) -> tuple[datetime | None, datetime | None]:
    """[start of ``first``, start of the day after ``last``), in the organisation's time zone."""
    zone = ZoneInfo(timezone)
    # A bound at the calendar's very ends would overflow in UTC; it bounds nothing anyway.
    since = datetime.combine(first, time(), zone) if first and first > date.min else None
    until = None
    if last and last < date.max - timedelta(days=2):
        until = datetime.combine(last + timedelta(days=1), time(), zone)
    return since, until


def _text(record: dict[str, Any]) -> str:
    """What was handed out: the chosen drafts, a poster's words, a bulk job's titles."""
    response, request = record["response"], record["request"]
    if record["kind"] == "draft":
        return "\n\n---\n\n".join(str(d.get("text", "")) for d in response.get("drafts", []))
    if record["kind"] == "poster":
        parts = [request.get("title"), *request.get("lines", []), request.get("cta")]
        return "\n".join(str(p) for p in parts if p)
    return "\n".join(str(p.get("title", "")) for p in response.get("posters", []))


def _facts(record: dict[str, Any]) -> str:
    return " | ".join(record["request"].get("facts", []))


def export_lines(
    store: Store,
    fmt: str,
    *,
    since: datetime | None,
    until: datetime | None,
    timezone: str,
) -> Iterator[str]:
    zone = ZoneInfo(timezone)
    if fmt == "csv":
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, CSV_COLUMNS, extrasaction="ignore", lineterminator="\n")
        writer.writeheader()
        # A byte-order mark, so a spreadsheet opens the Hindi as UTF-8.
        yield "\ufeff" + buffer.getvalue()
    for record in store.export(since, until):
        local = datetime.fromisoformat(record["created_at"]).astimezone(zone)
        if fmt == "jsonl":
            yield (
                json.dumps({**record, "created_local": local.isoformat()}, ensure_ascii=False)
                + "\n"
            )
            continue
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, CSV_COLUMNS, extrasaction="ignore", lineterminator="\n")
        writer.writerow(
            {
                **record,
                "created_local": local.isoformat(timespec="seconds"),
                "facts": _facts(record),
                "text": _text(record),
            }
        )
        yield buffer.getvalue()
