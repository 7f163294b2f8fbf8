"""The grounding check: a figure in a post passes only if the user's facts contain it."""

from __future__ import annotations

import pytest

from evaluation.grounding import check_grounding
from evaluation.result import Issue

PM_KISAN_FACTS = [
    "पीएम किसान सम्मान निधि में पात्र किसान परिवारों को हर साल ₹6,000 मिलते हैं",
    "यह राशि ₹2,000 की तीन किस्तों में आती है",
    "हेल्पलाइन: 155261",
]


def flagged(text: str, facts: list[str]) -> list[tuple[str, str]]:
    result = check_grounding(text, facts)
    for issue in result.issues:
        assert text[issue.start : issue.end] == issue.span
    return [(issue.span, issue.category) for issue in result.issues]


def test_pm_kisan_post_with_devanagari_digits_is_grounded() -> None:
    post = (
        "पीएम किसान सम्मान निधि: पात्र किसान परिवारों को ₹६,००० सालाना, "
        "₹2,000 की तीन किस्तों में। सवाल हों तो हेल्पलाइन 155261 पर कॉल करें। #PMKisan"
    )
    result = check_grounding(post, PM_KISAN_FACTS)
    assert result.passed
    assert result.issues == []
    # ₹६,०००, ₹2,000, तीन (a count word) and 155261.
    assert result.details == {"supported": 4, "unsupported": 0}


def test_pm_kisan_post_with_an_invented_amount_names_it() -> None:
    post = "पीएम किसान सम्मान निधि के तहत किसानों को अब ₹60,327 सालाना मिलेंगे! हेल्पलाइन 155261"
    result = check_grounding(post, PM_KISAN_FACTS)
    assert not result.passed
    start = post.index("₹60,327")
    assert result.issues == [
        Issue(
            span="₹60,327",
            start=start,
            end=start + len("₹60,327"),
            category="amount",
            reason="₹60,327 (60327) appears in no fact",
        )
    ]
    assert result.details == {"supported": 1, "unsupported": 1}


