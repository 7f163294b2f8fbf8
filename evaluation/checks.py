"""Checks every draft gets, inline in the pipeline and in the evaluation harness.

Each check returns a :class:`CheckResult`; :func:`run_checks` runs them all on one draft.
"""

from __future__ import annotations

import unicodedata
import warnings
from collections import Counter
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from itertools import pairwise

import regex

with warnings.catch_warnings():
    # twitter-text-parser loads its emoji list through the deprecated pkg_resources.
    warnings.simplefilter("ignore", UserWarning)
    from twitter_text import parse_tweet

from evaluation.conduct import check_conduct
from evaluation.coverage import check_coverage
from evaluation.fit import check_fit
from evaluation.grounding import check_grounding
from evaluation.hindi import HASHTAG, SHORT_WORDS, TAG_CHAR
from evaluation.language import check_language
from evaluation.platforms import get_platforms
from evaluation.register import check_register
from evaluation.result import CheckResult, Issue

# Every check a draft gets. The writers' posts of the tuning data are held to all but fit
# (CONTENT_CHECKS): they were written before it, and fit asks for an editor's layout.
CHECK_NAMES = (
    "grounding",
    "coverage",
    "language",
    "register",
    "conduct",
    "length",
    "format",
    "fit",
)
CONTENT_CHECKS = CHECK_NAMES[:-1]

# --- length ----------------------------------------------------------------------------------


_PLATFORMS = get_platforms()


@dataclass(frozen=True)
class PlatformLimits:
    """Each platform's length limit and Instagram's hashtag cap, from the platform table
    (evaluation/platforms.yaml); the service passes its settings' soft limits instead
    (``service.checking.limits_from``)."""

    whatsapp: int = _PLATFORMS["whatsapp"].limit
    facebook: int = _PLATFORMS["facebook"].limit
    # Platform maxima, not preferences.
    x: int = _PLATFORMS["x"].limit
    instagram: int = _PLATFORMS["instagram"].limit
    instagram_hashtags: int = _PLATFORMS["instagram"].hashtags.max or 0

    def limit(self, platform: str) -> int:
        return int(getattr(self, platform))

    def hashtag_limit(self, platform: str) -> int | None:
        """How many hashtags ``platform`` takes, where it caps them."""
        return self.instagram_hashtags if platform == "instagram" else None


_URL = regex.compile(r"(?:https?://|www\.)\S+", regex.IGNORECASE)


# A thread on X: each post begins with its place in it, "🧵 1/3", "🧵 2/3", ...
_THREAD_MARK = regex.compile(r"^🧵 (\d+)/(\d+)[ \t]*$", regex.MULTILINE)


def thread_parts(text: str) -> list[str]:
    """The posts of an X thread ("🧵 1/2" ... "🧵 2/2", each beginning a post, numbered in
    order), or the text alone when it is one post."""
    marks = list(_THREAD_MARK.finditer(text))
    total = int(marks[0].group(2)) if marks else 0
    if (
        len(marks) < 2
        or text[: marks[0].start()].strip()
        or [int(m.group(1)) for m in marks] != list(range(1, total + 1))
        or any(int(m.group(2)) != total for m in marks)
    ):
        return [text]
    ends = [m.start() for m in marks[1:]] + [len(text)]
    return [text[m.start() : end].strip() for m, end in zip(marks, ends, strict=True)]


def strip_thread_marks(text: str) -> str:
    """The thread's words without its "🧵 n/m" lines (their figures are no facts)."""
    parts = thread_parts(text)
    if len(parts) < 2:
        return text
    return "\n\n".join(_THREAD_MARK.sub("", part).strip() for part in parts)


def measure(text: str, platform: str) -> tuple[int, str]:
    """Length as the platform counts it, and the unit; a thread on X is as long as its
    longest post."""
    rule = _PLATFORMS.get(platform)
    if rule is not None and rule.counted == "weighted":
        # twitter-text v3: most scripts (Devanagari included) weigh 1, CJK and emoji 2, URLs 23.
        return max(parse_tweet(p).weightedLength for p in thread_parts(text)), rule.unit
    # Instagram, Facebook and WhatsApp count Unicode code points.
    return len(text), "characters"


