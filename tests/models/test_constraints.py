"""Constrained decoding: numbers only from the facts, hashtags by platform, a length window."""

from __future__ import annotations

import json
from pathlib import Path

import torch

from evaluation.grounding import check_grounding
from evaluation.numbers import as_digits, extract_mentions, figures
from models.base import Usage
from models.constraints import (
    DecodeConstraints,
    Guard,
    NumberRule,
    TokenIndex,
    allowed_numbers,
    for_platform,
)
from models.hf_decoding import GuardProcessor, TrimmedHead

END = 0
PIECES = [
    "",  # 0: end of sequence
    *"0123456789",  # 1-10
    ",",
    ".",
    " ",
    "₹",
    " हर साल",
    " मिलते हैं।",
    "\n",
    "###",
    " #किसान",
    "२०२",
    "६",
    " लाख",
    " रुपये",
]
INDEX = TokenIndex(PIECES, [END])
ID = {p: i for i, p in enumerate(PIECES)}


def _guard(facts: list[str], **kw: object) -> Guard:
    return Guard(DecodeConstraints(numbers=allowed_numbers(facts), **kw), INDEX)  # type: ignore[arg-type]


def _allowed(guard: Guard, text: str) -> set[str]:
    only, ids = guard.mask(text)
    chosen = set(ids) if only else set(range(len(PIECES))) - set(ids)
    return {PIECES[i] for i in chosen}


def _decode(guard: Guard, wanted: str, steps: int = 40) -> str:
    """Greedy decoding by a 'model' that wants to write ``wanted``: at each step it takes the
    longest allowed piece that continues ``wanted``, else the end token, else any allowed piece."""
    text = ""
    for _ in range(steps):
        allowed = _allowed(guard, text)
        rest = wanted[len(text) :] if wanted.startswith(text) else ""
        fits = [p for p in allowed if p and rest.startswith(p)]
        if fits:
            text += max(fits, key=len)
        elif "" in allowed:
            break
        else:
            text += sorted(p for p in allowed if p)[0]
    return text


def test_numbers_are_read_from_facts_in_every_written_form() -> None:
    assert allowed_numbers(["हर साल ₹6,000", "2.5 लाख", "१५.०८.२०२६ तक", "कक्षा 1 से 3"]) == {
        "6000",
        "2.5",
        "250000",  # 2.5 लाख, as the grounding check reads it
        "15.08.2026",
        "15",
        "08",
        "2026",
        "1",
        "3",
    }


def test_a_figure_the_facts_give_in_words_may_be_written_in_digits() -> None:
    # The grounding check reads "₹2 लाख" as 200000 and "दो" as 2: decoding lets a model write
    # them so, besides copying the fact's own digits.
    facts = ["योजना में ₹2 लाख तक का बीमा मिलता है"]
    assert {"2", "200000"} <= allowed_numbers(facts)
    for wanted in ("₹2,00,000 हर साल मिलते हैं।", "₹2 लाख हर साल मिलते हैं।"):
        text = _decode(_guard(facts), wanted)
        assert text == wanted
        assert check_grounding(text, facts).passed
    drops = ["पोलियो की दो बूँद हर बच्चे को पिलाएँ"]
    assert _decode(_guard(drops), "2 हर साल") == "2 हर साल"
    assert _decode(_guard(drops), "3 हर साल") != "3 हर साल"


def _tuning_facts() -> list[str]:
    root = Path(__file__).resolve().parents[2] / "models" / "tuning"
    facts: set[str] = set()
    for path in sorted((root / "data").glob("*.jsonl")) + sorted(
        (root / "holdout").glob("*.jsonl")
    ):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                facts.update(json.loads(line)["facts"])
    return sorted(facts)