@pytest.mark.parametrize(
    ("facts", "text"),
    [
        # Grouping, currency and multiplier words all normalise to one value.
        (["हर साल ₹6,000 मिलते हैं"], "किसानों को 6000 रुपये मिलते हैं"),
        (["हर साल 6000 रुपये"], "किसानों को ₹6,000 मिलते हैं"),
        (["हर साल 6 हज़ार रुपये"], "किसानों को ₹6,000 मिलते हैं"),
        (["बीमा ₹5,00,000 तक"], "₹5 लाख तक का मुफ़्त इलाज"),
        (["बीमा 500,000 रुपये तक"], "₹5 लाख तक का मुफ़्त इलाज"),
        (["डेढ़ लाख घर बने"], "1.5 लाख घर बने"),
        (["1,50,000 घर बने"], "डेढ़ लाख घर बने"),
        (["2.5 करोड़ पौधे"], "ढाई करोड़ पौधे लगे"),
        (["2,00,000 रुपये का बीमा"], "दो लाख रुपये का बीमा"),
        (["₹1,20,000 की सहायता"], "1 लाख 20 हज़ार रुपये की सहायता"),
        (["₹1.1 लाख करोड़ का बजट"], "₹1,10,000 करोड़ का बजट"),
        # A number may be backed by the same value in any other form.
        (["50 प्रतिशत सब्सिडी"], "50% सब्सिडी"),
        (["50% सब्सिडी"], "50 फ़ीसदी सब्सिडी"),
        (["आवेदन 15 अप्रैल तक"], "15 दिन में आवेदन करें"),
        (["योजना 2025 में शुरू हुई"], "#Budget2025 की बड़ी घोषणा"),
        (["वित्त वर्ष 2025-26 का बजट"], "2025-26 के बजट में"),
        (["वित्त वर्ष 2025-26 का बजट"], "वर्ष 2025 के बजट में"),
        (["12वीं पास युवा"], "कक्षा 12 पास युवा आवेदन करें"),
        # Dates: same day and month, whatever the notation; a missing year does not conflict.
        (["अंतिम तिथि 15/04/2025"], "अंतिम तिथि 15 अप्रैल है"),
        (["अंतिम तिथि 15 अप्रैल 2025"], "अंतिम तिथि 15.04.2025 है"),
        (["अंतिम तिथि 15 अप्रैल"], "अंतिम तिथि 15 अप्रैल 2025 है"),
        (["शिविर 15 से 20 अप्रैल"], "शिविर 20 अप्रैल तक चलेगा"),
        (["शिविर 15-20 अप्रैल"], "शिविर 15 अप्रैल से शुरू"),
        (["शिविर 15 अप्रैल से 20 अप्रैल तक"], "शिविर 15-20 अप्रैल"),
        (["Camp on April 15"], "शिविर 15 अप्रैल को"),
        # Phones: +91, spaces, hyphens and a trunk 0 do not matter.
        (["संपर्क: +91-9876543210"], "98765 43210 पर कॉल करें"),
        (["संपर्क: 09876543210"], "+91 98765-43210 पर कॉल करें"),
        (["टोल-फ्री 1800-180-1551"], "1800 180 1551 पर कॉल करें"),
        (["हेल्पलाइन 1950"], "1950 पर कॉल करें"),
        # Names, links and e-mail addresses carry no figures to check.
        (["PM-KISAN योजना"], "COVID-19 के बाद G20 में 5G पर चर्चा, PM-KISAN देखें"),
        (["योजना के बारे में"], "https://pmkisan.gov.in/2025 या help2025@gov.in पर लिखें"),
        # The audience and the call to action are sources too.
        (
            ["₹6,000 सालाना", "18 से 40 वर्ष के किसान", "1800-180-1551 पर कॉल करें"],
            ("18-40 वर्ष के किसान ₹6,000 पाएं, 1800-180-1551 पर कॉल करें"),
        ),
        # A standalone count word is checked like digits; "एक" as the article is not.
        (["साल में 2 बार मदद"], "एक किसान को दो बार मदद"),
        (["तीन किस्तों में"], "3 किस्तें"),
    ],
)
def test_supported_figures_pass(facts: list[str], text: str) -> None:
    result = check_grounding(text, facts)
    assert result.passed, result.issues
    assert result.details["unsupported"] == 0


