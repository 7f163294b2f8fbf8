"""The conduct check: election Model Code of Conduct breaches and hostility, by rules and a model.

Rules (``rules.py``) catch what word lists catch well: a bribe with its goods, a listed slur, a
caste named next to a vote. The classifier (``classifier.py``, trained on the labelled set in
``data/``) catches what Hindi says a hundred ways: a threat to cut off a benefit, a call to drive a
group out, a crowd told to go armed. Either can flag; each issue says which did, names its
category (the part of the code it touches, ``categories.py``) and gives the reason in Hindi.
"""

from __future__ import annotations

from evaluation.conduct.categories import CATEGORIES
from evaluation.conduct.classifier import get_classifier
from evaluation.conduct.rules import AGAINST, kind_of, rule_hits
from evaluation.result import CheckResult, Issue

__all__ = ["CATEGORIES", "check_conduct"]


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


# The kinds the same words may carry: a rule's reading of them is settled as the model's is.
_KINDS_OF_HOSTILITY = frozenset(("intimidation", "hate", "caste_hostility"))


def check_conduct(text: str) -> CheckResult:
    """Flag breaches of the election code and hostility; each issue names its category and
    which part found it."""
    classifier = get_classifier()
    scan = classifier.scan(text)
    issues: list[Issue] = []
    for issue, sure in rule_hits(text):
        if sure or scan.support(issue.start) >= classifier.rule_threshold:
            update: dict[str, str] = {"part": "rules"}
            if issue.category in _KINDS_OF_HOSTILITY:
                # A threat rule read near "इनके" may be a boycott of people called filth.
                kind = kind_of(issue.category, text)
                if kind != issue.category:
                    update |= {
                        "category": kind,
                        "reason": f"{issue.span!r} reads as {CATEGORIES[kind].mcc}",
                    }
            update["reason_hi"] = CATEGORIES[update.get("category", issue.category)].hi
            issues.append(issue.model_copy(update=update))
    seen: set[tuple[int, int]] = set()
    for reading in sorted(scan.flagged, key=lambda r: -r.score):
        start, end = _trim(text, reading.start, reading.end)
        # A passage the rules already explain keeps the rule's narrower span and category; a
        # sentence that argues against a breach (पैसे लेकर वोट देना अपराध है) is not one, as
        # for the rules.
        if (start, end) in seen or any(i.start < end and start < i.end for i in issues):
            continue
        if AGAINST.search(text[start:end]):
            continue
        seen.add((start, end))
        kind = kind_of(reading.category, text)
        category = CATEGORIES[kind]
        issues.append(
            Issue.of(
                text,
                start,
                end,
                kind,
                f"reads as a breach of the Model Code of Conduct, {category.mcc}, to the conduct "
                f"model (probability {reading.score:.2f})",
                reason_hi=category.hi,
                part="model",
            )
        )
    issues.sort(key=lambda i: i.start)
    return CheckResult.from_issues(
        issues,
        categories=sorted({i.category for i in issues}),
        parts=sorted({i.part for i in issues if i.part}),
        model_score=round(scan.top, 3),
    )
