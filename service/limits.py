"""The size limits of a request, which are settings, and the script rule for facts: checked
before any work starts, by the routes and by the ``sandesh`` command alike."""

from __future__ import annotations

import re
from typing import Any

from evaluation.language import letter_scripts
from service.config import Settings
from service.errors import BadRequestError, field_error, too_long_error
from service.schemas import DraftRequest


def fact_limit_errors(facts: list[str], settings: Settings) -> list[dict[str, Any]]:
    errors = []
    if len(facts) > settings.max_facts:
        errors.append(
            field_error(
                "facts",
                f"at most {settings.max_facts} facts, got {len(facts)}",
                "too_long",
                {"max_length": settings.max_facts, "actual_length": len(facts)},
            )
        )
    for i, fact in enumerate(facts):
        if len(fact) > settings.max_fact_chars:
            errors.append(too_long_error(f"facts[{i}]", fact, settings.max_fact_chars))
    return errors


# A web or mail address is Latin in any Hindi fact ("योजना की जानकारी ladakibahin.maharashtra.gov.in
# पर उपलब्ध है" was refused, round18): its letters are not counted. ASCII only, so "ए.पी.जे." stays.
ADDRESS = re.compile(
    r"(?:https?://)?[A-Za-z0-9_.+-]+@[A-Za-z0-9_-]+(?:\.[A-Za-z0-9_-]+)+"
    r"|(?:https?://)?[A-Za-z0-9_-]+(?:\.[A-Za-z0-9_-]+)+(?:/\S*)?"
)


# A fact mostly in Roman letters ("PM Kisan ke tahat 6000 rupaye milte hain") cannot be drafted
# into a Hindi post: it used to run 20 s and come back as three failed drafts blaming the post
# (issue 15). Short Latin names in a Hindi fact ("ULPIN", "DigiLocker ऐप") are fine. The studio
# warns while typing by the same rule (static/js/form.js romanFact).
def roman_fact_errors(facts: list[str]) -> list[dict[str, Any]]:
    errors = []
    for i, fact in enumerate(facts):
        scripts = letter_scripts(ADDRESS.sub(" ", fact))
        if scripts["Latin"] >= 8 and scripts["Latin"] > scripts["Devanagari"]:
            errors.append(
                field_error(
                    f"facts[{i}]",
                    "is written in Roman letters; write it in Hindi (Devanagari)",
                    "not_devanagari",
                )
            )
    return errors


def validate_limits(req: DraftRequest, settings: Settings) -> None:
    """Size limits are settings, so they are checked here rather than in the schema."""
    empty = field_error("facts", "give at least one fact", "too_short", {"min_length": 1})
    errors = [] if req.facts else [empty]
    errors.extend(fact_limit_errors(req.facts, settings))
    errors.extend(roman_fact_errors(req.facts))
    errors.extend(field_limit_errors(req.audience, req.call_to_action, settings))
    if errors:
        raise BadRequestError(errors)


def field_limit_errors(
    audience: str | None, call_to_action: str | None, settings: Settings
) -> list[dict[str, Any]]:
    errors = []
    for name, value in (("audience", audience), ("call_to_action", call_to_action)):
        if value is not None and len(value) > settings.max_field_chars:
            errors.append(too_long_error(name, value, settings.max_field_chars))
    return errors
