"""The post composer: a post is a plan of slots, laid out for its platform.

Slots, in order: a headline, an address to the audience, a greeting where the occasion calls for
one, the facts, the call to action, a closing, hashtags, and the AI-disclosure line. The facts
stay word for word: the composer only adds emphasis (key figures in *bold* on WhatsApp) and an
emoji that says what each line is (📅 a date, 📍 a place, 📞 a phone number). Everything else
comes from the model (the headline) or from the reviewed phrasebook (``prompts/phrasebook.yaml``):
a phrasebook line that claims something (an apology, congratulations, "free") is used only when
a fact supports the claim (:func:`evaluation.fit.supported_claims`).

The template fallback is the same composer with a phrasebook headline, so a request whose model
headlines all fail still gets a laid-out post.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

import regex

from evaluation.fit import (
    STOP_WORDS,
    carries_cta,
    is_sentence,
    occasion_of,
    supported_claims,
    topic_hits,
)
from evaluation.names import find_names
from evaluation.register import carries_tone
from prompts.phrasebook import Claim, Line, Occasion, Phrasebook, get_phrasebook

# What a fact line is about, tried in order: the first pattern that matches picks its emoji.
_FACT_EMOJI: tuple[tuple[str, regex.Pattern[str]], ...] = tuple(
    (emoji, regex.compile(pattern, regex.IGNORECASE))
    for emoji, pattern in (
        # A phone only where a number to call is given.
        (
            "📞",
            r"हेल्पलाइन|टोल[- ]?फ़्?री|(?:कॉल|फ़ोन|फोन|संपर्क|नंबर)[^।]*\d{3,}"
            r"|\d{3,}[^।]*(?:कॉल|फ़ोन|फोन|संपर्क)|(?<!\d)\d{10}(?!\d)",
        ),
        ("🌐", r"https?://|www\.|\.gov\.in|\.nic\.in|\.org|पोर्टल|वेबसाइट|ऐप\b"),
        (
            "📅",
            r"जनवरी|फ़रवरी|फरवरी|मार्च|अप्रैल|मई\b|जून|जुलाई|अगस्त|सितंबर|सितम्बर|अक्टूबर|"
            r"अक्तूबर|नवंबर|नवम्बर|दिसंबर|दिसम्बर|तारीख|तारीख़|तिथि|दिनांक|\d{1,2}[./]\d{1,2}[./]\d{2,4}",
        ),
        ("⏰", r"बजे|सुबह|शाम|दोपहर|रात"),
        # Money only: "3.2 लाख बच्चों" is a count.
        ("💰", r"₹|रुपये|रुपए|रुपया|राशि|किस्त|क़िस्त|अनुदान|सब्सिडी|ऋण|लोन"),
        ("📝", r"दस्तावेज़|दस्तावेज|कागज़|कागज|प्रमाण[- ]?पत्र|फ़ोटो|फोटो|पासबुक|आधार|कार्ड|फ़ॉर्म|फॉर्म|आवेदन"),
        ("✅", r"पात्र|आयु|उम्र|योग्य|लाभार्थी"),
        ("⚠️", r"बंद|सावधान|ख़तरा|खतरा|चेतावनी|न करें|ना करें|प्रतिबंध|जुर्माना"),
        ("📍", r"स्थान|जगह|भवन|परिसर|केंद्र|मैदान|कार्यालय|विद्यालय|स्कूल|अस्पताल|पंचायत|चौक|घाट"),
    )
)
_DEFAULT_FACT_EMOJI = "🔹"
_TOPIC_EMOJI = {
    "health": "🩺",
    "water": "💧",
    "farming": "🌾",
    "roads": "🛣️",
    "schooling": "📚",
    "women_children": "🌸",
    "elders": "🙏",
    "environment": "🌳",
    "safety": "🛡️",
    "power": "⚡",
    "jobs": "💼",
    "documents": "📝",
    "voters": "🗳️",
    "finance": "💰",
    "housing": "🏠",
    "sanitation": "🧹",
    "disability": "♿",
    "youth_sports": "🏅",
    "culture": "🎨",
}
_TONE_EMOJI = {"urgent": "⚠️", "celebratory": "🎉"}
_KIND_EMOJI = {"event": "📢", "scheme": "📌", "appeal": "🙏", "local_issue": "📢", "greeting": "🙏"}
# Figures worth bold on WhatsApp: amounts, dates, phone numbers, times.
_KEY_FIGURE = regex.compile(
    r"₹\s?[\d,]+(?:\.\d+)?(?:\s(?:लाख|करोड़|हज़ार|हजार))?"
    r"|(?<![\d,])(?:\d{1,2}\s?(?:से|-|–|व|और)\s?)?\d{1,2}\s(?:जनवरी|फ़रवरी|फरवरी|मार्च|अप्रैल|मई|जून|जुलाई|अगस्त|सितंबर|सितम्बर|"
    r"अक्टूबर|अक्तूबर|नवंबर|नवम्बर|दिसंबर|दिसम्बर)(?:\s\d{4})?"
    r"|(?<![\d,])\d{10}(?![\d,])|(?<![\d,])1\d{3,5}(?![\d,])(?=\s*(?:पर|है|नंबर|$))"
)
_PICTURE = regex.compile(r"\p{Extended_Pictographic}|\p{Regional_Indicator}")
_GREETS = regex.compile(r"शुभकामना|बधाई|मुबारक|नमन|श्रद्धांजलि|अभिनंदन")
_OCCASION_NAME = regex.compile(
    r"((?:[\p{L}\p{M}]+[\s-]){0,2}(?:दिवस|जयंती|पर्व|त्योहार|त्यौहार|महोत्सव|उत्सव|नववर्ष))"
)
# What the facts must call an achievement before the composer congratulates on it.
_ACHIEVED = regex.compile(
    r"सम्मान(?:ित)?|पुरस्कार|अवॉर्ड|जीत|विजेता|उपलब्धि|सफल|प्रथम|पहला स्थान|दूसरा स्थान|"
    r"उत्तीर्ण|रिकॉर्ड|पदक|कर दिखाया|मुक्त घोषित|लक्ष्य (?:पूरा|हासिल)"
)
# A prize still to be won is no achievement yet ("विजेता को ₹51,000 का इनाम दिया जाएगा").
_FUTURE = regex.compile(r"(?:गा|गी|गे)(?![\p{L}\p{M}])")
_SOLEMN = regex.compile(r"पुण्यतिथि|शहीद|बलिदान|श्रद्धांजलि|निधन|स्मृति")
# Nouns that make the word before them a nameable thing: "रक्तदान शिविर", "लोक अदालत".
_EVENT_NOUN = regex.compile(
    r"(?<![\p{L}\p{M}-])((?:[\p{L}\p{M}][\p{L}\p{M}-]*[\p{L}\p{M}]\s){1,4}(?:शिविर|मेला|अदालत|सभा|अभियान|सप्ताह|पखवाड़ा|"
    r"योजना|मिशन|प्रशिक्षण|प्रतियोगिता|टीकाकरण|दिवस|जयंती|यात्रा|महोत्सव|कार्यशाला|चौपाल))"
    r"(?![\p{L}\p{M}])"
)
# A word that is a verb or a plain adjective does not begin a name ("रहना ज़रूरी शिविर").
_NOT_A_NAME = regex.compile(r"(?:ना|ने|ते|ता|ती|गा|गी|गे|ें|एँ)$")
_NOT_TAG_WORDS = (
    STOP_WORDS
    | frozenset("द्वारा तहत बाद पहले पहला पहली दौरान उनकी उनके उनका इनकी इनके इनका ".split())
    | frozenset(
        "के की का को में से पर और या इस उस यह हर एक नई नए नया सभी सरकारी निःशुल्क मुफ़्त इसी".split()
    )
)
# A line that asks the reader to act ("... में दें", "... करवाएँ").
_IMPERATIVE = regex.compile(r"(?:ें|एँ|एं|िए|इए|ीजिए|ाइए)[।!.]?\s*$")
_SENTENCE_END = ("।", "!", "?", ".", "॥")
HASHTAG_LIMIT = {"whatsapp": 0, "x": 2, "facebook": 3, "instagram": 5}


@dataclass(frozen=True)
class FactLine:
    text: str  # the fact, word for word
    emoji: str
    sentence: bool  # a whole sentence (gets a ।), or a phrase (a list item)


@dataclass(frozen=True)
class Plan:
    """One post, slot by slot, before it is laid out."""

    headline: str
    headline_emoji: str | None
    address: str | None
    greeting: str | None
    facts: tuple[FactLine, ...]
    cta: str | None
    cta_given: bool  # the request's own call to action (never dropped to fit)
    closing: str | None
    hashtags: tuple[str, ...]
    # The closing carries the post's tone (urgent, celebratory) and nothing else does.
    closing_needed: bool = False
    # The headline is the phrasebook's, not the model's: on X it may go to make room.
    headline_spare: bool = False
    # A greeting's facts read as one paragraph, not a list; an urgent post asks first.
    prose: bool = False
    cta_first: bool = False


@dataclass(frozen=True)
class Request:
    """What the composer needs of a draft request."""

    kind: str
    platform: str
    tone: str
    facts: tuple[str, ...]
    audience: str | None = None
    call_to_action: str | None = None

    @property
    def sources(self) -> tuple[str, ...]:
        return tuple(s for s in (*self.facts, self.audience, self.call_to_action) if s)


_STANDS_ALONE = regex.compile(r"तुरंत|फ़ौरन|\d{3,}")
_DEATH = regex.compile(r"मृत्यु|निधन|मौत|देहांत|शहीद")


def fact_emoji(fact: str) -> str:
    if _DEATH.search(fact):
        return _DEFAULT_FACT_EMOJI  # not 💰 beside a death
    for emoji, pattern in _FACT_EMOJI:
        if pattern.search(fact):
            return emoji
    return _DEFAULT_FACT_EMOJI


def bold_figures(text: str) -> str:
    """Key figures in WhatsApp's *bold*; a text that already has bold is left alone."""
    if "*" in text:
        return text
    return _KEY_FIGURE.sub(lambda m: f"*{m.group()}*", text)


