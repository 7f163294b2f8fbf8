"""An audience as a post addresses it: the oblique plural of its nouns.

A worker types the audience as a label in the direct case ("राशन कार्डधारक परिवार", "किसान
भाई-बहन", "छात्राएँ और कामकाजी महिलाएँ"). A post that calls its readers, or says who a line is
for, needs the oblique plural: "राशन कार्डधारक परिवारों के लिए", "किसान भाई-बहनों,",
"छात्राओं और कामकाजी महिलाओं से अनुरोध". Editors refused "पशुपालक भाई-बहन," and "बुज़ुर्ग और
उनके परिवार, नमस्कार" as a pasted label. Only the last noun of each conjunct changes; the words
before it (adjectives, genitives, numbers) stay as typed.
"""

from __future__ import annotations

from functools import lru_cache

import regex

from evaluation.lexicon import known_words
from evaluation.names import find_names

_CONJUNCTIONS = frozenset({"और", "व", "एवं", "तथा", "या"})
# Words that never take a plural ending, or make the label singular ("हर किसान").
_FIXED = frozenset(
    {"माता-पिता", "सभी", "सब", "आप", "हम", "जन", "गण", "लोग", "संगत", "जनता", "समुदाय", "समाज"}
    # Plural already: "जायरीन" (round37 read "जायरीनों").
    | {"जायरीन"}
)
_SINGULAR = frozenset({"हर", "प्रत्येक", "एक", "किसी", "कोई"})
# Postpositions and particles that can end a conjunct but are not nouns.
_NOT_NOUNS = frozenset("के की का को में से पर तक वाले वाली वाला लिए भी ही तथा".split())
_DEVANAGARI_WORD = regex.compile(r"^[\p{Devanagari}\-]+$")
_LABEL_WORD = regex.compile(r"^[\p{Devanagari}\p{N}/\-]+,?$")
# (ending, replacement), the first that matches: "महिलाएँ" → "महिलाओं", "बहनें" → "बहनों",
# "लड़कियाँ" → "लड़कियों", "विद्यार्थी" → "विद्यार्थियों", "भाई" → "भाइयों", "बच्चे" → "बच्चों",
# "मतदाता" → "मतदाताओं", "साधू" → "साधुओं", "किसान" → "किसानों".
_ENDINGS: tuple[tuple[str, str], ...] = (
    ("ों", "ों"),
    ("ओं", "ओं"),
    ("ियाँ", "ियों"),
    ("ियां", "ियों"),
    ("एँ", "ओं"),
    ("एं", "ओं"),
    ("ेँ", "ों"),
    ("ें", "ों"),
    ("ी", "ियों"),
    ("ई", "इयों"),
    ("े", "ों"),
    ("ा", "ाओं"),
    ("ू", "ुओं"),
    ("ु", "ुओं"),
    ("ि", "ियों"),
)
_VOWEL_SIGN = regex.compile(r"[\u093e-\u094c\u0962\u0963]$")
# Nouns for people, never a qualifier of the next conjunct's noun: "किसान और खेतिहर मज़दूर".
_PEOPLE = frozenset(
    "किसान युवा छात्र मज़दूर मजदूर बुज़ुर्ग बुजुर्ग अभिभावक शिक्षक व्यापारी दुकानदार पशुपालक मरीज़ "
    "नागरिक मतदाता श्रद्धालु तीर्थयात्री पर्यटक निवासी मछुआरे मछुआरा श्रमिक कर्मचारी विद्यार्थी".split()
)
# Endings of nouns for people: "चालक", "राशन कार्डधारक", "शिल्पकार", "दुकानदार".
_PEOPLE_ENDINGS = ("चालक", "धारक", "कार", "दार", "पालक", "कर्मी")
# More nouns for people that end a long description's groups ("... देखने आने वाले दर्शक").
_MORE_PEOPLE = frozenset(
    "दर्शक परिवार माताएँ माताएं महिलाएँ महिलाएं बहनें बच्चे परिजन माता-पिता ग्रामीण अभ्यर्थी "
    "यात्री खिलाड़ी उद्यमी सदस्य शोधार्थी व्यवसायी उपभोक्ता आयोजक छात्राएँ छात्राएं किशोरियाँ "
    "किशोरियां बेटियाँ बेटियां दीदियाँ दीदियां नारियाँ नारियां प्रेमी सरपंच पंच तैराक नाविक "
    "ग्राहक सैनिक रोगी उत्पादक मरीज लोग विक्रेता".split()
)


