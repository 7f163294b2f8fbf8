"""Is the text Hindi in Devanagari? Script shares first, then Hindi vs Marathi vs Nepali.

Marathi and Nepali share the script and much vocabulary with Hindi, so the script share alone
cannot tell them apart. Short function words can: Hindi है/में/के, Marathi आहे/मध्ये/साठी,
Nepali छ/मा/गर्नुहोस्. Those marker counts decide; langdetect (seeded, so results repeat) only
breaks ties on longer texts, because on a few words it guesses wildly.
"""

from __future__ import annotations

import unicodedata
from collections import Counter

import regex

from evaluation.hindi import TAG_CHAR, WORD
from evaluation.result import CheckResult, Issue

_SCRIPTS: list[tuple[str, int, int]] = [
    ("Devanagari", 0x0900, 0x097F),
    ("Devanagari", 0xA8E0, 0xA8FF),
    ("Bengali", 0x0980, 0x09FF),
    ("Gurmukhi", 0x0A00, 0x0A7F),
    ("Gujarati", 0x0A80, 0x0AFF),
    ("Odia", 0x0B00, 0x0B7F),
    ("Tamil", 0x0B80, 0x0BFF),
    ("Telugu", 0x0C00, 0x0C7F),
    ("Kannada", 0x0C80, 0x0CFF),
    ("Malayalam", 0x0D00, 0x0D7F),
    ("Arabic", 0x0600, 0x06FF),
    ("Latin", 0x0041, 0x024F),
]
_SCRIPT_LANGUAGE = {
    "Bengali": "bn",
    "Gurmukhi": "pa",
    "Gujarati": "gu",
    "Odia": "or",
    "Tamil": "ta",
    "Telugu": "te",
    "Kannada": "kn",
    "Malayalam": "ml",
    "Arabic": "ur",
}
LANGUAGE_NAMES = {
    "hi": "Hindi",
    "mr": "Marathi",
    "ne": "Nepali",
    "en": "English",
    "hi-Latn": "Hindi in Roman script",
    "bn": "Bengali",
    "pa": "Punjabi",
    "gu": "Gujarati",
    "or": "Odia",
    "ta": "Tamil",
    "te": "Telugu",
    "kn": "Kannada",
    "ml": "Malayalam",
    "ur": "Urdu",
    "und": "undetermined",
}

_URL = regex.compile(rf"(?:https?://|www\.)\S+|#{TAG_CHAR}+|@\w+", regex.IGNORECASE)

_MARKERS: dict[str, set[str]] = {
    "hi": set(
        [
            "है",
            "हैं",
            "था",
            "थी",
            "थे",
            "में",
            "के",
            "की",
            "का",
            "को",
            "से",
            "और",
            "लिए",
            "यह",
            "वह",
            "इस",
            "उस",
            "करें",
            "कीजिए",
            "गया",
            "गई",
            "गए",
            "होगा",
            "होगी",
            "होंगे",
            "रहा",
            "रही",
            "रहे",
            "जाएगा",
            "जाएगी",
            "सकते",
            "सकती",
            "अपने",
            "अपनी",
            "आप",
            "हम",
            "भी",
            "नहीं",
            "तक",
            "पर",
            "ही",
            "जो",
            "कि",
        ]
    ),
    # Words Hindi also uses (व, या, होते, सर्व, हो, को) are left out on purpose.
    "mr": set(
        [
            "आहे",
            "आहेत",
            "मध्ये",
            "साठी",
            "आणि",
            "नाही",
            "करावे",
            "करावी",
            "आपल्या",
            "आपले",
            "आपला",
            "येथे",
            "झाले",
            "झाली",
            "केली",
            "असेल",
            "होणार",
            "तुम्ही",
            "आम्ही",
            "त्यांना",
            "यांना",
            "करण्यात",
            "येणार",
            "आहोत",
            "नागरिकांनी",
        ]
    ),
    "ne": set(
        [
            "छ",
            "छन्",
            "छौं",
            "गर्नुहोस्",
            "हुन्छ",
            "हुनेछ",
            "तपाईं",
            "तपाईंले",
            "तपाईंको",
            "लागि",
            "यो",
            "त्यो",
            "पनि",
            "र",
            "भएको",
            "गरेको",
            "गर्न",
            "थियो",
            "थिए",
            "गर्ने",
            "हुने",
            "सबै",
            "गरी",
            "गर्नुपर्छ",
            "भन्दा",
            "बाट",
        ]
    ),
}
# Marathi and Nepali glue their postpositions and verb endings onto the word.
_SUFFIXES: dict[str, tuple[str, ...]] = {
    "mr": ("साठी", "मध्ये", "च्या", "ांना", "ांनी", "ाची", "ाचे", "ाचा"),
    "ne": ("हरू", "्छ", "्छन्", "ुहोस्", "ेको", "ुपर्छ"),
}
# Letters Hindi does not use but Marathi does (ळ, and the eyelash ऱ).
_MARATHI_LETTERS = regex.compile(r"[ळऱ]")
_ROMAN_HINDI = set(
    [
        "hai",
        "hain",
        "mein",
        "ke",
        "ki",
        "ka",
        "ko",
        "se",
        "aur",
        "liye",
        "karein",
        "kare",
        "yojana",
        "apne",
        "apni",
        "aap",
        "hum",
        "bhi",
        "nahi",
        "tak",
        "par",
        "jo",
        "ki",
        "kisan",
        "sarkar",
        "milega",
        "milegi",
        "milte",
        "milti",
        "jankari",
        "zaroor",
        "jaroor",
        "kripya",
    ]
)


