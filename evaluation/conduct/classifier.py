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

    def scan(self, text: str) -> Scan:
        """Every passage of up to three sentences read once, and what is flagged: the passages
        over the threshold, each narrowed to its worst sentence, and in a post longer than a
        passage, any sentence over the sentence threshold alone (a threat added after the
        hashtags is not let off by them). Each sentence is read alone at most once."""
        spans = sentences(text)
        if not spans:
            return Scan([], [])
        if len(spans) <= WINDOW:
            whole = self.read(text, spans[0][0], spans[-1][1])
            if whole.score < self.threshold:
                return Scan([whole], [])
            worst = max((self.read(text, *span) for span in spans), key=lambda r: r.score)
            return Scan([whole], [Reading(worst.start, worst.end, whole.score, whole.category)])
        alone = [self.read(text, *span) for span in spans]
        windows = [
            self.read(text, spans[i][0], spans[i + WINDOW - 1][1])
            for i in range(len(spans) - WINDOW + 1)
        ]
        flagged = []
        for i, window in enumerate(windows):
            if window.score >= self.threshold:
                worst = max(alone[i : i + WINDOW], key=lambda r: r.score)
                flagged.append(Reading(worst.start, worst.end, window.score, window.category))
        flagged += [r for r in alone if r.score >= self.sentence_threshold]
        return Scan(windows, flagged)


@dataclass(frozen=True)
class Scan:
    """The model's reading of a whole text."""

    windows: list[Reading]  # every passage read
    flagged: list[Reading]  # what is over a threshold, narrowed to a sentence

    def support(self, offset: int) -> float:
        """The highest score of a passage holding ``offset``: how sure the model is that the
        text around a rule's flag breaks the code."""
        return max((r.score for r in self.windows if r.start <= offset < r.end), default=0.0)

    @property
    def top(self) -> float:
        return max((r.score for r in self.windows), default=0.0)


@lru_cache(maxsize=1)
def get_classifier() -> Classifier:
    return Classifier.load()
