"""Request and response bodies of the HTTP API (and of ``sandesh draft``)."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    WithJsonSchema,
    field_validator,
)
from pydantic_core import PydanticCustomError

from evaluation.platforms import get_platforms
from evaluation.result import CheckResult
from service.posters.layout import get_layouts

Kind = Literal["scheme", "local_issue", "event", "appeal", "greeting"]
Platform = Literal["whatsapp", "facebook", "x", "instagram"]
Tone = Literal["respectful", "warm", "urgent", "celebratory"]

# Every control (Cc), surrogate (Cs), private-use (Co) and format (Cf) character of Unicode 14,
# except the zero-width joiners U+200C and U+200D, which shape Devanagari conjuncts; bidi
# overrides and the like only disguise text. Private use in planes 15 and 16 is let through: no
# Hindi keyboard or font writes it, and its 130,000 code points made the OpenAPI pattern costly
# for every schema-driven client to expand. One table serves both the validators and the
# OpenAPI patterns, so the two cannot disagree (tests/routes/test_api_contract.py checks it
# against unicodedata).
CONTROL_RANGES: tuple[tuple[int, int], ...] = (
    (0x0000, 0x001F), (0x007F, 0x009F), (0x00AD, 0x00AD), (0x0600, 0x0605), (0x061C, 0x061C),
    (0x06DD, 0x06DD), (0x070F, 0x070F), (0x0890, 0x0891), (0x08E2, 0x08E2), (0x180E, 0x180E),
    (0x200B, 0x200B), (0x200E, 0x200F), (0x202A, 0x202E), (0x2060, 0x2064), (0x2066, 0x206F),
    (0xD800, 0xDFFF), (0xE000, 0xF8FF), (0xFEFF, 0xFEFF), (0xFFF9, 0xFFFB), (0x110BD, 0x110BD),
    (0x110CD, 0x110CD), (0x13430, 0x13438), (0x1BCA0, 0x1BCA3), (0x1D173, 0x1D17A),
    (0xE0001, 0xE0001), (0xE0020, 0xE007F),
)  # fmt: skip
# What str.split() takes for a space, less the control characters above.
_SPACES = r" \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"


_SURROGATES = (0xD800, 0xDFFF)


def _escape(code: int) -> str:
    # \uXXXX reads the same in Python and ECMA regexes; past the BMP the two share no escape, so
    # the character itself.
    return f"\\u{code:04x}" if code <= 0xFFFF else chr(code)


def _control_class(allow: str, *, surrogates: bool = True) -> str:
    """The body of a regex character class of the control characters, less ``allow``.

    JSON Schema validators cannot even name a lone surrogate (no UTF-8 text holds one), so the
    patterns leave them out; the validators still refuse them.
    """
    ranges: list[tuple[int, int]] = []
    for start, end in CONTROL_RANGES:
        if not surrogates and (start, end) == _SURROGATES:
            continue
        for cut in sorted(ord(ch) for ch in allow if start <= ord(ch) <= end):
            if cut > start:
                ranges.append((start, cut - 1))
            start = cut + 1
        if start <= end:
            ranges.append((start, end))
    return "".join(_escape(a) if a == b else f"{_escape(a)}-{_escape(b)}" for a, b in ranges)


def text_pattern(allow: str) -> str:
    """The OpenAPI pattern of a text with no control character (bar ``allow``) and not blank."""
    controls = _control_class(allow, surrogates=False)
    spaces = _SPACES + "".join(_escape(ord(ch)) for ch in allow)
    return f"^[^{controls}]*[^{controls}{spaces}][^{controls}]*$"


@lru_cache
def _controls(allow: str) -> re.Pattern[str]:
    return re.compile(f"[{_control_class(allow)}]")


def reject_control_characters(value: str, *, allow: str = "\n\t") -> str:
    if found := _controls(allow).search(value):
        raise PydanticCustomError(
            "control_character",
            "contains the control character U+{code}; remove it and send plain text",
            {"code": f"{ord(found.group()):04X}"},
        )
    return value


def _one_line(value: str) -> str:
    if "\n" in value or "\r" in value:
        raise PydanticCustomError(
            "line_break",
            "must be a single line (no line breaks); give each fact as its own item",
        )
    reject_control_characters(value, allow="")
    value = " ".join(value.split())
    if not value:
        raise PydanticCustomError("blank", "must not be empty or only spaces")
    return value


LINE_PATTERN = text_pattern("")
TEXT_PATTERN = text_pattern("\n\t")
Line = Annotated[
    str,
    AfterValidator(_one_line),
    Field(
        json_schema_extra={
            "pattern": LINE_PATTERN,
            "description": "One line of plain text: no line breaks or control characters, "
            "not blank. Runs of spaces are made one.",
        }
    ),
]


def _whole_number(value: Any) -> Any:
    # JSON Schema's integer is any number with no fraction (3.0 is one); true and "3" are not.
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


# An integer as JSON Schema means it: never a bool or a string. The bounds go in the Field
# before the BeforeValidator, so the schema states them as minimum and maximum.
WholeNumber = BeforeValidator(_whole_number)


class DraftRequest(BaseModel):
    """What to write about and for whom. Size limits are settings (see ``GET /v1/limits``)."""

    model_config = ConfigDict(extra="forbid")

    kind: Kind = Field(description="scheme | local_issue | event | appeal | greeting")
    facts: list[Line] = Field(
        min_length=1,
        description="The facts to state, one per item, in Hindi. Drafts state nothing beyond "
        "them. How many and how long are settings (GET /v1/limits). A fact with more Roman "
        "letters than Devanagari ones (and at least 8) gets a 422 `not_devanagari`.",
        examples=[["पीएम-किसान में पात्र किसान परिवारों को हर साल ₹6,000 मिलते हैं"]],
    )
    platform: Platform = "whatsapp"
    tone: Tone = "respectful"
    audience: Line | None = Field(
        None, description="Who the post speaks to, e.g. 'वार्ड 7 के निवासी'."
    )
    call_to_action: Line | None = Field(None, description="What readers should do.")
    variants: Annotated[int, Field(strict=True, ge=1, le=5), WholeNumber] = Field(
        3, description="How many drafts to return."
    )
    seed: Annotated[int, Field(strict=True, ge=0, le=2**32 - 1), WholeNumber] | None = Field(
        None, description="Fix it to repeat a result."
    )


class LengthInfo(BaseModel):
    count: int
    limit: int
    unit: str


class PosterText(BaseModel):
    """The words a poster made from this draft starts with."""

    title: str
    lines: list[str]
    cta: str | None = None


class Draft(BaseModel):
    """A draft for a person to read before posting. The checks catch invented figures, dropped
    facts, the wrong script, tone and conduct, not every change of meaning."""

    text: str
    source: Literal["model", "template"]
    model_wrote: Literal["post", "headline"] | None = Field(
        None,
        description="What the model wrote of a model draft: the whole post, or (the embedded "
        "model) its headline, the composer laying out the rest.",
    )
    lead: bool = Field(
        False,
        description="A template draft that leads by design (SANDESH_FIRST_DRAFT=phrasebook), "
        "not one that fills in for model candidates that failed.",
    )
    passed: bool
    checks: dict[str, CheckResult]
    length: LengthInfo
    poster: PosterText | None = Field(
        None,
        description="The draft's headline, facts and call to action, for a poster made from "
        "it; none when the model wrote the whole post.",
    )


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
    headline: str | None = Field(
        None, description="What the model wrote, when it writes a post's headline."
    )
    mean_logprob: float | None = Field(
        None,
        description="The model's own mean log-probability of what it wrote, before the rules "
        "masked it (higher reads more natural to the model); none when the backend cannot say.",
    )


class PromptRef(BaseModel):
    name: str
    version: str


class Stats(BaseModel):
    candidates: int
    candidates_passed: int
    drafts_from_model: int
    drafts_from_template: int
    # The first draft is the composer's own by design (Settings.first_draft), not a fallback.
    first_from_phrasebook: bool = False
    # The time limit (SANDESH_GENERATION_TIMEOUT_S) passed: the model's candidates checked by
    # then are kept, and template drafts fill the places left.
    timed_out: bool = False
    # The facts make a prompt too long for the model's context (SANDESH_LLAMACPP_N_CTX): the
    # model wrote nothing, and the composer's drafts fill every place.
    prompt_too_long: bool = False
    # The client left before the model finished: the candidates checked by then are kept,
    # template drafts fill the places left, and the response is stored all the same (a
    # shutdown is not this: it ends the request with a 503).
    cancelled: bool = False
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
    # ok: ready; loading / failed: the model; stuck: a generation ran past its time limit and
    # did not stop; storage: drafts cannot be recorded (a full or read-only disk).
    status: Literal["ok", "loading", "failed", "stuck", "storage"]
    detail: str | None = None
    backend: str
    model_id: str
    busy: bool = Field(False, description="A draft is being generated now.")
    queued: int = Field(0, description="Draft requests waiting for the model.")


Colour = Annotated[str, Field(pattern=r"^#[0-9a-fA-F]{6}$")]
MAX_POSTER_LINE = 300
PosterFormat = Literal["png", "jpeg", "webp", "pdf"]
# The topics a poster has an icon for, one PNG each in poster_templates/icons/.
PosterTopic = Literal[
    "health",
    "farming",
    "water",
    "school",
    "documents",
    "calendar",
    "phone",
    "place",
    "roads",
    "women_children",
    "elders",
    "environment",
    "safety",
    "power",
    "jobs",
    "voters",
    "finance",
    "housing",
    "sanitation",
    "disability",
    "youth_sports",
    "culture",
]

# What qr takes, as one pattern for the validator and the schema: a web address, or a phone
# number of 3 to 15 digits (ASCII or Devanagari, which the QR code holds as ASCII) with an
# optional + in front and spaces or hyphens between. The value is a Line, so spaces at either end
# and runs of them are allowed: the pattern matches the text as sent and as tidied alike. Only
# explicit classes, no \d or \s, so Python and ECMA regexes read it the same.
_QR_SPACE = f"[{_SPACES}]*"
_QR_WEB = f"[Hh][Tt][Tt][Pp][Ss]?://[^{_control_class('', surrogates=False)}{_SPACES}]{{3,}}"
_QR_DIGIT = "[0-9\u0966-\u096f]"
_QR_PHONE = f"(?:\\+[{_SPACES}-]*)?{_QR_DIGIT}(?:[{_SPACES}-]*{_QR_DIGIT}){{2,14}}"
QR_PATTERN = f"^{_QR_SPACE}(?:{_QR_WEB}|{_QR_PHONE}){_QR_SPACE}$"
QR_RULE = re.compile(QR_PATTERN)
QR_MESSAGE = (
    "give a web address (https://...) or a phone number of 3 to 15 digits "
    "(0-9 or \u0966-\u096f; spaces, hyphens and a + in front are fine)"
)


def _qr_code(value: str) -> str:
    if not QR_RULE.fullmatch(value):
        raise PydanticCustomError("string_pattern_mismatch", QR_MESSAGE)
    return value


QrCode = Annotated[
    str,
    AfterValidator(_one_line),
    AfterValidator(_qr_code),
    Field(json_schema_extra={"pattern": QR_PATTERN}),
]

# An upload is base64, ASCII whitespace anywhere ignored (MIME wraps it at 76 columns), with
# canonical = padding, or the same in a data: URL. render.decode_upload enforces exactly this;
# whether the bytes are a readable image no schema can say (a 422 image_unreadable).
_B64_SPACE = "[\\t\\n\\u000b\\u000c\\r ]*"
_B64_CHAR = f"{_B64_SPACE}[A-Za-z0-9+/]"
_BASE64 = (
    f"(?:(?:{_B64_CHAR}){{4}})*"
    f"(?:(?:{_B64_CHAR}){{3}}{_B64_SPACE}=|(?:{_B64_CHAR}){{2}}{_B64_SPACE}={_B64_SPACE}=)?"
    f"{_B64_SPACE}"
)
BASE64_PATTERN = f"^{_BASE64}$"
DATA_URL_PATTERN = f"^{_B64_SPACE}[Dd][Aa][Tt][Aa]:[^,]*;[Bb][Aa][Ss][Ee]64,{_BASE64}$"
Upload = Annotated[
    str,
    WithJsonSchema(
        {
            "anyOf": [
                {"type": "string", "contentEncoding": "base64", "pattern": BASE64_PATTERN},
                {"type": "string", "pattern": DATA_URL_PATTERN},
            ]
        }
    ),
]


def layout_names(schema: dict[str, Any]) -> None:
    """State the layouts as the enum of a ``template`` (of its string branch, if optional)."""
    # The layouts are files, read when first asked for; jobs.check_template refuses any other.
    for branch in schema.get("anyOf", [schema]):
        if branch.get("type") == "string":
            branch["enum"] = list(get_layouts())


def _platform_names(schema: dict[str, Any]) -> None:
    # A layout's platforms are checked against the platform table when it is read.
    items = schema["items"]
    assert isinstance(items, dict)
    items["enum"] = list(get_platforms())


def _poster_line_length(schema: dict[str, Any]) -> None:
    # The limit is checked before each line is tidied (PosterRequest._line_length).
    items = schema["items"]
    assert isinstance(items, dict)
    items["maxLength"] = MAX_POSTER_LINE


class PosterColours(BaseModel):
    model_config = ConfigDict(extra="forbid")
    background: Colour | None = None
    text: Colour | None = None
    accent: Colour | None = None


class PosterRequest(BaseModel):
    """One poster. Upload limits are settings (see ``GET /v1/limits``).

    Two things no schema can state get a 422: text too long for its place in the layout even
    at the layout's smallest size (``text_does_not_fit``), and a logo or photo whose bytes are
    not a readable PNG, JPEG or WebP image (``image_unreadable``)."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "template": "scheme_square",
                    "title": "प्रधानमंत्री किसान सम्मान निधि",
                    "lines": ["पात्र किसान परिवारों को हर साल ₹6,000 मिलते हैं"],
                    "cta": "आज ही ई-केवाईसी करवाएँ",
                    "qr": "https://pmkisan.gov.in",
                }
            ]
        },
    )

    template: str = Field(
        "scheme_square",
        description="A layout from GET /v1/poster-templates.",
        json_schema_extra=layout_names,
    )
    title: Line = Field(max_length=200)
    lines: list[Line] = Field(
        default_factory=list,
        max_length=8,
        json_schema_extra=_poster_line_length,
    )
    footer: Line | None = Field(None, max_length=200)
    cta: Line | None = Field(None, max_length=100, description="Call to action, in a button.")
    qr: QrCode | None = Field(
        None,
        max_length=500,
        description="A web address (http:// or https://), or a phone number of 3 to 15 digits "
        "(0-9 or Devanagari; spaces, hyphens and a leading + allowed), put in a QR code.",
    )
    logo: Upload | None = Field(None, description="PNG, JPEG or WebP, base64 (or a data: URL).")
    photo: Upload | None = Field(
        None, description="Background photo: PNG, JPEG or WebP, base64 (or a data: URL)."
    )
    colors: PosterColours = Field(default_factory=PosterColours)
    format: PosterFormat = "png"
    topic: PosterTopic | None = Field(
        None,
        description="The topic whose icon the poster shows (an open-licence set shipped with "
        "the app); when absent, found from the title and lines, and no icon when none is.",
    )
    ai_generated: bool = Field(
        True, strict=True, description="Adds the visible label and says so in metadata."
    )
    organisation: Line | None = Field(
        None, max_length=120, description="Named as the creator in the metadata."
    )

    @field_validator("lines", mode="before")
    @classmethod
    def _line_length(cls, lines: Any) -> Any:
        # Before the lines are tidied, so the limit is the one the schema states.
        for index, line in enumerate(lines if isinstance(lines, list) else []):
            if isinstance(line, str) and len(line) > MAX_POSTER_LINE:
                raise PydanticCustomError(
                    "string_too_long",
                    "line {index} has {actual_length} characters; at most {max_length}",
                    {"index": index, "actual_length": len(line), "max_length": MAX_POSTER_LINE},
                )
        return lines


