"""Faults a hostile or unlucky client causes: dropped streams and requests, a full queue, a full
disk, a hung model. Served by a real uvicorn server on a free port, so disconnects are real."""

from __future__ import annotations

import json
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Generator, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

import httpx
import pytest
from sse_starlette.sse import AppStatus

from models.base import GenerationOptions
from models.fake import FakeBackend
from service.config import Settings
from service.main import create_app
from service.server import SandeshServer
from tests.conftest import make_settings

Body = Callable[..., dict[str, object]]
SLOW_TOKENS = 400  # at 20 ms each, 8 s: far longer than any test waits


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def live_server(settings: Settings, backend: object) -> Iterator[str]:
    """The app on a real uvicorn server in this process; yields its base URL."""
    app = create_app(settings, backend=backend)  # type: ignore[arg-type]
    port = _free_port()
    server = SandeshServer(app, "127.0.0.1", port, log_level="warning")
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    url = f"http://127.0.0.1:{port}"
    wait_healthy(url, 20, thread.is_alive)
    try:
        yield url
    finally:
        # As SIGTERM would: uvicorn's handler, which Sandesh's server hooks.
        server.handle_exit(signal.SIGTERM, None)
        thread.join(15)
        assert not thread.is_alive(), "the server did not shut down"
        # sse-starlette marks the whole process as exiting; the next test's server is not.
        AppStatus.should_exit = False


def wait_healthy(url: str, timeout_s: float, alive: Callable[[], bool]) -> None:
    """Until ``url`` answers /health with 200; fails if ``alive()`` turns false or time runs out."""
    deadline = time.monotonic() + timeout_s
    while True:
        try:
            if httpx.get(f"{url}/health", timeout=1).status_code == 200:
                return
        except httpx.TransportError:
            pass
        assert alive() and time.monotonic() < deadline, "the server did not start"
        time.sleep(0.02)


def _slow_backend(replies: int = 1) -> FakeBackend:
    """Each of its first ``replies`` candidates takes 8 s (the rest: an echo of the facts)."""
    backend = FakeBackend(chunk_delay_s=0.02)
    for _ in range(replies):
        backend.enqueue(["शब्द "] * SLOW_TOKENS)
    return backend


def _wait_idle(url: str, timeout_s: float = 5.0) -> dict[str, object]:
    deadline = time.monotonic() + timeout_s
    while True:
        health = httpx.get(f"{url}/health", timeout=2).json()
        if not health["busy"]:
            return dict(health)
        assert time.monotonic() < deadline, f"the model is still busy: {health}"
        time.sleep(0.05)


def test_a_dropped_stream_stops_the_model_and_the_next_request_runs(
    tmp_path: Path, draft_body: Body
) -> None:
    backend = _slow_backend(4)
    with live_server(make_settings(tmp_path), backend) as url:
        for _ in range(4):  # the stall was seen in 1 of 4 tries
            with (
                httpx.Client(timeout=10) as http,
                http.stream("POST", f"{url}/v1/drafts/stream", json=draft_body()) as stream,
            ):
                lines = stream.iter_lines()
                assert any(line == "event: token" for line in lines)
            # The client has gone: the model stops writing for it, and is free again.
            _wait_idle(url)
        used = [call.options.usage.tokens for call in backend.history if call.options.usage]
        assert len(used) == 4 and all(0 < n < SLOW_TOKENS for n in used), used
        backend.enqueue("पीएम-किसान में हर साल ₹6,000 (₹2,000 की तीन किस्तें) मिलते हैं।")
        response = httpx.post(f"{url}/v1/drafts", json=draft_body(variants=1), timeout=10)
        assert response.status_code == 200, response.text
        assert response.json()["drafts"][0]["source"] == "model"