def _pick(lines: Sequence[Line], variant: int) -> str | None:
    return lines[variant % len(lines)].text if lines else None


def _fitting(
    lines: Sequence[Line], req: Request, topics: list[str], claims: set[Claim]
) -> list[Line]:
    """Lines that fit the request, topic-specific ones first (in the order of ``topics``)."""
    ok = [
        line
        for line in lines
        if line.fits(req.kind, req.tone, req.platform, set(topics)) and set(line.needs) <= claims
    ]

    def rank(line: Line) -> int:
        ranks = [topics.index(t) for t in line.topics if t in topics]
        return min(ranks) if ranks else len(topics)

    return sorted(ok, key=rank)


def _greeting(req: Request, occasion: Occasion | None, variant: int) -> str | None:
    if occasion is not None:
        wanted = req.kind == "greeting" or req.tone in ("celebratory", "warm")
        return occasion.greetings[variant % len(occasion.greetings)] if wanted else None
    if req.kind != "greeting":
        return None
    # An occasion the phrasebook does not know: wish it by the name the facts give it.
    for fact in req.facts:
        if (match := _OCCASION_NAME.search(fact)) is not None:
            words = match.group(1).split()
            # Not "करने का पर्व": the words before the day's noun must name it.
            cut = max(
                (
                    i
                    for i, w in enumerate(words[:-1])
                    if w in _NOT_TAG_WORDS or _NOT_A_NAME.search(w)
                ),
                default=-1,
            )
            if len(words) - cut - 1 < 2:
                continue
            name = " ".join(words[cut + 1 :])
            if _SOLEMN.search(fact):
                return f"{name} पर विनम्र श्रद्धांजलि 🙏"
            return f"{name} की हार्दिक शुभकामनाएँ! 🙏"
    if any(_SOLEMN.search(f) for f in req.facts):
        return "विनम्र श्रद्धांजलि 🙏"
    return "आप सभी को हार्दिक शुभकामनाएँ! 🙏"


