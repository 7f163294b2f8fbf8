from __future__ import annotations

import base64
import io
import random
import re
import subprocess
import sys
import zipfile
from datetime import datetime
from pathlib import Path
from typing import Any
from urllib.parse import unquote
from zoneinfo import ZoneInfo

import pytest
from fastapi.testclient import TestClient
from PIL import Image
from pydantic import ValidationError

from service.posters.layout import get_layouts
from service.schemas import QR_PATTERN, PosterRequest
from tests.conftest import make_settings, wait_ready
from tests.service.test_poster_uploads import HOSTILE, encoded, png_of_zeros, thirds

BODY: dict[str, Any] = {
    "template": "scheme_square",
    "title": "प्रधानमंत्री किसान सम्मान निधि",
    "lines": ["पात्र किसान परिवारों को हर साल ₹6,000 मिलते हैं"],
    "cta": "आज ही ई-केवाईसी करवाएँ",
    "qr": "https://pmkisan.gov.in",
}


def _logo() -> str:
    buffer = io.BytesIO()
    Image.new("RGBA", (200, 120), (255, 255, 255, 255)).save(buffer, "PNG")
    return base64.b64encode(buffer.getvalue()).decode()


@pytest.mark.parametrize(
    ("fmt", "content_type", "magic"),
    [
        ("png", "image/png", b"\x89PNG"),
        ("jpeg", "image/jpeg", b"\xff\xd8"),
        ("webp", "image/webp", b"RIFF"),
        ("pdf", "application/pdf", b"%PDF"),
    ],
)
def test_poster_comes_back_as_the_file_asked_for(
    client: TestClient, fmt: str, content_type: str, magic: bytes
) -> None:
    response = client.post("/v1/posters", json={**BODY, "format": fmt, "logo": _logo()})
    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == content_type
    assert response.content.startswith(magic)
    assert float(response.headers["x-sandesh-label-share"]) >= 0.10
    if fmt != "pdf":
        with Image.open(io.BytesIO(response.content)) as poster:
            assert poster.size == (1080, 1080)


def test_templates_are_listed_with_their_fields(client: TestClient) -> None:
    templates = {t["name"]: t for t in client.get("/v1/poster-templates").json()}
    assert set(templates) == {"scheme_square", "status_story", "facebook_landscape", "a4_print"}
    assert (templates["a4_print"]["width"], templates["a4_print"]["dpi"]) == (2480, 300)
    assert {"title", "lines", "qr", "logo", "photo"} <= set(templates["status_story"]["fields"])
    assert all(t["label_share"] >= 0.10 for t in templates.values())
    # The studio starts its colour pickers from these.
    assert templates["status_story"]["colors"] == {
        "background": "#7a1f5c",
        "text": "#ffffff",
        "accent": "#ffd54a",
    }


def test_templates_come_in_order_with_their_platforms_and_the_default(client: TestClient) -> None:
    # The studio takes its list's order, its first layout and where a downloaded poster was
    # likely posted from these (issue 16: it kept its own copies).
    templates = client.get("/v1/poster-templates").json()
    assert [(t["name"], t["order"], t["platforms"]) for t in templates] == [
        ("scheme_square", 1, ["whatsapp", "instagram", "facebook"]),
        ("status_story", 2, ["whatsapp", "instagram"]),
        ("facebook_landscape", 3, ["facebook"]),
        ("a4_print", 4, []),
    ]
    (default,) = [t["name"] for t in templates if t["default"]]
    assert default == templates[0]["name"]
    # The default is the layout a request that names none gets.
    body = {k: v for k, v in BODY.items() if k != "template"}
    unnamed = _pixels(client.post("/v1/posters", json=body))
    assert unnamed == _pixels(client.post("/v1/posters", json={**body, "template": default}))


