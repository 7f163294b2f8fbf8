from __future__ import annotations

import base64
import dataclasses
import io
import itertools
import re
import shutil
import subprocess
import unicodedata
import xml.etree.ElementTree as ET
from pathlib import Path

import numpy as np
import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image, ImageChops, ImageFont, ImageOps

from service.posters import render as render_module
from service.posters.icons import ICONS_DIR, TOPICS, icon_image, icon_path
from service.posters.jobs import topic_of
from service.posters.layout import MIN_LABEL_SHARE, Layout, RegionName, get_layouts
from service.posters.metadata import COMPOSITE, HUMAN, TRAINED
from service.posters.render import (
    PosterInputError,
    PosterJob,
    PosterLimits,
    decode_upload,
    fit,
    qr_payload,
    render,
    wrap,
)
from service.schemas import BASE64_PATTERN, DATA_URL_PATTERN
from tests.service.test_poster_uploads import png_of_zeros

TITLE = "प्रधानमंत्री किसान सम्मान निधि"
LAYOUTS = get_layouts()
IPTC = "{http://iptc.org/std/Iptc4xmpExt/2008-02-29/}DigitalSourceType"


def _job(layout: str = "scheme_square", **overrides: object) -> PosterJob:
    values: dict[str, object] = {
        "layout": LAYOUTS[layout],
        "title": TITLE,
        "lines": ["पात्र किसान परिवारों को हर साल ₹6,000 मिलते हैं"],
        "organisation": "ग्राम पंचायत रामपुर",
    }
    values.update(overrides)
    return PosterJob(**values)  # type: ignore[arg-type]


def _image(data: bytes) -> Image.Image:
    return Image.open(io.BytesIO(data))


def _ocr(image: Image.Image, lang: str = "hin") -> str:
    if shutil.which("tesseract") is None:
        pytest.fail("tesseract is missing: run scripts/system-deps.sh test")
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    result = subprocess.run(
        ["tesseract", "stdin", "stdout", "-l", lang, "--psm", "6"],
        input=buffer.getvalue(),
        capture_output=True,
        timeout=60,
        check=True,
    )
    return " ".join(result.stdout.decode("utf-8").split())


def _title_crop(data: bytes, layout: Layout) -> Image.Image:
    x, y, w, h = layout.regions["title"].box
    # Dark text on white reads best: the poster's title is white on blue, so invert.
    grey = _image(data).convert("L").crop((x, y, x + w, y + h))
    return Image.eval(grey, lambda v: 255 - v)