def _hashtags(
    req: Request, book: Phrasebook, topics: list[str], occasion: Occasion | None
) -> list[str]:
    """Whole names and topics from the facts, in the form Hindi posts use: "#लोक_अदालत"."""
    limit = HASHTAG_LIMIT.get(req.platform, 3)
    if not limit:
        return []
    found: list[str] = []
    if occasion is not None:
        found += occasion.hashtags[:1]
    # One fact at a time: a name never runs across two ("साल में तीन बार" + "योजना का ...").
    for fact in req.facts:
        found += [n.span for n in find_names(fact) if n.kind in ("scheme", "place")]
    for fact in req.facts:
        found += _event_names(fact)
    for topic in topics[:1]:
        if (entry := book.topic(topic)) is not None:
            found += entry.hashtags[:1]
    tags = []
    for tag in found:
        body = regex.sub(r"[\s\-–]+", "_", tag.strip()).strip("_")
        body = regex.sub(r"[^\p{L}\p{M}\p{N}_]", "", body)
        if body and body not in tags:
            tags.append(body)
    # "#आयुष्मान_कार्ड" says less than "#आयुष्मान_कार्ड_शिविर": keep the longer one.
    tags = [t for t in tags if not any(t != u and f"_{t}_" in f"_{u}_" for u in tags)]
    return [f"#{t}" for t in tags[:limit]]