def test_emoji_are_dropped_with_a_warning_header_without_a_colour_font(
    client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    from service.posters import render

    monkeypatch.setattr(render, "emoji_font", lambda: None)
    response = client.post("/v1/posters", json={**BODY, "title": "दीपावली की शुभकामनाएँ 🪔"})
    assert response.status_code == 200
    assert "emoji removed from title" in response.headers["x-sandesh-warning"]


@pytest.mark.parametrize(
    ("change", "status", "field"),
    [
        ({"template": "billboard"}, 422, "template"),
        ({"title": ""}, 422, "title"),
        ({"title": "क" * 201}, 422, "title"),
        ({"lines": ["बहुत लंबी पंक्ति " * 17] * 8}, 422, "lines[0]"),
        ({"colors": {"accent": "red"}}, 422, "colors.accent"),
        ({"qr": "not a link"}, 422, "qr"),
        ({"format": "gif"}, 422, "format"),
        ({"logo": "%%%"}, 422, "logo"),
        ({"logo": base64.b64encode(b"hello").decode()}, 422, "logo"),
        ({"photo": base64.b64encode(b"x" * (6 * 1024 * 1024)).decode()}, 413, "photo"),
        ({"unknown": 1}, 422, "unknown"),
    ],
)
def test_bad_poster_requests_get_a_4xx_naming_the_field(
    client: TestClient, change: dict[str, Any], status: int, field: str
) -> None:
    response = client.post("/v1/posters", json={**BODY, **change})
    assert response.status_code == status, response.text
    assert field in [e["field"] for e in response.json()["detail"]]


QR_VALUES = [
    *["https://pmkisan.gov.in", " HTTPS://pmkisan.gov.in/योजना ", "http://x.in"],
    *["+91 98765 43210", "+91-98765-43210", "९८७६५  ४३२१०", "1800-180-1551", "100"],
    # Not a link, not a number of 3 to 15 ASCII or Devanagari digits.
    *["0", "12", "1234567890123456", "pmkisan.gov.in", "https://", "https://x y.in"],
    *["٩٨٧٦٥٤٣٢١٠", "+", "98765 43210 (घर)", "-98765", "98765\n43210", "tel:98765"],
]


@pytest.mark.parametrize("value", QR_VALUES)
def test_the_qr_pattern_accepts_what_the_validator_accepts(value: str) -> None:
    try:
        PosterRequest(title="शिविर", qr=value)
        accepted = True
    except ValidationError as exc:
        [error] = exc.errors()
        assert error["loc"] == ("qr",)
        accepted = False
    assert bool(re.fullmatch(QR_PATTERN, value)) == accepted


def test_a_qr_that_is_no_address_or_number_gets_a_422_saying_what_it_takes(
    client: TestClient,
) -> None:
    response = client.post("/v1/posters", json={**BODY, "qr": "0"})
    assert response.status_code == 422, response.text
    [error] = response.json()["detail"]
    assert (error["field"], error["type"]) == ("qr", "string_pattern_mismatch")
    assert "web address" in error["message"] and "phone number" in error["message"]


def test_the_schema_states_the_layouts_formats_and_what_qr_and_uploads_take(
    client: TestClient,
) -> None:
    schema = client.get("/openapi.json").json()
    poster = schema["components"]["schemas"]["PosterRequest"]["properties"]
    layouts, formats = list(get_layouts()), ["png", "jpeg", "webp", "pdf"]
    assert (poster["template"]["enum"], poster["format"]["enum"]) == (layouts, formats)
    assert {"pattern": QR_PATTERN, "maxLength": 500}.items() <= poster["qr"]["anyOf"][0].items()
    for upload in (poster["logo"], poster["photo"]):
        base64_text, data_url, _ = upload["anyOf"]
        assert base64_text["contentEncoding"] == "base64"
        assert data_url["pattern"].startswith("^[\\t\\n")
    bulk = schema["paths"]["/v1/posters/bulk"]["post"]
    assert bulk["requestBody"]["content"]["text/csv"]["schema"]["minLength"] == 1
    query = {p["name"]: p["schema"]["anyOf"][0] for p in bulk["parameters"]}
    assert (query["template"]["enum"], query["format"]["enum"]) == (layouts, formats)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode()


def _noise_png() -> bytes:
    """400x300 of noise: 120 KB that cannot be compressed, so half of it is half an image."""
    return encoded(Image.frombytes("L", (400, 300), random.Random(18).randbytes(120_000)))


# Each limit, as the 422 names it in words and in params.
LIMITS = {
    "image_aspect_ratio": ("at most 10 times", {"max_ratio": 10}),
    "image_side_too_large": ("longer than 10,000 px", {"max_side": 10_000}),
    "image_too_large": ("over the limit of 12,000,000 pixels", {"max_pixels": 12_000_000}),
}


@pytest.mark.parametrize(("field", "what", "make", "code"), HOSTILE, ids=[h[1] for h in HOSTILE])
def test_hostile_images_get_a_422_naming_the_field_and_the_limit(
    client: TestClient, field: str, what: str, make: object, code: str
) -> None:
    assert callable(make)
    response = client.post("/v1/posters", json={**BODY, field: _b64(make())})
    assert response.status_code == 422, response.text
    [error] = response.json()["detail"]
    assert (error["field"], error["type"]) == (field, code)
    says, params = LIMITS[code]
    assert error["message"].startswith(f"{field}: ") and says in error["message"]
    assert params.items() <= error["params"].items()


@pytest.mark.parametrize(
    ("upload", "code", "says"),
    [
        # A decompression bomb: 30000x30000 pixels in 110 KB.
        (png_of_zeros(30_000, 30_000), "image_too_large", "over the limit of 12,000,000 pixels"),
        (_noise_png()[:60_000], "image_unreadable", "not a readable PNG, JPEG or WebP"),
        (b"GIF89a" + bytes(64), "image_unreadable", "not a readable PNG, JPEG or WebP"),
    ],
)
def test_bombs_and_broken_files_get_a_422_not_a_500(
    client: TestClient, upload: bytes, code: str, says: str
) -> None:
    response = client.post("/v1/posters", json={**BODY, "photo": _b64(upload)})
    assert response.status_code == 422, response.text
    [error] = response.json()["detail"]
    assert (error["field"], error["type"]) == ("photo", code)
    assert says in error["message"]


def test_a_wide_photo_still_makes_a_poster_of_the_layouts_size(client: TestClient) -> None:
    for template, size in [("scheme_square", (1080, 1080)), ("status_story", (1080, 1920))]:
        photo = _b64(encoded(thirds((3000, 1000)), "JPEG"))
        response = client.post(
            "/v1/posters", json={**BODY, "template": template, "photo": photo, "logo": photo}
        )
        assert response.status_code == 200, response.text
        with Image.open(io.BytesIO(response.content)) as poster:
            assert poster.size == size


def _wrapped(data: bytes, newline: str) -> str:
    """Base64 as MIME tools write it: 76 characters a line."""
    text = _b64(data)
    return newline.join(text[i : i + 76] for i in range(0, len(text), 76)) + newline


@pytest.mark.parametrize("newline", ["\n", "\r\n"])
@pytest.mark.parametrize("prefix", ["", "data:image/png;base64,"])
def test_base64_wrapped_at_76_columns_is_accepted(
    client: TestClient, newline: str, prefix: str
) -> None:
    logo = prefix + _wrapped(encoded(Image.new("RGB", (300, 200), (255, 0, 0))), newline)
    assert newline in logo
    response = client.post(
        "/v1/posters", json={**BODY, "colors": {"background": "#102030"}, "logo": logo}
    )
    assert response.status_code == 200, response.text
    with Image.open(io.BytesIO(response.content)) as poster:
        # The red logo is drawn inside its box (60, 48, 150, 150).
        assert poster.convert("RGB").getpixel((135, 123)) == (255, 0, 0)


@pytest.mark.parametrize(
    ("value", "says"),
    [
        ("iVBORw0KGgo%%%", "contains '%'"),
        ("iVBORw0KGgoAAAANSUhEUgAAA", "cut short"),
        ("data:image/png,%89PNG", "data: URL must be"),
    ],
)
def test_invalid_base64_gets_a_422_naming_the_field(
    client: TestClient, value: str, says: str
) -> None:
    response = client.post("/v1/posters", json={**BODY, "photo": value})
    assert response.status_code == 422, response.text
    [error] = response.json()["detail"]
    assert (error["field"], error["type"]) == ("photo", "base64_invalid")
    assert says in error["message"]


def test_an_oversized_poster_body_gets_413(tmp_path: Path) -> None:
    settings = make_settings(tmp_path, poster_max_body_bytes=100_000)
    from models.fake import FakeBackend
    from service.main import create_app

    with TestClient(create_app(settings, backend=FakeBackend())) as client:
        wait_ready(client)
        big = {**BODY, "photo": "A" * 200_000}
        response = client.post("/v1/posters", json=big)
    assert response.status_code == 413
    assert "SANDESH_POSTER_MAX_BODY_BYTES" in response.json()["detail"]


CSV = (
    "title,lines,cta,format\n"
    'पीएम-किसान,"हर साल ₹6,000|तीन किस्तों में",आज ही आवेदन करें,png\n'
    '"स्वास्थ्य शिविर","14 दिसंबर|सुबह 9 बजे से",,jpeg\n'
    "मतदाता पंजीकरण,फ़ॉर्म 6 भरें,,\n"
)


def test_bulk_csv_returns_a_zip_with_one_poster_per_row(client: TestClient) -> None:
    response = client.post(
        "/v1/posters/bulk?template=facebook_landscape",
        content=CSV.encode(),
        headers={"content-type": "text/csv"},
    )
    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == "application/zip"
    archive = zipfile.ZipFile(io.BytesIO(response.content))
    names = archive.namelist()
    assert names == [
        "001-facebook_landscape.png",
        "002-facebook_landscape.jpg",
        "003-facebook_landscape.png",
    ]
    with Image.open(archive.open(names[1])) as poster:
        assert poster.size == (1200, 630)


@pytest.mark.parametrize(
    ("csv_text", "field"),
    [
        ("title,colour\nक,red\n", "csv"),
        ("lines\nक\n", "csv"),
        ("title,format\nपहला,png\n,png\nतीसरा,gif\n", "row 3: title"),
        ("title,ai_generated\nपहला,perhaps\n", "row 2"),
        ("title\n", "csv"),
    ],
)
def test_bulk_names_the_bad_rows_and_columns(client: TestClient, csv_text: str, field: str) -> None:
    response = client.post("/v1/posters/bulk", content=csv_text.encode())
    assert response.status_code == 422, response.text
    assert any(e["field"].startswith(field) for e in response.json()["detail"])


@pytest.mark.parametrize(
    ("query", "field"), [("template=billboard", "template"), ("format=gif", "format")]
)
def test_bulk_refuses_a_bad_layout_or_format_even_when_every_row_names_its_own(
    client: TestClient, query: str, field: str
) -> None:
    rows = "title,template,format\nपहला,scheme_square,png\n"
    response = client.post(f"/v1/posters/bulk?{query}", content=rows.encode())
    assert response.status_code == 422, response.text
    errors = response.json()["detail"]
    assert [(e["field"], e["type"]) for e in errors] == [(f"query.{field}", "literal_error")]


@pytest.mark.parametrize("newline", ["\r", "\r\n", "\n"])
def test_bulk_reads_every_line_ending_excel_writes(client: TestClient, newline: str) -> None:
    # Excel on old Macs ends lines with a bare CR; a quoted cell may hold line breaks too.
    csv_bytes = CSV.replace("\n", newline).encode()
    response = client.post("/v1/posters/bulk?template=scheme_square", content=csv_bytes)
    assert response.status_code == 200, response.text
    assert len(zipfile.ZipFile(io.BytesIO(response.content)).namelist()) == 3


TOO_LONG = "क" * 140_000  # past the csv module's 131,072-character cell limit


@pytest.mark.parametrize(
    ("csv_bytes", "field", "code"),
    [
        (b"", "csv", "csv_empty"),
        (b"\r\n  \r\n", "csv", "csv_empty"),
        (b"title,lines\r\n", "csv", "csv_empty"),
        (b"title,lines\n\n\n", "csv", "csv_empty"),
        (f'title,lines\nपहला,"{TOO_LONG}"\n'.encode(), "row 2: lines", "csv_field_too_long"),
        (f'title,lines\nपहला,एक\n"{TOO_LONG}\n'.encode(), "row 3: title", "csv_field_too_long"),
        ("title,lines\nपहला,एक\n".encode() + b"caf\xe9,x\n", "row 3: title", "csv_encoding"),
        (b"\xff\xfet\x00i\x00t\x00l\x00e\x00", "csv", "csv_encoding"),
        ("title,lines\nपहला,एक,दो\n".encode(), "row 2: column 3", "csv_extra_values"),
        ("title,title\nपहला\n".encode(), "csv", "csv_columns"),
        ("title,ai_generated\nपहला,शायद\n".encode(), "row 2: ai_generated", "bool_parsing"),
    ],
)
def test_bulk_parse_errors_are_422s_naming_row_and_column(
    client: TestClient, csv_bytes: bytes, field: str, code: str
) -> None:
    response = client.post("/v1/posters/bulk", content=csv_bytes)
    assert response.status_code == 422, response.text
    errors = response.json()["detail"]
    assert (errors[0]["field"], errors[0]["type"]) == (field, code), errors
    assert errors[0]["message"].startswith(f"{field}: ")


def test_bulk_rows_are_numbered_as_the_spreadsheet_shows_them(client: TestClient) -> None:
    # Row 3 is blank and row 2's quoted cell spans two lines: the bad title is on row 4.
    csv_text = 'title,lines\nपहला,"एक\nदो"\n\n' + "लंबा शीर्षक " * 30 + ",तीन\n"
    response = client.post("/v1/posters/bulk?template=facebook_landscape", content=csv_text)
    assert response.status_code == 422, response.text
    assert [e["field"] for e in response.json()["detail"]] == ["row 4: title"]


def test_poster_and_bulk_commands(tmp_path: Path) -> None:
    spec = tmp_path / "spec.json"
    spec.write_text(
        '{"template": "status_story", "title": "स्वास्थ्य शिविर", "format": "jpeg"}',
        encoding="utf-8",
    )
    rows = tmp_path / "rows.csv"
    rows.write_text(CSV * 3, encoding="utf-8")  # 9 posters: enough to use both cores
    rows.write_text(
        rows.read_text(encoding="utf-8").replace("\ntitle,lines,cta,format", ""), encoding="utf-8"
    )

    def sandesh(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "service.cli", *args],
            capture_output=True,
            text=True,
            cwd=tmp_path,
            timeout=180,
            check=False,
        )

    one = sandesh("poster", str(spec), "--out", "story.jpg")
    assert one.returncode == 0, one.stderr
    with Image.open(tmp_path / "story.jpg") as story:
        assert story.size == (1080, 1920)
    many = sandesh("posters-bulk", str(rows), "--template", "scheme_square", "--out", "all.zip")
    assert many.returncode == 0, many.stderr
    assert len(zipfile.ZipFile(tmp_path / "all.zip").namelist()) == 9
    bad = sandesh("poster", str(tmp_path / "missing.json"))
    assert bad.returncode == 2 and "cannot read" in bad.stderr