def check_length(text: str, platform: str, limits: PlatformLimits) -> CheckResult:
    count, unit = measure(text, platform)
    limit = limits.limit(platform)
    issues: list[Issue] = []
    if count > limit:
        issues.append(
            Issue(
                span=text[-20:],
                start=max(0, len(text) - 20),
                end=len(text),
                category="too_long",
                reason=f"{count} {unit}, over the {platform} limit of {limit}",
            )
        )
    cap = limits.hashtag_limit(platform)
    if cap is not None:
        tags = list(HASHTAG.finditer(text))
        if len(tags) > cap:
            extra = tags[cap]
            name = _PLATFORMS[platform].name if platform in _PLATFORMS else platform
            issues.append(
                Issue(
                    span=extra.group(),
                    start=extra.start(),
                    end=extra.end(),
                    category="too_many_hashtags",
                    reason=f"{len(tags)} hashtags; {name} allows {cap}",
                )
            )
    return CheckResult.from_issues(issues, count=count, limit=limit, unit=unit)


# --- format ----------------------------------------------------------------------------------

_MARKUP = [
    (regex.compile(r"</?[a-zA-Z][^<>\n]{0,80}>"), "an HTML tag"),
    (regex.compile(r"^[ \t]{0,3}#{1,6}[ \t]", regex.MULTILINE), "a Markdown heading"),
    (regex.compile(r"\[[^\]\n]+\]\([^)\n]+\)"), "a Markdown link"),
    (regex.compile(r"```|~~~"), "a code fence"),
    (regex.compile(r"\*\*[^*\n]+\*\*|__[^_\n]+__"), "Markdown bold (WhatsApp uses single *)"),
    (regex.compile(r"<(?:start_of_turn|end_of_turn|eos|bos|pad)>|\[/?INST\]"), "a model token"),
]
# A finished post ends with sentence punctuation, a closing mark, an emoji or a hashtag line.
_FINISHED_END = regex.compile(
    r"(?:[।॥!?.…)\]\"'”’*]|\p{Extended_Pictographic}|\p{Emoji_Modifier}|\p{Regional_Indicator}"
    rf"|[\uFE0F\u200D]|#{TAG_CHAR}+)\s*$"
)
_MIN_LETTERS = 20


# A word, a figure or a hashtag: loops and stutters are counted in these.
_WORD_TOKEN = regex.compile(rf"#?{TAG_CHAR}+")
# Words in a row that, copied from a few-shot example and absent from the facts, make a copy.
_ECHO_RUN = 8
# (words in a row, times said) that make a loop; a heading said again in the body is not one.
_LOOPS = ((4, 4), (5, 3), (10, 2))


def _tokens(text: str) -> list[regex.Match[str]]:
    return list(_WORD_TOKEN.finditer(text))


def _runs(words: list[str], n: int) -> set[tuple[str, ...]]:
    return {tuple(words[i : i + n]) for i in range(len(words) - n + 1)}


def _repetition_issues(text: str, sources: Sequence[str] = ()) -> list[Issue]:
    """Loops a base model falls into: a hashtag twice, a word thrice in a row, a phrase again.
    A phrase the sources say as often is theirs, not a loop ("की महिलाओं को हर महीने" in three
    facts of a pension's tiers, round20)."""
    tokens = _tokens(text)
    words = [t.group() for t in tokens]
    issues: list[Issue] = []

    def add(start: int, end: int, reason: str) -> None:
        if not any(i.start <= start < i.end for i in issues):
            issues.append(
                Issue(
                    span=text[start:end], start=start, end=end, category="repetition", reason=reason
                )
            )

    seen_tags: set[str] = set()
    for token in tokens:
        tag = token.group()
        if tag.startswith("#"):
            if tag in seen_tags:
                add(token.start(), token.end(), f"the hashtag {tag} appears more than once")
            seen_tags.add(tag)
    for i in range(2, len(words)):
        if words[i] == words[i - 1] == words[i - 2]:
            add(tokens[i - 2].start(), tokens[i].end(), "the same word three times in a row")
    # The headline: the first line with a word in it (after "🧵 1/2" on a thread), if more follow.
    heading = regex.search(r"^.*\p{L}.*$", text, flags=regex.MULTILINE)
    heading_end = heading.end() if heading and heading.end() < len(text.rstrip()) else -1
    source_words = [[t.group() for t in _tokens(source)] for source in sources]
    for size, times in _LOOPS:
        given = Counter(
            tuple(said[i : i + size]) for said in source_words for i in range(len(said) - size + 1)
        )
        starts: dict[tuple[str, ...], list[int]] = {}
        for i in range(len(words) - size + 1):
            run = tuple(words[i : i + size])
            previous = starts.setdefault(run, [])
            if previous and i - previous[-1] < size:
                continue  # overlapping with itself: counted once
            previous.append(i)
            if times == 2 and tokens[previous[0]].start() < heading_end:
                # A headline a fact below says again ("सैदपुर घाट पर निजी नावों का परिचालन
                # अगले आदेश तक बंद" over the fact with its cause) is news style, not a loop.
                continue
            if len(previous) == max(times, given[run] + 1):
                add(
                    tokens[i].start(),
                    tokens[i + size - 1].end(),
                    f"these {size} words are said {times} times",
                )
    return issues