def plan_post(
    req: Request,
    *,
    headline: str | None,
    variant: int = 0,
    phrasebook: Phrasebook | None = None,
) -> Plan:
    """The slots of one post. ``headline`` is the model's; None takes the phrasebook's."""
    book = phrasebook or get_phrasebook()
    hits = topic_hits(req.facts, book)
    topics = list(hits)
    # A topic the facts name once or twice may be passing words ("बैंक खाते में" on a farming
    # post, "महाविद्यालय के विद्यार्थी" at a blood camp); a line written for a topic is used
    # only when the facts are plainly about it.
    strong = [t for t, n in hits.items() if n >= 3][:1]
    occasion = occasion_of(req.sources, book)
    # A day of remembrance is marked, not celebrated: it supports no congratulations.
    festive = occasion is not None and not occasion.solemn
    claims = set(supported_claims(req.sources, occasion=festive))
    if not any(_ACHIEVED.search(f) and not _FUTURE.search(f) for f in req.facts):
        # The fit check lets a post congratulate on anything done ("खुराक दी गई") or on a
        # day; the composer's own lines congratulate only on what the facts call an achievement.
        claims.discard("achievement")
    greeting = _greeting(req, occasion, variant)
    spare_headline = headline is None
    headline_emoji = None
    if headline is None and req.kind == "greeting" and greeting is not None:
        # A greeting post's headline is its greeting.
        headline, headline_emoji = _split_emoji(greeting)
    if greeting is not None and _GREETS.search(headline or ""):
        greeting = None  # the headline greets already
    if headline is None:
        headline = _template_headline(req, book, strong, claims, greeting, variant)
    address = None
    if req.audience and len(_words_of(req.audience)) <= 8:
        addresses = _fitting(book.addresses, req, topics, claims)
        if not _addressable(req.audience) and any(
            _mostly_in(req.audience, fact) for fact in req.facts
        ):
            # A description the facts already give ("किसान समूहों और सहकारी समितियों को ...")
            # would be said twice.
            addresses = []
        elif not _addressable(req.audience):
            # A description is not called by name ("प्रिय मालीखेड़ी की महिलाएँ,"), but it can
            # lead a line ("मालीखेड़ी की महिलाएँ, आपसे विनम्र अनुरोध है:").
            addresses = [
                a
                for a in addresses
                if a.text.startswith("{audience},") and not _GREETS_BY_LABEL.search(a.text)
            ]
        template = _pick(addresses, variant)
        address = template.format(audience=req.audience.strip()) if template else None
    cta, cta_given = req.call_to_action, bool(req.call_to_action)
    facts = list(req.facts)
    if cta and (same := [f for f in facts if _IMPERATIVE.search(f) and carries_cta(f, cta)]):
        # A fact asks for what the call to action asks: say it once, as the call to action, in
        # the words that say more ("KCC फ़ॉर्म जल्द बैंक शाखा में जमा करें" over the fact's
        # "फ़ॉर्म बैंक शाखा में जमा करें"; a fact that adds a date over a bare request).
        facts = [f for f in facts if f != same[0]]
        if not _words_of(same[0]) <= _words_of(cta):
            cta = same[0]
    said_greeting = " ".join(x for x in (headline, greeting) if x)
    if occasion is not None and _GREETS.search(said_greeting):
        # "ओणम का त्योहार है।" after "ओणम की हार्दिक शुभकामनाएँ!" says it again; a post may
        # then be its greeting and its call to action alone.
        kept = [f for f in facts if not _names_only_the_occasion(f, said_greeting)]
        facts = kept if kept or cta else facts
    # Only the lines written for this kind of post, or for its topic when the facts are
    # plainly about it: a stock line that fits loosely reads as one that does not fit.
    closings = [
        c
        for c in _fitting(book.closings, req, strong, claims)
        if (set(c.topics) & set(strong)) or req.kind in c.kinds
    ]
    # A line written for a kind of day only on such a day ("जय हिंद!" on a national day, not
    # on Holi; harmony on a festival, not on Hindi Diwas).
    day = occasion.group if occasion is not None else None
    closings = [c for c in closings if not c.days or day in c.days]
    said = " ".join(x for x in (headline, greeting, *req.facts, cta) if x)
    closing_needed = req.tone in ("celebratory", "urgent") and not carries_tone(said, req.tone)
    if closing_needed:
        # The closing must carry the tone the rest of the post does not.
        closings = [c for c in closings if carries_tone(c.text, req.tone)] or closings
    closing = _pick(closings, variant)
    emoji = (
        (regex.findall(r"\X", occasion.greetings[0])[-1] if occasion and festive else None)
        or _TONE_EMOJI.get(req.tone)
        or next((_TOPIC_EMOJI[t] for t in strong if t in _TOPIC_EMOJI), None)
        or _KIND_EMOJI.get(req.kind)
    )
    if emoji is not None and not regex.match(r"\p{Extended_Pictographic}", emoji):
        emoji = None
    emoji = headline_emoji or emoji
    return Plan(
        headline=headline.strip(),
        headline_emoji=emoji,
        address=address,
        greeting=greeting,
        facts=tuple(
            FactLine(" ".join(f.split()), fact_emoji(f), _ends(f) or is_sentence(f)) for f in facts
        ),
        cta=cta,
        cta_given=cta_given,
        closing=closing,
        # A topic's hashtag only when the facts name it twice (not "#स्वास्थ्य" for the
        # "अस्पताल रोड" of a road repair).
        hashtags=tuple(_hashtags(req, book, [t for t, n in hits.items() if n >= 2], occasion)),
        closing_needed=closing_needed,
        headline_spare=spare_headline,
        prose=req.kind == "greeting",
        # An urgent post leads with an ask that stands alone ("तुरंत 108 पर कॉल करें"), not
        # one that needs the facts first ("शिविर में पहुँचकर उसी दिन आवेदन करें").
        cta_first=req.tone == "urgent" and bool(cta and _STANDS_ALONE.search(cta)),
    )


