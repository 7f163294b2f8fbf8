"""Render a poster: fit Hindi text into a layout with RAQM shaping, label it, write provenance.

Devanagari is only correct with complex text layout: conjuncts (प्र, क्ष), the reph (र्म) and the
ि matra, which is drawn before the consonant it follows in memory. Pillow does that with RAQM;
its BASIC layout draws the letters in memory order, which is wrong, not merely plainer. So the
renderer refuses to run without RAQM and passes the layout engine explicitly everywhere.
"""

from __future__ import annotations

import base64
import binascii
import io
import math
import struct
import warnings
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from functools import lru_cache
from pathlib import Path
from typing import Any

import regex
from PIL import Image, ImageDraw, ImageFont, PngImagePlugin, features

from service.posters.icons import TOPICS, icon_image
from service.posters.layout import PRINT_DPI, TEXT_REGIONS, Layout, Region
from service.posters.metadata import Provenance
from service.schemas import QR_MESSAGE, QR_RULE

CONTENT_TYPES = {
    "png": "image/png",
    "jpeg": "image/jpeg",
    "webp": "image/webp",
    "pdf": "application/pdf",
}
_ACCEPTED_UPLOADS = ("PNG", "JPEG", "WEBP")
# Limits on an upload's shape, beside the byte and pixel settings. No photo or logo anyone means
# to print is longer than this on a side or narrower than this; a 4000x10 strip scaled to cover a
# canvas once cost 1.9 GB. (Candidates for settings: SANDESH_POSTER_MAX_UPLOAD_SIDE and
# SANDESH_POSTER_MAX_ASPECT_RATIO.)
MAX_UPLOAD_SIDE = 10_000
MAX_ASPECT_RATIO = 10
# What Pillow raises on a malformed or truncated file, beside its own errors.
_UNREADABLE = (OSError, SyntaxError, ValueError, EOFError, IndexError, struct.error)
# Resizing first shrinks by a whole factor (a cheap box filter) until within this factor of the
# target, then resamples: fast, and no full-size intermediate copy.
_REDUCING_GAP = 3.0
_ASCII_SPACES = " \t\n\r\v\f"
_ASCII_WHITESPACE = str.maketrans("", "", _ASCII_SPACES)
_NOT_BASE64 = regex.compile(r"[^A-Za-z0-9+/=]")
# Phone numbers go in the QR code as ASCII digits, whatever digits they were written with.
_PHONE_DIGITS = str.maketrans("०१२३४५६७८९", "0123456789")
_EMOJI = regex.compile(
    # A flag is a pair of regional indicators; anything else is a pictograph with its modifiers
    # and any zero-width-joined followers (👨‍👩‍👧).
    r"\p{Regional_Indicator}{2}"
    r"|(?:\p{Extended_Pictographic}|\p{Regional_Indicator})[\uFE0F\u20E3\p{Emoji_Modifier}]*"
    r"(?:\u200D(?:\p{Extended_Pictographic})[\uFE0F\p{Emoji_Modifier}]*)*"
)
_CLUSTER = regex.compile(r"\X")
_LINE_GAP = 0.15  # extra space between paragraphs, in line heights


class PosterInputError(Exception):
    """Something in the request cannot be rendered; ``field`` says which part to fix.

    ``code`` is the stable ``type`` of the 422 entry (the studio words its Hindi message from it)
    and ``params`` the figures that message needs.
    """

    def __init__(
        self,
        field: str,
        message: str,
        *,
        too_large: bool = False,
        code: str = "poster",
        params: dict[str, int | float | str] | None = None,
    ) -> None:
        super().__init__(field, message, too_large)
        self.field = field
        self.message = f"{field}: {message}"
        self.too_large = too_large
        self.code = code
        self.params = params or {}

    def __reduce__(self) -> tuple[type, tuple[str, str], dict[str, object]]:
        # Bulk renders in worker processes; the error must survive the trip back.
        return (
            type(self),
            (self.field, self.message.removeprefix(f"{self.field}: ")),
            {"too_large": self.too_large, "code": self.code, "params": self.params},
        )


class ShapingUnavailableError(RuntimeError):
    """Pillow has no RAQM layout here, so Devanagari would come out wrong."""


def require_raqm() -> None:
    if not features.check("raqm"):
        raise ShapingUnavailableError(
            "Pillow's RAQM text layout is not available, so Devanagari cannot be shaped "
            "correctly; install the Debian package libfribidi0 (scripts/system-deps.sh run) "
            "and restart"
        )


# --- fonts -------------------------------------------------------------------------------------


def _font_dir() -> Path:
    import fontpkg_mukta

    return Path(fontpkg_mukta.ROOT) / "files"


_WEIGHTS = {
    "regular": "Mukta-Regular.ttf",
    "medium": "Mukta-Medium.ttf",
    "semibold": "Mukta-SemiBold.ttf",
    "bold": "Mukta-Bold.ttf",
}


