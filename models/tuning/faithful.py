"""Faithful training targets: each example's post rebuilt so that its facts are copied, not retold.

The review sheet of the first adapter (``models/adapters/sandesh-hi-lora/review.md``) found that
half of its posts changed or added a fact, and almost all of those failures came from retelling:
the data's writers paraphrase the facts (only a fifth of facts appear word for word in their
posts), and a 270M model imitates the paraphrasing without keeping the meaning. Copying from the
prompt is what a small model does reliably, so this style keeps the writer's own framing (the
heading or opening, the closing, the hashtags) and states each fact in the words of the facts:

    {opening}            the post's first sentence or heading, when it is framing
    {facts}              every fact, word for word, in order (a list or a paragraph)
    {call to action}     the request's own, word for word, unless a fact already says it
    {closing}            the post's last sentence, when it is framing
    {hashtags}           the post's hashtags that are built from the request's own words

A framing sentence is a short one (at most 12 words) with no digit that shares few words with any
fact. An urgent or celebratory post whose tone lived only in a sentence that also names a fact
keeps that sentence when it is short and not mostly one fact retold. If the rebuilt post
fails any check (an X post over its limit, say), a shorter form is tried, and an example no form
of which passes is left out of this style.

    .venv/bin/python -m models.tuning.faithful [N]   # print N rebuilt posts and the style counts
"""

from __future__ import annotations

import hashlib
import sys
from collections.abc import Sequence

import regex

from evaluation.register import carries_tone
from models.lines import as_sentence, content_words, said_by
from models.tuning.dataset import DATA_DIR, Example, check_example, load

_WORD = regex.compile(r"[\p{L}\p{M}\p{N}]+")
_SENTENCE_END = regex.compile(r"(?<=[।!?])\s+")
_DIGIT = regex.compile(r"\p{Nd}")
# Sentences sharing at least this share of their content words with a fact retell it.
OVERLAP = 0.3
# Framing longer than this many words is left out: the first adapter garbled long, inventive
# openings and closings far more often than short ones.
FRAMING_WORDS = 12


def _sentences(paragraph: str) -> list[str]:
    return [s.strip() for s in _SENTENCE_END.split(paragraph) if s.strip()]


def is_framing(sentence: str, sources: Sequence[str]) -> bool:
    """True when a short sentence carries no digit and retells none of the sources."""
    if _DIGIT.search(sentence) or len(_WORD.findall(sentence)) > FRAMING_WORDS:
        return False
    words = content_words(sentence)
    if not words:
        return True
    return all(len(words & content_words(source)) / len(words) < OVERLAP for source in sources)


def tone_sentence(example: Example) -> str:
    """The written post's first sentence that carries an urgent or celebratory tone, names no
    figure and is not mostly one fact retold ("होली की हार्दिक शुभकामनाएँ!"); or ''."""
    if example.tone not in ("urgent", "celebratory"):
        return ""
    for paragraph in example.post.strip().split("\n\n"):
        for sentence in _sentences(paragraph):
            words = content_words(sentence)
            retold = any(len(words & content_words(f)) >= 0.6 * len(words) for f in example.facts)
            if (
                not sentence.startswith("#")
                and len(_WORD.findall(sentence)) <= FRAMING_WORDS
                and not _DIGIT.search(sentence)
                and not retold
                and carries_tone(sentence, example.tone)
            ):
                return sentence
    return ""


def written_parts(example: Example) -> tuple[str, str, str]:
    """(opening, closing, hashtag line) of the written post; each may be empty."""
    paragraphs = [p.strip() for p in example.post.strip().split("\n\n") if p.strip()]
    hashtags = ""
    sources = [*example.facts, *([example.call_to_action] if example.call_to_action else [])]
    if paragraphs and all(w.startswith("#") for w in paragraphs[-1].split()):
        # Only hashtags built from the request's own words: the first adapter's invented ones
        # were garbled or off-topic ("#खाद्य_बचत" on a loan post) as often as not.
        known = set().union(*(content_words(s) for s in [*sources, example.audience or ""]))
        tags = paragraphs.pop().split()
        hashtags = " ".join(t for t in tags if content_words(t[1:].replace("_", " ")) <= known)
    sentences = [s for p in paragraphs for s in _sentences(p)]
    if not sentences:
        return "", "", hashtags
    opening = sentences[0] if is_framing(sentences[0], sources) else ""
    last = sentences[-1]
    closing = last if len(sentences) > 1 and is_framing(last, sources) else ""
    return opening, closing, hashtags


def _call_to_action(example: Example) -> list[str]:
    """The request's call to action as a sentence, unless a fact already says it."""
    cta = example.call_to_action
    return [as_sentence(cta)] if cta and not said_by(cta, example.facts) else []


def _layout(example: Example, opening: str, closing: str, hashtags: str) -> str:
    facts = [as_sentence(f) for f in example.facts]
    cta = _call_to_action(example)
    if closing and not is_framing(closing, cta):
        closing = ""
    tail = " ".join([*cta, *([closing] if closing else [])])
    if example.platform == "x":
        return " ".join(p for p in (opening, *facts, tail, hashtags) if p)
    bullets = int(hashlib.sha256(example.id.encode()).hexdigest(), 16) % 2 == 0
    if example.platform in ("whatsapp", "instagram") and bullets:
        middle = "\n".join(f"• {f}" for f in facts)
    else:
        middle = " ".join(facts)
    return "\n\n".join(b for b in (opening, middle, tail, hashtags) if b)


def faithful_post(example: Example) -> str | None:
    """The example's post in the faithful style, or None if no form of it passes every check."""
    opening, closing, hashtags = written_parts(example)
    forms = [(opening, closing, hashtags)]
    # A post whose tone lives only in a sentence that also names a fact ("होली के पर्व पर गाँव
    # को शुभकामनाएँ") keeps that sentence: as the opening for a greeting, as the closing for an
    # urgent appeal.
    toned = tone_sentence(example)
    if toned and example.tone == "celebratory":
        forms += [(toned, closing, hashtags), (toned, "", hashtags)]
    elif toned:
        forms += [(opening, toned, hashtags), ("", toned, hashtags)]
    forms += [(opening, "", hashtags), ("", "", hashtags), ("", "", "")]
    for o, c, h in forms:
        post = _layout(example, o, c, h)
        candidate = example.model_copy(update={"post": post})
        if not check_example(candidate):
            return post
    return None


def faithful(examples: list[Example]) -> list[Example]:
    """The examples whose post can be rebuilt, each with its faithful post.

    The rest are left out rather than kept as written: a written post teaches retelling. Most of
    them carry their tone (urgency, a greeting) only inside the sentences that retell facts, so the
    rebuilt post fails the register check.
    """
    rebuilt = ((e, faithful_post(e)) for e in examples)
    return [e.model_copy(update={"post": post}) for e, post in rebuilt if post]


def main(argv: list[str]) -> int:
    shown = int(argv[0]) if argv else 5
    examples, problems = load(sorted(DATA_DIR.glob("*.jsonl")))
    if problems:
        print("\n".join(problems))
        return 1
    rebuilt = [faithful_post(e) for e in examples]
    for example, post in list(zip(examples, rebuilt, strict=True))[
        :: max(1, len(examples) // shown)
    ]:
        print(f"--- {example.id} ({example.platform}, {example.tone})\n{post or example.post}\n")
    kept = sum(p is None for p in rebuilt)
    print(f"{len(examples)} examples: {len(examples) - kept} rebuilt, {kept} left out")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
