"""The record and the accounts, on SQLite and on a real PostgreSQL server alike."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text

import service.store as store_module
from service.export import day_range, export_lines
from service.store import MarkRefused, Store

POST = "*पीएम-किसान: हर साल ₹6,000*\n\nपात्र किसान परिवारों को ₹2,000 की तीन किस्तें मिलती हैं।"


@pytest.fixture
def store(tmp_path: Path, database_url: str | None) -> Store:
    made = Store(tmp_path / "var", database_url)
    yield made  # type: ignore[misc]
    made.close()


def _draft(store: Store, account: store_module.Account | None, facts: list[str]) -> str:
    return store.add(
        "draft",
        account,
        request={"facts": facts, "platform": "whatsapp"},
        response={"drafts": [{"text": POST}], "model": "gemma-3-270m"},
        summary=POST.splitlines()[0],
        model="gemma-3-270m",
        adapter="sandesh-hi-headline@0123456789ab",
        disclosure="(यह संदेश एआई की सहायता से तैयार किया गया है)",
    )


def test_a_record_comes_back_whole_with_who_made_it_and_with_what(store: Store) -> None:
    asha, _ = store.add_account("आशा", "worker")
    record_id = _draft(store, asha, ["पीएम-किसान में हर साल ₹6,000 मिलते हैं"])

    record = store.get(record_id)
    assert record is not None
    assert record["account"] == "आशा" and record["role"] == "worker"
    assert record["model"] == "gemma-3-270m"
    assert record["adapter"] == "sandesh-hi-headline@0123456789ab"
    assert record["disclosure"].startswith("(यह संदेश एआई")
    assert record["response"]["drafts"][0]["text"] == POST
    assert record["request"]["facts"] == ["पीएम-किसान में हर साल ₹6,000 मिलते हैं"]
    assert record["state"] == "generated" and record["marks"] == []
    assert store.get("no-such-id") is None


def test_records_are_found_by_account_kind_and_state(store: Store) -> None:
    asha, _ = store.add_account("asha", "worker")
    ravi, _ = store.add_account("ravi", "designer")
    mine = _draft(store, asha, ["तथ्य एक"])
    _draft(store, ravi, ["तथ्य दो"])
    poster = store.add(
        "poster",
        ravi,
        request={"title": "शिविर"},
        response={},
        summary="शिविर",
        content_sha256="ab",
    )
    store.mark(mine, "published", asha, platform="whatsapp", link="https://example.org/p/1")

    assert [r["id"] for r in store.find(account="asha")] == [mine]
    assert [r["id"] for r in store.find(kind="poster")] == [poster]
    [published] = store.find(state="published")
    assert published["id"] == mine
    assert published["published_on"] == "whatsapp"
    assert published["published_link"] == "https://example.org/p/1"
    assert {r["id"] for r in store.find(state="generated")} == {
        poster,
        *[r["id"] for r in store.find(account="ravi", kind="draft")],
    }
    assert store.count() == 3 and store.count("draft") == 2


def test_a_takedown_request_is_listed_until_it_is_done_and_is_overdue_after_3_hours(
    store: Store,
) -> None:
    asha, _ = store.add_account("asha", "worker")
    admin, _ = store.add_account("admin", "admin")
    record_id = _draft(store, asha, ["तथ्य"])
    store.mark(record_id, "published", asha, platform="facebook")
    store.mark(record_id, "takedown_requested", admin, note="ECI notice 12/2026")

    [item] = store.takedowns()
    assert item["id"] == record_id and not item["overdue"]
    later = datetime.now(UTC) + timedelta(hours=3, minutes=1)
    [late] = store.takedowns(now=later)
    assert late["overdue"] and late["open_minutes"] >= 181
    # A takedown requested cannot be published over.
    with pytest.raises(MarkRefused):
        store.mark(record_id, "published", asha, platform="x")

    store.mark(record_id, "taken_down", admin)
    assert store.takedowns(now=later) == []
    assert store.get(record_id)["state"] == "taken_down"  # type: ignore[index]
    with pytest.raises(MarkRefused):
        store.mark(record_id, "taken_down", admin)
    with pytest.raises(KeyError):
        store.mark("no-such-id", "taken_down", admin)
    # Every mark is kept, in order.
    states = [m["state"] for m in store.get(record_id)["marks"]]  # type: ignore[index]
    assert states == ["published", "takedown_requested", "taken_down"]


def test_a_key_is_shown_once_kept_only_as_a_hash_and_stops_working_when_revoked(
    store: Store,
) -> None:
    account, key = store.add_account("asha", "worker")
    assert key.startswith("sk-sandesh-") and len(key) > 40
    assert store.account_for_key(key) == account
    assert store.account_for_key(key + "x") is None
    with store.engine.connect() as connection:
        stored = " ".join(
            str(v) for row in connection.execute(text("SELECT * FROM accounts")) for v in row
        )
    assert key not in stored and key[len("sk-sandesh-") + 4 :] not in stored

    with pytest.raises(ValueError, match="exists already"):
        store.add_account("asha", "admin")
    with pytest.raises(ValueError, match="not a role"):
        store.add_account("nobody", "owner")
    # "local" owns the records of a server without accounts: no account may take it over.
    for bad in ("local", "", " asha", "a" * 101, "line\nbreak"):
        with pytest.raises(ValueError):
            store.add_account(bad, "worker")

    assert store.has_accounts()
    assert store.revoke("asha") and not store.revoke("asha")
    assert store.account_for_key(key) is None
    assert not store.has_accounts()
    [listed] = store.accounts()
    assert listed.status(datetime.now(UTC)) == "revoked"


def test_a_workshop_key_lapses_on_its_own(store: Store) -> None:
    past = datetime.now(UTC) - timedelta(minutes=1)
    account, key = store.add_account("room-01", "trainee", created_by="meena", expires_at=past)
    assert store.account_for_key(key) is None
    assert account.status(datetime.now(UTC)) == "expired"
    assert not store.has_accounts()


def test_a_day_is_exported_as_it_was_in_india(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    asha, _ = store.add_account("asha", "worker")
    # 19:00 UTC on 4 December is 00:30 on 5 December in India; 18:00 UTC is still the 4th.
    for when, facts in (
        (datetime(2026, 12, 4, 18, 0, tzinfo=UTC), ["चौथी तारीख"]),
        (datetime(2026, 12, 4, 19, 0, tzinfo=UTC), ["पाँचवीं तारीख, रात"]),
        (datetime(2026, 12, 5, 18, 29, tzinfo=UTC), ["पाँचवीं तारीख, देर रात"]),
    ):
        monkeypatch.setattr(store_module, "_now", lambda when=when: when)
        _draft(store, asha, facts)
    since, until = day_range(
        datetime(2026, 12, 5).date(), datetime(2026, 12, 5).date(), "Asia/Kolkata"
    )
    lines = list(export_lines(store, "csv", since=since, until=until, timezone="Asia/Kolkata"))
    assert lines[0].startswith("\ufeffid,kind,created_at,created_local,account")
    body = "".join(lines[1:])
    assert "पाँचवीं तारीख, रात" in body and "पाँचवीं तारीख, देर रात" in body
    assert "चौथी तारीख" not in body
    assert "2026-12-05T00:30:00+05:30" in body and body.count("asha") == 2


def test_drafts_recorded_before_accounts_are_kept(tmp_path: Path) -> None:
    data = tmp_path / "var"
    data.mkdir()
    old = sqlite3.connect(data / "sandesh.sqlite3")
    old.execute(
        "CREATE TABLE drafts (id TEXT PRIMARY KEY, created_at TEXT NOT NULL, request TEXT NOT "
        "NULL, response TEXT NOT NULL)"
    )
    old.execute(
        "INSERT INTO drafts VALUES (?, ?, ?, ?)",
        (
            "old1",
            "2026-11-30T10:00:00+00:00",
            '{"facts": ["पुराना तथ्य"]}',
            '{"drafts": [{"text": "पुराना मसौदा\\nदूसरी पंक्ति"}], "model": "m", "disclosure": "d"}',
        ),
    )
    old.commit()
    old.close()

    store = Store(data)
    record = store.get("old1")
    store.close()
    assert record is not None
    assert record["account"] == "local" and record["summary"] == "पुराना मसौदा"
    assert record["response"]["drafts"][0]["text"].startswith("पुराना मसौदा")
    assert record["created_at"] == "2026-11-30T10:00:00+00:00"
    # Opening it again migrates nothing twice.
    again = Store(data)
    assert again.count() == 1
    again.close()


def test_the_database_itself_refuses_to_change_or_delete_a_record(store: Store) -> None:
    from sqlalchemy.exc import DatabaseError

    record_id = _draft(store, None, ["तथ्य"])
    store.mark(record_id, "published", None, platform="whatsapp")
    for statement in (
        "UPDATE records SET summary = 'बदला हुआ' WHERE id = :id",
        "DELETE FROM records WHERE id = :id",
        "UPDATE marks SET platform = 'x' WHERE record_id = :id",
        "DELETE FROM marks WHERE record_id = :id",
    ):
        with pytest.raises(DatabaseError, match="append only"), store.engine.begin() as connection:
            connection.execute(text(statement), {"id": record_id})
    record = store.get(record_id)
    assert record is not None and record["summary"] == POST.splitlines()[0]
    assert record["published_on"] == "whatsapp"
