"""Photos and logos of hostile shapes: refused from the header, and scaled in bounded memory."""

from __future__ import annotations

import io
import json
import struct
import subprocess
import sys
import zlib
from pathlib import Path

import pytest
from PIL import Image, ImageChops

from service.posters.layout import get_layouts
from service.posters.render import PosterInputError, PosterJob, drawn_layout, render

ROOT = Path(__file__).resolve().parents[2]
LAYOUTS = get_layouts()
BACKGROUND = (16, 32, 48)


def png_of_zeros(width: int, height: int, *, colour_type: int = 0, bit_depth: int = 1) -> bytes:
    """A valid PNG of one colour, compressed row by row, so that huge dimensions cost kilobytes
    and no image is ever held in memory to make it."""
    channels = {0: 1, 2: 3, 6: 4}[colour_type]
    row = bytes(1 + (width * channels * bit_depth + 7) // 8)  # filter byte, then the pixels
    compressor = zlib.compressobj(9)
    idat = b"".join(compressor.compress(row) for _ in range(height)) + compressor.flush()

    def chunk(kind: bytes, body: bytes) -> bytes:
        crc = zlib.crc32(kind + body)
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", crc)

    header = struct.pack(">IIBBBBB", width, height, bit_depth, colour_type, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", idat) + chunk(b"IEND", b"")
    )


def encoded(image: Image.Image, fmt: str = "PNG") -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, fmt)
    return buffer.getvalue()