def test_a_line_too_long_for_its_layout_is_named_with_the_layouts_it_would_fit(
    client: TestClient,
) -> None:
    lines = ["शिविर 14 जनवरी को लगेगा", "रक्तदान करें " * 22]
    lines += ["आधार कार्ड साथ लाएँ और समय पर पहुँचें"] * 3
    body = {**BODY, "template": "facebook_landscape", "lines": lines}
    response = client.post("/v1/posters", json=body)
    assert response.status_code == 422
    (entry,) = response.json()["detail"]
    # The line to shorten, and the layouts that would take the poster as it is, in Hindi.
    assert entry["field"] == "lines[1]"
    assert entry["type"] == "text_does_not_fit"
    fitting = entry["params"]["layouts"].split(",")
    assert fitting and "facebook_landscape" not in fitting
    assert "«खड़ा पोस्टर»" in entry["message_hi"]
    for name in fitting:
        assert client.post("/v1/posters", json={**body, "template": name}).status_code == 200


def test_the_file_is_named_from_the_title_and_the_day(client: TestClient) -> None:
    response = client.post("/v1/posters", json={**BODY, "title": 'रक्तदान शिविर: 14 जून / "ज़िला"'})
    assert response.status_code == 200
    day = datetime.now(ZoneInfo("Asia/Kolkata")).date().isoformat()
    disposition = response.headers["Content-Disposition"]
    # An ASCII name for any browser, and the title's own words (no : / " in a file name).
    assert f'filename="sandesh-scheme_square-{day}.png"' in disposition
    named = unquote(disposition.split("filename*=UTF-8''", 1)[1])
    assert named == f"रक्तदान-शिविर-14-जून-ज़िला-{day}.png"


