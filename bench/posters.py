"""Benchmark posters: one 1080x1080 PNG (render + encode) and a 100-poster bulk run.

Baselines run in the same script: a plain Pillow poster (gradient-free canvas, three RAQM text
lines, PNG at Pillow's default compression) for the single poster, and one worker for the bulk.
Targets: under 100 ms per poster and under 10 s for 100.

    .venv/bin/python bench/posters.py [--runs 7] [--bulk 100]
"""

from __future__ import annotations

import argparse
import io
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PIL import Image, ImageDraw  # noqa: E402

from service.config import Settings  # noqa: E402
from service.posters.jobs import bulk_zip  # noqa: E402
from service.posters.layout import get_layouts  # noqa: E402
from service.posters.render import PosterJob, get_font, render  # noqa: E402
from service.schemas import PosterRequest  # noqa: E402

TITLE = "प्रधानमंत्री किसान सम्मान निधि: हर साल ₹6,000"
LINES = [
    "पात्र किसान परिवारों को हर साल ₹6,000 मिलते हैं",
    "यह राशि ₹2,000 की तीन किस्तों में सीधे बैंक खाते में आती है",
    "किसी भी सवाल के लिए हेल्पलाइन 155261 पर कॉल करें",
]


def plain_pillow_poster() -> bytes:
    canvas = Image.new("RGB", (1080, 1080), (11, 79, 138))
    draw = ImageDraw.Draw(canvas)
    draw.text((60, 220), TITLE, font=get_font("bold", 60), fill="white")
    for i, line in enumerate(LINES):
        draw.text((60, 480 + i * 80), line, font=get_font("regular", 46), fill="white")
    out = io.BytesIO()
    canvas.save(out, "PNG")
    return out.getvalue()


def sandesh_poster() -> bytes:
    job = PosterJob(
        layout=get_layouts()["scheme_square"],
        title=TITLE,
        lines=LINES,
        cta="आज ही ई-केवाईसी करवाएँ",
        footer="ग्राम पंचायत रामपुर द्वारा जनहित में जारी",
        qr="https://pmkisan.gov.in",
    )
    return render(job).data


def median_ms(fn: object, runs: int) -> float:
    assert callable(fn)
    fn()  # warm the font cache
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def bulk_seconds(count: int, workers: int) -> float:
    settings = Settings(_env_file=None, bulk_workers=workers)
    requests = [
        PosterRequest(title=f"{TITLE} ({i})", lines=LINES, cta="आज ही आवेदन करें")
        for i in range(count)
    ]
    start = time.perf_counter()
    bulk_zip(requests, settings)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--bulk", type=int, default=100)
    args = parser.parse_args()
    baseline = median_ms(plain_pillow_poster, args.runs)
    ours = median_ms(sandesh_poster, args.runs)
    print(f"median of {args.runs} runs")
    print(f"plain Pillow poster (baseline)   {baseline:6.1f} ms")
    print(
        f"Sandesh scheme_square PNG        {ours:6.1f} ms  ({ours / baseline:.2f}x baseline; "
        f"target < 100 ms)"
    )
    one = statistics.median(bulk_seconds(args.bulk, 1) for _ in range(3))
    many = statistics.median(bulk_seconds(args.bulk, Settings().bulk_workers) for _ in range(3))
    print(f"bulk {args.bulk}, 1 worker           {one:6.2f} s")
    print(
        f"bulk {args.bulk}, {Settings().bulk_workers} workers          {many:6.2f} s  "
        f"({one / many:.2f}x faster; target < 10 s)"
    )


if __name__ == "__main__":
    main()
