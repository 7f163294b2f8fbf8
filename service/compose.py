"""The post composer: a post is a plan of slots, laid out for its platform.

Slots, in order: a headline, an address to the audience, a greeting where the occasion calls for
one, the facts, the call to action, a closing, hashtags, and the AI-disclosure line. The facts
stay word for word: the composer only adds emphasis (key figures in *bold* on WhatsApp) and an
emoji that says what each line is (📅 a date, 📍 a place, 📞 a phone number). Everything else
comes from the model (the headline) or from the reviewed phrasebook (``prompts/phrasebook.yaml``):
a phrasebook line that claims something (an apology, congratulations, "free") is used only when
a fact supports the claim (:func:`evaluation.fit.supported_claims`).

The template fallback is the same composer with a headline of its own: what a scheme is and
gives or an event is and when, in the facts' words ("पीएम पोषण योजना: गर्म पका हुआ भोजन",
"पुस्तक मेला: 25 जनवरी से 2 फ़रवरी"); else a notice's news, its short first fact in a
headline's form (the finished action's "है" dropped: "ज़रूरी सूचना: भैंसौरा गाँव के पास तेंदुआ
देखा गया"), which the body then does not repeat; else whom the notice is for; a stock line
only last. The audience is addressed in the oblique plural (``service/plural.py``).
"""

from __future__ import annotations

import datetime
import itertools
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace

import regex

from evaluation.fit import (
    STOP_WORDS,
    carries_cta,
    is_sentence,
    occasion_of,
    stem,
    supported_claims,
    topic_hits,
)
from evaluation.hindi import ALNUM_EDGE_BEFORE, EDGE_AFTER, EDGE_BEFORE, LETTER
from evaluation.lexicon import known_words
from evaluation.names import STATES, find_names
from evaluation.numbers import extract_mentions, figures
from evaluation.platforms import PostLayout, get_platforms
from evaluation.register import carries_tone
from prompts.phrasebook import Claim, Line, Occasion, Phrasebook, get_phrasebook
from service.plural import GROUP_WORDS, INSTITUTIONS, is_people, oblique_plural, vocative

# What a fact line is about, tried in order: the first pattern that matches picks its emoji.
_FACT_EMOJI: tuple[tuple[str, regex.Pattern[str]], ...] = tuple(
    (emoji, regex.compile(pattern, regex.IGNORECASE))
    for emoji, pattern in (
        # A phone only where a number to call is given.
        (
            "📞",
            # Whole words: not the "कॉल" of "कॉलोनी" (round14: 📞 on a parking lot's line).
            # Not a batch's or a roll's number ("बैच नंबर KR-2407", round17: 📞 on a failed
            # cough syrup's line).
            # Not the "फोन" of "स्मार्टफोन" (round31: 📞 on a scheme's ₹10,000 for a phone).
            # A helpline's too: not "वोटर हेल्पलाइन ऐप से ऑनलाइन भरा जा सकता है" (round32).
            rf"(?:हेल्पलाइन|टोल[- ]?फ़्?री|{EDGE_BEFORE}(?:कॉल|फ़ोन|फोन|संपर्क|"
            # Nor a room's or a counter's (round49: 📞 on "... कमरा नंबर 115 में है").
            r"(?<!(?:बैच|रोल|खाता|मकान|वार्ड|आवेदन|कमरा|कक्ष|काउंटर|गेट|प्लेटफ़ॉर्म)\s)नंबर|"
            rf"डायल){EDGE_AFTER})"
            r"[^।]*(?<![A-Za-z]-?)\d{3,}"
            # Not the "कॉल" of "प्रोटोकॉल" (round20: 📞 on a treaty's year).
            r"|\d{3,}[^।]*"
            rf"{EDGE_BEFORE}(?:कॉल|फ़ोन|फोन|संपर्क|सूचना दें){EDGE_AFTER}"
            r"|(?<!\d)\d{10}(?!\d)",
        ),
        ("🌐", r"https?://|www\.|\.gov\.in|\.nic\.in|\.org|पोर्टल|वेबसाइट|ऐप\b"),
        # A forgery is a warning, not money (round34: 💰 on "... ₹500 के 23 नकली नोट पकड़े गए").
        ("🚨", rf"{EDGE_BEFORE}(?:नकली|जाली){EDGE_AFTER}"),
        # A condition, not a tick either (round33's readers: "✅ on the income ceiling reads as
        # approval"; the writers' 📋), nor money when it leaves people out (round32: 💰 on "...
        # सालाना आय ₹2.5 लाख से अधिक होने ... पर लाभ नहीं मिलता").
        (
            "📋",
            rf"{EDGE_BEFORE}आय{EDGE_AFTER}[^।]*(?:से अधिक नहीं|से ज़्यादा नहीं|(?<!कम )से कम (?:हो|है)|"
            r"तक (?:होनी|होना|हो)|से अधिक होने|से (?:अधिक|ज़्यादा|ज्यादा) है)",
        ),
        # An age a rule sets, not a date (round32: 📅 on "आवेदन के कैलेंडर वर्ष की 1 जनवरी को
        # महिला की आयु 21 वर्ष पूरी और 60 वर्ष से कम होनी चाहिए"), as the writers' 🎂.
        ("🎂", rf"{EDGE_BEFORE}(?:आयु|उम्र){EDGE_AFTER}[^।]*\d+\sवर्ष[^।]*होनी\sचाहिए"),
        (
            "📅",
            # Months as whole words: not the "मई" of "पुदुमई" nor the "जून" of "जूनियर" (round20:
            # 📅 on an eligibility line).
            rf"{EDGE_BEFORE}(?:जनवरी|फ़रवरी|फरवरी|मार्च|अप्रैल|मई|जून|जुलाई|अगस्त|सितंबर|सितम्बर|"
            rf"अक्टूबर|अक्तूबर|नवंबर|नवम्बर|दिसंबर|दिसम्बर){EDGE_AFTER}"
            r"|तारीख|तारीख़|तिथि|दिनांक|\d{1,2}[./]\d{1,2}[./]\d{2,4}",
        ),
        # A time of day, not any night: "रात का तापमान 3 डिग्री" is a temperature.
        # Not "बजेगा" (a loudspeaker) nor a ratio "60:40" (round11).
        (
            "⏰",
            rf"बजे{EDGE_AFTER}|(?<![\d:])(?:[01]?\d|2[0-3]):[0-5]\d(?![\d:])"
            r"|(?:सुबह|शाम|दोपहर|रात)\s(?:से\s)?\d",
        ),
        # Money only: "3.2 लाख बच्चों" is a count.
        # An income limit is a condition, not money on offer; coins and cards are how to pay,
        # not papers (round9).
        # "आय ₹4.5 लाख तक होनी चाहिए" too (round12: "💰 on the income line is odd").
        # Coins to pay with, not a coin in a folk test ("चाँदी का सिक्का ... डालकर", round12).
        ("💰", r"(?<!चाँदी (?:का|के) )(?:सिक्के|सिक्का)|भुगतान|यूपीआई|पेमेंट"),
        # A list of papers to bring, before money: "आधार कार्ड, ऋण पुस्तिका और पासबुक".
        (
            "📝",
            r"(?:आधार|कार्ड|पासबुक|पुस्तिका|खतौनी|फ़ोटो|फोटो|प्रमाण[- ]?पत्र)[^।]*,[^।]*"
            r"(?:कार्ड|पासबुक|पुस्तिका|खतौनी|फ़ोटो|फोटो|पत्र)",
        ),
        # A paper step before money: "अगली किस्त के लिए ई-केवाईसी ज़रूरी है" (💰 there read
        # as money on offer, an editor said).
        # Not money sent after it (round38: 📝 on "सत्यापन के बाद प्रोत्साहन राशि सीधे ... खाते में").
        ("📝", r"केवाईसी|सीडिंग|सत्यापन(?!\sके\sबाद[^।]*(?:राशि|भुगतान|₹|रुपये))|वेरिफ़िकेशन|वेरिफिकेशन"),
        # Whole words: not the "लोन" in "कॉलोनी" (round11: 💰 on a list of places).
        (
            "💰",
            # Cash too (round32: 👷 on "... मजदूरी के 100 प्रतिशत की दर से नकद दिया जाता है").
            rf"₹|{EDGE_BEFORE}(?:रुपये|रुपए|रुपया|राशि|किस्त|क़िस्त|अनुदान|सब्सिडी|ऋण|लोन|"
            rf"भुगतान|नकद|नक़द){EDGE_AFTER}",
        ),
        # A prize is no paper (round26: 📝 on "... टीमों को ट्रॉफी और प्रमाण पत्र दिए जाएंगे").
        ("🏆", rf"{EDGE_BEFORE}(?:ट्रॉफी|ट्राफी|पदक|मेडल|विजेता|विजेताओं){EDGE_AFTER}"),
        # Not "भू-आधार", a land parcel's number (round9: 📝 on every line of its post).
        (
            "📝",
            # Nor "... के आधार पर", on the basis of (round12's dev read).
            # Not a photo walk (round24: 📝 on "... फोटो वॉक होगी").
            r"दस्तावेज़|दस्तावेज|कागज़|कागज|प्रमाण[- ]?पत्र|(?:फ़ोटो|फोटो)(?!\s?(?:वॉक|ग्राफ))|पासबुक|"
            # Nor the "मूल आधार" of a dance style (round37: 📝 on "... मणिपुरी नृत्य शैली का मूल
            # आधार माना जाता है").
            # Not "आधारित" (a fresh read: 📝 on "... लीलाओं पर आधारित नाट्य प्रस्तुतियाँ").
            r"(?<!भू-|मूल\s)आधार(?!\s(?:पर|माना)|ित)|कार्ड|"
            r"फ़ॉर्म|फॉर्म|आवेदन",
        ),
        # A prohibition before an age: "18 वर्ष से कम उम्र के बच्चों को बेचना भी अपराध है".
        # A penalty, not ✅ for the age it names ("... लाइसेंस रद्द होगा": round8).
        (
            "⚠️",
            # Not the "बंद" of "बंदी छोड़ दिवस" (round21: ⚠️ on a festival's day).
            rf"{EDGE_BEFORE}बंद(?!ी|र|ोबस्त)|पाबंदी|सावधान|ख़तरा|खतरा|चेतावनी|"
            rf"{EDGE_BEFORE}(?:न|ना) करें{EDGE_AFTER}|"
            r"प्रतिबंध|जुर्माना|जुर्माने|अपराध|दंडनीय|रद्द|मना है|वर्जित|निषेध|"
            rf"निरस्त|सज़ा|सजा{EDGE_AFTER}|दोषी|जेल|कारावास|"
            # A blast that hurts, not its water (round46: 💧 on "कैल्शियम कार्बाइड और पानी से
            # धमाका करने वाली ... गन से आँखों को गंभीर चोट लग सकती है").
            r"धमाक|विस्फोट|गंभीर\sचोट"
            # A "do not" ("... मवेशी न ले जाएँ", round9 marked it 🐄).
            rf"|{EDGE_BEFORE}(?:न|मत)\s"
            r"(?:[\p{L}\p{M}]+\s){0,2}[\p{L}\p{M}]*"
            rf"(?:ें|एँ|एं){EDGE_AFTER}",
        ),
        # Not "खाने योग्य", fit to eat (round12: ✅ on a poisonous mushroom's line).
        # Whole words: not the "आयु" of "आयुष्मान" or "आयुर्वेद".
        # Nor a vessel ("'भुम' का अर्थ पात्र": round38's ✅).
        ("✅", rf"(?<!अर्थ\s)पात्र|{EDGE_BEFORE}(?:आयु|उम्र){EDGE_AFTER}|(?<!ने )योग्य|लाभार्थी"),
        # A place where something is or happens ("पंचायत भवन में", "ज़िला स्टेडियम पर"), not
        # a place a line only mentions ("45 स्कूलों के विद्यार्थी", "स्वास्थ्य केंद्र जाएँ"), nor
        # institutions in the plural, a set and not a place ("सरकारी अस्पतालों में इलाज ...";
        # round38: 📍 on "... महाविद्यालयों में ... का देय शुल्क राज्य शासन वहन करता है").
        (
            "📍",
            # Not "काटने की जगह पर", the spot of a bite (round16: 📍 on a symptoms line).
            r"(?:(?<!की\s)(?:स्थान|जगह)|भवन|परिसर|केंद्र|मैदान|कार्यालय|विद्यालय|स्कूल|अस्पताल|पंचायत|चौक|घाट|"
            # Not a stay in hospital (round37: 📍 on "ऑपरेशन, दवाइयां और अस्पताल में भर्ती के दौरान
            # भोजन निःशुल्क रहेगा").
            rf"स्टेडियम|सभागार|हॉल),?\s(?:में|पर){EDGE_AFTER}(?!\s*भर्ती)"
            r"|^\s*(?:स्थान|स्थल|जगह):",
        ),
    )
)

_SPORT = regex.compile(r"खेल|खिलाड़ी|प्रतियोगिता|टूर्नामेंट|मैराथन|दौड़|पदक|ट्रायल|स्टेडियम")
_FISH = regex.compile(r"मछली|मछलियों|मछुआ|मछुआरे|मछुआरों|मत्स्य")
# What a line is about, as the writers marked it (💉 a vaccine, 👷 workers, ⏳ a time limit),
# where no pattern above matched and 🔹 would say nothing: readers counted an emoji that fits
# a line as value, and a wrong one against it, so only plain subjects, and never on a line that
# lists several things ("राजस्व, बिजली, पेंशन और राशन से जुड़ी शिकायतें" is not about power).
_SUBJECT_EMOJI: tuple[tuple[str, regex.Pattern[str]], ...] = tuple(
    (emoji, regex.compile(pattern))
    for emoji, pattern in (
        ("🏆", r"पुरस्कार|इनाम|विजेता"),
        # Buses and parking, not the temple they go to (round32: 🛕 on "... पार्किंग स्थल ...
        # मंदिर परिसर तक निःशुल्क बस सेवा चलेगी"); not a car's "पार्किंग लाइट".
        ("🚌", rf"{EDGE_BEFORE}(?:शटल|बस सेवा|बसें|बसों){EDGE_AFTER}"),
        ("🅿️", rf"{EDGE_BEFORE}पार्किंग(?!\sलाइट){EDGE_AFTER}"),
        ("💉", r"टीका|टीके|टीकाकरण|वैक्सीन"),
        # Not a corm's or a seed's "उपचार" (round23: 🩺 on saffron corms).
        (
            "🩺",
            r"अस्पताल(?! परिसर)|चिकित्सालय|डॉक्टर|चिकित्सक|इलाज|"
            r"(?<!(?:कंद|कंदों|बीज|बीजों)\s(?:के\s)?)उपचार|मरीज़|मरीज",
        ),
        # A buffalo is not a cow (round22: 🐄 on the Kambala's buffaloes).
        ("🐃", EDGE_BEFORE + r"(?:भैंस|भैंसा|भैंसे)(?:ें|ों)?" + EDGE_AFTER),
        # Nor a dog (round26: 🐄 on "... कुत्तों को पकड़कर पशु जन्म नियंत्रण केंद्र ले जाएगी").
        ("🐕", rf"{EDGE_BEFORE}(?:कुत्ता|कुत्ते|कुत्तों|श्वान)"),
        # Nor a horse or a mule (round28: 🐄 on a glanders alert for horses and mules).
        ("🐴", rf"{EDGE_BEFORE}(?:घोड़ा|घोड़े|घोड़ों|घोड़ी|खच्चर|खच्चरों|अश्व)"),
        # Goats and sheep are not cows (round29: 🐄 on a goat plague alert).
        ("🐐", rf"{EDGE_BEFORE}(?:बकरी|बकरियाँ|बकरियां|बकरियों|भेड़|भेड़ों){EDGE_AFTER}"),
        # Pets are not cattle (round33: 🐄 on "... पालतू पशुओं की गंदगी के लिए अलग कूड़ेदान").
        ("🐾", r"पालतू"),
        # A deer is not a cow (round34: 🐄 on "हंगुल (कश्मीरी बारहसिंगा) ... राजकीय पशु है").
        ("🦌", r"हिरण|हिरन|हिरणों|बारहसिंगा|हंगुल|चीतल|सांभर|काला\sहिरण"),
        # Nor an elephant (round38: 🐄 on "... हाथी को राष्ट्रीय धरोहर पशु घोषित किया").
        ("🐘", r"हाथी|हाथियों"),
        ("🐄", r"पशु|मवेशी"),
        # Flowers a farmer grew are flowers (round27: 🌾 on an anthurium show's line).
        ("🌸", rf"{EDGE_BEFORE}(?:फूल|फूलों|पुष्प|पुष्पों){EDGE_AFTER}"),
        # Before 🌾: "मत्स्य बीज" is fish seed (round21: 🌾 on a fisheries camp).
        ("🐟", _FISH.pattern),
        (
            "🌾",
            # Not a minister's title (round39: 🌾 on "... केंद्रीय कृषि मंत्री कन्हैयालाल
            # माणिकलाल मुंशी ने की थी").
            rf"किसान|खेती|फ़सल|फसल|सिंचाई|कृषि(?!\sमंत्री)|खाद{EDGE_AFTER}|बीज(?:ों)?{EDGE_AFTER}",
        ),
        ("👷", r"मज़दूर|मजदूर|श्रमिक"),
        ("🛠️", r"कारीगर|शिल्पकार|हुनर"),
        ("📚", r"छात्र|विद्यार्थी|पढ़ाई|शिक्षा"),
        ("💧", rf"{EDGE_BEFORE}(?:पानी|पेयजल|जलापूर्ति|जल{EDGE_AFTER})"),
        ("⚡", r"बिजली"),
        ("🏠", r"आवास|मकान"),
        # Not the forest department at work (round14: 🌳 on its team catching a crocodile).
        ("🌳", rf"पेड़|पौध|जंगल|{EDGE_BEFORE}वन{EDGE_AFTER}(?! स्टॉप| विभाग)"),
        # Within a time, not a place ("राज्य के भीतर सरकारी बसों में", round20: ⏳ on free travel).
        (
            "⏳",
            r"(?:दिन|दिनों|घंटे|घंटों|महीने|महीनों|माह|सप्ताह|हफ़्ते|हफ्ते|वर्ष|साल|मिनट)"
            r"\s(?:के भीतर|के अंदर)",
        ),
    )
)
# What a festival's, a fair's or a life's line is about, as rounds 20-22's writers marked the
# lines of their greetings (🛕 a temple, 🗓️ a day of the Hindu calendar, 🍲 a feast, ⚔️ a
# struggle) where the composer had 🔹 on every line: a list of such lines read as "a fact
# sheet" to round2's readers, and as the writers' own posts read, with an emoji that fits each.
# Tried where no pattern above matched, on a line with commas too (a list of foods is about
# food); never on harm or a death.
_SCENE_EMOJI: tuple[tuple[str, regex.Pattern[str]], ...] = tuple(
    (emoji, regex.compile(rf"{EDGE_BEFORE}(?:{pattern}){EDGE_AFTER}"))
    for emoji, pattern in (
        (
            "🗓️",
            r"(?:चैत्र|वैशाख|ज्येष्ठ|जेठ|आषाढ़|आषाढ|श्रावण|सावन|भाद्रपद|भादो|आश्विन|कार्तिक|"
            r"मार्गशीर्ष|अगहन|पौष|माघ|फाल्गुन|फागुन)\s(?:मास|महीने|माह)|(?:शुक्ल|कृष्ण)\sपक्ष|"
            r"तिथि|संक्रांति\sके\sदिन|नक्षत्र|"
            # A day of the lunar fortnight: "ज्येष्ठ अष्टमी को ... मेला लगता है" (not 🍲 for the
            # "खीर" of खीर भवानी).
            r"प्रतिपदा|द्वितीया|तृतीया|चतुर्थी|पंचमी|षष्ठी|सप्तमी|अष्टमी|नवमी|दशमी|एकादशी|द्वादशी|"
            r"त्रयोदशी|चतुर्दशी",
        ),
        # Round13's writers: "🎟️ प्रवेश निःशुल्क".
        ("🎟️", r"प्रवेश\s(?:निःशुल्क|नि:शुल्क|मुफ़्त|मुफ्त)|टिकट|टिकटें|टिकटों"),
        # A Buddhist monastery is no temple (round35: 🛕 on "तवांग मठ ... बौद्ध मठ है").
        ("☸️", r"बौद्ध|गोम्पा|गुम्पा"),
        # Not "आयुष्मान आरोग्य मंदिर", a health centre (round9).
        ("🛕", r"(?<!आरोग्य\s)(?:मंदिर|मंदिरों)|देवालय|मठ"),
        ("🪔", r"दीप|दीया|दीये|दीयों|दीपक|दीपमाला|दीपोत्सव|आरती|दीपावली|दीवाली"),
        # Not a height above the sea (round43: 🌊 on a hill station "समुद्र तल से ... ऊँचाई पर").
        # Nor a meeting of arts (round44: 🌊 on "कला, शिल्प, संगीत ... का अनूठा संगम").
        ("🌊", r"नदी|नदियों|नदियाँ|नदियां|(?<!अनूठा\s|अद्भुत\s)संगम|समुद्र(?!\sतल)|सागर|झील"),
        ("🌸", r"फूल|फूलों|पुष्प|पुष्पों"),
        ("🎶", r"गीत|गीतों|लोकगीत|संगीत|भजन|कीर्तन|गायन"),
        ("💃", r"नृत्य|लोकनृत्य|नाच|नाचते|नाचती"),
        # A performance, not a party (round34: 🎉 on "महोत्सव में ... 40 से अधिक कलाकार और बैंड
        # प्रस्तुति देंगे", under a 🎉 headline).
        ("🎭", r"प्रस्तुति|प्रस्तुतियां|प्रस्तुतियाँ|मंडली|मंडलियां|मंडलियाँ|नाटक|नाट्य|मंचन"),
        # Not "भोजन", which a relief camp's or a dolphin's line names in passing, nor an
        # offering (round26: 🍲 on "... नीम के पत्तों और गुड़ का प्रसाद खाने की परंपरा").
        # Sweets to cut down on are no feast (round49's readers: "🍲 is a wrong emoji for toffee
        # and chocolate").
        ("🍬", r"टॉफ़ी|टॉफी|चॉकलेट|कैंडी|मीठे\sपेय"),
        ("🍲", r"भोज|पकवान|पकवानों|व्यंजन|व्यंजनों|खीर|मिठाई|मिठाइयाँ|पेय"),
        ("📖", r"ग्रंथ|पुस्तक|पुस्तकें|किताब|किताबें|साहित्य|कविता|कविताएँ|कविताएं|रचना|रचनाएँ|उपन्यास"),
        ("🏅", r"सम्मानित|भारत\sरत्न|पद्म\sश्री|पद्म\sभूषण|पद्म\sविभूषण"),
        ("⚔️", r"युद्ध|लड़ाई|संघर्ष|विद्रोह"),
        ("✊", r"आंदोलन|सत्याग्रह|क्रांति"),
        ("🇮🇳", r"स्वतंत्रता|आज़ादी|आजादी|तिरंगा|ध्वजारोहण|गणतंत्र|संविधान"),
        # Sculptors at work, not worship (round44: 🙏 on "कुमोरटुली के मूर्तिकार दुर्गा पूजा के लिए
        # ... प्रतिमाएँ गढ़ते हैं").
        ("🎨", r"मूर्तिकार|मूर्तिकारों|शिल्पकार|शिल्पकारों"),
        # A festival given to a deity is devotion, not a party (round34: 🎉 on "यह उत्सव
        # द्रौपदी देवी को समर्पित है").
        (
            "🙏",
            r"पूजा|पूजन|आराधना|उपासना|प्रार्थना|अरदास|श्रद्धालु|श्रद्धालुओं|देवी\sको\sसमर्पित|"
            r"देवता\sको\sसमर्पित|भगवान\s(?:\S+\s){0,2}को\sसमर्पित|"
            # A festival held in someone's memory is no party (round35: 🎉 on "यह महोत्सव ...
            # ताना और रीरी की स्मृति में मनाया जाता है").
            r"स्मृति\sमें",
        ),
        ("🎨", r"कला|चित्रकला|हस्तशिल्प|रंगोली|चित्र"),
        ("🐅", r"बाघ|बाघों"),
        ("🐘", r"हाथी|हाथियों"),
        ("🐦", r"पक्षी|पक्षियों|चिड़िया|चिड़ियों"),
        ("🌙", r"पूर्णिमा|चाँद|चांद|अमावस्या"),
        # Not "संदेश", which is also a phone's message.
        ("✨", r"प्रतीक|शिक्षा\sदी|सीख"),
        # A fair or a festival that a line is about, not one it mentions ("मेले, शादी और
        # धार्मिक यात्रा में जाने के लिए ...").
        # Nor "महोत्सव के दौरान ... शटल बस चलेगी" (round24: 🎉 on a bus).
        # Nor its grounds ("मेला क्षेत्र में 12 अस्थायी स्वास्थ्य शिविर ...", round32).
        (
            "🎪",
            r"^(?:यह\s|इस\s)?(?:मेला|मेले)"
            r"(?!\s(?:क्षेत्र|परिसर|स्थल|के\s(?:दौरान|लिए|बाद|पहले|क्षेत्र|परिसर)))",
        ),
        (
            "🎉",
            r"^(?:यह\s|इस\s)?(?:उत्सव|महोत्सव|पर्व|त्योहार|त्यौहार|लोकपर्व)"
            r"(?!\sके\s(?:दौरान|लिए|बाद|पहले))",
        ),
    )
)
_DEFAULT_FACT_EMOJI = "🔹"
_ART_KIND = regex.compile(r"फिल्म|फ़िल्म|सिनेमा|संगीत|नृत्य")
_ART_EMOJI = {"फिल्म": "🎬", "फ़िल्म": "🎬", "सिनेमा": "🎬", "नृत्य": "💃"}
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
# Grave or lasting illness, which a cheerful health slogan makes light of (round23: "सेहतमंद
# परिवार, ख़ुशहाल परिवार!" under a palliative-care appeal for the bedridden).
_GRAVE = regex.compile(r"पैलिएटिव|उपशामक|असाध्य|लाइलाज|बिस्तर पर|गंभीर\sमरीज़|गंभीर\sरोग")
_HARM = regex.compile(r"हिंसा|उत्पीड़न|शोषण|दुर्व्यवहार|तस्करी|अत्याचार|दुष्कर्म|छेड़छाड़|अपराध")
_KIND_EMOJI = {"event": "📢", "scheme": "📌", "appeal": "🙏", "local_issue": "📢", "greeting": "🙏"}
# Figures worth bold on WhatsApp: amounts, dates, phone numbers, times.
_KEY_FIGURE = regex.compile(
    r"₹\s?[\d,]+(?:\.\d+)?(?:\s(?:लाख|करोड़|हज़ार|हजार))?"
    r"|(?<![\d,])(?:\d{1,2}\s?(?:से|-|–|व|और)\s?)?\d{1,2}\s(?:जनवरी|फ़रवरी|फरवरी|मार्च|अप्रैल|मई|जून|जुलाई|अगस्त|सितंबर|सितम्बर|"
    r"अक्टूबर|अक्तूबर|नवंबर|नवम्बर|दिसंबर|दिसम्बर)(?:\s\d{4})?"
    # A helpline whole, never the last group of "1800-180-1551" (a fresh read: the bold
    # split the number, and the grounding check read three numbers no fact gives).
    r"|(?<![\d,-])\d{10}(?![\d,-])|(?<![\d,-])1\d{3,5}(?![\d,-])(?=\s*(?:पर|है|नंबर|$))"
    # A quantity with its unit, as the writers bolded "*5 किलो* अनाज", "*81 करोड़* लाभार्थी".
    # Not the second of "8-8 दिन" (a fresh read: "8-*8 दिन*").
    r"|(?<![\d,.₹]|\d[-–])(?:\d+(?:[.,]\d+)*\s?%?\s(?:से|-|–)\s)?\d+(?:[.,]\d+)*\s?(?:%|प्रतिशत|किलो|"
    r"किलोग्राम|लीटर|मीटर|किलोमीटर|बेड|महीने|वर्ष|साल|घंटे|डिग्री|करोड़|लाख|हेक्टेयर|यूनिट|दिन)" + EDGE_AFTER
)
_PICTURE = regex.compile(r"\p{Extended_Pictographic}|\p{Regional_Indicator}")
_GREETS = regex.compile(r"शुभकामना|बधाई|मुबारक|नमन|श्रद्धांजलि|अभिनंदन")
_OCCASION_NAME = regex.compile(
    # Not from within a word or a figure: "300वीं जयंती" is no day called "वीं जयंती" (round8).
    ALNUM_EDGE_BEFORE
    + r"((?:[\p{L}\p{M}]+[\s-]){0,4}(?:दिवस|जयंती|पर्व|त्योहार|त्यौहार|महोत्सव|उत्सव|राज्योत्सव|नववर्ष|"
    # A tribal fair kept as a festival: "सम्मक्का-सारलम्मा जातरा" (round46 wished "राज्य पर्व").
    r"पूर्णिमा|अमावस्या|चतुर्थी|पंचमी|एकादशी|विजयोत्सव|जातरा|जात्रा|"
    # A day called "दिन" when it is kept: "... को गोवा क्रांति दिन मनाया जाता है" (round39 had
    # "आप सभी को हार्दिक शुभकामनाएँ!" over it).
    r"दिन(?=\s(?:मनाया|मनाते|के रूप में)\s)))" + EDGE_AFTER
)
_WISHES = regex.compile(r"शुभकामना|बधाई|बधाइ|मुबारक")
# "<a person> का जन्म <when> को ...": up to four words of a name before "का जन्म", after any
# description ("देश के पहले राष्ट्रपति डॉ. राजेंद्र प्रसाद का जन्म ...": round10's greeting
# named no one).
_BORN = regex.compile(
    # Not from a hyphenated title's tail: "पंजाब महाराजा रणजीत सिंह" of "शेर-ए-पंजाब महाराजा
    # रणजीत सिंह" (round46's readers: "an odd, clipped title").
    r"(?<![\p{L}\p{M}.\-])((?:[\p{L}\p{M}.]+\s){0,3}[\p{L}\p{M}.]+) का जन्म\s.*\sको" + EDGE_AFTER
)
# "<a state> राज्य <when> को बना".
_STATE_MADE = regex.compile(
    r"^([\p{L}\p{M}]+(?:\s[\p{L}\p{M}]+)?) राज्य\s.*\sको बना"
    + EDGE_AFTER
    # "9 नवंबर 2000 को उत्तराखंड राज्य बना", "1 अप्रैल 1936 को ओडिशा एक अलग प्रांत बना".
    + r"|(?<=^[\d\s\p{L}\p{M}]*\d{4} को )([\p{L}\p{M}]+) (?:राज्य|(?:एक )?(?:अलग )?प्रांत) बना"
    + EDGE_AFTER
    # "अरुणाचल प्रदेश 20 फरवरी 1987 को भारत का पूर्ण राज्य बना था" (round26 wished "आप सभी को"),
    # "हिमाचल प्रदेश 25 जनवरी 1971 को भारत का 18वाँ राज्य बना".
    + r"|^([\p{L}\p{M}]+(?:\s[\p{L}\p{M}]+)?) \d{1,2} [\p{L}\p{M}]+ \d{4} को (?:भारत का )?"
    r"(?:एक )?(?:\d+[\p{L}\p{M}]* )?(?:पूर्ण |अलग )?राज्य बना" + EDGE_AFTER
)
# A holy day's facts: its wishes bow (🙏), though its story has a battle in it.
_DEVOUT = regex.compile(r"श्रद्धालु|गुरुद्वार|मंदिर|दरगाह|उर्स|पूजा|माथा\sटेक")
# A day of the armed forces' valour is marked by honouring them, not wished "हार्दिक शुभकामनाएँ"
# (a celebratory post on it wishes, with the flag).
_VALOUR = regex.compile(r"सेना|सैनिक|जवान|युद्ध|शौर्य")
_UPRISING = regex.compile(r"विद्रोह|हूल|संग्राम|क्रांति|आंदोलन")
# What the facts must call an achievement before the composer congratulates on it.
_ACHIEVED = regex.compile(
    r"सम्मान(?:ित)?|पुरस्कार|अवॉर्ड|जीत|विजेता|उपलब्धि|सफल|प्रथम|पहला स्थान|दूसरा स्थान|"
    r"उत्तीर्ण|रिकॉर्ड|पदक|कर दिखाया|मुक्त घोषित|लक्ष्य (?:पूरा|हासिल)"
)
# A prize still to be won is no achievement yet ("विजेता को ₹51,000 का इनाम दिया जाएगा").
# Nor one still to be given: "सम्मानित होने वाले बुनकरों में 11 महिला बुनकर शामिल हैं" (round19:
# "सभी को हार्दिक बधाई!" before the ceremony).
_FUTURE = regex.compile(rf"(?:गा|गी|गे){EDGE_AFTER}|(?:होने|जाने)\sवाल(?:ा|ी|े){EDGE_AFTER}")
# What is always so, or so of whoever qualifies, is no achievement to congratulate: "पुरस्कार
# उन बच्चों को दिया जाता है जिन्होंने असाधारण उपलब्धि हासिल की हो" (round14: "सभी को हार्दिक
# बधाई!" on a call for nominations).
_HABITUAL = regex.compile(
    r"(?:जाता|जाती|जाते) (?:है|हैं)|(?:मिलता|मिलती|मिलते) (?:है|हैं)|जिन्होंने|जिसने|"
    rf"{EDGE_BEFORE}हो\s*[।.]?\s*$"
)


def may_congratulate(req: Request) -> bool:
    """May a post for ``req`` congratulate ("बधाई", "मुबारक")? A greeting post may, on its day;
    any other only on what the facts call an achievement, done (the composer's own rule for its
    lines). Round49's readers marked two model headlines fidelity 0 for congratulating with no
    cause: "... 9,800 उपभोक्ताओं को हार्दिक बधाई!" over an agency whose dealership was ended, and
    "... विद्यार्थियों के लिए हार्दिक बधाई!" over a scholarship's rules."""
    return req.kind == "greeting" or any(
        _ACHIEVED.search(f) and not _FUTURE.search(f) and not _HABITUAL.search(f) for f in req.facts
    )


# A day of loss is marked, never wished "हार्दिक शुभकामनाएँ" (round8: the Jallianwala Bagh
# massacre was).
# "... आग को बुझाते हुए 66 अग्निशमन कर्मियों ने अपने प्राण न्योछावर किए थे" (round32
# wished its day "हार्दिक शुभकामनाएँ" and congratulated its readers).
_GAVE_LIVES = r"प्राण न्योछावर|प्राणों की आहुति|प्राण गंवा|प्राण गँवा|जान गंवा|जान गँवा|वीरगति"
_SOLEMN = regex.compile(
    r"पुण्यतिथि|शहीद|बलिदान|श्रद्धांजलि|निधन|स्मृति|नरसंहार|हत्याकांड|गोलीकांड|त्रासदी|मारे गए|"
    r"फाँसी|फांसी|" + _GAVE_LIVES
)
# Those a day remembers were put to death for a cause: they are bowed to as heroes (round13:
# "काकोरी ट्रेन एक्शन के वीरों को नमन" was the writer's; Sandesh wished "हार्दिक शुभकामनाएँ").
_HANGED = regex.compile(r"फाँसी|फांसी")
# Nouns that make the word before them a nameable thing: "रक्तदान शिविर", "लोक अदालत".
_EVENT_NOUN = regex.compile(
    r"(?<![\p{L}\p{M}\p{N}:-])((?:[\p{L}\p{M}](?:[\p{L}\p{M}-]|:(?=[\p{L}\p{M}]))*[\p{L}\p{M}]\s){1,4}(?:शिविर|मेला|अदालत|सभा|अभियान|सप्ताह|पखवाड़ा|"
    r"योजना|मिशन|प्रशिक्षण|प्रतियोगिता|टीकाकरण|दिवस|जयंती|यात्रा|महोत्सव|उत्सव|कार्यशाला|चौपाल|"
    r"गोष्ठी|दंगल|प्रदर्शनी|सम्मेलन|समारोह|राज्योत्सव|मॉक ड्रिल|ट्रायल|हाट|जनसुनवाई|जन सुनवाई|"
    # "जिला युवा संसद", "हाफ मैराथन" (round27 headed a youth parliament "... के लिए ज़रूरी सूचना").
    r"संसद|मैराथन|वॉकाथन|साइक्लोथॉन|क्विज़|क्विज|टूर्नामेंट|चैंपियनशिप|चैम्पियनशिप|"
    # "दाम्बुक ऑरेंज फेस्टिवल", "निवेशक जागरूकता कार्यक्रम" (round30: "सांस्कृतिक आयोजन की
    # सूचना" and "बैंक, बचत और बीमा की जानकारी" over them).
    r"फेस्टिवल|कार्निवल|जागरूकता कार्यक्रम|"
    # "अंतरराष्ट्रीय शिमला ग्रीष्मोत्सव" (round36 named its painting contest instead).
    r"[\p{L}\p{M}]+ोत्सव))"
    + EDGE_AFTER
    # Not the place of one: "नोडल प्रशिक्षण संस्थानों में" (round39: "#नोडल_प्रशिक्षण").
    + r"(?!\s(?:संस्थान|संस्थानों|केंद्र|केंद्रों|भवन|परिसर)"
    + EDGE_AFTER
    + ")"
)
# A word that is a verb or a plain adjective does not begin a name ("रहना ज़रूरी शिविर").
# Nor a plural: "गर्भवती महिलाएं यात्रा के लिए ..." (round21: "#महिलाएं_यात्रा").
_NOT_A_NAME = regex.compile(r"(?:ना|ने|ते|ता|ती|गा|गी|गे|ें|एँ|एं)$")
_NOT_TAG_WORDS = (
    STOP_WORDS
    | frozenset("द्वारा तहत बाद पहले पहला पहली दौरान उनकी उनके उनका इनकी इनके इनका ".split())
    # "... के विरुद्ध विशेष अभियान" (round45's "#विरुद्ध_विशेष_अभियान").
    | frozenset("विरुद्ध ख़िलाफ़ खिलाफ".split())
    | frozenset(
        "के की का को में से पर और या इस उस यह हर एक नई नए नया सभी सरकारी निःशुल्क मुफ़्त इसी "
        # "प्रसिद्ध मेला" is no name (round19: "#प्रसिद्ध_मेला"), nor "... का नाम विधवा सहाय
        # योजना था" one (round21: "#नाम_विधवा_सहाय_योजना"), nor "मुख्य समारोह" (round20, 21:
        # "#मुख्य_समारोह", "#मुख्य_चौपाल").
        # Nor "यहां खीर भवानी मेला" (round21: "#यहां_खीर_भवानी_मेला").
        "प्रसिद्ध नाम मुख्य आसपास बड़ा बड़ी बड़े यहां यहाँ वहां वहाँ "
        # Nor "'रेमना नी' यानी शांति दिवस" one (round39 wished "यानी शांति दिवस").
        "यानी यानि अर्थात "
        # Nor "किसी अन्य योजना से पेंशन" one (round40: "#अन्य_योजना").
        "अन्य दूसरी दूसरे दूसरा किसी".split()
    )
    # Not a name's first word: "नज़दीकी आयुष्मान आरोग्य मंदिर" (round10 dev headed a post
    # "नज़दीकी आयुष्मान: योजना की ज़रूरी जानकारी").
    | frozenset("नज़दीकी नजदीकी निकटतम अपने अपनी अपना".split())
)
# A line that asks the reader to act ("... में दें", "... करवाएँ").
_IMPERATIVE = regex.compile(r"(?:ें|एँ|एं|िए|इए|ीजिए|ाइए)[।!.]?\s*$")
_SENTENCE_END = ("।", "!", "?", ".", "॥")
# How many hashtags a post gets, from the platform table (evaluation/platforms.yaml).
HASHTAG_LIMIT = {name: rule.hashtags.composer for name, rule in get_platforms().items()}


@dataclass(frozen=True)
class FactLine:
    text: str  # the fact, word for word
    emoji: str
    sentence: bool  # a whole sentence (gets a ।), or a phrase (a list item)
    # The fact as typed, where the line is a label: said as the sentence it was where a post
    # would end on the label ("... कार्यालय: 0361-2740512", which reads as cut short).
    typed: str | None = None
    # A label a Facebook paragraph says as typed ("प्रवेश निःशुल्क" in a list, "प्रवेश निःशुल्क
    # है।" in a paragraph).
    listed: bool = False


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


# A slogan: two short verbless phrases, a comma between ("सही पोषण, स्वस्थ बचपन!", "हर बच्चा
# पढ़े, हर बच्चा बढ़े!"); not a promise of the office's ("आपकी सेहत, हमारी प्राथमिकता").
_CLAIMLESS_SLOGAN = regex.compile(
    r"^(?!.*(?:हमारी|हमारा)\s(?:प्राथमिकता|प्रयास|ज़िम्मेदारी))"
    rf"(?!.*{EDGE_BEFORE}(?:है|हैं|चाहिए|तभी|{LETTER}+(?:ें|एँ|गा|गी|गे)){EDGE_AFTER})"
    r"(?:[\p{L}\p{M}-]+\s){0,2}[\p{L}\p{M}-]+,\s(?:[\p{L}\p{M}-]+\s){0,2}[\p{L}\p{M}-]+[!।]?$"
)
# A slogan's words that say how things are or will be, not what it is about.
_SLOGAN_PRAISE = frozenset(
    "स्वस्थ सेहतमंद ख़ुशहाल समृद्ध सशक्त सुरक्षित बेहतर आसान उन्नत जागरूक सही नया नई नए हर "
    "छोटी बड़ा बड़ी देश समाज ताक़त पहचान अधिकार प्रगति भविष्य हम सबकी सबका आपकी आपका "
    "हमारी हमारा हमारे शक्ति पढ़े बढ़े तो से को की का के".split()
)
# Words for the same people that share no stem.
_SLOGAN_KIN = {"माँ": ("मात", "गर्भवत", "प्रसव"), "शिशु": ("नवजात",)}


def _slogan_is_about(slogan: str, req: Request) -> bool:
    """Does the request speak of all the slogan is about? "स्वस्थ माँ, स्वस्थ शिशु!" where
    mothers and babies are named, not for the parents of girls; "हर बच्चा पढ़े ..." on
    children, not on college students."""
    words = _words_of(" ".join(req.sources))
    if "पढ़" in slogan and (
        not _STUDY.search(" ".join(req.sources)) or any(_STRAIN.search(f) for f in req.facts)
    ):
        # A study slogan only where the facts speak of study, and never over strain (round24:
        # "हर बच्चा पढ़े ..." on a weaving workshop and on an appeal about exam pressure).
        return False
    said = {stem(w) for w in words}
    about = [
        w
        for w in regex.findall(r"[\p{L}\p{M}-]+", _split_emoji(slogan)[0])
        if w not in _SLOGAN_PRAISE
    ]
    return bool(about) and all(
        stem(w) in said or any(x.startswith(k) for k in _SLOGAN_KIN.get(w, ()) for x in words)
        for w in about
    )


_BY_A_DATE = regex.compile(r"\d{1,2}\s\S+\sतक")
_STUDY = regex.compile(
    r"पढ़|पठन|पुस्तक|किताब|साक्षरता|शिक्षा|छात्रवृत्ति|प्रवेश|नामांकन|दाखिला|\d+वीं\sपास|स्नातक|"
    r"उत्तीर्ण|परीक्षा\sपास|डिग्री|पाठ्यक्रम"
)
_STRAIN = regex.compile(r"दबाव|तनाव|अकेलाप|अवसाद|डिप्रेशन|आत्महत्या|चिंता")
_STANDS_ALONE = regex.compile(r"तुरंत|फ़ौरन|\d{3,}")
_DEATH = regex.compile(rf"मृत्यु|निधन|मौत|देहांत|शहीद|{_GAVE_LIVES}")


def reshape(fact: str) -> str:
    """A fact as a post lays it out, as the writers did, every word of substance kept (a line
    that would lose one stays word for word):

    * a number to call as a label and its number: "बाढ़ नियंत्रण कक्ष का नंबर 05278-224411 है"
      → "बाढ़ नियंत्रण कक्ष: 05278-224411";
    * who gets what: "अंत्योदय परिवार को हर महीने 35 किलो अनाज मिलता है" → "अंत्योदय परिवार
      के लिए: हर महीने 35 किलो अनाज";
    * what is needed: "आवेदन के लिए आधार कार्ड और पासबुक ज़रूरी है" → "आवेदन के लिए ज़रूरी:
      आधार कार्ड और पासबुक";
    * a time, date or place: "शिविर का समय सुबह 10 से शाम 4 बजे तक रहेगा" → "शिविर का समय:
      सुबह 10 से शाम 4 बजे तक".

    Never a fact that says no, sets a condition or runs to two clauses."""
    text = " ".join(fact.split()).rstrip("।.")
    if (match := _NUMBER_IS.match(text)) is not None:
        label, number = match.group(1), match.group(3)
        # The label stands alone, so its genitive does too: "मत्स्य विभाग का नियंत्रण कक्ष", not
        # the "के" its "का नंबर" made (rounds 22-23: "... के नियंत्रण कक्ष:" read as a slip).
        label = _OBLIQUE_HEAD.sub(r" का \1", label)
        if "हेल्पलाइन" in match.group(0)[len(label) :] and "हेल्पलाइन" not in label:
            label = f"{label} की हेल्पलाइन"
        if match.group("free"):
            label = f"{label} (टोल-फ़्री)"
        return f"{label}: {number}"
    if not regex.search(_NEGATION, text):
        # Where to apply and what to bring: a postposition "पर" and a list's commas are no
        # "but" and no second clause here.
        if (match := _APPLY_AT.match(text)) is not None:
            return f"{match.group(1)}{match.group(3) or ''}: {match.group(2)}"
        if (match := _BRING.match(text)) is not None:
            return f"{match.group(1)} के लिए साथ लाएँ: {match.group(2)}"
    if _NO_RESHAPE.search(text):
        return fact
    line = None
    if (
        (match := _GETS.match(text)) is not None
        and text.split().count("को") == 1
        and not {"में", "बाद", "पहले", "दौरान"} & set(match.group(1).split())
        # Not a date, which is when and not whom: "हर वर्ष 30 दिसंबर को उनकी स्मृति में
        # श्रद्धांजलि दी जाती है" (round35 read "30 दिसंबर के लिए: ...").
        and _DATE.search(match.group(1)) is None
        # Nor whom it is for twice: "दोनों योजनाओं के लिए हर लाभार्थी के लिए: एक ही कार्ड"
        # (round27's readers: "clumsy, double 'के लिए'").
        and "के लिए" not in match.group(1)
        # Nor a sum, which is no one: "पीएम-किसान सम्मान निधि के ₹6,000 मिलाकर किसानों के लिए:
        # कुल ₹12,000" (round47's readers: "clumsy").
        and "₹" not in match.group(1)
        # Not a gift that names none: "... 2 बेटियों के लिए: योजना का लाभ" (round6, dev).
        and not match.group(2).endswith(("लाभ", "फ़ायदा", "फायदा"))
        # Nor two clauses, the verb of the first kept: "... मायके बुलाकर भोज कराया जाता है और
        # उपहार" (round22 read it as cut).
        and not regex.search(EDGE_BEFORE + r"(?:है|हैं|जाता|जाती|जाते)" + EDGE_AFTER, match.group(2))
    ):
        line = f"{match.group(1).strip()} के लिए: {match.group(2)}"
    elif (match := _NEEDED.match(text)) is not None:
        line = f"{match.group(1).strip()} के लिए ज़रूरी: {match.group(2)}"
    elif (match := _WHEN_WHERE.match(text)) is not None and not _TWO_CLAUSES.search(match.group(2)):
        line = f"{match.group(1)}: {match.group(2)}"
    elif (match := _ELIGIBLE.match(text)) is not None:
        # Every word but "(इस योजना के / इसके) पात्र हैं", which the label says.
        # Not "... किसान ही" (round24: a dangling "ही" without the verb it stresses).
        last = match.group(1).split()[-1]
        return f"पात्रता: {match.group(1)}" if last not in (*_OF, "ही", "भी") else fact
    elif (match := _LIMIT.match(text) or _BY_WHEN.match(text) or _AT_HOUR.match(text)) is not None:
        line = f"{match.group(1)}: {match.group(2)}"
    elif (match := _FREE.match(text)) is not None:
        line = f"{match.group(1)} {match.group(2)}"
    if line is None or not _keeps_all(text, line):
        return fact
    return line


_OBLIQUE_HEAD = regex.compile(
    r"\sके\s((?:[\p{L}\p{M}]+\s)?(?:कक्ष|कार्यालय|केंद्र|विभाग|बोर्ड|निगम|थाना|प्रकोष्ठ))$"
)
# Who gets what, in the present: not "मिलेगा" (a promise's tense would go) nor a long subject.
_GETS = regex.compile(
    r"^((?:\S+\s){1,7}?)को\s((?:\S+\s){0,7}?\S+)\s(?:मिलता|मिलती|मिलते|दिया जाता|दी जाती|"
    r"दिए जाते)\s(?:है|हैं)$"
)
_NEEDED = regex.compile(
    r"^((?:\S+\s){1,5}?)के लिए\s((?:\S+\s){0,7}?\S+)\s(?:ज़रूरी|जरूरी|अनिवार्य)\s(?:है|हैं)$"
)
# Not a postposition after the label, nor a verb of its own before the "है": "दुर्घटना की
# तारीख से ... तक के लिए मिलता है" is no date (round25 read "तारीख: से ... मिलता").
# A second clause a label's value would carry: "5 सितंबर 2026 है और संपर्क नंबर ..." (round32
# read "अंतिम तिथि: 5 सितंबर 2026 है और संपर्क नंबर 7004518263" as cut).
_TWO_CLAUSES = regex.compile(EDGE_BEFORE + r"(?:है|हैं)\s")
_WHEN_WHERE = regex.compile(
    r"^((?:\S+\s){0,4}?\S+\s(?:का|की)\s(?:समय|तारीख़|तारीख|अंतिम तिथि|स्थान|जगह))\s"
    r"(?!(?:से|तक|को|में|पर|के|की|का)\s)"
    r"((?:\S+\s){0,8}?\S+)(?<!(?:ता|ती|ते))\s(?:है|हैं|रहेगा|रहेगी|होगा|होगी)$"
)
# Where to apply, as the writers labelled it: "आवेदन राष्ट्रीय छात्रवृत्ति पोर्टल
# scholarships.gov.in पर होता है" → "आवेदन: राष्ट्रीय छात्रवृत्ति पोर्टल scholarships.gov.in पर",
# "आवेदन पीएम विद्यालक्ष्मी पोर्टल पर ऑनलाइन होता है" → "आवेदन ऑनलाइन: पीएम विद्यालक्ष्मी
# पोर्टल पर". Not "किया जा सकता है", whose "can" would go.
_APPLY_AT = regex.compile(
    r"^(आवेदन|पंजीकरण|पंजीयन)\s((?:\S+\s){0,6}?(?!आधार\sपर)\S+\s(?:पर|में))(\sऑनलाइन)?\s"
    r"(?:होता है|होती है|किया जाता है|की जाती है)$"
)
# What to bring, the ask first and its list after: "पंजीयन के लिए आधार कार्ड, ऋण पुस्तिका और
# पासबुक साथ लाएँ" → "पंजीयन के लिए साथ लाएँ: आधार कार्ड, ऋण पुस्तिका और पासबुक".
_BRING = regex.compile(r"^((?:\S+\s){0,3}?\S+)\sके लिए\s([^।]{3,120}?)\sसाथ लाएँ$")
# Who may apply, as the writers labelled it (round12: "🏅 पात्रता: कक्षा 12 में ... विद्यार्थी"):
# "21 वर्ष या उससे अधिक उम्र की विवाहित महिलाएँ इसकी पात्र हैं" → "पात्रता: 21 वर्ष ...".
_ELIGIBLE = regex.compile(
    r"^((?:\S+\s){2,14}?(?!(?:इस|इसके|इसकी|योजना|स्कीम)\s)\S+)\s(?:इसके\s|इसकी\s|(?:इस\s)?(?:योजना|स्कीम)\s(?:के|की)\s)?"
    # "... निवासी युवा इसके लिए पात्र हैं" (round28 left "... युवा इसके लिए").
    r"(?:लिए\s)?पात्र\s(?:है|हैं)$"
)
_OF = ("के", "की", "का")
# A limit a figure sets: "परिवार की सालाना आय ₹4.5 लाख तक होनी चाहिए" → "परिवार की सालाना
# आय: ₹4.5 लाख तक", "मृतक की उम्र 18 से 59 वर्ष के बीच होनी चाहिए" → "मृतक की उम्र: 18 से
# 59 वर्ष के बीच" (round12's writer).
_LIMIT = regex.compile(
    r"^((?:\S+\s){0,3}?\S+\s(?:की|का|के)\s(?:\S+\s)?(?:आय|उम्र|आयु|वेतन|आमदनी))\s"
    r"((?:₹\s?)?\d[^।]{0,30}?(?:तक|के बीच))\s(?:होनी|होना)\sचाहिए$"
)
# When and where to apply, as round13's writers labelled it: "पंजीकरण 15 जनवरी तक स्कूल के
# माध्यम से होगा" → "पंजीकरण: 15 जनवरी तक स्कूल के माध्यम से".
_BY_WHEN = regex.compile(
    r"^(?=.*(?:\sतक|\sसे|\d))(आवेदन|पंजीकरण|पंजीयन|नामांकन)\s((?:\S+\s){1,8}?\S+)\s(?:होगा|होगी|होंगे)$"
)
# When a thing happens, by the hour: "टेस्ट हर रविवार सुबह 10 बजे होगा" → "टेस्ट: हर रविवार
# सुबह 10 बजे".
_HOURS = r"(?:सुबह|शाम|दोपहर|रात)\s[\d:.]+(?:\sबजे)?"
_AT_HOUR = regex.compile(
    rf"^((?:\S+\s){{0,2}}?\S+)\s((?:(?:हर|प्रत्येक)\s\S+\s|(?:रोज़|रोज|प्रतिदिन)\s)?{_HOURS}"
    rf"(?:\sसे\s(?:{_HOURS}|[\d:.]+\sबजे)\sतक)?)\s(?:होगा|होगी|होंगे|चलेगा|चलेगी|चलेंगे)$"
)
# What is free, as a label: "महोत्सव में प्रवेश निःशुल्क है" → "महोत्सव में प्रवेश निःशुल्क".
_FREE = regex.compile(
    r"^((?:\S+\s){0,8}?\S+)\s(निःशुल्क|नि:शुल्क|मुफ़्त|मुफ्त)\s"
    r"(?:है|हैं|होगा|होगी|होंगे|रहेगा|रहेगी|रहेंगे)$"
)
# Labels a list reads well and a paragraph does not: a Facebook post of sentences keeps them
# as typed.
_LIST_LABELS = (_BY_WHEN, _AT_HOUR, _FREE)
# A "no" or a "without": a fact that says one keeps its shape.
_NEGATION = EDGE_BEFORE + r"(?:नहीं|न|ना|मत|बिना)" + EDGE_AFTER
# Not a fact that says no, sets a condition or joins two clauses: its shape carries meaning.
_NO_RESHAPE = regex.compile(
    rf"{EDGE_BEFORE}(?:नहीं|न|ना|मत|बिना|अगर|यदि|तो|जब|केवल|सिर्फ़|सिर्फ|लेकिन|पर|परंतु|"
    # A list's comma, not a figure's ("₹6,000": round22's pension tiers stayed sentences).
    rf"जिसमें|जो|जिन|जिनकी|जिसकी){EDGE_AFTER}|ने पर|(?<!\d),|,(?!\d)"
)
# The words a reshape may drop: the verb and the postposition the label replaces.
_RESHAPE_DROPS = frozenset(
    "को मिलता मिलती मिलते दिया दी दिए जाता जाती जाते है हैं रहेगा रहेगी रहेंगे होगा होगी होंगे "
    "होनी होना चाहिए चलेगा चलेगी चलेंगे".split()
)


def _keeps_all(fact: str, line: str) -> bool:
    """Does ``line`` keep every word of ``fact`` but a verb and a postposition, in order?"""
    kept = [w for w in fact.split() if w not in _RESHAPE_DROPS]
    said = [w for w in line.replace(":", " ").split() if w not in ("के", "लिए", "ज़रूरी")]
    words = iter(said)
    return all(any(w == x for x in words) for w in kept if w not in ("के", "लिए", "ज़रूरी"))


# Relief, and money given back ("रद्द ट्रेनों के टिकट का पूरा किराया वापस मिलेगा": a fresh
# read found it marked ⚠️ for its "रद्द").
_RELIEF = regex.compile(r"राहत|छुटकारा|निजात|वापस\sमिल|लौटाया\sजाएगा|लौटाई\sजाएगी|रिफंड")
_MAY = regex.compile(
    rf"(?<!नहीं\s)(?:{EDGE_BEFORE}जा\s|{EDGE_BEFORE}कर\s)(?:सकता|सकती|सकते)\s(?:है|हैं){EDGE_AFTER}"
)
_PENALTY = regex.compile(
    r"जुर्माना|अपराध|दंडनीय|रद्द|निलंबित|सज़ा|सजा|जेल|कारावास|तोड़ने|उल्लंघन|ज़ब्त|जब्त|"
    rf"{EDGE_BEFORE}(?:न|मत|नहीं){EDGE_AFTER}|चेतावनी|ख़तरा|खतरा|सावधान"
)
_NOT_ELIGIBLE = regex.compile(r"पात्र\s(?:नहीं|न)" + EDGE_AFTER)
_CANNOT = regex.compile(EDGE_BEFORE + r"नहीं\s(?:\S+\s)?(?:सकते|सकती|सकता)" + EDGE_AFTER)
_ILLNESS = regex.compile(r"प्रभावित|फैलता|फैलती|फैलते|संक्रमित|बीमार")
_WHO_DID = regex.compile(EDGE_BEFORE + r"(?:जिन्होंने|जिनके|जिनकी|जिनका|जिन्हें)" + EDGE_AFTER)


_ALSO_ELIGIBLE = regex.compile(r"(?:वे|वह)\sभी\sपात्र\s(?:हैं|है|होंगे|होंगी)\s*[।.]?\s*$")


def fact_emoji(fact: str) -> str:
    if _DEATH.search(fact):
        return _DEFAULT_FACT_EMOJI  # not 💰 beside a death
    for emoji, pattern in _FACT_EMOJI:
        if emoji == "💰" and "," in fact and "₹" not in fact:
            continue  # a list that names loans among other things is not about money (round11)
        if emoji == "💰" and regex.search(r"जुर्माना|जुर्माने|अर्थदंड", fact):
            continue  # a fine is a warning, not money to gain (round48's readers)
        if emoji == "⚠️" and _RELIEF.search(fact):
            continue  # "... फाटक बंद होने पर लगने वाले जाम से राहत मिलेगी" is good news (round12)
        if emoji == "⚠️" and _NO_DANGER.search(fact):
            continue  # "यह केवल जांच है, ... सुनामी का कोई खतरा नहीं है" calms (round27)
        if emoji == "⚠️" and _ALSO_ELIGIBLE.search(fact):
            # Who else may apply, though their parent is in jail ("जिनके माता-पिता ... जेल में
            # है, ... वे भी पात्र हैं"): no warning (round43's readers: "wrong emoji").
            continue
        if (
            emoji == "⚠️"
            and pattern.search(fact)
            and _MAY.search(fact)
            and not _PENALTY.search(fact)
        ):
            # What may be done during a ban is allowed (round39: ⚠️ on "प्रतिबंध अवधि में नावों
            # की मरम्मत और जाल सुधारने का काम किया जा सकता है").
            return "✅"
        if emoji == "✅" and _MUST_NOT.search(fact):
            # A rule against is no tick (round27: ✅ on "... दवा 4 साल से कम उम्र के बच्चों को
            # नहीं दी जानी चाहिए").
            return "⚠️"
        if emoji == "📋" and _NOT_ELIGIBLE.search(fact):
            return "❌"  # an income that leaves a family out
        if emoji == "✅" and (
            _NOT_ELIGIBLE.search(fact)
            # Who may not: "13 वर्ष से कम ... आयु के लोग ... पंजीकरण नहीं करा सकते" (round21).
            or (_CANNOT.search(fact) and pattern.search(fact))
        ):
            # Who is left out is no tick (round18: ✅ on "... वह परिवार योजना का पात्र नहीं है").
            return "❌"
        if emoji == "✅" and _WAS.search(fact):
            continue  # an age a life reached is no limit ("शहादत के समय उनकी उम्र ... थी")
        if emoji == "✅" and _ILLNESS.search(fact):
            continue  # an age a disease strikes is not an age limit (round17: ✅ on a virus)
        if emoji == "📍" and _WHO_DID.search(fact):
            # Who a scheme is for, by where they studied or live, is no place to go (round20:
            # 📍 on "... छात्राओं के लिए है जिन्होंने ... सरकारी स्कूल में पढ़ाई की हो").
            continue
        if pattern.search(fact):
            return emoji
    if "," not in fact and not _HARM.search(fact):
        for emoji, pattern in _SUBJECT_EMOJI:
            if pattern.search(fact):
                return emoji
    if not _HARM.search(fact) and not _HURTS.search(fact):
        for emoji, pattern in _SCENE_EMOJI:
            if emoji == "⚔️" and _NOT_WAR.search(fact):
                # A struggle of the past, not a conflict to reduce or a cockfight (round29: ⚔️ on
                # "इंसान-हाथी संघर्ष कम करने ..." and on a cockfight ban's lines).
                continue
            if any(not _listed(fact, m) for m in pattern.finditer(fact.strip())):
                return emoji
    return _DEFAULT_FACT_EMOJI


_WAS = regex.compile(rf"{EDGE_BEFORE}(?:था|थी|थे)\s*[।.]?\s*$")
_NOT_WAR = regex.compile(r"मुर्गे|मुर्गों|सांड|बैलों|संघर्ष\sकम|(?:कम|दूर)\sकरने")
_NO_DANGER = regex.compile(r"(?:खतरा|ख़तरा|खतरे|ख़तरे|डर|घबराने)\s(?:की\s(?:कोई\s)?बात\s)?नहीं")
_MUST_NOT = regex.compile(
    r"नहीं\s(?:दी|दिया|दिए|देनी|देना|ली|लिया|लेनी|लेना|की|करनी|करना)\s(?:जानी|जाना|जाने)\s"
    r"(?:चाहिए|है|हैं)"
)
# A line about what hurts, which a festival's emoji would make light of ("भंडारे का भोजन खाने के
# बाद ... उल्टी-दस्त", "बाघ के हमले", "माँझा ... पक्षियों के लिए जानलेवा").
_HURTS = regex.compile(
    r"उल्टी|दस्त|विषाक्त|ज़हरील|जहरील|जानलेवा|हमला|हमले|घायल|मौत|मृत्यु|बीमार|संक्रमित|प्रदूषित"
)


def _listed(fact: str, match: regex.Match[str]) -> bool:
    """Is the word one item of a list with commas ("पढ़ाई में मदद, खेल, योग, कला या ...")?"""
    before, after = fact.strip()[: match.start()], fact.strip()[match.end() :]
    return before.endswith(", ") or after.startswith(",")


def bold_figures(text: str) -> str:
    """Key figures in WhatsApp's *bold*; a text that already has bold is left alone."""
    if "*" in text:
        return text
    bold = _KEY_FIGURE.sub(lambda m: f"*{m.group()}*", text)
    # One span for figures side by side: "*2 वर्ष 6 महीने*", not "*2 वर्ष* *6 महीने*" (round8).
    return bold.replace("* *", " ")


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


def _born(req: Request) -> str | None:
    """The person whose birth the first fact that gives one gives ("... का जन्म ... को")."""
    return next((m.group(1) for f in req.facts if (m := _BORN.search(f))), None)


# "हर साल 31 जुलाई को उनका बलिदान दिवस मनाया जाता है": one person's martyrdom day.
_THEIR_SACRIFICE = regex.compile(r"(?:उनका|उनकी)\s(?:बलिदान|शहादत)\s(?:दिवस)?")


def _held_on(req: Request, occasion: Occasion) -> bool:
    """Does the post's own fair or festival fall on ``occasion``, which the facts name only as
    its day ("... बग्वाल मेला रक्षाबंधन के दिन लगता है")?"""
    name = _name_of(req)
    if name is None or not name.endswith(("मेला", "महोत्सव", "उत्सव", "पर्व", "जात्रा", "यात्रा")):
        return False
    if any(t in name for t in occasion.triggers):
        return False
    said = " ".join(req.sources)
    mentions = [
        m
        for t in occasion.triggers
        for m in regex.finditer(rf"{EDGE_BEFORE}{regex.escape(t)}{EDGE_AFTER}", said)
    ]
    return bool(mentions) and all(
        regex.match(r"\s(?:के|की)\s(?:दिन|तिथि|अवसर|मौके)", said[m.end() :]) for m in mentions
    )


def _greeting(req: Request, occasion: Occasion | None, variant: int) -> str | None:
    if occasion is not None:
        # A warm notice or appeal in a festival's week does not wish it (round29's readers: "a
        # Makar Sankranti greeting the facts do not make"; no writer's warm post did).
        wanted = req.kind == "greeting" or req.tone == "celebratory"
        # Not a day's name the facts do not give ("राष्ट्रीय एकता दिवस" on a run for Sardar
        # Patel's jayanti: round10 read it as a name added).
        said = " ".join(req.sources)
        named = list(
            dict.fromkeys(
                line
                for g in occasion.greetings
                if _names_only_what_is_said(g, said)
                and (line := _called_as_said(g, occasion, said)) is not None
            )
        )
        greetings = named or list(occasion.greetings)
        if req.tone in ("celebratory", "warm"):
            # A celebration wishes before it bows: round7's readers refused "सादर नमन" alone on
            # a celebratory Valmiki Jayanti post.
            greetings.sort(key=lambda g: not _WISHES.search(g))
        subject = _festival_subject(req.facts[0]) if req.kind == "greeting" and req.facts else None
        if (
            occasion.name == "shaheed_diwas"
            and any(_THEIR_SACRIFICE.search(f) for f in req.facts)
            and (born := _born(req))
        ):
            # One martyr's day bows to him by name: "शहीद ऊधम सिंह को उनके बलिदान दिवस पर
            # शत-शत नमन", not "... सभी शहीदों को विनम्र श्रद्धांजलि" (round28's readers).
            return f"{born} को उनके बलिदान दिवस पर शत-शत नमन 🙏"
        if (
            subject in occasion.triggers
            and subject != occasion.name
            and not any(subject in g for g in greetings)
        ):
            # The day by the name the post gives it: "देव दीपावली", on the Kartik Purnima the
            # phrasebook greets (round18).
            mark = regex.findall(r"\X", occasion.greetings[0])[-1] if occasion.greetings else ""
            mark = mark if _PICTURE.match(mark) else "🙏"
            return f"{subject} की हार्दिक शुभकामनाएँ! {mark}"
        if not named and req.kind != "greeting":
            # Mysuru Dasara's procession is not wished "विजयादशमी" (stop 37's fresh drafts): a
            # post that is not a greeting wishes only by a name its facts give.
            return None
        return greetings[variant % len(greetings)] if wanted else None
    if req.kind != "greeting":
        return None
    celebrate = req.tone in ("celebratory", "warm")
    day = _day_of(req)
    if day is not None and day[0] == "named":
        # An occasion the phrasebook does not know: wish it by the name the facts give it, a
        # fair in the oblique ("मिंजर मेले की हार्दिक शुभकामनाएँ!").
        name = _fair_oblique(day[1])
        # "... लोकदेवता वीर तेजाजी की स्मृति में मनाई जाती है": a festival in a folk hero's
        # memory is wished on a glad post (round19 bowed "तेजा दशमी पर विनम्र श्रद्धांजलि").
        remembered = celebrate and all(
            m.group() == "स्मृति" for f in req.facts for m in _SOLEMN.finditer(f)
        )
        if any(_SOLEMN.search(f) for f in req.facts) and not remembered:
            # "पुलिस स्मृति दिवस": a day that remembers the fallen (round8 read it as a
            # person's death anniversary, "पुण्यतिथि पर ...").
            if any(_HANGED.search(f) for f in req.facts):
                return f"{name} के वीरों को शत-शत नमन 🙏"
            if (honoured := _HONOURED.match(req.facts[0])) is not None and any(
                regex.search(rf"उनके\s{regex.escape(name)}", f) for f in req.facts
            ):
                # The day of one person's martyrdom bows to the person: "गुरु अर्जन देव जी के
                # शहीदी दिवस पर उन्हें शत-शत नमन" (round34's readers refused "शहीदी दिवस पर शहीदों
                # को विनम्र श्रद्धांजलि" as never naming him).
                return f"{honoured.group(1)} के {name} पर उन्हें शत-शत नमन 🙏"
            whom = " शहीदों को" if any("शहीद" in f for f in req.facts) else ""
            return f"{name} पर{whom} विनम्र श्रद्धांजलि 🙏"
        born = _born(req)
        their_day = any(regex.search(rf"जयंती\s(?:को\s)?{regex.escape(name)}", f) for f in req.facts)
        if born and not celebrate and (name.split()[0] in born.split() or their_day):
            # Or a day kept on the person's jayanti: "वकील दिवस पर उत्कल गौरव मधुसूदन दास को
            # शत-शत नमन", not "सभी वीरों को" for the movement a fact names (round37).
            # A day named after a person bows to the person: "लाचित दिवस पर वीर लाचित बरफुकन
            # को शत-शत नमन", not to "देश के वीर सैनिकों" (round14).
            return f"{name} पर {born} को शत-शत नमन 🙏"
        if name.endswith(" जयंती") and not celebrate and len(name.split()) > 1:
            # A jayanti bows to the one born, by name: "ओनके ओबव्वा को उनकी जयंती पर शत-शत
            # नमन", not "... पर देश के वीर सैनिकों को" for the soldiers she fought (round44).
            return f"{name.removesuffix(' जयंती')} को उनकी जयंती पर शत-शत नमन 🙏"
        if any(_VALOUR.search(f) for f in req.facts):
            if celebrate:
                # A holy day whose story has a battle in it is no national day (round37's
                # Maghi: "श्रद्धालु ... गुरुद्वारा ... में माथा टेकते हैं").
                devout = any(_DEVOUT.search(f) for f in req.facts)
                return f"{name} की हार्दिक शुभकामनाएँ! {'🙏' if devout else '🇮🇳'}"
            return f"{name} पर देश के वीर सैनिकों को शत-शत नमन 🇮🇳"
        if not celebrate and any(_UPRISING.search(f) for f in req.facts):
            # "हूल दिवस": a day of an uprising is marked with a bow to its heroes, not wishes
            # (round10).
            return f"{name} पर सभी वीरों को शत-शत नमन 🙏"
        made = next((m for f in req.facts if (m := _STATE_MADE.search(f))), None)
        state = made and next(g for g in made.groups() if g)
        if state and state not in name and "राज्य" in name:
            # Whose statehood: "हिमाचल प्रदेश के पूर्ण राज्यत्व दिवस की हार्दिक शुभकामनाएँ! 🎉"
            # (stop 38's fresh drafts: "पूर्ण राज्यत्व दिवस ..." named no state).
            return f"{state} के {name} की हार्दिक शुभकामनाएँ! {'🎉' if celebrate else '🙏'}"
        # A festival on a glad post is wished gladly (round41's readers: "flat for a celebratory
        # festival post (🙏, no festive note)" on पॉल कुट and दोसमोछे); a holy day keeps its bow.
        glad = (
            req.tone == "celebratory"
            and any(_FEAST.search(f) for f in req.facts)
            and not any(_DEVOUT.search(f) for f in req.facts)
        )
        return f"{name} की हार्दिक शुभकामनाएँ! {'🎉' if glad else '🙏'}"
    # A birth anniversary the facts give only as a birth ("लाल बहादुर शास्त्री का जन्म 2 अक्टूबर
    # 1904 को ... हुआ"), a state's foundation only as its making ("झारखंड राज्य 15 नवंबर 2000
    # को बना"): name the day, as readers asked of "आप सभी को हार्दिक शुभकामनाएँ!".
    if day is not None:
        what, name = day
        if what == "state":
            return f"{name} स्थापना दिवस की हार्दिक शुभकामनाएँ! 🙏"
        if what == "founded":
            # By its short name ("बीएसएफ"): the fact under it says the whole.
            mark = "🇮🇳" if any(_VALOUR.search(f) for f in req.facts) else "🙏"
            return f"{_short_name(name)} के स्थापना दिवस की हार्दिक शुभकामनाएँ! {mark}"
        if celebrate:
            return f"{name} जयंती की हार्दिक शुभकामनाएँ! 🙏"
        return f"{name} को उनकी जयंती पर सादर नमन 🙏"
    if not celebrate and any(_SOLEMN.search(f) for f in req.facts):
        if (martyr := _MARTYRED.search(req.facts[0])) is not None:
            # The one who fell, by name: "स्वतंत्रता सेनानी मातंगिनी हाजरा को शत-शत नमन"
            # (round34's readers: "'विनम्र श्रद्धांजलि' does not even name Matangini Hazra").
            return f"{martyr.group(1)} को शत-शत नमन 🙏"
        if (fighter := _FIGHTER.search(req.facts[0])) is not None and any(
            _SACRIFICE.search(f) for f in req.facts[1:]
        ):
            # "जयंतिया स्वतंत्रता सेनानी यू कियांग नांगबाह ने ... विद्रोह का नेतृत्व किया", then
            # "अंग्रेजों ने ... उन्हें फांसी दी" (round35's readers: "the header does not name U
            # Kiang Nangbah").
            return f"{fighter.group(1)} {fighter.group(2)} को शत-शत नमन 🙏"
        # A celebration is wished, though its story has sacrifices in it (round21: "विनम्र
        # श्रद्धांजलि" over Goa's liberation, on a celebratory post).
        return "विनम्र श्रद्धांजलि 🙏"
    if (honoured := _HONOURED.match(req.facts[0])) is not None:
        # A Guru the post is about, by name: "श्री गुरु रामदास जी को कोटि-कोटि नमन", where no
        # fact names the day (round38 wished "आप सभी को हार्दिक शुभकामनाएँ!").
        return f"{honoured.group(1)} को कोटि-कोटि नमन 🙏"
    if (movement := _MOVEMENT_BEGAN.match(req.facts[0])) is not None:
        # "वैकोम सत्याग्रह 30 मार्च 1924 को ... शुरू हुआ था": those who stood in it, bowed to
        # (round38 wished "आप सभी को हार्दिक शुभकामनाएँ!" over the struggle against
        # untouchability).
        who = "सत्याग्रहियों" if movement.group(2) == "सत्याग्रह" else "सेनानियों"
        return f"{movement.group(1)} {movement.group(2)} के सभी {who} को शत-शत नमन 🙏"
    if any(_URS.search(f) for f in req.facts):
        # A saint's Urs is wished as one (round37 wished "आप सभी को हार्दिक शुभकामनाएँ!" over
        # Ajmer's, then "... को इस अवसर की ढेरों बधाई 🎉").
        saint = next((m.group(1) for f in req.facts if (m := _SAINT.search(f))), None)
        return f"{saint} के उर्स की मुबारकबाद 🙏" if saint else "उर्स मुबारक! 🙏"
    if (festival := _FESTIVAL_FIRST.match(req.facts[0])) is not None:
        # A festival the first fact opens with and holds: "गोवा कार्निवल 2027 का आयोजन 6 से 9
        # फ़रवरी 2027 तक होगा" (round42 wished "आप सभी को हार्दिक शुभकामनाएँ!").
        name = _fair_oblique(festival.group(1))
        return f"{name} की हार्दिक शुभकामनाएँ! {'🎉' if req.tone == 'celebratory' else '🙏'}"
    if (born := _BORN_IN.match(req.facts[0])) is not None:
        # A life the post opens with, its birth given only by the year: bowed to by name (round42
        # wished "आप सभी को हार्दिक शुभकामनाएँ!" over Srimanta Sankardev's).
        return f"{born.group(1)} को शत-शत नमन 🙏"
    return "आप सभी को हार्दिक शुभकामनाएँ! 🙏"


def _fair_oblique(name: str) -> str:
    """A fair's name before "की": "मिंजर मेले", not "मिंजर मेला"."""
    return regex.sub(r"(?<=\s)मेला$", "मेले", name)


_FESTIVAL_FIRST = regex.compile(
    r"^((?:[\p{L}\p{M}\-]+\s){0,3}(?:कार्निवल|महोत्सव|उत्सव|फेस्टिवल|मेला))(?:\s\d{4})?\s"
    r"(?:का\sआयोजन|\d)"
)
# "महापुरुष श्रीमंत शंकरदेव का जन्म 1449 में ...": whose life, opening the fact.
_BORN_IN = regex.compile(r"^((?:[\p{L}\p{M}.]+\s){0,3}[\p{L}\p{M}.]+) का जन्म\s")


_MOVEMENT_BEGAN = regex.compile(
    rf"^((?:{LETTER}+\s){{0,2}}{LETTER}+)\s(सत्याग्रह|आंदोलन|विद्रोह)\s.*\d{{4}}\sको\s.*शुरू\s(?:हुआ|हुई)"
)
_URS = regex.compile(rf"{EDGE_BEFORE}उर्स{EDGE_AFTER}")
# "सूफी संत ख्वाजा मोईनुद्दीन हसन चिश्ती की दरगाह ...": the saint, by the name the facts give.
_SAINT = regex.compile(
    rf"{EDGE_BEFORE}(?:सूफी|सूफ़ी)?\s?संत\s((?:{LETTER}+\s){{0,4}}?{LETTER}+)\s(?:की|का|के)\s"
    r"(?:दरगाह|उर्स|मज़ार|मजार)"
)


# "गुरु अर्जन देव जी सिखों के पांचवें गुरु थे ...": a revered person, by title and "जी".
_HONOURED = regex.compile(
    r"^((?:श्री\s)?(?:गुरु|संत|स्वामी|महर्षि|भगवान|माता|बाबा)\s(?:[\p{L}\p{M}]+\s){1,3}?जी)\s"
)
# "स्वतंत्रता सेनानी मातंगिनी हाजरा 29 सितंबर 1942 को ... शहीद हुई थीं": a person of two to four
# words no dictionary has, with a title, then a date, then the death.
_MARTYRED = regex.compile(
    r"^((?:(?:स्वतंत्रता सेनानी|क्रांतिकारी|वीर)\s)?(?:[\p{L}\p{M}.]+\s){1,3}[\p{L}\p{M}.]+)"
    r"\s\d{1,2}\s[\p{L}\p{M}]+\s\d{4}\sको\s.*(?:शहीद\s(?:हुए|हुई|हुईं|हो\sगए)|" + _GAVE_LIVES + r")"
)


# A fighter a fact names by title, then what the fighter did: "स्वतंत्रता सेनानी यू कियांग
# नांगबाह ने ...".
_FIGHTER = regex.compile(
    r"(स्वतंत्रता सेनानी|क्रांतिकारी)\s((?:[\p{L}\p{M}.]+\s){1,3}?[\p{L}\p{M}.]+)\sने\s"
)


def _another_day(name: str, occasion: Occasion) -> bool:
    """Is ``name`` a day of its own that holds a known day's name ("राष्ट्रीय वन शहीद दिवस", not
    "शहीद दिवस": round19 bowed to "देश के लिए प्राण न्योछावर करने वाले सभी शहीदों" over the
    Khejarli martyrs)? Not "अंतरराष्ट्रीय योग दिवस", the known day by its full name."""
    whole = regex.compile(rf"{EDGE_BEFORE}{regex.escape(name)}{EDGE_AFTER}")
    if name in occasion.triggers or any(whole.search(g) for g in occasion.greetings):
        return False  # "सशस्त्र सेना झंडा दिवस" is the flag day the phrasebook greets
    if name.startswith("राष्ट्रीय ") and any(
        w in " ".join((*occasion.triggers, *occasion.greetings))
        for w in ("अंतरराष्ट्रीय", "अंतर्राष्ट्रीय")
    ):
        return True  # "राष्ट्रीय महिला दिवस" (13 February) is not the international one (round20)
    return name.endswith("दिवस") and any(
        t in name and set(name.replace(t, " ").split()) - _DAY_SCOPE
        for t in occasion.triggers
        if t != name and t.endswith("दिवस")
    )


_DAY_SCOPE = frozenset("राष्ट्रीय अंतरराष्ट्रीय अंतर्राष्ट्रीय विश्व अखिल भारतीय".split())


def _first_fact(req: Request, test: Callable[[str], bool]) -> int:
    """The index of the first fact that passes ``test``, or the number of facts."""
    return next((i for i, f in enumerate(req.facts) if test(f)), len(req.facts))


def _says_no_more(fact: str, cta: str) -> bool:
    """Does ``fact`` ask nothing the call to action leaves out: every figure, and all its words
    but one in five ("ठगी होने पर 1930 पर कॉल करें ..." under "ठगी होते ही 1930 पर कॉल करें
    ... शिकायत दर्ज करें", which the format check read as a repeat)?"""
    figures = set(regex.findall(r"\d+", fact)) <= set(regex.findall(r"\d+", cta))
    extra = _words_of(fact) - _words_of(cta)
    return figures and len(extra) <= len(_words_of(fact)) // 5


# Words a fact may have that its call to action need not repeat: case endings and the verb
# that says a thing will be ("पंजीकरण 28 जुलाई तक ... पर होगा").
_GRAMMAR = frozenset("के की का को में से पर और या तक है हैं होगा होगी होंगे होता होती होते".split())


def _asked_whole(fact: str, cta: str, elsewhere: str = "") -> bool:
    """Does the call to action say every word of ``fact`` but its grammar, every figure with
    them ("पंजीकरण 28 जुलाई तक पुस्तकालय काउंटर पर होगा" under "👉 28 जुलाई तक पुस्तकालय
    काउंटर पर पंजीकरण कराएँ": round13's readers read it twice in a thread it made)? A rule's
    verb is said by the ask's ("आवेदन ... करना होता है", "नाम ... लिखवाने होंगे" under "...
    आवेदन करें", "... नाम लिखवाएं"), a deadline by its date and "तक" ("अंतिम तिथि 30 सितंबर
    2026 है" under "... 30 सितंबर 2026 तक कराएं"), and a rule of six words and more may say
    one word in another form ("गर्भावस्था का पंजीकरण" under "गर्भ के ... पंजीकरण"): rounds
    32-34's readers refused five posts that said such a rule and then asked it. One word more
    may be one the post says ``elsewhere``: the town of "पंजीकरण ... कार्यालय, शहडोल में 5
    अक्टूबर तक होगा" under "... तक ... कार्यालय में पंजीकरण कराएँ" (round45's readers: "the
    registration line is repeated word for word by the call to action")."""
    missing = set(regex.findall(r"\d+", fact)) - set(regex.findall(r"\d+", cta))
    if not all(
        # A year the ask leaves off a date it gives ("5 सितंबर 2026 तक" under "5 सितंबर तक").
        regex.fullmatch(r"(?:19|20)\d{2}", m)
        and (date := regex.search(rf"(\d{{1,2}}\s{LETTER}+)\s{m}", fact)) is not None
        and date.group(1) in cta
        for m in missing
    ):
        return False
    words = {stem(w) for w in _words_of(fact) - _GRAMMAR - _MUST}
    asked = {stem(w) for w in _words_of(cta)}
    extra = words - asked
    if _A_NUMBER_IS.search(" ".join(fact.split())):
        # "जिला नियंत्रण कक्ष का नंबर 0326-2311217 है" under "... नियंत्रण कक्ष 0326-2311217 पर
        # सूचना दें": the number is the ask's (round44's readers: "the control-room number is
        # repeated in a separate line and in the call to action").
        extra -= _NUMBER_WORDS
    for number in regex.findall(r"\d{3,}", fact):
        named = regex.search(
            rf"((?:{LETTER}+\s){{0,2}}(?:हेल्पलाइन|नंबर|टोल-फ्री|टोल-फ़्री|कक्ष)\s){number}\sपर\s", fact
        )
        if named is not None and number in cta:
            # The name of the line the ask calls by its number: "पशु चिकित्सा हेल्पलाइन 1962 पर
            # दें" under "... 1962 पर दें" (round48's readers: "the 1962 line back to back").
            extra -= {stem(w) for w in named.group(1).split()}
    extra -= {stem(m) for m in missing}
    said = {stem(w) for w in _words_of(elsewhere) - _GRAMMAR} - _RULE_CHANGERS
    if len(extra & said) == 1 and len(words) >= 6:
        extra -= said
    if (deadline := _LAST_DATE.search(fact)) is not None and f"{deadline.group(1)} तक" in cta:
        extra -= {stem("अंतिम"), stem("तिथि"), stem("तारीख")}
    if regex.search(_NEGATION, fact) and not regex.search(_NEGATION, cta):
        return False
    # The one word the ask may say otherwise is a form of one of its own ("गर्भावस्था" of
    # "गर्भ"), not a word it leaves out ("निःशुल्क", "पंजीकृत", "पोर्टल").
    reworded = {
        e for e in extra if any(len(a) >= 3 and (e.startswith(a) or a.startswith(e)) for a in asked)
    }
    # A long ask may leave one word out where it says the rest: "मामला शामिल कराने के लिए 5
    # सितंबर 2026 तक तालुक विधिक सेवा समिति, माहे से संपर्क करें" under "अपना मामला लोक अदालत में
    # रखने के लिए 5 सितंबर तक ... से संपर्क करें" (round48's readers: "said twice in a row").
    spare = len(words) >= 10 and not extra & _RULE_CHANGERS and len(extra - reworded) <= 1
    return len(words) >= 3 and (extra <= reworded or spare) and len(extra) <= (len(words) >= 6)


# "... का (टोल-फ्री) नंबर 1077 है", and the words of it the ask need not say again.
_A_NUMBER_IS = regex.compile(
    r"(?:का|की)\s(?:टोल-फ्री\s|टोल-फ़्री\s|टोल फ्री\s|टोल फ़्री\s)?नंबर\s[\d\s-]{3,16}\sहै[।.]?$"
    # Or where one may report: "... की सूचना बिजली हेल्पलाइन 1912 पर दी जा सकती है" under "...
    # 1912 पर सूचना दें" (round46's readers: "the 1912 line is repeated").
    r"|(?:नंबर|हेल्पलाइन)\s[\d\s-]{3,16}\sपर\s(?:\S+\s){0,2}जा\sसक(?:ती|ता|ते)\s(?:है|हैं)[।.]?$"
)
_NUMBER_WORDS = frozenset(
    stem(w) for w in "नंबर हेल्पलाइन टोल फ्री फ़्री टोल-फ्री टोल-फ़्री जिला ज़िला जा सकती सकता सकते".split()
)
# Words that change what a rule says, never taken as said elsewhere.
_RULE_CHANGERS = frozenset(
    stem(w) for w in "निःशुल्क नि:शुल्क मुफ्त मुफ़्त केवल सिर्फ ही भी नहीं न अनिवार्य ज़रूरी".split()
)
# The verb of a rule, which the ask's own verb says: "करना होता है", "कराने होंगे".
_MUST = frozenset(
    "करना करनी करने कराना करानी कराने लिखवाना लिखवानी लिखवाने होना होनी होने चाहिए पड़ता पड़ती "
    "पड़ेगा पड़ेगी रहेगा रहेगी".split()
)
_LAST_DATE = regex.compile(r"अंतिम\s(?:तिथि|तारीख)\s(\d{1,2}\s[\p{L}\p{M}]+(?:\s\d{4})?)")


def _on_the_day(req: Request, occasion: Occasion | None, book: Phrasebook) -> bool:
    """Is the post about the day it would greet: its first fact names the day, or gives the
    date a fact names the day on (a para-athletics meet on 3 December, the day of persons with
    disabilities)?"""
    if occasion is None or occasion_of(req.facts[:1], book) == occasion:
        return True
    first = {d.group() for d in _DATE.finditer(req.facts[0])} if req.facts else set()
    return any(
        first & {d.group() for d in _DATE.finditer(f)}
        for f in req.facts[1:]
        if occasion_of([f], book) == occasion
    )


def _bow(req: Request) -> str | None:
    """A bow to the person whose jayanti the facts give: "सावित्रीबाई फुले को शत-शत नमन! 🙏"."""
    day = _day_of(req)
    if day is None:
        return None
    what, name = day
    if what == "named" and name.endswith(" जयंती"):
        what, name = "birth", name.removesuffix(" जयंती")
        # By the whole name a fact gives the life: "संत कवि कनकदास", not the day's "कनक"
        # (round42's readers: "abrupt, over-familiar").
        name = next(
            (
                m.group(1)
                for f in req.facts
                if (m := _BORN_IN.match(f)) and name in m.group(1) and len(name) < len(m.group(1))
            ),
            name,
        )
    return f"{name} को शत-शत नमन! 🙏" if what == "birth" else None


def _calls_it_as_said(line: str, occasion: Occasion, said: str) -> bool:
    """Does ``line`` call ``occasion`` only by names ``said`` uses ("दशहरा" for "मैसूरु
    दशहरा", not "विजयादशमी")? A name in another case counts ("दशहरे")."""
    return all(_is_said(t, said) for t in _triggers_in(line, occasion))


def _called_as_said(line: str, occasion: Occasion, said: str) -> str | None:
    """``line`` with the names of ``occasion`` it uses that ``said`` does not replaced by the
    first one ``said`` does ("विजयादशमी की हार्दिक शुभकामनाएँ!" for "मैसूरु दशहरा" facts
    is "दशहरा की ..."); None when ``said`` uses none."""
    unsaid = [t for t in _triggers_in(line, occasion) if not _is_said(t, said)]
    if not unsaid:
        return line
    places = [(said.find(t), -len(t), t) for t in occasion.triggers if t in said]
    if not places:
        return None
    name = min(places)[2]
    for t in unsaid:
        line = regex.sub(rf"{EDGE_BEFORE}{regex.escape(t)}{EDGE_AFTER}", name, line)
    return line


def _triggers_in(line: str, occasion: Occasion) -> list[str]:
    return [
        t
        for t in occasion.triggers
        if regex.search(rf"{EDGE_BEFORE}{regex.escape(t)}{EDGE_AFTER}", line)
    ]


def _is_said(name: str, said: str) -> bool:
    return regex.sub(r"[ाे]$", "", name) in said


def _names_only_what_is_said(line: str, said: str) -> bool:
    """Does every "... दिवस" ``line`` names ("राष्ट्रीय एकता दिवस") come in words ``said`` has?
    (A jayanti is the person's, however honoured: "गुरु रविदास" for the facts' "संत रविदास".)"""
    return all(
        w in said
        for name, _ in _occasions_named(line)
        if name.endswith("दिवस")
        for w in name.split()
    )


# "इस घटना को काकोरी ट्रेन एक्शन के नाम से याद किया जाता है": what the day is called.
# Not a person's title: "उन्हें पंजाब केसरी के नाम से जाना जाता है" (round21 bowed "उन्हें पंजाब
# केसरी पर विनम्र श्रद्धांजलि").
_REMEMBERED_AS = regex.compile(
    r"(?:^|\sको\s)(?!(?:उन्हें|इन्हें|उसे|इसे|वे|ये|वह|यह)\s)"
    r"((?:[\p{L}\p{M}]+\s){1,3}[\p{L}\p{M}]+)\sके नाम से (?:याद किया जाता|जाना जाता)"
)
# A fair a fact says is held, by its name or its place: "... यहां खीर भवानी मेला लगता है", "...
# राजिम में मेला लगता है" (round21 greeted Mahashivratri, the day the Rajim fair ends on).
_FAIR_HELD = regex.compile(
    rf"(?:{EDGE_BEFORE}(?:यहां|यहाँ|में|को)\s"
    r"(?P<name>(?:(?!(?:यहां|यहाँ|में|को)\s)[\p{L}\p{M}]+\s){1,3})"
    rf"|{EDGE_BEFORE}(?P<place>{LETTER}+)\sमें\s)मेला\s(?:लगता|भरता)\sहै"
)
# Or a fair named after the place it is in, kept on its day: "अल्मोड़ा में नंदा देवी मेला
# भाद्रपद शुक्ल अष्टमी ... को मनाया जाता है" (round43 wished "आप सभी को हार्दिक शुभकामनाएँ!").
_FAIR_KEPT = regex.compile(
    rf"{EDGE_BEFORE}में\s(?P<name>(?:(?!(?:में|के|की|का|को|से|पर)\s){LETTER}+\s){{1,3}})मेला\s"
    r"(?:\S+\s){0,10}?(?:मनाया\sजाता|लगता|भरता)\sहै"
)
# "भादरवी पूनम का महामेला": the day a fair is of, which is what is wished (round43 wished
# "महामेला की हार्दिक शुभकामनाएँ!").
_FAIR_OF = regex.compile(
    rf"{EDGE_BEFORE}(?P<day>(?:(?!(?:में|के|की|का|को|से|पर)\s){LETTER}+\s){{1,3}})का\s(?:महा)?मेला"
    + EDGE_AFTER
)
# What a fair is, not its name: "भव्य मेला भरता है" (round43 wished "भव्य मेले की ...").
_FAIR_KIND = frozenset("भव्य विशाल बड़ा ऐतिहासिक पारंपरिक प्रमुख प्रसिद्ध वार्षिक सालाना".split())


# A state's or a union territory's own day as a headline wishes it: "हरियाणा दिवस", "कर्नाटक
# राज्योत्सव", "नागालैंड राज्य स्थापना दिवस", "हिमाचल दिवस" (the state's first word).
_STATE_DAY = regex.compile(
    r"^\W*(?P<state>"
    + "|".join(regex.escape(p) for p in STATES)
    + r")(?:\s(?:राज्य\s)?(?:स्थापना\s)?दिवस|\sराज्योत्सव|\sराज्य\sदिवस)\sकी\sहार्दिक\s"
)


def _state_day(headline: str) -> str | None:
    """The state whose day ``headline`` wishes, or None."""
    match = _STATE_DAY.match(headline)
    return match.group("state") if match else None


def _day_of(req: Request) -> tuple[str, str] | None:
    """The day a greeting's facts give: ("named", "अभियंता दिवस") where a fact names it; else
    ("birth", "लाल बहादुर शास्त्री") from "... का जन्म ... को", ("state", "झारखंड") from
    "झारखंड राज्य ... को बना"; else a jayanti a fact gives in passing ("संत कबीर की जयंती").
    A day's own name comes first: "सुशासन दिवस", not the birth it marks (round9)."""
    named = [n for fact in req.facts for n in _occasions_named(fact)]
    named += [
        (match.group(1), False) for fact in req.facts if (match := _REMEMBERED_AS.search(fact))
    ]
    for fact in req.facts:
        if (fair := _FAIR_HELD.search(fact) or _FAIR_KEPT.search(fact)) is not None:
            held = (fair.group("name") or f"{fair.group('place')} ").split()
            if not any(w in STOP_WORDS or w in _NOT_TAG_WORDS or w in _FAIR_KIND for w in held):
                named.append((" ".join([*held, "मेला"]), False))
    if plain := [name for name, genitive in named if not genitive]:
        return "named", plain[0]
    for fact in req.facts:
        if (born := _BORN.search(fact)) is not None:
            words = born.group(1).split()
            while len(words) > 2 and words[0] in _ROLES:
                words.pop(0)  # "राष्ट्रपति डॉ. राजेंद्र प्रसाद" is "डॉ. राजेंद्र प्रसाद"
            words = _whole_title(words, fact)
            return "birth", " ".join(words)
        if (state := _STATE_MADE.search(fact)) is not None:
            return "state", state.group(1) or state.group(2) or state.group(3)
    if req.kind == "greeting" and not named:
        # A force or an institution founded on a date: its founding day ("सीमा सुरक्षा बल
        # (बीएसएफ) की स्थापना 1 दिसंबर 1965 को हुई थी": round35 wished "आप सभी को").
        founded = next((m for f in req.facts[:1] if (m := _FOUNDED.match(f))), None)
        if founded is not None:
            return "founded", founded.group(1)
    return ("named", named[0][0]) if named else None


def _short_name(name: str) -> str:
    """The short name a bracket gives ("बीएसएफ" of "सीमा सुरक्षा बल (बीएसएफ)"), else ``name``."""
    short = regex.search(r"\(([^)]+)\)", name)
    return short.group(1) if short else name


# "सीमा सुरक्षा बल (बीएसएफ) की स्थापना 1 दिसंबर 1965 को हुई थी": what was founded, then when.
_FOUNDED = regex.compile(
    # "भारत-तिब्बत सीमा पुलिस (आईटीबीपी)" too (round38 wished "आप सभी को").
    r"^((?:[\p{L}\p{M}()\-]+\s){0,5}[\p{L}\p{M}()\-]+)\sकी\sस्थापना\s\d{1,2}\s[\p{L}\p{M}]+\s\d{4}"
    r"\sको\s(?:हुई|की\sगई)"
)


# "सरहुल झारखंड के आदिवासी समाज का प्रमुख प्रकृति पर्व है": the festival is the sentence's
# subject, before the place it belongs to (round10 greeted "प्रमुख प्रकृति पर्व").
_FESTIVAL_IS = regex.compile(
    # Or that clause and a comma: "हरेला उत्तराखंड का लोकपर्व है, जो ..." (round13).
    # Or "... लोकपर्व है जो चैत्र मास के पहले दिन मनाया जाता है" (round16).
    # Or a fair: "मिंजर मेला चंबा का प्रसिद्ध मेला है, जो श्रावण मास में मनाया जाता है" (round19).
    r"(?:पर्व|त्योहार|त्यौहार|उत्सव|मेला)\s(?:है|हैं|माना जाता है|मनाया जाता है)(?:\s*[।.]?\s*$|,|\sजो\s)"
)


# A festival a fact says is celebrated: "इगास बग्वाल उत्तराखंड में दीपावली के 11 दिन बाद मनाई
# जाती है", "बस्तर दशहरा 75 दिनों तक मनाया जाता है" (round17 greeted Diwali and Vijayadashami).
# A fast is kept: "जीवित्पुत्रिका व्रत यानी जितिया आश्विन कृष्ण अष्टमी को रखा जाता है" (round18).
_CELEBRATED = regex.compile(
    # A day to come too: "... 8 नवंबर 2026 को ... मनाई जाएगी" (round48 wished "आप सभी को
    # हार्दिक शुभकामनाएँ!" over Kali Puja).
    r"(?:मनाया|मनाई|मनाए|रखा|रखी|रखे)\s(?:जात(?:ा|ी|े)\sहै|जाएगा|जाएगी|जाएँगे|जाएंगे)\s*[।.]?\s*$"
    # And a fair the fact opens with, that is held: "अंतरराष्ट्रीय श्री रेणुका जी मेला हर वर्ष ...
    # में लगता है" (not "ज्येष्ठ अष्टमी को यहां खीर भवानी मेला लगता है", whose name is no date).
    r"|^(?:(?!(?:को|से|तक|में|पर|यहां|यहाँ)\s)\S+\s){1,5}?मेला\s.*(?:लगता|लगेगा)(?:\sहै)?\s*[।.]?\s*$"
)
# Festivals a place's name before them makes its own: "बस्तर दशहरा", "रंगाली बिहू".
_REGIONAL = frozenset("दशहरा बिहू दीपावली दिवाली होली पर्व उत्सव मेला".split())
# Words a day's date begins with, after its name.
_DATED_BY = frozenset(
    "चैत्र वैशाख ज्येष्ठ आषाढ़ श्रावण सावन भाद्रपद भादों आश्विन कार्तिक मार्गशीर्ष अगहन पौष माघ फाल्गुन "
    "होली दीपावली दिवाली दीवाली हर प्रतिवर्ष "
    # A calendar's: "गलदान नमछोत तिब्बती पंचांग के दसवें महीने की 25वीं तिथि को ..." (round32
    # greeted "नववर्ष", a later fact's word).
    "तिब्बती हिंदू हिन्दू पंचांग "
    # "त्रिशूर पूरम मलयालम महीने मेडम में ..." (round34 greeted "आप सभी को").
    "मलयालम".split()
)


# A festival named after what it is: "निशी समुदाय का प्रमुख त्योहार न्योकुम युल्लो हर साल 26
# फरवरी को ...", "मणिपुरी नववर्ष चेइराओबा सजिबु महीने के पहले दिन ..." (round27 greeted "प्रमुख
# त्योहार", "समुदाय त्योहार" and "नववर्ष").
_FESTIVAL_CALLED = regex.compile(
    rf"{EDGE_BEFORE}(?:त्योहार|त्यौहार|पर्व|उत्सव|नववर्ष|नव वर्ष)\s((?:{LETTER}+\s){{0,2}}?{LETTER}+)"
    rf"\s(?=हर\s|प्रतिवर्ष|\d|{LETTER}+\s(?:महीने|माह|मास)\s|को\s"
    # Or its date in the lunar calendar: "... का नववर्ष नवरेह चैत्र शुक्ल प्रतिपदा को ..."
    # (round28 wished "नववर्ष").
    rf"|(?:{'|'.join(sorted(_DATED_BY - {'हर', 'प्रतिवर्ष'}))})\s)"
)


def _festival_subject(fact: str) -> str | None:
    if (called := _CELEBRATED_AS.search(fact)) is not None and not any(
        w in _NOT_TAG_WORDS or w in STOP_WORDS or w.isdigit() for w in called.group(1).split()
    ):
        # "... पवित्र तीर्थोद्भव होता है, जिसे कावेरी संक्रमण के रूप में मनाया जाता है": the day
        # is the name it is celebrated by (round41 wished "आप सभी को हार्दिक शुभकामनाएँ!").
        return called.group(1)
    if (on := _ON_OCCASION.match(fact)) is not None and not any(
        w in _NOT_TAG_WORDS or w in STOP_WORDS or w.isdigit() for w in on.group(1).split()
    ):
        # "माघी के अवसर पर श्री मुक्तसर साहिब में ... माघी मेला लगता है": the occasion is
        # "माघी" (round37 wished "आप सभी को हार्दिक शुभकामनाएँ!").
        return on.group(1)
    if (one := _ONE_OF.match(fact)) is not None:
        # "बेंगलुरु करगा शहर के सबसे पुराने उत्सवों में से एक है": the festival, without the
        # place it is one of (round34 wished "आप सभी को हार्दिक शुभकामनाएँ!").
        words = one.group(1).split()
        while len(words) > 1 and words[-1] in _WHOSE_PLACE:
            words.pop()
        if not any(w in _NOT_TAG_WORDS or w.isdigit() for w in words):
            return " ".join(words)
    festival = _FESTIVAL_IS.search(fact) is not None
    celebrated = _CELEBRATED.search(fact) is not None
    if (festival or celebrated) and (named := _FESTIVAL_CALLED.search(fact)) is not None:
        words = named.group(1).split()
        if not any(w in known_words() or w in _NOT_TAG_WORDS or w in _DATED_BY for w in words):
            return named.group(1)
    if not festival and not celebrated:
        # "गुड़ी पाड़वा चैत्र शुक्ल प्रतिपदा को मनाया जाता है और इसी दिन से मराठी नववर्ष शुरू
        # होता है": the festival of the first clause (round26 wished "नववर्ष").
        clause, _, rest = fact.partition(" और ")
        return _festival_subject(clause) if rest and _CELEBRATED.search(clause) else None
    places = [n for n in find_names(fact) if n.kind == "place" and n.start > 0]
    if not places:
        # "भगोरिया भील और भिलाला जनजाति का लोकपर्व है ...": with no place to end it, the
        # festival is the first word (round16 greeted Holi, which the fact names as its time),
        # or two where the second is what it is ("टुसू पर्व", "बस्तर दशहरा"); a day only said
        # to be celebrated is named so only ("विश्व जनसंख्या दिवस ... मनाया जाता है" is not "विश्व").
        first = fact.split()[:2]
        if not first or first[0] in _NOT_TAG_WORDS or first[0].isdigit():
            return None
        if first[1:2] and first[1] in _REGIONAL and first[0] not in known_words():
            if _DATED_AFTER.match(fact, len(" ".join(first))):
                # "रंगपंचमी होली के पाँच दिन बाद ...": the festival, not the one it is dated by
                # (round49's readers: "mixes up the two festivals").
                return first[0]
            return " ".join(first)
        if (named := _NAMED_FESTIVAL.search(fact)) is not None and named.group(1) not in (
            known_words()
        ):
            # "जैन समाज में पर्युषण पर्व के बाद क्षमावाणी पर्व मनाया जाता है": the festival
            # celebrated is named before its noun (round25 greeted "जैन").
            return f"{named.group(1)} पर्व"
        if festival and (whose := _BEFORE_WHOSE.match(fact)) is not None:
            # "पारसी नववर्ष नवरोज़ पारसी समुदाय का प्रमुख पर्व है", "आदि पेरुक्कु तमिल माह आदि के
            # 18वें दिन ...": the name runs to the community or the month it belongs to
            # (round25 greeted "पारसी" and "आदि").
            name = (whose.group(1) or whose.group(2)).split()
            if len(name) > 1 and name[-1] in _PEOPLES:
                # "सेक्रेन्यी अंगामी नगा समुदाय का प्रमुख पर्व है": a community of two words
                # (round31 greeted "सेक्रेन्यी अंगामी").
                name = name[:-1]
            return " ".join(name)
        if festival and (held := _HELD_IN_ITS_PLACE.match(fact)) is not None:
            # "डांग दरबार डांग जिले के मुख्यालय आहवा में ... लोक मेला है": the name runs to the
            # district it is held in (round49 wished "डांग की हार्दिक शुभकामनाएँ!").
            return held.group(1)
        if festival:
            return first[0]
        # "हनुमान जयंती चैत्र पूर्णिमा को मनाई जाती है", "होला मोहल्ला होली के अगले दिन ...":
        # the day is the words before its date (round18 wished "आप सभी को" instead).
        words = fact.split()
        # Not "दीपावली" in "देव दीपावली कार्तिक पूर्णिमा को ...": a name runs to two words. A
        # bracket or "को" ends it too: "पणा संक्रांति (महा विषुव संक्रांति) को ओडिया नववर्ष के
        # रूप में मनाया जाता है" (round21 greeted Makar Sankranti).
        end = next(
            (
                i
                for i, w in enumerate(words)
                if (i >= 2 and w in _DATED_BY)
                or (i >= 1 and (w.startswith("(") or w in ("को", "इस") or w[:1].isdigit()))
            ),
            0,
        )
        subject = words[:end]
        if "यानी" in subject[1:-1]:
            # "जीवित्पुत्रिका व्रत यानी जितिया": the name it goes by is the one to wish.
            subject = subject[subject.index("यानी") + 1 :]
        # A fair's name runs longer: "अंतरराष्ट्रीय श्री रेणुका जी मेला" (round48).
        most = 5 if subject[-1:] in (["मेला"], ["महोत्सव"], ["उत्सव"]) else 3
        if 1 <= len(subject) <= most and not any(w in _NOT_TAG_WORDS for w in subject):
            return " ".join(subject) if len(subject) > 1 or "यानी" in words else None
        return None
    subject = fact[: places[0].start].split()
    if (dated := next((i for i, w in enumerate(subject) if i and w in _DATED_BY), 0)) > 0:
        subject = subject[:dated]  # "देव दीपावली कार्तिक पूर्णिमा को काशी के घाटों पर ..."
    while subject and subject[-1] in _DIRECTIONS:
        subject.pop()  # "नुआखाई पश्चिमी ओडिशा का ...": the festival is "नुआखाई" (round11)
    if 1 <= len(subject) <= 3 and not any(w in _NOT_TAG_WORDS or w.isdigit() for w in subject):
        return " ".join(subject)
    return None


_CELEBRATED_AS = regex.compile(
    rf"{EDGE_BEFORE}(?:जिसे|इसे)\s((?:{LETTER}+\s){{0,2}}{LETTER}+)\sके\sरूप\sमें\s(?:मनाया|मनाई)\sजात"
)
_ON_OCCASION = regex.compile(r"^((?:[\p{L}\p{M}]+\s){0,2}[\p{L}\p{M}]+)\sके\sअवसर\sपर\s")
# A festival that is one of many: "X शहर के सबसे पुराने उत्सवों में से एक है".
_ONE_OF = regex.compile(
    rf"^((?:{LETTER}+\s){{0,2}}{LETTER}+)\s(?:(?:का|की|के)\s)?(?:{LETTER}+\s){{0,3}}"
    r"(?:पर्वों|लोकपर्वों|त्योहारों|त्यौहारों|उत्सवों|मेलों)\sमें\sसे\sएक" + EDGE_AFTER
)
_WHOSE_PLACE = frozenset("शहर नगर राज्य प्रदेश जिले ज़िले देश क्षेत्र इलाके गांव गाँव समुदाय समाज".split())
_NAMED_FESTIVAL = regex.compile(
    EDGE_BEFORE + r"(" + LETTER + r"+)\sपर्व\s(?:मनाया|मनाई)\sजात(?:ा|ी)\sहै\s*[।.]?\s*$"
)
# A festival dated by another: "... के पाँच दिन बाद", "... से पहले".
_DATED_AFTER = regex.compile(r"\s(?:के|से)\s(?:\S+\s){0,2}(?:बाद|पहले|पूर्व)" + EDGE_AFTER)
# A festival's name, then the district, town or village it is held in.
_HELD_IN_ITS_PLACE = regex.compile(
    rf"^({LETTER}+(?:\s{LETTER}+){{0,2}})\s{LETTER}+\s(?:जिले|ज़िले|शहर|नगर|गाँव|गांव|कस्बे)"
    r"\s(?:के|की|का|में)\s"
)
# Two or three words, then the community's or the calendar's word with what it is of.
_BEFORE_WHOSE = regex.compile(
    # A name of up to four words: "तेंदोंग ल्हो रम फात लेप्चा समुदाय का ..." (round36 wished
    # "तेंदोंग").
    r"^((?:"
    + LETTER
    + r"+\s){1,3}"
    + LETTER
    + r"+)\s"
    + LETTER
    + r"+\s(?:समुदाय|समाज)\s(?:का|की|के)\s|^((?:"
    + LETTER
    + r"+\s){1,2}"
    + LETTER
    + r"+)\s"
    + LETTER
    + r"+\s(?:माह|मास|महीने)\s"
)

# Peoples whose name goes before a second ("अंगामी नगा समुदाय"), never a festival's word.
_PEOPLES = frozenset(
    "अंगामी आओ सुमी लोथा कोन्याक चाखेसांग नगा गारो खासी जयंतिया मिज़ो मिजो बोडो कार्बी मिशिंग "
    "न्यिशी अपातानी भील भिलाला गोंड संथाल मुंडा उरांव भूटिया लेप्चा लिंबू तमांग राभा त्रिपुरी "
    "रियांग कुकी मैतेई तांगखुल".split()
)
_DIRECTIONS = frozenset("पश्चिमी पूर्वी उत्तरी दक्षिणी मध्य पूर्वोत्तर उत्तर-पूर्वी".split())
_ROLES = frozenset("राष्ट्रपति प्रधानमंत्री मुख्यमंत्री पूर्व उपराष्ट्रपति राज्यपाल".split())
# The last word of a title of two ("स्वतंत्रता सेनानी", "समाज सुधारक", "बेंगलुरु के संस्थापक"),
# which a name's window of words cuts from its first (round27: "सेनानी अल्लूरी सीताराम राजू",
# "सुधारक महात्मा अय्यंकाली जयंती", "संस्थापक नाडप्रभु केम्पेगौड़ा जयंती"; round29: "जनक डॉ.
# विक्रम साराभाई" of "भारतीय अंतरिक्ष कार्यक्रम के जनक").
_TITLE_TAILS = frozenset("सेनानी सुधारक संस्थापक जनक निर्माता प्रणेता".split())


def _whole_title(name: list[str], fact: str) -> list[str]:
    """A person's or a day's name words without a title's cut tail, and with the "डॉ." the
    fact gives before them (round27: "यशवंत सिंह परमार जयंती" for "डॉ. यशवंत सिंह परमार")."""
    while len(name) > 2 and name[0] in _TITLE_TAILS:
        name = name[1:]
    if (
        name
        and not name[0].startswith("डॉ")
        and regex.search(rf"(?:^|\s)डॉ\.?\s{regex.escape(name[0])}{EDGE_AFTER}", fact)
    ):
        name = ["डॉ.", *name]
    if (
        name
        and not _DAY_WORDS & set(name)  # "लाचित दिवस" is no "वीर लाचित दिवस"
        and (titled := _TITLED_START.match(fact))
        and fact[titled.end() :].startswith(name[0])
    ):
        # The titles a sentence opens the name with: "महाराजा बीर बिक्रम किशोर माणिक्य बहादुर"
        # (round38 greeted "बिक्रम किशोर माणिक्य बहादुर").
        name = [*titled.group().split(), *name]
    return name


_DAY_WORDS = frozenset("दिवस जयंती पर्व उत्सव".split())
_TITLED_START = regex.compile(
    r"^(?:(?:महाराजा|महारानी|राजा|रानी|वीर|बीर|सम्राट|छत्रपति|लोकमान्य|महात्मा|गुरुदेव|राष्ट्रकवि)\s)+"
)


def _occasions_named(fact: str) -> list[tuple[str, bool]]:
    """The days the fact names, when words before the day's noun name it (not "करने का
    पर्व"), each with whether the fact said it with की/का ("संत कबीर की जयंती", given as
    "संत कबीर जयंती")."""
    if (subject := _festival_subject(fact)) is not None:
        return [(subject, False)]
    found = []
    for match in _OCCASION_NAME.finditer(fact):
        if _STATUS.match(fact, match.end()):
            continue  # "... को राज्य पर्व का दर्जा दिया गया" is a status, not the day's name
        words = match.group(1).split()
        genitive = len(words) >= 3 and words[-2] in ("की", "का")
        if genitive:
            words = [*words[:-2], words[-1]]
        cut = max(
            (
                i
                for i, w in enumerate(words[:-1])
                if w in _NOT_TAG_WORDS
                or w in _TIME_WORDS
                or w in _CASE_AFTER_OF
                or (_NOT_A_NAME.search(w) and w not in _NAME_ADJECTIVES)
            ),
            default=-1,
        )
        name = words[cut + 1 :]
        lead = [*fact[: match.start(1)].split(), *words[:cut]]
        if (
            cut >= 0
            and words[cut] == "और"
            and 1 <= len(lead) <= 4
            and fact.startswith(" ".join(lead))
            and not any(
                w in _NOT_TAG_WORDS or w in STOP_WORDS or w in _TIME_WORDS or w[:1].isdigit()
                for w in lead
            )
        ):
            # A day of two names that opens the fact: "विश्व रेड क्रॉस और रेड क्रिसेंट दिवस हर
            # वर्ष 8 मई को मनाया जाता है" (round49 greeted "रेड क्रिसेंट दिवस").
            name = [*lead, "और", *name]
        name = _whole_title(name, fact)
        if len(name) > 3 and name[1] == "स्तरीय":
            name = name[2:]  # "जिला स्तरीय हिमाचल दिवस" is the day "हिमाचल दिवस" (round14)
        if (month := next((i for i, w in enumerate(name) if i and w in _LUNAR_MONTHS), 0)) > 0:
            # "छेरछेरा पुन्नी पौष पूर्णिमा को मनाया जाता है": the festival, then its date
            # (round12 greeted "छेरछेरा पुन्नी पौष पूर्णिमा").
            day = " ".join(name[:month])
            if day in ("मेला", "महामेला") and (of := _FAIR_OF.search(fact)) is not None:
                day = of.group("day").strip()
            found.append((day, genitive))
        elif len(name) >= 2 and name[0] not in _LUNAR_MONTHS:
            found.append((" ".join(name), genitive))
    return found


_STATUS = regex.compile(r"\s(?:का|की)\s(?:दर्जा|मान्यता)")
# "ज्येष्ठ पूर्णिमा", "आषाढ़ शुक्ल द्वितीया" are dates, not days to greet (round8, round9).
_LUNAR_MONTHS = frozenset(
    "चैत्र वैशाख ज्येष्ठ जेठ आषाढ़ श्रावण सावन भाद्रपद भादो आश्विन क्वार कार्तिक मार्गशीर्ष अगहन "
    "पौष पूस माघ फाल्गुन फागुन".split()
)


def _day_named(req: Request) -> str | None:
    """That day's name, for a greeting's hashtag ("झारखंड स्थापना दिवस", "संत कबीर जयंती")."""
    if (day := _day_of(req)) is None:
        return None
    what, name = day
    name = " ".join(w for w in name.split() if w not in ("डॉ.", "डॉ", "श्री"))  # not in a tag
    if what == "founded":
        return f"{_short_name(name)} स्थापना दिवस"  # "#बीएसएफ_स्थापना_दिवस", as posts tag it
    return {"named": name, "state": f"{name} स्थापना दिवस"}.get(what, f"{name} जयंती")


def _trigger_in(phrase: str, text: str) -> bool:
    """Does ``text`` say ``phrase``, its last word in any number ("रैन बसेरे" for "रैन बसेरा")?"""
    body = regex.escape(phrase)
    if phrase.endswith("ा"):
        body = regex.escape(phrase[:-1]) + "(?:ा|े|ों)"
    return regex.search(rf"{EDGE_BEFORE}{body}{EDGE_AFTER}", text) is not None


def _untimed(name: str) -> str:
    """A name without the hour before it: "घाट सफ़ाई अभियान" of "... 7 बजे घाट सफ़ाई अभियान"
    (ten drafts read after round45: "#बजे_घाट_सफ़ाई_अभियान")."""
    words = name.split()
    while len(words) > 2 and words[0] in _TIME_WORDS:
        words.pop(0)
    return " ".join(words)


def _hashtags(
    req: Request, book: Phrasebook, topics: list[str], occasion: Occasion | None
) -> list[str]:
    """Whole names and topics from the facts, in the form Hindi posts use: "#लोक_अदालत"."""
    limit = HASHTAG_LIMIT.get(req.platform, 3)
    if not limit:
        return []
    found: list[str] = []
    said = " ".join((*req.facts, req.call_to_action or ""))
    if occasion is not None and (
        req.kind in ("greeting", "event") or occasion_of(req.facts[:1], book) == occasion
    ):
        # Not the tag of a day a later fact only dates by: "#अक्षय_तृतीया" on a scheme whose
        # instalments are paid on it (round41's readers: "makes it look like a festival post").
        found += [
            t
            for t in occasion.hashtags
            if _names_only_what_is_said(t.replace("_", " "), said)
            and _calls_it_as_said(t.replace("_", " "), occasion, said)
        ][:1]
    # One fact at a time: a name never runs across two ("साल में तीन बार" + "योजना का ...").
    # A greeting's places are where a life happened (#पानीपत, #कोलकाता), not what the day is.
    kinds = ("scheme",) if req.kind == "greeting" else ("scheme", "place")
    # A place only when the facts name one: "#बेलदार_टोला" for a causeway between three
    # villages named one of them (round7).
    place = _only_place(req)
    for fact in req.facts:
        found += [
            # One name of a pair: "#एग्री_बिज़नेस_सेंटर_योजना" of "एग्री-क्लिनिक और एग्री-बिज़नेस
            # सेंटर योजना".
            _untimed(_whole_name(fact, n.span).split(" और ")[-1]) if n.kind == "scheme" else n.span
            for n in find_names(fact)
            if n.kind in kinds
            and (n.kind != "place" or n.span == place)
            # Not a participle's tail: "#जुड़ी_सब्सिडी_योजना" of "... ऋण से जुड़ी सब्सिडी योजना है"
            # (round48's readers: "meaningless").
            and not (n.kind == "scheme" and n.span.split()[0] in _LINKED)
        ]
    events = [
        name
        for fact in req.facts
        for name in _event_names(fact)
        if name.split()[0] not in _LINKED
        # Not a thing a notice stops: "#प्रार्थना_सभा" of "... सुबह की प्रार्थना सभा और
        # खेल-कूद जैसी बाहरी गतिविधियाँ बंद रहेंगी" on an air-quality alert (round49's readers).
        and not (req.kind != "event" and _named_stopped(name, fact))
        # A greeting's day is its tag, not a "-ोत्सव" its facts mention ("सार्वजनिक गणेशोत्सव"
        # on Tilak's jayanti).
        if not (req.kind == "greeting" and name.endswith("ोत्सव"))
        # Nor a level alone: "#जिला_स्तरीय_प्रतियोगिता", "#राज्य_स्तरीय_प्रतियोगिता" (round39's
        # readers: it names no sport, and the state contest is not this post's).
        and not _bare_event(name)
        # Nor a kind of festival its facts call it ("#पारंपरिक_उत्सव" for Lai Haraoba: round37's
        # readers, "generic"), where its own name tags it; a day's name is a name ("राष्ट्रीय
        # वन शहीद दिवस").
        and not (
            req.kind == "greeting"
            and not name.endswith("दिवस")
            and all(w in known_words() or w in _KIND_WORDS for w in name.split())
        )
    ]
    if req.kind == "greeting" and occasion is None and not events and (day := _day_named(req)):
        found.append(day)  # the day the greeting names, when no fact names one
    # A name of five words is a description, not a tag ("#जन्म_मृत्यु_प्रमाण_पत्र_विशेष_शिविर",
    # round9).
    # A day's name is whole however long: "#विश्व_पुस्तक_एवं_कॉपीराइट_दिवस" (round12 had none).
    # "ज़िला स्तरीय राजस्थानी लोकगीत प्रतियोगिता" is tagged by what it is, not its level.
    events = [_LEVEL.sub("", e) for e in events]
    found += [
        e for e in events if len(e.split()) <= 4 or e.endswith(("योजना", "अभियान", "मिशन", "दिवस"))
    ]
    if req.kind == "event" and (town := _event_town(req)) is not None and town not in found:
        found.append(town)
    found += [p for p in book.hashtag_phrases if _trigger_in(p, said)]
    for topic in topics[:1]:
        if (entry := book.topic(topic)) is not None and entry.hashtags:
            # A topic's tag says more than the post when the facts gave two tags already:
            # "#सड़क_सुरक्षा" on a finished road (an editor: off topic).
            tag = entry.hashtags[0]
            said_stems = {stem(w) for w in _words_of(said)}
            # And never a tag none of whose words the facts say (round11: "#वित्तीय_समावेशन" on
            # a pension, "#किसान" on a children's seed-ball workshop, "#सुरक्षा" on a law).
            words = [stem(w) in said_stems for w in tag.split("_")]
            # An appeal may be tagged by its cause on one word ("#सड़क_सुरक्षा" on helmets); a
            # notice or a scheme only by every word: "#सड़क_सुरक्षा" on a diversion or a parking
            # change, "#जल_संरक्षण" on a pipeline notice, "#महिला_बाल_विकास" on a maternity
            # benefit read as off topic (rounds 21-32's readers).
            if tag == "सड़क_सुरक्षा" and not _ROAD_SAFETY.search(said):
                # A road's closure in a flood or marmots by the road is no lesson in road
                # safety (round43's readers; round41's marmots).
                continue
            if all(words) or (req.kind == "appeal" and len(found) < 2 and any(words)):
                found.append(tag)
    tags = []
    for tag in found:
        body = regex.sub(r"[\s\-–]+", "_", tag.strip()).strip("_")
        body = regex.sub(r"(?<=\p{L}|\p{M}):(?=\p{L})", "ः", body)  # "नि:शुल्क" → "निःशुल्क"
        body = regex.sub(r"[^\p{L}\p{M}\p{N}_]", "", body)
        if body and body not in tags and not _PHRASE_TAG.search(body):
            tags.append(body)
    # "#आयुष्मान_कार्ड" says less than "#आयुष्मान_कार्ड_शिविर": keep the longer one.
    tags = [t for t in tags if not any(t != u and f"_{t}_" in f"_{u}_" for u in tags)]
    if req.platform in ("instagram", "facebook") and len(tags) < limit:
        # The district its audience names, as the writers tagged their posts ("#गुमला",
        # "#सारण", "#दक्षिण_24_परगना"). Not whom it is for or what kind of day it is:
        # rounds 20-34's readers called "#विद्यार्थी", "#युवा", "#अभिभावक", "#मछुआरे",
        # "#कार्यशाला" and "#प्रतियोगिता" odd every time they named one, and the writers tag
        # what the post is about.
        tags += [
            t
            # Or the town it opens with ("नैनीताल आने वाले पर्यटक": "#नैनीताल" beside
            # "#पेयजल", a fresh read's lake appeal tagged by its water alone).
            for t in (_held_place(req)[:1] or _audience_town(req))
            if not _tagged(t, tags)
        ]
    if (
        req.platform in ("instagram", "facebook")
        and len(tags) < limit
        and (state := _state_of(req)) is not None
        and not _tagged(state, tags)
    ):
        # And the state the request names, as the writers tagged theirs ("#मणिपुर",
        # "#राजस्थान": rounds 30-46's most used Instagram tags); round43-46's readers marked
        # posts of one or two tags "thin on hashtags for Instagram".
        tags.append(state)
    if req.platform == "instagram" and not tags:
        # An Instagram post is found by its tags (round14-15's readers marked one with none):
        # the town its audience names ("तवांग आने वाले पर्यटक" → "#तवांग"), else whom it is
        # for, where nothing names what or where.
        tags = (
            _audience_town(req) or [w for w in _tokens(req.audience or "") if w in _READER_TAGS][:1]
        )
    return [f"#{t}" for t in tags[:limit]]


# What road safety is about: driving, crashes, speed, gear, the rules.
_ROAD_SAFETY = regex.compile(
    r"हेलमेट|दुर्घटना|हादस|गति|रफ़्तार|रफ्तार|सीट बेल्ट|नशे|ओवरलोड|ओवरटेक|लापरवाह|"
    r"ट्रैफिक नियम|यातायात नियम|ब्लैक स्पॉट|चलाते|जानलेवा|फिसलन|फ़िटनेस|फिटनेस|"
    r"सुरक्षा(?!\sजाँच|\sजांच)"
)
# Words that say what kind a festival is, not which.
_KIND_WORDS = frozenset("पारंपरिक परंपरागत प्रमुख प्रसिद्ध वार्षिक सालाना सांस्कृतिक धार्मिक प्राचीन".split())
# A phrase is no tag: "#ओडीओपी_के_अंतर्गत_वित्त_पोषण_सहायता_योजना" (round36: "an absurd
# sentence-long tag").
_PHRASE_TAG = regex.compile(
    r"(?:^|_(?:के|की|का)_)(?:अंतर्गत|तहत|लिए|द्वारा|माध्यम)(?:_|$)|^(?:के|की|का)_"
)


# Readers a tag may name, as the audience calls them.
_READER_TAGS = frozenset(
    "किसान पशुपालक विद्यार्थी युवा बुज़ुर्ग मज़दूर श्रमिक यात्री दिव्यांगजन अभिभावक शिक्षक खिलाड़ी "
    "कारीगर उद्यमी पेंशनभोगी मतदाता मछुआरे".split()
)


def _held_place(req: Request) -> list[str]:
    """The audience's places a post is tagged by, but none of a list where the facts name
    none ("करनाल, कैथल और पानीपत जिलों के किसान" of a fair in Karnal, which round46 tagged
    "#पानीपत" for the one place the name finder knew)."""
    places = _reader_places(req)
    said = " ".join(req.facts)
    if _PLACES_LISTED.search(req.audience or "") and not any(
        p.replace("_", " ") in said for p in places
    ):
        return []
    return places


# Readers of several districts or towns: "करनाल, कैथल और पानीपत जिलों के किसान".
_PLACES_LISTED = regex.compile(
    r"\s(?:जिलों|ज़िलों|जनपदों|शहरों|प्रखंडों|ब्लॉकों|तहसीलों)\s(?:के|की|का|में)" + EDGE_AFTER
)


def _reader_places(req: Request) -> list[str]:
    """The places the audience names, as tags: "सारण जिले के नागरिक" → "सारण"."""
    audience = " ".join((req.audience or "").split())
    places = [n.span for n in find_names(audience) if n.kind == "place"]
    if not places and (district := _DISTRICT.match(audience)) is not None:
        places = [district.group(1)]
    return [regex.sub(r"[^\p{L}\p{M}\p{N}_]", "", regex.sub(r"[\s\-–]+", "_", p)) for p in places]


# A town an audience opens with: "लाडवा के सभी उम्र के नागरिक", "तवांग आने वाले पर्यटक",
# "ग्रेटर वरंगल नगर निगम क्षेत्र के निवासी".
_TOWN_FIRST = regex.compile(
    r"^((?:[\p{L}\p{M}\-]+\s)?[\p{L}\p{M}\-]+)\s(?:और\s\S+\s)?"
    r"(?:के|की|आने|जिले|ज़िले|गाँव|गांव|नगर|शहर|क्षेत्र|कस्बे)" + EDGE_AFTER
)


def _tagged(tag: str, tags: list[str]) -> bool:
    """Does a tag in ``tags`` say ``tag`` already, or ``tag`` say it: "#उत्तर_प्रदेश" beside
    "#उत्तर_प्रदेश_दिवस", "#अरुणाचल" beside "#अरुणाचल_प्रदेश"?"""
    return any(f"_{tag}_" in f"_{u}_" or f"_{u}_" in f"_{tag}_" for u in tags)


# What a place named after a state is, in a town: "दिल्ली दरवाज़ा", "बिहार कॉलोनी".
_NAMED_SPOT = r"(?:दरवाज़ा|दरवाजा|गेट|रोड|मार्ग|चौक|बाज़ार|बाजार|कॉलोनी|मोहल्ला)"
_LIFE_EVENT = regex.compile(rf"जन्म|बलिदान|{_DEATH.pattern}")


def _state_of(req: Request) -> str | None:
    """The one state or union territory the request names, as a tag's body ("मध्य_प्रदेश");
    None where it names none or two."""
    # Not where a life happened on a day that remembers it: "#तमिलनाडु" on Kalam's jayanti for
    # Begusarai's readers.
    facts = [f for f in req.facts if req.kind != "greeting" or not _LIFE_EVENT.search(f)]
    said = " ".join((*facts, req.audience or "", req.call_to_action or ""))
    named = {
        s
        for s in STATES
        # Nor one end of a road: "दिल्ली-जयपुर राजमार्ग", "दिल्ली से जयपुर की ओर" run by Rewari;
        # nor a town's gate or street named after a state: "नागौर ... दिल्ली दरवाज़ा क्षेत्र".
        if regex.search(
            rf"{EDGE_BEFORE}(?<![-–]){regex.escape(s)}(?![-–]|\sसे\s|\sकी ओर|\sतक|\s{_NAMED_SPOT})"
            rf"{EDGE_AFTER}",
            said,
        )
    }
    # "हिमाचल" of "हिमाचल प्रदेश", "जम्मू" of "जम्मू-कश्मीर".
    named = {s for s in named if not any(s != t and s in t for t in named)}
    if len(named) != 1:
        return None
    return regex.sub(r"[\s\-]+", "_", named.pop())


def _audience_town(req: Request) -> list[str]:
    """The town the audience opens with, as a tag, where it is no common word ("शहर और
    गाँव के परिवार", "सोने के आभूषण खरीदने वाले ग्राहक" name none)."""
    match = _TOWN_FIRST.match(" ".join((req.audience or "").split()))
    if match is None:
        return []
    words = match.group(1).split()
    while words and words[-1] in _ADMIN | {"नगर", "क्षेत्र"}:
        words.pop()  # "बलौदाबाजार-भाटापारा जिले के": the name before its "जिले"
    common = (known_words(), _ADMIN, STOP_WORDS, _READER_TAGS)
    # Nor people ("पूर्व सैनिकों के आश्रित": no town ends in an oblique plural).
    if (
        not words
        or any(part in c for w in words for part in w.split("-") for c in common)
        or any(w.endswith("ों") for w in words)
    ):
        return []
    return ["_".join(regex.sub(r"[\s\-–]+", "_", w) for w in words)]


# A district an audience opens with, of up to three words ("गुमला जिले के ग्रामीण परिवार",
# "दक्षिण 24 परगना जिले के ...", "लोअर दिबांग वैली जिले के ..."), not two districts.
_DISTRICT = regex.compile(
    r"^((?:(?!(?:और|व|एवं|तथा)\s)[\p{L}\p{M}\p{N}]+\s){0,2}[\p{L}\p{M}]+)"
    r"\s(?:जिले|ज़िले|जनपद)\s(?:के|की|का|में)\s"
)


_LEVEL = regex.compile(r"^(?:\S+\s)?(?:ज़िला|जिला|राज्य|ब्लॉक|प्रखंड)\sस्तरीय\s(?=\S+\s\S+)")
# What a town's name may end with that is not its name ("खरसावाँ प्रखंड में").
_ADMIN = frozenset("प्रखंड ब्लॉक विकासखंड तहसील अनुमंडल ज़िले ज़िला जिले जिला गाँव गांव कस्बे शहर".split())
# Venues the writers' words.txt does not have, that are no town either.
_VENUES = frozenset("स्टेडियम मंदिर अखाड़ा अखाड़े ऑडिटोरियम प्रेक्षागृह".split())


def _event_town(req: Request) -> str | None:
    """The town an event's first fact puts it in ("बैहर में 26 और 27 दिसंबर को ... महोत्सव
    होगा"), as the writers tagged it ("#बैहर"): one or two words no project text uses as a
    common word, so "स्टेडियम में" is no town."""
    if not req.facts or (parts := split_event(req.facts[0])) is None:
        return None
    words = parts.place.split()[:-1]
    while len(words) > 1 and words[-1] in _ADMIN:
        words.pop()
    if not (parts.town or len(parts.place.split()) == 2) or not 1 <= len(words) <= 2:
        return None
    common = known_words() | _VENUES
    if any(w in common or not regex.fullmatch(r"[\p{L}\p{M}]+", w) for w in words):
        return None
    return " ".join(words)


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
    unmeant: set[str] = set()  # topics the facts' words hit but the post is not about
    if (
        req.kind in ("event", "greeting")
        and req.facts
        and _FEAST.search(req.facts[0])
        and "youth_sports" in hits
        and not topic_hits(req.facts[:1], book).get("youth_sports")
    ):
        # A festival whose games a later fact tells of is no sports meet: not 🏅, "#खेल" and
        # "युवा शक्ति, देश की ताक़त!" on Goa's Chikhal Kalo (round43's readers).
        unmeant.add("youth_sports")
        topics.remove("youth_sports")
        strong = [t for t in strong if t != "youth_sports"]
    occasion = occasion_of(req.sources, book)
    if (
        req.kind == "greeting"
        and occasion is not None
        and occasion_of(req.facts[:1], book) != occasion
        and (given := _day_of(req)) is not None
        and given[0] != "named"
    ):
        # A festival a later fact mentions is not the day a birth opens ("सार्वजनिक
        # गणेशोत्सव से उन्होंने लोगों को एकजुट किया" on Tilak's jayanti, round12).
        occasion = None
    if (
        req.kind == "greeting"
        and occasion is not None
        and (subject := _festival_subject(req.facts[0])) is not None
        and (
            # "बस्तर दशहरा" is Bastar's own, not Vijayadashami.
            (len(subject.split()) == 2 and subject.split()[1] in occasion.triggers)
            # "पारसी नववर्ष नवरोज़" is a new year by its own name (round23-25's readers wanted
            # Poila Boishakh and Navroz named, not "नववर्ष").
            or (
                occasion.name == "new_year"
                and any(t in subject for t in occasion.triggers)
                and len(subject.split()) > 2
            )
            or (
                not any(subject in t or t in subject for t in (occasion.name, *occasion.triggers))
                # "बिहू असमिया नववर्ष ... का पर्व है" is Bihu's; "देव दीपावली कार्तिक पूर्णिमा को
                # ..." is not Kartik Purnima's (round18).
                and not any(
                    t in " ".join(req.facts[0].split()[:4])
                    and not req.facts[0].startswith(f"{subject} ")
                    # "मणिपुरी नववर्ष चेइराओबा ..." is Cheiraoba's (round27 wished "नववर्ष").
                    and f"{t} {subject}" not in req.facts[0]
                    for t in occasion.triggers
                )
            )
        )
    ):
        # The festival the first fact is about, not one another names as its date: "सामा-चकेवा
        # ... कार्तिक पूर्णिमा तक मनाया जाता है", "टुसू ... का मुख्य दिन मकर संक्रांति होता है"
        # (round16 greeted Kartik Purnima, Makar Sankranti and Holi).
        occasion = None
    if (
        occasion is not None
        and (given := _day_of(req)) is not None
        and given[0] == "named"
        and (
            (
                req.kind == "greeting"
                and not any(
                    given[1] in t or t in given[1] for t in (occasion.name, *occasion.triggers)
                )
                and _first_fact(req, lambda f: any(n == given[1] for n, _ in _occasions_named(f)))
                < _first_fact(req, lambda f: occasion_of([f], book) == occasion)
            )
            # Any post: "राष्ट्रीय महिला किसान दिवस" is not "राष्ट्रीय किसान दिवस" (round21
            # wished the one on an event of the other).
            or _another_day(given[1], occasion)
        )
    ):
        # The day the facts name first, not one a later fact says falls on the same date
        # ("1 मई को अंतरराष्ट्रीय श्रमिक दिवस भी मनाया जाता है" on Maharashtra Day, round18).
        occasion = None
    if occasion is not None and req.kind != "greeting" and _held_on(req, occasion):
        # A fair of its own held on a festival's day is not that festival's post: round39
        # wished "रक्षाबंधन की हार्दिक शुभकामनाएँ!" over the Bagwal fair ("... प्रसिद्ध बग्वाल
        # मेला रक्षाबंधन के दिन लगता है").
        occasion = None
    # A day of remembrance is marked, not celebrated: it supports no congratulations.
    festive = occasion is not None and not occasion.solemn
    claims = set(supported_claims(req.sources, occasion=festive))
    if not any(
        _ACHIEVED.search(f) and not _FUTURE.search(f) and not _HABITUAL.search(f) for f in req.facts
    ):
        # The fit check lets a post congratulate on anything done ("खुराक दी गई") or on a
        # day; the composer's own lines congratulate only on what the facts call an achievement.
        claims.discard("achievement")
    greeting = _greeting(req, occasion, variant)
    if greeting and (
        (req.kind != "greeting" and not _on_the_day(req, occasion, book))
        # An appeal that asks for something by a date goes out before the day it would greet
        # (round24: "विश्व पर्यावरण दिवस की हार्दिक शुभकामनाएँ!" over "4 जून तक ... नाम लिखवाएं").
        or (req.kind == "appeal" and _BY_A_DATE.search(req.call_to_action or ""))
    ):
        # A notice or an event greets a day only when it is about that day: round11 wished
        # "राष्ट्रीय मतदाता दिवस" on an essay contest whose winners are honoured that day, the
        # entries due five days before it.
        greeting = None
    spare_headline = headline is None
    headline_emoji = None
    if headline is None and req.kind == "greeting" and greeting is not None:
        # A greeting post's headline is its greeting, said once, which never goes to make room.
        headline, headline_emoji = _split_emoji(greeting)
        spare_headline = False
        greeting = None
    if greeting is not None and _GREETS.search(headline or ""):
        greeting = None  # the headline greets already
    lead = None
    laid_out: dict[str, list[FactLine]] = {}
    if headline is None and not variant and (event := _event_block(req)) is not None:
        # What the event is heads the post; when and where stand below it, one line each.
        # (The later drafts keep the fact whole under their own headlines: a choice.)
        headline, laid_out = event
        spare_headline = False
    if headline is None:
        headline, lead = _template_headline(req, book, strong, claims, greeting, variant)
        # A fact that became the headline is not said again below it.
        spare_headline = spare_headline and lead is None
        if lead is None:
            # A headline cut from a fact points at nothing before it: "इस पुल पर वाहनों की
            # आवाजाही बंद" once "एक पुराने पुल की मरम्मत के कारण" went (round26's readers).
            headline = _THIS.sub("", headline)
    address = _address(req, book, topics, claims, variant)
    to = oblique_plural(req.audience or "")
    if address and to and to in headline:
        address = None  # the headline says whom the post is for
    # Not "ख़ुशख़बरी! ..." over "... के लिए ख़ुशख़बरी:", nor "ज़रूरी सूचना" twice.
    own = _words_of(req.audience or "") | _words_of(to or "")
    if address and (_words_of(address) - own - _NOT_TAG_WORDS) & _words_of(headline):
        stock = _stock_tail(headline, book)
        address = _address(req, book, topics, claims, variant + 1)
        if address and (_words_of(address) - own - _NOT_TAG_WORDS) & _words_of(headline):
            address = _address(req, book, topics, claims, variant) if stock else None
            if stock:
                # "NTR भरोसा पेंशन योजना: आपके काम की जानकारी" over "... के लिए ख़ास जानकारी":
                # the name heads the post and the address says whom it is for (round22's readers
                # found such posts unaddressed: "no address to Kamrup students and parents").
                headline = headline[: -len(stock)].rstrip(": ")
    if address is None and to and to not in headline:
        address = _welcome(req, headline, to, festive or occasion is None)
    if address is None and to and to not in headline:
        address = _remembering(req, headline, to)
    if address is None and to and to not in headline:
        address = _whose_called(req, to)
    if address is None:
        address = _heads_called(req, headline)
    if address is not None:
        address = vocative(address)
    cta, cta_given = req.call_to_action, bool(req.call_to_action)
    if (
        lead is not None
        and lead == cta
        and (
            len(_tokens(cta)) >= 10
            or any(_shares_run(cta, f, 5) for f in req.facts)
            # X has no room to say it twice (round21: "repeated word for word as headline and
            # close" in a thread).
            or req.platform == "x"
        )
    ):
        # The headline is the ask (``_ask_headline``); said again at the end (round15's readers:
        # "uses the call to action as the headline but does not repeat it at the end, so the
        # post stops on the application details"), unless its words make a loop the format
        # check refuses: ten twice, or five a fact says too thrice.
        cta = None
    facts = [f for f in req.facts if f != lead]
    same = [f for f in facts if cta and _IMPERATIVE.search(f) and carries_cta(f, cta)]
    if cta and same and _says_no_more(same[0], cta):
        # A fact asks for what the call to action asks: said once, as the call to action, when
        # it says no more ("फ़ॉर्म बैंक शाखा में जमा करें" under "KCC फ़ॉर्म जल्द बैंक शाखा में
        # जमा करें"). The call to action is always the one the request gave: round11's readers
        # refused two posts whose fact that said more stood in for it (a fidelity fault).
        facts = [f for f in facts if f != same[0]]
    if cta and len(facts) > 1:
        facts = [
            f
            for f in facts
            if not _asked_whole(
                f, cta, " ".join([*(g for g in req.facts if g != f), req.audience or ""])
            )
        ]
    said_greeting = " ".join(x for x in (headline, greeting) if x)
    if occasion is not None and _GREETS.search(said_greeting):
        # "ओणम का त्योहार है।" after "ओणम की हार्दिक शुभकामनाएँ!" says it again; a post may
        # then be its greeting and its call to action alone.
        kept = [f for f in facts if not _names_only_the_occasion(f, said_greeting)]
        facts = kept if kept or cta else facts
    # Only the lines written for this kind of post, or for its topic when the facts are
    # plainly about it: a stock line that fits loosely reads as one that does not fit.
    # Blind reviews refused stock closings that fit loosely ("जनहित में जारी!", "आपका सहयोग
    # ही हमारी ताक़त है।" on a career fair, "आपसी भाईचारा और सौहार्द सदा बना रहे।" on Raksha
    # Bandhan), and the writers' posts mostly end on their call to action. So a closing is
    # written only where it says something the post is about: a claim a fact supports
    # (thanks for a finished job, a deadline), or a wish on a greeting post. (The round5
    # readers asked for a warm close on warm posts: one that fits is open work.)
    # Not advice either ("अपने काग़ज़ात सही और पूरे रखें", "निःशुल्क सुविधा का लाभ ज़रूर
    # उठाएँ"): it tells the reader to do what no fact asks, and the call to action asks already.
    unknown_festival = (
        occasion is None
        and req.kind == "greeting"
        and req.tone in ("celebratory", "warm")
        and _WISHES.search(said_greeting) is not None
        and (
            any(_FESTIVAL_IS.search(f) for f in req.facts)
            # "इगास बग्वाल ... मनाई जाती है"; not a jayanti, which bows, or a day.
            or not (_festival_subject(req.facts[0]) or "jayanti").endswith(
                ("जयंती", "दिवस", "jayanti")
            )
        )
    )
    if unknown_festival:
        # A festival the phrasebook does not know, which the facts call one and the headline
        # wishes (सरहुल, हरेली, नुआखाई), ends on a festival's wish as the writers' did ("नई
        # फसल आपके घर-आँगन में सुख और समृद्धि लाए!"); dev rounds 2-15 ended 54 of 112
        # greetings on a fact.
        claims = claims | {"occasion"}
    closings = [
        c
        for c in _fitting(book.closings, req, strong, claims)
        if not _IMPERATIVE.search(_split_emoji(c.text)[0])
        and (
            c.needs
            # A topic's slogan only on a greeting post, for a day plainly about it: on notices
            # and appeals readers refused them as missing the point ("पानी का सोच-समझकर
            # इस्तेमाल करें" on children drowning in ponds, "बचाव ही सबसे अच्छा इलाज है" on
            # getting tested).
            # A study slogan only where the request speaks of study (round35: "बेटी पढ़े, बेटी
            # बढ़े!" closing a safe motherhood day).
            or (
                set(c.topics) & set(strong)
                and req.kind == "greeting"
                and ("पढ़" not in c.text or _slogan_is_about(c.text, req))
            )
            or (req.kind == "greeting" and c.days)
            # An urgent warning plainly about safety may end on the care it asks for in a
            # phrase that claims nothing ("सावधानी ही सबसे बड़ा बचाव है।"), as the writers ended
            # about half their urgent notices and appeals ("सावधानी ही सुरक्षा है 🙏").
            or (
                req.tone == "urgent"
                and req.kind in ("local_issue", "appeal")
                and set(c.topics) == {"safety"}
                and "safety" in strong
                and not regex.search(r"हमारी|हमारा", c.text)  # not the office's own claim
                and not any(_DEATH.search(f) for f in req.facts)
            )
            # A warm or glad post may end on its topic's slogan, two short phrases that wish
            # and claim nothing ("स्वस्थ माँ, स्वस्थ शिशु!"): the round9 and round10 readers
            # called such posts flat without one, and the writers closed most of them so.
            # Never on harm or a death.
            or (
                req.tone in ("warm", "celebratory")
                and set(c.topics) & set(strong)
                and _CLAIMLESS_SLOGAN.match(_split_emoji(c.text)[0]) is not None
                and _slogan_is_about(c.text, req)
                and not any(
                    _HARM.search(f) or _DEATH.search(f) or _GRAVE.search(f) for f in req.facts
                )
            )
        )
    ]
    # A line written for a kind of day only on such a day ("जय हिंद!" on a national day, not
    # on Holi; harmony on a festival, not on Hindi Diwas).
    day = occasion.group if occasion is not None else "festival" if unknown_festival else None
    closings = [c for c in closings if not c.days or day in c.days]
    said = " ".join(x for x in (headline, greeting, *req.facts, cta) if x)
    if (
        req.tone == "celebratory"
        and headline_emoji is None
        and not occasion
        and req.platform != "x"
    ):
        said += " 🎉"  # the headline's emoji (below) carries the tone; on X it may go to fit
    closing_needed = req.tone in ("celebratory", "urgent") and not carries_tone(said, req.tone)
    if closing_needed:
        # The closing must carry the tone the rest of the post does not: a line written for
        # the kind may stand in for it.
        toned = [
            c
            for c in _fitting(book.closings, req, strong, claims)
            if carries_tone(c.text, req.tone)
            and (req.kind in c.kinds or c in closings)
            # Not "जय हिंद!" on a saint's birth (round42) for want of a glad line.
            and (not c.days or day in c.days)
        ]
        # Not an ask where a line that only carries the tone fits ("यह ख़ुशख़बरी सबके साथ साझा
        # करें!", "आइए, ... यादगार बनाएँ": round7's readers refused one on an award ceremony as
        # an appeal no fact makes); an ask only where nothing else carries it.
        toned = [c for c in toned if not _IMPERATIVE.search(_split_emoji(c.text)[0])] or toned
        if req.kind == "event" and _awaited(req, needed=True) is not None:
            # An event one comes to is no news to share (round45's readers: "an event notice is
            # not 'good news'" under "यह ख़ुशख़बरी सबके साथ साझा करें!" on a swimming meet).
            toned = [c for c in toned if "ख़ुशख़बरी" not in c.text]
        closings = [c for c in closings if c in toned] or toned or closings
    closing = _pick(closings, variant)
    bow = _bow(req) if closing is None and req.kind == "greeting" else None
    if closing is None and req.kind == "greeting" and _WISHES.search(headline):
        # A jayanti wished in the headline ends with a bow to the person, as the writers
        # ended theirs ("नेताजी को शत-शत नमन। जय हिंद!"); round9 and round10's readers found
        # such posts ended flat on their last fact.
        closing = bow
        said = " ".join((headline, *req.facts))
        if closing and any(
            (len(_tokens(run)) >= 5 and said.count(run) >= 2)
            or (len(_tokens(run)) == 4 and said.count(run) >= 3)
            for run in (closing.removesuffix(" को शत-शत नमन! 🙏"),)
        ):
            # A name of five words and more said a third time is a loop the format check
            # refuses ("डॉ. ए.पी.जे. अब्दुल कलाम", round15), and one of four a fourth ("डॉ.
            # यशवंत सिंह परमार", round27).
            closing = None
    if (
        closing is None
        and req.kind == "greeting"
        and req.platform != "x"  # compact: a line that says nothing new would make a thread
        # Or wished, where a bow by name would say the name once too often.
        and (regex.search(r"(?:सादर|शत-शत) नमन", headline) or _WISHES.search(headline))
        and bow is not None
        and not any(_DEATH.search(f) for f in req.facts)
    ):
        # A jayanti bowed to in the headline ends on what the writers ended theirs with ("उनका
        # जीवन हम सबके लिए प्रेरणा है।"), not on its last fact (rounds 2-26: 27 of 34
        # respectful greetings did).
        closing = "उनका जीवन हम सबके लिए प्रेरणा है। 🙏"
    if (
        closing is None
        and req.kind == "greeting"
        and req.platform != "x"
        and _BOWS.search(headline)
        and "बलिदान" not in headline  # "... के अद्वितीय बलिदान को विनम्र श्रद्धांजलि" says it
        and any(_SACRIFICE.search(f) for f in req.facts)
    ):
        # A day of those who gave their lives ends on what their sacrifice means, as the
        # writers ended theirs ("उनका अदम्य साहस हमें ... याद दिलाता रहेगा 🙏"), not on its
        # last fact (round34's readers: "no close").
        closing = "उनका बलिदान हम सबके लिए सदा प्रेरणा रहेगा। 🙏"
    if closing is None and req.kind == "greeting" and (state := _state_day(headline)):
        # A state's day wished in the headline ends wishing the state on, as the writers
        # ended theirs ("जय मध्य प्रदेश!", "... मिज़ोरम आगे बढ़ता रहे ✨"); rounds 2-26 ended 21
        # of their 23 state days on a fact (round26's readers: "no closing wish").
        closing = f"{state} सदा उन्नति की राह पर आगे बढ़ता रहे। जय {state}! 🙏"
    if closing is None and (invitation := _invitation(req)) is not None:
        closing = invitation
    if closing is None:
        closing = _awaited(req, needed=closing_needed)
    if closing is None:
        closing = _pass_it_on(req, variant)
    emoji = (
        # A festival's mark only on a post that greets or is glad, never over a crime (round29:
        # ☀️ over "मुर्गों की लड़ाई कराना ... अपराध" in Sankranti week).
        (
            regex.findall(r"\X", occasion.greetings[0])[-1]
            if occasion
            and festive
            and (req.kind == "greeting" or req.tone in ("celebratory", "warm"))
            and not any(_HARM.search(f) for f in req.facts)
            else None
        )
        or _TONE_EMOJI.get(req.tone)
        # Fish, not crops, on fisheries ("मत्स्य बीज" reads as farming: round21's 🌾).
        or (
            "🐟"
            if strong[:1] == ["farming"]
            and (_FISH.search(req.facts[0]) or sum(bool(_FISH.search(f)) for f in req.facts) > 1)
            else None
        )
        # A film or a music and dance festival is no painting (round36: 🎨 on IFFI and on a
        # "राष्ट्रीय नृत्य एवं संगीत महोत्सव").
        or (
            _ART_EMOJI.get(_ART_KIND.search(req.facts[0]).group(), "🎶")
            if strong[:1] == ["culture"] and req.facts and _ART_KIND.search(req.facts[0])
            else None
        )
        or next(
            (
                _TOPIC_EMOJI[t]
                for t in strong
                if t in _TOPIC_EMOJI
                # No flower on violence or abuse (round7: 🌸 on a one-stop centre for women
                # who face violence).
                and not (t == "women_children" and any(_HARM.search(f) for f in req.facts))
                # No medal on the young but for sport (round21: 🏅 on an unemployment allowance).
                and not (t == "youth_sports" and not _SPORT.search(" ".join(req.facts)))
            ),
            None,
        )
        # A memorial is bowed to, not announced (round38: 📢 over the Kohima war memorial).
        or ("🙏" if req.kind == "event" and _SOLEMN.search(headline) else None)
        or _KIND_EMOJI.get(req.kind)
    )
    if emoji is not None and not regex.match(r"\p{Extended_Pictographic}", emoji):
        emoji = None
    if (
        emoji == "🙏"
        and req.kind == "appeal"
        and lead is not None
        and lead != cta
        and not _IMPERATIVE.search(lead)
        and not headline.startswith(("कृपया", "कृपा"))
    ):
        # A fact heading an appeal is news, not the ask: "🙏" after "... कचरा नहीं उठाएगी" or
        # "मानसून में घरों में करंट लगने की घटनाएं बढ़ जाती हैं" read as the wrong emoji (round34's
        # readers, stop 34's ten-draft read); the fact's own mark, else a notice's.
        marked = fact_emoji(lead)
        emoji = marked if marked != _DEFAULT_FACT_EMOJI else "📢"
    emoji = headline_emoji or emoji
    lines = _without_loops(
        # A clause of four words or more ends with a danda, verb or not ("रोग के लक्षण हैं
        # तेज़ बुख़ार ... और दूध कम होना।"): editors marked it missing.
        [line for f in facts for line in (laid_out[f] if f in laid_out else _fact_lines(f, cta))],
        req.sources,
    )
    # The headline's emoji counts where the first line follows it directly. A greeting's list
    # is one of emoji that fit, with one 🔹 at most, or it is said as paragraphs (render).
    lines = _varied(
        lines,
        emoji if not (address or greeting) else None,
        spare=1 if req.kind == "greeting" else None,
    )
    return Plan(
        headline=headline.strip(),
        headline_emoji=emoji,
        address=address,
        greeting=greeting,
        facts=lines,
        cta=cta,
        cta_given=cta_given,
        closing=closing,
        # A topic's hashtag only when the facts name it twice (not "#स्वास्थ्य" for the
        # "अस्पताल रोड" of a road repair).
        # Three times, not twice: "#ज़रूरी_दस्तावेज़" on a tenant-verification appeal that names a
        # photo and an ID, "#नारी_शक्ति" on breastfeeding, were refused as off-topic.
        hashtags=tuple(
            _hashtags(
                req, book, [t for t, n in hits.items() if n >= 3 and t not in unmeant], occasion
            )
            # An appeal with no tag gets its topic's where the facts name it twice (round9:
            # five posts with no tags). Not a notice: a topic's tag is a cause ("#सड़क_सुरक्षा",
            # "#जल_संरक्षण"), off the point of a reopened road or a new water ATM.
            or (
                _hashtags(
                    req, book, [t for t, n in hits.items() if n >= 2 and t not in unmeant], occasion
                )
                if req.kind == "appeal"
                else []
            )
        ),
        closing_needed=closing_needed,
        headline_spare=spare_headline,
        prose=req.kind == "greeting",
        # An urgent post leads with an ask that stands alone ("तुरंत 108 पर कॉल करें"), not
        # one that needs the facts first ("शिविर में पहुँचकर उसी दिन आवेदन करें").
        # Not when the headline asks it already: said twice in a row (round10 dev).
        cta_first=req.tone == "urgent"
        and bool(cta and _STANDS_ALONE.search(cta))
        # Not one that points back: "ऐसे लक्षण दिखें तो ..." before the symptoms (round22).
        and not (cta and _POINTS_BACK.search(cta))
        and lead != req.call_to_action
        # Nor when it heads the post with the ask's first clause (``_ask_headline``), or
        # asks it as a question (``_if_hook``).
        and not (
            cta
            and headline
            and (
                " ".join(cta.split()).startswith(
                    headline.removeprefix("सावधान! ").removeprefix("कृपया ")
                )
                or headline == _if_hook(cta)
            )
        ),
    )


# A fair or a festival the public comes to, and an audience that is the public.
_FESTIVITY = regex.compile(r"(?:मेला|मेले|महोत्सव|उत्सव|प्रदर्शनी)" + EDGE_AFTER)
_OPEN_DOOR = regex.compile(r"प्रवेश\s(?:निःशुल्क|नि:शुल्क|मुफ़्त|मुफ्त)")
_PUBLIC = (
    r"(?:सभी\s)?(?:नागरिक|क्षेत्रवासी|निवासी|नगरवासी|ग्रामवासी|शहरवासी|ज़िलेवासी|जिलेवासी|"
    r"प्रदेशवासी|लोग|परिवार|पर्यटक|श्रद्धालु)"
)
# "सभी क्षेत्रवासी", "अलवर के नागरिक और पर्यटक" (round15 had no invitation), "लेह आने वाले
# पर्यटक और स्थानीय निवासी" (round21).
_WHO_COME = (
    r"(?:(?:\S+\s(?:(?:और|व|एवं)\s\S+\s)?(?:के|की|का)\s)"
    r"|(?:[\p{L}\p{M}]+\s){1,3}?(?=(?:आने\sवाले|स्थानीय)\s))?"
)
_THE_PUBLIC = regex.compile(
    rf"^{_WHO_COME}(?:आने\sवाले\s|स्थानीय\s)?{_PUBLIC}"
    rf"(?:\s(?:और|व|एवं)\s(?:स्थानीय\s)?{_PUBLIC})?$"
)
_COME = regex.compile(r"आएं|आएँ|आइए|आकर|पधारें|पधारिए|शामिल हों|भाग लें|पहुंचें|पहुँचें")
# Events whose people are chosen or sign up, which a call to action is about.
_CHOSEN = regex.compile(r"प्रतियोगिता|शिविर|समारोह|सम्मान|चयन|ट्रायल|प्रशिक्षण|कार्यशाला")


def _invitation(req: Request) -> str | None:
    """An invitation to a fair or festival the public comes to, where the request gives no call
    to action: round13's readers found a festival post with none "a plain list with no
    invitation or festive line", and the writers ended theirs "परिवार और दोस्तों के साथ ज़रूर
    आइए!". Not to a camp, a contest or a ceremony, whose people are chosen."""
    if (
        req.kind != "event"
        # A call to action that asks them to come invites already; one about tickets does not
        # (round21: a crafts fair's post "with no welcome or festive close").
        or (
            req.call_to_action
            and (_COME.search(req.call_to_action) or _CHOSEN.search(req.facts[0]))
        )
        or req.tone not in ("warm", "celebratory")
        or not req.facts
        or not (_FESTIVITY.search(req.facts[0]) or any(_OPEN_DOOR.search(f) for f in req.facts))
        or (req.audience and not _THE_PUBLIC.match(" ".join(req.audience.split())))
        or any(_HARM.search(f) or _DEATH.search(f) or regex.search(_NEGATION, f) for f in req.facts)
    ):
        return None
    if req.tone == "celebratory":
        return "परिवार और दोस्तों के साथ ज़रूर आइए! 🎉"
    return "परिवार के साथ ज़रूर आइए! 🙏"


def _gathers(req: Request) -> bool:
    """Does the event gather people, or is it a place that opens ("फूलों की घाटी ... 1 जून 2026
    से पर्यटकों के लिए खुलेगा"), which no one takes part in?"""
    return not (req.facts and _OPENS.search(req.facts[0]))


_OPENS = regex.compile(r"(?:खुलेगा|खुलेगी|खुलेंगे|खोला\sजाएगा|खोली\sजाएगी|खोले\sजाएँगे|खोले\sजाएंगे)\s*[।.]?\s*$")


def _awaited(req: Request, *, needed: bool = False) -> str | None:
    """A warm or glad event's close where no invitation fits: that its people are awaited, as
    the writers ended theirs ("आपकी भागीदारी का इंतज़ार रहेगा!", "आपकी प्रतीक्षा रहेगी!"). Rounds
    32-40's readers refused the share line there: "generic close gives no warmth for a
    donor appeal", "WhatsApp-style", "a flat notice" (84 warm events on dev ended on it). On X
    only where a closing must carry the tone (``needed``): a line that says nothing new would
    make a thread."""
    if (
        req.kind != "event"
        or req.tone not in ("warm", "celebratory")
        or (req.platform == "x" and not (needed and req.tone == "celebratory"))
        or any(_HARM.search(f) or _DEATH.search(f) for f in req.facts)
        # Nor a park that opens its gates: no one takes part in an opening (round43's readers:
        # "framing that does not fit" on the Valley of Flowers).
        or not _gathers(req)
    ):
        return None
    if req.tone == "celebratory":
        # A glad event ends gladly: round40-41's readers refused fairs "celebratory only in the
        # header; the body reads as a notice with no festive close".
        return "आपका इंतज़ार रहेगा! 🎉"
    return "आपकी भागीदारी का इंतज़ार रहेगा! 😊"


# A call to action that already asks the reader to tell others.
_TELLS = regex.compile(r"जानकारी दें|बताएँ|बताएं|बताइए|साझा|शेयर|पहुँचाएँ|पहुंचाएं|आगे भेजें")


def _pass_it_on(req: Request, variant: int = 0) -> str | None:
    """A warm post's close where nothing else fits: the ask to pass it on that district offices
    end such posts with. Round14's readers found warm posts ending on their last fact cold ("no
    warm close or share line", nine of eleven warm posts); a slogan fits only where the facts
    say all it is about. Not on harm or a death, and not where the call to action asks it."""
    if (
        # A respectful post too, on WhatsApp and Facebook, where district offices end their
        # notices so: rounds 14-18's readers marked 27 respectful posts there "no close".
        req.tone not in ("warm", "respectful")
        # Not on Instagram (round17, and round40 on warm posts: a share line "feels
        # WhatsApp-style", "does not suit Instagram").
        or req.platform in ("instagram", "x")  # X: a line that says nothing new makes a thread
        or req.kind not in ("scheme", "local_issue", "appeal", "event")
        or (req.call_to_action and _TELLS.search(req.call_to_action))
        or any(_HARM.search(f) or _DEATH.search(f) for f in req.facts)
    ):
        return None
    ask = ("यह जानकारी अपनों तक ज़रूर पहुँचाएँ", "यह संदेश अपने परिवार और पड़ोसियों तक भी पहुँचाएँ")
    if req.kind == "scheme" and any(_FOR_THE_ELIGIBLE.search(f) for f in req.facts):
        # Only where the facts say who is eligible or benefits (round16: "कोई भी पात्र व्यक्ति"
        # on an app for everyone read as wrong).
        return f"{ask[variant % 2]}, ताकि कोई भी पात्र व्यक्ति इसके लाभ से वंचित न रहे 🙏"
    return f"{ask[variant % 2]} 🙏"


_FOR_THE_ELIGIBLE = regex.compile(rf"पात्र|लाभार्थी|{EDGE_BEFORE}लाभ{EDGE_AFTER}")


def _event_block(req: Request) -> tuple[str, dict[str, list[FactLine]]] | None:
    """An event post's headline and its when-and-where lines, from a first fact that says
    what happens when and where, as the writers laid events out: "पीरो में निःशुल्क दंत जाँच
    शिविर" over "📅 22 नवंबर", "⏰ सुबह 9 से दोपहर 2 बजे तक", "📍 पीरो अनुमंडल अस्पताल में"
    where the facts name one place to head it with, else "पुस्तक मेला: 25 जनवरी से 2 फ़रवरी
    तक" over the time and place (not the date twice). The hours come from the fact that
    gives only them, which then goes."""
    if req.kind != "event" or not req.facts:
        return None
    held_by = None
    if (parts := split_event(req.facts[0])) is None:
        # Its organiser first: the rest laid out, the organiser a line of its own ("आयोजक:
        # तेलंगाना पर्यटन विभाग"), as the writers credited them.
        if (held := _HELD_BY.match(" ".join(req.facts[0].split()))) is None:
            return None
        if (parts := split_event(held.group("rest"), held=True)) is None:
            return None
        held_by = FactLine(f"आयोजक: {held.group('by')}", "🤝", False)
    headline, laid_out = _event_layout(req, parts)
    if held_by is not None:
        laid_out[req.facts[0]].append(held_by)
    return headline, laid_out


def _event_layout(req: Request, parts: EventParts) -> tuple[str, dict[str, list[FactLine]]]:
    """The headline and the when-and-where lines of an event whose first fact says ``parts``."""
    where = _only_place(req)
    venue = next(
        ((fact, found) for fact in req.facts[1:] if (found := event_venue(fact, parts.what))),
        None,
    )
    if venue is not None and len(f"{parts.place} {parts.what}".split()) <= 10:
        # A later fact gives the venue and the hour ("प्रतियोगिता टाउन हॉल में सुबह 11 बजे शुरू
        # होगी"): the town heads the post with the event, the rest stand below it as the
        # writers laid them out ("📅 18 जनवरी", "⏰ सुबह 11 बजे से", "📍 टाउन हॉल में"; round13).
        said, (place, span) = venue
        lines = [FactLine(parts.when, "📅", False), FactLine(parts.time or span, "⏰", False)]
        lines.append(FactLine(_place_label(place, _town_of(req)), "📍", False))
        return f"{parts.place} {parts.what}", {req.facts[0]: lines, said: []}
    if where and parts.place.startswith(where) and where not in parts.what:
        headline = f"{where} में {parts.what}"
        lines = [FactLine(parts.when, "📅", False)]
    elif parts.town and len(f"{parts.place} {parts.what}".split()) <= 10:
        headline = f"{parts.place} {parts.what}"
        lines = [FactLine(parts.when, "📅", False)]
    else:
        # "कुंभलगढ़ महोत्सव: 1 से 3 दिसंबर तक", not "1 दिसंबर 2027 से 3 दिसंबर 2027 तक" (round36).
        headline, lines = f"{parts.what}: {_span_shown(parts.when, year=True)}", []
    laid_out = {req.facts[0]: lines}
    if parts.time:
        lines.append(FactLine(parts.time, "⏰", False))
    else:
        for fact in req.facts[1:]:
            if (hours := event_hours(fact, parts.what)) is not None:
                lines.append(FactLine(hours, "⏰", False))
                laid_out[fact] = []
                break
    if not lines and len(f"{parts.place} {headline}".split()) <= 12:
        # A place alone under the headline read as a cut line ("📍 करैरा तहसील में" under
        # "प्रमाणपत्र शिविर: 9 और 10 सितंबर", round12): the headline says where, too; not
        # where the event's name says it ("हम्पी में हम्पी उत्सव", round20).
        if parts.place.rsplit(" ", 1)[0] in parts.what.split():
            return headline, laid_out
        if not set(parts.place.split()[:-1]) & set(parts.what.split()) - STOP_WORDS - _ADMIN:
            return f"{parts.place} {headline}", laid_out
        # Not "कुंभलगढ़ किले में कुंभलगढ़ महोत्सव": the venue goes below it, as a label.
    # Nor a district the headline says already: no "📍 विजयनगर जिला" under "विजयनगर में हंपी
    # उत्सव" (a fresh read).
    bare = " ".join(w for w in parts.place.split()[:-1] if w not in _ADMIN)
    if (
        not (parts.town and headline.startswith(parts.place))
        and parts.place not in headline
        and not (where and bare == where and headline.startswith(f"{where} में "))
    ):
        # The town is said in the headline; so is a place the headline leads with ("📍
        # ग्वालियर में" under "ग्वालियर में तानसेन संगीत समारोह", round16).
        lines.append(FactLine(_place_label(parts.place, _town_of(req)), "📍", False))
    return headline, laid_out


def _town_of(req: Request) -> str | None:
    """The town or district the audience belongs to: "गंगटोक" of "गंगटोक के नागरिक और पर्यटक"."""
    found = regex.match(r"^(\S+)\s(?:(?:जिले|ज़िले|शहर)\s)?(?:के|की|का)\s", req.audience or "")
    return found.group(1) if found else None


def _place_label(place: str, town_of_readers: str | None = None) -> str:
    """A venue as a label says it, without its "में" or "पर" (round12, 16 and 21's readers:
    "📍 सेक्टर 16 के ज़ाकिर हुसैन रोज़ गार्डन में" a cut line; the writers: "📍 ज़ाकिर हुसैन रोज़
    गार्डन, सेक्टर 16")."""
    label = regex.sub(r"\s(?:में|पर)$", "", place.strip())
    # A village in its district as a label names the village first: "रेइक गांव, मामित जिला",
    # not "मामित जिले के रेइक गांव" (round27's readers: "a cut fragment with no verb").
    label = regex.sub(
        r"^((?:(?!(?:के|की|का)\s)\S+\s){0,2}\S+)\s(?:जिले|ज़िले)\sके\s((?:\S+\s){0,3}\S+)$",
        lambda m: f"{_direct(m.group(2))}, {m.group(1)} जिला",
        label,
    )
    # A venue in a town the facts name says the town after it: "लाल परेड मैदान, भोपाल", not
    # "भोपाल के लाल परेड मैदान"; a district alone is "सीतापुर जिला" (round29's readers: three
    # place lines left "dangling in the oblique").
    # Or the town its readers are of: "एमजी मार्ग, गंगटोक" for "गंगटोक के नागरिक" (round34's
    # readers: "cut line '📍 गंगटोक के एमजी मार्ग'"), a town no list of places has.
    if (town := regex.match(r"^(\S+)\sके\s((?:\S+\s){0,3}\S+)$", label)) is not None and (
        town.group(1) == town_of_readers
        or any(n.kind == "place" and n.span == town.group(1) for n in find_names(label))
    ):
        label = f"{_direct(town.group(2))}, {town.group(1)}"
    label = regex.sub(r"^((?:\S+\s)?\S+)\s(?:जिले|ज़िले)$", r"\1 जिला", label)
    # "📍 कुंभलगढ़ किले" read as a fragment (round36): a fort standing alone is "किला".
    label = regex.sub(r"^((?:\S+\s){0,2}\S+\s)(?:किले|क़िले)$", lambda m: m.group(1) + "किला", label)
    # Standing alone, a venue says its own genitive: "फर्ग्यूसन कॉलेज का मैदान", not the "के" its
    # "में" made (round24: "clipped, should be का मैदान").
    return _OBLIQUE_VENUE.sub(r" का \1", label)


def _direct(place: str) -> str:
    """A place's last word out of the oblique its postposition made: "कस्बे" → "कस्बा"."""
    return regex.sub(r"(कस्बे|क़स्बे|जिले|ज़िले|किले|क़िले)$", lambda m: m.group(1)[:-1] + "ा", place)


_OBLIQUE_VENUE = regex.compile(
    r"\sके\s((?:[\p{L}\p{M}]+\s)?(?:मैदान|परिसर|भवन|सभागार|प्रांगण|हॉल|पंडाल|ऑडिटोरियम|"
    r"स्टेडियम|केंद्र|कार्यालय|मंदिर|चौक|घाट|बाज़ार|बाजार|पार्क|उद्यान|स्कूल|विद्यालय|कॉलेज|अस्पताल))$"
)


def _address(
    req: Request, book: Phrasebook, topics: list[str], claims: set[Claim], variant: int
) -> str | None:
    """The line that addresses the audience, with its nouns in the oblique plural ("राशन
    कार्डधारक परिवारों के लिए ज़रूरी जानकारी 🙏"), or None."""
    audience = " ".join((req.audience or "").split())
    # A long description is still said whom the post is for ("... के लिए ज़रूरी जानकारी 🙏"):
    # past eight words none was, and rounds 22-26's readers marked "no address" on such posts
    # (round26: "no address to parents" over "... छोटे बच्चों के माता-पिता और परिवार").
    if not audience or len(_words_of(audience)) > 12:
        return None
    if not _addressable(audience) and any(_mostly_in(audience, fact) for fact in req.facts):
        # A description the facts already give ("किसान समूहों और सहकारी समितियों को ...")
        # would be said twice.
        return None
    to = oblique_plural(audience)
    # Kin of someone are not called by name either way: round10 refused "बेटियों के प्रिय
    # माता-पिता", and "प्रिय बेटियों के माता-पिता" reads no better.
    # A place's mothers are the place's ("भोजपुर जिले की प्रिय माताओं,": round18's readers
    # missed the address on a Jitiya greeting).
    kin = (
        to is not None
        and (owner := _OWNER.match(to)) is not None
        and owner.group(2) in _KIN
        and not _ADMIN & set(owner.group(1).split())
    )
    lines = [
        a
        for a in _fitting(book.addresses, req, topics, claims)
        if (to is not None or "{to}" not in a.text)
        # A description is not called by name ("प्रिय मालीखेड़ी की महिलाओं,"), but a line
        # can say who it is for ("मालीखेड़ी की महिलाओं के लिए ज़रूरी जानकारी").
        and ((_addressable(audience) and not kin) or not a.text.startswith(_CALLS))
    ]
    template = _pick(lines, variant)
    if template is None:
        return None
    if template.startswith(_CALLS) and to and to.startswith("सभी "):
        to = to[len("सभी ") :]  # "आदरणीय नागरिकों,", not "आदरणीय सभी नागरिकों,"
    call = next((c for c in _CALLS if template.startswith(f"{c} {{to}}")), None)
    if call == "आदरणीय" and _YOUNG.search(audience):
        # Students and the young are "प्रिय" even in a respectful post (round11: "आदरणीय
        # छात्र-छात्राओं", "आदरणीय पहली नौकरी करने वाले युवाओं" read stiff).
        template, call = "प्रिय" + template[len(call) :], "प्रिय"
    if call and to and (owner := _OWNER.match(to)) is not None:
        # "ज़िले के प्रिय युवाओं,", not "प्रिय ज़िले के युवाओं," (an editor's correction);
        # "झारखंड के सभी प्रिय भाई-बहनों", not "... के प्रिय सभी ..." (round11).
        template = template[len(call) + 1 :]
        whose, who = owner.group(1), owner.group(2)
        if who.startswith("सभी "):
            whose, who = f"{whose} सभी", who[len("सभी ") :]
        to = f"{whose} {call} {who}"
    elif call and to and (goer := _GOERS.match(to)) is not None:
        # "नैनीताल आने वाले प्रिय पर्यटको,", not "प्रिय नैनीताल आने वाले ..." (a fresh read):
        # the call goes with the people, not the place they come to.
        template = template[len(call) + 1 :]
        to = f"{goer.group(1)} {call} {goer.group(2)}"
    return template.format(audience=audience, to=to)


def _stock_tail(headline: str, book: Phrasebook) -> str | None:
    """The stock line after a name's colon ("आपके काम की जानकारी" in "NTR भरोसा पेंशन योजना:
    आपके काम की जानकारी"), or None."""
    return next(
        (
            h.text
            for h in book.headlines
            if "general" in h.topics
            and headline.endswith(f": {h.text}")
            and len(headline) > len(h.text) + 2
        ),
        None,
    )


# Readers a place's "सभी" goes before: "पटना जिले के सभी विद्यार्थियों और शिक्षकों को बधाई".
_ALL_OF = regex.compile(r"^(?:नागरिकों|निवासियों|लोगों|परिवारों|विद्यार्थियों|ग्रामीणों)" + EDGE_AFTER)


# A day the world or the nation marks ("विश्व धरोहर दिवस", "राष्ट्रीय डाक दिवस").
_AWARENESS_DAY = regex.compile(
    r"(?:विश्व|अंतरराष्ट्रीय|अंतर्राष्ट्रीय|राष्ट्रीय)\s(?:[\p{L}\p{M}-]+\s){0,3}दिवस" + EDGE_AFTER
)
# A festival, as the facts call it.
_FEAST = regex.compile(EDGE_BEFORE + r"(?:पर्व|लोकपर्व|त्योहार|त्यौहार|उत्सव|नववर्ष|नव वर्ष)" + EDGE_AFTER)


def _all_of(to: str) -> str:
    """A place's readers with "सभी" before them: "पटना जिले के सभी विद्यार्थियों और शिक्षकों"."""
    if (owner := _OWNER.match(to)) is not None and _ALL_OF.match(owner.group(2)):
        return f"{owner.group(1)} सभी {owner.group(2)}"
    return to


def _welcome(req: Request, headline: str, to: str, festive: bool) -> str | None:
    """The address of a festive greeting or of a fair the public comes to, where no phrasebook
    line calls its readers (a description, not a label): "गांदरबल जिले के सभी निवासियों और ...
    श्रद्धालुओं को बधाई 🎉", "सारण जिले के नागरिकों और ... पर्यटकों का हार्दिक स्वागत है 🙏",
    as the writers addressed them (rounds 10-22: 63 of their 208 greeting and event posts open
    with such a wish or welcome); round21-22's readers marked the composer's "no address"."""
    if any(_HARM.search(f) or _DEATH.search(f) for f in req.facts):
        return None
    if req.kind == "greeting" and festive and _WISHES.search(headline):
        if "जयंती" in headline:
            # "बधाई" sits oddly on a jayanti (round27's readers); its readers are called by
            # name instead (round43's Baba Ramdev Jayanti went unaddressed).
            return _called(req, to)
        if "उर्स" in headline:
            return None  # no "ढेरों बधाई 🎉" at a saint's Urs (round37's readers)
        if _AWARENESS_DAY.search(headline):
            # A day the world marks is no one's to congratulate: "बधाई" under its wish read
            # as a second greeting, odd on a conservation day (round30's readers). Its readers
            # are called by name (round40's: "the islanders and fishing families are never
            # addressed" under "विश्व मात्स्यिकी दिवस की हार्दिक शुभकामनाएँ!").
            return _called(req, to)
        to = _all_of(to)
        # Says what for, as the writers did ("... को प्रकृति के इस पर्व की ढेरों बधाई"): a bare
        # "... को बधाई" under the wish read as the same greeting twice (rounds 27-31).
        if _state_day(headline) or any(_STATE_MADE.search(f) for f in req.facts):
            what = "इस गौरवपूर्ण अवसर की"
        elif any(_FEAST.search(f) for f in req.facts):
            what = "इस पर्व की"
        elif req.tone == "celebratory":
            what = "इस अवसर की"
        else:
            # A warm or respectful "... को इस अवसर की बधाई 🙏" under the wish read as the
            # greeting said twice (round39); the readers are called by name instead.
            return _called(req, to)
        if req.tone == "celebratory":
            return f"{to} को {what} ढेरों बधाई 🎉"
        return f"{to} को {what} बधाई 🙏"
    if (
        req.kind == "event"
        and req.tone in ("warm", "celebratory")
        and "स्वागत" not in headline
        and req.facts
        and (
            _FESTIVITY.search(req.facts[0])
            or any(_OPEN_DOOR.search(f) for f in req.facts)
            or _THE_PUBLIC.match(" ".join((req.audience or "").split()))
        )
    ):
        return f"{to} का हार्दिक स्वागत है 🙏"
    return None


def _called(req: Request, to: str) -> str | None:
    """The readers called by name, after whose they are: "लक्षद्वीप के प्रिय मछुआरा परिवारों
    और सभी द्वीपवासियों,", "... जिले के सुंदरवन क्षेत्र के प्रिय निवासियों," (not "... जिले के
    प्रिय सुंदरवन क्षेत्र के निवासियों"); plan_post says it in the vocative."""
    first, _, _ = to.partition(" और ")
    owner = regex.match(r"^(.+\s(?:के|की|का))\s", first)
    if owner is None:
        return None
    call = "आदरणीय" if req.tone == "respectful" else "प्रिय"
    return f"{owner.group(1)} {call} {to[owner.end() :].removeprefix('सभी ')},"


def _remembering(req: Request, headline: str, to: str) -> str | None:
    """The address of a day that remembers, under its bow: "पूर्व मेदिनीपुर जिले के नागरिकों और
    विद्यार्थियों के साथ हम उन्हें श्रद्धापूर्वक याद करते हैं।", as the writers addressed their
    readers on such days; round34's readers marked the composer's "no address". Not on X,
    where a line that says nothing new would make a thread."""
    if (
        req.kind != "greeting"
        or req.platform == "x"
        or req.tone in ("celebratory", "warm")
        or not _BOWS.search(headline)
        or not any(_SOLEMN.search(f) for f in req.facts)
    ):
        return None
    return f"{_all_of(to)} के साथ हम उन्हें श्रद्धापूर्वक याद करते हैं।"


def _whose_called(req: Request, to: str) -> str | None:
    """A description's readers called by name after whose they are, where no phrasebook line
    calls them: "शहडोल जिले के प्रिय युवा तीरंदाज़ों और खेल प्रेमियों,", as the writers called
    such readers ("शहडोल जिले के युवा तीरंदाज़ों और खेल प्रेमियों, ..."); round44-45's readers
    marked "no address" on warm and celebratory posts that had none. Not on an urgent post (its
    "कृपया ध्यान दें" takes any description), nor on a respectful notice, scheme or appeal (their
    "... के लिए ज़रूरी जानकारी" does); nor kin called by whose kin they are ("बच्चों के प्रिय
    माता-पिता", which round10 refused)."""
    if (
        req.tone == "urgent"
        or (req.tone == "respectful" and req.kind not in ("event", "greeting"))
        # Nor two long groups, whose last owner is the second's: not "गुजरात और पड़ोसी राज्यों
        # के पर्यटको और डांग जिले के प्रिय नागरिको,".
        or len(to.split()) > GROUP_WORDS
    ):
        return None
    owner = _LAST_OWNER.match(to)
    if owner is None:
        return None
    whose, who = owner.groups()
    if (
        who.split()[0] in _KIN
        or len(who.split()) > 6
        or regex.search(r"[\d०-९]", who)
        # Schools and associations are not "प्रिय" ("जिले के प्रिय विद्यालयो और विद्यार्थियो").
        or _BODIES.search(who)
        or any(_HARM.search(f) or _DEATH.search(f) for f in req.facts)
    ):
        return None
    # The young are "प्रिय" even in a respectful post, where they lead the list.
    young = _YOUNG.match(regex.sub("ियों$", "ी", who.split()[0]))
    call = "आदरणीय" if req.tone == "respectful" and not young else "प्रिय"
    if who.startswith("सभी "):
        whose, who = f"{whose} सभी", who[len("सभी ") :]  # "... के सभी आदरणीय नागरिको,"
    return f"{whose} {call} {who},"


# The words for people that take the word before them along ("वाहन चालक", "खेल प्रेमी").
_TAILS = ("चालक", "प्रेमी", "विक्रेता", "कर्मी", "रोगी", "उत्पादक")
_WOMEN = regex.compile(r"^(?:\S+\s)?(?:महिला|माता(?!-)|बहन|छात्रा|बेटि|दीदि|नारि|किशोरि)")


# The place a description's people are of, at its start: "मंडी जिले की", "कोझिकोड जिले में".
_PEOPLES_PLACE = regex.compile(
    r"^((?:\S+\s){0,3}(?:जिले|ज़िले|शहर|नगर|गाँव|गांव|प्रखंड|तालुका|तहसील|ब्लॉक|पंचायत)\s)"
    r"(के|की|में)\s"
)
_NOT_QUALIFIERS = frozenset("के की का में से पर वाले वाली".split())


def _heads_called(req: Request, headline: str) -> str | None:
    """A description too long to call whole, called by the people each of its groups ends on,
    after the place they are of: "दक्षिण कन्नड़ जिले के प्रिय नागरिको और दर्शको," for "दक्षिण
    कन्नड़ जिले के नागरिक और कंबाला देखने आने वाले दर्शक", as the writers called such readers.
    Rounds 44-48's readers marked "no address" on 20 of the composer's 82 refused posts, most of
    them warm ones whose readers were two groups. Not on an urgent post (its "कृपया ध्यान दें"
    takes any description), nor where the headline says whom the post is for."""
    if req.tone == "urgent" or not req.audience:
        return None
    words = regex.sub(r"\s\([^()]{1,40}\)(?=\s|$)", "", req.audience).replace(",", " , ").split()
    place = _PEOPLES_PLACE.match(" ".join(words))
    groups: list[list[str]] = [[]]
    start = len(place.group(1).split()) + 1 if place else 0  # where a qualifier list begins
    for word in words:
        if word in ("और", "तथा", "एवं", ","):
            if groups[-1] and is_people(groups[-1][-1]):
                groups.append([])
                start = 0
                continue
            # A list of qualifiers of the people it ends on ("विधवा, निराश्रित और तलाकशुदा
            # महिलाएँ"), never a group of others with theirs ("... जिले के विद्यालय और ...").
            qualifier = groups[-1][start:]
            if len(qualifier) > 3 or set(qualifier) & _NOT_QUALIFIERS:
                return None
            start = len(groups[-1]) + (word != ",")
        if word != ",":
            groups[-1].append(word)
    if not groups[-1] or len(groups) > 3:
        return None
    heads: list[str] = []
    for group in groups:
        head = group[-1]
        if not is_people(head) or head in ("लोग", "सदस्य"):
            return None
        if head.endswith(_TAILS) and len(group) > 1 and group[-2] not in _NOT_QUALIFIERS:
            head = f"{group[-2]} {head}"  # "वाहन चालक", "खेल प्रेमी"
        elif len(group) > 1 and group[-2] in ("महिला", "युवा", "वरिष्ठ", "वीर", "पूर्व"):
            head = f"{group[-2]} {head}"  # "महिला किसान", "वरिष्ठ नागरिक", "वीर नारियाँ"
        said = oblique_plural(head)
        if said is None:
            return None
        if said not in heads:
            heads.append(said)
    if any(h.split()[-1] in headline for h in heads):
        return None  # "... से एक अपील", "... के लिए ज़रूरी सूचना"
    first = groups[0]
    owner = ""
    # Whose they are agrees with the first of them: "मंडी जिले की प्रिय महिलाओ", "करौली जिले के
    # प्रिय श्रमिको" (not the "की" of "करौली जिले की पत्थर खदानों").
    of = "की" if _WOMEN.search(heads[0]) else "के"
    if place is not None:
        owner = f"{place.group(1)}{of} "
    elif len(first) > 2 and first[1] in ("के", "की") and find_names(first[0]):
        owner = f"{first[0]} {of} "  # "गुवाहाटी के"
    young = _YOUNG.match(groups[0][-1])
    call = "आदरणीय" if req.tone == "respectful" and not young else "प्रिय"
    if not owner and heads[0].split()[-1] in _KIN and len(heads) == 1:
        return None  # "प्रिय माता-पिता," of whose children? The facts say; the call does not.
    listed = heads[0] if len(heads) == 1 else f"{', '.join(heads[:-1])} और {heads[-1]}"
    if len(heads) == 1 and not owner:
        return None  # one group and no place: the phrasebook's lines call it, or nothing should
    return f"{owner}{call} {listed},"


# Whose readers are, to the last "के" that is no postposition's ("कठुआ जिले में उझ नदी पार के
# गांवों के" | "निवासियों"; not "हज 2027 के" | "लिए चयनित यात्रियों").
_LAST_OWNER = regex.compile(
    r"^(.+\s(?:के|की|का))\s(?!(?:लिए|द्वारा|साथ|बाद|पास|बीच|तहत|अनुसार|आसपास|पार)\s)(.+)$"
)
_BODIES = regex.compile(r"विद्यालय|स्कूल|कॉलेज|महाविद्यालय|एसोसिएशन|संस्था|समिति|संगठन|विभाग|कार्यालय")


# A headline that bows to someone (whom "उन्हें" and "उनका" below it then mean), and the facts
# of a day of those who gave their lives.
_BOWS = regex.compile(r"(?:\sको|उन्हें)\s(?:[\p{L}\p{M}-]+\s)?(?:नमन|श्रद्धांजलि)")
_SACRIFICE = regex.compile(rf"शहीद|बलिदान|शहादत|फाँसी|फांसी|{_GAVE_LIVES}")


# Readers a post calls "प्रिय", never "आदरणीय".
_YOUNG = regex.compile(r"छात्र|छात्रा|विद्यार्थी|युवा|युवक|युवती|बच्च|किशोर|खिलाड़ी|बेटि|बालिका|बालक")


# "ज़िले के युवाओं": whose, then who.
_OWNER = regex.compile(r"^(.+?\s(?:के|की|का))\s(.+)$")
# Who comes or goes somewhere: "नैनीताल आने वाले पर्यटकों".
_GOERS = regex.compile(r"^(.+?\s(?:आने|जाने)\sवाले)\s(.+)$")
_KIN = frozenset("माता-पिता माताओं पिताओं अभिभावकों परिजनों परिवारजनों".split())


_CALLS = ("प्रिय", "आदरणीय")


def _fact_line(fact: str, shaped: str) -> FactLine:
    """A fact's line: laid out as a label (``shaped``) where it can be (no danda then), else a
    sentence when it is one or runs to four words."""
    sentence = shaped == fact and (_ends(fact) or is_sentence(fact) or len(fact.split()) >= 4)
    text = " ".join(fact.split()).rstrip("।.")
    listed = shaped != fact and any(p.match(text) for p in _LIST_LABELS)
    typed = fact if shaped != fact else None
    return FactLine(" ".join(shaped.split()), fact_emoji(fact), sentence, typed, listed)


def _fact_lines(fact: str, cta: str | None = None) -> list[FactLine]:
    """A fact's lines: one, or one per tier where it lists what each gets. A fact the call to
    action asks again stays as typed: laid out as a label it reads as the ask said twice
    ("आवेदन ऑनलाइन: ... पोर्टल पर" over "👉 ... पोर्टल पर ऑनलाइन आवेदन करें")."""
    shaped = reshape(fact)
    if cta and _mostly_in(shaped, cta):
        return [_fact_line(fact, fact)]
    if tiers := split_tiers(fact):
        return [FactLine(t, fact_emoji(t), False) for t in tiers]
    return [_fact_line(fact, shaped)]


# A second clause or a condition, whose verb a bullet cannot leave out: "... है, जो ...", "अगर
# ... तो ...", "... ताकि ...".
_CLAUSE_WORDS = regex.compile(
    EDGE_BEFORE + r"(?:जो|जिसमें|जिससे|जिसे|जिन्हें|जहाँ|जहां|ताकि|क्योंकि|अगर|यदि|तो|जब|लेकिन|परंतु|"
    r"किंतु|बल्कि|इसलिए)" + EDGE_AFTER
)
_FINITE = regex.compile(EDGE_BEFORE + r"(?:है|हैं|था|थे|थी|थीं|होगा|होगी|होंगे)" + EDGE_AFTER)
# A line may not stop on a word that waits for another.
_DANGLING = frozenset("का की के को से ने और या व एवं तथा".split())


def _bullet_form(fact: str) -> str | None:
    """A one-clause fact as a poster's line says it, its auxiliary or copula left to the reader
    as a headline leaves it: "अस्पताल 2 फरवरी से शुरू हो गया है" → "... से शुरू", "फाटक 14 से
    16 नवंबर तक बंद रहेगा" → "... तक बंद", "यह कवर ... इलाज के लिए है" → "... इलाज के लिए",
    "ओवरब्रिज की लंबाई 780 मीटर है" → "... 780 मीटर", as the writers' bullets read. A post's
    list said so at stop 31, and rounds 25-26's readers read those lines as cut; a poster's
    lines are labels. What stays as typed: a second clause, a condition, an ask or a question;
    a verb that says how or when ("इलाज कैशलेस होता है", "... जा चुका है"); a plural's "हैं"
    after a feminine participle ("घटनाएं हुई हैं" is no "घटनाएं हुई"); and a copula between two
    nouns ("X एक पर्व है": "X एक पर्व" reads as two names side by side)."""
    text = " ".join(fact.split()).rstrip("।.")
    if (
        _IMPERATIVE.search(text)
        or "?" in text
        or ";" in text
        or _CLAUSE_WORDS.search(text)
        or len(_FINITE.findall(text)) > 1
        or _PERFECT_PLURAL.search(text)
    ):
        return None
    short = _CHANGED.sub("", text)
    for step in (_DONE_AUX, _REPORTED, _WILL_AUX, _WILL_BE_AT, _SERVICE_WILL):
        short = step.sub("", short)
    if short == text and (copula := _COPULA.search(text)) is not None:
        before = text[: copula.start()].split()
        if before and (
            before[-1] in _STATE_WORDS
            or before[-1] in _PLACE_POSTPOSITIONS
            or any(regex.search(r"\d", w) for w in before[-3:])
        ):
            short = text[: copula.start()]
    short = short.rstrip("।. ")
    words = short.split()
    if short == text or len(words) < 4 or words[-1] in _DANGLING:
        return None
    return short


# "हुई हैं", "गई हैं", "दी हैं": a plural the participle's own ending does not carry.
_PERFECT_PLURAL = regex.compile(r"(?:ई|ईं)\sहैं\s*$|(?:चुका|चुकी|चुके)\s(?:है|हैं)\s*$")
# What a thing is, said without "है" in a list: a state, a rule, an offer.
_STATE_WORDS = frozenset(
    "बंद शुरू लागू चालू उपलब्ध अनिवार्य ज़रूरी जरूरी आवश्यक मना वर्जित प्रतिबंधित निषिद्ध निःशुल्क "
    "नि:शुल्क मुफ़्त मुफ्त स्थगित रद्द अपराध दंडनीय मान्य अमान्य पात्र नहीं सुरक्षित तैयार".split()
)
# Where or for what a thing is: "... के लिए है", "... के पास है".
_PLACE_POSTPOSITIONS = frozenset("लिए में पर तक पास साथ बाहर अंदर भीतर सामने पीछे".split())


def _words_of(text: str) -> set[str]:
    return set(regex.findall(r"[\p{L}\p{M}\p{N}]+", text))


def _nearly_same(line: str, fact: str) -> bool:
    """Does ``line`` say most of what ``fact`` says (so the post would say it twice)? A fact
    of a word or two ("पंजीकरण निःशुल्क है") is not said again by a line that names it."""
    a, b = _words_of(line) - _NOT_TAG_WORDS, _words_of(fact) - _NOT_TAG_WORDS
    return len(b) >= 3 and len(a & b) / len(b) >= 0.8


def _says_all_of(line: str, fact: str) -> bool:
    """Does ``line`` say all of ``fact`` but its grammar words (so the fact can go)?"""
    a, b = _words_of(line), _words_of(fact) - _NOT_TAG_WORDS - {"है", "हैं"} - _HELD
    return len(b) >= 3 and b <= a


# How a fair or a camp is said to be held, which its dated headline leaves to be understood.
_HELD = frozenset("लगेगा लगेगी लगेंगे होगा होगी होंगे चलेगा चलेगी".split())


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
    # In the oblique plural a list or a short description is called by name too ("प्रिय
    # किसानों, पशुपालकों और मछली पालकों,", "प्रिय शतरंज खेलने वाले बच्चों और युवाओं,"): the
    # round6 readers missed the address on such posts.
    genitives = sum(w in ("का", "की", "के") for w in words)
    # One more word where the first ones say whose ("देवास शहर के बच्चे और अभिभावक" is "देवास
    # शहर के प्रिय बच्चों और अभिभावकों,"; round16's readers found the warm post unaddressed).
    owned = genitives == 1 and words[2:3] == ["के"] and not INSTITUTIONS & set(words)
    most = 6 if owned else 5
    return len(words) <= most and genitives <= 1 and not any(w.isdigit() for w in words)


def _template_headline(
    req: Request,
    book: Phrasebook,
    strong: list[str],
    claims: set[Claim],
    greeting: str | None,
    variant: int,
) -> tuple[str, str | None]:
    """The template's headline, and the fact it says whole (then left out of the body) or
    None: what the thing is and gives or when ("पीएम-किसान: सालाना ₹6,000 की आर्थिक
    सहायता", "रक्तदान शिविर: 14 जून"); else the news itself, a short first fact in a
    headline's form ("ज़रूरी सूचना: भैंसौरा गाँव के पास तेंदुआ देखा गया"); else the name the
    facts give the thing before a phrasebook line, a line for the topic, or one for the kind."""
    general = [
        h
        for h in _fitting(book.headlines, req, [], claims)
        if "general" in h.topics and h.kinds and req.kind in h.kinds
    ]
    rest = " ".join(x for x in (greeting, *req.facts, req.call_to_action) if x)
    # A celebratory post's headline ends on 🎉, which carries its tone.
    carries = req.tone not in ("celebratory", "urgent") or carries_tone(f"{rest} 🎉", req.tone)
    if not carries:
        # A headline is never dropped to fit, so it is the place for the tone.
        general = [h for h in general if carries_tone(h.text, req.tone)] or general
    # Not "योजना की ज़रूरी जानकारी" or "लाभ लेने के लिए ज़रूरी बातें" on a grievance portal the
    # facts never call a scheme or a benefit (round15: CPGRAMS); no "आप सादर आमंत्रित हैं" over
    # a post that ends inviting.
    found = _name_of(req)
    # Nor "योजना की ज़रूरी जानकारी" over an account, a card or a portal the facts never call
    # one ("डाकघर बचत खाता", "संचार साथी पोर्टल").
    schemed = found is not None and not _OTHER_THAN_SCHEME.search(found)
    unsaid = [w for w in ("योजना", "लाभ") if w not in rest and not schemed]
    if _invitation(req) is not None:
        unsaid += ["आमंत्रित", "पधार", "आइए"]
    general = [h for h in general if not any(w in h.text for w in unsaid)] or general
    # A local issue's subject is seldom a name ("राहत शिविर" in a flood warning), and an
    # appeal is about what to do, not the scheme it mentions ("मनरेगा: कृपया ध्यान दें" on a
    # list of voters' documents, one of them a job card).
    name = found if req.kind not in ("local_issue", "appeal") else None
    if (
        name
        and req.kind == "scheme"
        and not any(name in f or name in regex.sub(r"\s\([^()]*\)", "", f) for f in req.facts[:2])
    ):
        # A name first met late is seldom what the post is about: "आयुष्मान" from "नज़दीकी
        # आयुष्मान आरोग्य मंदिर से भी ई-संजीवनी ..." headed a post on ई-संजीवनी (round10 dev).
        name = None

    # Not when a fact, or a clause of one, says little more ("श्री अन्न महोत्सव 8 और 9 मार्च
    # को होगा", "आयुष्मान कार्ड शिविर 14 से 16 जनवरी तक, पंचायत भवन"): the post would say it
    # twice. Nor a name that is a whole clause ("खुरपका-मुँहपका टीकाकरण शिविर, ग्राम ...").
    def repeats(line: str) -> bool:
        return any(_nearly_same(line, c) for f in req.facts for c in _clauses(f))

    # The headlines this request can have, best first; a draft's variant takes the next one.
    options: list[tuple[str, str | None]] = []
    # A headline may say a whole fact only when the post has more to say below it.
    more = len(req.facts) > 1 or bool(req.call_to_action)
    hook = None
    if name and req.kind == "scheme" and _cut_name(req, name):
        name = None
    if name and carries:
        if (
            req.kind == "event"
            and (when := _date_of(req, name))
            and (part := _part_dated(req, name, when)) is not None
        ):
            # What and when, both as the facts give them: "रक्तदान शिविर: 14 जून"; and where,
            # when the facts name one place ("पशु मेला: 10 जनवरी" left it out, round9).
            # A span said to its end: "... मेला: 5 नवंबर से 6 दिसंबर तक" (round22 had it "आप
            # सादर आमंत्रित हैं" for want of the "तक" its fact says).
            runs_to = rf"{regex.escape(when)}(?:\s\d{{4}})?\sतक"
            when = _span_shown(when)
            if " से " in when and any(regex.search(runs_to, f) for f in req.facts):
                when = f"{when} तक"
            hook = f"{part}: {when}"
            where = _only_place(req)
            if (
                where is not None
                and where not in name
                and not repeats(f"{hook}, {where}")
                # Where it is held, not a place a fact mentions ("तस्वीरें बांधवगढ़ ... की हो
                # सकती हैं", round19), nor the state of whose body holds it ("असम राज्य महिला
                # आयोग ... नगांव ... में", round27 headed it "... 21 जनवरी, असम").
                and any(where in f and (name in f or when in f) for f in req.facts)
                # The whole place, not the start of one: "तेनाली के कृषि बाजार यार्ड में" was
                # headed "..., कृषि बाजार" (stop 36's ten-draft read).
                and all(_whole_place(where, f) for f in req.facts if where in f)
                and not any(
                    regex.search(rf"{regex.escape(where)}\s(?:राज्य|सरकार)", f)
                    # Nor the district of whose department holds it: "सुरेंद्रनगर जिला स्वास्थ्य
                    # विभाग ... खाराघोड़ा में ..." (round48 headed its camp "..., सुरेंद्रनगर").
                    or regex.search(
                        rf"{regex.escape(where)}\s(?:जिला|ज़िला)\s(?:\S+\s){{0,2}}(?:विभाग|प्रशासन)",
                        f,
                    )
                    # Nor that of a body when the fact says where it is: "महाराष्ट्र पर्यटन
                    # विकास निगम (MTDC) का तारकर्ली स्थित ... संस्थान" (round39 headed it
                    # "..., महाराष्ट्र").
                    or (
                        regex.search(rf"{regex.escape(where)}\s{_STATE_BODY}", f)
                        and regex.search(rf"{EDGE_BEFORE}स्थित{EDGE_AFTER}", f)
                    )
                    for f in req.facts
                )
                # Nor a state where the facts name the district it is in: "सापुतारा मानसून
                # फेस्टिवल: 1 से 31 अगस्त तक, गुजरात" over "... डांग जिले के सापुतारा में"
                # (round43's readers: "tacked on").
                and not (
                    where in STATES
                    and any(regex.search(r"जिले|ज़िले", f) for f in req.facts)
                    and not any(
                        regex.search(rf"{regex.escape(where)}\s(?:जिले|ज़िले)", f) for f in req.facts
                    )
                )
            ):
                hook += f", {where}"
        elif req.kind == "scheme" and (
            gives := _benefit_of(req, name)
            or _free_of(req, name)
            or _gift_of(req, name)
            or _for_whom(req, name)
            or _what_it_is(req, name)
        ):
            # What the scheme gives, in the fact's own words: "पीएम-किसान: सालाना ₹6,000 की
            # आर्थिक सहायता".
            hook = f"{_with_short_name(req, name)}: {gives}"
    if hook is None and req.kind == "event" and not name and carries:
        hook = _event_topic(req)
    # Else what the scheme does, as its own fact says it (round5-8, dev).
    said = _scheme_says(req, name) if name and req.kind == "scheme" and carries and more else None
    if hook is None and said is not None:
        options.append(said)
    elif (
        name
        and req.kind == "scheme"
        and carries
        and (hook is None or (repeats(hook) and not any(_says_all_of(hook, f) for f in req.facts)))
        and (span := _range_of(req)) is not None
    ):
        # Tiers that no one fact says for the scheme: from the least to the most.
        hook = f"{_with_short_name(req, name)}: {span}"
    if hook and not repeats(hook):
        options.append((hook, None))
    elif hook and more and (whole := [f for f in req.facts if _says_all_of(hook, f)]):
        # The hook is a whole fact in a headline's words ("राष्ट्रीय पारिवारिक लाभ योजना:
        # गरीबी रेखा से नीचे के परिवारों के लिए"): it leads, and the fact is not said again.
        options.append((hook, whole[0]))
    news = _news(req) if more and (carries or req.tone in _NEWS_PREFIX) else None
    if name and repeats(name):
        name = None
    # A notice's news leads it; a scheme or an event is led by its name, unless the news
    # names it too.
    if news is None and more:
        news = _river_news(req)
    if news is None and more:
        news = _dated_news(req)
    if news is None and more:
        news = _alert_news(req)
    if news is None and more:
        news = _seen_news(req)
    if news is None and req.kind == "appeal" and more:
        news = _an_ask(req)
    if (
        news is None
        and more
        and (req.kind == "local_issue" or _ask_headline(req, hooks=req.tone != "urgent") is None)
    ):
        # An appeal that can ask in so many words is headed by its ask; an urgent one by its
        # news over a question (round25's "कन्नूर जिले के 6 विद्यालयों में गलसुआ के 38 मामले
        # सामने आए" over "... सूजन और बुखार दिखे? ...").
        news = _place_news(req)
    ask = _ask_headline(req)
    asked = " ".join((req.call_to_action or "").split()).rstrip("।.! ")
    # A warm or respectful appeal is headed by what it asks before its first fact: that fact is
    # its background ("पौंग बाँध झील को 2002 में रामसर स्थल घोषित किया गया था", "वाह उमखराह नदी
    # शिलांग शहर के बीच से होकर बहती है"), which round42's readers refused as "the first fact
    # copied" on four appeals; the writers led with the ask ("मेहमान परिंदों का ख़्याल रखें").
    # Not over a first fact that asks on its own ("बिना जाँचे कोई भी संदेश ... आगे न भेजें"), nor
    # one that names a website to go to.
    ask_first = (
        ask is not None
        and req.kind == "appeal"
        and req.tone != "urgent"
        # On X the first fact said as the headline keeps a post one that the ask would thread.
        and req.platform != "x"
        and not (news is not None and _IMPERATIVE.search(news[0]))
        and not _WEBSITE.search(ask)
    )
    if ask_first and ask is not None:
        options.append((ask, req.call_to_action if asked in ask else None))
    # A fact cut short does not lead an appeal that can ask in so many words; it does lead
    # one that can ask only in part ("ऊंची लहरें उठने की चेतावनी" over "सावधान! चेतावनी खत्म
    # होने तक समुद्र में न जाएं", the first clause of a longer ask).
    if (
        news is not None
        and (req.kind not in _NAMED_KINDS or not name or name in news[0])
        and (ask is None or asked not in ask or news[1] is not None or req.kind == "local_issue")
    ):
        options.append(news)
    if ask is not None and not ask_first:
        # An appeal with no news to lead with is headed by what it asks, not by whom it is for
        # (round14's readers: "generic 'ज़रूरी सूचना' headline with no warning hook"; the
        # writers: "ट्रैक्टर-ट्रॉली सवारी के लिए नहीं", "प्लॉट खरीदने से पहले सावधान!").
        options.append((ask, req.call_to_action if asked in ask else None))
    to = oblique_plural(req.audience) if req.audience else None
    if to and len(to.split()) > GROUP_WORDS:
        to = None  # two long groups address a post; they are no headline
    if to and not name and req.kind != "greeting":
        # Who the notice is for says more than a stock line: "ई-रिक्शा चालकों के लिए ज़रूरी
        # सूचना", as the writers headed such notices.
        # Good news is not "ज़रूरी सूचना 🎉" (a finished road, an editor said), nor a warm
        # post a notice (round8: "गाँव के सभी परिवारों के लिए ज़रूरी सूचना" on a warm appeal).
        options.append((_for_audience(to, req), None))
    if name:
        # Not "पीएम पोषण योजना: योजना की ज़रूरी जानकारी".
        named = set(name.split())
        general = [h for h in general if not named & set(h.text.split())] or general
        options += [(f"{name}: {h.text}", None) for h in general[:3]]
    # Stock lines last: a request with nothing better gets them first, and every request
    # gets them as its later drafts' alternatives.
    topical = [
        h
        for h in _fitting(book.headlines, req, strong, claims)
        if set(h.topics) & set(strong) and _names_its_readers(h.text, req)
    ]
    options += [(h.text, None) for h in (topical[:1] + general[:3] if not name else [])]
    # Later drafts' alternatives when few lines fit: the bare name, or a longer first fact.
    if name:
        options.append((name, None))
    elif more and (long := _news(req, words=18)) is not None and long not in options:
        options.append(long)
    return options[variant % len(options)] if options else ("ज़रूरी सूचना", None)


def _names_its_readers(headline: str, req: Request) -> bool:
    """Does a stock headline that says whom it is for ("विद्यार्थियों और अभिभावकों के लिए सूचना")
    name a reader the request's audience names (round19 headed a literacy drive for adults so)?"""
    whom = regex.match(r"^(.+?)\sके लिए", headline)
    if whom is None or not req.audience:
        return True  # a farming post with no audience is for farmers
    stems = {w[:4] for w in _words_of(req.audience)}
    # Every reader it names: "महिलाओं और बच्चों के लिए जानकारी" over a hearing for women
    # added children no fact names (round27's readers).
    return all(w[:4] in stems for w in _words_of(whom.group(1)) - _NOT_TAG_WORDS)


# An ask's last word: "डालें", "खिलाएं", "कराएँ", "दें", "लें".
_ASKS = regex.compile(r"(?:ें|एं|एँ|इए|िए)$")


_WEBSITE = regex.compile(r"[\w-]+\.(?:gov|nic|org|com|in)\b", flags=regex.ASCII)
_BUT = regex.compile(r"(?:लेकिन|पर|परंतु|परन्तु|मगर|किंतु|किन्तु)\s")


# An ask on a condition: "जंगल में आग दिखे तो तुरंत वन विभाग या 112 पर सूचना दें".
_IF_THEN = regex.compile(r"^(?P<when>.+?)\sतो\s(?P<ask>.+)$")
# What the condition's verb may be for it to stand as a question: "साँप दिखे?", "खाँसी हो?".
# Not "बिकते देखें" (a wish read as one), nor a condition after an ask of its own ("... दूर
# रखें और निगलने का शक हो तो ...").
_WHEN_VERB = regex.compile(EDGE_BEFORE + r"(?:दिखे|दिखें|हो|हों|मिले|मिलें|आए|जाए|जाएँ|फँसे|फंसे|माँगे|मांगे|लगे)$")
# The condition's "हो" as a question asks it: "2 हफ़्ते से ज़्यादा खाँसी है?".
_IS_ASKED = {"हो": "है", "हों": "हैं"}
_YOURS = {"अपना": "आपका", "अपनी": "आपकी", "अपने": "आपके"}


def _if_hook(cta: str) -> str | None:
    """An appeal's ask on a condition as a question and its answer, as the writers headed such
    appeals ("साँप दिखा? घबराइए नहीं, 'सर्प' ऐप खोलिए", "धुआँ, धूल या जलता कूड़ा दिखे? ग्रीन
    दिल्ली ऐप पर बताइए"): "जंगल में आग दिखे? तुरंत वन विभाग या 112 पर सूचना दें" of the call
    to action "जंगल में आग दिखे तो तुरंत वन विभाग या 112 पर सूचना दें", whose words are the
    headline's but for "तो" and a "हो" asked as "है". The answer is the ask's first clause, and
    the whole ask stays at the post's end; an ask of one clause is left to the end, whose words
    would say the headline again, and the question heads the post alone ("लंबे समय से खाँसी या
    साँस फूलने की शिकायत है?"). Round46's readers refused such appeals headed "... के लिए
    ज़रूरी सूचना" as "only the address"."""
    match = _IF_THEN.match(" ".join(cta.split()).rstrip("।.! "))
    if match is None:
        return None
    when, ask = match.group("when").split(), match.group("ask")
    answer = regex.split(r",\s|\sऔर\s", ask, maxsplit=1)[0]
    if (
        not 3 <= len(when) <= 10
        or not _WHEN_VERB.search(when[-1])
        or any(_ASKS.search(w) for w in when[:-1])
        or "," in match.group("when")
        # "ऐसा दाग दिखे?" says nothing before its facts.
        or _POINTS_BACK.search(match.group("when"))
        # "पहचान पक्की न हो" is no question "... न है?".
        or regex.search(_NEGATION, match.group("when"))
        or not 2 <= len(answer.split()) <= 9
        or not _ASKS.search(answer)
        or _CONTACT.search(answer)
        or _WEBSITE.search(answer)
    ):
        return None
    # Asked of the reader, "अपना रक्त समूह" is "आपका रक्त समूह".
    words = [_YOURS.get(w, w) for w in when[:-1]]
    question = " ".join([*words, _IS_ASKED.get(when[-1], when[-1])]) + "?"
    return question if answer == ask else f"{question} {answer}"


def _ask_headline(req: Request, hooks: bool = True) -> str | None:
    """An appeal's call to action as its headline, when it is short: after "सावधान!" when it
    warns off something on an urgent post, after "कृपया" on a respectful one; one on a
    condition as a question and its answer (``_if_hook``). An urgent notice's too, where it
    has no news short enough to lead it: "सावधान! नदी के किनारे और टापुओं पर बिल्कुल न जाएँ"
    over "... गाँवों के लोगों के लिए ज़रूरी सूचना", which rounds 22-26's readers refused as
    "just the audience, it does not name the alert"."""
    cta = " ".join((req.call_to_action or "").split()).rstrip("।.! ")
    hook = (
        _if_hook(cta)
        # An ask of ten words heads the post whole, and X has no room for it twice.
        if hooks and req.kind == "appeal" and len(cta.split()) > 10 and req.platform != "x"
        else None
    )
    if hook is not None and any(_shares_run(hook, f, 5) for f in req.facts):
        # "2 हफ़्ते से ज़्यादा खाँसी" a fact says too: three times in one post is a loop (the
        # format check's).
        hook = None
    ask = _ask_whole_or_first(req, cta)
    # An urgent warning keeps its "सावधान!": "सावधान! किसी पर शक हो तो खुद कार्रवाई न करें".
    return ask if ask is not None and (hook is None or ask.startswith("सावधान!")) else hook


def _ask_whole_or_first(req: Request, cta: str) -> str | None:
    """The call to action as ``_ask_headline`` heads a post with it: whole when short, or its
    first clause when that asks on its own."""
    urgent_notice = req.kind == "local_issue" and req.tone == "urgent"
    if req.kind == "appeal" and len(cta.split()) > 10:
        # A long ask's first clause, when it asks on its own ("बंदरों को खाना न खिलाएं" of
        # "... और खाने का सामान ढककर रखें"), as the writers headed such appeals ("इस्तेमाल
        # हुआ तेल नाली में न डालें"); the whole ask stays at the post's end.
        parts = regex.split(r",\s|\sऔर\s", cta, maxsplit=1)
        if not _ASKS.search(parts[0]) and ", " in cta:
            # An "और" inside the first clause's list: "अभयारण्य में गिब्बन और दूसरे प्राइमेट को
            # खाना न दें, शोर न करें ..." (round47 headed it "आपसे एक निवेदन").
            parts = cta.split(", ", 1)
        first = parts[0]
        if len(parts) > 1 and (but := _BUT.match(parts[1])):
            # What comes after "लेकिन" is the ask: "नशे में गाड़ी बिल्कुल न चलाएँ", not round39's
            # "नए साल का जश्न मनाएँ ⚠️" over a drink-driving appeal.
            first = parts[1][but.end() :]
        if (
            # Three words that say don't are a whole ask: "फसल अवशेष न जलाएँ" (a fresh read).
            # A don't may run to ten: "नैनी झील के आसपास प्लास्टिक की बोतलें और रैपर न फेंकें"
            # (round43 headed the appeal by a fact cut short instead).
            (4 if not regex.search(_NEGATION, first) else 3)
            <= len(first.split())
            <= (8 if not regex.search(_NEGATION, first) else 10)
            and _ASKS.search(first)
            # Not the objects of a don't that only its second half says: "झील में प्लास्टिक की
            # बोतलें" of "... बोतलें और खाने के रैपर न फेंकें" (a fresh read) is a list, and
            # without its "न" would ask the opposite. After a comma a clause has its own verb
            # ("मर्मोट को दूर से देखें, ...").
            and not (
                cta[len(parts[0]) :].startswith(" और ")
                and regex.search(_NEGATION, parts[1])
                and not regex.search(_NEGATION, first)
            )
            # Not five words a fact says too: three times in one post is a loop (the format
            # check's).
            and not any(_shares_run(first, f, 5) for f in req.facts)
        ):
            cta = first
    if (
        (req.kind != "appeal" and not urgent_notice)
        # "आज ही आवेदन करें" heads nothing, nor "समय रहते आवेदन जमा करें" a notice; a don't
        # does ("कृपया फसल अवशेष न जलाएँ").
        or not (6 if urgent_notice else 5 if not regex.search(_NEGATION, cta) else 3)
        <= len(cta.split())
        <= 10
        or _CONTACT.search(cta)
        or _POINTS_BACK.search(cta)  # "ऐसा दाग दिखे तो ..." says nothing before its facts
        # Nor a notice's "इस संदेश को ... पहुँचाएँ", "इन दो दिनों में ...", or "टीम के आने पर
        # ... सहयोग करें", which ask nothing of the reader's own.
        or (urgent_notice and regex.search(rf"{_TELLS.pattern}|(?:^|\s)इन\s|सहयोग", cta))
        # A notice's ask is said again at its end, which ten words twice would make a loop
        # the format check refuses (and a post that stops on its last fact).
        or (urgent_notice and len(_tokens(cta)) >= 10)
    ):
        return None
    if req.tone == "urgent" and regex.search(_NEGATION, cta):
        return f"सावधान! {cta}"
    if req.tone == "respectful" and not cta.startswith(("कृपया", "कृपा")):
        return f"कृपया {cta}"
    return cta


def _for_audience(to: str, req: Request) -> str:
    """A headline that says whom the post is for, in the words its kind and tone ask."""
    if req.tone == "celebratory":
        return f"{to} के लिए ख़ुशख़बरी"
    if req.tone == "warm" and req.kind == "appeal":
        return f"{to} से एक अपील"
    if req.tone == "warm":
        gathering = req.kind == "event" and _gathers(req)
        return f"{to} के लिए ख़ास {'आयोजन' if gathering else 'जानकारी'}"
    return f"{to} के लिए ज़रूरी {'जानकारी' if req.kind == 'scheme' else 'सूचना'}"


# A finished action's auxiliary, which a headline drops: "तेंदुआ देखा गया है" → "तेंदुआ देखा
# गया", "यूनिट शुरू हो गई है" → "यूनिट शुरू हो गई". Not "मिलता है" ("मिलता" is no headline).
_DONE_AUX = regex.compile(
    # Not after a progressive "रहा": "... शुरू किया जा रहा" read as cut (round12).
    # Nor a state's participle: "... टैग मिला हुआ है" is not "... मिला हुआ" (round20).
    # Whole words: not the "ली" of "गोली" ("... गर्भनिरोधक गोली है", round9).
    rf"(?<={EDGE_BEFORE}(?:गया|गई|गए|गयी|गये|हुआ|हुई|हुए|दिया|दी|दिए|किया|किए|लिया|ली|लिए))"
    r"(?<!(?:ा|ी|े)\s(?:हुआ|हुई|हुए)) (?:है|हैं)\s*[।.]?\s*$"
)
# What will happen, as a headline says it: "पेराई सत्र 10 नवंबर से शुरू होगा" → "... से शुरू",
# "सड़क 3 दिन बंद रहेगी" → "... बंद" (round10's writer: "पेराई सत्र 10 नवंबर से"). Only after a
# word that says the change itself; not "मिलेगा" or "लगाए जाएँगे", whose tense carries meaning.
_WILL_AUX = regex.compile(
    r"(?<=(?:^|\s)(?:शुरू|बंद|लागू|चालू|स्थगित|रद्द|उपलब्ध|आयोजित|प्रारंभ|आरंभ|रोक|प्रतिबंध))"
    r" (?:होगा|होगी|होंगे|होंगी|हो जाएगा|हो जाएगी|हो जाएँगे|रहेगा|रहेगी|रहेंगे|रहेंगी|किया जाएगा|"
    r"की जाएगी|किए जाएँगे)\s*[।.]?\s*$"
)
_NEWS_PREFIX = {"urgent": "ज़रूरी सूचना: ", "celebratory": "ख़ुशख़बरी! "}
_CONTACT = regex.compile(r"(?<![\d,])\d{5,}|\d{3,5}-\d{4,}|https?://|www\.|संपर्क")
# "एल्डरलाइन का नंबर 14567 है" → "एल्डरलाइन: 14567".
_NUMBER_IS = regex.compile(
    r"^(.{4,60}?) (?:का|की) (?P<free>टोल-फ़्री |टोल फ़्री )?(?:नंबर|हेल्पलाइन नंबर|हेल्पलाइन)"
    r" ([\d-]{3,15}) है\s*[।.]?\s*$"
)
# A copula a headline drops ("जलस्तर ख़तरे के निशान से ऊपर है" → "... से ऊपर"), but not after
# an imperfective or a progressive verb ("मिलता है", "बढ़ जाती हैं", "किया जा रहा है" stay whole).
# Nor after a state's participle: "... टैग मिला हुआ है" is no headline "... मिला हुआ" (round20).
_COPULA = regex.compile(r"(?<![तए]ा|ती|ते|ता|रहा|रही|रहे|हुआ|हुई|हुए) (?:है|हैं)\s*[।.]?\s*$")


def _news(req: Request, words: int | None = None) -> tuple[str, str | None] | None:
    """A notice's or an appeal's news as its headline: the first fact when it is short and
    says what happened or what to do (not a phone number or a date alone), in a headline's
    form, after the word the tone asks for. A scheme or an event is led by its name instead."""
    if not req.facts:
        return None
    fact = req.facts[0]
    if _NUMBER_IS.match(fact.strip()) is not None:
        return reshape(fact), fact
    ask = _IMPERATIVE.search(fact) is not None
    if ask and (
        req.kind != "appeal" or (req.call_to_action and carries_cta(fact, req.call_to_action))
    ):
        # An ask is the call to action's to make; an appeal may lead with one of its own
        # asks ("नाव में उसकी क्षमता से ज़्यादा लोग न बैठें"), as the writers' slogans did.
        return None
    if req.kind == "scheme" and regex.search(_AMOUNT, fact):
        return None  # one tier's figure is not the scheme's ("शिशु श्रेणी में ₹50,000 तक")
    if _WHOSE_SCHEME.search(fact):
        return None  # "X बिहार सरकार की योजना है" says whose it is, not what it does
    prefix = _NEWS_PREFIX.get(req.tone, "") if req.kind != "event" else ""
    if ask:
        prefix = "सावधान! " if req.tone == "urgent" else ""
    if (stopped := _stopped(req)) is not None:
        if not _STOPS.search(fact):
            # A power cut told after the works that cause it is the news (round4).
            return stopped, None
        prefix = ""  # "बंद" says it is a notice; no "ज़रूरी सूचना:" before it
    # A whole fact of more than ten words read as "the first fact pasted in bold", not a
    # headline (the round4 readers); the writers' headlines run to twelve words with the
    # tone's word (round2-11: 85 of 100 on notices and appeals). A longer fact may still make
    # one without its cause.
    whole = _headline_form(fact)
    if words is None:
        # A scheme's or an event's news is seldom worth more ("... 2018 को शुरू हुआ").
        words = 12 if req.kind in ("local_issue", "appeal") else 10
    urgent_news = req.tone == "urgent" and req.kind == "local_issue"
    if prefix and urgent_news and len(_shortened(whole, words - 1).split()) > words - 1:
        # The news in full says more than "ज़रूरी सूचना:" before it cut short; the headline's
        # ⚠️ still marks it urgent (round14: "ज़रूरी सूचना" over a crocodile seen in the river).
        prefix = ""
    words -= len(prefix.split())
    line, most = whole, words
    if len(whole.split()) > words and not ask and req.kind in ("local_issue", "appeal"):
        # Cut, a headline may run a word longer than a whole fact would (the round14-15
        # writers' ran to thirteen); it is cut on to seven tenths of the fact where the steps
        # allow, and a cut of a word or two is refused below. Where what stops heads the post
        # ("पानी की आपूर्ति बंद: 8 और 9 जून"), the place does not lead it.
        target = min(words + 1, int(0.7 * len(whole.split())))
        line = _shortened(whole, target, fact, lead=stopped is None)
        most = words + 1 if line != whole else words
        if line != whole and (
            (stopped is not None and _shares_run(line, fact, 10))
            or regex.search(r"(?<!\d),(?!\s?\d)", line)
        ):
            # What stops says it better than most of its fact again ("पानी की आपूर्ति बंद: 8 और
            # 9 जून"); a cut that keeps a clause of the fact whole says it twice (the fit check
            # refused "दहेज लेना, देना और ... अपराध" over its fact).
            most = 0
        if line != _without_cause(whole) and len(line.split()) > 0.75 * len(whole.split()):
            # Cut by a bracket or a word or two, the headline is the fact the body's first line
            # says again (round15: "the headline is repeated word for word in the first
            # sentence").
            most = 0
    if (
        prefix
        and urgent_news
        and not 4 <= len(line.split()) <= most
        and len(whole.split()) <= words + len(prefix.split())
    ):
        # The whole news where it has room without "ज़रूरी सूचना:": "महानंदा नदी झौआ में खतरे के
        # निशान से 60 सेंटीमीटर ऊपर" (a fresh read: the flood alert went under its audience).
        prefix, line, most = "", whole, words + len(prefix.split())
    if line != whole and _DATED.match(line) and not _DATED.match(whole):
        # A cut that took the subject with an opening "cause" leaves a date and a verb: "3 से 9
        # जुलाई तक बंद" of "दार्जिलिंग हिमालयन रेलवे की ... जॉय राइड ट्रैक मरम्मत के कारण ...".
        most = 0
    if not 4 <= len(line.split()) <= most or _CONTACT.search(fact) or len(line) > 8 * words:
        # What stops and when: "पानी की आपूर्ति बंद: 8 और 9 जून".
        return (stopped, None) if stopped is not None else None
    below = [
        f for f in (*req.facts, req.call_to_action or "") if f and (line != whole or f != fact)
    ]
    if _said_again(line, below, 2):
        # Five words two facts say already, a third time (round16: "केंद्रों के 200 मीटर
        # दायरे"): a loop the format check refuses.
        return (stopped, None) if stopped is not None else None
    if prefix.endswith(": ") and ":" in line:
        prefix = ""  # not "ज़रूरी सूचना: वार्ड 9: ..."; the headline's ⚠️ says it
    if regex.search(rf"{_RELATIVE}\s(?:\S+\s){{0,4}}{regex.escape(line.split()[0])}", fact):
        # Not a relative clause's tail: "संक्रमित होने की आशंका" of "... सियार ने 9 लोगों को काट
        # लिया है, जिसके रेबीज से संक्रमित होने की आशंका है" (round30's readers: a cut fragment).
        return (stopped, None) if stopped is not None else None
    # Without its cause the headline is not the whole fact, which the body then says.
    return prefix + line, fact if line == whole else None


def _dated_news(req: Request) -> tuple[str, str | None] | None:
    """A notice's or an appeal's news with its date after a colon, as the writers headed a
    change that begins, runs or happens on a date ("घंटाघर चौक पर ई-रिक्शा का प्रवेश बंद: 15
    मई से", "मछली पकड़ने पर रोक: 16 जून से 15 अगस्त तक"), where the whole first fact is too
    long to head the post and no cut of it would do: the date, the hours and what the cutting
    steps leave to the body go there, and every word left is the fact's, in its order."""
    if req.kind not in ("local_issue", "appeal") or not req.facts:
        return None
    fact = req.facts[0]
    if _IMPERATIVE.search(fact) or _CONTACT.search(fact):
        return None
    whole = _headline_form(fact)
    dates = list(_DATED.finditer(whole))
    if len(dates) != 1:
        return None
    date = dates[0]
    case = date.group("case")
    if date.group("until"):
        when = f"{date.group('when')} से {date.group('until')} तक"
    else:
        when = date.group("when") + ("" if case == "को" else f" {case}")
    core = " ".join(f"{whole[: date.start()]} {whole[date.end() :]}".split())
    core = " ".join(regex.sub(_CLOCK, " ", core).split())
    core = _HAPPENED.sub("", _headline_form(_shortened(core, 10, lead=False)))
    # What the cut left twice side by side: "रिस्पना पुल पर [मरम्मत के कारण] पुल पर भारी ..."
    # (round21: "रिस्पना पुल पर पुल पर").
    core = _SAID_TWICE.sub(r"\1", core)
    if len(core.split()) + len(when.split()) > 16:
        # The year is the body's, where the fact says it: "८ से १२ मार्च तक" (round27's tunnel
        # closing ran a word past sixteen with "२०२७").
        when = _span_shown(when)
    if (
        # A "no" the cut left out would turn the news round.
        len(regex.findall(_NEGATION, core)) != len(regex.findall(_NEGATION, fact))
        or len(core.split()) + len(when.split()) > 16
        or not 3 <= len(core.split()) <= 11
        or _CHANGE_WORD.search(core) is None
        or "," in core
        or core.split()[-2:-1] in (["से"], ["तक"])
    ):
        return None
    if _said_again(core, [f for f in (*req.facts, req.call_to_action or "") if f], 3):
        return None  # five words the facts say twice, said a third time: a loop
    prefix = "ख़ुशख़बरी! " if req.tone == "celebratory" else ""
    line = f"{prefix}{core}: {when}"
    left = Counter(fact.split()) - Counter(line.replace(":", "").split())
    if set(left) <= _AUXILIARIES:
        # The headline says the whole fact but its verb: not said again below it (round15's
        # readers: "the headline is repeated word for word in the first sentence").
        return line, fact
    if len(line.split()) > 0.8 * len(fact.split()):
        return None  # a word or two short of the fact, it would be the fact said twice
    return line, None


# A warning, a fear or a confirmed case, and what it is of: "हिमस्खलन की चेतावनी", "पाला पड़ने की
# आशंका", "बर्ड फ्लू (एवियन इन्फ्लूएंजा) की पुष्टि".
_ALERT = regex.compile(
    # What it is of, two things included: "तेज बारिश और आँधी की चेतावनी" (round39 headed it
    # "आँधी की चेतावनी", leaving out the rain).
    r"(?:^|(?<=\s))(?P<what>(?!और\s)"
    r"(?:(?!(?:में|पर|से|तक|के|की|का|को|ने|या|लिए|यानी|अर्थात)\s)[^\s,]+\s){1,5}?)"
    r"(?:की|का)\s(?:चेतावनी|आशंका|पुष्टि|अलर्ट)" + EDGE_AFTER
)
# What an alert's noun is of, before it: "सूअरों की" of "सूअरों की मौत की पुष्टि", with its cause
# ("अफ़्रीकी स्वाइन फ़ीवर (एएसएफ) से").
_WHOSE_ALERT = regex.compile(
    r"(?:(?<=\s)(?:(?!(?:में|पर|के|की|का|को|ने)\s)[^\s,]+\s){1,4}से\s)?"
    r"(?<=\s)(?!(?:में|पर|से|के|की|का|को|ने)\s)[\p{L}\p{M}]+\s(?:की|का|के)\s$"
)
# The place a notice is about, as its fact names it: "किन्नौर जिले के ...", "बरहरवा गाँव के ...".
_NAMED_PLACE = regex.compile(
    EDGE_BEFORE + r"(?P<place>[\p{L}\p{M}]+)\s(?:जिले|ज़िले|जिला|ज़िला|गाँव|गांव|शहर|नगर)"
    r"\s(?:के|की|में)" + EDGE_AFTER
)


# Words before "जिले में" that name no place: "8 से 10 जनवरी के बीच जिले में" (round16, dev).
_NOT_A_PLACE = STOP_WORDS | _ADMIN | frozenset("बीच पूरे पूरा सभी हर अपने आसपास पास भीतर".split())


def _river_news(req: Request) -> tuple[str, str | None] | None:
    """A flood alert's headline where a fact says a river's level is above its danger mark:
    the river and the mark, as news heads it ("तलांग नदी खतरे के निशान से 1.2 मीटर ऊपर"),
    the fact kept whole below it (when, where it was gauged). Round45's readers refused the
    stock "... के लिए ज़रूरी सूचना" over one; the writers led with the river. Not on X, where
    an urgent post's ask stands between them and the fact says the mark again in one post,
    or makes a thread of one (round24's Jhelum alert)."""
    if req.kind not in ("local_issue", "appeal") or req.platform == "x":
        return None
    for fact in req.facts[:2]:
        said = " ".join(fact.split())
        if (match := _ABOVE_MARK.search(said)) is not None and not regex.search(_NEGATION, said):
            return f"{match.group('river')} {match.group('mark')}", None
    return None


# "औरंगा नदी का जलस्तर ... खतरे के निशान से 1.5 मीटर ऊपर".
_ABOVE_MARK = regex.compile(
    EDGE_BEFORE + r"(?P<river>[\p{L}\p{M}]+\sनदी)\s(?:का\s)?(?:जलस्तर|जल\sस्तर)\s(?:[^।]*?\s)?"
    r"(?P<mark>(?:ख़|ख)तरे\sके\sनिशान\sसे(?:\s[\d.,०-९]+\s(?:मीटर|सेंटीमीटर|सेमी|फीट|फुट))?\sऊपर)"
    + EDGE_AFTER
)


def _alert_news(req: Request) -> tuple[str, str | None] | None:
    """A warning's headline, where the first fact issues or confirms one and makes no shorter
    news: what it warns of, after the place the fact names ("किन्नौर: हिमस्खलन की चेतावनी",
    "बरहरवा: बर्ड फ्लू (एवियन इन्फ्लूएंजा) की पुष्टि"), as rounds 9-20's writers headed them;
    their composer's posts read "ज़रूरी सूचना" or "... के लिए ज़रूरी सूचना" (six of rounds
    2-20). Not a verb alone ("... में पहुँचने की आशंका"): what comes must be named."""
    if req.kind not in ("local_issue", "appeal") or not req.facts:
        return None
    fact = " ".join(req.facts[0].split())
    match = _ALERT.search(fact)
    if match is None or regex.search(_NEGATION, fact):
        return None
    what = match.group("what").split()
    if all(_NOT_A_NAME.search(w) or w in STOP_WORDS or w.isdigit() for w in what) or (
        # A level, not what is warned of: "39 फुट की चेतावनी (सीमा)" (round23: "vague").
        any(w[:1].isdigit() for w in what)
    ):
        return None
    if regex.search(rf"{_RELATIVE}\s(?:\S+\s){{0,4}}$", fact[: match.start()]):
        # A relative clause's tail names no news: "... जिसके रेबीज से संक्रमित होने की आशंका है"
        # (round30 headed a jackal's bites "संक्रमित होने की आशंका").
        return None
    start = match.start()
    if (owner := _WHOSE_ALERT.search(fact[:start])) is not None and not regex.search(
        # Not a measure's unit: "60 किलोमीटर प्रति घंटे की तेज़ हवाएं ..." (round23, dev).
        r"(?:\d|प्रति)\s$",
        fact[: owner.start()],
    ):
        # Whose death is confirmed, and of what: "अफ़्रीकी स्वाइन फ़ीवर (एएसएफ) से सूअरों की मौत
        # की पुष्टि" (round42 headed it "मौत की पुष्टि").
        start = owner.start()
    alert = " ".join(fact[start : match.end()].split())
    place = _NAMED_PLACE.search(fact)
    if place is not None and not _NOT_A_PLACE & {place.group("place")}:
        return f"{place.group('place')}: {alert}", None
    return alert, None


_SAID_TWICE = regex.compile(EDGE_BEFORE + r"(\S+(?:\s\S+){0,2})\s\1" + EDGE_AFTER)


# A verb's auxiliaries and a date's "को", which a dated headline may leave out of its fact.
_AUXILIARIES = frozenset(
    "है हैं हो गया गई गए हुआ हुई हुए होगा होगी होंगे रहेगा रहेगी रहेंगे रहा रही रहे को जाएगा जाएगी "
    "जाएँगे किया किए".split()
)


_DO_NOT = regex.compile(EDGE_BEFORE + r"(?:न|ना|मत)" + EDGE_AFTER)


_POINTS_BACK = regex.compile(
    EDGE_BEFORE + r"(?:इसमें|इसे|इसका|इसकी|इसके|इससे|इसको|उसमें|उसे|उसका|उसकी|उसके|उससे|"
    r"इन्हें|उन्हें|इनका|उनका|इनमें|उनमें|ऐसे|ऐसी|ऐसा)" + EDGE_AFTER
)


def _an_ask(req: Request) -> tuple[str, str] | None:
    """An appeal whose first fact makes no headline is led by the first short warning among
    its facts ("कुत्ता, बिल्ली या बंदर काटे तो देर न करें" was a writer's), said whole and not
    again: what not to do, which is what such an appeal is about; not a step of a list ("मोबाइल
    फ़ोन हमेशा चार्ज रखें"), a number to call, or the call to action's own ask."""
    for fact in req.facts[1:]:
        line = fact.strip().rstrip("।.! ")
        if (
            _IMPERATIVE.search(line)
            and _DO_NOT.search(line)
            # Not one that points back ("प्लास्टिक, काँच और दवाइयाँ इसमें न डालें": the bin is
            # named in another fact, round13).
            and not _POINTS_BACK.search(line)
            and 4 <= len(line.split()) <= 9
            and not regex.search(r"\d{3,}", line)
            and not (req.call_to_action and carries_cta(line, req.call_to_action))
        ):
            return ("सावधान! " if req.tone == "urgent" else "") + line, fact
    return None


# What a headline leaves out after the change it names, as the writers' did ("ज़िला अस्पताल में
# डायलिसिस यूनिट शुरू", round3): "शुरू हो गई है", "शुरू हो रहा है".
_CHANGED = regex.compile(
    r"(?<=(?:^|\s)(?:शुरू|बंद|लागू|चालू|स्थगित|रद्द|उपलब्ध|प्रारंभ|आरंभ))"
    r" (?:हो गया|हो गई|हो गए|हो चुका|हो चुकी|हो चुके|हो रहा|हो रही|हो रहे|"
    # And one done by someone the fact does not name: "... सड़क ... बंद कर दी गई है" → "... बंद"
    # (round42's pass closed by snow went under its readers).
    r"कर दिया गया|कर दी गई|कर दी गयी|कर दिए गए|कर दिये गये)(?: है| हैं)?\s*[।.]?\s*$"
)
# Where a thing will be, its verb left to the headline's reader: "जैतपुरा शाखा 2 सितंबर से नए
# भवन में चलेगी" → "... नए भवन में" (round4's writer: "जैतपुरा: बैंक शाखा 2 सितंबर से नए
# भवन में"); and a service that will be done, by its noun: "राशन वितरण 5 से 15 तारीख़ तक होगा"
# → "राशन वितरण 5 से 15 तारीख़ तक", "टैंकर से पेयजल आपूर्ति की जाएगी" → "... पेयजल आपूर्ति".
_WILL_BE_AT = regex.compile(
    r"(?<=\s(?:में|पर)) (?:चलेगा|चलेगी|चलेंगे|लगेगा|लगेगी|लगेंगे|खुलेगा|खुलेगी|खुलेंगे)\s*[।.]?\s*$"
)
_SERVICE_WILL = regex.compile(
    r"(?<=\s(?:आपूर्ति|वितरण|सफ़ाई|मरम्मत|ख़रीद|खरीद|भुगतान|छिड़काव|टीकाकरण|निर्माण|सर्वे|सर्वेक्षण|"
    r"पंजीयन|पंजीकरण|नामांकन)(?:\s\S+){0,5}?)"
    r" (?:होगा|होगी|होंगे|किया जाएगा|की जाएगी|किए जाएँगे)\s*[।.]?\s*$"
)


_SHE_PLURAL = regex.compile(rf"(?<={EDGE_BEFORE}(?:गई|गयी|हुई|दी|ली))(?= हैं\s*[।.]?\s*$)")
_NEEDS_AUX = regex.compile(EDGE_BEFORE + r"(?:आयोजित|प्रस्तावित|निर्धारित|आमंत्रित)\s*[।.]?\s*$")


def _headline_form(fact: str) -> str:
    """A fact as a headline says it, every word kept but a finished or a future auxiliary,
    a report's verb and a copula: "यूनिट शुरू हो गई है" → "यूनिट शुरू"."""
    line = _CHANGED.sub("", fact.strip())
    # A feminine plural keeps its number once "हैं" goes: "478 इमारतें खतरनाक पाई गईं", not
    # "... पाई गई" (round47's readers: a grammar slip).
    line = _SHE_PLURAL.sub("ं", line)
    line = _DONE_AUX.sub("", line)
    line = _REPORTED.sub("", line)
    line = _CASES_COUNTED.sub("", line)
    line, flowing = _FLOWING.subn("", line)
    if flowing:
        # And the river stands for its level, as news heads it ("गंगा खतरे के निशान से ऊपर").
        line = regex.sub(r"(?<=नदी)\s(?:का\sजलस्तर|का\sजल\sस्तर)(?=\s)", "", line, count=1)
    if not _NEEDS_AUX.search(_WILL_AUX.sub("", line)):
        # Not a participle left without its "होगा": "... 17 जनवरी 2027 को आयोजित" read as
        # cut (round39).
        line = _WILL_AUX.sub("", line)
    line = _WILL_BE_AT.sub("", line)
    line = _SERVICE_WILL.sub("", line)
    return _COPULA.sub("", line).rstrip("।. ")


# Why a thing happens, which a headline leaves to the body (round2-10's writers: "तुलसीपुर
# रेलवे ओवरब्रिज 12 से 25 मई तक बंद" from "... पर मरम्मत कार्य के कारण 12 से 25 मई तक
# यातायात बंद रहेगा"): a cause that opens the fact, whatever its length; one inside it only
# when it is a word or two after a postposition ("... वार्ड 6 में पाइपलाइन टूटने से नलों में
# ..."), so a subject is never cut; works a thing is closed for ("संख्या 27 मरम्मत के लिए बंद").
_CAUSE_WORDS = r"(?:के कारण|की वजह से|के चलते|को देखते हुए)"
_OPENING_CAUSE = regex.compile(rf"^(?:(?!(?:पर|में|से|तक|ने)\s)\S+\s){{1,6}}?{_CAUSE_WORDS}\s")
_INNER_CAUSE = regex.compile(
    rf"(?<=\s(?:पर|में|तक|को))\s(?!\d)(?:{LETTER}+\s)?"
    # Not any verb in -ने से: "कूड़ा जलाने से निकलने वाला धुआँ" is what the smoke is.
    rf"(?:{LETTER}+\s{_CAUSE_WORDS}|(?:टूटने|फटने|बढ़ने|घटने|गिरने|रिसने|धँसने)\sसे)(?=\s)"
)
_WORKS_FOR = regex.compile(
    r"(?<=\d|\s(?:पर|में))\s(?:मरम्मत|रखरखाव|निर्माण|सफ़ाई|सफाई)(?:\sकार्य)?\sके\sलिए(?=\s)"
)


def _without_cause(line: str) -> str:
    line = _OPENING_CAUSE.sub("", line)
    line = _INNER_CAUSE.sub("", line)
    return _WORKS_FOR.sub("", line)


# What a long notice's headline leaves to its body, cut in this order until the headline is
# short; every word left is the fact's, in its order. Round14-15's readers refused "ज़रूरी
# सूचना" over notices whose first fact ran past twelve words ("generic headline with no
# warning hook"), where the writers cut the fact to its news: "वार्ड 21 में नई सीवर लाइन का काम
# 3 मार्च से", "हज़ारीबाग: मकानों पर लगेगी नई डिजिटल नंबर प्लेट". Who acts ("नगर निगम की ओर
# से"), the scheme it is under ("अमृत योजना के तहत"), how long it has gone on ("पिछले 3 दिनों
# से"), a second clause ("... और इसके लिए ₹12,50,000 की राशि स्वीकृत की गई है"), a date's year, a
# stretch of road ("जवाहर पार्क से बस अड्डे तक") and the town a ward is in are the body's.
_BODY = r"(?:निगम|विभाग|पंचायत|परिषद|पालिका|प्रशासन|सरकार|मंत्रालय|बोर्ड|समिति|कार्यालय|टीम|प्राधिकरण)"
_NOUN = r"(?!(?:में|पर|के|की|का|को|से|तक|और|या|ने)\s)[\p{L}\p{M}\-]+"
_SHORTER = (
    # A longer cause than _without_cause cuts: after the place ("झील में जलकुंभी हटाने और घाटों
    # की मरम्मत के कारण"), or opening the fact with no place in it ("फ्लाई ऐश परिवहन से उड़ने
    # वाली धूल की शिकायतों को देखते हुए"), or the time it follows ("बाढ़ के बाद").
    regex.compile(
        rf"(?<=\s(?:पर|में|तक|को|ने))\s(?:[\p{{L}}\p{{M}}\-]+\s){{1,6}}?{_CAUSE_WORDS}(?=\s)"
    ),
    regex.compile(rf"^(?:(?!(?:पर|में|ने)\s)[\p{{L}}\p{{M}}\-]+\s){{1,10}}?{_CAUSE_WORDS}\s"),
    regex.compile(r"^[\p{L}\p{M}]+\s(?:के बाद|से पहले)\s"),
    _SHORTER_AGENT := regex.compile(rf"^(?:\S+\s){{0,3}}?{_BODY}\s(?:की ओर से|द्वारा)\s"),
    _BY_BODY := regex.compile(rf"^(?:\S+\s){{0,3}}?{_BODY}(?:\s[^\s,]+)?,?\sने\s"),
    regex.compile(r"^(?:\S+\s){1,4}?(?:के तहत|के अंतर्गत)\s"),
    regex.compile(
        # A count in words too: "पिछले दस दिनों में" (round38 headed its typhoid "वार्ड 7 और 8:
        # पिछले दस दिनों में ...").
        EDGE_BEFORE + r"(?:पिछले|अगले)\s(?:\d+|एक|दो|तीन|चार|पाँच|पांच|छह|सात|आठ|दस|कुछ)\s"
        r"(?:दिनों|घंटों|हफ़्तों|हफ्तों|सप्ताहों|सप्ताह|हफ़्ते|हफ्ते|महीनों)"
        r"\s(?:से|में)\s"
    ),
    regex.compile(r"\s\([^()]{1,40}\)(?=\s|$)"),
    regex.compile(r"(?<=\s)(?:अगले आदेश तक|अस्थायी रूप से|पूरी तरह)\s"),
    regex.compile(rf"(?<=^|\s)(?:{_NOUN}\s){{1,2}}?(?:मेले|उत्सव|पर्व|त्योहार|परीक्षा)\sके\sदौरान\s"),
    # Whose word it is ("मौसम विभाग के अनुसार"), and the district a block is in ("अल्मोड़ा
    # जिले के भैसियाछाना विकासखंड में", round16).
    regex.compile(r"^(?:\S+\s){1,3}?के\sअनुसार\s"),
    # What it followed ("काशीपुर ब्लॉक के 3 गाँवों में मवेशियों की अचानक मौत के बाद एंथ्रेक्स की
    # पुष्टि हुई है"), and the block a named village is in (round17).
    regex.compile(r"(?<=\s(?:में|पर))\s(?:[\p{L}\p{M}\-]+\s){1,4}?के\sबाद(?=\s)"),
    regex.compile(
        rf"^\S+\s(?:ब्लॉक|प्रखंड|विकासखंड|तहसील)\s(?:के|की)\s(?=\S+\s(?:गाँव|गांव){EDGE_AFTER})"
    ),
    regex.compile(r"^\S+\s(?:जिले|ज़िले)\s(?:के|की|का)\s(?=\S+\s(?:विकासखंड|प्रखंड|ब्लॉक|तहसील))"),
    regex.compile(r"\sऔर\s(?:इसके|इसमें|इसका|इसकी|इसे|इससे|इन्हें|इनके)\s.*$"),
    regex.compile(r"(?<=\d{1,2}\s[\p{L}\p{M}]+)\s(?:19|20)\d{2}(?![\d,])"),
    # Not a span that says which road ("रानी तालाब से पटियाला चौक तक की सड़क": round24 left "की
    # सड़क पर").
    regex.compile(
        rf"(?<=\s(?:में|पर)\s)(?:{_NOUN}\s){{1,3}}से\s(?:{_NOUN}\s){{1,3}}?तक\s(?!(?:का|की|के)\s)"
    ),
    # The places a class of them names ("कोडोपाली, बेहरामार और पुसल्दा गाँवों के पास" → "गाँवों
    # के पास"), and the town a ward, a village or a list of them is in.
    regex.compile(
        r"(?:[\p{L}\p{M}\-]+,\s)+[\p{L}\p{M}\-]+\s(?:और|व)\s[\p{L}\p{M}\-]+\s"
        rf"(?=(?:गाँवों|गांवों|वार्डों|पंचायतों|मोहल्लों|ब्लॉकों|प्रखंडों){EDGE_AFTER})"
    ),
    regex.compile(
        r"^(?:\S+\s){1,3}?(?:के|की)\s"
        rf"(?=(?:वार्ड|वार्डों|गाँव|गांव|गाँवों|गांवों|मोहल्ले){EDGE_AFTER})"
    ),
    # How big a new thing is ("12 बेड वाली नवजात शिशु गहन देखभाल इकाई") and whom it is open to
    # ("... 8 मार्च से आम जनता के लिए खोल दिया गया"). Not the day a change begins: "... निर्माण
    # शुरू" without "1 नवंबर से" told of works not yet begun as begun.
    regex.compile(r"(?<=^|\s)\d+\s[\p{L}\p{M}]+\sवाल(?:ा|ी|े)\s"),
    regex.compile(r"\s(?:आम जनता|आम लोगों|आवागमन|यातायात|जनता)\sके\sलिए(?=\s)"),
)


_DEED = regex.compile(
    r"(?<=[\p{L}\p{M}])\s(?:जारी\s)?(?:किया|किए|की|दी|दिया|दिए|जताई|जताया)(?:\sहै|\sहैं)?\s*[।.]?\s*$"
)


# Not a place in the oblique or owned by another ("शहर के 18 वार्डों: ..." read as broken, in the
# ten-draft read after round18): only a name that stands alone before its colon.
_PLACE_LEADS = regex.compile(
    # Nor a time before it: "अगले एक सप्ताह शिमला: ..." (a fresh read).
    r"^(?!(?:अगले|पिछले|आने\sवाले|इस|हर)\s)"
    r"((?:(?!(?:के|की|का)\s)[^\s:]+\s){0,3}?[^\s:]*[^\s:ों])\s(?:में|पर)\s(?=\S+\s\S+\s\S+)"
)


def _without_loops(lines: list[FactLine], sources: Sequence[str]) -> tuple[FactLine, ...]:
    """The lines, with those laid out as labels said as typed where the labels would make a
    run of five words three times that the facts do not (the format check's loop: "...
    छात्राओं के लिए: हर महीने" over three tiers, round22's scholarship)."""
    said = Counter(run for source in sources for run in _runs(_tokens(source), 5))
    made = Counter(run for line in lines for run in _runs(_tokens(line.text), 5))
    loops = {run for run, n in made.items() if n >= 3 and n > said[run]}
    if not loops:
        return tuple(lines)
    return tuple(
        _fact_line(line.typed, line.typed)
        if line.typed and loops & set(_runs(_tokens(line.text), 5))
        else line
        for line in lines
    )


# Marks a list may repeat line after line, as the writers' lists did ("✅ ... ✅ ...").
_BULLETS = frozenset((_DEFAULT_FACT_EMOJI, "✅", "❌", "⚠️", "🚫", "👉"))


def _varied(
    lines: tuple[FactLine, ...], headline_emoji: str | None, spare: int | None = None
) -> tuple[FactLine, ...]:
    """The lines, none starting with an emoji a line above it starts or ``headline_emoji``:
    the list's bullet instead. The writers marked no two lines of a post alike on all but 29 of
    1,560 dev posts; the composer did on 218 ("💰 on every line", "📅 used twice", "'💰'
    repeated at the end of the header and the start of the next line": the readers). A fact's
    second-best emoji was often wrong (🌙 on "चाँद-भैरव", 🐄 on a team catching a dog). With
    ``spare``, no more bullets than that in all."""
    out: list[FactLine] = []
    used = {headline_emoji}
    bullets = sum(line.emoji == _DEFAULT_FACT_EMOJI for line in lines)
    for line in lines:
        if line.emoji in used and line.emoji not in _BULLETS and (spare is None or bullets < spare):
            line = replace(line, emoji=_DEFAULT_FACT_EMOJI)
            bullets += 1
        out.append(line)
        used.add(line.emoji)
    return tuple(out)


def _runs(words: list[str], size: int) -> list[tuple[str, ...]]:
    return [tuple(words[i : i + size]) for i in range(len(words) - size + 1)]


def _tokens(text: str) -> list[str]:
    """Words as the format check counts them ("कोरबा-दर्री" is two)."""
    return regex.findall(r"[\p{L}\p{M}\p{N}_]+", text)


def _shares_run(line: str, fact: str, n: int) -> bool:
    """Whether ``line`` says ``n`` of ``fact``'s words in a row."""
    words, said = _tokens(line), _tokens(fact)
    runs = {tuple(said[i : i + n]) for i in range(len(said) - n + 1)}
    return any(tuple(words[i : i + n]) in runs for i in range(len(words) - n + 1))


def _said_again(line: str, below: Sequence[str], times: int) -> bool:
    """Do ``times`` of the lines ``below`` each say five words in a row that ``line`` says?"""
    said = _tokens(line)
    return any(
        sum(_shares_run(" ".join(said[i : i + 5]), f, 5) for f in below) >= times
        for i in range(len(said) - 4)
    )


def _shortened(line: str, most: int, fact: str | None = None, lead: bool = True) -> str:
    """``line`` cut by the :data:`_SHORTER` steps, one by one, until it has ``most`` words and
    (given its ``fact``) says no ten of the fact's words in a row; else, with ``lead``, led by
    its place."""
    line = _without_cause(line)
    for step in _SHORTER:
        if len(line.split()) <= most and not (fact and _shares_run(line, fact, 10)):
            break
        cut = step.sub("", line, count=1)
        if step is _BY_BODY and cut != line:
            # Without who did it, the deed is its noun: "मौसम विभाग ने ज़िले में ... शीतलहर की
            # चेतावनी दी है" → "ज़िले में ... शीतलहर की चेतावनी".
            cut = _DEED.sub("", cut)
        line = _headline_form(cut)
    if fact and lead and _shares_run(line, fact, 10):
        # The place leads, as the writers' headlines put it ("कोरबा-दर्री मार्ग: धूल रोकने के
        # लिए पानी का छिड़काव", "वार्ड 9: अब एक दिन छोड़कर पानी"), which also breaks a run the
        # body says again.
        line = _PLACE_LEADS.sub(r"\1: ", line, count=1)
        # The place said as a label, not in its oblique: "दरभंगा जिला:", not "दरभंगा जिले:"
        # (a ten-draft read after round22).
        line = regex.sub(r"(?<=\s)(ज़िले|जिले):", lambda m: f"{m.group(1)[:-1]}ा:", line, count=1)
    return line


# A report's verb, which a headline drops: "... गंदा पानी आने की शिकायत मिली है" → "... गंदा
# पानी आने की शिकायत" (an editor wanted the dirty water in the headline, not "ज़रूरी सूचना").
_REPORTED = regex.compile(
    r"(?<=(?:शिकायत|शिकायतें|सूचना|ख़बर|खबर))\s(?:मिली|मिलीं|मिल रही|मिल रहीं|आई|आईं|आ रही|आ रहीं)"
    r"(?:\s(?:है|हैं))?\s*[।.]?\s*$"
)


# How cases came to be counted, which a headline leaves to the count: "... डायरिया के 23
# मामले सामने आए हैं" → "... डायरिया के 23 मामले", as round37's writer headed it ("बोब्बिली में
# डायरिया के मामले"); the composer's post went under its audience (nine dev outbreaks).
_CASES_COUNTED = regex.compile(
    r"(?<=\s(?:मामले|मामलों|घटनाएं|घटनाएँ|मौतें))\s"
    r"(?:सामने\s(?:आए|आई|आईं)|दर्ज\s(?:हुए|हुई|हुईं|किए\sगए|की\sगईं)|"
    r"पुष्ट\s(?:हुए|हुई|हुईं|किए\sगए))(?:\s(?:है|हैं))?\s*[।.]?\s*$"
)


# A level's flow, which a headline leaves at where it stands: "महानंदा नदी का जलस्तर ... खतरे
# के निशान से 60 सेंटीमीटर ऊपर बह रहा है" → "महानंदा नदी ... 60 सेंटीमीटर ऊपर" (a fresh
# read: the flood alert went under its audience, the whole fact too long to head it).
_FLOWING = regex.compile(r"(?<=\s(?:ऊपर|नीचे))\s(?:बह|चल)\s(?:रहा|रही|रहे)\s(?:है|हैं)\s*[।.]?\s*$")


_WHOSE_SCHEME = regex.compile(r"की (?:एक )?(?:योजना|पहल|स्कीम) (?:है|हैं)\s*[।.]?\s*$")


# What stops, in the fact's own words, and when: "बिजली आपूर्ति बंद: 13 दिसंबर" from "13
# दिसंबर को ... गाँवों में बिजली आपूर्ति बंद रहेगी".
# A time of day, which owns no service: "दोनों समय की जलापूर्ति".
_TIMES_OF_DAY = "(?:समय|दिन|रात|सुबह|शाम|दोपहर)"
_STOPS = regex.compile(
    # The figure a unit before it counts stays with it: "48 घंटे जलापूर्ति बंद" (round42 read
    # "घंटे जलापूर्ति बंद").
    EDGE_BEFORE + r"((?:\d[\d,.]*\s(?:घंटे|घंटों|दिन|दिनों|मिनट|सप्ताह|हफ़्ते|हफ्ते|महीने)\s|"
    # Not a time's: "समय की जलापूर्ति बंद" of "सुबह और शाम दोनों समय की ..." (round43: cut).
    rf"(?!{_TIMES_OF_DAY}\s)[\p{{L}}\p{{M}}]+\s(?:की|का|के)\s|"
    # Nor a postposition: "सर्विस लेन पर यातायात बंद" is "... पर" and its place (round43's
    # "यातायात बंद" said all traffic stopped).
    rf"(?![\p{{L}}\p{{M}}]*कर\s)(?!(?:{_TIMES_OF_DAY}|पर|में|से|को|तक|ने)\s)"
    r"[\p{L}\p{M}]+\s)?"
    r"(?:आपूर्ति|सप्लाई|सेवा|"
    r"सेवाएँ|यातायात|आवागमन|"
    r"मार्ग|सड़क|रास्ता|बिजली|पानी|जलापूर्ति)\s(?:बंद|बाधित|प्रभावित|डायवर्ट|कटौती))" + EDGE_AFTER
)


_RUNS_AFTER_YEAR = regex.compile(r"(?:\s\d{4})?(\s(?:तक|से))" + EDGE_AFTER)


def _stopped(req: Request) -> str | None:
    """A notice that a service stops, headed by what stops and when, both as one fact says."""
    if req.kind != "local_issue":
        return None
    for fact in req.facts:
        if (match := _STOPS.search(fact)) is None:
            continue
        phrase = match.group(1)
        if phrase.split()[0] in _NOT_TAG_WORDS:
            phrase = " ".join(phrase.split()[1:])
        before = fact[: match.start()].split()
        if before and before[-1] in _WHICH_VEHICLES:
            # "भारी वाहनों का आवागमन बंद", not "वाहनों का ..." (round37's readers: all traffic
            # stopped, where light vehicles still ran).
            phrase = f"{before[-1]} {phrase}"
        # Where it stops, when the fact says an area: "काठगोदाम क्षेत्र में जलापूर्ति बंद"
        # (stop 36's ten-draft read had "जलापूर्ति बंद: 14 जनवरी", and no place).
        area = _area_of(fact, match.start())
        placed = f"{area} {phrase}" if area is not None else phrase
        # With the "तक" or "से" that says which way it runs: "बंद: 20 जून" read as closed on
        # that day, when the fact said until it (round13); a span said once ("5 से 20 जून").
        dates = [
            _span_shown(
                m.group() + (way.group(1) if (way := _RUNS_AFTER_YEAR.match(fact, m.end())) else "")
            )
            for m in _DATE.finditer(fact)
        ]
        if len(dates) == 2:
            # A stop from one day's hour to the next's: "9 मार्च 2026 को सुबह 6 बजे से 10 मार्च
            # 2026 को शाम 6 बजे तक" is "9 से 10 मार्च तक" (round46's readers: "पानी की आपूर्ति
            # बंद" gave no date).
            first, second = _DATE.finditer(fact)
            if regex.search(r"\sसे\s", fact[first.end() : second.start()]) and _RUNS_TO.match(
                fact, second.end()
            ):
                dates = [_span_shown(f"{first.group()} से {second.group()} तक")]
        if len(dates) != 1:
            return placed
        if (weekly := _WEEKLY.search(fact)) is not None:
            # Which days, where it stops only on some: "...: 3 से 24 नवंबर तक हर मंगलवार" (round45:
            # "बंद: 3 से 24 नवंबर तक" read as three weeks shut, fidelity 1).
            dates = [f"{dates[0]} {weekly.group()}"]
        words = set(fact.split())
        if len(words - set(f"{placed} {dates[0]}".split())) > len(words) // 4:
            return f"{placed}: {dates[0]}"
        # Not the place when it makes the headline the fact again: "तटबंध वाली सड़क पर 20 जून
        # तक सभी वाहनों का आवागमन बंद रहेगा" is said below it.
        return f"{phrase}: {dates[0]}"
    return None


# Up to "तक" after a span's last day: " 2026 को शाम 6 बजे तक".
_RUNS_TO = regex.compile(r"(?:\s(?:19|20)\d{2})?(?:\s(?:को|की))?(?:\s\S+){0,4}?\sतक" + EDGE_AFTER)
_WEEKLY = regex.compile(
    EDGE_BEFORE + r"(?:हर|प्रत्येक)\s(?:सोमवार|मंगलवार|बुधवार|गुरुवार|शुक्रवार|शनिवार|रविवार)" + EDGE_AFTER
)


def _area_of(fact: str, end: int) -> str | None:
    """The last area ``fact`` names before ``end`` ("गोत्री और वासणा रोड क्षेत्र में"), its
    name back to the case mark or number before it; None for an area it does not name ("पूरे
    क्षेत्र में")."""
    areas = list(_AREA_IN.finditer(fact, 0, end))
    if not areas:
        return None
    words = fact[: areas[-1].start()].split()
    name: list[str] = []
    while words and not _AREA_STOP.match(words[-1]) and len(name) < 5:
        name.insert(0, words.pop())
    if not name or name[-1] in _NOT_AN_AREA or len(name) == 5:
        return None
    return " ".join([*name, areas[-1].group()])


_AREA_IN = regex.compile(
    EDGE_BEFORE
    + r"(?:(?:क्षेत्र|इलाके|इलाक़े|मोहल्ले|कॉलोनी|बस्ती|गांव|गाँव)\sमें"
    # "जयदेव विहार चौक पर यातायात बंद" (stop 37's fresh drafts: "यातायात बंद: 5 से 25 फरवरी
    # तक", and no place).
    + r"|(?:चौक|चौराहे|पुल|मार्ग|रोड|सड़क|फ्लाईओवर|लेन)\sपर)"
    + EDGE_AFTER
)
_AREA_STOP = regex.compile(
    # Nor a participle: "... नदी पर बने पुल पर" is no place "बने पुल".
    r"(?:के|की|का|में|से|को|पर|तक|ने|द्वारा|कारण|लिए|बजे|बने|बनी|बना|स्थित|इसलिए|अतः|\d.*|.*[,।])$"
)
_NOT_AN_AREA = frozenset(
    "इस उस पूरे सभी प्रभावित शहरी ग्रामीण आसपास कई कुछ हर किसी इन उन संबंधित निचले मुख्य".split()
)
_WHICH_VEHICLES = frozenset(
    "भारी हल्के बड़े छोटे निजी व्यावसायिक मालवाहक चारपहिया दोपहिया सामान्य सरकारी".split()
)
_NAMED_KINDS = ("scheme", "event")
_RELATIVE = EDGE_BEFORE + r"(?:जिसके|जिससे|जिसमें|जिसे|जिनके|जिनसे|जिनमें|जिन्हें|जिसकी|जिसका)"
# "इस"/"उस" before a thing, not before a time ("इस बार", "इस दौरान", "इस रविवार").
_THIS = regex.compile(
    EDGE_BEFORE + r"(?:इस|उस)\s(?!(?:बार|दौरान|साल|वर्ष|महीने|माह|सप्ताह|हफ़्ते|हफ्ते|दिन|समय|"
    r"सोमवार|मंगलवार|बुधवार|गुरुवार|शुक्रवार|शनिवार|रविवार|मौसम|सीज़न|सीजन)" + EDGE_AFTER + ")"
)


_MONTH = (
    r"(?:जनवरी|फ़रवरी|फरवरी|मार्च|अप्रैल|मई|जून|जुलाई|अगस्त|सितंबर|सितम्बर|अक्टूबर|अक्तूबर|"
    r"नवंबर|नवम्बर|दिसंबर|दिसम्बर)" + EDGE_AFTER
)
# A date or a run of dates as the facts give it: "14 जून", "8 और 9 मार्च", "25 जनवरी से 2 फ़रवरी".
_DATE = regex.compile(
    # "16 जनवरी 2027 से 18 जनवरी 2027 तक" is one span, as "16 से 18 जनवरी" is (round36's
    # festivals were headed "... : आप सादर आमंत्रित हैं" for want of it).
    rf"(?<![\d,])(?:\d{{1,2}}(?:\s{_MONTH}(?:\s\d{{4}})?)?\s?(?:से|-|–|और|व)\s?)?\d{{1,2}}\s{_MONTH}"
)


# A date a change begins, runs or happens on, with the word that says which: "15 मई से", "20
# जून तक", "7 दिसंबर से 12 दिसंबर 2026 तक", "22 और 23 अगस्त को".
_DATED = regex.compile(
    rf"(?<![\d,])(?P<when>(?:\d{{1,2}}(?:\s{_MONTH}(?:\s\d{{4}})?)?\s?(?:से|और|व|-)\s?)?"
    rf"\d{{1,2}}\s{_MONTH}(?:\s\d{{4}})?)\s(?P<case>को|से|तक)"
    rf"(?:\s(?P<until>\d{{1,2}}\s{_MONTH}(?:\s\d{{4}})?)\sतक)?{EDGE_AFTER}"
)
# The word a dated headline ends on: the change itself ("प्रवेश बंद", "ख़रीद शुरू", "पेयजल
# आपूर्ति"), never a verb whose tense the date would leave hanging ("समय बदल रहा है").
_CHANGE_WORD = regex.compile(
    EDGE_BEFORE + r"(?:शुरू|बंद|लागू|चालू|स्थगित|रद्द|उपलब्ध|प्रारंभ|आरंभ|रोक|प्रतिबंध|"
    r"शुभारंभ|आपूर्ति|वितरण|ख़रीद|खरीद|टीकाकरण|सर्वे|सर्वेक्षण|अभियान|सफ़ाई|सफाई|मरम्मत|"
    r"निर्माण|छिड़काव|भुगतान|पंजीयन|पंजीकरण|नामांकन|खुलेगा|खुलेगी|खुलेंगे|नहीं होगा|नहीं होगी|"
    r"नहीं होंगे)$"
)
# "शुरू हुई", "शुभारंभ हुआ": the change happened; its date says when.
_HAPPENED = regex.compile(r"(?<=(?:शुरू|शुभारंभ|प्रारंभ|आरंभ))\s(?:हुआ|हुई|हुए)$")


# An animal, a herd or a thing seen about a place, and how the fact says it was seen: "... के
# पास घूम रहा है", "... के आसपास देखा जा रहा है".
_SEEN_VERB = (
    r"(?:घूम|विचरण\sकर)\s(?:रहा|रही|रहे)\s(?:है|हैं)|"
    r"(?:देखा|देखी|देखे)\s(?:जा\s(?:रहा|रही|रहे)\s(?:है|हैं)|(?:गया|गई|गए)(?:\s(?:है|हैं))?)"
)
_SEEN_AT = r"(?:के\s(?:पास|आसपास|नज़दीक|नजदीक|बीच)|में|पर)"
_SEEN_PLACE = rf"(?:\S+\s){{0,9}}?\S+\s{_SEEN_AT}"
# A place after what is seen holds no date or source: "झुंड 5 दिसंबर 2026 से ..." is no place.
_SEEN_PLACE_AFTER = rf"(?:(?!से\s|{_MONTH}|\d)\S+\s){{0,7}}?\S+\s{_SEEN_AT}"
# Since when, which is no place or thing: "पिछले एक सप्ताह से", "2 दिन से" (not "गेहूं की फसल में").
_SEEN_WHEN = (
    r"(?:(?:पिछले|बीते)\s(?:\S+\s){1,2}?(?:से|में)\s|"
    r"\d+\s(?:दिन|दिनों|घंटे|घंटों|सप्ताह|हफ्ते|हफ़्ते|हफ्तों|हफ़्तों)\sसे\s)?"
)
_SEEN = (
    # What, since when, where: "23 हाथियों का एक झुंड 5 दिसंबर 2026 से घटगाँव वन रेंज के
    # गाँवों के पास घूम रहा है".
    regex.compile(
        rf"^(?P<what>(?:\S+\s){{0,6}}?\S+)\s(?:{_DATED.pattern}\s)?(?P<place>{_SEEN_PLACE_AFTER})\s"
        rf"(?P<verb>{_SEEN_VERB})$"
    ),
    # Where, since when, what: "सत्तरी तालुका के 4 गांवों के पास पिछले एक सप्ताह से गवा का झुंड
    # देखा जा रहा है".
    regex.compile(
        rf"^(?P<place>{_SEEN_PLACE})\s{_SEEN_WHEN}(?P<what>(?:\S+\s){{0,6}}?\S+)\s"
        rf"(?P<verb>{_SEEN_VERB})$"
    ),
)
# What the seen thing's name leaves to the body: where it came from ("रणथंभौर टाइगर रिज़र्व से
# निकला"), how big a herd is ("7 सदस्यों वाला"), how often it was seen ("2 बार"), its article.
_SEEN_SHED = (
    regex.compile(r"^(?:\S+\s){1,4}?से\s(?:निकला|निकली|निकले|भटका|भटकी|भटके)\s"),
    regex.compile(r"(?<=^|\s)\d+\s\S+\sवाल(?:ा|ी|े)(?=\s)"),
    regex.compile(r"^(?:\d+|दो|तीन|कई)\sबार\s"),
    regex.compile(r"(?<=^|\s)एक\s"),
)
_SEEN_NOT_WHAT = frozenset("से में पर को ने तक दिन दिनों".split())


def _seen_news(req: Request) -> tuple[str, str | None] | None:
    """A sighting's headline: where an animal or a herd is seen and what it is, the fact kept
    whole below it ("सावधान! घटगाँव वन रेंज के गाँवों के पास 23 हाथियों का झुंड"), as the
    writers headed them ("सावधान: गाँवों के पास हाथियों का झुंड", "अलिपिरी पैदल मार्ग पर
    तेंदुआ"). Round46's elephants and round37's tiger went under their readers, the fact's
    subject before its place and its date between them, which no cut of it keeps in order."""
    if req.kind not in ("local_issue", "appeal") or not req.facts:
        return None
    fact = " ".join(req.facts[0].split()).rstrip("।. ")
    fact = regex.sub(r"^(?:\S+\s){1,4}?के\sअनुसार\s", "", fact)  # whose word it is
    fact = regex.sub(r"\s\([^()]{1,40}\)(?=\s)", "", fact)
    if regex.search(_NEGATION, fact) or "," in fact:
        return None
    for shape in _SEEN:
        if (match := shape.match(fact)) is None:
            continue
        what = match.group("what")
        for shed in _SEEN_SHED:
            what = " ".join(shed.sub(" ", f"{what} ").split())
        place = match.group("place").split()
        # The first place it names, where that is whole: "अलिपिरी पैदल मार्ग पर" of "... पर 7वें
        # मील और गालिगोपुरम के बीच"; else the place from an owner or a word that places it on
        # ("सत्तरी तालुका के 4 गांवों के पास" of "... अभयारण्य से सटे ..."), eight words at most.
        ends = [i for i, w in enumerate(place[:-1]) if w in ("पर", "में")]
        if ends and 2 <= ends[0] + 1 <= 6:
            place = place[: ends[0] + 1]
        while len(place) > 8 and any(w in _OF or w in _ATTACHED for w in place[:-3]):
            place = place[next(i for i, w in enumerate(place) if w in _OF or w in _ATTACHED) + 1 :]
        words = what.split()
        if (
            1 <= len(words) <= 5
            and len(place) <= 8
            and len(place) + len(words) <= 12
            and words[0] not in STOP_WORDS
            and not _SEEN_NOT_WHAT & set(words)
            and not _VERBAL.search(words[-1])
            and not words[-1][:1].isdigit()
            and place[0] not in STOP_WORDS | _ATTACHED
        ):
            break
    else:
        return None
    line = ("सावधान! " if req.tone == "urgent" else "") + " ".join([*place, *words])
    return line, None


# What happened where, as the writers headed a notice whose first fact is too long to head it
# and makes no dated or warning headline ("सुंदरबन में बाघ के हमले की तीन घटनाएं हुई", "नर्मदा
# नदी में मगरमच्छ देखा जा रहा है"): the fact cut to the place a thing happens at and what
# happens there, every word the fact's, in its order. Hindi puts the subject before its
# places, so a cut that leaves no noun before its verb ("... क्रॉसिंग पर खुल जाएगा") or that
# drops who acts ("... पर सफ़ाई अभियान चलाएगा") is no headline.
_CASE_ENDS = frozenset("में पर से तक को ने".split())
_CASE_AFTER_OF = frozenset(
    "लिए बीच पास सामने आसपास बाद दौरान कारण तहत अनुसार ओर किनारे ऊपर नीचे अंदर भीतर बाहर".split()
)
_WHEN_WORDS = regex.compile(
    r"\d+\s(?:दिनों|दिन|घंटों|घंटे|महीनों|महीने|सप्ताह|हफ्तों|हफ़्तों|हफ्ते|हफ़्ते|वर्षों|साल)"
    r"|पिछले|अगले|सुबह|शाम|रात|दोपहर|रविवार|सोमवार|मंगलवार|बुधवार|गुरुवार|शुक्रवार|शनिवार|"
    rf"मौसम|दौरान|समय|महीने|महीनों|सप्ताह|हफ्तों|हफ़्तों|दिनों|घंटों|वर्षों|{_MONTH}"
)
# Words after which a verb follows, not a noun: "खुल जाएगा", "भेज दिया", "पहुंच गया".
_LIGHT = regex.compile(
    r"^(?:हो|जा|जाए|जाएगा|जाएगी|जाएँगे|जाते|जाती|जाता|गया|गई|गए|दिया|दी|दिए|लिया|ली|लिए|रहा|रही|रहे|सक\S*|चुका|चुकी|चुके)$"
)
# The verb group a cut's noun must come before.
_VERB_WORDS = frozenset(
    "हुआ हुई हुए हुईं गया गई गए गयी आए आई आया मिले मिला मिली मिलीं देखा देखी देखे पाया पाई पाए "
    "जा रहा रही रहे है हैं था थी थे होगा होगी होंगे होता होती होते की किया किए जाता जाती जाते "
    "जाएगा जाएगी जाएँगे हो".split()
)
# When it happened, which the body says: "12 मार्च 2027 की सुबह", "पिछले 3 दिनों से", "रविवार को".
_TIMES = (
    # A span "between" two dates, before _DATED takes its "से" alone: "1 मई से 14 मई 2026 के
    # बीच" (round45's measles outbreak kept "14 मई 2026 के बीच" and made no headline).
    regex.compile(
        rf"(?<![\d,])(?:\d{{1,2}}(?:\s{_MONTH}(?:\s\d{{4}})?)?\s(?:से|और)\s)?\d{{1,2}}\s{_MONTH}"
        rf"(?:\s\d{{4}})?\sके\sबीच{EDGE_AFTER}"
    ),
    _DATED,
    regex.compile(
        rf"(?<![\d,])\d{{1,2}}\s{_MONTH}(?:\s\d{{4}})?\sकी\s(?:सुबह|शाम|रात|दोपहर){EDGE_AFTER}"
    ),
    regex.compile(
        EDGE_BEFORE + r"(?:पिछले|अगले)\s(?:\S+\s)?(?:दिनों|दिन|घंटों|घंटे|हफ्तों|हफ़्तों|सप्ताहों|"
        r"सप्ताह|महीनों|महीने)\s(?:में|से|तक)" + EDGE_AFTER
    ),
    regex.compile(
        EDGE_BEFORE + r"(?:रविवार|सोमवार|मंगलवार|बुधवार|गुरुवार|शुक्रवार|शनिवार)\sको" + EDGE_AFTER
    ),
)
# A time that may stand between a place and what happens there: "सितंबर 2027 के पहले दो
# हफ्तों में", "इस महीने".
_ONLY_WHEN = regex.compile(
    rf"^(?:(?:\d+|{_MONTH}|पिछले|अगले|पहले|इस|हर|दो|तीन|चार|के|की|दिनों|दिन|घंटों|घंटे|हफ्तों|अब|"
    r"हफ़्तों|सप्ताह|महीने|महीनों|साल|वर्ष|सुबह|शाम|रात|दोपहर)\s)*(?:में|से|तक|को)$"
)
_BOUNDS = frozenset("अधिक ज़्यादा ज्यादा कम ऊपर".split())
# A verb's form, not a noun ("पहुँचने की आशंका"); unlike _NOT_A_NAME, not "यमुना" or "छत्ता".
_VERBAL = regex.compile(r"(?:ने|ते|ती|गा|गी|गे|ें|एँ|एं)$")
_DONE = frozenset("हुए गई गया गए लगी लगा आई आया".split())
_ACTS = regex.compile(r"(?:ेगा|ेगी|ेंगे|एगा|एगी|एंगे|एँगे|ाएंगे|ाएँगे)$")
_LADEN = frozenset("भरा भरी भरे लदा लदी लदे".split())
_NOT_SUBJECT = frozenset("नीचे ऊपर अधिक कम बाहर अंदर पास दूर अब भी तक".split())
_NOT_A_SPOT = frozenset("नाम बारे जगह दायरे मात्रा संख्या तरह रूप मामले सिलसिले".split())
# A number to call is no place ("हेल्पलाइन 1064 पर"), and a part of one needs its whole.
_NO_PLACE = frozenset("हेल्पलाइन नंबर पोर्टल वेबसाइट ऐप एप".split())
_VAGUE = frozenset("हिस्से इलाके इलाकों क्षेत्र क्षेत्रों जगह जगहों किनारे तरफ़ तरफ ओर".split())
# Not a place's start: "वाले" describes what follows it ("ऊपरी किनारे वाले हिस्से"), and a
# level is the subject's ("पंचगंगा नदी का जलस्तर राजाराम बंधारे पर").
_WHICH = frozenset("वाले वाली वाला".split())
_WHOSE_LEVEL = frozenset("जलस्तर तापमान स्तर".split())
# Where a place is one of others ("वन क्षेत्र से सटे कुछ गांवों में"), and what a thing is of
# another the cut would leave out ("... का बड़ा कारण").
_ATTACHED = frozenset("सटे लगे जुड़े स्थित वाले वाली वाला".split())
_OF_ANOTHER = frozenset("कारण हिस्सा घटक स्रोत प्रतीक उदाहरण सदस्य भाग".split())


def _phrases(words: list[str]) -> tuple[list[list[str]], list[str]]:
    """A clause's phrases, each ending on its case word ("गन्ने के खेतों में", "गाँव के पास"),
    and the words after the last, which hold its verb."""
    phrases: list[list[str]] = []
    current: list[str] = []
    i = 0
    while i < len(words):
        current.append(words[i])
        if words[i] in _CASE_ENDS and not (
            # "60 से अधिक मामले": a number's bound, not a phrase's end; nor "वार्ड 14 से 22
            # में", a run of numbers.
            words[i] == "से"
            and i + 1 < len(words)
            and (
                words[i + 1] in _BOUNDS
                or (i > 0 and words[i + 1][:1].isdigit() and words[i - 1][:1].isdigit())
            )
        ):
            phrases.append(current)
            current = []
        elif words[i] in _OF and i + 1 < len(words) and words[i + 1] in _CASE_AFTER_OF:
            current.append(words[i + 1])
            i += 1
            phrases.append(current)
            current = []
        i += 1
    return phrases, current


def _place_news(req: Request) -> tuple[str, str | None] | None:
    """A notice's or an appeal's first fact cut to what happened where (see _CASE_ENDS)."""
    if req.kind not in ("local_issue", "appeal") or not req.facts:
        return None
    fact = " ".join(req.facts[0].split())
    if _IMPERATIVE.search(fact) or _CONTACT.search(fact):
        return None
    clause = fact
    if (comma := regex.search(r"(?<!\d),(?!\d)", fact)) is not None and (
        fact[: comma.start()].split()[-1] in _VERB_WORDS | _DONE
    ):
        # A clause that ends before its comma ("... में आग लग गई, जिस पर ..."); a list's
        # comma ("कलंगुट, बागा और कैंडोलिम तटों पर") or a name's ("सदर अस्पताल, शेखपुरा में")
        # stays in it.
        clause = fact[: comma.start()]
    if (two := _TWO_CLAUSES.search(clause)) is not None and clause[two.end() :].strip():
        clause = clause[: two.start()]
    if regex.search(_RELATIVE, clause):
        # A relative clause's tail is no news; one after the clause's comma is the body's
        # ("... शिगेला संक्रमण के 9 मामले दर्ज हुए हैं, जिनमें 6 बच्चे हैं", round47).
        return None
    line = _headline_form(_without_cause(clause))
    line = regex.sub(r"\s\([^()]{1,40}\)(?=\s|$)", "", line)
    dated = _DATED.search(line) if _FUTURE.search(clause) else None
    for when in _TIMES:
        line = when.sub(" ", line)
    phrases, core = _phrases(line.split())
    # Who a thing is done to, or by, goes with it ("आवारा कुत्ते ने 6 लोगों को काटा"), and how
    # much of it there is ("बड़ी मात्रा में काले तारकोल के गोले").
    while phrases and (
        (phrases[-1][-1] in ("को", "ने") and not _WHEN_WORDS.search(" ".join(phrases[-1])))
        or phrases[-1][-2:] in (["मात्रा", "में"], ["संख्या", "में"])
    ):
        how_much = phrases.pop()
        # "बड़ी मात्रा में" alone is the body's to say; a phrase that holds more goes with it.
        core = core if len(how_much) == 3 and how_much[1] in ("मात्रा", "संख्या") else how_much + core
    if phrases and phrases[-1][-1] == "से" and core[:1] and core[0] in _LADEN:
        # What a thing carries is part of it: "एलपीजी से भरा (एक) टैंकर" (round40 headed the
        # tanker's overturning "पानी से जुड़ी ज़रूरी सूचना").
        core = phrases.pop() + [core[0]] + [w for w in core[1:2] if w != "एक"] + core[2:]
    # How big a new thing is: "12 बेड वाली नवजात शिशु गहन देखभाल इकाई" (as _SHORTER cuts it).
    core = regex.sub(r"(?<=^|\s)\d+\s[\p{L}\p{M}]+\sवाल(?:ा|ी|े)\s", "", " ".join(core)).split()
    if core[:1] == ["एक"]:
        core = core[1:]  # "एक मगरमच्छ": a headline's noun needs no article
    noun = list(itertools.takewhile(lambda w: w not in _VERB_WORDS, core))
    if (
        len(core) < 2
        or not noun
        or noun[0] in STOP_WORDS | _NOT_SUBJECT
        or _VERBAL.search(noun[0])
        or (len(noun) == 1 and len(core) > 1 and _LIGHT.match(core[1]))
        or (len(noun) == len(core) and len(noun) > 1 and _LIGHT.match(noun[-1]))
        or _ACTS.search(core[-1])
        or core[-1] in _OF_ANOTHER
    ):
        return None
    ban = core[-2:] in (["रोक", "लगाई"], ["रोक", "लगा"])
    if any(p[-1] == "ने" for p in phrases) and not ban:
        # Who did it would be cut ("[तमिलनाडु सरकार ने] ... अधिसूचित किया था"); a ban is said
        # by its noun ("... के दुरुपयोग पर रोक").
        return None
    places = [
        i
        for i, p in enumerate(phrases)
        if p[-1] in ("में", "पर") and not _WHEN_WORDS.search(" ".join(p))
    ]
    if not places or not all(_ONLY_WHEN.match(" ".join(p)) for p in phrases[places[-1] + 1 :]):
        # Only a time may stand between the place and what happens there, not a phrase that
        # holds who it happened to ("9 बच्चे कीटनाशक ... पी लेने से") or what ("फरवरी और
        # मार्च झूम खेतों को").
        return None
    spot = phrases[places[-1]]
    if _NO_PLACE & set(spot):
        return None  # "हेल्पलाइन 1064 पर ...": a number to call is no place (round36)
    if (
        spot[0] in STOP_WORDS | _ATTACHED
        or spot[0][:1].isdigit()
        or (len(spot) > 1 and (spot[-2] in _NOT_A_SPOT or spot[-2].endswith("ने")))
    ):
        return None  # "के नाम पर", "दर्ज होने पर": no place
    # Not from within a clause of its own: "(पानी की कमी को) देखते हुए पीने के पानी ...".
    verbs = [i for i, w in enumerate(spot) if w in _DONE or w in ("है", "हैं", "हुआ", "हुई")]
    if verbs:
        spot = spot[verbs[-1] + 1 :]
    # "एक कोल्ड स्टोरेज": the article goes ("सिकंदरा क्षेत्र के कोल्ड स्टोरेज में").
    spot = [w for i, w in enumerate(spot) if w != "एक" or not (i == 0 or spot[i - 1] in _OF)]
    most = 12
    room = most - len(core)
    # The place from an owner on ("कपकोट ब्लॉक की 12 ग्राम पंचायतों के पंचायत भवनों में" →
    # "पंचायत भवनों में") or a word that places it ("वार्ड 11 स्थित"), the longest that fits.
    starts = [0] + [
        i + 1
        for i, w in enumerate(spot[:-2])
        if (w in _OF or w in _ATTACHED - _WHICH) and spot[i + 1] not in _WHOSE_LEVEL
    ]
    if spot[-2] in _VAGUE:
        # A part of something, said with what it is a part of ("ऊपरी किनारे वाले हिस्से" needs
        # its waterfall), unless it is named ("एरंडवणे और मुंढवा इलाकों").
        starts = [i for i in starts if i == 0 or "और" in spot[i:-2]]
    fitting = [i for i in starts if len(spot) - i <= room] or starts[-1:]
    # Not five words of the place its address says too, with the fact a third time: "खोवाई
    # जिले के तेलियामुड़ा ब्लॉक" (round45's measles headline, which the format check refused).
    start = next(
        (i for i in fitting if not _shares_run(" ".join(spot[i:]), req.audience or "", 5)),
        fitting[-1],
    )
    place = spot[start:]
    first = spot[: starts[1]] if len(starts) > 1 else []
    # With the place they are in, where the owner's word agrees: "कन्नूर जिले के 6 विद्यालयों
    # में" (not "भभुआ के छत पर", nor a part of it: "बस्तर जिले के ऊपरी किनारे"); that over a
    # longer place between them ("सीहोर जिले के 5 गांवों में", not "आष्टा और इछावर क्षेत्र के 5
    # गांवों में").
    within = [
        first + spot[i:]
        for i in starts
        if i >= start > 0
        and first
        and first[-1] == spot[i - 1]
        and (spot[i][:1].isdigit() or spot[i].endswith("ों"))
        and len(first) + len(spot) - i <= min(room, len(place))
    ]
    if within:
        place = within[0]
    index = places[-1]
    if (
        start == 0
        and index > 0
        and (
            phrases[index - 1][-1] in _CASE_AFTER_OF | {"में", "पर"}
            and not _WHEN_WORDS.search(" ".join(phrases[index - 1]))
            and len(phrases[index - 1]) + len(place) <= room
            and phrases[index - 1][0] not in STOP_WORDS
        )
    ):
        # The place before it too, where there is room: "गाजीपुर लैंडफिल साइट पर कूड़े के ढेर
        # में", "कोठा गुरु गांव के पास नहर में".
        place = phrases[index - 1] + place
    if len(place) == 2 and place[0] in _VAGUE:
        return None  # "हिस्से में ...": which part the body says
    if place[0] in _PLACED:
        # Nor a participle cut from its own place: "बना गहरा दबाव ..." of "बंगाल की खाड़ी में
        # बना गहरा दबाव ..." (round44's readers: "lost its start").
        return None
    if regex.match(r"\S+ने\sवाल(?:े|ी|ा)\s", " ".join(place)):
        # A participle cut from what it governs: "भेजने वाले एजेंट का ..." of "विदेश में नौकरी या
        # पढ़ाई के लिए भेजने वाले एजेंट ..." (round42's readers: "a fragment cut from the fact").
        return None
    if ban:
        core = core[:-1]  # "... के दुरुपयोग पर रोक", who stopped it left to the body
    head = " ".join(place + core)
    words = len(head.split())
    if dated is not None and not _CHANGE_WORD.search(head):
        dated = None  # "... का काम होगा" keeps its tense
    elif dated is not None and len(_DATE.findall(clause)) > len(_DATE.findall(dated.group())):
        return None  # "10 जुलाई रात 12 बजे से 23 जुलाई तक": not "बंद: 23 जुलाई तक" alone
    said = regex.sub(r"\s\([^()]{1,40}\)(?=\s|[।.]?$)", "", fact)
    if dated is not None:
        # What will begin or close says when: "... प्रवेश बंद" alone told of a closing to come
        # as one in force ("सर्वे शुरू" of one to begin on 3 November).
        when = dated.group("when")
        if dated.group("until"):
            when = f"{when} से {dated.group('until')} तक"
        elif dated.group("case") != "को":
            when += f" {dated.group('case')}"
        when = _span_shown(when)
        head = f"{head}: {when}"
        most += len(when.split()) + 1
    if not 4 <= words <= most or words > 0.75 * len(said.split()) or _POINTS_BACK.search(head):
        # Most of the fact is the fact again (round15's readers: "the headline is repeated word
        # for word in the first sentence"); "उन्हें" points back to what the cut left out.
        return None
    if len(regex.findall(_NEGATION, head)) != len(regex.findall(_NEGATION, fact)):
        return None
    left = Counter(_tokens(said)) - Counter(_tokens(head))
    if all(w in _AUXILIARIES or regex.fullmatch(r"(?:19|20)\d{2}", w) for w in left):
        # The headline says the whole fact but its verb: not said again below it.
        return head, req.facts[0]
    if "," in head and head.rsplit(",", 1)[1].strip() in fact:
        # A clause of the fact said whole is said twice ("दहेज लेना, देना और लेन-देन में मदद
        # करना अपराध": the fit check's repeat).
        return None
    if _said_again(head, [f for f in (*req.facts, req.call_to_action or "") if f], 2):
        return None
    return head, None


# --- An event's when and where, laid out as the writers did ("📅 22 नवंबर", "📍 पीरो अनुमंडल
# अस्पताल") ---------------------------------------------------------------------------------

_WORD_RUN = r"[\p{L}\p{M}\p{N}'’\-(),.]+"
# A date as the facts give it, with its "को", or a run "से ... तक", or a start "से".
_WHEN = (
    rf"(?P<when>(?:\d{{1,2}}(?:\s{_MONTH}(?:\s\d{{4}})?)?\s?(?:से|और|व|-)\s)?\d{{1,2}}\s{_MONTH}"
    rf"(?:\s\d{{4}})?)\s(?P<when_case>को|से|तक)"
)
_HOUR = r"(?:सुबह|शाम|दोपहर|रात)\s[\d:.]+"
# "सुबह 11 बजे", "सुबह 9 से दोपहर 2 बजे तक", "सुबह 10 बजे से शाम 4 बजे तक".
_CLOCK = rf"(?P<time>{_HOUR}(?:\sबजे)?(?:\sसे\s(?:{_HOUR}|[\d:.]+)\sबजे\sतक)?(?:\sबजे)?)"
_HAPPENS = (
    r"(?P<verb>लगेगा|लगेगी|लगेंगे|होगा|होगी|होंगे|आयोजित होगा|आयोजित होगी|आयोजित किया जाएगा|"
    r"आयोजित की जाएगी|लगाया जाएगा|लगाई जाएगी|मनाया जाएगा|निकलेगी|निकाली जाएगी|शुरू होगा|"
    r"शुरू होगी)"
)
_PLACE = rf"(?P<place>(?:{_WORD_RUN}\s){{0,6}}?{_WORD_RUN})\s(?P<place_case>में|पर)"
_WHAT = rf"(?P<what>(?:{_WORD_RUN}\s){{0,6}}?{_WORD_RUN})"
# "पीरो अनुमंडल अस्पताल में 22 नवंबर को निःशुल्क दंत जाँच शिविर लगेगा", or "ज़िला स्तरीय शतरंज
# प्रतियोगिता 14 और 15 सितंबर को बूंदी के ज़िला खेल स्टेडियम में होगी".
# Or "कुचामन में ज़िला स्तरीय राजस्थानी लोकगीत प्रतियोगिता 18 जनवरी को होगी" (round13).
_EVENT_SHAPES = (
    regex.compile(rf"^{_PLACE}\s{_WHEN}(?:\s{_CLOCK})?\s{_WHAT}\s{_HAPPENS}$"),
    regex.compile(rf"^{_WHAT}\s{_WHEN}(?:\s{_CLOCK})?\s{_PLACE}\s{_HAPPENS}$"),
    regex.compile(rf"^{_PLACE}\s{_WHAT}\s{_WHEN}(?:\s{_CLOCK})?\s{_HAPPENS}$"),
)
# After its organiser, a date first: "(तेलंगाना पर्यटन विभाग की ओर से) 13 से 15 जनवरी 2027 तक
# परेड ग्राउंड, सिकंदराबाद में अंतरराष्ट्रीय पतंग और मिठाई महोत्सव होगा" (round38 headed it
# "मिठाई महोत्सव: ...", its when, where and who in one long line).
_DATE_FIRST = regex.compile(rf"^{_WHEN}(?:\s{_CLOCK})?\s{_PLACE}\s{_WHAT}\s{_HAPPENS}$")
# Who holds it, before the rest of the fact: "तेलंगाना पर्यटन विभाग की ओर से ...".
_HELD_BY = regex.compile(
    r"^(?P<by>(?:[^\s,।]+\s){1,10}?[^\s,।]+)\s(?:की\sओर\sसे|द्वारा)\s(?P<rest>.+)$"
)
# Words that make a place or an event more than a name: a reason, a beneficiary, a second place.
_NOT_IN_PLACE = regex.compile(
    EDGE_BEFORE + r"(?:को|से|तक|लिए|द्वारा|ओर|पर|में|तहत|दौरान|जयंती|दिवस)" + EDGE_AFTER
)


@dataclass(frozen=True)
class EventParts:
    what: str  # "निःशुल्क दंत जाँच शिविर"
    when: str  # "22 नवंबर", "25 जनवरी से 2 फ़रवरी तक", "8 जुलाई से"
    time: str | None  # "सुबह 11 बजे"
    place: str  # "पीरो अनुमंडल अस्पताल में"
    # The place leads and the event follows it ("कुचामन में ... प्रतियोगिता 18 जनवरी को होगी"):
    # a town the event is in, not its venue.
    town: bool = False


def split_event(fact: str, *, held: bool = False) -> EventParts | None:
    """An event's fact as what, when and where, when it says just those and that the event
    will happen: every word kept but the verb and the date's "को". With ``held``, the rest of
    a fact after its organiser, which may open on its date."""
    text = " ".join(fact.split()).rstrip("।.")
    # Not a place first, after an organiser: "... की ओर से मशरूम उत्पादन पर ... प्रशिक्षण" is
    # about mushrooms, not held on them.
    for shape in (_EVENT_SHAPES[1], _DATE_FIRST) if held else _EVENT_SHAPES:
        if (match := shape.match(text)) is None:
            continue
        what, place = match.group("what"), match.group("place")
        if (
            _NOT_IN_PLACE.search(place)
            or _NOT_IN_PLACE.search(what)
            or _DATE.search(what) is not None
            or _DATE.search(place) is not None
            or len(what.split()) > 6
            or _EVENT_NOUN.search(what) is None
        ):
            return None
        case = match.group("when_case")
        when = match.group("when") + (f" {case}" if case != "को" else "")
        # "सियांग नदी महोत्सव 2027 का आयोजन" is the festival (round35's readers: "clumsy header
        # '... 2027 का आयोजन: 10 से 12 दिसंबर 2027 तक'").
        named = regex.sub(r"\sका\sआयोजन$", "", what)
        if named != what and _EVENT_NOUN.search(named) is not None and len(named.split()) >= 2:
            what = named
        # The place keeps its "में"/"पर": "मंडावा के हवेली चौक" stands alone only so.
        place = f"{place} {match.group('place_case')}"
        return EventParts(what, when, match.group("time"), place, shape is _EVENT_SHAPES[2])
    return None


# "शिविर सुबह 9 से दोपहर 2 बजे तक चलेगा" → "सुबह 9 से दोपहर 2 बजे तक".
_EVENT_HOURS = regex.compile(rf"^(?P<noun>{LETTER}+)\s{_CLOCK}\s(?:चलेगा|चलेगी|रहेगा|रहेगी|होगा|होगी)$")


# "प्रतियोगिता टाउन हॉल में सुबह 11 बजे शुरू होगी" → "टाउन हॉल में", "सुबह 11 बजे से".
_EVENT_VENUE = regex.compile(
    rf"^(?P<noun>{LETTER}+)\s(?:{_PLACE}\s{_CLOCK}(?P<from>\sसे)?|{_CLOCK}\s{_PLACE})\s"
    r"(?P<verb>शुरू होगा|शुरू होगी|शुरू होंगे|लगेगा|लगेगी|होगा|होगी|चलेगा|चलेगी)$"
)


def event_venue(fact: str, what: str) -> tuple[str, str] | None:
    """Where and from when an event runs, when a fact says only those of it (its noun is the
    event's): every word kept but the verb; "शुरू होगी" at an hour reads "from" it."""
    text = " ".join(fact.split()).rstrip("।.")
    match = _EVENT_VENUE.match(text)
    if (
        match is None
        or match.group("noun") != what.split()[-1]
        or _NOT_IN_PLACE.search(match.group("place"))
        or _DATE.search(match.group("place"))
    ):
        return None
    hours = match.group("time")
    if "तक" not in hours and (match.group("from") or match.group("verb").startswith("शुरू")):
        hours += " से"
    elif "तक" not in hours:
        return None  # "... में सुबह 11 बजे होगा" gives an hour, not a span: kept as said
    return f"{match.group('place')} {match.group('place_case')}", hours


def event_hours(fact: str, what: str) -> str | None:
    """The hours an event runs, when a fact says only those of it (its noun is the event's)."""
    text = " ".join(fact.split()).rstrip("।.")
    match = _EVENT_HOURS.match(text)
    if match is None or match.group("noun") != what.split()[-1] or "तक" not in match.group("time"):
        return None
    return match.group("time")


# Not the purpose of an infinitive ("नया उद्यम शुरू करने के लिए ₹10 लाख से ₹1 करोड़ तक का बैंक
# ऋण": what the loan is for, true of every loan the scheme gives).
# Nor one tranche of several: "पहली किस्त में ₹15,000 तक का ऋण" is not the scheme's loan (a
# ten-draft read after round20 headed PM SVANidhi "₹15,000 तक का ऋण"); nor one stage's:
# "आइडिया/प्री-सीड चरण में अधिकतम ₹5 लाख" of a scheme whose seed stage gives ₹25 lakh
# (round46's readers: "understates the support", fidelity 1).
_CONDITION = regex.compile(
    rf"ने पर|{EDGE_BEFORE}(?:अगर|यदि|जब|केवल|सिर्फ़|सिर्फ|(?<!ने\s)के लिए|"
    rf"(?:पहली|दूसरी|तीसरी|अगली|पहले|दूसरे|तीसरे)\s(?:किस्त|क़िस्त|चरण)|(?:चरण|स्टेज)\sमें)"
    rf"{EDGE_AFTER}"
)
_VERB = (
    # "होनी चाहिए" too: "आय ₹4.5 लाख तक होनी चाहिए" is a limit, not a gift (round12).
    rf"(?:मिल|देना|करना|लेना|भरना|होना|होनी|होने|चाहिए|दी{EDGE_AFTER}|दिया|दिए|आती|आता|आते|"
    r"भेजी|भेजा|होती|होता|है|हैं|"
    rf"किए|किया|की जा|कर{EDGE_AFTER}|करा)"
)
_PER = (
    r"(?:हर साल|हर वर्ष|हर महीने|हर माह|सालाना|वार्षिक|प्रति वर्ष|प्रति माह|प्रतिमाह|प्रतिदिन|"
    # "साल में ₹5 लाख तक का मुफ़्त इलाज" is a sum by the year too (round4, dev).
    rf"{EDGE_BEFORE}साल में)"
)
# Where the money goes, between what is given and its verb: "... ₹1,500 की सहायता सीधे बैंक
# खाते में मिलती है" (round18 and round20's schemes were headed "आपके काम की जानकारी" for it).
_INTO = r"(?:\s(?:सीधे|डीबीटी से)(?:\s[\p{L}\p{M}]+){0,3}?\sखाते में)?"
# A benefit's noun right after its sum: "हर महीने ₹300 पेंशन दी जाती है".
_GIFT_NOUN = r"(?:पेंशन|छात्रवृत्ति|वजीफ़ा|वजीफा|सहायता|अनुदान|सब्सिडी|प्रोत्साहन राशि|बीमा कवर|ऋण)"
_AMOUNT = r"₹\s?[\d,]+(?:\.\d+)?(?:\s(?:लाख|करोड़|हज़ार|हजार))?"

# One tier of a benefit: "कक्षा 6 में प्रवेश पर ₹2,000", "3 किलोवाट या उससे बड़े सिस्टम पर ₹78,000",
# "शिशु श्रेणी में ₹50,000 तक".
_TIER = regex.compile(rf"^(?:\S+\s){{1,7}}?(?:पर|में|के लिए)\s(?:भी\s)?{_AMOUNT}(?:\sतक)?$")
# Not a tier list that says no or sets a condition ("पर" is a tier's here, not "but").
_NO_SPLIT = regex.compile(
    EDGE_BEFORE + r"(?:नहीं|न|ना|मत|बिना|अगर|यदि|तो|जब|केवल|सिर्फ़|सिर्फ|लेकिन|परंतु|"
    r"जिसमें|जो|जिन|जिनकी|जिसकी|शर्त)" + EDGE_AFTER
)
# What each tier gets and the present verb they share: "... ₹4,000 मिलते हैं", "... ₹60,000 की
# सब्सिडी मिलती है". Not a promise ("मिलेगा"), whose tense the list would lose.
_TIERS_GET = regex.compile(
    r"^(?P<body>.+?)(?P<tail>\s(?:की|का|के)\s(?:[\p{L}\p{M}-]+\s){0,2}[\p{L}\p{M}-]+)?"
    r"\s(?:मिलता|मिलती|मिलते|दिया जाता|दी जाती|दिए जाते)\s(?:है|हैं)$"
)


def split_tiers(fact: str) -> list[str] | None:
    """A fact that lists what each tier gets, as one list item per tier, as the writers laid
    them out: "कक्षा 6 में प्रवेश पर ₹2,000 और कक्षा 9 में प्रवेश पर ₹4,000 मिलते हैं" →
    "कक्षा 6 में प्रवेश पर ₹2,000", "कक्षा 9 में प्रवेश पर ₹4,000"; "1 किलोवाट सिस्टम पर
    ₹30,000 और 2 किलोवाट सिस्टम पर ₹60,000 की सब्सिडी मिलती है" → each tier "... की सब्सिडी".
    Every word stays but the shared verb and the joining "और"; None unless every part is a
    tier."""
    text = " ".join(fact.split()).rstrip("।.")
    if _NO_SPLIT.search(text) or (match := _TIERS_GET.match(text)) is None:
        return None
    parts = regex.split(r",\s|\s(?:और|तथा)\s", match.group("body"))
    if len(parts) < 2 or not all(_TIER.match(p) for p in parts):
        return None
    return [f"{p}{match.group('tail') or ''}" for p in parts]


# An amount and what it is, ending where the fact's verb begins (or the fact ends): "सालाना
# ₹6,000 की आर्थिक सहायता" in "... को सालाना ₹6,000 की आर्थिक सहायता मिलती है". A bare
# amount says too little ("PMSBY: ₹20 प्रति वर्ष" is a premium, not what it pays).
_BENEFIT = regex.compile(
    rf"{EDGE_BEFORE}(?:{_PER}\s)?(?:{_AMOUNT}\sसे\s)?{_AMOUNT}(?:\sतक)?"
    rf"(?:\s{_PER})?(?:\s(?:का|की|के)|(?<=तक))(?:\s(?!{_VERB})[\p{{L}}\p{{M}}\-]+){{1,3}}?"
    rf"(?={_INTO}\s*{_VERB}|\s*[।.]?\s*$)"
    # Or a sum by the year or month the verb follows at once: "हर साल ₹6,000", or after the
    # benefit's own noun: "हर महीने ₹300 पेंशन".
    # Or one the government gives: "... को हर महीने ₹1,000 देती है" (round40 headed it "... के
    # लिए ज़रूरी जानकारी").
    rf"|{EDGE_BEFORE}{_PER}\s{_AMOUNT}(?:\s{_GIFT_NOUN})?(?={_INTO}\s*(?:{_VERB}|दे(?:ती|ता|ते)\s))"
)


def _benefit_of(req: Request, name: str) -> str | None:
    """What the scheme ``name`` gives, as one fact says it, when the facts say it once (a
    scheme with tiers, "शिशु ... ₹50,000 तक", "किशोर ... ₹5 लाख तक", has no one figure to lead
    with); an amount by the year or month first. Never a figure from a fact about another
    scheme, one of two figures a fact gives, or one the fact ties to a condition."""
    found = [
        (f, m)
        for f in req.facts
        if all(
            name in (n.span, _whole_name(f, n.span)) for n in find_names(f) if n.kind == "scheme"
        )
        for m in _BENEFIT.finditer(f)
    ]
    periodic = [(f, m) for f, m in found if regex.search(_PER, m.group())]
    if len(periodic) > 1:
        # What the reader gets, not what they pay in: "हर महीने ₹3,000 की पेंशन मिलती है" over
        # "हर महीने ₹55 से ₹200 तक का अंशदान देना होता है" (round4 dev).
        periodic = [(f, m) for f, m in periodic if _RECEIVED.match(f, m.end())] or periodic
    # A total says what the whole scheme gives over its tiers: "कुल ₹1,43,000 की सहायता".
    total = [(f, m) for f, m in found if f[: m.start()].endswith("कुल ")]
    chosen = periodic if len(periodic) == 1 else total if len(total) == 1 else found
    if len(chosen) != 1:
        return None
    fact, match = chosen[0]
    before = fact[: match.start()]
    if regex.search(r"(?:नी|ना)$", match.group()):
        return None  # what must be kept or paid: "न्यूनतम ₹500 की राशि बनाए रखनी होती है"
    if _PAYS.search(match.group()):
        # What the government pays ("हर थाली पर राज्य सरकार ₹22 का अनुदान देती है"), its verb
        # left hanging (round28: "श्री अन्नपूर्णा रसोई योजना: ₹22 का अनुदान देती").
        return None
    if _MAY_BE.match(fact, match.end()) or _AFTER.search(before):
        # "रोजगार शुरू होने के बाद आकलन के आधार पर ₹2 लाख तक की अतिरिक्त सहायता दी जा सकती
        # है" may be given, later, on an assessment: round16's readers refused it as the
        # scheme's headline over the ₹10,000 every woman gets.
        return None
    if (
        len(regex.findall(_AMOUNT, fact)) != len(regex.findall(_AMOUNT, match.group()))
        # "दूसरी संतान बेटी होने पर ₹6,000", "मैदानी क्षेत्रों में ... ₹1.20 लाख": the
        # headline would drop the condition.
        or _CONDITION.search(before)
        or len(regex.findall(EDGE_BEFORE + r"में" + EDGE_AFTER, before)) > 1
        # Said again in full by its fact, a long phrase reads as a loop (the format check).
        or len(regex.findall(r"[\p{L}\p{M}\p{N}]+", match.group())) > 9
    ):
        return None
    # A cap or a floor stays with its figure: "अधिकतम ₹10 लाख की सहायता", never "₹10 लाख".
    bound = _BOUND.search(before)
    if bound and bound.group(1) == "अधिकतम" and " तक" in match.group():
        bound = None  # "₹30 लाख तक" says the cap already
    return (
        ("कुल " if (fact, match) in total else "")
        + (f"{bound.group(1)} " if bound else "")
        + match.group().strip()
    )


_BOUND = regex.compile(EDGE_BEFORE + r"(अधिकतम|न्यूनतम|लगभग|करीब|क़रीब|कम से कम)\s*$")
_PAYS = regex.compile(EDGE_BEFORE + r"(?:देती|देता|देते|करती|करता|करते)$")

# A sum as typed ("₹1,250", "₹2 लाख"), whole.
_SUM = regex.compile(rf"{_AMOUNT}(?![\d\p{{L}}\p{{M}}])")
# What a tier's sum is of, where every tier says it so.
_SUM_NOUNS = (
    ("पेंशन", " की पेंशन"),
    ("छात्रवृत्ति", " की छात्रवृत्ति"),
    ("प्रोत्साहन राशि", " की प्रोत्साहन राशि"),
    ("सहायता", " की सहायता"),
)
# A sum paid in or capped, which no tier of a benefit is ("₹500 शुल्क", "₹2 लाख तक का ऋण").
_NOT_GIVEN = regex.compile(
    rf"शुल्क|जुर्माना|जमा|आय{EDGE_AFTER}|लागत|ऋण|लोन|कीमत|मूल्य|बीमा राशि|न्यूनतम|अधिकतम|कम से कम|"
    r"सकत|होने के बाद|करने के बाद"
)


def _range_of(req: Request) -> str | None:
    """What a scheme with tiers gives, from its least to its most, where two facts or more each
    give one tier's sum, received the same way and by the same period: "हर महीने ₹1,000 से
    ₹2,500 तक" (round22's Nijut Moina, whose three tiers left the composer "आपके काम की
    जानकारी"; the writers headed such schemes by what they give). Every sum as a fact types it;
    none paid in, capped, or given on a later condition."""
    tiers: list[tuple[float, str, str | None, str]] = []
    for fact in req.facts:
        sums = list(_SUM.finditer(fact))
        if not sums:
            continue
        if (
            _NOT_GIVEN.search(fact)
            or any(fact[m.end() :].lstrip().startswith("तक") for m in sums)
            or not (_RECEIVED.search(fact) or "पेंशन" in fact or "सहायता" in fact)
        ):
            return None  # a sum of another kind: the range would blur what it is
        periods = {p.group() for p in regex.finditer(_PER, fact)}
        if len(periods) > 1:
            return None
        per = next(iter(periods), None)
        for m in sums:
            # Its value as the grounding check reads it (one number reader for both).
            value = figures(extract_mentions(m.group())[0])[0]
            # Without a list's comma: "₹4,000, से ₹6,000 तक" (round43).
            tiers.append((value, m.group().strip().rstrip(",").strip(), per, fact))
    if len(tiers) < 2 or len({per for _, _, per, _ in tiers}) != 1:
        return None
    low, high = min(tiers), max(tiers)
    if low[0] == high[0]:
        return None
    per = tiers[0][2]
    noun = next((said for word, said in _SUM_NOUNS if all(word in t for *_, t in tiers)), "")
    if not (per or noun):
        return None  # "₹30,000 से ₹40,000 तक" alone says neither what nor how often
    return f"{per + ' ' if per else ''}{low[1]} से {high[1]} तक{noun}"


# What may be given, not what is ("₹30 लाख तक जमा किए जा सकते हैं" is a cap, and stays).
_MAY_BE = regex.compile(r"\s*(?:दी|दिया|दिए|मिल)\s(?:जा\s)?सकत")
# Given on a condition met later, not by age ("60 वर्ष की उम्र के बाद" is when a pension is paid).
# A family's cover ("परिवार के आधार पर साल में ₹5 लाख तक") is no assessment.
_AFTER = regex.compile(
    EDGE_BEFORE + r"(?:होने के बाद|करने के बाद|(?<!परिवार के )आधार पर|होने पर)" + EDGE_AFTER
)
_RECEIVED = regex.compile(r"\s*(?:मिलता|मिलती|मिलते|दी जाती|दिया जाता|दिए जाते|भेजी जाती)")


# What a scheme is, when a fact says so after its name: "प्रधानमंत्री श्रम योगी मान-धन योजना
# असंगठित क्षेत्र के मज़दूरों के लिए पेंशन योजना है" → "असंगठित क्षेत्र के मज़दूरों के लिए पेंशन
# योजना" (round4's writer: "... आज थोड़ा अंशदान, 60 के बाद हर महीने पेंशन"); whose it is goes
# ("ओडिशा सरकार की", "केंद्र सरकार के स्वास्थ्य मंत्रालय की"), and with nothing left but whose
# it is ("... बिहार सरकार की योजना है") there is no headline.
_IS_A = regex.compile(
    r"\s(?P<what>(?:\S+\s){1,9}?(?:योजना|कार्यक्रम|पहल|सेवा|अभियान|सुविधा|पोर्टल))\s(?:है|हैं)"
    r"\s*[।.]?\s*$"
)
_WHOSE = regex.compile(r"^(?:\S+\s){0,5}(?:सरकार|मंत्रालय|विभाग|निगम|बैंक)\s(?:की|के|का)\s")


def _what_it_is(req: Request, name: str) -> str | None:
    for fact in req.facts:
        text = " ".join(fact.split())
        if (
            not name.endswith(("योजना", "मिशन", "कार्यक्रम", "अभियान", "पहल"))
            or not text.startswith(name + " ")
            or (match := _IS_A.match(text, len(name))) is None
        ):
            continue  # "राष्ट्रीय बचत" may be a cut of "राष्ट्रीय बचत पत्र"
        what = _WHOSE.sub("", match.group("what"))
        last = what.split()[-1]
        if name.endswith(last) and len(what.split()) > 1:
            what = what.rsplit(" ", 1)[0]  # "सुभद्रा योजना: ... आर्थिक सहायता", not "... योजना" twice
        if len(what.split()) < 2 or _SAYS_NO.search(what) or what.split()[-1] in _OF:
            return None
        return what
    return None


# What a scheme gives, when a fact says "... को <gift> मिलता है" with no figure: "बिना गारंटी
# ऋण", "गर्म पका हुआ भोजन", "मुफ़्त अनाज".
_GIFT = regex.compile(
    EDGE_BEFORE + r"को\s((?:[\p{L}\p{M}\-]+\s){1,4}?)"
    r"(?:मिलता|मिलती|मिलते|दिया जाता|दी जाती|दिए जाते)\s(?:है|हैं)\s*[।.]?\s*$"
)


def _gift_of(req: Request, name: str) -> str | None:
    """What the scheme ``name`` gives, as the one fact that names it and says so words it,
    when no condition stands before it."""
    found = [(f, m) for f in req.facts if name in f and (m := _GIFT.search(f)) is not None]
    if len(found) != 1:
        return None
    fact, match = found[0]
    gift = match.group(1).strip()
    if _CONDITION.search(fact[: match.start()]) or gift.split()[0] in STOP_WORDS:
        return None
    if gift in ("सहायता", "मदद", "लाभ", "सुविधा"):
        return None  # "प्रधानमंत्री विश्वकर्मा योजना: सहायता" says nothing (a fresh read)
    return gift


# What a scheme gives free, as its fact says it: "... में ... पशुपालकों के पशुओं का बीमा
# निःशुल्क होता है" → "पशुओं का बीमा निःशुल्क" (round41 headed it "...: आपके काम की जानकारी").
_FREE_GIFT = regex.compile(
    EDGE_BEFORE
    + r"((?:(?!(?:का|की|के|को|में|से|पर|और)\s)[\p{L}\p{M}\-]+\s)?[\p{L}\p{M}\-]+\s(?:का|की|के)\s"
    r"[\p{L}\p{M}\-]+)\s"
    r"(निःशुल्क|नि:शुल्क|मुफ़्त|मुफ्त)\s(?:होता|होती|होते|मिलता|मिलती|मिलते|किया जाता|की जाती|"
    r"किए जाते|दिया जाता|दी जाती|दिए जाते)\s(?:है|हैं)" + EDGE_AFTER
)


def _free_of(req: Request, name: str) -> str | None:
    """What the scheme ``name`` gives free, in its one fact's words, when no condition stands
    before it."""
    found = [(f, m) for f in req.facts if name in f and (m := _FREE_GIFT.search(f)) is not None]
    if len(found) != 1:
        return None
    fact, match = found[0]
    if _CONDITION.search(fact[: match.start()]) or match.group(1).split()[0] in STOP_WORDS:
        return None
    return f"{match.group(1)} {match.group(2)}"


# What a scheme does, as a fact that opens with its name says it: "मनरेगा में हर ग्रामीण
# परिवार को ... 100 दिन के रोज़गार की गारंटी है" → "मनरेगा: हर ग्रामीण परिवार को ... 100 दिन
# के रोज़गार की गारंटी", the writers' headline (round8), the verb dropped and nothing else.
_SCHEME_DOES = regex.compile(
    r"\s(?:में|के तहत)\s(?P<does>(?:\S+\s){2,13}?\S+)\s(?:मिलता है|मिलती है|मिलते हैं|मिलती हैं|"
    r"दिया जाता है|दी जाती है|दी जाती हैं|दिए जाते हैं|किया जाता है|की जाती है|की जाती हैं|"
    r"किए जाते हैं|"
    # A service done by the scheme ("... बच्चों की मुफ़्त स्वास्थ्य जाँच होती है"), or on offer
    # ("... ऑनलाइन पाठ्यक्रम उपलब्ध हैं"): round10-15's writers headed such schemes by it.
    r"(?<=(?:जाँच|जांच|इलाज|उपचार|टीकाकरण|परामर्श|प्रशिक्षण|भुगतान)\s)(?:होती है|होता है|होते हैं)|"
    r"उपलब्ध है|उपलब्ध हैं|"
    r"(?<=(?:गारंटी|प्रावधान|सुविधा|व्यवस्था)\s)(?:है|हैं))\s*[।.]?\s*$"
)
# What a scheme gives, as a fact that has it for its subject says it: "श्रेष्ठा योजना अनुसूचित
# जाति के मेधावी विद्यार्थियों को ... पढ़ने का अवसर देती है" → "श्रेष्ठा योजना: अनुसूचित जाति
# के मेधावी विद्यार्थियों को ... पढ़ने का अवसर", round20's writer's headline word for word.
_SCHEME_GIVES = regex.compile(
    r"\s(?P<does>(?:\S+\s){0,8}?\S+\sको\s(?:\S+\s){0,7}?\S+)\s(?:देती है|देता है|देते हैं)"
    r"\s*[।.]?\s*$"
)
# Whose a scheme is, before its name: "पश्चिम बंगाल की लक्ष्मीर भंडार योजना".
_STATE_OF = regex.compile(r"^(?:[\p{L}\p{M}]+\s){1,2}(?:सरकार\s)?की\s")
# A fact that says no, or runs to a second clause after a comma (not "₹25,000").
_SAYS_NO = regex.compile(rf"{_NEGATION}|,(?!\d)")


def _cut_name(req: Request, name: str) -> bool:
    """Whether the name found is a cut of a longer one, which a "name: ..." headline would
    split: "ग्रामीण स्वरोज़गार प्रशिक्षण: संस्थान (RSETI) ...", or an organisation whose scheme
    follows it, "केरल सामाजिक सुरक्षा मिशन: की वयोमित्रम परियोजना ..." (round24-25's readers
    refused both as broken)."""
    for fact in req.facts:
        at = fact.find(name)
        if at < 0:
            continue
        after = fact[at + len(name) :]
        if _NAME_GOES_ON.match(after) or (
            name.endswith(_ORGANISATIONS)
            and regex.match(
                r"\s(?:का|की)\s(?:\S+\s){0,3}(?:योजना|परियोजना|कार्यक्रम|अभियान)" + EDGE_AFTER, after
            )
        ):
            return True
    return False


_ORGANISATIONS = ("मिशन", "संस्थान", "विभाग", "निगम", "प्राधिकरण", "बोर्ड", "प्रतिष्ठान")
_NAME_GOES_ON = regex.compile(
    r"\s(?:संस्थान|केंद्र|निगम|विभाग|प्राधिकरण|बोर्ड|परियोजना|प्रतिष्ठान)" + EDGE_AFTER
)


def _scheme_says(req: Request, name: str) -> tuple[str, str] | None:
    """The first fact that opens with the scheme's name and says what it gives or does, as a
    headline that says it whole (so the body leaves it out); never one that says no or runs
    to two clauses."""
    for fact in req.facts:
        text = " ".join(fact.split())
        short = _with_short_name(req, name)
        whose = _STATE_OF.match(text)
        owner = whose.group() if whose and not _TITLE.search(whose.group()) else ""
        opening = next((n for n in (short, name) if text.startswith(owner + n + " ")), None)
        if opening is None:
            continue
        at = len(owner + opening)
        match = _SCHEME_DOES.match(text, at) or _SCHEME_GIVES.match(text, at)
        if match is None or _SAYS_NO.search(text):
            continue
        # One tier's figure ("शिशु श्रेणी में ₹50,000 तक का ऋण") is not the scheme's; a total is.
        tiers = [m for m in regex.finditer(_AMOUNT, text) if not text[: m.start()].endswith("कुल ")]
        if tiers and any(regex.search(_AMOUNT, f) for f in req.facts if f is not fact):
            continue
        return f"{owner}{short}: {match.group('does')}", fact
    return None


def _with_short_name(req: Request, name: str) -> str:
    """The name with the short one a fact brackets after it: "प्रधानमंत्री सूक्ष्म खाद्य उद्योग
    उन्नयन योजना (पीएमएफएमई)", so the fact it heads can go whole."""
    for fact in req.facts:
        if (match := regex.search(rf"{regex.escape(name)}(\s\([^()]{{1,20}}\))", fact)) is not None:
            if _GENERIC_NAME.fullmatch(name):
                # "प्रधानמंत्री योजना (पीएम-युवा)" read as a cut name (round36's readers): a title
                # and "योजना" alone name nothing; the short name does.
                return match.group(1).strip()[1:-1]
            return name + match.group(1)
    return name


_GENERIC_NAME = regex.compile(r"(?:(?:प्रधानमंत्री|मुख्यमंत्री|पीएम|सीएम|राष्ट्रीय|राज्य)\s)+योजना")


def _for_whom(req: Request, name: str) -> str | None:
    """Whom the scheme is for, when a fact says just that: "पीएम इंटर्नशिप योजना 21 से 24
    वर्ष के युवाओं के लिए है" gives "21 से 24 वर्ष के युवाओं के लिए"."""
    for fact in req.facts:
        match = regex.match(
            # A bracketed short name after it is skipped: "... उन्नयन योजना (पीएमएफएमई) छोटी
            # ... इकाइयों के लिए है" (round7 read "योजना: (पीएमएफएमई) छोटी ..." as broken).
            # Whose it is may come first: "विश्वविद्यालय अनुदान आयोग (यूजीसी) की ईशान उदय ...
            # योजना पूर्वोत्तर क्षेत्र के विद्यार्थियों के लिए है" (round27: "ज़रूरी बातें").
            rf"^\s*(?:[^।,]{{3,60}}?\s(?:की|का|के)\s)?"
            rf"{regex.escape(name)}(?:\s\([^()]{{1,20}}\))?\s(.{{5,90}}?\sके लिए)\s(?:है|हैं)"
            r"\s*[।.]?\s*$",
            fact,
        )
        if match is not None and not (
            not fact.lstrip().startswith(name)
            and (
                # Whose it is stays in the body with the rest of the fact, so the readers are
                # not said a third time where the address names them too; and tiers' range
                # says more (round23: "निजुत मोइना योजना: हर महीने ₹1,000 से ₹2,500 तक").
                _mostly_in(match.group(1), req.audience or "") or _range_of(req) is not None
            )
        ):
            return match.group(1)
    return None


# A day every month or week: "हर महीने की 9 तारीख", "हर सोमवार".
_RECURRING = regex.compile(
    r"(?:हर|प्रत्येक) (?:महीने|माह) की \d{1,2} (?:तारीख़|तारीख)|(?:हर|प्रत्येक) (?:सोमवार|मंगलवार|"
    r"बुधवार|गुरुवार|शुक्रवार|शनिवार|रविवार)" + EDGE_AFTER
)


_STATE_BODY = r"(?:पर्यटन|पुलिस|परिवहन|विद्युत|निगम|विभाग)"


def _only_place(req: Request) -> str | None:
    """The one place the facts name, if they name exactly one."""
    places = {
        n.span
        for f in req.facts
        for n in find_names(f)
        # A road named for where it goes is not a place the post is about ("हरिद्वार रोड" in
        # Dehradun, round21: "#हरिद्वार").
        if n.kind == "place"
        and not _ROAD_AFTER.match(f, n.end)
        # Nor the seat of a body a fact names: "इन्कॉइस), हैदराबाद जारी करता है" on a
        # Nagapattinam drill (round49's readers: "#हैदराबाद is misleading"), though a fair
        # is held "... (PAU), लुधियाना में".
        and not (_SEAT_OF.search(f[: n.start]) and not regex.match(r"\s(?:में|पर)\s", f[n.end :]))
    }
    return next(iter(places)) if len(places) == 1 else None


def _whole_place(where: str, fact: str) -> bool:
    """Does ``fact`` say ``where`` as a whole place: not the start of a longer one ("तेनाली के
    कृषि बाजार यार्ड में" was headed "..., कृषि बाजार": stop 36's ten-draft read), nor of a
    body ("चंडीगढ़ यातायात पुलिस"), nor the end of one ("उत्तर गोवा")?"""
    return not any(
        # A name of two words ("कृषि बाजार") is a place only where a case mark or the clause
        # ends it.
        (" " in where and not _PLACE_ENDS.match(fact, m.end()))
        or _PLACE_PART.search(fact[: m.start()])
        for m in regex.finditer(regex.escape(where), fact)
    )


_PLACE_ENDS = regex.compile(r"\s*(?:[,।)]|$)|\s(?:में|पर|से|तक|के|की|का|को|और|व)" + EDGE_AFTER)
_PLACE_PART = regex.compile(r"(?:उत्तर|दक्षिण|पूर्व|पश्चिम|उत्तरी|दक्षिणी|पूर्वी|पश्चिमी)\s$")
_SEAT_OF = regex.compile(r"\),\s*$")
_STOPPED = regex.compile(rf"{EDGE_BEFORE}(?:बंद\s(?:रहेगा|रहेगी|रहेंगे|रहेंगी)|रद्द|स्थगित){EDGE_AFTER}")


def _named_stopped(name: str, fact: str) -> bool:
    """Does ``fact`` say ``name`` is stopped ("... प्रार्थना सभा और ... गतिविधियाँ बंद
    रहेंगी"), not that something stops during it ("कांवड़ यात्रा के दौरान ... बंद रहेगा")?"""
    after = fact[fact.find(name) + len(name) :] if name in fact else ""
    return bool(_STOPPED.search(after)) and not _DURING.match(after)


_DURING = regex.compile(r"\s(?:के|की)\s(?:दौरान|कारण|चलते|लिए|वजह|मद्देनज़र|मद्देनजर)")
_ROAD_AFTER = regex.compile(r"(?:-\S+)?\s(?:रोड|मार्ग|हाईवे|बाईपास|बायपास|गेट)" + EDGE_AFTER)


def _date_of(req: Request, name: str) -> str | None:
    """The date the facts give the named thing: from a fact that names it, else the only date
    the facts have."""
    naming = [
        [m.group() for m in (*_DATE.finditer(f), *_RECURRING.finditer(f)) if not _of_a_year(f, m)]
        for f in req.facts
        if name in f
    ]
    # Not a date another event of the post has: "चयनित तस्वीरों की प्रदर्शनी 8 अक्टूबर को ..."
    # is the exhibition's, not the contest's (round19 headed the contest "8 अक्टूबर"); nor one
    # in history, a year after it ("14 अक्टूबर 1956 को ... दीक्षा ली थी": round22 headed a
    # health camp of this year's Dhamma Chakra day with it).
    every = {m.group() for f in req.facts for m in _DATE.finditer(f) if not _of_a_year(f, m)}
    if len(every) == 1 and all(
        {e.group(1).split()[-1] for e in _EVENT_NOUN.finditer(f)} - set(name.split())
        for f in req.facts
        if next(iter(every)) in f
    ):
        every = set()
    if naming and naming[0]:
        # A fact with two dates may give the named thing either ("ज़िला ट्रायल 5 अक्टूबर को,
        # राज्य स्तरीय प्रतियोगिता 20 अक्टूबर से" was headed with the wrong one).
        return naming[0][0] if len(naming[0]) == 1 else None
    return next(iter(every)) if len(every) == 1 else None


def _span_shown(when: str, year: bool = False) -> str:
    """A span as a headline says it: "16 जनवरी 2027 से 18 जनवरी" → "16 से 18 जनवरी"; with
    ``year``, where no line below says the date, its last year stays ("16 से 18 जनवरी 2027
    तक")."""
    last = regex.search(r"\s((?:19|20)\d{2})(?:\sतक)?$", when) if year else None
    when = regex.sub(r"\s(?:19|20)\d{2}(?=\s|$)", "", when)
    same = regex.fullmatch(r"(\d{1,2})\s(\S+)\s(से|और)\s(\d{1,2})\s\2(\sतक)?", when)
    if same is not None:
        when = (
            f"{same.group(1)} {same.group(3)} {same.group(4)} {same.group(2)}{same.group(5) or ''}"
        )
    if last is not None:
        when = regex.sub(r"(?=(?:\sतक)?$)", f" {last.group(1)}", when, count=1)
    return when


def _of_a_year(fact: str, date: regex.Match[str]) -> bool:
    """Is the date of a year gone by ("14 अक्टूबर 1956")? History, not an event's date."""
    year = regex.match(r"\s((?:19|20)\d\d)(?!\d)", fact[date.end() :])
    return year is not None and int(year.group(1)) < datetime.date.today().year - 1


def _part_dated(req: Request, name: str, when: str) -> str | None:
    """The part of the named thing a date is for, when a fact says so: "... हॉकी प्रतियोगिता
    का फ़ाइनल 14 दिसंबर को" dates the final, not the whole tournament (round12); None when the
    date is for something held within it ("मत्स्य उत्सव के तहत 24 नवंबर को ... सांस्कृतिक
    संध्या होगी": round15 headed it "मत्स्य उत्सव के तहत: 24 नवंबर")."""
    within = rf"{regex.escape(name)}\s(?:के तहत|के अंतर्गत|के दौरान|के अवसर पर)\s.*{regex.escape(when)}"
    if any(regex.search(within, fact) for fact in req.facts):
        return None
    for fact in req.facts:
        part = regex.search(
            rf"{regex.escape(name)}\s(?:का|की|के)\s{LETTER}+(?=\s{regex.escape(when)})", fact
        )
        if part is not None:
            return part.group()
    return name


# What a training, a camp or a check-up is about, as the fact that names it says it: the words
# before its noun back to a place or a date ("कृषि विज्ञान केंद्र, महोबा में 18 से 22 अगस्त तक
# मधुमक्खी पालन का 5 दिन का प्रशिक्षण होगा" → "मधुमक्खी पालन का 5 दिन का प्रशिक्षण"), joined to
# it by का/की/के/पर. Round14-15's readers refused "X के लिए ख़ास आयोजन" over such events; the
# writers headed them "मखाना प्रसंस्करण पर तीन दिवसीय प्रशिक्षण", "हेपेटाइटिस बी और सी की मुफ़्त
# जाँच".
_EVENT_KIND = regex.compile(
    EDGE_BEFORE + r"(?:प्रशिक्षण|कार्यशाला|शिविर|भ्रमण|गोष्ठी|संगोष्ठी|जाँच|जांच|प्रदर्शन|"
    r"लोकार्पण|उद्घाटन|शुभारंभ|शिलान्यास)" + EDGE_AFTER
)
_SPAN_OF_DAYS = regex.compile(
    r"(?:(?:एक|दो|तीन|चार|पाँच|पांच|छह|सात|दस|\d+)\s(?:दिवसीय|दिन\sका|दिनों\sका)\s)?"
    r"(?:निःशुल्क\s|मुफ़्त\s|मुफ्त\s)?$"
)
_ENDS_WHAT = frozenset("में को तक".split()) | frozenset(regex.findall(r"[\p{L}\p{M}]+", _MONTH))


def _event_topic(req: Request) -> str | None:
    """The first fact's event as a headline: what it is about, and its date when that fits."""
    for fact in req.facts:
        text = _SHORTER_AGENT.sub("", " ".join(fact.split()).rstrip("।. "))
        if (noun := _EVENT_KIND.search(text)) is None:
            continue
        kept: list[str] = []
        for word in reversed(text[: noun.start()].split()):
            if word.rstrip(",") in _ENDS_WHAT or (
                word.isdigit() and kept[:1] not in (["दिवसीय"], ["दिन"])
            ):
                break
            kept.insert(0, word)
        topic = _SPAN_OF_DAYS.sub("", " ".join(kept) + " ").strip()
        if (
            not topic
            or topic.split()[-1] not in ("का", "की", "के", "पर")
            # Not cut from its owner by a year: "की तैयारी के तहत ..." of "गोदावरी पुष्करालु
            # 2027 की तैयारी के तहत ..." (round45's readers: "cut off").
            or topic.split()[0] in ("का", "की", "के", "को", "में", "से", "पर", "ने")
            or (topic.endswith("पर") and noun.group() == "शिविर")  # a camp on a place
            or len(topic.split()) < 2
        ):
            return None
        # "... बचाव पर एक दिवसीय प्रशिक्षण" loses its span of days before it runs long.
        for what in (f"{' '.join(kept)} {noun.group()}", f"{topic} {noun.group()}"):
            dates = [
                m.group() + (way.group(1) if (way := _RUNS_AFTER_YEAR.match(fact, m.end())) else "")
                for m in _DATE.finditer(fact)
            ]
            # Never ten of the fact's words in a row: said again below, a loop.
            if _shares_run(what, fact, 10):
                continue
            if len(dates) == 1 and len(f"{what} {dates[0]}".split()) <= 12:
                return f"{what}: {dates[0]}"
            if len(what.split()) <= 12:
                return what
        return None
    return None


def _name_of(req: Request) -> str | None:
    """What the facts call the scheme, camp or event: the first name found, fact by fact (an
    event post's event before a scheme it is about: "सामाजिक अंकेक्षण ग्राम सभा", not
    "मनरेगा")."""
    if req.kind == "event":
        for fact in req.facts:
            if names := _held_names(fact):
                # "पदक विजेताओं का सम्मान समारोह" says whose ceremony; "सम्मान समारोह" does not.
                described = _described_event(fact)
                if described and described.endswith(" " + names[0]):
                    return described
                return _whose_event(fact, names[0]) or names[0]
        for fact in req.facts:
            if described := _described_event(fact):
                return described
    for fact in req.facts:
        if (short := _BRACKETED_NAME.match(fact)) is not None:
            return f"{short.group('name')} {short.group('noun')}"
        for name in find_names(fact):
            if name.kind == "scheme" and not _not_its_name(fact, name.span):
                whole = _whole_name(fact, name.span)
                if whole.count("'") % 2 or whole.count("‘") != whole.count("’"):
                    # Not a name cut inside its quotes: "'आयुष्मान भारत" of "'आयुष्मान भारत–
                    # आरोग्य कर्नाटक' योजना" (round44), nor then a part it is made of.
                    return None
                return whole
        names = _held_names(fact) if req.kind == "event" else _event_names(fact)
        if names and not _NO_NAME.fullmatch(names[0]) and not _not_its_name(fact, names[0]):
            return names[0]
    if req.kind == "scheme" and req.facts:
        if (programme := _PROGRAMME.search(req.facts[0])) is not None:
            return f"{programme.group('name')} {programme.group('short')}"
        return _subject_name(req.facts[0]) or next(
            (
                n
                for f in req.facts[:2]
                if (n := _named_scheme(f)) is not None and not _not_its_name(f, n)
            ),
            None,
        )
    return None


def _not_its_name(fact: str, name: str) -> bool:
    """Is ``name`` what the thing is ("... बैंक ऋण से जुड़ी सब्सिडी योजना है") or a measure of
    it ("अधिकतम परियोजना लागत"), not what it is called? Round48 headed Maharashtra's CMEGP "जुड़ी
    सब्सिडी योजना"."""
    after = rf"{regex.escape(name)}(?:\s(?:योजना|परियोजना))?\s"
    return (
        # Not a name the fact gives as one: "इस योजना का नाम सुकन्या समृद्धि योजना है".
        (regex.search(rf"{after}(?:है|हैं)\s*[।.]?\s*$", fact) is not None and "नाम" not in fact)
        or regex.search(rf"{after}(?:लागत|राशि|अवधि){EDGE_AFTER}", fact) is not None
    )


# Participles that say what a thing is linked to, which start no name.
# ("जुड़ी" in both spellings of its "ड़": one code point, or ड and a nukta.)
_LINKED = frozenset("जुड़ी जुड़ा जुड़े जुड़ी जुड़ा जुड़े आधारित संबंधित केंद्रित".split())


# A programme the facts name with its short form, which no name list knows: "मुख्यमंत्री
# रोज़गार सृजन कार्यक्रम (सीएमईजीपी)", after whose it is ("महाराष्ट्र सरकार का").
_PROGRAMME = regex.compile(
    r"(?:^|(?<=\s(?:का|की|के)\s))(?P<name>(?:[\p{L}\p{M}\-]+\s){1,5}?(?:कार्यक्रम|मिशन))"
    r"\s(?P<short>\([^()\s]{2,15}\))(?=\s)"
)


def _named_scheme(fact: str) -> str | None:
    """A scheme the name finder does not know, named by the words before its "योजना" back to
    whose it is ("हरियाणा सरकार की", "उत्तर प्रदेश सरकार"): "'मेरा पानी-मेरी विरासत' योजना",
    "दिव्यांग भरण-पोषण अनुदान (दिव्यांग पेंशन) योजना". Without it such schemes were headed
    "... के लिए ज़रूरी जानकारी" (round40's disability pension, round41's water scheme). None
    where a word before it is no name's ("इस योजना", "किसानों के लिए योजना")."""
    text = " ".join(fact.split())
    if (scheme := _SCHEME_WORD.search(text)) is None:
        return None
    # A short form in brackets, and a quoted name, are one word each.
    words = regex.findall(r"\([^()]*\)|'[^']*'|‘[^’]*’|\S+", text[: scheme.start()])
    kept: list[str] = []
    for word in reversed(words):
        if word[0] in "('‘":
            kept.insert(0, word)
            continue
        if (
            word in _NOT_TAG_WORDS
            or word in _SCHEME_OWNERS
            or word in _OF_A_CLAUSE
            or word in STATES
            or _NOT_A_NAME.search(word)
            or regex.search(r"[\d०-९]", word)
        ):
            break
        kept.insert(0, word)
    named = [w for w in kept if not w.startswith("(")]
    if not named or len(kept) > 7 or _NO_NAME.fullmatch(" ".join([*kept, "योजना"])):
        return None
    return " ".join([*kept, scheme.group()])


_SCHEME_WORD = regex.compile(r"(?<=\S\s)(?:योजना|परियोजना)" + EDGE_AFTER)
# Whose a scheme is, which ends its name from before ("हरियाणा सरकार की ...").
_SCHEME_OWNERS = frozenset("सरकार सरकारों केंद्र राज्य विभाग मंत्रालय".split())
# A clause's words, which end it from before: "... की पढ़ाई जारी रखने वाली योजना".
_OF_A_CLAUSE = frozenset("वाली वाले वाला जो जिस जिसमें जैसी जैसे जैसा है हैं था थी".split())


# A scheme the first words of a fact name with its expansion in brackets, headed without it:
# "पीएम-दक्ष योजना" for "पीएम-दक्ष (प्रधानमंत्री दक्षता और कुशलता संपन्न हितग्राही) योजना ..."
# (round38 found no name, and headed it with the sanitation topic's "साफ़-सफ़ाई से जुड़ी सूचना").
_BRACKETED_NAME = regex.compile(
    r"(?P<name>[\p{L}\p{M}][\p{L}\p{M}\-]*(?:\s[\p{L}\p{M}][\p{L}\p{M}\-]*)?)\s\([^()]{8,}\)\s"
    r"(?P<noun>योजना|अभियान|मिशन)" + EDGE_AFTER
)


# No name to head a post: what a scheme gives free ("मुफ्त यात्रा की सुविधा": round36 headed
# Punjab's free bus travel "मुफ्त यात्रा"), or what kind it is ("केंद्र प्रायोजित योजना": round38
# headed a scholarship "प्रायोजित योजना: आपके काम की जानकारी").
_NO_NAME = regex.compile(
    r"(?:मुफ्त|मुफ़्त|निःशुल्क|नि:शुल्क|निशुल्क|फ्री)\s.+"
    r"|(?:(?:केंद्र|राज्य|केंद्रीय|सरकारी|प्रायोजित|पोषित)\s)+योजना"
)


def _held_names(fact: str) -> list[str]:
    """The events a fact names, not the programme one is held under ("भद्रवाह सीएसआईआर अरोमा
    मिशन के तहत", "वन्यजीव सप्ताह (2 से 8 अक्टूबर) के तहत"): round37 invited readers to a
    mission and to a week, where the facts held a festival and one walk."""
    return [
        n
        for n in _event_names(fact)
        if not n.endswith(("मिशन", "योजना"))
        and not (
            n.endswith(("सप्ताह", "पखवाड़ा", "अभियान"))
            and regex.search(rf"{regex.escape(n)}(?:\s\([^()]*\))?\sके\s(?:तहत|अंतर्गत)", fact)
        )
    ]


# A programme, card, account or portal the first fact has for its subject, named with two words
# or more: "राष्ट्रीय बाल स्वास्थ्य कार्यक्रम में ...", "डाकघर बचत खाता न्यूनतम ₹500 ...",
# "संचार साथी पोर्टल पर ...". Rounds 3-20's writers headed such posts by that name ("डाकघर बचत
# खाता: छोटी बचत का सुरक्षित ठिकाना"); without it the composer's read "ग्रामीण परिवारों के लिए
# ज़रूरी जानकारी" (47 of rounds 2-20's 152 schemes had no name it could find).
_SUBJECT_NAME = regex.compile(
    r"^(?P<name>(?P<words>(?:[\p{L}\p{M}\-]+\s){2,5}?)(?:\([^()]{1,20}\)\s)?"
    r"(?:कार्यक्रम|परियोजना|पोर्टल|कार्ड|खाता|छात्रवृत्ति|कोष|सेंटर|प्रणाली)"
    r"(?:\s\([^()]{1,20}\))?)\s"
)
# "राष्ट्रीय पशुरोग नियंत्रण कार्यक्रम" is a programme, not "योजना की ज़रूरी जानकारी" (stop 37's
# fresh drafts).
_OTHER_THAN_SCHEME = regex.compile(r"(?:पोर्टल|कार्ड|खाता|सेंटर|कार्यक्रम|अभियान|मिशन)(?:\s\([^()]+\))?$")


def _subject_name(fact: str) -> str | None:
    match = _SUBJECT_NAME.match(" ".join(fact.split()))
    if match is None:
        return None
    words = match.group("words").split()
    if any(w in STOP_WORDS or w in _NOT_TAG_WORDS or _NOT_A_NAME.search(w) for w in words):
        return None  # "इस योजना का कार्ड", "जिन्हें मिला कार्ड"
    return match.group("name")


_TITLE = regex.compile(r"(?:प्रधानमंत्री|पीएम|मुख्यमंत्री|सीएम)\s$")
_SCHEME_END = regex.compile(
    r"^(?::?\s(?:(?!के |की |का |को |में |से |पर )[\p{L}\p{M}\-]+\s){0,3}?"
    # Its short form in brackets: "मुख्यमंत्री आयुष्मान आरोग्य (मा) योजना" (round23 headed it
    # "मुख्यमंत्री आयुष्मान:").
    r"(?:\([^()]{1,20}\)\s)?"
    r"(?:योजना|मिशन|परियोजना|अभियान|निधि|कार्यक्रम))" + EDGE_AFTER
)


def _whole_name(fact: str, span: str) -> str:
    """A scheme's name as the fact gives it in full: "गरीब कल्याण अन्न" in "प्रधानमंत्री गरीब
    कल्याण अन्न योजना" is the whole of it, and "सूर्य घर" in "पीएम सूर्य घर: मुफ़्त बिजली
    योजना". Editors refused headlines that clip a scheme's name."""
    # Where the span names the scheme, not a namesake before it: "डॉ. अम्बेडकर प्रतिष्ठान की
    # ... डॉ. अम्बेडकर योजना" (round25 headed the scheme "डॉ. अम्बेडकर:").
    start = fact.find(span)
    if (named := fact.find(f"{span} योजना")) > start >= 0 and any(
        n.kind != "scheme" and n.start <= start < n.start + len(n.span) for n in find_names(fact)
    ):
        start = named
    if start < 0:
        return span
    end = start + len(span)
    if start > 0 and fact[start - 1] == "-":
        # "धन योजना" in "श्रम योगी मान-धन योजना": the hyphenated word is one name.
        start = fact.rfind(" ", 0, start - 1) + 1
    title = _TITLE.search(fact[:start])
    if title is not None:
        start = title.start()
    elif (
        start > 0
        # A title begins a name: "सड़क प्रधानमंत्री ग्राम सड़क योजना के तहत बनी" is a road,
        # then the scheme (round-9 dev: "#सड़क_प्रधानमंत्री_ग्राम_सड़क_योजना").
        and _TITLE.match(span.split()[0] + " ") is None
        and len(before := fact[:start].split()) <= 3
        and not any(
            w in _NOT_TAG_WORDS
            or w.isdigit()
            or (_NOT_A_NAME.search(w) and w not in _NAME_ADJECTIVES)
            for w in before
        )
    ):
        # "इंदिरा गांधी" before "राष्ट्रीय वृद्धावस्था पेंशन योजना" at the start of a fact.
        start = 0
    first = span.split()[0]
    if start > 0 and title is None and not _TITLE.match(f"{first} ") and first != "राष्ट्रीय":
        start = _name_start(fact, start, hop=len(span.split()) <= 2)
    # A short name stands ("अटल पेंशन"); one cut from its title or a word long does not.
    whole = title is not None or len(span.split()) == 1 or fact[end:].startswith(":")
    ended = span.endswith(("योजना", "मिशन", "परियोजना", "अभियान", "निधि"))
    if not ended and (
        (tail := _SCHEME_END.match(fact[end:])) is not None
        and (
            whole
            or (
                not tail.group().strip(": ").count(" ")
                and _TITLE.match(span.split()[0] + " ") is None
            )
        )
    ):
        # Its own word right after it belongs to a name with no title: "वरिष्ठ नागरिक बचत
        # योजना", not "वरिष्ठ नागरिक बचत" (an editor refused that headline); "पीएम विश्वकर्मा"
        # stands as a brand does.
        end += tail.end()
    if (pair := _PAIRED_NAME.search(fact[:start])) is not None and pair.group(1) not in (
        _NOT_TAG_WORDS
    ):
        # Two names under one scheme: "एग्री-क्लिनिक और एग्री-बिज़नेस सेंटर योजना" (round39
        # headed it "एग्री-बिज़नेस सेंटर योजना").
        start = pair.start(1)
    return fact[start:end]


# One hyphenated word and "और" before a name, after a genitive: "... मंत्रालय की एग्री-क्लिनिक
# और ".
_PAIRED_NAME = regex.compile(r"(?:^|\s)(?:की|के|का)\s([\p{L}\p{M}]+-[\p{L}\p{M}]+)\sऔर\s$")


def _name_start(fact: str, start: int, hop: bool) -> int:
    """Where a scheme's name begins, read back from ``start`` over the words of it the name
    finder left out: "गंगा" of "गंगा स्वरूपा आर्थिक सहायता योजना", "गांव की" of "गांव की बेटी
    योजना" (round21's readers refused the headlines "स्वरूपा ..." and "बेटी योजना"); never
    over a place, a government, a list or a word that is no name's ("मध्यप्रदेश की", "सरकार
    की", "पैन कार्ड,"), and over "X की" only to a name of a word or two (``hop``)."""
    places = [(n.start, n.end) for n in find_names(fact) if n.kind == "place"]
    words = list(regex.finditer(r"\S+", fact[:start]))
    owned = False
    while words:
        owner = words[-1].group() in ("की", "के", "का") and len(words) > 1
        noun = words[-2] if owner else words[-1]
        word = noun.group()
        if (
            (owner and not hop)
            # A short form in brackets is the name's: "एमएसएमई सस्टेनेबल (ZED) सर्टिफिकेशन
            # योजना" (round47 headed and tagged it "सर्टिफिकेशन योजना").
            # Not the short form of an owner: "... आयोग (यूजीसी) की ईशान उदय ... योजना".
            or (
                regex.search(r"[^\p{L}\p{M}\-]", word)
                and (owner or not _SHORT_FORM.fullmatch(word))
            )
            or word in STOP_WORDS
            # Nor a postposition's noun: "परिवार के पास मनरेगा जॉब कार्ड" (round47's
            # "#परिवार_के_पास_मनरेगा").
            or word in _POSTPOSITIONS
            or word in _NOT_TAG_WORDS
            or word in _NOT_OF_A_NAME
            or regex.fullmatch(_BODY, word)
            or word.isdigit()
            or _VERB_FORM.search(word)
            # One "X की" at most, never a place's or a group's: not "मध्यप्रदेश की ...".
            or (owner and (owned or word.endswith(("ों", "ओं")) or _NOT_A_NAME.search(word)))
            or (owner and any(s < noun.end() and noun.start() < e for s, e in places))
        ):
            break
        owned = owned or owner
        start = noun.start()
        words = words[:-2] if owner else words[:-1]
    return start


# Besides a body's own word (``_BODY``: "सरकार", "विभाग", "पंचायत" ...).
# Nor a sum's word: "₹680 करोड़ की राजीव गांधी ... योजना" (round46 headed it "करोड़ की ...").
_NOT_OF_A_NAME = frozenset("राज्य केंद्र नाम पुलिस करोड़ लाख हज़ार हजार रुपये रुपए प्रतिशत".split())
_VERB_FORM = regex.compile(r"(?:ना|ने|ते|ता|ती|ें|एँ)$")
_SHORT_FORM = regex.compile(r"\([\p{L}\p{M}\p{N}]{2,8}\)")
_POSTPOSITIONS = frozenset(
    "पास साथ बाद पहले तहत द्वारा अंतर्गत ज़रिए जरिए माध्यम बारे ओर तरफ़ तरफ बदले बजाय".split()
)


# Nouns an event's word may qualify, so that it names them and not an event.
_NAMED_AFTER = frozenset("प्रमाणपत्र प्रमाण-पत्र प्रमाण कार्ड रिकॉर्ड केंद्र केंद्रों स्थल दल".split())


# Words a number goes before ("5 दिवसीय"), and verbs' participles ("1 से 15 जनवरी तक चले
# अभियान में": "#चले_अभियान", round14): neither begins a name.
_COUNTED = frozenset("दिवसीय दिनी दिन वर्षीय सालाना सदस्यीय सूत्रीय घंटे घंटों माह महीने".split())
_CONTESTANTS = frozenset("खिलाड़ी खिलाड़ियों विद्यार्थी छात्र छात्राएँ टीम टीमें प्रतिभागी विजेता".split())
# Participles that say where a thing formed or stands ("... में बना गहरा दबाव").
_PLACED = frozenset("बना बनी बने लगा लगी लगे स्थित बसा बसी बसे उठा उठी उठे".split())
_PARTICIPLES = frozenset(
    # "बढ़ावा देने वाली योजना" is no name "वाली योजना" (round19).
    "चले चली चला चलाए चलाया चलाई हुए हुई हुआ गए गई गया किए किया रहे रही रहा वाला वाली वाले".split()
)


def _event_names(fact: str) -> list[str]:
    """Event names in a fact: the words before "शिविर", "मेला", "अदालत"... that belong to it
    ("रक्तदान शिविर" in "23 मार्च को रक्तदान शिविर", not "को रक्तदान शिविर")."""
    names = []
    for match in _EVENT_NOUN.finditer(fact):
        words = match.group(1).split()
        cut = max(
            (
                i
                for i, w in enumerate(words[:-1])
                if w in _NOT_TAG_WORDS
                or w in _TIME_WORDS
                or w in _CASE_AFTER_OF
                or w in _PARTICIPLES
                or (_NOT_A_NAME.search(w) and w not in _NAME_ADJECTIVES)
            ),
            default=-1,
        )
        words = words[cut + 1 :]
        if regex.match(r"\s(?:मैदान|परिसर|स्थल|भवन|ग्राउंड)" + EDGE_AFTER, fact[match.end(1) :]):
            continue  # a venue named after it: "करावली उत्सव मैदान" (round44's tag)
        if regex.search(rf"बिना\s{regex.escape(' '.join(words))}", fact):
            # What is done without something is no name: "किराए यात्रा" of "बिना किराए यात्रा"
            # says the opposite (round44 headed and tagged free bus travel so).
            continue
        if (
            len(words) == 2
            and words[-1] in ("फेस्टिवल", "उत्सव", "महोत्सव", "मेला", "मेले")
            and (match.group(1).split()[-3:-2] or fact[: match.start(1)].split()[-1:])
            in (["के"], ["की"], ["का"])
            and regex.match(r"\s(?:के|की|का)\s", fact[match.end(1) :])
        ):
            # "व्यंजनों के स्टॉल फेस्टिवल के मुख्य आकर्षण": the stalls are the dishes', the
            # festival is named elsewhere (round43's "#स्टॉल_फेस्टिवल").
            continue
        # "5 दिवसीय प्रशिक्षण" is no name "दिवसीय प्रशिक्षण" (round14), nor "तीन दिवसीय
        # प्रशिक्षण" one that says what it trains in (round15); "दो दिवसीय किसान मेला" is a
        # "किसान मेला".
        if words[0] in _COUNTED:
            words = words[1:]
        elif len(words) > 2 and words[1] in _COUNTED:
            words = words[2:]
        level = next((i for i, w in enumerate(words) if i > 1 and w == "स्तरीय"), 0)
        if level > 1 and words[level - 2] in _CONTESTANTS:
            # "शीर्ष 3 खिलाड़ी राज्य स्तरीय प्रतियोगिता के लिए चुने जाएंगे": the next contest
            # those chosen go on to, not this post's (round14 tagged "#खिलाड़ी_राज्य_...").
            continue
        # A title begins a name: "सड़क प्रधानमंत्री ग्राम सड़क योजना" is a road, then a scheme.
        titled = [i for i, w in enumerate(words) if i and _TITLE.match(w + " ")]
        words = words[titled[-1] :] if titled else words
        after = fact[match.end() :].split()
        if after and after[0].rstrip(",।") in _NAMED_AFTER:
            continue  # "डिजिटल टीकाकरण प्रमाणपत्र" is a certificate, not a vaccination (round11)
        if after and after[0] == "में" and words[-1] in ("सप्ताह", "पखवाड़ा"):
            continue  # "सप्ताह में दो दिन" is how often, not a week's name (round9)
        if after and _GIVES.match(after[0]):
            continue  # "महिला प्रशिक्षक प्रशिक्षण देंगी": training given, not a training's name
        if after and after[0] in ("के", "की", "का") and _EVENT_NOUN.search(fact, match.end()):
            # "खेलकूद प्रतियोगिता के पदक विजेताओं का सम्मान समारोह 15 दिसंबर को": the day is
            # the ceremony's, not the competition's (round7's readers caught the headline).
            continue
        counted = rf"{ALNUM_EDGE_BEFORE}\d+\s{regex.escape(' '.join(words))}"
        if len(words) >= 2 and regex.search(rf"{counted}{EDGE_AFTER}", fact):
            continue  # "20 स्वास्थ्य शिविर लगाए हैं": twenty camps, not one named (round22)
        if len(words) >= 2:
            names.append(" ".join(words))
    return names


_EVENT_END = regex.compile(
    EDGE_BEFORE + r"(?:(?:सम्मान |उद्घाटन |समापन )?समारोह|शिविर|मेला|प्रतियोगिता|गोष्ठी|प्रशिक्षण|"
    r"कार्यशाला|प्रदर्शनी|सम्मेलन|रैली)" + EDGE_AFTER
)
_CHAIN_STOP = frozenset("में को से पर और या तक ने है हैं द्वारा लिए".split())


def _whose_event(fact: str, name: str) -> str | None:
    """An event named only by how or at what level it is held, with what it is of before it:
    "स्कूबा डाइविंग का बुनियादी प्रशिक्षण", "नगा पारंपरिक कुश्ती की जिला स्तरीय प्रतियोगिता"
    (round39 headed them "बुनियादी प्रशिक्षण" and "जिला स्तरीय प्रतियोगिता")."""
    if not _bare_event(name):
        return None
    match = regex.search(
        rf"(\S+(?:\s\S+){{0,2}})\s(का|की|के)\s{regex.escape(name)}{EDGE_AFTER}", fact
    )
    if match is None:
        return None
    words: list[str] = []
    for word in reversed(match.group(1).split()):
        if (
            word in _CHAIN_STOP
            or word in STOP_WORDS
            or not regex.fullmatch(r"[\p{L}\p{M}-]+", word)
        ):
            break
        words.insert(0, word)
    return f"{' '.join(words)} {match.group(2)} {name}" if words else None


def _bare_event(name: str) -> bool:
    """Does ``name`` say only how or at what level an event is held ("बुनियादी प्रशिक्षण",
    "जिला स्तरीय प्रतियोगिता"), not what it is about?"""
    words = name.split()
    return 2 <= len(words) <= 3 and all(w in _BARE_QUALIFIERS for w in words[:-1])


# Words that say how an event is held, or at what level, not what it is about.
_BARE_QUALIFIERS = frozenset(
    "बुनियादी विशेष उन्नत प्राथमिक आवासीय अल्पकालिक दीर्घकालिक निःशुल्क मुफ्त मुफ़्त एकदिवसीय "
    "साप्ताहिक मासिक वार्षिक तकनीकी व्यावहारिक "
    "जिला ज़िला राज्य राष्ट्रीय स्तरीय ब्लॉक प्रखंड तहसील अंतर-जिला अंतरजिला".split()
)


def _described_event(fact: str) -> str | None:
    """An event the fact describes rather than names: "आँखों की निःशुल्क जाँच का शिविर" in "...
    18 दिसंबर को आँखों की निःशुल्क जाँच का शिविर लगेगा" (for a headline, not a hashtag)."""
    for match in _EVENT_END.finditer(fact):
        before = fact[: match.start()].split()
        if not before or before[-1] not in ("का", "की", "के"):
            continue
        words: list[str] = []
        for word in reversed(before):
            bare = word.strip(",")
            if bare != word or bare in _CHAIN_STOP or bare in _TIME_WORDS or bare[:1].isdigit():
                break
            words.insert(0, bare)
        if len(words) > 6:
            # A long chain keeps its last link: "पदक विजेताओं का सम्मान समारोह", not the
            # competition they won ("... प्रतियोगिता के पदक विजेताओं का").
            links = [i for i, w in enumerate(words[:-1]) if w in ("का", "की", "के")]
            words = words[links[-1] + 1 :] if links else words
        if 3 <= len(words) <= 6 and words[0] not in STOP_WORDS:
            return " ".join([*words, match.group()])
    return None


# Not the first word of a name: "शाम 5 बजे कवि सम्मेलन" is a time, then a name.
_TIME_WORDS = frozenset(
    # "हर वर्ष महाराष्ट्र दिवस": a year says when, not which day (round18's "#वर्ष_महाराष्ट्र_दिवस").
    "बजे सुबह शाम रात दोपहर दिन रोज़ रोज प्रतिदिन अगले पिछले कार्य आज कल वर्ष साल "
    # "हर रविवार जैविक किसान हाट" is the "जैविक किसान हाट" (round19).
    "सोमवार मंगलवार बुधवार गुरुवार शुक्रवार शनिवार रविवार बार "
    # A month dates a day, it does not name it: "26 नवंबर संविधान दिवस" (round10).
    "जनवरी फ़रवरी फरवरी मार्च अप्रैल मई जून जुलाई अगस्त सितंबर सितम्बर अक्टूबर अक्तूबर नवंबर नवम्बर "
    "दिसंबर दिसम्बर".split()
)
# Adjectives that end like a verb but begin names: "राष्ट्रीय पंचायती राज दिवस".
_NAME_ADJECTIVES = frozenset(
    "पंचायती स्वदेशी योगी स्थापना सेना नौसेना वायुसेना थलसेना रचना घटना चेतना वंदना प्रार्थना "
    "साधना भावना "
    # Nouns in -ता that name days ("अभियंता दिवस", "राष्ट्रीय एकता दिवस"), not participles.
    # A language's: "गुजराती भाषा दिवस" (round45 wished "भाषा दिवस").
    "गुजराती "
    "अभियंता एकता स्वच्छता साक्षरता स्वतंत्रता समानता जनता माता पिता नेता देवता सहायता "
    "मानवता अखंडता अस्मिता विविधता".split()
)
_GIVES = regex.compile(r"^(?:दे|दी|दि|ले|ली|लि)[\p{L}\p{M}]*$")


def _split_emoji(line: str) -> tuple[str, str | None]:
    """A line without its closing emoji, and the emoji."""
    graphemes = regex.findall(r"\X", line.rstrip())
    if graphemes and _PICTURE.match(graphemes[-1]):
        return "".join(graphemes[:-1]).rstrip(), graphemes[-1]
    return line.strip(), None


def _ends(text: str) -> bool:
    # A quotation closes its own sentence: "... सीतल होय॥'" (round9 read "॥'।" as a slip).
    return text.strip().rstrip("'\"’”").endswith(_SENTENCE_END)


def _sentence(text: str) -> str:
    return text if _ends(text) else text + "।"


def _fact_text(line: FactLine, layout: PostLayout) -> str:
    text = _sentence(line.text) if line.sentence else line.text
    return bold_figures(text) if layout.bold else text


def render(plan: Plan, platform: str) -> str:
    """The post body (without the disclosure), laid out for the platform (its ``layout`` in the
    platform table, evaluation/platforms.yaml)."""
    layout = get_platforms()[platform].layout
    head = plan.headline
    if head and layout.bold:
        head = f"*{head}*"
    if head and plan.headline_emoji:
        head = f"{head} {plan.headline_emoji}"
    cta = f"👉 {_sentence(plan.cta)}" if plan.cta else None
    tags = " ".join(plan.hashtags) or None
    last_ends_post = not ((plan.cta and not plan.cta_first) or plan.closing)
    if last_ends_post and plan.facts and (last := plan.facts[-1]).typed:
        # A post does not end on a label ("📍 ... एक्स-रे जाँच निःशुल्क"): the format check
        # read it as stopped mid-sentence, and round15's readers a last bullet "cut" above the
        # hashtags.
        last = replace(last, text=last.typed, sentence=True)
        plan = replace(plan, facts=(*plan.facts[:-1], last))
    # A paragraph says each fact as typed: a list's short line is no sentence.
    typed = [
        replace(f, text=f.typed, sentence=True) if f.listed and f.typed else f for f in plan.facts
    ]
    prose = (
        plan.prose
        and all(f.sentence for f in typed)
        # On WhatsApp and Instagram a greeting's lines are a list when each has an emoji that
        # fits it, as rounds 20-22's writers laid them out (their readers: "facts pasted as
        # plain paragraphs"); not a list of 🔹, which round2's read as "a fact sheet".
        and not (
            layout.greeting_list
            and len(plan.facts) >= 2
            and sum(f.emoji == _DEFAULT_FACT_EMOJI for f in plan.facts) <= 1
        )
    )
    if layout.facts == "compact":
        # One line each, no blank lines between.
        # A thread may end on its last fact (the closing goes to make room): that one is said
        # whole.
        listed = list(plan.facts)
        if listed and listed[-1].typed:
            listed[-1] = replace(listed[-1], text=listed[-1].typed, sentence=True)
        fact_lines = [_marked(f, layout) for f in _one_style(listed, last_ends_post=True)]
        if prose:
            fact_lines = [" ".join(_fact_text(f, layout) for f in typed)]
        before, after = (cta, None) if plan.cta_first else (None, cta)
        lines = [head, plan.address, plan.greeting, before, *fact_lines, after, plan.closing, tags]
        return "\n".join(line for line in lines if line)
    opening = "\n".join(line for line in (plan.address, plan.greeting) if line) or None
    if prose or (layout.facts == "paragraphs" and all(f.sentence or f.listed for f in plan.facts)):
        # Short paragraphs of two sentences each: a greeting's story in one block read as
        # "facts dumped in one paragraph" (round9).
        sentences = [_fact_text(f, layout) for f in typed]
        facts = "\n\n".join(" ".join(sentences[i : i + 2]) for i in range(0, len(sentences), 2))
    else:
        facts = "\n".join(
            _marked(f, layout) for f in _one_style(plan.facts, last_ends_post=last_ends_post)
        )
    before, after = (cta, None) if plan.cta_first else (None, cta)
    blocks = [head, opening, before, facts, after, plan.closing, tags]
    return "\n\n".join(block for block in blocks if block)


def _marked(line: FactLine, layout: PostLayout) -> str:
    """A list's line after its emoji (none when it has gone to make room)."""
    text = _fact_text(line, layout)
    return f"{line.emoji} {text}" if line.emoji else text


def _one_style(facts: Sequence[FactLine], *, last_ends_post: bool) -> list[FactLine]:
    """A list's lines all with a danda or all without: where one line is a short one without its
    verb, a sentence beside it goes without its danda too, as the writers' bullets read (round2's
    readers marked a list of both "a missing danda"); a line that ends the post keeps its end."""
    if not any(f.listed and f.typed for f in facts):
        return list(facts)
    bare = [
        replace(f, text=f.text.rstrip("।").rstrip(), sentence=False) if f.sentence else f
        for f in facts
    ]
    return [*bare[:-1], facts[-1]] if last_ends_post and facts else bare


def _headless(plan: Plan) -> Plan:
    """The step of ``_SHED`` X stops before."""
    return replace(plan, headline="") if plan.headline_spare else plan


# A headline's words, and what leads a notice's news.
_HEAD_WORDS = regex.compile(r"[\p{L}\p{M}\p{N}₹,.]+")
_NEWS_LEAD = regex.compile(r"^(?:ज़रूरी सूचना: |सावधान! |ख़ुशख़बरी! )")
_BARE_NOTICE = regex.compile(r"ज़रूरी सूचना|सावधान!|ख़ुशख़बरी!")


def _fitted(
    plan: Plan,
    disclosure: str,
    fits: Callable[[str], bool],
    unmark: bool = True,
    *,
    light: bool = False,
) -> str | None:
    """An X post of ``plan``, shed slot by slot as far as a post with its headline goes (its
    list's lines unmarked last, if ``unmark``), or None when none fits; with ``light``, only
    as far as its closing, address and all hashtags but one."""
    last = (_unmarked,) if unmark and not light else ()
    steps = _SHED[: _SHED.index(_headless)] if not light else _LIGHT_SHED
    for shed in (lambda p: p, *steps, *last):
        plan = shed(plan)
        text = f"{one_numeral_system(render(plan, 'x'))}\n\n{disclosure}"
        if fits(text):
            return text
    return None


def _told_in_part(plan: Plan) -> Iterator[Plan]:
    """``plan`` with one more of its later facts dropped each time, the last first: those that
    say no figure and nothing still to come ("... में मुख्य समारोह होगा"), never its first
    fact."""
    facts = list(plan.facts)
    for i in range(len(facts) - 1, 0, -1):
        said = facts[i].typed or facts[i].text
        # A figure in words is a figure: "लगभग दो दशक की अशांति" (round39 shed it).
        if not _FIGURE.search(said) and not extract_mentions(said) and not _TO_COME.search(said):
            del facts[i]
            yield replace(plan, facts=tuple(facts))


_FIGURE = regex.compile(r"[\d०-९]")
_TO_COME = regex.compile(r"(?:गा|गी|गे|एँ|एं)[।.!]?\s*$")


def _lead_fact(plan: Plan, *, bare: bool = False, cut: bool = False) -> Plan:
    """The composer's headline as the lead of the first fact where that fact says its words
    again: a notice's "ज़रूरी सूचना:" before the whole fact it was cut from ("ज़रूरी सूचना:
    भारी बारिश से ... नहाने पर अगले आदेश तक रोक लगा दी गई है।"), a name its fact opens with
    ("📚 तरुणेर स्वप्न योजना में ..."); else ``plan``. Not a greeting's, nor the model's."""
    if not plan.headline_spare or plan.greeting or plan.cta_first or not plan.headline:
        return plan  # an urgent post's ask stays first, under its headline
    if not plan.facts:
        return plan
    first = plan.facts[0]
    fact = first.typed or first.text
    if bare and (notice := _BARE_NOTICE.fullmatch(plan.headline)) is not None:
        # With ``bare``, a stock notice alone, its readers' words gone to fit one post
        # ("ज़रूरी सूचना" over lines that had to shed their emoji: stop 34's ten-draft read),
        # leads the news it heads, under the notice's ⚠️ or 🎉, else the fact's own mark.
        said = notice.group() + (" " if notice.group().endswith("!") else ": ")
        line = FactLine(
            text=said + fact.rstrip("।. ") + "।",
            emoji=plan.headline_emoji if plan.headline_emoji in ("⚠️", "🎉") else first.emoji,
            sentence=True,
        )
        return replace(plan, headline="", headline_emoji=None, facts=(line, *plan.facts[1:]))
    lead = _NEWS_LEAD.match(plan.headline)
    said_in_order = iter(fact.split())
    # With ``cut``, a cut of the fact ("नर्मदा नदी में मगरमच्छ देखा जा रहा है") goes into it too.
    cut = (
        cut
        and ":" not in plan.headline
        and len(plan.headline.split()) >= 4
        and all(w in said_in_order for w in plan.headline.split())
    )
    if lead is None and not fact.startswith(plan.headline) and not cut:
        # A label ("चयन ट्रायल: 27 दिसंबर") is the post's hook: without it an X post read as
        # "a bare bullet list of the facts" (round19). Only a notice's lead, or a name its fact
        # opens with, goes into the fact.
        return plan
    words = _HEAD_WORDS.findall(plan.headline[lead.end() if lead else 0 :])
    said = set(_HEAD_WORDS.findall(fact))
    if not words or sum(w in said for w in words) < 0.8 * len(words):
        return plan
    line = FactLine(
        text=(lead.group() if lead else "") + fact.rstrip("।. ") + "।",
        emoji=plan.headline_emoji or first.emoji,
        sentence=True,
    )
    return replace(plan, headline="", headline_emoji=None, facts=(line, *plan.facts[1:]))


def _short_notice(plan: Plan) -> Plan:
    """ "... के लिए ज़रूरी सूचना" as "ज़रूरी सूचना", "... के लिए ख़ुशख़बरी" as "ख़ुशख़बरी!", a
    scheme's name without its stock tail ("...: लाभ लेने के लिए ज़रूरी बातें"): round33's readers
    refused X threads a shorter headline would have made one post."""
    if not plan.headline_spare:
        return plan
    notice = _NOTICE_TAIL.search(plan.headline)
    glad = regex.search(r"\sके लिए ख़ुशख़बरी$", plan.headline)
    if (notice or glad) and plan.greeting:
        # A greeting under it heads the post already: not "ख़ुशख़बरी!" over "विजयादशमी की
        # हार्दिक शुभकामनाएँ!" (a fresh read at stop 35).
        return replace(plan, headline="", headline_emoji=None)
    if notice or glad:
        return replace(plan, headline=notice.group() if notice else "ख़ुशख़बरी!")
    if (stock := _stock_tail(plan.headline, get_phrasebook())) is not None:
        return replace(plan, headline=plan.headline[: -len(stock)].rstrip(": "))
    return plan


def _unmarked(plan: Plan) -> Plan:
    """A list's lines without their "•": two characters a line."""
    return _marked_as(plan, "")


def _marked_as(plan: Plan, mark: str) -> Plan:
    """Every list line marked ``mark``, but a first line that leads the post in its headline's
    place (``_lead_fact``), which keeps the headline's emoji."""
    lead = plan.facts[:1] if not plan.headline else ()
    return replace(plan, facts=(*lead, *(replace(f, emoji=mark) for f in plan.facts[len(lead) :])))


_NOTICE_TAIL = regex.compile(r"(?<=\S\s)(?:ज़रूरी|जरूरी|ख़ास|खास) (?:सूचना|जानकारी)$")


# What goes first when a post is too long: decoration, then the generic call to action, then
# hashtags; the facts and a call to action the request gave always stay.
_SHED: tuple[Callable[[Plan], Plan], ...] = (
    lambda p: p if p.closing_needed else replace(p, closing=None),
    lambda p: replace(p, hashtags=p.hashtags[:1]),
    lambda p: replace(p, address=None),
    # 🎉 may be what carries a celebratory post's tone.
    lambda p: p if p.headline_emoji == "🎉" else replace(p, headline_emoji=None),
    lambda p: p if p.cta_given else replace(p, cta=None),
    lambda p: replace(p, hashtags=()),
    lambda p: _marked_as(p, "•"),
    _headless,
    lambda p: replace(p, closing=None),
)
# What a post may lose and still read as whole: a closing it does not need, all its hashtags but
# one, its address.
_LIGHT_SHED = _SHED[:3]


_DEVANAGARI_DIGITS = "०१२३४५६७८९"
_TO_LATIN = str.maketrans(_DEVANAGARI_DIGITS, "0123456789")
_TO_DEVANAGARI = str.maketrans("0123456789", _DEVANAGARI_DIGITS)


def one_numeral_system(text: str) -> str:
    """Every figure in the digits most of the post's figures use: facts typed with both ("कुल ६
    फेरी", "सुबह 7:30 बजे") read as a slip in one post (round14's readers). The checks read
    both systems as the same number."""
    devanagari = sum(c in _DEVANAGARI_DIGITS for c in text)
    latin = sum(c.isascii() and c.isdigit() for c in text)
    if not devanagari or not latin:
        return text
    return text.translate(_TO_DEVANAGARI if devanagari > latin else _TO_LATIN)


def compose(
    req: Request,
    *,
    headline: str | None,
    disclosure: str,
    fits: Callable[[str], bool],
    variant: int = 0,
    phrasebook: Phrasebook | None = None,
) -> tuple[str, Plan]:
    """The whole post with its disclosure line, shortened slot by slot until ``fits`` it (on X,
    facts that no single post holds go out as a thread), and the whole plan it was laid out
    from, before any slot went to make it fit."""
    plan = plan_post(req, headline=headline, variant=variant, phrasebook=phrasebook)
    if req.platform == "x" and plan.address:
        # On X the address stands where it costs no post and no hashtag: round46's readers
        # marked threads "no address" (5 of their 7 X drafts), and rounds 23-42's refused
        # threads one post would have held.
        addressed = _laid_out(req, plan, disclosure, fits)
        if _posts(addressed) == 1 and addressed.count("#") >= render(plan, "x").count("#"):
            return addressed, plan  # one post that shed no tag: nothing to weigh it against
        bare = replace(plan, address=None)
        without = _laid_out(req, bare, disclosure, fits)
        if _posts(addressed) > _posts(without) or addressed.count("#") < without.count("#"):
            return without, bare
        return addressed, plan
    return _laid_out(req, plan, disclosure, fits), plan


def _posts(text: str) -> int:
    """How many posts a thread is (one unless it is a thread)."""
    return max(1, text.count("🧵"))


def _laid_out(req: Request, plan: Plan, disclosure: str, fits: Callable[[str], bool]) -> str:
    """``plan`` as ``compose`` lays it out: slots shed until it fits, or a thread on X."""
    full = plan
    text = f"{one_numeral_system(render(plan, req.platform))}\n\n{disclosure}"
    # On X a thread keeps the headline: one post of "•" lines with none (18 of rounds 2-20's X
    # posts once the short label let them fit) read as the facts handed back (round19: "a bare
    # bullet list of the facts", value 0).
    for shed in _SHED[: _SHED.index(_headless)] if req.platform == "x" else _SHED:
        if fits(text):
            return text
        plan = shed(plan)
        text = f"{one_numeral_system(render(plan, req.platform))}\n\n{disclosure}"
    if not fits(text) and req.platform == "x":
        # A headline the first fact says again goes into it before the facts are split: one
        # post where that makes room, and no thread that opens on one line twice (round31's
        # readers: "headline repeated almost word for word in the next line", "a needless
        # thread").
        led = _lead_fact(full)
        # Then a stock headline's short form ("ख़ुशख़बरी!" for "... के लिए ख़ुशख़बरी"): round33's
        # readers refused threads a shorter headline would have made one post.
        short = _short_notice(led)
        merged = _lead_fact(short)
        # A stock notice that is all the headline left leads its news ("⚠️ ज़रूरी सूचना:
        # ...") rather than stand over lines that had to shed their marks (stop 34's ten-draft
        # read).
        stocked = _lead_fact(short, bare=True)
        # The news a headline cut from the first fact says goes back into it where that makes
        # one post: not a thread under it.
        cut = _lead_fact(full, cut=True)
        tries = [
            (led, True),
            (cut, True),
            (merged, merged is not short),
            (short, False),
            (stocked, True),
        ]
        for shorter, unmark in dict.fromkeys([*tries, (short, True)]):
            if shorter is not full and (single := _fitted(shorter, disclosure, fits, unmark)):
                return single
        # A greeting tells less of its story in one post rather than thread it: readers of
        # rounds 34-37 published none of the X greetings split into two posts (the writers
        # told one or two lines of the story). Its dates, years and figures all stay. Every
        # shorter story is tried with the headline's mark and a hashtag kept before any
        # is tried without them.
        told = list(_told_in_part(full)) if req.kind == "greeting" else []
        for light, plan in [(True, p) for p in told] + [(False, p) for p in told]:
            if (single := _fitted(plan, disclosure, fits, light=light)) is not None:
                return single
        # Round7's readers refused X posts over 280 (5 of 7 X drafts): every fact stays, in
        # a thread of up to five posts, the whole post (headline, hashtags) kept.
        spare = [one_numeral_system(full.closing)] if full.closing else []
        # A thread opens on the fact its name leads, not on "name: stock tail" and the name again.
        opening = merged if merged is not short else led
        if opening is full:
            # Nor on a headline cut from the first fact over that fact whole (round39: "नदिया
            # जिले में 22 और 23 अप्रैल को ... ऑरेंज अलर्ट" over "मौसम विभाग ने नदिया जिले में
            # ... अलर्ट जारी किया है।").
            opening = cut
        thread = _thread(one_numeral_system(render(opening, "x")), disclosure, fits, spare)
        if thread is not None and "🧵" in thread:
            # One post where it can still be one: readers of rounds 23-24 refused threads
            # "where one post would do" (7 of their 14 X drafts), so the audience leaves a
            # stock headline, then the list's lines their "•", before the facts are split.
            for shed in (_short_notice, _unmarked):
                plan = shed(plan)
                text = f"{one_numeral_system(render(plan, req.platform))}\n\n{disclosure}"
                if fits(text):
                    return text
        return thread or text
    return text


@dataclass(frozen=True)
class PosterWords:
    """What of a post goes on a poster: its headline as the title, its facts as the lines (no
    address, greeting, closing, hashtags or disclosure: the poster carries its own AI label),
    and its call to action for the button."""

    title: str
    lines: tuple[str, ...]
    cta: str | None


_POSTER_ICONS = frozenset("📅 ⏰ 📍 📞".split())


def poster_text(plan: Plan) -> PosterWords:
    """The poster's words from a post's plan, the facts word for word (the studio used to cut
    them out of the post's text, and a draft's first try at a poster failed: issue 15)."""
    title = plan.headline or (plan.greeting or "")
    # A date, hour, place or number laid out as a label keeps its emoji, drawn on the poster as
    # an icon (issue 15: "📅 10 जनवरी", "📍 मवई कलाँ के खेल मैदान में"); sentences go plain.
    # A poster's lines are labels: a sentence goes without the verb its reader supplies
    # ("मेले में पशुओं का निःशुल्क टीकाकरण"), which a post's list keeps (round25-26's readers
    # read such list lines as cut).
    lines = tuple(
        f"{f.emoji} {f.text}"
        if f.emoji in _POSTER_ICONS and not f.sentence
        else (_bullet_form(f.text) if f.sentence else None) or f.text
        for f in plan.facts
    )
    if not title and lines:
        title, lines = lines[0], lines[1:]
    return PosterWords(title, lines, plan.cta)


def _thread(
    body: str, disclosure: str, fits: Callable[[str], bool], spare: Sequence[str] = ()
) -> str | None:
    """``body`` as the fewest numbered posts that each fit, the disclosure closing the last;
    None when a single line is too long for a post."""
    # A post's lines, a paragraph at its sentences (a greeting's prose would fill a post), and
    # the disclosure with the last post, after a blank line.
    lines = [
        sentence
        for line in body.split("\n")
        if line.strip()
        for sentence in regex.split(r"(?<=।)\s+", line.strip())
    ] + [f"\n{disclosure}"]
    thread = _numbered(lines, fits)
    tags = [line for line in lines if line.startswith("#")]
    last = thread.rsplit("🧵", 1)[-1].split("\n")[1:] if thread is not None else []
    said = [line for line in last if line.strip() and line.strip() != disclosure]
    if thread is not None and said and all(line.startswith("#") for line in said):
        # A last post of hashtags and the disclosure alone (round8): the hashtags go instead.
        return _numbered([line for line in lines if line not in tags], fits) or thread
    if thread is not None and said and all(line.startswith("#") or line in spare for line in said):
        # A last post of a closing line and hashtags (round20: "the second tweet is only a
        # share line and hashtags"): they go, and the post is one when the rest fits in it.
        kept = [line for line in lines if line not in tags and line not in spare]
        single = "\n".join(kept)
        return single if fits(single) else _numbered(kept, fits) or thread
    return thread


def _numbered(lines: list[str], fits: Callable[[str], bool]) -> str | None:
    for total in range(2, 6):
        posts: list[list[str]] = [[]]
        for line in lines:
            trial = posts[-1] + [line]
            if posts[-1] and not fits(_post(len(posts), total, trial)):
                posts.append([line])
            else:
                posts[-1] = trial
        # Not a last post of the disclosure alone (or one line and it), nor of the call to
        # action and hashtags alone (round10: "2/2 carries only the CTA"): it takes lines from
        # the post before while both still fit.
        while len(posts) > 1 and len(posts[-2]) > 2 and (len(posts[-1]) < 3 or _no_fact(posts[-1])):
            moved = [posts[-2][-1], *posts[-1]]
            if not fits(_post(len(posts), total, moved)):
                break
            posts[-2], posts[-1] = posts[-2][:-1], moved
        texts = [_post(n, total, post) for n, post in enumerate(posts, start=1)]
        if len(texts) == total and all(fits(t) for t in texts):
            return "\n\n".join(texts)
        if len(texts) < total:
            return None  # it fitted in fewer posts than numbered: no thread is needed
    return None


def _no_fact(lines: list[str]) -> bool:
    """Is a thread post only its call to action, hashtags and the disclosure?"""
    return not any(line.strip() and not line.startswith(("#", "👉", "\n")) for line in lines)


def _post(number: int, total: int, lines: list[str]) -> str:
    return f"🧵 {number}/{total}\n" + "\n".join(lines)
