"""«प्रकाशित किया» in Chromium: a draft or a downloaded poster is marked published on its record
(POST /v1/records/{id}/marks), the record on the server says so, the page remembers it after a
reload, and the server's refusals (a bad link, a takedown request) are shown in Hindi."""

from __future__ import annotations

import json
import re
import time
from typing import Any

import httpx
from playwright.sync_api import Locator, Page, expect

from models.fake import FakeBackend
from service.messages import hindi
from tests.studio.conftest import OpenPage, Studio
from tests.studio.test_poster_screen import poster_tab, settled
from tests.studio.test_studio import Shot, fits_width, one_passing_draft

LINK = "https://www.facebook.com/ward7/posts/123"
BAD_LINK = "facebook.com/ward7/posts/123"  # no https://: the server's pattern refuses it
CONFIRMED_FB = "✓ फ़ेसबुक पर प्रकाशित के रूप में दर्ज"


def record(studio: Studio, record_id: str) -> dict[str, Any]:
    """The record as the server has it (this server has no accounts: no key is needed)."""
    response = httpx.get(f"{studio.url}/v1/records/{record_id}")
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


def draft_record_id(page: Page) -> str:
    # The page saves the finished result a moment after it shows it. (Polled from here: the
    # page's CSP forbids the eval that wait_for_function needs for an expression.)
    deadline = time.monotonic() + 10
    while True:
        saved = json.loads(page.evaluate("localStorage.getItem('sandesh.studio.v1')") or "null")
        if (saved or {}).get("result") or time.monotonic() > deadline:
            break
        time.sleep(0.05)
    record_id: str = saved["result"]["id"]
    assert record_id
    return record_id


def forget_saved(page: Page, key: str, part: str, field: str) -> None:
    """Delete one field of what the page saved under ``key``, as a save from an older page
    would lack it."""
    page.evaluate(
        """([key, part, field]) => {
          const saved = JSON.parse(localStorage.getItem(key));
          delete saved[part][field];
          localStorage.setItem(key, JSON.stringify(saved));
        }""",
        [key, part, field],
    )


def open_publish(scope: Locator) -> Locator:
    """Press «प्रकाशित किया»; returns the form it opens (the platform choice has the focus)."""
    toggle = scope.get_by_role("button", name="प्रकाशित किया", exact=True)
    expect(toggle).to_have_attribute("aria-expanded", "false")
    toggle.click()
    expect(toggle).to_have_attribute("aria-expanded", "true")
    form = scope.get_by_role("form", name="प्रकाशन दर्ज करें")
    expect(form).to_be_visible()
    expect(form.get_by_label("कहाँ प्रकाशित किया?")).to_be_focused()
    return form


def test_a_draft_marked_published_on_facebook_with_its_link_is_recorded_and_remembered(
    open_page: OpenPage, studio: Studio, fake: FakeBackend, shot: Shot
) -> None:
    page = open_page()
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    # A CSP refusal shows as a console error; the 422 answered on purpose is not one to count.
    page.on(
        "console",
        lambda m: (
            errors.append(m.text)
            if m.type == "error" and not m.text.startswith("Failed to load resource")
            else None
        ),
    )
    draft = one_passing_draft(page)
    record_id = draft_record_id(page)
    assert record(studio, record_id)["state"] == "generated"

    form = open_publish(draft)
    platform = form.get_by_label("कहाँ प्रकाशित किया?")
    expect(platform).to_have_value("whatsapp")  # the platform the draft was written for
    expect(platform.locator("option")).to_have_text(["व्हाट्सऐप", "फ़ेसबुक", "एक्स", "इंस्टाग्राम", "अन्य"])
    platform.select_option("facebook")
    link = form.get_by_label("पोस्ट का लिंक (अगर हो)")

    # A link without https:// : the server's Hindi at the link field, and nothing is marked.
    link.fill(BAD_LINK)
    form.get_by_role("button", name="दर्ज करें").click()
    link_error = form.locator(f"#{link.get_attribute('id')}-error")
    expect(link_error).to_be_visible()
    expect(link_error).to_have_text(hindi("string_pattern_mismatch", field="link"))
    expect(link).to_have_attribute("aria-invalid", "true")
    expect(link).to_be_focused()
    assert link_error.get_attribute("id") in (link.get_attribute("aria-describedby") or "")
    expect(draft.locator(".publish-line")).to_have_count(0)
    kept = record(studio, record_id)
    assert kept["state"] == "generated"
    assert kept["marks"] == []
    shot(page, "publish-bad-link")

    # The right link, sent with Enter: the card says so, and so does the record.
    link.fill(LINK)
    expect(link).not_to_have_attribute("aria-invalid", "true")
    link.press("Enter")
    confirmed = draft.locator(".publish-line")
    expect(confirmed).to_have_count(1)
    expect(confirmed).to_contain_text(CONFIRMED_FB)
    expect(confirmed.get_by_role("link", name=LINK)).to_have_attribute("href", LINK)
    expect(form).to_be_hidden()
    expect(draft.get_by_role("button", name="कहीं और भी प्रकाशित किया")).to_be_focused()
    marked = record(studio, record_id)
    assert marked["state"] == "published"
    assert marked["published_on"] == "facebook"
    assert marked["published_link"] == LINK
    assert [(m["state"], m["platform"], m["link"]) for m in marked["marks"]] == [
        ("published", "facebook", LINK)
    ]
    shot(page, "publish-desktop")

    # After a reload the confirmation is still on the card.
    page.reload()
    draft = page.locator("article.draft")
    expect(draft).to_have_count(1)
    expect(draft.locator(".publish-line")).to_have_text(f"{CONFIRMED_FB} — {LINK}")
    expect(draft.get_by_role("button", name="कहीं और भी प्रकाशित किया")).to_be_visible()
    assert errors == []