@pytest.mark.parametrize(
    ("facts", "text", "expected"),
    [
        (["हर साल ₹6,000"], "हर साल ₹60,327 मिलेंगे", [("₹60,327", "amount")]),
        (["हर साल ₹6,000"], "हर साल 6 लाख रुपये", [("6 लाख रुपये", "amount")]),
        (["हर साल ₹6,000"], "हर साल 7 हज़ार मिलते हैं", [("7 हज़ार", "number")]),
        (["1.5 लाख घर"], "ढाई लाख घर बने", [("ढाई लाख", "number")]),
        (["2 करोड़ पौधे"], "दो लाख पौधे लगे", [("दो लाख", "number")]),
        (["50% सब्सिडी"], "60 प्रतिशत सब्सिडी", [("60 प्रतिशत", "percent")]),
        (["50% सब्सिडी"], "10-20% सब्सिडी", [("10", "percent"), ("20%", "percent")]),
        (["10 से 15 लाख"], "10 से 20 लाख", [("20 लाख", "number")]),
        (["योजना 2025 में"], "योजना 2024 में शुरू", [("2024", "year")]),
        (["योजना 2025 में"], "#Budget2026 की घोषणा", [("2026", "year")]),
        (["योजना 2025 में"], "Mission-2047 का लक्ष्य", [("2047", "year")]),
        (["वित्त वर्ष 2025-26"], "वित्त वर्ष 2026-27", [("2026", "year"), ("27", "number")]),
        (["अंतिम तिथि 15 अप्रैल"], "अंतिम तिथि 15 मई", [("15 मई", "date")]),
        (["अंतिम तिथि 15 अप्रैल"], "अंतिम तिथि 16/04/2025", [("16/04/2025", "date")]),
        (["अंतिम तिथि 15 अप्रैल 2025"], "15 अप्रैल 2026 तक", [("15 अप्रैल 2026", "date")]),
        (["शिविर 15 से 20 अप्रैल"], "शिविर 15 से 22 अप्रैल", [("22 अप्रैल", "date")]),
        # A bare number does not make a date: the month is part of the claim.
        (["15 किसान"], "15 अप्रैल को शिविर", [("15 अप्रैल", "date")]),
        (["संपर्क 9876543210"], "संपर्क 98765 43211", [("98765 43211", "phone")]),
        (["टोल-फ्री 1800-180-1551"], "टोल-फ्री 1800-180-1552", [("1800-180-1552", "phone")]),
        (["हेल्पलाइन 155261"], "हेल्पलाइन 1950 पर कॉल करें", [("1950", "year")]),
        (["हेल्पलाइन 155261"], "हेल्पलाइन 112 पर कॉल करें", [("112", "number")]),
        (["हर साल ₹6,000"], "कक्षा 12वीं के छात्र", [("12", "number")]),
        (["हर साल ₹6,000"], "वर्ष २०२५ से", [("२०२५", "year")]),
        (["दो किस्तों में"], "तीन किस्तों में", [("तीन", "count")]),
        (["शिविर 2 दिन चलेगा"], "शिविर सिर्फ एक दिन चलेगा", [("एक", "count")]),
    ],
)
def test_unsupported_figures_are_flagged(
    facts: list[str], text: str, expected: list[tuple[str, str]]
) -> None:
    result = check_grounding(text, facts)
    assert not result.passed
    assert flagged(text, facts) == expected
    assert result.details["unsupported"] == len(expected)


def test_a_flagged_figure_gets_its_own_offsets_when_repeated() -> None:
    text = "₹7,000 अभी और ₹7,000 बाद में"
    result = check_grounding(text, ["₹6,000"])
    assert [(i.start, i.end) for i in result.issues] == [(0, 6), (14, 20)]


@pytest.mark.parametrize(
    ("facts", "text", "reason"),
    [
        (["हर साल ₹6,000"], "₹60,327 मिलेंगे", "₹60,327 (60327) appears in no fact"),
        (["₹1.5 लाख"], "₹2.5 लाख", "₹2.5 लाख (250000) appears in no fact"),
        (["50%"], "12.5% ब्याज", "12.5% (12.5) appears in no fact"),
        (
            ["अंतिम तिथि 15 अप्रैल"],
            "अंतिम तिथि 15 मई",
            "15 May: the facts give 15 with another month (April)",
        ),
        (
            ["अंतिम तिथि 15 अप्रैल 2025"],
            "15 अप्रैल 2026",
            "15 April 2026: the facts give 15 April with another year (2025)",
        ),
        (["अंतिम तिथि 15 अप्रैल"], "3 जून तक", "3 जून (3 June) appears in no fact"),
        (["9876543210"], "+91 91234 56789", "+91 91234 56789 (9123456789) appears in no fact"),
    ],
)
def test_reason_names_the_normalised_value(facts: list[str], text: str, reason: str) -> None:
    (issue,) = check_grounding(text, facts).issues
    assert issue.reason == reason


def test_details_count_supported_and_unsupported_mentions() -> None:
    text = "₹6,000 सालाना, 3 किस्तें, 50% छूट, हेल्पलाइन 155261"
    result = check_grounding(text, PM_KISAN_FACTS)
    # "3 किस्तें" is supported: the facts say "तीन किस्तों".
    assert [i.span for i in result.issues] == ["50%"]
    assert result.details == {"supported": 3, "unsupported": 1}


def test_no_facts_flags_every_figure_and_a_post_without_figures_passes() -> None:
    assert flagged("₹500 और 2025", []) == [("₹500", "amount"), ("2025", "year")]
    assert check_grounding("किसान भाई आवेदन करें", []).passed


