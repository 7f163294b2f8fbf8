"""Deterministic drafts built from the facts alone, for when too few model candidates pass.

They state the facts verbatim and add only framing with no numbers or names, so they pass the
grounding check by construction. Each variant index gives a different opening and closing.
"""

from __future__ import annotations

from collections.abc import Callable

_OPENINGS: dict[str, tuple[str, ...]] = {
    "scheme": ("योजना से जुड़ी ज़रूरी जानकारी", "इस योजना के बारे में जानिए", "आपके काम की योजना"),
    "local_issue": ("आपके क्षेत्र के लिए सूचना", "स्थानीय समस्या पर ताज़ा जानकारी", "ज़रूरी स्थानीय अपडेट"),
    "event": ("आयोजन की सूचना", "आप सादर आमंत्रित हैं", "ज़रूर पधारें"),
    "appeal": ("एक ज़रूरी अपील", "आपसे निवेदन है", "आइए, साथ मिलकर कदम उठाएँ"),
    "greeting": ("हार्दिक शुभकामनाएँ", "शुभकामनाओं सहित", "मंगलकामनाएँ"),
}
_URGENT_OPENING = "ज़रूरी सूचना"
_CLOSINGS: dict[str, tuple[str, ...]] = {
    "respectful": (
        "कृपया यह जानकारी अपने परिवार और पड़ोसियों तक पहुँचाएँ।",
        "आपके सहयोग के लिए धन्यवाद।",
        "कृपया इसे ज़रूरतमंद लोगों के साथ साझा करें।",
    ),
    "warm": (
        "आइए, मिलकर यह जानकारी सब तक पहुँचाएँ।",
        "अपनों के साथ यह संदेश ज़रूर साझा करें।",
        "साथ मिलकर ही हम आगे बढ़ेंगे।",
    ),
    "urgent": (
        "देर न करें, आज ही ध्यान दें।",
        "कृपया तुरंत ध्यान दें और दूसरों को भी बताएँ।",
        "समय रहते कदम उठाएँ।",
    ),
    "celebratory": (
        "आप सभी को ढेरों शुभकामनाएँ!",
        "खुशियाँ बाँटें, संदेश आगे बढ़ाएँ!",
        "इस शुभ अवसर पर सबको बधाई!",
    ),
}
_HASHTAGS = {
    "scheme": "#सरकारी_योजना #जनहित",
    "local_issue": "#स्थानीय_सूचना #जनहित",
    "event": "#आयोजन #जनहित",
    "appeal": "#अपील #जनहित",
    "greeting": "#शुभकामनाएँ #जनहित",
}


def _sentence(fact: str) -> str:
    fact = " ".join(fact.split())
    return fact if fact[-1:] in "।!?.)" else fact + "।"


def fallback_draft(
    *,
    kind: str,
    platform: str,
    tone: str,
    facts: list[str],
    audience: str | None,
    call_to_action: str | None,
    disclosure: str,
    index: int,
    fits: Callable[[str], bool],
) -> str:
    """The ``index``-th template draft, shortened until ``fits`` accepts it."""
    opening = _URGENT_OPENING if tone == "urgent" and index == 0 else None
    openings, closings = _OPENINGS[kind], _CLOSINGS[tone]
    opening = opening or openings[index % len(openings)]
    # Step the closing differently from the opening so that no two of the first nine repeat.
    closing = closings[(index + index // len(openings)) % len(closings)]
    if audience:
        opening = f"{opening}: {audience} ध्यान दें"
    sentences = [_sentence(f) for f in facts]
    if call_to_action:
        sentences.append(_sentence(call_to_action))
    # What goes first when space is short: the opening, then the closing (it carries the tone),
    # then the call to action, then facts from the end. The disclosure always stays.
    candidate = ""
    for keep in range(len(sentences), 0, -1):
        for head, tail in ((opening, closing), (None, closing), (None, None)):
            candidate = _compose(platform, kind, head, sentences[:keep], tail, disclosure)
            if fits(candidate):
                return candidate
    return candidate


def _compose(
    platform: str,
    kind: str,
    opening: str | None,
    sentences: list[str],
    closing: str | None,
    disclosure: str,
) -> str:
    if platform == "x":
        parts = [f"{opening}:" if opening else None, *sentences, closing]
        return " ".join(p for p in parts if p) + f"\n{disclosure}"
    if platform == "whatsapp":
        blocks = [f"*{opening}*" if opening else None, "\n".join(f"• {s}" for s in sentences)]
    elif platform == "instagram":
        blocks = [opening, "\n".join(sentences)]
    else:
        blocks = [opening, " ".join(sentences)]
    blocks.append(closing)
    if platform == "instagram":
        blocks.append(_HASHTAGS[kind])
    blocks.append(disclosure)
    return "\n\n".join(b for b in blocks if b)
