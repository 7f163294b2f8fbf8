"""What the bench scripts share: each measured case runs in a fresh child process (the script
itself, with ``--child``), which prints its figures as one JSON line; the parent takes medians."""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
from typing import Any

# The facts of the prompt every engine decodes, so the figures compare.
PROMPT_FACTS = [
    "पंचायत भवन, मोहनपुर में 12 दिसंबर को आधार अपडेट शिविर लगेगा",
    "शिविर सुबह 10 बजे से शाम 4 बजे तक चलेगा",
]


def spawn(script: str, *extra: str) -> dict[str, Any]:
    """Run ``script`` with ``extra`` in a fresh Python and read its last line as JSON."""
    out = subprocess.run(
        [sys.executable, script, *extra], capture_output=True, text=True, check=True
    ).stdout
    return dict(json.loads(out.strip().splitlines()[-1]))


def median_of(runs: list[dict[str, Any]], key: str) -> float:
    return statistics.median(r[key] for r in runs)