def is_people(word: str) -> bool:
    """Is ``word`` a noun for people, as an audience is typed ("नागरिक", "वाहन चालक")?"""
    return word in _PEOPLE or word in _MORE_PEOPLE or word.endswith(_PEOPLE_ENDINGS)


# Endings a worker types on a noun already plural: "महिलाएँ", "बहनें", "लड़कियाँ".
_PLURAL_MARKS = ("एँ", "एं", "ेँ", "ें", "ियाँ", "ियां")


# A word spelled by letters' names, two or more: an initialism.
_INITIALISM = regex.compile(
    r"(?:ए|बी|सी|डी|ई|एफ|जी|एच|आई|जे|के|एल|एम|एन|ओ|पी|क्यू|आर|एस|टी|यू|वी|डब्ल्यू|एक्स|वाई|ज़ेड|जेड){2,}"
)


def plural_word(word: str) -> str | None:
    """The oblique plural of one noun, or None when it is not a Devanagari word."""
    if word in _FIXED:
        return "लोगों" if word == "लोग" else word
    if not _DEVANAGARI_WORD.match(word):
        return None
    head, dash, last = word.rpartition("-")
    if dash:  # "भाई-बहन" → "भाई-बहनों": a pair changes at its end
        tail = plural_word(last)
        if tail and head.endswith(_PLURAL_MARKS):
            # Both halves typed plural: "माताएँ-बहनें" → "माताओं-बहनों", not "माताएँ-बहनों".
            head = plural_word(head) or head
        return f"{head}-{tail}" if tail else None
    if _INITIALISM.fullmatch(word) or word[-1] in "ओऔ":
        # An initialism stays as typed: letters' names ("एनएसएस", "एनसीसी", "बीपीएल"; round45
        # read "एनएसएसों, एनसीसियों"), or a word that ends on the vowel letter ओ ("एफपीओ",
        # "एनजीओ"; round42 read "एफपीओों"). "भाई" is none.
        return word
    for ending, replacement in _ENDINGS:
        if word.endswith(ending):
            return word[: -len(ending)] + replacement
    if _VOWEL_SIGN.search(word) or word.endswith(("ं", "ँ", "ः")):
        return None  # a vowel sign this table does not know: leave the label alone
    return word + "ों"


# The most words an audience is said in as one group; a longer one only as two (``_two_groups``).
GROUP_WORDS = 10


def _two_groups(words: list[str]) -> str | None:
    """A long audience of two groups of people, each said in the oblique plural: "जोरहाट जिले के
    निवासियों और होलोंगापार गिब्बन अभयारण्य आने वाले पर्यटकों" (round47's gibbon appeal went
    unaddressed for its eleven words). Each group ends on a word for people and is short enough
    on its own; nothing else this long is said in the plural."""
    for i, word in enumerate(words):
        before, after = words[:i], words[i + 1 :]
        if (
            word == "और"
            and 2 <= len(before) <= GROUP_WORDS
            and 2 <= len(after) <= GROUP_WORDS
            and all(g[-1] in _PEOPLE or g[-1].endswith(_PEOPLE_ENDINGS) for g in (before, after))
            and (first := oblique_plural(" ".join(before))) is not None
            and (second := oblique_plural(" ".join(after))) is not None
        ):
            return f"{first} और {second}"
    return None


