"""Many clients at once against the real service on the embedded model (issue 13): 1, 4 and 10
concurrent clients, each posting draft requests back to back for a fixed time, while a probe
asks ``/health`` every 200 ms. Prints, per level: requests answered with drafts, answered 503
(with Retry-After: the queue was full), any other status (a 5xx is a failure), the median and
p95 time to a full response, and ``/health``'s p50 and p99, against the same probe on the idle
server measured first in the same run (the baseline the ratio is taken against).

    .venv/bin/python bench/load.py [--seconds 120] [--levels 1,4,10] [--port 0]

The server runs in a child process (``sandesh serve``) as a user would start it.
"""

from __future__ import annotations

import argparse
import os
import socket
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import httpx

os.environ.setdefault("HF_HUB_OFFLINE", "1")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from _runs import PROMPT_FACTS  # noqa: E402  (bench/, beside this script)

BODY = {
    "kind": "event",
    "platform": "whatsapp",
    "tone": "warm",
    "facts": PROMPT_FACTS,
    "call_to_action": "अपना आधार कार्ड साथ लाएँ",
    "variants": 3,
}


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _wait_ready(url: str, timeout_s: float = 300) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"{url}/health", timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.5)
    raise SystemExit("the server did not become ready")


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))] if ordered else float("nan")


def _probe(url: str, stop: threading.Event, out: list[float]) -> None:
    with httpx.Client(timeout=10) as http:
        while not stop.is_set():
            t0 = time.perf_counter()
            http.get(f"{url}/health")
            out.append((time.perf_counter() - t0) * 1000)
            stop.wait(0.2)


def _client(url: str, until: float, statuses: list[int], seconds: list[float]) -> None:
    with httpx.Client(timeout=600) as http:
        while time.monotonic() < until:
            t0 = time.monotonic()
            try:
                response = http.post(f"{url}/v1/drafts", json=BODY)
                status = response.status_code
                if status == 503:
                    time.sleep(float(response.headers.get("Retry-After", "1")))
            except httpx.HTTPError:
                status = -1  # no answer at all
            statuses.append(status)
            if status == 200:
                seconds.append(time.monotonic() - t0)


def _level(url: str, clients: int, run_s: float) -> dict[str, Any]:
    statuses: list[int] = []
    seconds: list[float] = []
    health: list[float] = []
    stop = threading.Event()
    probe = threading.Thread(target=_probe, args=(url, stop, health))
    probe.start()
    until = time.monotonic() + run_s
    threads = [
        threading.Thread(target=_client, args=(url, until, statuses, seconds))
        for _ in range(clients)
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    stop.set()
    probe.join()
    return {
        "clients": clients,
        "ok": statuses.count(200),
        "busy_503": statuses.count(503),
        "other": sorted({s for s in statuses if s not in (200, 503)}),
        "p50_s": statistics.median(seconds) if seconds else float("nan"),
        "p95_s": _pct(seconds, 0.95),
        "health_p50_ms": statistics.median(health),
        "health_p99_ms": _pct(health, 0.99),
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=float, default=120)
    parser.add_argument("--levels", default="1,4,10")
    parser.add_argument("--port", type=int, default=0)
    args = parser.parse_args()
    port = args.port or _free_port()
    url = f"http://127.0.0.1:{port}"
    env = {**os.environ, "SANDESH_DATA_DIR": str(ROOT / "reports" / "bench-load-data")}
    server = subprocess.Popen(
        [str(Path(sys.executable).parent / "sandesh"), "serve", "--port", str(port)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        _wait_ready(url)
        idle: list[float] = []
        stop = threading.Event()
        probe = threading.Thread(target=_probe, args=(url, stop, idle))
        probe.start()
        time.sleep(5)
        stop.set()
        probe.join()
        base = statistics.median(idle)
        p99 = _pct(idle, 0.99)
        print(f"idle /health: p50 {base:.1f} ms, p99 {p99:.1f} ms ({len(idle)} probes)")
        for clients in (int(c) for c in args.levels.split(",")):
            row = _level(url, clients, args.seconds)
            verdict = "met" if not row["other"] and row["health_p99_ms"] < 100 else "MISSED"
            print(
                f"{clients:>2} clients, {args.seconds:g} s: {row['ok']} drafted, "
                f"{row['busy_503']} answered 503 with Retry-After, other statuses {row['other']}; "
                f"response p50 {row['p50_s']:.1f} s, p95 {row['p95_s']:.1f} s; /health p50 "
                f"{row['health_p50_ms']:.1f} ms ({row['health_p50_ms'] / base:.1f}x idle), p99 "
                f"{row['health_p99_ms']:.1f} ms; target (no 5xx, /health p99 under 100 ms): "
                f"{verdict}",
                flush=True,
            )
    finally:
        server.terminate()
        server.wait(30)


if __name__ == "__main__":
    main()
