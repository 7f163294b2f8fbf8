"""The fit check: does the post read like one an editor would publish for these facts?

The other checks ask whether a post is true, Hindi, civil and short enough. An editor refused
drafts that passed all of them, for reasons this check looks for:

* ``unsupported_claim``: a stock line that claims what no fact says: an apology or thanks for
  patience with no disruption, congratulations with no achievement or occasion, "free", a
  deadline or "completed" that no fact gives;
* ``no_greeting``: a greeting post that greets no one;
* ``missing_cta``: the request's call to action left out, or weakened out of recognition;
* ``fragment``: a noun phrase standing as a sentence in running text ("होली का त्योहार।");
* ``bad_hashtag``: a hashtag cut mid-word, hanging on a postposition, or off the post's topic;
* ``headline_repeats_fact``: the headline is a whole fact, said again below it;
* ``repeated_line``: the same line, or nearly the same sentence, twice.

:data:`CLAIMS` is also what the composer asks before it uses a phrasebook line that claims
something (:func:`supported_claims`).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

import regex

# STOP_WORDS is the composer's too: service/compose.py imports it from here.
from evaluation.hindi import (
    EDGE_AFTER,
    EDGE_BEFORE,
    HASHTAG,
    JOINED_WORD,
    STOP_WORDS,
    joined_words,
)
from evaluation.lexicon import known_words
from evaluation.names import unsupported_names
from evaluation.result import CheckResult, Issue
from prompts.phrasebook import Claim, Occasion, Phrasebook, get_phrasebook


def _any(words: str) -> regex.Pattern[str]:
    """Words or phrases (``|``-separated), each matched at the start of a word."""
    return regex.compile(EDGE_BEFORE + "(?:" + words + ")", regex.IGNORECASE)


@dataclass(frozen=True)
class ClaimRule:
    said: regex.Pattern[str]  # the claim, in a post
    support: regex.Pattern[str]  # what, in a fact, supports it
    reason: str


CLAIMS: dict[Claim, ClaimRule] = {
    "disruption": ClaimRule(
        _any(
            r"खेद|क्षमा(?:\s*प्रार्थी|\s*चाहते)|माफ़ी|माफी|असुविधा|धैर्य|सब्र|"
            r"परेशानी के लिए|तकलीफ़ के लिए"
        ),
        _any(
            r"बंद|बाधित|बाधा|कटौती|कट(?:ेगी|ेगा|ौती)|मरम्मत|रुकावट|रुक(?:ेगी|ेगा|ी रहेगी)|देरी|"
            r"देर से|स्थगित|रद्द|परिवर्तन|बदल|असुविधा|ख़राब|खराब|टूट|डायवर्ट|जाम|नहीं (?:आएगी|"
            r"आएगा|मिलेगी|मिलेगा|चलेगी|चलेंगी|होगी|रहेगी)|प्रभावित|निर्माण|खुदाई|जलभराव|अस्थायी|"
            # a service restored was a service disrupted
            r"फिर (?:से )?(?:खुल|शुरू|आने|चालू|मिलने)|बहाल|दोबारा (?:शुरू|चालू)"
        ),
        "apologises or thanks for patience, but no fact says anything was disrupted",
    ),
    "achievement": ClaimRule(
        _any(r"बधाई|बधाइ|अभिनंदन|उपलब्धि|गर्व की बात|गर्व का|गर्व है|कामयाबी|शाबाश|मुबारकबाद"),
        _any(
            r"सम्मान|पुरस्कार|अवॉर्ड|चयन|चुन(?:ा|ी|े) ग|जीत|विजेता|उपलब्धि|सफल|प्रथम|पहला स्थान|"
            r"दूसरा स्थान|उत्तीर्ण|पास (?:हुए|हुई|किया)|पूरा (?:हुआ|हो गया|कर लिया)|पूर्ण (?:हुआ|हो)|"
            r"उद्घाटन|लोकार्पण|शुभारंभ|शुरुआत|शुरू (?:हो गई|हो गया|हो चुकी|हुई|हुआ|की गई)|"
            # A record won, not a data record ("टीकाकरण का डिजिटल रिकॉर्ड", round11).
            r"मिला है|मिली है|प्राप्त|रिकॉर्ड (?:बना|तोड़|स्तर|संख्या|उत्पादन)|घोषित|बधाई|पदक|"
            r"स्थापना दिवस|वर्षगांठ|वर्षगाँठ|जयंती|"
            r"दिवस|पर्व|त्योहार|उत्सव|नए घर|नया घर|गृह प्रवेश|कर दिखाया|पहला|पहली बार|"
            r"चालू (?:हो|किया|की)|बहाल"
        ),
        "congratulates, but no fact gives an achievement or an occasion",
    ),
    "free": ClaimRule(
        _any(
            r"निःशुल्क|नि:शुल्क|निशुल्क|मुफ़्त|मुफ्त|फ़्री|फ्री|बिना (?:किसी )?शुल्क|"
            r"कोई (?:कोर्ट )?(?:फ़ीस|फीस|शुल्क|पैसा) नहीं"
        ),
        _any(
            r"निःशुल्क|नि:शुल्क|निशुल्क|मुफ़्त|मुफ्त|फ़्री|फ्री|बिना (?:किसी )?शुल्क|free|"
            r"(?:फ़ीस|फीस|शुल्क) नहीं"
        ),
        "says it is free, but no fact does",
    ),
    "deadline": ClaimRule(
        _any(
            r"अंतिम (?:अवसर|मौका|मौक़ा)|आख़िरी (?:अवसर|मौका|मौक़ा)|आखिरी (?:अवसर|मौका|मौक़ा)|"
            r"समय (?:बहुत )?कम (?:है|बचा)|जल्दी करें|मौका हाथ से|"
            r"(?:केवल|सिर्फ़) (?:इसी|इस) (?:महीने|सप्ताह|हफ़्ते)"
        ),
        regex.compile(
            EDGE_BEFORE + r"(?:अंतिम|आख़िरी|आखिरी|समाप्त)|"
            # a date things must be done by ("31 मार्च तक"), not the end of a range
            r"(?<!\d\sसे\s)(?<!\d)\d{1,2}\s+(?:जनवरी|फ़रवरी|फरवरी|मार्च|अप्रैल|मई|जून|जुलाई|"
            r"अगस्त|सितंबर|सितम्बर|अक्टूबर|अक्तूबर|नवंबर|नवम्बर|दिसंबर|दिसम्बर)(?:\s+\d{4})?\s+तक"
        ),
        "says time is running out, but no fact gives a deadline",
    ),
    "limited": ClaimRule(
        _any(r"सीमित सीट|सीटें सीमित|सीमित स्थान|पहले आएँ,? पहले पाएँ|पहले आओ,? पहले पाओ"),
        _any(r"सीमित|सीट"),
        "says places are limited, but no fact gives a limit",
    ),
    "completed": ClaimRule(
        _any(
            r"सफलतापूर्वक|संपन्न|सम्पन्न|पूरा हो गया|पूरा हो चुका|पूरी हो गई|पूरी हो चुकी|"
            r"लक्ष्य पूरा"
        ),
        _any(
            r"संपन्न|सम्पन्न|पूरा (?:हुआ|हो गया|हो चुका)|पूरी (?:हुई|हो गई|हो चुकी)|"
            r"पूर्ण (?:हुआ|हुई)|लक्ष्य पूरा|(?:पूरा|पूरी|पूर्ण)\s*[।.]?\s*$|चालू हो|बहाल"
        ),
        "says it is done, but the facts do not",
    ),
    "promise": ClaimRule(
        _any(
            r"हमेशा के लिए|कभी (?:भी )?[\p{L}\p{M} ]{0,30}नहीं होगी|कोई (?:परेशानी|समस्या|दिक्कत|"
            r"किल्लत) नहीं (?:होगी|रहेगी|आएगी)|बिना किसी (?:जाँच|जांच|शर्त|परेशानी|दिक्कत|कागज़)|"
            r"गारंटी|पक्का (?:मिलेगा|मिलेगी)|उसी दिन|तुरंत मिल जाएगा|गुप्त रखा जाएगा"
        ),
        _any(r"हमेशा|गारंटी|उसी दिन|तुरंत|गुप्त|बिना किसी"),
        "promises what no fact promises",
    ),
    "occasion": ClaimRule(
        _any(r"शुभकामना|मुबारक"),
        _any(r"दिवस|जयंती|पर्व|त्योहार|त्यौहार|उत्सव|महोत्सव|वर्षगांठ|वर्षगाँठ|नववर्ष|नया साल"),
        "wishes the reader well on an occasion that no fact names",
    ),
}
_CELEBRATES = _any(r"शुभकामना|बधाई|मुबारक|जश्न|हर्षोल्लास|उत्सव मनाएँ")
_GREETS = _any(
    r"शुभकामना|बधाई|बधाइ|मुबारक|नमन|शुभ [\p{L}\p{M}]|श्रद्धांजलि|श्रद्धा सुमन|अभिनंदन|वंदन|प्रणाम|जय हिंद|"
    r"हैप्पी|happy|सलाम"
)
_MARKS = regex.compile(r"[*_~]|[\p{Extended_Pictographic}\p{Regional_Indicator}\uFE0F\u200D]")
_VOWEL_SIGN = regex.compile(r"[\u093e-\u094c\u0902\u0901]+$")
# A line that lists rather than says: a bullet, an emoji, a number or a "label:" first.
_LIST_ITEM = regex.compile(
    r"^\s*(?:[•\-–*▪◦>👉]|\p{Extended_Pictographic}|\p{Regional_Indicator}|\d+[.)]|"
    r"[\p{L}\p{M} ]{1,25}:)"
)
DANGLING = frozenset("का की के को में से पर ने और या तथा एवं व कि".split())
# Last words that make a sentence: the auxiliaries and verbs that close Hindi sentences.
_VERB_WORDS = frozenset(
    "है हैं था थी थीं थे हो हों हूँ होगा होगी होंगे होंगी रहेगा रहेगी रहेंगे रहेंगी रहे रहा रही "
    "सकें सकते सकती सकता सके चाहिए जाएगा जाएगी जाएँगे गया गई गईं गए गयी हुआ हुई हुईं हुए "
    "किया दिया दी दिए लिया मिला मिली मिले लगा लगी लगे चला चली चले आया आई आए बना बनी बने "
    "छूटे रुके पहुँचे बढ़े पढ़े करो आओ जाओ रखो देखो धन्यवाद नमस्कार नमस्ते आभार".split()
)
# "... ने ... बुवाई की": की closes a sentence whose subject takes ने, as a past form does
# ("... ने आज़ादी दिलाई").
_PAST_WITH_NE = regex.compile(
    rf"(?:{EDGE_BEFORE}ने|ंने)\s.*(?:{EDGE_BEFORE}(?:की|कीं|किए)|ाई|ाईं|ाए|ाया|ोया|ोई|"
    # Any perfective after a ने subject: "उन्होंने ... स्कूल खोला" (round9).
    r"(?<=[\p{L}\p{M}]{2})(?:ा|ी|े|ीं))$"
)
# A past form closes a sentence on its own: "संविधान सभा ने भारत का संविधान अपनाया", "...
# साहस दिखाया" (the check called them fragments). Not the nouns that end so.
_PAST = regex.compile(r"(?:ाया|ाये|ोया|ोये|ुआ)$")
_NOT_PAST = frozenset("छाया माया काया साया पराया सफ़ाया बकाया किराया सहारा जुआ कुआ बुआ".split())
# A fact that reports something done: a perfective verb, or "... मुक्त है" (ODF, polythene-free).
_DONE = regex.compile(
    EDGE_BEFORE + r"(?:गया|गई|गईं|गए|चुका|चुकी|चुके|हुआ|हुई|हुईं|हुए|लिया|किया|दिया|पाया|"
    r"अपनाया|आया|आई|बनाया|जीता|जीती|मिला|मिली|मिले|जुड़े|जुड़ीं|जुड़ी|जुड़ा)"
    + EDGE_AFTER
    + r"|(?:पूरा|पूरी|पूर्ण)\s*[।.]?\s*$"
    + rf"|(?:{EDGE_BEFORE}ने|ंने)\s[^।]*(?:ाया|ाई|ाए|ी|ा|े)\s*(?:है|हैं|था|थी|थे)?[।.]?\s*$"
    r"|मुक्त (?:है|हो गया|हो गई|घोषित)"
)
# Not something done: "... को देखते हुए" (seeing that), advice or an order given ("सलाह दी गई
# है", "रोक लगाई गई है"). Round39's model headline congratulated a district on its office
# hours for these.
_NOT_DONE = regex.compile(
    r"[\p{L}\p{M}]+ते हुए"
    r"|(?:सलाह|निर्देश|अपील|अनुरोध|आदेश|चेतावनी|हिदायत|रोक|प्रतिबंध|अनुमति)\s(?:भी\s)?"
    r"(?:जारी\s)?(?:दी|दिए|दिया|की|किया|किए|लगाई|लगाया|लगाए)\s(?:गई|गए|गया|गईं)"
)
# Endings only a verb has: the future ("लगेगा", "होंगी").
_FUTURE = regex.compile(r"(?:ेगा|ेगी|ेंगे|ेंगी|एगा|एगी|एँगे|एंगे|ाएगा|ाएगी|ूँगा|ँगी|ँगे|ंगी|ंगे)$")
_VERB_ENDING = regex.compile(
    r"(?:ेगा|ेगी|ेंगे|ेंगी|ूँगा|ूंगा|ँगे|ंगे|एगा|एगी|ें|एँ|एं|िए|िये|इए|ीजिए|ाइए|िएगा|ता|ती|ते)$"
)
# Hashtag words any civic post may carry.
COMMON_TAG_WORDS = frozenset(
    "जनहित सूचना जानकारी जागरूकता जागरूक सुरक्षा सुरक्षित स्वास्थ्य स्वस्थ सेहत स्वच्छता स्वच्छ "
    "नागरिक विकास शिक्षा भविष्य सावधानी शुभकामनाएँ बधाई हमारा हमारी मेरा अपना हर घर सबका साथ".split()
)


# Endings a word sheds to compare by stem: "भरिए", "भरकर" and "भरें" are one verb, "किस्तें"
# and "किस्त" one noun. Longest first.
_ENDINGS = (
    "ीजिए",
    "िएगा",
    "ाइए",
    "ाएँगे",
    "ाएंगे",
    "ेंगे",
    "ेगा",
    "ेगी",
    "इए",
    "िए",
    "ाएँ",
    "ाएं",
    "ियाँ",
    "ियों",
    "ाओं",
    "ओं",
    "ों",
    "एँ",
    "एं",
    "ें",
    "कर",
    "ना",
    "ने",
    "नी",
    "ते",
    "ती",
    "ता",
)


def stem(word: str) -> str:
    """The word without its ending and vowel signs, to compare forms of one word."""
    for ending in _ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 2:
            word = word[: -len(ending)]
            break
    return _VOWEL_SIGN.sub("", word)


def _content(text: str) -> set[str]:
    return {stem(w) for w in joined_words(text) if len(w) > 1 and w not in STOP_WORDS}


def _clean(line: str) -> str:
    return " ".join(_MARKS.sub("", line).split())


def supported_claims(facts: Iterable[str], *, occasion: bool = False) -> set[Claim]:
    """The claims the facts support; ``occasion`` when the post is about a festival or day."""
    facts = list(facts)
    text = " ".join(facts)
    out: set[Claim] = {
        name for name, rule in CLAIMS.items() if name != "achievement" and rule.support.search(text)
    }
    if any(_achieved(f) for f in facts):
        out.add("achievement")
    disruption = CLAIMS["disruption"].support
    if any(_DONE.search(_NOT_DONE.sub("", f)) and not disruption.search(f) for f in facts):
        # "किसानों ने ... बुवाई की", "सभी 100 सीटें भर गईं": something was done (not broken).
        out.add("achievement")
    if occasion:
        out |= {"occasion", "achievement"}
    if "achievement" in out:
        out.add("occasion")  # wishing well goes with congratulations
    return out


def _achieved(fact: str) -> bool:
    """Does ``fact`` give an achievement or an occasion? A prize still to be given is none:
    "विजेताओं को पुरस्कार दिए जाएंगे" (round39's model headline congratulated a wrestling
    meet's families on it)."""
    rule = CLAIMS["achievement"].support
    future = bool(_FUTURE.search(fact.rstrip(" ।.!")))
    return any(
        not (
            _TO_BE_WON.fullmatch(m.group())
            # Nor who wins as a rule: "... गिराने वाला जीतता है".
            and (future or regex.match(r"(?:ता|ती|ते|ने|ना)\s", fact[m.end() :]))
        )
        for m in rule.finditer(fact)
    )


# What is won, and so not yet an achievement in a fact about the future.
_TO_BE_WON = regex.compile(r"सम्मान|पुरस्कार|अवॉर्ड|चयन|जीत|विजेता|प्रथम|पहला स्थान|दूसरा स्थान|पदक|प्राप्त")


def occasion_of(texts: Iterable[str], phrasebook: Phrasebook | None = None) -> Occasion | None:
    """The festival, jayanti or day the texts name first, if the phrasebook knows it (Ram
    Navami in "राम नवमी ... इसी दिन चैत्र नवरात्रि का समापन होता है", not Navratri)."""
    book = phrasebook or get_phrasebook()
    text = " ".join(texts)
    found: list[tuple[int, int, Occasion]] = []
    for order, occasion in enumerate(book.occasions):
        starts = [m.start() for t in occasion.triggers if (m := _trigger(t).search(text))]
        if starts:
            found.append((min(starts), order, occasion))
    return min(found, key=lambda f: f[:2])[2] if found else None


@lru_cache(maxsize=4096)
def _trigger(word: str) -> regex.Pattern[str]:
    # A whole word, in any number ("होली", "दीपावली पर"), not the start of another: "ईदगाह",
    # Premchand's story, greeted as Eid (round10). Nor a day named only to date another:
    # "होली के अगले दिन से गणगौर पूजन" is about Gangaur (round10 greeted Holi).
    return regex.compile(
        EDGE_BEFORE
        + regex.escape(word)
        + r"(?:ों|ें|े)?"
        + EDGE_AFTER
        # Nor the day a span ends on: "माघ पूर्णिमा से महाशिवरात्रि तक राजिम में मेला" (round21).
        + rf"(?!\s(?:के\s(?:अगले|पिछले|एक)\sदिन|के\sबाद|से\sपहले|से\sअगले|तक{EDGE_AFTER}))"
    )


def topic_hits(texts: Iterable[str], phrasebook: Phrasebook | None = None) -> dict[str, int]:
    """How many words of the texts mark each phrasebook topic, most mentioned first."""
    book = phrasebook or get_phrasebook()
    words = joined_words(" ".join(texts))
    hits: dict[str, int] = {}
    for topic in book.topics:
        n = sum(1 for w in words if any(w.startswith(p) for p in topic.words))
        if n:
            n += sum(1 for w in words if any(w.startswith(p) for p in topic.with_words))
            hits[topic.name] = n
    return dict(sorted(hits.items(), key=lambda item: -item[1]))


def topics_of(texts: Iterable[str], phrasebook: Phrasebook | None = None) -> list[str]:
    """The phrasebook topics the texts are about, most mentioned first."""
    return list(topic_hits(texts, phrasebook))


def _fact_spans(text: str, facts: Sequence[str]) -> list[tuple[int, int]]:
    spans = []
    for fact in facts:
        core = fact.strip().rstrip("।.!")
        start = text.find(core) if core else -1
        while start >= 0:
            spans.append((start, start + len(core)))
            start = text.find(core, start + 1)
    return spans


def _claim_issues(text: str, facts: Sequence[str], occasion: bool) -> list[Issue]:
    supported = supported_claims(facts, occasion=occasion)
    inside = _fact_spans(text, facts)
    issues = []
    for name, rule in CLAIMS.items():
        if name in supported:
            continue
        for match in rule.said.finditer(text):
            if any(a <= match.start() < b for a, b in inside) or _in_a_phrase_of(
                text, match.start(), facts
            ):
                continue  # the request's own words
            end = _sentence_end(text, match.end())
            issues.append(Issue.of(text, match.start(), end, "unsupported_claim", rule.reason))
            break
    return issues


def _in_a_phrase_of(text: str, start: int, facts: Sequence[str]) -> bool:
    """Is the word at ``start`` said with a neighbour as a fact says them, in a line laid out
    anew ("... शादी मुबारक योजना के तहत" is a scheme's name, no wish: round20)?"""
    words = list(JOINED_WORD.finditer(text))
    at = next((i for i, w in enumerate(words) if w.start() <= start < w.end()), None)
    if at is None:
        return False
    pairs = [
        f"{words[i].group()} {words[i + 1].group()}"
        for i in (at - 1, at)
        if i >= 0 and i + 1 < len(words)
    ]
    return any(pair in fact for pair in pairs for fact in facts)


def _sentence_end(text: str, at: int) -> int:
    ends = [i for i in (text.find(c, at) for c in "।!?\n") if i >= 0]
    return min(ends) + 1 if ends else len(text)


# Postpositions whose endings look like a verb's ("में" ends like "करें").
_NOT_VERBS = frozenset("में से को पर का की के तक लिए ने साथ बाद पहले".split())
# How an ask ends: "करें", "लाएँ", "दीजिए", "करवाइए".
_ASK_ENDING = regex.compile(r"(?:ें|एँ|एं|िए|इए|ीजिए|ाइए|िएगा|ियेगा)$")
# A clause, not cut at the comma of a figure: "नमो ड्रोन दीदी योजना में 15" is no clause of
# "... 15,000 ...".
_CLAUSE = regex.compile(r"(?:[^,;:।!?\n]|(?<=\d),(?=\d))+")


def asks(text: str) -> bool:
    """Does ``text`` ask the reader to act: an imperative of a known verb anywhere, or a
    clause that ends like one?"""
    if any(_is_ask(w) for w in joined_words(text)):
        return True
    for clause in _CLAUSE.finditer(text):
        words = joined_words(clause.group())
        if words and words[-1] not in _NOT_VERBS and _ASK_ENDING.search(words[-1]):
            return True
    return False


_SENTENCES = regex.compile(r"[^।!?\n]+[।!?]*")


def _sentences(text: str) -> list[regex.Match[str]]:
    return [m for m in _SENTENCES.finditer(text) if joined_words(m.group())]


def cta_share(line: str, cta: str) -> float:
    """How much of the call to action ``line`` carries: the share of its content words (by
    stem), 0 when it leaves out a number the call to action gives."""
    wanted = _content(cta)
    if not wanted or not all(n in line for n in regex.findall(r"\d+", cta)):
        return 0.0
    return len(wanted & _content(line)) / len(wanted)


def carries_cta(line: str, cta: str) -> bool:
    """Does ``line`` ask for what the call to action asks, in its own words or the request's?
    It must carry the call to action's numbers and most of its words, and either its action
    (its last words: "संपर्क करें", "आवेदन करें") or an ask of its own."""
    share = cta_share(line, cta)
    if share == 1.0 and _given(line, [cta]) is not None:
        return True  # the request's own words
    if not asks(line):
        return False  # "... 15100 है" states the number; it does not ask for the call
    action = [stem(w) for w in joined_words(cta) if len(w) > 1 and w not in STOP_WORDS][-1:]
    return share >= CTA_SHARE or (
        share >= CTA_SHARE_WITH_ACTION and any(a in _content(line) for a in action)
    )


CTA_SHARE = 0.75
# With the call to action's own verb, less of its wording need be kept ("अपना मामला रखवाने के
# लिए ... 15100 पर संपर्क करें" for "अपना मामला लोक अदालत में रखवाने के लिए 15100 पर संपर्क करें").
CTA_SHARE_WITH_ACTION = 0.6


def _cta_issue(text: str, cta: str) -> Issue | None:
    units = [m.group() for m in _sentences(text)] + text.splitlines()
    if not _content(cta) or any(carries_cta(unit, cta) for unit in units):
        return None
    return Issue(
        span="",
        start=0,
        end=0,
        category="missing_cta",
        reason=f"the call to action «{cta}» is not in the post, or no longer asks for it",
    )


def _verb(word: str) -> bool:
    return word not in _NOT_VERBS and (
        word in _VERB_WORDS
        or bool(_VERB_ENDING.search(word))
        or (word not in _NOT_PAST and bool(_PAST.search(word)))
    )


def is_sentence(text: str) -> bool:
    """Does ``text`` end like a Hindi sentence (on a verb or an auxiliary), not a phrase? One
    word alone ("धन्यवाद") counts as a sentence."""
    words = joined_words(text)
    return len(words) <= 1 or _verb(words[-1])


# Verb stems civic posts ask with; "किस्तें" and "योजनाएँ" end like asks but are nouns.
VERB_STEMS = frozenset(
    """कर करा करवा भर भरवा आ जा ला पहुँच पहुंच डाल रख बता लगा लगवा जुड़ जुड़वा
    जोड़ बचा बच पी खा दिखा देख सुन सुना पढ़ पढ़ा लिख जमा भेज खोल मिल हट हटा उठा चल अपना भूल
    छोड़ समझ समझा सीख जाँच जांच जँचवा जंचवा बुला बनवा बना बन निकाल ढक धो उबाल सो रुक ठहर बैठ
    पहन सँभाल संभाल सहेज बाँट बांट फैला बढ़ा घटा बदल बदलवा चुन चुका पा रह कह पूछ मान ध्यान
    भाग निभा सजा मना""".split()
)
_ASK_ENDINGS = ("ीजिए", "ाइए", "इए", "िए", "ें", "एँ", "एं")


def _is_ask(word: str) -> bool:
    """Is ``word`` an imperative of a known verb ("भरें", "लगवाएँ", "कीजिए", "आइए")?"""
    if word in ("कीजिए", "दीजिए", "लीजिए", "पीजिए", "दें", "लें", "दे", "ले"):
        return True
    for ending in _ASK_ENDINGS:
        if word.endswith(ending) and word[: -len(ending)] in VERB_STEMS:
            return True
    return False


def _ask_inside(text: str) -> bool:
    """An ask inside a sentence, before a clause goes on ("वहाँ पहुँचें और ...", "नज़र
    डालें: गमले, ...")."""
    return any(_is_ask(w) for w in joined_words(text)[:-1])


# Last words that close a sentence without an auxiliary: a subjunctive ("हर यात्री बेल्ट
# लगाए", "नाम जुड़ जाए"), a feminine plural past ("स्कूल लौटीं"), a negation ("कोई बात नहीं").
_CLOSING_FORM = regex.compile(r"(?:ाए|ाएँ|ीं|ुए)$")


def has_verb(text: str) -> bool:
    """Is there a verb anywhere in ``text`` ("… शुरू हुई थीं: A, B और C" has one)? A wish or
    homage ("सभी को हार्दिक बधाई", "शत-शत नमन") needs none, nor a negation ("… कोई बात नहीं")."""
    words = joined_words(text)
    if len(words) <= 1:
        return True
    last = words[-1]
    return (
        any(w in _VERB_WORDS or _FUTURE.search(w) for w in words)
        or _verb(last)
        or last in ("नहीं", "न")
        or (last not in ("कहीं", "यहीं", "वहीं") and bool(_CLOSING_FORM.search(last)))
        or _ask_inside(text)
        or bool(_PAST_WITH_NE.search(text.strip()))
        or bool(_GREETS.search(text))
    )


def _headline_line(text: str) -> tuple[int, str] | None:
    """(offset, line) of the post's headline: its first line, when something follows and the
    line reads as a title (bold, or not closed by "।")."""
    lines = text.splitlines(keepends=True)
    offset = 0
    for i, line in enumerate(lines):
        if line.strip():
            rest = "".join(lines[i + 1 :])
            if not joined_words(rest):
                return None
            clean = _clean(line).strip()
            bold = line.strip().startswith("*")
            return (offset, line.rstrip("\n")) if bold or not clean.endswith("।") else None
        offset += len(line)
    return None


# Two short parallel phrases: "लंबा सफ़र, सुरक्षित सफ़र।", "स्वस्थ तन, स्वस्थ मन।".
_SLOGAN = regex.compile(
    r"^\s*[^,।!?]{2,40},\s*[^,।!?]{2,40}[।!]\s*[\p{Extended_Pictographic}\uFE0F\u200D\s]*$"
)


def _fragment_issues(text: str) -> list[Issue]:
    """Verbless sentences closed by "।" in running text. A headline, a list item, a
    "label: value" line and an exclamation are not running text."""
    issues = []
    head = _headline_line(text)
    offset = 0
    for line in text.splitlines(keepends=True):
        here, offset = offset, offset + len(line)
        if (head and here == head[0]) or not line.strip():
            continue
        if _LIST_ITEM.match(line) and line.count("।") <= 1:
            continue  # one item of a list, not running text
        if line.lstrip().startswith("#"):
            continue
        matches = list(regex.finditer(r"[^।!?]+[।!?]", line))
        if len(matches) == 1 and (here == 0 or _SLOGAN.search(line)):
            continue  # a line of its own: a title first, or a slogan ("छोटे सिर, बड़ी हिफ़ाज़त।")
        for match in matches:
            if not match.group().endswith("।"):
                continue
            sentence = match.group().strip().rstrip("।")
            if not has_verb(sentence):
                start = here + match.start() + (len(match.group()) - len(match.group().lstrip()))
                issues.append(
                    Issue.of(
                        text,
                        start,
                        here + match.end(),
                        "fragment",
                        "a phrase with no verb stands as a sentence; make it a list item, "
                        "a headline, or a whole sentence",
                    )
                )
    return issues


def _foreign(parts: list[str], sources: Sequence[str], book: Phrasebook) -> str | None:
    """Why a hashtag is off the post's topic: it names an occasion, a scheme or a topic the
    post is not about, and none of its words is the post's own."""
    own = {stem(w) for s in sources for w in joined_words(s)}
    if any(stem(p) in own for p in parts):
        return None
    tag = " ".join(parts)
    text = " ".join(sources)
    for occasion in book.occasions:
        if any(_trigger(t).search(tag) for t in occasion.triggers) and not any(
            _trigger(t).search(text) for t in occasion.triggers
        ):
            return f"it names {occasion.name}, which the post is not about"
    for name in unsupported_names(tag, sources):
        if name.kind == "scheme":
            return f"it names {name.span}, which the post is not about"
    # A topic's own hashtag ("#जल_संरक्षण") on a post that is not about the topic.
    topics = set(topics_of(sources, book))
    for topic in book.topics:
        if len(parts) == 1 and parts[0] in COMMON_TAG_WORDS:
            break  # "#सावधानी", "#सुरक्षा": any civic post may carry them
        if "_".join(parts) in topic.hashtags and topic.name not in topics:
            return f"it is the hashtag of {topic.name}, which the post is not about"
    return None


_INFLECTION = frozenset("ों ो े ी ें ाँ ां ाएँ ाओं ियाँ ियों एँ".split())


def _cut(part: str, source_words: set[str]) -> bool:
    """Is ``part`` the start of one of the request's words, cut short ("#नगर_परि" for
    परिषद), rather than a word of its own ("#मेरा_पहला_वोट" beside वोटर)?"""
    if len(part) < 2 or part in source_words or part in known_words():
        return False
    return any(
        word.startswith(part) and word[len(part) :] not in _INFLECTION
        for word in source_words
        if len(word) > len(part)
    )


def _hashtag_issues(text: str, sources: Sequence[str], book: Phrasebook) -> list[Issue]:
    source_words = {w for s in sources for w in joined_words(s)}
    body = HASHTAG.sub("", text)
    issues = []
    for match in HASHTAG.finditer(text):
        parts = [p for p in match.group(1).split("_") if p]
        if not parts:
            continue
        reason = None
        # "#किसानों_के_लिए" hangs; "#सेहत_सबके_लिए" (for everyone) is a slogan.
        for_all = parts[-2:] == ["सबके", "लिए"]
        if parts[0] in DANGLING or parts[-1] in DANGLING or (parts[-1] == "लिए" and not for_all):
            reason = "it hangs on a postposition"
        elif _cut(parts[-1], source_words):
            reason = "it is cut off mid-word"
        else:
            reason = _foreign(parts, [*sources, body], book)
        if reason:
            issues.append(
                Issue.of(
                    text, match.start(), match.end(), "bad_hashtag", f"#{match.group(1)}: {reason}"
                )
            )
    return issues


def _headline_issue(text: str, facts: Sequence[str]) -> Issue | None:
    head = _headline_line(text)
    if head is None:
        return None
    start, line = head
    title = _clean(line).rstrip("।.!:")
    title_words = set(joined_words(title))
    body = text[start + len(line) :]
    sentences = [set(joined_words(s)) for s in regex.split(r"[\n।!?]", body) if s.strip()]
    for fact in facts:
        fact_words = set(joined_words(fact))
        if len(fact_words) < 5:
            continue
        covered = len(fact_words & title_words) / len(fact_words)
        # A notice may lead with its news as the headline ("ज़रूरी सूचना: घाघरा नदी का जलस्तर
        # ख़तरे के निशान से ऊपर"); what editors refused is the same fact said again below it.
        again = any(len(fact_words & words) / len(fact_words) >= 0.8 for words in sentences)
        if again and (
            title == _clean(fact).rstrip("।.!:")
            or (covered >= 0.9 and len(title_words) >= len(fact_words) - 1)
        ):
            return Issue.of(
                text,
                start,
                start + len(line),
                "headline_repeats_fact",
                "the headline is a whole fact said again; say what matters in a few words",
            )
    return None


# Words that lead a sentence back to one said before ("याद रहे, ...", "..., क्योंकि ...").
_DISCOURSE = frozenset(
    stem(w) for w in "क्योंकि इसलिए याद रहे रखें रखिए फिर बार दोबारा अनुरोध ध्यान दें".split()
)
# Clauses that say the same thing: most of their words (by stem) shared.
_SAME = 0.8
_SAME_AS_HEADLINE = 0.95


def _given(unit: str, given: Sequence[str]) -> int | None:
    """Which of the request's own lines (a fact or the call to action) ``unit`` is, as given
    or laid out ("अंत्योदय परिवार के लिए: हर महीने 35 किलो अनाज" is the fact "अंत्योदय
    परिवार को हर महीने 35 किलो अनाज मिलता है"): the one line whose words it all has."""
    words = _content(unit)
    if not words:
        return None
    # With its figures, so "हर महीने 5 किलो अनाज" is told from "हर महीने 35 किलो अनाज", and
    # "कक्षा 9 और 10 के लिए ..." from "कक्षा 11 और 12 के लिए ..." (round9).
    figures = set(regex.findall(r"\d+", unit))
    same = [
        i
        for i, g in enumerate(given)
        if words == _content(g) and figures == set(regex.findall(r"\d+", g))
    ]
    if same:
        return same[0]
    mine = words | figures
    within = [
        i
        for i, g in enumerate(given)
        if len(words) >= 3 and mine <= _content(g) | set(regex.findall(r"\d+", g))
    ]
    return within[0] if len(within) == 1 else None


def _repeat_issues(
    text: str, *, headline_is_fact: bool, given: Sequence[str] = (), asks: str | None = None
) -> list[Issue]:
    """A sentence, or a clause of three or more words, said twice ("..., क्योंकि 2 अक्टूबर को
    गांधी जयंती है" after "2 अक्टूबर को गांधी जयंती है।"). A headline counts only when it is
    said again nearly word for word: one built from a longer fact's words is not a repeat, and
    one that is a whole fact is the headline rule's. Nor is the call to action ``asks`` that
    heads the post and ends it, as a notice's ask does ("सावधान! नौकरी के नाम पर किसी को पैसे
    न दें" ... "👉 नौकरी के नाम पर किसी को पैसे न दें।")."""
    ask = _content(asks) - _DISCOURSE if asks else None
    in_ask = None
    if asks:
        asked = _content(asks) | set(regex.findall(r"\d+", asks))

        def in_ask(unit: str) -> bool:
            words = _content(unit)
            return len(words) >= 3 and words | set(regex.findall(r"\d+", unit)) <= asked

    head = _headline_line(text)
    facts = [_content(g) | set(regex.findall(r"\d+", g)) for g in given[: -1 if asks else None]]

    def in_fact(unit: str) -> bool:
        words = _content(unit) | set(regex.findall(r"\d+", unit))
        return any(words <= fact for fact in facts)

    seen: list[tuple[set[str], int, bool, int | None, set[str], bool, bool]] = []
    for sentence in _sentences(HASHTAG.sub("", text)):
        in_head = head is not None and head[0] <= sentence.start() < head[0] + len(head[1])
        if in_head and headline_is_fact:
            continue
        units = [sentence, *_CLAUSE.finditer(sentence.group())]
        for unit in units:
            words = _content(unit.group()) - _DISCOURSE
            if len(words) < 3:
                continue
            start = sentence.start() + (unit.start() if unit is not sentence else 0)
            for (
                earlier,
                earlier_start,
                earlier_head,
                earlier_given,
                earlier_figures,
                earlier_ask,
                earlier_fact,
            ) in seen:
                if earlier_start >= sentence.start():
                    continue  # the same sentence
                small, large = sorted((words, earlier), key=len)
                jaccard = len(words & earlier) / len(words | earlier)
                inside = (
                    len(small) >= 4
                    and len(small & large) / len(small) >= 0.9
                    and len(large) <= 2 * len(small)
                )
                # A headline that sums up a fact is its job; one said again is a repeat.
                same = _SAME_AS_HEADLINE if in_head or earlier_head else _SAME
                mine = _given(unit.group(), given)
                if None not in (mine, earlier_given) and mine != earlier_given:
                    continue  # the request gave both (a fact and a call to action that overlap)
                if in_ask is not None and (
                    (in_ask(unit.group()) and earlier_fact)
                    or (in_fact(unit.group()) and earlier_ask)
                ):
                    # The call to action asks what a fact gives the reason for ("इस्तेमाल हुआ
                    # तेल नाली में न डालें" after "इस्तेमाल हुआ तेल नाली में डालने से नालियां जाम
                    # होती हैं"): both are the request's, and a post carries both (round31).
                    continue
                figures = set(regex.findall(r"\d+", unit.group()))
                if figures and earlier_figures and figures != earlier_figures:
                    continue  # tiers of a list ("1 किलोवाट ... ₹30,000", "2 किलोवाट ... ₹60,000")
                if earlier_head and ask is not None and words <= ask and earlier <= ask:
                    continue  # the ask that heads the post, asked again at its end
                if jaccard >= same or (inside and not in_head and not earlier_head):
                    end = start + len(unit.group().rstrip())
                    return [
                        Issue.of(
                            text,
                            start,
                            end,
                            "repeated_line",
                            "this says again what an earlier sentence said",
                        )
                    ]
            seen.append(
                (
                    words,
                    start,
                    in_head,
                    _given(unit.group(), given),
                    set(regex.findall(r"\d+", unit.group())),
                    in_ask is not None and in_ask(unit.group()),
                    in_fact(unit.group()),
                )
            )
    return []


def check_fit(
    text: str,
    *,
    facts: Sequence[str],
    sources: Sequence[str] = (),
    kind: str | None = None,
    tone: str = "respectful",
    call_to_action: str | None = None,
    phrasebook: Phrasebook | None = None,
) -> CheckResult:
    """Does ``text`` (the post body, without the disclosure) fit its request?"""
    book = phrasebook or get_phrasebook()
    sources = list(sources) or list(facts)
    occasion = occasion_of(sources, book)
    greeting_post = kind == "greeting" or (kind is None and tone == "celebratory" and occasion)
    festive = occasion is None or not occasion.solemn
    issues = _claim_issues(text, sources, festive and (occasion is not None or kind == "greeting"))
    if not festive and (match := _CELEBRATES.search(text)) is not None:
        issues.append(
            Issue.of(
                text,
                match.start(),
                _sentence_end(text, match.end()),
                "unsupported_claim",
                "wishes joy on a day of remembrance; mark it with respect (नमन, श्रद्धांजलि)",
            )
        )
    if greeting_post and not _GREETS.search(text):
        issues.append(
            Issue(
                span="",
                start=0,
                end=0,
                category="no_greeting",
                reason="a greeting post must greet: wish the reader well on the occasion",
            )
        )
    if call_to_action and (issue := _cta_issue(text, call_to_action)) is not None:
        issues.append(issue)
    issues += _fragment_issues(text)
    issues += _hashtag_issues(text, sources, book)
    headline = _headline_issue(text, facts)
    if headline is not None:
        issues.append(headline)
    given = [*facts, *([call_to_action] if call_to_action else [])]
    issues += _repeat_issues(
        text, headline_is_fact=headline is not None, given=given, asks=call_to_action
    )
    return CheckResult.from_issues(issues)
