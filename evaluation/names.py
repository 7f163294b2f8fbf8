"""Names a post may not bring in: schemes and places that the facts do not mention.

Devanagari has no capital letters to spot a proper noun by, so names are found three ways: a
list of central schemes (each with its spellings), a list of states and large cities, and the
shapes of place names (…पुर, …नगर, …गढ़, …गंज, …ाबाद) and scheme names (प्रधानमंत्री … योजना).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import regex

# Whole words: a name glued to a figure is part of a token (as in the register's lists).
from evaluation.hindi import ALNUM_EDGE_AFTER as _E
from evaluation.hindi import ALNUM_EDGE_BEFORE as _B
from evaluation.hindi import NAME_STOP_WORDS, fold_spelling

# Each scheme with the ways people write it. A post that names one must find one of its
# spellings in the facts.
SCHEMES: dict[str, tuple[str, ...]] = {
    "PM-KISAN": ("पीएम-किसान", "पीएम किसान", "किसान सम्मान निधि", "PM-KISAN", "PM Kisan", "PMKisan"),
    "Ayushman Bharat PM-JAY": (
        "आयुष्मान भारत",
        "आयुष्मान कार्ड",
        "आयुष्मान",
        "जन आरोग्य योजना",
        "PM-JAY",
        "PMJAY",
        "Ayushman",
    ),
    "PM Ujjwala": ("उज्ज्वला", "उज्जवला", "Ujjwala"),
    "PM Awas": ("प्रधानमंत्री आवास", "पीएम आवास", "आवास योजना", "PMAY", "PM Awas"),
    "Jan Dhan": ("जन धन", "जनधन", "Jan Dhan"),
    "MUDRA": ("मुद्रा योजना", "मुद्रा लोन", "मुद्रा ऋण", "MUDRA"),
    "Sukanya Samriddhi": ("सुकन्या समृद्धि", "सुकन्या", "Sukanya"),
    "Atal Pension": ("अटल पेंशन", "Atal Pension"),
    "Jeevan Jyoti Bima": ("जीवन ज्योति", "PMJJBY"),
    "Suraksha Bima": ("सुरक्षा बीमा", "PMSBY"),
    "MGNREGA": ("मनरेगा", "नरेगा", "MGNREGA", "MNREGA"),
    "Swachh Bharat": ("स्वच्छ भारत", "Swachh Bharat"),
    "Jal Jeevan Mission": ("जल जीवन मिशन", "हर घर जल", "Jal Jeevan"),
    "Fasal Bima": ("फसल बीमा", "फ़सल बीमा", "PMFBY"),
    "Kisan Credit Card": ("किसान क्रेडिट कार्ड", "केसीसी", "KCC"),
    "Matru Vandana": ("मातृ वंदना", "PMMVY"),
    "Garib Kalyan Anna": ("गरीब कल्याण अन्न", "ग़रीब कल्याण अन्न", "PMGKAY"),
    "PM Vishwakarma": ("विश्वकर्मा योजना", "पीएम विश्वकर्मा", "PM Vishwakarma"),
    "PM SVANidhi": ("स्वनिधि", "SVANidhi"),
    "Stand-Up India": ("स्टैंड-अप इंडिया", "स्टैंडअप इंडिया", "Stand-Up India"),
    "Skill India": ("स्किल इंडिया", "कौशल विकास योजना", "Skill India"),
    "PM Surya Ghar": ("सूर्य घर", "Surya Ghar"),
    "Ladli Behna": ("लाडली बहना", "लाड़ली बहना"),
    "Beti Bachao Beti Padhao": ("बेटी बचाओ", "Beti Bachao"),
    "Poshan": ("पोषण अभियान", "पोषण माह", "POSHAN"),
}

# States, union territories and large cities, as written in Hindi. Cities whose names are also
# everyday words (गया "went", कोटा "quota", सूरत "face") are left out.
PLACES = tuple(
    """उत्तर प्रदेश|मध्य प्रदेश|बिहार|राजस्थान|महाराष्ट्र|गुजरात|पंजाब|हरियाणा|दिल्ली|झारखंड|