@lru_cache(maxsize=512)  # asked several times for each draft of a request
def oblique_plural(audience: str) -> str | None:
    """The audience in the oblique plural, or None when it cannot be said that way (a single
    reader, "हर किसान"; a label in Latin letters; a sentence)."""
    # A bracket that says which place is not said when calling them: "बिलासपुर जिले (हिमाचल
    # प्रदेश) के निवासी" (round41's fair went unaddressed for it).
    words = regex.sub(r"\s\([^()]{1,40}\)(?=\s)", "", audience).split()
    if len(words) > GROUP_WORDS:
        return _two_groups(words)
    if not words or any(w in _SINGULAR for w in words):
        return None
    if not all(_LABEL_WORD.match(w) for w in words):
        return None
    out = list(words)
    # A place is not pluralised: "सिकंदरपुर और आसपास के ग्रामीण" (not "सिकंदरपुरों").
    places = {w for n in find_names(audience) if n.kind == "place" for w in n.span.split()}
    for i, word in enumerate(words):
        bare = word.rstrip(",")
        ends_conjunct = i == len(words) - 1 or word.endswith(",") or words[i + 1] in _CONJUNCTIONS
        if ends_conjunct and bare == "वाले" and i > 0:
            # "ठेले वाले" are people: "खाद्य विक्रेताओं, ठेले वालों और ग्राहकों" (round36 read
            # "ठेले वाले और ग्राहकों").
            out[i] = "वालों" + word[len(bare) :]
            continue
        if not ends_conjunct or bare in _CONJUNCTIONS or bare in _NOT_NOUNS or bare.isdigit():
            continue
        if "/" in bare:  # "जाति/जनजाति": a pair of qualifiers, not a noun
            continue
        # "सिकंदरपुर और आसपास के ग्रामीण" is a place and its surroundings; "वाहन चालक और
        # आसपास के गाँवों के लोग" are people (round12 read "वाहन चालक ... लोगों के लिए").
        people = bare in _PEOPLE or bare.endswith(_PEOPLE_ENDINGS)
        if bare in places or (words[i + 2 : i + 3] == ["आसपास"] and not people):
            continue
        if (
            # "फोर्ट कोच्चि और वाइपिन के बीच आने-जाने वाले यात्री": two places a span runs between
            # (round24 read "फोर्ट कोच्चियों").
            not people
            and words[i + 1 : i + 2] in (["और"], ["व"])
            and "बीच" in words[i + 2 :]
            and words[words.index("बीच") - 1] == "के"
        ):
            continue
        if word.endswith(",") and words[i + 2 : i + 4] in (["आने", "वाले"], ["जाने", "वाले"]):
            # "माताबाड़ी, उदयपुर आने वाले श्रद्धालु": a shrine and the town it is in, which
            # people come to (round44 read "माताबाड़ियों").
            continue
        if any(w.endswith(",") for w in words[: i + 1]) and _names_list(words, i):
            continue  # a list of names that owns its readers, a known word among them
        if word.endswith(",") and bare in INSTITUTIONS:
            # "सदर अस्पताल, सासाराम आने वाले मरीज़": a place and its town, or places whose
            # people follow ("अस्पताल, स्कूल और बाज़ार के कर्मचारी"), not people (round16 read
            # "सदर अस्पतालों, सासाराम").
            continue
        if _shares_head(words, i) and not bare.endswith(_PLURAL_MARKS) and bare not in _PEOPLE:
            continue
        if _in_qualifier_list(words, i):
            continue
        following = _head_before_genitive(words, i)
        if (
            not people
            and bare not in known_words()
            and (
                # "शिमला, किन्नौर और कुल्लू जिलों के लोग": names of the places the list's last
                # word says they are (round29 read "किन्नौरों").
                following in _PLACE_CLASSES
                # "पणजी के सांता क्रूज़ और सेंट इनेज़ क्षेत्र के निवासी": a name no lexicon
                # knows, then a place whose people follow (round27 read "सांता क्रूज़ों").
                or (words[i + 1 : i + 2] in (["और"], ["व"]) and following in _PLACE_NOUNS)
                # A list of names with commas that owns its readers: "पुडुचेरी, कराईकल, माहे
                # और यानम के नागरिक" (round30 read "कराईकलों, माहों").
                or (any(w.endswith(",") for w in words[: i + 1]) and _names_list(words, i))
                # Two such names: "गिर सोमनाथ जिले के वेरावल और सूत्रापाड़ा के मछुआरे" (round40
                # read "वेरावलों").
                or (
                    words[i - 1 : i] in (["के"], ["की"], ["का"])
                    and words[i + 1 : i + 2] in (["और"], ["व"])
                    and words[i + 3 : i + 4] in (["के"], ["की"], ["का"])
                    and _proper(words[i + 2])
                )
            )
        ):
            continue
        if bare in _PLACE_NOUNS and i > 0 and (words[i - 1] in places or _proper(words[i - 1])):
            # "तवांग जिले और सेला दर्रे पर आने वाले पर्यटक": a named district is one place
            # (round25 read "तवांग जिलों").
            continue
        if bare in _PLACE_NOUNS and _OF_ONE_HEAD.match(" ".join(words[i + 1 :])):
            # "मंडला शहर और नर्मदा तट के गांवों के नागरिक": the town, like the villages, says
            # whose citizens (round14 read "मंडला शहरों").
            continue
        plural = plural_word(bare)
        if plural is None:
            return None
        out[i] = plural + word[len(bare) :]
    last = words[-1]
    if (
        last in _CONJUNCTIONS
        or (last in _NOT_NOUNS and last != "वाले")
        or last.isdigit()
        or "/" in last
    ):
        return None  # the label does not end on a noun
    # A genitive before the oblique is oblique too: "वलसाड जिले का पारसी समुदाय" is addressed
    # as "वलसाड जिले के पारसी समुदाय ... को" (round25 read "जिले का पारसी समुदायों").
    return " ".join(_oblique_genitives(out))


