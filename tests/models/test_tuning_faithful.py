"""The faithful training style: facts copied word for word, the writer's framing kept."""

from __future__ import annotations

from collections import Counter

from models.tuning.dataset import DATA_DIR, Example, check_example, load, validate
from models.tuning.faithful import faithful, faithful_post

EXAMPLES, _ = load(sorted(DATA_DIR.glob("*.jsonl")))
REBUILT = faithful(EXAMPLES)


def test_every_rebuilt_post_copies_each_fact_and_passes_every_check() -> None:
    assert len(REBUILT) >= 0.8 * len(EXAMPLES)
    assert validate(REBUILT) == []
    for example in REBUILT:
        assert all(fact.strip() in example.post for fact in example.facts), example.id


def test_the_rebuilt_set_still_teaches_every_kind_platform_and_tone() -> None:
    for field in ("kind", "platform", "tone"):
        counts = Counter(getattr(e, field) for e in REBUILT)
        assert min(counts.values()) >= 150, (field, counts)


def _example(post: str, **fields: object) -> Example:
    return Example.model_validate(
        {
            "id": "event-test",
            "topic": "event:test",
            "kind": "event",
            "platform": "facebook",
            "tone": "warm",
            "facts": [
                "सामुदायिक भवन, रामपुर में निःशुल्क स्वास्थ्य जाँच शिविर लगेगा",
                "शिविर 14 दिसंबर को सुबह 9 बजे से दोपहर 3 बजे तक चलेगा",
            ],
            "post": post,
            **fields,
        }
    )


def test_the_writers_opening_and_closing_are_kept_and_the_retelling_is_replaced() -> None:
    example = _example(
        "*रामपुर वालों के लिए अच्छी ख़बर* 🩺\n\n"
        "रामपुर के सामुदायिक भवन में 14 दिसंबर को सुबह 9 से दोपहर 3 बजे तक निःशुल्क जाँच "
        "शिविर चलेगा।\n\nअपने परिवार के साथ ज़रूर आएँ।"
    )
    assert not check_example(example)
    post = faithful_post(example)
    assert post == (
        "*रामपुर वालों के लिए अच्छी ख़बर* 🩺\n\n"
        "सामुदायिक भवन, रामपुर में निःशुल्क स्वास्थ्य जाँच शिविर लगेगा। "
        "शिविर 14 दिसंबर को सुबह 9 बजे से दोपहर 3 बजे तक चलेगा।\n\n"
        "अपने परिवार के साथ ज़रूर आएँ।"
    )


def test_an_opening_that_retells_a_fact_is_not_kept_twice() -> None:
    example = _example(
        "रामपुर में निःशुल्क स्वास्थ्य जाँच शिविर लग रहा है। यह 14 दिसंबर को है।\n\nअपने परिवार के साथ ज़रूर आएँ।"
    )
    post = faithful_post(example)
    assert post is not None
    assert post.startswith("सामुदायिक भवन, रामपुर में")
    assert post.count("शिविर") == 2  # once in each fact, never in a retelling


def test_a_call_to_action_a_fact_already_states_is_not_repeated() -> None:
    example = _example(
        "शिविर में ज़रूर आएँ।\n\nसबको बताएँ।",
        call_to_action="शिविर 14 दिसंबर को सुबह 9 बजे से चलेगा, समय पर आएँ",
    )
    post = faithful_post(example)
    assert post is not None and "समय पर आएँ" not in post
    other = _example("शिविर में ज़रूर आएँ।\n\nसबको बताएँ।", call_to_action="पुराना पर्चा साथ लाएँ")
    assert "पुराना पर्चा साथ लाएँ।" in (faithful_post(other) or "")
