"""The composer: posts laid out around the facts, word for word, for every kind, platform and
tone; the template fallback is the composer with a phrasebook headline."""

from __future__ import annotations

import pytest
import regex

from evaluation.checks import PlatformLimits, all_passed, measure, run_checks
from evaluation.fit import is_sentence
from prompts import KINDS, PLATFORMS, TONES
from prompts.phrasebook import get_phrasebook
from service.compose import Request, bold_figures, compose, fact_emoji, plan_post
from service.config import DEFAULT_DISCLOSURE

FACTS = (
    "उज्ज्वला योजना में गरीब परिवारों की महिलाओं को मुफ़्त एलपीजी कनेक्शन मिलता है",
    "आवेदन 31 मार्च 2026 तक नज़दीकी गैस एजेंसी पर करें",
    "हेल्पलाइन 1906 पर जानकारी मिलेगी",
)
AUDIENCE = "ग्रामीण महिलाएँ"
CTA = "आज ही आवेदन करें"
LIMITS = PlatformLimits()


def _compose(req: Request, headline: str | None = None, variant: int = 0) -> str:
    return compose(
        req,
        headline=headline,
        disclosure=DEFAULT_DISCLOSURE,
        fits=lambda t: measure(t, req.platform)[0] <= LIMITS.limit(req.platform),
        variant=variant,
    )


def _checks(text: str, req: Request) -> dict[str, object]:
    checks = run_checks(
        text,
        sources=req.sources,
        platform=req.platform,
        limits=LIMITS,
        tone=req.tone,
        disclosure=DEFAULT_DISCLOSURE,
        facts=req.facts,
        kind=req.kind,
        call_to_action=req.call_to_action,
    )
    assert all_passed(checks), {k: v.issues for k, v in checks.items() if not v.passed}
    return dict(checks)


def plain(text: str) -> str:
    """The text as a reader sees it, without WhatsApp's bold marks."""
    return text.replace("*", "")


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("platform", PLATFORMS)
@pytest.mark.parametrize("tone", TONES)
def test_template_posts_state_every_fact_word_for_word_and_pass_every_check(
    kind: str, platform: str, tone: str
) -> None:
    req = Request(kind, platform, tone, FACTS, AUDIENCE, CTA)
    text = _compose(req)
    _checks(text, req)
    assert text.endswith(DEFAULT_DISCLOSURE)
    for fact in FACTS:
        assert fact in plain(text)
    assert f"👉 {CTA}।" in text


def test_a_whatsapp_post_has_a_bold_headline_emoji_lines_bold_figures_and_no_hashtags() -> None:
    req = Request("scheme", "whatsapp", "respectful", FACTS, AUDIENCE, CTA)
    text = _compose(req, headline="उज्ज्वला योजना: महिलाओं को मुफ़्त एलपीजी कनेक्शन")
    first = text.splitlines()[0]
    assert first.startswith("*उज्ज्वला योजना: महिलाओं को मुफ़्त एलपीजी कनेक्शन*")
    assert "📞 हेल्पलाइन *1906* पर जानकारी मिलेगी।" in text
    assert "📅 आवेदन *31 मार्च 2026* तक" in text
    assert "#" not in text
    # The audience is addressed before the facts.
    assert text.index(AUDIENCE) < text.index(FACTS[0])


def test_greeting_posts_greet_by_the_occasion_the_facts_name() -> None:
    facts = ("होली का त्योहार 14 मार्च को है", "रंग खेलते समय पानी बचाएँ")
    req = Request("greeting", "instagram", "celebratory", facts)
    text = _compose(req)
    assert regex.search(r"होली की .*शुभकामनाएँ", text)
    assert "#होली" in text
    _checks(text, req)


def test_a_line_that_claims_needs_a_fact_behind_it() -> None:
    camp = ("सामुदायिक भवन में 14 जनवरी को नेत्र जाँच शिविर लगेगा", "जाँच सुबह 9 बजे शुरू होगी")
    cut = ("वार्ड 7 में 15 जून को पानी की आपूर्ति बंद रहेगी", "पाइपलाइन की मरम्मत होगी")
    book = get_phrasebook()
    apologies = {line.text for line in book.closings if "disruption" in line.needs}
    for variant in range(8):
        closing = plan_post(
            Request("event", "facebook", "respectful", camp), headline=None, variant=variant
        ).closing
        assert closing not in apologies
    closings = {
        plan_post(
            Request("local_issue", "facebook", "respectful", cut), headline=None, variant=v
        ).closing
        for v in range(len(book.closings))
    }
    assert closings & apologies


def test_x_posts_fit_280_and_keep_the_given_call_to_action() -> None:
    req = Request("scheme", "x", "urgent", FACTS, AUDIENCE, CTA)
    text = _compose(req)
    assert measure(text, "x")[0] <= 280
    assert CTA in text
    for fact in FACTS:
        assert fact in text


def test_variants_differ() -> None:
    req = Request("event", "facebook", "warm", FACTS, AUDIENCE, None)
    assert len({_compose(req, variant=i) for i in range(4)}) >= 3


@pytest.mark.parametrize(
    ("fact", "emoji"),
    [
        ("हेल्पलाइन 1906 पर जानकारी मिलेगी", "📞"),
        ("शिविर 14 जनवरी को लगेगा", "📅"),
        ("जाँच सुबह 9 बजे शुरू होगी", "⏰"),
        ("हर साल ₹6,000 मिलते हैं", "💰"),
        ("आधार कार्ड साथ लाएँ", "📝"),
        ("स्थान: पंचायत भवन", "📍"),
    ],
)
def test_each_fact_line_gets_the_emoji_of_what_it_gives(fact: str, emoji: str) -> None:
    assert fact_emoji(fact) == emoji


def test_sentences_and_phrases_are_told_apart() -> None:
    assert is_sentence("शिविर 14 जनवरी को लगेगा")
    assert is_sentence("आधार कार्ड साथ लाएँ")
    assert not is_sentence("14 जून को हल्द्वानी में रक्तदान शिविर")
    assert not is_sentence("स्थान: पंचायत भवन")


def test_key_figures_are_bold_on_whatsapp() -> None:
    assert bold_figures("14 जनवरी को ₹2,000 की किस्त") == "*14 जनवरी* को *₹2,000* की किस्त"
