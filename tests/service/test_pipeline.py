from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from evaluation.harness import SUITES_DIR, Case, load_suite
from models.base import GenerationOptions
from models.fake import BatchingFakeBackend, FakeBackend
from prompts import get_library
from service.compose import reshape
from service.pipeline import DraftPipeline
from service.schemas import DraftRequest
from tests.conftest import make_settings


def _pipeline(tmp_path: Path, fake: FakeBackend, **settings: object) -> DraftPipeline:
    return DraftPipeline(fake, get_library(), make_settings(tmp_path, **settings))


def _request(**overrides: object) -> DraftRequest:
    body = {"kind": "event", "facts": ["रविवार को पंचायत भवन में बैठक होगी"], "variants": 1}
    return DraftRequest.model_validate({**body, **overrides})


def test_a_client_that_leaves_stops_the_model_between_tokens(tmp_path: Path) -> None:
    fake = FakeBackend()
    fake.enqueue(["एक "] * 50)
    cancel = threading.Event()
    events = _pipeline(tmp_path, fake).run(_request(), cancel)
    assert next(events).name == "prompt"
    assert next(events).name == "token"
    cancel.set()
    # The model stops at once; what was drafted by then (here: nothing the model finished, so
    # the template) is still returned, marked cancelled, for the record.
    rest = list(events)
    assert [e.name for e in rest if e.name != "draft"] == ["done"]
    done = rest[-1].data
    assert done["stats"]["cancelled"] is True and done["stats"]["candidates"] == 0
    assert [d["source"] for d in done["drafts"]] == ["template"]
    assert len(fake.history) == 1  # no second candidate was started


def test_a_candidate_that_drops_a_facts_figure_is_rejected(tmp_path: Path) -> None:
    facts = ["शिविर 12 दिसंबर को लगेगा", "समय सुबह 10 बजे से है", "हेल्पलाइन 1950 है"]
    fake = FakeBackend()
    fake.enqueue(
        "शिविर 12 दिसंबर को लगेगा। ज़रूर आएँ।",
        "शिविर 12 दिसंबर को सुबह 10 बजे से लगेगा। जानकारी के लिए 1950 पर कॉल करें।",
    )
    events = list(_pipeline(tmp_path, fake).run(_request(facts=facts, variants=1)))
    first, second = (e.data for e in events if e.name == "candidate")
    assert first["passed"] is False
    reasons = [i["reason"] for i in first["checks"]["coverage"]["issues"]]
    assert reasons == [
        "fact 2 gives 10, which the post leaves out",
        "fact 3 gives 1950, which the post leaves out",
    ]
    [draft] = [e.data for e in events if e.name == "draft"]
    assert draft["source"] == "model" and draft["text"].startswith(second["text"][:30])


def test_a_candidate_that_copies_the_prompts_example_is_rejected(tmp_path: Path) -> None:
    example = get_library().get("event").meta.examples[0].post
    fake = FakeBackend()
    fake.enqueue(example, example)
    events = list(_pipeline(tmp_path, fake).run(_request()))
    [candidate, _] = [e.data for e in events if e.name == "candidate"]
    assert "example_echo" in [i["category"] for i in candidate["checks"]["format"]["issues"]]
    [draft] = [e.data for e in events if e.name == "draft"]
    assert draft["source"] == "template"


@pytest.mark.parametrize("case", load_suite(SUITES_DIR / "core.yaml").cases, ids=lambda c: c.id)
def test_template_drafts_for_every_suite_case_pass_every_check(tmp_path: Path, case: Case) -> None:
    """When the model fails, what the user gets instead must itself be clean."""
    fake = FakeBackend(default_reply="asdf qwerty")
    body = case.model_dump(
        include={"kind", "facts", "platform", "tone", "audience", "call_to_action"},
        exclude_none=True,
    )
    events = list(_pipeline(tmp_path, fake).run(_request(**body, variants=3)))
    drafts = [e.data for e in events if e.name == "draft"]
    assert [d["source"] for d in drafts] == ["template"] * 3
    for draft in drafts:
        failed = {k: v["issues"] for k, v in draft["checks"].items() if not v["passed"]}
        assert not failed, draft["text"]


