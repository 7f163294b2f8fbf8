"""The number reader: every numeric claim of a text, each with offsets into the text as given.

Digits of any script are read as ASCII first, one character for one, which is what keeps those
offsets valid. Passes run in order, each masking what it read, so that a looser later pass cannot
split a phone number into figures or read a date as a decimal.
"""

from __future__ import annotations

import math
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, replace

import regex

from evaluation.hindi import TO_ASCII_DIGITS, fold
from evaluation.numbers.lexicon import (
    CARDINALS,
    ENGLISH_MONTHS,
    FRACTIONS,
    HINDI_MONTHS,
    MODIFIERS,
    MULTIPLIERS,
    UNITS,
)
from evaluation.numbers.patterns import (
    CONNECTOR,
    COUNT_WORD,
    CURRENCY_GLUED,
    DIGIT_RUN,
    HASHTAG,
    HYPHEN_PARTS,
    LATIN_RUN,
    LIST_ONLY,
    MONTH_FIRST_DATE,
    MULT_SPLIT,
    NAME,
    NUMERIC_DATE,
    PHONE,
    QUANTITY,
    SPACES,
    URL,
)


@dataclass(frozen=True)
class Mention:
    """One numeric claim found in a text."""

    kind: str  # "number" | "amount" | "percent" | "date" | "phone" | "year" | "count"
    value: float | None  # None for phones and dates
    digits: str | None  # phones only: digits without +91 or a trunk 0
    day: int | None
    month: int | None  # 1-12
    year: int | None
    start: int
    end: int
    span: str  # text[start:end]


_MASK = "\x00"  # neither digit, letter nor space, so nothing matches across a masked stretch


# --- helpers --------------------------------------------------------------------------------


def ascii_digits(text: str) -> str:
    """``text`` with every script's digits as ASCII, one character for one."""
    if text.isascii():
        return text
    return "".join(
        str(unicodedata.decimal(ch)) if ch.isdecimal() and not ch.isascii() else ch for ch in text
    )


def _masked(work: str, spans: Iterable[tuple[int, int]]) -> str:
    chars = list(work)
    for start, end in spans:
        chars[start:end] = _MASK * (end - start)
    return "".join(chars)


def _parse_num(raw: str) -> float:
    return float(raw.replace(",", ""))


def _multiplier(words: str) -> float:
    total = 1.0
    for word in MULT_SPLIT.findall(words):
        total *= MULTIPLIERS[fold(word)]
    return total


def _number_word(raw: str) -> float:
    folded = fold(raw)
    return CARDINALS[folded] if folded in CARDINALS else _parse_num(raw)


def _month_number(raw: str) -> int:
    folded = fold(raw).rstrip(".")
    if folded in HINDI_MONTHS:
        return int(HINDI_MONTHS[folded])
    return ENGLISH_MONTHS[folded]


def _full_year(raw: str) -> int:
    year = int(raw)
    return year + 2000 if len(raw) == 2 else year


def _phone_digits(raw: str) -> str:
    digits = "".join(ch for ch in raw if ch.isdigit())
    if digits.startswith("0091"):
        digits = digits[4:]
    elif len(digits) == 12 and digits.startswith("91"):
        digits = digits[2:]
    return digits.lstrip("0")


def _is_year(value: float) -> bool:
    return value.is_integer() and 1900 <= value <= 2100


def _mention(
    text: str,
    start: int,
    end: int,
    kind: str,
    *,
    value: float | None = None,
    digits: str | None = None,
    day: int | None = None,
    month: int | None = None,
    year: int | None = None,
) -> Mention:
    return Mention(kind, value, digits, day, month, year, start, end, text[start:end])


# --- quantities ---------------------------------------------------------------------------


