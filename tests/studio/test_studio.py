"""The studio page as a user sees it, in Chromium, against the app on the fake backend."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from urllib.parse import unquote

from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Locator, Page, Route, expect

from evaluation.checks import CHECK_NAMES
from evaluation.conduct import CATEGORIES
from models.fake import BatchingFakeBackend, FakeBackend
from tests.conftest import SCHEME_FACTS, SCHEME_POSTS
from tests.studio.conftest import OpenPage, Studio

Shot = Callable[[Page, str], Path]

GOOD_1, GOOD_2, _ = SCHEME_POSTS
INVENTED = "पीएम-किसान में अब हर किसान को ₹60,327 मिलेंगे। जल्दी करें।"


def fill_facts(page: Page, facts: list[str]) -> None:
    page.get_by_label("तथ्य 1", exact=True).fill(facts[0])
    for number, fact in enumerate(facts[1:], start=2):
        page.get_by_role("button", name="+ एक और तथ्य जोड़ें").click()
        page.get_by_label(f"तथ्य {number}", exact=True).fill(fact)


def generate(page: Page) -> None:
    page.get_by_role("button", name="मसौदे बनाएँ").click()


def replying(status: int, body: object) -> Callable[[Route], None]:
    def reply(route: Route) -> None:
        route.fulfill(status=status, json=body)

    return reply


def fits_width(page: Page, width: int) -> None:
    scroll_width = page.evaluate("document.documentElement.scrollWidth")
    assert scroll_width <= width, f"the page scrolls sideways: {scroll_width} px > {width} px"


def test_facts_give_checked_drafts_to_copy_and_share(
    open_page: OpenPage, fake: FakeBackend, shot: Shot
) -> None:
    page = open_page()
    page.context.grant_permissions(["clipboard-read", "clipboard-write"])
    expect(page.locator("#model-status")).to_have_text("मॉडल तैयार")
    fill_facts(page, SCHEME_FACTS)
    page.get_by_role("radio", name="2").check()
    fake.enqueue(GOOD_1, GOOD_2)
    generate(page)

    drafts = page.locator("article.draft")
    expect(drafts).to_have_count(2)
    expect(page.get_by_role("button", name="मसौदे बनाएँ")).to_be_enabled()
    first = drafts.first
    expect(first.get_by_role("heading", name="मसौदा 1")).to_be_visible()
    expect(first.locator(".source")).to_have_text("मॉडल")
    expect(first.locator(".draft-text")).to_contain_text("हर साल ₹6,000 मिलते हैं")
    expect(first.locator(".draft-text")).to_contain_text("एआई की सहायता से तैयार")
    expect(first.locator(".badge")).to_have_count(len(CHECK_NAMES))
    expect(first.locator(".badge.pass")).to_have_count(len(CHECK_NAMES))
    expect(first.locator(".badge")).to_contain_text(
        ["तथ्य", "भाषा", "लहजा", "आचार संहिता", "लंबाई", "प्रारूप", "संपादन"]
    )
    text = first.locator(".draft-text").inner_text()
    expect(first.locator(".length")).to_have_text(f"{len(text)} / 1000 अक्षर")
    expect(page.locator("#announce")).to_have_text("2 मसौदे तैयार")

    first.get_by_role("button", name="कॉपी करें").click()
    expect(first.locator(".check-status")).to_contain_text("कॉपी हो गया")
    assert page.evaluate("navigator.clipboard.readText()") == text
    share = first.get_by_role("link", name="व्हाट्सऐप पर भेजें")
    href = share.get_attribute("href") or ""
    assert href.startswith("https://wa.me/?text=")
    assert unquote(href.removeprefix("https://wa.me/?text=")) == text
    shot(page, "desktop-drafts")


def one_passing_draft(page: Page) -> Locator:
    """Asks for one draft of the scheme facts; it passes every check."""
    fill_facts(page, SCHEME_FACTS)
    page.get_by_role("radio", name="1", exact=True).check()
    generate(page)
    draft = page.locator("article.draft")
    expect(draft).to_have_count(1)
    expect(draft.locator(".badge.pass")).to_have_count(len(CHECK_NAMES))
    return draft


def test_an_edit_is_rechecked_and_an_invented_number_is_marked_with_its_reason(
    open_page: OpenPage, fake: FakeBackend, shot: Shot
) -> None:
    page = open_page()
    draft = one_passing_draft(page)
    expect(draft.locator("mark")).to_have_count(0)

    draft.get_by_role("button", name="संपादित करें").click()
    editor = draft.get_by_label("मसौदा बदलें")
    expect(editor).to_be_focused()
    edited = editor.input_value().replace(
        "जरूरी सूचना:", "जरूरी सूचना: अब हर किसान को ₹60,327 मिलेंगे।", 1
    )
    editor.fill(edited)

    mark = draft.locator("mark", has_text="₹60,327")
    expect(mark).to_be_visible()
    expect(mark).to_have_attribute("title", re.compile("किसी तथ्य में नहीं है"))
    expect(draft.locator(".badge[data-check='grounding']")).to_have_class(re.compile("fail"))
    expect(draft.locator(".length")).to_have_text(f"{len(edited)} / 1000 अक्षर")
    expect(draft.locator(".issues")).to_contain_text("राशि «₹60,327» आपके दिए किसी तथ्य में नहीं है")
    expect(draft.locator(".check-status")).to_contain_text("1 समस्या")
    share = draft.get_by_role("link", name="व्हाट्सऐप पर भेजें")
    assert "%E2%82%B960%2C327" in (share.get_attribute("href") or "")

    # Keyboard: the mark takes focus and then shows its reason.
    mark.focus()
    tip = draft.get_by_role("tooltip")
    expect(tip).to_be_visible()
    expect(tip).to_contain_text("किसी तथ्य में नहीं है")
    shot(page, "desktop-edit-recheck")

    # Putting the original back passes again.
    draft.get_by_role("button", name="मूल मसौदा वापस लाएँ").click()
    expect(draft.locator(".badge.pass")).to_have_count(len(CHECK_NAMES))
    expect(draft.locator("mark")).to_have_count(0)

    # A helpline number deleted: the page names the fact it came from, from the params.
    editor = draft.get_by_label("मसौदा बदलें")
    editor.fill(editor.input_value().replace("155261", "").replace("१५५२६१", ""))
    expect(draft.locator(".issues")).to_contain_text("तथ्य 3 में दिया «155261» पोस्ट में नहीं है")


def test_a_threat_typed_into_a_draft_gets_the_conduct_checks_hindi_reason(
    open_page: OpenPage, fake: FakeBackend
) -> None:
    draft = one_passing_draft(open_page())
    draft.get_by_role("button", name="संपादित करें").click()
    editor = draft.get_by_label("मसौदा बदलें")
    threat = "जिन घरों से हमारे ख़िलाफ़ वोट पड़ा है, उनका नल कनेक्शन चुनाव के बाद कटवा देंगे।"
    editor.fill(editor.input_value() + "\n" + threat)

    expect(draft.locator(".badge[data-check='conduct']")).to_have_class(re.compile("fail"))
    # The reason is the server's own Hindi for the category, not an English sentence.
    expect(draft.locator(".issues")).to_contain_text(CATEGORIES["intimidation"].hi)
    # The English reason is for workshop mode only.
    expect(draft.locator(".issue-item-conduct .english")).to_be_hidden()


def test_candidates_written_side_by_side_show_one_live_text_at_a_time(
    open_page: OpenPage, studio: Studio
) -> None:
    """llama.cpp writes a request's candidates together, a token of each in turn: the live
    text follows one candidate until it ends instead of jumping to whichever wrote last."""
    batching = BatchingFakeBackend(writes="headlines", chunk_delay_s=0.03)
    batching.load()
    studio.app.state.backend = batching
    batching.enqueue(
        ["पहला", " शीर्षक", " धीरे", " धीरे", " लिखा", " गया\n"],
        ["दूसरा", " शीर्षक", " भी", " साथ", " लिखा", " गया\n"],
    )
    page = open_page(1280, 900)
    page.evaluate(
        """() => {
          window.liveTexts = [];
          new MutationObserver(() => {
            window.liveTexts.push(document.querySelector("#progress-live").textContent);
          }).observe(document.querySelector("#progress-live"), {childList: true, subtree: true,
            characterData: true});
        }"""
    )
    fill_facts(page, SCHEME_FACTS[:2])
    page.get_by_role("radio", name="3", exact=True).check()
    generate(page)
    expect(page.locator(".draft")).to_have_count(3, timeout=20_000)
    texts = [t for t in page.evaluate("window.liveTexts") if t]
    firsts = [t.split()[0] for t in texts]
    assert firsts[0] == "पहला", texts
    # The first candidate is followed to its end, never interrupted by the second's words
    # (written alongside it, and done when it is).
    assert "दूसरा" not in firsts, texts
    assert texts[firsts.count("पहला") - 1] == "पहला शीर्षक धीरे धीरे लिखा गया", texts


def test_workshop_mode_shows_the_prompt_the_stream_and_why_a_candidate_was_rejected(
    open_page: OpenPage, fake: FakeBackend, shot: Shot
) -> None:
    page = open_page(1920, 1080)
    page.get_by_text("कार्यशाला मोड").click()
    expect(page.get_by_role("switch", name="कार्यशाला मोड")).to_be_checked()
    assert page.evaluate("getComputedStyle(document.documentElement).fontSize") == "20px"
    fill_facts(page, SCHEME_FACTS[:2])
    page.get_by_role("radio", name="1", exact=True).check()
    fake.chunk_delay_s = 0.04
    words = INVENTED.split(" ")
    fake.enqueue([w + " " for w in words], INVENTED)
    generate(page)

    # Progress is visible while the model writes, and its words arrive one by one.
    expect(page.locator("#progress")).to_be_visible()
    expect(page.locator("#progress-status")).to_contain_text("मॉडल लिख रहा है")
    expect(page.locator("#progress-live")).to_contain_text("पीएम-किसान में")

    workshop = page.locator("#workshop")
    expect(workshop.locator("#prompt-text")).to_contain_text(f"- {SCHEME_FACTS[0]}")
    expect(workshop.locator("#prompt-meta")).to_contain_text("साँचा: scheme")
    first = workshop.locator("#candidate-0")
    expect(first.locator(".verdict")).to_have_text("✗ अस्वीकार")
    expect(first.locator("mark", has_text="₹60,327")).to_be_visible()
    expect(first.locator(".reject-reason")).to_contain_text("किस जाँच ने रोका: तथ्य")
    expect(first.locator(".issues")).to_contain_text("राशि «₹60,327» आपके दिए किसी तथ्य में नहीं है")
    expect(first.locator(".issues")).to_contain_text("appears in no fact")
    expect(workshop.locator("#candidate-1 .verdict")).to_have_text("✗ अस्वीकार")
    expect(workshop.locator("#choices")).to_contain_text("तय ढाँचे से")
    expect(workshop.locator("#run-stats")).to_contain_text("कुल 2 उम्मीदवार, 0 पास")
    expect(page.locator("#progress")).to_be_hidden()
    draft = page.locator("article.draft")
    expect(draft).to_have_count(1)
    expect(draft.locator(".source")).to_have_text("तय ढाँचे से")
    # The fact word for word; on WhatsApp its figure is in *bold*.
    expect(draft.locator(".draft-text")).to_contain_text(
        SCHEME_FACTS[0].replace("₹6,000", "*₹6,000*")
    )
    fits_width(page, 1920)
    shot(page, "workshop-projector")

    # A reload keeps the trace the room was looking at, and says it is the last run's.
    page.reload()
    expect(page.get_by_role("switch", name="कार्यशाला मोड")).to_be_checked()
    expect(workshop.locator("#prompt-text")).to_contain_text(f"- {SCHEME_FACTS[0]}")
    expect(first.locator(".verdict")).to_have_text("✗ अस्वीकार")
    expect(first.locator("mark", has_text="₹60,327")).to_be_visible()
    expect(first.locator(".reject-reason")).to_contain_text("किस जाँच ने रोका: तथ्य")
    expect(workshop.locator("#choices")).to_contain_text("तय ढाँचे से")
    expect(workshop.locator("#run-stats")).to_contain_text("पिछली बार का रिकॉर्ड")
    expect(workshop.locator("#run-stats")).to_contain_text("कुल 2 उम्मीदवार, 0 पास")

    # For a room where every candidate passed: a draft with a line no fact backs, checked by
    # the server and shown rejected, labelled as no model's.
    workshop.get_by_role("button", name="एक ग़लत मसौदा दिखाएँ").click()
    example = workshop.locator("#candidate-example")
    expect(example).to_contain_text("मॉडल का नहीं")
    expect(example.locator(".verdict")).to_have_text("✗ अस्वीकार")
    expect(example.locator("mark", has_text="₹99,999")).to_be_visible()
    expect(example.locator(".reject-reason")).to_contain_text("तथ्य")


def test_the_phrasebook_draft_leads_and_a_model_headline_follows_with_its_reasons(
    open_page: OpenPage, studio: Studio
) -> None:
    fake = FakeBackend(writes="headlines")  # as the embedded model, tuned to write headlines
    fake.load()
    studio.app.state.backend = fake
    page = open_page(1920, 1080)
    page.get_by_text("कार्यशाला मोड").click()
    fill_facts(page, SCHEME_FACTS[:2])
    page.get_by_role("radio", name="2", exact=True).check()
    good = "पीएम-किसान: हर साल ₹6,000 सीधे बैंक खाते में"
    fake.enqueue("ज़रूरी सूचना\n", good + "\n", good + "\n", good + "\n")
    generate(page)

    drafts = page.locator("article.draft")
    expect(drafts).to_have_count(2)
    # The composer's own draft comes first, by design, and says so; the second carries the
    # model's headline.
    lead = drafts.nth(0).locator(".source")
    expect(lead).to_have_text("तय ढाँचे से")
    expect(lead).to_have_attribute("title", re.compile("वाक्य-संग्रह"))
    expect(drafts.nth(1).locator(".source")).to_have_text("मॉडल का शीर्षक")
    expect(drafts.nth(1).locator(".draft-text")).to_contain_text(f"*{good}*")
    expect(page.locator("#announce")).to_have_text("2 मसौदे तैयार")
    # The rejected headline's reason is Hindi a trainer can read out.
    first = page.locator("#workshop #candidate-0")
    expect(first.locator(".verdict")).to_have_text("✗ अस्वीकार")
    expect(first.locator(".issues")).to_contain_text("शीर्षक तथ्यों के शब्दों को नए ढंग से जोड़ता है")


def test_an_empty_form_and_a_rejected_fact_show_hindi_errors_on_the_field(
    open_page: OpenPage, fake: FakeBackend, shot: Shot
) -> None:
    page = open_page()
    generate(page)
    facts_error = page.locator("#error-facts")
    expect(facts_error).to_have_text(re.compile("कम से कम एक तथ्य लिखें"))
    expect(page.get_by_label("तथ्य 1", exact=True)).to_have_attribute("aria-invalid", "true")
    expect(page.get_by_label("तथ्य 1", exact=True)).to_be_focused()
    expect(page.locator("#form-errors")).to_contain_text("कृपया ये ठीक करें")
    shot(page, "desktop-error-empty")

    # Typing clears the error; the server's 422 names facts[1], which is the third row here.
    fill_facts(page, ["ठीक तथ्य", "", "क" * 301])
    expect(facts_error).to_be_hidden()
    expect(page.locator(".fact-row").nth(2).locator(".fact-count")).to_have_text("301/300")
    generate(page)
    row_error = page.locator("#error-fact-2")
    expect(row_error).to_have_text(
        "तथ्य 3 बहुत लंबा है: 301 अक्षर हैं, ज़्यादा से ज़्यादा 300 अक्षर हो सकते हैं। "
        "इसे छोटा करें या दो हिस्सों में बाँटें।"
    )
    expect(page.get_by_label("तथ्य 3", exact=True)).to_have_attribute("aria-invalid", "true")
    expect(page.get_by_label("तथ्य 1", exact=True)).not_to_have_attribute("aria-invalid", "true")
    assert fake.history == []
    shot(page, "desktop-error-422")


def test_server_errors_and_stream_errors_get_hindi_messages(
    open_page: OpenPage, fake: FakeBackend
) -> None:
    page = open_page()
    fill_facts(page, SCHEME_FACTS[:1])
    alert = page.locator("#request-error")
    cases = {
        413: "अनुरोध बहुत बड़ा है",
        503: "मॉडल अभी लोड हो रहा है, थोड़ी देर में फिर कोशिश करें",
        504: "समय-सीमा ख़त्म हो गई",
        502: "मॉडल सर्वर से सही जवाब नहीं मिला",
    }
    for status, hindi in cases.items():
        page.route("**/v1/drafts/stream", replying(status, {"detail": f"english detail {status}"}))
        generate(page)
        expect(alert).to_contain_text(hindi)
        expect(alert).to_contain_text(f"english detail {status}")
        page.unroute("**/v1/drafts/stream")

    sse = (
        'event: prompt\ndata: {"name": "scheme", "version": "1", "text": "प्रॉम्प्ट"}\n\n'
        ": ping\n\n"
        'event: error\ndata: {"status": 504, "detail": "generation ran over 0.3 s"}\n\n'
    )
    page.route(
        "**/v1/drafts/stream",
        lambda route: route.fulfill(status=200, content_type="text/event-stream", body=sse),
    )
    generate(page)
    expect(alert).to_contain_text("समय-सीमा ख़त्म हो गई")
    expect(alert).to_contain_text("generation ran over 0.3 s")
    expect(page.get_by_role("button", name="मसौदे बनाएँ")).to_be_enabled()
    # Nothing typed is lost.
    expect(page.get_by_label("तथ्य 1", exact=True)).to_have_value(SCHEME_FACTS[0])
    assert fake.history == []


def test_a_reload_keeps_what_was_typed_and_the_edited_drafts(
    open_page: OpenPage, fake: FakeBackend
) -> None:
    page = open_page()
    fill_facts(page, SCHEME_FACTS[:2])
    page.get_by_role("radio", name="शिविर या बैठक").check()
    page.get_by_role("radio", name="एक्स").check()
    page.get_by_role("radio", name="आत्मीय").check()
    page.get_by_role("radio", name="1", exact=True).check()
    page.get_by_label("किनके लिए?").fill("गाँव के किसान")
    page.get_by_label("पाठक क्या करें?").fill("नज़दीकी केंद्र पर संपर्क करें")
    generate(page)
    draft = page.locator("article.draft")
    expect(draft).to_have_count(1)
    draft.get_by_role("button", name="संपादित करें").click()
    editor = draft.get_by_label("मसौदा बदलें")
    editor.fill(editor.input_value() + "\nमेरी जोड़ी हुई पंक्ति।")
    page.get_by_role("button", name="पैराग्राफ़ चिपकाएँ").click()
    page.get_by_label("पूरा पैराग्राफ़ यहाँ चिपकाएँ").fill("अभी आधा लिखा पैराग्राफ़")

    page.reload()
    expect(page.get_by_label("पूरा पैराग्राफ़ यहाँ चिपकाएँ")).to_have_value("अभी आधा लिखा पैराग्राफ़")
    page.get_by_role("button", name="एक-एक तथ्य लिखें").click()
    expect(page.get_by_label("तथ्य 1", exact=True)).to_have_value(SCHEME_FACTS[0])
    expect(page.get_by_label("तथ्य 2", exact=True)).to_have_value(SCHEME_FACTS[1])
    expect(page.get_by_role("radio", name="शिविर या बैठक")).to_be_checked()
    expect(page.get_by_role("radio", name="एक्स")).to_be_checked()
    expect(page.get_by_role("radio", name="आत्मीय")).to_be_checked()
    expect(page.get_by_role("radio", name="1", exact=True)).to_be_checked()
    expect(page.get_by_label("किनके लिए?")).to_have_value("गाँव के किसान")
    expect(page.get_by_label("पाठक क्या करें?")).to_have_value("नज़दीकी केंद्र पर संपर्क करें")
    draft = page.locator("article.draft")
    expect(draft.locator(".draft-text")).to_contain_text("मेरी जोड़ी हुई पंक्ति।")
    expect(draft.locator(".length")).to_have_text(re.compile(r"^\d+ / 280 भारित अक्षर$"))


def test_a_360px_phone_never_scrolls_sideways(
    open_page: OpenPage, fake: FakeBackend, shot: Shot
) -> None:
    page = open_page(360, 740, phone=True)
    fits_width(page, 360)
    shot(page, "phone-form")

    page.get_by_role("button", name="पैराग्राफ़ चिपकाएँ").click()
    page.get_by_label("पूरा पैराग्राफ़ यहाँ चिपकाएँ").fill(
        "पीएम-किसान में पात्र किसान परिवारों को हर साल ₹6,000 मिलते हैं। "
        "यह राशि ₹2,000 की तीन किस्तों में सीधे बैंक खाते में आती है।\n"
        "हेल्पलाइन नंबर 155261 है."
    )
    page.get_by_role("button", name="तथ्यों में बाँटें").click()
    expect(page.locator(".fact-input")).to_have_count(3)
    expect(page.get_by_label("तथ्य 3", exact=True)).to_have_value("हेल्पलाइन नंबर 155261 है")
    page.get_by_role("radio", name="2").check()
    fake.enqueue(GOOD_1, INVENTED, INVENTED)
    generate(page)
    expect(page.locator("article.draft")).to_have_count(2)
    expect(page.locator("article.draft .source")).to_have_text(["मॉडल", "तय ढाँचे से"])
    fits_width(page, 360)
    shot(page, "phone-drafts")

    draft = page.locator("article.draft").first
    draft.get_by_role("button", name="संपादित करें").click()
    fits_width(page, 360)
    page.get_by_text("कार्यशाला मोड").click()
    fake.enqueue(INVENTED, INVENTED)
    page.get_by_role("radio", name="1", exact=True).check()
    generate(page)
    expect(page.locator("#candidate-1 .verdict")).to_have_text("✗ अस्वीकार")
    expect(page.locator("article.draft .source")).to_have_text(["तय ढाँचे से"])
    fits_width(page, 360)
    page.locator("#candidate-0 mark").first.focus()
    fits_width(page, 360)
    shot(page, "phone-workshop")


def test_the_page_is_served_whole_by_the_app(open_page: OpenPage) -> None:
    requests: list[str] = []
    page = open_page()
    page.on("request", lambda request: requests.append(request.url))
    page.reload()
    page.wait_for_load_state("networkidle")
    base = page.evaluate("location.origin")
    assert requests, "no requests seen"
    assert all(url.startswith(base) for url in requests), requests
    font = page.evaluate("getComputedStyle(document.body).fontFamily")
    assert font.startswith('"Mukta"') or font.startswith("Mukta")
    assert page.evaluate("document.fonts.check('16px Mukta', 'संदेश')")
    tab = page.get_by_role("button", name="पोस्टर", exact=True)
    expect(tab).to_be_enabled()
    policy = page.request.get("/").headers.get("content-security-policy", "")
    assert "default-src 'self'" in policy


def test_a_fact_typed_in_roman_letters_is_flagged_before_drafting(open_page: OpenPage) -> None:
    page = open_page(390, 844)
    fact = page.get_by_label("तथ्य 1", exact=True)
    note = page.locator("#note-fact-0")
    fact.fill("PM Kisan ke tahat 6000 rupaye milte hain")
    expect(note).to_be_visible()
    expect(note).to_contain_text("रोमन अक्षरों")
    expect(fact).to_have_attribute("aria-describedby", re.compile("note-fact-0"))
    # Drafting anyway gets the server's refusal on that fact, not three failed drafts.
    generate(page)
    expect(page.locator("#error-fact-0")).to_contain_text("देवनागरी")
    expect(page.locator("article.draft")).to_have_count(0)
    fact.fill("पीएम-किसान में पात्र किसान परिवारों को हर साल ₹6,000 मिलते हैं")
    expect(note).to_be_hidden()
    # A web address is Latin in any Hindi fact (round18's writer: "... जानकारी
    # ladakibahin.maharashtra.gov.in पर उपलब्ध है").
    fact.fill("योजना की जानकारी ladakibahin.maharashtra.gov.in पर उपलब्ध है")
    expect(note).to_be_hidden()


def test_english_words_among_hindi_ones_are_flagged_but_codes_are_not(
    open_page: OpenPage, fake: FakeBackend
) -> None:
    # Issue 15's trial: "Kal gaon mein health camp hai" was flagged, "कल गाँव में health camp
    # है" was not.
    page = open_page(390, 844, phone=True)
    fact = page.get_by_label("तथ्य 1", exact=True)
    note = page.locator("#note-fact-0")
    fact.fill("कल गाँव में health camp है")
    expect(note).to_be_visible()
    expect(note).to_contain_text("अंग्रेज़ी शब्द")
    expect(note).to_contain_text("«health»")
    expect(note).to_contain_text("«camp»")
    expect(fact).to_have_attribute("aria-describedby", re.compile("note-fact-0"))
    # Codes, numbers and addresses a Hindi notice writes as they are get no warning.
    for codes in [
        "BPL और NFSA राशन कार्ड वालों का e-KYC 31 मार्च तक होगा",
        "PM-KISAN और PMAY-G की जानकारी 1800-180-1551 पर, OTP SMS से आएगा",
        "ATM से पैसे निकालें, शिकायत help@pmkisan.gov.in पर भेजें",
    ]:
        fact.fill(codes)
        expect(note).to_be_hidden()
    # A warning, not a stop: the mixed fact still gets its draft.
    fact.fill("कल गाँव में health camp है, सुबह 10 बजे से")
    expect(note).to_contain_text("«health»")
    page.get_by_role("radio", name="1", exact=True).check()
    generate(page)
    expect(page.locator("article.draft")).to_have_count(1)
    expect(page.locator("#error-fact-0")).to_be_hidden()


DEVELOPER_WORDS = ["टेम्पलेट", "px", "dpi", "WebP", "एपीआई"]


def test_no_word_for_developers_reaches_the_draft_or_poster_screen(
    open_page: OpenPage, fake: FakeBackend
) -> None:
    # Issue 15's trial: "टेम्पलेट" on drafts, "px" and "300 dpi" on layouts, "WebP", and an
    # "एपीआई दस्तावेज़" link; a district office worker reads none of them.
    page = open_page(390, 844, phone=True)
    fill_facts(page, SCHEME_FACTS[:2])
    page.get_by_role("radio", name="1", exact=True).check()
    fake.enqueue(INVENTED, INVENTED)  # no model draft passes: the fixed-frame draft is shown
    generate(page)
    expect(page.locator("article.draft .source")).to_have_text(["तय ढाँचे से"])
    page.get_by_role("button", name="पोस्टर", exact=True).click()
    page.get_by_label("शीर्षक").fill("स्वास्थ्य शिविर")
    expect(page.locator("#preview-frame")).to_have_attribute("data-state", "ready")
    expect(page.get_by_role("link", name="तकनीकी जानकारी (आईटी टीम के लिए)")).to_be_visible()
    for screen in ("draft", "poster"):
        if screen == "draft":
            page.get_by_role("button", name="मसौदा", exact=True).click()
        else:
            page.get_by_role("button", name="पोस्टर", exact=True).click()
        shown = page.evaluate("document.body.innerText")
        found = [w for w in DEVELOPER_WORDS if re.search(rf"(?<![A-Za-z]){w}(?![A-Za-z])", shown)]
        assert found == [], (screen, found)


def test_drafts_from_earlier_facts_say_so_after_an_edit_and_a_reload(
    open_page: OpenPage, fake: FakeBackend
) -> None:
    page = open_page()
    fill_facts(page, SCHEME_FACTS[:2])
    page.get_by_role("radio", name="1", exact=True).check()
    generate(page)
    expect(page.locator("article.draft")).to_have_count(1)
    note = page.locator("#drafts-stale")
    expect(note).to_be_hidden()
    # Issue 15: after an edit the old drafts looked current.
    page.get_by_label("तथ्य 2", exact=True).fill("यह राशि तीन किस्तों में आती है")
    expect(note).to_be_visible()
    page.reload()
    expect(page.locator("article.draft")).to_have_count(1)
    expect(page.locator("#drafts-stale")).to_be_visible()
    # Put back as they were, the drafts are current again.
    page.get_by_label("तथ्य 2", exact=True).fill(SCHEME_FACTS[1])
    expect(page.locator("#drafts-stale")).to_be_hidden()


def test_an_example_fills_the_form_for_the_chosen_kind(open_page: OpenPage) -> None:
    page = open_page(390, 844)
    page.get_by_role("radio", name="शिविर या बैठक").check()
    page.get_by_role("button", name="उदाहरण भरें").click()
    expect(page.get_by_label("तथ्य 1", exact=True)).to_have_value(
        "14 जून को ज़िला अस्पताल परिसर में रक्तदान शिविर लगेगा"
    )
    expect(page.get_by_label("तथ्य 4", exact=True)).to_be_visible()
    expect(page.get_by_label("पाठक क्या करें?")).to_have_value("रक्तदान करें, जीवन बचाएँ")
    expect(page.locator("#announce")).to_contain_text("उदाहरण भरा गया")
    # It survives a reload like anything typed.
    page.reload()
    expect(page.get_by_label("तथ्य 2", exact=True)).to_have_value(
        "शिविर सुबह 9 बजे से दोपहर 2 बजे तक चलेगा"
    )


def test_the_header_says_when_the_server_is_gone(open_page: OpenPage) -> None:
    page = open_page()
    badge = page.locator("#model-status")
    expect(badge).to_have_text("मॉडल तैयार")
    # Issue 15: the header stayed green "मॉडल तैयार" with the server gone.
    page.route("**/health", lambda route: route.abort())
    page.route("**/v1/drafts**", lambda route: route.abort())
    fill_facts(page, SCHEME_FACTS[:1])
    generate(page)
    expect(page.locator("#request-error")).to_be_visible()
    expect(badge).to_have_text("सर्वर से संपर्क नहीं")


def test_stop_says_it_stopped_and_keeps_the_draft_already_made(
    open_page: OpenPage, studio: Studio
) -> None:
    fake = FakeBackend(writes="headlines", chunk_delay_s=0.5)  # the model writes slowly
    fake.load()
    studio.app.state.backend = fake
    page = open_page()
    fill_facts(page, SCHEME_FACTS[:2])
    page.get_by_role("radio", name="3", exact=True).check()
    generate(page)
    # The composer's own draft comes at once; the model is still writing when Stop is pressed.
    expect(page.locator("article.draft")).to_have_count(1)
    # Progress in plain words: attempts and seconds, not tokens or "candidates" (issue 15).
    expect(page.locator("#progress-status")).to_contain_text("पहला प्रयास")
    expect(page.locator("#progress")).not_to_contain_text("टोकन")
    expect(page.locator("#progress")).not_to_contain_text("उम्मीदवार")
    page.get_by_role("button", name="रोकें").click()
    note = page.locator("#stopped-note")
    expect(note).to_be_visible()
    expect(note).to_have_text("रोक दिया गया। अब तक तैयार 1 मसौदा रखा गया है।")
    expect(page.locator("article.draft")).to_have_count(1)
    expect(page.locator("#drafts-stale")).to_be_hidden()
    page.reload()
    expect(page.locator("article.draft")).to_have_count(1)


def test_each_draft_is_shared_on_its_own_platform(open_page: OpenPage, studio: Studio) -> None:
    """Issue 15: every draft had one wa.me link, X and Facebook ones included."""
    fake = FakeBackend(writes="headlines")  # the composer lays out posts for each platform
    fake.load()
    studio.app.state.backend = fake
    page = open_page()
    fill_facts(page, SCHEME_FACTS[:2])
    page.get_by_role("radio", name="1", exact=True).check()
    page.get_by_role("radio", name="एक्स", exact=True).check()
    generate(page)
    draft = page.locator("article.draft")
    expect(draft).to_have_count(1)
    link = draft.get_by_role("link", name="एक्स पर पोस्ट करें")
    href = link.get_attribute("href") or ""
    assert href.startswith("https://x.com/intent/post?text=")
    assert "हर साल ₹6,000" in unquote(href.split("text=", 1)[1])
    expect(draft.get_by_role("link", name="व्हाट्सऐप पर भेजें")).to_have_count(0)

    page.get_by_role("radio", name="फ़ेसबुक", exact=True).check()
    generate(page)
    expect(draft.locator(".draft-text")).not_to_contain_text("🧵")
    # Facebook takes no text in a link: copy (and the share sheet where the browser has one).
    expect(draft.locator("a.btn-share:visible")).to_have_count(0)
    expect(draft.get_by_role("button", name="कॉपी करें")).to_be_visible()


def _axe_violations(page: Page) -> list[str]:
    """axe-core's violations on the page as it stands, one line each (rule, element)."""
    results = Axe().run(page)
    return [
        f"{v['id']} ({v['impact']}): {node['target']}"
        for v in results.response["violations"]
        for node in v["nodes"]
    ]


def test_axe_finds_no_violation_in_the_studio_or_its_workshop_mode(
    open_page: OpenPage, fake: FakeBackend
) -> None:
    # Issue 15: the review found none outside workshop mode and did not check it; both are
    # checked here, with drafts and a rejected candidate on screen.
    page = open_page(1920, 1080)
    one_passing_draft(page)
    assert _axe_violations(page) == []
    page.get_by_text("कार्यशाला मोड").click()
    fake.enqueue(INVENTED)
    generate(page)
    expect(page.locator("#workshop #candidate-0 .verdict")).to_have_text("✗ अस्वीकार")
    expect(page.locator("article.draft")).to_have_count(1)
    assert _axe_violations(page) == []
    # On a phone, with the poster's preview thumbnail in view.
    phone = open_page(390, 844)
    one_passing_draft(phone)
    assert _axe_violations(phone) == []
