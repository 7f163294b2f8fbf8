"""Make the posters' topic icons: one PNG per topic, from Noto Emoji's SVG art (Apache-2.0).

Run by hand when the set changes, never at service start; the PNGs it writes are committed:

    npm pack @iconify-json/noto          # Noto Emoji's SVGs as one JSON file (Apache-2.0)
    tar xzf iconify-json-noto-*.tgz      # -> package/icons.json
    apt-get install librsvg2-bin         # rsvg-convert, to draw an SVG at any size
    .venv/bin/python poster_templates/icons/make_icons.py package/icons.json

The art is vector, so each icon is drawn at its full size (not a font's 136 px bitmap scaled
up), then stored as a palette PNG of at most 128 colours with its transparency: a few KB each.
"""

from __future__ import annotations

import argparse
import io
import json
import subprocess
import sys
from pathlib import Path

from PIL import Image

HERE = Path(__file__).resolve().parent
SIDE = 256
COLOURS = 128

# Topic -> (Noto's name for the emoji, the emoji). Where the composer marks a topic with an
# emoji (service/compose.py, _TOPIC_EMOJI) the icon is mostly the same one, so a post and its
# poster agree; elsewhere the plainest picture of the topic (a flower says little about women
# and children; an older person says "elders" where the composer's 🙏 is a greeting).
ICONS: dict[str, tuple[str, str]] = {
    "health": ("stethoscope", "🩺"),
    "farming": ("sheaf-of-rice", "🌾"),
    "water": ("droplet", "💧"),
    "school": ("school", "🏫"),
    # An identity card: the topic's words are Aadhaar, ration card, certificates, e-KYC.
    "documents": ("identification-card", "🪪"),
    # The spiral calendar: Noto's 📅 prints "JUL 17", which beside a poster's date reads as a
    # second date (service/posters/render.py draws 📅 as 🗓️ for the same reason).
    "calendar": ("spiral-calendar", "🗓️"),
    "phone": ("telephone-receiver", "📞"),
    "place": ("round-pushpin", "📍"),
    "roads": ("motorway", "🛣️"),
    "women_children": ("breast-feeding", "🤱"),
    "elders": ("older-person", "🧓"),
    "environment": ("deciduous-tree", "🌳"),
    "safety": ("shield", "🛡️"),
    "power": ("high-voltage", "⚡"),
    "jobs": ("briefcase", "💼"),
    "voters": ("ballot-box-with-ballot", "🗳️"),
    # Noto's money bag and bank both carry a dollar sign; its coin does not.
    "finance": ("coin", "🪙"),
    "housing": ("house", "🏠"),
    "sanitation": ("broom", "🧹"),
    "disability": ("wheelchair-symbol", "♿"),
    "youth_sports": ("sports-medal", "🏅"),
    "culture": ("artist-palette", "🎨"),
}


def svg_of(icon_set: dict[str, object], name: str) -> str:
    """One icon of an Iconify JSON set as a standalone SVG document."""
    icons = icon_set["icons"]
    aliases = icon_set.get("aliases", {})
    assert isinstance(icons, dict) and isinstance(aliases, dict)
    while name not in icons and name in aliases:
        name = aliases[name]["parent"]
    icon = icons[name]
    width = icon.get("width", icon_set.get("width", 16))
    height = icon.get("height", icon_set.get("height", 16))
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" '
        f'viewBox="0 0 {width} {height}">{icon["body"]}</svg>'
    )


def rasterise(svg: str, side: int) -> Image.Image:
    result = subprocess.run(
        ["rsvg-convert", "--width", str(side), "--height", str(side), "--format", "png"],
        input=svg.encode("utf-8"),
        capture_output=True,
        check=True,
        timeout=60,
    )
    return Image.open(io.BytesIO(result.stdout)).convert("RGBA")


def small_png(image: Image.Image) -> bytes:
    # A palette with an alpha per entry keeps the soft edges; Pillow writes it as tRNS.
    quantised = image.quantize(COLOURS, method=Image.Quantize.FASTOCTREE, dither=Image.Dither.NONE)
    out = io.BytesIO()
    quantised.save(out, "PNG", optimize=True)
    return out.getvalue()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("icons_json", type=Path, help="package/icons.json of @iconify-json/noto")
    parser.add_argument("--out", type=Path, default=HERE)
    parser.add_argument("--side", type=int, default=SIDE)
    args = parser.parse_args(argv)
    icon_set = json.loads(args.icons_json.read_text(encoding="utf-8"))
    for topic, (name, emoji) in ICONS.items():
        data = small_png(rasterise(svg_of(icon_set, name), args.side))
        (args.out / f"{topic}.png").write_bytes(data)
        print(f"{topic:15} {emoji}  noto:{name:24} {len(data):6,} bytes", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
