"""Find the numbers, amounts, dates, percentages and phone numbers a Hindi post asserts.

One reader for the checks and for decoding: grounding and coverage read a text's figures with
:func:`extract_mentions`, and ``models.constraints.allowed_numbers`` lets a model write the
:func:`figures` of the same mentions. ``lexicon`` holds the words it knows, ``patterns`` the
regular expressions built from them, ``reader`` the passes.
"""

from evaluation.numbers.reader import (
    Mention,
    as_digits,
    ascii_digits,
    digit_runs,
    extract_mentions,
    figures,
)

__all__ = ["Mention", "as_digits", "ascii_digits", "digit_runs", "extract_mentions", "figures"]
