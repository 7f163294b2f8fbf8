"""Constrained decoding: what a model may write, enforced token by token.

* **Numbers.** A run of digits may only grow into a number the facts contain, so an ungrounded
  number cannot be written at all (grouping commas are ignored, Devanagari digits count as digits).
* **Hashtags.** ``#`` only where the platform takes hashtags; the ``###`` that ends a post stays.
* **Coverage.** The end is held back until every number of the facts has been written.
* **Length.** The end is held back until a minimum length; past a soft maximum the post ends at
  the next sentence end, and at a hard maximum it ends where it is.
* **Lines.** For a tuned model with a framing set, every sentence is a fact, the call to action or
  one of its framing sentences (see :mod:`models.lines`); this replaces the number and hashtag
  rules (its hashtags are runs of the request's words).

:class:`Guard` is the logic over token texts and is independent of torch; the hf backend wraps it
in a logits processor.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import regex

from evaluation.hindi import ALNUM_WORD, TAG_CHAR, TO_ASCII_DIGITS
from evaluation.numbers import as_digits, digit_runs, extract_mentions, figures
from evaluation.platforms import get_platforms
from models.lines import HASHTAG_WORDS, FramingSet, LineRule, LineSpec, PieceTrie, hashtags_for

if TYPE_CHECKING:
    from models.base import Usage
    from models.slots import SlotRule, SlotSpec

# A number being written at the end of the text, with a separator that may still continue it.
_OPEN_RUN = regex.compile(r"[0-9०-९](?:[0-9०-९]|[.,](?=[0-9०-९]|$))*$")
_RUN = regex.compile(r"[0-9०-९](?:[0-9०-९]|[.,](?=[0-9०-९]))*[.,]?")
_DIGIT = regex.compile(r"[0-9०-९]")
_SENTENCE_END = ("।", "!", "?", "\n", "॥")
STOP_PIECE = "###"


@dataclass(frozen=True)
class DecodeConstraints:
    """What one generation may write. ``None`` in a field means no constraint of that kind."""

    # Digit strings the facts contain (see :func:`allowed_numbers`); None lets any number through.
    numbers: frozenset[str] | None = None
    hashtags: bool = True
    # Words a hashtag may join with "_" (the request's own and a few common civic ones); None
    # lets any hashtag through.
    hashtag_words: frozenset[str] | None = None
    # Numbers (as :func:`allowed_numbers` writes them) the text must contain before it may end.
    required: frozenset[str] = frozenset()
    min_chars: int = 0
    soft_max_chars: int | None = None
    hard_max_chars: int | None = None
    # The request's side of the closed set of lines; a backend with no framing set ignores it.
    lines: LineSpec | None = None
    # A short slot of a composed post (its headline): words only from the request or a common
    # list, numbers only from the request, one line (models/slots.py).
    slot: SlotSpec | None = None


# From the platform table (evaluation/platforms.yaml, which says why each is what it is): the
# length window (min, soft max, hard max) in characters of the post body, and whether the
# platform takes hashtags.
PLATFORM_LENGTHS: dict[str, tuple[int, int, int]] = {
    name: platform.window for name, platform in get_platforms().items()
}
PLATFORM_HASHTAGS = {name: platform.hashtags.taken for name, platform in get_platforms().items()}
# Words any civic hashtag may use besides the request's own: the ones the tuning data's writers
# used across many topics (#जनहित, #सुरक्षित_गाँव), and the joining words.
COMMON_HASHTAG_WORDS = frozenset(
    "जनहित सूचना जानकारी जागरूक जागरूकता सुरक्षा सुरक्षित स्वस्थ स्वास्थ्य सेहत स्वच्छ स्वच्छता साफ़ "
    "गाँव ग्राम नगर शहर किसान नागरिक परिवार युवा महिला बच्चे बचपन शिक्षा विकास भविष्य सावधानी "
    "शुभकामनाएँ बधाई दिवस पर्व त्योहार उत्सव हमारा हमारी हमारे मेरा मेरी अपना अपनी सबका हर "
    "की का के से में और लिए साथ".split()
)
_TAG_CHARS = regex.compile(TAG_CHAR + "*")
_OPEN_TAG = regex.compile(rf"(?<!{TAG_CHAR})#({TAG_CHAR}*)$")


def hashtag_words(sources: Iterable[str]) -> frozenset[str]:
    """The words a hashtag may be built from: every word of the sources, and the common ones."""
    return COMMON_HASHTAG_WORDS | {w for s in sources for w in ALNUM_WORD.findall(s)}


def for_platform(
    platform: str,
    sources: Iterable[str],
    *,
    facts: Iterable[str] = (),
    numbers: bool = True,
    hashtags: bool = True,
    coverage: bool = True,
    length: bool = True,
    lines: LineSpec | None = None,
) -> DecodeConstraints:
    """The constraints for a post on ``platform``: numbers and hashtag words from ``sources``
    (facts, audience, call to action), for coverage every number of ``facts`` before the end,
    and ``lines`` for a backend that holds its model to a closed set of lines."""
    low, soft, hard = PLATFORM_LENGTHS.get(platform, (0, 0, 0))
    return DecodeConstraints(
        numbers=allowed_numbers(sources) if numbers else None,
        required=frozenset(_numbers_in(facts)) if coverage else frozenset(),
        hashtags=PLATFORM_HASHTAGS.get(platform, True) or not hashtags,
        hashtag_words=hashtag_words(sources) if hashtags else None,
        min_chars=low if length else 0,
        soft_max_chars=soft if length and soft else None,
        hard_max_chars=hard if length and hard else None,
        lines=lines,
    )


def normalise(run: str) -> str:
    return run.translate(TO_ASCII_DIGITS).replace(",", "")


def _numbers_in(texts: Iterable[str]) -> set[str]:
    return {run for text in texts for run in digit_runs(text)}


def allowed_numbers(sources: Iterable[str]) -> frozenset[str]:
    """Every number in the sources as digits, read as the grounding check reads it
    (:func:`evaluation.numbers.figures`) and as written: ``₹6,000`` gives 6000, ``2.5`` gives
    2.5, ``₹2 लाख`` gives 200000 and 2, ``तीन किस्तें`` gives 3, and a dotted date
    ``15.08.2026`` gives itself and 15, 08 and 2026. So a model may write any figure the
    grounding check would find in the sources, and copy any digits a fact gives ("MH12")."""
    out: set[str] = set()
    for source in sources:
        for run in digit_runs(source):
            out.add(run)
            if run.count(".") >= 2:
                out.update(part for part in run.split(".") if part)
        out.update(as_digits(f) for m in extract_mentions(source) for f in figures(m))
    return frozenset(out)


def _group_indian(whole: str) -> str:
    head, tail = whole[:-3], whole[-3:]
    pairs: list[str] = []
    while len(head) > 2:
        head, pairs = head[:-2], [head[-2:], *pairs]
    return ",".join([p for p in (head, *pairs) if p] + [tail])


def _group_international(whole: str) -> str:
    return f"{int(whole):,}" if whole.isdigit() else whole


def written_forms(number: str) -> set[str]:
    """The ways a number may be written: 100000 as 100000, 1,00,000 or 100,000."""
    whole, dot, fraction = number.partition(".")
    if "." in fraction or not whole.isdigit() or len(whole) <= 3 or whole.startswith("0"):
        return {number}
    return {
        f"{w}{dot}{fraction}" for w in (whole, _group_indian(whole), _group_international(whole))
    }


class NumberRule:
    """Which digit runs are allowed, complete or still being written."""

    def __init__(self, allowed: frozenset[str]) -> None:
        self.forms = {form for a in allowed for form in written_forms(a)}
        self.prefixes = {f[:i] for f in self.forms for i in range(1, len(f) + 1)}

    def complete(self, run: str) -> bool:
        return run.translate(TO_ASCII_DIGITS).rstrip(".,") in self.forms

    def open_ok(self, run: str) -> bool:
        """``run`` ends the text: may it still become (or already be) an allowed number? A
        trailing comma or full stop may also be punctuation after a complete number."""
        return run.translate(TO_ASCII_DIGITS) in self.prefixes or (
            run[-1] in ".," and self.complete(run)
        )

    def text_ok(self, text: str) -> bool:
        """Every number in ``text`` is allowed; one that touches the end need only be a prefix."""
        for match in _RUN.finditer(text):
            run = match.group()
            if match.end() == len(text):
                if not self.open_ok(run):
                    return False
            elif not self.complete(run):
                return False
        return True


class TokenIndex:
    """Which token ids write digits, ``#``, separators or the stop: computed once per model."""

    def __init__(self, pieces: Sequence[str], end_ids: Iterable[int]) -> None:
        self.pieces = pieces
        self.end_ids = frozenset(end_ids)
        self.stop_ids = frozenset(i for i, p in enumerate(pieces) if p == STOP_PIECE)
        self.hash_ids = frozenset(i for i, p in enumerate(pieces) if "#" in p) - self.stop_ids
        self.digit_ids = frozenset(i for i, p in enumerate(pieces) if _DIGIT.search(p))
        self.lead_ids = frozenset(
            i for i, p in enumerate(pieces) if p[:1] in (",", ".") or _DIGIT.match(p[:1] or " ")
        )
        # Pieces that end a hashtag being written (a space or a line break first), and pieces of
        # letters alone (by text) or with "_", which may go on writing one.
        self.break_ids = frozenset(i for i, p in enumerate(pieces) if p[:1].isspace())
        self.tag_text: dict[str, list[int]] = {}
        joiners = []
        for i, p in enumerate(pieces):
            if p and _TAG_CHARS.fullmatch(p):
                if "_" in p:
                    joiners.append(i)
                else:
                    self.tag_text.setdefault(p, []).append(i)
        self.joiner_ids = tuple(joiners)


