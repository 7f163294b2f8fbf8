"""How figures are read out of Hindi posts: kind, normalised value and the exact span."""

from __future__ import annotations

import pytest

from evaluation.numbers import Mention, extract_mentions

NUKTA = "\u093c"
HAZAR_DECOMPOSED = "ह" + "ज" + NUKTA + "ार"
HAZAR_PRECOMPOSED = "ह\u095bार"
KAROD_DECOMPOSED = "करो" + "ड" + NUKTA
KAROD_PRECOMPOSED = "करो\u095c"


def figures(text: str) -> list[tuple[str, str, float | None]]:
    return [(m.kind, m.span, m.value) for m in extract_mentions(text)]


def only(text: str) -> Mention:
    mentions = extract_mentions(text)
    assert len(mentions) == 1, mentions
    return mentions[0]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Grouping: Indian, Western and none are the same figure.
        ("कुल 1,00,000 किसान", [("number", "1,00,000", 100000)]),
        ("कुल 100,000 किसान", [("number", "100,000", 100000)]),
        ("कुल 100000 किसान", [("number", "100000", 100000)]),
        ("ब्याज 1.5 गुना", [("number", "1.5", 1.5)]),
        # A full stop or danda after a figure ends the sentence, not a decimal.
        ("लाभार्थी 6000.", [("number", "6000", 6000)]),
        ("लाभार्थी 6000। अगला", [("number", "6000", 6000)]),
        # Currency before or after, with or without a space or dot.
        ("₹6,000 मिलेंगे", [("amount", "₹6,000", 6000)]),
        ("Rs. 6,000 मिलेंगे", [("amount", "Rs. 6,000", 6000)]),
        ("Rs6000 मिलेंगे", [("amount", "Rs6000", 6000)]),
        ("रु. 6000 मिलेंगे", [("amount", "रु. 6000", 6000)]),
        ("6000 रुपये मिलेंगे", [("amount", "6000 रुपये", 6000)]),
        ("6000 रुपए मिलेंगे", [("amount", "6000 रुपए", 6000)]),
        ("₹500/- शुल्क", [("amount", "₹500", 500)]),
        # Multipliers, with every way of writing the nukta.
        ("6 हज़ार किसान", [("number", "6 हज़ार", 6000)]),
        (f"6 {HAZAR_DECOMPOSED} किसान", [("number", f"6 {HAZAR_DECOMPOSED}", 6000)]),
        (f"6 {HAZAR_PRECOMPOSED} किसान", [("number", f"6 {HAZAR_PRECOMPOSED}", 6000)]),
        ("6 हजार किसान", [("number", "6 हजार", 6000)]),
        ("₹5 लाख तक", [("amount", "₹5 लाख", 500000)]),
        ("1.5 लाख घर", [("number", "1.5 लाख", 150000)]),
        (f"2.5 {KAROD_DECOMPOSED} पेड़", [("number", f"2.5 {KAROD_DECOMPOSED}", 25_000_000)]),
        (f"2.5 {KAROD_PRECOMPOSED} पेड़", [("number", f"2.5 {KAROD_PRECOMPOSED}", 25_000_000)]),
        ("2.5 करोड पेड़", [("number", "2.5 करोड", 25_000_000)]),
        ("5 सौ लोग", [("number", "5 सौ", 500)]),
        ("Rs 5 lakh cover", [("amount", "Rs 5 lakh", 500000)]),
        ("₹2 crore fund", [("amount", "₹2 crore", 20_000_000)]),
        ("10k steps", [("number", "10k", 10000)]),
        ("₹1.5 लाख करोड़ का बजट", [("amount", "₹1.5 लाख करोड़", 1.5e12)]),
        # Fractions and cardinal words before a multiplier.
        ("डेढ़ लाख घर", [("number", "डेढ़ लाख", 150000)]),
        ("ढाई करोड़ लोग", [("number", "ढाई करोड़", 25_000_000)]),
        ("सवा लाख पेड़", [("number", "सवा लाख", 125000)]),
        ("साढ़े 3 लाख घर", [("number", "साढ़े 3 लाख", 350000)]),
        ("साढ़े तीन सौ स्कूल", [("number", "साढ़े तीन सौ", 350)]),
        ("दो लाख रुपये का बीमा", [("amount", "दो लाख रुपये", 200000)]),
        ("पचास हज़ार युवा", [("number", "पचास हज़ार", 50000)]),
        ("सौ करोड़ का कोष", [("number", "सौ करोड़", 1e9)]),
        # Compound figures and ranges that share one unit.
        ("1 लाख 20 हज़ार रुपये", [("amount", "1 लाख 20 हज़ार रुपये", 120000)]),
        ("10-15 लाख", [("number", "10", 1_000_000), ("number", "15 लाख", 1_500_000)]),
        ("2 से 5 लाख रुपये", [("amount", "2", 200000), ("amount", "5 लाख रुपये", 500000)]),
        ("500 से 2 लाख", [("number", "500", 500), ("number", "2 लाख", 200000)]),
        # Percentages.
        ("50% छूट", [("percent", "50%", 50)]),
        ("50 % छूट", [("percent", "50 %", 50)]),
        ("50 प्रतिशत छूट", [("percent", "50 प्रतिशत", 50)]),
        ("50 फीसदी छूट", [("percent", "50 फीसदी", 50)]),
        ("50 फ़ीसदी छूट", [("percent", "50 फ़ीसदी", 50)]),
        ("10-20% छूट", [("percent", "10", 10), ("percent", "20%", 20)]),
        # Years, financial years, and a year that is not followed by a percentage's unit.
        ("वर्ष 2025 में", [("year", "2025", 2025)]),
        ("2025-26 का बजट", [("year", "2025", 2025), ("number", "26", 26)]),
        ("2025 से 50 प्रतिशत", [("year", "2025", 2025), ("percent", "50 प्रतिशत", 50)]),
        ("कुल 2,025 लोग", [("number", "2,025", 2025)]),
        # Ordinal tails keep the figure.
        ("12वीं पास", [("number", "12", 12)]),
        ("3rd phase", [("number", "3rd", 3)]),
        # Short helplines are plain figures.
        ("1950 पर कॉल करें", [("year", "1950", 1950)]),
        ("112 पर कॉल करें", [("number", "112", 112)]),
        ("14555 पर कॉल करें", [("number", "14555", 14555)]),
        # A standalone count word is a count; "एक" is usually the article, "दो" the verb too.
        ("एक किसान को दो बार", [("count", "दो", 2)]),
        ("सिर्फ एक दिन", [("count", "एक", 1)]),
        ("वोट दो और जिताओ", []),
        ("ध्यान दो।", []),
        ("हज़ारों लोग", []),
    ],
)
def test_reads_kind_value_and_span(text: str, expected: list[tuple[str, str, float]]) -> None:
    got = figures(text)
    assert [(kind, span) for kind, span, _ in got] == [(kind, span) for kind, span, _ in expected]
    assert [value for _, _, value in got] == pytest.approx([value for _, _, value in expected])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("15 अप्रैल को", [("15 अप्रैल", 15, 4, None)]),
        ("15 अप्रैल 2025 को", [("15 अप्रैल 2025", 15, 4, 2025)]),
        ("15 अप्रैल, 2025 को", [("15 अप्रैल, 2025", 15, 4, 2025)]),
        ("2 फ़रवरी को", [("2 फ़रवरी", 2, 2, None)]),
        ("2 फरवरी को", [("2 फरवरी", 2, 2, None)]),
        ("5 सितम्बर और 6 सितंबर", [("5 सितम्बर", 5, 9, None), ("6 सितंबर", 6, 9, None)]),
        ("1 अक्तूबर से", [("1 अक्तूबर", 1, 10, None)]),
        ("1st May", [("1st May", 1, 5, None)]),
        ("15th of August 1947", [("15th of August 1947", 15, 8, 1947)]),
        ("April 15, 2025", [("April 15, 2025", 15, 4, 2025)]),
        ("15/04/2025", [("15/04/2025", 15, 4, 2025)]),
        ("15-04-25", [("15-04-25", 15, 4, 2025)]),
        ("15.04.2025 तक", [("15.04.2025", 15, 4, 2025)]),
        ("2025-04-15", [("2025-04-15", 15, 4, 2025)]),
        # Ranges and lists give every day the month named at the end.
        ("15 से 20 अप्रैल", [("15", 15, 4, None), ("20 अप्रैल", 20, 4, None)]),
        ("15-20 अप्रैल", [("15", 15, 4, None), ("20 अप्रैल", 20, 4, None)]),
        (
            "15, 16 और 17 अप्रैल",
            [("15", 15, 4, None), ("16", 16, 4, None), ("17 अप्रैल", 17, 4, None)],
        ),
        (
            "15 अप्रैल से 20 अप्रैल तक",
            [("15 अप्रैल", 15, 4, None), ("20 अप्रैल", 20, 4, None)],
        ),
    ],
)
def test_reads_dates(text: str, expected: list[tuple[str, int, int, int | None]]) -> None:
    mentions = extract_mentions(text)
    assert all(m.kind == "date" and m.value is None for m in mentions)
    assert [(m.span, m.day, m.month, m.year) for m in mentions] == expected


