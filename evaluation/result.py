"""The shape every check returns: ``{passed, issues: [{span, start, end, category, reason,
params}]}``."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field


class Issue(BaseModel):
    """One problem a check found, pointing at the text it is about."""

    span: str = Field(description="The offending text exactly as written.")
    start: int = Field(description="Offset of the span in the checked text (code points).")
    end: int
    category: str
    reason: str = Field(description="Why this is a problem, in plain English.")
    reason_hi: str | None = Field(
        None, description="Why, in Hindi, as the page shows it (where the check words it)."
    )
    part: str | None = Field(
        None,
        description="Which part of the check found it, where it has several (conduct: "
        "'rules' or 'model').",
    )
    params: dict[str, str | int] = Field(
        default_factory=dict,
        description="What the page needs to word the issue itself, by its category: coverage "
        "'dropped' {fact, figure}, 'conflict' {given}; grounding 'date' {differs: 'year' | "
        "'month'}; register 'tone_fit' {tone}. Stable, unlike ``reason``'s English.",
    )

    @classmethod
    def of(cls, text: str, start: int, end: int, category: str, reason: str, **extra: Any) -> Issue:
        """The issue about ``text[start:end]``."""
        return cls(
            span=text[start:end], start=start, end=end, category=category, reason=reason, **extra
        )


class CheckResult(BaseModel):
    """The verdict of one check. ``details`` carries check-specific figures."""

    passed: bool
    issues: list[Issue] = Field(default_factory=list)
    details: dict[str, Any] = Field(default_factory=dict)
    language: str | None = Field(None, description="Language check only: the language found.")

    @classmethod
    def from_issues(cls, issues: list[Issue], **details: Any) -> CheckResult:
        return cls(passed=not issues, issues=issues, details=details)
