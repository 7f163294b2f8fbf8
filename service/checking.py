"""The one place a text's check context is built, for a draft as it is made and for the same
text sent to ``POST /v1/checks``: the two must give the same verdict (tests/routes/test_checks.py
proves it on every suite case)."""

from __future__ import annotations

from collections.abc import Sequence

from evaluation.checks import CheckContext, PlatformLimits
from prompts import PromptLibrary
from service.config import Settings


def limits_from(settings: Settings) -> PlatformLimits:
    return PlatformLimits(
        whatsapp=settings.whatsapp_soft_limit, facebook=settings.facebook_soft_limit
    )


def check_context(
    settings: Settings,
    prompts: PromptLibrary,
    *,
    facts: Sequence[str] | None,
    platform: str,
    tone: str,
    kind: str | None,
    audience: str | None,
    call_to_action: str | None,
) -> CheckContext:
    """What the request said (everything typed may be stated; every figure of the facts must
    be), the platform's limits, the disclosure, and every prompt's scaffolding."""
    markers, examples = prompts.scaffolding()
    return CheckContext(
        platform=platform,
        limits=limits_from(settings),
        sources=(*(facts or ()), *(s for s in (audience, call_to_action) if s)),
        facts=None if facts is None else tuple(facts),
        tone=tone,
        kind=kind,
        call_to_action=call_to_action,
        disclosure=settings.disclosure,
        echo_markers=markers,
        examples=examples,
        min_devanagari_share=settings.min_devanagari_share,
    )
