"""The short parts of a post a model writes (its headline), and the rule that holds it to them.

A post is composed around its facts (:mod:`service.compose`); the model writes the headline. A
headline may say nothing the request does not: each word it writes is a word of the request (or
a plural or oblique form of one: "किसानों" for किसान), or one of the phrasebook's common words
("ज़रूरी", "सूचना", "शुभकामनाएँ"), and each number is one the request gives. So a 270M model cannot
put a river where the facts say a drain, or move a date.

:class:`SlotRule` is the parser over the text written so far; :meth:`SlotRule.next_pieces`
walks a trie of token texts with it, as :class:`models.lines.LineRule` does, to find the tokens
that may come next. :func:`slot_problems` says why a finished text breaks the rule (for the
training data and the tests).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import regex

from evaluation.hindi import JOINED_LETTER, JOINED_WORD, LETTER, TO_ASCII_DIGITS
from models.constraints import NumberRule, allowed_numbers
from models.lines import PieceTrie

HEADLINE_MAX_CHARS = 80
HEADLINE_MAX_WORDS = 12
HEADLINE_MIN_WORDS = 2
# A headline that ends on one of these has lost its last word ("आयुष्मान कार्ड के"); one that
# ends on a place or time ("सीधे आपके खाते में", "1 जनवरी से") has not.
DANGLING = frozenset("का की के को ने और या तथा एवं व कि जो इस उस हर".split())
# Nor does one begin on a word that needs one before it ("का कैंसर जाँच", "में शिविर").
LEADING = DANGLING | frozenset("में से पर तक ही भी".split())
# Between words: spaces and the punctuation headlines use; a headline may close with ! or ?.
PUNCTUATION = frozenset(" ,:-–—!?'\"()/%₹.")
OPENING = frozenset("'\"(₹")
_WORD_CHAR = regex.compile(JOINED_LETTER)
_DIGIT = regex.compile(r"[0-9०-९]")
_VOWEL_SIGN = regex.compile(r"[\u093e-\u094c\u0902\u0901]$")
# Plural, oblique and adjectival endings Hindi adds to a stem ("योजना" -> "योजनाओं").
_SUFFIXES = (
    "",
    "ा",
    "ी",
    "े",
    "ों",
    "ो",
    "ें",
    "ओं",
    "ाओं",
    "ाएँ",
    "ाएं",
    "एँ",
    "ियों",
    "ियो",
    "ियाँ",
    "ीय",
)


# Plural and oblique endings and the singular each comes from: "महिलाएँ" is महिला's,
# "नालियों" नाली's, "घरों" घर's.
_BASES = (
    ("ियों", "ी"),
    ("ियाँ", "ी"),
    ("ियां", "ी"),
    ("ाओं", "ा"),
    ("ाएँ", "ा"),
    ("ाएं", "ा"),
    ("ओं", ""),
    ("ों", ""),
    ("ों", "ा"),
    ("ें", ""),
    ("एँ", ""),
    ("े", "ा"),
)


def inflections(word: str) -> set[str]:
    """``word`` and the forms Hindi makes of it, or of its singular, by ending: "किसान" gives
    "किसानों", "महिलाएँ" gives "महिलाओं", "नालियों" gives "नालियाँ", "बच्चे" gives "बच्चों"."""
    bases = {word} | {
        word[: -len(ending)] + singular
        for ending, singular in _BASES
        if word.endswith(ending) and len(word) > len(ending) + 1
    }
    stems = set(bases)
    for base in bases:
        if _VOWEL_SIGN.search(base):
            stems.add(base[:-1])
    return {stem + suffix for stem in stems for suffix in _SUFFIXES if stem + suffix}


def slot_words(sources: Iterable[str], common: Iterable[str]) -> frozenset[str]:
    """Every word a headline for these sources may use."""
    out = set(common)
    for source in sources:
        for word in JOINED_WORD.findall(source):
            # A short word ("का", "में") is a word of grammar: it takes no endings ("काओं").
            out |= inflections(word) if len(word) > 2 and word not in LEADING else {word}
    return frozenset(out)


@dataclass(frozen=True)
class SlotSpec:
    """What the request gives a model-written slot: its own words and numbers, and the common
    words it may use besides."""

    sources: tuple[str, ...]
    common: tuple[str, ...]
    max_chars: int = HEADLINE_MAX_CHARS
    max_words: int = HEADLINE_MAX_WORDS
    min_words: int = HEADLINE_MIN_WORDS


# Parser state: (word being written, number being written, words done, last word, characters
# written, the last character).
State = tuple[str, str, int, str, int, str]
START: State = ("", "", 0, "", 0, "")


class SlotRule:
    """Which texts are a headline made of allowed words and numbers, and which tokens extend
    one."""

    def __init__(self, spec: SlotSpec) -> None:
        self.spec = spec
        self.words = slot_words(spec.sources, spec.common)
        self.prefixes = {w[:i] for w in self.words for i in range(1, len(w) + 1)}
        self.numbers = NumberRule(allowed_numbers(spec.sources))

    def _close(self, state: State) -> State | None:
        """The state with the word or number being written finished; None if it may not end."""
        word, number, done, _, chars, prev = state
        if word:
            if word not in self.words or (not done and word in LEADING):
                return None
            return ("", "", done + 1, word, chars, prev)
        if number:
            if not self.numbers.complete(number):
                return None
            return ("", "", done + 1, number, chars, prev)
        return state

    def step(self, state: State, ch: str) -> State | None:
        word, number, done, last, chars, prev = state
        if prev == "\n" or chars >= self.spec.max_chars:
            return None
        chars += 1
        if _WORD_CHAR.match(ch):
            if number:
                closed = self._close(state)
                if closed is None:
                    return None
                done, last = closed[2], closed[3]
            if word + ch not in self.prefixes:
                return None
            if not word and done >= self.spec.max_words:
                return None
            return (word + ch, "", done, last, chars, ch)
        if _DIGIT.match(ch) or (number and ch in ",." and self.numbers.open_ok(number + ch)):
            if word:
                closed = self._close(state)
                if closed is None:
                    return None
                done, last = closed[2], closed[3]
            if not self.numbers.open_ok(number + ch):
                return None
            return ("", number + ch, done, last, chars, ch)
        closed = self._close(state)
        if closed is None:
            return None
        _, _, done, last, _, _ = closed
        if ch == "\n":
            return ("", "", done, last, chars, ch) if self._may_end(done, last) else None
        if ch not in PUNCTUATION or (ch == " " and prev in ("", " ")):
            return None  # no doubled space, and none before the first word
        if not done and ch not in OPENING:
            return None  # a headline begins with a word, a number or an opening mark
        return ("", "", done, last, chars, ch)

    def _may_end(self, done: int, last: str) -> bool:
        return done >= self.spec.min_words and last not in DANGLING

    def may_end(self, state: State) -> bool:
        closed = self._close(state)
        return closed is not None and self._may_end(closed[2], closed[3])

    def parse(self, text: str) -> State | None:
        state: State | None = START
        for ch in text:
            state = self.step(state, ch) if state is not None else None
        return state

    def next_pieces(self, trie: PieceTrie, state: State) -> set[int]:
        """The ids whose text keeps the headline on allowed words and numbers."""
        out: set[int] = set()
        stack: list[tuple[dict[Any, Any], State]] = [(trie.root, state)]
        while stack:
            node, current = stack.pop()
            for ch, child in node.items():
                if ch is None:
                    continue
                after = self.step(current, ch)
                if after is not None:
                    out.update(child.get(None, ()))
                    stack.append((child, after))
        return out


def slot_problems(text: str, spec: SlotSpec) -> list[str]:
    """Why ``text`` could not have been written under the rule (empty when it could)."""
    rule = SlotRule(spec)
    state: State | None = START
    for i, ch in enumerate(text):
        assert state is not None
        after = rule.step(state, ch)
        if after is None:
            word = JOINED_WORD.match(text, i) if _WORD_CHAR.match(ch) else None
            start = text.rfind(" ", 0, i) + 1
            end = text.find(" ", i)
            span = text[start : end if end >= 0 else len(text)]
            if word is not None or _WORD_CHAR.match(ch):
                return [f"«{span}» is neither the request's word nor a common one"]
            if _DIGIT.match(ch):
                return [f"«{span}» is a number the request does not give"]
            return [f"«{ch}» at {i} may not be written here ({span})"]
        state = after
    assert state is not None
    if not rule.may_end(state):
        return [f"it may not end here: «{text[-20:]}»"]
    return []


_NUMBER = regex.compile(r"[0-9०-९](?:[0-9०-९]|[.,](?=[0-9०-९]))*")
# Words too common to tie a number to its fact ("को", "में", "तक").
_NEAR_STOP = LEADING | frozenset("है हैं और के लिए तक साल हर".split())
NEAR = 3  # words either side of a number that say what it counts


def _near(words: list[str], at: int) -> set[str]:
    around = words[max(0, at - NEAR) : at] + words[at + 1 : at + 1 + NEAR]
    return {w[:4] for w in around if not _NUMBER.fullmatch(w) and w not in _NEAR_STOP}


def _tokens(text: str) -> list[str]:
    return regex.findall(r"[0-9०-९](?:[0-9०-९]|[.,](?=[0-9०-९]))*|" + LETTER + "+", text)


def misplaced_numbers(headline: str, sources: Iterable[str]) -> list[str]:
    """Numbers of the headline that stand beside a word the request ties to another number:
    "पीएम-किसान का सालाना २,००० रुपये" where the facts give ₹6,000 सालाना and instalments of
    ₹2,000. Decoding lets a headline use only the request's numbers; this asks that each keeps
    the company it has in the request (a word within three either side)."""
    ties: dict[str, set[str]] = {}  # a word -> the numbers it stands beside in the sources
    for words in (_tokens(s) for s in sources):
        for j, w in enumerate(words):
            if _NUMBER.fullmatch(w):
                for near in _near(words, j):
                    ties.setdefault(near, set()).add(_value(w))
    tokenised = [_tokens(s) for s in sources]
    heads = _tokens(headline)
    out = []
    for i, token in enumerate(heads):
        if not _NUMBER.fullmatch(token):
            continue
        value = _value(token)
        # The words of the sources that give this number: a word among them is its own.
        own = {
            w[:4]
            for words in tokenised
            if any(_NUMBER.fullmatch(x) and _value(x) == value for x in words)
            for w in words
        }
        if any(w in ties and w not in own for w in _near(heads, i)):
            out.append(token)
    return out


def _value(number: str) -> str:
    return number.translate(TO_ASCII_DIGITS).replace(",", "")