def _stutter_issues(text: str, source_words: set[str]) -> list[Issue]:
    """A name from the facts begun twice: "गो गोविंदगंज", where a small model started the name
    as a piece of a word and then wrote it whole."""
    tokens = [t for t in _tokens(text) if not t.group().startswith("#")]
    issues = []
    for first, second in pairwise(tokens):
        stem, word = first.group(), second.group()
        if (
            text[first.end() : second.start()] == " "
            and word in source_words
            and word != stem
            and word.startswith(stem)
            and stem not in source_words
            and stem not in SHORT_WORDS
        ):
            issues.append(
                Issue.of(
                    text,
                    first.start(),
                    second.end(),
                    "stutter",
                    f"{word} is begun twice; write it once",
                )
            )
    return issues


def _example_echo_issues(text: str, examples: Sequence[str], fact_words: set[str]) -> list[Issue]:
    """A candidate that copies a few-shot example post instead of writing from its own facts."""
    tokens = _tokens(text)
    words = [t.group() for t in tokens]
    example_runs: set[tuple[str, ...]] = set()
    for example in examples:
        example_runs |= _runs([t.group() for t in _tokens(example)], _ECHO_RUN)
    for i in range(len(words) - _ECHO_RUN + 1):
        run = tuple(words[i : i + _ECHO_RUN])
        # A run that is mostly the facts' own words is the facts restated, not a copy: "हेल्पलाइन
        # 14555 पर कॉल करें" followed by a common closing matches an example but copies nothing.
        if run in example_runs and sum(w not in fact_words for w in run) > _ECHO_RUN // 2:
            start, end = tokens[i].start(), tokens[i + _ECHO_RUN - 1].end()
            return [
                Issue(
                    span=text[start:end],
                    start=start,
                    end=end,
                    category="example_echo",
                    reason="copied from one of the prompt's example posts, not written "
                    "from these facts",
                )
            ]
    return []


def check_format(
    text: str,
    *,
    echo_markers: Sequence[str] = (),
    sources: Sequence[str] = (),
    examples: Sequence[str] = (),
) -> CheckResult:
    """No prompt echo or copied example, no markup junk, no loops or stutters, no invented links,
    no unfinished ending."""
    source_words = {t.group() for s in sources for t in _tokens(s)}
    issues: list[Issue] = (
        _repetition_issues(text, sources)
        + _example_echo_issues(text, examples, source_words)
        + _stutter_issues(text, source_words)
    )
    letters = sum(1 for ch in text if unicodedata.category(ch)[0] in "LM")
    if letters < _MIN_LETTERS:
        issues.append(
            Issue(
                span=text,
                start=0,
                end=len(text),
                category="empty",
                reason=f"only {letters} letters: too short to be a post",
            )
        )
    offset = 0
    seen_lines: Counter[str] = Counter()
    for line in text.splitlines(keepends=True):
        stripped = line.strip()
        lead = len(line) - len(line.lstrip())
        for marker in echo_markers:
            if stripped.startswith(marker):
                issues.append(
                    Issue(
                        span=stripped,
                        start=offset + lead,
                        end=offset + lead + len(stripped),
                        category="prompt_echo",
                        reason=f"the line starts with the prompt's own label {marker!r}",
                    )
                )
                break
        if len(stripped) >= 8:
            seen_lines[stripped] += 1
            already = any(i.category == "repetition" and i.start >= offset for i in issues)
            if seen_lines[stripped] == 2 and not already:
                issues.append(
                    Issue(
                        span=stripped,
                        start=offset + lead,
                        end=offset + lead + len(stripped),
                        category="repetition",
                        reason="this line repeats an earlier line",
                    )
                )
        offset += len(line)
    for pattern, what in _MARKUP:
        for match in pattern.finditer(text):
            issues.append(
                Issue(
                    span=match.group(),
                    start=match.start(),
                    end=match.end(),
                    category="markup",
                    reason=f"{what} does not belong in a social-media post",
                )
            )
    for match in _URL.finditer(text):
        url = match.group().rstrip(".,।)")
        if not any(url in source for source in sources):
            issues.append(
                Issue(
                    span=url,
                    start=match.start(),
                    end=match.start() + len(url),
                    category="invented_link",
                    reason="this link appears in no fact",
                )
            )
    body = text.rstrip()
    # A label that ends on its number is finished ("📞 सूचना के लिए जिला पशुपालन कार्यालय:
    # 06528-220417", the last line of a round16 thread).
    label_end = regex.search(r":\s*\+?\d[\d\-–,/ ]*\d\s*$", body.splitlines()[-1]) if body else None
    if body and not _FINISHED_END.search(body) and label_end is None:
        tail_start = max(0, len(body) - 30)
        # Start the span on a word, not inside one.
        if tail_start > 0 and not body[tail_start - 1].isspace():
            next_space = body.find(" ", tail_start)
            tail_start = next_space + 1 if 0 <= next_space < len(body) - 1 else tail_start
        issues.append(
            Issue(
                span=body[tail_start:],
                start=tail_start,
                end=len(body),
                category="unfinished",
                reason="the post stops mid-sentence (no closing punctuation)",
            )
        )
    return CheckResult.from_issues(issues)


