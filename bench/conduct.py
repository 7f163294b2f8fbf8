"""Benchmark the conduct check: milliseconds per check, median of several runs.

Two kinds of text: the labelled set's short texts (one to three sentences, as a worker types into
the studio's re-check) and whole civic posts (a draft's check). The baseline, run in the same
process on the same texts, is the rules alone, which is what the check was before the classifier.
Target: under 20 ms per check on 2 cores, so /v1/checks and the studio's re-check stay fast.

    .venv/bin/python bench/conduct.py [--runs 5]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from evaluation.conduct import check_conduct  # noqa: E402
from evaluation.conduct import train as conduct  # noqa: E402
from evaluation.conduct.classifier import get_classifier  # noqa: E402
from evaluation.conduct.rules import rule_issues  # noqa: E402


def _per_check(check: Callable[[str], object], texts: list[str], runs: int) -> list[float]:
    """Per run, the median milliseconds of one check over ``texts``."""
    medians = []
    for _ in range(runs):
        times = []
        for text in texts:
            started = time.perf_counter()
            check(text)
            times.append((time.perf_counter() - started) * 1000)
        medians.append(statistics.median(times))
    return medians


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    started = time.perf_counter()
    get_classifier()
    print(f"model load: {(time.perf_counter() - started) * 1000:.0f} ms")
    sets = {
        "short texts (labelled set)": [t.text for t in conduct.load("dev") + conduct.load("test")],
        "whole posts (civic posts)": [t.text for t in conduct.civic_posts()][:300],
    }
    for name, texts in sets.items():
        rules = statistics.median(_per_check(rule_issues, texts, args.runs))
        full = _per_check(check_conduct, texts, args.runs)
        median = statistics.median(full)
        print(
            f"{name}, {len(texts)} texts: check {median:.2f} ms median of {args.runs} runs "
            f"(runs {min(full):.2f}-{max(full):.2f}); rules alone {rules:.2f} ms; "
            f"ratio {median / rules:.1f}x; target under 20 ms: {'met' if median < 20 else 'MISSED'}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