# Institutions, which a comma after them ties to their town or to a list of places.
INSTITUTIONS = frozenset(
    "अस्पताल विद्यालय स्कूल कॉलेज महाविद्यालय कार्यालय केंद्र भवन परिसर स्टेशन बाज़ार बाजार "
    "मंदिर डाकघर बैंक".split()
)
# Places a list names before the people of them (round31 read "श्री विजयपुरमों" before
# "अंडमान-निकोबार द्वीप समूह के नागरिक").
_PLACE_NOUNS = frozenset(
    "शहर नगर कस्बा कस्बे गाँव गांव क्षेत्र ज़िला ज़िले जिला जिले जनपद तट बस्ती मोहल्ला मोहल्ले वार्ड "
    "ब्लॉक प्रखंड पंचायत द्वीप समूह".split()
)
# The rest of a list that ends on its people after a genitive: "और ... के गांवों के नागरिक".
_OF_ONE_HEAD = regex.compile(r"^(?:और|व|एवं|तथा)\s(?:\S+\s){1,6}?के\s\S+$")


def _oblique_genitives(words: list[str]) -> list[str]:
    """ "का" as "के" where it ties a name to the noun its conjunct ends on ("जिले का पारसी
    समुदाय"), not where a verb's object follows ("सड़कों का उपयोग करने वाले")."""
    out = list(words)
    for j, word in enumerate(words):
        if word != "का":
            continue
        rest = []
        for w in words[j + 1 :]:
            rest.append(w.rstrip(","))
            if w.endswith(",") or w in _CONJUNCTIONS:
                break
        if rest and not any(w.endswith("ने") or w in _NOT_NOUNS for w in rest[:-1]):
            out[j] = "के"
    return out


def _proper(word: str) -> bool:
    """A name no dictionary has: "तवांग", "सिकंदरपुर"."""
    return bool(_DEVANAGARI_WORD.match(word)) and word not in known_words()


# Places said in the plural after a list of their names.
_PLACE_CLASSES = frozenset("जिलों ज़िलों गांवों गाँवों शहरों प्रखंडों ब्लॉकों तहसीलों वार्डों राज्यों".split())


def _list_span(words: list[str], i: int) -> tuple[int, int]:
    """The first and last word of the list of one-word items ``words[i]`` is in, its commas and
    conjunctions between them: "पुडुचेरी, कराईकल, माहे और यानम"."""
    start = i
    while start > 0 and (words[start - 1].endswith(",") or words[start - 1] in _CONJUNCTIONS):
        start -= 2 if words[start - 1] in _CONJUNCTIONS else 1
    end = i
    while end + 1 < len(words) and (words[end].endswith(",") or words[end + 1] in _CONJUNCTIONS):
        end += 1 if words[end].endswith(",") else 2
    return max(start, 0), end


def _names_list(words: list[str], i: int) -> bool:
    """Whether ``words[i]`` is in a list of one-word names that runs to a "के"/"की"/"का": every
    item a word no lexicon knows or a place."""
    start, end = _list_span(words, i)
    if end + 1 >= len(words) or words[end + 1] not in ("के", "की", "का"):
        return False
    items = [w.rstrip(",") for w in words[start : end + 1] if w not in _CONJUNCTIONS]
    # One of them may be a word a lexicon knows too: "दार्जिलिंग, घूम और कर्सियांग के निवासी"
    # (round44 read "दार्जिलिंगों, घूमों").
    known = sum(w in known_words() for w in items)
    return known == 0 or (len(items) >= 3 and known == 1 and not _PEOPLE & set(items))


def _head_before_genitive(words: list[str], i: int) -> str | None:
    """The word before the first "के"/"की"/"का" after ``words[i]``, or None."""
    for j in range(i + 1, len(words)):
        if words[j] in ("के", "की", "का"):
            return words[j - 1] if j - 1 > i else None
    return None