def test_a_json_client_that_times_out_stops_generation_and_what_it_had_is_stored(
    tmp_path: Path, draft_body: Body
) -> None:
    backend = _slow_backend()
    with live_server(make_settings(tmp_path), backend) as url:
        with pytest.raises(httpx.ReadTimeout):
            # Two seconds, not half of one: on a loaded machine (a fresh clone's compile beside
            # other suites) the request had not reached the model when the client gave up.
            httpx.post(f"{url}/v1/drafts", json=draft_body(), timeout=2.0)
        _wait_idle(url)
        [call] = backend.history
        assert call.options.usage is not None and call.options.usage.tokens < SLOW_TOKENS
        # The request is on record with the drafts it had (the template's), marked cancelled.
        with sqlite(tmp_path) as db:
            [(stored,)] = db.execute("SELECT response FROM records").fetchall()
        response = json.loads(stored)
        assert response["stats"]["cancelled"] is True
        assert response["drafts"] and all(d["source"] == "template" for d in response["drafts"])
        assert httpx.get(f"{url}/v1/drafts/{response['id']}").status_code == 200


def test_past_the_queue_depth_requests_get_503_with_retry_after(
    tmp_path: Path, draft_body: Body
) -> None:
    backend = _slow_backend(3)
    settings = make_settings(tmp_path, queue_depth=1)
    with live_server(settings, backend) as url:
        results: list[httpx.Response | Exception] = []

        def ask() -> None:
            try:
                results.append(httpx.post(f"{url}/v1/drafts", json=draft_body(), timeout=0.8))
            except httpx.HTTPError as exc:
                results.append(exc)

        first = threading.Thread(target=ask)
        first.start()
        _wait_until(lambda: httpx.get(f"{url}/health").json()["busy"])
        second = threading.Thread(target=ask)
        second.start()
        _wait_until(lambda: httpx.get(f"{url}/health").json()["queued"] == 1)
        refused = httpx.post(f"{url}/v1/drafts", json=draft_body(), timeout=5)
        streamed = httpx.post(f"{url}/v1/drafts/stream", json=draft_body(), timeout=5)
        # /health answers at once while the model is busy.
        health = httpx.get(f"{url}/health", timeout=1)
        first.join()
        second.join()
    for response in (refused, streamed):
        assert response.status_code == 503
        assert int(response.headers["retry-after"]) >= 1
        assert "SANDESH_QUEUE_DEPTH" in response.json()["detail"]
    assert health.status_code == 200
    assert health.json()["busy"] is True and health.json()["queued"] == 1


class HungBackend(FakeBackend):
    """A model that stops answering: no token, no end, whatever its deadline says."""

    def __init__(self) -> None:
        super().__init__()
        self.release = threading.Event()

    def stream(self, prompt: str, options: GenerationOptions) -> Generator[str, None, None]:
        self.release.wait(30)
        yield from ()


def test_health_says_stuck_when_a_generation_outlives_its_limit(
    tmp_path: Path, draft_body: Body, monkeypatch: pytest.MonkeyPatch
) -> None:
    import service.worker

    monkeypatch.setattr(service.worker, "STUCK_GRACE_S", 0.2)
    backend = HungBackend()
    settings = make_settings(tmp_path, generation_timeout_s=0.3)
    with live_server(settings, backend) as url:
        # The client waits as a user would: one that gave up after 0.2 s could leave before its
        # request reached the model on a busy machine, and nothing would be stuck (a full run).
        client = threading.Thread(target=_post_quietly, args=(f"{url}/v1/drafts", draft_body()))
        client.start()
        _wait_until(lambda: httpx.get(f"{url}/health").status_code == 503, timeout_s=15)
        health = httpx.get(f"{url}/health")
        assert health.json()["status"] == "stuck"
        assert "past its limit of 0.3 s" in health.json()["detail"]
        assert health.headers["retry-after"]
        backend.release.set()
        # The released request still finishes: its drafts are composed and checked (a timeout
        # keeps what it has), so give it time on a busy machine.
        _wait_until(lambda: httpx.get(f"{url}/health").status_code == 200, timeout_s=60)
        client.join(60)


def _post_quietly(url: str, body: dict[str, object]) -> None:
    with suppress(httpx.HTTPError):  # the test watches /health, not this answer
        httpx.post(url, json=body, timeout=60)


def _wait_until(condition: Callable[[], bool], timeout_s: float = 5.0) -> None:
    deadline = time.monotonic() + timeout_s
    while not condition():
        assert time.monotonic() < deadline, "the condition never held"
        time.sleep(0.02)


