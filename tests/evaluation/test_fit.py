"""The fit check on its hand-labelled set (labelled/fit.yaml, written by an editor who did not
see the rules), and on the lines it must let pass.

The set is split by request into halves: the rules were tuned looking at the ``dev`` half only,
and the ``test`` half was scored once at the end. ``pytest -s`` prints both halves' figures.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
import yaml

from evaluation.fit import CLAIMS, check_fit
from prompts.phrasebook import get_phrasebook
from tests.evaluation.test_labelled import Score

LABELLED = Path(__file__).parent / "labelled" / "fit.yaml"


def half_of(item: dict[str, Any]) -> str:
    """A fixed split by request, so no request's posts fall on both sides."""
    key = item["source_id"] if item["source_id"] != "editor" else item["id"]
    return "test" if int(hashlib.sha256(key.encode()).hexdigest(), 16) % 2 else "dev"


def load(half: str | None = None) -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = yaml.safe_load(LABELLED.read_text(encoding="utf-8"))
    return [i for i in items if half is None or half_of(i) == half]


def flags(item: dict[str, Any]) -> set[str]:
    req = item["request"]
    sources = [*req["facts"], *(s for s in (req["audience"], req["call_to_action"]) if s)]
    result = check_fit(
        item["text"].strip(),
        facts=req["facts"],
        sources=sources,
        kind=req["kind"],
        tone=req["tone"],
        call_to_action=req["call_to_action"],
    )
    return {issue.category for issue in result.issues}


@dataclass
class FitScore(Score):
    by_category: Counter[str] = field(default_factory=Counter)
    misses: list[str] = field(default_factory=list)


def score(items: list[dict[str, Any]]) -> tuple[FitScore, FitScore]:
    """(post level: flagged or not; category level: each expected or found category)."""
    post, category = FitScore(), FitScore()
    for item in items:
        found, expected = flags(item), set(item["expect"])
        if found and expected:
            post.tp += 1
        elif found:
            post.fp += 1
            post.misses.append(f"{item['id']} false alarm {sorted(found)}")
        elif expected:
            post.fn += 1
            post.misses.append(f"{item['id']} missed {sorted(expected)}")
        else:
            post.tn += 1
        category.tp += len(found & expected)
        category.fp += len(found - expected)
        category.fn += len(expected - found)
        for name in expected - found:
            category.by_category[f"missed {name}"] += 1
        for name in found - expected:
            category.by_category[f"false {name}"] += 1
    return post, category


@pytest.mark.parametrize("half", ["dev", "test"])
def test_the_fit_check_catches_what_the_editor_caught_and_passes_what_they_would_publish(
    half: str,
) -> None:
    items = load(half)
    post, category = score(items)
    print(
        f"\nfit, {half} half ({len(items)} posts): post precision {post.precision:.3f} "
        f"recall {post.recall:.3f}; category precision {category.precision:.3f} "
        f"recall {category.recall:.3f}; {dict(category.by_category)}"
    )
    assert len(items) >= 100
    # Floors just under what each half reached, so a change that makes the check worse fails.
    # The issue's target was 0.90 each. Dev (tuned on): post 1.000 / 0.946, category 1.000 /
    # 0.947. Test (scored once, 2026-12-05): post 0.920 / 0.885, category 0.787 / 0.875.
    floors = {"dev": (0.95, 0.93, 0.95, 0.93), "test": (0.90, 0.87, 0.77, 0.85)}[half]
    assert post.precision >= floors[0] and post.recall >= floors[1], post.misses
    assert category.precision >= floors[2] and category.recall >= floors[3], category.by_category


def test_the_labelled_set_is_big_enough_and_covers_every_category() -> None:
    items = load()
    counts = Counter(c for item in items for c in item["expect"])
    assert len(items) >= 150
    assert sum(not item["expect"] for item in items) >= 100
    assert set(counts) == {
        "unsupported_claim",
        "no_greeting",
        "missing_cta",
        "fragment",
        "bad_hashtag",
        "headline_repeats_fact",
        "repeated_line",
    }
    assert min(counts.values()) >= 20


def test_every_phrasebook_line_that_claims_says_so_in_its_needs() -> None:
    book = get_phrasebook()
    for group in (book.headlines, book.addresses, book.closings):
        for line in group:
            made = {name for name, rule in CLAIMS.items() if rule.said.search(line.text)}
            # Wishing well goes with congratulations ("बधाई और शुभकामनाएँ"): each supports
            # the other (evaluation.fit.supported_claims).
            festive = {"occasion", "achievement"}
            allowed = set(line.needs) | (festive if festive & set(line.needs) else set())
            assert made <= allowed, (line.text, made, line.needs)


def test_facts_laid_out_as_parallel_labels_are_not_repeats_but_a_line_said_twice_is() -> None:
    facts = [
        "प्राथमिकता वाले परिवारों के हर सदस्य को हर महीने 5 किलो अनाज मिलता है",
        "अंत्योदय अन्न योजना के परिवार को हर महीने 35 किलो अनाज मिलता है",
    ]
    laid_out = (
        "*हर महीने अनाज: राशन की जानकारी*\n\n"
        "🔹 प्राथमिकता वाले परिवारों के हर सदस्य के लिए: हर महीने *5 किलो* अनाज\n"
        "🔹 अंत्योदय अन्न योजना के परिवार के लिए: हर महीने *35 किलो* अनाज"
    )
    assert check_fit(laid_out, facts=facts, kind="scheme").passed
    twice = laid_out + "\n🔹 अंत्योदय अन्न योजना के परिवार के लिए: हर महीने *35 किलो* अनाज"
    categories = {i.category for i in check_fit(twice, facts=facts, kind="scheme").issues}
    assert "repeated_line" in categories