छत्तीसगढ़|ओडिशा|उड़ीसा|पश्चिम बंगाल|असम|उत्तराखंड|हिमाचल प्रदेश|जम्मू|कश्मीर|लद्दाख|केरल|
तमिलनाडु|कर्नाटक|आंध्र प्रदेश|तेलंगाना|गोवा|मणिपुर|मेघालय|मिज़ोरम|मिजोरम|नगालैंड|नागालैंड|
त्रिपुरा|सिक्किम|अरुणाचल|पुडुचेरी|चंडीगढ़|लखनऊ|कानपुर|वाराणसी|बनारस|प्रयागराज|इलाहाबाद|आगरा|
मेरठ|गोरखपुर|बरेली|अलीगढ़|मुरादाबाद|गाज़ियाबाद|गाजियाबाद|नोएडा|बाराबंकी|सीतापुर|अयोध्या|
फ़ैज़ाबाद|झांसी|झाँसी|मथुरा|पटना|मुज़फ़्फ़रपुर|भागलपुर|दरभंगा|रांची|राँची|जमशेदपुर|धनबाद|
भोपाल|इंदौर|ग्वालियर|जबलपुर|उज्जैन|रायपुर|बिलासपुर|जयपुर|जोधपुर|उदयपुर|अजमेर|बीकानेर|
अहमदाबाद|वडोदरा|राजकोट|मुंबई|पुणे|नागपुर|नासिक|औरंगाबाद|कोलकाता|हैदराबाद|चेन्नई|
बेंगलुरु|बंगलौर|देहरादून|हरिद्वार|शिमला|लुधियाना|अमृतसर|जालंधर|गुड़गांव|गुरुग्राम|फ़रीदाबाद|
फरीदाबाद|पानीपत|रोहतक|हिसार|भुवनेश्वर|कटक|गुवाहाटी|श्रीनगर""".replace("\n", "").split("|")
)

# The states and union territories among them, and the first word a state's day may go by
# ("हिमाचल दिवस").
STATES = (*PLACES[: PLACES.index("लखनऊ")], "हिमाचल", "अरुणाचल प्रदेश", "जम्मू-कश्मीर")

# Shapes of village and town names. Common words that share a shape are listed to skip.
_PLACE_SHAPE = regex.compile(_B + r"[\p{L}\p{M}]{2,}(?:पुर|पुरा|पुरी|नगर|गढ़|गढ|गंज|ाबाद|खेड़ा|खेड़ी)" + _E)
_NOT_PLACES = frozenset(["महानगर", "अंतःपुर", "जयपुरी", "गंज"])
# "नेहरू नगर", "पिंपरी खुर्द", "सदर बाज़ार": a word, then a word that makes it a place name,
# unless it is the civic body (नगर निगम).
_TWO_WORD_PLACE = regex.compile(
    _B + r"([\p{L}\p{M}]{2,})\s(?:नगर|पुरम|कॉलोनी|विहार|बस्ती|मोहल्ला|टोला|ढाणी|खुर्द|कलाँ|कलां|डीह|"
    r"बाज़ार|बाजार|चौक)(?!\s*(?:निगम|पालिका|पंचायत|परिषद))" + _E
)
# Words that follow a person's name and are not of it.
_DAY_AFTER_NAME = frozenset("जयंती पुण्यतिथि जन्मदिवस जन्मदिन जन्मशती दिवस स्मृति".split())
# People: a title then a name, or a given name then a common surname.
_TITLED_PERSON = regex.compile(
    _B + r"(?:श्री|श्रीमती|सुश्री|डॉ\.?|डॉक्टर|कलेक्टर|जिलाधिकारी|ज़िलाधिकारी|विधायक|सांसद|पार्षद|"
    r"सरपंच|प्रधान|पटवारी|तहसीलदार|एसडीएम|बीडीओ|थानाध्यक्ष)\s+([\p{L}\p{M}]{2,}(?:\s[\p{L}\p{M}]{2,}){0,2})"
)
_SURNAMES = (
    "यादव|सिंह|शर्मा|वर्मा|मीणा|मीना|कुमार|कुमारी|गुप्ता|पटेल|मिश्रा|मिश्र|तिवारी|त्रिपाठी|पांडे|"
    "पाण्डेय|पांडेय|दुबे|चौबे|जोशी|राठौर|राठौड़|चौहान|ठाकुर|खान|ख़ान|अंसारी|कुरैशी|सिद्दीकी|"
    # Surnames that are also everyday words (लाल "red", प्रसाद "offering", देवी) are left out.
    "अग्रवाल|जैन|बंसल|गोयल|मौर्य|कुशवाहा|पासवान|रावत|नेगी|बिष्ट"
)
_PERSON = regex.compile(
    _B + r"([\p{L}\p{M}]{2,}(?:\s[\p{L}\p{M}]{2,})?)\s(?:" + _SURNAMES + ")" + _E
)
# A scheme named by its own words: "कृषक बंधु योजना", "गृह लक्ष्मी योजना".
# A colon for a visarga stays in its word: "नि:शुल्क कोचिंग योजना" (round42 read "शुल्क कोचिंग
# योजना", a paid scheme, fidelity 0).
_NAMED_SCHEME = regex.compile(
    r"((?:(?:[\p{L}\p{M}]+:)?[\p{L}\p{M}]{2,}\s){1,3})(योजना|अभियान|मिशन)" + _E
)
# Words a scheme's own name does not hold, read back from "योजना"; nor an ordinal or "सैन्य"
# ("इसे स्वतंत्र भारत का पहला सैन्य अभियान माना जाता है" is no scheme: round39 tagged the whole
# sentence).
_NOT_NAME_WORDS = frozenset(
    """इस यह ये उस वह वे इन उन सरकारी सरकार नई नए पुरानी किसी हर कल्याणकारी केंद्र राज्य केंद्रीय
    की के का में से को पर और या भी ही तो लिए इसी उसी किस कौन सी सभी कई अन्य दूसरी एक
    महत्वपूर्ण ज़रूरी जरूरी बड़ी खास ख़ास विशेष जनहित अपनी अपने हमारी आपकी लाभकारी मुफ़्त मुफ्त
    बीमा पेंशन आवास स्वास्थ्य शिक्षा राशन पोषण
    चले चली चला चलाए चलाया चलाई हुए हुई हुआ गए गई गया किए किया रहे रही रहा
    प्रायोजित पोषित संचालित
    पहला पहली पहले दूसरा दूसरी तीसरा तीसरी सैन्य
    वर्ष साल""".split()  # "इस वर्ष अभियान ... चलेगा" (round47 tagged it "#वर्ष_अभियान")
)

_GENERIC_BEFORE_PLACE = frozenset(
    "इस उस हर किसी हमारे हमारा आपके आपका अपने अपना नए नई पूरे पूरा सभी सब एक कई वार्ड की के का "
    "में से ये वे यह वह हमारी आपकी अपनी पास उसी इसी ही तक बाद और भी पर लिए वाले वाली तो पूरी "
    # A slogan or a description, not a name: "प्लास्टिक मुक्त नगर", "निचली बस्ती" (round12).
    "मुक्त निचली निचले ऊपरी आसपास स्वच्छ "
    # What a fair sells, not where it is: "हस्तशिल्प बाजार" (stop 36's ten-draft read: a tag).
    "हस्तशिल्प शिल्प खादी पुस्तक व्यंजन".split()
)
# A mission named after the word: "मिशन वात्सल्य", "मिशन शक्ति" (round12 tagged none).
# Only a one-word name ("मिशन सक्षम आंगनवाड़ी और पोषण 2.0" is not "मिशन सक्षम").
_MISSION_FIRST = regex.compile(
    _B + r"मिशन\s([\p{L}\p{M}]{3,})(?=\s(?:के|की|का|में|से|पर|को|द्वारा)\s|\s*[।.,]|\s*$)"
)
# A named scheme: प्रधानमंत्री/मुख्यमंत्री/राष्ट्रीय … योजना/अभियान/मिशन.
_SCHEME_SHAPE = regex.compile(
    _B + r"(?:प्रधानमंत्री|प्रधान मंत्री|मुख्यमंत्री|मुख्य मंत्री|पीएम|सीएम|राष्ट्रीय)"
    r"(?:\s[\p{L}\p{M}]+){1,4}?\s(?:योजना|अभियान|मिशन|निधि)" + _E
)


@dataclass(frozen=True)
class NameMention:
    kind: str  # "scheme" | "place" | "person"
    name: str
    start: int
    end: int
    span: str


def _in_sources(name: str, folded_sources: str) -> bool:
    # Compare spellings loosely: nukta, virama (धर्म/धरम), hyphens, spaces and case do not
    # make another name.
    return fold_spelling(name) in folded_sources


# Compiled once: every candidate of every request is read for names.
_SCHEME_PATTERNS = {
    canonical: regex.compile(
        _B + "(?:" + "|".join(regex.escape(s) for s in spellings) + ")", regex.IGNORECASE
    )
    for canonical, spellings in SCHEMES.items()
}
_PLACES = regex.compile(_B + "(?:" + "|".join(map(regex.escape, PLACES)) + ")" + _E)
_LINK = regex.compile(r"(?:https?://|www\.)\S+|[\w.+-]+@[\w-]+\.[\w.]+", regex.IGNORECASE)


def find_names(text: str) -> list[NameMention]:
    found: list[NameMention] = []
    # Links and e-mail addresses are not prose: pmkisan.gov.in names no scheme.
    taken: list[tuple[int, int]] = [m.span() for m in _LINK.finditer(text)]

    def add(kind: str, name: str, start: int, end: int) -> None:
        if any(s < end and start < e for s, e in taken):
            return
        taken.append((start, end))
        found.append(NameMention(kind, name, start, end, text[start:end]))

    for canonical, pattern in _SCHEME_PATTERNS.items():
        for m in pattern.finditer(text):
            add("scheme", canonical, m.start(), m.end())
    for m in _SCHEME_SHAPE.finditer(text):
        add("scheme", m.group(), m.start(), m.end())
    for m in _NAMED_SCHEME.finditer(text):
        # The name is the run of non-generic words right before योजना (not इस, सरकारी, की).
        words: list[str] = []
        for word in reversed(m.group(1).split()):
            # Nor a plural noun: "ये सेवाएँ मिशन सक्षम आंगनवाड़ी ..." names the services first
            # (round12), and the scheme is the words after "मिशन".
            if word in _NOT_NAME_WORDS or word in NAME_STOP_WORDS or word.endswith(("एँ", "ओं")):
                break
            words.insert(0, word)
        if words:
            name = " ".join(words)
            start = m.end(1) - len(name) - 1
            add("scheme", name, start, start + len(name))
    for m in _MISSION_FIRST.finditer(text):
        if m.group(1) not in _NOT_NAME_WORDS and m.group(1) not in NAME_STOP_WORDS:
            add("scheme", m.group(), m.start(), m.end())
    for m in _TITLED_PERSON.finditer(text):
        words = []
        for word in m.group(1).split():
            # "डॉ. विक्रम साराभाई जयंती": the day is not the name (round29's grounding check
            # read "विक्रम साराभाई जयंती" as a person no fact names).
            if word in NAME_STOP_WORDS or word in _DAY_AFTER_NAME:
                break
            words.append(word)
        if words:
            name = " ".join(words)
            add("person", name, m.start(1), m.start(1) + len(name))
    for m in _PERSON.finditer(text):
        given = m.group(1).split()
        while given and (given[0] in _NOT_NAME_WORDS or given[0] in NAME_STOP_WORDS):
            given.pop(0)
        if given and given[-1] not in NAME_STOP_WORDS and given[-1] not in _NOT_NAME_WORDS:
            start = m.start(1) + m.group(1).index(given[0])
            add("person", text[start : m.end()], start, m.end())
    # Two words first: "गंगापुर खुर्द" is one village, not "गंगापुर" (round9: a cut hashtag).
    for m in _TWO_WORD_PLACE.finditer(text):
        if m.group(1) not in _GENERIC_BEFORE_PLACE:
            add("place", m.group(), m.start(), m.end())
    for m in _PLACES.finditer(text):
        add("place", m.group(), m.start(), m.end())
    for m in _PLACE_SHAPE.finditer(text):
        if m.group() not in _NOT_PLACES:
            add("place", m.group(), m.start(), m.end())
    return sorted(found, key=lambda n: n.start)


def unsupported_names(text: str, sources: Sequence[str]) -> list[NameMention]:
    """Scheme and place names in ``text`` that no source mentions in any of its spellings."""
    folded = fold_spelling(" ".join(sources))
    missing = []
    for name in find_names(text):
        spellings = SCHEMES.get(name.name, (name.span,)) if name.kind == "scheme" else (name.span,)
        if not any(_in_sources(s, folded) for s in spellings):
            missing.append(name)
    return missing
