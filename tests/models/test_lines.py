"""Closed-set lines: a tuned model writes only the request's facts, its call to action and framing
sentences from its training posts, so it cannot misspell a name or invent an occasion."""

from __future__ import annotations

import json
from functools import partial

import pytest

from evaluation.register import carries_tone
from models.adapter import POSTS_ADAPTER, adapter_path
from models.constraints import DecodeConstraints, Guard, TokenIndex, for_platform
from models.lines import FRAMING_FILE, Framing, FramingSet, LineSpec, as_sentence, hashtags_for
from models.tuning.dataset import DATA_DIR, load, split_of
from models.tuning.framing import build, framings_of

FACT = "रामपुर वार्ड 14 में सड़क का काम 8 दिसंबर से शुरू होगा"
CTA = "कृपया दूसरे रास्ते से जाएँ"
FRAMINGS = FramingSet(
    [
        Framing("असुविधा के लिए खेद है।", frozenset({"respectful"}), frozenset({"असुविधा", "खेद"})),
        Framing(
            "असुविधा के लिए खेद है, धन्यवाद।",
            frozenset({"respectful"}),
            frozenset({"असुविधा", "खेद", "धन्यवाद"}),
        ),
        Framing("होली की ढेरों शुभकामनाएँ!", frozenset({"respectful"}), frozenset({"होली", "ढेरों"})),
        Framing(
            "बेतिया के सभी नागरिकों को हार्दिक बधाई!",
            frozenset({"respectful"}),
            frozenset({"बेतिया", "हार्दिक", "बधाई"}),
        ),
        Framing("सभी को शुभकामनाएँ! 🎉", frozenset({"celebratory"}), frozenset({"शुभकामनाएँ"})),
        Framing("सभी को बधाई!", frozenset({"celebratory"}), frozenset({"बधाई"})),
    ],
    common={"असुविधा", "खेद", "धन्यवाद", "ढेरों", "हार्दिक", "बधाई", "शुभकामनाएँ"},
)
TEXTS = [FACT, CTA, *(f.text for f in FRAMINGS.framings), "प्रारूप"]
# A toy vocabulary: the end, every character of the texts but the emoji, separators and a few
# whole words.
PIECES = [
    "",
    *sorted({ch for t in TEXTS for ch in t} - {"🎉"} | set("।#_,•✓★")),
    "\n",
    "\n\n",
    "###",
    " वार्ड",
    "रामपुर",
    "प्रारूप",
    " सभी",
]
ID = {p: i for i, p in enumerate(PIECES)}
INDEX = TokenIndex(PIECES, [0])


def _guard(
    tone: str = "respectful",
    platform: str = "facebook",
    cta: str | None = CTA,
    earlier: tuple[str, ...] = (),
) -> Guard:
    spec = LineSpec(
        (FACT,),
        cta,
        tone,
        (FACT, *([cta] if cta else [])),
        carries_tone=partial(carries_tone, tone=tone),
        earlier=earlier,
    )
    constraints = for_platform(platform, spec.sources, facts=spec.facts, lines=spec, length=False)
    return Guard(constraints, INDEX, framings=FRAMINGS)


def _allowed(guard: Guard, text: str) -> set[str]:
    only, ids = guard.mask(text)
    assert only
    return {PIECES[i] for i in ids}


def test_a_request_allows_its_facts_its_call_to_action_and_framing_of_its_tone_and_words() -> None:
    spec = LineSpec((FACT,), CTA, "respectful", (FACT, CTA))
    lines, required = FRAMINGS.items(spec)
    assert required == [FACT + "।", CTA + "।"]
    # No Holi greeting on a road notice, no place the request never names, no celebratory line.
    assert lines == [
        FACT + "।",
        CTA + "।",
        "असुविधा के लिए खेद है।",
        "असुविधा के लिए खेद है, धन्यवाद।",
    ]
    holi = LineSpec(("होली मिलन 5 मार्च को",), None, "respectful", ("होली मिलन 5 मार्च को",))
    assert "होली की ढेरों शुभकामनाएँ!" in FRAMINGS.items(holi)[0]
    # A call to action that a fact already says is neither required nor written again.
    said = LineSpec((FACT,), "सड़क का काम 8 दिसंबर से शुरू होगा", "respectful", (FACT,))
    assert FRAMINGS.items(said)[1] == [FACT + "।"]
    assert "सड़क का काम 8 दिसंबर से शुरू होगा।" not in FRAMINGS.items(said)[0]


