"""Request and response bodies of the HTTP API (and of ``sandesh draft``)."""

from __future__ import annotations

import unicodedata
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, field_validator

from evaluation.result import CheckResult

Kind = Literal["scheme", "local_issue", "event", "appeal", "greeting"]
Platform = Literal["whatsapp", "facebook", "x", "instagram"]
Tone = Literal["respectful", "warm", "urgent", "celebratory"]

# Zero-width joiners shape Devanagari conjuncts; bidi overrides only disguise text.
_ALLOWED_FORMAT = {"\u200c", "\u200d"}


def reject_control_characters(value: str, *, allow: str = "\n\t") -> str:
    for ch in value:
        if ch in allow:
            continue
        category = unicodedata.category(ch)
        if category in ("Cc", "Cs", "Co") or (category == "Cf" and ch not in _ALLOWED_FORMAT):
            raise ValueError(
                f"contains the control character U+{ord(ch):04X}; remove it and send plain text"
            )
    return value


def _one_line(value: str) -> str:
    if "\n" in value or "\r" in value:
        raise ValueError("must be a single line (no line breaks); give each fact as its own item")
    reject_control_characters(value, allow="")
    value = " ".join(value.split())
    if not value:
        raise ValueError("must not be empty or only spaces")
    return value


Line = Annotated[str, AfterValidator(_one_line)]


class DraftRequest(BaseModel):
    """What to write about and for whom. Size limits are settings (see ``GET /v1/limits``)."""

    model_config = ConfigDict(extra="forbid")

    kind: Kind = Field(description="scheme | local_issue | event | appeal | greeting")
    facts: list[Line] = Field(
        description="The facts to state, one per item. Drafts state nothing beyond them.",
        examples=[["पीएम-किसान में पात्र किसान परिवारों को हर साल ₹6,000 मिलते हैं"]],
    )
    platform: Platform = "whatsapp"
    tone: Tone = "respectful"
    audience: Line | None = Field(
        None, description="Who the post speaks to, e.g. 'वार्ड 7 के निवासी'."
    )
    call_to_action: Line | None = Field(None, description="What readers should do.")
    variants: int = Field(3, ge=1, le=5, description="How many drafts to return.")
    seed: int | None = Field(None, ge=0, le=2**32 - 1, description="Fix it to repeat a result.")


class LengthInfo(BaseModel):
    count: int
    limit: int
    unit: str


class Draft(BaseModel):
    """A draft for a person to read before posting. The checks catch invented figures, dropped
    facts, the wrong script, tone and conduct, not every change of meaning."""

    text: str
    source: Literal["model", "template"]
    passed: bool
    checks: dict[str, CheckResult]
    length: LengthInfo


class Candidate(BaseModel):
    """One raw model output and its check report, kept whether it passed or not."""

    index: int
    text: str
    passed: bool
    checks: dict[str, CheckResult]
    tokens: int
    seconds: float
    seed: int | None
    temperature: float


class PromptRef(BaseModel):
    name: str
    version: str


class Stats(BaseModel):
    candidates: int
    candidates_passed: int
    drafts_from_model: int
    drafts_from_template: int
    tokens: int
    tokens_per_s: float | None
    first_token_ms: int | None


class DraftResponse(BaseModel):
    id: str
    drafts: list[Draft]
    model: str
    backend: str
    prompt: PromptRef
    disclosure: str
    timing_ms: int
    stats: Stats
    candidates: list[Candidate] = Field(
        description="Every model candidate with its checks, so rejections are visible."
    )


class PromptInfo(BaseModel):
    name: str
    version: str
    description: str
    variables: list[str]


class ModelInfo(BaseModel):
    backend: str
    model_id: str
    state: str
    error: str | None = None


class HealthResponse(BaseModel):
    status: Literal["ok", "loading", "failed"]
    detail: str | None = None
    backend: str
    model_id: str


Colour = Annotated[str, Field(pattern=r"^#[0-9a-fA-F]{6}$")]


class PosterColours(BaseModel):
    model_config = ConfigDict(extra="forbid")
    background: Colour | None = None
    text: Colour | None = None
    accent: Colour | None = None


class PosterRequest(BaseModel):
    """One poster. Upload limits are settings (see ``GET /v1/limits``)."""

    model_config = ConfigDict(extra="forbid")

    template: str = Field("scheme_square", description="A layout from GET /v1/poster-templates.")
    title: Line = Field(max_length=200)
    lines: list[Line] = Field(default_factory=list, max_length=8)
    footer: Line | None = Field(None, max_length=200)
    cta: Line | None = Field(None, max_length=100, description="Call to action, in a button.")
    qr: Line | None = Field(None, max_length=500, description="A web address or phone number.")
    logo: str | None = Field(None, description="PNG, JPEG or WebP, base64 (or a data: URL).")
    photo: str | None = Field(None, description="Background photo, base64 (or a data: URL).")
    colors: PosterColours = Field(default_factory=PosterColours)
    format: Literal["png", "jpeg", "webp", "pdf"] = "png"
    ai_generated: bool = Field(True, description="Adds the visible label and says so in metadata.")
    organisation: Line | None = Field(
        None, max_length=120, description="Named as the creator in the metadata."
    )

    @field_validator("lines")
    @classmethod
    def _line_length(cls, lines: list[str]) -> list[str]:
        for index, line in enumerate(lines):
            if len(line) > 300:
                raise ValueError(f"line {index} has {len(line)} characters; at most 300")
        return lines


class PosterTemplateInfo(BaseModel):
    name: str
    description: str
    width: int
    height: int
    dpi: int
    fields: list[str]
    formats: list[str]
    label_share: float
    colors: dict[str, str] = Field(
        description="The layout's own background (top of a gradient), text and accent colours."
    )
