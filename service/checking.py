"""The one place a text's check context is built, for a draft as it is made and for the same
text sent to ``POST /v1/checks`` or ``sandesh check``: they must give the same verdict
(tests/routes/test_checks.py proves it on every suite case)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Annotated, Protocol

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, WithJsonSchema

from evaluation.checks import CheckContext, PlatformLimits, check
from evaluation.result import CheckResult
from prompts import PromptLibrary, get_library
from service.config import Settings
from service.errors import BadRequestError, field_error, too_long_error
from service.limits import fact_limit_errors, field_limit_errors
from service.schemas import (
    TEXT_PATTERN,
    Kind,
    Line,
    Platform,
    Tone,
    reject_control_characters,
)


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
        disclosure=settings.disclosure_for(req.platform),
        echo_markers=markers,
        examples=examples,
        min_devanagari_share=settings.min_devanagari_share,
    )


Text = Annotated[
    str,
    AfterValidator(reject_control_characters),
    # Not blank: checked in validate_check_limits, stated here.
    WithJsonSchema({"type": "string", "pattern": TEXT_PATTERN}),
]


class CheckRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    text: Text = Field(description="The post to check (line breaks allowed).")
    facts: list[Line] | None = Field(
        None,
        description="What the post may state, and must carry every figure of. Without facts, "
        "grounding and coverage are not judged; with an empty list, every figure and name is "
        "unsupported.",
    )
    platform: Platform = "whatsapp"
    tone: Tone = "respectful"
    kind: Kind | None = Field(
        None, description="The kind of post, as drafted: a greeting post must greet (fit)."
    )
    audience: Line | None = Field(None, description="The request's audience: it may be stated.")
    call_to_action: Line | None = Field(
        None, description="The request's call to action: it may be stated, and must be (fit)."
    )


class CheckResponse(BaseModel):
    passed: bool
    checks: dict[str, CheckResult]


def validate_check_limits(req: CheckRequest, settings: Settings) -> None:
    errors = []
    if not req.text.strip():
        errors.append(field_error("text", "must not be empty", "blank"))
    if len(req.text) > settings.max_text_chars:
        errors.append(too_long_error("text", req.text, settings.max_text_chars))
    errors.extend(fact_limit_errors(req.facts or [], settings))
    errors.extend(field_limit_errors(req.audience, req.call_to_action, settings))
    if errors:
        raise BadRequestError(errors)


def check_text(req: CheckRequest, settings: Settings) -> CheckResponse:
    validate_check_limits(req, settings)
    # Built as drafting builds it, so an unchanged draft gets the verdict it was drafted with.
    context = check_context(settings, get_library(), req)
    checks = check(req.text, context)
    return CheckResponse(passed=all(c.passed for c in checks.values()), checks=checks)