def test_a_number_too_large_for_a_day_is_no_date() -> None:
    assert figures("50 मई 2025") == [("number", "50", 50), ("year", "2025", 2025)]


@pytest.mark.parametrize(
    ("text", "span", "digits"),
    [
        ("कॉल करें 98765 43210 पर", "98765 43210", "9876543210"),
        ("कॉल करें 9876543210 पर", "9876543210", "9876543210"),
        ("कॉल करें +91 98765-43210 पर", "+91 98765-43210", "9876543210"),
        ("कॉल करें +91-9876543210 पर", "+91-9876543210", "9876543210"),
        ("कॉल करें 09876543210 पर", "09876543210", "9876543210"),
        ("टोल-फ्री 1800-180-1551 पर", "1800-180-1551", "18001801551"),
        ("टोल-फ्री 1800 11 4000 पर", "1800 11 4000", "1800114000"),
        ("दफ्तर 011-23456789 पर", "011-23456789", "1123456789"),
        ("हेल्पलाइन-1800-180-1551 पर", "1800-180-1551", "18001801551"),
    ],
)
def test_reads_a_phone_number_whole(text: str, span: str, digits: str) -> None:
    mention = only(text)
    assert (mention.kind, mention.span, mention.digits, mention.value) == (
        "phone",
        span,
        digits,
        None,
    )


