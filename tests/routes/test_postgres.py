"""Sandesh on a real PostgreSQL server, as an organisation runs it: two instances on one database,
a database that goes down and comes back, and a server killed while it works."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx

from models.fake import FakeBackend
from service.store import Store
from tests.conftest import make_settings
from tests.pg import PostgresServer
from tests.routes.test_faults import _free_port, live_server, wait_healthy

Body = Callable[..., dict[str, object]]
POSTER = {"template": "scheme_square", "title": "स्वास्थ्य शिविर", "lines": ["14 दिसंबर"]}


@contextmanager
def sandesh_process(
    tmp_path: Path, database: str, name: str
) -> Iterator[tuple[str, subprocess.Popen[str]]]:
    """``sandesh serve`` in a process of its own, on the fake backend and the given database."""
    port = _free_port()
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(tmp_path),
        "HF_HUB_OFFLINE": "1",
        "SANDESH_BACKEND": "fake",
        "SANDESH_DATA_DIR": str(tmp_path / name),
        "SANDESH_DATABASE_URL": database,
        "SANDESH_QUEUE_DEPTH": "50",
    }
    process = subprocess.Popen(
        [sys.executable, "-m", "service.cli", "serve", "--port", str(port)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        wait_healthy(url, 60, lambda: process.poll() is None)
    except AssertionError:
        process.kill()
        raise AssertionError(f"{name} did not start: {process.communicate()[1]}") from None
    try:
        yield url, process
    finally:
        if process.poll() is None:
            process.send_signal(signal.SIGTERM)
            try:
                process.wait(15)
            except subprocess.TimeoutExpired:
                process.kill()
        process.communicate()


def test_two_instances_on_one_database_keep_every_record_even_when_one_is_killed(
    tmp_path: Path, postgres: PostgresServer, draft_body: Body
) -> None:
    database = postgres.new_database()
    acknowledged: list[str] = []
    lock = threading.Lock()

    def hammer(url: str, count: int) -> None:
        for i in range(count):
            try:
                if i % 3 == 2:
                    response = httpx.post(f"{url}/v1/posters", json=POSTER, timeout=30)
                    ok = response.status_code == 200
                    record = response.headers.get("x-sandesh-record") if ok else None
                else:
                    response = httpx.post(
                        f"{url}/v1/drafts", json=draft_body(variants=1), timeout=30
                    )
                    ok = response.status_code == 200
                    record = response.json()["id"] if ok else None
            except httpx.TransportError:
                return  # the server was killed
            if record:
                with lock:
                    acknowledged.append(record)

    with (
        sandesh_process(tmp_path, database, "one") as (one, first),
        sandesh_process(tmp_path, database, "two") as (two, _),
    ):
        workers = [threading.Thread(target=hammer, args=(url, 9)) for url in (one, two, one, two)]
        for worker in workers:
            worker.start()
        for worker in workers:
            worker.join(120)
        done_before_kill = len(acknowledged)
        # Now kill the first while it is busy: nothing it acknowledged may be lost.
        busy = threading.Thread(target=hammer, args=(one, 50))
        busy.start()
        time.sleep(1.0)
        first.send_signal(signal.SIGKILL)
        busy.join(60)
        # The second instance goes on serving meanwhile.
        assert httpx.post(f"{two}/v1/drafts", json=draft_body(variants=1), timeout=30).is_success

    assert done_before_kill == 36
    store = Store(tmp_path / "check", database)
    try:
        stored = {r["id"] for r in store.find(limit=500)}
        assert set(acknowledged) <= stored, "an acknowledged record was lost"
        assert len(stored) >= len(acknowledged) + 1
        kinds = {r["kind"] for r in store.find(limit=500)}
        assert kinds == {"draft", "poster"}
    finally:
        store.close()


def test_a_database_that_goes_down_gives_503_and_sandesh_recovers_when_it_is_back(
    tmp_path: Path, draft_body: Body
) -> None:
    from tests.pg import postgres_server

    # A server of its own: this test stops it.
    with postgres_server() as server:
        settings = make_settings(tmp_path, database_url=server.new_database())
        with live_server(settings, FakeBackend()) as url:
            kept = httpx.post(f"{url}/v1/drafts", json=draft_body(variants=1), timeout=30)
            assert kept.status_code == 200

            server.stop()
            started = time.monotonic()
            down = httpx.post(f"{url}/v1/drafts", json=draft_body(variants=1), timeout=30)
            assert time.monotonic() - started < 20, "a database that is down must not hang"
            assert down.status_code == 503 and int(down.headers["retry-after"]) > 0
            assert down.json()["code"] == "storage_failed"
            assert "SANDESH_DATABASE_URL" in down.json()["detail"]
            health = httpx.get(f"{url}/health", timeout=30)
            assert health.status_code == 503 and health.json()["status"] == "storage"
            # Whether a key is needed is asked of the database too: 503, never a way in.
            assert (
                httpx.post(f"{url}/v1/checks", json={"text": "नमस्ते"}, timeout=30).status_code == 503
            )

            server.start()
            again = httpx.post(f"{url}/v1/drafts", json=draft_body(variants=1), timeout=30)
            assert again.status_code == 200
            assert httpx.get(f"{url}/health", timeout=30).status_code == 200
            for draft_id in (kept.json()["id"], again.json()["id"]):
                assert httpx.get(f"{url}/v1/drafts/{draft_id}", timeout=30).status_code == 200
