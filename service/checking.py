"""The one place a text's check context is built, for a draft as it is made and for the same
text sent to ``POST /v1/checks``: the two must give the same verdict (tests/routes/test_checks.py
proves it on every suite case)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from evaluation.checks import CheckContext, PlatformLimits
from prompts import PromptLibrary
from service.config import Settings


def limits_from(settings: Settings) -> PlatformLimits:
    return PlatformLimits(
        whatsapp=settings.whatsapp_soft_limit, facebook=settings.facebook_soft_limit
    )


class Asked(Protocol):
    """What a draft request and a check request both say about the text they ask for."""

    @property
    def facts(self) -> Sequence[str] | None: ...
    @property
    def platform(self) -> str: ...
    @property
    def tone(self) -> str: ...
    @property
    def kind(self) -> str | None: ...
    @property
    def audience(self) -> str | None: ...
    @property
    def call_to_action(self) -> str | None: ...


def check_context(settings: Settings, prompts: PromptLibrary, req: Asked) -> CheckContext:
    """What the request said (everything typed may be stated; every figure of the facts must
    be), the platform's limits, the disclosure, and every prompt's scaffolding."""
    markers, examples = prompts.scaffolding()
    return CheckContext(
        platform=req.platform,
        limits=limits_from(settings),
        sources=(*(req.facts or ()), *(s for s in (req.audience, req.call_to_action) if s)),
        facts=None if req.facts is None else tuple(req.facts),
        tone=req.tone,
        kind=req.kind,
        call_to_action=req.call_to_action,
        disclosure=settings.disclosure,
        echo_markers=markers,
        examples=examples,
        min_devanagari_share=settings.min_devanagari_share,
    )
