from __future__ import annotations

import pytest

from evaluation.checks import PlatformLimits, all_passed, measure, run_checks
from prompts import KINDS, PLATFORMS, TONES
from service.config import DEFAULT_DISCLOSURE
from service.fallback import fallback_draft

FACTS = [
    "उज्ज्वला योजना में गरीब परिवारों की महिलाओं को मुफ़्त एलपीजी कनेक्शन मिलता है",
    "आवेदन 31 मार्च 2026 तक नज़दीकी गैस एजेंसी पर करें",
    "हेल्पलाइन 1906 पर जानकारी मिलेगी",
]
LIMITS = PlatformLimits()


def _draft(kind: str, platform: str, tone: str, index: int = 0, facts: list[str] = FACTS) -> str:
    return fallback_draft(
        kind=kind,
        platform=platform,
        tone=tone,
        facts=facts,
        audience="ग्रामीण महिलाएँ",
        call_to_action="आज ही आवेदन करें",
        disclosure=DEFAULT_DISCLOSURE,
        index=index,
        fits=lambda t: measure(t, platform)[0] <= LIMITS.limit(platform),
    )


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("platform", PLATFORMS)
@pytest.mark.parametrize("tone", TONES)
def test_template_drafts_pass_every_check_and_state_the_facts(
    kind: str, platform: str, tone: str
) -> None:
    text = _draft(kind, platform, tone)
    checks = run_checks(
        text,
        sources=[*FACTS, "ग्रामीण महिलाएँ", "आज ही आवेदन करें"],
        platform=platform,
        limits=LIMITS,
        tone=tone,
        disclosure=DEFAULT_DISCLOSURE,
    )
    assert all_passed(checks), {k: v.issues for k, v in checks.items() if not v.passed}
    assert text.endswith(DEFAULT_DISCLOSURE)
    assert "31 मार्च 2026" in text and "1906" in text


def test_five_variants_are_all_different() -> None:
    texts = {_draft("scheme", "facebook", "warm", index=i) for i in range(5)}
    assert len(texts) == 5


def test_whatsapp_uses_bold_and_instagram_hashtags() -> None:
    assert _draft("event", "whatsapp", "warm").startswith("*")
    assert "#जनहित" in _draft("event", "instagram", "warm")


def test_x_draft_drops_trailing_facts_to_stay_within_280() -> None:
    long_facts = [f"तथ्य संख्या {i}: " + "विस्तार " * 12 for i in range(1, 6)]
    text = _draft("local_issue", "x", "urgent", facts=long_facts)
    assert measure(text, "x")[0] <= 280
    assert "तथ्य संख्या 1:" in text
    assert "तथ्य संख्या 5:" not in text
