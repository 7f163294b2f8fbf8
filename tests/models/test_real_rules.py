"""Every decoding rule holds on the real embedded model, on both engines that serve it: hf
(transformers) and llamacpp (llama.cpp). The same tests, the same requests, the same options
the pipeline builds; only the engine differs."""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import replace
from typing import Any

import pytest
import regex

from models import GenerationOptions, Usage, create_backend, generate
from models.base import ModelBackend
from models.constraints import Guard, NumberRule, allowed_numbers, hashtag_words
from models.slots import SlotRule, slot_problems
from prompts import get_library
from service.config import Settings
from service.pipeline import DraftPipeline
from service.schemas import DraftRequest
from tests.conftest import make_settings

pytestmark = pytest.mark.real_model

BACKENDS = ["hf", "llamacpp"]
# Facts on a topic that is in none of models/tuning/data, with numbers to get wrong.
REQUEST = {
    "kind": "event",
    "facts": [
        "सामुदायिक भवन, रामगढ़ ताल में 14 जनवरी को निःशुल्क नेत्र जाँच शिविर लगेगा",
        "जाँच सुबह 9 बजे से दोपहर 1 बजे तक होगी",
        "पंजीकरण के लिए 98765 43210 पर कॉल करें",
    ],
    "platform": "facebook",
    "audience": "ग्रामीण",
    "call_to_action": "समय पर पहुँचें",
    "variants": 3,
    "seed": 7,
}
_NUMBER_RUN = regex.compile(r"[0-9०-९](?:[0-9०-९]|[.,](?=[0-9०-९]))*")
_HASHTAG = regex.compile(r"#([\p{L}\p{M}\p{N}_]+)")