def test_a_tuned_model_is_prompted_without_examples_and_under_constraints(
    tmp_path: Path,
) -> None:
    fake = FakeBackend()
    fake.few_shot = False  # as the hf backend with a tuned adapter
    req = _request(facts=["शिविर 12 दिसंबर को लगेगा"], platform="whatsapp")
    events = list(_pipeline(tmp_path, fake).run(req))
    prompt = events[0].data["text"]
    example = get_library().get("event").meta.examples[0].post
    assert example not in prompt and "12 दिसंबर" in prompt
    options = fake.history[0].options
    assert options.constraints is not None
    assert options.constraints.numbers == {"12"}
    assert options.constraints.hashtags is False  # WhatsApp takes no hashtags


def test_a_second_candidate_under_closed_lines_must_open_differently(tmp_path: Path) -> None:
    fake = FakeBackend()
    first = "शिविर 12 दिसंबर को लगेगा। ज़रूर आएँ।"
    fake.enqueue(first, "ज़रूर आएँ। शिविर 12 दिसंबर को लगेगा।")
    req = _request(facts=["शिविर 12 दिसंबर को लगेगा"], variants=2, tone="celebratory")
    list(_pipeline(tmp_path, fake).run(req))
    one, two = (call.options.constraints for call in fake.history[:2])
    assert one is not None and one.lines is not None and two is not None and two.lines is not None
    assert one.lines.facts == ("शिविर 12 दिसंबर को लगेगा",) and one.lines.tone == "celebratory"
    assert one.lines.earlier == () and two.lines.earlier[0].startswith(first)
    # The tone test the closed lines use is the register check's.
    assert one.lines.carries_tone is not None
    assert one.lines.carries_tone("सभी को होली की शुभकामनाएँ!")
    assert not one.lines.carries_tone(first)


def test_a_candidate_whose_numbers_decoding_had_to_steer_fails_grounding(
    tmp_path: Path,
) -> None:
    class SteeredBackend(FakeBackend):
        def stream(self, prompt: str, options: GenerationOptions) -> Iterator[str]:
            if options.usage is not None:
                options.usage.steered += 1  # as the hf backend counts a blocked digit
            yield from super().stream(prompt, options)

    fake = SteeredBackend()
    fake.enqueue("रविवार को पंचायत भवन में बैठक होगी, ज़रूर आएँ।")
    events = list(_pipeline(tmp_path, fake).run(_request()))
    candidate = next(e.data for e in events if e.name == "candidate")
    assert candidate["passed"] is False
    [issue] = candidate["checks"]["grounding"]["issues"]
    assert issue["category"] == "steered"


CAMP = [
    "सामुदायिक भवन, रामगढ़ ताल में 14 जनवरी को निःशुल्क नेत्र जाँच शिविर लगेगा",
    "जाँच सुबह 9 बजे से दोपहर 1 बजे तक होगी",
]


def _composed(
    tmp_path: Path, *headlines: str, first_draft: str = "model", **overrides: object
) -> dict:
    fake = FakeBackend(writes="headlines")
    fake.enqueue(*[h + "\n" for h in headlines])
    body = {"facts": CAMP, "call_to_action": "आधार कार्ड साथ लाएँ", **overrides}
    pipeline = _pipeline(tmp_path, fake, first_draft=first_draft)
    events = list(pipeline.run(_request(**body)))
    assert "शीर्षक:" in events[0].data["text"]  # the model was asked for a headline
    assert fake.history[0].options.constraints.slot is not None  # under the headline rule
    return events[-1].data