@contextmanager
def sqlite(tmp_path: Path) -> Iterator[object]:
    import sqlite3

    db = sqlite3.connect(tmp_path / "var" / "sandesh.sqlite3")
    try:
        yield db
    finally:
        db.close()


# --- a full disk ------------------------------------------------------------------------------


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 4 MiB tmpfs mounted for the test (CI runs as root, as `make test` installs packages)."""
    mount = tmp_path / "disk"
    mount.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", str(mount)],
        capture_output=True,
        text=True,
    )
    if done.returncode != 0:
        pytest.skip(f"cannot mount a small tmpfs here: {done.stderr.strip()}")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def _fill(directory: Path) -> Path:
    filler = directory / "filler"
    with filler.open("wb", buffering=0) as out:
        try:
            while True:
                out.write(b"\0" * 4096)
                out.flush()
        except OSError:
            pass
    return filler


def test_a_full_disk_gives_a_json_503_and_a_stream_error_event_and_loses_nothing(
    small_disk: Path, draft_body: Body
) -> None:
    settings = make_settings(small_disk, data_dir=small_disk / "var")
    post = "पीएम-किसान में हर साल ₹6,000 (₹2,000 की तीन किस्तें) मिलते हैं, हेल्पलाइन 155261 है।"
    backend = FakeBackend(default_reply=post)
    with live_server(settings, backend) as url:
        kept = httpx.post(f"{url}/v1/drafts", json=draft_body(variants=1), timeout=10)
        assert kept.status_code == 200
        filler = _fill(small_disk)

        response = httpx.post(f"{url}/v1/drafts", json=draft_body(variants=3), timeout=10)
        assert response.status_code == 503, response.text
        assert "SANDESH_DATA_DIR" in response.json()["detail"]
        assert int(response.headers["retry-after"]) > 0
        with httpx.stream(
            "POST", f"{url}/v1/drafts/stream", json=draft_body(variants=3), timeout=10
        ) as stream:
            events = [line for line in stream.iter_lines() if line]
        assert events[-2:][0] == "event: error"
        assert json.loads(events[-1].removeprefix("data: "))["status"] == 503
        assert not any(line == "event: done" for line in events)
        health = httpx.get(f"{url}/health")
        assert health.status_code == 503 and health.json()["status"] == "storage"

        filler.unlink()
        again = httpx.post(f"{url}/v1/drafts", json=draft_body(variants=1), timeout=10)
        assert again.status_code == 200
        assert httpx.get(f"{url}/health").status_code == 200
        # The record made before the disk filled is intact, and so is the one after.
        for draft_id in (kept.json()["id"], again.json()["id"]):
            assert httpx.get(f"{url}/v1/drafts/{draft_id}").status_code == 200


def test_an_unwritable_data_dir_stops_start_up_naming_the_setting(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("a file where the data directory should be")
    done = subprocess.run(
        [sys.executable, "-m", "service.cli", "serve", "--port", str(_free_port())],
        env={
            "PATH": "/usr/bin:/bin",
            "HOME": str(tmp_path),
            "SANDESH_BACKEND": "fake",
            "SANDESH_DATA_DIR": str(blocker / "var"),
        },
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode != 0
    assert "SANDESH_DATA_DIR" in done.stderr and "not writable" in done.stderr
    assert "Traceback" not in done.stderr


def test_a_shutdown_cancels_the_running_draft_and_answers_its_client_with_503(
    tmp_path: Path, draft_body: Body
) -> None:
    backend = _slow_backend()
    app_settings = make_settings(tmp_path)
    with live_server(app_settings, backend) as url:
        outcome: list[httpx.Response] = []
        waiting = threading.Thread(
            target=lambda: outcome.append(
                httpx.post(f"{url}/v1/drafts", json=draft_body(), timeout=20)
            )
        )
        waiting.start()
        _wait_until(lambda: httpx.get(f"{url}/health").json()["busy"])
        started = time.monotonic()
    # Leaving the block shut the server down: the running generation was cancelled, and its
    # client was told so.
    waiting.join(10)
    assert time.monotonic() - started < 10
    [response] = outcome
    assert response.status_code == 503
    assert "shutting down" in response.json()["detail"]
    [call] = backend.history
    assert call.options.usage is not None and call.options.usage.tokens < SLOW_TOKENS
