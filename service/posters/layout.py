"""Poster layouts: YAML files in poster_templates/, validated once when first read."""

from __future__ import annotations

from functools import lru_cache
from itertools import pairwise
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from evaluation.platforms import get_platforms

# poster_templates is a package of its own, installed beside service/ (pyproject.toml), so this
# is the same place in a checkout and in site-packages.
TEMPLATES_DIR = Path(__file__).resolve().parents[2] / "poster_templates"
# The Election Commission's advisory: a visible label over at least a tenth of the image.
MIN_LABEL_SHARE = 0.10
HEX_COLOUR = r"^#[0-9a-fA-F]{6}$"

RegionName = Literal["logo", "icon", "title", "lines", "cta", "qr", "footer", "label"]
TEXT_REGIONS = ("title", "lines", "cta", "footer", "label")
PRINT_DPI = 300
A4_WIDTH_PX = 2480  # 210 mm at 300 dpi


class LayoutError(Exception):
    """A layout file is malformed; the message names the file and what to fix."""


class Region(BaseModel):
    model_config = ConfigDict(extra="forbid")
    box: tuple[int, int, int, int] = Field(description="[x, y, width, height] in pixels")
    weight: Literal["regular", "medium", "semibold", "bold"] = "regular"
    size: int = Field(40, ge=6, le=600)
    min_size: int = Field(16, ge=6, le=600)
    max_size: int | None = Field(
        None,
        ge=6,
        le=600,
        description="The size short text grows to, to fill its box (issue 15: two short lines "
        "sat at body size in a box made for five); at most ``size`` when unset.",
    )
    bullet: str | None = None

    @model_validator(mode="after")
    def _sizes_in_order(self) -> Region:
        if self.min_size > self.size or (self.max_size is not None and self.max_size < self.size):
            raise ValueError("sizes must run min_size <= size <= max_size")
        return self

    @property
    def area(self) -> int:
        return self.box[2] * self.box[3]

    def overlaps(self, other: Region) -> bool:
        ax, ay, aw, ah = self.box
        bx, by, bw, bh = other.box
        return ax < bx + bw and bx < ax + aw and ay < by + bh and by < ay + ah


class Background(BaseModel):
    model_config = ConfigDict(extra="forbid")
    color: str | None = Field(None, pattern=HEX_COLOUR)
    gradient: tuple[str, str] | None = None

    @field_validator("gradient")
    @classmethod
    def _hex(cls, value: tuple[str, str] | None) -> tuple[str, str] | None:
        import re

        if value is not None and not all(re.match(HEX_COLOUR, c) for c in value):
            raise ValueError("gradient colours must be #rrggbb")
        return value


class Colours(BaseModel):
    model_config = ConfigDict(extra="forbid")
    text: str = Field("#ffffff", pattern=HEX_COLOUR)
    accent: str = Field("#ffd54a", pattern=HEX_COLOUR)
    accent_text: str = Field("#1b1b1b", pattern=HEX_COLOUR)
    background: str | None = Field(None, pattern=HEX_COLOUR)
    label: str = Field("#000000", pattern=HEX_COLOUR)
    label_text: str = Field("#ffffff", pattern=HEX_COLOUR)


