"""The studio in a real browser: the app on the fake backend, served by uvicorn in a thread, and
Debian's Chromium driven by Playwright. Never ``playwright install``: the browser is the system's.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest
import uvicorn
from fastapi import FastAPI
from playwright.sync_api import Browser, BrowserContext, Page, Playwright, sync_playwright

from models.fake import FakeBackend
from service.main import create_app
from tests.conftest import make_settings

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "studio"


@dataclass
class Studio:
    url: str
    app: FastAPI

    @property
    def fake(self) -> FakeBackend:
        backend: FakeBackend = self.app.state.backend
        return backend


@contextmanager
def serving(app: FastAPI) -> Iterator[str]:
    """The app on 127.0.0.1 and a free port, until the block ends; yields its base URL."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    server = uvicorn.Server(
        uvicorn.Config(app, log_level="warning", ws="none", lifespan="on", access_log=False)
    )
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 15
        while True:
            try:
                if server.started and httpx.get(f"{url}/health").status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline or not thread.is_alive():
                raise AssertionError("the studio server did not start")
            time.sleep(0.05)
        yield url
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        sock.close()
    assert not thread.is_alive(), "the studio server did not stop"


@pytest.fixture(scope="module")
def studio(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Studio]:
    """The app on 127.0.0.1 and a free port, for the whole module; stopped at the end."""
    app = create_app(make_settings(tmp_path_factory.mktemp("studio")), backend=FakeBackend())
    with serving(app) as url:
        yield Studio(url, app)


@pytest.fixture
def fake(studio: Studio) -> FakeBackend:
    """A fresh, loaded fake backend per test, so one test's queued replies never reach another."""
    backend = FakeBackend()
    backend.load()
    studio.app.state.backend = backend
    return backend


@pytest.fixture(scope="module")
def playwright() -> Iterator[Playwright]:
    with sync_playwright() as p:
        yield p


@pytest.fixture(scope="module")
def browser(playwright: Playwright) -> Iterator[Browser]:
    if not CHROMIUM.exists():
        pytest.fail(
            f"Chromium is not installed at {CHROMIUM}; run `scripts/system-deps.sh test` "
            "(never `playwright install`)",
            pytrace=False,
        )
    browser = playwright.chromium.launch(
        executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS
    )
    yield browser
    browser.close()


OpenPage = Callable[..., Page]


@contextmanager
def pages(browser: Browser, base_url: str) -> Iterator[OpenPage]:
    """Open pages of the server at ``base_url``, each in a fresh context (empty localStorage and
    sessionStorage): desktop unless a size is given. Every context is closed at the end."""
    contexts: list[BrowserContext] = []

    def open_(width: int = 1280, height: int = 900, *, phone: bool = False) -> Page:
        context = browser.new_context(
            viewport={"width": width, "height": height},
            device_scale_factor=2 if phone else 1,
            is_mobile=phone,
            has_touch=phone,
            locale="hi-IN",
            base_url=base_url,
        )
        context.set_default_timeout(10_000)
        contexts.append(context)
        page = context.new_page()
        page.goto("/")
        page.wait_for_function("document.fonts.ready.then(() => true)")
        return page

    try:
        yield open_
    finally:
        for context in contexts:
            context.close()


@pytest.fixture
def open_page(browser: Browser, studio: Studio, fake: FakeBackend) -> Iterator[OpenPage]:
    """Open the studio in a fresh context (empty localStorage): desktop unless a size is given."""
    with pages(browser, studio.url) as open_:
        yield open_


@pytest.fixture
def shot() -> Callable[[Page, str], Path]:
    """Keep a screenshot as a test artifact (test-artifacts/studio/NAME.png)."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)

    def take(page: Page, name: str) -> Path:
        page.evaluate("document.fonts.ready")
        path = ARTIFACTS / f"{name}.png"
        page.screenshot(path=str(path), full_page=True)
        return path

    return take
