"""POST /v1/checks: check any text, the same way drafts are checked."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter
from pydantic import AfterValidator, BaseModel, ConfigDict, Field, WithJsonSchema

from evaluation.checks import check
from evaluation.result import CheckResult
from prompts import get_library
from service.checking import check_context
from service.config import Settings
from service.deps import CheckerDep, SettingsDep
from service.errors import BadRequestError, field_error, too_long_error
from service.routes.drafts import fact_limit_errors, field_limit_errors
from service.schemas import (
    TEXT_PATTERN,
    Kind,
    Line,
    Platform,
    Tone,
    reject_control_characters,
)

router = APIRouter(prefix="/v1/checks", tags=["checks"])

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


@router.post("", response_model=CheckResponse, summary="Check a text as drafts are checked")
def create_check(req: CheckRequest, settings: SettingsDep, _caller: CheckerDep) -> CheckResponse:
    return check_text(req, settings)