def _overlaps(line: str, facts: Sequence[str]) -> bool:
    """Does a phrasebook line say what a fact says already ("मतदाता सूची में अपना नाम ज़रूर
    जाँच लें" twice)? Half its words in one fact is enough to leave it out."""
    words = set(regex.findall(r"[\p{L}\p{M}]{2,}", line))
    return bool(words) and any(
        len(words & set(regex.findall(r"[\p{L}\p{M}]{2,}", f))) >= len(words) / 2 for f in facts
    )


# "X, नमस्कार" greets a label; a description reads better leading a line that says why.
_GREETS_BY_LABEL = regex.compile(r"नमस्कार|स्वागत")


def _words_of(text: str) -> set[str]:
    return set(regex.findall(r"[\p{L}\p{M}\p{N}]+", text))


def _nearly_same(line: str, fact: str) -> bool:
    """Does ``line`` say most of what ``fact`` says (so the post would say it twice)? A fact
    of a word or two ("पंजीकरण निःशुल्क है") is not said again by a line that names it."""
    a, b = _words_of(line) - _NOT_TAG_WORDS, _words_of(fact) - _NOT_TAG_WORDS
    return len(b) >= 3 and len(a & b) / len(b) >= 0.8


def _mostly_in(phrase: str, fact: str) -> bool:
    words = _words_of(phrase) - _NOT_TAG_WORDS
    stems = {w[:4] for w in _words_of(fact)}
    return len(words) >= 2 and sum(w[:4] in stems for w in words) / len(words) >= 0.75


def _clauses(fact: str) -> list[str]:
    # Not at the comma of a figure ("₹10,000").
    return [fact, *(c for c in regex.split(r"(?<!\d),|,(?!\d)|[;:।]", fact) if c.strip())]


