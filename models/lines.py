"""Closed-set lines for a tuned model: each sentence it writes is a fact, the request's call to
action, or a framing sentence its training data's writers used.

The review sheet of ``sandesh-hi-faithful`` found every post that changed a fact, and most that read
oddly, in the model's own openers and closers ("बेतिया के सभी नागरिकों को हार्दिक बधाई!" on a
pothole notice; "प्रारूप" in place of रामपुर). The model already copies the facts and chooses its
framing from what it saw in training, so decoding holds it to exactly that:

* a fact, word for word as the request gives it (so a name cannot be misspelt or replaced);
* the request's call to action, word for word, unless a fact already says it;
* a framing sentence from the adapter's ``framing.json``: written for a post of the same tone, and
  each of whose content words is either a common framing word ("कृपया", "शुभकामनाएँ") or one of
  the request's own (a Holi greeting only in a post about Holi);
* no line twice, at most three framing lines and one line of emoji alone;
* between them, a space, a line break, a blank line or a ``•`` bullet;
* after the last line, up to three different hashtags, each a run of the request's own words
  ("#पल्स_पोलियो"), where the platform takes them.

The post may end only once every fact and the call to action have been written (as in every
training post), and, for an urgent or celebratory post whose facts do not carry its tone, a line
that does (a call to action, a greeting): the register check asks for one, and a post without it
was the commonest failing candidate.

:class:`LineRule` is the parser over text; :meth:`LineRule.next_pieces` walks a trie of token
texts with it to find which tokens may come next.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import regex

from evaluation.hindi import ALNUM_WORD, COMMON_WORDS, TAG_CHAR

FRAMING_FILE = "framing.json"
SEPARATORS = frozenset(" \n•")
_END_PUNCTUATION = ("।", "!", "?", ".", ":")
_SPACES = regex.compile(r"\s+")
_TAG_CHAR = regex.compile(TAG_CHAR)
# Any "#" starts one: the text parsed is the model's own, hashtags after the last line.
_HASHTAG = regex.compile(rf"#({TAG_CHAR}+)")
_DIGIT = regex.compile(r"\p{Nd}")
_CLAUSE = regex.compile(r"[,।!?:;()/]")
# The training posts carry at most three hashtags of at most three words each (and a model held
# from ending loops on hashtags if it may).
MAX_HASHTAGS = 3
HASHTAG_WORDS = 3
# The training posts frame their facts with at most three lines (an opening, a closing, a toned
# sentence); a model held from ending must go on with a fact or the call to action, not wander.
MAX_FRAMING_LINES = 3
COMMON_HASHTAGS = ("जनहित", "जागरूकता", "स्वच्छता", "सुरक्षा", "स्वास्थ्य", "सूचना")

# Parser states: (line index, characters of it written), or one of these with the separators or
# the hashtag written so far.
_START = -4  # before the first line
_SEP = -1  # after a line
_TAG = -2  # in a hashtag
_TAGS = -3  # after a hashtag
# What may come between two lines, before the first and between hashtags: one space or line
# break, a blank line, or a bullet. A post held from ending must go on with a line, not blank ones.
_RUNS = {
    _START: frozenset({"", "• "}),
    _SEP: frozenset({" ", "\n", "\n\n", "\n• ", "\n\n• "}),
    _TAGS: frozenset({" ", "\n"}),
}
_RUN_PREFIXES = {
    kind: {r[:i] for r in runs for i in range(len(r) + 1)} for kind, runs in _RUNS.items()
}
State = tuple[int, Any]


# Words too common to tell a fact sentence from framing, or to begin or end a hashtag:
# COMMON_WORDS (evaluation.hindi).


def content_words(text: str) -> set[str]:
    return {w for w in ALNUM_WORD.findall(text) if len(w) > 1 and w not in COMMON_WORDS}


def said_by(sentence: str, facts: Iterable[str]) -> bool:
    """Does a fact already say most of ``sentence`` (half its content words or more)?"""
    words = content_words(sentence)
    return bool(words) and any(len(words & content_words(f)) / len(words) >= 0.5 for f in facts)


def hashtags_for(sources: Iterable[str]) -> frozenset[str]:
    """The hashtags a post may carry: runs of one to three words of the request (no figure, and
    not beginning or ending on a common word), joined by "_" ("#रोज़गार_मेला", "#पल्स_पोलियो"),
    and a few common civic ones."""
    out = set(COMMON_HASHTAGS)
    for source in sources:
        for clause in _CLAUSE.split(source):
            words = ALNUM_WORD.findall(clause)
            for n in range(1, HASHTAG_WORDS + 1):
                for i in range(len(words) - n + 1):
                    run = words[i : i + n]
                    if run[0] in COMMON_WORDS or run[-1] in COMMON_WORDS:
                        continue
                    if any(_DIGIT.search(w) for w in run) or len(run[0]) < 2:
                        continue
                    out.add("_".join(run))
    return frozenset(out)


def as_sentence(text: str) -> str:
    """The text with one space between words and a closing mark (``।`` unless it has one)."""
    text = _SPACES.sub(" ", text).strip()
    return text if text.endswith(_END_PUNCTUATION) else text + "।"


@dataclass(frozen=True)
class LineSpec:
    """What a request gives the closed set: its facts, call to action, tone and own words."""

    facts: tuple[str, ...]
    call_to_action: str | None
    tone: str
    sources: tuple[str, ...]
    # Does a text do what the tone promises (the register check's tone_fit)? None: no matter.
    carries_tone: Callable[[str], bool] | None = field(default=None, compare=False)
    # Posts already written for the request: a new one opens with a line none of them opened
    # with, so that a second candidate is not the first again.
    earlier: tuple[str, ...] = ()


@dataclass(frozen=True)
class Framing:
    text: str
    tones: frozenset[str]
    # Content words; each must be a common framing word or one of the request's own.
    words: frozenset[str]


class FramingSet:
    """The framing sentences an adapter may use, from its ``framing.json``."""

    def __init__(self, framings: Iterable[Framing], common: Iterable[str]) -> None:
        self.framings = list(framings)
        self.common = frozenset(common)

    @classmethod
    def load(cls, path: Path) -> FramingSet:
        data = json.loads(path.read_text(encoding="utf-8"))
        return cls(
            (
                Framing(f["text"], frozenset(f["tones"]), frozenset(f["words"]))
                for f in data["framings"]
            ),
            data["common"],
        )

    def for_request(self, tone: str, sources: Iterable[str]) -> list[str]:
        known = self.common | {w for s in sources for w in ALNUM_WORD.findall(s)}
        return [f.text for f in self.framings if tone in f.tones and f.words <= known]

    def items(self, spec: LineSpec) -> tuple[list[str], list[str]]:
        """(every line the post may use, the lines it must use) for one request: the facts and
        the call to action (unless a fact says it already) must be written, as in training."""
        facts = [as_sentence(f) for f in spec.facts]
        cta = spec.call_to_action
        required = [*facts, *([as_sentence(cta)] if cta and not said_by(cta, spec.facts) else [])]
        framing = self.for_request(spec.tone, spec.sources)
        return list(dict.fromkeys([*required, *framing])), required

    @staticmethod
    def toned(spec: LineSpec, items: Sequence[str]) -> list[str]:
        """The lines of which the post must use one to carry its tone; none when the facts carry
        it already, or when no line does."""
        carries = spec.carries_tone
        if carries is None or carries(" ".join(spec.facts)):
            return []
        return [item for item in items if carries(item)]


class PieceTrie:
    """Token texts in a character trie: a node is a dict of next characters, and ``None`` maps
    to the ids whose text ends there."""

    def __init__(self, pieces: Sequence[str], ids: Iterable[int]) -> None:
        self.root: dict[Any, Any] = {}
        for i in ids:
            piece = pieces[i]
            if not piece:
                continue
            node = self.root
            for ch in piece:
                node = node.setdefault(ch, {})
            node.setdefault(None, []).append(i)

    def spells(self, item: str) -> bool:
        """Can the vocabulary write ``item`` at all (after a space or at a line's start)?"""
        item = " " + item
        reach = {0, 1}
        for start in range(len(item)):
            if start not in reach:
                continue
            node: dict[Any, Any] | None = self.root
            for end in range(start, len(item)):
                node = node.get(item[end]) if node is not None else None
                if node is None:
                    break
                if None in node:
                    reach.add(end + 1)
        return len(item) in reach


@dataclass(frozen=True)
class Written:
    """What a text has written, and so what may follow it."""

    used: frozenset[int]  # lines written whole
    barred: frozenset[int]  # lines that may not begin now (written, or over a limit)
    open: bool  # a line may still begin
    done: bool  # every line owed is written: the post may end
    tags: frozenset[str]  # hashtags written
    more_tags: bool  # another hashtag may begin


_LENIENT = Written(
    used=frozenset(), barred=frozenset(), open=True, done=True, tags=frozenset(), more_tags=True
)


class LineRule:
    """Which texts are made of allowed lines, and which tokens may extend one."""

    def __init__(
        self,
        items: Sequence[str],
        required: Sequence[str],
        *,
        toned: Sequence[str] = (),
        earlier: Sequence[str] = (),
        hashtags: Collection[str] | None = None,
    ) -> None:
        """``hashtags``: the hashtags the post may end with (bodies, without ``#``); None for
        none (a platform that takes none)."""
        self.items = list(items)
        self.required = list(required)
        self.toned = list(toned)
        self.tags = frozenset(hashtags or ())
        self.tag_prefixes = {t[:i] for t in self.tags for i in range(len(t) + 1)}
        self.first: dict[str, list[int]] = {}
        for i, item in enumerate(self.items):
            self.first.setdefault(item[0], []).append(i)
        # Lines of emoji alone: one to a post ("✨\n🌼\n🙏" reads as filler).
        self.marks = frozenset(
            i for i, item in enumerate(self.items) if not ALNUM_WORD.search(item)
        )
        self.framing = frozenset(i for i, item in enumerate(self.items) if item not in required)
        self._parsed: tuple[str, set[State]] = ("", {(_START, "")})
        openings = [post.lstrip("".join(SEPARATORS)) for post in earlier]
        # Lines an earlier post opened with: not the opening line this time.
        self.not_first = frozenset(
            i for i, item in enumerate(self.items) if any(o.startswith(item) for o in openings)
        )

    def written(self, text: str) -> Written:
        """What ``text`` has written that limits what may follow."""
        tags = _HASHTAG.findall(text)
        if text[-1:] and _TAG_CHAR.match(text[-1]) and tags:
            tags.pop()  # the hashtag still being written
        used = frozenset(i for i, item in enumerate(self.items) if item in text)
        # Framing lines written as lines: not those found inside a longer one ("बधाई हो!" in
        # "*बधाई हो!* 🎉").
        framing = [
            i
            for i in used & self.framing
            if not any(j != i and self.items[i] in self.items[j] for j in used)
        ]
        barred = set(used)
        if used & self.marks:
            barred |= self.marks
        if len(framing) >= MAX_FRAMING_LINES:
            barred |= self.framing
        done = all(item in text for item in self.required) and (
            not self.toned or any(item in text for item in self.toned)
        )
        return Written(
            used=used,
            barred=frozenset(barred),
            # A line may still begin (a separator leads somewhere).
            open=any(i not in barred for i in range(len(self.items))),
            done=done,
            tags=frozenset(tags),
            more_tags=bool(self.tags) and done and len(tags) < MAX_HASHTAGS,
        )

    def step(self, state: State, ch: str, written: Written) -> list[State]:
        kind, at = state
        if kind >= 0:
            if at < len(self.items[kind]):
                return [(kind, at + 1)] if self.items[kind][at] == ch else []
            # A whole line: only a separator may follow it, and only if it leads somewhere.
            separates = ch in _RUN_PREFIXES[_SEP] and self._separates(_SEP, ch, written)
            return [(_SEP, ch)] if separates else []
        if kind == _TAG:
            if at + ch in self.tag_prefixes:
                return [(_TAG, at + ch)]
            if ch in _RUN_PREFIXES[_TAGS] and self._tag_whole(at, written):
                return [(_TAGS, ch)] if written.more_tags else []
            return []
        if at + ch in _RUN_PREFIXES[kind]:
            return [(kind, at + ch)] if self._separates(kind, at + ch, written) else []
        if at not in _RUNS[kind]:  # a separator run stopped half-way ("\n\n•" with no space)
            return []
        if ch == "#":
            # Hashtags close the post: only once its lines are all written.
            return [(_TAG, "")] if written.more_tags and kind != _START and "•" not in at else []
        if kind == _TAGS:
            return []
        barred = written.barred | self.not_first if kind == _START else written.barred
        return [(i, 1) for i in self.first.get(ch, ()) if i not in barred]

    @staticmethod
    def _separates(kind: int, run: str, written: Written) -> bool:
        """May the separator run ``run`` be written: is a line, or a hashtag, still to come?"""
        if kind == _TAGS:
            return written.more_tags
        return written.open or (written.more_tags and "•" not in run)

    def _tag_whole(self, body: str, written: Written) -> bool:
        return body in self.tags and body not in written.tags

    def advance(self, states: Iterable[State], text: str, written: Written) -> set[State]:
        current = set(states)
        for ch in text:
            current = {n for s in current for n in self.step(s, ch, written)}
            if not current:
                break
        return current

    def parse(self, text: str) -> tuple[set[State], Written]:
        """The states after ``text`` (empty if it is not made of allowed lines), and what it
        has written."""
        written = self.written(text)
        # Read leniently (the text's own lines and hashtags count as written); a line being
        # written when the text ends is not one written whole before it (the start of the same
        # words may also begin another line: "आपके सहयोग..." after "आपके धैर्य...").
        # Decoding asks after every token, for the text so far plus one token: go on from there.
        done, before = self._parsed
        if text.startswith(done):
            lenient = self.advance(before, text[len(done) :], _LENIENT)
        else:
            lenient = self.advance([(_START, "")], text, _LENIENT)
        self._parsed = (text, lenient)
        states = {
            (kind, at)
            for kind, at in lenient
            if kind < 0 or at == len(self.items[kind]) or kind not in written.used
        }
        return states, written

    def may_end(self, states: Iterable[State], written: Written) -> bool:
        if not written.done:
            return False
        for kind, at in states:
            if kind >= 0 and at == len(self.items[kind]):
                return True
            if kind in (_SEP, _TAGS) and at in _RUNS[kind]:
                return True
            if kind == _TAG and self._tag_whole(at, written):
                return True
        return False

    def next_pieces(self, trie: PieceTrie, states: set[State], written: Written) -> set[int]:
        """The ids whose text keeps the post on allowed lines."""
        out: set[int] = set()
        stack = [(trie.root, states)]
        while stack:
            node, current = stack.pop()
            for ch, child in node.items():
                if ch is None:
                    continue
                after = {n for s in current for n in self.step(s, ch, written)}
                if after:
                    out.update(child.get(None, ()))
                    stack.append((child, after))
        return out
