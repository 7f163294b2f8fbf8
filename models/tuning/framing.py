"""The framing set of a tuned adapter: the openings, closings and toned sentences of its training
posts, which decoding may use as they are (see :mod:`models.lines`).

    .venv/bin/python -m models.tuning.framing [--out models/adapters/NAME/framing.json]

Each framing sentence comes from a train-split post in the faithful style and keeps the tones of
the posts it came from. Its content words are listed, so that a request allows it only when each
is a common framing word (below) or one of the request's own: "होली की ढेरों शुभकामनाएँ!" suits
only a post about Holi, "असुविधा के लिए खेद है।" any. A framing sentence with an emoji other than
a few neutral ones is left out: the review sheet found an injection emoji on a post about oral
polio drops, and one whose bold mark a split heading left open is left out too.
"""

from __future__ import annotations

import argparse
import json
from collections import defaultdict
from pathlib import Path

import regex

from models.adapter import POSTS_ADAPTER, adapter_path
from models.lines import FRAMING_FILE, content_words
from models.tuning.dataset import DATA_DIR, Example, load, split_of
from models.tuning.faithful import faithful_post, tone_sentence, written_parts

# Framing words any post may use: the ones the training posts' writers used in the framing of
# many topics, less those that name a topic or a group ("किसान", "बहनों", "गाँव") and so fit only
# a request that uses them itself.
COMMON_FRAMING_WORDS = frozenset(
    "बधाई शुभकामनाएँ हार्दिक आइए दें ध्यान कृपया परिवार जानकारी घर आज समय नहीं काम ज़रूरी आपका "
    "आपकी आपके रखें साथियों धन्यवाद लें सहयोग सबसे सुरक्षित सुरक्षा सूचना पहुँचाएँ थोड़ी थोड़ा "
    "धैर्य मिलकर देर ज़िम्मेदारी आगे परिवारों ढेरों ढेर बात सबको सबकी सबका सही यही सकती सकता लेकर "
    "रखने अनुरोध रहें अभी नई नए पहल राहत शुरुआत बाद सावधानी दूर नागरिकों पहले बड़ा बड़ी आएँ "
    "अभिनंदन छोटी छोटा आदत आभार पूरा पूरे दोस्तों सुविधा शुरू तुरंत भरोसा इसे करने बस संदेश "
    "स्वस्थ सिर्फ़ दिल होने ओर हमारा हमारी हमारे सादर आमंत्रित बार साथी प्रिय खेद क्या उत्सव "
    "आसान साझा पड़ोसियों चलें जश्न बन मुश्किल दूसरों ज़रूरत शानदार इन मेहनत अच्छी दीजिए होती "
    "उनके मौका वाला वाले कदम संकल्प होता उन्हें मुस्कान अवश्य जाकर मनाएँ मुबारक आसपास सेवा सारी "
    "करते बना बनाए जगह ख़ुशी देने बेहतर इसकी दिन असुविधा खुशखबरी ख़ुशख़बरी अच्छी ख़बर ज़रूर "
    "लाभ उठाएँ भाग हिस्सा जुड़ें साथ मिलें अपील निवेदन विनम्र".split()
)
# Emoji a framing sentence may carry whatever the topic.
NEUTRAL_EMOJI = frozenset("🙏 🙂 😊 💛 ❤️ ❤ 🎉 ✨ 🌟 ⚠️ ⚠ 📢 📣 👍 🤝 💐 🌼 🌸 ✅ 👉 ️".split())
_EMOJI = regex.compile(r"[\p{So}\p{Sk}\p{Cn}\uFE0F\u200D]")
_SPACES = regex.compile(r"\s+")


def framings_of(example: Example) -> list[str]:
    """The framing sentences of an example's faithful post (opening, closing, toned sentence)."""
    post = faithful_post(example)
    if post is None:
        return []
    opening, closing, _ = written_parts(example)
    found = [s for s in (opening, closing, tone_sentence(example)) if s and s in post]
    return [_SPACES.sub(" ", s).strip() for s in dict.fromkeys(found)]


def usable(sentence: str) -> bool:
    """No emoji but neutral ones, and no bold mark left open by a split heading."""
    return sentence.count("*") % 2 == 0 and all(
        ch in NEUTRAL_EMOJI for ch in _EMOJI.findall(sentence)
    )


def build(examples: list[Example]) -> dict[str, object]:
    tones: dict[str, set[str]] = defaultdict(set)
    for example in examples:
        if split_of(example.topic) != "train":
            continue
        for sentence in framings_of(example):
            if usable(sentence):
                tones[sentence].add(example.tone)
    framings = [
        {"text": text, "tones": sorted(t), "words": sorted(content_words(text))}
        for text, t in sorted(tones.items())
    ]
    return {"common": sorted(COMMON_FRAMING_WORDS), "framings": framings}


def main() -> int:
    default = adapter_path(POSTS_ADAPTER)
    assert default is not None
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=default / FRAMING_FILE)
    args = parser.parse_args()
    examples, problems = load(sorted(DATA_DIR.glob("*.jsonl")))
    if problems:
        raise SystemExit("the data set has problems; run python -m models.tuning.dataset")
    data = build(examples)
    args.out.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    framings = data["framings"]
    assert isinstance(framings, list)
    common = [f for f in framings if set(f["words"]) <= COMMON_FRAMING_WORDS]
    print(f"{len(framings)} framing sentences, {len(common)} usable on any topic -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