class PosterTemplateInfo(BaseModel):
    """One layout; GET /v1/poster-templates lists them in their ``order``."""

    name: str
    description: str
    platforms: list[str] = Field(
        description="Where a poster of this layout is posted, likeliest first; empty for a "
        "layout made to be printed.",
        json_schema_extra=_platform_names,
    )
    order: int = Field(description="The layout's place in the list, from 1.")
    default: bool = Field(description="The layout a poster gets when its request names none.")
    width: int
    height: int
    dpi: int
    fields: list[str]
    formats: list[str]
    label_share: float
    colors: dict[str, str] = Field(
        description="The layout's own background (top of a gradient), text and accent colours."
    )


class FieldError(BaseModel):
    """One problem with one field of a request."""

    field: str = Field(description="Which field: `facts[2]`, `colors.accent`, `body`, `row 3: qr`.")
    message: str = Field(description="What is wrong and what to do, in English.")
    type: str = Field(
        description="A stable code for the problem: pydantic's own (`missing`, `too_long`, "
        "`string_too_long`, `literal_error`, `int_type`, ...) or Sandesh's (`json_invalid`, "
        "`body_not_utf8`, `json_too_deep`, `control_character`, `line_break`, `blank`, `limit`, "
        "`csv_parse`, `image_too_large`, ...)."
    )
    message_hi: str = Field(description="The same in Hindi, for a person to read.")
    params: dict[str, str | int | float | bool] = Field(
        default_factory=dict, description="The figures the message names (limits, positions)."
    )


