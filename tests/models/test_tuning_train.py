"""A few real training steps: the script runs, saves an adapter and its trimmed vocabulary."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from models.tuning.dataset import DATA_DIR, load
from models.tuning.train import STOP, render_pair

pytestmark = pytest.mark.real_model


def test_training_pairs_are_the_zero_shot_prompt_and_the_post() -> None:
    examples, _ = load(sorted(DATA_DIR.glob("*.jsonl")))
    prompt, completion = render_pair(examples[0])
    assert prompt.endswith("पोस्ट:\n")
    assert prompt.count("###") == 1  # no few-shot examples: the tuned model needs none
    assert all(f"- {fact}\n" in prompt for fact in examples[0].facts)
    assert completion == examples[0].post.strip() + STOP


def test_a_short_training_run_saves_an_adapter(tmp_path: Path) -> None:
    out = tmp_path / "adapter"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "models.tuning.train",
            "--limit",
            "4",
            "--epochs",
            "1",
            "--accumulate",
            "2",
            "--log-every",
            "2",
            "--out",
            str(out),
        ],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert (out / "adapter_model.safetensors").is_file()
    vocab = json.loads((out / "vocab.json").read_text(encoding="utf-8"))
    assert 500 < len(vocab) < 20_000
    report = json.loads((out / "training.json").read_text(encoding="utf-8"))
    assert 0 < report["dev_loss"] < 10
    assert [row["step"] for row in report["loss"]] == [2, 4]
