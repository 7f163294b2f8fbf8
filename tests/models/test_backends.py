from __future__ import annotations

import json
import time
from pathlib import Path

import httpx
import pytest

from models import BackendState, GenerationOptions, available_backends, create_backend, generate
from models.base import cut_at_stops
from models.fake import FakeBackend
from models.openai_compat import OpenAIBackendError, OpenAICompatBackend
from models.registry import UnknownBackendError
from tests.conftest import make_settings


@pytest.mark.parametrize(
    ("chunks", "stops", "expected"),
    [
        (["नमस्ते ", "दुनिया"], ("###",), "नमस्ते दुनिया"),
        (["पोस्ट", " ख़त्म।\n#", "##\nविषय"], ("###",), "पोस्ट ख़त्म।\n"),
        (["एक\nवि", "षय: दो"], ("\nविषय:",), "एक"),
        (["###"], ("###",), ""),
        (["#हैशटैग #जनहित"], ("###",), "#हैशटैग #जनहित"),
        (["a", "b", "c"], (), "abc"),
    ],
)
def test_stop_sequences_cut_the_text_even_when_split_across_tokens(
    chunks: list[str], stops: tuple[str, ...], expected: str
) -> None:
    assert "".join(cut_at_stops(chunks, stops)) == expected


def test_fake_backend_replays_scripts_in_order_and_records_calls() -> None:
    fake = FakeBackend(default_reply="डिफ़ॉल्ट जवाब।")
    fake.enqueue(["पहला ", "जवाब।"], "दूसरा जवाब।")
    options = GenerationOptions(max_new_tokens=10)
    assert generate(fake, "प्रॉम्प्ट 1", options) == "पहला जवाब।"
    assert generate(fake, "प्रॉम्प्ट 2", options) == "दूसरा जवाब।"
    assert generate(fake, "प्रॉम्प्ट 3", options) == "डिफ़ॉल्ट जवाब।"
    assert [call.prompt for call in fake.history] == ["प्रॉम्प्ट 1", "प्रॉम्प्ट 2", "प्रॉम्प्ट 3"]


def test_fake_backend_without_a_script_states_the_prompts_facts() -> None:
    prompt = "###\nतथ्य:\n- पहला तथ्य\n- दूसरा तथ्य\nपोस्ट:\n"
    reply = generate(FakeBackend(), prompt, GenerationOptions())
    assert "पहला तथ्य।" in reply and "दूसरा तथ्य।" in reply


def test_registry_lists_known_backends_for_an_unknown_name(tmp_path: Path) -> None:
    assert {"hf", "llamacpp", "openai", "fake"} <= set(available_backends())
    with pytest.raises(ValueError, match="fake, hf, llamacpp, openai"):
        make_settings(tmp_path, backend="nope")
    settings = make_settings(tmp_path)
    settings.backend = "nope"
    with pytest.raises(UnknownBackendError, match="known backends: fake, hf, llamacpp, openai"):
        create_backend(settings)


def test_settings_refuse_a_model_path_that_does_not_exist(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="never downloaded"):
        make_settings(tmp_path, backend="hf", model="google/gemma-3-270m")
    with pytest.raises(ValueError, match="SANDESH_MODEL"):
        make_settings(tmp_path, backend="openai")


def test_fake_backend_is_created_from_settings(tmp_path: Path) -> None:
    backend = create_backend(make_settings(tmp_path, fake_reply="तय जवाब।"))
    backend.load()
    assert backend.state is BackendState.READY
    assert generate(backend, "कुछ भी", GenerationOptions()) == "तय जवाब।"


# --- OpenAI-compatible servers ---------------------------------------------------------------


def _sse_lines(pieces: list[str], *, chat: bool = True) -> bytes:
    lines = []
    for piece in pieces:
        choice = {"delta": {"content": piece}} if chat else {"text": piece}
        lines.append(f"data: {json.dumps({'choices': [choice]}, ensure_ascii=False)}\n\n")
    lines.append("data: [DONE]\n\n")
    return "".join(lines).encode()