def test_on_a_360px_phone_by_keyboard_a_group_of_ones_own_naming(
    open_page: OpenPage, studio: Studio, fake: FakeBackend, shot: Shot
) -> None:
    page = open_page(360, 740, phone=True)
    draft = one_passing_draft(page)
    record_id = draft_record_id(page)
    toggle = draft.get_by_role("button", name="प्रकाशित किया", exact=True)
    toggle.focus()
    page.keyboard.press("Enter")
    form = draft.get_by_role("form", name="प्रकाशन दर्ज करें")
    expect(form).to_be_visible()
    fits_width(page, 360)

    # Esc closes the form and gives the focus back.
    page.keyboard.press("Escape")
    expect(form).to_be_hidden()
    expect(toggle).to_be_focused()
    page.keyboard.press("Enter")
    platform = form.get_by_label("कहाँ प्रकाशित किया?")
    expect(platform).to_be_focused()

    # «अन्य» asks where; the name typed is what is recorded.
    where = form.get_by_label("किस जगह? (वैकल्पिक)")
    expect(where).to_be_hidden()
    platform.select_option("other")
    expect(where).to_be_visible()
    page.keyboard.press("Tab")
    expect(where).to_be_focused()
    page.keyboard.type("वार्ड 7 समिति ग्रुप")
    page.keyboard.press("Tab")
    expect(form.get_by_label("पोस्ट का लिंक (अगर हो)")).to_be_focused()
    fits_width(page, 360)
    shot(page, "publish-phone-form")
    page.keyboard.press("Enter")

    expect(draft.locator(".publish-line")).to_have_text(
        "✓ «वार्ड 7 समिति ग्रुप» पर प्रकाशित के रूप में दर्ज"
    )
    fits_width(page, 360)
    marked = record(studio, record_id)
    assert (marked["state"], marked["published_on"], marked["published_link"]) == (
        "published",
        "वार्ड 7 समिति ग्रुप",
        None,
    )
    shot(page, "publish-phone")


def test_a_record_with_a_takedown_request_is_not_marked_published(
    open_page: OpenPage, studio: Studio, fake: FakeBackend
) -> None:
    page = open_page()
    draft = one_passing_draft(page)
    record_id = draft_record_id(page)
    # The local user of a server without accounts is an admin, who may ask for a takedown.
    asked = httpx.post(
        f"{studio.url}/v1/records/{record_id}/marks",
        json={"state": "takedown_requested", "note": "ECI notice"},
    )
    assert asked.status_code == 201, asked.text

    form = open_publish(draft)
    form.get_by_role("button", name="दर्ज करें").click()
    alert = form.get_by_role("alert")
    expect(alert).to_have_text(hindi("state_conflict", {"state_hi": "हटाने का अनुरोध"}))
    expect(alert).to_contain_text("“हटाने का अनुरोध” स्थिति में है")
    expect(form).to_be_visible()
    expect(draft.locator(".publish-line")).to_have_count(0)
    assert record(studio, record_id)["state"] == "takedown_requested"


def test_drafts_saved_without_a_record_id_offer_no_publish_button(
    open_page: OpenPage, fake: FakeBackend
) -> None:
    page = open_page()
    draft = one_passing_draft(page)
    expect(draft.get_by_role("button", name="प्रकाशित किया", exact=True)).to_be_visible()
    # A save from before the server kept records: the result has no id.
    forget_saved(page, "sandesh.studio.v1", "result", "id")
    page.reload()
    draft = page.locator("article.draft")
    expect(draft).to_have_count(1)
    expect(draft.get_by_role("button", name="कॉपी करें")).to_be_visible()
    expect(draft.get_by_role("button", name="प्रकाशित किया", exact=True)).to_have_count(0)


