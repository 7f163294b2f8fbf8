"""The poster screen on a 390x844 phone: the poster shared through the share sheet, and the
floating thumbnail kept off the form's inputs (issue 15's trial as a new user)."""

from __future__ import annotations

import base64
import re
import time

from playwright.sync_api import Page, expect

from tests.studio.conftest import ARTIFACTS, OpenPage
from tests.studio.test_poster_screen import PNG_MAGIC, poster_tab, preview_size

TITLE = "स्वास्थ्य शिविर"

# Headless Chromium has no share sheet: a stand-in that records what the page hands over.
SHARE_STAND_IN = """
(filesOK) => {
  window.__shared = [];
  Object.defineProperty(navigator, "canShare", {
    configurable: true,
    value: (data) => !(data && data.files && data.files.length) || filesOK,
  });
  Object.defineProperty(navigator, "share", {
    configurable: true,
    value: async (data) => {
      const files = [];
      for (const f of (data && data.files) || []) {
        const bytes = new Uint8Array(await f.arrayBuffer());
        let bin = "";
        for (let i = 0; i < bytes.length; i += 8192) {
          bin += String.fromCharCode(...bytes.subarray(i, i + 8192));
        }
        files.push({ name: f.name, type: f.type, b64: btoa(bin) });
      }
      window.__shared.push({ title: data.title, text: data.text, files });
    },
  });
}
"""


def phone_with_share_sheet(open_page: OpenPage, *, files: bool) -> Page:
    page = open_page(390, 844, phone=True)
    page.add_init_script(f"({SHARE_STAND_IN})({'true' if files else 'false'})")
    page.reload()
    page.evaluate("document.fonts.ready.then(() => true)")
    poster_tab(page)
    page.get_by_label("शीर्षक").fill(TITLE)
    page.get_by_label("पंक्ति 1", exact=True).fill("20 जुलाई को पंचायत भवन में मुफ़्त जाँच")
    preview_size(page, 1080, 1080)
    return page


def shared(page: Page) -> list[dict[str, object]]:
    # Polled from here: the page's CSP forbids the eval wait_for_function needs for a string.
    deadline = time.monotonic() + 10
    while not page.evaluate("window.__shared.length") and time.monotonic() < deadline:
        time.sleep(0.05)
    result: list[dict[str, object]] = page.evaluate("window.__shared")
    return result


def test_the_poster_png_is_shared_with_its_title(open_page: OpenPage) -> None:
    page = phone_with_share_sheet(open_page, files=True)
    page.get_by_role("button", name="शेयर करें", exact=True).click()
    [given] = shared(page)
    assert given["text"] == TITLE
    files = given["files"]
    assert isinstance(files, list) and len(files) == 1
    [file] = files
    assert file["type"] == "image/png"
    assert str(file["name"]).endswith(".png")
    sent = base64.b64decode(file["b64"])
    src = page.locator("#poster-preview").get_attribute("src") or ""
    previewed = base64.b64decode(src.split(",", 1)[1])
    assert sent.startswith(PNG_MAGIC)
    assert len(sent) == len(previewed) and sent == previewed


def test_where_files_cannot_be_shared_the_title_is_and_download_stays(
    open_page: OpenPage,
) -> None:
    page = phone_with_share_sheet(open_page, files=False)
    page.get_by_role("button", name="शेयर करें", exact=True).click()
    [given] = shared(page)
    assert given["text"] == TITLE
    assert given["files"] == []
    expect(page.locator("#preview-status")).to_contain_text("पोस्टर डाउनलोड करके")
    expect(page.get_by_role("button", name="पोस्टर डाउनलोड करें (PNG)")).to_be_visible()


def _overlap(a: dict[str, float] | None, b: dict[str, float] | None) -> bool:
    assert a is not None and b is not None
    return (
        a["x"] < b["x"] + b["width"]
        and b["x"] < a["x"] + a["width"]
        and a["y"] < b["y"] + b["height"]
        and b["y"] < a["y"] + a["height"]
    )


def phone_poster(open_page: OpenPage, lines: list[str]) -> Page:
    """A phone's poster screen with the title and these lines, its square preview drawn."""
    page = open_page(390, 844, phone=True)
    poster_tab(page)
    page.get_by_label("शीर्षक").fill(TITLE)
    page.get_by_label("पंक्ति 1", exact=True).fill(lines[0])
    for n, text in enumerate(lines[1:], start=2):
        page.get_by_role("button", name="+ एक और पंक्ति जोड़ें").click()
        page.get_by_label(f"पंक्ति {n}", exact=True).fill(text)
    preview_size(page, 1080, 1080)
    return page


def test_the_floating_thumbnail_covers_no_line_box_or_its_remove_button(
    open_page: OpenPage,
) -> None:
    # Issue 15's trial: on a phone the thumbnail hid the right end of the title and of each
    # line box, «✕ हटाएँ» included.
    page = phone_poster(
        open_page, ["20 जुलाई को पंचायत भवन में", "मुफ़्त जाँच और दवाएँ", "सुबह 10 बजे से शाम 4 बजे तक"]
    )
    thumb = page.locator("#preview-thumb")
    for n in (3, 2, 1):
        remove = page.get_by_role("button", name=f"पंक्ति {n} हटाएँ")
        box = page.get_by_label(f"पंक्ति {n}", exact=True)
        # Bring the line down to the bottom of the screen, where the thumbnail floats.
        remove.evaluate(
            "b => window.scrollBy(0, b.getBoundingClientRect().bottom - window.innerHeight + 24)"
        )
        expect(thumb).to_be_visible()
        if n == 3:
            ARTIFACTS.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(ARTIFACTS / "poster-phone-thumb.png"))  # as the phone shows
        assert not _overlap(remove.bounding_box(), thumb.bounding_box())
        assert not _overlap(box.bounding_box(), thumb.bounding_box())
        # Clicked where it is: Playwright refuses when another element would take the click.
        remove.click(no_wait_after=True, timeout=3000)
        expect(page.locator("#poster-lines .line-input")).to_have_count(max(n - 1, 1))
    title = page.get_by_label("शीर्षक")
    title.evaluate("t => window.scrollBy(0, t.getBoundingClientRect().bottom - innerHeight + 24)")
    expect(thumb).to_be_visible()
    assert not _overlap(title.bounding_box(), thumb.bounding_box())


def test_a_line_box_shows_its_whole_text_once_the_form_narrows_for_the_thumbnail(
    open_page: OpenPage,
) -> None:
    # Issue 15's second trial: after one tap the line boxes, sized before the form narrowed
    # beside the floating thumbnail, cut off their second line.
    page = phone_poster(open_page, ["पंचायत भवन में सुबह 10 बजे से शाम 4 बजे तक मुफ़्त जाँच और दवाएँ मिलेंगी"])
    expect(page.locator(".poster-layout")).to_have_class(re.compile(r"\bthumb-floats\b"))
    page.wait_for_timeout(200)  # one frame for the resize observer
    cut = page.evaluate(
        """() => [...document.querySelectorAll('.line-input, #poster-title')]
            .filter((box) => box.scrollHeight > box.clientHeight + 1)
            .map((box) => box.value)"""
    )
    assert cut == [], cut