def test_an_unknown_topic_gets_a_422_naming_the_field_in_hindi(client: TestClient) -> None:
    response = client.post("/v1/posters", json={**BODY, "topic": "cricket"})
    assert response.status_code == 422, response.text
    (entry,) = response.json()["detail"]
    assert (entry["field"], entry["type"]) == ("topic", "literal_error")
    assert entry["message_hi"] == "यह विकल्प मान्य नहीं है। दिए गए विकल्पों में से ही कोई चुनें।"
    # The schema lists the topics, so a form can offer them.
    schema = client.get("/openapi.json").json()["components"]["schemas"]["PosterRequest"]
    topics = next(b["enum"] for b in schema["properties"]["topic"]["anyOf"] if "enum" in b)
    assert {"health", "farming", "water", "school", "documents", "calendar"} <= set(topics)
    bulk = client.post("/v1/posters/bulk", content="title,topic\nपहला,cricket\n".encode())
    assert bulk.status_code == 422
    assert [e["field"] for e in bulk.json()["detail"]] == ["row 2: topic"]


def _pixels(response: Any) -> bytes:
    assert response.status_code == 200, response.text
    with Image.open(io.BytesIO(response.content)) as poster:
        return poster.convert("RGB").tobytes()


def test_the_topic_icon_is_drawn_named_or_found_from_the_words(client: TestClient) -> None:
    # BODY is about PM-Kisan: its title and line name farmers, so it gets the farming icon.
    found = _pixels(client.post("/v1/posters", json=BODY))
    assert found == _pixels(client.post("/v1/posters", json={**BODY, "topic": "farming"}))
    assert found != _pixels(client.post("/v1/posters", json={**BODY, "topic": "water"}))
    # Words with no topic get no icon: the icon's place is the background.
    plain = {**BODY, "title": "ग्राम सभा की बैठक", "lines": ["2 अक्टूबर, सुबह 11 बजे"]}
    logo = base64.b64encode(png_of_zeros(8, 8)).decode()
    plain |= {"colors": {"background": "#102030"}, "logo": logo}
    x, y, w, h = get_layouts()["scheme_square"].regions["icon"].box
    with Image.open(io.BytesIO(client.post("/v1/posters", json=plain).content)) as poster:
        place = poster.convert("RGB").crop((x, y, x + w, y + h))
    assert place.getcolors(maxcolors=4) == [(w * h, (16, 32, 48))]
    templates = client.get("/v1/poster-templates").json()
    assert all("topic" in t["fields"] for t in templates)
