"""The studio on a server with accounts: it asks for an access key when the API answers 401,
keeps it for the tab's session only, says who is signed in, and forgets the key on sign-out."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import httpx
import pytest
from fastapi import FastAPI
from playwright.sync_api import Browser, Locator, Page, expect

from models.fake import FakeBackend
from service.main import create_app
from tests.conftest import SCHEME_FACTS, make_settings
from tests.studio.conftest import OpenPage, pages, serving
from tests.studio.test_studio import Shot, fill_facts, fits_width, generate, one_passing_draft

KEY_NEEDED = "इस सर्वर पर काम करने के लिए एक्सेस कुंजी चाहिए"
KEY_INVALID = "यह कुंजी यहाँ मान्य नहीं है"


@dataclass
class Keyed:
    url: str
    app: FastAPI
    key: str  # asha's, a worker


@pytest.fixture(scope="module")
def keyed(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Keyed]:
    """A studio server with one account, so every /v1 request but the public lists needs a key."""
    app = create_app(make_settings(tmp_path_factory.mktemp("keyed")), backend=FakeBackend())
    with serving(app) as url:
        _, key = app.state.store.add_account("asha", "worker")  # once the lifespan made the store
        assert httpx.get(f"{url}/v1/me").status_code == 401
        yield Keyed(url, app, key)


@pytest.fixture
def open_keyed(browser: Browser, keyed: Keyed) -> Iterator[OpenPage]:
    """The keyed studio in a fresh context: empty localStorage and sessionStorage."""
    with pages(browser, keyed.url) as open_:
        yield open_


def key_dialog(page: Page) -> Locator:
    return page.get_by_role("dialog", name="एक्सेस कुंजी डालें")


def sign_in(page: Page, key: str) -> None:
    """Type the key into the open dialog and send it with Enter, as a keyboard user would."""
    dialog = key_dialog(page)
    expect(dialog).to_be_visible()
    dialog.get_by_label("एक्सेस कुंजी", exact=True).fill(key)
    dialog.get_by_label("एक्सेस कुंजी", exact=True).press("Enter")
    expect(dialog).to_be_hidden()


def ask_for_one_draft(page: Page) -> None:
    fill_facts(page, SCHEME_FACTS[:2])
    page.get_by_role("radio", name="1", exact=True).check()
    generate(page)


def test_a_server_with_accounts_asks_for_the_key_then_makes_the_drafts(
    open_keyed: OpenPage, keyed: Keyed, shot: Shot
) -> None:
    page = open_keyed()
    header = page.get_by_role("banner")
    expect(header.get_by_role("button", name="बाहर निकलें")).to_be_hidden()
    ask_for_one_draft(page)

    dialog = key_dialog(page)
    expect(dialog).to_be_visible()
    expect(dialog).to_contain_text(KEY_NEEDED)
    key_box = dialog.get_by_label("एक्सेस कुंजी", exact=True)
    expect(key_box).to_be_focused()
    expect(key_box).to_have_attribute("type", "password")
    shot(page, "key-dialog")

    # A wrong key: the server's Hindi reason, and the dialog stays for another try.
    key_box.fill("sk-galat-kunji")
    dialog.get_by_role("button", name="जारी रखें").click()
    expect(dialog.get_by_role("alert")).to_contain_text(KEY_INVALID)
    expect(dialog).to_be_visible()
    expect(key_box).to_have_attribute("aria-invalid", "true")
    expect(key_box).to_be_focused()
    expect(page.locator("article.draft")).to_have_count(0)
    shot(page, "key-dialog-invalid")

    # The right key: the refused request goes again by itself, and the drafts come.
    key_box.fill(keyed.key)
    dialog.get_by_role("button", name="जारी रखें").click()
    expect(dialog).to_be_hidden()
    expect(page.locator("article.draft")).to_have_count(1)
    expect(page.locator("#announce")).to_have_text("1 मसौदा तैयार")
    expect(page.locator("#request-error")).to_be_hidden()
    expect(header).to_contain_text("asha")
    expect(header).to_contain_text("कार्यकर्ता")
    expect(header.get_by_role("button", name="बाहर निकलें")).to_be_visible()
    # Nothing typed was lost.
    expect(page.get_by_label("तथ्य 1", exact=True)).to_have_value(SCHEME_FACTS[0])
    expect(page.get_by_label("तथ्य 2", exact=True)).to_have_value(SCHEME_FACTS[1])
    # The key is this tab's only: in sessionStorage, never with the form in localStorage.
    assert keyed.key in page.evaluate("JSON.stringify(sessionStorage)")
    assert keyed.key not in page.evaluate("JSON.stringify(localStorage)")
    shot(page, "key-signed-in")


def test_the_key_lasts_through_a_reload_and_signing_out_forgets_it(
    open_keyed: OpenPage, keyed: Keyed, shot: Shot
) -> None:
    page = open_keyed(360, 740, phone=True)
    ask_for_one_draft(page)
    sign_in(page, keyed.key)
    expect(page.locator("article.draft")).to_have_count(1)
    expect(page.locator("#announce")).to_have_text("1 मसौदा तैयार")  # done, and saved

    page.reload()
    header = page.get_by_role("banner")
    expect(header).to_contain_text("asha")
    expect(header).to_contain_text("कार्यकर्ता")
    fits_width(page, 360)
    shot(page, "phone-signed-in")
    # An edit is re-checked and new drafts come, with no dialog: the kept key is sent.
    draft = page.locator("article.draft")
    draft.get_by_role("button", name="संपादित करें").click()
    editor = draft.get_by_label("मसौदा बदलें")
    editor.fill(editor.input_value() + "\nनज़दीकी केंद्र पर संपर्क करें।")
    expect(draft.locator(".check-status")).to_contain_text("दोबारा जाँचा")
    with page.expect_response("**/v1/drafts/stream") as answer:
        generate(page)
    assert answer.value.status == 200
    expect(page.locator("#announce")).to_have_text("1 मसौदा तैयार")
    expect(key_dialog(page)).to_be_hidden()

    # Signing out forgets the key: the header no longer names anyone, the next action asks.
    header.get_by_role("button", name="बाहर निकलें").click()
    expect(header).not_to_contain_text("asha")
    expect(header.get_by_role("button", name="बाहर निकलें")).to_be_hidden()
    assert keyed.key not in page.evaluate("JSON.stringify(sessionStorage)")
    generate(page)
    dialog = key_dialog(page)
    expect(dialog).to_be_visible()
    expect(dialog).to_contain_text(KEY_NEEDED)

    # Esc closes it: the request stays refused, said in Hindi, and the facts are still there.
    page.keyboard.press("Escape")
    expect(dialog).to_be_hidden()
    expect(page.locator("#request-error")).to_contain_text(KEY_NEEDED)
    expect(page.get_by_role("button", name="मसौदे बनाएँ")).to_be_enabled()
    expect(page.get_by_label("तथ्य 1", exact=True)).to_have_value(SCHEME_FACTS[0])

    # And after a reload with no key, nobody is named.
    page.reload()
    expect(page.get_by_role("banner").get_by_role("button", name="बाहर निकलें")).to_be_hidden()


def test_a_server_with_no_accounts_never_asks_for_a_key(open_page: OpenPage) -> None:
    page = open_page()
    assert page.request.get("/v1/me").json()["auth"] == "local"
    one_passing_draft(page)
    expect(page.locator("#key-dialog")).to_be_hidden()
    expect(page.get_by_role("dialog")).to_have_count(0)
    expect(page.get_by_role("banner").get_by_role("button", name="बाहर निकलें")).to_be_hidden()
    assert page.evaluate("sessionStorage.length") == 0