@dataclass(frozen=True)
class _Quantity:
    """A figure read by QUANTITY, kept loose so that neighbours can still complete it."""

    start: int
    end: int
    base: float  # the figure before its multiplier
    mult: float = 1.0
    has_mult: bool = False
    smallest_mult: float = 0.0  # the last multiplier, which a following smaller one may add to
    compound: bool = False
    plain: bool = False  # digits only: no grouping, decimal point or words
    prefixed: bool = False  # "₹" or "Rs" before it, which starts a new figure
    currency: bool = False
    closed: bool = False  # a currency word, percent sign or month ends the quantity
    percent: bool = False
    month: int | None = None
    year: int | None = None

    @property
    def value(self) -> float:
        return self.base * self.mult

    @property
    def bare(self) -> bool:
        return not (self.has_mult or self.currency or self.percent or self.month is not None)


def _read_quantities(work: str) -> list[_Quantity]:
    found: list[_Quantity] = []
    pos = 0
    while (m := QUANTITY.search(work, pos)) is not None:
        end: int = m.start("slash") if m.group("slash") is not None else m.end()
        pos = m.end()
        plain = False
        if m.group("frac") is not None:
            base = FRACTIONS[fold(m.group("frac"))]
            mult_group = "fracmult"
        elif m.group("mod") is not None:
            base = _number_word(m.group("modnum")) + MODIFIERS[fold(m.group("mod"))]
            mult_group = "modmult"
        elif m.group("card") is not None:
            base = CARDINALS[fold(m.group("card"))]
            mult_group = "cardmult"
        else:
            raw: str = m.group("num")
            base = _parse_num(raw)
            plain = raw.isdigit()
            mult_group = "mult"
        mult_words: str | None = m.group(mult_group)
        core_end: int = max(m.end("num"), m.end("ord"), m.end(mult_group))
        if core_end == end and mult_words is None:
            glued = LATIN_RUN.match(work, core_end)
            if glued is not None and glued.group().casefold() not in UNITS:
                # Digits with a Latin tail (4G, 5G, 3D) name a thing rather than count it.
                pos = glued.end()
                continue
        month: str | None = m.group("month")
        is_day = plain and 1 <= base <= 31 and mult_words is None and m.group("pre") is None
        if month is not None and not is_day:
            # Not a day after all ("50 मई"): keep the figure and read what follows afresh.
            end = pos = core_end
            month = None
        suffix = m.group("suf") is not None and end == m.end()
        percent = m.group("pct") is not None and end == m.end()
        found.append(
            _Quantity(
                start=m.start(),
                end=end,
                base=base,
                mult=_multiplier(mult_words) if mult_words is not None else 1.0,
                has_mult=mult_words is not None,
                smallest_mult=(
                    MULTIPLIERS[fold(MULT_SPLIT.findall(mult_words)[-1])]
                    if mult_words is not None
                    else 0.0
                ),
                plain=plain,
                prefixed=m.group("pre") is not None,
                currency=m.group("pre") is not None or suffix,
                closed=suffix or percent or month is not None,
                percent=percent,
                month=_month_number(month) if month is not None else None,
                year=int(m.group("year")) if month is not None and m.group("year") else None,
            )
        )
    return _inherit(work, _compound(work, found))


def _compound(work: str, quantities: list[_Quantity]) -> list[_Quantity]:
    """Join "2 करोड़ 50 लाख" into one figure: a smaller multiplier right after adds to it."""
    out: list[_Quantity] = []
    for q in quantities:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.has_mult
            and q.has_mult
            and not prev.closed
            and q.mult < prev.smallest_mult
            and not q.prefixed
            and SPACES.fullmatch(work, prev.end, q.start) is not None
        ):
            out[-1] = replace(
                q,
                start=prev.start,
                base=prev.value + q.value,
                mult=1.0,
                compound=True,
                currency=prev.currency or q.currency,
            )
        else:
            out.append(q)
    return out