class ErrorResponse(BaseModel):
    """The body of every error response."""

    detail: list[FieldError] | str = Field(
        description="What went wrong and what to do next: the list of field errors on a 422, "
        "a sentence otherwise."
    )
    code: str = Field(
        description="A stable code for the error: `invalid_input`, `body_too_large`, "
        "`not_found`, `method_not_allowed`, `unsupported_media_type`, `model_loading`, "
        "`model_failed`, `busy`, `timeout`, `model_server_failed`, `storage_failed`, "
        "`posters_unavailable`, `host_not_allowed`, `cross_origin`, `internal_error`."
    )
    message_hi: str = Field(description="A Hindi sentence to show a person.")
    params: dict[str, str | int | float | bool] = Field(
        default_factory=dict,
        description="The figures the error names, by code (`body_too_large`: `max_bytes`), "
        "for a page to word it itself.",
    )


# --- accounts and records (service/routes/records.py) -----------------------------------------

RecordKind = Literal["draft", "poster", "bulk"]
RecordState = Literal["generated", "published", "takedown_requested", "taken_down"]
MarkState = Literal["published", "takedown_requested", "taken_down"]


class RecordSummary(BaseModel):
    id: str
    kind: RecordKind
    created_at: str = Field(description="When it was made, ISO 8601 in UTC.")
    account: str = Field(description="Who made it ('local' on a server without accounts).")
    role: str
    model: str | None
    adapter: str | None = Field(description="The LoRA adapter and its weights' hash, if any.")
    disclosure: str | None = Field(description="The AI-disclosure line or label it carried.")
    summary: str = Field(description="A draft's first line, a poster's title.")
    content_sha256: str | None = Field(description="sha256 of the poster image or bulk ZIP.")
    state: RecordState
    published_on: str | None
    published_link: str | None


