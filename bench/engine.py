"""Engines side by side, in one run: llama.cpp's own generation on the base GGUF as the reference,
then Sandesh's two engines for the embedded model (hf: transformers; llamacpp: llama.cpp) on the
same prompt with every decoding rule on, as ratios to the reference; then time to the first draft
and to all drafts on test-split requests, and each serving process's peak RSS.

Each figure is the median of several runs, each run in a fresh child process so that load times
and peak RSS are honest. llama.cpp decodes on one thread unless --threads says otherwise (the
llamacpp backend's default: see Settings.llamacpp_threads); hf runs as it is served, on every
core.

    .venv/bin/python bench/engine.py [--runs 3] [--tokens 64] [--requests 6] [--threads 1]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import sys
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("HF_HUB_OFFLINE", "1")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from _runs import PROMPT_FACTS, median_of, spawn  # noqa: E402  (bench/, beside this script)

ENGINES = ("hf", "llamacpp")


def _prompt(few_shot: bool) -> str:
    from prompts import get_library

    values = {"facts": PROMPT_FACTS, "platform": "facebook", "tone": "warm"}
    return get_library().get("event").render(values, few_shot=few_shot)


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _reference(args: argparse.Namespace) -> dict[str, float]:
    """llama.cpp alone: llama-cpp-python's token loop on the base GGUF, greedy, no rules."""
    from llama_cpp import Llama

    from models.llamacpp import embedded_gguf

    t0 = time.perf_counter()
    llm = Llama(
        model_path=str(embedded_gguf(Path(args.cache))),
        n_ctx=2048,
        n_threads=args.threads,
        n_threads_batch=os.cpu_count() or 1,
        verbose=False,
    )
    load_s = time.perf_counter() - t0
    prompt = llm.tokenize(_prompt(few_shot=True).encode(), add_bos=True)
    for _ in zip(range(4), llm.generate(prompt, temp=0.0), strict=False):  # warm-up
        pass
    start = time.perf_counter()
    first = 0.0
    count = 0
    for token in llm.generate(prompt, temp=0.0, reset=True):
        count += 1
        if count == 1:
            first = time.perf_counter() - start
        if count >= args.tokens or token == llm.token_eos():
            break
    total = time.perf_counter() - start
    return {
        "load_s": load_s,
        "ttft_s": first,
        "tokens": count,
        "tok_per_s": (count - 1) / (total - first),
        "peak_rss_mb": _rss_mb(),
    }


def _backend(args: argparse.Namespace, adapter: str) -> Any:
    from models.hf import HFBackend
    from models.llamacpp import LlamaCppBackend

    if args.engine == "hf":  # as served: torch's own choice of threads (every core)
        return HFBackend(cache_dir=Path(args.cache), adapter=adapter)
    return LlamaCppBackend(cache_dir=Path(args.cache), adapter=adapter, threads=args.threads)


def _decode(args: argparse.Namespace) -> dict[str, float]:
    """One engine on the reference's prompt: the base model with no rules (the engine's own
    overhead), or the tuned model (LoRA, trimmed vocabulary) with the number and hashtag rules
    on (no length window, so that every run decodes the same count)."""
    from models.base import GenerationOptions, Usage
    from models.constraints import for_platform

    t0 = time.perf_counter()
    backend = _backend(args, "auto" if args.rules else "none")
    backend.load()
    load_s = time.perf_counter() - t0
    # The base model reads the reference's few-shot prompt; the tuned one its own, zero-shot.
    prompt = _prompt(few_shot=backend.few_shot)
    constraints = for_platform("facebook", PROMPT_FACTS, coverage=False, length=False)
    usage = Usage()
    options = GenerationOptions(
        max_new_tokens=args.tokens, usage=usage, constraints=constraints if args.rules else None
    )
    list(backend.stream(prompt, GenerationOptions(max_new_tokens=4)))  # warm-up
    start = time.perf_counter()
    first = None
    at_first = 0
    for _ in backend.stream(prompt, options):
        if first is None:
            first = time.perf_counter() - start
            at_first = usage.tokens
    total = time.perf_counter() - start
    assert first is not None
    return {
        "load_s": load_s,
        "ttft_s": first,
        "tokens": usage.tokens,
        "tok_per_s": (usage.tokens - at_first) / (total - first),
        "peak_rss_mb": _rss_mb(),
    }