def _inherit(work: str, quantities: list[_Quantity]) -> list[_Quantity]:
    """Let the first end of a range or list borrow its unit: "15-20 अप्रैल", "10 से 15 लाख".

    Ranges run upwards, so a figure only borrows from a larger one; that keeps
    "2025 से 50 प्रतिशत" a year followed by a percentage. A bare comma only lists days
    ("15, 16 अप्रैल"): between amounts it more often separates two unrelated figures.
    """
    out = list(quantities)
    for i in range(len(out) - 2, -1, -1):
        a, b = out[i], out[i + 1]
        link = CONNECTOR.fullmatch(work, a.end, b.start)
        if link is None:
            continue
        if a.bare and a.plain and b.month is not None and 1 <= a.base < b.base:
            out[i] = replace(a, month=b.month, year=b.year)
            continue
        if LIST_ONLY.fullmatch(link.group()) is not None:
            continue
        if not (a.has_mult or a.closed) and b.has_mult and not b.compound and a.base < b.base:
            a = replace(a, mult=b.mult, has_mult=True, smallest_mult=b.smallest_mult)
        if (
            not (a.currency or a.percent or a.month is not None)
            and ((b.currency and not b.prefixed) or b.percent)
            and a.value < b.value
        ):
            a = replace(a, currency=b.currency, percent=b.percent)
        out[i] = a
    return out


def _quantity_mention(text: str, q: _Quantity) -> Mention:
    if q.month is not None:
        return _mention(text, q.start, q.end, "date", day=int(q.base), month=q.month, year=q.year)
    if q.currency:
        kind = "amount"
    elif q.percent:
        kind = "percent"
    elif q.plain and not q.has_mult and _is_year(q.base) and len(text[q.start : q.end]) == 4:
        kind = "year"
    else:
        kind = "number"
    return _mention(text, q.start, q.end, kind, value=q.value)


# --- the passes ---------------------------------------------------------------------------


def extract_mentions(text: str) -> list[Mention]:
    """Every numeric claim in ``text``, in reading order, with offsets into ``text``."""
    work = ascii_digits(text)
    work = _masked(work, (m.span() for m in URL.finditer(work)))
    mentions: list[Mention] = []
    # Each pass masks what it read, so that a looser later pass cannot split a phone number
    # into figures or read a date as a decimal.
    for read in (_read_hashtags, _read_phones, _read_numeric_dates, _read_month_first_dates):
        found, spans = read(text, work)
        mentions.extend(found)
        work = _masked(work, spans)
    work = _masked(work, _name_digit_spans(work))
    mentions.extend(_quantity_mention(text, q) for q in _read_quantities(work))
    taken = [(m.start, m.end) for m in mentions]
    mentions.extend(
        m for m in _read_count_words(text) if not any(s < m.end and m.start < e for s, e in taken)
    )
    mentions.sort(key=lambda m: (m.start, m.end))
    return mentions


def figures(mention: Mention) -> tuple[float, ...]:
    """The figures a mention states, as the grounding check pools a fact's: its value, a date's
    day and year, a phone's digits (a helpline may be repeated as a plain figure). Decoding lets
    a model write each of them (``models.constraints.allowed_numbers``)."""
    out: list[float] = []
    if mention.value is not None:
        out.append(mention.value)
    if mention.day is not None and mention.month is not None:
        out.append(float(mention.day))
    if mention.year is not None:
        out.append(float(mention.year))
    if mention.digits is not None:
        out.append(float(mention.digits))
    return tuple(out)


def as_digits(value: float) -> str:
    """A figure in digits as a model may write it: 150000.0 is "150000", 2.5 is "2.5" (the last
    bit a multiplier leaves, as in 1.1 lakh crore, dropped)."""
    whole = round(value)
    if math.isclose(value, whole, rel_tol=1e-12, abs_tol=1e-6):
        return str(whole)
    return f"{value:.6f}".rstrip("0").rstrip(".")


# A run of digits as written (grouping commas and decimal or date dots inside it), in ASCII or
# Devanagari digits: what a decoder must let a model copy from a fact, figure or not ("MH12",
# "15.08.2026", the "0612" of a landline).
_RUN = regex.compile(r"[0-9०-९]+(?:[.,][0-9०-९]+)*")


def digit_runs(text: str) -> list[str]:
    """Every run of digits in ``text`` as written, in ASCII digits and without grouping commas:
    "₹6,000" gives "6000", "15.08.2026" gives itself."""
    return [m.group().translate(TO_ASCII_DIGITS).replace(",", "") for m in _RUN.finditer(text)]


_NOT_A_NOUN = frozenset(["और", "तो", "ना", "न", "ही", "भी", "जी", "कि", "या", "पर"])


