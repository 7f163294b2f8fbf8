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


def test_an_admin_adds_lists_and_revokes_accounts_from_the_command_line(tmp_path: Path) -> None:
    from service.store import Store

    added = _run(["users", "add", "asha", "--role", "worker"], tmp_path)
    assert added.returncode == 0, added.stderr
    key = added.stdout.strip()
    assert key.startswith("sk-sandesh-") and "shown this once" in added.stderr
    again = _run(["users", "add", "asha", "--role", "admin"], tmp_path)
    assert again.returncode == 2 and "exists already" in again.stderr
    bad_role = _run(["users", "add", "ravi", "--role", "owner"], tmp_path)
    assert bad_role.returncode == 2 and "invalid choice" in bad_role.stderr

    listed = _run(["users", "list"], tmp_path)
    [header, row] = listed.stdout.strip().splitlines()
    assert header.startswith("name\trole\tstatus")
    assert row.startswith("asha\tworker\tactive\tsk-sandesh-") and key not in listed.stdout

    assert _run(["users", "revoke", "asha"], tmp_path).returncode == 0
    assert "\trevoked\t" in _run(["users", "list"], tmp_path).stdout
    assert _run(["users", "revoke", "asha"], tmp_path).returncode == 1
    store = Store(tmp_path)
    try:
        assert store.account_for_key(key) is None
    finally:
        store.close()


def test_records_export_writes_a_days_records_by_whom(tmp_path: Path) -> None:
    from datetime import date

    from service.store import Store

    store = Store(tmp_path)
    try:
        asha, _ = store.add_account("asha", "worker")
        made = store.add(
            "draft",
            asha,
            request={"facts": ["शिविर 14 दिसंबर को है"]},
            response={"drafts": [{"text": "स्वास्थ्य शिविर: 14 दिसंबर"}]},
            summary="स्वास्थ्य शिविर: 14 दिसंबर",
        )
        store.mark(made, "takedown_requested", None, note="शिकायत 7")
    finally:
        store.close()
    # "Today" in India, as the export reads days.
    from datetime import UTC, datetime
    from zoneinfo import ZoneInfo

    today = datetime.now(UTC).astimezone(ZoneInfo("Asia/Kolkata")).date()
    out = tmp_path / "day.csv"
    done = _run(
        ["records", "export", "--from", str(today), "--to", str(today), "--out", str(out)],
        tmp_path,
    )
    assert done.returncode == 0, done.stderr
    assert "1 records" in done.stderr
    text = out.read_text(encoding="utf-8-sig")
    assert made in text and "asha" in text and "स्वास्थ्य शिविर: 14 दिसंबर" in text
    earlier = _run(
        ["records", "export", "--to", str(date(2020, 1, 1)), "--format", "jsonl"], tmp_path
    )
    assert earlier.returncode == 0 and earlier.stdout == ""
    bad = _run(["records", "export", "--from", "5/12/2026"], tmp_path)
    assert bad.returncode == 2 and "2026-12-05" in bad.stderr
    takedowns = _run(["records", "takedowns"], tmp_path)
    assert takedowns.stdout.startswith("open\t0 min\t" + made)


def test_serve_refuses_to_listen_on_a_network_with_no_accounts(tmp_path: Path) -> None:
    done = _run(["serve", "--host", "0.0.0.0", "--port", "1"], tmp_path)
    assert done.returncode == 2
    assert "sandesh users add" in done.stderr and "SANDESH_AUTH=off" in done.stderr
    assert "Traceback" not in done.stderr