@pytest.fixture(scope="module")
def loaded(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    """Backends by (engine, adapter), each loaded once for the module."""
    cache: dict[tuple[str, str], tuple[ModelBackend, Settings]] = {}
    tmp = tmp_path_factory.mktemp("rules")

    def get(engine: str, adapter: str = "auto") -> tuple[ModelBackend, Settings]:
        if (engine, adapter) not in cache:
            settings = make_settings(tmp, backend=engine, adapter=adapter)
            backend = create_backend(settings.backend, settings.backend_options())
            backend.load()
            cache[engine, adapter] = (backend, settings)
        return cache[engine, adapter]

    yield get
    cache.clear()


def _stream(backend: ModelBackend, prompt: str, options: GenerationOptions) -> list[str]:
    return list(backend.stream(prompt, options))


def _prefixes(chunks: list[str]) -> Iterator[str]:
    text = ""
    for chunk in chunks:
        text += chunk
        yield text


@pytest.mark.parametrize("engine", BACKENDS)
def test_the_headline_rule_holds_token_by_token(engine: str, loaded: Any) -> None:
    """Greedy and sampled headlines (hot, to tempt it off the rule) use only the request's
    words and numbers at every step, and end whole; the model scores what it wrote."""
    backend, settings = loaded(engine)
    assert backend.writes == "headlines" and backend.few_shot is False
    req = DraftRequest.model_validate({**REQUEST, "variants": 3})
    pipeline = DraftPipeline(backend, get_library(), settings)
    template = get_library().get("headline")
    prompt = template.render(req.model_dump(), few_shot=backend.few_shot)
    options = pipeline.headline_options(req, template)
    assert len(options) >= 4 and options[0].constraints is not None
    spec = options[0].constraints.slot
    assert spec is not None
    rule = SlotRule(spec)
    for base in [*options[:3], replace(options[1], temperature=1.5)]:
        usage = Usage()
        chunks = _stream(backend, prompt, replace(base, usage=usage))
        for prefix in _prefixes(chunks):
            assert rule.parse(prefix) is not None, (engine, prefix)
        headline = "".join(chunks)
        assert headline.strip(), engine
        if usage.tokens < base.max_new_tokens:  # it ended by itself: a whole headline
            assert slot_problems(headline, spec) == [], (engine, headline)
        assert usage.scored > 0 and usage.mean_logprob is not None and usage.mean_logprob < 0


@pytest.mark.parametrize("engine", BACKENDS)
def test_numbers_and_hashtags_come_only_from_the_request(engine: str, loaded: Any) -> None:
    """The untuned base model, asked for whole posts hot, writes only the request's numbers
    (in any of their written forms), hashtags only of the request's words (and common civic
    ones), and nothing past the platform's hard maximum."""
    backend, settings = loaded(engine, "none")
    req = DraftRequest.model_validate(REQUEST)
    pipeline = DraftPipeline(backend, get_library(), settings)
    template = get_library().get(req.kind)
    prompt = template.render(req.model_dump(), few_shot=backend.few_shot)
    [greedy, *sampled] = pipeline.candidate_options(req, template)
    constraints = greedy.constraints
    assert constraints is not None and constraints.hard_max_chars is not None
    numbers = NumberRule(allowed_numbers(pipeline.sources(req)))
    words = hashtag_words(pipeline.sources(req))
    for options in [greedy, *(replace(o, temperature=1.3) for o in sampled)]:
        text = generate(backend, prompt, options)
        for run in _NUMBER_RUN.findall(text):
            assert numbers.complete(run), (engine, run, text)
        for tag in _HASHTAG.findall(text):
            assert set(tag.split("_")) <= words, (engine, tag, text)
        # The end is forced once the text reaches the hard maximum; the token that
        # reached it may cross it by its own length.
        assert len(text.strip()) <= constraints.hard_max_chars + 40, (engine, text)
    # WhatsApp takes no hashtags at all.
    whatsapp = DraftRequest.model_validate({**REQUEST, "platform": "whatsapp"})
    [options, *_] = pipeline.candidate_options(whatsapp, template)
    hot = replace(options, temperature=1.3, seed=3)
    prompt = template.render(whatsapp.model_dump(), few_shot=backend.few_shot)
    text = generate(backend, prompt, hot)
    assert "#" not in text.replace("###", ""), (engine, text)


@pytest.mark.parametrize("engine", BACKENDS)
def test_the_closed_lines_rule_holds_for_the_whole_post_writer(engine: str, loaded: Any) -> None:
    """sandesh-hi-faithful writes only the facts, the call to action and its framing
    sentences: at every step the text is on those lines."""
    backend, settings = loaded(engine, "sandesh-hi-faithful")
    assert backend.writes == "posts" and getattr(backend, "framings", None) is not None
    req = DraftRequest.model_validate(REQUEST)
    pipeline = DraftPipeline(backend, get_library(), settings)
    template = get_library().get(req.kind)
    prompt = template.render(req.model_dump(), few_shot=backend.few_shot)
    index = getattr(backend, "_index", None)
    assert index is not None
    for options in pipeline.candidate_options(req, template)[:3]:
        assert options.constraints is not None
        guard = Guard(options.constraints, index, framings=backend.framings)  # type: ignore[attr-defined]
        assert guard.lines is not None
        chunks = _stream(backend, prompt, options)
        for prefix in _prefixes(chunks):
            states, _ = guard.lines.parse(prefix)
            assert states, (engine, prefix)
        assert "".join(chunks).strip(), engine


@pytest.mark.parametrize("engine", BACKENDS)
def test_a_tuned_model_writes_only_its_tuned_vocabulary(engine: str, loaded: Any) -> None:
    """With no rule at all, hot sampling still writes only characters its tuned vocabulary (and
    the prompt) can spell: no other script leaks in."""
    backend, _ = loaded(engine)
    prompt = "तथ्य:\n- नगर निगम ने नई बस सेवा शुरू की है\nशीर्षक:\n"
    index = getattr(backend, "_index", None)
    assert index is not None
    vocab = _tuned_vocab(backend)
    spelled = {ch for i in vocab for ch in index.pieces[i]} | set(prompt)
    for seed in (1, 2, 3):
        options = GenerationOptions(max_new_tokens=40, temperature=1.5, seed=seed)
        text = generate(backend, prompt, options)
        assert set(text) <= spelled, (engine, set(text) - spelled)


def _tuned_vocab(backend: ModelBackend) -> set[int]:
    head = getattr(backend, "_head", None)
    if head is not None:
        return set(head.base)
    vocab = getattr(backend, "_vocab", None)
    assert vocab is not None
    return set(vocab)


@pytest.mark.parametrize("engine", BACKENDS)
def test_greedy_repeats_exactly_and_a_seed_repeats_its_sample(engine: str, loaded: Any) -> None:
    backend, _ = loaded(engine)
    prompt = "तथ्य:\n- आज बाज़ार बंद रहेगा\nपोस्ट:\n"
    usage = Usage()
    greedy = GenerationOptions(max_new_tokens=24, stop=("###",), usage=usage)
    first = _stream(backend, prompt, greedy)
    assert len(first) > 2 and len(first) <= usage.tokens <= 24
    assert "".join(first) == generate(backend, prompt, greedy)
    sampled = GenerationOptions(max_new_tokens=20, temperature=0.9, seed=42)
    assert generate(backend, prompt, sampled) == generate(backend, prompt, sampled)


@pytest.mark.parametrize("engine", BACKENDS)
def test_closing_the_stream_stops_the_model_within_a_token(engine: str, loaded: Any) -> None:
    """A client that leaves stops the model at once: no more tokens are written for it, and the
    next request gets the model straight away."""
    backend, _ = loaded(engine, "none")
    prompt = "भारत के गाँवों के बारे में एक लंबा लेख:\n"
    usage = Usage()
    stream = backend.stream(prompt, GenerationOptions(max_new_tokens=400, usage=usage))
    for _, _chunk in zip(range(3), stream, strict=False):
        pass
    at_close = usage.tokens
    started = time.monotonic()
    stream.close()
    assert time.monotonic() - started < 1.0, engine
    assert usage.tokens <= at_close + 2, engine  # at most the token being computed
    time.sleep(0.3)
    assert usage.tokens <= at_close + 2, engine  # and nothing after
    started = time.monotonic()
    next(iter(backend.stream(prompt, GenerationOptions(max_new_tokens=2))))
    assert time.monotonic() - started < 5.0, engine


def test_llama_cpp_decodes_a_requests_candidates_together_under_every_rule(
    loaded: Any,
) -> None:
    """llama.cpp writes a request's candidates side by side (one sequence each, the prompt
    read once): every candidate is under way before the first ends, each ends once, cut at its
    own stop, with the rules holding on each, and the same request writes the same
    candidates again."""
    backend, settings = loaded("llamacpp", "none")
    req = DraftRequest.model_validate(REQUEST)
    pipeline = DraftPipeline(backend, get_library(), settings)
    template = get_library().get(req.kind)
    prompt = template.render(req.model_dump(), few_shot=backend.few_shot)
    [greedy, *sampled] = pipeline.candidate_options(req, template)
    options = [greedy, *(replace(o, temperature=1.3) for o in sampled)]
    assert len(options) >= 3

    def run() -> tuple[list[tuple[int, bool]], dict[int, str]]:
        steps, texts = [], {i: "" for i in range(len(options))}
        for index, piece in backend.stream_batch(prompt, options):  # type: ignore[attr-defined]
            steps.append((index, piece is None))
            texts[index] += piece or ""
        return steps, texts

    steps, texts = run()
    ended = [i for i, end in steps if end]
    assert sorted(ended) == list(range(len(options)))
    first_end = steps.index((ended[0], True))
    started = {i for i, end in steps[:first_end] if not end}
    assert started == set(range(len(options))), steps[: first_end + 1]
    numbers = NumberRule(allowed_numbers(pipeline.sources(req)))
    words = hashtag_words(pipeline.sources(req))
    for text in texts.values():
        assert "###" not in text, text  # each cut at its own stop
        for number in _NUMBER_RUN.findall(text):
            assert numbers.complete(number), (number, text)
        for tag in _HASHTAG.findall(text):
            assert set(tag.split("_")) <= words, (tag, text)
    assert len(set(texts.values())) > 1, texts  # sampled, not the greedy one five times
    assert run()[1] == texts


def test_facts_too_long_for_the_context_are_drafted_by_the_composer_and_said_so(
    tmp_path: Any,
) -> None:
    """A request whose prompt does not fit llama.cpp's context is not a server error: the
    composer's drafts fill every place, and the response says why the model wrote none."""
    settings = make_settings(tmp_path, backend="llamacpp", llamacpp_n_ctx=256)
    backend = create_backend(settings.backend, settings.backend_options())
    backend.load()
    pipeline = DraftPipeline(backend, get_library(), settings)
    req = DraftRequest.model_validate(REQUEST)
    done = next(e for e in pipeline.run(req) if e.name == "done").data
    assert done["stats"]["prompt_too_long"] is False  # this one fits
    long = DraftRequest.model_validate({**REQUEST, "facts": REQUEST["facts"] * 3})
    done = next(e for e in pipeline.run(long) if e.name == "done").data
    assert done["stats"]["prompt_too_long"] is True
    assert done["stats"]["candidates"] == 0
    assert len(done["drafts"]) == 3
    assert all(d["source"] == "template" for d in done["drafts"])


def test_both_engines_see_the_same_tokens(loaded: Any) -> None:
    """The rules are decided on token texts: both engines read the same text for every token
    (llama.cpp marks three more as control tokens, which write nothing), and tokenize a
    prompt alike."""
    hf, _ = loaded("hf")
    llama, _ = loaded("llamacpp")
    a, b = hf._index.pieces, llama._index.pieces  # type: ignore[attr-defined]
    assert len(a) == len(b)
    differ = [i for i in range(len(a)) if a[i] != b[i]]
    assert len(differ) <= 3 and all(b[i] == "" for i in differ), [(i, a[i]) for i in differ]
    req = DraftRequest.model_validate(REQUEST)
    prompt = get_library().get("headline").render(req.model_dump(), few_shot=False)
    ids = hf._tokenizer(prompt).input_ids  # type: ignore[attr-defined]
    assert llama.tokenize(prompt) == ids  # type: ignore[attr-defined]