@lru_cache(maxsize=512)
def get_font(weight: str, size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(
        str(_font_dir() / _WEIGHTS[weight]), size, layout_engine=ImageFont.Layout.RAQM
    )


# Colour emoji are bitmaps drawn at one size; Debian's fonts-noto-color-emoji provides them.
EMOJI_FONT_PATHS = (
    Path("/usr/share/fonts/truetype/noto/NotoColorEmoji.ttf"),
    Path("/usr/share/fonts/noto/NotoColorEmoji.ttf"),
)
_EMOJI_BITMAP_SIZE = 109


@lru_cache(maxsize=1)
def emoji_font() -> ImageFont.FreeTypeFont | None:
    for path in EMOJI_FONT_PATHS:
        if path.is_file():
            return ImageFont.truetype(
                str(path), _EMOJI_BITMAP_SIZE, layout_engine=ImageFont.Layout.RAQM
            )
    return None


def _emoji_side(font: ImageFont.FreeTypeFont) -> int:
    # As tall as the text's capitals and matras: the font size.
    return int(font.size)


@lru_cache(maxsize=256)
def _emoji_image(emoji: str, side: int) -> Image.Image:
    colour_font = emoji_font()
    assert colour_font is not None
    left, top, right, bottom = (int(v) for v in colour_font.getbbox(emoji))
    glyph = Image.new("RGBA", (right - left, bottom - top), (0, 0, 0, 0))
    ImageDraw.Draw(glyph).text((-left, -top), emoji, font=colour_font, embedded_color=True)
    return glyph.resize((side, side), Image.Resampling.LANCZOS)


def _runs(text: str) -> list[tuple[str, bool]]:
    """Text split into (run, is_emoji) pieces."""
    runs: list[tuple[str, bool]] = []
    position = 0
    for match in _EMOJI.finditer(text):
        if match.start() > position:
            runs.append((text[position : match.start()], False))
        runs.append((match.group(), True))
        position = match.end()
    if position < len(text):
        runs.append((text[position:], False))
    return runs


def measure(font: ImageFont.FreeTypeFont, text: str) -> float:
    """Advance width of a line, emoji included (each is a square as tall as the font)."""
    if not _EMOJI.search(text):
        return float(font.getlength(text))
    side = _emoji_side(font)
    return sum(side if is_emoji else float(font.getlength(run)) for run, is_emoji in _runs(text))


# --- request ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class PosterLimits:
    max_upload_bytes: int = 5 * 1024 * 1024
    max_upload_pixels: int = 12_000_000
    max_upload_side: int = MAX_UPLOAD_SIDE
    # The longer side over the shorter one.
    max_aspect_ratio: float = MAX_ASPECT_RATIO


@dataclass
class PosterJob:
    """Everything needed to draw one poster; built from a request, picklable for bulk work."""

    layout: Layout
    title: str
    lines: list[str]
    footer: str | None = None
    cta: str | None = None
    qr: str | None = None
    logo: bytes | None = None
    photo: bytes | None = None
    colors: dict[str, str] = field(default_factory=dict)
    format: str = "png"
    # The topic whose icon is drawn (service.posters.icons.TOPICS), or None for no icon.
    topic: str | None = None
    ai_generated: bool = True
    organisation: str = "Sandesh"
    label: str = "एआई-जनित • AI-Generated"
    tool: str = "Sandesh"
    limits: PosterLimits = field(default_factory=PosterLimits)


@dataclass(frozen=True)
class RenderedPoster:
    data: bytes
    content_type: str
    warnings: list[str]
    label_share: float


def _too_big(field_name: str, limits: PosterLimits) -> PosterInputError:
    return PosterInputError(
        field_name,
        f"the file is over {limits.max_upload_bytes} bytes",
        too_large=True,
        code="upload_too_large",
        params={"max_bytes": limits.max_upload_bytes},
    )


def _invalid_base64(field_name: str, why: str) -> PosterInputError:
    return PosterInputError(
        field_name,
        f"is not valid base64: {why}; send the file base64-encoded (line breaks are fine)",
        code="base64_invalid",
    )


def decode_upload(value: str, field_name: str, limits: PosterLimits) -> bytes:
    """Base64 (or a data: URL) to bytes, refusing what is too big before decoding it.

    ASCII whitespace is dropped first: MIME tools wrap base64 at 76 columns, with CRLF or LF.
    The OpenAPI schema states the same rule (service.schemas.BASE64_PATTERN, DATA_URL_PATTERN).
    """
    value = value.lstrip(_ASCII_SPACES)
    if value[:5].lower() == "data:":
        header, comma, value = value.partition(",")
        if not comma or not header.lower().endswith(";base64"):
            raise _invalid_base64(field_name, "a data: URL must be data:image/...;base64,...")
    value = value.translate(_ASCII_WHITESPACE)
    if len(value) > limits.max_upload_bytes * 4 // 3 + 8:
        raise _too_big(field_name, limits)
    if bad := _NOT_BASE64.search(value):
        raise _invalid_base64(field_name, f"it contains {bad.group()!r}")
    # Canonical padding only, as the schema's pattern states (schemas.BASE64_PATTERN), with none
    # of b64decode's leniencies (AAAA=, AAAA====) that would make the two disagree. Counted, not
    # matched with a regex: backtracking over megabytes that are one character short is slow.
    data = value.rstrip("=")
    if len(value) % 4 or len(value) - len(data) > 2 or "=" in data:
        raise _invalid_base64(field_name, "it is cut short or its = padding is wrong")
    try:
        return base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        raise _invalid_base64(field_name, "it is cut short or its = padding is wrong") from None


def _unreadable(field_name: str) -> PosterInputError:
    return PosterInputError(
        field_name, "is not a readable PNG, JPEG or WebP image", code="image_unreadable"
    )


def _too_many_pixels(
    field_name: str, limits: PosterLimits, size: tuple[int, int] | None = None
) -> PosterInputError:
    params: dict[str, int | float | str] = {"max_pixels": limits.max_upload_pixels}
    what = "is"
    if size is not None:
        params.update(width=size[0], height=size[1])
        what = f"{size[0]}x{size[1]} pixels is"
    return PosterInputError(
        field_name,
        f"{what} over the limit of {limits.max_upload_pixels:,} pixels",
        code="image_too_large",
        params=params,
    )


def open_upload(data: bytes, field_name: str, limits: PosterLimits) -> Image.Image:
    """The upload opened and its size checked from the header: no pixel is decoded here."""
    if len(data) > limits.max_upload_bytes:
        raise _too_big(field_name, limits)
    try:
        # Pillow warns past 89 million pixels and refuses past twice that; either is a bomb.
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data), formats=_ACCEPTED_UPLOADS)
    except (Image.DecompressionBombWarning, Image.DecompressionBombError):
        raise _too_many_pixels(field_name, limits) from None
    except _UNREADABLE:
        raise _unreadable(field_name) from None
    width, height = image.size
    longest, shortest = max(width, height), min(width, height)
    params: dict[str, int | float | str] = {"width": width, "height": height}
    if shortest < 1:
        raise _unreadable(field_name)
    if width * height > limits.max_upload_pixels:
        raise _too_many_pixels(field_name, limits, (width, height))
    if longest > limits.max_upload_side:
        raise PosterInputError(
            field_name,
            f"is {width}x{height} pixels; no side may be longer than "
            f"{limits.max_upload_side:,} px, so scale it down",
            code="image_side_too_large",
            params={**params, "max_side": limits.max_upload_side},
        )
    if longest > limits.max_aspect_ratio * shortest:
        ratio = limits.max_aspect_ratio
        raise PosterInputError(
            field_name,
            f"is {width}x{height} pixels: its long side is {longest / shortest:,.0f} times its "
            f"short side, and at most {ratio:g} times is accepted; crop it "
            "closer to the poster's shape",
            code="image_aspect_ratio",
            params={**params, "max_ratio": int(ratio) if float(ratio).is_integer() else ratio},
        )
    return image