def test_decoding_allows_every_figure_the_grounding_check_reads_in_a_fact() -> None:
    """One number reader: for every fact of the tuning data and the held-out rounds, each figure
    the grounding check finds in it (₹2 लाख as 200000, "तीन" as 3, a date's day and year, a
    helpline's digits) is grounded when a post writes it in digits, and decoding for that fact
    lets a model write it."""
    facts = _tuning_facts()
    assert len(facts) > 3000
    refused: list[tuple[str, str, str]] = []
    for fact in facts:
        rule = NumberRule(allowed_numbers([fact]))
        for mention in extract_mentions(fact):
            for figure in figures(mention):
                digits = as_digits(figure)
                if not rule.complete(digits) or not check_grounding(digits, [fact]).passed:
                    refused.append((fact, mention.span, digits))
    assert not refused, refused[:10]


def test_a_model_that_wants_to_invent_an_amount_cannot_write_it() -> None:
    facts = ["पीएम-किसान में हर साल ₹6,000 मिलते हैं"]
    text = _decode(_guard(facts), "₹60,327 हर साल मिलते हैं।")
    assert "60,327" not in text and "60327" not in text
    assert check_grounding(text, facts).passed, text
    # The same model writing the fact's own figure is not held back at all.
    assert _decode(_guard(facts), "₹6,000 हर साल मिलते हैं।") == "₹6,000 हर साल मिलते हैं।"


def test_a_number_in_progress_may_only_continue_towards_a_fact() -> None:
    guard = _guard(["₹6,000 और 2.5 लाख"])
    assert _allowed(guard, "₹6") >= {"0", ","}
    assert not _allowed(guard, "₹6") & {"5", " ", " लाख", "\n"}  # 6 alone is no fact
    assert " लाख" in _allowed(guard, "2.5") and "." in _allowed(guard, "2")
    assert "0" not in _allowed(guard, "₹6,000")  # 60000 is not in the facts
    assert " रुपये" in _allowed(guard, "₹6,000")


def test_devanagari_digits_count_as_the_same_number() -> None:
    guard = _guard(["अंतिम तिथि 2026 है"])
    assert "२०२" in _allowed(guard, "वर्ष ")
    assert "६" in _allowed(guard, "वर्ष २०२")
    assert "7" not in _allowed(guard, "वर्ष ")


def test_hashtags_only_where_the_platform_takes_them() -> None:
    whatsapp = Guard(for_platform("whatsapp", ["x"], length=False), INDEX)
    assert " #किसान" not in _allowed(whatsapp, "नमस्ते।")
    assert "###" not in _allowed(whatsapp, "नमस्ते।")
    assert "###" in _allowed(whatsapp, "नमस्ते।\n")  # the end of the post stays possible
    instagram = Guard(for_platform("instagram", ["x"], length=False), INDEX)
    assert " #किसान" in _allowed(instagram, "नमस्ते।")


TAG_PIECES = ["", " #", "#", "हो", "ली", "होली", "_", "रंग", " ", "\n", "###", "हरि", "याली"]
TAG_PIECES += [" #होली", " #हरि", " शुभ", "।"]


def test_a_hashtag_joins_words_of_the_request_or_common_civic_ones() -> None:
    index = TokenIndex(TAG_PIECES, [END])
    guard = Guard(for_platform("instagram", ["होली पर रंग खेलें"], length=False), index)

    def allowed(text: str) -> set[str]:
        only, ids = guard.mask(text)
        chosen = set(ids) if only else set(range(len(TAG_PIECES))) - set(ids)
        return {TAG_PIECES[i] for i in chosen}

    post = "होली मनाएँ।\n\n"
    # Opening a hashtag: only towards a word the request or the common list gives.
    assert {" #होली", " #", "#"} <= allowed(post) and " #हरि" not in allowed(post)
    assert allowed(post + "#") >= {"हो", "होली", "रंग"} and "हरि" not in allowed(post + "#")
    # Half a word cannot end the hashtag; a whole one can, or join the next with "_".
    assert allowed(post + "#हो") == {"ली"}
    assert allowed(post + "#होली") >= {" ", "\n", "_", "", "###", " शुभ"}
    assert "याली" not in allowed(post + "#होली")
    assert allowed(post + "#होली_") == {"हो", "होली", "रंग"}
    # No word twice (the looping "#स्वच्छ_स्वच्छ_..."), and at most three words.
    assert not allowed(post + "#होली_होली") & {" ", "\n", "_", ""}
    assert "_" in allowed(post + "#होली_रंग")
    assert "_" not in allowed(post + "#होली_रंग_होली") | allowed(post + "#होली_पर_रंग")
    whatsapp = Guard(for_platform("whatsapp", ["होली पर रंग खेलें"], length=False), index)
    only, ids = whatsapp.mask(post)
    assert not only and {TAG_PIECES.index(" #होली"), TAG_PIECES.index("#")} <= set(ids)


