"""Coverage: the post carries every number and date of its facts, each with its own value.

Grounding asks whether what a post states comes from the facts; coverage asks the reverse. A
post that drops a fact's amount or deadline has lost what the reader needed, and a post that
gives a fact's label (say "अंतिम तिथि") with the value of another fact has changed its meaning,
though every figure in it is "grounded".
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import regex

from evaluation.hindi import FILLER_WORDS, WORD
from evaluation.numbers import Mention, extract_mentions
from evaluation.result import CheckResult, Issue

__all__ = ["check_coverage"]


_CONNECTOR = regex.compile(r"[\s,/\-–]*(?:(?:से|तक|लेकर|और|या|to|and|or)[\s,/\-–]*)*")
# Figures whose meaning a label fixes: a deadline, an amount, a share.
_LABELLED_KINDS = frozenset({"date", "amount", "percent"})


def _same(a: Mention, b: Mention) -> bool:
    if a.day is not None and a.month is not None:
        return (a.day, a.month) == (b.day, b.month) and (
            a.year is None or b.year is None or a.year == b.year
        )
    if a.digits is not None or b.digits is not None:
        return (a.digits or _integer(a.value)) == (b.digits or _integer(b.value))
    if a.value is None or b.value is None or b.day is not None:
        return False
    return math.isclose(a.value, b.value, rel_tol=1e-9, abs_tol=1e-6)


def _integer(value: float | None) -> str | None:
    return f"{value:.0f}" if value is not None and value.is_integer() else None


def _labels(text: str, mentions: list[Mention]) -> list[tuple[str, ...]]:
    """For each mention, the two content words just before it (at most one filler word
    between): what the figure is about, as in "अंतिम तिथि 15 दिसंबर". Empty for a figure in a
    range or list ("₹1,000 से ₹5,000", "4 और 5 दिसंबर"), and for bare counts."""
    out: list[tuple[str, ...]] = []
    for i, mention in enumerate(mentions):
        previous_end = mentions[i - 1].end if i else 0
        following = mentions[i + 1].start if i + 1 < len(mentions) else None
        # A range or list runs to a figure of the same kind ("₹1,000 से ₹5,000", "4 और 5
        # दिसंबर"), not to the next tier's count ("... पर ₹30,000 और 2 किलोवाट ... पर ₹60,000").
        to_next = following is not None and (
            mention.kind == "number" or mentions[i + 1].kind == mention.kind
        )
        in_range = (i and _CONNECTOR.fullmatch(text[previous_end : mention.start])) or (
            to_next and _CONNECTOR.fullmatch(text[mention.end : following])
        )
        words = WORD.findall(text[max(previous_end, mention.start - 60) : mention.start])[-3:]
        content = [w for w in words if w not in FILLER_WORDS]
        if (
            in_range
            or mention.kind not in _LABELLED_KINDS
            or len(content) < 2
            or (words[-1] in FILLER_WORDS and words[-2] in FILLER_WORDS)
        ):
            out.append(())
        else:
            out.append((mention.kind, *content[-2:]))
    return out


def check_coverage(text: str, facts: Sequence[str]) -> CheckResult:
    """Flag each number or date of ``facts`` that ``text`` leaves out, and each figure of the
    text that sits under a fact's label but carries a different fact's value.

    ``details`` gives how many of the facts' figures were ``covered`` and ``dropped``.
    """
    if isinstance(facts, str):
        facts = [facts]
    post = extract_mentions(text)
    issues: list[Issue] = []
    covered = dropped = 0
    labelled: dict[tuple[str, ...], list[Mention]] = {}
    for number, fact in enumerate(facts, 1):
        mentions = extract_mentions(fact)
        for mention, label in zip(mentions, _labels(fact, mentions), strict=True):
            if label:
                labelled.setdefault(label, []).append(mention)
            if any(_same(mention, m) for m in post):
                covered += 1
                continue
            dropped += 1
            issues.append(
                Issue(
                    span="",
                    start=0,
                    end=0,
                    category="dropped",
                    reason=f"fact {number} gives {mention.span}, which the post leaves out",
                    params={"fact": number, "figure": mention.span},
                )
            )
    for mention, label in zip(post, _labels(text, post), strict=True):
        expected = labelled.get(label) if label else None
        if expected and not any(_same(e, mention) for e in expected):
            reason = (
                f"the facts give {' '.join(label[1:])} as {expected[0].span}, not {mention.span}"
            )
            issues.append(
                Issue.of(
                    text,
                    mention.start,
                    mention.end,
                    "conflict",
                    reason,
                    params={"given": expected[0].span},
                )
            )
    return CheckResult.from_issues(issues, covered=covered, dropped=dropped)