def _scaled(
    image: Image.Image,
    size: tuple[int, int],
    box: tuple[float, float, float, float],
    mode: str,
    resample: Image.Resampling,
) -> Image.Image:
    """``box`` of ``image`` scaled to ``size`` in ``mode``, never copying the whole upload.

    A palette or bilevel image is resized with nearest-neighbour, so it is converted first, but
    only the part inside ``box``.
    """
    if image.mode not in ("RGB", "RGBA", "L", "LA"):
        left, top = math.floor(box[0]), math.floor(box[1])
        image = image.crop((left, top, math.ceil(box[2]), math.ceil(box[3]))).convert(mode)
        box = (box[0] - left, box[1] - top, box[2] - left, box[3] - top)
    if image.size != size or box != (0, 0, *image.size):
        image = image.resize(size, resample, box=box, reducing_gap=_REDUCING_GAP)
    return image.convert(mode) if image.mode != mode else image


def cover(image: Image.Image, size: tuple[int, int], field_name: str) -> Image.Image:
    """The upload scaled to cover ``size`` and cropped to it, centred, in RGB.

    Only the part that shows is scaled, and a JPEG is decoded at the smallest scale that still
    covers, so nothing larger than the upload or ``size`` is ever made.
    """
    width, height = size
    try:
        scale = max(width / image.width, height / image.height)
        image.draft(None, (math.ceil(image.width * scale), math.ceil(image.height * scale)))
        # The draft may have shrunk the image: measure again.
        scale = max(width / image.width, height / image.height)
        crop_w, crop_h = width / scale, height / scale
        left, top = (image.width - crop_w) / 2, (image.height - crop_h) / 2
        return _scaled(
            image,
            size,
            (left, top, left + crop_w, top + crop_h),
            "RGB",
            Image.Resampling.BILINEAR,
        )
    except _UNREADABLE:
        raise _unreadable(field_name) from None


def contain(image: Image.Image, size: tuple[int, int], field_name: str) -> Image.Image:
    """The upload shrunk (never enlarged) to fit inside ``size``, in RGBA."""
    try:
        scale = min(1.0, size[0] / image.width, size[1] / image.height)
        target = (max(1, round(image.width * scale)), max(1, round(image.height * scale)))
        image.draft(None, target)
        return _scaled(image, target, (0, 0, *image.size), "RGBA", Image.Resampling.LANCZOS)
    except _UNREADABLE:
        raise _unreadable(field_name) from None


def strip_emoji(text: str) -> tuple[str, bool]:
    stripped = _EMOJI.sub("", text)
    return " ".join(stripped.split()), stripped != text


# --- fitting -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Line:
    text: str
    # Ink extents relative to the pen position: a glyph may start left of it (a negative side
    # bearing) or rise above the ascender, so drawing shifts by these to stay inside the box.
    left: int
    width: int


