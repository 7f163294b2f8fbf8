"""The openai backend against a real OpenAI-compatible server: llama-cpp-python's own
(``python -m llama_cpp.server``) serving the embedded GGUF on a free loopback port. No mocks:
Sandesh drafts, streams and cancels through it as it would through vLLM or Ollama."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from fastapi.testclient import TestClient

from models import BackendState, GenerationOptions, Usage, generate
from models.llamacpp import embedded_gguf
from models.openai_compat import OpenAIBackendError, OpenAICompatBackend
from service.main import create_app
from tests.conftest import make_settings, wait_ready

pytestmark = pytest.mark.real_model

ALIAS = "gemma-3-270m-base"
FACTS = [
    "सामुदायिक भवन, रामगढ़ ताल में 14 जनवरी को निःशुल्क नेत्र जाँच शिविर लगेगा",
    "जाँच सुबह 9 बजे से दोपहर 1 बजे तक होगी",
]
PROMPT = "तथ्य:\n- " + "\n- ".join(FACTS) + "\nपोस्ट:\n"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
    return port


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The base model's GGUF behind llama.cpp's server, one thread, on 127.0.0.1."""
    tmp = tmp_path_factory.mktemp("llama-server")
    gguf = embedded_gguf(make_settings(tmp).model_cache_dir)
    port = _free_port()
    log_path = tmp / "server.log"
    with log_path.open("w") as log:
        process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "llama_cpp.server",
                "--model",
                str(gguf),
                "--model_alias",
                ALIAS,
                "--host",
                "127.0.0.1",
                "--port",
                str(port),
                "--n_ctx",
                "2048",
                "--n_threads",
                "1",
            ],
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    url = f"http://127.0.0.1:{port}/v1"
    deadline = time.monotonic() + 120
    try:
        while True:
            assert process.poll() is None, log_path.read_text()
            try:
                if httpx.get(f"{url}/models", timeout=2).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            assert time.monotonic() < deadline, log_path.read_text()
            time.sleep(0.3)
        yield url
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@pytest.fixture
def backend(server: str) -> Iterator[OpenAICompatBackend]:
    client = OpenAICompatBackend(server, ALIAS, api="completions", timeout_s=120)
    yield client
    client.close()


def test_the_openai_backend_generates_and_streams_from_a_real_server(
    backend: OpenAICompatBackend,
) -> None:
    backend.load()  # the server lists the model by its alias
    assert backend.state is BackendState.READY
    # The server keeps what it last read, and what it read before a prompt moves the sums it
    # makes of it: on this AMD EPYC machine the first greedy request after start parted from
    # every later one at a near tie ("- रामगढ़ ताल\n- 14 जनवरी" against "- रामगढ़ ताल, 14
    # जनवरी", 2026-12-08). One request of the same length first, so the ones compared below
    # follow alike.
    generate(backend, PROMPT, GenerationOptions(max_new_tokens=24))
    usage = Usage()
    greedy = GenerationOptions(max_new_tokens=24, usage=usage)
    chunks = list(backend.stream(PROMPT, greedy))
    assert len(chunks) > 2 and "".join(chunks).strip()
    assert 0 < usage.tokens <= 24
    # Greedy decoding on the server repeats itself, and a stop sequence cuts the text.
    assert generate(backend, PROMPT, GenerationOptions(max_new_tokens=24)) == "".join(chunks)
    stopped = generate(backend, PROMPT, GenerationOptions(max_new_tokens=24, stop=(chunks[2],)))
    assert stopped == "".join(chunks).split(chunks[2])[0]


def test_a_model_the_server_does_not_serve_is_named(server: str) -> None:
    backend = OpenAICompatBackend(server, "no-such-model", api="completions")
    with pytest.raises(OpenAIBackendError, match=ALIAS):
        backend.load()
    backend.close()


def test_closing_the_stream_lets_the_next_request_in_at_once(
    backend: OpenAICompatBackend,
) -> None:
    """A client that leaves mid-stream closes its connection; the next request does not wait
    for the abandoned one's 400 tokens."""
    long = GenerationOptions(max_new_tokens=400)
    stream = backend.stream("भारत के गाँवों के बारे में एक लंबा लेख:\n", long)
    for _, _chunk in zip(range(3), stream, strict=False):
        pass
    started = time.monotonic()
    stream.close()
    assert time.monotonic() - started < 1.0
    started = time.monotonic()
    next(iter(backend.stream(PROMPT, GenerationOptions(max_new_tokens=4))))
    # 400 tokens take the server over 5 s on one thread; the next one starts well before.
    assert time.monotonic() - started < 3.0


def test_sandesh_drafts_and_streams_through_the_server(tmp_path: Path, server: str) -> None:
    settings = make_settings(
        tmp_path,
        backend="openai",
        model=ALIAS,
        openai_base_url=server,
        openai_api="completions",
        max_new_tokens=80,
        generation_timeout_s=300,
    )
    body = {"kind": "event", "facts": FACTS, "platform": "whatsapp", "variants": 1, "seed": 1}
    with TestClient(create_app(settings)) as client:
        wait_ready(client, timeout_s=60)
        [model] = client.get("/v1/models").json()
        assert model["backend"] == "openai" and model["model_id"] == ALIAS
        response = client.post("/v1/drafts", json=body)
        assert response.status_code == 200, response.text
        data = response.json()
        # The served base model wrote candidates, each checked; what the request returns (its
        # draft, or the composer's in its place) passes every check.
        assert data["stats"]["candidates"] >= 1 and data["stats"]["tokens"] > 0
        assert all(c["text"].strip() for c in data["candidates"])
        [draft] = data["drafts"]
        assert draft["passed"] is True, draft["checks"]
        with client.stream("POST", "/v1/drafts/stream", json=body) as stream:
            assert stream.status_code == 200
            events = []
            for line in stream.iter_lines():
                if line.startswith("event: "):
                    events.append(line[7:])
                elif line.startswith("data: ") and events[-1] == "done":
                    done = json.loads(line[6:])
        assert events[0] == "prompt" and "token" in events and events[-1] == "done"
        assert done["stats"]["tokens"] > 0 and done["drafts"][0]["passed"] is True
