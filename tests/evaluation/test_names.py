"""Names a post may not bring in: what counts as a scheme's or a place's name in the facts."""

from __future__ import annotations

import pytest

from evaluation.names import find_names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("कृषक बंधु योजना में किसानों को सहायता मिलती है", [("कृषक बंधु", "scheme")]),
        ("शिविर नेहरू नगर में लगेगा", [("नेहरू नगर", "place")]),
        # Round12: "#मुक्त_नगर" and "#निचली_बस्ती" as hashtags, "ये सेवाएँ मिशन" as a headline.
        ("प्लास्टिक मुक्त नगर के संदेश के साथ साइकिल रैली निकलेगी", []),
        ("निचली बस्ती के लोग सतर्क रहें", []),
        ("ये सेवाएँ मिशन सक्षम आंगनवाड़ी और पोषण 2.0 के तहत दी जाती हैं", []),
        # A mission named after the word, when one word names it.
        ("मिशन वात्सल्य के तहत बच्चे को सहायता मिलती है", [("मिशन वात्सल्य", "scheme")]),
    ],
)
def test_a_slogan_or_a_description_is_no_name(text: str, names: list[tuple[str, str]]) -> None:
    assert [(n.span, n.kind) for n in find_names(text)] == names
