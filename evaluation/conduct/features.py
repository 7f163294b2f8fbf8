"""What the conduct classifier sees of a text: words, word pairs and letter n-grams.

Letter n-grams inside each word (as scikit-learn's ``char_wb``) carry a threat to a verb form the
training set never had ("काट देंगे", "कटवा देंगे"). The rules' word classes and verdicts were
tried as features too and lowered F1 and category accuracy on the dev split, so the rules join
the model's verdict after it (``evaluation.conduct.check_conduct``), not inside it. Training and
checking build features here and nowhere else, so they cannot drift apart.
"""

from __future__ import annotations

import math
import unicodedata
from collections import Counter

import regex

from evaluation.hindi import ALNUM_WORD, NUKTA

_DIGIT = regex.compile(r"\p{Nd}")
# Not evaluation.hindi.fold: the classifier (model.npz) was trained on this spelling, which also
# reads चंद्रबिंदु as अनुस्वार and drops the joiners; NFC first takes a precomposed nukta letter
# apart, so its nukta goes too.
_FOLD = str.maketrans({NUKTA: None, "\u0901": "\u0902", "\u200c": None, "\u200d": None})
CHAR_SIZES = (2, 3, 4, 5)


def normalise(text: str) -> str:
    """One spelling for what readers take as the same word: no nukta (ज़ = ज), चंद्रबिंदु as
    अनुस्वार, no joiners, any digit (० or 0) as 0, Latin in lower case."""
    return _DIGIT.sub("0", unicodedata.normalize("NFC", text).translate(_FOLD).lower())


def terms(text: str) -> Counter[str]:
    """Counts of the n-gram terms of ``text``: ``w:`` words, ``b:`` word pairs, ``c:`` letters."""
    words = ALNUM_WORD.findall(normalise(text))
    counts: Counter[str] = Counter()
    for index, word in enumerate(words):
        counts["w:" + word] += 1
        if index:
            counts["b:" + words[index - 1] + " " + word] += 1
        padded = f" {word} "
        for size in CHAR_SIZES:
            for start in range(len(padded) - size + 1):
                counts["c:" + padded[start : start + size]] += 1
    return counts


def weigh(counts: Counter[str], vocabulary: dict[str, int], idf: list[float]) -> dict[int, float]:
    """Sublinear tf-idf over the known terms, scaled to unit length."""
    weights = {
        vocabulary[term]: (1.0 + math.log(count)) * idf[vocabulary[term]]
        for term, count in counts.items()
        if term in vocabulary
    }
    norm = math.sqrt(sum(v * v for v in weights.values())) or 1.0
    return {index: value / norm for index, value in weights.items()}
