"""Hindi words the project's writers use, to tell a word from a piece of one.

``words.txt`` lists every word of the train and dev splits' posts and facts
(models/tuning/data; the test split is left out, as everywhere rules are built). The fit check
asks it whether a hashtag's last part is a word ("#मेरा_पहला_वोट") or a word cut short
("#नगर_परि" for परिषद).

    .venv/bin/python -m evaluation.lexicon   # rebuild words.txt
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import regex

from evaluation.hindi import joined_words

WORDS_FILE = Path(__file__).resolve().parent / "words.txt"


@lru_cache
def known_words() -> frozenset[str]:
    return frozenset(WORDS_FILE.read_text(encoding="utf-8").split())


def build() -> list[str]:
    from models.tuning.dataset import DATA_DIR, load, split_of

    examples, _ = load(sorted(DATA_DIR.glob("*.jsonl")))
    words: set[str] = set()
    for example in examples:
        if split_of(example.topic) == "test":
            continue
        for text in (example.post, *example.facts):
            words.update(w for w in joined_words(text) if regex.match(r"\p{Devanagari}", w))
    return sorted(words)


if __name__ == "__main__":
    words = build()
    WORDS_FILE.write_text("\n".join(words) + "\n", encoding="utf-8")
    print(f"{len(words)} words in {WORDS_FILE}")
