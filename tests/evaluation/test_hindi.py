"""The Hindi text toolkit: words, word edges, nukta spellings, function words, graphemes."""

from __future__ import annotations

import pytest
import regex

from evaluation.hindi import (
    ALNUM_EDGE_AFTER,
    ALNUM_EDGE_BEFORE,
    ALNUM_WORD,
    COMMON_WORDS,
    EDGE_AFTER,
    EDGE_BEFORE,
    HASHTAG,
    NUKTA,
    STOP_WORDS,
    any_word,
    fold,
    fold_spelling,
    graphemes,
    joined_words,
    nukta_optional,
    words,
)
from evaluation.numbers import extract_mentions
from evaluation.register import check_register

ZWJ = "\u200d"
# ज़रूर three ways: precomposed (U+095B), base + nukta, and with the nukta dropped.
ZAROOR = ("\u095bरूर", "ज" + NUKTA + "रूर", "जरूर")


def test_words_are_letters_and_marks_and_a_joiner_stays_inside_its_word() -> None:
    assert words("पीएम-किसान: ₹6,000 हर साल!") == ["पीएम", "किसान", "हर", "साल"]
    assert words(f"क्{ZWJ}ष") == ["क्", "ष"]
    assert joined_words(f"क्{ZWJ}ष") == [f"क्{ZWJ}ष"]
    assert ALNUM_WORD.findall("G20 और जी20") == ["G20", "और", "जी20"]


def test_a_hashtag_is_not_the_hash_inside_a_word() -> None:
    assert [m.group(1) for m in HASHTAG.finditer("#जनहित abc#x #पल्स_पोलियो")] == [
        "जनहित",
        "पल्स_पोलियो",
    ]


def test_word_edges_keep_a_word_from_matching_inside_another() -> None:
    pattern = regex.compile(EDGE_BEFORE + "नगर" + EDGE_AFTER)
    assert pattern.search("नेहरू नगर में")
    assert not pattern.search("महानगर में") and not pattern.search("नगरपालिका")
    # The number reader's edges let a digit touch a word ("10लाख"); the lists' do not.
    assert regex.search(EDGE_BEFORE + "लाख", "10लाख")
    assert not regex.search(ALNUM_EDGE_BEFORE + "तू" + ALNUM_EDGE_AFTER, "तू2")


@pytest.mark.parametrize("written", ZAROOR)
def test_a_nukta_letter_reads_the_same_in_each_of_its_three_spellings(written: str) -> None:
    assert fold(written) == "जरूर"
    for listed in ZAROOR[:2]:
        assert regex.fullmatch(nukta_optional(listed), written)
    # A letter listed without a nukta stays as it is: "जरूर" does not match "ज़रूर".
    assert bool(regex.fullmatch(nukta_optional("जरूर"), written)) is (written == "जरूर")


def test_names_compare_without_nukta_virama_hyphen_or_space() -> None:
    assert fold_spelling("पीएम-किसान") == fold_spelling("पीएम किसान")
    assert fold_spelling("धर्म") == fold_spelling("धरम")
    assert fold_spelling("\u095eसल बीमा") == fold_spelling("फसल बीमा")


def test_any_word_matches_whole_words_in_any_spelling() -> None:
    insult = any_word("बेवकूफ़|बदतमीज़")
    assert insult.search("वह \u095eेवकू\u095e है") is None  # फ़ is no ब
    assert insult.search("बेवकूफ है") and insult.search("बेवकू\u095e है")
    assert insult.search("बेवकूफ़ों") is None  # a whole word only
    assert any_word("हाथ-पैर तोड़", prefix=True).search("हाथ-पैर तोड़ देंगे").group() == ("हाथ-पैर तोड़")


def test_the_checks_and_the_number_reader_read_a_nukta_letter_alike() -> None:
    assert [m.value for m in extract_mentions("10 ह\u095bार")] == [10000.0]
    [insult] = check_register("ये लोग बदतमी\u095b हैं").issues
    assert insult.span == "बदतमी\u095b"


def test_the_lines_common_words_are_the_stop_words_but_for_what_framing_uses() -> None:
    added, dropped = COMMON_WORDS - STOP_WORDS, STOP_WORDS - COMMON_WORDS
    assert added == {"करे", "होंगे", "गए", "बहुत", "जब"}
    assert dropped == {"कृपया"}


def test_graphemes_keep_a_conjunct_and_an_emoji_whole() -> None:
    assert graphemes("क्षमा") == ["क्ष", "मा"]
    assert graphemes("नमस्ते 🙏🏽") == ["न", "म", "स्ते", " ", "🙏🏽"]