_OCCASION_ONLY = regex.compile(
    r"^\s*([\p{L}\p{M} -]{2,40}?)\s(?:का|की)\s(?:त्योहार|त्यौहार|पर्व|उत्सव)\s(?:है|हैं)\s*[।.]?\s*$"
)


def _names_only_the_occasion(fact: str, greeting: str) -> bool:
    """Is the fact only "X का त्योहार है", with X named by the greeting?"""
    match = _OCCASION_ONLY.match(fact)
    return match is not None and match.group(1).strip() in greeting


def _addressable(audience: str) -> bool:
    """An audience short enough to call by name ("प्रिय किसान भाई-बहन,"), not a description
    ("मालीखेड़ी की महिलाएँ", "18 से 40 वर्ष के नागरिक")."""
    words = regex.findall(r"[\p{L}\p{M}\p{N}]+", audience)
    return len(words) <= 3 and not any(w in _NOT_TAG_WORDS or w.isdigit() for w in words)


def _template_headline(
    req: Request,
    book: Phrasebook,
    strong: list[str],
    claims: set[Claim],
    greeting: str | None,
    variant: int,
) -> str:
    """The template's headline: the name the facts give the thing ("लोक अदालत",
    "पीएम-किसान") before a phrasebook line for the kind of post, else a line for the topic the
    facts are plainly about, else one for the kind."""
    general = [
        h
        for h in _fitting(book.headlines, req, [], claims)
        if "general" in h.topics and h.kinds and req.kind in h.kinds
    ]
    rest = " ".join(x for x in (greeting, *req.facts, req.call_to_action) if x)
    carries = req.tone not in ("celebratory", "urgent") or carries_tone(rest, req.tone)
    if not carries:
        # A headline is never dropped to fit, so it is the place for the tone.
        general = [h for h in general if carries_tone(h.text, req.tone)] or general
    # A local issue's subject is seldom a name ("राहत शिविर" in a flood warning).
    name = _name_of(req) if req.kind != "local_issue" else None
    hook = None
    if name and carries and variant % 2 == 0:
        if req.kind == "event" and (when := _date_of(req, name)):
            # What and when, both as the facts give them: "रक्तदान शिविर: 14 जून".
            hook = f"{name}: {when}"
        elif req.kind == "scheme" and (gives := _benefit_of(req, name)):
            # What the scheme gives, in the fact's own words: "पीएम-किसान: सालाना ₹6,000 की
            # आर्थिक सहायता".
            hook = f"{name}: {gives}"

    # Not when a fact, or a clause of one, says little more ("श्री अन्न महोत्सव 8 और 9 मार्च
    # को होगा", "आयुष्मान कार्ड शिविर 14 से 16 जनवरी तक, पंचायत भवन"): the post would say it
    # twice. Nor a name that is a whole clause ("खुरपका-मुँहपका टीकाकरण शिविर, ग्राम ...").
    def repeats(line: str) -> bool:
        return any(_nearly_same(line, c) for f in req.facts for c in _clauses(f))

    if hook and not repeats(hook):
        return hook
    if name and repeats(name):
        name = None
    if name:
        # Not "पीएम पोषण योजना: योजना की ज़रूरी जानकारी".
        named = set(name.split())
        general = [h for h in general if not named & set(h.text.split())] or general
    frame = _pick(general, variant)
    if name and frame:
        return f"{name}: {frame}"
    topical = [
        h for h in _fitting(book.headlines, req, strong, claims) if set(h.topics) & set(strong)
    ]
    return _pick(topical, variant) or frame or "ज़रूरी सूचना"


_MONTH = (
    r"(?:जनवरी|फ़रवरी|फरवरी|मार्च|अप्रैल|मई|जून|जुलाई|अगस्त|सितंबर|सितम्बर|अक्टूबर|अक्तूबर|"
    r"नवंबर|नवम्बर|दिसंबर|दिसम्बर)(?![\p{L}\p{M}])"
)
# A date or a run of dates as the facts give it: "14 जून", "8 और 9 मार्च", "25 जनवरी से 2 फ़रवरी".
_DATE = regex.compile(
    rf"(?<![\d,])(?:\d{{1,2}}(?:\s{_MONTH})?\s?(?:से|-|–|और|व)\s?)?\d{{1,2}}\s{_MONTH}"
)


