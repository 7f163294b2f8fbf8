"""Accounts, keys and roles as a caller meets them, and the record they leave behind."""

from __future__ import annotations

import csv
import hashlib
import io
import logging
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from models.fake import FakeBackend
from service.auth import StartupRefused
from service.main import create_app
from service.store import Store
from tests.conftest import make_settings, wait_ready

Body = Callable[..., dict[str, object]]
POSTER = {
    "template": "scheme_square",
    "title": "प्रधानमंत्री किसान सम्मान निधि",
    "lines": ["पात्र किसान परिवारों को हर साल ₹6,000 मिलते हैं"],
    "cta": "आज ही ई-केवाईसी करवाएँ",
}


def _bearer(key: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {key}"}


def _hindi(text: str) -> bool:
    return any("\u0900" <= ch <= "\u097f" for ch in text)


@pytest.fixture
def org(tmp_path: Path, database_url: str | None) -> Iterator[TestClient]:
    """A server with accounts, on SQLite or PostgreSQL."""
    settings = make_settings(tmp_path, database_url=database_url)
    with TestClient(create_app(settings, backend=FakeBackend())) as client:
        wait_ready(client)
        yield client


def _store(client: TestClient) -> Store:
    store: Store = client.app.state.store  # type: ignore[attr-defined]
    return store


def _keys(client: TestClient, *roles: str) -> dict[str, str]:
    return {role: _store(client).add_account(f"{role}-1", role)[1] for role in roles}


def test_with_no_accounts_a_loopback_server_serves_one_local_user(
    client: TestClient, draft_body: Body
) -> None:
    assert client.get("/v1/me").json() == {
        "name": "local",
        "role": "admin",
        "auth": "local",
        "can": ["draft", "check", "poster", "bulk", "workshop_keys", "all_records", "takedown"],
        "expires_at": None,
    }
    made = client.post("/v1/drafts", json=draft_body(variants=1))
    assert made.status_code == 200
    [record] = client.get("/v1/records").json()["records"]
    assert record["id"] == made.json()["id"] and record["account"] == "local"


def test_once_an_account_exists_every_api_call_needs_its_key(
    org: TestClient, draft_body: Body
) -> None:
    keys = _keys(org, "worker")
    missing = org.post("/v1/drafts", json=draft_body(variants=1))
    assert missing.status_code == 401
    assert missing.json()["code"] == "auth_required" and _hindi(missing.json()["message_hi"])
    wrong = org.post("/v1/checks", json={"text": "नमस्ते"}, headers=_bearer("sk-sandesh-nope"))
    assert wrong.status_code == 401 and wrong.json()["code"] == "invalid_key"
    assert _hindi(wrong.json()["message_hi"])
    # The page, health and the public lists still answer, so the studio can ask for the key.
    for path in ("/", "/health", "/v1/limits", "/v1/poster-templates"):
        assert org.get(path).status_code == 200, path

    made = org.post("/v1/drafts", json=draft_body(variants=1), headers=_bearer(keys["worker"]))
    assert made.status_code == 200
    record = org.get(f"/v1/records/{made.json()['id']}", headers=_bearer(keys["worker"])).json()
    assert record["account"] == "worker-1" and record["role"] == "worker"
    assert record["response"]["candidates"] == made.json()["candidates"]
    assert record["model"] == made.json()["model"]


def test_a_revoked_key_stops_at_once(org: TestClient) -> None:
    keys = _keys(org, "worker", "admin")
    assert org.get("/v1/me", headers=_bearer(keys["worker"])).status_code == 200
    assert _store(org).revoke("worker-1")
    refused = org.get("/v1/me", headers=_bearer(keys["worker"]))
    assert refused.status_code == 401 and refused.json()["code"] == "invalid_key"


@pytest.mark.parametrize(
    ("role", "path", "needed"),
    [
        ("worker", "/v1/posters/bulk", "admin, designer"),
        ("designer", "/v1/workshop-keys", "admin, trainer"),
        ("trainer", "/v1/takedowns", "admin"),
    ],
)
def test_a_role_that_may_not_gets_403_naming_the_roles_that_may(
    org: TestClient, role: str, path: str, needed: str
) -> None:
    key = _keys(org, role)[role]
    if path == "/v1/takedowns":
        response = org.get(path, headers=_bearer(key))
    elif path == "/v1/workshop-keys":
        response = org.post(path, json={"count": 2}, headers=_bearer(key))
    else:
        response = org.post(
            path, content="title\nशिविर\n", headers={**_bearer(key), "content-type": "text/csv"}
        )
    assert response.status_code == 403
    body = response.json()
    assert body["code"] == "role_forbidden" and needed in body["detail"]
    assert _hindi(body["message_hi"]) and "एडमिन" in body["message_hi"]


def test_a_key_past_its_rate_gets_429_with_retry_after(tmp_path: Path, draft_body: Body) -> None:
    settings = make_settings(tmp_path, rate_limit_per_minute=2)
    with TestClient(create_app(settings, backend=FakeBackend())) as client:
        wait_ready(client)
        key = _keys(client, "worker")["worker"]
        other = _store(client).add_account("worker-2", "worker")[1]
        for _ in range(2):
            ok = client.post("/v1/drafts", json=draft_body(variants=1), headers=_bearer(key))
            assert ok.status_code == 200
        limited = client.post("/v1/drafts", json=draft_body(variants=1), headers=_bearer(key))
        assert limited.status_code == 429
        assert 1 <= int(limited.headers["retry-after"]) <= 30
        assert limited.json()["code"] == "rate_limited" and _hindi(limited.json()["message_hi"])
        # Checks are not limited, and another key has its own share.
        assert client.post("/v1/checks", json={"text": "नमस्ते"}, headers=_bearer(key)).is_success
        assert client.post(
            "/v1/drafts", json=draft_body(variants=1), headers=_bearer(other)
        ).is_success


def test_a_worker_sees_their_own_records_and_an_admin_sees_everyones(
    org: TestClient, draft_body: Body
) -> None:
    keys = _keys(org, "worker", "admin")
    other = _store(org).add_account("worker-2", "worker")[1]
    mine = org.post("/v1/drafts", json=draft_body(variants=1), headers=_bearer(keys["worker"]))
    theirs = org.post("/v1/drafts", json=draft_body(variants=1), headers=_bearer(other))

    listed = org.get("/v1/records", headers=_bearer(keys["worker"])).json()["records"]
    assert [r["id"] for r in listed] == [mine.json()["id"]]
    peek = org.get(f"/v1/records/{theirs.json()['id']}", headers=_bearer(keys["worker"]))
    assert peek.status_code == 403
    assert (
        org.get(f"/v1/drafts/{theirs.json()['id']}", headers=_bearer(keys["worker"])).status_code
        == 403
    )
    others = org.get("/v1/records?account=worker-2", headers=_bearer(keys["worker"]))
    assert others.status_code == 403

    everyone = org.get("/v1/records", headers=_bearer(keys["admin"])).json()["records"]
    assert {r["account"] for r in everyone} == {"worker-1", "worker-2"}
    assert org.get("/v1/records/nope", headers=_bearer(keys["admin"])).status_code == 404


def test_a_poster_is_recorded_with_the_hash_of_the_image_sent_and_its_label(
    org: TestClient,
) -> None:
    key = _keys(org, "designer")["designer"]
    poster = org.post("/v1/posters", json=POSTER, headers=_bearer(key))
    assert poster.status_code == 200
    [row] = org.get("/v1/records?kind=poster", headers=_bearer(key)).json()["records"]
    record = org.get(f"/v1/records/{row['id']}", headers=_bearer(key)).json()
    assert record["content_sha256"] == hashlib.sha256(poster.content).hexdigest()
    assert record["summary"] == POSTER["title"] and record["account"] == "designer-1"
    metadata = record["response"]["metadata"]
    assert metadata["ai_generated"] and metadata["label"] == record["disclosure"]
    assert "trainedAlgorithmicMedia" in metadata["digital_source_type"]
    assert record["request"]["lines"] == POSTER["lines"]


def test_a_bulk_job_is_one_record_listing_each_poster(org: TestClient) -> None:
    key = _keys(org, "designer")["designer"]
    rows = "title,lines\nस्वास्थ्य शिविर,14 दिसंबर|सुबह 9 बजे से\nपुस्तक मेला,25 जनवरी से\n"
    made = org.post(
        "/v1/posters/bulk",
        content=rows.encode(),
        headers={**_bearer(key), "content-type": "text/csv"},
    )
    assert made.status_code == 200
    [row] = org.get("/v1/records?kind=bulk", headers=_bearer(key)).json()["records"]
    record = org.get(f"/v1/records/{row['id']}", headers=_bearer(key)).json()
    assert record["content_sha256"] == hashlib.sha256(made.content).hexdigest()
    assert [p["title"] for p in record["response"]["posters"]] == ["स्वास्थ्य शिविर", "पुस्तक मेला"]


def test_published_then_taken_down_within_the_rules(org: TestClient, draft_body: Body) -> None:
    keys = _keys(org, "worker", "admin")
    worker, admin = _bearer(keys["worker"]), _bearer(keys["admin"])
    draft_id = org.post("/v1/drafts", json=draft_body(variants=1), headers=worker).json()["id"]
    marks = f"/v1/records/{draft_id}/marks"

    nowhere = org.post(marks, json={"state": "published"}, headers=worker)
    assert nowhere.status_code == 422 and nowhere.json()["detail"][0]["field"] == "platform"
    link = "https://www.facebook.com/dio.example/posts/1"
    published = org.post(
        marks, json={"state": "published", "platform": "facebook", "link": link}, headers=worker
    )
    assert published.status_code == 201
    assert published.json()["state"] == "published"
    assert published.json()["published_link"] == link

    assert (
        org.post(
            marks, json={"state": "takedown_requested", "note": "x"}, headers=worker
        ).status_code
        == 403
    )
    why = org.post(marks, json={"state": "takedown_requested"}, headers=admin)
    assert why.status_code == 422 and why.json()["detail"][0]["field"] == "note"
    asked = org.post(
        marks, json={"state": "takedown_requested", "note": "ECI नोटिस 12/2026"}, headers=admin
    )
    assert asked.status_code == 201
    takedowns = org.get("/v1/takedowns", headers=admin).json()
    assert takedowns["within_hours"] == 3 and takedowns["overdue"] == 0
    assert [t["id"] for t in takedowns["open"]] == [draft_id]

    assert org.post(marks, json={"state": "taken_down"}, headers=admin).status_code == 201
    assert org.get("/v1/takedowns", headers=admin).json()["open"] == []
    again = org.post(marks, json={"state": "published", "platform": "x"}, headers=worker)
    assert again.status_code == 409
    assert again.json()["code"] == "state_conflict" and "हटाया गया" in again.json()["message_hi"]
    assert (
        org.post("/v1/records/nope/marks", json={"state": "taken_down"}, headers=admin).status_code
        == 404
    )


def test_an_export_of_a_day_lists_every_draft_and_poster_by_whom(
    org: TestClient, draft_body: Body
) -> None:
    keys = _keys(org, "worker", "designer", "admin")
    draft = org.post("/v1/drafts", json=draft_body(variants=1), headers=_bearer(keys["worker"]))
    poster = org.post("/v1/posters", json=POSTER, headers=_bearer(keys["designer"]))
    assert draft.status_code == 200 and poster.status_code == 200
    today = datetime.now(UTC).astimezone().date()
    days = f"from={today - timedelta(days=1)}&to={today + timedelta(days=1)}"

    assert org.get(f"/v1/records/export?{days}", headers=_bearer(keys["worker"])).status_code == 403
    exported = org.get(f"/v1/records/export?{days}&format=csv", headers=_bearer(keys["admin"]))
    assert exported.status_code == 200
    assert "attachment" in exported.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(exported.content.decode("utf-8-sig"))))
    by_kind = {row["kind"]: row for row in rows}
    assert set(by_kind) == {"draft", "poster"}
    assert (
        by_kind["draft"]["account"] == "worker-1" and by_kind["draft"]["id"] == draft.json()["id"]
    )
    assert by_kind["draft"]["text"] == draft.json()["drafts"][0]["text"]
    assert by_kind["poster"]["account"] == "designer-1"
    assert by_kind["poster"]["content_sha256"] == hashlib.sha256(poster.content).hexdigest()
    jsonl = org.get(f"/v1/records/export?{days}&format=jsonl", headers=_bearer(keys["admin"]))
    assert len(jsonl.text.splitlines()) == 2
    bad = org.get(
        "/v1/records/export?from=2026-02-30&to=2026-03-01", headers=_bearer(keys["admin"])
    )
    assert bad.status_code == 422 and bad.json()["detail"][0]["field"] == "from"