class TagRule:
    """Which hashtags may be written: up to :data:`~models.lines.HASHTAG_WORDS` different words of
    an allowed set joined by "_" (the tuning data's writers joined none twice; a longer or
    repeating one is the model looping: "#आधार_स्वच्छ_स्वच्छ_स्वच्छ...")."""

    def __init__(self, words: frozenset[str]) -> None:
        self.words = words
        self.prefixes = {w[:i] for w in words for i in range(len(w) + 1)}
        self.pieces = {
            w[i:j] for w in words for i in range(len(w)) for j in range(i + 1, len(w) + 1)
        }

    def open_ok(self, body: str) -> bool:
        """May ``body`` (after ``#``) still grow into an allowed hashtag?"""
        *done, last = body.split("_")
        return (
            len(done) < HASHTAG_WORDS
            and len(set(done)) == len(done)
            and all(part in self.words for part in done)
            and last in self.prefixes
        )

    def complete(self, body: str) -> bool:
        parts = body.split("_")
        return len(parts) == len(set(parts)) and all(part in self.words for part in parts)

    def may_continue(self, piece: str) -> bool:
        """Could this piece's letters be part of an allowed hashtag at all (a quick filter)?"""
        return all(not part or part in self.pieces for part in piece.split("_"))


class Guard:
    """Decides, for the text written so far, which token ids may come next."""

    def __init__(
        self,
        constraints: DecodeConstraints,
        index: TokenIndex,
        *,
        framings: FramingSet | None = None,
        vocab: Iterable[int] | None = None,
    ) -> None:
        """``framings`` turns on the closed set of lines when the constraints ask for it;
        ``vocab`` is the ids the model can write at all (all of them when None)."""
        self.c = constraints
        self.pieces = index.pieces
        self.end_ids = index.end_ids
        self.stop_ids = index.stop_ids
        self.hash_ids = index.hash_ids
        self.lead_ids = index.lead_ids
        self.break_ids = index.break_ids
        self.tags = TagRule(constraints.hashtag_words) if constraints.hashtag_words else None
        # Pieces that may go on writing a hashtag, and pieces that would open a disallowed one:
        # looked up from the allowed words' substrings, once per request.
        self.tag_pieces: dict[int, str] = {}
        self.tag_blocked: frozenset[int] = frozenset()
        if self.tags is not None:
            tags = self.tags
            for part in tags.pieces:
                self.tag_pieces.update(dict.fromkeys(index.tag_text.get(part, ()), part))
            for i in index.joiner_ids:
                if tags.may_continue(self.pieces[i]):
                    self.tag_pieces[i] = self.pieces[i]
            self.tag_blocked = frozenset(
                i
                for i in self.hash_ids
                if (t := _OPEN_TAG.search(self.pieces[i])) is None or not tags.open_ok(t.group(1))
            )
        self.rule = NumberRule(constraints.numbers) if constraints.numbers is not None else None
        # With no number being written, a digit token is judged on its own text: once per request.
        self.free_blocked = (
            frozenset(i for i in index.digit_ids if not self.rule.text_ok(self.pieces[i]))
            if self.rule is not None
            else frozenset()
        )
        self.slot: SlotRule | None = None
        if constraints.slot is not None:
            from models.slots import SlotRule

            self.slot = SlotRule(constraints.slot)
            self.trie = PieceTrie(self.pieces, range(len(self.pieces)) if vocab is None else vocab)
            self.newline_ids = frozenset(i for i, p in enumerate(self.pieces) if p == "\n")
        self.lines: LineRule | None = None
        if constraints.lines is not None and framings is not None:
            self.trie = PieceTrie(self.pieces, range(len(self.pieces)) if vocab is None else vocab)
            items, required = framings.items(constraints.lines)
            items = [i for i in items if i in required or self.trie.spells(i)]
            spec = constraints.lines
            self.lines = LineRule(
                items,
                required,
                toned=framings.toned(spec, items),
                earlier=spec.earlier,
                hashtags=hashtags_for(spec.sources) if constraints.hashtags else None,
            )

    def mask(self, text: str) -> tuple[bool, Collection[int]]:
        """``(only, ids)`` for the token after ``text`` (the post so far): when ``only`` is true
        just ``ids`` may come next, otherwise anything but ``ids``."""
        c = self.c
        if self.slot is not None:
            return True, self._slot_mask(text)
        n = len(text.strip())
        if c.hard_max_chars is not None and n >= c.hard_max_chars:
            return True, self.end_ids
        if self.lines is not None:
            return self._line_mask(text, n)
        missing = bool(c.required) and not c.required <= _numbers_in([text])
        if (
            c.soft_max_chars is not None
            and n >= c.soft_max_chars
            and text.endswith(_SENTENCE_END)
            and not missing
        ):
            return True, self.end_ids
        if self.tags is not None and c.hashtags and (tag := _OPEN_TAG.search(text)) is not None:
            return True, self._tag_next(tag.group(1), ending=n >= c.min_chars and not missing)
        if self.rule is not None and (run := _OPEN_RUN.search(text)) is not None:
            continuing = {
                i for i in self.lead_ids if self.rule.text_ok(run.group() + self.pieces[i])
            }
            if not self.rule.complete(run.group()):
                # An incomplete number: only a continuation may come next.
                return True, continuing
            # A complete number: a valid continuation, or anything that closes it (a digit
            # token that closes it and starts another is judged as starting one).
            blocked = set((self.free_blocked | self.lead_ids) - continuing)
        else:
            blocked = set(self.free_blocked)
        if n < c.min_chars or missing:
            blocked |= self.end_ids | self.stop_ids
        if not c.hashtags:
            blocked |= self.hash_ids
            if not text.endswith("\n"):
                blocked |= self.stop_ids
        else:
            blocked |= self.tag_blocked  # a piece that opens a hashtag must open an allowed one
        return False, blocked

    def _slot_mask(self, text: str) -> Collection[int]:
        """The headline so far may go on with allowed words and numbers, or end (a line break,
        or the end token) once it is a whole headline."""
        slot = self.slot
        assert slot is not None
        state = slot.parse(text)
        if state is None:  # off the rule (only a forced end gets here): end
            return self.end_ids
        ids = slot.next_pieces(self.trie, state)
        if slot.may_end(state):
            ids |= self.end_ids | self.newline_ids
        return ids or self.end_ids

    def _line_mask(self, text: str, n: int) -> tuple[bool, Collection[int]]:
        lines, c = self.lines, self.c
        assert lines is not None
        states, written = lines.parse(text)
        if not states:  # off the allowed lines (only a forced end gets here): end
            return True, self.end_ids
        ending = n >= c.min_chars and lines.may_end(states, written)
        if ending and c.soft_max_chars is not None and n >= c.soft_max_chars:
            return True, self.end_ids
        ids = lines.next_pieces(self.trie, states, written)
        if ending:
            ids |= self.end_ids | self.stop_ids
        return True, ids

    def _tag_next(self, body: str, *, ending: bool) -> set[int]:
        """The ids that may follow the open hashtag ``#body``: letters that keep it on the way to
        an allowed one, or, once it is a whole one, a space, a line break or the end."""
        tags = self.tags
        assert tags is not None
        out = {i for i, part in self.tag_pieces.items() if tags.open_ok(body + part)}
        if body and tags.complete(body):
            out |= self.break_ids
            if ending:
                out |= self.end_ids | self.stop_ids
        return out