class Layout(BaseModel):
    model_config = ConfigDict(extra="forbid")
    name: str
    description: str
    # Where a poster of this layout is posted, likeliest first (the studio's first choice when
    # one is marked published); none for a layout made to be printed. The studio once kept its
    # own copy of this (issue 16).
    platforms: list[str]
    # Its place in GET /v1/poster-templates, and the studio's list, from 1.
    order: int = Field(ge=1)
    size: tuple[int, int]
    dpi: int = 72
    background: Background = Field(default_factory=Background)
    colors: Colours = Field(default_factory=Colours)
    regions: dict[RegionName, Region]

    @field_validator("platforms")
    @classmethod
    def _known_platforms(cls, value: list[str]) -> list[str]:
        known = get_platforms()
        unknown = [p for p in value if p not in known]
        if unknown:
            raise ValueError(f"unknown platforms {unknown}; the platforms are {', '.join(known)}")
        if len(set(value)) < len(value):
            raise ValueError("a platform is named twice")
        return value

    @model_validator(mode="after")
    def _check(self) -> Layout:
        width, height = self.size
        for name, region in self.regions.items():
            x, y, w, h = region.box
            if x < 0 or y < 0 or w <= 0 or h <= 0 or x + w > width or y + h > height:
                raise ValueError(f"region {name!r} box {list(region.box)} leaves the canvas")
            if region.min_size > region.size:
                raise ValueError(f"region {name!r}: min_size is above size")
        if "title" not in self.regions or "label" not in self.regions:
            raise ValueError("a layout needs a title region and a label region")
        label = self.regions["label"]
        if label.area < MIN_LABEL_SHARE * width * height:
            raise ValueError(
                f"the label covers {label.area / (width * height):.1%} of the poster; "
                f"it must cover at least {MIN_LABEL_SHARE:.0%}"
            )
        for name, region in self.regions.items():
            if name != "label" and region.overlaps(label):
                raise ValueError(f"region {name!r} overlaps the AI label; nothing may cover it")
        icon = self.regions.get("icon")
        for name, region in self.regions.items():
            if icon is not None and name != "icon" and region.overlaps(icon):
                raise ValueError(f"region {name!r} overlaps the topic icon; give each its place")
        return self

    def for_print(self) -> Layout:
        """The layout drawn for print: an A4 page's width (2,480 px) at 300 dpi, every box and
        type size scaled with it, so a PDF prints sharp (issue 15: a square poster's PDF was a
        1,080 px image on a 15-inch page). A layout made for print is itself."""
        if self.dpi >= PRINT_DPI:
            return self
        k = A4_WIDTH_PX / self.size[0]

        def scaled(region: Region) -> Region:
            x, y, w, h = region.box
            box = (round(x * k), round(y * k), round(w * k), round(h * k))
            size, floor = round(region.size * k), round(region.min_size * k)
            top = round(region.max_size * k) if region.max_size is not None else None
            return region.model_copy(
                update={"box": box, "size": size, "min_size": floor, "max_size": top}
            )

        return self.model_copy(
            update={
                "size": (A4_WIDTH_PX, round(self.size[1] * k)),
                "dpi": PRINT_DPI,
                "regions": {name: scaled(r) for name, r in self.regions.items()},
            }
        )

    def without_logo(self) -> Layout:
        """The layout for a poster with no logo: the title takes the logo's place and the lines
        the title's, so no band at the top stays empty (issue 15: a fifth of a downloaded
        poster was empty at the top)."""
        logo, title = self.regions.get("logo"), self.regions.get("title")
        if logo is None or title is None:
            return self
        lx, ly, lw, lh = logo.box
        tx, ty, tw, th = title.box
        regions = dict(self.regions)
        del regions["logo"]
        if ly + lh <= ty:  # above the title: everything from the title down moves up
            dy = ty - ly
            regions["title"] = title.model_copy(update={"box": (tx, ly, tw, th)})
            lines = regions.get("lines")
            if lines is not None and lines.box[1] >= ty + th:
                x, y, w, h = lines.box
                regions["lines"] = lines.model_copy(update={"box": (x, y - dy, w, h + dy)})
        elif lx + lw <= tx:  # beside it: the title widens into its place
            regions["title"] = title.model_copy(update={"box": (lx, ty, tw + tx - lx, th)})
        return self.model_copy(update={"regions": regions})

    def around_icon(self) -> Layout:
        """The layout for a poster with a topic icon: a region that came to overlap the icon
        (a title moved up into the logo's row by ``without_logo``) ends before it, a quarter of
        the icon's width short of it."""
        icon = self.regions.get("icon")
        if icon is None:
            return self
        ix, _, iw, _ = icon.box
        regions = dict(self.regions)
        for name, region in self.regions.items():
            x, y, _, h = region.box
            if name != "icon" and region.overlaps(icon) and x < ix:
                regions[name] = region.model_copy(update={"box": (x, y, ix - iw // 4 - x, h)})
        return self.model_copy(update={"regions": regions})

    def _gap(self) -> int:
        # The layout's own spacing between its title and its lines.
        title, lines = self.regions.get("title"), self.regions.get("lines")
        if title is None or lines is None:
            return 0
        return max(0, lines.box[1] - (title.box[1] + title.box[3]))

    def for_parts(self, drawn: set[str]) -> Layout:
        """The layout for a poster that draws only the regions named in ``drawn``: a button with
        no footer under it moves down into the footer's place, and the lines reach down to what
        is drawn below them (or the label), so the space of an absent part is not left as an
        empty band (issue 15: the poster tests allow none over a tenth of the height)."""
        regions = dict(self.regions)

        def free(box: tuple[int, int, int, int], *skip: str) -> bool:
            probe = Region(box=box)
            return not any(
                name in drawn and name not in skip and region.overlaps(probe)
                for name, region in regions.items()
            )

        cta, footer = regions.get("cta"), regions.get("footer")
        if "cta" in drawn and "footer" not in drawn and cta is not None and footer is not None:
            x, y, w, h = cta.box
            bottom = footer.box[1] + footer.box[3]
            moved = (x, bottom - h, w, h)
            if footer.box[1] >= y + h and free(moved, "cta"):
                regions["cta"] = cta.model_copy(update={"box": moved})
        lines = regions.get("lines")
        if "lines" in drawn and lines is not None:
            x, y, w, h = lines.box
            below = [
                region.box[1]
                for name, region in regions.items()
                if (name in drawn or name == "label")
                and name != "lines"
                and region.box[1] >= y + h // 2
                and region.box[0] < x + w
                and x < region.box[0] + region.box[2]
            ]
            if below:
                bottom = max(y + h, min(below) - self._gap())
                regions["lines"] = lines.model_copy(update={"box": (x, y, w, bottom - y)})
        return self.model_copy(update={"regions": regions})

    def lines_from(self, top: int) -> Layout:
        """The lines' box starting at ``top`` (under the title's text, as drawn) when that is
        above where it starts, and below everything drawn above it: the room the title does not
        use goes to the lines, which grow into it."""
        lines = self.regions.get("lines")
        if lines is None:
            return self
        x, y, w, h = lines.box
        top = self._lines_top(top)
        if top >= y:
            return self
        regions = dict(self.regions)
        regions["lines"] = lines.model_copy(update={"box": (x, top, w, y + h - top)})
        return self.model_copy(update={"regions": regions})

    def title_room(self, height: int, drawn: set[str]) -> int:
        """How tall the title's box may grow, up to ``height``: down over what the lines do not
        use, never onto another part drawn (``drawn``, and the label) nor to within the
        layout's gap of it. At least the box's own height."""
        title = self.regions["title"]
        x, y, w, h = title.box
        bottom = y + height
        for name, region in self.regions.items():
            rx, ry, rw, rh = region.box
            if (
                (name in drawn or name == "label")
                and name not in ("title", "lines")
                and ry + rh > y + h
                and rx < x + w
                and x < rx + rw
            ):
                bottom = min(bottom, ry - self._gap())
        return max(h, bottom - y)

    def title_grown(self, height: int) -> Layout:
        """The layout for a title whose text, grown into the room the lines leave, is
        ``height`` tall: its box at least that tall, and the lines from under its text down to
        where they end (issue 15: a poster of a title and lines left a seventh of it empty, its
        title shrunk to fit its box)."""
        title, lines = self.regions["title"], self.regions.get("lines")
        x, y, w, h = title.box
        regions = dict(self.regions)
        regions["title"] = title.model_copy(update={"box": (x, y, w, max(h, height))})
        if lines is not None:
            lx, ly, lw, lh = lines.box
            top = self._lines_top(y + height)
            regions["lines"] = lines.model_copy(update={"box": (lx, top, lw, ly + lh - top)})
        return self.model_copy(update={"regions": regions})

    def _lines_top(self, top: int) -> int:
        # Where the lines start under text ending at ``top``: below any logo or icon above
        # them, and the layout's gap further down.
        x, y, w, _ = self.regions["lines"].box
        for name, region in self.regions.items():
            rx, ry, rw, rh = region.box
            if name in ("logo", "icon") and ry < y and rx < x + w and x < rx + rw:
                top = max(top, ry + rh)
        return top + self._gap()

    def fields(self) -> list[str]:
        """The request fields this layout has a place for."""
        names: list[str] = [
            n for n in ("title", "lines", "cta", "footer", "qr", "logo") if n in self.regions
        ]
        if "icon" in self.regions:
            names.append("topic")
        return [*names, "photo"]


def load_layout(path: Path) -> Layout:
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
        layout = Layout.model_validate(raw)
    except (OSError, yaml.YAMLError, ValidationError) as exc:
        raise LayoutError(f"{path.name}: {exc}") from exc
    if layout.name != path.stem:
        raise LayoutError(f"{path.name}: name {layout.name!r} must match the file name")
    return layout


@lru_cache
def get_layouts(directory: Path = TEMPLATES_DIR) -> dict[str, Layout]:
    """Every layout, in its ``order``; two layouts may not share a place, and a folder with none
    is an install that left them out (issue 16: a wheel without poster_templates/)."""
    layouts = sorted((load_layout(p) for p in directory.glob("*.yaml")), key=lambda x: x.order)
    if not layouts:
        raise LayoutError(f"no poster layouts in {directory}")
    for before, after in pairwise(layouts):
        if before.order == after.order:
            raise LayoutError(f"{before.name} and {after.name} both have order {after.order}")
    return {layout.name: layout for layout in layouts}