def _requests(args: argparse.Namespace) -> dict[str, Any]:
    """The default service (tuned headline writer, every rule on) drafting test-split requests
    for 3 variants: time to the first draft and to all drafts, per request."""
    from models.tuning.dataset import split_suite
    from prompts import get_library
    from service.config import Settings
    from service.pipeline import DraftPipeline
    from service.schemas import DraftRequest

    settings = Settings(_env_file=None, backend=args.engine)
    t0 = time.perf_counter()
    backend = _backend(args, settings.adapter)
    backend.load()
    load_s = time.perf_counter() - t0
    pipeline = DraftPipeline(backend, get_library(), settings)
    fields = set(DraftRequest.model_fields)
    cases = split_suite("test").cases[: args.requests]
    first, done, headline_rates = [], [], []
    for case in cases:
        body = {k: v for k, v in case.model_dump().items() if k in fields and v is not None}
        req = DraftRequest.model_validate({**body, "variants": 3, "seed": 1})
        start = time.perf_counter()
        first_at = None
        for event in pipeline.run(req):
            if event.name == "draft" and first_at is None:
                first_at = time.perf_counter() - start
            if event.name == "done":
                stats = event.data["stats"]
                if stats["tokens_per_s"]:
                    headline_rates.append(stats["tokens_per_s"])
        done.append(time.perf_counter() - start)
        first.append(first_at if first_at is not None else done[-1])
    return {
        "load_s": load_s,
        "first_draft_s": first,
        "all_drafts_s": done,
        "headline_tok_per_s": statistics.median(headline_rates) if headline_rates else 0.0,
        "peak_rss_mb": _rss_mb(),
    }


def _spawn(*extra: str) -> dict[str, Any]:
    return spawn(__file__, *extra)


def _p(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--tokens", type=int, default=64)
    parser.add_argument("--requests", type=int, default=6)
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument("--child", choices=["reference", "decode", "requests"])
    parser.add_argument("--engine", choices=ENGINES, default="llamacpp")
    parser.add_argument("--rules", action="store_true")
    parser.add_argument("--cache")
    args = parser.parse_args()
    if args.child:
        run = {"reference": _reference, "decode": _decode, "requests": _requests}[args.child]
        print(json.dumps(run(args)))
        return

    from service.config import Settings

    cache = str(Settings(_env_file=None).model_cache_dir)
    common = ("--cache", cache, "--tokens", str(args.tokens), "--threads", str(args.threads))
    load = os.getloadavg()[0]
    print(
        f"embedded Gemma 3 270M, {os.cpu_count()} cores, llama.cpp on {args.threads} thread(s), "
        f"median of {args.runs} runs, {args.tokens} tokens, greedy; load average {load:.1f}"
    )
    for engine in ENGINES:  # convert and cache once, outside the timings
        _spawn("--child", "decode", "--engine", engine, "--rules", *common)
    reference = [_spawn("--child", "reference", *common) for _ in range(args.runs)]
    ref_rate = median_of(reference, "tok_per_s")
    rows: list[tuple[str, list[dict[str, Any]]]] = [("llama.cpp alone, base GGUF", reference)]
    for engine in ENGINES:
        base = [_spawn("--child", "decode", "--engine", engine, *common) for _ in range(args.runs)]
        tuned = [
            _spawn("--child", "decode", "--engine", engine, "--rules", *common)
            for _ in range(args.runs)
        ]
        rows += [(f"{engine}, base, no rules", base), (f"{engine}, tuned, all rules", tuned)]
    header = ("engine", "decode tok/s", "ratio", "ttft ms", "load s", "RSS MB")
    print("\n{:<30} {:>12} {:>6} {:>8} {:>7} {:>7}".format(*header))
    for label, runs in rows:
        rate = median_of(runs, "tok_per_s")
        ttft_ms = median_of(runs, "ttft_s") * 1000
        print(
            f"{label:<30} {rate:12.1f} {rate / ref_rate:5.2f}x {ttft_ms:8.0f} "
            f"{median_of(runs, 'load_s'):7.1f} {median_of(runs, 'peak_rss_mb'):7.0f}"
        )

    print(f"\n{args.requests} test-split requests, 3 variants, seed 1, the default service:")
    header = ("engine", "first draft p50", "all drafts p50", "all p90", "headline tok/s")
    print("{:<10} {:>15} {:>15} {:>8} {:>14} {:>7} {:>7}".format(*header, "load s", "RSS MB"))
    for engine in ENGINES:
        result = _spawn(
            "--child", "requests", "--engine", engine, "--requests", str(args.requests), *common
        )
        first, done = result["first_draft_s"], result["all_drafts_s"]
        print(
            f"{engine:<10} {statistics.median(first):14.2f}s {statistics.median(done):14.2f}s "
            f"{_p(done, 0.9):7.2f}s {result['headline_tok_per_s']:14.1f} "
            f"{result['load_s']:7.1f} {result['peak_rss_mb']:7.0f}"
        )
    print(f"load average at the end {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