def thirds(size: tuple[int, int]) -> Image.Image:
    """Red, green and blue thirds, left to right: where a crop was taken from shows."""
    width, height = size
    image = Image.new("RGB", size, (255, 0, 0))
    image.paste((0, 255, 0), (width // 3, 0, 2 * width // 3, height))
    image.paste((0, 0, 255), (2 * width // 3, 0, width, height))
    return image


# (field, what it is, the upload, the 422's type). Each is refused from its header.
HOSTILE = [
    ("photo", "4000x10 strip", lambda: encoded(Image.new("L", (4000, 10))), "image_aspect_ratio"),
    ("photo", "10x4000 strip", lambda: encoded(Image.new("L", (10, 4000))), "image_aspect_ratio"),
    (
        "photo",
        "4000x10 JPEG",
        lambda: encoded(Image.new("RGB", (4000, 10)), "JPEG"),
        "image_aspect_ratio",
    ),
    ("logo", "25000x1 line", lambda: png_of_zeros(25_000, 1), "image_side_too_large"),
    ("logo", "9000x9000 in 10 KB", lambda: png_of_zeros(9_000, 9_000), "image_too_large"),
    # 400 million pixels: past Pillow's own decompression-bomb limit.
    ("photo", "20000x20000 in 50 KB", lambda: png_of_zeros(20_000, 20_000), "image_too_large"),
]


def _job(**overrides: object) -> PosterJob:
    values: dict[str, object] = {
        "layout": LAYOUTS["scheme_square"],
        "title": "स्वास्थ्य शिविर",
        "lines": ["रविवार सुबह 9 बजे से"],
        "colors": {"background": "#102030"},
    }
    values.update(overrides)
    return PosterJob(**values)  # type: ignore[arg-type]


@pytest.mark.parametrize(("field", "what", "make", "code"), HOSTILE, ids=[h[1] for h in HOSTILE])
def test_hostile_shapes_are_refused_naming_the_field_and_the_limit(
    field: str, what: str, make: object, code: str
) -> None:
    assert callable(make)
    with pytest.raises(PosterInputError) as caught:
        render(_job(**{field: make()}))
    assert (caught.value.field, caught.value.code) == (field, code), caught.value.message
    assert not caught.value.too_large  # a 422: the file is small, its shape is the problem


def _outside_regions(image: Image.Image, job: PosterJob) -> set[tuple[int, ...]]:
    """The colours of every pixel that no region of the layout, as the job is drawn, covers."""
    mask = Image.new("1", image.size, 1)
    for x, y, w, h in (region.box for region in drawn_layout(job).regions.values()):
        mask.paste(0, (x, y, x + w, y + h))
    marker = (1, 2, 3)
    outside = Image.composite(image, Image.new("RGB", image.size, marker), mask)
    colours = {rgb for _, rgb in outside.getcolors(maxcolors=1 << 16) or []}
    return {rgb for rgb in colours if isinstance(rgb, tuple)} - {marker}


@pytest.mark.parametrize("fmt", ["PNG", "JPEG"])
@pytest.mark.parametrize("name", ["scheme_square", "status_story"])
def test_a_wide_photo_covers_the_canvas_from_its_centre(fmt: str, name: str) -> None:
    photo = encoded(thirds((3000, 900)), fmt)
    job = _job(layout=LAYOUTS[name], photo=photo)
    poster = Image.open(io.BytesIO(render(job).data))
    assert poster.size == LAYOUTS[name].size
    # The canvas is narrower than the photo, so only its green middle third shows, darkened.
    colours = _outside_regions(poster.convert("RGB"), job)
    assert all(r < 12 and 125 < g < 155 and b < 12 for r, g, b in colours), colours


def test_a_wide_logo_is_shrunk_into_its_box_keeping_its_shape() -> None:
    logo = encoded(Image.new("RGB", (3000, 1000), (255, 0, 0)))
    poster = Image.open(io.BytesIO(render(_job(logo=logo)).data)).convert("RGB")
    x, y, w, h = LAYOUTS["scheme_square"].regions["logo"].box
    r, g, _ = poster.split()
    # Bright red and no green: the logo, not the white text.
    red = ImageChops.multiply(r.point(lambda v: 255 * (v > 200)), g.point(lambda v: 255 * (v < 60)))
    top = y + (h - w // 3) // 2
    assert red.getbbox() == (x, top, x + w, top + w // 3)


def test_the_aspect_ratio_limit_itself_is_accepted() -> None:
    # 10 to 1 is the limit: a banner logo that wide still renders.
    rendered = render(_job(logo=encoded(Image.new("RGBA", (2000, 200), (255, 0, 0, 255)))))
    assert Image.open(io.BytesIO(rendered.data)).size == (1080, 1080)


_MEASURE = """
import base64, json, sys
from pathlib import Path
from service.config import Settings
from service.posters.jobs import job_from_request
from service.posters.render import PosterInputError, render
from service.schemas import PosterRequest

def peak_mb():
    # This process's own peak RSS. Not ru_maxrss: Linux carries that over from the parent
    # across fork and exec, so a child of a 500 MB pytest would start at 500 MB.
    with open("/proc/self/status") as status:
        return next(int(l.split()[1]) for l in status if l.startswith("VmHWM:")) / 1024

settings = Settings(_env_file=None)
def poster(field=None, data=None):
    images = {field: base64.b64encode(data).decode()} if field else {}
    request = PosterRequest(title="स्वास्थ्य शिविर", lines=["रविवार सुबह 9 बजे से"], **images)
    try:
        return list(render(job_from_request(request, settings)).data[:4])
    except PosterInputError as exc:
        return exc.code

folder = Path(sys.argv[1])
# A normal poster first, with a small photo and logo, so fonts and codecs are loaded.
poster("photo", (folder / "0-photo-warm").read_bytes())
poster("logo", (folder / "0-logo-warm").read_bytes())
idle = peak_mb()
outcomes = {p.name: poster(p.name.split("-")[1], p.read_bytes()) for p in sorted(folder.iterdir())}
print(json.dumps({"idle_mb": idle, "peak_mb": peak_mb(), "outcomes": outcomes}))
"""


def test_hostile_uploads_keep_peak_memory_near_idle(tmp_path: Path) -> None:
    uploads = {
        "0-photo-warm": encoded(thirds((640, 480)), "JPEG"),
        "0-logo-warm": encoded(Image.new("RGBA", (200, 120), (255, 255, 255, 255))),
        # What people do send: a wide photo, and a 12-megapixel phone photo.
        "1-photo-wide": encoded(thirds((3000, 1000))),
        "1-photo-phone": encoded(thirds((4000, 3000)), "JPEG"),
        "1-logo-wide": encoded(thirds((3000, 1000))),
    }
    for index, (field, what, make, _) in enumerate(HOSTILE):
        assert callable(make)
        uploads[f"2-{field}-{index}-{what.split()[0]}"] = make()
    for name, data in uploads.items():
        (tmp_path / name).write_bytes(data)
    # A fresh process: peak RSS is a high-water mark, so this one's history would hide a peak.
    result = subprocess.run(
        [sys.executable, "-c", _MEASURE, str(tmp_path)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
        check=True,
    )
    figures = json.loads(result.stdout)
    outcomes = figures["outcomes"]
    png = list(b"\x89PNG")
    assert [outcomes[n] for n in ("1-photo-wide", "1-photo-phone", "1-logo-wide")] == [png] * 3
    hostile = {n: code for n, code in outcomes.items() if n.startswith("2-")}
    assert sorted(hostile.values()) == sorted(h[3] for h in HOSTILE)
    # Before the fix the 4000x10 strip alone took RSS from 182 MB to 1,978 MB.
    assert figures["peak_mb"] < 1.5 * figures["idle_mb"], figures