def test_a_misspelt_or_replaced_name_cannot_begin_the_post() -> None:
    allowed = _allowed(_guard(), "")
    assert {"रामपुर", "र", "अ", "क"} <= allowed  # the fact, the framing, the call to action
    assert not {"प्रारूप", "प", "ब", "हो"} & allowed  # "प्रारूप", बेतिया, होली
    # Mid-fact, only the fact's own next characters: its number cannot become another.
    assert _allowed(_guard(), "रामपुर वार्ड 1") == {"4"}


def test_the_post_ends_only_after_every_fact_and_writes_no_line_twice() -> None:
    guard = _guard()
    assert "" not in _allowed(guard, "असुविधा के लिए खेद है।")
    assert "" not in _allowed(guard, f"{FACT}।")  # the call to action is still to come
    done = f"{FACT}।\n\n{CTA}।"
    after = _allowed(guard, done)
    assert {"", "###", "\n\n", " "} <= after
    assert "अ" not in after  # a line must be followed by a space or a line break
    assert "र" not in _allowed(guard, done + "\n\n")  # the fact is written: not again
    assert "अ" in _allowed(guard, done + "\n\n")
    # Between lines a space, a line break, a blank line or a bullet; a post held from ending
    # goes on with a line, not with blank ones.
    held = _guard(tone="celebratory", cta=None)
    assert {"\n", "\n\n", " "} <= _allowed(held, f"{FACT}।")
    assert "•" not in _allowed(held, f"{FACT}।") and "•" in _allowed(held, f"{FACT}।\n")
    assert not {"\n", " ", "\n\n", ""} & _allowed(held, f"{FACT}।\n\n")
    assert _allowed(held, f"{FACT}।\n\n•") == {" ", " सभी"}  # "• " and a line


def test_a_line_begun_like_one_already_written_goes_on_as_another() -> None:
    text = f"असुविधा के लिए खेद है।\n\n{FACT}।\n\nअसुविधा के लिए खेद है"
    assert _allowed(_guard(), text) == {","}


def test_a_celebratory_post_ends_only_after_a_line_that_greets() -> None:
    guard = _guard(tone="celebratory", cta=None, platform="whatsapp")
    assert guard.lines is not None and guard.lines.toned == ["सभी को बधाई!"]
    assert "" not in _allowed(guard, f"{FACT}।")
    assert "" in _allowed(guard, f"{FACT}।\n\nसभी को बधाई!")
    # A respectful post needs no such line; nor one whose facts already greet.
    assert _guard().lines.toned == []  # type: ignore[union-attr]


def test_one_line_of_emoji_alone_to_a_post() -> None:
    spec = LineSpec((FACT,), None, "warm", (FACT,))
    framings = FramingSet([Framing(m, frozenset({"warm"}), frozenset()) for m in "✓★"], [])
    guard = Guard(
        for_platform("whatsapp", [FACT], lines=spec, length=False), INDEX, framings=framings
    )
    assert {"✓", "★"} <= _allowed(guard, f"{FACT}।\n\n")
    assert not {"✓", "★"} & _allowed(guard, f"{FACT}।\n\n✓\n\n")


def test_at_most_three_framing_lines_then_only_what_is_still_owed() -> None:
    spec = LineSpec((FACT,), None, "warm", (FACT,))
    lines = ["असुविधा के लिए खेद है।", "सभी को बधाई!", "होली की ढेरों शुभकामनाएँ!", "खेद है!"]
    framings = FramingSet([Framing(t, frozenset({"warm"}), frozenset()) for t in lines], [])
    guard = Guard(
        for_platform("whatsapp", [FACT], lines=spec, length=False), INDEX, framings=framings
    )
    three = "\n".join(lines[:3]) + "\n"
    assert _allowed(guard, three) == {"र", "रामपुर", "•", "\n"}  # the fact, or a blank line


def test_no_separator_once_nothing_can_follow_it() -> None:
    # Everything owed is written, the one framing line too: the post ends, and a blank line or a
    # bullet that no line could follow is not offered ("...हुआ।\n\n•" was a post's end).
    spec = LineSpec((FACT,), None, "warm", (FACT,))
    framings = FramingSet([Framing("सभी को बधाई!", frozenset({"warm"}), frozenset())], [])
    guard = Guard(
        for_platform("whatsapp", [FACT], lines=spec, length=False), INDEX, framings=framings
    )
    assert _allowed(guard, f"सभी को बधाई!\n\n{FACT}।") == {"", "###"}
    facebook = Guard(
        for_platform("facebook", [FACT], lines=spec, length=False), INDEX, framings=framings
    )
    after = _allowed(facebook, f"सभी को बधाई!\n\n{FACT}।")
    assert {"", "\n\n", " "} <= after and "•" not in _allowed(
        facebook, f"सभी को बधाई!\n\n{FACT}।\n"
    )


