"""Settings that pick the model: the tuned adapter by default, none for other models."""

from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import ValidationError

from models.adapter import ADAPTERS_DIR, EMBEDDED_ADAPTER, adapter_path
from tests.conftest import make_settings


def test_the_embedded_model_runs_with_its_tuned_adapter_and_others_without(
    tmp_path: Path,
) -> None:
    assert EMBEDDED_ADAPTER is not None
    shipped = ADAPTERS_DIR / EMBEDDED_ADAPTER
    assert (shipped / "adapter_config.json").is_file() and (shipped / "vocab.json").is_file()
    assert adapter_path("auto", embedded=True) == shipped
    assert adapter_path("auto", embedded=False) is None
    assert adapter_path("none") is None
    # A local model folder with the default 'auto' loads as it is.
    make_settings(tmp_path, backend="hf", model=str(tmp_path))


def test_an_adapter_that_does_not_exist_is_explained(tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="SANDESH_ADAPTER='sandesh-hi-lora-v9'"):
        make_settings(tmp_path, backend="hf", adapter="sandesh-hi-lora-v9")
