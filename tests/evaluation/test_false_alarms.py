"""Texts the data writers found flagged wrongly: each stays clean, its near miss stays flagged."""

from __future__ import annotations

import pytest

from evaluation.conduct import check_conduct
from evaluation.grounding import check_grounding
from evaluation.register import check_register


@pytest.mark.parametrize(
    ("clean", "flagged"),
    [
        ("समाज से ऊँच-नीच का भेद मिटाएँ।", "वह आदमी नीच है।"),
    ],
)
def test_register_set_phrases_are_not_insults(clean: str, flagged: str) -> None:
    assert check_register(clean).passed
    assert [i.category for i in check_register(flagged).issues] == ["insult"]


@pytest.mark.parametrize(
    ("clean", "flagged"),
    [
        (
            "मतदान केंद्र के अंदर मोबाइल फ़ोन ले जाना मना है, कृपया घर पर छोड़कर आएँ।",
            "वोट हमें दो, हर घर में मोबाइल फ़ोन बाँटे जाएँगे।",
        ),
        (
            "पैसे लेकर वोट देना और पैसे देकर वोट लेना, दोनों ही अपराध हैं।",
            "वोट के बदले पैसे मिलेंगे, बूथ पर आ जाना।",
        ),
    ],
)
def test_bribery_rules_and_awareness_are_not_bribes(clean: str, flagged: str) -> None:
    assert check_conduct(clean).passed
    assert check_conduct(flagged).details["categories"] == ["bribery"]


def test_everyday_words_before_mohalla_are_not_place_names() -> None:
    text = "पूरा मोहल्ला साफ़ रखें, ये बुज़ुर्ग हमारी शान हैं।"
    assert check_grounding(text, ["साफ़-सफ़ाई अभियान"]).passed
    named = check_grounding("शास्त्री मोहल्ला साफ़ रखें।", ["साफ़-सफ़ाई अभियान"])
    assert [i.span for i in named.issues] == ["शास्त्री मोहल्ला"]