def test_a_single_fact_passed_as_a_string_is_one_fact() -> None:
    # Read letter by letter, "6,000 रुपये" would back only 6 and 0.
    assert check_grounding("₹6,000 सालाना", "6,000 रुपये").passed
    assert not check_grounding("₹60 सालाना", "6,000 रुपये").passed


def test_a_percentage_written_as_an_amount_is_caught_with_a_hindi_reason() -> None:
    facts = ["12 किस्तें जमा होने के बाद जमा राशि के 50% तक ऋण लिया जा सकता है"]
    # Round9: a model headline "12 किस्तें जमा होने के बाद ₹50 तक ऋण" passed every check.
    result = check_grounding("12 किस्तें जमा होने के बाद ₹50 तक ऋण", facts)
    assert [(i.category, i.span) for i in result.issues] == [("unit", "₹50")]
    assert result.issues[0].reason_hi == "«₹50» ग़लत है: तथ्यों में यह आँकड़ा «50%» है।"
    # The same figure in its own unit, in any form, is fine; so is a bare figure.
    assert check_grounding("जमा राशि के 50 प्रतिशत तक ऋण, 12 किस्तें", facts).passed
    assert check_grounding("₹2,000 की किस्त", ["हर किस्त 2000 रुपये की है"]).passed
    assert check_grounding("₹2,000 की किस्त", ["किस्त की राशि 2000 है"]).passed


def test_a_post_that_drops_the_facts_negation_fails() -> None:
    # Round39's model headline told drivers the opposite of the appeal.
    sources = [
        "चंडीगढ़ ट्रैफिक पुलिस 31 दिसंबर 2027 की रात शहर के चौराहों पर नाके लगाएगी।",
        "नए साल का जश्न मनाएँ, पर नशे में गाड़ी न चलाएँ।",
        "अफवाहों पर ध्यान न दें।",
    ]
    result = check_grounding("31 दिसंबर 2027 की रात: नशे में गाड़ी चलाएँ ⚠️", sources)
    assert [i.category for i in result.issues] == ["negation"]
    assert result.issues[0].span == "नशे में गाड़ी चलाएँ" and result.issues[0].reason_hi
    # The negation kept, or a stock "कृपया ध्यान दें" that undoes nothing, passes.
    assert check_grounding("31 दिसंबर 2027 की रात: नशे में गाड़ी न चलाएँ ⚠️", sources).passed
    assert check_grounding("कृपया ध्यान दें: 31 दिसंबर 2027 की रात नाके लगेंगे", sources).passed
    # A scam's message reported after "कि" is not the post asking it.
    scam = ["संदेश में दिए नंबर पर कॉल न करें"]
    reported = "कई लोगों को संदेश मिल रहे हैं कि दिए गए नंबर पर कॉल करें। यह ठगी का तरीका है।"
    assert check_grounding(reported, scam).passed


def test_a_date_set_on_another_scheme_than_the_facts_set_it_on_fails() -> None:
    # Round39's model headline dated the test scheme by the medicine scheme's start.
    facts = [
        "राजस्थान सरकार की मुख्यमंत्री निःशुल्क दवा योजना 2 अक्टूबर 2011 से लागू है।",
        "इसके साथ 7 अप्रैल 2013 से सरकारी अस्पतालों में मुख्यमंत्री निःशुल्क जाँच योजना भी लागू है।",
    ]
    wrong = check_grounding("2 अक्टूबर 2011 से लागू मुख्यमंत्री निःशुल्क जाँच योजना", facts)
    assert [i.category for i in wrong.issues] == ["date"] and wrong.issues[0].reason_hi
    assert check_grounding("7 अप्रैल 2013 से लागू मुख्यमंत्री निःशुल्क जाँच योजना", facts).passed
    # Both facts in one paragraph, each sentence with its own scheme and date, pass.
    assert check_grounding(" ".join(facts), facts).passed