# What a reader is named by, not a reader: an animal kept, a service used, a field studied,
# goods sold, a kind of holding ("बकरी और भेड़ पालक", "डाक और बचत खाता उपभोक्ता",
# "इंजीनियरिंग और विज्ञान के विद्यार्थी", "सब्जी और फल विक्रेता", "फ्लैट और प्लॉट खरीदार";
# rounds 29-33 read "बकरियों", "डाकों", "इंजीनियरिंगों", "सब्जियों", "फ्लैटों").
_QUALIFIERS = frozenset(
    "अंत्योदय बकरी भेड़ गाय भैंस मुर्गी बत्तख मछली झींगा सुअर ऊंट ऊँट घोड़ा मधुमक्खी "
    "डाक बिजली पानी गैस बैंक बस रेल "
    "सब्जी सब्ज़ी फल फूल दूध अनाज किराना "
    "कार जीप वैन ट्रक टैक्सी ऑटो ट्रैक्टर बाइक स्कूटर दोपहिया चारपहिया तिपहिया "
    "फ्लैट फ़्लैट प्लॉट मकान दुकान "
    "कॉलेज पॉलिटेक्निक आईटीआई सूक्ष्म लघु मध्यम "
    "इंजीनियरिंग विज्ञान कला वाणिज्य चिकित्सा कृषि प्रबंधन विधि "
    # A craft its makers are named by: "भदोही जिले के कालीन और हस्तशिल्प कारीगर" (round39 read
    # "कालीनों और हस्तशिल्प कारीगरों").
    "कालीन हथकरघा हस्तशिल्प खादी रेशम बांस बाँस चमड़ा मिट्टी लकड़ी धातु पत्थर जरी "
    # Adjectives a list of readers shares its noun with: "भूमिहीन और सीमांत किसान" (the
    # ten-draft read at stop 34: "भूमिहीनों और सीमांत किसानों").
    "भूमिहीन सीमांत बेघर छोटे बड़े".split()
)


def _shares_head(words: list[str], i: int) -> bool:
    """Whether ``words[i]``, a one-word conjunct before "और", qualifies the noun the next
    conjunct ends on: "इंटर और स्नातक पास छात्राएँ", "दोपहिया और चारपहिया चालक", "आशा और
    आंगनबाड़ी कार्यकर्ता" (readers refused "इंटरों और स्नातक पास छात्राओं"). Two one-word
    conjuncts are two nouns: "किसान और मज़दूर"."""
    if i + 1 >= len(words) or words[i + 1] not in _CONJUNCTIONS:
        return False
    if (
        i > 0
        and words[i - 1] not in _CONJUNCTIONS
        # After whose they are, an animal its keepers are named by: "बांका जिले के बकरी और
        # भेड़ पालक" (round29 read "बकरियों और भेड़ पालकों" as addressed to goats).
        and not (words[i - 1] in ("के", "की", "का") and words[i] in _QUALIFIERS)
        and not words[i - 1].endswith(",")
    ):
        return False  # not a one-word conjunct
    if any(w.endswith(",") for w in words[:i]):
        # A list with commas is a series of nouns: "दुकानदार, कारीगर और छोटे उद्यमी" (round9
        # refused "दुकानदारों, कारीगर और छोटे उद्यमियों").
        return False
    following: list[str] = []
    for word in words[i + 2 :]:
        if word in _CONJUNCTIONS:
            break
        following.append(word)
        if word.endswith(","):
            break
    # "... टहलने वाले" names its own people: "खिलाड़ियों और सुबह टहलने वालों".
    return len(following) >= 2 and following[-1].rstrip(",") != "वाले"


def _in_qualifier_list(words: list[str], i: int) -> bool:
    """Whether ``words[i]`` is in a comma list of things its readers are named by, the word
    that names them after it: "निजी कार, जीप और वैन मालिक" (round32 read "कारों, जीपों और वैन
    मालिकों")."""
    start, end = _list_span(words, i)
    items = [w.rstrip(",") for w in words[start : end + 1] if w not in _CONJUNCTIONS]
    return (
        end + 1 < len(words)
        and any(w.endswith(",") for w in words[start:end])
        and all(w in _QUALIFIERS for w in items)
    )


# A plural noun that ends a conjunct: before a comma, a conjunction, or the end.
_CALLED_PLURAL = regex.compile(r"(?<=[ोओ])ं(?=,|\s(?:और|व|एवं|तथा)\s|$)")


def vocative(address: str) -> str:
    """An address that calls its readers, in the vocative plural, which has no nasal: "प्रिय
    निवासियो और श्रद्धालुओ," (round41's readers marked "प्रिय निवासियों और श्रद्धालुओं," a slip on
    seven posts, as round37's had "नागरिकों,"). Whose they are stays oblique ("गाँवों के")."""
    if not address.endswith(","):
        return address
    return _CALLED_PLURAL.sub("", address[:-1]) + ","
