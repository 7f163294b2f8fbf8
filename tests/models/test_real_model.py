"""The embedded Gemma 3 270M, loaded for real from the PyPI package (converted once, cached)."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from evaluation.checks import check_language
from models import GenerationOptions, Usage, create_backend, generate
from service.compose import reshape
from service.main import create_app
from service.pipeline import FLUENCY_FLOOR
from tests.conftest import make_settings, wait_ready

pytestmark = pytest.mark.real_model

# Facts on a topic that is in none of models/tuning/data.
FACTS = [
    "सामुदायिक भवन, रामगढ़ ताल में 14 जनवरी को निःशुल्क नेत्र जाँच शिविर लगेगा",
    "जाँच सुबह 9 बजे से दोपहर 1 बजे तक होगी",
]


# Both engines that serve the embedded model: transformers, and llama.cpp on its own GGUF.
ENGINES = ["hf", "llamacpp"]


@pytest.mark.parametrize("engine", ENGINES)
def test_the_default_model_writes_a_checked_post_on_facts_it_never_saw(
    tmp_path: Path, engine: str
) -> None:
    settings = make_settings(tmp_path, backend=engine, generation_timeout_s=600)
    with TestClient(create_app(settings)) as client:
        wait_ready(client, timeout_s=900)
        [model] = client.get("/v1/models").json()
        # The default is the embedded model with its tuned adapter.
        assert model["backend"] == engine and "gemma-3-270m" in model["model_id"]
        assert model["model_id"].endswith("+ LoRA sandesh-hi-headline")
        backend = client.app.state.backend  # type: ignore[attr-defined]
        assert backend.few_shot is False  # tuned on prompts without examples
        assert backend.writes == "headlines"  # the composer lays out the rest (issue 12)

        # Greedy decoding repeats itself exactly, token by token, and the stop cuts the text.
        prompt = "तथ्य:\n- आज बाज़ार बंद रहेगा\nपोस्ट:\n"
        usage = Usage()
        greedy = GenerationOptions(max_new_tokens=24, stop=("###",), usage=usage)
        first = list(backend.stream(prompt, greedy))
        assert len(first) > 2
        assert len(first) <= usage.tokens <= 24  # chunks merge tokens; the count stays exact
        assert "".join(first) == generate(backend, prompt, greedy)
        # Every token but the last is scored by the model's own log-probability (read on the
        # step after it), before any rule could mask it.
        assert 0 < usage.scored <= usage.tokens and usage.mean_logprob is not None
        assert usage.mean_logprob < 0

        response = client.post(
            "/v1/drafts",
            json={
                "kind": "event",
                "facts": FACTS,
                "platform": "whatsapp",
                "audience": "ग्रामीण",
                "call_to_action": "समय पर पहुँचें",
                "variants": 2,
            },
        )
    assert response.status_code == 200, response.text
    data = response.json()
    # The composer's own draft leads (a phrasebook headline, the event laid out as what, when
    # and where: every word of its fact but "को" and the verb); the model writes the second
    # draft's headline and the composer lays out the facts word for word around it (WhatsApp
    # bold on times and dates), with the address and the call to action. Both pass every check.
    lead, draft = data["drafts"]
    assert lead["source"] == "template" and data["stats"]["first_from_phrasebook"] is True
    assert draft["source"] == "model", data["candidates"]
    for each in (lead, draft):
        assert each["passed"] is True, each["checks"]
        text = each["text"].replace("*", "")
        for fact in FACTS:
            if each is draft:
                # Word for word, or as the label it is laid out as ("जाँच: सुबह 9 बजे ...").
                assert fact in text or reshape(fact) in text, fact
            else:
                # The first draft lays the event out as what, when and where: every word but
                # the verbs and the date's "को".
                verbs = ("को", "लगेगा", "होगी", "होगा")
                assert all(w in text for w in fact.split() if w not in verbs), fact
        assert "समय पर पहुँचें" in text and "ग्रामीण" in text
        assert each["text"].endswith(settings.disclosure)
        assert check_language(each["text"]).details["language"] == "hi"
    headline = draft["text"].replace("*", "").splitlines()[0]
    assert headline.strip() and headline not in FACTS
    assert headline != lead["text"].replace("*", "").splitlines()[0]
    # The model's headlines are scored: the one in the draft was judged by the model's own
    # confidence in it, and every candidate names what it wrote.
    chosen = next(c for c in data["candidates"] if c["text"] == draft["text"])
    assert chosen["mean_logprob"] is not None and chosen["mean_logprob"] >= FLUENCY_FLOOR


@pytest.mark.parametrize("engine", ENGINES)
def test_the_untuned_base_model_serves_by_setting(tmp_path: Path, engine: str) -> None:
    settings = make_settings(
        tmp_path,
        backend=engine,
        adapter="none",
        max_new_tokens=60,
        generation_timeout_s=600,
        extra_candidates=1,
    )
    with TestClient(create_app(settings)) as client:
        wait_ready(client, timeout_s=900)
        [model] = client.get("/v1/models").json()
        assert "LoRA" not in model["model_id"]
        assert client.app.state.backend.few_shot is True  # type: ignore[attr-defined]
        response = client.post(
            "/v1/drafts",
            json={
                "kind": "event",
                "facts": FACTS,
                "platform": "whatsapp",
                "variants": 1,
                "seed": 1,
            },
        )
    assert response.status_code == 200, response.text
    data = response.json()
    assert data["stats"]["tokens"] > 0
    # The model's own text is real Hindi, whatever the checks then say of it; what the request
    # returns (its draft or the template's) passes every check.
    model_text = data["candidates"][0]["text"]
    assert check_language(model_text).details["devanagari_share"] > 0.6, model_text
    [draft] = data["drafts"]
    assert draft["passed"] is True, draft["checks"]
    assert check_language(draft["text"]).details["language"] == "hi"


@pytest.mark.parametrize("engine", ENGINES)
def test_same_seed_same_sample(tmp_path: Path, engine: str) -> None:
    settings = make_settings(tmp_path, backend=engine)
    backend = create_backend(settings.backend, settings.backend_options())
    backend.load()
    prompt = "तथ्य:\n- नगर निगम ने नई बस सेवा शुरू की है\nपोस्ट:\n"
    sampled = GenerationOptions(max_new_tokens=20, temperature=0.9, seed=42)
    assert generate(backend, prompt, sampled) == generate(backend, prompt, sampled)


def test_any_local_hugging_face_model_directory_loads_by_setting(tmp_path: Path) -> None:
    from models.hf import embedded_model_dir

    settings = make_settings(tmp_path, backend="hf")
    local_dir = embedded_model_dir(settings.model_cache_dir)  # a plain safetensors model folder
    local = make_settings(tmp_path, backend="hf", model=str(local_dir))
    backend = create_backend(local.backend, local.backend_options())
    backend.load()
    assert backend.model_id == str(local_dir)
    text = generate(backend, "भारत की राजधानी", GenerationOptions(max_new_tokens=8))
    assert text.strip()