_CONDITION = regex.compile(
    r"ने पर|(?<![\p{L}\p{M}])(?:अगर|यदि|जब|केवल|सिर्फ़|सिर्फ|के लिए)(?![\p{L}\p{M}])"
)
_VERB = (
    r"(?:मिल|देना|करना|लेना|भरना|होना|दी(?![\p{L}\p{M}])|दिया|दिए|आती|आता|आते|भेजी|भेजा|होती|होता|है|हैं)"
)
_PER = r"(?:हर साल|हर वर्ष|हर महीने|हर माह|सालाना|वार्षिक|प्रति वर्ष|प्रति माह|प्रतिमाह|प्रतिदिन)"
_AMOUNT = r"₹\s?[\d,]+(?:\.\d+)?(?:\s(?:लाख|करोड़|हज़ार|हजार))?"
# An amount and what it is, ending where the fact's verb begins (or the fact ends): "सालाना
# ₹6,000 की आर्थिक सहायता" in "... को सालाना ₹6,000 की आर्थिक सहायता मिलती है". A bare
# amount says too little ("PMSBY: ₹20 प्रति वर्ष" is a premium, not what it pays).
_BENEFIT = regex.compile(
    rf"(?<![\p{{L}}\p{{M}}])(?:{_PER}\s)?(?:{_AMOUNT}\sसे\s)?{_AMOUNT}(?:\sतक)?(?:\s{_PER})?"
    rf"\s(?:का|की|के)(?:\s(?!{_VERB})[\p{{L}}\p{{M}}\-]+){{1,3}}?"
    rf"(?=\s*{_VERB}|\s*[।.]?\s*$)"
)


def _benefit_of(req: Request, name: str) -> str | None:
    """What the scheme ``name`` gives, as one fact says it, when the facts say it once (a
    scheme with tiers, "शिशु ... ₹50,000 तक", "किशोर ... ₹5 लाख तक", has no one figure to lead
    with); an amount by the year or month first. Never a figure from a fact about another
    scheme, one of two figures a fact gives, or one the fact ties to a condition."""
    found = [
        (f, m)
        for f in req.facts
        if all(n.span == name for n in find_names(f) if n.kind == "scheme")
        for m in _BENEFIT.finditer(f)
    ]
    periodic = [(f, m) for f, m in found if regex.search(_PER, m.group())]
    chosen = periodic if len(periodic) == 1 else found
    if len(chosen) != 1:
        return None
    fact, match = chosen[0]
    before = fact[: match.start()]
    if (
        len(regex.findall(_AMOUNT, fact)) != len(regex.findall(_AMOUNT, match.group()))
        # "दूसरी संतान बेटी होने पर ₹6,000", "मैदानी क्षेत्रों में ... ₹1.20 लाख": the
        # headline would drop the condition.
        or _CONDITION.search(before)
        or len(regex.findall(r"(?<![\p{L}\p{M}])में(?![\p{L}\p{M}])", before)) > 1
        # Said again in full by its fact, a long phrase reads as a loop (the format check).
        or len(regex.findall(r"[\p{L}\p{M}\p{N}]+", match.group())) > 9
    ):
        return None
    return match.group().strip()


def _date_of(req: Request, name: str) -> str | None:
    """The date the facts give the named thing: from a fact that names it, else the only date
    the facts have."""
    naming = [m.group() for f in req.facts if name in f for m in _DATE.finditer(f)]
    every = {m.group() for f in req.facts for m in _DATE.finditer(f)}
    if naming:
        return naming[0]
    return next(iter(every)) if len(every) == 1 else None


def _name_of(req: Request) -> str | None:
    """What the facts call the scheme, camp or event: the first name found, fact by fact (an
    event post's event before a scheme it is about: "सामाजिक अंकेक्षण ग्राम सभा", not
    "मनरेगा")."""
    if req.kind == "event":
        for fact in req.facts:
            if names := _event_names(fact):
                return names[0]
    for fact in req.facts:
        for name in find_names(fact):
            if name.kind == "scheme":
                return name.span
        if names := _event_names(fact):
            return names[0]
    return None


