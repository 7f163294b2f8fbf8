"""The conduct classifier: a linear model over ``features``, trained by ``train.py``.

Two heads share the features: one says whether a passage breaks the code (a probability, cut at a
threshold chosen on the dev split), the other which category it breaks. A rule's flag stands
unless the model is sure the passage is clean (below a threshold chosen on the dev split and the
older labelled set): alone, the rules' word pairs flagged 37 of the train split's 240 hard
negatives. A post longer than three sentences
is read three sentences at a time, as the training texts are that long, so one bad line in a long
post is not diluted by the rest; the line that scores highest is the span reported. Checking
takes numpy and a dictionary lookup per n-gram: a few milliseconds a post.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from evaluation.conduct import features
from evaluation.conduct.rules import sentences

MODEL_PATH = Path(__file__).resolve().parent / "model.npz"
WINDOW = 3  # sentences read together: the training texts are one to three sentences long

Vector = tuple[npt.NDArray[np.intp], npt.NDArray[np.float32]]


@dataclass(frozen=True)
class Reading:
    """What the model makes of one passage."""

    start: int
    end: int
    score: float  # probability that the passage breaks the code
    category: str  # the category it most likely breaks


class Classifier:
    def __init__(self, arrays: dict[str, Any]) -> None:
        self.vocabulary = {str(t): i for i, t in enumerate(arrays["vocabulary"])}
        self.idf = [float(v) for v in arrays["idf"]]
        self.w_violation = arrays["w_violation"].astype(np.float32)
        self.b_violation = float(arrays["b_violation"])
        self.w_category = arrays["w_category"].astype(np.float32)
        self.b_category = arrays["b_category"].astype(np.float32)
        self.categories = [str(c) for c in arrays["categories"]]
        self.threshold = float(arrays["threshold"])
        # A rule's flag stands unless the model is this sure the passage is clean.
        self.rule_threshold = float(arrays["rule_threshold"])
        # One sentence of a long post, read alone, needs more: above any sentence of the
        # tuning data's train-split posts.
        self.sentence_threshold = float(arrays["sentence_threshold"])
        self.card: dict[str, Any] = json.loads(str(arrays["card"]))

    @classmethod
    def load(cls, path: Path = MODEL_PATH) -> Classifier:
        with np.load(path, allow_pickle=False) as data:
            return cls({name: data[name] for name in data.files})

    def vector(self, text: str) -> Vector:
        weights = features.weigh(features.terms(text), self.vocabulary, self.idf)
        indices = np.fromiter(weights.keys(), dtype=np.intp, count=len(weights))
        values = np.fromiter(weights.values(), dtype=np.float32, count=len(weights))
        return indices, values

    def read(self, text: str, start: int = 0, end: int | None = None) -> Reading:
        indices, values = self.vector(text[start:end])
        logit = float(values @ self.w_violation[indices]) + self.b_violation
        scores = values @ self.w_category[indices] + self.b_category
        return Reading(
            start=start,
            end=len(text) if end is None else end,
            score=1.0 / (1.0 + math.exp(-logit)),
            category=self.categories[int(np.argmax(scores))],
        )

    def windows(self, text: str) -> list[Reading]:
        """Every passage of up to three sentences the model reads, with its verdict."""
        spans = sentences(text)
        if len(spans) <= WINDOW:
            return [self.read(text, spans[0][0], spans[-1][1])] if spans else []
        return [
            self.read(text, spans[i][0], spans[i + WINDOW - 1][1])
            for i in range(len(spans) - WINDOW + 1)
        ]

    def flagged(self, text: str) -> list[Reading]:
        """The passages over the threshold, each narrowed to its worst sentence, and in a post
        longer than a passage, any sentence over the sentence threshold alone (a threat added
        after the hashtags is not let off by them)."""
        found = [self.narrow(text, r) for r in self.windows(text) if r.score >= self.threshold]
        spans = sentences(text)
        if len(spans) > WINDOW:
            alone = (self.read(text, *span) for span in spans)
            found += [r for r in alone if r.score >= self.sentence_threshold]
        return found

    def narrow(self, text: str, reading: Reading) -> Reading:
        """The reading moved to the sentence inside its passage that scores highest alone."""
        inside = [s for s in sentences(text) if reading.start <= s[0] and s[1] <= reading.end]
        if len(inside) <= 1:
            return reading
        start, end = max(inside, key=lambda s: self.read(text, *s).score)
        return Reading(start, end, reading.score, reading.category)


@lru_cache(maxsize=1)
def get_classifier() -> Classifier:
    return Classifier.load()