@pytest.mark.parametrize(
    "text",
    [
        "PM-KISAN योजना",
        "COVID-19 के बाद",
        "कोविड-19 के बाद",
        "G20 सम्मेलन",
        "जी20 सम्मेलन",
        "4G और 5G नेटवर्क",
        "Chandrayaan-3 मिशन",
        "देखें https://pmkisan.gov.in/status/2025 पर",
        "देखें www.example.in/page123 पर",
        "लिखें help123@gov.in पर",
        "24x7 और 24/7 सेवा",
    ],
)
def test_skips_digits_in_names_links_and_emails(text: str) -> None:
    assert extract_mentions(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("#Budget2025 में घोषणा", [("year", "2025", 2025)]),
        ("#बजट2026 में घोषणा", [("year", "2026", 2026)]),
        ("#PMKisan6000 पाएं", [("number", "6000", 6000)]),
        # Short digit runs glued to Latin letters are names even inside hashtags.
        ("#G20 #5G", []),
        ("Mission-2047 का लक्ष्य", [("year", "2047", 2047)]),
    ],
)
def test_hashtags_and_hyphenated_years_still_count(
    text: str, expected: list[tuple[str, str, float]]
) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "span", "kind", "value"),
    [
        ("वर्ष २०२५ में", "२०२५", "year", 2025),
        ("हर साल ₹६,००० मिलते हैं", "₹६,०००", "amount", 6000),
        ("१.५ लाख घर", "१.५ लाख", "number", 150000),
        ("५०% छूट", "५०%", "percent", 50),
        # Other scripts' digits too: Bengali and full-width.
        ("বছর ২০২৫", "২০২৫", "year", 2025),
        ("Fee ₹５００", "₹５００", "amount", 500),
    ],
)
def test_devanagari_digits_keep_offsets_into_the_original_text(
    text: str, span: str, kind: str, value: float
) -> None:
    mention = only(text)
    assert (mention.kind, mention.span, mention.value) == (kind, span, value)
    assert text[mention.start : mention.end] == span
    assert mention.start == text.index(span)


def test_devanagari_digit_dates_and_phones_read_like_ascii() -> None:
    text = "१५ अप्रैल २०२५ से ९८७६५ ४३२१० पर"
    date, phone = extract_mentions(text)
    assert (date.span, date.day, date.month, date.year) == ("१५ अप्रैल २०२५", 15, 4, 2025)
    assert (phone.span, phone.digits) == ("९८७६५ ४३२१०", "9876543210")
    assert text[phone.start : phone.end] == phone.span


def test_mentions_come_in_reading_order_across_passes() -> None:
    text = "#Budget2025: 15/04/2025 से ₹6,000, हेल्पलाइन 1800-180-1551, 50% किसान"
    assert [m.kind for m in extract_mentions(text)] == [
        "year",
        "date",
        "amount",
        "phone",
        "percent",
    ]