def test_a_trainer_makes_short_lived_keys_for_a_room(org: TestClient, draft_body: Body) -> None:
    trainer = _bearer(_keys(org, "trainer")["trainer"])
    made = org.post("/v1/workshop-keys", json={"count": 3, "hours": 2}, headers=trainer)
    assert made.status_code == 201
    body = made.json()
    assert len(body["keys"]) == 3 and len({k["key"] for k in body["keys"]}) == 3
    expires = datetime.fromisoformat(body["expires_at"])
    assert timedelta(hours=1, minutes=59) < expires - datetime.now(UTC) <= timedelta(hours=2)
    trainee = _bearer(body["keys"][0]["key"])
    me = org.get("/v1/me", headers=trainee).json()
    assert me["role"] == "trainee" and me["expires_at"] is not None
    assert org.post("/v1/drafts", json=draft_body(variants=1), headers=trainee).status_code == 200
    assert org.post("/v1/workshop-keys", json={"count": 1}, headers=trainee).status_code == 403
    [account] = [a for a in _store(org).accounts() if a.name == body["keys"][0]["name"]]
    assert account.created_by == "trainer-1"


def test_a_server_beyond_loopback_refuses_to_start_open_unless_told_to(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    wide = make_settings(tmp_path, host="0.0.0.0", allowed_hosts=["*"])
    with (
        pytest.raises(StartupRefused, match="sandesh users add"),
        TestClient(create_app(wide, backend=FakeBackend())),
    ):
        pass
    # With an account it starts, and asks for keys.
    store = Store(wide.data_dir)
    store.add_account("admin", "admin")
    store.close()
    with TestClient(create_app(wide, backend=FakeBackend())) as client:
        assert client.get("/v1/me").status_code == 401
    # Open on purpose: it starts, and says so loudly.
    opened = make_settings(tmp_path / "open", host="0.0.0.0", allowed_hosts=["*"], auth="off")
    with (
        caplog.at_level(logging.WARNING, logger="sandesh"),
        TestClient(create_app(opened, backend=FakeBackend())) as client,
    ):
        assert client.get("/v1/me").json()["auth"] == "off"
    assert any("ANYONE WHO CAN REACH" in r.getMessage() for r in caplog.records)
