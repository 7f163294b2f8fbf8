"""The studio's script as native ES modules under /static/js, loaded by one module script."""

from __future__ import annotations

import re
from pathlib import Path

import httpx
from playwright.sync_api import Browser, Response, expect

from models.fake import FakeBackend
from tests.studio.conftest import Studio

JS_DIR = Path(__file__).resolve().parents[2] / "service" / "static" / "js"
MODULES = sorted(path.name for path in JS_DIR.glob("*.js"))
# A module you can read in one sitting; past this, split it (issue 16).
MAX_LINES = 700


def test_the_page_loads_every_module_with_no_error_and_no_failed_request(
    browser: Browser, studio: Studio, fake: FakeBackend
) -> None:
    context = browser.new_context(locale="hi-IN", base_url=studio.url)
    try:
        page = context.new_page()
        errors: list[str] = []
        page.on("pageerror", lambda exc: errors.append(f"page error: {exc}"))
        # A refused module (wrong MIME type, CSP) or a missing export shows as a console error.
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        page.on("requestfailed", lambda r: errors.append(f"failed: {r.url} {r.failure}"))
        scripts: list[str] = []

        def answered(response: Response) -> None:
            if response.status >= 400:
                errors.append(f"{response.status}: {response.url}")
            elif "/static/js/" in response.url:
                scripts.append(response.url.rsplit("/", 1)[-1])

        page.on("response", answered)
        page.goto("/")
        expect(page.locator("#model-status")).to_have_text("मॉडल तैयार")
        expect(page.locator("#facts-list .fact-input")).to_have_count(1)
        page.wait_for_load_state("networkidle")
        assert errors == []
        # Every module in the folder is one the page uses: none left behind by a later split.
        assert sorted(set(scripts)) == MODULES
    finally:
        context.close()


def test_the_modules_are_served_as_javascript_and_studio_js_is_gone(studio: Studio) -> None:
    assert httpx.get(f"{studio.url}/static/studio.js").status_code == 404
    page = httpx.get(f"{studio.url}/").text
    assert '<script type="module" src="/static/js/main.js"></script>' in page
    assert "studio.js" not in page
    for name in MODULES:
        response = httpx.get(f"{studio.url}/static/js/{name}")
        assert response.status_code == 200, name
        # A module script with any other type is refused (X-Content-Type-Options: nosniff).
        assert re.match(r"(text|application)/javascript\b", response.headers["content-type"]), name
        assert response.headers["x-content-type-options"] == "nosniff"
        # Asked for again on each load, so modules of two versions never meet in one page.
        assert response.headers["cache-control"] == "no-cache"


def test_no_module_is_too_long_to_read_in_one_sitting() -> None:
    assert "main.js" in MODULES
    lengths = {
        name: len((JS_DIR / name).read_text(encoding="utf-8").splitlines()) for name in MODULES
    }
    assert {name: n for name, n in lengths.items() if n > MAX_LINES} == {}


def test_hindi_words_are_written_only_in_messages_js() -> None:
    """Every word the user reads is in messages.js; other modules name it (comments aside)."""
    devanagari = re.compile("[\u0900-\u0963\u0966-\u097f]")  # the dandas are punctuation
    found = {}
    for name in MODULES:
        if name == "messages.js":
            continue
        code = re.sub(r"/\*.*?\*/", "", (JS_DIR / name).read_text(encoding="utf-8"), flags=re.S)
        code = re.sub(r"(^|\s)//.*$", "", code, flags=re.M)
        lines = [line.strip() for line in code.splitlines() if devanagari.search(line)]
        if lines:
            found[name] = lines
    assert found == {}