def test_the_end_is_held_back_until_the_minimum_and_forced_past_the_maximum() -> None:
    guard = Guard(DecodeConstraints(min_chars=20, soft_max_chars=40, hard_max_chars=60), INDEX)
    assert not _allowed(guard, "हर साल\n") & {"", "###"}
    long = "हर साल मिलते हैं।" * 2
    assert _allowed(guard, long) >= {"", "###"}
    assert _allowed(guard, long * 2) == {""}  # past the soft maximum, at a sentence end
    assert _allowed(guard, "हर साल" * 8) >= {" मिलते हैं।"}  # mid-sentence: may finish it
    assert _allowed(guard, "हर साल" * 11) == {""}  # past the hard maximum: ends now


def test_the_logits_processor_and_trimmed_head_mask_what_the_guard_forbids() -> None:
    torch.manual_seed(0)
    weight = torch.randn(len(PIECES), 8)
    head = TrimmedHead(weight, vocab=[0, 1, 7, 14, 16], vocab_size=len(PIECES))
    head.allow([15])
    logits = head(torch.randn(1, 1, 8))[0]
    assert torch.isinf(logits[0, 2]) and not torch.isinf(logits[0, 15])
    processor = GuardProcessor(_guard(["₹6,000"]), PIECES, prompt_len=1)
    ids = torch.tensor([[ID["₹"], ID["₹"], ID["6"]]])  # a prompt token, then "₹6"
    scores = processor(ids, torch.zeros(1, len(PIECES)))
    allowed = {PIECES[i] for i in torch.nonzero(~torch.isinf(scores[0])).flatten().tolist()}
    assert allowed == {"0", ","}


def test_the_end_waits_until_every_number_of_the_facts_is_written() -> None:
    constraints = for_platform(
        "x", ["शिविर 12 दिसंबर को, शुल्क ₹50"], facts=["शिविर 12 दिसंबर को, शुल्क ₹50"], length=False
    )
    guard = Guard(constraints, INDEX)
    assert not _allowed(guard, "शिविर 12 दिसंबर को है।\n") & {"", "###"}
    assert _allowed(guard, "शिविर 12 दिसंबर को है, शुल्क ₹50।\n") >= {"", "###"}


def test_a_complete_number_may_still_grow_into_a_longer_one() -> None:
    # "2" and "20" are both in the facts: after "2" the model may write "0" (for 20 दिसंबर).
    guard = _guard(["सड़क 20 दिसंबर से खुली, काम 2 दिन पहले पूरा"])
    assert {"0", " रुपये"} <= _allowed(guard, "सड़क 2")
    assert "5" not in _allowed(guard, "सड़क 2")
    assert _decode(guard, "₹20 हर साल मिलते हैं।") == "₹20 हर साल मिलते हैं।"


def test_a_digit_the_model_wanted_but_could_not_write_is_counted() -> None:
    usage = Usage()
    processor = GuardProcessor(
        _guard(["₹6,000"]), PIECES, prompt_len=0, usage=usage, digit_ids=INDEX.digit_ids
    )
    scores = torch.zeros(1, len(PIECES))
    scores[0, ID["7"]] = 5.0  # the model's first choice: a 7, which no fact has
    processor(torch.tensor([[ID["₹"]]]), scores)
    assert usage.steered == 1
    scores = torch.zeros(1, len(PIECES))
    scores[0, ID["6"]] = 5.0  # a 6 may start ₹6,000: not steered
    processor(torch.tensor([[ID["₹"]]]), scores)
    assert usage.steered == 1