def test_a_model_headline_becomes_a_laid_out_post_around_the_facts(tmp_path: Path) -> None:
    data = _composed(tmp_path, "रामगढ़ ताल में निःशुल्क नेत्र जाँच शिविर")
    [draft] = data["drafts"]
    assert draft["source"] == "model" and draft["passed"], draft["checks"]
    text = draft["text"]
    assert text.startswith("*रामगढ़ ताल में निःशुल्क नेत्र जाँच शिविर*")
    for fact in CAMP:
        # Word for word, key figures in bold; or laid out as a label, every word but its verb
        # ("⏰ जाँच: सुबह 9 बजे से दोपहर 1 बजे तक").
        assert reshape(fact) in text.replace("*", "")
    assert "👉 आधार कार्ड साथ लाएँ।" in text
    assert data["candidates"][0]["headline"] == "रामगढ़ ताल में निःशुल्क नेत्र जाँच शिविर"


def test_the_phrasebook_draft_leads_and_the_model_headlines_follow(tmp_path: Path) -> None:
    # The default (Settings.first_draft): the blind review found the phrasebook's headlines
    # more often publishable than the embedded model's, so the composer's own draft comes first.
    fake = FakeBackend(writes="headlines")
    fake.enqueue("14 जनवरी: रामगढ़ ताल में नेत्र जाँच शिविर\n", "नेत्र जाँच शिविर: सुबह 9 बजे से\n")
    events = list(_pipeline(tmp_path, fake).run(_request(facts=CAMP, variants=2)))
    names = [e.name for e in events]
    # The lead draft goes out before the model writes anything.
    assert names.index("draft") < names.index("candidate")
    data = events[-1].data
    assert [d["source"] for d in data["drafts"]] == ["template", "model"]
    headlines = {c["headline"] for c in data["candidates"]}
    assert data["drafts"][1]["text"].split("*")[1] in headlines
    assert data["drafts"][0]["text"].split("*")[1] not in headlines
    assert data["stats"]["first_from_phrasebook"] is True
    # One model draft is wanted, so one headline plus the extra ones are written, no more.
    assert len(data["candidates"]) == 1 + make_settings(tmp_path).extra_headlines
    # A single variant is the phrasebook's draft alone: the model is not asked at all.
    fake = FakeBackend(writes="headlines")
    events = list(_pipeline(tmp_path, fake).run(_request(facts=CAMP, variants=1)))
    assert fake.history == [] and [e.name for e in events][-2:] == ["draft", "done"]
    [draft] = events[-1].data["drafts"]
    assert draft["source"] == "template" and draft["passed"], draft["checks"]


def test_candidates_written_side_by_side_give_the_drafts_written_one_by_one(
    tmp_path: Path,
) -> None:
    """A backend that decodes a request's candidates together (llama.cpp) interleaves their
    tokens; each candidate is still checked whole, once it ends, and the drafts are the same
    as when they are written one after another, headed alike."""
    scripts = (
        ["14 जनवरी:", " रामगढ़", " ताल", " में नेत्र", " जाँच", " शिविर\n"],
        ["नेत्र जाँच शिविर:", " सुबह 9 बजे से\n"],
        ["रामगढ़ ताल", " में निःशुल्क", " नेत्र जाँच", " शिविर\n"],
    )
    runs = {}
    for backend in (FakeBackend(writes="headlines"), BatchingFakeBackend(writes="headlines")):
        backend.enqueue(*scripts)
        events = list(_pipeline(tmp_path, backend).run(_request(facts=CAMP, variants=3, seed=1)))
        runs[type(backend).__name__] = events
    one, side = runs["FakeBackend"], runs["BatchingFakeBackend"]
    order = [e.data["candidate"] for e in side if e.name == "token"][:3]
    assert order == [0, 1, 2]  # a token of each in turn
    finished = [e.data["index"] for e in side if e.name == "candidate"]
    assert finished[0] == 1  # checked as it ends, the shortest first
    assert [e.data["candidate"] for e in one if e.name == "token"][:3] == [0, 0, 0]
    done_one, done_side = one[-1].data, side[-1].data
    # The response lists the candidates in their order, however they ended.
    assert [c["headline"] for c in done_side["candidates"]] == [
        c["headline"] for c in done_one["candidates"]
    ]
    # The same drafts, headed alike (a stock closing may differ: the composer varies it by how
    # many candidates passed before, which is the order they ended in).
    heads = [[d["text"].splitlines()[0] for d in r["drafts"]] for r in (done_side, done_one)]
    assert heads[0] == heads[1]
    assert [d["source"] for d in done_side["drafts"]].count("model") == 2


