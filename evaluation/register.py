"""Register: disrespectful address and insults, and whether the text fits the tone asked for."""

from __future__ import annotations

from collections.abc import Sequence

import regex

from evaluation.hindi import ALNUM_EDGE_BEFORE, any_word
from evaluation.result import CheckResult, Issue


def _words(*words: str) -> regex.Pattern[str]:
    # Whole words: a match must not sit inside a longer one (वस्तु, तुरंत, तूफ़ान).
    return any_word("|".join(words))


# The intimate/contemptuous second person and rude calls. Official civic posts say आप.
_DISRESPECTFUL_ADDRESS = _words(
    "तू",
    "तुझे",
    "तुझको",
    "तुझसे",
    "तुझपे",
    "तेरा",
    "तेरी",
    "तेरे",
    "अबे",
    "ओए",
    "ओये",
    "अरे ओ",
    "अबे ओ",
    "चुप बैठ",
    "चुप कर",
)
_INSULTS = _words(
    "बेवकूफ़",
    "बेवकूफ़ों",
    "मूर्ख",
    "मूर्खों",
    "गधे",
    "गधा",
    "गधों",
    "निकम्मे",
    "निकम्मा",
    "निकम्मी",
    "नालायक",
    "कामचोर",
    "जाहिल",
    "गँवार",
    "गंवार",
    "नीच",
    "कमीने",
    "कमीना",
    "हरामखोर",
    "हरामी",
    "बदतमीज़",
    "घटिया लोग",
    "बेशर्म",
    "उल्लू",
    "पागल",
    "सड़ियल",
    "भिखारी",
    "idiot",
    "idiots",
    "stupid",
    "useless",
)
# Insult words that also name a thing: a donkey, an owl, a beggar ("गधों में ग्लैंडर्स", "भिखारी
# पुनर्वास", the playwright Bhikhari Thakur). Where the request's own words say them, so may
# the post (a round28 writer had to drop Bhikhari Thakur's jayanti for it).
_ALSO_A_NOUN = frozenset("गधा गधे गधों उल्लू भिखारी".split())
# Set phrases that contain an insult word without insulting anyone: ऊँच-नीच (discrimination).
_NOT_AN_INSULT = regex.compile(r"(?:ऊँच|ऊंच|उँच|उंच)[\s-]नीच$")
# A quoted line (a song, a slogan being discussed) mentions words without using them.
_QUOTED = regex.compile(r"[\"“‘'][^\"“”‘’'\n]{1,120}[\"”’']")

_CALL_TO_ACTION = _words(
    "करें",
    "कराएँ",
    "कराएं",
    "करवाएँ",
    "करवाएं",
    "भरें",
    "लें",
    "दें",
    "रखें",
    "आएँ",
    "आएं",
    "जाएँ",
    "जाएं",
    "पहुँचें",
    "पहुंचें",
    "बचें",
    "बताएँ",
    "बताएं",
    "पहुँचाएँ",
    "पहुंचाएं",
    "जुड़वाएँ",
    "जुड़वाएं",
    "दिलाएँ",
    "दिलाएं",
    "लगवाएँ",
    "लगवाएं",
    "बनवाएँ",
    "बनवाएं",
    "उठाएँ",
    "उठाएं",
    "निकलें",
    "अपनाएँ",
    "रहें",
    "देखें",
    "पढ़ें",
    "जाँचें",
    "जांचें",
    "पिएँ",
    "उबालें",
    "भेजें",
    "मिलें",
    "सुनिश्चित करें",
    "कीजिए",
    "करिए",
    "आइए",
    "चलें",
    "करो",
    "तुरंत",
    "आज ही",
    "अभी",
    "जल्द",
    "जल्दी",
    "देर न",
    "न भूलें",
    "मत भूलें",
    "अंतिम तिथि",
    "आख़िरी तारीख़",
    "आखिरी तारीख",
    "अंतिम दिन",
    "सावधान",
    "चेतावनी",
    "अपील",
)
_CELEBRATION = regex.compile(
    ALNUM_EDGE_BEFORE
    + r"(?:शुभकामना|बधाई|मुबारक|हार्दिक|मंगलमय|मंगलकामना|अभिनंदन|उत्सव|पर्व|त्योहार|त्यौहार|"
    r"खुशियाँ|खुशियां|ख़ुशियाँ|ख़ुशख़बरी|खुशखबरी|उल्लास|हर्ष|जश्न|शुभ|जय|happy)"
    r"|[🎉🎊🪔🎆🎇🥳🇮🇳🌸🙏]",
    regex.IGNORECASE,
)


def check_register(text: str, tone: str = "respectful", sources: Sequence[str] = ()) -> CheckResult:
    """Flag disrespect in any tone, and a text that does not do what its tone promises. A word
    that also names a thing is no insult where the request's ``sources`` say it too."""
    quoted = [m.span() for m in _QUOTED.finditer(text)]
    given = " ".join(sources)
    issues: list[Issue] = []
    for pattern, category, why in (
        (_DISRESPECTFUL_ADDRESS, "disrespect", "addresses the reader disrespectfully; use आप"),
        (_INSULTS, "insult", "is an insult; a civic post criticises acts, not people's worth"),
    ):
        for match in pattern.finditer(text):
            if any(start <= match.start() < end for start, end in quoted):
                continue
            if _NOT_AN_INSULT.search(text[: match.end()]):
                continue
            if match.group() in _ALSO_A_NOUN and regex.search(
                rf"(?<![\p{{L}}\p{{M}}]){match.group()}(?![\p{{L}}\p{{M}}])", given
            ):
                continue
            issues.append(
                Issue(
                    span=match.group(),
                    start=match.start(),
                    end=match.end(),
                    category=category,
                    reason=f"{match.group()!r} {why}",
                )
            )
    if tone == "urgent" and not _CALL_TO_ACTION.search(text):
        issues.append(
            Issue.of(
                text,
                0,
                len(text),
                "tone_fit",
                "an urgent post needs a call to action (what to do, by when); none found",
                params={"tone": "urgent"},
            )
        )
    if tone == "celebratory" and not _CELEBRATION.search(text):
        issues.append(
            Issue.of(
                text,
                0,
                len(text),
                "tone_fit",
                "a celebratory post needs a greeting or a note of celebration; none found",
                params={"tone": "celebratory"},
            )
        )
    return CheckResult.from_issues(sorted(issues, key=lambda i: i.start), tone=tone)


def carries_tone(text: str, tone: str) -> bool:
    """Does the text do what its tone promises (a call to action, a greeting)?"""
    return not any(i.category == "tone_fit" for i in check_register(text, tone).issues)
