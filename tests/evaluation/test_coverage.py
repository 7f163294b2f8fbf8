"""Coverage: every figure of the facts is in the post, under its own label."""

from __future__ import annotations

from evaluation.coverage import check_coverage


def test_a_dropped_amount_or_date_is_named_with_its_fact() -> None:
    facts = ["शिविर 12 दिसंबर को लगेगा", "पंजीकरण शुल्क ₹50 है"]
    result = check_coverage("शिविर 12 दिसंबर को लगेगा, ज़रूर आएँ।", facts)
    assert not result.passed
    assert [i.reason for i in result.issues] == ["fact 2 gives ₹50, which the post leaves out"]
    assert result.details == {"covered": 1, "dropped": 1}


def test_figures_count_as_carried_in_any_written_form() -> None:
    facts = ["सहायता राशि ₹2 लाख", "अंतिम तिथि 15 दिसंबर 2026"]
    post = "इस योजना में 2,00,000 रुपये की मदद मिलती है। आवेदन १५ दिसंबर २०२६ तक करें।"
    assert check_coverage(post, facts).passed


def test_a_label_given_another_facts_value_is_a_conflict() -> None:
    facts = ["आवेदन की अंतिम तिथि 15 दिसंबर है", "शिविर 20 दिसंबर को लगेगा"]
    post = "आवेदन की अंतिम तिथि 20 दिसंबर है, और शिविर 15 दिसंबर को।"
    result = check_coverage(post, facts)
    assert [(i.category, i.span) for i in result.issues] == [("conflict", "20 दिसंबर")]
    assert post[result.issues[0].start : result.issues[0].end] == "20 दिसंबर"


def test_tiers_laid_out_one_a_line_are_not_conflicts() -> None:
    facts = ["1 किलोवाट सिस्टम पर ₹30,000 और 2 किलोवाट सिस्टम पर ₹60,000 की सब्सिडी मिलती है"]
    post = "💰 1 किलोवाट सिस्टम पर ₹30,000 की सब्सिडी\n💰 2 किलोवाट सिस्टम पर ₹60,000 की सब्सिडी"
    # The fact's "₹30,000 और 2 किलोवाट" is no range: both figures keep their label.
    assert check_coverage(post, facts).passed
    swapped = "💰 1 किलोवाट सिस्टम पर ₹45,000 की सब्सिडी\n💰 2 किलोवाट सिस्टम पर ₹60,000"
    assert [i.category for i in check_coverage(swapped, facts).issues] == ["dropped", "conflict"]


def test_ranges_and_lists_are_not_read_as_conflicts() -> None:
    facts = ["60 वर्ष के बाद ₹5,000 तक की मासिक पेंशन", "पेंशन की न्यूनतम राशि ₹1,000"]
    post = "60 वर्ष के बाद ₹1,000 से लेकर ₹5,000 तक की मासिक पेंशन मिलती है।"
    assert check_coverage(post, facts).passed