def test_a_headline_that_repeats_a_whole_fact_gives_way_to_the_template(tmp_path: Path) -> None:
    data = _composed(tmp_path, *[CAMP[0]] * 4)  # every candidate (1 + 3 extra headlines)
    assert all(not c["passed"] for c in data["candidates"])
    issues = data["candidates"][0]["checks"]["fit"]["issues"]
    assert [i["category"] for i in issues] == ["headline_repeats_fact"]
    [draft] = data["drafts"]
    assert draft["source"] == "template" and draft["passed"]
    assert draft["text"].splitlines()[0] != f"*{CAMP[0]}*"


def test_a_model_headline_that_congratulates_with_no_cause_gives_way(tmp_path: Path) -> None:
    # Round49's readers marked fidelity 0 on "... उपभोक्ताओं को हार्दिक बधाई!" over an agency
    # whose dealership was ended: a greeting's words let it past the phrase check.
    ended = [
        "रामगढ़ ताल गैस एजेंसी की डीलरशिप तेल कंपनी ने 30 नवंबर से समाप्त कर दी है।",
        "इस एजेंसी के लगभग 9,800 उपभोक्ताओं को 1 दिसंबर से हिमगिरि गैस एजेंसी से जोड़ दिया गया है।",
    ]
    headline = "रामगढ़ ताल गैस एजेंसी के 9,800 उपभोक्ताओं को हार्दिक बधाई!"
    data = _composed(tmp_path, *[headline] * 4, facts=ended)
    issues = data["candidates"][0]["checks"]["fit"]["issues"]
    assert "unsupported_claim" in [i["category"] for i in issues], issues
    [draft] = data["drafts"]
    assert draft["source"] == "template" and "बधाई" not in draft["text"]
    # Where a fact says what was won, the model may congratulate.
    won = [*CAMP, "रामगढ़ ताल गाँव को ज़िले में स्वच्छता का पहला स्थान मिला है"]
    data = _composed(tmp_path, *["रामगढ़ ताल गाँव को हार्दिक बधाई!"] * 4, facts=won)
    issues = data["candidates"][0]["checks"]["fit"]["issues"]
    assert "unsupported_claim" not in [i["category"] for i in issues], issues


def test_drafts_from_the_model_have_different_headlines_lifted_from_the_facts(
    tmp_path: Path,
) -> None:
    data = _composed(
        tmp_path,
        "ज़रूरी सूचना",  # greedy, but says nothing in the facts' own phrases
        "14 जनवरी: रामगढ़ ताल में नेत्र जाँच शिविर",
        "नेत्र जाँच शिविर: सुबह 9 बजे से",
        "नेत्र जाँच शिविर: सुबह 9 बजे से",
        "ज़रूरी सूचना",
        variants=2,
    )
    assert [i["category"] for i in data["candidates"][0]["checks"]["grounding"]["issues"]] == [
        "recombined"
    ]
    drafts = data["drafts"]
    assert [d["source"] for d in drafts] == ["model", "model"]
    assert {d["text"].split("*")[1] for d in drafts} == {
        "14 जनवरी: रामगढ़ ताल में नेत्र जाँच शिविर",
        "नेत्र जाँच शिविर: सुबह 9 बजे से",
    }
