"""The phrasebook: reviewed Hindi lines a post is composed from, around the facts.

``phrasebook.yaml`` holds the lines a district information office would use: headlines for the
template fallback, addresses, greetings for each occasion and closings, each
tagged by the kinds, tones and topics it fits. A line that claims something (an apology, thanks
for patience, congratulations, "free") names the claim in ``needs``; the composer uses it only
when a fact supports that claim (:mod:`evaluation.fit` decides). It also holds the common words
a model-written headline may use besides the request's own.

Every entry was reviewed; ``reviews`` records who reviewed what and when.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, model_validator

PHRASEBOOK_FILE = Path(__file__).resolve().parent / "phrasebook.yaml"

Kind = Literal["scheme", "local_issue", "event", "appeal", "greeting"]
Tone = Literal["respectful", "warm", "urgent", "celebratory"]
Platform = Literal["whatsapp", "facebook", "x", "instagram"]
# What a line may claim, each needing a fact that supports it (see evaluation.fit.CLAIMS).
Claim = Literal[
    "disruption", "achievement", "free", "deadline", "limited", "completed", "promise", "occasion"
]
# A festival, a national day, or any other day (jayanti, remembrance, international day).
DayGroup = Literal["festival", "national", "day"]
KINDS: tuple[Kind, ...] = ("scheme", "local_issue", "event", "appeal", "greeting")
TONES: tuple[Tone, ...] = ("respectful", "warm", "urgent", "celebratory")
PLATFORMS: tuple[Platform, ...] = ("whatsapp", "facebook", "x", "instagram")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Line(_Strict):
    """One reviewed line and where it fits. Empty tag lists mean "any"."""

    text: str = Field(min_length=2)
    kinds: tuple[Kind, ...] = ()
    tones: tuple[Tone, ...] = ()
    # Topic names from ``topics``, or "general" for a line that fits any topic.
    topics: tuple[str, ...] = ("general",)
    platforms: tuple[Platform, ...] = ()
    needs: tuple[Claim, ...] = ()
    # The kinds of day a greeting line is written for (empty = any day).
    days: tuple[DayGroup, ...] = ()

    def fits(self, kind: str, tone: str, platform: str, topics: set[str]) -> bool:
        return (
            (not self.kinds or kind in self.kinds)
            and (not self.tones or tone in self.tones)
            and (not self.platforms or platform in self.platforms)
            and ("general" in self.topics or bool(topics & set(self.topics)))
        )


class Topic(_Strict):
    """A subject a post can be about, recognised by words of its facts."""

    name: str
    # Word beginnings that mark the topic in the facts ("स्वास्थ्य", "टीका").
    words: tuple[str, ...] = Field(min_length=1)
    # Word beginnings that mark it only beside one of ``words``: a "टैंकर" carries water, or
    # LPG (round40 headed an overturned gas tanker "पानी से जुड़ी ज़रूरी सूचना").
    with_words: tuple[str, ...] = ()
    # Hashtags (without #) that name the topic generally: "स्वास्थ्य", "जल_संरक्षण".
    hashtags: tuple[str, ...] = ()


class Occasion(_Strict):
    """A festival, jayanti or national day, recognised by words of the facts."""

    name: str
    triggers: tuple[str, ...] = Field(min_length=1)
    # Greetings for it, most common first ("होली की हार्दिक शुभकामनाएँ! 🌈").
    greetings: tuple[str, ...] = Field(min_length=1)
    hashtags: tuple[str, ...] = ()
    # A day of remembrance (a death anniversary, a martyrs' day) is marked, not celebrated.
    solemn: bool = False
    # What kind of day it is, for lines written for one kind (Line.days): "जय हिंद!" closes a
    # national day's post, harmony a festival's, neither Hindi Diwas.
    group: DayGroup = "day"


class Review(_Strict):
    by: str
    date: str
    scope: str
    note: str = ""


class Phrasebook(_Strict):
    reviews: tuple[Review, ...] = Field(min_length=1)
    # Words a model-written headline may use besides the request's own: framing, not facts.
    common_words: tuple[str, ...]
    topics: tuple[Topic, ...]
    occasions: tuple[Occasion, ...]
    headlines: tuple[Line, ...]
    # With "{to}" where the audience goes in the oblique plural ("किसान भाई-बहनों",
    # service/plural.py), or "{audience}" where it goes as typed ("अभिभावक ध्यान दें:").
    addresses: tuple[Line, ...]
    closings: tuple[Line, ...]
    # Civic phrases that make a hashtag when a fact says them word for word ("मतदाता सूची" ->
    # "#मतदाता_सूची"): what a post is about, where no name in the facts says it.
    hashtag_phrases: tuple[str, ...] = ()

    @model_validator(mode="after")
    def _check(self) -> Phrasebook:
        names = {t.name for t in self.topics} | {"general"}
        for group in (self.headlines, self.addresses, self.closings):
            for line in group:
                unknown = set(line.topics) - names
                if unknown:
                    raise ValueError(f"{line.text!r}: unknown topics {sorted(unknown)}")
        for line in self.addresses:
            if "{audience}" not in line.text and "{to}" not in line.text:
                raise ValueError(f"address {line.text!r} has no {{to}} or {{audience}}")
        return self

    def topic(self, name: str) -> Topic | None:
        return next((t for t in self.topics if t.name == name), None)


@lru_cache
def get_phrasebook(path: Path = PHRASEBOOK_FILE) -> Phrasebook:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return Phrasebook.model_validate(data)
