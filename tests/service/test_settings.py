"""Settings that pick the model and its adapter, and the options each backend is built from."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from pydantic import ValidationError

from models.adapter import (
    ADAPTERS_DIR,
    EMBEDDED_ADAPTER,
    POSTS_ADAPTER,
    adapter_path,
    adapter_task,
)
from models.fake import FakeOptions
from models.hf import HFOptions
from models.llamacpp import LlamaCppOptions
from models.openai_compat import OpenAIOptions
from service.config import Settings
from tests.conftest import make_settings


def test_the_tuned_adapters_ship_and_are_chosen_by_name(tmp_path: Path) -> None:
    for name in (EMBEDDED_ADAPTER, POSTS_ADAPTER):
        assert name is not None
        shipped = ADAPTERS_DIR / name
        assert (shipped / "adapter_config.json").is_file() and (shipped / "vocab.json").is_file()
        assert adapter_path(name) == shipped
        make_settings(tmp_path, backend="hf", adapter=name)
    # 'auto' is the embedded model's default adapter, the headline writer (issue 12), and never
    # an adapter for some other model.
    headline = ADAPTERS_DIR / "sandesh-hi-headline"
    assert adapter_path("auto", embedded=True) == headline
    assert adapter_task(headline) == "headlines"
    assert adapter_task(ADAPTERS_DIR / POSTS_ADAPTER) == "posts"
    assert adapter_path("auto", embedded=False) is None
    assert adapter_path("none") is None
    # A local model folder with the default 'auto' loads as it is.
    make_settings(tmp_path, backend="hf", model=str(tmp_path))


def test_an_adapter_that_does_not_exist_is_explained(tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="SANDESH_ADAPTER='sandesh-hi-lora-v9'"):
        make_settings(tmp_path, backend="hf", adapter="sandesh-hi-lora-v9")


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        (
            {
                "SANDESH_BACKEND": "llamacpp",
                "SANDESH_MODEL_CACHE_DIR": "/srv/sandesh-cache",
                "SANDESH_ADAPTER": "none",
                "SANDESH_LLAMACPP_THREADS": "3",
                "SANDESH_LLAMACPP_N_CTX": "2048",
            },
            LlamaCppOptions(Path("/srv/sandesh-cache"), "embedded", "none", threads=3, n_ctx=2048),
        ),
        (
            {
                "SANDESH_BACKEND": "hf",
                "SANDESH_MODEL_CACHE_DIR": "/srv/sandesh-cache",
                "SANDESH_ADAPTER": POSTS_ADAPTER or "",
                "SANDESH_DTYPE": "float32",
                "SANDESH_DEVICE": "cpu",
                "SANDESH_TORCH_THREADS": "2",
            },
            HFOptions(
                Path("/srv/sandesh-cache"),
                "embedded",
                POSTS_ADAPTER,
                dtype="float32",
                device="cpu",
                threads=2,
            ),
        ),
        (
            {
                "SANDESH_BACKEND": "openai",
                "SANDESH_MODEL": "qwen2.5-7b-instruct",
                "SANDESH_OPENAI_BASE_URL": "http://gpu.internal:8001/v1",
                "SANDESH_OPENAI_API_KEY": "secret",
                "SANDESH_OPENAI_API": "completions",
                "SANDESH_OPENAI_TIMEOUT_S": "12.5",
            },
            OpenAIOptions(
                "http://gpu.internal:8001/v1",
                "qwen2.5-7b-instruct",
                api_key="secret",
                api="completions",
                timeout_s=12.5,
            ),
        ),
        ({"SANDESH_BACKEND": "fake", "SANDESH_FAKE_REPLY": "तय जवाब।"}, FakeOptions("तय जवाब।")),
    ],
    ids=["llamacpp", "hf", "openai", "fake"],
)
def test_each_backends_options_carry_its_environment_variables(
    monkeypatch: pytest.MonkeyPatch, env: dict[str, str], expected: object
) -> None:
    for name in [n for n in os.environ if n.startswith("SANDESH_")]:
        monkeypatch.delenv(name)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    assert Settings(_env_file=None).backend_options() == expected  # type: ignore[call-arg]


def test_the_default_backend_options_are_unchanged(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in [n for n in os.environ if n.startswith("SANDESH_")]:
        monkeypatch.delenv(name)
    settings = Settings(_env_file=None)  # type: ignore[call-arg]
    assert settings.backend_options() == LlamaCppOptions(
        settings.model_cache_dir, "embedded", "auto", threads=1, n_ctx=None
    )
    openai = settings.model_copy(update={"backend": "openai", "model": "m"}).backend_options()
    assert openai == OpenAIOptions("http://127.0.0.1:8001/v1", "m", None, "chat", 60.0)
