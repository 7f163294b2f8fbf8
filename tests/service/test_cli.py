from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest


def _run(
    args: list[str], tmp_path: Path, stdin: str | None = None
) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "SANDESH_BACKEND": "fake", "SANDESH_DATA_DIR": str(tmp_path)}
    return subprocess.run(
        [sys.executable, "-m", "service.cli", *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=60,
        check=False,
    )


def test_draft_command_prints_the_same_response_as_the_api(tmp_path: Path) -> None:
    request = tmp_path / "request.json"
    request.write_text(
        json.dumps(
            {"kind": "local_issue", "facts": ["वार्ड 7 में स्ट्रीट लाइटें ठीक कर दी गई हैं"], "variants": 2},
            ensure_ascii=False,
        ),
        encoding="utf-8",
    )
    result = _run(["draft", str(request)], tmp_path)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert len(data["drafts"]) == 2
    assert all("वार्ड 7" in d["text"] and d["passed"] for d in data["drafts"])


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ('{"kind": "poem", "facts": ["क"]}', "kind"),
        ('{"kind": "scheme", "facts": ["' + "क" * 301 + '"]}', "facts[0]: at most 300 characters"),
        ("not json", "json"),
    ],
)
def test_draft_command_explains_bad_requests(tmp_path: Path, body: str, message: str) -> None:
    result = _run(["draft", "-"], tmp_path, stdin=body)
    assert result.returncode == 2
    assert message in result.stderr.lower() or message in result.stderr
    assert result.stdout == ""


def test_prompts_command_lists_the_kinds(tmp_path: Path) -> None:
    result = _run(["prompts"], tmp_path)
    assert result.returncode == 0
    names = [line.split("\t")[0] for line in result.stdout.splitlines()]
    assert names == ["appeal", "event", "greeting", "headline", "local_issue", "scheme"]


def test_bad_settings_are_explained_before_anything_starts(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "service.cli", "draft", "-"],
        input='{"kind": "scheme", "facts": ["क"]}',
        capture_output=True,
        text=True,
        env={**os.environ, "SANDESH_BACKEND": "gpt5", "SANDESH_DATA_DIR": str(tmp_path)},
        cwd=tmp_path,
        timeout=60,
        check=False,
    )
    assert result.returncode == 2
    assert "SANDESH_BACKEND='gpt5'" in result.stderr
