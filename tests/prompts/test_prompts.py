from __future__ import annotations

from pathlib import Path

import pytest

from evaluation.checks import PlatformLimits, run_checks
from models.slots import SlotSpec, slot_problems
from prompts import KINDS, PLATFORMS, TONES, PromptError, PromptLibrary, get_library
from prompts.phrasebook import get_phrasebook

FACTS = ["वार्ड 7 में स्ट्रीट लाइटें खराब हैं", "मरम्मत 10 दिसंबर तक होगी"]


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("platform", PLATFORMS)
@pytest.mark.parametrize("tone", TONES)
def test_every_kind_renders_for_every_platform_and_tone(
    kind: str, platform: str, tone: str
) -> None:
    prompt = get_library().get(kind).render({"facts": FACTS, "platform": platform, "tone": tone})
    request = prompt.rsplit("###", 1)[1]
    assert request.endswith("तथ्य:\n- वार्ड 7 में स्ट्रीट लाइटें खराब हैं\n- मरम्मत 10 दिसंबर तक होगी\nपोस्ट:\n")
    # Every label the model sees is Hindi; English values never leak into the prompt.
    assert platform not in request and tone not in request and kind not in request


def test_audience_and_call_to_action_appear_only_when_given() -> None:
    template = get_library().get("appeal")
    plain = template.render({"facts": FACTS, "platform": "x", "tone": "urgent"})
    assert "पाठक:" not in plain.rsplit("###", 1)[1]
    full = template.render(
        {
            "facts": FACTS,
            "platform": "x",
            "tone": "urgent",
            "audience": "युवा",
            "call_to_action": "आज ही आवेदन करें",
        }
    )
    assert "पाठक: युवा\nअपील: आज ही आवेदन करें\n" in full


def test_missing_variable_is_an_error_that_names_it() -> None:
    with pytest.raises(PromptError, match="facts"):
        get_library().get("scheme").render({"platform": "x", "tone": "warm"})


def test_unknown_prompt_lists_the_known_ones() -> None:
    with pytest.raises(PromptError, match="appeal, event, greeting, headline, local_issue, scheme"):
        get_library().get("poem")


@pytest.mark.parametrize(
    ("source", "message"),
    [
        ("---\nname: x\n", "closing"),
        (
            "---\nname: bad\nversion: '1'\ndescription: d\nvariables: []\nsurprise: 1\n---\nहै",
            "surprise",
        ),
        ("---\nname: other\nversion: '1'\ndescription: d\nvariables: []\n---\nहै", "file name"),
        ("---\nname: bad\nversion: '1'\ndescription: d\nvariables: []\n---\n{% if %}", "bad.j2:7"),
    ],
)
def test_malformed_templates_are_refused_with_the_reason(
    tmp_path: Path, source: str, message: str
) -> None:
    (tmp_path / "bad.j2").write_text(source, encoding="utf-8")
    with pytest.raises(PromptError, match=message):
        PromptLibrary(tmp_path)


def test_undefined_variable_inside_a_template_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "t.j2").write_text(
        "---\nname: t\nversion: '1'\ndescription: d\nvariables: [facts]\n---\n"
        "{{ facts }} {{ nope }}",
        encoding="utf-8",
    )
    with pytest.raises(PromptError, match="nope"):
        PromptLibrary(tmp_path).get("t").render({"facts": ["क"]})


@pytest.mark.parametrize("template", list(get_library()), ids=lambda t: t.name)
def test_few_shot_examples_are_posts_the_checks_accept(template: object) -> None:
    """The model imitates its examples, so each must be grounded, Hindi and well formed."""
    from prompts import PromptTemplate

    assert isinstance(template, PromptTemplate)
    assert len(template.meta.examples) >= 2
    if template.name == "headline":
        # Its examples are headlines: each keeps to the words and numbers of its facts.
        for example in template.meta.examples:
            spec = SlotSpec(tuple(example.facts), get_phrasebook().common_words)
            assert not slot_problems(example.post.strip(), spec), example.post
        return
    for example in template.meta.examples:
        checks = run_checks(
            example.post.strip(),
            sources=example.facts,
            platform=example.platform,
            limits=PlatformLimits(),
            echo_markers=template.meta.echo_markers,
        )
        failed = {name: r.issues for name, r in checks.items() if not r.passed}
        assert not failed, f"{template.name} example fails: {failed}"
