"""Factual grounding: every figure a post states must come from what the user gave.

A model that writes "₹60,327" where the facts say "₹6,000" has invented a number, however
fluent the sentence. This check reads each number, amount, percentage, year, date and phone
number in the post and looks for it, in any written form, among the facts.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import regex

from evaluation.hindi import EDGE_AFTER, EDGE_BEFORE, STOP_WORDS, fold_spelling
from evaluation.names import find_names, unsupported_names
from evaluation.numbers import Mention, extract_mentions, figures
from evaluation.result import CheckResult, Issue

__all__ = ["check_grounding"]

_MONTH_NAMES = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


@dataclass(frozen=True)
class _Facts:
    """Everything numeric the user stated, pooled across sources."""

    values: tuple[float, ...]  # every figure, day and year, whatever form it was written in
    dates: tuple[tuple[int, int, int | None], ...]
    phones: frozenset[str]
    # Each figure with its kind: "50%" is not "₹50" (a model headline wrote "₹50 तक ऋण" for
    # "जमा राशि के 50% तक ऋण"; round9's readers scored it fidelity 0).
    kinds: tuple[tuple[float, str], ...] = ()

    @classmethod
    def read(cls, sources: Sequence[str]) -> _Facts:
        values: list[float] = []
        dates: list[tuple[int, int, int | None]] = []
        phones: set[str] = set()
        kinds: list[tuple[float, str]] = []
        for source in sources:
            for m in extract_mentions(source):
                # The same figures decoding lets a model write (models.constraints).
                values.extend(figures(m))
                if m.value is not None:
                    kinds.append((m.value, m.kind))
                if m.day is not None and m.month is not None:
                    dates.append((m.day, m.month, m.year))
                if m.digits is not None:
                    phones.add(m.digits)
        return cls(tuple(values), tuple(dates), frozenset(phones), tuple(kinds))

    def has_value(self, value: float) -> bool:
        # Relative tolerance: "1.1 लाख करोड़" and "1,10,000 करोड़" differ in the last bit.
        return any(math.isclose(value, v, rel_tol=1e-9, abs_tol=1e-6) for v in self.values)

    def other_unit(self, value: float, kind: str) -> str | None:
        """The unit the facts give ``value`` in, when it is only ever the other of an amount
        and a percentage ("50%" for a post's "₹50"); None when a fact has it as ``kind`` or as
        a plain figure."""
        units = {"amount", "percent"}
        if kind not in units:
            return None
        found = {k for v, k in self.kinds if math.isclose(value, v, rel_tol=1e-9, abs_tol=1e-6)}
        return next(iter(found), None) if found and found <= units - {kind} else None

    def has_phone(self, digits: str) -> bool:
        return digits in self.phones or any(
            v.is_integer() and f"{v:.0f}" == digits for v in self.values
        )


def check_grounding(text: str, sources: Sequence[str]) -> CheckResult:
    """Flag each figure in ``text`` that none of ``sources`` (facts, audience, call to action) has.

    ``details`` gives how many mentions were ``supported`` and ``unsupported``.
    """
    if isinstance(sources, str):  # a lone fact passed bare would otherwise be read letter by letter
        sources = [sources]
    facts = _Facts.read(sources)
    issues: list[Issue] = []
    supported = 0
    for mention in extract_mentions(text):
        if mention.value is not None and (unit := facts.other_unit(mention.value, mention.kind)):
            issues.append(_unit_issue(mention, unit))
            continue
        found = _unsupported_reason(mention, facts)
        if found is None:
            supported += 1
            continue
        reason, params = found
        issues.append(
            Issue(
                span=mention.span,
                start=mention.start,
                end=mention.end,
                category=mention.kind,
                reason=reason,
                params=params,
            )
        )
    for name in unsupported_names(text, sources):
        what = {"scheme": "scheme", "place": "place", "person": "person"}[name.kind]
        issues.append(
            Issue(
                span=name.span,
                start=name.start,
                end=name.end,
                category="name",
                reason=f"{name.span} names a {what} that no fact mentions",
            )
        )
    issues += _dropped_negations(text, sources)
    issues += _dates_of_another_scheme(text, sources)
    issues.sort(key=lambda i: i.start)
    return CheckResult.from_issues(issues, supported=supported, unsupported=len(issues))


# A verb the facts negate, with up to four words before the negation: "नशे में गाड़ी न चलाएँ".
_NEGATED = regex.compile(
    r"((?:[\p{L}\p{M}]+\s){0,3}[\p{L}\p{M}]+)\s(न|मत|नहीं)\s([\p{L}\p{M}]+)" + EDGE_AFTER
)


def _context(words: list[str]) -> list[str]:
    """The words before a negation back to the second that is not a stop word: "नशे में
    गाड़ी", "अफवाहों पर ध्यान" (so a stock "कृपया ध्यान दें" is not "ध्यान न दें" undone)."""
    kept: list[str] = []
    content = 0
    for word in reversed(words):
        kept.insert(0, word)
        content += word not in STOP_WORDS
        if content == 2:
            break
    return kept


def _dropped_negations(text: str, sources: Sequence[str]) -> list[Issue]:
    """Where ``text`` says what the sources negate without the negation: round39's model
    headline "31 दिसंबर 2027 की रात: नशे में गाड़ी चलाएँ" for "... नशे में गाड़ी न चलाएँ"."""
    said = " ".join(sources)
    issues = []
    for m in _NEGATED.finditer(said):
        before, negation, verb = m.groups()
        words = [*_context(before.split()), verb]
        plain = regex.compile(EDGE_BEFORE + r"\s".join(map(regex.escape, words)) + EDGE_AFTER)
        if plain.search(said):
            continue  # the facts say it both ways
        for found in plain.finditer(text):
            sentence = regex.split(r"[।!?\n]", text[: found.start()])[-1]
            if regex.search(rf"{EDGE_BEFORE}कि{EDGE_AFTER}", sentence):
                # What a message reports, not what the post asks: "संदेश मिल रहे हैं कि ...
                # दिए गए नंबर पर कॉल करें। यह ठगी का तरीका है।"
                continue
            issues.append(
                Issue(
                    span=found.group(),
                    start=found.start(),
                    end=found.end(),
                    category="negation",
                    reason=f"the facts say “{m.group()}”; this leaves out “{negation}”",
                    reason_hi=f"तथ्यों में “{m.group()}” है; यहाँ “{negation}” छूट गया है",
                )
            )
    return issues


def _unsupported_reason(mention: Mention, facts: _Facts) -> tuple[str, dict[str, str | int]] | None:
    """Why ``mention`` is not backed by ``facts``, and what the page needs to say so (a date's
    ``differs``: "year" or "month"), or None when it is backed."""
    if mention.day is not None and mention.month is not None:
        return _date_reason(mention, mention.day, mention.month, facts)
    if mention.digits is not None:
        if facts.has_phone(mention.digits):
            return None
        return f"{mention.span} ({mention.digits}) appears in no fact", {}
    if mention.value is None or facts.has_value(mention.value):
        return None
    return f"{mention.span} ({_format_value(mention.value)}) appears in no fact", {}


def _unit_issue(mention: Mention, unit: str) -> Issue:
    """A figure the facts give as a percentage written as an amount, or the other way round."""
    value = _format_value(mention.value or 0.0)
    given = f"{value}%" if unit == "percent" else f"₹{value}"
    what = "a percentage" if unit == "percent" else "an amount"
    return Issue(
        span=mention.span,
        start=mention.start,
        end=mention.end,
        category="unit",
        reason=f"{mention.span}: the facts give {value} as {what} ({given})",
        reason_hi=f"«{mention.span}» ग़लत है: तथ्यों में यह आँकड़ा «{given}» है।",
    )


def _date_reason(
    mention: Mention, day: int, month: int, facts: _Facts
) -> tuple[str, dict[str, str | int]] | None:
    year = mention.year
    same_day_month = [d for d in facts.dates if d[0] == day and d[1] == month]
    if any(year is None or y is None or y == year for _, _, y in same_day_month):
        return None
    written = _format_date(day, month, year)
    if same_day_month:
        years = ", ".join(sorted({str(y) for _, _, y in same_day_month}))
        same = _format_date(day, month, None)
        return f"{written}: the facts give {same} with another year ({years})", {"differs": "year"}
    other_months = sorted({m for d, m, _ in facts.dates if d == day})
    if other_months:
        names = ", ".join(_MONTH_NAMES[m - 1] for m in other_months)
        return (
            f"{written}: the facts give {day} with another month ({names})",
            {"differs": "month"},
        )
    return f"{mention.span} ({written}) appears in no fact", {}


def _format_date(day: int, month: int, year: int | None) -> str:
    written = f"{day} {_MONTH_NAMES[month - 1]}"
    return written if year is None else f"{written} {year}"


def _format_value(value: float) -> str:
    if value.is_integer():
        return f"{value:.0f}"
    return f"{value:.6f}".rstrip("0").rstrip(".")


def _dates_of_another_scheme(text: str, sources: Sequence[str]) -> list[Issue]:
    """A sentence that sets on one scheme a date the facts give only for another: round39's model
    headline "2 अक्टूबर 2011 से लागू मुख्यमंत्री निःशुल्क जाँच योजना", where 2 October 2011 is
    the medicine scheme's start and the test scheme's is 7 April 2013."""
    issues = []
    read: list[tuple[str, list[Mention], set[str]]] | None = None
    # Sentence by sentence: a paragraph may hold two facts, each with its own scheme.
    for sentence in regex.finditer(r"[^।!?\n]+", text):
        here, line = sentence.start(), sentence.group()
        schemes = {n.span for n in find_names(line) if n.kind == "scheme"}
        dates = [m for m in extract_mentions(line) if m.day is not None and m.month is not None]
        if not schemes or not dates:
            continue
        if read is None:  # each source's dates and schemes, read once and only when needed
            read = [
                (
                    fold_spelling(source),
                    extract_mentions(source),
                    {n.span for n in find_names(source) if n.kind == "scheme"},
                )
                for source in sources
            ]
        for date in dates:
            giving = [
                (folded, named)
                for folded, mentions, named in read
                if any(
                    (m.day, m.month) == (date.day, date.month) and date.year in (None, m.year)
                    for m in mentions
                )
            ]
            if not giving or any(named & schemes or not named for _, named in giving):
                continue  # no fact gives it, or one that does names this sentence's scheme or none
            for scheme in schemes:
                if all(fold_spelling(scheme) not in folded for folded, _ in giving):
                    owner = sorted(giving[0][1])[0]
                    issues.append(
                        Issue(
                            span=date.span,
                            start=here + date.start,
                            end=here + date.end,
                            category="date",
                            reason=f"the facts give {date.span} for {owner}, not {scheme}",
                            reason_hi=f"तथ्यों में {date.span} {owner} की तारीख़ है, {scheme} की नहीं",
                        )
                    )
    return issues