def _script(char: str) -> str | None:
    if unicodedata.category(char)[0] not in "LM":
        return None
    code = ord(char)
    for name, low, high in _SCRIPTS:
        if low <= code <= high:
            return name
    return "Other"


def _devanagari_language(text: str) -> tuple[str, dict[str, int]]:
    words = WORD.findall(text)
    counts = {lang: sum(w in markers for w in words) for lang, markers in _MARKERS.items()}
    for lang, endings in _SUFFIXES.items():
        counts[lang] += sum(
            1 for w in words if w not in _MARKERS[lang] and len(w) > 4 and w.endswith(endings)
        )
    counts["mr"] += 2 * len(_MARATHI_LETTERS.findall(text))
    best = max(counts, key=lambda lang: (counts[lang], lang == "hi"))
    if counts[best] > counts["hi"]:
        return best, counts
    if counts["hi"] == 0 and len(words) >= 6:
        guess = _langdetect(text)
        if guess in ("mr", "ne"):
            return guess, counts
    return "hi", counts


def _langdetect(text: str) -> str | None:
    try:
        from langdetect import DetectorFactory, detect
        from langdetect.lang_detect_exception import LangDetectException
    except ImportError:  # pragma: no cover - a dependency, but the check should not crash
        return None
    DetectorFactory.seed = 0
    try:
        return str(detect(text))
    except LangDetectException:
        return None


def _latin_language(text: str) -> str:
    words = [w.lower() for w in regex.findall(r"[A-Za-z]+", text)]
    roman = sum(w in _ROMAN_HINDI for w in words)
    return "hi-Latn" if words and roman / len(words) >= 0.2 else "en"


def letter_scripts(text: str) -> Counter[str]:
    """How many letters of each script ``text`` has, links left out."""
    return Counter(s for ch in _URL.sub(" ", text) if (s := _script(ch)) is not None)


def detect_language(text: str, *, min_devanagari_share: float = 0.75) -> dict[str, object]:
    cleaned = _URL.sub(" ", text)
    scripts = letter_scripts(cleaned)
    letters = sum(scripts.values())
    share = scripts["Devanagari"] / letters if letters else 0.0
    main = scripts.most_common(1)[0][0] if scripts else None
    markers: dict[str, int] = {}
    if main is None:
        language = "und"
    elif main == "Devanagari":
        language, markers = _devanagari_language(cleaned)
    elif main == "Latin":
        language = _latin_language(cleaned)
    else:
        language = _SCRIPT_LANGUAGE.get(main, "und")
    return {
        "language": language,
        "language_name": LANGUAGE_NAMES.get(language, language),
        "devanagari_share": round(share, 3),
        "scripts": dict(scripts),
        "markers": markers,
    }


def check_language(text: str, *, min_devanagari_share: float = 0.75) -> CheckResult:
    """Hindi in Devanagari: enough Devanagari letters, and Hindi rather than Marathi or Nepali."""
    found = detect_language(text, min_devanagari_share=min_devanagari_share)
    share = float(found["devanagari_share"])  # type: ignore[arg-type]
    language = str(found["language"])
    name = LANGUAGE_NAMES.get(language, language)
    head = min(len(text), 40)
    issues: list[Issue] = []
    if share < min_devanagari_share:
        reason = (
            f"only {share:.0%} of the letters are Devanagari (need "
            f"{min_devanagari_share:.0%}); the text reads as {name}"
        )
        issues.append(Issue.of(text, 0, head, "script", reason))
    elif language != "hi":
        reason = (
            f"the text is in Devanagari but reads as {name}, not Hindi "
            f"(marker words: {found['markers']})"
        )
        issues.append(Issue.of(text, 0, head, "language", reason))
    result = CheckResult.from_issues(issues, **found)
    result.language = language
    return result