def _read_count_words(text: str) -> list[Mention]:
    found = []
    for m in COUNT_WORD.finditer(text):
        if m.group("one"):
            start, end, value = m.start("one"), m.end("one"), 1.0
        else:
            word = m.group("card")
            following = m.group("next").strip()
            if fold(word) == fold("एक"):
                continue
            if fold(word) == fold("दो") and (not following or following in _NOT_A_NOUN):
                continue
            start, end, value = m.start("card"), m.end("card"), float(CARDINALS[fold(word)])
        found.append(_mention(text, start, end, "count", value=value))
    return found


_Read = tuple[list[Mention], list[tuple[int, int]]]


def _read_hashtags(text: str, work: str) -> _Read:
    mentions: list[Mention] = []
    spans: list[tuple[int, int]] = []
    for tag in HASHTAG.finditer(work):
        spans.append(tag.span())
        for run in DIGIT_RUN.finditer(work, tag.start(), tag.end()):
            s, e = run.span()
            if len(run.group()) <= 3 and _is_latin_next_to(work, s, e):
                continue  # #G20, #5G: a name, as outside hashtags
            value = float(run.group())
            kind = "year" if len(run.group()) == 4 and _is_year(value) else "number"
            mentions.append(_mention(text, s, e, kind, value=value))
    return mentions, spans


def _is_latin_next_to(work: str, start: int, end: int) -> bool:
    return bool(LATIN_RUN.fullmatch(work[start - 1 : start])) or bool(
        LATIN_RUN.fullmatch(work[end : end + 1])
    )


def _read_phones(text: str, work: str) -> _Read:
    phones = [p for p in PHONE.finditer(work) if not _is_bad_landline(p.group())]
    mentions = [
        _mention(text, p.start(), p.end(), "phone", digits=_phone_digits(p.group())) for p in phones
    ]
    return mentions, [p.span() for p in phones]


def _read_numeric_dates(text: str, work: str) -> _Read:
    mentions: list[Mention] = []
    spans: list[tuple[int, int]] = []
    for d in NUMERIC_DATE.finditer(work):
        if d.group("d") is not None:
            day, month, year = int(d.group("d")), int(d.group("m")), _full_year(d.group("y"))
        else:
            day, month, year = int(d.group("id")), int(d.group("im")), int(d.group("iy"))
        if 1 <= day <= 31 and 1 <= month <= 12:
            mentions.append(
                _mention(text, d.start(), d.end(), "date", day=day, month=month, year=year)
            )
            spans.append(d.span())
    return mentions, spans


def _read_month_first_dates(text: str, work: str) -> _Read:
    mentions: list[Mention] = []
    spans: list[tuple[int, int]] = []
    for d in MONTH_FIRST_DATE.finditer(work):
        month = _month_number(d.group("mon"))
        year = int(d.group("y")) if d.group("y") else None
        if d.group("d2") is None:
            days = [(int(d.group("d")), d.start(), d.end())]
        else:
            days = [
                (int(d.group("d")), d.start(), d.end("d")),
                (int(d.group("d2")), d.start("d2"), d.end()),
            ]
        if all(1 <= day <= 31 for day, _, _ in days):
            mentions.extend(
                _mention(text, s, e, "date", day=day, month=month, year=year) for day, s, e in days
            )
            spans.append(d.span())
    return mentions, spans


def _is_bad_landline(raw: str) -> bool:
    """An STD code plus number has 11 digits; anything else is two figures, not a phone."""
    digits = "".join(ch for ch in raw if ch.isdigit())
    return raw.startswith("0") and len(digits) != 11 and not raw.startswith("00")


def _name_digit_spans(work: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for token in NAME.finditer(work):
        text: str = token.group()
        if not any(ch.isdigit() for ch in text) or CURRENCY_GLUED.match(text):
            continue
        offset: int = token.start()
        for part in HYPHEN_PARTS.finditer(text):
            # "Mission-2047": a year or a helpline hyphenated onto a word is still a claim.
            if part.start() > 0 and part.group().isdigit() and len(part.group()) >= 4:
                continue
            spans.append((offset + part.start(), offset + part.end()))
    return spans