@dataclass(frozen=True)
class FittedText:
    font: ImageFont.FreeTypeFont
    # Paragraphs, each a list of lines; a bullet (if any) goes before each paragraph.
    paragraphs: list[list[Line]]
    line_height: int
    top_pad: int
    indent: int
    bullet: str | None

    @property
    def height(self) -> int:
        lines = sum(len(p) for p in self.paragraphs)
        gaps = max(0, len(self.paragraphs) - 1)
        return self.top_pad + lines * self.line_height + int(gaps * _LINE_GAP * self.line_height)


def _split_word(word: str, font: ImageFont.FreeTypeFont, width: int) -> list[str]:
    """Break an over-long word between grapheme clusters, never inside a conjunct."""
    pieces: list[str] = []
    current = ""
    for cluster in _CLUSTER.findall(word):
        if current and measure(font, current + cluster) > width:
            pieces.append(current)
            current = cluster
        else:
            current += cluster
    if current:
        pieces.append(current)
    return pieces


# A figure stays with the word after it ("16 मार्च", "₹6,000 की", "9 बजे"): a title broke
# between "16" and "मार्च" (issue 15). They are wrapped as one word, joined by a no-break space.
_FIGURE_SPACE = regex.compile(r"(?<=(?:^|\s)₹?\d[\d,.]*%?)[ \t]+(?=\S)")
_GLUE = "\u00a0"


def wrap(text: str, font: ImageFont.FreeTypeFont, width: int) -> list[str]:
    glued = _FIGURE_SPACE.sub(_GLUE, text)
    return [line.replace(_GLUE, " ") for line in _wrap(glued, font, width)]


def _wrap(text: str, font: ImageFont.FreeTypeFont, width: int) -> list[str]:
    lines: list[str] = []
    current = ""
    for word in regex.split(r"[ \t\n\r]+", text.strip()):
        if not word:
            continue
        candidate = f"{current} {word}" if current else word
        if measure(font, candidate) <= width:
            current = candidate
            continue
        if current:
            lines.append(current)
        if measure(font, word) <= width:
            current = word
        else:
            *full, current = _split_word(word, font, width)
            lines.extend(full)
    if current:
        lines.append(current)
    return lines


def _sizes(start: int, floor: int) -> list[int]:
    sizes = []
    size = start
    while size > floor:
        sizes.append(size)
        size -= max(1, size // 16)
    return [*sizes, floor]


def _fit_at(texts: list[str], region: Region, bullet: str | None, size: int) -> FittedText | None:
    """``texts`` wrapped to the region's width at ``size``, or None when they do not fit its
    box. Fitting measures the ink of every line, so nothing drawn can leave the box."""
    _, _, width, height = region.box
    font = get_font(region.weight, size)
    indent = int(font.getlength(f"{bullet} ")) if bullet else 0
    ascent, descent = font.getmetrics()
    wrapped = [wrap(text, font, width - indent) for text in texts]
    # Every line is at least the font's height: text already too tall at that is measured no
    # further (most sizes a fitting tries fail here, and measuring ink is the slow part).
    count, gaps = sum(len(lines) for lines in wrapped), max(0, len(texts) - 1)
    if count * (ascent + descent) + int(gaps * _LINE_GAP * (ascent + descent)) > height:
        return None
    paragraphs: list[list[Line]] = []
    top, bottom, fits = 0, ascent + descent, True
    for text_lines in wrapped:
        fitted_lines = []
        for line in text_lines:
            if _EMOJI.search(line):
                # Emoji squares sit inside the ascent; the text runs keep their own ink.
                words = _EMOJI.sub("", line)
                left, line_top, _, line_bottom = font.getbbox(words) if words else (0, 0, 0, 0)
                left = left if not _EMOJI.match(line) else 0
                right, line_bottom = measure(font, line), max(line_bottom, ascent)
            else:
                left, line_top, right, line_bottom = font.getbbox(line)
            shift = max(0, -int(left))
            fitted_lines.append(Line(line, shift, int(right) + shift))
            top, bottom = min(top, int(line_top)), max(bottom, int(line_bottom))
            fits = fits and int(right) + shift <= width - indent
        paragraphs.append(fitted_lines)
    fitted = FittedText(font, paragraphs, bottom, -top, indent, bullet)
    return fitted if fits and fitted.height <= height else None


def fit(
    texts: list[str], region: Region, field_name: str, *, bullet: str | None = None
) -> FittedText:
    """The largest size at which ``texts`` fit the region's box, wrapped at spaces: from the
    region's ``size`` down to its ``min_size``, and for text that fits at ``size``, up to its
    ``max_size`` (short text grows to fill its box).

    Fitting measures the ink of every line, so nothing drawn can leave the box.
    """
    for size in _sizes(region.size, region.min_size):
        if (fitted := _fit_at(texts, region, bullet, size)) is None:
            continue
        if size == region.size and region.max_size and region.max_size > size:
            fitted = grow(fitted, texts, region)
        return fitted
    area = field_name
    if len(texts) > 1:
        # Named beside the line to shorten: the one that takes the most room at the smallest
        # size (the studio shows the error next to that line).
        font = get_font(region.weight, region.min_size)
        longest = max(range(len(texts)), key=lambda i: measure(font, texts[i]))
        field_name = f"{field_name}[{longest}]"
    raise PosterInputError(
        field_name,
        f"is too long for the {area} area of this layout even at the smallest size "
        f"({region.min_size}px); shorten it or choose a larger layout",
        code="text_does_not_fit",
        params={"min_size": region.min_size},
    )


def grow(fitted: FittedText, texts: list[str], region: Region) -> FittedText:
    """``texts``, which fit as ``fitted``, at the largest size up to the region's ``max_size``
    (its ``size`` when it has none) that still fits its box: first the size its box's height
    and area allow, then a binary search below it (a few fittings, not one per size step: the
    render benchmark). Lines may wrap as they grow: the text fills its box's height, not just
    its widest line's width (issue 15: the lines of a story poster left a fifth of it empty)."""
    _, _, width, height = region.box
    # Wrapped, text takes at least its area: it grows by no more than the square root of the
    # box's area over the text's, nor than the box's height over the text's.
    area = sum(line.width for para in fitted.paragraphs for line in para) * fitted.line_height
    room = min(
        height / max(fitted.height, 1), math.sqrt((width - fitted.indent) * height / max(area, 1))
    )
    low = int(fitted.font.size)
    high = min(max(region.max_size or region.size, low), int(low * room))
    best = fitted
    while low < high:
        middle = (low + high + 1) // 2
        if (bigger := _fit_at(texts, region, fitted.bullet, middle)) is not None:
            best, low = bigger, middle
        else:
            high = middle - 1
    return best


# --- drawing -----------------------------------------------------------------------------------


def _rgb(hex_colour: str) -> tuple[int, int, int]:
    value = hex_colour.lstrip("#")
    return int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16)