class MarkInfo(BaseModel):
    state: MarkState
    created_at: str
    account: str
    platform: str | None
    link: str | None
    note: str | None


class RecordDetail(RecordSummary):
    request: dict[str, Any]
    response: dict[str, Any]
    marks: list[MarkInfo]


class RecordList(BaseModel):
    records: list[RecordSummary]
    limit: int
    offset: int


class MarkRequest(BaseModel):
    """A mark on a record: published (where, with a link), a takedown requested (why), or taken
    down. Marks are added, never changed: the record's state is its latest mark."""

    model_config = ConfigDict(extra="forbid")

    state: MarkState
    platform: Annotated[Line, Field(max_length=40)] | None = Field(
        None,
        description="published: where (whatsapp, facebook, x, instagram, or a group's name).",
    )
    link: Annotated[str, Field(max_length=500, pattern=r"^https?://\S+$")] | None = Field(
        None, description="published: the post's address, if it has one."
    )
    note: Annotated[Line, Field(max_length=500)] | None = Field(
        None, description="takedown_requested: who asked and why (a notice's number)."
    )


class TakedownItem(RecordSummary):
    requested_at: str
    open_minutes: int
    overdue: bool = Field(description="Open longer than the 3 hours the ECI advisory allows.")


class TakedownList(BaseModel):
    within_hours: int
    overdue: int
    open: list[TakedownItem]


class MeResponse(BaseModel):
    name: str
    role: str
    auth: Literal["local", "key", "off"] = Field(
        description="local: no key needed here; key: signed in with one; off: SANDESH_AUTH=off."
    )
    can: list[str]
    expires_at: str | None


class WorkshopKeysRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    count: Annotated[int, Field(strict=True, ge=1, le=50), WholeNumber] = Field(
        description="One key per trainee in the room."
    )
    hours: Annotated[int, Field(strict=True, ge=1, le=12), WholeNumber] = Field(
        3, description="How long the keys work; they lapse on their own."
    )


class WorkshopKey(BaseModel):
    name: str
    key: str


class WorkshopKeysResponse(BaseModel):
    expires_at: str
    keys: list[WorkshopKey] = Field(description="Shown this once; only their hashes are kept.")
