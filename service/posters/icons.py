"""Topic icons: one PNG per topic in poster_templates/icons/, shipped with the app.

They are Noto Emoji's art (Apache-2.0), drawn once to PNG by poster_templates/icons/make_icons.py
and committed; nothing here draws or downloads them. Which topic a poster is about is the
request's ``topic``, or found from its words by ``service.posters.jobs.topic_of``.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import get_args

from PIL import Image

from service.posters.layout import TEMPLATES_DIR
from service.schemas import PosterTopic

ICONS_DIR = TEMPLATES_DIR / "icons"
TOPICS: tuple[str, ...] = get_args(PosterTopic)


def icon_path(topic: str) -> Path:
    if topic not in TOPICS:
        raise KeyError(f"no icon for the topic {topic!r}; the topics are {', '.join(TOPICS)}")
    return ICONS_DIR / f"{topic}.png"


@lru_cache(maxsize=64)
def icon_image(topic: str, side: int) -> Image.Image:
    """The topic's icon as a ``side`` x ``side`` RGBA image."""
    with Image.open(icon_path(topic)) as image:
        icon = image.convert("RGBA")
    if icon.size != (side, side):
        icon = icon.resize((side, side), Image.Resampling.LANCZOS)
    return icon