@pytest.mark.parametrize("engine", ["raqm", "basic"])
def test_hindi_title_reads_back_exactly_only_with_raqm_shaping(
    engine: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    if engine == "basic":
        # What a renderer without RAQM would draw: letters in memory order, ि after its consonant.
        def basic_font(weight: str, size: int) -> ImageFont.FreeTypeFont:
            path = render_module._font_dir() / render_module._WEIGHTS[weight]
            return ImageFont.truetype(str(path), size, layout_engine=ImageFont.Layout.BASIC)

        monkeypatch.setattr(render_module, "get_font", basic_font)
    job = _job(colors={"background": "#0b4f8a"})
    data = render(job).data
    text = _ocr(_title_crop(data, render_module.drawn_layout(job)))
    assert (text == TITLE) is (engine == "raqm"), text


def test_rendering_refuses_without_raqm_and_names_the_library(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(render_module.features, "check", lambda name: False)
    with pytest.raises(render_module.ShapingUnavailableError, match="libfribidi0"):
        render(_job())


@pytest.mark.parametrize("name", list(LAYOUTS))
def test_label_covers_a_tenth_and_is_drawn_where_nothing_covers_it(name: str) -> None:
    layout = LAYOUTS[name]
    width, height = layout.size
    rendered = render(_job(name, qr="https://pmkisan.gov.in", cta="आज ही आवेदन करें"))
    assert rendered.label_share >= MIN_LABEL_SHARE
    x, y, w, h = layout.regions["label"].box
    band = _image(rendered.data).convert("RGB").crop((x, y, x + w, y + h))
    colours = band.getcolors(maxcolors=w * h) or []
    black = sum(count for count, rgb in colours if rgb == (0, 0, 0))
    # Mostly the label's black, the rest its white text: nothing else drawn over it.
    assert black / (w * h) > 0.6
    assert (w * h) / (width * height) >= MIN_LABEL_SHARE


LONG_WORD = "अंतर्राष्ट्रीयप्रधानमंत्रीकिसानसम्माननिधिस्वास्थ्यबीमायोजनाक्षेत्रीयविकास"


@pytest.mark.parametrize("name", list(LAYOUTS))
def test_long_texts_never_spill_out_of_their_boxes(name: str) -> None:
    layout = LAYOUTS[name]
    background = (16, 32, 48)
    job = _job(
        name,
        title="ज़िले के सभी पात्र किसान परिवारों के लिए बहुत ज़रूरी सूचना: " + LONG_WORD,
        lines=[
            "किस्त पाने के लिए ई-केवाईसी, आधार सीडिंग और भूमि सत्यापन तीनों ज़रूरी हैं",
            "नज़दीकी जन सेवा केंद्र पर जाकर अपना पंजीकरण और बैंक विवरण जाँच लें 🙏🏽🇮🇳",
            LONG_WORD,
        ],
        cta="आज ही ई-केवाईसी करवाएँ और दूसरों को भी बताएँ",
        footer="कृषि विभाग, ज़िला प्रशासन द्वारा जनहित में जारी सूचना",
        colors={"background": "#102030"},
    )
    image = _image(render(job).data).convert("RGB")
    # With no logo the title and lines take its place (render_module.drawn_layout).
    boxes = [region.box for region in render_module.drawn_layout(job).regions.values()]
    assert len(boxes) == len(layout.regions) - 1
    # Every pixel outside the layout's boxes is still plain background.
    mask = Image.new("1", image.size, 1)
    for x, y, w, h in boxes:
        mask.paste(0, (x, y, x + w, y + h))
    outside = Image.composite(image, Image.new("RGB", image.size, background), mask)
    assert outside.getcolors(maxcolors=4) == [(image.width * image.height, background)]


def test_text_that_cannot_fit_even_at_the_floor_names_its_field() -> None:
    with pytest.raises(PosterInputError) as caught:
        render(_job("facebook_landscape", title="बहुत लंबा शीर्षक " * 40))
    assert caught.value.field == "title"
    assert "shorten it" in caught.value.message
    # Of the lines, the one to shorten is named, so the studio shows the error beside it.
    lines = ["शिविर 14 जनवरी को लगेगा"] * 7
    lines.insert(3, "बहुत लंबी पंक्ति " * 40)
    with pytest.raises(PosterInputError) as caught:
        render(_job("facebook_landscape", lines=lines))
    assert caught.value.field == "lines[3]"
    assert caught.value.code == "text_does_not_fit"


def test_an_overlong_word_breaks_only_between_grapheme_clusters() -> None:
    font = render_module.get_font("regular", 40)
    lines = wrap(LONG_WORD, font, 300)
    assert len(lines) > 2 and "".join(lines) == LONG_WORD
    clusters = regex.findall(r"\X", LONG_WORD)
    boundaries = {sum(len(c) for c in clusters[:i]) for i in range(len(clusters) + 1)}
    position = 0
    for line in lines:
        position += len(line)
        assert position in boundaries  # no line ends inside a conjunct or before its matra
        assert font.getlength(line) <= 300


# As long as a title may be (200 characters), and one word.
ONE_WORD_TITLE = (LONG_WORD * 3)[:200]


@pytest.mark.parametrize("name", list(LAYOUTS))
def test_a_title_of_one_200_character_word_is_broken_to_fit_every_layout(name: str) -> None:
    region = LAYOUTS[name].regions["title"]
    fitted = fit([ONE_WORD_TITLE], region, "title")
    [lines] = fitted.paragraphs
    assert len(lines) > 1 and "".join(line.text for line in lines) == ONE_WORD_TITLE
    assert all(line.width <= region.box[2] for line in lines)


def test_a_print_poster_is_made_with_a_one_word_title_it_must_break() -> None:
    rendered = render(_job("a4_print", title=ONE_WORD_TITLE, lines=[]))
    assert _image(rendered.data).size == LAYOUTS["a4_print"].size


def test_fit_grows_short_text_and_shrinks_long_text_before_giving_up() -> None:
    region = LAYOUTS["scheme_square"].regions["title"]
    short = fit(["किसान"], region, "title")
    long = fit(["किसान सम्मान निधि की अगली किस्त के लिए ई-केवाईसी अभी करवाएँ"] * 2, region, "title")
    # Issue 15: short text grows to fill its box, up to the layout's max_size.
    assert region.max_size is not None and short.font.size == region.max_size
    assert region.min_size <= long.font.size < region.size


@pytest.mark.parametrize("name", sorted(LAYOUTS))
def test_two_short_lines_are_drawn_larger_than_five_long_ones(name: str) -> None:
    lines = LAYOUTS[name].regions["lines"]
    two = fit(["📅 14 जून", "📍 पंचायत भवन"], lines, "lines", bullet=lines.bullet)
    five = fit(["हर परिवार को हर महीने 35 किलो अनाज मुफ़्त मिलता है"] * 5, lines, "lines")
    assert two.font.size > lines.size >= five.font.size
    assert two.height <= lines.box[3]  # and still inside its box


def _xmp(data: bytes, fmt: str) -> ET.Element:
    image = _image(data)
    packet = image.text["XML:com.adobe.xmp"] if fmt == "png" else image.info["xmp"]  # type: ignore[attr-defined]
    if isinstance(packet, bytes):
        packet = packet.decode("utf-8")
    return ET.fromstring(packet[packet.index("<x:xmpmeta") : packet.index("</x:xmpmeta>") + 12])


@pytest.mark.parametrize("fmt", ["png", "jpeg", "webp"])
def test_provenance_metadata_reads_back(fmt: str) -> None:
    data = render(_job(format=fmt)).data
    root = _xmp(data, fmt)
    [description] = root.iter("{http://www.w3.org/1999/02/22-rdf-syntax-ns#}Description")
    assert description.get(IPTC) == TRAINED
    assert description.get("{http://ns.adobe.com/xap/1.0/}CreatorTool").startswith("Sandesh")
    creators = [li.text for li in root.iter("{http://www.w3.org/1999/02/22-rdf-syntax-ns#}li")]
    assert "ग्राम पंचायत रामपुर" in creators
    if fmt == "png":
        assert (
            "AI-generated (IPTC digital source type: trainedAlgorithmicMedia)"
            in (
                _image(data).text["Disclosure"]  # type: ignore[attr-defined]
            )
        )


def test_photo_makes_it_composite_and_no_ai_means_no_label() -> None:
    photo = io.BytesIO()
    Image.new("RGB", (640, 480), (200, 120, 40)).save(photo, "JPEG")
    composite = render(_job(photo=photo.getvalue()))
    description = next(
        _xmp(composite.data, "png").iter("{http://www.w3.org/1999/02/22-rdf-syntax-ns#}Description")
    )
    assert description.get(IPTC) == COMPOSITE
    human = render(_job(ai_generated=False, colors={"background": "#102030"}))
    assert human.label_share == 0
    description = next(
        _xmp(human.data, "png").iter("{http://www.w3.org/1999/02/22-rdf-syntax-ns#}Description")
    )
    assert description.get(IPTC) == HUMAN
    x, y, w, h = LAYOUTS["scheme_square"].regions["label"].box
    band = _image(human.data).convert("RGB").crop((x, y, x + w, y + h))
    assert band.getcolors(maxcolors=4) == [(w * h, (16, 32, 48))]


def test_pdf_for_print_carries_the_disclosure() -> None:
    data = render(_job("a4_print", format="pdf")).data
    assert data.startswith(b"%PDF")
    # PDF document info strings are UTF-16 with a byte-order mark.
    assert "trainedAlgorithmicMedia".encode("utf-16-be") in data
    assert "ग्राम पंचायत रामपुर".encode("utf-16-be") in data


def _png_bytes(size: tuple[int, int], mode: str = "RGB") -> bytes:
    buffer = io.BytesIO()
    Image.new(mode, size).save(buffer, "PNG")
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("upload", "code", "message"),
    [
        (b"not an image at all", "image_unreadable", "not a readable"),
        # Past Pillow's decompression-bomb limit, and past ours, each from the header alone.
        (png_of_zeros(30_000, 30_000), "image_too_large", "over the limit of 12,000,000 pixels"),
        (png_of_zeros(6_000, 6_000), "image_too_large", "6000x6000 pixels is over the limit"),
        (b"GIF89a" + b"\x00" * 64, "image_unreadable", "not a readable"),
    ],
)
def test_bad_uploads_are_refused_with_the_field(upload: bytes, code: str, message: str) -> None:
    with pytest.raises(PosterInputError) as caught:
        render(_job(logo=upload))
    assert (caught.value.field, caught.value.code) == ("logo", code)
    assert not caught.value.too_large  # a small file of a refused size: 422, not 413
    assert message in caught.value.message


def test_base64_uploads_are_checked_before_decoding() -> None:
    from service.posters.render import PosterLimits, decode_upload

    limits = PosterLimits(max_upload_bytes=1024)
    with pytest.raises(PosterInputError, match="not valid base64") as caught:
        decode_upload("%%%not-base64%%%", "photo", limits)
    assert caught.value.code == "base64_invalid"
    with pytest.raises(PosterInputError, match="over 1024 bytes") as caught:
        decode_upload(base64.b64encode(b"x" * 4096).decode(), "photo", limits)
    assert caught.value.too_large and caught.value.code == "upload_too_large"
    logo = _png_bytes((8, 8))
    assert (
        decode_upload("data:image/png;base64," + base64.b64encode(logo).decode(), "logo", limits)
        == logo
    )
    # MIME wraps base64 at 76 columns; the line breaks do not count towards the size limit.
    mime = base64.encodebytes(b"y" * 1000).decode().replace("\n", "\r\n")
    assert decode_upload(mime, "logo", limits) == b"y" * 1000


def _decodes(value: str) -> bool:
    try:
        decode_upload(value, "logo", PosterLimits())
    except PosterInputError as exc:
        assert exc.code == "base64_invalid", exc.message
        return False
    return True


def _stated(value: str) -> bool:
    return any(re.fullmatch(pattern, value) for pattern in (BASE64_PATTERN, DATA_URL_PATTERN))


@pytest.mark.parametrize(
    "value",
    [
        *["", "  ", "QUJD", "QUI=", "QQ==", "QUJD\r\nREVG\r\n", " QU JD ", "Q\tU\vJ\fD"],
        *[
            "data:image/png;base64,QUJD",
            "DATA:x;BASE64,\nQUJD",
            "data:;base64,",
            " data:a;base64,QQ==",
        ],
        # b64decode takes these; the schema's canonical padding does not, so neither does Sandesh.
        *["QUJD=", "QUJD====", "QQ=\n="],
        *["Q", "QUJDR", "QU=D", "QQ=", "=", "QQ==QQ==", "%%%", "QUJD\u00a0", "\u2003QUJD"],
        *["data:image/png,QUJD", "data:image/png;base64 ,QUJD", "x data:a;base64,QUJD"],
    ],
)
def test_the_upload_patterns_accept_what_decode_upload_accepts(value: str) -> None:
    assert _stated(value) == _decodes(value)


@settings(derandomize=True, max_examples=300, deadline=None)
@given(st.text(alphabet="QUJD+/=\t\n :;,datbse64\u00a0", max_size=24))
def test_the_upload_patterns_and_decode_upload_agree_on_any_text(value: str) -> None:
    assert _stated(value) == _decodes(value)


@pytest.mark.parametrize(
    ("value", "payload"),
    [
        ("https://pmkisan.gov.in", "https://pmkisan.gov.in"),
        (" Https://pmkisan.gov.in/योजना ", "https://pmkisan.gov.in/योजना"),
        ("+91 98765-43210", "tel:+919876543210"),
        ("९८७६५ ४३२१०", "tel:9876543210"),
        ("1800-180-1551", "tel:18001801551"),
    ],
)
def test_the_qr_code_holds_the_address_or_a_tel_link_of_ascii_digits(
    value: str, payload: str
) -> None:
    assert qr_payload(value) == payload


@pytest.mark.parametrize("value", ["0", "12", "pmkisan.gov.in", "ftp://x.in", "٩٨٧٦٥٤٣٢١٠", "+91"])
def test_a_qr_that_is_no_address_or_number_is_refused(value: str) -> None:
    with pytest.raises(PosterInputError, match="web address") as caught:
        qr_payload(value)
    assert (caught.value.field, caught.value.code) == ("qr", "string_pattern_mismatch")


def test_input_errors_keep_their_code_across_processes() -> None:
    import pickle

    error = PosterInputError(
        "photo", "is 4000x10", code="image_aspect_ratio", params={"width": 4000}
    )
    copy = pickle.loads(pickle.dumps(error))
    assert (copy.field, copy.message, copy.code, copy.params) == (
        "photo",
        "photo: is 4000x10",
        "image_aspect_ratio",
        {"width": 4000},
    )


def test_emoji_are_drawn_in_colour_when_the_emoji_font_is_installed() -> None:
    if render_module.emoji_font() is None:
        pytest.fail("fonts-noto-color-emoji is missing: run scripts/system-deps.sh test")
    job = _job(title="दीपावली 🇮🇳", colors={"background": "#102030"})
    plain = render(job)
    assert plain.warnings == []
    x, y, w, h = render_module.drawn_layout(job).regions["title"].box
    title = _image(plain.data).convert("RGB").crop((x, y, x + w, y + h))
    colours = {rgb for _, rgb in title.getcolors(maxcolors=w * h) or []}
    # The flag's saffron and green: neither the white text nor the background has them.
    assert any(r > 200 and 80 < g < 180 and b < 80 for r, g, b in colours)
    assert any(g > 100 and r < 60 and b < 80 for r, g, b in colours)


def test_a_dated_calendar_is_drawn_as_the_undated_one() -> None:
    # Noto's 📅 prints "July 17", which beside "10 जनवरी" reads as a second date.
    if render_module.emoji_font() is None:
        pytest.fail("fonts-noto-color-emoji is missing: run scripts/system-deps.sh test")
    dated = render(_job(lines=["📅 10 जनवरी", "📆 11 जनवरी"]))
    undated = render(_job(lines=["🗓️ 10 जनवरी", "🗓️ 11 जनवरी"]))
    assert _image(dated.data).tobytes() == _image(undated.data).tobytes()
    plain = render(_job(lines=["10 जनवरी", "11 जनवरी"]))
    assert _image(dated.data).tobytes() != _image(plain.data).tobytes()


def test_emoji_are_dropped_with_a_warning_when_no_colour_font_is_installed(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(render_module, "emoji_font", lambda: None)
    rendered = render(_job(title=TITLE + " 🙏🏽", lines=["शिविर में आएँ 🎉"]))
    assert rendered.warnings == [
        "emoji removed from title: no colour emoji font is installed",
        "emoji removed from lines[0]: no colour emoji font is installed",
    ]


def test_every_shipped_layout_is_valid_and_a_bad_one_is_refused(tmp_path: Path) -> None:
    from service.posters.layout import LayoutError, load_layout

    assert set(LAYOUTS) == {"scheme_square", "status_story", "facebook_landscape", "a4_print"}
    bad = tmp_path / "bad.yaml"
    bad.write_text(
        "name: bad\ndescription: x\nplatforms: []\norder: 1\nsize: [1000, 1000]\nregions:\n"
        "  title: {box: [0, 0, 1000, 500]}\n  label: {box: [0, 950, 1000, 50]}\n",
        encoding="utf-8",
    )
    with pytest.raises(LayoutError, match="at least 10%"):
        load_layout(bad)
    bad.write_text(
        "name: bad\ndescription: x\nplatforms: []\norder: 1\nsize: [1000, 1000]\nregions:\n"
        "  title: {box: [0, 0, 1000, 850]}\n  label: {box: [0, 800, 1000, 200]}\n",
        encoding="utf-8",
    )
    with pytest.raises(LayoutError, match="overlaps the AI label"):
        load_layout(bad)


def test_layouts_name_platforms_of_the_platform_table_and_come_in_their_order(
    tmp_path: Path,
) -> None:
    from service.posters.layout import LayoutError, load_layout

    rest = (
        "description: x\nsize: [1000, 1000]\nregions:\n"
        "  title: {box: [0, 0, 1000, 500]}\n  label: {box: [0, 800, 1000, 200]}\n"
    )

    def write(name: str, platforms: str, order: int) -> Path:
        path = tmp_path / f"{name}.yaml"
        path.write_text(f"name: {name}\nplatforms: {platforms}\norder: {order}\n{rest}", "utf-8")
        return path

    with pytest.raises(LayoutError, match="unknown platforms"):
        load_layout(write("zebra", "[whatsapp, telegram]", 1))
    with pytest.raises(LayoutError, match="named twice"):
        load_layout(write("zebra", "[whatsapp, whatsapp]", 1))
    with pytest.raises(LayoutError, match="order"):
        load_layout(write("zebra", "[whatsapp]", 0))
    with pytest.raises(LayoutError, match="no poster layouts"):
        get_layouts(tmp_path / "missing")
    write("zebra", "[whatsapp]", 1)
    write("apple", "[]", 1)
    with pytest.raises(LayoutError, match="both have order 1"):
        get_layouts(tmp_path)
    write("apple", "[]", 2)
    assert list(get_layouts(tmp_path)) == ["zebra", "apple"]
    assert [layout.order for layout in LAYOUTS.values()] == list(range(1, len(LAYOUTS) + 1))


def test_a_figure_is_never_left_at_a_line_end_apart_from_its_word() -> None:
    # Issue 15: a downloaded poster's title broke between "16" and "मार्च".
    font = render_module.get_font("bold", 60)
    text = "रक्तदान शिविर 16 मार्च को ज़िला अस्पताल में, ₹6,000 की सहायता सुबह 9 बजे से"
    for width in range(260, 1000, 20):
        lines = wrap(text, font, width)
        assert " ".join(lines) == text
        for line in lines:
            assert not regex.search(r"(?:^|\s)₹?\d[\d,]*$", line), (width, lines)


@pytest.mark.parametrize(
    ("value", "caption"),
    [
        ("https://www.pmkisan.gov.in/NewHome.aspx", "स्कैन करें: pmkisan.gov.in"),
        ("1800-180-1551", "स्कैन करें: कॉल 1800-180-1551"),
    ],
)
def test_a_qr_code_says_what_it_opens_under_it(value: str, caption: str) -> None:
    # Issue 15: the QR code had no label.
    assert render_module.qr_caption(value) == caption
    layout = LAYOUTS["scheme_square"]
    x, y, w, h = layout.regions["qr"].box
    image = _image(render(_job(qr=value)).data).convert("RGB")
    side = min(w, h - max(16, h // 6))
    colours = image.crop((x, y + side, x + w, y + h)).getcolors(maxcolors=w * h) or []
    # The code keeps out of the band under it (no black module there) and the caption is drawn
    # in it, in the layout's white text.
    assert not any(rgb == (0, 0, 0) for _, rgb in colours)
    assert sum(n for n, rgb in colours if min(rgb) > 235) > 0.02 * w * (h - side)


@pytest.mark.parametrize("name", list(LAYOUTS))
def test_every_layout_s_pdf_is_an_a4_page_with_the_poster_at_300_dpi(name: str) -> None:
    # Issue 15: the PDF "for printing" was a 1080 px image on a 15-inch page; then a square
    # poster's PDF was a 210 x 210 mm page and a story's 210 x 373 mm.
    # A dark background, so the poster's edges show on the white page.
    job = _job(name, format="pdf", qr="https://pmkisan.gov.in", colors={"background": "#102030"})
    data = render(job).data
    media = regex.search(rb"/MediaBox \[ ?0 0 ([\d.]+) ([\d.]+)", data)
    assert media is not None
    page_w, page_h = float(media.group(1)), float(media.group(2))
    assert abs(page_w - 595.28) < 0.5 and abs(page_h - 841.89) < 0.5  # A4 portrait, in points
    stream = regex.search(rb"stream\r?\n(\xff\xd8.*?\xff\xd9)\r?\nendstream", data, regex.S)
    assert stream is not None
    page = _image(stream.group(1)).convert("L")  # the page's one image, drawn over all of it
    # The poster is what is not white on the page: centred, inside margins, scaled to fit.
    box = page.point(lambda v: 255 if v < 235 else 0).getbbox()
    assert box is not None
    left, top, right, bottom = box
    px_per_pt = page.width / page_w
    dpi = px_per_pt * 72
    assert dpi >= 300 and abs(page.height / page_h * 72 - dpi) < 1
    width_mm, height_mm = ((b - a) / dpi * 25.4 for a, b in ((left, right), (top, bottom)))
    assert width_mm <= 195 and height_mm <= 282  # white margins all round
    assert width_mm >= 185 or height_mm >= 272  # as big as the margins allow
    assert abs(left - (page.width - right)) <= 3 and abs(top - (page.height - bottom)) <= 3
    # The poster's own shape, not stretched: its pixels are placed as they are (at least 300 dpi).
    png = _image(render(dataclasses.replace(job, format="png")).data)
    assert abs((right - left) / (bottom - top) - png.width / png.height) < 0.01
    assert right - left >= png.width


@pytest.mark.parametrize("name", ["scheme_square", "status_story", "a4_print"])
def test_with_no_logo_the_title_takes_the_top_band(name: str) -> None:
    # Issue 15: a fifth of a downloaded poster was empty at the top (the logo's place).
    layout = LAYOUTS[name]
    background = (16, 32, 48)
    image = _image(render(_job(name, colors={"background": "#102030"})).data).convert("RGB")
    _, logo_y, _, logo_h = layout.regions["logo"].box
    band = image.crop((0, logo_y, image.width, logo_y + logo_h))
    drawn = sum(
        n
        for n, rgb in band.getcolors(maxcolors=band.width * band.height) or []
        if rgb != background
    )
    assert drawn > 0.01 * band.width * band.height
    # With a logo, the logo is there and the title below it, as the layout draws them (it
    # may grow down into room the lines leave).
    with_logo = render_module.drawn_layout(_job(name, logo=png_of_zeros(8, 8)))
    assert with_logo.regions["title"].box[:3] == layout.regions["title"].box[:3]


def test_a_part_the_layout_has_no_place_for_is_refused_with_its_code() -> None:
    square = LAYOUTS["scheme_square"]
    no_qr = square.model_copy(
        update={"regions": {k: v for k, v in square.regions.items() if k != "qr"}}
    )
    with pytest.raises(PosterInputError) as caught:
        render(dataclasses.replace(_job(qr="https://pmkisan.gov.in"), layout=no_qr))
    # The studio words it from the code (issue 16), not from the English sentence.
    assert (caught.value.field, caught.value.code) == ("qr", "no_place_in_layout")


# --- issue 15: a poster worth printing ----------------------------------------------------------

# A realistic poster, as the studio makes one from a draft: a title with a date, lines with a
# date, a place and a helpline, a button, a QR code, the organisation, and the topic's icon.
POSTER = {
    "title": "रक्तदान शिविर 16 मार्च को ज़िला अस्पताल में",
    "lines": [
        "📅 16 मार्च, सुबह 9 बजे से दोपहर 2 बजे तक",
        "📍 ज़िला अस्पताल, रामपुर",
        "रक्तदाताओं को प्रमाणपत्र और जलपान मिलेगा",
        "📞 हेल्पलाइन 1800-180-1551",
    ],
    "cta": "आज ही नाम लिखवाएँ",
    "qr": "https://eraktkosh.mohfw.gov.in",
    "footer": "ज़िला स्वास्थ्य समिति, रामपुर",
    "topic": "health",
}
# What a reader must find on it: its numbers and two words of each line.
TITLE_WORDS = ["रक्तदान", "शिविर", "16", "मार्च"]
LINE_WORDS = [
    ["16", "मार्च", "सुबह", "9", "दोपहर", "2"],
    ["ज़िला", "अस्पताल", "रामपुर"],
    ["प्रमाणपत्र", "जलपान"],
    ["हेल्पलाइन", "1800-180-1551"],
]
# One tap from a draft: its headline, facts and call to action, nothing else asked for (the
# route finds the topic from the words: test_a_poster_with_no_topic_gets_the_one_its_words_...).
ONE_TAP = {**POSTER, "qr": None, "footer": None}
# A title and its lines, nothing else: no button, QR code or footer below them to fill the
# canvas, with the topic's icon or without one.
TITLE_AND_LINES = {**ONE_TAP, "cta": None, "topic": None}
TITLE_LINES_AND_ICON = {**TITLE_AND_LINES, "topic": "health"}
BAND_POSTERS = {
    "full": {},
    "one_tap": ONE_TAP,
    "title_and_lines": TITLE_AND_LINES,
    "title_lines_and_icon": TITLE_LINES_AND_ICON,
}


def _poster_job(name: str, **overrides: object) -> PosterJob:
    values = {"layout": LAYOUTS[name], **POSTER, **overrides}
    return PosterJob(**values)  # type: ignore[arg-type]


def _words(text: str) -> list[str]:
    # Without the nukta: Tesseract reads ज़िला as जिला about half the time, and either is read.
    text = unicodedata.normalize("NFD", text).replace("\u093c", "")
    return regex.findall(r"\d+(?:-\d+)*|[\p{L}\p{M}]+", text)


# Tesseract reads type best at about 30 px capitals, so each region is read with its type
# scaled to 44 px, and again at 48 px for what it missed: at one size or the other it drops
# the 1 of "180" or "1551" on some layouts, with the text a few pixels up or down, where a
# person reads it at once.
_OCR_TYPE_SIZES = (44, 48)


def _fitted(job: PosterJob) -> tuple[Layout, dict[str, render_module.FittedText]]:
    """The layout as render draws the job, and its texts as render fits them."""
    layout, known = render_module._drawn(job)
    return layout, render_module._fit_all(render_module._texts(job), layout.regions, known)


def _region_for_ocr(
    data: bytes, job: PosterJob, region: RegionName, type_size: int = _OCR_TYPE_SIZES[0]
) -> Image.Image:
    layout, fitted = _fitted(job)
    size = fitted[region].font.size
    x, y, w, h = layout.regions[region].box
    grey = _image(data).convert("L").crop((x, y, x + w, y + h))
    # Tesseract reads dark text on light: light text (on a coloured poster) is inverted.
    if sum(render_module._rgb(job.layout.colors.text)) > 3 * 128:
        grey = Image.eval(grey, lambda v: 255 - v)
    k = type_size / size
    grey = grey.resize((round(w * k), round(h * k)), Image.Resampling.LANCZOS)
    return ImageOps.expand(grey, 20, 255)


@pytest.mark.parametrize("name", list(LAYOUTS))
def test_the_title_and_every_line_of_a_poster_are_read_back_by_ocr(name: str) -> None:
    # Issue 15: OCR of the title and lines on every layout. English with Hindi: Hindi's model
    # alone drops the 1 of "16" and "1800-180-1551" (Mukta's Latin digits).
    job = _poster_job(name)
    data = render(job).data

    def read(region: RegionName, words: list[str]) -> list[str]:
        wanted = [_words(word)[0] for word in words]
        found: list[str] = []
        for size in _OCR_TYPE_SIZES:
            found += _words(_ocr(_region_for_ocr(data, job, region, size), "eng+hin"))
            if all(word in found for word in wanted):
                break
        return found

    title = read("title", TITLE_WORDS)
    lines = read("lines", [word for words in LINE_WORDS for word in words])
    for word in TITLE_WORDS:
        assert _words(word)[0] in title, (word, title)
    for words in LINE_WORDS:
        for word in words:
            assert _words(word)[0] in lines, (word, lines)


def _longest_empty_band(data: bytes, job: PosterJob) -> tuple[int, int]:
    """The tallest run of rows with nothing drawn on the background, between the first and
    the last drawn row: (its height, its top)."""
    image = _image(data).convert("RGB")
    drawn_job = dataclasses.replace(job, layout=render_module.drawn_layout(job))
    background = render_module._background(drawn_job, None)
    diff = np.asarray(ImageChops.difference(image, background).convert("L")) > 16
    rows = np.flatnonzero(diff.any(axis=1))
    tallest, top = 0, 0
    for above, below in itertools.pairwise(rows):
        if below - above - 1 > tallest:
            tallest, top = below - above - 1, above + 1
    return tallest, top


@pytest.mark.parametrize("poster", list(BAND_POSTERS))
@pytest.mark.parametrize("name", list(LAYOUTS))
def test_no_empty_band_over_a_tenth_of_the_height(name: str, poster: str) -> None:
    # Issue 15: a fifth of a downloaded poster was empty, and a story's lines left a fifth of
    # it empty under them; a title and lines alone left a seventh of a square poster empty
    # between them, its title shrunk to fit its box.
    job = _poster_job(name, **BAND_POSTERS[poster])
    tallest, top = _longest_empty_band(render(job).data, job)
    height = job.layout.size[1]
    assert tallest <= 0.10 * height, f"{tallest} px empty from y={top}, of {height}"


@pytest.mark.parametrize("name", list(LAYOUTS))
def test_body_text_x_height_is_at_least_2_percent_of_the_width(name: str) -> None:
    # Issue 15: body text was about 28 px on a 1080 px canvas. Devanagari has no x; its
    # x-height is a letter with no matra from the headline down to the baseline (क).
    job = _poster_job(name)
    # The lines as render fits them, in the layout as it draws them.
    body = _fitted(job)[1]["lines"].font
    _, top, _, bottom = body.getbbox("क")
    width = job.layout.size[0]
    assert bottom - top >= 0.02 * width, f"{bottom - top} px at {body.size} px on {width}"


def test_every_topic_has_a_small_icon_shipped_with_its_licence() -> None:
    # Issue 15: an icon set for common topics under an open licence, shipped with the app.
    assert {"health", "farming", "water", "school", "documents", "calendar", "phone", "place"} <= (
        set(TOPICS)
    )
    for topic in TOPICS:
        path = icon_path(topic)
        with Image.open(path) as icon:
            assert icon.size == (256, 256) and icon.has_transparency_data, topic
        assert path.stat().st_size < 8 * 1024, topic
    notice = (ICONS_DIR / "NOTICE.md").read_text(encoding="utf-8")
    assert "Noto Emoji" in notice and "Apache License, Version 2.0" in notice
    assert "Apache License" in (ICONS_DIR / "LICENSE").read_text(encoding="utf-8")
    assert {p.stem for p in ICONS_DIR.glob("*.png")} == set(TOPICS)


@pytest.mark.parametrize("logo", [False, True])
@pytest.mark.parametrize("name", list(LAYOUTS))
def test_the_topic_icon_is_drawn_whole_in_its_place_and_nothing_over_it(
    name: str, logo: bool
) -> None:
    job = _poster_job(name, topic="water", logo=png_of_zeros(8, 8) if logo else None)
    layout = render_module.drawn_layout(job)
    icon = layout.regions["icon"]
    assert not [n for n, r in layout.regions.items() if n != "icon" and r.overlaps(icon)]
    # The poster's pixels in the icon's place are the background with the icon on it, exactly.
    x, y, w, h = icon.box
    expected = render_module._background(dataclasses.replace(job, layout=layout), None)
    side = min(w, h)
    glyph = icon_image("water", side)
    expected.paste(glyph, (x + (w - side) // 2, y + (h - side) // 2), glyph)
    image = _image(render(job).data).convert("RGB")
    assert (
        image.crop((x, y, x + w, y + h)).tobytes() == expected.crop((x, y, x + w, y + h)).tobytes()
    )


def test_with_no_topic_no_icon_is_drawn_and_the_title_keeps_its_width() -> None:
    square = LAYOUTS["scheme_square"]
    x, y, w, h = square.regions["icon"].box
    job = _job(logo=png_of_zeros(8, 8), colors={"background": "#102030"})
    image = _image(render(job).data).convert("RGB")
    assert image.crop((x, y, x + w, y + h)).getcolors(maxcolors=4) == [(w * h, (16, 32, 48))]
    # With no logo either, the title takes the whole top row, as it did before icons.
    title = render_module.drawn_layout(_job()).regions["title"]
    assert title.box[:3] == square.without_logo().regions["title"].box[:3]


def test_an_icon_that_leaves_the_title_no_room_is_left_out_with_a_warning() -> None:
    # A title of 167 characters fits the square layout's whole top row, but not beside an icon.
    title = "ज़िले के सभी पात्र किसान परिवारों के लिए ज़रूरी सूचना " * 3 + "ज़िले"
    with_icon = render(_job(title=title, topic="farming"))
    assert with_icon.warnings == ["topic icon left out: the words fit only without it"]
    without = render(_job(title=title))
    assert _image(with_icon.data).tobytes() == _image(without.data).tobytes()
    assert render_module.fits(_job(title=title, topic="farming"))


def test_a_layout_whose_icon_overlaps_a_region_is_refused(tmp_path: Path) -> None:
    from service.posters.layout import LayoutError, load_layout

    bad = tmp_path / "bad.yaml"
    bad.write_text(
        "name: bad\ndescription: x\nplatforms: []\norder: 1\nsize: [1000, 1000]\nregions:\n"
        "  title: {box: [0, 0, 1000, 500]}\n  icon: {box: [800, 400, 200, 200]}\n"
        "  label: {box: [0, 800, 1000, 200]}\n",
        encoding="utf-8",
    )
    with pytest.raises(LayoutError, match="'title' overlaps the topic icon"):
        load_layout(bad)


@pytest.mark.parametrize(
    ("title", "lines", "topic"),
    [
        (POSTER["title"], POSTER["lines"], "health"),
        (TITLE, ["पात्र किसान परिवारों को हर साल ₹6,000 मिलते हैं"], "farming"),
        ("विद्यालय में दाखिले 1 जुलाई से", ["कक्षा 1 से 8 तक"], "school"),
        ("मतदाता सूची में नाम जुड़वाएँ", [], "voters"),
        # One passing word in a line is no topic: no icon rather than a wrong one.
        ("ग्राम सभा की बैठक 2 अक्टूबर को", ["आधार कार्ड साथ लाएँ"], None),
    ],
)
def test_a_poster_with_no_topic_gets_the_one_its_words_are_about(
    title: str, lines: list[str], topic: str | None
) -> None:
    assert topic_of(title, lines) == topic