_UNUSED_PIECE = regex.compile(r"<unused\d+>")
_BYTE_PIECE = regex.compile(r"<0x[0-9A-F]{2}>")


class GuardStep:
    """What both backends' logits processors share: the rule for the text written so far, and
    the count of times it overrode the model's first choice of a digit (``Usage.steered``).
    Each backend applies the mask to its own scores (torch tensors, numpy arrays)."""

    def __init__(
        self,
        guard: Guard,
        pieces: Sequence[str],
        prompt_len: int,
        usage: Usage | None = None,
        digit_ids: Collection[int] = (),
    ) -> None:
        self.guard = guard
        self.pieces = pieces
        self.prompt_len = prompt_len
        self.usage = usage
        self.digit_ids = digit_ids

    def rule(self, generated: Iterable[int]) -> tuple[bool, Collection[int]]:
        """``guard.mask`` for the text of the ids generated so far (after ``prompt_len``)."""
        return self.guard.mask("".join(self.pieces[i] for i in generated))

    def note(self, ids: Collection[int], first_choice: int, blocked: bool) -> None:
        """Count a digit the model chose first and the rule then blocked: the number written
        instead may sit in the wrong place."""
        if (
            self.usage is not None
            and self.guard.lines is None  # a closed line cannot put a number out of place
            and ids is not self.guard.end_ids  # not a forced end (the length window)
            and first_choice in self.digit_ids
            and blocked
        ):
            self.usage.steered += 1


def token_texts(convert: Callable[..., Any], size: int, specials: Iterable[str]) -> list[str]:
    """The text of every token id of a SentencePiece-style vocabulary (``▁`` is a space); control
    tokens and non-ASCII byte pieces are ``""``."""
    special = set(specials)
    out = []
    for piece in convert(list(range(size))):
        if piece is None or piece in special:
            out.append("")
        elif not piece.startswith("<"):  # the common case: skip the patterns below
            out.append(piece.replace("▁", " "))
        elif _UNUSED_PIECE.fullmatch(piece):
            out.append("")
        elif _BYTE_PIECE.fullmatch(piece):
            code = int(piece[3:5], 16)
            out.append(chr(code) if code < 0x80 else "")
        else:
            out.append(piece.replace("▁", " "))
    return out
