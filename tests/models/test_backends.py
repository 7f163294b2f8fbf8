from __future__ import annotations

import json
import socket
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import httpx
import pytest
from fastapi.testclient import TestClient

from models import BackendState, GenerationOptions, available_backends, create_backend, generate
from models.base import (
    BackendBadResponse,
    BackendError,
    BackendTimeout,
    BackendUnavailable,
    cut_at_stops,
    stream_many,
)
from models.fake import FakeBackend, FakeOptions
from models.openai_compat import OpenAICompatBackend, OpenAIOptions
from models.registry import UnknownBackendError
from service.main import create_app
from tests.conftest import make_settings, wait_ready

ROOT = Path(__file__).resolve().parents[2]


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


def test_a_backend_that_cannot_batch_writes_the_candidates_one_after_another() -> None:
    """The pipeline asks every backend for all candidates at once; one that decodes a single
    sequence gives each candidate whole, cut at its own stops, then says it ended."""
    fake = FakeBackend()
    fake.enqueue(["पहला ", "जवाब\n", "बचा"], ["दूसरा ", "जवाब"])
    options = [GenerationOptions(stop=("\n",)), GenerationOptions(stop=("###",))]
    assert list(stream_many(fake, "प्रॉम्प्ट", options)) == [
        (0, "पहला "),
        (0, "जवाब"),
        (0, None),
        (1, "दूसरा "),
        (1, "जवाब"),
        (1, None),
    ]


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
    with pytest.raises(UnknownBackendError, match="known backends: fake, hf, llamacpp, openai"):
        create_backend("nope", FakeOptions())
    # Another backend's options are refused by name, not half-read.
    with pytest.raises(TypeError, match="'fake' takes FakeOptions, not OpenAIOptions"):
        create_backend("fake", OpenAIOptions("http://llm:8000/v1", "m"))


@pytest.mark.parametrize(
    "module",
    ["models.registry", "models.fake", "models.hf", "models.llamacpp", "models.openai_compat"],
)
def test_the_model_layer_imports_no_service_module_and_no_engine(module: str) -> None:
    """In a fresh interpreter: the model layer stands on its own (issue 16), and importing a
    backend loads no engine (torch, llama.cpp) until it loads its model."""
    code = f"import json, sys, {module}; print(json.dumps(sorted(sys.modules)))"
    loaded = json.loads(
        subprocess.run(
            [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
        ).stdout
    )
    assert module in loaded and "models.registry" in loaded
    assert [m for m in loaded if m.split(".")[0] in ("service", "torch", "llama_cpp")] == []


def test_settings_refuse_a_model_path_that_does_not_exist(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="never downloaded"):
        make_settings(tmp_path, backend="hf", model="google/gemma-3-270m")
    with pytest.raises(ValueError, match="SANDESH_MODEL"):
        make_settings(tmp_path, backend="openai")


def test_fake_backend_is_created_from_settings(tmp_path: Path) -> None:
    settings = make_settings(tmp_path, fake_reply="तय जवाब।")
    backend = create_backend(settings.backend, settings.backend_options())
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


@pytest.mark.parametrize(
    ("status", "error"),
    [(503, BackendUnavailable), (500, BackendUnavailable), (400, BackendBadResponse)],
)
def test_openai_backend_reports_server_errors(status: int, error: type[BackendError]) -> None:
    with pytest.raises(error, match=rf"answered {status}: .*model overloaded"):
        generate(_backend(FakeServer([], status=status)), "प्रॉम्प्ट", GenerationOptions())


def test_openai_backend_refuses_a_stream_that_is_no_completion() -> None:
    def server(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=b'data: {"error": "busy"}\n\n')

    backend = OpenAICompatBackend("http://llm:8000/v1", "m", transport=httpx.MockTransport(server))
    with pytest.raises(BackendBadResponse, match="unexpected stream line"):
        generate(backend, "प्रॉम्प्ट", GenerationOptions())


def test_openai_backend_names_a_model_the_server_does_not_serve() -> None:
    backend = _backend(FakeServer([], models=["other-model"]))
    with pytest.raises(BackendUnavailable, match="other-model"):
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
    with pytest.raises(BackendUnavailable, match=r"cannot reach http://llm:8000/v1/.*refused"):
        generate(backend, "प्रॉम्प्ट", GenerationOptions())


def test_openai_backend_says_when_the_server_went_quiet() -> None:
    def quiet(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("timed out", request=request)

    backend = OpenAICompatBackend(
        "http://llm:8000/v1", "m", timeout_s=7, transport=httpx.MockTransport(quiet)
    )
    with pytest.raises(BackendTimeout, match="sent nothing for 7 s"):
        generate(backend, "प्रॉम्प्ट", GenerationOptions())


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
    return port


def test_a_server_that_is_not_there_is_unavailable_and_drafts_answer_502(
    tmp_path: Path, draft_body: Callable[..., dict[str, object]]
) -> None:
    """No mock: a real connection to a loopback port nothing listens on."""
    url = f"http://127.0.0.1:{_closed_port()}/v1"
    backend = OpenAICompatBackend(url, "m", timeout_s=5)
    backend.load()  # a server that is down may be up by the first request
    assert backend.state is BackendState.READY
    with pytest.raises(BackendUnavailable, match=r"cannot reach .*ConnectError"):
        generate(backend, "प्रॉम्प्ट", GenerationOptions())
    backend.close()
    settings = make_settings(tmp_path, backend="openai", model="m", openai_base_url=url)
    with TestClient(create_app(settings)) as client:
        wait_ready(client)
        response = client.post("/v1/drafts", json=draft_body())
    assert response.status_code == 502
    body = response.json()
    assert body["code"] == "model_server_failed"
    assert "cannot reach" in body["detail"]
