"""The platform table (evaluation/platforms.yaml) is what the length check, the decoding rules,
the composer and the settings all go by."""

from __future__ import annotations

from dataclasses import fields

import pytest

from evaluation.checks import PlatformLimits, check_length
from evaluation.platforms import get_platforms
from models.constraints import PLATFORM_HASHTAGS, PLATFORM_LENGTHS, for_platform
from prompts import PLATFORMS
from service.checking import limits_from
from service.config import Settings

TABLE = get_platforms()


def test_the_table_names_every_platform_a_request_may_ask_for() -> None:
    assert tuple(TABLE) == PLATFORMS
    # One limit field per platform in the checks, besides Instagram's hashtag cap.
    assert {f.name for f in fields(PlatformLimits)} - {"instagram_hashtags"} == set(TABLE)


@pytest.mark.parametrize("platform", PLATFORMS)
def test_the_length_check_holds_a_post_to_the_tables_limit_counted_its_way(platform: str) -> None:
    rule = TABLE[platform]
    limits = PlatformLimits()
    assert limits.limit(platform) == rule.limit
    at_limit = check_length("क" * rule.limit, platform, limits)
    assert at_limit.passed
    assert at_limit.details == {"count": rule.limit, "limit": rule.limit, "unit": rule.unit}
    assert not check_length("क" * (rule.limit + 1), platform, limits).passed
    if rule.counted == "weighted":
        # twitter-text weighs an emoji 2: half as many fit.
        assert not check_length("🙏" * (rule.limit // 2 + 1), platform, limits).passed


@pytest.mark.parametrize("platform", PLATFORMS)
def test_the_hashtag_cap_is_the_tables(platform: str) -> None:
    cap = TABLE[platform].hashtags.max
    assert PlatformLimits().hashtag_limit(platform) == cap
    tags = " ".join(f"#टैग{i}" for i in range(1, (cap or 30) + 2))
    result = check_length(tags, platform, PlatformLimits())
    assert result.passed is (cap is None)
    if cap is not None:
        [issue] = result.issues
        assert issue.reason == f"{cap + 1} hashtags; {TABLE[platform].name} allows {cap}"


@pytest.mark.parametrize("platform", PLATFORMS)
def test_decoding_uses_the_tables_window_and_hashtag_rule(platform: str) -> None:
    rule = TABLE[platform]
    assert PLATFORM_LENGTHS[platform] == rule.window
    assert PLATFORM_HASHTAGS[platform] is rule.hashtags.taken
    constraints = for_platform(platform, ["किसान सम्मान निधि"])
    window = (constraints.min_chars, constraints.soft_max_chars, constraints.hard_max_chars)
    assert window == rule.window
    assert constraints.hashtags is rule.hashtags.taken
    # The body's hard maximum leaves room within the platform's limit for the disclosure.
    assert rule.window[2] < rule.limit


def test_the_composer_adds_as_many_hashtags_as_the_table_says() -> None:
    from service.compose import Request, plan_post

    facts = (
        "पीएम-किसान में पात्र किसान परिवारों को सालाना ₹6,000 की आर्थिक सहायता मिलती है",
        "ई-केवाईसी के लिए नज़दीकी जन सेवा केंद्र जाएँ",
        "किसान सम्मान निधि की हेल्पलाइन 155261 है",
    )
    for name, rule in TABLE.items():
        tags = plan_post(Request("scheme", name, "respectful", facts, "किसान"), headline=None)
        limit = rule.hashtags.composer
        assert (1 if limit else 0) <= len(tags.hashtags) <= limit, (name, tags.hashtags)


def test_the_composer_lays_each_post_out_as_the_table_says(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Bold figures, a list or paragraphs or compact lines: the table's ``layout``, so a
    changed row changes the posts and nothing else has to."""
    from evaluation import platforms
    from service.compose import Request, plan_post, render

    facts = (
        "पीएम-किसान में पात्र किसान परिवारों को सालाना ₹6,000 की आर्थिक सहायता मिलती है",
        "ई-केवाईसी के लिए नज़दीकी जन सेवा केंद्र जाएँ",
        "किसान सम्मान निधि की हेल्पलाइन 155261 है",
    )

    def post(platform: str) -> str:
        plan = plan_post(Request("scheme", platform, "respectful", facts, "किसान"), headline=None)
        return render(plan, platform)

    assert "*₹6,000*" in post("whatsapp") and "*" not in post("facebook")
    assert "\n\n" not in post("x").split("#")[0].strip()  # compact: no blank lines
    table = dict(TABLE)
    table["whatsapp"] = TABLE["whatsapp"].model_copy(
        update={"layout": TABLE["x"].layout.model_copy(update={"bold": False})}
    )
    monkeypatch.setattr(platforms, "get_platforms", lambda: table)
    monkeypatch.setattr("service.compose.get_platforms", lambda: table)
    changed = post("whatsapp")
    assert "*" not in changed and "\n\n" not in changed.split("#")[0].strip()


def test_the_soft_limits_default_to_the_table_and_the_settings_override_them(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    soft = {name for name, rule in TABLE.items() if rule.soft}
    assert soft == {"whatsapp", "facebook"}
    defaults = limits_from(Settings(_env_file=None))  # type: ignore[call-arg]
    assert defaults == PlatformLimits()
    assert {name: defaults.limit(name) for name in soft} == {n: TABLE[n].limit for n in soft}

    monkeypatch.setenv("SANDESH_WHATSAPP_SOFT_LIMIT", "600")
    limits = limits_from(Settings(_env_file=None))  # type: ignore[call-arg]
    assert limits.whatsapp == 600
    assert limits.facebook == TABLE["facebook"].limit
    assert not check_length("क" * 601, "whatsapp", limits).passed
