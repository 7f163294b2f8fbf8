"""Headlines to tune the embedded model on: one per request, under the slot rule.

The model writes a post's headline (:mod:`models.slots`). Its targets come from two places:

* the writers' own headlines in the data set: the first line of a post, when it is short and
  the post goes on after it, cleaned of markup and emoji (the composer adds those) and kept only
  when every word is the request's or a common one (:func:`models.slots.slot_problems`);
* ``data/headlines.jsonl``: headlines written for the requests whose posts have none (X posts,
  many Facebook ones) or whose headline uses words the request does not give, by a writer who saw
  the request and the rule, never the model's output. Test-split requests get none.

    .venv/bin/python -m models.tuning.headlines todo > TODO.jsonl   # requests that need one
    .venv/bin/python -m models.tuning.headlines check [FILE]        # every written one obeys
    .venv/bin/python -m models.tuning.headlines stats
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable
from pathlib import Path

import regex

from models.slots import SlotSpec, slot_problems
from models.tuning.dataset import DATA_DIR, Example, load, split_of
from prompts.phrasebook import get_phrasebook

WRITTEN_FILE = DATA_DIR.parent / "headlines.jsonl"
_MARKUP = regex.compile(r"[*_~]")
_EMOJI = regex.compile(r"[\p{Extended_Pictographic}\p{Regional_Indicator}\uFE0F\u200D]")
_WORD = regex.compile(r"[\p{L}\p{M}]+")


def sources(example: Example) -> tuple[str, ...]:
    return tuple(s for s in (*example.facts, example.audience, example.call_to_action) if s)


def spec_for(example: Example) -> SlotSpec:
    return SlotSpec(sources(example), get_phrasebook().common_words)


def clean(line: str) -> str:
    """A headline line without markup, emoji, a closing full stop or doubled spaces."""
    line = _EMOJI.sub("", _MARKUP.sub("", line))
    line = " ".join(line.split()).strip(" -–—:")
    return line.removesuffix("।").strip()


def extracted(example: Example) -> str | None:
    """The writer's own headline, cleaned, if the post has one that obeys the slot rule."""
    lines = [line.strip() for line in example.post.strip().splitlines() if line.strip()]
    if len(lines) < 2:
        return None
    head = clean(lines[0])
    words = _WORD.findall(head)
    if not 2 <= len(words) <= 12 or any(head == clean(f) for f in example.facts):
        return None
    return head if not slot_problems(head, spec_for(example)) else None


def written() -> dict[str, str]:
    if not WRITTEN_FILE.is_file():
        return {}
    rows = [json.loads(line) for line in WRITTEN_FILE.read_text(encoding="utf-8").splitlines()]
    return {row["id"]: row["headline"] for row in rows if line_ok(row)}


def line_ok(row: dict[str, str]) -> bool:
    return bool(row.get("id")) and bool(row.get("headline"))


def headline_for(example: Example, extra: dict[str, str]) -> str | None:
    """The target headline of one example: the writer's own, else a written one."""
    if split_of(example.topic) == "test":
        return None
    return extracted(example) or extra.get(example.id)


def todo(examples: Iterable[Example]) -> list[dict[str, object]]:
    """Train and dev requests with no headline yet."""
    extra = written()
    return [
        {
            "id": e.id,
            "split": split_of(e.topic),
            "kind": e.kind,
            "platform": e.platform,
            "tone": e.tone,
            "audience": e.audience,
            "call_to_action": e.call_to_action,
            "facts": e.facts,
            "writer_first_line": e.post.strip().splitlines()[0],
        }
        for e in examples
        if split_of(e.topic) != "test" and headline_for(e, extra) is None
    ]


def check(path: Path, examples: list[Example]) -> list[str]:
    by_id = {e.id: e for e in examples}
    problems = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        row = json.loads(line)
        example = by_id.get(row.get("id", ""))
        if example is None:
            problems.append(f"{number}: no example {row.get('id')!r}")
            continue
        if split_of(example.topic) == "test":
            problems.append(f"{number}: {example.id} is in the test split")
            continue
        head = row.get("headline", "")
        if head != clean(head):
            problems.append(f"{number}: {example.id}: write it without markup, emoji or a «।»")
        found = slot_problems(head, spec_for(example))
        problems += [f"{number}: {example.id}: {problem}" for problem in found]
        if any(head == clean(f) for f in example.facts):
            problems.append(f"{number}: {example.id}: the headline is a whole fact")
    return problems


def main(argv: list[str]) -> int:
    examples, problems = load(sorted(DATA_DIR.glob("*.jsonl")))
    if problems:
        print("\n".join(problems), file=sys.stderr)
        return 1
    if argv[:1] == ["todo"]:
        for request in todo(examples):
            print(json.dumps(request, ensure_ascii=False))
        return 0
    if argv[:1] == ["check"]:
        path = Path(argv[1]) if len(argv) > 1 else WRITTEN_FILE
        found = check(path, examples)
        print("\n".join(found) or "every headline obeys the rule")
        return 1 if found else 0
    if argv[:1] == ["stats"]:
        extra = written()
        counts: dict[str, list[int]] = {}
        for e in examples:
            part = split_of(e.topic)
            row = counts.setdefault(part, [0, 0, 0])
            row[0] += 1
            row[1] += extracted(e) is not None and part != "test"
            row[2] += e.id in extra and extracted(e) is None
        for name, (n, own, add) in sorted(counts.items()):
            print(f"{name}: {n} requests, {own} writers' headlines, {add} written for them")
        return 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