def _event_names(fact: str) -> list[str]:
    """Event names in a fact: the words before "शिविर", "मेला", "अदालत"... that belong to it
    ("रक्तदान शिविर" in "23 मार्च को रक्तदान शिविर", not "को रक्तदान शिविर")."""
    names = []
    for match in _EVENT_NOUN.finditer(fact):
        words = match.group(1).split()
        cut = max(
            (i for i, w in enumerate(words[:-1]) if w in _NOT_TAG_WORDS or _NOT_A_NAME.search(w)),
            default=-1,
        )
        words = words[cut + 1 :]
        if len(words) >= 2:
            names.append(" ".join(words))
    return names


def _split_emoji(line: str) -> tuple[str, str | None]:
    """A line without its closing emoji, and the emoji."""
    graphemes = regex.findall(r"\X", line.rstrip())
    if graphemes and _PICTURE.match(graphemes[-1]):
        return "".join(graphemes[:-1]).rstrip(), graphemes[-1]
    return line.strip(), None


def _ends(text: str) -> bool:
    return text.strip().endswith(_SENTENCE_END)


def _sentence(text: str) -> str:
    return text if text.endswith(_SENTENCE_END) else text + "।"


def _fact_text(line: FactLine, platform: str) -> str:
    text = _sentence(line.text) if line.sentence else line.text
    return bold_figures(text) if platform == "whatsapp" else text


def render(plan: Plan, platform: str) -> str:
    """The post body (without the disclosure), laid out for the platform."""
    head = plan.headline
    if head and platform == "whatsapp":
        head = f"*{head}*"
    if head and plan.headline_emoji:
        head = f"{head} {plan.headline_emoji}"
    cta = f"👉 {_sentence(plan.cta)}" if plan.cta else None
    tags = " ".join(plan.hashtags) or None
    prose = plan.prose and all(f.sentence for f in plan.facts)
    if platform == "x":
        # Compact: one line each, no blank lines between.
        fact_lines = [f"{f.emoji} {_fact_text(f, platform)}" for f in plan.facts]
        if prose:
            fact_lines = [" ".join(_fact_text(f, platform) for f in plan.facts)]
        before, after = (cta, None) if plan.cta_first else (None, cta)
        lines = [head, plan.greeting, before, *fact_lines, after, plan.closing, tags]
        return "\n".join(line for line in lines if line)
    opening = "\n".join(line for line in (plan.address, plan.greeting) if line) or None
    if prose:
        facts = " ".join(_fact_text(f, platform) for f in plan.facts)
    elif platform == "facebook" and all(f.sentence for f in plan.facts):
        # Short paragraphs of two sentences each.
        sentences = [_fact_text(f, platform) for f in plan.facts]
        facts = "\n\n".join(" ".join(sentences[i : i + 2]) for i in range(0, len(sentences), 2))
    else:
        facts = "\n".join(f"{f.emoji} {_fact_text(f, platform)}" for f in plan.facts)
    before, after = (cta, None) if plan.cta_first else (None, cta)
    blocks = [head, opening, before, facts, after, plan.closing, tags]
    return "\n\n".join(block for block in blocks if block)


# What goes first when a post is too long: decoration, then the generic call to action, then
# hashtags; the facts and a call to action the request gave always stay.
_SHED: tuple[Callable[[Plan], Plan], ...] = (
    lambda p: p if p.closing_needed else replace(p, closing=None),
    lambda p: replace(p, hashtags=p.hashtags[:1]),
    lambda p: replace(p, address=None),
    lambda p: replace(p, headline_emoji=None),
    lambda p: p if p.cta_given else replace(p, cta=None),
    lambda p: replace(p, hashtags=()),
    lambda p: replace(p, facts=tuple(replace(f, emoji="•") for f in p.facts)),
    lambda p: replace(p, headline="") if p.headline_spare else p,
    lambda p: replace(p, closing=None),
)


def compose(
    req: Request,
    *,
    headline: str | None,
    disclosure: str,
    fits: Callable[[str], bool],
    variant: int = 0,
    phrasebook: Phrasebook | None = None,
) -> str:
    """The whole post with its disclosure line, shortened slot by slot until ``fits`` it."""
    plan = plan_post(req, headline=headline, variant=variant, phrasebook=phrasebook)
    text = f"{render(plan, req.platform)}\n\n{disclosure}"
    for shed in _SHED:
        if fits(text):
            return text
        plan = shed(plan)
        text = f"{render(plan, req.platform)}\n\n{disclosure}"
    return text
