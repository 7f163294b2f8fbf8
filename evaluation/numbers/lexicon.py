"""The words the number reader knows: multipliers, cardinals, fractions, months and units.

Each table is an alternation for the patterns (longest word first, so a prefix never wins) and
a lookup by the folded word (:func:`evaluation.hindi.fold`: a nukta letter reads the same in
any of its spellings).
"""

from __future__ import annotations

from collections.abc import Iterable

from evaluation.hindi import fold, nukta_optional


def _table(entries: Iterable[tuple[str, float]]) -> tuple[str, dict[str, float]]:
    """An alternation (longest word first, so a prefix never wins) and a folded-word lookup."""
    items = sorted(entries, key=lambda e: len(e[0]), reverse=True)
    pattern = "|".join(nukta_optional(w) for w, _ in items)
    lookup = {fold(w): v for w, v in items}
    return f"(?:{pattern})", lookup


MULTIPLIER_RE, MULTIPLIERS = _table(
    [
        ("सौ", 1e2),
        ("हज़ार", 1e3),
        ("लाख", 1e5),
        ("करोड़", 1e7),
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
CARDINAL_RE, CARDINALS = _table(
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
FRACTION_RE, FRACTIONS = _table([("डेढ़", 1.5), ("ढाई", 2.5), ("सवा", 1.25)])
MODIFIER_RE, MODIFIERS = _table([("साढ़े", 0.5), ("सवा", 0.25), ("पौने", -0.25)])

HINDI_MONTH_RE, HINDI_MONTHS = _table(
    [
        ("जनवरी", 1),
        ("फ़रवरी", 2),
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
ENGLISH_MONTHS = {
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
ENGLISH_MONTH_RE = "(?:" + "|".join(sorted(ENGLISH_MONTHS, key=len, reverse=True)) + ")"

# Latin letters glued to a number that keep it a quantity; any others make it a name (4G, 3D).
UNITS = frozenset(
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