# --- all together ----------------------------------------------------------------------------


def strip_disclosure(text: str, disclosure: str) -> str:
    body = text.rstrip()
    if disclosure and body.endswith(disclosure):
        body = body[: -len(disclosure)].rstrip()
    return body


def run_checks(
    text: str,
    *,
    sources: Sequence[str],
    platform: str,
    limits: PlatformLimits,
    tone: str = "respectful",
    disclosure: str = "",
    echo_markers: Sequence[str] = (),
    examples: Sequence[str] = (),
    min_devanagari_share: float = 0.75,
    facts: Sequence[str] | None = None,
    kind: str | None = None,
    call_to_action: str | None = None,
    only: Collection[str] = CHECK_NAMES,
) -> dict[str, CheckResult]:
    """All checks on one draft, in CHECK_NAMES order. Length counts the whole text, disclosure
    included; the others read the body. Coverage asks for every figure of ``facts`` (by default
    all of ``sources``; the audience and call to action may be left out). Fit asks for the
    request's ``call_to_action`` and, for a greeting ``kind``, a greeting. ``only`` names the
    checks to run (all by default)."""
    body = strip_disclosure(text, disclosure)
    if platform == "x":
        body = strip_thread_marks(body)
    fact_list = list(sources if facts is None else facts)
    checks: dict[str, Callable[[], CheckResult]] = {
        "grounding": lambda: check_grounding(body, sources),
        "coverage": lambda: check_coverage(body, fact_list),
        "language": lambda: check_language(body, min_devanagari_share=min_devanagari_share),
        "register": lambda: check_register(body, tone, sources),
        "conduct": lambda: check_conduct(body),
        "length": lambda: check_length(text, platform, limits),
        "format": lambda: check_format(
            body, echo_markers=echo_markers, sources=sources, examples=examples
        ),
        "fit": lambda: check_fit(
            body,
            facts=fact_list,
            sources=sources,
            kind=kind,
            tone=tone,
            call_to_action=call_to_action,
        ),
    }
    return {name: run() for name, run in checks.items() if name in only}


@dataclass(frozen=True)
class CheckContext:
    """Everything the checks read besides the text, built in one place
    (``service.checking.check_context``) for drafting and for ``/v1/checks`` alike, so a draft
    and its re-check get the same verdict."""

    platform: str
    limits: PlatformLimits
    # What the text may state: the facts, the audience and the call to action.
    sources: tuple[str, ...]
    # What it must carry every figure of; None: the text is checked without facts.
    facts: tuple[str, ...] | None
    tone: str = "respectful"
    kind: str | None = None
    call_to_action: str | None = None
    disclosure: str = ""
    echo_markers: tuple[str, ...] = ()
    examples: tuple[str, ...] = ()
    min_devanagari_share: float = 0.75


def check(
    text: str, context: CheckContext, only: Collection[str] = CHECK_NAMES
) -> dict[str, CheckResult]:
    """Every check (or ``only`` those) on ``text`` in ``context``; without facts, grounding and
    coverage are reported as not judged."""
    checks = run_checks(
        text,
        sources=context.sources,
        facts=context.facts or (),
        platform=context.platform,
        limits=context.limits,
        tone=context.tone,
        disclosure=context.disclosure,
        echo_markers=context.echo_markers,
        examples=context.examples,
        min_devanagari_share=context.min_devanagari_share,
        kind=context.kind,
        call_to_action=context.call_to_action,
        only=only,
    )
    if context.facts is None:
        for name in ("grounding", "coverage"):
            if name in checks:
                checks[name] = CheckResult(
                    passed=True, details={"skipped": f"no facts given: {name} was not judged"}
                )
    return checks


def all_passed(checks: dict[str, CheckResult]) -> bool:
    return all(result.passed for result in checks.values())
