"""The Hindi text toolkit: what a word is, where one ends, how nukta spellings compare, the
function words and grapheme clusters.

The checks (``evaluation/``), the decoding rules (``models/constraints.py``, ``lines.py``,
``slots.py``) and the composer read Hindi through these, so a word, a word's edge or a spelling
means one thing to all of them. Numbers have their own reader, :mod:`evaluation.numbers`.
"""

from __future__ import annotations

import regex

__all__ = [
    "ALNUM",
    "ALNUM_EDGE_AFTER",
    "ALNUM_EDGE_BEFORE",
    "ALNUM_WORD",
    "COMMON_WORDS",
    "EDGE_AFTER",
    "EDGE_BEFORE",
    "FILLER_WORDS",
    "HASHTAG",
    "JOINED_LETTER",
    "JOINED_WORD",
    "LETTER",
    "NAME_STOP_WORDS",
    "NUKTA",
    "SHORT_WORDS",
    "STOP_WORDS",
    "TAG_CHAR",
    "TO_ASCII_DIGITS",
    "WORD",
    "any_word",
    "fold",
    "fold_spelling",
    "graphemes",
    "joined_words",
    "nukta_optional",
    "words",
]

# --- words -----------------------------------------------------------------------------------

# A letter or a mark: a Devanagari word's vowel signs, virama, anusvara and nukta are marks.
LETTER = r"[\p{L}\p{M}]"
# With the zero-width joiners, which some keyboards put inside a conjunct ("क्‍ष"): a word
# compared with a list (the lexicon, a headline's allowed words) must stay whole.
JOINED_LETTER = r"[\p{L}\p{M}\u200c\u200d]"
# With digits: "जी20", "G20" and "MH12" are one token to the decoding rules and the classifier.
ALNUM = r"[\p{L}\p{M}\p{N}]"
# What a hashtag is made of.
TAG_CHAR = r"[\p{L}\p{M}\p{N}_]"

WORD = regex.compile(LETTER + "+")
JOINED_WORD = regex.compile(JOINED_LETTER + "+")
ALNUM_WORD = regex.compile(ALNUM + "+")
# A hashtag (group 1: its text without "#"), not the "#" inside a word or a URL's fragment.
HASHTAG = regex.compile(rf"(?<!{TAG_CHAR})#({TAG_CHAR}+)")


def words(text: str) -> list[str]:
    """The words of ``text``: runs of letters and marks (digits and joiners split them)."""
    return WORD.findall(text)


def joined_words(text: str) -> list[str]:
    """The words of ``text``, a zero-width joiner kept inside its word."""
    return JOINED_WORD.findall(text)


def graphemes(text: str) -> list[str]:
    """The user-perceived characters of ``text``: a conjunct ("क्ष") or a letter with its vowel
    signs ("कि") is one, as an emoji with its modifiers is; a cut between two never splits a
    letter from its marks."""
    return regex.findall(r"\X", text)


# --- word edges ------------------------------------------------------------------------------

# Before and after a match that must be a whole word: no letter or mark touches it. Devanagari
# has no \b that works (a vowel sign is not a \w to every engine), so these stand in for it.
EDGE_BEFORE = r"(?<![\p{L}\p{M}])"
EDGE_AFTER = r"(?![\p{L}\p{M}])"
# The same, a digit included: a listed word glued to a figure is part of a token ("तू2"), which
# the register, conduct and name lists do not mean. The number reader wants the looser edges:
# "10लाख" is ten lakh.
ALNUM_EDGE_BEFORE = r"(?<![\p{L}\p{M}\p{N}])"
ALNUM_EDGE_AFTER = r"(?![\p{L}\p{M}\p{N}])"

# --- nukta -----------------------------------------------------------------------------------

NUKTA = "\u093c"
# Writers type a nukta consonant precomposed (U+095B ज़), as base + U+093C, or drop the nukta
# altogether ("ज़रूर", "जरूर"): the three read the same.
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
_BASE = {composed: base for base, composed in _PRECOMPOSED.items()}
_FOLD = str.maketrans({**_BASE, NUKTA: None})
# What else a name may be spelt with or without: a virama (धर्म/धरम), a hyphen, a space, a dot.
_SPELLING = regex.compile(r"[\u094d\-\s.]")


def fold(text: str) -> str:
    """``text`` for comparing words: every nukta letter as its bare letter, in any case."""
    return text.translate(_FOLD).casefold()


