"""The platform table (``platforms.yaml``): each platform's length limit and how it is counted,
its hashtag rules, the length window decoding holds a model to, and how the composer lays a post
out.

The length check (:class:`evaluation.checks.PlatformLimits`), the decoding rules
(:mod:`models.constraints`) and the settings' soft-limit defaults (``service/config.py``) all read
it, so a platform's rules are changed in one place. It imports nothing of the service.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

PLATFORMS_FILE = Path(__file__).resolve().parent / "platforms.yaml"


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Hashtags(_Strict):
    # Whether decoding lets a model write "#" at all.
    taken: bool
    # How many hashtags the composer adds.
    composer: int = Field(ge=0)
    # The platform's own cap, which the length check enforces; None: no cap.
    max: int | None = Field(None, ge=1)


class PostLayout(_Strict):
    # How a post's facts are set out: "list" (a line each, an emoji before it, blocks apart),
    # "paragraphs" (short paragraphs, where every fact is a sentence or a list line), "compact"
    # (a line each, no blank lines, so that a short post stays one).
    facts: Literal["list", "paragraphs", "compact"]
    # The headline and a fact's figures in *bold*, the platform's own markup.
    bold: bool = False
    # A greeting's lines as a list when each has an emoji that fits it (else its story is prose).
    greeting_list: bool = False


class Platform(_Strict):
    name: str = Field(min_length=1)
    limit: int = Field(ge=1)
    # A soft limit is the project's own choice (a setting overrides it), not the platform's.
    soft: bool = False
    counted: Literal["characters", "weighted"]
    hashtags: Hashtags
    # A model's post body in characters: (min, soft_max, hard_max).
    window: tuple[int, int, int]
    # How the composer lays a post out (service/compose.py, render).
    layout: PostLayout

    @model_validator(mode="after")
    def _window_in_order(self) -> Platform:
        low, soft, hard = self.window
        if not 0 <= low <= soft <= hard <= self.limit:
            raise ValueError(
                f"window {list(self.window)} must rise from min to hard_max, within the limit "
                f"{self.limit}"
            )
        return self

    @property
    def unit(self) -> str:
        """The unit the length check reports: "characters" or "weighted characters"."""
        return "weighted characters" if self.counted == "weighted" else "characters"


@lru_cache
def get_platforms() -> dict[str, Platform]:
    """The table, by platform id, in the file's order; a malformed row fails when first read,
    naming the platform and the field."""
    raw = yaml.safe_load(PLATFORMS_FILE.read_text(encoding="utf-8"))
    if not isinstance(raw, dict):
        raise ValueError(f"{PLATFORMS_FILE}: expected a mapping of platform id -> its rules")
    table: dict[str, Platform] = {}
    for key, value in raw.items():
        try:
            table[str(key)] = Platform.model_validate(value)
        except ValidationError as exc:
            raise ValueError(f"{PLATFORMS_FILE}, platform {key!r}: {exc}") from exc
    return table
