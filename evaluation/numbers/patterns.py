"""The patterns the number reader matches: figures with their multipliers, currency and
percent words, dates, phone numbers, and what is no figure (links, hashtags, names with digits).

They match the reader's working copy of a text, whose digits are ASCII
(:func:`evaluation.numbers.reader.ascii_digits`), so ``[0-9]`` stands for a digit of any script.
"""

from __future__ import annotations

import regex

from evaluation.hindi import EDGE_AFTER, EDGE_BEFORE, nukta_optional
from evaluation.numbers.lexicon import (
    CARDINAL_RE,
    ENGLISH_MONTH_RE,
    FRACTION_RE,
    HINDI_MONTH_RE,
    MODIFIER_RE,
    MULTIPLIER_RE,
)

_DASH = r"[\-\u2010\u2011\u2012\u2013\u2014]"
# Western (100,000) or Indian (1,00,000) grouping, or none; a decimal point needs a digit after
# it, so a sentence-final "." is left alone.
_NUM = (
    r"(?<![0-9])(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]{1,2}(?:,[0-9]{2})+,[0-9]{3}|[0-9]+)"
    r"(?:\.[0-9]+)?(?![0-9])"
)
_YEAR = r"(?:19[0-9]{2}|20[0-9]{2}|2100)(?![0-9])"
_MULT = rf"(?:(?!k){MULTIPLIER_RE}{EDGE_AFTER}|(?<=[0-9])k{EDGE_AFTER})"
_MULTS = rf"{_MULT}(?:\s*{_MULT})*"
_CUR_PRE = rf"(?:₹|{EDGE_BEFORE}(?:rs\.?|inr|रु\.?|रू\.?))\s*"
_CUR_SUF = (
    r"(?:रुपयों|रुपये|रुपए|रुपया|रुपयो|रूपयों|रूपये|रूपए|रूपया|रु|रू|rupees|rupee|rs|inr)"
    + EDGE_AFTER
    # In "₹500 Rs. 600" the "Rs" belongs to the amount after it.
    + r"(?!\.?\s*[0-9])"
)
_PCT = (
    rf"(?:%|(?:प्रतिशत|{nukta_optional('फ़ीसदी')}|{nukta_optional('फ़ीसद')}|per\s?cent){EDGE_AFTER})"
)
_MONTH = rf"(?:{HINDI_MONTH_RE}|{ENGLISH_MONTH_RE}){EDGE_AFTER}"
_ORDINAL = rf"(?:st|nd|rd|th){EDGE_AFTER}"

_FLAGS = regex.IGNORECASE | regex.VERBOSE

QUANTITY = regex.compile(
    rf"""
    (?P<pre>{_CUR_PRE})?
    (?:
        {EDGE_BEFORE}(?P<frac>{FRACTION_RE}){EDGE_AFTER}\s*(?P<fracmult>{_MULTS})
      | {EDGE_BEFORE}(?P<mod>{MODIFIER_RE}){EDGE_AFTER}\s+
            (?P<modnum>{_NUM}|{CARDINAL_RE}{EDGE_AFTER})\s*(?P<modmult>{_MULTS})
      | {EDGE_BEFORE}(?P<card>{CARDINAL_RE}){EDGE_AFTER}\s*(?P<cardmult>{_MULTS})
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
MULT_SPLIT = regex.compile(rf"{MULTIPLIER_RE}|k", _FLAGS)

NUMERIC_DATE = regex.compile(
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
# "April 15, 2025" (and "April 15-20"); day-first dates are read by QUANTITY instead.
MONTH_FIRST_DATE = regex.compile(
    rf"""
    (?<!(?<![0-9])[0-9]{{1,2}}(?:st|nd|rd|th)?\s*(?:of\s+)?)
    {EDGE_BEFORE}(?P<mon>{ENGLISH_MONTH_RE})\.?\s+
    (?P<d>[0-9]{{1,2}})(?:{_ORDINAL})?(?![0-9])
    (?:\s*{_DASH}\s*(?P<d2>[0-9]{{1,2}})(?![0-9]))?
    (?:\s*,?\s*(?P<y>{_YEAR}))?
    """,
    _FLAGS,
)

_SEP = r"[\s\-\u2010\u2011\u2013]"
PHONE = regex.compile(
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

URL = regex.compile(
    r"(?:https?://|www\.)[^\s<>\"']+"
    r"|[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+"
    r"|(?<![\w@])@\w+"
    r"|(?<![\w.\-])(?:[a-z0-9\-]+\.)+(?:in|com|org|net|gov|nic|co|io|info)(?![\w\-])(?:/[^\s<>\"']*)?"
    # "24x7"/"24/7" means "always", not two figures.
    r"|(?<![0-9])24\s*[x×/]\s*7(?![0-9])",
    regex.IGNORECASE,
)
HASHTAG = regex.compile(r"(?<![\p{L}\p{M}0-9_&])#[\p{L}\p{M}0-9_]+")
# A token that starts with a letter and has digits is a name (G20, COVID-19, जी20, MH12).
NAME = regex.compile(
    r"(?<![\p{L}\p{M}0-9_#@])\p{L}[\p{L}\p{M}0-9_]*"
    r"(?:(?:[\-\u2010\u2011]|(?<=[0-9])\.(?=[0-9]))[\p{L}\p{M}0-9_]+)*"
)
CURRENCY_GLUED = regex.compile(r"(?:rs|inr|रु|रू)\.?[0-9]", regex.IGNORECASE)
DIGIT_RUN = regex.compile(r"[0-9]+")
LATIN_RUN = regex.compile(r"[A-Za-z]+")
CONNECTOR = regex.compile(
    rf"\s*(?:{_DASH}|,|&|/|(?:से|तथा|और|एवं|व|या|to|and|or){EDGE_AFTER})\s*", regex.IGNORECASE
)
LIST_ONLY = regex.compile(r"\s*[,&/]\s*")
HYPHEN_PARTS = regex.compile(r"[^\-\u2010\u2011]+")
SPACES = regex.compile(r"\s+")

# A cardinal word standing alone ("तीन किस्तों") is a count. "एक" is nearly always the article,
# so it counts only after सिर्फ/केवल/बस/मात्र; "दो" is also the verb "give" (वोट दो, ध्यान दो),
# so it counts only when a word that is not a particle follows it.
COUNT_WORD = regex.compile(
    rf"{EDGE_BEFORE}(?:(?P<only>सिर्फ़?|केवल|बस|मात्र)\s+(?P<one>एक)|(?P<card>{CARDINAL_RE})){EDGE_AFTER}"
    r"(?P<next>\s*[\p{L}\p{M}]*)"
)
