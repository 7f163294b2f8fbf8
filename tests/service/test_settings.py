"""Settings that pick the model and its adapter."""

from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import ValidationError

from models.adapter import ADAPTERS_DIR, EMBEDDED_ADAPTER, TUNED_ADAPTER, adapter_path
from tests.conftest import make_settings


def test_the_tuned_adapter_ships_and_is_chosen_by_name(tmp_path: Path) -> None:
    shipped = ADAPTERS_DIR / TUNED_ADAPTER
    assert (shipped / "adapter_config.json").is_file() and (shipped / "vocab.json").is_file()
    assert adapter_path(TUNED_ADAPTER) == shipped
    make_settings(tmp_path, backend="hf", adapter=TUNED_ADAPTER)
    # 'auto' is the embedded model's default adapter, the tuned one (it passed its review), and
    # never an adapter for some other model.
    assert EMBEDDED_ADAPTER == TUNED_ADAPTER
    assert adapter_path("auto", embedded=True) == shipped
    assert adapter_path("auto", embedded=False) is None
    assert adapter_path("none") is None
    # A local model folder with the default 'auto' loads as it is.
    make_settings(tmp_path, backend="hf", model=str(tmp_path))


def test_an_adapter_that_does_not_exist_is_explained(tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="SANDESH_ADAPTER='sandesh-hi-lora-v9'"):
        make_settings(tmp_path, backend="hf", adapter="sandesh-hi-lora-v9")
