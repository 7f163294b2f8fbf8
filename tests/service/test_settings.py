"""Settings that pick the model and its adapter."""

from __future__ import annotations

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