def test_a_plain_past_sentence_is_no_fragment_but_a_bare_noun_phrase_is() -> None:
    facts = [
        "26 नवंबर 1949 को संविधान सभा ने भारत का संविधान अपनाया",
        "उन्होंने 560 से अधिक रियासतों को भारत में मिलाया",
    ]
    text = "संविधान दिवस की हार्दिक शुभकामनाएँ!\n\n" + "। ".join(facts) + "।\n\nजय हिंद!"
    assert check_fit(text, facts=facts, kind="greeting", tone="celebratory").passed
    noun = text.replace("।\n\nजय हिंद!", "। संविधान की छाया।\n\nजय हिंद!")
    result = check_fit(noun, facts=facts, kind="greeting", tone="celebratory")
    assert [i.category for i in result.issues] == ["fragment"]


def test_a_figure_with_a_comma_is_not_split_into_a_clause_that_repeats_the_headline() -> None:
    facts = ["नमो ड्रोन दीदी योजना में 15,000 चुने हुए महिला समूहों को ड्रोन दिए जाने हैं"]
    text = f"*नमो ड्रोन दीदी योजना: आपके काम की जानकारी*\n\n🔹 {facts[0]}।"
    assert "repeated_line" not in {i.category for i in check_fit(text, facts=facts).issues}


def test_a_past_verb_after_ne_closes_a_sentence_and_tiers_with_other_figures_are_no_repeat() -> (
    None
):
    facts = ["उन्होंने 1848 में पुणे में लड़कियों के लिए स्कूल खोला"]
    text = "सावित्रीबाई फुले जयंती की हार्दिक शुभकामनाएँ!\n\nउन्होंने 1848 में पुणे में लड़कियों के लिए स्कूल खोला।"
    assert check_fit(text, facts=facts, kind="greeting", tone="celebratory").passed
    tiers = [
        "कक्षा 9 और 10 के लिए हर वर्ष ₹75,000 तक की छात्रवृत्ति मिलती है",
        "कक्षा 11 और 12 के लिए हर वर्ष ₹1,25,000 तक की छात्रवृत्ति मिलती है",
    ]
    post = "*छात्रवृत्ति की जानकारी*\n\n" + "\n".join(f"💰 {t}।" for t in tiers)
    assert check_fit(post, facts=tiers).passed


def test_a_wish_word_in_a_name_the_facts_give_is_no_wish() -> None:
    # Round20: "शादी मुबारक योजना" in a line laid out anew read as wishing on an occasion.
    facts = ["अल्पसंख्यक परिवारों को यही सहायता शादी मुबारक योजना के तहत मिलती है"]
    post = "🔹 अल्पसंख्यक परिवारों के लिए: यही सहायता शादी मुबारक योजना के तहत"
    assert check_fit(post, facts=facts, kind="scheme", tone="respectful").passed
    wish = "🔹 अल्पसंख्यक परिवारों के लिए: यही सहायता। ईद मुबारक!"
    assert not check_fit(wish, facts=facts, kind="scheme", tone="respectful").passed


def test_congratulations_need_something_done_not_a_prize_to_come_or_advice_given() -> None:
    # Round39's model headlines, read as fidelity 0 and passed by this check.
    hours = [
        "भीषण गर्मी को देखते हुए कलबुर्गी जिले के राज्य सरकारी कार्यालयों का समय 1 अप्रैल से "
        "31 मई 2027 तक बदला गया है।",
        "दोपहर 12 से 4 बजे के बीच धूप में बाहर निकलने से बचने की सलाह दी गई है।",
    ]
    wrestling = [
        "नगा पारंपरिक कुश्ती की जिला स्तरीय प्रतियोगिता 4 और 5 दिसंबर 2027 को दीमापुर में होगी।",
        "प्रतिद्वंद्वी को ज़मीन पर गिराने वाला जीतता है।",
        "विजेताओं को नकद पुरस्कार मिलेगा।",
    ]
    for facts, post in (
        (hours, "कलबुर्गी जिले के सभी नागरिकों को बधाई! 📢\n\n" + "\n".join(hours)),
        (wrestling, "दीमापुर में खेल प्रेमी परिवारों को हार्दिक बधाई! 🎉\n\n" + "\n".join(wrestling)),
    ):
        issues = check_fit(post, facts=facts, kind="local_issue").issues
        assert any(i.category == "unsupported_claim" for i in issues), post
    # A prize given is an achievement.
    won = ["दीमापुर की टीम ने राज्य स्तरीय कुश्ती प्रतियोगिता में पहला स्थान जीता।"]
    post = "दीमापुर की टीम को हार्दिक बधाई! 🎉\n\n" + won[0]
    assert check_fit(post, facts=won, kind="event").passed
