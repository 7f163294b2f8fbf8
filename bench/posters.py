"""Benchmark posters: one 1080x1080 PNG (render + encode) and a 100-poster bulk run.

Baselines run in the same script: a plain Pillow poster (gradient-free canvas, three RAQM text
lines, PNG at Pillow's default compression) for the single poster, and one worker for the bulk.
Targets: under 100 ms per poster and under 10 s for 100.

Then peak memory (VmHWM) for photos and logos, hostile ones included, each case in a fresh
process against the same process after one normal poster. Target: peak under 1.5x that.

    .venv/bin/python bench/posters.py [--runs 7] [--bulk 100] [--memory-only]
"""

from __future__ import annotations

import argparse
import io
import json
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PIL import Image, ImageDraw  # noqa: E402

from service.config import Settings  # noqa: E402
from service.posters.jobs import bulk_zip  # noqa: E402
from service.posters.layout import get_layouts  # noqa: E402
from service.posters.render import PosterInputError, PosterJob, get_font, render  # noqa: E402
from service.schemas import PosterRequest  # noqa: E402
from tests.service.test_poster_uploads import png_of_zeros  # noqa: E402

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


def encoded(size: tuple[int, int], fmt: str = "PNG") -> bytes:
    image = Image.new("RGB", size, (200, 120, 40))
    image.paste((40, 120, 200), (size[0] // 3, 0, 2 * size[0] // 3, size[1]))
    out = io.BytesIO()
    image.save(out, fmt)
    return out.getvalue()


# Case -> its uploads, (field, maker); each upload is one more poster in the same process.
MEMORY_CASES: dict[str, list[tuple[str, Callable[[], bytes]]]] = {
    "normal poster again": [],
    "photo 640x480 JPEG + logo 200x120 PNG": [
        ("photo", lambda: encoded((640, 480), "JPEG")),
        ("logo", lambda: encoded((200, 120))),
    ],
    "wide photo and logo, 3000x1000 PNG": [
        ("photo", lambda: encoded((3000, 1000))),
        ("logo", lambda: encoded((3000, 1000))),
    ],
    "phone photo 4000x3000 JPEG": [("photo", lambda: encoded((4000, 3000), "JPEG"))],
    "hostile: 4000x10, 10x4000, 25000x1, 9000x9000, 20000x20000": [
        ("photo", lambda: png_of_zeros(4000, 10)),
        ("photo", lambda: png_of_zeros(10, 4000)),
        ("logo", lambda: png_of_zeros(25_000, 1)),
        ("logo", lambda: png_of_zeros(9_000, 9_000)),
        ("photo", lambda: png_of_zeros(20_000, 20_000)),
    ],
    # The pixel limit itself: a PNG has no reduced decode, so this is the most any upload costs.
    "largest accepted (12 MP): 4000x3000 RGB PNG": [
        ("photo", lambda: png_of_zeros(4000, 3000, colour_type=2, bit_depth=8))
    ],
}


def peak_mb() -> float:
    """This process's own peak RSS (VmHWM).

    Not ru_maxrss: Linux carries that over from the parent across fork and exec, so a fresh
    10 MB child of a 500 MB process reports 511 MB.
    """
    with open("/proc/self/status", encoding="ascii") as status:
        return next(int(line.split()[1]) for line in status if line.startswith("VmHWM:")) / 1024


def memory_case(folder: Path) -> None:
    """In a fresh process: one normal poster, then one poster per upload in ``folder``."""
    uploads = [(p.name.split("-")[1], p.read_bytes()) for p in sorted(folder.iterdir())]
    sandesh_poster()
    idle = peak_mb()
    start = time.perf_counter()
    outcomes = []
    for field, data in uploads or [("", b"")]:
        job = PosterJob(
            layout=get_layouts()["scheme_square"],
            title=TITLE,
            lines=LINES,
            photo=data if field == "photo" else None,
            logo=data if field == "logo" else None,
        )
        try:
            render(job)
            outcomes.append("rendered")
        except PosterInputError as exc:
            outcomes.append(exc.code)
    seconds = time.perf_counter() - start
    print(json.dumps({"idle": idle, "peak": peak_mb(), "s": seconds, "outcomes": outcomes}))


def memory_table() -> None:
    print("peak RSS: each case in a fresh process, after one normal poster (idle); target < 1.5x")
    print(f"{'case':<60} {'idle MB':>8} {'peak MB':>8} {'ratio':>6} {'time':>8}  outcome")
    for name, uploads in MEMORY_CASES.items():
        with tempfile.TemporaryDirectory() as tmp:
            for index, (field, make) in enumerate(uploads):
                (Path(tmp) / f"{index:02d}-{field}").write_bytes(make())
            result = subprocess.run(
                [sys.executable, __file__, "--memory-case", tmp],
                capture_output=True,
                text=True,
                check=True,
            )
        figures = json.loads(result.stdout)
        outcome = ", ".join(sorted(set(figures["outcomes"])))
        print(
            f"{name:<60} {figures['idle']:8.1f} {figures['peak']:8.1f} "
            f"{figures['peak'] / figures['idle']:5.2f}x {figures['s'] * 1000:6.0f} ms  {outcome}"
        )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--bulk", type=int, default=100)
    parser.add_argument("--memory-only", action="store_true", help="only the peak RSS table")
    parser.add_argument("--memory-case", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.memory_case:
        memory_case(args.memory_case)
        return
    if args.memory_only:
        memory_table()
        return
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
    print()
    memory_table()


if __name__ == "__main__":
    main()