def test_a_second_candidate_opens_with_another_line() -> None:
    first = f"{FACT}।\n\n{CTA}।"
    allowed = _allowed(_guard(earlier=(first,)), "")
    assert "रामपुर" not in allowed and "र" not in allowed
    assert {"अ", "क"} <= allowed
    # After the opening, the fact may come as before.
    assert "र" in _allowed(_guard(earlier=(first,)), "असुविधा के लिए खेद है।\n\n")


def test_hashtags_come_after_the_lines_and_are_runs_of_the_requests_words() -> None:
    text = f"{FACT}।\n\n"
    assert "#" in _allowed(_guard(platform="facebook", cta=None), text)
    assert "#" not in _allowed(_guard(platform="whatsapp", cta=None), text)
    tag = _allowed(_guard(platform="facebook", cta=None), text + "#राम")
    assert "प" in tag and "ब" not in tag  # #रामपुर, not #रामब...
    assert "" in _allowed(_guard(platform="facebook", cta=None), text + "#रामपुर")
    assert hashtags_for([FACT]) >= {"रामपुर", "रामपुर_वार्ड", "सड़क_का_काम", "जनहित"}
    # No figure, no run that begins or ends on a common word, none across a comma.
    assert not hashtags_for([FACT, "पानी, बिजली"]) & {"वार्ड_14", "में_सड़क", "सड़क_का", "पानी_बिजली"}


def test_hashtags_wait_for_every_line_and_stop_at_three_different_ones() -> None:
    guard = _guard(platform="facebook", cta=None)
    assert "#" not in _allowed(guard, "असुविधा के लिए खेद है।\n\n")  # the fact is not written yet
    text = f"{FACT}।\n\n#रामपुर"
    assert not {" ", "\n", ""} & _allowed(guard, text + " #रामपुर")  # the same one twice: no
    assert "#" in _allowed(guard, text + " #वार्ड ")
    assert "#" not in _allowed(guard, text + " #वार्ड #सड़क ")  # a fourth: no
    assert "" in _allowed(guard, text + " #वार्ड #सड़क ")
    celebratory = _guard(tone="celebratory", cta=None, platform="facebook")
    assert "#" not in _allowed(celebratory, f"{FACT}।\n\n")  # the greeting is still to come


def test_a_line_the_vocabulary_cannot_spell_is_left_out() -> None:
    guard = _guard(tone="celebratory", cta=None)
    assert guard.lines is not None
    assert "सभी को शुभकामनाएँ! 🎉" in FRAMINGS.items(guard.c.lines)[0]  # type: ignore[arg-type]
    assert guard.lines.items == [FACT + "।", "सभी को बधाई!"]  # the toy vocabulary has no 🎉


def test_without_a_framing_set_the_number_rule_still_applies() -> None:
    spec = LineSpec((FACT,), None, "respectful", (FACT,))
    guard = Guard(DecodeConstraints(numbers=frozenset({"14", "8"}), lines=spec), INDEX)
    assert guard.lines is None
    only, blocked = guard.mask("वार्ड ")
    assert not only and ID["4"] in blocked and ID["प्रारूप"] not in blocked


def test_facts_are_lines_as_the_training_posts_write_them() -> None:
    assert as_sentence("  काम  8 दिसंबर से ") == "काम 8 दिसंबर से।"
    assert as_sentence("ध्यान दें!") == "ध्यान दें!"


@pytest.fixture(scope="module")
def shipped() -> dict[str, object]:
    path = adapter_path(POSTS_ADAPTER)
    assert path is not None
    return json.loads((path / FRAMING_FILE).read_text(encoding="utf-8"))


def test_the_shipped_framing_set_is_rebuilt_from_the_training_posts(shipped: dict) -> None:
    examples, problems = load(sorted(DATA_DIR.glob("*.jsonl")))
    assert not problems
    assert build(examples) == shipped
    train = {s for e in examples if split_of(e.topic) == "train" for s in framings_of(e)}
    texts = [f["text"] for f in shipped["framings"]]
    assert set(texts) <= train
    assert not any(ch.isdigit() for t in texts for ch in t)
    shipped_set = FramingSet(
        (
            Framing(f["text"], frozenset(f["tones"]), frozenset(f["words"]))
            for f in shipped["framings"]
        ),
        shipped["common"],
    )
    # Every tone has framing a post on any topic may use.
    for tone in ("respectful", "warm", "urgent", "celebratory"):
        assert len(shipped_set.for_request(tone, [])) >= 5