def fold_spelling(text: str) -> str:
    """``text`` for comparing names: :func:`fold`, and no virama, hyphen, space or dot, so
    "पीएम-किसान" is "पीएम किसान" and "धरम" is "धर्म"."""
    return _SPELLING.sub("", fold(text))


def nukta_optional(word: str) -> str:
    """A regex (source) for ``word``, each nukta letter in it matching all three of its
    spellings (precomposed, base + nukta, bare); every other character as written."""
    parts: list[str] = []
    for i, ch in enumerate(word):
        if ch == NUKTA:
            continue
        base = _BASE.get(ch, ch)
        if base in _PRECOMPOSED and (ch != base or word[i + 1 : i + 2] == NUKTA):
            parts.append(f"(?:{base}{NUKTA}?|{_PRECOMPOSED[base]})")
        elif word[i + 1 : i + 2] == NUKTA:
            parts.append(f"{regex.escape(ch)}{NUKTA}?")
        else:
            parts.append(regex.escape(ch))
    return "".join(parts)


def any_word(listed: str, *, prefix: bool = False) -> regex.Pattern[str]:
    """Any of the ``|``-separated words or phrases, whole (or as a word's start, with ``prefix``),
    nukta optional, in any case; a digit counts as part of a word (:data:`ALNUM_EDGE_BEFORE`)."""
    alternatives = [nukta_optional(w.strip()) for w in listed.split("|")]
    end = "" if prefix else ALNUM_EDGE_AFTER
    return regex.compile(
        ALNUM_EDGE_BEFORE + "(?:" + "|".join(alternatives) + ")" + end, regex.IGNORECASE
    )


# --- digits ----------------------------------------------------------------------------------

# Devanagari digits as ASCII, one for one (offsets stay valid). The number reader reads every
# script's digits (:func:`evaluation.numbers.ascii_digits`); decoding sees only these two.
TO_ASCII_DIGITS = str.maketrans("०१२३४५६७८९", "0123456789")

# --- function words --------------------------------------------------------------------------
# Each list below is what one rule skips, kept as it was tuned: they differ where the rules do.

# Words that carry no topic: postpositions, pronouns, auxiliaries, "कृपया". A post's content
# words (fit), the words of a call to action, and what the composer drops from a tag or a name.
STOP_WORDS = frozenset(
    "के की का में से को है हैं और पर भी यह ये वह वे लिए तो ही न कि हो जो एक इस उस अपने अपनी "
    "अपना आप हम सब सभी कर करें रहा रही रहे होगा होगी गया गई था थी थे अब हर कोई किसी तक साथ "
    "ज़रूर जरूर कृपया".split()
)
# The closed set of lines' common words (models/lines.py): a sentence's content words and a
# hashtag's ends. Not STOP_WORDS: the tuned adapter's framing set (framing.json) was filtered with
# this list (models/tuning/framing.py), and "कृपया" is the framing it keeps, so the list changes
# only with a rebuilt adapter.
COMMON_WORDS = (STOP_WORDS - {"कृपया"}) | frozenset("करे होंगे गए बहुत जब".split())
# Words that say nothing about what a number is (coverage's label of a figure): postpositions,
# auxiliaries, conjunctions, hedges and the currency word, which the figure's kind already says.
FILLER_WORDS = frozenset(
    "का की के को में से पर तक है हैं था थी थे हो और या भी ही तो कुल लगभग करीब सिर्फ केवल रुपये रुपए रु रू".split()
)
# Short words that begin longer ones in ordinary Hindi ("पर परिवार", "के केंद्र"): never a
# stutter (the format check).
SHORT_WORDS = frozenset(
    "के की का को कि से है हैं हो पर ने में भी तो ही न ना या व हर जो वो वह सब अब तब जब कब दो दे ले "
    "जा आ कर रह सा सी मत बस एक इन उन इस उस यह ये वे कम नए नई नया".split()
)
# Words that end a title-led name ("श्री राम ने" is राम): postpositions and particles.
NAME_STOP_WORDS = frozenset(
    "ने को से का की के में पर और जी भी ही द्वारा तक लिए वाले वाली हेतु साथ बारे जैसी जैसे "
    # "इस योजना का नाम विधवा सहाय योजना था" names "विधवा सहाय योजना" (round21: "#नाम_विधवा_...").
    "नाम".split()
)
