"""Benchmark the embedded model: first start, warm start, time to first token, decode speed, memory.

Each figure is the median of several runs; each phase runs in a fresh child process so that start
times and peak RSS are honest. Baselines in the same script: fp32 decoding against bf16, the first
(converting) start against a warm one, and the tuned model (merged LoRA adapter, decoding over its
trimmed vocabulary; free, constrained, and constrained to closed lines) against the base. Finally
a handful of real requests go through the whole pipeline, to count how many of the model's own
candidates pass the checks.

    .venv/bin/python bench/drafts.py [--runs 3] [--skip-first-start] [--skip-requests]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("HF_HUB_OFFLINE", "1")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from _runs import PROMPT_FACTS, median_of, spawn  # noqa: E402  (bench/, beside this script)

REQUESTS = [
    {
        "kind": "scheme",
        "facts": [
            "पीएम-किसान में पात्र किसान परिवारों को हर साल ₹6,000 मिलते हैं",
            "यह राशि ₹2,000 की तीन किस्तों में सीधे बैंक खाते में आती है",
        ],
        "platform": "whatsapp",
    },
    {
        "kind": "local_issue",
        "facts": [
            "वार्ड 7 में स्ट्रीट लाइटें तीन हफ़्तों से खराब हैं",
            "नगर निगम ने 10 दिसंबर तक मरम्मत का भरोसा दिया है",
        ],
        "platform": "facebook",
        "tone": "urgent",
    },
    {"kind": "event", "facts": PROMPT_FACTS, "platform": "x", "tone": "warm"},
    {
        "kind": "appeal",
        "facts": ["मतदाता सूची में नाम जुड़वाने के लिए फ़ॉर्म 6 भरें", "मदद के लिए 1950 पर कॉल करें"],
        "platform": "instagram",
        "tone": "urgent",
    },
    {
        "kind": "greeting",
        "facts": ["15 अगस्त को स्वतंत्रता दिवस है", "अपने घर पर तिरंगा फहराएँ"],
        "platform": "whatsapp",
        "tone": "celebratory",
    },
]


def _child(args: argparse.Namespace) -> None:
    """One measurement in this process; prints one JSON line."""
    from models.hf import HFBackend
    from prompts import get_library

    t0 = time.perf_counter()
    backend = HFBackend(cache_dir=Path(args.cache), dtype=args.dtype, adapter=args.adapter)
    backend.load()
    load_s = time.perf_counter() - t0
    result: dict[str, float] = {"load_s": load_s}
    if args.child == "decode":
        from models.base import GenerationOptions, Usage
        from models.constraints import for_platform

        prompt = (
            get_library()
            .get("event")
            .render(
                {"facts": PROMPT_FACTS, "platform": "whatsapp", "tone": "warm"},
                few_shot=backend.few_shot,
            )
        )
        usage = Usage()
        from models.lines import LineSpec

        # No length window here, so that runs decode alike; with closed lines the post may end
        # once its facts are written, so those runs decode fewer tokens.
        lines = LineSpec(tuple(PROMPT_FACTS), None, "warm", tuple(PROMPT_FACTS))
        constraints = (
            for_platform(
                "whatsapp", PROMPT_FACTS, length=False, lines=lines if args.lines else None
            )
            if args.constrained
            else None
        )
        options = GenerationOptions(
            max_new_tokens=args.tokens, usage=usage, constraints=constraints
        )
        list(backend.stream(prompt, GenerationOptions(max_new_tokens=4)))  # warm-up
        start = time.perf_counter()
        first = None
        for _ in backend.stream(prompt, options):
            if first is None:
                first = time.perf_counter() - start
                tokens_at_first = usage.tokens
        total = time.perf_counter() - start
        assert first is not None
        decoded = usage.tokens - tokens_at_first
        result.update(ttft_s=first, tokens=usage.tokens, tok_per_s=decoded / (total - first))
    result["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps(result))


def _spawn(*extra: str) -> dict[str, Any]:
    return spawn(__file__, *extra)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--tokens", type=int, default=64)
    parser.add_argument("--skip-first-start", action="store_true")
    parser.add_argument("--skip-requests", action="store_true")
    parser.add_argument("--child", choices=["load", "decode"])
    parser.add_argument("--cache")
    parser.add_argument("--dtype", default="auto")
    parser.add_argument("--adapter", default="none")
    parser.add_argument("--constrained", action="store_true")
    parser.add_argument("--lines", action="store_true", help="with --constrained: closed lines")
    args = parser.parse_args()
    if args.child:
        _child(args)
        return

    from service.config import Settings

    cache = str(Settings(_env_file=None).model_cache_dir)
    print(f"embedded model, {os.cpu_count()} cores, median of {args.runs} runs")
    _spawn("--child", "load", "--cache", cache)  # make sure the warm cache exists
    warm = [_spawn("--child", "load", "--cache", cache) for _ in range(args.runs)]
    print(
        f"warm start            {median_of(warm, 'load_s'):6.1f} s   peak RSS "
        f"{median_of(warm, 'peak_rss_mb'):.0f} MB"
    )
    if not args.skip_first_start:
        firsts = []
        for _ in range(args.runs):
            with tempfile.TemporaryDirectory() as empty:
                firsts.append(_spawn("--child", "load", "--cache", empty))
        first_s = median_of(firsts, "load_s")
        print(
            f"first start           {first_s:6.1f} s   (conversion included; "
            f"{first_s / median_of(warm, 'load_s'):.1f}x the warm start)"
        )
    bf16 = [
        _spawn("--child", "decode", "--cache", cache, "--tokens", str(args.tokens))
        for _ in range(args.runs)
    ]
    fp32 = [
        _spawn(
            "--child",
            "decode",
            "--cache",
            cache,
            "--tokens",
            str(args.tokens),
            "--dtype",
            "float32",
        )
        for _ in range(args.runs)
    ]
    from models.adapter import POSTS_ADAPTER

    adapter = POSTS_ADAPTER
    tuned_args = ("--child", "decode", "--cache", cache, "--tokens", str(args.tokens))
    tuned = [_spawn(*tuned_args, "--adapter", adapter) for _ in range(args.runs)]
    guarded = [_spawn(*tuned_args, "--adapter", adapter, "--constrained") for _ in range(args.runs)]
    closed = [
        _spawn(*tuned_args, "--adapter", adapter, "--constrained", "--lines")
        for _ in range(args.runs)
    ]
    print(
        f"time to first token   {median_of(bf16, 'ttft_s') * 1000:6.0f} ms  (few-shot prompt of "
        f"the event template); tuned, zero-shot prompt: {median_of(tuned, 'ttft_s') * 1000:.0f} ms"
    )
    speed = median_of(bf16, "tok_per_s")
    base = median_of(fp32, "tok_per_s")
    print(f"decode bf16           {speed:6.1f} tok/s  (base model)")
    print(f"decode fp32 baseline  {base:6.1f} tok/s  (bf16 is {speed / base:.2f}x)")
    for label, runs in (
        ("tuned", tuned),
        ("tuned, constrained", guarded),
        ("tuned, closed lines", closed),
    ):
        rate = median_of(runs, "tok_per_s")
        print(
            f"decode {label:<19} {rate:5.1f} tok/s  ({rate / speed:.2f}x the base, {adapter}; "
            f"{median_of(runs, 'tokens'):.0f} tokens)"
        )
    print(
        f"peak RSS after decode {median_of(bf16, 'peak_rss_mb'):6.0f} MB (bf16), "
        f"{median_of(fp32, 'peak_rss_mb'):.0f} MB (fp32)"
    )

    if args.skip_requests:
        return
    from models.hf import HFBackend
    from prompts import get_library
    from service.pipeline import DraftPipeline
    from service.schemas import DraftRequest

    settings = Settings(_env_file=None)
    backend = HFBackend(cache_dir=Path(cache), adapter=settings.adapter)
    backend.load()
    pipeline = DraftPipeline(backend, get_library(), settings)
    asked = passed = 0
    print("\nrequests through the pipeline (variants=2, seed=1):")
    for body in REQUESTS:
        req = DraftRequest.model_validate({**body, "variants": 2, "seed": 1})
        done = next(e for e in pipeline.run(req) if e.name == "done").data
        stats = done["stats"]
        asked += stats["candidates"]
        passed += stats["candidates_passed"]
        failing = sorted(
            {name for c in done["candidates"] for name, r in c["checks"].items() if not r["passed"]}
        )
        print(
            f"  {body['kind']:<12} {stats['candidates_passed']}/{stats['candidates']} model "
            f"candidates passed; {stats['tokens_per_s']} tok/s; failed checks: "
            f"{', '.join(failing) or '-'}; {done['timing_ms'] / 1000:.1f} s"
        )
    print(f"model candidates passing all checks: {passed}/{asked}")


if __name__ == "__main__":
    main()
