"""Find the numbers, amounts, dates, percentages and phone numbers a Hindi post asserts.

Every mention carries offsets into the text exactly as given, so a check can point at the
characters a reader sees. Digits of any script are read as ASCII first, one character for
one, which is what keeps those offsets valid.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, replace

import regex

__all__ = ["Mention", "extract_mentions"]


@dataclass(frozen=True)
class Mention:
    """One numeric claim found in a text."""

    kind: str  # "number" | "amount" | "percent" | "date" | "phone" | "year"
    value: float | None  # None for phones and dates
    digits: str | None  # phones only: digits without +91 or a trunk 0
    day: int | None
    month: int | None  # 1-12
    year: int | None
    start: int
    end: int
    span: str  # text[start:end]


# --- word tables ---------------------------------------------------------------------------

_NUKTA = "\u093c"
# Writers type a nukta consonant either precomposed (U+095B) or as base + U+093C, and often
# drop the nukta altogether; all three must read the same.
_PRECOMPOSED = {
    "क": "\u0958",
    "ख": "\u0959",
    "ग": "\u095a",
    "ज": "\u095b",
    "ड": "\u095c",
    "ढ": "\u095d",
    "फ": "\u095e",
    "य": "\u095f",
}
_FOLD = str.maketrans({**{v: k for k, v in _PRECOMPOSED.items()}, _NUKTA: None})


def _fold(word: str) -> str:
    return word.translate(_FOLD).casefold()


def _word_pattern(word: str) -> str:
    """Regex for ``word``; a ``~`` after a consonant marks a nukta that may be written any way."""
    parts: list[str] = []
    for i, ch in enumerate(word):
        if ch == "~":
            continue
        if word[i + 1 : i + 2] == "~":
            parts.append(f"(?:{ch}{_NUKTA}?|{_PRECOMPOSED[ch]})")
        else:
            parts.append(regex.escape(ch))
    return "".join(parts)


def _table(entries: Iterable[tuple[str, float]]) -> tuple[str, dict[str, float]]:
    """An alternation (longest word first, so a prefix never wins) and a folded-word lookup."""
    items = sorted(entries, key=lambda e: len(e[0]), reverse=True)
    pattern = "|".join(_word_pattern(w) for w, _ in items)
    lookup = {_fold(w.replace("~", "")): v for w, v in items}
    return f"(?:{pattern})", lookup


_MULTIPLIER_RE, _MULTIPLIERS = _table(
    [
        ("सौ", 1e2),
        ("हज~ार", 1e3),
        ("लाख", 1e5),
        ("करोड~", 1e7),
        ("अरब", 1e9),
        ("खरब", 1e11),
        ("hundred", 1e2),
        ("thousand", 1e3),
        ("lakh", 1e5),
        ("lakhs", 1e5),
        ("lac", 1e5),
        ("lacs", 1e5),
        ("million", 1e6),
        ("mn", 1e6),
        ("crore", 1e7),
        ("crores", 1e7),
        ("cr", 1e7),
        ("billion", 1e9),
        ("bn", 1e9),
        ("k", 1e3),  # only ever matched glued to digits, as in "10k"
    ]
)

# Cardinal words only count when a multiplier follows: a lone "एक" is nearly always "a".
_CARDINAL_RE, _CARDINALS = _table(
    [
        ("एक", 1),
        ("दो", 2),
        ("तीन", 3),
        ("चार", 4),
        ("पांच", 5),
        ("पाँच", 5),
        ("छह", 6),
        ("छः", 6),
        ("सात", 7),
        ("आठ", 8),
        ("नौ", 9),
        ("दस", 10),
        ("ग्यारह", 11),
        ("बारह", 12),
        ("तेरह", 13),
        ("चौदह", 14),
        ("पंद्रह", 15),
        ("पन्द्रह", 15),
        ("सोलह", 16),
        ("सत्रह", 17),
        ("अठारह", 18),
        ("उन्नीस", 19),
        ("बीस", 20),
        ("पच्चीस", 25),
        ("तीस", 30),
        ("चालीस", 40),
        ("पचास", 50),
        ("साठ", 60),
        ("सत्तर", 70),
        ("अस्सी", 80),
        ("नब्बे", 90),
        ("सौ", 100),
    ]
)

# "डेढ़ लाख" is 1.5 lakh; "सवा" alone is 1.25 but before a number it adds a quarter.
_FRACTION_RE, _FRACTIONS = _table([("डेढ~", 1.5), ("ढाई", 2.5), ("सवा", 1.25)])
_MODIFIER_RE, _MODIFIERS = _table([("साढ~े", 0.5), ("सवा", 0.25), ("पौने", -0.25)])

_HINDI_MONTH_RE, _HINDI_MONTHS = _table(
    [
        ("जनवरी", 1),
        ("फ~रवरी", 2),
        ("मार्च", 3),
        ("अप्रैल", 4),
        ("अप्रेल", 4),
        ("मई", 5),
        ("जून", 6),
        ("जुलाई", 7),
        ("अगस्त", 8),
        ("सितंबर", 9),
        ("सितम्बर", 9),
        ("अक्टूबर", 10),
        ("अक्तूबर", 10),
        ("नवंबर", 11),
        ("नवम्बर", 11),
        ("दिसंबर", 12),
        ("दिसम्बर", 12),
    ]
)
_ENGLISH_MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sept", "sep"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
_ENGLISH_MONTH_RE = "(?:" + "|".join(sorted(_ENGLISH_MONTHS, key=len, reverse=True)) + ")"

# --- regex building blocks ------------------------------------------------------------------

_WORD_START = r"(?<![\p{L}\p{M}])"
_WORD_END = r"(?![\p{L}\p{M}])"
_DASH = r"[\-\u2010\u2011\u2012\u2013\u2014]"
# Western (100,000) or Indian (1,00,000) grouping, or none; a decimal point needs a digit after
# it, so a sentence-final "." is left alone.
_NUM = (
    r"(?<![0-9])(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]{1,2}(?:,[0-9]{2})+,[0-9]{3}|[0-9]+)"
    r"(?:\.[0-9]+)?(?![0-9])"
)
_YEAR = r"(?:19[0-9]{2}|20[0-9]{2}|2100)(?![0-9])"
_MULT = rf"(?:(?!k){_MULTIPLIER_RE}{_WORD_END}|(?<=[0-9])k{_WORD_END})"
_MULTS = rf"{_MULT}(?:\s*{_MULT})*"
_CUR_PRE = rf"(?:₹|{_WORD_START}(?:rs\.?|inr|रु\.?|रू\.?))\s*"
_CUR_SUF = (
    r"(?:रुपयों|रुपये|रुपए|रुपया|रुपयो|रूपयों|रूपये|रूपए|रूपया|रु|रू|rupees|rupee|rs|inr)"
    + _WORD_END
    # In "₹500 Rs. 600" the "Rs" belongs to the amount after it.
    + r"(?!\.?\s*[0-9])"
)
_PCT = rf"(?:%|(?:प्रतिशत|{_word_pattern('फ~ीसदी')}|{_word_pattern('फ~ीसद')}|per\s?cent){_WORD_END})"
_MONTH = rf"(?:{_HINDI_MONTH_RE}|{_ENGLISH_MONTH_RE}){_WORD_END}"
_ORDINAL = rf"(?:st|nd|rd|th){_WORD_END}"

_FLAGS = regex.IGNORECASE | regex.VERBOSE

_QUANTITY = regex.compile(
    rf"""
    (?P<pre>{_CUR_PRE})?
    (?:
        {_WORD_START}(?P<frac>{_FRACTION_RE}){_WORD_END}\s*(?P<fracmult>{_MULTS})
      | {_WORD_START}(?P<mod>{_MODIFIER_RE}){_WORD_END}\s+
            (?P<modnum>{_NUM}|{_CARDINAL_RE}{_WORD_END})\s*(?P<modmult>{_MULTS})
      | {_WORD_START}(?P<card>{_CARDINAL_RE}){_WORD_END}\s*(?P<cardmult>{_MULTS})
      | (?P<num>{_NUM})(?P<ord>{_ORDINAL})?(?:\s*(?P<mult>{_MULTS}))?
    )
    (?:
        \s*(?P<suf>{_CUR_SUF})
      | \s*(?P<pct>{_PCT})
      | \s*(?:of\s+)?(?P<month>{_MONTH})(?:\s*,?\s*(?P<year>{_YEAR}))?
    )?
    (?P<slash>\s*/-)?
    """,
    _FLAGS,
)
_MULT_SPLIT = regex.compile(rf"{_MULTIPLIER_RE}|k", _FLAGS)

_NUMERIC_DATE = regex.compile(
    r"""
    (?<![0-9])(?<![0-9][.,/\-])
    (?:
        (?P<d>[0-9]{1,2})(?P<sep>[/.\-])(?P<m>[0-9]{1,2})(?P=sep)(?P<y>[0-9]{4}|[0-9]{2})
      | (?P<iy>(?:19|20)[0-9]{2})-(?P<im>[0-9]{1,2})-(?P<id>[0-9]{1,2})
    )
    (?![0-9])(?![.,/\-][0-9])
    """,
    _FLAGS,
)
# "April 15, 2025" (and "April 15-20"); day-first dates are read by _QUANTITY instead.
_MONTH_FIRST_DATE = regex.compile(
    rf"""
    (?<!(?<![0-9])[0-9]{{1,2}}(?:st|nd|rd|th)?\s*(?:of\s+)?)
    {_WORD_START}(?P<mon>{_ENGLISH_MONTH_RE})\.?\s+
    (?P<d>[0-9]{{1,2}})(?:{_ORDINAL})?(?![0-9])
    (?:\s*{_DASH}\s*(?P<d2>[0-9]{{1,2}})(?![0-9]))?
    (?:\s*,?\s*(?P<y>{_YEAR}))?
    """,
    _FLAGS,
)

_SEP = r"[\s\-\u2010\u2011\u2013]"
_PHONE = regex.compile(
    rf"""
    (?<![\p{{L}}\p{{M}}0-9+])(?<!(?:₹|rs\.?|inr|रु\.?|रू\.?)\s*)
    (?:
        (?:\+|00)\s?91{_SEP}*(?:[0-9]{_SEP}?){{9}}[0-9]
      | (?:91{_SEP}?|0)?[6-9][0-9]{{4}}{_SEP}?[0-9]{{5}}
      | (?:91{_SEP}?|0)?[6-9][0-9]{{2}}{_SEP}[0-9]{{3}}{_SEP}[0-9]{{4}}
      | 1[89]00(?:{_SEP}?[0-9]){{6,7}}
      | 0[1-9][0-9]{{1,3}}{_SEP}[0-9]{{6,8}}
    )
    (?![0-9])(?![.,][0-9])
    """,
    _FLAGS,
)

_URL = regex.compile(
    r"(?:https?://|www\.)[^\s<>\"']+"
    r"|[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+"
    r"|(?<![\w@])@\w+"
    r"|(?<![\w.\-])(?:[a-z0-9\-]+\.)+(?:in|com|org|net|gov|nic|co|io|info)(?![\w\-])(?:/[^\s<>\"']*)?"
    # "24x7"/"24/7" means "always", not two figures.
    r"|(?<![0-9])24\s*[x×/]\s*7(?![0-9])",
    regex.IGNORECASE,
)
_HASHTAG = regex.compile(r"(?<![\p{L}\p{M}0-9_&])#[\p{L}\p{M}0-9_]+")
# A token that starts with a letter and has digits is a name (G20, COVID-19, जी20, MH12).
_NAME = regex.compile(
    r"(?<![\p{L}\p{M}0-9_#@])\p{L}[\p{L}\p{M}0-9_]*"
    r"(?:(?:[\-\u2010\u2011]|(?<=[0-9])\.(?=[0-9]))[\p{L}\p{M}0-9_]+)*"
)
_CURRENCY_GLUED = regex.compile(r"(?:rs|inr|रु|रू)\.?[0-9]", regex.IGNORECASE)
_DIGIT_RUN = regex.compile(r"[0-9]+")
_LATIN_RUN = regex.compile(r"[A-Za-z]+")
_CONNECTOR = regex.compile(
    rf"\s*(?:{_DASH}|,|&|/|(?:से|तथा|और|एवं|व|या|to|and|or){_WORD_END})\s*", regex.IGNORECASE
)
_LIST_ONLY = regex.compile(r"\s*[,&/]\s*")
_HYPHEN_PARTS = regex.compile(r"[^\-\u2010\u2011]+")
_SPACES = regex.compile(r"\s+")

# Latin letters glued to a number that keep it a quantity; any others make it a name (4G, 3D).
_UNITS = frozenset(
    [
        "st",
        "nd",
        "rd",
        "th",
        "km",
        "kg",
        "kgs",
        "kms",
        "mg",
        "mm",
        "cm",
        "m",
        "ml",
        "l",
        "kl",
        "kw",
        "kwh",
        "mw",
        "mwh",
        "gw",
        "gwh",
        "ha",
        "hrs",
        "hr",
        "h",
        "min",
        "mins",
        "am",
        "pm",
        "gb",
        "mb",
        "tb",
        "kbps",
        "mbps",
        "gbps",
        "sqft",
        "ft",
    ]
)
_MASK = "\x00"  # neither digit, letter nor space, so nothing matches across a masked stretch


# --- helpers --------------------------------------------------------------------------------


def _ascii_digits(text: str) -> str:
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
    for word in _MULT_SPLIT.findall(words):
        total *= _MULTIPLIERS[_fold(word)]
    return total


def _number_word(raw: str) -> float:
    folded = _fold(raw)
    return _CARDINALS[folded] if folded in _CARDINALS else _parse_num(raw)


def _month_number(raw: str) -> int:
    folded = _fold(raw).rstrip(".")
    if folded in _HINDI_MONTHS:
        return int(_HINDI_MONTHS[folded])
    return _ENGLISH_MONTHS[folded]


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
    """A figure read by _QUANTITY, kept loose so that neighbours can still complete it."""

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
    while (m := _QUANTITY.search(work, pos)) is not None:
        end: int = m.start("slash") if m.group("slash") is not None else m.end()
        pos = m.end()
        plain = False
        if m.group("frac") is not None:
            base = _FRACTIONS[_fold(m.group("frac"))]
            mult_group = "fracmult"
        elif m.group("mod") is not None:
            base = _number_word(m.group("modnum")) + _MODIFIERS[_fold(m.group("mod"))]
            mult_group = "modmult"
        elif m.group("card") is not None:
            base = _CARDINALS[_fold(m.group("card"))]
            mult_group = "cardmult"
        else:
            raw: str = m.group("num")
            base = _parse_num(raw)
            plain = raw.isdigit()
            mult_group = "mult"
        mult_words: str | None = m.group(mult_group)
        core_end: int = max(m.end("num"), m.end("ord"), m.end(mult_group))
        if core_end == end and mult_words is None:
            glued = _LATIN_RUN.match(work, core_end)
            if glued is not None and glued.group().casefold() not in _UNITS:
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
                    _MULTIPLIERS[_fold(_MULT_SPLIT.findall(mult_words)[-1])]
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
            and _SPACES.fullmatch(work, prev.end, q.start) is not None
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
        link = _CONNECTOR.fullmatch(work, a.end, b.start)
        if link is None:
            continue
        if a.bare and a.plain and b.month is not None and 1 <= a.base < b.base:
            out[i] = replace(a, month=b.month, year=b.year)
            continue
        if _LIST_ONLY.fullmatch(link.group()) is not None:
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
    work = _ascii_digits(text)
    work = _masked(work, (m.span() for m in _URL.finditer(work)))
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


# A cardinal word standing alone ("तीन किस्तों") is a count. "एक" is nearly always the article,
# so it counts only after सिर्फ/केवल/बस/मात्र; "दो" is also the verb "give" (वोट दो, ध्यान दो),
# so it counts only when a word that is not a particle follows it.
_COUNT_WORD = regex.compile(
    rf"{_WORD_START}(?:(?P<only>सिर्फ़?|केवल|बस|मात्र)\s+(?P<one>एक)|(?P<card>{_CARDINAL_RE})){_WORD_END}"
    r"(?P<next>\s*[\p{L}\p{M}]*)"
)
_NOT_A_NOUN = frozenset(["और", "तो", "ना", "न", "ही", "भी", "जी", "कि", "या", "पर"])


def _read_count_words(text: str) -> list[Mention]:
    found = []
    for m in _COUNT_WORD.finditer(text):
        if m.group("one"):
            start, end, value = m.start("one"), m.end("one"), 1.0
        else:
            word = m.group("card")
            following = m.group("next").strip()
            if _fold(word) == _fold("एक"):
                continue
            if _fold(word) == _fold("दो") and (not following or following in _NOT_A_NOUN):
                continue
            start, end, value = m.start("card"), m.end("card"), float(_CARDINALS[_fold(word)])
        found.append(_mention(text, start, end, "count", value=value))
    return found


_Read = tuple[list[Mention], list[tuple[int, int]]]


def _read_hashtags(text: str, work: str) -> _Read:
    mentions: list[Mention] = []
    spans: list[tuple[int, int]] = []
    for tag in _HASHTAG.finditer(work):
        spans.append(tag.span())
        for run in _DIGIT_RUN.finditer(work, tag.start(), tag.end()):
            s, e = run.span()
            if len(run.group()) <= 3 and _is_latin_next_to(work, s, e):
                continue  # #G20, #5G: a name, as outside hashtags
            value = float(run.group())
            kind = "year" if len(run.group()) == 4 and _is_year(value) else "number"
            mentions.append(_mention(text, s, e, kind, value=value))
    return mentions, spans


def _is_latin_next_to(work: str, start: int, end: int) -> bool:
    return bool(_LATIN_RUN.fullmatch(work[start - 1 : start])) or bool(
        _LATIN_RUN.fullmatch(work[end : end + 1])
    )


def _read_phones(text: str, work: str) -> _Read:
    phones = [p for p in _PHONE.finditer(work) if not _is_bad_landline(p.group())]
    mentions = [
        _mention(text, p.start(), p.end(), "phone", digits=_phone_digits(p.group())) for p in phones
    ]
    return mentions, [p.span() for p in phones]


def _read_numeric_dates(text: str, work: str) -> _Read:
    mentions: list[Mention] = []
    spans: list[tuple[int, int]] = []
    for d in _NUMERIC_DATE.finditer(work):
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
    for d in _MONTH_FIRST_DATE.finditer(work):
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
    for token in _NAME.finditer(work):
        text: str = token.group()
        if not any(ch.isdigit() for ch in text) or _CURRENCY_GLUED.match(text):
            continue
        offset: int = token.start()
        for part in _HYPHEN_PARTS.finditer(text):
            # "Mission-2047": a year or a helpline hyphenated onto a word is still a claim.
            if part.start() > 0 and part.group().isdigit() and len(part.group()) >= 4:
                continue
            spans.append((offset + part.start(), offset + part.end()))
    return spans
