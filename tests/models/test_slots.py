"""The headline rule: a model-written headline uses only the request's words (and their plural
and oblique forms), the phrasebook's common words and the request's numbers, and ends whole."""

from __future__ import annotations

import pytest

from models.constraints import DecodeConstraints, Guard, TokenIndex, allowed_numbers
from models.slots import SlotSpec, inflections, slot_problems
from prompts.phrasebook import get_phrasebook

FACTS = (
    "सामुदायिक भवन, रामगढ़ ताल में 14 जनवरी को निःशुल्क नेत्र जाँच शिविर लगेगा",
    "जाँच सुबह 9 बजे से दोपहर 1 बजे तक होगी",
)
SPEC = SlotSpec(FACTS, get_phrasebook().common_words)


@pytest.mark.parametrize(
    "headline",
    [
        "रामगढ़ ताल में निःशुल्क नेत्र जाँच शिविर",
        "14 जनवरी: नेत्र जाँच शिविर, रामगढ़ ताल",
        "नेत्र जाँच शिविर: 14 जनवरी को रामगढ़ ताल में!",
        "नेत्र जाँच शिविर – सुबह 9 बजे से",
    ],
)
def test_headlines_made_of_the_requests_words_and_numbers_pass(headline: str) -> None:
    assert slot_problems(headline, SPEC) == []


@pytest.mark.parametrize(
    ("headline", "why"),
    [
        ("नदी किनारे नेत्र शिविर", "«नदी» is neither"),  # a noun no fact gives
        ("15 जनवरी को नेत्र जाँच शिविर", "«15» is a number"),  # a date no fact gives
        ("आँखों की निःशुल्क जाँच", "«आँखों» is neither"),  # a synonym is still a new word
        ("नेत्र जाँच शिविर के", "may not end here"),  # cut before its noun
        ("नेत्र  जाँच", "may not be written here"),  # a doubled space
    ],
)
def test_a_headline_cannot_bring_in_a_word_or_number_or_stop_half_way(
    headline: str, why: str
) -> None:
    [problem] = slot_problems(headline, SPEC)
    assert why in problem


@pytest.mark.parametrize(
    ("word", "form"),
    [
        ("किसान", "किसानों"),
        ("महिलाएँ", "महिलाओं"),
        ("नालियों", "नालियाँ"),
        ("घरों", "घर"),
        ("बच्चे", "बच्चों"),
        ("श्रद्धालु", "श्रद्धालुओं"),
    ],
)
def test_plural_and_oblique_forms_of_a_requests_word_are_its_own(word: str, form: str) -> None:
    assert form in inflections(word)


def test_decoding_keeps_a_headline_to_the_rule_token_by_token() -> None:
    """A toy vocabulary: the guard lets through only pieces that keep to the request's words,
    and the end or a line break only once the headline may end."""
    pieces = ["", "\n", " ", "नेत्र", " जाँच", " शिविर", " के", " नदी", " 14", " 15", ":", "!"]
    index = TokenIndex(pieces, end_ids=[0])
    guard = Guard(
        DecodeConstraints(numbers=allowed_numbers(FACTS), hashtags=False, slot=SPEC), index
    )
    only, ids = guard.mask("")
    assert only and {pieces[i] for i in ids} == {"नेत्र"}
    only, ids = guard.mask("नेत्र जाँच शिविर")
    allowed = {pieces[i] for i in ids}
    assert {" के", " 14", "\n", "", ":", "!"} <= allowed
    assert not {" नदी", " 15"} & allowed
    # After a dangling postposition the headline must go on: no end, no line break.
    only, ids = guard.mask("नेत्र जाँच शिविर के")
    assert not {"", "\n"} & {pieces[i] for i in ids}