def test_a_downloaded_poster_is_marked_published_on_its_own_record(
    open_page: OpenPage, studio: Studio, fake: FakeBackend, shot: Shot
) -> None:
    page = open_page()
    poster_tab(page)
    section = page.locator("#poster-publish")
    expect(section).to_be_hidden()  # nothing downloaded yet
    page.get_by_label("शीर्षक").fill("स्वास्थ्य शिविर")
    page.get_by_label("पंक्ति 1", exact=True).fill("20 जुलाई को पंचायत भवन में")
    page.get_by_role("radio", name="JPEG").check()
    settled(page)

    with (
        page.expect_response(
            lambda r: (
                r.url.endswith("/v1/posters")
                and (r.request.post_data_json or {}).get("format") == "jpeg"
            )
        ) as answered,
        page.expect_download(),
    ):
        page.get_by_role("button", name="पोस्टर डाउनलोड करें (JPEG)").click()
    record_id = answered.value.headers["x-sandesh-record"]
    assert record(studio, record_id)["kind"] == "poster"
    assert record(studio, record_id)["state"] == "generated"

    expect(section).to_be_visible()
    expect(section.get_by_role("heading", name="डाउनलोड किया गया पोस्टर")).to_be_visible()
    expect(section).to_contain_text("«स्वास्थ्य शिविर»")
    form = open_publish(section)
    form.get_by_label("कहाँ प्रकाशित किया?").select_option("instagram")
    form.get_by_role("button", name="दर्ज करें").click()
    expect(section.locator(".publish-line")).to_have_text("✓ इंस्टाग्राम पर प्रकाशित के रूप में दर्ज")
    marked = record(studio, record_id)
    assert (marked["kind"], marked["state"], marked["published_on"]) == (
        "poster",
        "published",
        "instagram",
    )
    shot(page, "publish-poster")

    # The poster screen remembers it, as it remembers its form.
    page.reload()
    expect(page.locator("#screen-poster")).to_be_visible()
    expect(page.locator("#poster-publish .publish-line")).to_have_text(
        "✓ इंस्टाग्राम पर प्रकाशित के रूप में दर्ज"
    )


def _download_poster(page: Page) -> None:
    page.get_by_label("शीर्षक").fill("स्वास्थ्य शिविर")
    page.get_by_label("पंक्ति 1", exact=True).fill("20 जुलाई को पंचायत भवन में")
    settled(page)
    with page.expect_download():
        page.get_by_role("button", name="पोस्टर डाउनलोड करें (PNG)").click()
    expect(page.locator("#poster-publish")).to_be_visible()


def _first_choice(page: Page) -> str:
    section = page.locator("#poster-publish")
    form = open_publish(section)
    choice = form.get_by_label("कहाँ प्रकाशित किया?").input_value()
    section.get_by_role("button", name="प्रकाशित किया", exact=True).click()
    return choice


def test_the_poster_screen_takes_its_layouts_order_default_and_platforms_from_the_server(
    open_page: OpenPage, studio: Studio, fake: FakeBackend
) -> None:
    # Issue 16: the page kept its own copies of the layouts' order, the default layout and
    # where a poster of each is likely posted. A server that says otherwise is followed.
    served = httpx.get(f"{studio.url}/v1/poster-templates").json()
    last = len(served)
    listed = [
        {
            **t,
            "order": last - n,
            "default": t["name"] == "status_story",
            "platforms": ["x"] if t["name"] == "status_story" else t["platforms"],
        }
        for n, t in enumerate(served)
    ]
    page = open_page()
    page.route("**/v1/poster-templates", lambda route: route.fulfill(json=listed))
    poster_tab(page)
    cards = page.locator(".layout-card")
    expect(cards).to_have_count(last)
    expect(cards.first).to_contain_text("A4 (छपाई के लिए)")
    expect(cards.last).to_contain_text("वर्गाकार")
    expect(page.get_by_role("radio", name=re.compile("खड़ा"))).to_be_checked()
    _download_poster(page)
    assert _first_choice(page) == "x"
    page.get_by_role("radio", name=re.compile("A4")).check()
    _download_poster(page)
    assert _first_choice(page) == "other"

    # The server's own list: a wide poster is most likely posted on Facebook, as before.
    page = open_page()
    poster_tab(page)
    expect(page.get_by_role("radio", name=re.compile("वर्गाकार"))).to_be_checked()
    _download_poster(page)
    assert _first_choice(page) == "whatsapp"
    page.get_by_role("radio", name=re.compile("चौड़ा")).check()
    _download_poster(page)
    assert _first_choice(page) == "facebook"

    # A download kept before the page took platforms from the server has none of its own: it
    # gets its layout's when the list arrives.
    forget_saved(page, "sandesh.studio.poster.v1", "download", "platform")
    page.reload()
    expect(page.locator("#screen-poster")).to_be_visible()
    expect(page.locator(".layout-card")).to_have_count(last)
    assert _first_choice(page) == "facebook"
