"""The conduct check's rules: listed words in pairs, for what lists do best.

Each rule pairs a trigger (a caste word, a place of worship, a bribe) with what makes it a breach
(asking for votes, campaigning, an exchange), within one sentence and its neighbour. Neutral
mentions stay clean because the pair is missing: a temple road carries no campaign, a caste
certificate camp asks for no vote, criticism of a record names no private life. Guards undo a
match where the sentence says the opposite (जाति से ऊपर उठकर, पैसे लेकर वोट न दें). The word
lists also serve the classifier (``features.py``) as word classes, so a threat it never saw
phrased that way still shares something with one it did.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from evaluation.hindi import any_word
from evaluation.result import Issue

# Each list: whole words (or word starts, with ``prefix``), nukta optional, any case.
VOTE = any_word(
    "वोट|वोटों|मत दें|मत दीजिए|मतदान|चुनाव|चुनावों|जिताएँ|जिताएं|जिताओ|जिताना|जिताइए|"
    "जिताकर|जिता|समर्थन|बटन दबाएँ|बटन दबाएं|बटन दबाओ|ईवीएम|निशान|विधायक बनाएँ|विधायक बनाओ|"
    "प्रत्याशी|उम्मीदवार|प्रचार|रैली|चुनावी|कैंडिडेट|पार्टी|vote|election",
    prefix=False,
)
CAMPAIGN = any_word(
    "प्रचार|रैली|चुनावी|जनसभा|नुक्कड़ सभा|वोट|वोटों|प्रत्याशी|उम्मीदवार|पार्टी|जिताएँ|जिताएं|"
    "जिताओ|समर्थन में|झंडा|झंडे|पर्चे|पर्चा|पोस्टर|नारे|चुनाव चिह्न|चुनाव निशान|टिकट"
)
CASTE = any_word(
    "जाति|जात|जातियों|बिरादरी|बिरादरी के|समाज के लोग|अपने समाज|हमारे समाज|अपनी जाति|"
    "ब्राह्मण|ब्राह्मणों|ठाकुर|ठाकुरों|राजपूत|राजपूतों|यादव|यादवों|जाटव|जाट|जाटों|कुर्मी|"
    "गुर्जर|दलित|दलितों|पिछड़े|पिछड़ों|सवर्ण|सवर्णों|कायस्थ|बनिया|बनियों|वैश्य|मीणा|लोधी|"
    "निषाद|मल्लाह|पासवान|कुशवाहा|मौर्य|सैनी|अहीर|क्षत्रिय|ओबीसी|भूमिहार|कोइरी|कुर्मियों|"
    "चमार|महार|मुसहर|बाल्मीकि|वाल्मीकि समाज|अपना आदमी|अपनी बिरादरी"
)
RELIGION = any_word(
    "हिंदू|हिन्दू|हिंदुओं|हिन्दुओं|मुस्लिम|मुस्लिमों|मुसलमान|मुसलमानों|सिख|सिखों|ईसाई|ईसाइयों|"
    "धर्म|धर्मों|मज़हब|मजहब|कौम|क़ौम|धर्म की रक्षा|राम भक्त|रामभक्त|अल्लाह|भगवा|हरा झंडा|"
    "सनातन|सनातनी|जिहाद|काफ़िर|धर्मयुद्ध|मंदिर बनाने|मस्जिद बचाने"
)
WORSHIP = any_word(
    "मंदिर|मंदिरों|मस्जिद|मस्जिदों|गुरुद्वारा|गुरुद्वारे|चर्च|गिरजाघर|दरगाह|मठ|इबादतगाह|"
    "धर्मस्थल|धार्मिक स्थल|पूजा स्थल|जुमे की नमाज़|नमाज़ के बाद|प्रवचन|कथा|सत्संग"
)
# A temple named as a landmark or an address: मंदिर मार्ग, मंदिर चौक, मंदिर के पास.
WORSHIP_AS_PLACE = regex.compile(
    r"(?:मंदिर|मस्जिद|गुरुद्वारा|गुरुद्वारे|चर्च|दरगाह)\s*(?:मार्ग|रोड|चौक|गली|वाली गली|"
    r"के पास|के सामने|के पीछे|तिराहा|चौराहा|बस स्टॉप|कॉलोनी|मोहल्ला|मोहल्ले)"
)
_TITLES = "प्रत्याशी|उम्मीदवार|नेता|नेताजी|विधायक|पार्षद|सांसद|मंत्री|सरपंच|प्रधान|अध्यक्ष|कैंडिडेट|साहब|जी ने"
_PRONOUNS = "उनकी|उनके|उनका|इनकी|इनके|इनका"
CANDIDATE = any_word(f"{_TITLES}|{_PRONOUNS}")
CANDIDATE_TITLE = any_word(_TITLES)
# "उनकी पत्नी ...": a pronoun points at a person only in its own sentence; in the next one it
# may be anyone's (r44: "... पहरेदार की पत्नी थीं" before "... अकेले उनका सामना किया", of
# soldiers, on a jayanti greeting).
PRONOUN = any_word(_PRONOUNS)
PRIVATE_LIFE = any_word(
    "पत्नी|पति|बीवी|बेटा|बेटी|बेटे|बहू|दामाद|शादी|तलाक|प्रेम संबंध|अफेयर|अवैध संबंध|"
    "चरित्र|चरित्रहीन|अय्याश|अय्याशी|शराबी|नशेड़ी|निजी ज़िंदगी|निजी जीवन|रखैल|दूसरी औरत|"
    "बीमारी|बीमार|नाजायज़|मेडिकल|गुप्त रोग|प्रेमिका|प्रेमी",
)
HEARSAY = any_word(
    "सुना है|सुनने में आया|सुनने में आ रहा|कहा जाता है|कहते हैं|बताया जाता है|चर्चा है|"
    "अफ़वाह|अफवाह|सूत्रों के मुताबिक|सूत्रों के अनुसार|लोग कह रहे|पता चला है|खबर है|ख़बर है|"
    "सब जानते हैं|किसी से छिपा नहीं|पक्की खबर"
)
GRAFT = any_word(
    "करोड़ों|लाखों|खा गए|खा लिए|खा गया|खा गई|डकार|डकार गए|घोटाला|घोटाले|घोटालेबाज़|रिश्वत|"
    "रिश्वतखोर|घूस|घूसखोर|भ्रष्ट|भ्रष्टाचार|भ्रष्टाचारी|लूट|लूटा|लूटे|लूटेरा|लुटेरे|कमीशन|"
    "हड़प|हड़पे|हड़प लिए|चोर|चोरों|चोरी|माल कमाया|बंगला बना|दलाल|दलाली|गबन",
)
EVIDENCE = any_word(
    "अदालत|कोर्ट|न्यायालय|सीएजी|CAG|आरटीआई|RTI|लोकायुक्त|जाँच रिपोर्ट|जांच रिपोर्ट|"
    "दोषी ठहराया|दोषी करार|सज़ा|सजा सुनाई|एफ़आईआर|एफआईआर|FIR|हलफ़नामा|हलफनामा|शपथ पत्र|"
    "ऑडिट|रिपोर्ट के अनुसार|आरोप पत्र|चार्जशीट|दस्तावेज़ों के अनुसार"
)
INDUCEMENT = any_word(
    "पैसे|पैसा|नकद|नक़द|कैश|रुपये|रुपए|नोटों|नोट बाँट|नोट बांट|नोट देकर|शराब|दारू|बोतल|"
    "साड़ी|साड़ियाँ|कंबल|तोहफ़ा|तोहफ़े|"
    "गिफ्ट|उपहार|मुर्गा|मुर्गे|पेट्रोल|राशन किट|मोबाइल फ़ोन|फ्रिज|टीवी|बिरयानी|दावत|"
    "लिफ़ाफ़ा|लिफाफा|सोने|चाँदी|मोबाइल रिचार्ज|रिचार्ज",
)
# What a bribe is given for. Not the words a civic post says of what it offers ("मिलेगा",
# "मुफ़्त", "घर-घर": "बुनकरों को स्टॉल मुफ़्त मिलेगा" beside "साड़ियाँ" was flagged, round13):
# an offer is a bribe only beside a vote.
EXCHANGE = any_word(
    "के बदले|बदले में|वोट दो|वोट दें|वोट डालने पर|वोट डालने के बाद|वोट देने पर|वोट देने वालों|"
    "वोट के|बाँटे जाएँगे|बांटे जाएंगे|बाँटी जाएगी|बाँटेंगे|बांटेंगे|"
    "जिताओ|जिताएँ|जिताएं|बटन दबाओ|बटन दबाएँ|"
    "पहुँचा दिए|पहुंचा दिए|पहुँचा दी|बँटेगी|बंटेगी|बँटेगा|बंटेगा|बँटेंगे|बंटेंगे|"
    "बाँटी जा रही|बांटी जा रही|बाँटे जा रहे|बांटे जा रहे|इंतज़ाम है|इंतजाम है"
)
THREAT = any_word(
    "देख लेंगे|देख लिया जाएगा|अंजाम|नतीजा भुगत|नतीजे भुगत|भुगतना पड़ेगा|भुगतोगे|सबक सिखा|"
    "सबक सिखाएँगे|सबक सिखाएंगे|खैर नहीं|ख़ैर नहीं|घर से निकलने नहीं|निकलना मुश्किल|"
    "हाथ-पैर तोड़|हाथ पैर तोड़|जान से|धमकी|पता है कहाँ रहते|नाम नोट|नाम लिख लिए|याद रखना|"
    "याद रखेंगे|बिजली-पानी काट|पानी काट|राशन बंद|राशन कार्ड रद्द|नौकरी से निकाल|गाँव छोड़ना|"
    "गांव छोड़ना|बहिष्कार|हुक्का-पानी बंद|हुक्का पानी बंद|पछताओगे|पछताना पड़ेगा|ठीक नहीं होगा",
    prefix=True,
)
DEHUMANISING = any_word(
    "कीड़े|कीड़े-मकौड़े|कीड़े-मकौड़ों|कीड़ों|दीमक|भेड़िये|भेड़ियों|जानवर|जानवरों|सूअर|कुत्ते|"
    "गद्दार|गद्दारों|देशद्रोही|देशद्रोहियों|घुसपैठिये|घुसपैठियों|आतंकी|जिहादी|नापाक|"
    "गंदे लोग|गंदगी फैलाने वाले|राक्षस|म्लेच्छ|कटुए|मुल्ले|भगाओ|भगा दो|निकालो|निकाल दो|"
    "खत्म कर दो|ख़त्म कर दो|मिटा दो|जड़ से मिटा|सफ़ाया|सफाया|सबक सिखाने|बहिष्कार करो|"
    "बहिष्कार करें|दुकानों से सामान न|से सामान मत|इनसे माल न|इनसे सामान न|उनसे माल न|"
    "इन्हें काम पर रखे|इन्हें काम पर न|इस कचरे|इस गंदगी|नहीं रहने दिया जाएगा|रहने नहीं देंगे",
)
GROUP = any_word(
    "हिंदू|हिन्दू|हिंदुओं|हिन्दुओं|मुस्लिम|मुस्लिमों|मुसलमान|मुसलमानों|सिख|सिखों|ईसाई|"
    "ईसाइयों|दलित|दलितों|उस बस्ती|उस मोहल्ले|उन लोगों|इन लोगों|वे लोग|ये लोग|बाहरी|बाहर वाले|"
    "बिहारी|बिहारियों|बंगाली|बांग्लादेशी|मद्रासी|पहाड़ी|कौम|क़ौम|जाति|समाज|बिरादरी|"
    "दूसरे राज्य से आए|दूसरे राज्यों से आए|बाहर से आए|परप्रांतीय|परदेसी|"
    "यादव|ब्राह्मण|ठाकुर|जाट|चमार|पंडित|मियाँ|मियां",
)
# What names a breach's kind when the model has read the breach but not its kind (the
# paraphrases: a threat over a vote read as scheme misuse, revenge on a caste as a caste
# appeal, people called filth as intimidation).
REVENGE = any_word(
    "बदला|बदले की|बदला लेकर|हिसाब चुकता|हिसाब बराबर|पुराना हिसाब|सबक मिलेगा|सबक सिखा|"
    "जवाब मिलेगा|जवाब मिलना|इसका जवाब|कीमत चुका|क़ीमत चुका",
    prefix=True,
)
# People from elsewhere: hostility to them is hate, whatever "हमारे समाज" says of the speaker.
OUTSIDERS = any_word(
    "दूसरे प्रदेश|दूसरे राज्य|दूसरे राज्यों|बाहर वाले|बाहर वालों|बाहरी|बाहर से आए|परप्रांतीय|परदेसी",
    prefix=True,
)
# A fraud advisory: the "धमकी" it reports is a criminal's, told to warn the reader ("ठग ... वीडियो
# वायरल करने की धमकी देकर पैसे माँगते हैं", round18's sextortion appeal, flagged as intimidating
# voters by the "उनकी" of "उनकी माँग").
FRAUD = any_word(
    "ठग|ठगी|ठगों|साइबर|ब्लैकमेल|धोखाधड़ी|धोखेबाज़|धोखेबाज|जालसाज|जालसाज़|फ़्रॉड|फ्रॉड|स्कैम|1930|cybercrime",
    prefix=True,
)
CUT_OFF = any_word(
    "बंद करवा देंगे|बंद कर देंगे|बंद करवा दी जाएगी|काट देंगे|कटवा देंगे|रोक देंगे|रुकवा देंगे|"
    "रद्द करवा देंगे|छीन लेंगे|बंद हो जाएगी|बंद हो जाएगा"
)
VOTED = any_word("वोट|बटन दबाया|बटन दबाओगे|दूसरी पार्टी|विरोधी|विरोधियों|रिज़ल्ट|नतीजे के बाद|चुनाव के बाद")
FILTH = any_word("गंदगी|सड़ांध|कचरा|कचरे|कूड़ा|कूड़े|कीड़े|दीमक|बीमारी की तरह|ज़हर", prefix=True)
# Revenge sworn on a whole caste ("बदला लेकर रहेंगे", "पुराना हिसाब चुकता करेगा"); not "बदला"
# alone, which also means "changed".
SWORN_REVENGE = any_word(
    "बदला ले|बदला लेने|बदला लेकर|बदला लेंगे|बदला लिया जाएगा|बदले की आग|हिसाब चुकता|"
    "पुराना हिसाब|हिसाब बराबर|सबक सिखा",
    prefix=True,
)
WHOLE_CASTE = any_word(
    "पूरी जाति|पूरी की पूरी|सारी जाति|पूरी बिरादरी|सारी बिरादरी|वह बिरादरी|वो बिरादरी|उस बिरादरी|"
    "उस जाति|वह जाति|वो जाति|इस जाति|यह जाति|इन जाति|पूरा समाज|पूरे समाज"
)
# Going armed to a place: a crowd called out with weapons ("हथियारबंद होकर ... दफ्तर पर
# पहुँचें"), however politely it is asked.
ARMED = any_word(
    "हथियारबंद|हथियार लेकर|हथियारों के साथ|हथियारों से लैस|लाठी-डंडे लेकर|लाठी डंडे लेकर|"
    "लाठी-डंडों के साथ|लाठियाँ लेकर|लाठियां लेकर|तलवारें लेकर|तलवार लेकर|कट्टे लेकर|असलहे लेकर|"
    "असलहों के साथ|बंदूकें लेकर"
)
GATHER = any_word(
    "पहुँचें|पहुंचें|पहुँचो|पहुंचो|पहुँचना है|पहुंचना है|घेरें|घेरो|घेर लें|धावा|कूच|चलें|चलो|इकट्ठा हों|इकट्ठे हों|जमा हों|जुटें",
    prefix=True,
)
# An advisory that forbids arms ("हथियार लेकर मेले में न आएँ").
NO_ARMS = any_word("न आएँ|न आएं|न लाएँ|न लाएं|मत लाएँ|मत आएँ|नहीं ला|लाना मना|प्रतिबंध|प्रतिबंधित|वर्जित|रोक")
# Sentences that argue against the breach they mention.
AGAINST = any_word(
    "ऊपर उठकर|ऊपर उठ कर|से ऊपर|के नाम पर नहीं|के आधार पर नहीं|देखकर नहीं|देख कर नहीं|से परे|"
    "भेदभाव|न दें|न लें|मत लें|न बिकें|ना बिकें|लेना अपराध|देना अपराध|अपराध है|अपराध हैं|शिकायत करें|"
    # A rule about the polling booth ("मोबाइल फ़ोन ले जाना मना है") is not a bribe.
    "मना है|मना हैं|वर्जित|प्रतिबंधित|अनुमति नहीं|न ले जाएँ|न ले जाएं|नहीं ले जा|"
    "शिकायत करे|शिकायत दर्ज|सी-विजिल|cVIGIL|1950|निडर|बिना डर|डरें नहीं|डरने की ज़रूरत नहीं|"
    "अफवाहों पर ध्यान न|अफ़वाहों से बचें|अफवाहों से बचें|सौहार्द|भाईचारा|भाईचारे|एकता|"
    "सम्मान करें|मिल-जुलकर|मिलजुलकर|चुनाव आयोग|निर्वाचन आयोग|के खिलाफ़ कार्रवाई",
)


@dataclass(frozen=True)
class _Rule:
    category: str
    trigger: regex.Pattern[str]
    context: tuple[regex.Pattern[str], ...]  # any of these nearby makes it a breach
    guard: regex.Pattern[str] | None
    reason: str
    unless: regex.Pattern[str] | None = None  # nearby evidence that clears it
    near: tuple[regex.Pattern[str], ...] = ()  # context that counts in the same sentence only
    # Words that leave no doubt: flagged whatever the model reads in the passage (revenge sworn
    # on a whole caste, a crowd called out armed). Other rules need the model's support.
    sure: bool = False


RULES = (
    _Rule(
        "bribery",
        INDUCEMENT,
        (EXCHANGE, VOTE),
        AGAINST,
        "offers {span!r} in connection with votes: a bribe under the Model Code of Conduct",
    ),
    _Rule(
        "intimidation",
        THREAT,
        (VOTE, CANDIDATE),
        AGAINST,
        "{span!r} threatens voters over how they vote",
    ),
    _Rule(
        "caste_appeal",
        CASTE,
        (VOTE,),
        AGAINST,
        "asks for votes along caste lines ({span!r}); the Code forbids caste appeals",
    ),
    _Rule(
        "religious_appeal",
        RELIGION,
        (VOTE,),
        AGAINST,
        "asks for votes in the name of religion ({span!r}); the Code forbids it",
    ),
    _Rule(
        "place_of_worship",
        WORSHIP,
        (CAMPAIGN,),
        AGAINST,
        "uses a place of worship ({span!r}) for campaigning; the Code forbids it",
    ),
    _Rule(
        "personal_attack",
        PRIVATE_LIFE,
        (CANDIDATE_TITLE, VOTE),
        None,
        "attacks private life ({span!r}); the Code allows criticism of public record only",
        near=(PRONOUN,),
    ),
    _Rule(
        "unverified_allegation",
        GRAFT,
        (HEARSAY, CANDIDATE),
        AGAINST,
        "alleges wrongdoing ({span!r}) with no source; cite a court, CAG, RTI or FIR, or drop it",
        unless=EVIDENCE,
    ),
    _Rule(
        "caste_hostility",
        SWORN_REVENGE,
        (WHOLE_CASTE,),
        AGAINST,
        "{span!r} swears revenge on a whole caste: caste hostility the Code forbids",
        sure=True,
    ),
    _Rule(
        "incitement",
        ARMED,
        (GATHER,),
        NO_ARMS,
        "{span!r} calls people to go armed: incitement to violence",
        sure=True,
    ),
    _Rule(
        "hate",
        DEHUMANISING,
        (GROUP,),
        AGAINST,
        "{span!r} turns one group against another",
    ),
)

SENTENCE = regex.compile(r"[^।!?\n|]+[।!?|]*")


def sentences(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in SENTENCE.finditer(text) if m.group().strip()]


def rule_issues(text: str) -> list[Issue]:
    """What the rules flag in ``text``: one issue per rule and place, each naming its category."""
    return [issue for issue, _ in rule_hits(text)]


def rule_hits(text: str) -> list[tuple[Issue, bool]]:
    """Each rule issue in ``text`` with whether its rule's words leave no doubt (``sure``)."""
    spans = sentences(text)
    issues: list[tuple[Issue, bool]] = []
    flagged: set[tuple[str, int]] = set()
    for index, (start, end) in enumerate(spans):
        sentence = text[start:end]
        # The sentence and its neighbours: an appeal often spans two short sentences.
        window_start = spans[max(0, index - 1)][0]
        window_end = spans[min(len(spans) - 1, index + 1)][1]
        window = text[window_start:window_end]
        for rule in RULES:
            if rule.guard is not None and rule.guard.search(sentence):
                continue
            if rule.unless is not None and rule.unless.search(window):
                continue
            match = rule.trigger.search(sentence)
            if match is None or not (
                any(c.search(window) for c in rule.context)
                or any(c.search(sentence) for c in rule.near)
            ):
                continue
            if rule.category == "place_of_worship" and WORSHIP_AS_PLACE.search(sentence):
                continue
            if (
                rule.category == "intimidation"
                and match.group().startswith("धमकी")
                and FRAUD.search(sentence)
            ):
                continue  # a threat a fraud advisory reports, not one it makes

            key = (rule.category, start + match.start())
            if key in flagged:
                continue
            flagged.add(key)
            issue = Issue(
                span=match.group(),
                start=start + match.start(),
                end=start + match.end(),
                category=rule.category,
                reason=rule.reason.format(span=match.group()),
            )
            issues.append((issue, rule.sure))
    return sorted(issues, key=lambda hit: hit[0].start)


def kind_of(category: str, text: str) -> str:
    """The breach's kind where the words leave no doubt of it, else the model's ``category``:
    revenge on a caste is caste hostility; a threat to cut something off over a vote is
    intimidation; people called filth are hate (a caste so called: caste hostility)."""
    # "हमारे समाज में घुन की तरह" of people from another state speaks of the speaker's
    # society, not a caste.
    caste = CASTE.search(text) is not None and OUTSIDERS.search(text) is None
    if caste and REVENGE.search(text):
        return "caste_hostility"
    threat = THREAT.search(text) or CUT_OFF.search(text) or REVENGE.search(text)
    if category in ("scheme_misuse", "incitement") and threat and VOTED.search(text):
        return "intimidation"
    if category in ("intimidation", "caste_hostility", "hate") and FILTH.search(text):
        return "caste_hostility" if caste else "hate"
    if category == "hate" and caste:
        return "caste_hostility"
    return category