class FakeServer:
    """An OpenAI-compatible server, in process, through httpx's mock transport."""

    def __init__(
        self, pieces: list[str], *, status: int = 200, models: list[str] | None = None
    ) -> None:
        self.pieces = pieces
        self.status = status
        self.models = models or ["served-model"]
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        if request.url.path.endswith("/models"):
            return httpx.Response(200, json={"data": [{"id": m} for m in self.models]})
        if self.status != 200:
            return httpx.Response(self.status, json={"error": {"message": "model overloaded"}})
        chat = request.url.path.endswith("/chat/completions")
        return httpx.Response(
            200,
            content=_sse_lines(self.pieces, chat=chat),
            headers={"content-type": "text/event-stream"},
        )


def _backend(server: FakeServer, api: str = "chat") -> OpenAICompatBackend:
    return OpenAICompatBackend(
        "http://llm.internal:8000/v1",
        "served-model",
        api_key="secret",
        api=api,
        transport=httpx.MockTransport(server),
    )


def test_openai_backend_streams_chat_completions_and_sends_options() -> None:
    server = FakeServer(["नमस्ते", " साथियों", "।\n###\nविषय"])
    backend = _backend(server)
    backend.load()
    assert backend.state is BackendState.READY
    options = GenerationOptions(
        max_new_tokens=50,
        temperature=0.7,
        seed=3,
        stop=("###", "\nविषय:", "\nतथ्य:", "\nपोस्ट:", "x"),
    )
    assert generate(backend, "प्रॉम्प्ट", options) == "नमस्ते साथियों।\n"
    request = server.requests[-1]
    assert request.url.path == "/v1/chat/completions"
    assert request.headers["authorization"] == "Bearer secret"
    body = json.loads(request.content)
    assert body["messages"] == [{"role": "user", "content": "प्रॉम्प्ट"}]
    assert body["model"] == "served-model"
    assert body["max_tokens"] == 50 and body["seed"] == 3 and body["stream"] is True
    # The API takes four stop sequences; the fifth is applied locally.
    assert body["stop"] == ["###", "\nविषय:", "\nतथ्य:", "\nपोस्ट:"]


def test_openai_backend_speaks_the_plain_completions_api_for_base_models() -> None:
    server = FakeServer(["पोस्ट ", "यहाँ।"])
    backend = _backend(server, api="completions")
    assert generate(backend, "प्रॉम्प्ट", GenerationOptions()) == "पोस्ट यहाँ।"
    request = server.requests[-1]
    assert request.url.path == "/v1/completions"
    assert json.loads(request.content)["prompt"] == "प्रॉम्प्ट"


def test_openai_backend_reports_server_errors_and_missing_models() -> None:
    with pytest.raises(OpenAIBackendError, match="503"):
        generate(_backend(FakeServer([], status=503)), "प्रॉम्प्ट", GenerationOptions())
    backend = _backend(FakeServer([], models=["other-model"]))
    with pytest.raises(OpenAIBackendError, match="other-model"):
        backend.load()
    assert backend.state is BackendState.FAILED
    assert backend.error and "served-model" in backend.error


def test_openai_backend_stops_at_its_deadline() -> None:
    server = FakeServer(["एक ", "दो ", "तीन "])
    options = GenerationOptions(deadline=time.monotonic() - 1)
    assert generate(_backend(server), "प्रॉम्प्ट", options) == "एक "


def test_openai_backend_starts_while_the_server_is_down_and_says_so_per_request() -> None:
    def down(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("connection refused", request=request)

    backend = OpenAICompatBackend("http://llm:8000/v1", "m", transport=httpx.MockTransport(down))
    backend.load()
    assert backend.state is BackendState.READY
    with pytest.raises(httpx.ConnectError):
        generate(backend, "प्रॉम्प्ट", GenerationOptions())