def _background(job: PosterJob, photo: Image.Image | None) -> Image.Image:
    """The canvas: ``photo`` (already the canvas's size) darkened, or the layout's colours."""
    width, height = job.layout.size
    if photo is not None:
        # Darkened so light text stays readable on any photo.
        return Image.blend(photo, Image.new("RGB", photo.size, (0, 0, 0)), 0.45)
    background = job.layout.background
    chosen = job.colors.get("background") or job.layout.colors.background
    if chosen or not background.gradient:
        return Image.new("RGB", (width, height), _rgb(chosen or background.color or "#ffffff"))
    top_colour, bottom_colour = background.gradient
    mask = Image.linear_gradient("L").resize((width, height))
    return Image.composite(
        Image.new("RGB", (width, height), _rgb(bottom_colour)),
        Image.new("RGB", (width, height), _rgb(top_colour)),
        mask,
    )


def _draw_text(
    canvas: Image.Image,
    draw: ImageDraw.ImageDraw,
    fitted: FittedText,
    region: Region,
    colour: tuple[int, int, int],
    *,
    center: bool = False,
    spread: bool = False,
) -> None:
    """``center``: each line centred in the box, and the text in its middle; ``spread``: each
    line from its left, and the room the text leaves shared evenly above, between and below
    its paragraphs (one paragraph: in the box's middle), so it is not left as one band."""
    x, y, width, height = region.box
    share = 0
    if spread:
        share = max(0, height - fitted.height) // (len(fitted.paragraphs) + 1)
    top = (y + (height - fitted.height) // 2 if center else y + share) + fitted.top_pad
    for paragraph in fitted.paragraphs:
        for index, line in enumerate(paragraph):
            left = x + fitted.indent + line.left
            if center:
                left = x + (width - line.width) // 2 + line.left
            if fitted.bullet and index == 0:
                draw.text((x, top), fitted.bullet, font=fitted.font, fill=colour)
            _draw_line(canvas, draw, (left, top), line.text, fitted.font, colour)
            top += fitted.line_height
        top += int(_LINE_GAP * fitted.line_height) + share


def _draw_line(
    canvas: Image.Image,
    draw: ImageDraw.ImageDraw,
    xy: tuple[int, int],
    text: str,
    font: ImageFont.FreeTypeFont,
    colour: tuple[int, int, int],
) -> None:
    if not _EMOJI.search(text):
        draw.text(xy, text, font=font, fill=colour)
        return
    x: float = xy[0]
    y = xy[1]
    side = _emoji_side(font)
    ascent, _ = font.getmetrics()
    for run, is_emoji in _runs(text):
        if is_emoji:
            glyph = _emoji_image(run, side)
            canvas.paste(glyph, (int(x), y + ascent - side), glyph)
            x += side
        else:
            draw.text((int(x), y), run, font=font, fill=colour)
            x += font.getlength(run)


def _paste_centred(canvas: Image.Image, image: Image.Image, box: tuple[int, int, int, int]) -> None:
    x, y, width, height = box
    canvas.paste(image, (x + (width - image.width) // 2, y + (height - image.height) // 2), image)


def qr_payload(value: str) -> str:
    """What the QR code holds: the web address (its scheme in lower case), or ``tel:`` and the
    number in ASCII digits. The rule is the request's (service.schemas.QR_PATTERN)."""
    value = " ".join(value.split())
    if not QR_RULE.fullmatch(value):
        raise PosterInputError("qr", QR_MESSAGE, code="string_pattern_mismatch")
    scheme, colon_slashes, rest = value.partition("://")
    if colon_slashes:
        return f"{scheme.lower()}://{rest}"
    return "tel:" + "".join(c for c in value.translate(_PHONE_DIGITS) if c in "+0123456789")


def qr_caption(value: str) -> str:
    """Words under a QR code that say what it opens (issue 15: a code with no label): "स्कैन
    करें: pmkisan.gov.in", "स्कैन करें: कॉल 1800-180-1551"."""
    value = " ".join(value.split())
    _, colon_slashes, rest = value.partition("://")
    if colon_slashes:
        host = rest.split("/", 1)[0].removeprefix("www.")
        return f"स्कैन करें: {host}"
    return f"स्कैन करें: कॉल {value}"


def _draw_qr(
    canvas: Image.Image,
    draw: ImageDraw.ImageDraw,
    region: Region,
    payload: str,
    value: str,
    colour: tuple[int, int, int],
) -> None:
    """The code, and under it what it opens, both inside the QR region; the caption shrinks
    to fit, and gives way to a bare "स्कैन करें" where even that does not."""
    x, y, width, height = region.box
    caption_height = max(16, height // 6)
    side = min(width, height - caption_height)
    canvas.paste(_qr_image(payload, side), (x + (width - side) // 2, y))
    box = Region(
        box=(x, y + side, width, height - side),
        size=max(8, (height - side) * 2 // 3),
        min_size=8,
    )
    for caption in (qr_caption(value), "स्कैन करें"):
        try:
            fitted = fit([caption], box, "qr")
        except PosterInputError:
            continue
        _draw_text(canvas, draw, fitted, box, colour, center=True)
        return


def _qr_image(payload: str, side: int) -> Image.Image:
    import segno

    code = segno.make(payload, error="m", micro=False)
    rows = [bytes(0 if bit else 255 for bit in row) for row in code.matrix_iter(border=2)]
    modules = Image.frombytes("L", (len(rows[0]), len(rows)), b"".join(rows))
    return modules.resize((side, side), Image.Resampling.NEAREST).convert("RGB")


_DATED_CALENDAR = regex.compile("[📅📆]")


def _texts(
    job: PosterJob, clean: Callable[[str, str], str] = lambda t, _: t
) -> dict[str, list[str]]:
    """The job's words by region; a word the layout has no region for is refused."""
    texts: dict[str, list[str]] = {"title": [clean(job.title, "title")]}
    if job.lines:
        texts["lines"] = [clean(line, f"lines[{i}]") for i, line in enumerate(job.lines)]
    for name in ("cta", "footer"):
        value = getattr(job, name)
        if value:
            texts[name] = [clean(value, name)]
    if job.topic is not None and job.topic not in TOPICS:
        raise PosterInputError(
            "topic",
            f"no icon for {job.topic!r}; choose one of: {', '.join(TOPICS)}",
            code="literal_error",
        )
    asked = {"qr": job.qr, "logo": job.logo, **dict.fromkeys(texts, True)}
    for name, value in asked.items():
        if value and name not in job.layout.regions:
            raise PosterInputError(
                name,
                f"the {job.layout.name} layout has no place for it",
                code="no_place_in_layout",
                params={"layout": job.layout.name},
            )
    if job.ai_generated:
        texts["label"] = [job.label]
    return texts


def _fit_all(
    texts: dict[str, list[str]],
    regions: Mapping[Any, Region],
    known: Mapping[str, FittedText] | None = None,
) -> dict[str, FittedText]:
    """Each text fitted to its region; ``known`` holds any already fitted (the title, by
    _drawn)."""
    known = known or {}
    return {
        name: known.get(name)
        or fit(
            values, regions[name], name, bullet=regions[name].bullet if name == "lines" else None
        )
        for name, values in texts.items()
        if name in TEXT_REGIONS
    }


def _draws_icon(job: PosterJob) -> bool:
    return job.topic is not None and "icon" in job.layout.regions


def _drawn_parts(job: PosterJob) -> set[str]:
    named = {
        "title": True,
        "lines": job.lines,
        "cta": job.cta,
        "footer": job.footer,
        "qr": job.qr,
        "logo": job.logo,
        "icon": _draws_icon(job),
        "label": job.ai_generated,
    }
    return {name for name, value in named.items() if value}


def _as_drawn(text: str) -> str:
    # As render's clean() leaves it, so text is measured as it is drawn.
    if emoji_font() is not None:
        return _DATED_CALENDAR.sub("🗓️", text)
    return strip_emoji(text)[0]


def drawn_layout(job: PosterJob) -> Layout:
    """The layout as this job is drawn: without a logo, its title and lines take the logo's
    space; with a topic icon, nothing overlaps it; the places of absent parts go to the parts
    drawn (Layout.for_parts); a PDF at print size; the lines start under the title's text as
    fitted (Layout.lines_from); and the room the lines leave goes to the title
    (Layout.title_grown)."""
    return _drawn(job)[0]


def _drawn(job: PosterJob) -> tuple[Layout, dict[str, FittedText]]:
    """drawn_layout, and the title and lines as fitted in it (each left out when it does not
    fit: render names it)."""
    layout = job.layout if job.logo else job.layout.without_logo()
    if _draws_icon(job):
        layout = layout.around_icon()
    parts = _drawn_parts(job)
    layout = layout.for_parts(parts)
    if job.format == "pdf":
        layout = layout.for_print()
    title_region = layout.regions["title"]
    title_text = [_as_drawn(job.title)]
    try:
        title = fit(title_text, title_region, "title")
    except PosterInputError:
        return layout, {}
    placed = layout.lines_from(title_region.box[1] + title.height)
    lines_region = placed.regions.get("lines")
    if not job.lines or lines_region is None:
        return placed, {"title": title}
    try:
        lines = fit(
            [_as_drawn(line) for line in job.lines],
            lines_region,
            "lines",
            bullet=lines_region.bullet,
        )
    except PosterInputError:
        return placed, {"title": title}
    # What the lines leave of their box goes to the title, which grows into it; what is still
    # left is spread between the lines (_draw_text). A title at its largest keeps its box.
    spare = lines_region.box[3] - lines.height
    room = layout.title_room(title.height + spare, parts)
    x, y, w, h = title_region.box
    if room <= h or title.font.size >= (title_region.max_size or title_region.size):
        return placed, {"title": title, "lines": lines}
    taller = title_region.model_copy(update={"box": (x, y, w, room)})
    grown = grow(title, title_text, taller)
    if grown.font.size <= title.font.size:
        return placed, {"title": title, "lines": lines}
    return layout.title_grown(grown.height), {"title": grown, "lines": lines}


def _as_fitted(
    known: dict[str, FittedText], texts: dict[str, list[str]], job: PosterJob
) -> dict[str, FittedText]:
    """Of the texts _drawn fitted, those fitted as render draws them."""
    measured = {"title": [_as_drawn(job.title)], "lines": [_as_drawn(x) for x in job.lines]}
    return {name: value for name, value in known.items() if texts.get(name) == measured[name]}


def fits(job: PosterJob) -> bool:
    """Do the job's words fit its layout (no drawing)? For naming the layouts a poster that
    does not fit its own would fit. Words that fit only without the topic icon fit: the
    icon gives way (render)."""
    for candidate in (job, replace(job, topic=None)) if _draws_icon(job) else (job,):
        layout, known = _drawn(candidate)
        try:
            _fit_all(_texts(candidate), layout.regions, known)
        except PosterInputError:
            continue
        return True
    return False


def render(
    job: PosterJob, *, now: Callable[[], datetime] = lambda: datetime.now(UTC)
) -> RenderedPoster:
    require_raqm()
    asked = job
    drawn, known = _drawn(job)
    job = replace(job, layout=drawn)
    layout = job.layout
    regions: dict[str, Region] = {name: region for name, region in layout.regions.items()}
    notes: list[str] = []

    keep_emoji = emoji_font() is not None

    def clean(text: str, field_name: str) -> str:
        if keep_emoji:
            # Noto's dated calendars print "July 17" beside "10 जनवरी"; its spiral one no date.
            return _DATED_CALENDAR.sub("🗓️", text)
        text, had_emoji = strip_emoji(text)
        if had_emoji:
            notes.append(f"emoji removed from {field_name}: no colour emoji font is installed")
        return text

    texts = _texts(job, clean)

    # Both headers are checked before either image is decoded; each is then scaled to its place
    # at once, so the full-size upload is dropped before the next one is decoded.
    photo_file = open_upload(job.photo, "photo", job.limits) if job.photo else None
    logo_file = open_upload(job.logo, "logo", job.limits) if job.logo else None
    photo = cover(photo_file, layout.size, "photo") if photo_file is not None else None
    del photo_file
    logo = contain(logo_file, regions["logo"].box[2:], "logo") if logo_file is not None else None
    del logo_file
    qr_data = qr_payload(job.qr) if job.qr else None

    # Fit everything before drawing anything, so a 422 costs no drawing. The title and lines
    # were fitted to place them (_drawn), as clean() leaves them.
    try:
        fitted = _fit_all(texts, regions, _as_fitted(known, texts, job))
    except PosterInputError:
        # The icon narrows the title beside it; words that fit only without it keep their
        # place and the icon is left out: the words are the message, the icon a picture.
        if not _draws_icon(job):
            raise
        job = replace(asked, topic=None)
        drawn, known = _drawn(job)
        job = replace(job, layout=drawn)
        layout = job.layout
        regions = {name: region for name, region in layout.regions.items()}
        fitted = _fit_all(texts, regions, _as_fitted(known, texts, job))
        notes.append("topic icon left out: the words fit only without it")

    colours = layout.colors.model_copy(update={k: v for k, v in job.colors.items() if v})
    canvas = _background(job, photo)
    draw = ImageDraw.Draw(canvas)
    text_colour = _rgb(colours.text)
    if logo is not None:
        _paste_centred(canvas, logo, regions["logo"].box)
    if _draws_icon(job) and job.topic is not None:
        _, _, width, height = regions["icon"].box
        _paste_centred(canvas, icon_image(job.topic, min(width, height)), regions["icon"].box)
    _draw_text(canvas, draw, fitted["title"], regions["title"], text_colour)
    if "lines" in fitted:
        # In their box, which starts under the title: what room the lines do not fill is
        # shared above, between and below them, not left as one empty band.
        _draw_text(canvas, draw, fitted["lines"], regions["lines"], text_colour, spread=True)
    if "cta" in fitted:
        x, y, width, height = regions["cta"].box
        text_width = max(line.width for p in fitted["cta"].paragraphs for line in p)
        pill_width = min(width, text_width + height)
        pill_height = min(height, fitted["cta"].height + height // 3)
        pill_top = y + (height - pill_height) // 2
        # Pillow's rectangle corners are inclusive: the last pixel is at width - 1.
        draw.rounded_rectangle(
            (x, pill_top, x + pill_width - 1, pill_top + pill_height - 1),
            radius=pill_height // 2,
            fill=_rgb(colours.accent),
        )
        pill = Region(box=(x, pill_top, pill_width, pill_height), size=8, min_size=8)
        _draw_text(canvas, draw, fitted["cta"], pill, _rgb(colours.accent_text), center=True)
    if "footer" in fitted:
        _draw_text(canvas, draw, fitted["footer"], regions["footer"], text_colour)
    if qr_data is not None and job.qr:
        _draw_qr(canvas, draw, regions["qr"], qr_data, job.qr, text_colour)

    label_share = 0.0
    if job.ai_generated:
        # Drawn last, so nothing can cover it; the layout already keeps other regions off it.
        region = regions["label"]
        x, y, width, height = region.box
        draw.rectangle((x, y, x + width - 1, y + height - 1), fill=_rgb(colours.label))
        _draw_text(canvas, draw, fitted["label"], region, _rgb(colours.label_text), center=True)
        label_share = region.area / (layout.size[0] * layout.size[1])

    provenance = Provenance(
        ai_generated=job.ai_generated,
        has_photo=photo is not None,
        organisation=job.organisation,
        tool=job.tool,
        label=job.label,
        created=now(),
    )
    data = encode(canvas, job.format, provenance, dpi=layout.dpi, title=texts["title"][0])
    return RenderedPoster(data, CONTENT_TYPES[job.format], notes, round(label_share, 4))


# A job's result: the file and its warnings, or the field and message that made it fail.
JobResult = tuple[bytes, list[str]] | PosterInputError


def render_job(job: PosterJob) -> JobResult:
    """For worker processes: lives here so that a worker imports Pillow, not the web service."""
    try:
        rendered = render(job)
    except PosterInputError as exc:
        return exc
    return rendered.data, rendered.warnings


# An A4 portrait page, and the white margin kept round the poster: most office printers cannot
# print to the edge of the sheet.
A4_MM = (210.0, 297.0)
A4_POINTS = (A4_MM[0] / 25.4 * 72, A4_MM[1] / 25.4 * 72)  # 595.28 x 841.89
A4_MARGIN_MM = 10.0


def on_a4_page(poster: Image.Image) -> tuple[Image.Image, tuple[float, float]]:
    """The poster centred on a white A4 portrait page, with its own pixels (never scaled): the
    page is drawn at the resolution at which the poster just fits within the margins, and at
    least 300 dpi. Returns the page and its (x, y) dpi, which make the PDF's page exactly A4
    (issue 15: a square poster's PDF was a 210 x 210 mm page, a story's 210 x 373 mm)."""
    inner_width, inner_height = ((side - 2 * A4_MARGIN_MM) / 25.4 for side in A4_MM)
    dpi = max(PRINT_DPI, poster.width / inner_width, poster.height / inner_height)
    width = math.ceil(A4_MM[0] / 25.4 * dpi)
    height = math.ceil(A4_MM[1] / 25.4 * dpi)
    page = Image.new("RGB", (width, height), (255, 255, 255))
    page.paste(poster.convert("RGB"), ((width - poster.width) // 2, (height - poster.height) // 2))
    return page, (width * 72 / A4_POINTS[0], height * 72 / A4_POINTS[1])


def encode(canvas: Image.Image, fmt: str, provenance: Provenance, *, dpi: int, title: str) -> bytes:
    out = io.BytesIO()
    xmp = provenance.xmp()
    if fmt == "png":
        info = PngImagePlugin.PngInfo()
        # Pillow ignores xmp= for PNG; the XMP packet goes in its standard iTXt chunk.
        info.add_itxt("XML:com.adobe.xmp", xmp.decode("utf-8"), zip=False)
        info.add_itxt("Description", provenance.summary)
        info.add_itxt("Author", provenance.organisation)
        info.add_itxt("Software", provenance.tool)
        # A Latin-1 tEXt chunk too, for tools that read no iTXt.
        info.add_text("Disclosure", provenance.plain_disclosure)
        canvas.save(out, "PNG", pnginfo=info, compress_level=3, dpi=(dpi, dpi))
    elif fmt == "jpeg":
        canvas.save(out, "JPEG", quality=90, xmp=xmp, dpi=(dpi, dpi))
    elif fmt == "webp":
        canvas.save(out, "WEBP", quality=88, xmp=xmp)
    else:
        page, page_dpi = on_a4_page(canvas)
        page.save(
            out,
            "PDF",
            dpi=page_dpi,
            title=title,
            author=provenance.organisation,
            subject=provenance.summary,
            creator=provenance.tool,
            keywords=f"DigitalSourceType: {provenance.source_type}",
        )
    return out.getvalue()
