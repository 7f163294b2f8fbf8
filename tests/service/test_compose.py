"""The composer: posts laid out around the facts, word for word, for every kind, platform and
tone; the template fallback is the composer with a phrasebook headline."""

from __future__ import annotations

from dataclasses import replace

import pytest
import regex

from evaluation.checks import PlatformLimits, all_passed, measure, run_checks
from evaluation.fit import is_sentence, supported_claims
from prompts import KINDS, PLATFORMS, TONES
from prompts.phrasebook import get_phrasebook
from service.compose import (
    Plan,
    Request,
    _bullet_form,
    _fact_lines,
    _headline_form,
    _not_its_name,
    bold_figures,
    compose,
    fact_emoji,
    plan_post,
    poster_text,
    reshape,
    split_event,
    split_tiers,
)
from service.config import DEFAULT_DISCLOSURE, DEFAULT_DISCLOSURE_X
from service.plural import oblique_plural

FACTS = (
    "उज्ज्वला योजना में गरीब परिवारों की महिलाओं को मुफ़्त एलपीजी कनेक्शन मिलता है",
    "आवेदन 31 मार्च 2026 तक नज़दीकी गैस एजेंसी पर करें",
    "हेल्पलाइन 1906 पर जानकारी मिलेगी",
)
AUDIENCE = "ग्रामीण महिलाएँ"
CTA = "आज ही आवेदन करें"
LIMITS = PlatformLimits()


def _compose(req: Request, headline: str | None = None, variant: int = 0) -> str:
    return compose(
        req,
        headline=headline,
        disclosure=DEFAULT_DISCLOSURE,
        fits=lambda t: measure(t, req.platform)[0] <= LIMITS.limit(req.platform),
        variant=variant,
    )[0]


def _compose_x(req: Request) -> str:
    """The post as the service composes it for X: its own disclosure line, 280 as X counts."""
    fits = lambda t: measure(t, "x")[0] <= LIMITS.limit("x")  # noqa: E731
    return compose(req, headline=None, disclosure=DEFAULT_DISCLOSURE_X, fits=fits)[0]


def _checks(text: str, req: Request, disclosure: str = DEFAULT_DISCLOSURE) -> dict[str, object]:
    checks = run_checks(
        text,
        sources=req.sources,
        platform=req.platform,
        limits=LIMITS,
        tone=req.tone,
        disclosure=disclosure,
        facts=req.facts,
        kind=req.kind,
        call_to_action=req.call_to_action,
    )
    assert all_passed(checks), {k: v.issues for k, v in checks.items() if not v.passed}
    return dict(checks)


def plain(text: str) -> str:
    """The text as a reader sees it, without WhatsApp's bold marks."""
    return text.replace("*", "")


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("platform", PLATFORMS)
@pytest.mark.parametrize("tone", TONES)
def test_template_posts_state_every_fact_word_for_word_and_pass_every_check(
    kind: str, platform: str, tone: str
) -> None:
    req = Request(kind, platform, tone, FACTS, AUDIENCE, CTA)
    text = _compose(req)
    _checks(text, req)
    assert text.endswith(DEFAULT_DISCLOSURE)
    for fact in FACTS:
        assert fact in plain(text)
    assert f"👉 {CTA}।" in text


def test_a_whatsapp_post_has_a_bold_headline_emoji_lines_bold_figures_and_no_hashtags() -> None:
    req = Request("scheme", "whatsapp", "respectful", FACTS, AUDIENCE, CTA)
    text = _compose(req, headline="उज्ज्वला योजना: महिलाओं को मुफ़्त एलपीजी कनेक्शन")
    first = text.splitlines()[0]
    assert first.startswith("*उज्ज्वला योजना: महिलाओं को मुफ़्त एलपीजी कनेक्शन*")
    assert "📞 हेल्पलाइन *1906* पर जानकारी मिलेगी।" in text
    assert "📅 आवेदन *31 मार्च 2026* तक" in text
    assert "#" not in text
    # The audience is addressed, in the oblique plural, before the facts.
    assert text.index(oblique_plural(AUDIENCE) or "?") < text.index(FACTS[0])


def test_greeting_posts_greet_by_the_occasion_the_facts_name() -> None:
    facts = ("होली का त्योहार 14 मार्च को है", "रंग खेलते समय पानी बचाएँ")
    req = Request("greeting", "instagram", "celebratory", facts)
    text = _compose(req)
    assert regex.search(r"होली की .*शुभकामनाएँ", text)
    assert "#होली" in text
    _checks(text, req)


def test_a_line_that_claims_needs_a_fact_behind_it() -> None:
    camp = ("सामुदायिक भवन में 14 जनवरी को नेत्र जाँच शिविर लगेगा", "जाँच सुबह 9 बजे शुरू होगी")
    cut = ("वार्ड 7 में 15 जून को पानी की आपूर्ति बंद रहेगी", "पाइपलाइन की मरम्मत होगी")
    book = get_phrasebook()
    apologies = {line.text for line in book.closings if "खेद" in line.text or "क्षमा" in line.text}
    for variant in range(8):
        closing = plan_post(
            Request("event", "facebook", "respectful", camp), headline=None, variant=variant
        ).closing
        assert closing not in apologies
    # Nor for a supply cut: every blind review refused the composer's apologies as claims.
    closings = {
        plan_post(
            Request("local_issue", "facebook", "respectful", cut), headline=None, variant=v
        ).closing
        for v in range(len(book.closings))
    }
    assert not any(c and ("खेद" in c or "धैर्य" in c or "क्षमा" in c) for c in closings)


def test_x_posts_fit_280_and_keep_the_given_call_to_action() -> None:
    req = Request("scheme", "x", "urgent", FACTS, AUDIENCE, CTA)
    text = _compose(req)
    assert measure(text, "x")[0] <= 280
    assert CTA in text
    for fact in FACTS:
        assert fact in text


def test_variants_differ() -> None:
    req = Request("event", "facebook", "warm", FACTS, AUDIENCE, None)
    assert len({_compose(req, variant=i) for i in range(4)}) >= 3


@pytest.mark.parametrize(
    ("fact", "emoji"),
    [
        ("हेल्पलाइन 1906 पर जानकारी मिलेगी", "📞"),
        ("शिविर 14 जनवरी को लगेगा", "📅"),
        ("जाँच सुबह 9 बजे शुरू होगी", "⏰"),
        ("हर साल ₹6,000 मिलते हैं", "💰"),
        ("आधार कार्ड साथ लाएँ", "📝"),
        ("स्थान: पंचायत भवन", "📍"),
        # A count in lakhs is not money.
        ("इस दौर में ज़िले के 3.2 लाख बच्चों को पोलियो की खुराक दी गई", "🔹"),
        # What a line is about, where 🔹 said nothing (the writers' 💉, 👷, ⏳) ...
        ("पशु चिकित्सालयों में लम्पी का टीका निःशुल्क लगाया जा रहा है", "💉"),
        ("काम घर से 5 किलोमीटर से अधिक दूर मिले तो 10 प्रतिशत अतिरिक्त मज़दूरी मिलती है", "👷"),
        ("काम माँगने के 15 दिन के भीतर काम न मिलने पर भत्ता देने का प्रावधान है", "⏳"),
        # ... a penalty before the age it names ...
        ("नाबालिग के वाहन चलाते पकड़े जाने पर वाहन का पंजीकरण रद्द किया जाएगा", "⚠️"),
        # ... but not a village called after a buffalo, a one-stop centre, a line that lists
        # several subjects, or a line about violence.
        ("भैंसौरा गाँव के पास गन्ने के खेतों में तेंदुआ देखा गया है", "🔹"),
        ("राजस्व, बिजली, पेंशन और राशन से जुड़ी शिकायतें सुनी जाएँगी", "🔹"),
        ("सखी वन स्टॉप सेंटर हिंसा से पीड़ित महिलाओं की मदद करता है", "🔹"),
        # Round9 (dev): a "do not" is a warning, an income limit a condition, coins and
        # cards a way to pay, "भू-आधार" a land number (not papers), prizes a prize.
        ("नहर की पटरी पर मरम्मत के दौरान मवेशी न ले जाएँ", "⚠️"),
        ("माता-पिता की सालाना आय ₹2.5 लाख से अधिक नहीं होनी चाहिए", "📋"),
        ("यह आय कम से कम 4 कृषि मौसमों में गिनी जाती है", "🌾"),
        ("पानी लेने के लिए सिक्के या ग्राम पंचायत से मिले स्मार्ट कार्ड डालें", "💰"),
        # Round11 (dev): a ratio is no time, a loudspeaker "बजेगा" no hour, a "कॉलोनी" no
        # loan, "आवागमन करें" or "प्रदर्शन करेंगे" no "do not", a list that names loans no money.
        ("योजना का खर्च केंद्र और राज्य 60:40 के अनुपात में उठाते हैं", "🔹"),
        ("परीक्षा केंद्रों के 200 मीटर के दायरे में लाउडस्पीकर नहीं बजेगा", "🔹"),
        ("कुंड गांधी घाट, पुराना पुल, रेलवे कॉलोनी और कचहरी चौक के पास हैं", "🔹"),
        ("पैदल यात्री और दोपहिया वाहन रेवा घाट पुल से होकर आवागमन करें", "🔹"),
        ("कम उत्पादकता, कम फसल सघनता और कम ऋण वितरण वाले ज़िले चुने गए हैं", "🔹"),
        ("ओपीडी सुबह 9:30 बजे खुलेगी", "⏰"),
        ("इसे ज़मीन का भू-आधार भी कहा जाता है", "🔹"),
        ("विजेता पशुपालकों को पुरस्कार दिए जाएँगे", "🏆"),
    ],
)
def test_each_fact_line_gets_the_emoji_of_what_it_gives(fact: str, emoji: str) -> None:
    assert fact_emoji(fact) == emoji


def test_sentences_and_phrases_are_told_apart() -> None:
    assert is_sentence("शिविर 14 जनवरी को लगेगा")
    assert is_sentence("आधार कार्ड साथ लाएँ")
    assert not is_sentence("14 जून को हल्द्वानी में रक्तदान शिविर")
    assert not is_sentence("स्थान: पंचायत भवन")


def test_key_figures_are_bold_on_whatsapp() -> None:
    assert bold_figures("14 जनवरी को ₹2,000 की किस्त") == "*14 जनवरी* को *₹2,000* की किस्त"
    # Quantities with their units, as the writers bolded them.
    assert bold_figures("हर महीने 5 किलो अनाज") == "हर महीने *5 किलो* अनाज"
    assert bold_figures("50% से 90% तक सस्ती") == "*50% से 90%* तक सस्ती"
    assert bold_figures("18 से 40 वर्ष के किसान") == "*18 से 40 वर्ष* के किसान"


def _closings(req: Request) -> set[str | None]:
    return {plan_post(req, headline=None, variant=v).closing for v in range(12)}


def test_a_line_for_a_kind_of_day_closes_only_such_a_day() -> None:
    # Seen by the blind review: "जय हिंद!" on a Holi greeting, harmony on Hindi Diwas.
    holi = _closings(Request("greeting", "facebook", "respectful", ("होली का त्योहार है",)))
    diwas = _closings(Request("greeting", "facebook", "respectful", ("14 सितंबर को हिंदी दिवस है",)))
    republic = _closings(
        Request("greeting", "facebook", "respectful", ("26 जनवरी को गणतंत्र दिवस है",))
    )
    festive = "आप सभी के जीवन में सुख, शांति और समृद्धि बनी रहे।"
    assert festive in holi and "जय हिंद! 🇮🇳" not in holi
    assert festive not in diwas and "जय हिंद! 🇮🇳" not in diwas
    assert "जय हिंद! 🇮🇳" in republic and festive not in republic
    # Refused on Raksha Bandhan, Basant Panchami and Navratri alike: gone from every day.
    assert not any(
        "आपसी भाईचारा" in (c or "") or "इस दिन के संदेश" in (c or "") for c in holi | diwas | republic
    )


def test_congratulations_only_on_what_the_facts_call_an_achievement() -> None:
    done = ("इस दौर में ज़िले के 3.2 लाख बच्चों को पोलियो की खुराक दी गई",)
    won = ("ज़िले को पोलियो अभियान के लिए राज्य स्तर पर प्रथम पुरस्कार मिला",)
    for facts, congratulates in ((done, False), (won, True)):
        req = Request("appeal", "facebook", "celebratory", facts)
        said = " ".join(
            f"{plan.headline} {plan.closing}"
            for plan in (plan_post(req, headline=None, variant=v) for v in range(12))
        )
        assert ("बधाई" in said) is congratulates, said
        _checks(_compose(req), req)


def test_the_call_to_action_keeps_the_words_that_say_more() -> None:
    # The fact "फ़ॉर्म बैंक शाखा में जमा करें" once stood in for the request's call to action
    # and lost its "जल्द".
    facts = ("लाभार्थी KCC फ़ॉर्म pmkisan.gov.in से ले सकते हैं", "फ़ॉर्म बैंक शाखा में जमा करें")
    cta = "KCC फ़ॉर्म जल्द बैंक शाखा में जमा करें"
    text = _compose(Request("scheme", "whatsapp", "urgent", facts, None, cta))
    assert f"👉 {cta}।" in text and "\n🔹 फ़ॉर्म बैंक शाखा में जमा करें" not in text
    # A fact that says more (a date) stays a fact; the call to action is the one given
    # (round11's readers refused "👉 ... 5 ग्राम से कम नमक खाना चाहिए" for "आज से खाने में
    # नमक थोड़ा कम करें").
    facts = ("फ़ॉर्म 15 मार्च तक बैंक शाखा में जमा करें",)
    text = _compose(Request("scheme", "whatsapp", "urgent", facts, None, "फ़ॉर्म जमा करें"))
    assert "👉 फ़ॉर्म जमा करें।" in text and "फ़ॉर्म *15 मार्च* तक बैंक शाखा में जमा करें।" in text
    salt = (
        "विश्व स्वास्थ्य संगठन के अनुसार एक वयस्क को दिन भर में 5 ग्राम से कम नमक खाना चाहिए",
        "ज़्यादा नमक से उच्च रक्तचाप का खतरा बढ़ता है",
    )
    cta = "आज से खाने में नमक थोड़ा कम करें"
    text = _compose(Request("appeal", "instagram", "warm", salt, None, cta))
    # An appeal's ask heads it and ends it, as given; the fact that says more stays a fact.
    assert text.startswith(cta) and f"👉 {cta}।" in text and salt[0] in text


def test_a_greeting_says_its_occasion_once() -> None:
    facts = ("होली का त्योहार है", "बिना मर्ज़ी के किसी पर रंग न डालें")
    req = Request("greeting", "x", "celebratory", facts, None, facts[1])
    text = _compose(req)
    assert text.startswith("होली की हार्दिक शुभकामनाएँ!") and "त्योहार है" not in text
    _checks(text, req)


def test_hashtags_never_join_two_facts_and_name_a_topic_the_facts_are_about() -> None:
    facts = (
        "पीएम-किसान 24 फ़रवरी 2019 को शुरू हुई",
        "₹2,000 की किस्त, साल में तीन बार",
        "योजना का पूरा ख़र्च केंद्र सरकार उठाती है",
    )
    assert plan_post(Request("scheme", "x", "respectful", facts), headline=None).hashtags == (
        "#पीएम_किसान",
    )
    # "अस्पताल रोड" once made a road repair a health post.
    road = ("गोविंदगंज में अस्पताल रोड के सभी 35 गड्ढे भर दिए गए",)
    tags = plan_post(Request("local_issue", "x", "respectful", road), headline=None).hashtags
    assert "#स्वास्थ्य" not in tags
    # "किसी अन्य योजना" names no scheme (round40: "#अन्य_योजना").
    pension = (
        "पश्चिम बंगाल सरकार की जय जोहार (वृद्धावस्था पेंशन) योजना 1 अप्रैल 2020 से लागू है।",
        "जिन्हें किसी अन्य योजना या संस्था से पेंशन मिल रही है, वे इसके पात्र नहीं हैं।",
    )
    tags = plan_post(Request("scheme", "instagram", "warm", pension), headline=None).hashtags
    assert tags and not any("अन्य" in t for t in tags), tags
    # Nor a festival's tag on a scheme that pays on its day (round41: "#अक्षय_तृतीया").
    paid = (
        "ओडिशा सरकार की सीएम-किसान योजना में छोटे और सीमांत किसानों को हर साल ₹4,000 दो किस्तों में "
        "दिए जाते हैं।",
        "ये किस्तें अक्षय तृतीया और नुआखाई के अवसर पर सीधे बैंक खाते में भेजी जाती हैं।",
    )
    tags = plan_post(Request("scheme", "facebook", "respectful", paid), headline=None).hashtags
    assert tags and not any("तृतीया" in t or "नुआखाई" in t for t in tags), tags


def test_round41s_greetings_name_their_day_gladly_and_mark_no_two_lines_alike() -> None:
    # "आप सभी को हार्दिक शुभकामनाएँ!" over the day a fact names as celebrated.
    kaveri = Request(
        "greeting",
        "whatsapp",
        "celebratory",
        (
            "तुला संक्रमण के दिन तलकावेरी के ब्रह्मकुंडिका में पवित्र तीर्थोद्भव होता है, जिसे कावेरी "
            "संक्रमण के रूप में मनाया जाता है।",
            "कोडवा समुदाय इस दिन कावेरी माता की विशेष पूजा करता है।",
        ),
        "कोडगु जिले के निवासी और श्रद्धालु",
    )
    assert plan_post(kaveri, headline=None).headline.startswith("कावेरी संक्रमण की हार्दिक")
    # A festival on a glad post is wished with 🎉, not only 🙏 ("flat for a celebratory post").
    reh = Request(
        "greeting",
        "instagram",
        "celebratory",
        (
            "रेह इदु मिश्मी जनजाति का प्रमुख त्योहार है, जो हर साल 1 फरवरी को मनाया जाता है।",
            "यह त्योहार परिवार और समुदाय की समृद्धि और खुशहाली की कामना के लिए मनाया जाता है।",
            "त्योहार के अनुष्ठान इदु मिश्मी समाज के पुजारी 'इगु' संपन्न कराते हैं।",
        ),
        "निचली दिबांग घाटी जिले के निवासी",
    )
    plan = plan_post(reh, headline=None)
    assert plan.headline_emoji == "🎉", plan
    marks = [f.emoji for f in plan.facts]
    assert marks.count("🔹") <= 1 and len(set(marks)) == len(marks), marks
    _checks(_compose(reh), reh)
    # A holy day keeps its bow.
    assert plan_post(kaveri, headline=None).headline_emoji == "🙏"


def test_a_warm_or_respectful_appeal_leads_with_its_ask_not_its_background() -> None:
    # Round42's readers: "the headline is just the first fact" on four appeals.
    river = Request(
        "appeal",
        "facebook",
        "warm",
        (
            "वाह उमखराह नदी शिलांग शहर के बीच से होकर बहती है।",
            "नदी में फेंका गया प्लास्टिक बरसात में नालों को जाम कर देता है।",
        ),
        "शिलांग के निवासी",
        "नदी में कचरा न फेंकें और 7 अगस्त 2027 के सफ़ाई अभियान में परिवार सहित शामिल हों।",
    )
    assert plan_post(river, headline=None).headline == "नदी में कचरा न फेंकें"
    _checks(_compose(river), river)
    # Not an urgent one, whose news is the alert; not on X, where the ask would thread it.
    for other in (replace(river, tone="urgent"), replace(river, platform="x")):
        assert plan_post(other, headline=None).headline != "नदी में कचरा न फेंकें", other


def test_a_warm_appeal_no_pyare_calls_asks_with_affection_not_formally() -> None:
    # Round45's readers: "'विनम्र अनुरोध' is formal rather than warm"; the writers asked "... से
    # स्नेह भरी अपील".
    school = Request(
        "appeal",
        "facebook",
        "warm",
        (
            "राष्ट्रीय शिक्षा नीति 2020 के अनुसार कक्षा 1 में प्रवेश की उम्र 6 वर्ष है",
            "सरकारी स्कूलों में पढ़ाई, पाठ्यपुस्तकें और मध्याह्न भोजन मुफ़्त है",
        ),
        "नन्हे बच्चों के माता-पिता",
        "6 वर्ष पूरे होने पर अपने बच्चे का नाम नज़दीकी सरकारी स्कूल की कक्षा 1 में लिखवाएँ",
    )
    assert plan_post(school, headline=None).address == "नन्हे बच्चों के माता-पिता से स्नेह भरी अपील:"
    _checks(_compose(school), school)
    respectful = plan_post(replace(school, tone="respectful"), headline=None).address
    assert respectful == "नन्हे बच्चों के माता-पिता से विनम्र अनुरोध:"


def test_round42s_greetings_name_the_festival_and_the_life_they_are_about() -> None:
    # "आप सभी को हार्दिक शुभकामनाएँ!" over a carnival and a saint's birth a fact names.
    carnival = Request(
        "greeting",
        "instagram",
        "celebratory",
        (
            "गोवा कार्निवल 2027 का आयोजन 6 से 9 फ़रवरी 2027 तक होगा।",
            "कार्निवल की शुरुआत किंग मोमो के आगमन और उनके फ़रमान से होती है।",
        ),
        "उत्तर गोवा जिले के निवासी और पर्यटक",
    )
    assert plan_post(carnival, headline=None).headline == "गोवा कार्निवल की हार्दिक शुभकामनाएँ!"
    sankardev = Request(
        "greeting",
        "instagram",
        "celebratory",
        (
            "महापुरुष श्रीमंत शंकरदेव का जन्म 1449 में नगाँव जिले के आलिपुखुरी में हुआ था।",
            "उन्होंने एकशरण नाम धर्म का प्रचार किया।",
        ),
        "नगाँव जिले के निवासी और भक्तजन",
    )
    plan = plan_post(sankardev, headline=None)
    assert plan.headline == "महापुरुष श्रीमंत शंकरदेव को शत-शत नमन", plan.headline
    # Not "जय हिंद!" on a saint's birth for want of a glad line.
    assert "जय हिंद" not in (plan.closing or ""), plan.closing
    _checks(_compose(sankardev), sankardev)
    # A jayanti's bow names the whole life a fact gives ("कनक को शत-शत नमन!" read abrupt).
    kanaka = Request(
        "greeting",
        "whatsapp",
        "celebratory",
        (
            "संत कवि कनकदास का जन्म 1509 में हावेरी जिले के बाड़ा गाँव में हुआ था।",
            "कर्नाटक में कनक जयंती पर राजकीय अवकाश रहता है।",
        ),
        "हावेरी जिले के नागरिक",
    )
    assert plan_post(kanaka, headline=None).closing == "संत कवि कनकदास को शत-शत नमन! 🙏"


def test_round42s_cut_names_and_figures_are_said_whole() -> None:
    # "शुल्क कोचिंग योजना" (fidelity 0: a paid scheme) for "नि:शुल्क कोचिंग योजना".
    coaching = Request(
        "scheme",
        "instagram",
        "warm",
        (
            "अनुसूचित जाति और अन्य पिछड़ा वर्ग के विद्यार्थियों के लिए नि:शुल्क कोचिंग योजना में हर वर्ष "
            "3,500 विद्यार्थियों का चयन होता है।",
            "चयनित विद्यार्थी को ₹4,000 प्रति माह वज़ीफ़ा मिलता है।",
        ),
        "गंजाम जिले के युवा प्रतियोगी",
    )
    plan = plan_post(coaching, headline=None)
    assert "नि:शुल्क कोचिंग योजना" in plan.headline, plan.headline
    assert "#निःशुल्क_कोचिंग_योजना" in plan.hashtags, plan.hashtags
    assert not any(t.startswith("#शुल्क") for t in plan.hashtags), plan.hashtags
    # "घंटे जलापूर्ति बंद" without its 48.
    water = Request(
        "local_issue",
        "whatsapp",
        "respectful",
        (
            "पाइपलाइन की मरम्मत के कारण 9 मार्च 2027 सुबह 10 बजे से 11 मार्च 2027 सुबह 10 बजे तक 48 "
            "घंटे जलापूर्ति बंद रहेगी।",
            "12 मार्च 2027 से जलापूर्ति सामान्य समय पर शुरू होगी।",
        ),
        "अजमेर शहर के जल उपभोक्ता",
        "पानी का पहले से भंडारण कर लें।",
    )
    headline = plan_post(water, headline=None).headline
    assert headline.startswith("48 घंटे जलापूर्ति बंद"), headline
    _checks(_compose(water), water)
    # "मौत की पुष्टि" without whose death, or of what.
    swine = Request(
        "appeal",
        "whatsapp",
        "urgent",
        (
            "जिले के 4 गाँवों में अफ़्रीकी स्वाइन फ़ीवर (एएसएफ) से सूअरों की मौत की पुष्टि हुई है।",
            "एएसएफ इंसानों में नहीं फैलता।",
        ),
        "चम्फाई जिले के सूअर पालक किसान",
        "सूअर की अचानक मौत की सूचना तुरंत पशु चिकित्सा अधिकारी को दें।",
    )
    headline = plan_post(swine, headline=None).headline
    assert headline == "अफ़्रीकी स्वाइन फ़ीवर (एएसएफ) से सूअरों की मौत की पुष्टि", headline
    # "भेजने वाले एजेंट का ..." cut from what they send people for.
    agents = Request(
        "appeal",
        "facebook",
        "urgent",
        (
            "विदेश में नौकरी या पढ़ाई के लिए भेजने वाले एजेंट का जिला प्रशासन में पंजीकृत होना अनिवार्य है।",
            "इस वर्ष जिले में अवैध एजेंटों के विरुद्ध 27 मामले दर्ज किए गए हैं।",
        ),
        "जालंधर जिले के युवा",
        "किसी भी एजेंट को पैसा देने से पहले उसका पंजीकरण ज़रूर जाँचें और अवैध एजेंट की सूचना तुरंत पुलिस को दें।",
    )
    headline = plan_post(agents, headline=None).headline
    assert not headline.startswith("भेजने वाले"), headline


def test_a_fresh_reads_flood_lake_and_fair_are_headed_and_addressed_as_the_writers_would() -> None:
    # A flood alert went under its audience ("... गाँवों के निवासियों के लिए ज़रूरी सूचना"): the
    # river above its danger mark is the news.
    flood = Request(
        "local_issue",
        "whatsapp",
        "urgent",
        (
            "महानंदा नदी का जलस्तर झौआ में खतरे के निशान से 60 सेंटीमीटर ऊपर बह रहा है।",
            "अगले 48 घंटों में जलस्तर और बढ़ने की आशंका है।",
            "बाढ़ नियंत्रण कक्ष का नंबर 06452-239513 है।",
        ),
        "कटिहार जिले के नदी किनारे बसे गाँवों के निवासी",
        "निचले इलाकों के लोग तुरंत ऊँचे स्थानों या राहत शिविरों में चले जाएँ।",
    )
    headline = plan_post(flood, headline=None).headline
    assert headline == "महानंदा नदी झौआ में खतरे के निशान से 60 सेंटीमीटर ऊपर", headline
    assert all_passed(_checks(_compose(flood), flood))
    # A lake appeal was headed "झील में प्लास्टिक की बोतलें" (its ask cut before its "न
    # फेंकें"), called "प्रिय नैनीताल आने वाले पर्यटको," and tagged by its water alone.
    lake = Request(
        "appeal",
        "instagram",
        "warm",
        (
            "नैनी झील नैनीताल शहर के पेयजल का मुख्य स्रोत है।",
            "झील की सफाई पर नगर पालिका हर साल ₹2 करोड़ खर्च करती है।",
            "मॉल रोड पर 40 कूड़ेदान लगाए गए हैं।",
        ),
        "नैनीताल आने वाले पर्यटक",
        "झील में प्लास्टिक की बोतलें और खाने के रैपर न फेंकें।",
    )
    plan = plan_post(lake, headline=None)
    assert "बोतलें" not in plan.headline, plan.headline
    assert plan.address == "नैनीताल आने वाले प्रिय पर्यटको,", plan.address
    assert "#नैनीताल" in plan.hashtags, plan.hashtags
    assert all_passed(_checks(_compose(lake), lake))
    # A fair headed "विजयनगर में हंपी उत्सव" said its district again: "📍 विजयनगर जिला".
    hampi = Request(
        "event",
        "instagram",
        "celebratory",
        (
            "विजयनगर जिले में हंपी उत्सव 2 फरवरी से 4 फरवरी 2027 तक मनाया जाएगा।",
            "उत्सव में शास्त्रीय नृत्य, संगीत और लोक कला के कार्यक्रम होंगे।",
        ),
        "विजयनगर जिले के निवासी और पर्यटक",
        "परिवार के साथ हंपी उत्सव में ज़रूर आएँ।",
    )
    plan = plan_post(hampi, headline=None)
    assert plan.headline == "विजयनगर में हंपी उत्सव", plan.headline
    assert not any(line.emoji == "📍" for line in plan.facts), plan.facts


def test_round43s_fairs_are_wished_by_their_day_and_festivals_are_not_sports_meets() -> None:
    def greeting(facts: tuple[str, ...], audience: str) -> str:
        req = Request("greeting", "whatsapp", "celebratory", facts, audience)
        return plan_post(req, headline=None).headline

    # "भव्य मेले की हार्दिक शुभकामनाएँ!" (a fair's kind, not its name) over a jayanti.
    ramdev = (
        "लोकदेवता बाबा रामदेव की जयंती भाद्रपद शुक्ल द्वितीया को मनाई जाती है।",
        "भाद्रपद मास में रामदेवरा में भव्य मेला भरता है, जिसमें दूर-दूर से पैदल यात्री पहुँचते हैं।",
    )
    assert greeting(ramdev, "जैसलमेर जिले के नागरिक").startswith("बाबा रामदेव जयंती की")
    # "आप सभी को हार्दिक शुभकामनाएँ!" over a fair named after its place.
    nanda = ("अल्मोड़ा में नंदा देवी मेला भाद्रपद शुक्ल अष्टमी को मनाया जाता है।",)
    assert greeting(nanda, "अल्मोड़ा जिले के नागरिक").startswith("नंदा देवी मेले की")
    # "महामेला की हार्दिक शुभकामनाएँ!": the day the fair is of.
    ambaji = ("बनासकांठा जिले के अंबाजी में भादरवी पूनम का महामेला भाद्रपद पूर्णिमा पर भरता है।",)
    assert greeting(ambaji, "बनासकांठा जिले के नागरिक").startswith("भादरवी पूनम की")
    # A festival whose games a later fact tells of: no 🏅, "#खेल" or "युवा शक्ति".
    chikhal = Request(
        "event",
        "facebook",
        "warm",
        (
            "उत्तर गोवा के माशेल गाँव में पारंपरिक चिखल कालो उत्सव 26 जुलाई 2026 को मनाया जाएगा।",
            "इस उत्सव में युवा कीचड़ में पारंपरिक खेल खेलते हैं।",
            "उत्सव का कार्यक्रम सुबह 10 बजे से दोपहर 2 बजे तक चलेगा।",
        ),
        "उत्तर गोवा के नागरिक और पर्यटक",
    )
    plan = plan_post(chikhal, headline=None)
    assert plan.headline_emoji != "🏅" and "#खेल" not in plan.hashtags, plan
    assert "युवा" not in (plan.closing or ""), plan.closing
    # Nor ", गुजरात" after the dates of a fair the facts put in a district, nor a festival of
    # stalls ("#स्टॉल_फेस्टिवल"), nor 🌊 on a height above the sea.
    saputara = Request(
        "event",
        "instagram",
        "celebratory",
        (
            "गुजरात पर्यटन का सापुतारा मानसून फेस्टिवल 2026 डांग जिले के सापुतारा में 1 अगस्त से 31 "
            "अगस्त 2026 तक आयोजित होगा।",
            "डांगी नृत्य और नागली से बने व्यंजनों के स्टॉल फेस्टिवल के मुख्य आकर्षण होंगे।",
            "सापुतारा गुजरात का एकमात्र हिल स्टेशन है और समुद्र तल से लगभग 1,000 मीटर की ऊँचाई पर है।",
        ),
        "गुजरात के पर्यटक",
    )
    plan = plan_post(saputara, headline=None)
    assert not plan.headline.endswith("गुजरात"), plan.headline
    assert "#स्टॉल_फेस्टिवल" not in plan.hashtags, plan.hashtags
    assert fact_emoji(saputara.facts[2]) != "🌊"
    # A park that opens is no gathering: "ख़ास जानकारी", and no "भागीदारी का इंतज़ार".
    valley = Request(
        "event",
        "facebook",
        "warm",
        (
            "चमोली जिले में स्थित फूलों की घाटी राष्ट्रीय उद्यान 1 जून 2026 से पर्यटकों के लिए खुलेगा।",
            "घाटी के अंदर रात में रुकने की अनुमति नहीं है।",
        ),
        "चमोली जिले आने वाले पर्यटक और ट्रेकर",
    )
    plan = plan_post(valley, headline=None)
    assert "आयोजन" not in plan.headline and "भागीदारी" not in (plan.closing or ""), plan


def test_round43s_notices_say_what_stops_where_and_schemes_what_they_pay() -> None:
    # "यातायात बंद" said all traffic stopped; only the service lane was.
    lane = Request(
        "local_issue",
        "whatsapp",
        "urgent",
        (
            "गुरुग्राम में 9 अगस्त 2026 को सुबह 6 बजे तक 112 मिलीमीटर बारिश दर्ज की गई।",
            "राष्ट्रीय राजमार्ग 48 पर नरसिंहपुर के पास सर्विस लेन में लगभग 2 फुट पानी भरा है, इसलिए "
            "सर्विस लेन पर यातायात बंद है।",
        ),
        "गुरुग्राम के वाहन चालक",
        "जलभराव खत्म होने तक नरसिंहपुर की सर्विस लेन से बचें।",
    )
    assert plan_post(lane, headline=None).headline == "सर्विस लेन पर यातायात बंद"
    # "समय की जलापूर्ति बंद" cut from "सुबह और शाम दोनों समय की जलापूर्ति".
    water = Request(
        "local_issue",
        "facebook",
        "respectful",
        (
            "इस कारण 18 दिसंबर 2026 को सुबह और शाम दोनों समय की जलापूर्ति बंद रहेगी।",
            "19 दिसंबर 2026 की सुबह से जलापूर्ति सामान्य रूप से शुरू होगी।",
        ),
        "रायपुर नगर निगम क्षेत्र के नागरिक",
    )
    assert not plan_post(water, headline=None).headline.startswith("समय की")
    # "प्रति माह ₹4,000, से ₹6,000 तक": a list's comma in the range.
    stipend = Request(
        "scheme",
        "x",
        "warm",
        (
            "बिहार सरकार की मुख्यमंत्री प्रतिज्ञा योजना में 18 से 28 वर्ष के युवाओं को 3 से 12 महीने की "
            "इंटर्नशिप के दौरान हर महीने सहायता राशि दी जाती है।",
            "12वीं पास युवाओं को ₹4,000, आईटीआई या डिप्लोमा धारकों को ₹5,000 और स्नातक या स्नातकोत्तर "
            "युवाओं को ₹6,000 प्रति माह मिलते हैं।",
        ),
        "गया जिले के 18 से 28 वर्ष के युवा",
        "पात्र युवा प्रतिज्ञा योजना में इंटर्नशिप के लिए पंजीकरण करें।",
    )
    assert "₹4,000 से ₹6,000" in plan_post(stipend, headline=None).headline
    # Who else may apply, though a parent is in jail, is no warning.
    assert (
        fact_emoji(
            "जिनके माता-पिता या परिवार का मुखिया जेल में है, या जो बाल श्रम से मुक्त कराए गए हैं, वे भी पात्र हैं।"
        )
        != "⚠️"
    )
    # A dam's release that closes a bridge is no lesson in road safety.
    flood = Request(
        "appeal",
        "x",
        "urgent",
        (
            "खडकवासला बाँध से 24 जुलाई 2026 को मुठा नदी में 25,000 क्यूसेक पानी छोड़ा जा रहा है।",
            "बाबा भिडे पुल को यातायात के लिए बंद कर दिया गया है।",
            "नदी पात्र की सड़क और पार्किंग में खड़े वाहनों के बह जाने का ख़तरा है।",
        ),
        "पुणे शहर के नागरिक",
        "नदी पात्र में खड़े अपने वाहन तुरंत हटाएँ।",
    )
    assert "#सड़क_सुरक्षा" not in plan_post(flood, headline=None).hashtags
    # An urgent appeal is headed by a don't of up to ten words, not "... के लिए ज़रूरी सूचना".
    scorpion = Request(
        "appeal",
        "whatsapp",
        "urgent",
        ("बिच्छू के डंक से हर साल जिले में कई लोगों की जान जाती है।",),
        "रायगढ़ जिले के ग्रामीण, खासकर किसान और अभिभावक",
        "बिच्छू के डंक पर झाड़-फूंक में समय न गंवाएं, पीड़ित को तुरंत नजदीकी सरकारी अस्पताल ले जाएं।",
    )
    headline = plan_post(scorpion, headline=None).headline
    assert headline == "सावधान! बिच्छू के डंक पर झाड़-फूंक में समय न गंवाएं", headline


def test_round44s_cut_names_headlines_and_bows_are_said_whole() -> None:
    # "किराए यात्रा" (free bus travel, its "बिना" cut off) and "'आयुष्मान भारत" (a name cut
    # inside its quotes) headed two schemes.
    bus = Request(
        "scheme",
        "instagram",
        "warm",
        (
            "आंध्र प्रदेश सरकार की 'स्त्री शक्ति' योजना 15 अगस्त 2025 से पूरे राज्य में लागू है।",
            "आंध्र प्रदेश की सभी बालिकाएँ और महिलाएँ वैध पहचान पत्र दिखाकर APSRTC की बसों में बिना किराए "
            "यात्रा कर सकती हैं।",
        ),
        "विशाखापत्तनम जिले की महिलाएँ",
    )
    plan = plan_post(bus, headline=None)
    assert "किराए यात्रा" not in plan.headline, plan.headline
    assert "#किराए_यात्रा" not in plan.hashtags, plan.hashtags
    arogya = Request(
        "scheme",
        "facebook",
        "respectful",
        (
            "'आयुष्मान भारत–आरोग्य कर्नाटक' योजना केंद्र की आयुष्मान भारत और राज्य की आरोग्य कर्नाटक "
            "योजना को मिलाकर चलाई जाती है।",
            "पात्र परिवारों को प्रति परिवार प्रति वर्ष ₹5 लाख तक का इलाज मिलता है।",
        ),
        "मैसूरु जिले के परिवार",
    )
    headline = plan_post(arogya, headline=None).headline
    assert not headline.startswith("'") and "आरोग्य कर्नाटक योजना:" not in headline, headline
    # "बना गहरा दबाव ..." cut from "बंगाल की खाड़ी में बना गहरा दबाव ...".
    cyclone = Request(
        "local_issue",
        "facebook",
        "urgent",
        (
            "भारत मौसम विज्ञान विभाग के अनुसार बंगाल की खाड़ी में बना गहरा दबाव अगले 24 घंटों में "
            "चक्रवाती तूफ़ान में बदल सकता है।",
            "मछुआरों को 2 दिसंबर 2026 से 5 दिसंबर 2026 तक समुद्र में न जाने का निर्देश दिया गया है।",
        ),
        "कराईकल जिले के मछुआरे और तटीय गाँवों के निवासी",
    )
    headline = plan_post(cyclone, headline=None).headline
    assert not headline.startswith("बना"), headline
    assert "मछुआरों और तटीय गाँवों के निवासियों" in headline, headline
    # A jayanti bows to the one born, not to "देश के वीर सैनिकों" she fought.
    obavva = Request(
        "greeting",
        "whatsapp",
        "respectful",
        (
            "कर्नाटक सरकार हर वर्ष 11 नवंबर को ओनके ओबव्वा जयंती मनाती है।",
            "हैदर अली के सैनिक किले में घुसने लगे, तब ओबव्वा ने मूसल से अकेले उनका सामना किया।",
        ),
        "चित्रदुर्ग जिले के नागरिक",
    )
    headline = plan_post(obavva, headline=None).headline
    assert headline == "ओनके ओबव्वा को उनकी जयंती पर शत-शत नमन", headline
    # A venue named after a festival is no tag: "#सांस्कृतिक_कार्यक्रम_करावली_उत्सव".
    karavali = Request(
        "event",
        "x",
        "celebratory",
        (
            "करावली उत्सव 2026 का आयोजन 20 से 27 दिसंबर 2026 तक मंगलूरु में होगा।",
            "मुख्य सांस्कृतिक कार्यक्रम करावली उत्सव मैदान, मंगलूरु में होंगे।",
        ),
        "मंगलूरु के नागरिक",
    )
    tags = plan_post(karavali, headline=None).hashtags
    assert not any("सांस्कृतिक_कार्यक्रम" in t for t in tags), tags
    # Sculptors at work are no worship, and a meeting of arts no river.
    assert fact_emoji("कुमोरटुली के मूर्तिकार दुर्गा पूजा के लिए मिट्टी की प्रतिमाएँ गढ़ते हैं।") == "🎨"
    assert fact_emoji("दुर्गा पूजा में कला, शिल्प और संगीत का अनूठा संगम दिखाई देता है।") != "🌊"


def test_round45s_headlines_keep_which_days_which_day_and_whose_event() -> None:
    # "वाहनों का आवागमन बंद: 3 से 24 नवंबर तक" read as three weeks shut; it shuts on Tuesdays.
    tunnel = Request(
        "local_issue",
        "facebook",
        "respectful",
        (
            "अटल टनल, रोहतांग में रखरखाव कार्य के कारण 3 नवंबर 2026 से 24 नवंबर 2026 तक हर मंगलवार "
            "सुबह 9 बजे से दोपहर 12 बजे तक वाहनों का आवागमन बंद रहेगा।",
            "बंद के समय में भी एम्बुलेंस और सेना के वाहनों को गुजरने दिया जाएगा।",
        ),
        "कुल्लू और लाहौल-स्पीति जिले के वाहन चालक",
    )
    headline = plan_post(tunnel, headline=None).headline
    assert headline.endswith("हर मंगलवार"), headline
    # "भाषा दिवस की हार्दिक शुभकामनाएँ!" without its language.
    narmad = Request(
        "greeting",
        "instagram",
        "celebratory",
        (
            "कवि वीर नर्मद (नर्मदाशंकर दवे) का जन्म 24 अगस्त 1833 को सूरत में हुआ था।",
            "नर्मद की जन्मतिथि 24 अगस्त को गुजराती भाषा दिवस के रूप में मनाया जाता है।",
        ),
        "सूरत जिले के नागरिक और विद्यार्थी",
    )
    assert plan_post(narmad, headline=None).headline.startswith("गुजराती भाषा दिवस की")
    # "की तैयारी के तहत ..." cut from its owner by a year.
    training = Request(
        "event",
        "facebook",
        "respectful",
        (
            "गोदावरी पुष्करालु 2027 की तैयारी के तहत स्वयंसेवकों का तीन दिवसीय प्रशिक्षण 21 जनवरी 2027 से "
            "23 जनवरी 2027 तक राजमहेंद्रवरम में होगा।",
            "प्रशिक्षण रोज़ सुबह 10 बजे से दोपहर 1 बजे तक चलेगा।",
        ),
        "पूर्वी गोदावरी जिले के स्वयंसेवी युवा",
    )
    assert not plan_post(training, headline=None).headline.startswith("की ")
    # "#विरुद्ध_विशेष_अभियान".
    cycles = Request(
        "appeal",
        "x",
        "warm",
        (
            "चंडीगढ़ की प्रमुख सड़कों के साथ अलग साइकिल ट्रैक बने हुए हैं।",
            "चंडीगढ़ यातायात पुलिस 1 मार्च 2027 से साइकिल ट्रैक पर खड़े वाहनों के विरुद्ध विशेष अभियान चलाएगी।",
        ),
        "चंडीगढ़ के निवासी और वाहन चालक",
        "साइकिल ट्रैक पर वाहन खड़ा न करें।",
    )
    assert not any("विरुद्ध" in t for t in plan_post(cycles, headline=None).hashtags)


def test_a_drive_is_tagged_by_its_name_not_the_hour_before_it() -> None:
    # Ten drafts read after round45: "#बजे_घाट_सफ़ाई_अभियान" of "... सुबह 7 बजे घाट सफ़ाई अभियान".
    ghats = Request(
        "appeal",
        "instagram",
        "warm",
        (
            "ऋषिकेश नगर निगम ने त्रिवेणी घाट पर 25 कूड़ेदान लगाए हैं।",
            "हर शनिवार सुबह 7 बजे घाट सफ़ाई अभियान होता है।",
        ),
        "ऋषिकेश आने वाले पर्यटक",
        "गंगा घाटों पर प्लास्टिक न छोड़ें।",
    )
    tags = plan_post(ghats, headline=None).hashtags
    assert "#घाट_सफ़ाई_अभियान" in tags and not any("बजे" in t for t in tags), tags


def test_a_scheme_that_gives_something_free_is_headed_by_it() -> None:
    # Round41: "मुख्यमंत्री मंगला पशु बीमा योजना: आपके काम की जानकारी" ("generic headline").
    facts = (
        "मुख्यमंत्री मंगला पशु बीमा योजना में राजस्थान के जन आधार कार्डधारी पशुपालकों के पशुओं का "
        "बीमा निःशुल्क होता है और कोई प्रीमियम नहीं देना पड़ता।",
        "बीमा एक वर्ष के लिए होता है।",
    )
    req = Request("scheme", "facebook", "warm", facts, "जालोर जिले के पशुपालक परिवार")
    headline = plan_post(req, headline=None).headline
    assert headline == "मुख्यमंत्री मंगला पशु बीमा योजना: पशुओं का बीमा निःशुल्क", headline
    _checks(_compose(req), req)


def test_an_event_is_not_headed_by_another_ones_name_with_its_date() -> None:
    # Round41 (fidelity 0): the championship's dates under the camp its winners may go to.
    facts = (
        "जिला युवा सेवा एवं खेल कार्यालय, पुंछ 12 से 14 अक्टूबर 2027 तक जिला स्तरीय बालिका "
        "वॉलीबॉल चैंपियनशिप आयोजित करेगा।",
        "सर्वश्रेष्ठ खिलाड़ियों को केंद्र शासित प्रदेश स्तर के प्रशिक्षण शिविर के लिए चुना जाएगा।",
    )
    req = Request("event", "facebook", "warm", facts, "पुंछ जिले की खिलाड़ी बेटियाँ")
    headline = plan_post(req, headline=None).headline
    assert "प्रशिक्षण" not in headline, headline
    assert headline.startswith("जिला स्तरीय बालिका वॉलीबॉल चैंपियनशिप"), headline


def test_an_event_headline_says_what_and_when_as_the_facts_do() -> None:
    for fact, headline in (
        ("विश्व रक्तदाता दिवस पर 14 जून को रक्तदान शिविर लगेगा", "रक्तदान शिविर: 14 जून"),
        # Seen by the holdout review: a run of days lost its first day, "श्री" was cut.
        # And where, when the place would stand alone below it (round12).
        (
            "श्री अन्न महोत्सव 8 और 9 मार्च को कृषि विज्ञान केंद्र परिसर में होगा",
            "कृषि विज्ञान केंद्र परिसर में श्री अन्न महोत्सव: 8 और 9 मार्च",
        ),
        (
            "पुस्तक मेला 25 जनवरी से 2 फ़रवरी तक गांधी मैदान में चलेगा",
            "पुस्तक मेला: 25 जनवरी से 2 फ़रवरी तक",
        ),
    ):
        req = Request("event", "whatsapp", "respectful", (fact, "स्थान: नगर निगम सभागार"))
        assert plan_post(req, headline=None).headline == headline
        _checks(_compose(req), req)
    # A fact that says little more than its name and date is not said twice.
    short = Request("event", "whatsapp", "respectful", ("श्री अन्न महोत्सव 8 और 9 मार्च को होगा",))
    assert plan_post(short, headline=None).headline.startswith("श्री अन्न महोत्सव: ")
    assert "मार्च" not in plan_post(short, headline=None).headline
    _checks(_compose(short), short)
    # With more to say, the headline may say that fact whole, and the body does not repeat it.
    more = Request("event", "whatsapp", "respectful", (short.facts[0], "प्रवेश निःशुल्क है"))
    plan = plan_post(more, headline=None)
    assert plan.headline == "श्री अन्न महोत्सव: 8 और 9 मार्च"
    assert [f.text for f in plan.facts] == ["प्रवेश निःशुल्क"]
    _checks(_compose(more), more)


def test_a_described_audience_leads_a_line_but_is_not_greeted_as_a_label() -> None:
    facts = ("पीएम विश्वकर्मा योजना में ₹15,000 का टूलकिट प्रोत्साहन मिलता है",)
    described = "पौड़ी के आसपास के गाँवों के लोग"
    addresses = {
        plan_post(Request("scheme", "whatsapp", tone, facts, described), headline=None).address
        for tone in ("respectful", "warm")
    }
    # In the oblique plural, as the writers said it, never the pasted label.
    assert "पौड़ी के आसपास के गाँवों के लोगों के लिए ज़रूरी जानकारी 🙏" in addresses
    assert not any(
        a and (a.startswith(("प्रिय", "आदरणीय")) or f"{described}," in a) for a in addresses
    )


def test_an_urgent_post_asks_first_and_a_greeting_tells_its_facts_as_prose() -> None:
    facts = ("ज़िला अस्पताल में दवा उपलब्ध है", "अस्पताल में इलाज मुफ़्त होता है")
    text = _compose(Request("appeal", "whatsapp", "urgent", facts, None, "तुरंत 108 पर कॉल करें"))
    assert text.index("👉 तुरंत 108 पर कॉल करें") < text.index(facts[1])
    facts = ("रक्षाबंधन भाई-बहन के प्रेम का पर्व है", "डाकघर में राखी भेजने की विशेष व्यवस्था है")
    req = Request("greeting", "whatsapp", "warm", facts)
    text = _compose(req)
    assert f"{facts[0]}। {facts[1]}।" in text and "🔹" not in text
    _checks(text, req)


def test_a_scheme_headline_says_what_it_gives_only_when_one_figure_says_it_plainly() -> None:
    def headline(*facts: str) -> str:
        return plan_post(Request("scheme", "whatsapp", "respectful", facts), headline=None).headline

    assert (
        headline(
            "पीएम-किसान में पात्र किसान परिवारों को सालाना ₹6,000 की आर्थिक सहायता मिलती है",
            "यह राशि ₹2,000 की तीन किस्तों में आती है",
        )
        == "पीएम-किसान: सालाना ₹6,000 की आर्थिक सहायता"
    )
    assert (
        headline("जन धन खाते पर पात्र खाताधारकों को ₹10,000 तक की ओवरड्राफ़्ट सुविधा")
        == "जन धन: ₹10,000 तक की ओवरड्राफ़्ट सुविधा"
    )
    pension = ("अटल पेंशन योजना में 60 वर्ष के बाद ₹1,000 से ₹5,000 तक की मासिक पेंशन मिलती है",)
    assert headline(*pension) == "अटल पेंशन योजना: ₹1,000 से ₹5,000 तक की मासिक पेंशन"
    for platform in PLATFORMS:
        req = Request("scheme", platform, "respectful", pension)
        _checks(_compose(req), req)
    # No one figure to lead with: tiers, a figure with its condition, another scheme's figure;
    # nor a headline that says most of its fact again.
    for facts in (
        (
            "मुद्रा योजना में शिशु श्रेणी में ₹50,000 तक का ऋण मिलता है",
            "किशोर श्रेणी में ₹50,000 से ₹5 लाख तक का ऋण मिलता है",
        ),
        ("मातृ वंदना योजना: दूसरी संतान बेटी होने पर ₹6,000 की सहायता",),
        (
            "PMAY-G में पक्का घर बनाने में सहायता मिलती है",
            "शौचालय के लिए स्वच्छ भारत मिशन से ₹12,000 की सहायता अलग से मिल सकती है",
        ),
        ("जन धन खाते के RuPay कार्ड पर ₹1 लाख और नए खातों पर ₹2 लाख का दुर्घटना बीमा",),
        ("जन धन खाते पर ₹10,000 तक की ओवरड्राफ़्ट सुविधा",),
    ):
        assert "₹" not in headline(*facts), facts


def test_what_the_second_fresh_review_refused_is_not_written_again() -> None:
    # The day named first is the day greeted (Ram Navami, not the Navratri it ends).
    ram = (
        "राम नवमी चैत्र मास के शुक्ल पक्ष की नवमी को मनाई जाती है",
        "इसी दिन चैत्र नवरात्रि का समापन होता है",
    )
    assert "नवरात्रि" not in _compose(Request("greeting", "x", "warm", ram)).splitlines()[0]
    # A prize still to be won is no achievement.
    dangal = ("नंदपुर में 18 मार्च को दंगल होगा", "विजेता पहलवान को ₹51,000 का इनाम दिया जाएगा")
    said = {
        plan_post(
            Request("event", "facebook", "celebratory", dangal), headline=None, variant=v
        ).headline
        for v in range(6)
    }
    assert not any("बधाई" in h for h in said), said
    # No greeting by a phrase that is not a name, no hashtag from a pronoun.
    guru = ("यह दिन गुरुओं के प्रति आभार और सम्मान प्रकट करने का पर्व है",)
    assert "करने का पर्व की" not in _compose(Request("greeting", "facebook", "warm", guru))
    patel = ("31 अक्टूबर को सरदार पटेल की जयंती है", "उनकी जयंती पर एकता दौड़ होगी")
    tags = plan_post(Request("greeting", "facebook", "warm", patel), headline=None).hashtags
    assert "#उनकी_जयंती" not in tags
    # A headline phrase stops before the fact's verb ("... अंशदान देना होता है").
    pension = (
        "प्रधानमंत्री किसान मानधन योजना छोटे किसानों के लिए पेंशन योजना है",
        "उम्र के हिसाब से हर महीने ₹55 से ₹200 तक का अंशदान देना होता है",
    )
    head = plan_post(Request("scheme", "whatsapp", "respectful", pension), headline=None).headline
    assert not head.endswith("देना"), head


def test_a_hyphenated_name_is_kept_whole() -> None:
    # "ई-श्रम कार्ड पंजीकरण शिविर" once lost its "ई-" and named another card.
    facts = ("पंचायत भवन में 20 फ़रवरी को ई-श्रम कार्ड पंजीकरण शिविर लगेगा", "पंजीकरण निःशुल्क है")
    req = Request("event", "facebook", "respectful", facts)
    plan = plan_post(req, headline=None)
    assert plan.headline == "पंचायत भवन में ई-श्रम कार्ड पंजीकरण शिविर: 20 फ़रवरी"
    assert "#ई_श्रम_कार्ड_पंजीकरण_शिविर" in plan.hashtags
    _checks(_compose(req), req)


def test_what_the_round2_and_round3_reviews_refused_is_not_written_again() -> None:
    """Seen on the dev reviews (round2 and round3 held-out sets, spent): generic headlines,
    a pasted audience label, stock closings, emoji and hashtags that do not fit."""
    # A notice leads with its news in a headline's form, and does not say it again below.
    leopard = (
        "भैंसौरा गाँव के पास खेतों में तेंदुआ देखा गया है",
        "वन विभाग की 2 टीमें इलाके में गश्त कर रही हैं",
    )
    ask = "तेंदुआ दिखे तो वन विभाग को सूचना दें"
    req = Request("local_issue", "whatsapp", "urgent", leopard, None, ask)
    text = _compose(req)
    assert text.startswith("*ज़रूरी सूचना: भैंसौरा गाँव के पास खेतों में तेंदुआ देखा गया*")
    assert text.count("तेंदुआ देखा गया") == 1
    _checks(text, req)
    # A scheme is named whole and led by what it gives.
    grain = (
        "प्रधानमंत्री गरीब कल्याण अन्न योजना में लाभार्थियों को मुफ़्त अनाज मिलता है",
        "अंत्योदय अन्न योजना के परिवार को हर महीने 35 किलो अनाज मिलता है",
    )
    req = Request("scheme", "whatsapp", "respectful", grain, "राशन कार्डधारक परिवार")
    plan = plan_post(req, headline=None)
    assert plan.headline == "प्रधानमंत्री गरीब कल्याण अन्न योजना: मुफ़्त अनाज"
    assert plan.address == "राशन कार्डधारक परिवारों के लिए ज़रूरी जानकारी 🙏"
    # No stock closing on a scheme or an event ("जनहित में जारी!", "आपका सहयोग ही हमारी
    # ताक़त है।"): the post ends on its call to action; a warm one asks to pass it on, which
    # claims nothing (round14's readers asked for it), and on WhatsApp and Facebook a
    # respectful one too (rounds 14-18's readers: "no close"); a warm event awaits its people
    # (rounds 32-40's readers found the share line there flat).
    for kind in ("scheme", "event"):
        for tone in ("respectful", "warm"):
            closings = {
                plan_post(Request(kind, "facebook", tone, grain), headline=None, variant=v).closing
                for v in range(6)
            }
            ok = "इंतज़ार रहेगा" if (kind, tone) == ("event", "warm") else "पहुँचाएँ"
            assert {c for c in closings if not (c and ok in c)} <= {None}, closings
    # Emoji say what a line is: no clock on a night's temperature, no pin on a count of schools.
    assert fact_emoji("रात का तापमान 3 डिग्री सेल्सियस तक गिर सकता है") != "⏰"
    assert fact_emoji("ज़िले के 45 स्कूलों के विद्यार्थी 120 मॉडल प्रदर्शित करेंगे") != "📍"
    assert fact_emoji("प्रदर्शनी जवाहर नवोदय विद्यालय में होगी") == "📍"
    # Whole names as hashtags, never a time or a verb's object.
    svamitva = (
        "स्वामित्व योजना 24 अप्रैल 2020 को राष्ट्रीय पंचायती राज दिवस पर शुरू हुई",
        "हर शाम 5 बजे कवि सम्मेलन होगा",
        "पुलिस विभाग की महिला प्रशिक्षक प्रशिक्षण देंगी",
    )
    tags = plan_post(Request("scheme", "facebook", "warm", svamitva), headline=None).hashtags
    assert "#राज_दिवस" not in tags and not any("बजे" in t or "प्रशिक्षक" in t for t in tags)
    assert "#राष्ट्रीय_पंचायती_राज_दिवस" in tags
    # A clause of four words is a sentence with its danda, verb or not.
    lumpy = ("पशुपालन विभाग टीकाकरण करेगा", "रोग के लक्षण हैं तेज़ बुख़ार और दूध कम होना")
    text = _compose(Request("local_issue", "whatsapp", "respectful", lumpy))
    assert "दूध कम होना।" in text
    # A day of the army's valour honours it; a day the facts call a पूर्णिमा is named.
    kargil = ("26 जुलाई को कारगिल विजय दिवस मनाया जाता है", "1999 के युद्ध में सेना ने जीत हासिल की")
    assert _compose(Request("greeting", "x", "respectful", kargil)).startswith(
        "कारगिल विजय दिवस पर देश के वीर सैनिकों को शत-शत नमन"
    )
    guru = ("गुरु पूर्णिमा आषाढ़ मास की पूर्णिमा को मनाई जाती है",)
    assert _compose(Request("greeting", "facebook", "warm", guru)).startswith(
        "गुरु पूर्णिमा की हार्दिक शुभकामनाएँ!"
    )


def test_a_notice_without_a_short_lead_is_headed_by_whom_it_is_for() -> None:
    route = (
        "15 मई से घंटाघर चौक पर सुबह 9 बजे से रात 9 बजे तक ई-रिक्शा का प्रवेश बंद रहेगा और रूट बदलेगा",
        "इस दौरान ई-रिक्शा कचहरी रोड होकर चलेंगे",
    )
    req = Request("local_issue", "x", "respectful", route, "ई-रिक्शा चालक")
    plan = plan_post(req, headline=None)
    assert plan.headline == "ई-रिक्शा चालकों के लिए ज़रूरी सूचना"
    assert plan.address is None  # said once, by the headline
    _checks(_compose(req), req)


def test_a_change_that_begins_on_a_date_heads_its_notice_with_the_date_after_a_colon() -> None:
    """As the writers headed such notices, where "X के लिए ज़रूरी सूचना" said nothing."""
    entry = (
        "15 मई से घंटाघर चौक पर सुबह 9 बजे से रात 9 बजे तक ई-रिक्शा का प्रवेश बंद रहेगा",
        "इस दौरान ई-रिक्शा कचहरी रोड होकर चलेंगे",
    )
    req = Request("local_issue", "whatsapp", "respectful", entry, "ई-रिक्शा चालक")
    plan = plan_post(req, headline=None)
    assert plan.headline == "घंटाघर चौक पर ई-रिक्शा का प्रवेश बंद: 15 मई से"
    text = _compose(req)
    assert entry[0] in text.replace("*", "")  # the hours are the body's: the fact is whole
    assert "ई-रिक्शा चालकों" in text  # the audience is addressed below the headline
    # A headline that is the whole fact but its verb: the fact is not said again.
    fish = (
        "16 जून से 15 अगस्त तक ज़िले की नदियों और जलाशयों में मछली पकड़ने पर रोक रहेगी",
        "यह समय मछलियों के प्रजनन का होता है",
    )
    req = Request("appeal", "whatsapp", "respectful", fish, "ज़िले के मछुआरे")
    text = _compose(req)
    assert text.startswith("*ज़िले की नदियों और जलाशयों में मछली पकड़ने पर रोक: 16 जून से 15 अगस्त तक*")
    assert fish[0] not in text.replace("*", "")
    _checks(text, req)
    # A "no" is never cut from the news; a verb whose tense the date would leave hanging
    # ("का समय बदल रहा है") keeps the notice's old headline.
    closed = ("डोईवाला उप निबंधक कार्यालय में 22 और 23 अगस्त को भूमि रजिस्ट्री नहीं होगी", "सर्वर बदला जाएगा")
    head = plan_post(Request("local_issue", "facebook", "urgent", closed), headline=None).headline
    assert head == "डोईवाला उप निबंधक कार्यालय में भूमि रजिस्ट्री नहीं होगी: 22 और 23 अगस्त"
    shop = ("पीपलदा ग्राम पंचायत की उचित मूल्य दुकान का समय 1 जुलाई से बदल रहा है", "दुकान सुबह 8 बजे खुलेगी")
    head = plan_post(Request("local_issue", "whatsapp", "respectful", shop), headline=None).headline
    assert ":" not in head
    # A road closed by no one the fact names is "बंद" (round42 headed its snowbound pass "सड़क
    # से जुड़ी ज़रूरी सूचना"), and a span too long with its year leaves the year to the body.
    snow = (
        "राज़दान दर्रे पर भारी बर्फ़बारी के कारण बांदीपोरा-गुरेज़ सड़क 18 नवंबर 2027 से सभी वाहनों के लिए "
        "बंद कर दी गई है।",
        "सड़क खुलने की सूचना अलग से दी जाएगी।",
    )
    head = plan_post(Request("local_issue", "facebook", "urgent", snow), headline=None).headline
    assert head == "राज़दान दर्रे पर बांदीपोरा-गुरेज़ सड़क 18 नवंबर से सभी वाहनों के लिए बंद", head
    park = (
        "नीलगिरि तहर के प्रजनन काल को देखते हुए मुन्नार स्थित एराविकुलम राष्ट्रीय उद्यान 1 फरवरी 2027 से "
        "31 मार्च 2027 तक पर्यटकों के लिए बंद रहेगा।",
        "उद्यान 1 अप्रैल 2027 से फिर खुलेगा।",
    )
    head = plan_post(Request("local_issue", "facebook", "respectful", park), headline=None).headline
    assert head == "मुन्नार स्थित एराविकुलम राष्ट्रीय उद्यान पर्यटकों के लिए बंद: 1 फरवरी से 31 मार्च तक"
    text = _compose(Request("local_issue", "facebook", "respectful", park))
    assert "31 मार्च 2027" in text  # the body says the year
    # No cut that took the subject with what it called a cause: "3 से 9 जुलाई तक बंद".
    ride = (
        "दार्जिलिंग हिमालयन रेलवे की दार्जिलिंग-घूम जॉय राइड ट्रैक मरम्मत के कारण 3 से 9 जुलाई तक बंद रहेगी",
        "इन दिनों के लिए बुक किए गए टिकटों का पूरा पैसा वापस मिलेगा",
    )
    head = plan_post(Request("local_issue", "facebook", "respectful", ride), headline=None).headline
    assert not head.startswith("3 से 9 जुलाई"), head


def test_what_the_round4_readers_refused_is_not_written_again() -> None:
    """Seen on the round4 review (spent, now dev)."""
    # A stop is headed by what stops and when, in the fact's words, not by the whole fact.
    water = (
        "पाइपलाइन की मरम्मत के कारण महुआरी पंचायत में 8 और 9 जून को पानी की आपूर्ति बंद रहेगी",
        "10 जून सुबह से आपूर्ति फिर शुरू होगी",
    )
    plan = plan_post(Request("local_issue", "whatsapp", "urgent", water), headline=None)
    assert plan.headline == "पानी की आपूर्ति बंद: 8 और 9 जून"
    # The headline consumed no fact (a list line may leave its verb: "... आपूर्ति फिर शुरू").
    assert [f.typed or f.text for f in plan.facts] == list(water)
    # No apology for a change of hours: a change is not a disruption. A stop is.
    hours = ("राशन दुकान का समय 1 जुलाई से बदल रहा है", "दुकान सुबह 8 से 12 बजे तक खुलेगी")
    closings = {
        plan_post(
            Request("local_issue", "whatsapp", "respectful", hours), headline=None, variant=v
        ).closing
        for v in range(6)
    }
    assert not any(c and "खेद" in c for c in closings)
    # No topic slogan on an appeal ("पानी का सोच-समझकर इस्तेमाल करें" on children drowning).
    ponds = (
        "बारिश में तालाबों और गड्ढों में पानी भर जाता है",
        "बच्चों को तालाब और नदी के पास अकेले न जाने दें",
        "पानी में डूबने से हर साल कई बच्चों की जान जाती है",
    )
    req = Request("appeal", "whatsapp", "warm", ponds)
    closings = {plan_post(req, headline=None, variant=v).closing for v in range(6)}
    assert all(c and "पहुँचाएँ" in c for c in closings), closings  # the ask to pass it on only
    # An appeal is not headed by a scheme it mentions.
    voters = ("मतदान के लिए मनरेगा जॉब कार्ड भी मान्य दस्तावेज़ है", "पासपोर्ट भी मान्य है")
    head = plan_post(Request("appeal", "instagram", "respectful", voters), headline=None).headline
    assert not head.startswith("मनरेगा")
    # A hyphenated scheme name is named whole; a helpline is laid out as label and number.
    maandhan = ("प्रधानमंत्री श्रम योगी मान-धन योजना में 60 वर्ष के बाद पेंशन मिलती है",)
    assert plan_post(
        Request("scheme", "whatsapp", "respectful", maandhan), headline=None
    ).headline.startswith("प्रधानमंत्री श्रम योगी मान-धन योजना")
    assert reshape("पशुपालन विभाग की हेल्पलाइन 1962 है") == "पशुपालन विभाग की हेल्पलाइन: 1962"
    assert reshape("एल्डरलाइन का टोल-फ़्री नंबर 14567 है") == "एल्डरलाइन (टोल-फ़्री): 14567"
    assert reshape("शिविर 12 दिसंबर को लगेगा") == "शिविर 12 दिसंबर को लगेगा"
    # A state's day is greeted by its name (स्थापना is a noun, not a verb).
    mp = ("1 नवंबर को मध्य प्रदेश स्थापना दिवस मनाया जाता है", "राज्य का गठन 1956 में हुआ था")
    assert _compose(Request("greeting", "whatsapp", "celebratory", mp)).startswith(
        "*मध्य प्रदेश स्थापना दिवस की हार्दिक शुभकामनाएँ!*"
    )


def test_what_the_round5_readers_refused_is_not_written_again() -> None:
    """Seen on the round5 review (spent, now dev)."""
    # A greeting post says its greeting once, as its headline.
    guru = ("दशम गुरु गोबिंद सिंह जी का प्रकाश पर्व आज है", "गुरु जी ने खालसा पंथ की स्थापना की")
    text = _compose(Request("greeting", "whatsapp", "celebratory", guru))
    first = text.splitlines()[0].strip("*").split("*")[0].strip()
    assert text.count(first) == 1, text
    # No apology, even for a stop: readers refused it on safety bans and repairs alike.
    ban = ("सैदपुर घाट पर 15 जुलाई से नाव चलाना बंद रहेगा", "नदी का जलस्तर बढ़ गया है")
    for v in range(6):
        plan = plan_post(
            Request("local_issue", "whatsapp", "urgent", ban), headline=None, variant=v
        )
        assert not plan.closing or "खेद" not in plan.closing
    # A headline never begins on a verb ("लगाकर रास्ता बंद"), here where what stops heads a
    # fact too long to be the headline itself.
    road = (
        "घाट पर बैरिकेड लगाकर रास्ता बंद किया गया है ताकि कोई भी व्यक्ति नदी के पास न जाए",
        "नावें नहीं चलेंगी",
    )
    head = plan_post(Request("local_issue", "whatsapp", "urgent", road), headline=None).headline
    assert head == "रास्ता बंद"
    # An event's date only when the fact naming it gives one date.
    trials = (
        "ज़िला ट्रायल 5 अक्टूबर को और राज्य स्तरीय प्रतियोगिता 20 अक्टूबर को होगी",
        "ट्रायल में 14 से 17 वर्ष की छात्राएँ भाग ले सकती हैं",
    )
    head = plan_post(Request("event", "instagram", "celebratory", trials), headline=None).headline
    assert not head.endswith(("5 अक्टूबर", "20 अक्टूबर")), head


@pytest.mark.parametrize(
    ("fact", "line"),
    [
        (
            "अंत्योदय अन्न योजना के परिवार को हर महीने 35 किलो अनाज मिलता है",
            "अंत्योदय अन्न योजना के परिवार के लिए: हर महीने 35 किलो अनाज",
        ),
        (
            "आवेदन के लिए आधार कार्ड और बैंक पासबुक ज़रूरी है",
            "आवेदन के लिए ज़रूरी: आधार कार्ड और बैंक पासबुक",
        ),
        ("शिविर का समय सुबह 10 से शाम 4 बजे तक रहेगा", "शिविर का समय: सुबह 10 से शाम 4 बजे तक"),
        ("पंजीकरण की अंतिम तिथि 10 नवंबर है", "पंजीकरण की अंतिम तिथि: 10 नवंबर"),
        # What keeps its shape: a no, a condition, two clauses, a promise, a place in the subject.
        ("बच्चों को गर्म भोजन नहीं मिलता है",) * 2,
        ("मृत्यु होने पर परिवार को ₹20,000 की सहायता मिलती है",) * 2,
        ("छोटे किसानों को 55% और अन्य किसानों को 45% सहायता दी जाती है",) * 2,
        ("पात्र परिवारों को अगले महीने से राशन मिलेगा",) * 2,
        ("योजना में लाभार्थियों को मुफ़्त अनाज मिलता है",) * 2,
    ],
)
def test_a_fact_is_laid_out_as_a_label_only_when_every_word_of_it_stays(
    fact: str, line: str
) -> None:
    assert reshape(fact) == line


def test_a_listed_audience_is_called_by_name_and_papers_and_bans_get_their_own_emoji() -> None:
    """Seen on the round6 review (spent, now dev): posts to a list of readers had no address."""
    facts = ("किसान क्रेडिट कार्ड शिविर 10 से 25 नवंबर तक लगेगा", "शिविर में फ़ॉर्म भरे जाएँगे")
    req = Request("event", "whatsapp", "respectful", facts, "किसान, पशुपालक और मछली पालक")
    assert plan_post(req, headline=None).address == "आदरणीय किसानो, पशुपालको और मछली पालको,"
    greeting = Request(
        "greeting", "instagram", "respectful", ("आज तीज का त्योहार है",), "माताएँ और बहनें"
    )
    assert plan_post(greeting, headline=None).address == "आदरणीय माताओ और बहनो,"
    # A long description still leads a line instead of being called by name.
    described = "गाँव की स्वयं सहायता समूह की महिलाएँ"
    req = Request("scheme", "whatsapp", "warm", facts, described)
    assert not (plan_post(req, headline=None).address or "").startswith("प्रिय")
    assert fact_emoji("आधार कार्ड, ऋण पुस्तिका और बैंक पासबुक साथ लाएँ") == "📝"
    assert fact_emoji("मूंग का भुगतान आधार से जुड़े बैंक खाते में होगा") == "💰"
    assert fact_emoji("18 वर्ष से कम उम्र के बच्चों को तंबाकू बेचना भी अपराध है") == "⚠️"


def test_a_reader_called_by_name_is_not_called_all() -> None:
    # Seen reading fresh drafts: "आदरणीय सभी नागरिको," for the audience "सभी नागरिक".
    facts = ("30 जनवरी को महात्मा गांधी की पुण्यतिथि है", "इस दिन को शहीद दिवस के रूप में मनाया जाता है")
    plan = plan_post(
        Request("greeting", "whatsapp", "respectful", facts, "सभी नागरिक"), headline=None
    )
    assert plan.address == "आदरणीय नागरिको,"


@pytest.mark.parametrize(
    ("tone", "facts", "greets"),
    [
        # A birth anniversary given only as a birth, a state's day only as its making: the day
        # is named (round7: "आप सभी को हार्दिक शुभकामनाएँ!" named none).
        (
            "respectful",
            ("दादाभाई नौरोजी का जन्म 4 सितंबर 1825 को हुआ", "वे भारत के वयोवृद्ध नेता कहे जाते हैं"),
            "दादाभाई नौरोजी को उनकी जयंती पर सादर नमन",
        ),
        (
            "celebratory",
            ("झारखंड राज्य 15 नवंबर 2000 को बना", "झारखंड बिहार से अलग होकर भारत का 28वाँ राज्य बना"),
            "झारखंड स्थापना दिवस की हार्दिक शुभकामनाएँ!",
        ),
        # A celebration of the armed forces wishes; a tribute bows.
        (
            "celebratory",
            ("हर वर्ष 9 अक्टूबर को प्रादेशिक सेना दिवस मनाया जाता है",),
            "प्रादेशिक सेना दिवस की हार्दिक शुभकामनाएँ!",
        ),
        (
            "respectful",
            ("हर वर्ष 9 अक्टूबर को प्रादेशिक सेना दिवस मनाया जाता है",),
            "प्रादेशिक सेना दिवस पर देश के वीर सैनिकों को शत-शत नमन",
        ),
        # An occasion the phrasebook knows, on a celebratory post: its wishes before its bow.
        (
            "celebratory",
            ("महर्षि वाल्मीकि ने रामायण की रचना की", "वाल्मीकि जयंती आश्विन पूर्णिमा को मनाई जाती है"),
            "वाल्मीकि जयंती की आप सभी को हार्दिक शुभकामनाएँ!",
        ),
    ],
)
def test_a_greeting_names_its_day_and_wishes_or_bows_as_the_tone_asks(
    tone: str, facts: tuple[str, ...], greets: str
) -> None:
    req = Request(kind="greeting", facts=facts, platform="facebook", tone=tone)
    assert _compose(req).splitlines()[0].strip("* ").startswith(greets)


def test_an_event_headline_names_the_ceremony_not_the_competition_it_honours() -> None:
    req = Request(
        kind="event",
        facts=(
            "ज़िला स्तरीय विद्यालय खेलकूद प्रतियोगिता के पदक विजेताओं का सम्मान समारोह 15 दिसंबर "
            "2026 को टाउन हॉल में होगा",
            "कुल 56 खिलाड़ी सम्मानित होंगे",
        ),
        platform="facebook",
        tone="celebratory",
    )
    assert _compose(req).splitlines()[0].startswith("पदक विजेताओं का सम्मान समारोह: 15 दिसंबर")


def test_a_scheme_headline_keeps_the_bracketed_short_name_with_the_name() -> None:
    req = Request(
        kind="scheme",
        facts=(
            "प्रधानमंत्री सूक्ष्म खाद्य उद्योग उन्नयन योजना (पीएमएफएमई) छोटी खाद्य प्रसंस्करण इकाइयों के लिए है",
            "व्यक्तिगत उद्यमी को परियोजना लागत की 35% सब्सिडी मिलती है",
        ),
        platform="whatsapp",
        tone="respectful",
    )
    headline = _compose(req).splitlines()[0]
    assert headline.startswith(
        "*प्रधानमंत्री सूक्ष्म खाद्य उद्योग उन्नयन योजना (पीएमएफएमई): छोटी खाद्य प्रसंस्करण"
    )


def test_no_flower_on_a_post_about_violence_and_no_thanks_no_fact_gives() -> None:
    violence = Request(
        kind="scheme",
        facts=(
            "सखी वन स्टॉप सेंटर हिंसा से पीड़ित महिलाओं को एक ही जगह मदद देता है",
            "महिला हेल्पलाइन 181 पर महिलाएँ और किशोरियाँ मदद ले सकती हैं",
        ),
        platform="whatsapp",
        tone="respectful",
        audience="महिलाएँ और किशोरियाँ",
    )
    assert "🌸" not in _compose(violence)
    repaired = Request(
        kind="local_issue",
        facts=("पाटन सीएचसी की एक्स-रे मशीन ठीक कर दी गई है", "जाँच सुबह 9 से दोपहर 2 बजे तक होगी"),
        platform="whatsapp",
        tone="warm",
    )
    for variant in range(3):
        assert "सहयोग" not in _compose(repaired, variant=variant)


def test_a_post_with_no_name_to_tag_gets_the_civic_phrase_its_facts_say() -> None:
    """Round7's readers missed hashtags on Facebook, Instagram and X posts that named no scheme
    or event: a reviewed civic phrase a fact says word for word makes one, and a greeting's
    hashtag is the day it names."""
    voters = Request(
        kind="event",
        facts=("बूथ पर विशेष शिविर में मतदाता सूची में नाम जुड़वाए जा सकते हैं", "शिविर 9 दिसंबर को है"),
        platform="facebook",
        tone="respectful",
    )
    assert "#मतदाता_सूची" in _compose(voters)
    state = Request(
        kind="greeting",
        facts=("झारखंड राज्य 15 नवंबर 2000 को बना", "झारखंड बिहार से अलग होकर 28वाँ राज्य बना"),
        platform="facebook",
        tone="celebratory",
    )
    assert "#झारखंड_स्थापना_दिवस" in _compose(state)
    # Not a phrase the facts do not say.
    assert "#मतदाता_सूची" not in _compose(
        Request(kind="appeal", facts=FACTS, platform="facebook", tone="respectful")
    )


def test_x_facts_longer_than_one_post_go_out_as_a_numbered_thread_with_every_fact() -> None:
    """Round7's readers refused X drafts over 280 weighted characters (5 of 7): every fact
    stays, in numbered posts that each fit, the disclosure closing the last."""
    from evaluation.checks import thread_parts

    req = Request(
        kind="event",
        facts=(
            "13 और 14 दिसंबर 2026 को सभी मतदान केंद्रों पर बीएलओ सुबह 10 बजे से शाम 4 बजे तक मौजूद रहेंगे",
            "नाम जोड़ने के लिए फ़ॉर्म 6, नाम हटाने के लिए फ़ॉर्म 7 और सुधार के लिए फ़ॉर्म 8 भरा जाएगा",
            "1 जनवरी 2027 को 18 वर्ष पूरे करने वाले युवा भी फ़ॉर्म 6 भर सकते हैं",
        ),
        platform="x",
        tone="respectful",
        audience="सभी मतदाता",
        call_to_action="अपने मतदान केंद्र पर जाकर सूची में अपना नाम जाँचें",
    )
    text = _compose(req)
    parts = thread_parts(text)
    assert len(parts) == 2
    assert [p.splitlines()[0] for p in parts] == ["🧵 1/2", "🧵 2/2"]
    assert all(measure(p, "x")[0] <= 280 for p in parts)
    assert parts[-1].endswith(DEFAULT_DISCLOSURE)
    for fact in req.facts:
        assert fact in text
    # The thread passes every check: its "1/2" and "2/2" are no invented figures.
    checks = _checks(text, req)
    assert all_passed(checks), {k: v.issues for k, v in checks.items() if not v.passed}
    assert measure(text, "x")[0] == max(measure(p, "x")[0] for p in parts)


def test_an_x_thread_addresses_its_readers_where_it_costs_no_post() -> None:
    # Round46's readers marked X drafts "no address" on 5 of 7 (a thread "handed back sentence
    # by sentence ... no headline, address or close"); rounds 23-42's refused threads one post
    # would have held.
    from evaluation.checks import thread_parts

    cages = (
        "रामगढ़ जिले के पतरातू डैम पर 9 और 10 जुलाई 2026 को केज कल्चर पर दो दिवसीय प्रशिक्षण होगा।",
        "प्रशिक्षण ज़िला मत्स्य कार्यालय, रामगढ़ की ओर से रोज़ सुबह 10 बजे से आयोजित होगा।",
        "इसमें विस्थापित परिवारों और मत्स्य सहकारी समितियों के 50 सदस्य भाग ले सकेंगे।",
        "पंजीकरण के लिए ज़िला मत्स्य कार्यालय का नंबर 06553-222345 है।",
    )
    cta = "इच्छुक मछली पालक ज़िला मत्स्य कार्यालय में फ़ोन कर अपना नाम दर्ज कराएँ।"
    req = Request("event", "x", "warm", cages, "रामगढ़ जिले के मछली पालक", cta)
    text = _compose_x(req)
    alone = _compose_x(replace(req, audience=None))
    assert len(thread_parts(text)) == len(thread_parts(alone)) == 2, text
    assert "रामगढ़ जिले के प्रिय मछली पालको," in thread_parts(text)[0], text
    _checks(text, req, DEFAULT_DISCLOSURE_X)
    # A thread the address would make a post longer goes without it.
    pragati = (
        "एआईसीटीई की प्रगति छात्रवृत्ति योजना एआईसीटीई से मान्यता प्राप्त संस्थान में तकनीकी डिग्री के"
        " पहले वर्ष में प्रवेश लेने वाली छात्राओं के लिए है।",
        "छात्रवृत्ति की राशि पढ़ाई के हर वर्ष ₹50,000 है।",
        "परिवार की सभी स्रोतों से वार्षिक आय ₹8 लाख से अधिक नहीं होनी चाहिए।",
        "एक परिवार की अधिकतम 2 बेटियों को यह छात्रवृत्ति मिल सकती है।",
        "लद्दाख, जम्मू-कश्मीर और पूर्वोत्तर राज्यों की सभी पात्र आवेदक छात्राओं को यह छात्रवृत्ति दी जाती है।",
    )
    girls = "कारगिल जिले की तकनीकी डिग्री पढ़ने वाली छात्राएं"
    apply = "राष्ट्रीय छात्रवृत्ति पोर्टल पर समय से ऑनलाइन आवेदन करें"
    scheme = Request("scheme", "x", "respectful", pragati, girls, apply)
    text = _compose_x(scheme)
    assert len(thread_parts(text)) == len(thread_parts(_compose_x(replace(scheme, audience=None))))
    assert "कारगिल" not in text, text


@pytest.mark.parametrize(
    ("facts", "greets"),
    [
        # A massacre is mourned, never wished (round8).
        (
            (
                "13 अप्रैल 1919 को अमृतसर के जलियाँवाला बाग में निहत्थे लोगों पर गोलियाँ चलाई गईं",
                "इस नरसंहार में सैकड़ों निर्दोष लोग मारे गए",
            ),
            "विनम्र श्रद्धांजलि",
        ),
        # A figure before "जयंती" is no part of a name ("वीं जयंती" was a headline).
        (
            (
                "लोकमाता अहिल्याबाई होल्कर का जन्म 31 मई 1725 को हुआ था",
                "31 मई 2025 को उनकी 300वीं जयंती मनाई गई",
            ),
            "लोकमाता अहिल्याबाई होल्कर को उनकी जयंती पर सादर नमन",
        ),
        # A state made "on a date", or a province: its day named.
        (("9 नवंबर 2000 को उत्तराखंड राज्य बना", "उत्तराखंड को देवभूमि कहा जाता है"), "उत्तराखंड स्थापना दिवस"),
        (("1 अप्रैल 1936 को ओडिशा एक अलग प्रांत बना", "ओडिशा की कला प्रसिद्ध है"), "ओडिशा स्थापना दिवस"),
        # A day remembering the fallen is no one's death anniversary.
        (
            (
                "21 अक्टूबर को पुलिस स्मृति दिवस मनाया जाता है",
                "1959 में 10 पुलिसकर्मी देश की रक्षा करते हुए शहीद हुए थे",
            ),
            "पुलिस स्मृति दिवस पर शहीदों को विनम्र श्रद्धांजलि",
        ),
    ],
)
def test_a_greeting_mourns_a_loss_and_names_its_day_from_the_facts(
    facts: tuple[str, ...], greets: str
) -> None:
    req = Request(kind="greeting", facts=facts, platform="facebook", tone="respectful")
    text = _compose(req)
    assert text.splitlines()[0].strip("* ").startswith(greets)
    assert "शुभकामनाएँ" not in text.splitlines()[0] or "स्थापना" in greets


def test_the_editors_ten_draft_read_refusals_are_mended() -> None:
    """The ten drafts an editor read at the last stop (requests now dev): each refusal, in the
    editor's words, and the line a writer would have put instead."""
    savings = Request(
        "scheme",
        "whatsapp",
        "respectful",
        (
            "वरिष्ठ नागरिक बचत योजना में 60 वर्ष या उससे अधिक उम्र के लोग खाता खोल सकते हैं",
            "इस योजना में अधिकतम ₹30 लाख तक जमा किए जा सकते हैं",
        ),
        "वरिष्ठ नागरिक",
        "नज़दीकी डाकघर में खाता खुलवाएँ",
    )
    # "वरिष्ठ नागरिक बचत: योजना की ज़रूरी जानकारी" clipped the name and said nothing.
    assert plan_post(savings, headline=None).headline == "वरिष्ठ नागरिक बचत योजना: ₹30 लाख तक जमा"
    kisan = Request(
        "scheme",
        "x",
        "respectful",
        (
            "पीएम-किसान योजना में पात्र किसान परिवारों को हर साल ₹6,000 मिलते हैं",
            "अगली किस्त के लिए ई-केवाईसी ज़रूरी है",
        ),
    )
    assert plan_post(kisan, headline=None).headline == "पीएम-किसान योजना: हर साल ₹6,000"
    # 💰 beside a paper step read as money on offer.
    assert fact_emoji(kisan.facts[1]) == "📝"
    fair = Request(
        "event",
        "facebook",
        "warm",
        ("ज़िला रोज़गार कार्यालय 20 दिसंबर को रोज़गार मेला लगाएगा",),
        "ज़िले के युवा",
        "अपना बायोडाटा साथ लाएँ",
    )
    # "प्रिय ज़िले के युवाओ," has the call in the wrong place.
    assert "\nज़िले के प्रिय युवाओ,\n" in _compose(fair)
    road = Request(
        "local_issue",
        "facebook",
        "celebratory",
        (
            "गोपालपुर से ब्लॉक मुख्यालय तक 7 किलोमीटर पक्की सड़क बनकर तैयार हो गई है",
            "सड़क प्रधानमंत्री ग्राम सड़क योजना के तहत बनी है",
            "अब ब्लॉक मुख्यालय पहुँचने में 20 मिनट लगेंगे",
        ),
        "गोपालपुर के ग्रामीण",
    )
    plan = plan_post(road, headline=None)
    # Good news was headed "ज़रूरी सूचना 🎉"; the scheme's tag ran on from the word before
    # it; "#सड़क_सुरक्षा" was off topic for a finished road.
    assert plan.headline == "गोपालपुर के ग्रामीणों के लिए ख़ुशख़बरी"
    assert plan.hashtags == ("#गोपालपुर", "#प्रधानमंत्री_ग्राम_सड़क_योजना")
    water = Request(
        "local_issue",
        "whatsapp",
        "urgent",
        (
            "वार्ड 12 की पाइपलाइन में गंदा पानी आने की शिकायत मिली है",
            "मरम्मत का काम 16 दिसंबर तक पूरा होगा",
        ),
        "वार्ड 12 के निवासी",
        "पानी उबालकर ही पिएँ",
    )
    # "वार्ड 12 के निवासियों के लिए ज़रूरी सूचना" did not say the water is dirty.
    assert (
        plan_post(water, headline=None).headline
        == "ज़रूरी सूचना: वार्ड 12 की पाइपलाइन में गंदा पानी आने की शिकायत"
    )
    camp = Request(
        "event",
        "whatsapp",
        "respectful",
        (
            "हर महीने की 9 तारीख को प्रधानमंत्री सुरक्षित मातृत्व अभियान के तहत सरकारी अस्पतालों में"
            " निःशुल्क जाँच होती है",
            "जाँच विशेषज्ञ डॉक्टर करते हैं",
        ),
    )
    # Was "...: आयोजन की सूचना".
    assert (
        plan_post(camp, headline=None).headline
        == "प्रधानमंत्री सुरक्षित मातृत्व अभियान: हर महीने की 9 तारीख"
    )
    for req in (savings, kisan, fair, road, water, camp):
        _checks(_compose(req), req)


def test_a_phrase_tag_is_found_in_any_number_of_its_last_word() -> None:
    facts = ("नगर निगम ने 5 रैन बसेरे शुरू किए हैं", "रैन बसेरों में रुकना निःशुल्क है")
    plan = plan_post(Request("appeal", "instagram", "warm", facts), headline=None)
    assert "#रैन_बसेरा" in plan.hashtags


def test_figures_side_by_side_are_bolded_as_one() -> None:
    # "*2 वर्ष* *6 महीने*" read as two broken spans (round8).
    assert (
        bold_figures("खाता खुलने के 2 वर्ष 6 महीने बाद भुनाया जा सकता है")
        == "खाता खुलने के *2 वर्ष 6 महीने* बाद भुनाया जा सकता है"
    )
    assert bold_figures("काम माँगने के 15 दिन के भीतर") == "काम माँगने के *15 दिन* के भीतर"
    # A hyphenated helpline stays whole: "1800-180-*1551*" split it into three numbers no fact
    # gives, and the draft failed its grounding check.
    helpline = "सलाह के लिए किसान हेल्पलाइन 1800-180-1551 पर कॉल करें"
    assert bold_figures(helpline) == helpline
    assert bold_figures("हेल्पलाइन 14567 है") == "हेल्पलाइन *14567* है"


def test_a_warm_post_for_a_described_audience_is_not_headed_as_a_notice() -> None:
    facts = (
        "छोटे बच्चों में दस्त की सबसे बड़ी वजह गंदे हाथ और बिना उबाली बोतल से दूध पिलाना होता है",
        "बोतल को रोज़ उबालें",
    )
    headed = {
        tone: plan_post(
            # An ask of four words heads nothing (``_ask_headline``): whom the post is for does.
            Request("appeal", "whatsapp", tone, facts, "छोटे बच्चों की माताएँ", "हाथ साबुन से धोएँ"),
            headline=None,
        ).headline
        for tone in ("warm", "respectful")
    }
    # Round8: "... के लिए ज़रूरी सूचना" on a warm appeal read as a notice.
    assert headed == {
        "warm": "छोटे बच्चों की माताओं से एक अपील",
        "respectful": "छोटे बच्चों की माताओं के लिए ज़रूरी सूचना",
    }


@pytest.mark.parametrize(
    ("facts", "greeting", "tag"),
    [
        # A day a fact names, even as "X की जयंती" or a noun in -ता; a lunar date is no day.
        (
            ("अभियंता दिवस हर वर्ष 15 सितंबर को सर एम. विश्वेश्वरैया की जयंती पर मनाया जाता है",),
            "अभियंता दिवस की हार्दिक शुभकामनाएँ! 🙏",
            "#अभियंता_दिवस",
        ),
        (
            ("संत कबीर की जयंती ज्येष्ठ पूर्णिमा को मनाई जाती है", "उनके दोहे प्रेम सिखाते हैं"),
            "संत कबीर जयंती की हार्दिक शुभकामनाएँ! 🙏",
            "#संत_कबीर_जयंती",
        ),
        (
            ("अक्षय तृतीया पर बड़ी संख्या में विवाह होते हैं", "बाल विवाह दंडनीय अपराध है"),
            "अक्षय तृतीया की हार्दिक शुभकामनाएँ! 🙏",
            "#अक्षय_तृतीया",
        ),
        # A day's own name before the birth it marks.
        (
            (
                "अटल बिहारी वाजपेयी का जन्म 25 दिसंबर 1924 को हुआ था",
                "उनकी जयंती 25 दिसंबर को सुशासन दिवस के रूप में मनाई जाती है",
            ),
            "सुशासन दिवस की हार्दिक शुभकामनाएँ! 🙏",
            "#सुशासन_दिवस",
        ),
    ],
)
def test_a_greeting_names_the_day_its_facts_give(
    facts: tuple[str, ...], greeting: str, tag: str
) -> None:
    plan = plan_post(Request("greeting", "instagram", "celebratory", facts), headline=None)
    assert plan.headline == greeting.rsplit(" ", 1)[0]
    assert tag in plan.hashtags


@pytest.mark.parametrize(
    ("facts", "tone", "greeting"),
    [
        # Round10 (dev): a festival the facts make the subject, not "प्रमुख प्रकृति पर्व"; not
        # Holi for the day Gangaur begins after; not Eid for Premchand's story "ईदगाह".
        (("सरहुल झारखंड के आदिवासी समाज का प्रमुख प्रकृति पर्व है",), "celebratory", "सरहुल"),
        (
            ("गणगौर राजस्थान का प्रमुख लोक पर्व है", "होली के अगले दिन से गणगौर पूजन शुरू होता है"),
            "celebratory",
            "गणगौर",
        ),
        (
            (
                "कथा सम्राट मुंशी प्रेमचंद का जन्म 31 जुलाई 1880 को लमही गाँव में हुआ था",
                "'गोदान' और 'ईदगाह' उनकी प्रसिद्ध रचनाएँ हैं",
            ),
            "warm",
            "प्रेमचंद जयंती",
        ),
        # A description before the name, and a role that is no part of it.
        (
            ("देश के पहले राष्ट्रपति डॉ. राजेंद्र प्रसाद का जन्म 3 दिसंबर 1884 को हुआ था",),
            "respectful",
            "डॉ. राजेंद्र प्रसाद को उनकी जयंती पर सादर नमन",
        ),
        # An uprising's day is marked with a bow, not wishes.
        (
            (
                "30 जून 1855 को सिदो-कान्हू के नेतृत्व में संथाल हूल (विद्रोह) की शुरुआत हुई",
                "हर साल 30 जून को हूल दिवस मनाया जाता है",
            ),
            "respectful",
            "हूल दिवस पर सभी वीरों को शत-शत नमन",
        ),
    ],
)
def test_a_greeting_greets_the_day_the_facts_are_about(
    facts: tuple[str, ...], tone: str, greeting: str
) -> None:
    headline = plan_post(Request("greeting", "whatsapp", tone, facts), headline=None).headline
    assert greeting in headline
    assert not any(w in headline for w in ("होली", "ईद", "प्रमुख", "राष्ट्रपति"))


def test_a_greeting_names_no_day_the_facts_do_not() -> None:
    facts = (
        "31 अक्टूबर को सरदार वल्लभभाई पटेल की जयंती पर छिंदवाड़ा में 'रन फ़ॉर यूनिटी' दौड़ होगी",
        "दौड़ सुबह 7 बजे पुलिस परेड ग्राउंड से शुरू होगी",
    )
    plan = plan_post(Request("event", "instagram", "celebratory", facts), headline=None)
    # Round10: "राष्ट्रीय एकता दिवस" was read as a name added.
    said = " ".join(x for x in (plan.headline, plan.greeting, *plan.hashtags) if x)
    assert "राष्ट्रीय एकता दिवस" not in said
    # A month dates a day, it is no part of its name.
    facts = ("26 नवंबर संविधान दिवस पर सिवनी में वाद-विवाद प्रतियोगिता होगी", "सभी भाग ले सकते हैं")
    plan = plan_post(Request("event", "instagram", "warm", facts), headline=None)
    assert not any("नवंबर_" in t for t in plan.hashtags)


def test_place_and_event_tags_are_whole_and_short() -> None:
    facts = (
        "गंगापुर खुर्द में बैंक मित्र केंद्र खुला है",
        "सुल्तानगंज कलाँ में जन्म-मृत्यु प्रमाण पत्र विशेष शिविर लगेगा",
        "पशु चिकित्सक सप्ताह में दो दिन बैठेंगे",
    )
    tags = plan_post(Request("local_issue", "instagram", "warm", facts[:1]), headline=None).hashtags
    assert "#गंगापुर_खुर्द" in tags and "#गंगापुर" not in tags
    tags = plan_post(Request("event", "instagram", "warm", facts[1:]), headline=None).hashtags
    # Not "#सुल्तानगंज", "#जन्म_मृत्यु_प्रमाण_पत्र_विशेष_शिविर" or "#पशु_चिकित्सक_सप्ताह".
    assert not any(t.count("_") >= 4 or "सप्ताह" in t for t in tags)
    assert "#सुल्तानगंज" not in tags


def test_an_appeal_with_no_name_gets_its_topics_tag_and_a_notice_does_not() -> None:
    facts = ("बच्चों को बिना हेलमेट दोपहिया वाहन न चलाने दें", "नाबालिग के वाहन चलाने पर जुर्माना होगा")
    appeal = plan_post(Request("appeal", "instagram", "urgent", facts), headline=None)
    assert appeal.hashtags  # round9: five Instagram and Facebook posts went without any
    facts = ("गैरसैंण मोटर मार्ग पर वाहन फिर से चलने लगे हैं", "सड़क की मरम्मत पूरी हो गई है")
    # A cause's tag is off the point of a reopened road (round8: "#सड़क_सुरक्षा").
    notice = plan_post(Request("local_issue", "facebook", "celebratory", facts), headline=None)
    assert "#सड़क_सुरक्षा" not in notice.hashtags


def test_a_greetings_story_is_told_in_short_paragraphs() -> None:
    facts = (
        "सावित्रीबाई फुले का जन्म 3 जनवरी 1831 को हुआ था",
        "उन्हें भारत की पहली महिला शिक्षिका माना जाता है",
        "उन्होंने 1848 में पुणे में लड़कियों के लिए स्कूल खोला",
    )
    req = Request("greeting", "whatsapp", "celebratory", facts)
    text = _compose(req)
    # Round9: the story in one block read as "facts dumped in one paragraph".
    paragraphs = [p for p in text.split("\n\n") if "उन्हें" in p or "1848" in p]
    assert len(paragraphs) == 2
    _checks(text, req)


def test_an_event_headline_says_where_when_the_facts_name_one_place() -> None:
    facts = (
        "10 जनवरी को मवई कलाँ में पशु मेला लगेगा जिसमें गाय और भैंस की प्रतियोगिता होगी",
        "आंगनबाड़ी केंद्र संख्या 57, रामपुर डीह में 19 दिसंबर को अन्नप्राशन दिवस मनाया जाएगा",
    )
    more = "कार्यक्रम सुबह 10 बजे शुरू होगा"
    # Round9: "पशु मेला: 10 जनवरी" left the place out.
    fair = plan_post(Request("event", "whatsapp", "celebratory", (facts[0], more)), headline=None)
    assert fair.headline == "पशु मेला: 10 जनवरी, मवई कलाँ"
    # The place whole: "रामपुर डीह", not "रामपुर".
    day = plan_post(Request("event", "whatsapp", "warm", (facts[1], more)), headline=None)
    assert day.headline == "अन्नप्राशन दिवस: 19 दिसंबर, रामपुर डीह"
    # Two places: neither. A short fact the headline would say again: no place.
    both = plan_post(Request("event", "whatsapp", "warm", facts), headline=None)
    assert "," not in both.headline
    short = ("10 जनवरी को मवई कलाँ में पशु मेला लगेगा", more)
    assert plan_post(Request("event", "whatsapp", "warm", short), headline=None).headline == (
        "पशु मेला: 10 जनवरी"
    )


def test_no_thread_post_is_only_the_call_to_action_and_hashtags() -> None:
    facts = (
        "ग़लत दिशा में वाहन चलाना सड़क दुर्घटनाओं का बड़ा कारण है",
        "कुछ मीटर बचाने के लिए ग़लत दिशा में न चलें, अगले कट से ही मुड़ें",
        "ग़लत दिशा में वाहन चलाने पर मोटर वाहन अधिनियम के तहत चालान होता है",
    )
    req = Request(
        "appeal",
        "x",
        "respectful",
        facts,
        "दोपहिया और ई-रिक्शा चालक",
        "हमेशा सही दिशा और अपनी लेन में ही वाहन चलाएँ",
    )
    text = _compose(req)
    posts = text.split("\n\n🧵 ")
    assert len(posts) >= 2
    # Round10: "2/2 carries only the CTA and hashtag". Each post says a fact.
    for post in posts:
        assert any(fact in post for fact in facts), post
    _checks(text, req)


def test_kin_of_someone_are_not_called_by_name() -> None:
    facts = ("सुकन्या समृद्धि योजना में 10 वर्ष से कम उम्र की बेटी का खाता खुल सकता है",)
    for tone in ("respectful", "warm"):
        req = Request("scheme", "whatsapp", tone, facts, "बेटियों के माता-पिता")
        address = plan_post(req, headline=None).address or ""
        # Round10 refused "बेटियों के प्रिय माता-पिता"; "प्रिय बेटियों के माता-पिता" is no better.
        assert not any(call in address for call in ("प्रिय", "आदरणीय")), address
    fair = Request("event", "facebook", "warm", ("20 दिसंबर को रोज़गार मेला लगेगा",), "ज़िले के युवा")
    assert plan_post(fair, headline=None).address == "ज़िले के प्रिय युवाओ,"


def test_a_warm_post_closes_on_a_slogan_about_whom_its_facts_name() -> None:
    newborns = (
        "आंगनवाड़ी केंद्र पर हर महीने की 9 तारीख़ को गर्भवती महिलाओं की जाँच होती है",
        "जाँच में शिशु के विकास और माँ के पोषण की जानकारी दी जाती है",
        "जाँच, दवा और सलाह सब निःशुल्क हैं",
    )
    req = Request("event", "whatsapp", "warm", newborns, "गर्भवती महिलाएँ और उनके परिवार")
    text = _compose(req)
    # Round9/10's readers called warm posts with no close flat; the writers ended on such lines.
    assert "स्वस्थ माँ, स्वस्थ शिशु!" in text
    _checks(text, req)
    # Not for what the facts do not name (round8's "सुभद्रा योजना" is for women, not mothers),
    # nor where the post is not warm, nor on harm.
    women = ("सुभद्रा योजना में 21 से 60 वर्ष की महिलाओं को ₹10,000 हर साल मिलते हैं",)
    women += ("यह राशि महिलाओं के आधार से जुड़े बैंक खाते में आती है", "पोषण और स्वास्थ्य पर खर्च करें")
    closing = plan_post(Request("scheme", "whatsapp", "warm", women), headline=None).closing
    assert closing is None or "माँ" not in closing
    respectful = plan_post(replace(req, tone="respectful"), headline=None).closing
    assert "स्वस्थ माँ" not in (respectful or "")
    harm = (*newborns[:2], "घरेलू हिंसा की शिकायत 181 पर करें")
    assert plan_post(Request("event", "whatsapp", "warm", harm), headline=None).closing is None


def test_a_headline_says_what_will_start_as_news_does() -> None:
    facts = (
        "बेलवाड़ा चीनी मिल में पेराई सत्र 10 नवंबर से शुरू होगा",
        "गन्ना पर्चियाँ किसानों के पंजीकृत मोबाइल नंबर पर SMS से भेजी जाएँगी",
    )
    req = Request("local_issue", "whatsapp", "celebratory", facts, "गन्ना किसान भाई-बहन")
    # Round10 headed it "गन्ना किसान भाई-बहनों के लिए ख़ुशख़बरी"; its writer led with the news.
    assert plan_post(req, headline=None).headline == (
        "ख़ुशख़बरी! बेलवाड़ा चीनी मिल में पेराई सत्र 10 नवंबर से शुरू"
    )


def test_a_fact_listing_tiers_is_laid_out_one_tier_a_line() -> None:
    facts = (
        "पीएम सूर्य घर योजना में छत पर सोलर पैनल लगाने के लिए सब्सिडी मिलती है",
        "1 किलोवाट सिस्टम पर ₹30,000 और 2 किलोवाट सिस्टम पर ₹60,000 की सब्सिडी मिलती है",
        "कक्षा 11 में प्रवेश पर ₹6,000 और कक्षा 12 में प्रवेश पर भी ₹6,000 मिलते हैं",
    )
    req = Request("scheme", "whatsapp", "respectful", facts, call_to_action="आज ही आवेदन करें")
    lines = plain(_compose(req)).splitlines()
    # As round10's writer listed them ("📚 कक्षा 6 में प्रवेश पर *₹2,000*"): the shared verb
    # goes, every other word stays, each tier keeps what it gets.
    for tier in (
        "1 किलोवाट सिस्टम पर ₹30,000 की सब्सिडी",
        "2 किलोवाट सिस्टम पर ₹60,000 की सब्सिडी",
        "कक्षा 11 में प्रवेश पर ₹6,000",
        "कक्षा 12 में प्रवेश पर भी ₹6,000",
    ):
        assert any(line.endswith(f" {tier}") for line in lines), (tier, lines)
    _checks(_compose(req), req)
    # Not a promise, a condition or one figure.
    for fact in (
        "1 किलोवाट पर ₹30,000 और 2 किलोवाट पर ₹60,000 की सब्सिडी मिलेगी",
        "पहली किस्त पर ₹3,000 और दूसरी पर ₹2,000 तभी मिलते हैं जब पंजीकरण हो",
        "अंत्योदय परिवार को हर महीने 35 किलो अनाज मिलता है",
    ):
        assert split_tiers(fact) is None, fact


def test_an_event_is_laid_out_as_what_then_when_and_where() -> None:
    facts = (
        "पीरो अनुमंडल अस्पताल में 22 नवंबर को निःशुल्क दंत जाँच शिविर लगेगा",
        "शिविर सुबह 9 से दोपहर 2 बजे तक चलेगा",
        "दंत चिकित्सक दाँत और मसूड़ों की जाँच करेंगे",
    )
    req = Request("event", "whatsapp", "warm", facts, "पीरो अनुमंडल के निवासी")
    text = _compose(req)
    lines = plain(text).splitlines()
    # Round4's writer: "📅 *22 नवंबर*", "🕘 सुबह *9 से दोपहर 2 बजे* तक", "📍 *पीरो अनुमंडल
    # अस्पताल*" under the camp; the composer said the first fact whole under "... : 22 नवंबर".
    assert lines[0].startswith("निःशुल्क दंत जाँच शिविर: 22 नवंबर")
    assert "⏰ सुबह 9 से दोपहर 2 बजे तक" in lines
    assert "📍 पीरो अनुमंडल अस्पताल" in lines
    # The date and the hours are said once.
    assert plain(text).count("22 नवंबर") == 1 and "चलेगा" not in text
    _checks(text, req)
    # With one place to name, the headline names it and the date stands below it.
    fair = ("मवई कलाँ के खेल मैदान में 10 जनवरी को पशु मेला लगेगा", "मेले में पशुओं का टीकाकरण होगा")
    plan = plan_post(Request("event", "instagram", "celebratory", fair), headline=None)
    assert plan.headline == "मवई कलाँ में पशु मेला"
    assert [(f.emoji, f.text) for f in plan.facts[:2]] == [
        ("📅", "10 जनवरी"),
        ("📍", "मवई कलाँ का खेल मैदान"),
    ]
    # Not a fact that says more than what, when and where.
    for fact in (
        "31 अक्टूबर को सरदार पटेल की जयंती पर छिंदवाड़ा में दौड़ होगी",
        "बिजली बिल की गड़बड़ी ठीक कराने के लिए 20 जून को उपकेंद्र पर शिविर लगेगा",
        "प्रखंड कार्यालय में 14 सितंबर को शिविर नहीं लगेगा",
    ):
        assert split_event(fact) is None, fact


def test_an_event_whose_venue_and_hour_a_later_fact_gives_is_laid_out_as_the_writer_did() -> None:
    facts = (
        "कुचामन में ज़िला स्तरीय राजस्थानी लोकगीत प्रतियोगिता 18 जनवरी को होगी",
        "प्रतियोगिता टाउन हॉल में सुबह 11 बजे शुरू होगी",
        "कक्षा 6 से 12 तक के विद्यार्थी भाग ले सकते हैं",
    )
    req = Request("event", "whatsapp", "celebratory", facts, "कक्षा 6 से 12 के विद्यार्थी")
    text = _compose(req)
    lines = plain(text).splitlines()
    # Round13 headed it "... प्रतियोगिता: आप सादर आमंत्रित हैं" over both facts whole; the
    # writer: the event in its town, then "📅 18 जनवरी", "📍 टाउन हॉल", "⏰ सुबह 11 बजे से".
    assert lines[0].startswith("कुचामन में ज़िला स्तरीय राजस्थानी लोकगीत प्रतियोगिता")
    assert {"📅 18 जनवरी", "⏰ सुबह 11 बजे से", "📍 टाउन हॉल"} <= set(lines)
    assert "शुरू होगी" not in text and plain(text).count("18 जनवरी") == 1
    _checks(text, req)
    # The hour first and the venue after it; a span keeps its own "से ... तक".
    workshop = (
        "राजकीय महाविद्यालय बीघापुर में साइबर सुरक्षा कार्यशाला 22 नवंबर को होगी",
        "कार्यशाला दोपहर 12 बजे से 2 बजे तक सभागार में होगी",
    )
    plan = plan_post(Request("event", "whatsapp", "warm", workshop), headline=None)
    assert plan.headline == "राजकीय महाविद्यालय बीघापुर में साइबर सुरक्षा कार्यशाला"
    assert [(f.emoji, f.text) for f in plan.facts[:3]] == [
        ("📅", "22 नवंबर"),
        ("⏰", "दोपहर 12 बजे से 2 बजे तक"),
        ("📍", "सभागार"),
    ]
    # A fact that gives an hour but no span, or says more than where and when, stays whole.
    for later in (
        "प्रतियोगिता टाउन हॉल में सुबह 11 बजे होगी",
        "प्रतियोगिता टाउन हॉल में सुबह 11 बजे शुरू होगी और 3 बजे तक चलेगी",
        "मैच प्रखंड स्टेडियम में खेले जाएँगे",
    ):
        plan = plan_post(Request("event", "whatsapp", "warm", (facts[0], later)), headline=None)
        assert any(f.text == later for f in plan.facts), later
        # The town heads the post all the same, the date below it, no place said alone.
        assert plan.headline == "कुचामन में ज़िला स्तरीय राजस्थानी लोकगीत प्रतियोगिता"
        assert plan.facts[0].text == "18 जनवरी" and "कुचामन में" not in {f.text for f in plan.facts}


def test_a_jayanti_wished_in_the_headline_ends_with_a_bow_to_the_person() -> None:
    facts = (
        "रानी लक्ष्मीबाई का जन्म 19 नवंबर 1828 को वाराणसी में हुआ था",
        "उन्होंने 1857 के स्वतंत्रता संग्राम में झाँसी की ओर से अंग्रेज़ों से लोहा लिया",
    )
    req = Request("greeting", "whatsapp", "celebratory", facts)
    plan = plan_post(req, headline=None)
    # Round9 ended this post on its last fact; the writers closed with "... को शत-शत नमन".
    assert plan.headline == "रानी लक्ष्मीबाई जयंती की हार्दिक शुभकामनाएँ!"
    assert plan.closing == "रानी लक्ष्मीबाई को शत-शत नमन! 🙏"
    _checks(_compose(req), req)
    # A headline that bows already is not followed by a second bow.
    respectful = plan_post(replace(req, tone="respectful"), headline=None)
    assert "नमन" in respectful.headline and "नमन" not in (respectful.closing or "")


def test_a_scheme_with_tiers_is_headed_by_its_total() -> None:
    facts = (
        "मध्य प्रदेश की लाड़ली लक्ष्मी योजना का लाभ 1 जनवरी 2006 या उसके बाद जन्मी बालिकाओं को मिलता है",
        "कक्षा 6 में प्रवेश पर ₹2,000 और कक्षा 9 में प्रवेश पर ₹4,000 मिलते हैं",
        "स्नातक में प्रवेश पर ₹25,000 की प्रोत्साहन राशि मिलती है",
        "योजना में कुल ₹1,43,000 की सहायता का प्रावधान है",
    )
    req = Request("scheme", "whatsapp", "warm", facts, "बेटियों के माता-पिता")
    # Round10 headed it "लाड़ली लक्ष्मी योजना: आपके काम की जानकारी" (generic, readers said).
    plan = plan_post(req, headline=None)
    assert plan.headline == "लाड़ली लक्ष्मी योजना: कुल ₹1,43,000 की सहायता का प्रावधान"
    text = _compose(req)
    assert plain(text).count("₹1,43,000") == 1
    _checks(text, req)


def test_what_round11_readers_refused_is_not_written_again() -> None:
    # A day a later fact names is not greeted on an event about something else.
    contest = (
        "ज़िला निर्वाचन कार्यालय की ओर से निबंध प्रतियोगिता होगी",
        "निबंध 20 जनवरी तक प्रधानाचार्य को जमा करना है",
        "विजेताओं को 25 जनवरी को राष्ट्रीय मतदाता दिवस पर सम्मानित किया जाएगा",
    )
    plan = plan_post(Request("event", "facebook", "warm", contest), headline=None)
    assert plan.greeting is None and "शुभकामना" not in plan.headline
    # Students are "प्रिय" in a respectful post; "सभी" comes before the call.
    addresses = {
        plan_post(
            Request(kind, "whatsapp", "respectful", FACTS, "कॉलेज के विद्यार्थी"),
            headline=None,
            variant=variant,
        ).address
        for kind in ("scheme", "event", "appeal")
        for variant in range(3)
    }
    assert "कॉलेज के प्रिय विद्यार्थियो," in addresses
    assert not any("आदरणीय" in (a or "") for a in addresses), addresses
    everyone = Request("greeting", "facebook", "celebratory", ("करमा झारखंड का पर्व है",))
    everyone = replace(everyone, audience="झारखंड के सभी भाई-बहन")
    assert plan_post(everyone, headline=None).address == "झारखंड के सभी प्रिय भाई-बहनो,"
    # A festival's name stops before the region it belongs to.
    nuakhai = ("नुआखाई पश्चिमी ओडिशा का प्रमुख कृषि पर्व है", "इस दिन नई फसल का भोग चढ़ाया जाता है")
    plan = plan_post(Request("greeting", "instagram", "celebratory", nuakhai), headline=None)
    assert plan.headline == "नुआखाई की हार्दिक शुभकामनाएँ!"
    assert "#नुआखाई_पश्चिमी" not in plan.hashtags
    # A fact that asks what the given call to action asks, in nearly its words, is said once.
    fraud = (
        "घर बैठे कमाई के नाम पर ठगी की जा रही है",
        "ठगी होने पर 1930 पर कॉल करें या cybercrime.gov.in पर शिकायत करें",
    )
    cta = "ठगी होते ही 1930 पर कॉल करें या cybercrime.gov.in पर शिकायत दर्ज करें"
    req = Request("appeal", "whatsapp", "urgent", fraud, None, cta)
    text = _compose(req)
    assert text.count("cybercrime.gov.in") == 1 and f"👉 {cta}।" in text
    _checks(text, req)


def test_a_posters_date_place_and_number_lines_keep_their_icon() -> None:
    fair = (
        "मवई कलाँ के खेल मैदान में 10 जनवरी को पशु मेला लगेगा",
        "पशुपालन विभाग की हेल्पलाइन का नंबर 1962 है",
        "मेले में पशुओं का निःशुल्क टीकाकरण होगा",
    )
    words = poster_text(plan_post(Request("event", "whatsapp", "warm", fair), headline=None))
    # Issue 15 asked for icons on a poster for a date, a place, a phone: the renderer draws the
    # emoji in colour (📅 as the undated calendar); a plain fact line stays plain.
    assert words.title == "मवई कलाँ में पशु मेला"
    assert words.lines[:2] == ("📅 10 जनवरी", "📍 मवई कलाँ का खेल मैदान")
    assert "📞 पशुपालन विभाग की हेल्पलाइन: 1962" in words.lines
    assert words.lines[-1] == "मेले में पशुओं का निःशुल्क टीकाकरण"  # a list's line, no verb


def test_a_long_notice_is_headed_by_its_news_without_its_cause_and_said_whole_below() -> None:
    # The writers' "तुलसीपुर रेलवे ओवरब्रिज 12 से 25 मई तक बंद" over the whole fact (round4).
    facts = (
        "तुलसीपुर रेलवे ओवरब्रिज पर मरम्मत कार्य के कारण 12 से 25 मई तक यातायात बंद रहेगा",
        "भारी वाहन मंडी समिति तिराहा होकर जाएँगे",
    )
    for tone, head in (
        ("respectful", "तुलसीपुर रेलवे ओवरब्रिज पर 12 से 25 मई तक यातायात बंद"),
        # "बंद" says it is a notice: no "ज़रूरी सूचना:" before it.
        ("urgent", "तुलसीपुर रेलवे ओवरब्रिज पर 12 से 25 मई तक यातायात बंद"),
    ):
        req = Request("local_issue", "whatsapp", tone, facts, None, "वैकल्पिक मार्ग अपनाएँ")
        plan = plan_post(req, headline=None)
        assert plan.headline == head
        assert plan.facts[0].text == facts[0]  # the cause is said, in the body
        _checks(_compose(req), req)
    # A cause that opens the fact goes whatever its length; one that is the subject stays.
    for fact, head in (
        (
            "गंगा का जलस्तर बढ़ने के कारण सैदपुर घाट पर निजी नावों का परिचालन अगले आदेश तक बंद रहेगा",
            # Not ten of the fact's words in a row, which said again below make a loop.
            "सैदपुर घाट पर निजी नावों का परिचालन बंद",
        ),
        (
            "हुसैनाबाद वार्ड 6 में पाइपलाइन टूटने से नलों में गंदा पानी आने की शिकायत मिली है",
            "हुसैनाबाद वार्ड 6 में नलों में गंदा पानी आने की शिकायत",
        ),
        # "कूड़ा जलाने से" is what the smoke is, not why: the fact is too long to head.
        ("सर्दियों में कूड़ा जलाने से निकलने वाला धुआँ हवा को ज़्यादा प्रदूषित करता है और सेहत बिगाड़ता है", None),
        # "भवन मरम्मत" after a number could be the centre's name: nothing is cut.
        (
            "सरैया गाँव का आंगनवाड़ी केंद्र संख्या 2 भवन मरम्मत के कारण 5 अगस्त से अस्थायी रूप से पंचायत भवन में चलेगा",
            None,
        ),
    ):
        req = Request("local_issue", "whatsapp", "respectful", (fact, "सहयोग करें"), "ग्रामीण")
        got = plan_post(req, headline=None).headline
        assert (got == head) if head else fact.split()[3] not in got, (fact, got)


def test_a_scheme_is_headed_by_what_its_own_fact_says_it_gives() -> None:
    def plan(*facts: str) -> Plan:
        return plan_post(Request("scheme", "whatsapp", "respectful", facts), headline=None)

    mgnrega = (
        "मनरेगा में हर ग्रामीण परिवार को एक वित्तीय वर्ष में 100 दिन के रोज़गार की गारंटी है",
        "काम पाने के लिए ग्राम पंचायत से जॉब कार्ड बनवाना ज़रूरी है",
    )
    said = plan(*mgnrega)
    assert said.headline == ("मनरेगा: हर ग्रामीण परिवार को एक वित्तीय वर्ष में 100 दिन के रोज़गार की गारंटी")
    assert all("गारंटी" not in f.text for f in said.facts)  # said once, as the headline
    jsy = (
        "जननी सुरक्षा योजना में सरकारी अस्पताल में प्रसव कराने पर माँ को नकद सहायता मिलती है",
        "सहायता राशि सीधे माँ के बैंक खाते में भेजी जाती है",
    )
    assert plan(*jsy).headline == (
        "जननी सुरक्षा योजना: सरकारी अस्पताल में प्रसव कराने पर माँ को नकद सहायता"
    )
    # Not a fact that says no, nor one tier's figure.
    assert (
        "नहीं"
        not in plan(
            "अटल पेंशन योजना में आयकर देने वालों को खाता खोलने की सुविधा नहीं है", "खाता बैंक में खुलता है"
        ).headline
    )
    assert (
        "₹"
        not in plan(
            "मुद्रा योजना में शिशु श्रेणी में ₹50,000 तक का ऋण मिलता है",
            "किशोर श्रेणी में ₹50,000 से ₹5 लाख तक का ऋण मिलता है",
        ).headline
    )
    for platform in PLATFORMS:
        req = Request("scheme", platform, "respectful", mgnrega, None, "जॉब कार्ड बनवाएँ")
        _checks(_compose(req), req)


def test_an_appeal_is_headed_by_what_not_to_do_never_a_step_or_a_number() -> None:
    facts = (
        "बारिश के मौसम में साँप काटने की घटनाएँ गाँवों में बहुत बढ़ जाती हैं",
        "मोबाइल फ़ोन हमेशा चार्ज रखें",
        "घाव पर मिर्च, चूना या तेल न लगाएँ",
        "एंबुलेंस के लिए 108 पर कॉल न करने की भूल न करें",
    )
    req = Request("appeal", "whatsapp", "urgent", facts, "ग्रामीण", "तुरंत अस्पताल जाएँ")
    plan = plan_post(req, headline=None)
    assert plan.headline == "सावधान! घाव पर मिर्च, चूना या तेल न लगाएँ"
    assert all(f.text != facts[2] for f in plan.facts)
    _checks(_compose(req), req)
    # Without a warning among the facts, or with only the call to action's own, none leads:
    # the news does, as the first fact tells it without its season.
    for rest in ((facts[1],), (facts[3],), ("घाव पर कुछ न लगाएँ, तुरंत अस्पताल जाएँ",)):
        req = Request("appeal", "whatsapp", "warm", (facts[0], *rest), "ग्रामीण", "तुरंत अस्पताल जाएँ")
        assert plan_post(req, headline=None).headline == ("साँप काटने की घटनाएँ गाँवों में बहुत बढ़ जाती हैं")


def test_a_gift_that_names_nothing_is_not_laid_out_as_one() -> None:
    fact = "एक परिवार की अधिकतम 2 बेटियों को योजना का लाभ मिलता है"
    assert reshape(fact) == fact
    assert reshape("अंत्योदय परिवार को हर महीने 35 किलो अनाज मिलता है") == (
        "अंत्योदय परिवार के लिए: हर महीने 35 किलो अनाज"
    )


def test_a_word_that_qualifies_a_certificate_or_a_record_is_not_the_post_s_subject() -> None:
    # Round11: "क्यूआर कोड वाला डिजिटल टीकाकरण: योजना की ज़रूरी जानकारी" over a portal's facts,
    # closed on "यह हम सबके लिए गर्व की बात है।" because a data record read as a record won.
    facts = (
        "यू-विन पोर्टल पर बच्चों के टीकाकरण का डिजिटल रिकॉर्ड रखा जाता है",
        "हर टीके के बाद क्यूआर कोड वाला डिजिटल टीकाकरण प्रमाणपत्र मिलता है",
    )
    req = Request("scheme", "whatsapp", "warm", facts, "छोटे बच्चों के माता-पिता")
    plan = plan_post(req, headline=None)
    assert "टीकाकरण" not in plan.headline and "गर्व" not in (plan.closing or "")
    assert "achievement" not in supported_claims(facts)
    assert "achievement" in supported_claims(["इस साल धान ख़रीद का रिकॉर्ड बना"])


@pytest.mark.parametrize(
    ("facts", "greeting"),
    [
        # A festival a later fact mentions is not the day a birth opens.
        (
            (
                "लोकमान्य बाल गंगाधर तिलक का जन्म 23 जुलाई 1856 को हुआ था",
                "सार्वजनिक गणेशोत्सव से उन्होंने लोगों को एकजुट किया",
            ),
            "लोकमान्य बाल गंगाधर तिलक जयंती की हार्दिक शुभकामनाएँ! 🙏",
        ),
        # "देव दीपावली" is Kartik Purnima's, not Diwali.
        (
            (
                "कार्तिक पूर्णिमा पर गंगा और अन्य नदियों में स्नान की परंपरा है",
                "इसी दिन देव दीपावली भी मनाई जाती है",
            ),
            "कार्तिक पूर्णिमा की हार्दिक शुभकामनाएँ! 🙏",
        ),
        (
            ("विश्वकर्मा पूजा के दिन कारीगर अपने औज़ारों की पूजा करते हैं",),
            "विश्वकर्मा पूजा की हार्दिक शुभकामनाएँ! 🙏",
        ),
        # A festival named with its date; a day's name of five words kept whole.
        (
            ("छेरछेरा पुन्नी पौष पूर्णिमा को मनाया जाता है", "किसान परिवार नई फ़सल का धान दान करते हैं"),
            "छेरछेरा पुन्नी की हार्दिक शुभकामनाएँ! 🙏",
        ),
        (
            ("23 अप्रैल को विश्व पुस्तक एवं कॉपीराइट दिवस मनाया जाता है",),
            "विश्व पुस्तक एवं कॉपीराइट दिवस की हार्दिक शुभकामनाएँ! 🙏",
        ),
        # Round13 wished three days "आप सभी को हार्दिक शुभकामनाएँ!": a victory day, a festival
        # named before a comma, and a day remembered for those hanged, which bows instead.
        (
            ("23 अप्रैल को बाबू वीर कुंवर सिंह विजयोत्सव मनाया जाता है",),
            "बाबू वीर कुंवर सिंह विजयोत्सव की हार्दिक शुभकामनाएँ! 🙏",
        ),
        (
            ("हरेला उत्तराखंड का लोकपर्व है, जो हरियाली और खुशहाली का प्रतीक है",),
            "हरेला की हार्दिक शुभकामनाएँ! 🎉",
        ),
        (
            (
                "इस घटना को काकोरी ट्रेन एक्शन के नाम से याद किया जाता है",
                "राम प्रसाद बिस्मिल और अशफ़ाक़ उल्ला ख़ाँ को इस मामले में फाँसी दी गई",
            ),
            "काकोरी ट्रेन एक्शन के वीरों को शत-शत नमन 🙏",
        ),
    ],
)
def test_a_greeting_wishes_the_day_its_facts_are_about(
    facts: tuple[str, ...], greeting: str
) -> None:
    # Round12: "गणेश चतुर्थी" on Tilak's jayanti, "दीपावली" on Kartik Purnima, "आप सभी को
    # हार्दिक शुभकामनाएँ!" on Vishwakarma Puja, "छेरछेरा पुन्नी पौष पूर्णिमा की ...".
    req = Request("greeting", "instagram", "celebratory", facts)
    plan = plan_post(req, headline=None)
    assert (plan.greeting or f"{plan.headline} {plan.headline_emoji}") == greeting
    _checks(_compose(req), req)


def test_round12_headlines_say_whole_things() -> None:
    # An income limit is no scheme's gift ("योजना: ₹4.5 लाख तक होनी चाहिए").
    scheme = (
        "केंद्रीय क्षेत्र छात्रवृत्ति योजना में हर वर्ष 82,000 नई छात्रवृत्तियाँ दी जाती हैं",
        "परिवार की सालाना आय ₹4.5 लाख तक होनी चाहिए",
    )
    head = plan_post(Request("scheme", "whatsapp", "warm", scheme), headline=None).headline
    assert "होनी" not in head
    # A progressive keeps its auxiliary ("... शुरू किया जा रहा" read as cut).
    library = ("सिंहपुर पंचायत भवन में नया सामुदायिक पुस्तकालय शुरू किया जा रहा है", "सहयोग करें")
    head = plan_post(Request("local_issue", "whatsapp", "warm", library), headline=None).headline
    assert not head.endswith("रहा")
    # The date of a final is the final's, not the tournament's.
    hockey = (
        "ज़िला स्तरीय बालिका हॉकी प्रतियोगिता का फ़ाइनल 14 दिसंबर को दोपहर 1 बजे होगा",
        "फ़ाइनल में 2 टीमें खेलेंगी",
    )
    head = plan_post(Request("event", "whatsapp", "respectful", hockey), headline=None).headline
    assert head.startswith("ज़िला स्तरीय बालिका हॉकी प्रतियोगिता का फ़ाइनल: 14 दिसंबर")
    # A place alone under an event's headline goes into it ("📍 करैरा तहसील में" read as cut).
    camp = (
        "करैरा तहसील में 9 और 10 सितंबर को प्रमाणपत्र शिविर लगेगा",
        "शिविर में जाति और आय प्रमाणपत्र के आवेदन लिए जाएँगे",
    )
    req = Request("event", "whatsapp", "respectful", camp)
    plan = plan_post(req, headline=None)
    assert plan.headline == "करैरा तहसील में प्रमाणपत्र शिविर: 9 और 10 सितंबर"
    assert all(f.emoji != "📍" for f in plan.facts)
    _checks(_compose(req), req)


@pytest.mark.parametrize(
    ("fact", "emoji"),
    [
        ("अब फाटक बंद होने पर लगने वाले जाम से राहत मिलेगी", "🔹"),  # good news, not ⚠️
        ("ज़हरीले और खाने योग्य मशरूम को देखकर पहचानना मुश्किल है", "🔹"),  # fit to eat, not ✅
        ("चाँदी का सिक्का डालकर पकाने से ज़हर की पहचान नहीं होती", "🔹"),  # a coin in a folk test
        ("दुकानदार ₹10 के सिक्के लेने से मना नहीं कर सकते", "💰"),
        ("सड़क 3 दिन बंद रहेगी", "⚠️"),
        ("केवल योग्य किसान ही इसका लाभ ले सकते हैं", "✅"),
        ("परिवार की सालाना आय ₹4.5 लाख तक होनी चाहिए", "📋"),  # a limit, not money on offer
        ("40 किसानों का चयन पहले आओ-पहले पाओ के आधार पर होगा", "🌾"),  # no Aadhaar here
        # Nor here (round37), and a stay in hospital is no place (round37: 📍).
        ("लाई हराओबा के नृत्यों को मणिपुरी नृत्य शैली का मूल आधार माना जाता है", "💃"),
        ("ऑपरेशन, दवाइयां और अस्पताल में भर्ती के दौरान भोजन निःशुल्क रहेगा", "🔹"),
        ("शिविर जिला अस्पताल में लगेगा", "📍"),
    ],
)
def test_round12_emoji_fit_what_the_line_says(fact: str, emoji: str) -> None:
    assert fact_emoji(fact) == emoji


@pytest.mark.parametrize(
    ("fact", "emoji"),
    [
        # Rounds 16-18's readers: a tick on a virus, a phone on a batch, a pin on a symptom.
        ("यह वायरस मक्खी के काटने से फैलता है और 15 वर्ष से कम उम्र के बच्चों को प्रभावित करता है", "🔹"),
        ("जाँच में खांसी के सिरप का बैच नंबर KR-2407 मानक के अनुरूप नहीं पाया गया", "🔹"),
        ("तेज़ बुखार और काटने की जगह पर काली पपड़ी जैसा निशान इसके लक्षण हैं", "🔹"),
        ("जिस परिवार में कोई सदस्य आयकर देता है, वह परिवार योजना का पात्र नहीं है", "❌"),
        # "आयुष्मान" and "आयुर्वेद" are no age (✅ on every line of an Ayushman post).
        ("आयुष्मान आरोग्य मंदिर पर 12 तरह की प्राथमिक स्वास्थ्य सेवाएँ मिलती हैं", "🔹"),
        ("60 वर्ष से अधिक आयु के बुज़ुर्ग इसका लाभ ले सकते हैं", "✅"),
        ("शिविर पंचायत भवन में लगेगा", "📍"),
        ("जानकारी के लिए नंबर 05852-232614 पर कॉल करें", "📞"),
    ],
)
def test_round16_to_18_emoji_fit_what_the_line_says(fact: str, emoji: str) -> None:
    assert fact_emoji(fact) == emoji


def test_who_may_apply_and_a_limit_are_laid_out_as_labels() -> None:
    # Round12's writer: "🏅 पात्रता: कक्षा 12 में ...", "🏠 परिवार की सालाना आय: ₹4.5 लाख तक".
    for fact, line in (
        (
            "21 वर्ष या उससे अधिक उम्र की विवाहित महिलाएँ इसकी पात्र हैं",
            "पात्रता: 21 वर्ष या उससे अधिक उम्र की विवाहित महिलाएँ",
        ),
        ("परिवार की सालाना आय ₹4.5 लाख तक होनी चाहिए", "परिवार की सालाना आय: ₹4.5 लाख तक"),
        ("मृतक की उम्र 18 से 59 वर्ष के बीच होनी चाहिए", "मृतक की उम्र: 18 से 59 वर्ष के बीच"),
        # Not a condition, a "no", or a list: their shape carries meaning.
        ("माता-पिता की सालाना आय ₹2,50,000 तक होने पर छात्र पात्र हैं", None),
        ("परिवार की सालाना आय ₹3,50,000 से अधिक नहीं होनी चाहिए", None),
        ("सरकारी, सहायता प्राप्त और निकाय के स्कूलों के विद्यार्थी पात्र हैं", None),
    ):
        assert reshape(fact) == (line or fact)
    facts = (
        "अटल पेंशन योजना में ₹1,000 से ₹5,000 तक की मासिक पेंशन मिलती है",
        *(
            "18 से 40 वर्ष के नागरिक इसके पात्र हैं",
            "परिवार की सालाना आय ₹3 लाख तक होनी चाहिए",
        ),
    )
    for platform in PLATFORMS:
        req = Request("scheme", platform, "respectful", facts, None, "बैंक में आवेदन करें")
        _checks(_compose(req), req)


def test_facebook_and_instagram_posts_are_tagged_with_what_they_are_about() -> None:
    # Round12: no hashtags on a Mission Vatsalya post, nor on World Book Day's.
    mission = ("मिशन वात्सल्य के तहत ज़रूरतमंद बच्चे को हर महीने ₹4,000 की सहायता मिलती है",)
    plan = plan_post(Request("scheme", "facebook", "respectful", mission), headline=None)
    assert plan.hashtags[:1] == ("#मिशन_वात्सल्य",)
    day = ("23 अप्रैल को विश्व पुस्तक एवं कॉपीराइट दिवस मनाया जाता है",)
    plan = plan_post(Request("greeting", "instagram", "celebratory", day), headline=None)
    assert "#विश्व_पुस्तक_एवं_कॉपीराइट_दिवस" in plan.hashtags


def test_where_to_apply_and_what_to_bring_are_laid_out_as_labels() -> None:
    for fact, line in (
        (
            "आवेदन राष्ट्रीय छात्रवृत्ति पोर्टल scholarships.gov.in पर होता है",
            "आवेदन: राष्ट्रीय छात्रवृत्ति पोर्टल scholarships.gov.in पर",
        ),
        ("आवेदन मेधासॉफ्ट पोर्टल पर ऑनलाइन किया जाता है", "आवेदन ऑनलाइन: मेधासॉफ्ट पोर्टल पर"),
        (
            "पंजीयन के लिए आधार कार्ड, ऋण पुस्तिका और बैंक पासबुक साथ लाएँ",
            "पंजीयन के लिए साथ लाएँ: आधार कार्ड, ऋण पुस्तिका और बैंक पासबुक",
        ),
        # Not "can", not "on the basis of", not a "no".
        ("आवेदन www.swavlambancard.gov.in पर ऑनलाइन किया जा सकता है", None),
        ("पंजीकरण आधार नंबर के आधार पर ऑनलाइन होता है", None),
        ("आवेदन के लिए मूल दस्तावेज़ नहीं, केवल उनकी प्रति साथ लाएँ", None),
    ):
        assert reshape(fact) == (line or fact)
    # A fact the call to action asks again stays as typed, not a label said twice.
    facts = (
        "पीएम विद्यालक्ष्मी योजना में छात्रों को शिक्षा ऋण मिलता है",
        "आवेदन पीएम विद्यालक्ष्मी पोर्टल पर ऑनलाइन होता है",
    )
    req = Request(
        "scheme", "instagram", "respectful", facts, None, "पीएम विद्यालक्ष्मी पोर्टल पर ऑनलाइन आवेदन करें"
    )
    lines = [f.text for f in plan_post(req, headline=None).facts]
    assert not any("आवेदन ऑनलाइन:" in line for line in lines)
    # Nor said at all when the call to action says every word of it but "होता है": round13's
    # readers read "पंजीकरण 28 जुलाई तक पुस्तकालय काउंटर पर होगा" and then the same words as
    # the call to action (in a thread the repeat made).
    assert lines == [facts[0]]
    _checks(_compose(req), req)
    mock = (
        "दलसिंहसराय अनुमंडल पुस्तकालय में प्रतियोगी परीक्षाओं की मुफ़्त मॉक टेस्ट शृंखला 1 अगस्त से शुरू होगी",
        "टेस्ट हर रविवार सुबह 10 बजे होगा",
        "केवल पहले 100 अभ्यर्थियों का पंजीकरण होगा",
        "पंजीकरण 28 जुलाई तक पुस्तकालय काउंटर पर होगा",
    )
    req = Request("event", "x", "urgent", mock, None, "28 जुलाई तक पुस्तकालय काउंटर पर पंजीकरण कराएँ")
    text = _compose(req)
    assert plain(text).count("पुस्तकालय काउंटर") == 1
    _checks(text, req)
    # A fact with a word the call to action leaves out stays.
    kept = replace(req, call_to_action="28 जुलाई तक पंजीकरण कराएँ")
    assert mock[3] in [f.text for f in plan_post(kept, headline=None).facts]


def test_what_the_round13_readers_refused_is_not_written_again() -> None:
    # "इस योजना के" left dangling by the eligibility label.
    fact = "कम से कम 40% दिव्यांगता वाले व्यक्ति इस योजना के पात्र हैं"
    assert reshape(fact) == "पात्रता: कम से कम 40% दिव्यांगता वाले व्यक्ति"
    # A stop "until" a day is not a stop "on" it.
    works = (
        "मरम्मत का काम चल रहा है और तटबंध वाली सड़क पर 20 जून तक सभी वाहनों का आवागमन बंद रहेगा",
        "पैदल यात्री दूसरे रास्ते से जाएँ",
    )
    req = Request("local_issue", "whatsapp", "urgent", works)
    assert plan_post(req, headline=None).headline == "वाहनों का आवागमन बंद: 20 जून तक"
    # A warning that points back to another fact does not lead.
    compost = (
        "रसोई के गीले कचरे को एक ढके हुए डिब्बे में डालकर घर पर ही खाद बनाई जा सकती है",
        "प्लास्टिक, काँच और दवाइयाँ इसमें न डालें",
    )
    req = Request("appeal", "whatsapp", "warm", compost, "नागरिक", "आज से खाद बनाना शुरू करें")
    assert "इसमें" not in plan_post(req, headline=None).headline
    # Ganga Dussehra is not Vijayadashami.
    ganga = ("गंगा दशहरा ज्येष्ठ मास के शुक्ल पक्ष की दशमी को मनाया जाता है",)
    plan = plan_post(Request("greeting", "instagram", "celebratory", ganga), headline=None)
    assert (plan.greeting or plan.headline).startswith("गंगा दशहरा")


def test_a_greeting_names_the_navy_day_and_the_rath_yatra() -> None:
    # Both were wished "आप सभी को हार्दिक शुभकामनाएँ!", naming no day (rounds 6 and 8):
    # "नौसेना" ends like a verb ("-ना") and was cut from the day's name; the Rath Yatra was
    # no occasion the phrasebook knew.
    navy = (
        "4 दिसंबर को भारतीय नौसेना दिवस मनाया जाता है",
        "यह दिन 1971 के युद्ध में ऑपरेशन ट्राइडेंट की सफलता की याद में मनाया जाता है",
    )
    rath = (
        "रथ यात्रा आषाढ़ शुक्ल द्वितीया को निकलती है",
        "पुरी में भगवान जगन्नाथ, भगवान बलभद्र और देवी सुभद्रा के रथ खींचे जाते हैं",
    )
    for facts, day in ((navy, "भारतीय नौसेना दिवस"), (rath, "रथ यात्रा")):
        req = Request("greeting", "facebook", "celebratory", facts)
        plan = plan_post(req, headline=None)
        assert plan.headline.startswith(f"{day} की हार्दिक शुभकामनाएँ"), plan.headline
        _checks(_compose(req), req)


def test_free_hours_and_registration_are_laid_out_as_labels_in_a_list_not_a_paragraph() -> None:
    for fact, line in (
        # Round13's writers: "🎟️ प्रवेश निःशुल्क", "🗓️ हर रविवार सुबह 10 बजे", "📝 पंजीकरण:
        # 15 जनवरी तक, स्कूल के माध्यम से".
        ("महोत्सव में प्रवेश निःशुल्क है", "महोत्सव में प्रवेश निःशुल्क"),
        ("टेस्ट हर रविवार सुबह 10 बजे होगा", "टेस्ट: हर रविवार सुबह 10 बजे"),
        ("प्रशिक्षण रोज़ शाम 4 बजे से 6 बजे तक होगा", "प्रशिक्षण: रोज़ शाम 4 बजे से 6 बजे तक"),
        ("पंजीकरण 15 जनवरी तक स्कूल के माध्यम से होगा", "पंजीकरण: 15 जनवरी तक स्कूल के माध्यम से"),
        # Not a "no", an "only", a condition, or a registration with no when or where.
        ("पंजीकरण शुल्क नहीं लगेगा, प्रवेश निःशुल्क है", None),
        ("केवल पहले 100 अभ्यर्थियों का पंजीकरण होगा", None),
        ("पंजीकरण ऑनलाइन होगा", None),
    ):
        assert reshape(fact) == (line or fact)
    facts = (
        "बैहर में 26 और 27 दिसंबर को जनजातीय लोकनृत्य महोत्सव होगा",
        "करमा और सैला नृत्य के दल अपनी प्रस्तुति देंगे",
        "महोत्सव में प्रवेश निःशुल्क है",
    )
    listed = Request("event", "whatsapp", "celebratory", facts, "सभी क्षेत्रवासी", "ज़रूर आएँ")
    assert "🎟️ महोत्सव में प्रवेश निःशुल्क" in plain(_compose(listed)).splitlines()
    _checks(_compose(listed), listed)
    # A Facebook post of sentences says it as typed, in its paragraph; and no post ends on a
    # label, which the format check reads as a sentence cut short.
    last = replace(listed, call_to_action=None, tone="respectful", platform="instagram")
    for req in (replace(listed, platform="facebook"), last):
        text = _compose(req)
        assert "महोत्सव में प्रवेश निःशुल्क है।" in text, text
        _checks(text, req)


def test_an_event_is_tagged_by_its_town_and_by_what_it_is_not_its_level() -> None:
    facts = (
        "कुचामन में ज़िला स्तरीय राजस्थानी लोकगीत प्रतियोगिता 18 जनवरी को होगी",
        "प्रतियोगिता टाउन हॉल में सुबह 11 बजे शुरू होगी",
    )
    # Round13's Instagram post went without a tag; the writer: "#कुचामन #राजस्थानी_लोकगीत".
    tags = plan_post(Request("event", "instagram", "celebratory", facts), headline=None).hashtags
    assert {"#कुचामन", "#राजस्थानी_लोकगीत_प्रतियोगिता"} <= set(tags)
    # A venue is no town, a town's "प्रखंड" is not its name, and a national day keeps its
    # "राष्ट्रीय".
    for first, tag in (
        ("स्टेडियम में 18 जनवरी को ज़िला स्तरीय कबड्डी प्रतियोगिता होगी", None),
        ("खरसावाँ प्रखंड में पहली महिला क्रिकेट प्रतियोगिता 18 दिसंबर को होगी", "#खरसावाँ"),
    ):
        tags = plan_post(Request("event", "instagram", "warm", (first,)), headline=None).hashtags
        assert (tag in tags) if tag else not any("स्टेडियम" in t for t in tags), tags
    day = ("28 फ़रवरी को राष्ट्रीय विज्ञान दिवस मनाया जाता है",)
    assert (
        "#राष्ट्रीय_विज्ञान_दिवस"
        in plan_post(Request("greeting", "instagram", "celebratory", day), headline=None).hashtags
    )


def test_a_festival_the_public_comes_to_ends_with_an_invitation() -> None:
    facts = (
        "बैहर में 26 और 27 दिसंबर को जनजातीय लोकनृत्य महोत्सव होगा",
        "करमा और सैला नृत्य के दल अपनी प्रस्तुति देंगे",
        "महोत्सव में प्रवेश निःशुल्क है",
    )
    req = Request("event", "instagram", "celebratory", facts, "सभी क्षेत्रवासी")
    # Round13: "a plain list with no invitation or festive line"; the writer ended it
    # "परिवार और दोस्तों के साथ ज़रूर आइए!".
    assert plan_post(req, headline=None).closing == "परिवार और दोस्तों के साथ ज़रूर आइए! 🎉"
    _checks(_compose(req), req)
    # Not where the request asks something itself, nor to people who are chosen or described,
    # nor to a camp or contest.
    for other in (
        replace(req, call_to_action="समय पर पहुँचें"),
        replace(req, audience="चयनित विद्यार्थी और उनके अभिभावक"),
        replace(req, facts=("पीरो में 22 नवंबर को निःशुल्क दंत जाँच शिविर लगेगा",)),
        replace(req, tone="respectful"),
    ):
        assert "आइए" not in (plan_post(other, headline=None).closing or ""), other


def test_a_headline_leaves_out_the_verb_its_change_or_place_makes_plain() -> None:
    for fact, line in (
        # Round4's and round6's writers: "जैतपुरा: बैंक शाखा 2 सितंबर से नए भवन में",
        # "ख़ुशख़बरी! मालपुरा का नया रोडवेज़ बस स्टैंड 1 अगस्त से शुरू ...".
        (
            "केंद्रीय सहकारी बैंक की जैतपुरा शाखा 2 सितंबर से नए भवन में चलेगी",
            "केंद्रीय सहकारी बैंक की जैतपुरा शाखा 2 सितंबर से नए भवन में",
        ),
        (
            "मालपुरा का नया रोडवेज़ बस स्टैंड 1 अगस्त से शुरू हो रहा है",
            "मालपुरा का नया रोडवेज़ बस स्टैंड 1 अगस्त से शुरू",
        ),
        ("गाँव में वाटर एटीएम शुरू हो गया है", "गाँव में वाटर एटीएम शुरू"),
        ("वार्ड 4 में 1 मई से टैंकर से पेयजल आपूर्ति की जाएगी", "वार्ड 4 में 1 मई से टैंकर से पेयजल आपूर्ति"),
        # Not a verb whose tense or sense carries the news.
        ("नहर में 10 दिसंबर से पानी छोड़ा जाएगा", "नहर में 10 दिसंबर से पानी छोड़ा जाएगा"),
        ("दुकान का समय 1 जुलाई से बदल रहा है", "दुकान का समय 1 जुलाई से बदल रहा है"),
    ):
        assert _headline_form(fact) == line
    facts = (
        "केंद्रीय सहकारी बैंक की जैतपुरा शाखा 2 सितंबर से नए भवन में चलेगी",
        "नया भवन बस स्टैंड के सामने है",
    )
    req = Request("local_issue", "whatsapp", "respectful", facts, "बैंक के खाताधारक")
    plan = plan_post(req, headline=None)
    # Round4 headed it "बैंक के खाताधारकों के लिए ज़रूरी सूचना" over the fact whole.
    assert plan.headline == "केंद्रीय सहकारी बैंक की जैतपुरा शाखा 2 सितंबर से नए भवन में"
    assert [f.typed or f.text for f in plan.facts] == [facts[1]]
    _checks(_compose(req), req)


def test_what_the_round14_readers_refused_is_not_written_again() -> None:
    # A number is part of an event's name: not "दिवसीय प्रशिक्षण: 2 मार्च", "#दिवसीय_कार्यशाला".
    training = (
        "पलवल के आईटीआई परिसर में महिलाओं के लिए ई-रिक्शा चलाने का 15 दिवसीय प्रशिक्षण 2 मार्च से शुरू होगा",
        "प्रशिक्षण में यातायात नियम सिखाए जाएँगे",
    )
    plan = plan_post(Request("event", "instagram", "warm", training), headline=None)
    assert not plan.headline.startswith("दिवसीय") and not any("दिवसीय" in t for t in plan.hashtags)
    # No tag from a verb, nor from the contest those chosen go on to.
    drive = ("मेरठ में 1 से 15 जनवरी तक चले अभियान में 412 वाहनों के चालान किए गए",)
    trial = (
        "ज़िला स्टेडियम में 27 दिसंबर को चयन ट्रायल होगा",
        "प्रत्येक वर्ग के शीर्ष 3 खिलाड़ी राज्य स्तरीय प्रतियोगिता के लिए चुने जाएंगे",
    )
    for kind, facts in (("appeal", drive), ("event", trial)):
        tags = plan_post(Request(kind, "instagram", "respectful", facts), headline=None).hashtags
        assert not any("चले" in t or "खिलाड़ी" in t or "राज्य_स्तरीय" in t for t in tags), tags
    # A day is greeted by its name, not its celebration's level; a person's day bows to him.
    himachal = (
        "हिमाचल प्रदेश 15 अप्रैल 1948 को अस्तित्व में आया",
        "जिला स्तरीय हिमाचल दिवस समारोह 15 अप्रैल को चंबा में होगा",
    )
    lachit = (
        "वीर लाचित बरफुकन का जन्म 24 नवंबर 1622 को हुआ था और इस दिन को लाचित दिवस के रूप में मनाया जाता है",
        "उन्होंने 1671 में सराईघाट के युद्ध में मुगल सेना को पराजित किया था",
    )
    govardhan = ("गोवर्धन पूजा दीपावली के अगले दिन मनाई जाती है", "घरों में अन्नकूट का भोग लगाया जाता है")
    for facts, tone, headline in (
        (himachal, "celebratory", "हिमाचल दिवस की हार्दिक शुभकामनाएँ!"),
        (lachit, "respectful", "लाचित दिवस पर वीर लाचित बरफुकन को शत-शत नमन"),
        (govardhan, "celebratory", "गोवर्धन पूजा की हार्दिक शुभकामनाएँ!"),
    ):
        req = Request("greeting", "facebook", tone, facts)
        assert plan_post(req, headline=None).headline == headline
        _checks(_compose(req), req)
    # A call for nominations congratulates no one.
    award = (
        "बाल पुरस्कार उन बच्चों को दिया जाता है जिन्होंने असाधारण उपलब्धि हासिल की हो",
        "नामांकन awards.gov.in पर ऑनलाइन किया जाता है",
    )
    req = Request("scheme", "instagram", "celebratory", award, None, "बच्चों का नामांकन कराएँ")
    assert "बधाई" not in _compose(req)
    # One numeral system in a post, whatever the facts mixed.
    ferry = (
        "पहली फेरी सुबह 7:30 बजे और अंतिम फेरी शाम 4:00 बजे चलेगी",
        "दिन में कुल ६ फेरी चलेंगी और शाम ४ बजे के बाद कोई सेवा नहीं होगी",
    )
    req = Request("local_issue", "whatsapp", "respectful", ferry, None, "समय का ध्यान रखें")
    text = _compose(req)
    assert "६" not in text and "कुल 6 फेरी" in text and "शाम 4 बजे" in text
    _checks(text, req)
    # Emoji that fit: no phone on a parking lot in a "कॉलोनी", a craftsman is no labourer.
    assert fact_emoji("कॉलोनी के पास नया पार्किंग स्थल बनाया गया है जिसमें 180 वाहनों की जगह है") != "📞"
    assert fact_emoji("नियंत्रण कक्ष 07642-250317 या डायल 112 पर सूचना दें") == "📞"
    assert fact_emoji("वरिष्ठ शिल्पकार 30 युवा कारीगरों को ढलाई सिखाएंगे") != "👷"
    assert fact_emoji("वन विभाग की टीम मगरमच्छ को पकड़ने का प्रयास कर रही है") != "🌳"
    # "आधारित" is no Aadhaar card.
    assert fact_emoji("कलाकार कृष्ण की लीलाओं पर आधारित नाट्य प्रस्तुतियाँ देंगे") != "📝"
    assert fact_emoji("आवेदन के लिए आधार कार्ड ज़रूरी है") == "📝"
    # A town named before the villages says whose citizens: not "मंडला शहरों".
    assert oblique_plural("मंडला शहर और नर्मदा तट के गांवों के नागरिक") == (
        "मंडला शहर और नर्मदा तट के गांवों के नागरिकों"
    )


def test_a_warm_post_with_nothing_else_to_close_on_asks_to_pass_it_on() -> None:
    facts = (
        "डाकघर बचत खाता न्यूनतम ₹500 जमा करके खोला जा सकता है",
        "इस खाते पर 4% सालाना ब्याज मिलता है",
    )
    req = Request("scheme", "whatsapp", "warm", facts, "ग्रामीण परिवार", "डाकघर जाकर खाता खुलवाएँ")
    # Round14's readers: "no warm close or share line" on nine of eleven warm posts.
    closing = plan_post(req, headline=None).closing
    assert closing is not None and closing.startswith("यह जानकारी अपनों तक ज़रूर पहुँचाएँ")
    assert plan_post(req, headline=None, variant=1).closing != closing  # the next draft's own
    _checks(_compose(req), req)
    # A respectful post on WhatsApp or Facebook too (rounds 14-18: 27 "no close"), without
    # "ताकि कोई भी पात्र व्यक्ति ..." where no fact says who is eligible (round16).
    respectful = plan_post(replace(req, tone="respectful"), headline=None).closing
    assert respectful == "यह जानकारी अपनों तक ज़रूर पहुँचाएँ 🙏"
    eligible = replace(req, tone="respectful", facts=(*facts, "60 वर्ष से अधिक उम्र के लोग पात्र हैं"))
    assert "पात्र व्यक्ति" in (plan_post(eligible, headline=None).closing or "")
    # Not urgent, on Instagram, on X, on harm, or where the call to action asks it already.
    for other in (
        replace(req, tone="urgent"),
        replace(req, tone="respectful", platform="instagram"),
        replace(req, platform="instagram"),  # round40: "does not suit Instagram"
        replace(req, platform="x"),
        replace(req, call_to_action="अपने पड़ोसियों को भी यह जानकारी दें"),
        replace(req, kind="appeal", facts=("घरेलू हिंसा की शिकायत 181 पर करें",)),
    ):
        assert "पहुँचाएँ" not in (plan_post(other, headline=None).closing or ""), other


def test_no_two_lines_of_a_post_start_with_the_same_emoji() -> None:
    facts = (
        "प्रधानमंत्री मातृ वंदना योजना में पहली संतान पर गर्भवती महिला को ₹5,000 की सहायता "
        "दो किस्तों में मिलती है।",
        "दूसरी संतान बेटी होने पर ₹6,000 एक किस्त में मिलते हैं।",
        "राशि सीधे महिला के आधार से जुड़े बैंक खाते में भेजी जाती है।",
    )
    req = Request("scheme", "whatsapp", "warm", facts, "गर्भवती महिलाएँ", "आशा कार्यकर्ता से संपर्क करें")
    # The readers: "💰 on every line"; the writers never marked two lines in a row alike.
    text = _compose(req)
    marks = [line.split()[0] for line in text.splitlines() if line.split()]
    assert marks.count("💰") == 1, text
    marked = [m for m in marks if not regex.match(r"[\p{L}\p{M}*#(🔹]", m)]
    assert len(marked) == len(set(marked)), text
    _checks(text, req)


def test_a_warm_event_ends_awaiting_its_people_not_asking_to_pass_it_on() -> None:
    facts = (
        "गोंड चित्रकला कार्यशाला 10 से 14 जून तक डिंडोरी के ज़िला पंचायत सभागार में होगी",
        "कक्षा 6 से 12 के विद्यार्थी भाग ले सकते हैं",
    )
    req = Request(
        "event", "whatsapp", "warm", facts, None, "पंजीकरण के लिए स्कूल के कला शिक्षक से संपर्क करें"
    )
    # Rounds 32-40's readers: the share line "gives no warmth", "a flat notice".
    text = _compose(req)
    assert "आपकी भागीदारी का इंतज़ार रहेगा!" in text and "पहुँचाएँ" not in text, text
    _checks(text, req)
    # A glad one gladly (round40-41: "no festive close").
    glad = plan_post(replace(req, tone="celebratory"), headline=None).closing
    assert glad == "आपका इंतज़ार रहेगा! 🎉", glad
    # Not on X, where a line that says nothing new would make a thread, nor on harm.
    assert "इंतज़ार" not in _compose_x(replace(req, platform="x"))
    hurt = replace(req, facts=(*facts, "पिछले साल डूबने से 3 लोगों की मौत हुई थी"))
    assert "इंतज़ार" not in (plan_post(hurt, headline=None).closing or "")


def test_an_appeal_with_no_news_to_lead_with_is_headed_by_its_ask() -> None:
    facts = (
        "कुछ लोग सरकारी विभागों में नौकरी लगवाने के नाम पर युवाओं से पैसे मांग रहे हैं और फर्जी नियुक्ति पत्र दे रहे हैं",
        "सरकारी नौकरी केवल विज्ञापित परीक्षा से मिलती है",
    )
    req = Request(
        "appeal", "whatsapp", "urgent", facts, "युवा और अभिभावक", "नौकरी के नाम पर किसी को पैसे न दें"
    )
    plan = plan_post(req, headline=None)
    # Round14: "युवाओं और अभिभावकों के लिए ज़रूरी सूचना"; the writer: "सावधान! सरकारी नौकरी
    # के नाम पर ठगी". The ask heads the post and ends it (round15: "does not repeat it at the
    # end, so the post stops on the application details").
    assert plan.headline == "सावधान! नौकरी के नाम पर किसी को पैसे न दें"
    assert plan.cta == req.call_to_action and plan.cta_given
    text = _compose(req)
    assert plain(text).count("किसी को पैसे न दें") == 2
    body = plain(text).removesuffix(DEFAULT_DISCLOSURE).rstrip()
    assert body.endswith("👉 नौकरी के नाम पर किसी को पैसे न दें।")
    _checks(text, req)
    polite = plan_post(replace(req, tone="respectful"), headline=None).headline
    assert polite == "कृपया नौकरी के नाम पर किसी को पैसे न दें"
    # Not an ask that points back at the facts, nor a notice's that is not urgent (an urgent
    # notice's: test_an_urgent_notice_with_no_short_news_is_headed_by_its_ask).
    for other in (
        replace(req, call_to_action="ऐसा पत्र दिखे तो पुलिस को सूचना दें"),
        replace(req, kind="local_issue", tone="respectful"),
    ):
        assert "पैसे न दें" not in plan_post(other, headline=None).headline
        assert "पत्र दिखे" not in plan_post(other, headline=None).headline
    # Three words that say don't are a whole ask (a fresh read: "गया जिले के किसानों के लिए
    # ज़रूरी सूचना" over "फसल अवशेष न जलाएँ और ...").
    stubble = Request(
        "appeal",
        "whatsapp",
        "respectful",
        (
            "खेत में फसल अवशेष जलाने से मिट्टी के पोषक तत्व और मित्र कीट नष्ट होते हैं।",
            "कृषि विभाग हैप्पी सीडर और रोटावेटर किराए पर उपलब्ध कराता है।",
        ),
        "गया जिले के किसान",
        "फसल अवशेष न जलाएँ और कृषि विभाग से हैप्पी सीडर किराए पर लें।",
    )
    assert plan_post(stubble, headline=None).headline == "कृपया फसल अवशेष न जलाएँ"
    _checks(_compose(stubble), stubble)


def test_what_the_round15_readers_refused_is_not_written_again() -> None:
    # Not a headline for a training that says only how long it runs, nor one that dates the
    # festival with what is held within it.
    training = (
        "मखाना की ग्रेडिंग, भुनाई और पैकेजिंग पर तीन दिवसीय प्रशिक्षण 18 से 20 फरवरी तक कृषि "
        "विज्ञान केंद्र, जाले में होगा",
        "प्रशिक्षण में 40 किसानों को शामिल किया जाएगा",
    )
    evening = (
        "मत्स्य उत्सव के तहत 24 नवंबर को शाम 6 बजे कंपनी बाग में सांस्कृतिक संध्या होगी",
        "कार्यक्रम में भवाई और कालबेलिया नृत्य की प्रस्तुतियाँ होंगी",
        "प्रवेश सभी के लिए निःशुल्क है",
    )
    for facts, refused in ((training, "तीन दिवसीय प्रशिक्षण:"), (evening, "के तहत:")):
        req = Request("event", "instagram", "celebratory", facts, "अलवर के नागरिक और पर्यटक")
        assert refused not in plan_post(req, headline=None).headline
        _checks(_compose(req), req)
    # "दो दिवसीय किसान मेला" is tagged as the fair it is.
    fair = ("मीरगंज ब्लॉक परिसर में 5 मार्च को दो दिवसीय किसान मेला लगेगा",)
    tags = plan_post(Request("event", "instagram", "warm", fair), headline=None).hashtags
    assert "#किसान_मेला" in tags
    # The public, named by its town, is invited; the last bullet above the tags is a sentence.
    req = Request("event", "instagram", "celebratory", evening, "अलवर के नागरिक और पर्यटक")
    text = plain(_compose(req))
    assert text.count("ज़रूर आइए") == 1  # invited once
    assert "आमंत्रित" not in text and "पधार" not in text
    text = plain(_compose(replace(req, tone="respectful")))
    assert "प्रवेश सभी के लिए निःशुल्क है।" in text
    # A portal the facts never call a scheme is not headed as one.
    portal = (
        "केंद्र सरकार के विभागों से जुड़ी शिकायत CPGRAMS पोर्टल pgportal.gov.in पर दर्ज की जा सकती है",
        "शिकायत दर्ज होने पर एक पंजीकरण संख्या मिलती है",
    )
    plan = plan_post(Request("scheme", "x", "respectful", portal), headline=None)
    assert "योजना" not in plan.headline and "लाभ" not in plan.headline


@pytest.mark.parametrize(
    ("tone", "facts", "head"),
    [
        # Who acts, a second clause and a longer cause go (round15's writer: "लेस्लीगंज में
        # चारा डिपो शुरू"; the readers: "generic 'ख़ास जानकारी' headline").
        (
            "warm",
            (
                "सूखे की स्थिति को देखते हुए लेस्लीगंज प्रखंड कार्यालय परिसर में चारा डिपो खोला गया है"
                " और इसके लिए ₹12,50,000 की राशि स्वीकृत की गई है",
                "डिपो पर भूसा ₹4 प्रति किलो की रियायती दर पर मिलेगा",
            ),
            "लेस्लीगंज प्रखंड कार्यालय परिसर में चारा डिपो खोला गया",
        ),
        (
            "respectful",
            (
                "फ्लाई ऐश परिवहन से उड़ने वाली धूल की शिकायतों को देखते हुए कोरबा-दर्री मार्ग पर दिन"
                " में चार बार पानी का छिड़काव किया जाएगा",
                "छिड़काव सुबह 7 बजे, 11 बजे, दोपहर 3 बजे और शाम 6 बजे होगा",
            ),
            # The place leads, as the writers' did ("कोरबा-दर्री मार्ग: धूल रोकने के लिए पानी का
            # छिड़काव"), and breaks what would be ten of the fact's words in a row.
            "कोरबा-दर्री मार्ग: दिन में चार बार पानी का छिड़काव",
        ),
        # The scheme it is under, the stretch of road, the year and the ward's town.
        (
            "respectful",
            (
                "अमृत योजना के तहत बीकानेर के वार्ड 21 में गंगाशहर रोड से भीनासर चौराहे तक नई सीवर"
                " लाइन डालने का काम 3 मार्च 2026 से शुरू होगा",
                "भारी वाहनों को जस्सूसर गेट होकर डायवर्ट किया जाएगा",
            ),
            "वार्ड 21 में नई सीवर लाइन डालने का काम 3 मार्च से शुरू",
        ),
        # The villages a class of them names; who gave a warning, and the verb with them.
        (
            "urgent",
            (
                "छाल वन परिक्षेत्र के कोडोपाली, बेहरामार और पुसल्दा गाँवों के पास 18 हाथियों का दल देखा गया है",
                "शाम 6 बजे से सुबह 6 बजे तक जंगल और खेतों की ओर न जाएँ",
            ),
            "ज़रूरी सूचना: गाँवों के पास 18 हाथियों का दल देखा गया",
        ),
        (
            "urgent",
            (
                "मौसम विभाग ने ज़िले में अगले 4 दिन शीतलहर की चेतावनी दी है",
                "रात का तापमान 3 डिग्री सेल्सियस तक गिर सकता है",
            ),
            "ज़रूरी सूचना: ज़िले में अगले 4 दिन शीतलहर की चेतावनी",
        ),
    ],
)
def test_a_long_notice_is_headed_by_its_news_cut_short(
    tone: str, facts: tuple[str, ...], head: str
) -> None:
    req = Request("local_issue", "facebook", tone, facts, "स्थानीय नागरिक", "सहयोग करें")
    plan = plan_post(req, headline=None)
    assert plan.headline == head
    assert plan.facts[0].text == facts[0]  # said whole below it
    _checks(_compose(req), req)


def test_a_headline_cut_by_a_word_or_two_is_not_written_over_its_fact() -> None:
    # "बरहज रेलवे क्रॉसिंग पर बना ओवरब्रिज 5 अक्टूबर से खुल जाएगा" over the same fact with
    # "आवागमन के लिए" in it reads as the headline said twice (round15: "repeated word for
    # word in the first sentence").
    facts = (
        "बरहज रेलवे क्रॉसिंग पर बना ओवरब्रिज 5 अक्टूबर से आवागमन के लिए खुल जाएगा",
        "ओवरब्रिज की लंबाई 780 मीटर है",
    )
    req = Request("local_issue", "whatsapp", "warm", facts, None, None)
    assert not plan_post(req, headline=None).headline.startswith("बरहज रेलवे क्रॉसिंग पर बना")
    # Nor does a cut fact lead an appeal that can ask in so many words.
    facts = (
        "बरसात में जंगल में उगने वाले कुछ मशरूम ज़हरीले होते हैं",
        "ज़हरीले और खाने योग्य मशरूम को देखकर पहचानना मुश्किल है",
    )
    cta = "पहचान पक्की न हो तो जंगली मशरूम बिल्कुल न खाएँ"
    req = Request("appeal", "whatsapp", "urgent", facts, None, cta)
    assert plan_post(req, headline=None).headline == f"सावधान! {cta}"
    text = _compose(req)
    # Ten words long, the ask is not said again at the end: twice, it would be a loop.
    assert plain(text).count(cta) == 1
    _checks(text, req)


def test_a_scheme_is_headed_by_what_it_pays_or_is_not_by_a_stock_line() -> None:
    # Round4 dev: "... मान-धन योजना: लाभ लेने के लिए ज़रूरी बातें"; what the worker gets each
    # month, not what they pay in, heads it.
    pension = (
        "प्रधानमंत्री श्रम योगी मान-धन योजना असंगठित क्षेत्र के मज़दूरों के लिए पेंशन योजना है",
        "उम्र के हिसाब से हर महीने ₹55 से ₹200 तक का अंशदान देना होता है",
        "60 वर्ष की उम्र के बाद हर महीने ₹3,000 की पेंशन मिलती है",
    )
    req = Request("scheme", "whatsapp", "respectful", pension, "असंगठित क्षेत्र के मज़दूर", None)
    head = plan_post(req, headline=None).headline
    assert head == "प्रधानमंत्री श्रम योगी मान-धन योजना: हर महीने ₹3,000 की पेंशन"
    # What it is, without whose it is or its own last word again.
    subhadra = (
        "सुभद्रा योजना ओडिशा सरकार की महिलाओं के लिए आर्थिक सहायता योजना है",
        "योजना 17 सितंबर 2024 को शुरू हुई",
    )
    req = Request("scheme", "facebook", "warm", subhadra, None, "आवेदन करें")
    assert plan_post(req, headline=None).headline == "सुभद्रा योजना: महिलाओं के लिए आर्थिक सहायता"
    _checks(_compose(req), req)
    # Nothing but whose it is: no such headline.
    req = Request(
        "scheme", "facebook", "warm", ("सुभद्रा योजना ओडिशा सरकार की योजना है",), None, "आवेदन करें"
    )
    assert "सरकार" not in plan_post(req, headline=None).headline
    # A name first met in a late fact does not head a post about something else.
    sanjeevani = (
        "ई-संजीवनी केंद्र सरकार के स्वास्थ्य मंत्रालय की मुफ़्त टेलीमेडिसिन सेवा है",
        "ई-संजीवनी ऐप से वीडियो कॉल पर डॉक्टर से सलाह ली जा सकती है",
        "नज़दीकी आयुष्मान आरोग्य मंदिर से भी ई-संजीवनी के ज़रिए परामर्श मिलता है",
    )
    req = Request("scheme", "whatsapp", "respectful", sanjeevani, None, "ऐप डाउनलोड करें")
    assert "आयुष्मान" not in plan_post(req, headline=None).headline


def test_an_instagram_post_is_tagged_with_what_and_where_and_whom_only_for_want_of_both() -> None:
    # Round14-15's readers: "a single hashtag on Instagram"; rounds 20-34's called reader tags
    # ("#विद्यार्थी", "#युवा") and kind tags ("#कार्यशाला", "#जयंती") odd whenever they named one.
    facts = (
        "डॉ. ए.पी.जे. अब्दुल कलाम का जन्म 15 अक्टूबर 1931 को रामेश्वरम में हुआ था",
        "ज़िला पुस्तकालय में 15 अक्टूबर को विद्यार्थियों के लिए पुस्तक पठन सत्र होगा",
        "हर वर्ष 15 अक्टूबर को कलाम जयंती मनाई जाती है",
    )
    req = Request("greeting", "instagram", "warm", facts, "बेगूसराय ज़िले के विद्यार्थी", None)
    tags = regex.findall(r"#\S+", _compose(req))
    assert tags == ["#कलाम_जयंती", "#बेगूसराय"]
    _checks(_compose(req), req)
    # Never a reader the request does not name.
    assert "#किसान" not in _compose(req)


@pytest.mark.parametrize(
    ("fact", "head"),
    [
        # Round14-15's readers refused "X के लिए ख़ास आयोजन" over trainings and check-ups; the
        # writers headed them by what they are about.
        (
            "बेरुआरबारी ब्लॉक सभागार में 10 से 14 मार्च तक मशरूम उत्पादन का पाँच दिवसीय निःशुल्क प्रशिक्षण होगा",
            "मशरूम उत्पादन का पाँच दिवसीय निःशुल्क प्रशिक्षण: 10 से 14 मार्च तक",
        ),
        (
            "ज़िला अस्पताल बहराइच में 28 जुलाई को हेपेटाइटिस बी और सी की मुफ़्त जाँच होगी",
            "हेपेटाइटिस बी और सी की मुफ़्त जाँच: 28 जुलाई",
        ),
        # Which way the date runs, past its year; the span of days goes before ten of the
        # fact's words in a row would be said again.
        (
            "पलवल के सरकारी आईटीआई परिसर में महिलाओं के लिए ई-रिक्शा चलाने का 15 दिवसीय प्रशिक्षण"
            " 2 मार्च 2026 से शुरू होगा",
            "महिलाओं के लिए ई-रिक्शा चलाने का प्रशिक्षण: 2 मार्च से",
        ),
        # Who holds it goes; a camp "on" a place is not what it is about.
        (
            "उद्यान विभाग की ओर से मशरूम उत्पादन पर एक दिवसीय प्रशिक्षण 12 दिसंबर को होगा",
            "मशरूम उत्पादन पर एक दिवसीय प्रशिक्षण: 12 दिसंबर",
        ),
        ("बिजली बिल ठीक कराने के लिए 20 जून को विद्युत उपकेंद्र, स्टेशन रोड पर शिविर लगेगा", None),
    ],
)
def test_an_event_with_no_name_is_headed_by_what_it_is_about(fact: str, head: str | None) -> None:
    facts = (fact, "प्रतिभागी आधार कार्ड साथ लाएँ")
    req = Request("event", "whatsapp", "warm", facts, "ज़िले के किसान", "समय पर पहुँचें")
    got = plan_post(req, headline=None).headline
    if head is None:
        assert "शिविर" not in got.split(":")[0], got
    else:
        assert got == head
        assert plan_post(req, headline=None).facts[0].text == fact  # said whole below it
    _checks(_compose(req), req)


@pytest.mark.parametrize(
    ("facts", "wish"),
    [
        # Round16 greeted the festival a fact names as the date, not the one the post is about.
        (
            (
                "सामा-चकेवा मिथिला का लोकपर्व है जो भाई-बहन के स्नेह का प्रतीक है",
                "यह पर्व कार्तिक शुक्ल सप्तमी से कार्तिक पूर्णिमा तक मनाया जाता है",
            ),
            "सामा-चकेवा की हार्दिक शुभकामनाएँ!",
        ),
        (
            (
                "टुसू पर्व झारखंड का प्रमुख लोकपर्व है जो धान की फसल कटने की खुशी में मनाया जाता है",
                "पर्व का मुख्य दिन मकर संक्रांति होता है",
            ),
            "टुसू पर्व की हार्दिक शुभकामनाएँ!",
        ),
        (
            (
                "भगोरिया भील और भिलाला जनजाति का लोकपर्व है जो होली से पहले मनाया जाता है",
                "मेलों में मांदल की थाप पर पारंपरिक नृत्य होता है",
            ),
            "भगोरिया की हार्दिक शुभकामनाएँ!",
        ),
        # A festival the first fact names by its known name with its own before it: the whole
        # name, not "रंगाली" alone or just Bihu.
        (
            (
                "रंगाली बिहू या बोहाग बिहू असमिया नववर्ष और बोहाग माह की शुरुआत का पर्व है",
                "इस पर्व पर बिहू नृत्य की परंपरा है",
            ),
            "रंगाली बिहू की हार्दिक शुभकामनाएँ!",
        ),
    ],
)
def test_a_greeting_wishes_the_festival_its_first_fact_is_about(
    facts: tuple[str, ...], wish: str
) -> None:
    req = Request("greeting", "facebook", "celebratory", facts, "ज़िले के सभी नागरिक", None)
    text = _compose(req)
    assert plain(text).startswith(wish)
    # And, a festival, it ends on a wish rather than on its last fact.
    body = [line for line in text.removesuffix(DEFAULT_DISCLOSURE).splitlines() if line.strip()]
    assert not any(body[-1].startswith(f[:20]) for f in facts)
    _checks(text, req)


def test_an_agent_is_not_cut_as_a_cause_and_the_deed_goes_with_it() -> None:
    # Round16: "नगर परिषद झालावाड़ ने गर्मी को देखते हुए ..." lost the council with the cause and
    # kept "... प्याऊ शुरू की" with no one who did.
    facts = (
        "नगर परिषद झालावाड़ ने गर्मी को देखते हुए शहर में 24 स्थानों पर प्याऊ शुरू की हैं",
        "प्याऊ 30 जून तक चालू रहेंगी",
    )
    req = Request("local_issue", "whatsapp", "warm", facts, "शहर के नागरिक", None)
    assert plan_post(req, headline=None).headline == "शहर में 24 स्थानों पर प्याऊ शुरू"
    _checks(_compose(req), req)


def test_what_the_round16_readers_refused_is_not_written_again() -> None:
    # What may be given later, on an assessment, does not head the scheme.
    scheme = (
        "मुख्यमंत्री महिला रोजगार योजना में हर परिवार की एक महिला को रोजगार शुरू करने के लिए पहली"
        " किस्त के रूप में ₹10,000 दिए जाते हैं",
        "रोजगार शुरू होने के बाद आकलन के आधार पर ₹2 लाख तक की अतिरिक्त सहायता दी जा सकती है",
    )
    req = Request("scheme", "whatsapp", "celebratory", scheme, "जीविका दीदियाँ", None)
    assert "₹2 लाख" not in plan_post(req, headline=None).headline
    # No "📍 ग्वालियर में" under "ग्वालियर में तानसेन संगीत समारोह".
    festival = (
        "तानसेन संगीत समारोह 15 से 19 दिसंबर 2026 तक ग्वालियर में होगा",
        "सभाओं में प्रवेश निःशुल्क है",
    )
    req = Request("event", "instagram", "celebratory", festival, "ग्वालियर के संगीत प्रेमी", None)
    text = _compose(req)
    assert plain(text).startswith("ग्वालियर में तानसेन संगीत समारोह")
    assert "📍 ग्वालियर में" not in text
    _checks(text, req)
    # An opening is headed by what opens, not "X के लिए ख़ुशख़बरी".
    hostel = (
        "इकौना में राजकीय बालिका छात्रावास का लोकार्पण 5 जुलाई 2026 को होगा",
        "छात्रावास में 100 छात्राओं के रहने की व्यवस्था है",
    )
    req = Request("event", "facebook", "celebratory", hostel, "श्रावस्ती जिले की छात्राएँ", None)
    assert plan_post(req, headline=None).headline == "राजकीय बालिका छात्रावास का लोकार्पण: 5 जुलाई"
    # A warm post for the people of a town is addressed to them.
    workshop = (
        "जिला प्रशासन देवास 15 मई से 5 जून 2026 तक बच्चों के लिए रंगमंच कार्यशाला आयोजित करेगा",
        "कार्यशाला के अंत में बच्चे एक नाटक का मंचन करेंगे",
    )
    req = Request("event", "whatsapp", "warm", workshop, "देवास शहर के बच्चे और अभिभावक", None)
    assert plan_post(req, headline=None).address == "देवास शहर के प्रिय बच्चो और अभिभावको,"
    # Not schools, though: "प्रिय विद्यालयों" calls buildings.
    req = replace(req, audience="बेगूसराय जिले के विद्यालय और विद्यार्थी")
    assert "प्रिय विद्यालयों" not in (plan_post(req, headline=None).address or "")


def test_whose_word_and_the_district_of_a_block_are_left_to_the_body() -> None:
    # Round16's readers: "generic 'ज़रूरी सूचना' headline with no mention of scrub typhus",
    # "... does not name the cyclone".
    typhus = (
        "अल्मोड़ा जिले के भैसियाछाना विकासखंड में पिछले 2 सप्ताह में स्क्रब टाइफ़स के 9 मामले मिले हैं",
        "तेज़ बुखार हो तो तुरंत स्वास्थ्य केंद्र जाएँ",
    )
    req = Request("local_issue", "whatsapp", "urgent", typhus, "ग्रामवासी", None)
    head = plan_post(req, headline=None).headline
    assert head == "ज़रूरी सूचना: भैसियाछाना विकासखंड में स्क्रब टाइफ़स के 9 मामले मिले"
    _checks(_compose(req), req)
    cyclone = (
        "मौसम विभाग के अनुसार चक्रवाती तूफ़ान 24 अक्टूबर की रात बालेश्वर तट से टकरा सकता है",
        "तटीय गाँवों के लोग चक्रवात आश्रय स्थलों में पहुँचें",
    )
    req = Request("local_issue", "whatsapp", "urgent", cyclone, "तटीय गाँवों के निवासी", None)
    assert plan_post(req, headline=None).headline.startswith("चक्रवाती तूफ़ान 24 अक्टूबर")
    _checks(_compose(req), req)


def test_what_the_round17_readers_refused_is_not_written_again() -> None:
    # A festival of its own, not the one it is named after or dated by (round17 greeted
    # Diwali and Vijayadashami), ending on a festival's wish.
    for facts, wish in (
        (
            (
                "इगास बग्वाल उत्तराखंड में दीपावली के 11 दिन बाद मनाई जाती है",
                "इस दिन भैलो खेलने की परंपरा है",
            ),
            "इगास बग्वाल की हार्दिक शुभकामनाएँ!",
        ),
        (
            ("बस्तर दशहरा 75 दिनों तक मनाया जाता है", "यह पर्व माँ दंतेश्वरी को समर्पित है"),
            "बस्तर दशहरा की हार्दिक शुभकामनाएँ!",
        ),
    ):
        req = Request("greeting", "facebook", "celebratory", facts, None, None)
        text = _compose(req)
        assert plain(text).startswith(wish), text
        assert "शुभकामनाएँ" not in " ".join(facts) and "सुख, शांति और समृद्धि" in text
        _checks(text, req)
    # A day only said to be celebrated is still named whole.
    day = ("विश्व जनसंख्या दिवस हर वर्ष 11 जुलाई को मनाया जाता है", "परिवार नियोजन की जानकारी लें")
    req = Request("greeting", "facebook", "warm", day, None, None)
    assert plain(_compose(req)).startswith("विश्व जनसंख्या दिवस")
    # The news of a notice, without what it followed or the block a named village is in.
    anthrax = (
        "काशीपुर ब्लॉक के 3 गाँवों में मवेशियों की अचानक मौत के बाद एंथ्रेक्स की पुष्टि हुई है",
        "मरे पशु को खोलें या चीरें नहीं",
    )
    req = Request("local_issue", "facebook", "urgent", anthrax, "पशुपालक", None)
    head = plan_post(req, headline=None).headline
    assert head == "ज़रूरी सूचना: काशीपुर ब्लॉक के 3 गाँवों में एंथ्रेक्स की पुष्टि हुई"
    _checks(_compose(req), req)


def test_a_day_said_to_be_celebrated_on_its_date_is_greeted_by_name() -> None:
    # Round18 wished "आप सभी को हार्दिक शुभकामनाएँ!" over Hanuman Jayanti and Hola Mohalla.
    for fact, wish in (
        ("हनुमान जयंती चैत्र पूर्णिमा को मनाई जाती है", "हनुमान जयंती की हार्दिक शुभकामनाएँ!"),
        (
            "होला मोहल्ला होली के अगले दिन आनंदपुर साहिब में मनाया जाता है",
            "होला मोहल्ला की हार्दिक शुभकामनाएँ!",
        ),
    ):
        req = Request("greeting", "whatsapp", "celebratory", (fact, "सभी को बधाई"), None, None)
        assert plain(_compose(req)).startswith(wish)
        _checks(_compose(req), req)


def test_round18s_other_greetings_name_the_day_the_post_is_about() -> None:
    """Round18 greeted Maharashtra Day as Labour Day, Dev Deepawali as Kartik Purnima and
    Jitiya as "आप सभी को"; its Jitiya post never addressed Bhojpur's mothers."""
    maharashtra = (
        "1 मई 1960 को महाराष्ट्र राज्य का गठन हुआ था",
        "इसी दिन को हर वर्ष महाराष्ट्र दिवस के रूप में मनाया जाता है",
        "1 मई को अंतरराष्ट्रीय श्रमिक दिवस भी मनाया जाता है",
    )
    req = Request("greeting", "facebook", "celebratory", maharashtra, "नागपुर जिले के नागरिक", None)
    text = _compose(req)
    assert plain(text).startswith("महाराष्ट्र दिवस की हार्दिक शुभकामनाएँ!")
    assert "#महाराष्ट्र_दिवस" in text and "#वर्ष_" not in text
    _checks(text, req)
    deepawali = (
        "देव दीपावली कार्तिक पूर्णिमा को काशी के घाटों पर मनाई जाती है",
        "इस दिन गंगा के घाट लाखों दीयों से जगमगा उठते हैं",
    )
    req = Request("greeting", "instagram", "celebratory", deepawali, "काशीवासी और श्रद्धालु", None)
    assert plain(_compose(req)).startswith("देव दीपावली की हार्दिक शुभकामनाएँ!")
    _checks(_compose(req), req)
    # Kartik Purnima itself is still greeted by the phrasebook's line.
    purnima = ("कार्तिक पूर्णिमा पर गंगा स्नान की परंपरा है", "घाटों पर मेला लगेगा")
    req = Request("greeting", "whatsapp", "celebratory", purnima, None, None)
    assert plain(_compose(req)).startswith("कार्तिक पूर्णिमा")
    jitiya = (
        "जीवित्पुत्रिका व्रत यानी जितिया आश्विन कृष्ण अष्टमी को रखा जाता है",
        "माताएँ यह निर्जला व्रत संतान की लंबी आयु और सुख के लिए रखती हैं",
    )
    req = Request("greeting", "whatsapp", "warm", jitiya, "भोजपुर जिले की माताएँ", None)
    text = _compose(req)
    assert plain(text).startswith("जितिया की हार्दिक शुभकामनाएँ!")
    assert "भोजपुर जिले की प्रिय माताओ," in text
    _checks(text, req)


def test_a_scheme_is_headed_by_its_loan_with_its_cap_and_a_warm_event_addresses_its_readers() -> (
    None
):
    # Dev: "स्टैंड-अप इंडिया योजना: लाभ लेने के लिए ज़रूरी बातें" over the loan its first fact
    # gives; what the loan is for ("... शुरू करने के लिए") is no condition on it.
    loan = (
        "स्टैंड-अप इंडिया योजना में नया उद्यम शुरू करने के लिए ₹10 लाख से ₹1 करोड़ तक का बैंक ऋण मिलता है",
        "उद्यम विनिर्माण, सेवा या व्यापार से जुड़ा हो सकता है",
    )
    req = Request("scheme", "whatsapp", "respectful", loan, "महिला उद्यमी")
    head = plan_post(req, headline=None).headline
    assert head == "स्टैंड-अप इंडिया योजना: ₹10 लाख से ₹1 करोड़ तक का बैंक ऋण"
    _checks(_compose(req), req)
    # A cap stays with its figure: never "₹10 लाख की सहायता" for "अधिकतम ₹10 लाख".
    cap = (
        "मुख्यमंत्री उद्यमी योजना में नया उद्योग लगाने के लिए अधिकतम ₹10 लाख की सहायता मिलती है",
        "आवेदन ऑनलाइन होता है",
    )
    req = Request("scheme", "facebook", "respectful", cap)
    assert plan_post(req, headline=None).headline == (
        "मुख्यमंत्री उद्यमी योजना: अधिकतम ₹10 लाख की सहायता"
    )
    # One tranche is not the scheme's loan: PM SVANidhi's "पहली किस्त में ₹15,000 तक".
    tranche = (
        "पीएम स्वनिधि योजना में रेहड़ी-पटरी वालों को बिना गारंटी ऋण मिलता है",
        "पहली किस्त में ₹15,000 तक का ऋण मिलता है",
    )
    head = plan_post(Request("scheme", "whatsapp", "respectful", tranche), headline=None).headline
    assert "₹15,000" not in head
    # A warm event's readers whom "प्रिय" cannot call (a class of them) are still addressed.
    fair = ("राजकीय इंटर कॉलेज में 18 फ़रवरी को करियर परामर्श मेला लगेगा", "प्रवेश निःशुल्क है")
    req = Request("event", "whatsapp", "warm", fair, "कक्षा 10 और 12 के विद्यार्थी")
    assert plan_post(req, headline=None).address == (
        "कक्षा 10 और 12 के विद्यार्थियों के लिए ख़ास जानकारी 🙏"
    )
    # Those it can call are called so.
    req = Request("event", "whatsapp", "warm", fair, "विद्यार्थी और अभिभावक")
    assert plan_post(req, headline=None).address == "प्रिय विद्यार्थियो और अभिभावको,"


def test_what_the_round19_readers_refused_is_not_written_again() -> None:
    """Round19's review (spent, now dev)."""
    # No congratulations before an honour is given ("सम्मानित होने वाले बुनकरों ...").
    weavers = (
        "चंदेरी में बुनकर सम्मान समारोह 12 दिसंबर को राजा-रानी महल परिसर में होगा",
        "सम्मानित होने वाले बुनकरों में 11 महिला बुनकर शामिल हैं",
    )
    req = Request("event", "facebook", "celebratory", weavers, "चंदेरी के बुनकर परिवार")
    assert "बधाई" not in _compose(req)
    _checks(_compose(req), req)
    # A contest is not headed by its exhibition's date, nor by a place a fact only mentions.
    contest = (
        "वन्यजीव सप्ताह के अवसर पर उमरिया जिले में वन्यजीव फोटोग्राफी प्रतियोगिता आयोजित की जा रही है",
        "तस्वीरें बांधवगढ़ टाइगर रिज़र्व के बफर क्षेत्र की हो सकती हैं",
        "चयनित तस्वीरों की प्रदर्शनी 8 अक्टूबर को कलेक्टरेट सभागार में लगेगी",
    )
    head = plan_post(Request("event", "instagram", "celebratory", contest), headline=None).headline
    assert "8 अक्टूबर" not in head and "बांधवगढ़" not in head
    # A festival in a folk hero's memory is wished on a glad post, not mourned.
    teja = (
        "तेजा दशमी भाद्रपद शुक्ल दशमी को लोकदेवता वीर तेजाजी की स्मृति में मनाई जाती है",
        "परबतसर में वीर तेजाजी पशु मेला लगता है",
    )
    req = Request("greeting", "whatsapp", "celebratory", teja, "नागौर जिले के निवासी")
    text = _compose(req)
    assert plain(text).startswith("तेजा दशमी की हार्दिक शुभकामनाएँ!") and "श्रद्धांजलि" not in text
    # The forest martyrs' day is its own, not the martyrs' day the phrasebook greets; the
    # armed forces flag day stays the phrasebook's.
    khejarli = (
        "सन 1730 में खेजड़ली गांव में खेजड़ी के पेड़ों को बचाने के लिए 363 लोगों ने प्राण दिए थे",
        "इन्हीं शहीदों की स्मृति में 11 सितंबर को राष्ट्रीय वन शहीद दिवस मनाया जाता है",
    )
    req = Request("greeting", "facebook", "respectful", khejarli)
    assert plain(_compose(req)).startswith("राष्ट्रीय वन शहीद दिवस पर")
    flag = ("7 दिसंबर को सशस्त्र सेना झंडा दिवस मनाया जाता है", "कोष में योगदान दें")
    req = Request("greeting", "whatsapp", "respectful", flag)
    assert "वीर सैनिकों" in _compose(req)
    # A fair greeted in the oblique, and tagged by its name only.
    minjar = (
        "मिंजर मेला चंबा का प्रसिद्ध मेला है, जो श्रावण मास में मनाया जाता है",
        "इस बार मेला चौगान मैदान में 27 जुलाई से 3 अगस्त तक चलेगा",
    )
    req = Request("greeting", "x", "celebratory", minjar)
    text = _compose(req)
    assert "मिंजर मेले की हार्दिक शुभकामनाएँ!" in text
    assert "#बार_मेला" not in text and "#प्रसिद्ध_मेला" not in text
    # "बढ़ावा देने वाली योजना" is no name; a stock headline names no readers the request lacks.
    kanya = (
        "कन्याश्री प्रकल्प पश्चिम बंगाल सरकार की बेटियों की पढ़ाई को बढ़ावा देने वाली योजना है",
        "छात्राओं को हर साल ₹1,000 की छात्रवृत्ति मिलती है",
    )
    req = Request("scheme", "whatsapp", "warm", kanya, "स्कूल जाने वाली बेटियां")
    assert not plan_post(req, headline=None).headline.startswith("वाली योजना")
    ullas = (
        "उल्लास कार्यक्रम 15 वर्ष से अधिक आयु के उन लोगों के लिए है जो स्कूली पढ़ाई से छूट गए",
        "इसमें पढ़ना, लिखना और हिसाब सिखाया जाता है",
        "पढ़ाने का काम स्वयंसेवक शिक्षक करते हैं",
    )
    req = Request("scheme", "whatsapp", "warm", ullas, "गांव के बड़े-बुज़ुर्ग और युवा")
    assert "विद्यार्थियों" not in plan_post(req, headline=None).headline
    # A weekly haat and a public hearing are events with names.
    haat = ("कुल्लू के ढालपुर मैदान में हर रविवार जैविक किसान हाट लगेगा", "पहला हाट 2 मार्च को लगेगा")
    head = plan_post(Request("event", "facebook", "warm", haat), headline=None).headline
    assert head.startswith("जैविक किसान हाट: हर रविवार")
    hearing = ("मैहर जिले में सीमेंट संयंत्र विस्तार पर पर्यावरणीय जनसुनवाई 22 जनवरी को होगी", "आपत्ति दें")
    head = plan_post(Request("event", "x", "respectful", hearing), headline=None).headline
    assert head == "पर्यावरणीय जनसुनवाई: 22 जनवरी"


def test_round20s_cut_headline_and_padded_thread_are_not_written_again() -> None:
    # "... टैग मिला हुआ है" is no headline "... मिला हुआ" (round20: "a fact cut short").
    ikat = (
        "पोचमपल्ली इक्कत को भौगोलिक संकेत (GI) टैग मिला हुआ है",
        "सीधे खरीदने से पूरा दाम बुनकरों तक पहुंचता है",
    )
    head = plan_post(Request("appeal", "facebook", "warm", ikat), headline=None).headline
    assert not head.endswith("मिला हुआ")
    # An X thread whose last post would be its closing and hashtags alone: they go.
    trial = (
        "ज़िला खेल स्टेडियम में 27 दिसंबर को ज़िला एथलेटिक्स टीम के लिए चयन ट्रायल होगा",
        "ट्रायल सुबह 8 बजे से शुरू होगा",
        "14 से 19 वर्ष के बालक-बालिकाएँ भाग ले सकते हैं",
        "चयनित खिलाड़ी राज्य स्तरीय प्रतियोगिता में ज़िले का प्रतिनिधित्व करेंगे",
    )
    req = Request("event", "x", "celebratory", trial, None)
    text = _compose(req)
    last = text.rsplit("🧵", 1)[-1]
    # National Women's Day (13 February) is not the international day the phrasebook greets.
    naidu = (
        "सरोजिनी नायडू का जन्म 13 फरवरी 1879 को हैदराबाद में हुआ था",
        "उनकी जयंती 13 फरवरी को राष्ट्रीय महिला दिवस के रूप में मनाई जाती है",
    )
    wish = _compose(Request("greeting", "facebook", "respectful", naidu))
    assert plain(wish).startswith("राष्ट्रीय महिला दिवस")
    # Not "हम्पी में हम्पी उत्सव": the name says where already.
    hampi = ("हम्पी उत्सव 2 से 4 फरवरी तक हम्पी में आयोजित होगा", "रोज़ शाम को सांस्कृतिक कार्यक्रम होंगे")
    head = plan_post(Request("event", "whatsapp", "celebratory", hampi), headline=None).headline
    assert head == "हम्पी उत्सव: 2 से 4 फरवरी तक"
    assert any(line.startswith("🔹") for line in last.splitlines()), text
    _checks(text, req)


def test_a_place_leads_a_headline_only_when_it_stands_alone_before_its_colon() -> None:
    # The ten-draft read after round18: "शहर के 18 वार्डों: 10 मार्च से ..." read as broken.
    facts = (
        "नगर निगम की ओर से शहर के 18 वार्डों में 10 मार्च से नए स्मार्ट पानी मीटर लगाए जाएँगे",
        "मीटर लगाने का कोई शुल्क नहीं लिया जाएगा",
    )
    req = Request("local_issue", "facebook", "respectful", facts, "नल कनेक्शन धारक", None)
    assert "वार्डों:" not in plan_post(req, headline=None).headline
    _checks(_compose(req), req)


def test_a_scheme_is_headed_by_its_name_and_what_it_gives_where_the_facts_say_it() -> None:
    # Rounds 2-20 (dev): 86 of 152 scheme posts were headed "आपके काम की जानकारी", "लाभ लेने
    # के लिए ज़रूरी बातें" or "<readers> के लिए ज़रूरी जानकारी", which readers refused as generic.
    def headline(*facts: str, tone: str = "respectful") -> str:
        return plan_post(Request("scheme", "whatsapp", tone, facts), headline=None).headline

    # The money goes into an account between what is given and its verb.
    assert headline(
        "माझी लाडकी बहीण योजना में पात्र महिलाओं को हर महीने ₹1,500 की सहायता सीधे बैंक खाते में मिलती है",
        "परिवार की वार्षिक आय ₹2,50,000 से अधिक नहीं होनी चाहिए",
    ).endswith(": हर महीने ₹1,500 की सहायता")
    # A sum by the year said "साल में", and a family's cover is no assessment.
    assert headline(
        "आयुष्मान भारत प्रधानमंत्री जन आरोग्य योजना में 70 वर्ष से अधिक उम्र के बुज़ुर्ग शामिल हैं",
        "बुज़ुर्गों को परिवार के आधार पर साल में ₹5 लाख तक का मुफ़्त इलाज मिलता है",
    ).endswith(": साल में ₹5 लाख तक का मुफ़्त इलाज")
    # A pension by the month, its noun right after the sum.
    assert headline(
        "इंदिरा गांधी राष्ट्रीय विधवा पेंशन योजना राष्ट्रीय सामाजिक सहायता कार्यक्रम का हिस्सा है",
        "केंद्र सरकार की ओर से हर महीने ₹300 पेंशन दी जाती है",
    ).endswith(": हर महीने ₹300 पेंशन")
    # What the scheme gives, its fact having the scheme for subject, whose it is kept.
    assert (
        headline(
            "पश्चिम बंगाल की लक्ष्मीर भंडार योजना 25 से 60 वर्ष की महिलाओं को हर महीने आर्थिक सहायता देती है",
            "आवेदक पश्चिम बंगाल की स्थायी निवासी होनी चाहिए",
        )
        == "पश्चिम बंगाल की लक्ष्मीर भंडार योजना: 25 से 60 वर्ष की महिलाओं को हर महीने आर्थिक सहायता"
    )
    # A programme, an account or a portal the first fact is about names the post.
    assert (
        headline(
            "राष्ट्रीय बाल स्वास्थ्य कार्यक्रम में जन्म से 18 वर्ष तक के बच्चों की मुफ़्त स्वास्थ्य जाँच होती है",
            "मोबाइल स्वास्थ्य टीम आंगनवाड़ी केंद्रों पर साल में 2 बार जाँच करती है",
        )
        == "राष्ट्रीय बाल स्वास्थ्य कार्यक्रम: जन्म से 18 वर्ष तक के बच्चों की मुफ़्त स्वास्थ्य जाँच"
    )
    account = (
        "डाकघर बचत खाता न्यूनतम ₹500 जमा करके खोला जा सकता है",
        "खाते में न्यूनतम ₹500 की राशि बनाए रखनी होती है",
        "इस खाते पर 4% सालाना ब्याज मिलता है",
    )
    # Not what must be kept as what it gives, and no "योजना" line over an account.
    assert headline(*account) == "डाकघर बचत खाता: जानिए ज़रूरी बातें"
    req = Request("scheme", "whatsapp", "respectful", account, "ग्रामीण परिवार")
    _checks(_compose(req), req)
    # Two words or more before the noun: no "राशन कार्ड" or "इस योजना का कार्ड" as a name.
    assert "राशन कार्ड:" not in headline(
        "राशन कार्ड से हर महीने 5 किलो अनाज मुफ़्त मिलता है", "ई-केवाईसी ज़रूरी है"
    )


def test_a_warning_is_headed_by_what_it_warns_of_and_where() -> None:
    # Rounds 16-20 (dev): "ज़रूरी सूचना" over an avalanche warning; the writers: "हिमस्खलन
    # चेतावनी | किन्नौर", "बरहरवा: बर्ड फ्लू की पुष्टि".
    def headline(*facts: str, kind: str = "local_issue") -> str:
        return plan_post(Request(kind, "x", "urgent", facts), headline=None).headline

    assert (
        headline(
            "किन्नौर जिले के पूह उपमंडल में अगले 48 घंटों के लिए हिमस्खलन की चेतावनी जारी की गई है",
            "ज़रूरी सूचना के लिए जिला आपातकालीन संचालन केंद्र का नंबर 1077 है",
        )
        == "किन्नौर: हिमस्खलन की चेतावनी"
    )
    # No place named: what it warns of alone; "के बीच जिले में" names no place.
    frost = (
        "मौसम विभाग ने 8 से 10 जनवरी के बीच जिले में पाला पड़ने की आशंका जताई है",
        "शाम को खेत में हल्की सिंचाई करने से पाले का असर कम होता है",
    )
    assert headline(*frost, kind="appeal") == "पाला पड़ने की आशंका"
    req = Request("appeal", "whatsapp", "urgent", frost, "किसान", "खेत में हल्की सिंचाई करें")
    _checks(_compose(req), req)
    # What comes must be named: not a headline "पहुँचने की आशंका".
    locusts = (
        "टिड्डी दल के अगले 48 घंटों में अबोहर ब्लॉक के गाँवों में पहुँचने की आशंका है",
        "खेतों में ढोल और थाली बजाकर टिड्डियों को भगाया जा सकता है",
    )
    assert not headline(*locusts).startswith("पहुँचने")


def test_round20s_wrong_emoji_are_not_drawn_again() -> None:
    # "पुदुमई" holds "मई" and "जूनियर" holds "जून": no 📅 for a month no line names.
    pudhumai = (
        "तमिलनाडु सरकार की पुदुमई पेण्ण योजना उन छात्राओं के लिए है जिन्होंने कक्षा 6 से 12 तक "
        "सरकारी स्कूल में पढ़ाई की हो"
    )
    assert fact_emoji(pudhumai) == "📚"  # who it is for, not a place (📍) or a date (📅)
    assert fact_emoji("जूनियर वर्ग के खिलाड़ी भी भाग ले सकते हैं") != "📅"
    assert fact_emoji("आवेदन 15 मई तक करें") == "📅"
    # ⏳ is a time limit, not "within" a state or a fence.
    assert fact_emoji("राज्य की महिलाएं राज्य के भीतर सरकारी बसों में मुफ्त यात्रा कर सकती हैं") != "⏳"
    assert fact_emoji("फूल तोड़ना और घेरे के अंदर जाना मना है") != "⏳"
    assert fact_emoji("नया कनेक्शन 7 दिन के भीतर जोड़ा जाएगा") == "⏳"


def test_an_x_post_too_long_for_one_post_with_its_headline_goes_as_a_thread_with_it() -> None:
    # Round19's readers: "a bare bullet list of the facts" (value 0). Once the short X label let
    # 18 of rounds 2-20's X posts fit only without their headline, they went out headless.
    trial = (
        "ज़िला खेल स्टेडियम में 27 दिसंबर को ज़िला एथलेटिक्स टीम के लिए चयन ट्रायल होगा",
        "ट्रायल सुबह 8 बजे से शुरू होगा",
        "14 से 19 वर्ष के बालक-बालिकाएँ भाग ले सकते हैं",
        "चयनित खिलाड़ी राज्य स्तरीय प्रतियोगिता में ज़िले का प्रतिनिधित्व करेंगे",
    )
    req = Request("event", "x", "celebratory", trial, "युवा खिलाड़ी")
    text, plan = compose(
        req,
        headline=None,
        disclosure=DEFAULT_DISCLOSURE_X,
        fits=lambda t: measure(t, "x")[0] <= LIMITS.limit("x"),
    )
    assert plan.headline and text.startswith("🧵 1/") and plan.headline in text, text
    assert "•" not in text
    checks = run_checks(
        text,
        sources=req.sources,
        platform="x",
        limits=LIMITS,
        tone=req.tone,
        disclosure=DEFAULT_DISCLOSURE_X,
        facts=req.facts,
        kind=req.kind,
    )
    assert all_passed(checks), checks


def test_an_x_post_that_one_post_can_hold_is_not_a_thread() -> None:
    # Round23-24's readers refused threads "where one post would do" (7 of their 14 X drafts):
    # before the facts are split, the audience leaves a stock headline, then the list's "•".
    spitting = (
        "कलेक्टरेट परिसर और सभी सरकारी कार्यालयों में पान, गुटखा या तंबाकू खाकर थूकना मना है",
        "थूकते पाए जाने पर ₹200 का जुर्माना लगेगा",
        "दीवारों और सीढ़ियों की सफाई पर हर महीने काफ़ी खर्च होता है",
    )
    req = Request(
        "appeal", "x", "respectful", spitting, "कलेक्टरेट और सरकारी कार्यालयों में आने वाले नागरिक"
    )
    fits = lambda t: measure(t, "x")[0] <= LIMITS.limit("x")  # noqa: E731
    text, plan = compose(req, headline=None, disclosure=DEFAULT_DISCLOSURE_X, fits=fits)
    assert "🧵" not in text and fits(text), text
    assert text.splitlines()[0].startswith("ज़रूरी सूचना")
    assert plan.headline.endswith("के लिए ज़रूरी सूचना")  # the whole plan keeps it
    assert all(fact.removesuffix(" है") in text for fact in spitting), text
    # Elsewhere the headline keeps its audience.
    wa, _ = compose(
        Request("appeal", "whatsapp", "respectful", spitting, req.audience),
        headline=None,
        disclosure=DEFAULT_DISCLOSURE,
        fits=lambda t: True,
    )
    assert "नागरिकों के लिए ज़रूरी सूचना" in wa


def test_round21s_greetings_wish_the_day_the_facts_are_about() -> None:
    def greeting_of(kind: str, tone: str, *facts: str) -> str:
        plan = plan_post(Request(kind, "whatsapp", tone, facts), headline=None)
        return f"{plan.headline}\n{plan.greeting or ''}"

    # Odia New Year, not the Makar Sankranti its "संक्रांति" names.
    pana = greeting_of(
        "greeting",
        "warm",
        "पणा संक्रांति (महा विषुव संक्रांति) को ओडिया नववर्ष के रूप में मनाया जाता है",
        "यह पर्व मेष संक्रांति के दिन मनाया जाता है",
    )
    assert "पणा संक्रांति की हार्दिक शुभकामनाएँ" in pana and "मकर" not in pana
    # Bandi Chhor Divas, not the Diwali it falls on.
    bandi = greeting_of(
        "greeting",
        "celebratory",
        "बंदी छोड़ दिवस दीवाली के दिन मनाया जाता है",
        "इस अवसर पर श्री हरमंदिर साहिब में दीपमाला की जाती है",
    )
    assert "बंदी छोड़ दिवस की हार्दिक शुभकामनाएँ" in bandi and "दीपावली" not in bandi
    # A fair by its name or its place, not the day its span ends on.
    kheer = greeting_of(
        "greeting",
        "celebratory",
        "माता खीर भवानी का मंदिर गांदरबल जिले के तुलमुल्ला गांव में है",
        "ज्येष्ठ अष्टमी को यहां खीर भवानी मेला लगता है",
    )
    assert "खीर भवानी मेले की हार्दिक शुभकामनाएँ" in kheer
    rajim = greeting_of(
        "greeting",
        "celebratory",
        "माघ पूर्णिमा (माघी पुन्नी) से महाशिवरात्रि तक राजिम में मेला लगता है",
        "राजिम में महानदी, पैरी और सोंढूर नदियों का त्रिवेणी संगम है",
    )
    assert "राजिम मेले की हार्दिक शुभकामनाएँ" in rajim and "महाशिवरात्रि की" not in rajim
    # A person's title is not a day to mourn on: his jayanti, by his name.
    lajpat = greeting_of(
        "greeting",
        "respectful",
        "लाला लाजपत राय का जन्म 28 जनवरी 1865 को पंजाब के धुडिके गांव में हुआ था",
        "उन्हें पंजाब केसरी के नाम से जाना जाता है",
        "17 नवंबर 1928 को उनका निधन हो गया",
    )
    assert "लाला लाजपत राय" in lajpat and "उन्हें" not in lajpat
    # A celebration with sacrifices in its story is still wished, not mourned.
    goa = greeting_of(
        "greeting",
        "celebratory",
        "19 दिसंबर 1961 को गोवा 451 वर्षों के पुर्तगाली शासन से मुक्त हुआ",
        "गोवा मुक्ति आंदोलन में अनेक सत्याग्रहियों ने बलिदान दिया",
    )
    assert "श्रद्धांजलि" not in goa and "शुभकामनाएँ" in goa
    # An event on National Women Farmers' Day does not wish National Farmers' Day.
    farmers = greeting_of(
        "event",
        "warm",
        "राष्ट्रीय महिला किसान दिवस पर 15 अक्टूबर को खूंटी के बिरसा कॉलेज मैदान में सम्मान समारोह होगा",
        "25 महिला किसानों को सम्मानित किया जाएगा",
    )
    assert "राष्ट्रीय किसान दिवस" not in farmers


def test_round21s_names_and_headlines_are_whole() -> None:
    def head(kind: str, *facts: str, platform: str = "whatsapp") -> str:
        return plan_post(Request(kind, platform, "respectful", facts), headline=None).headline

    # A scheme's name read back over the words the finder left out; a place once, "की" once.
    assert head(
        "scheme",
        "गुजरात सरकार की गंगा स्वरूपा आर्थिक सहायता योजना में विधवा महिलाओं को हर महीने ₹1,250 "
        "की सहायता दी जाती है",
        "सहायता राशि DBT से सीधे लाभार्थी के बैंक खाते में जमा होती है",
    ).startswith("गंगा स्वरूपा आर्थिक सहायता योजना:")
    assert head(
        "scheme",
        "मध्यप्रदेश की गांव की बेटी योजना ग्रामीण क्षेत्र की उन छात्राओं के लिए है",
        "छात्रा को हर महीने ₹500 मिलते हैं",
    ).startswith("गांव की बेटी योजना")
    # What a cut leaves twice side by side is said once.
    bridge = head(
        "local_issue",
        "रिस्पना पुल पर मरम्मत कार्य के कारण 10 से 20 मार्च तक रात 10 बजे से सुबह 6 बजे तक पुल पर "
        "भारी वाहनों की आवाजाही बंद रहेगी",
        "हल्के वाहनों के लिए पुल की एक लेन खुली रहेगी",
    )
    assert "पुल पर पुल पर" not in bridge and bridge.startswith("रिस्पना पुल पर")
    # An old name the facts give is not a tag "#नाम_...", nor a road's town the post's place.
    req = Request(
        "scheme",
        "facebook",
        "respectful",
        (
            "गंगा स्वरूपा आर्थिक सहायता योजना में विधवा महिलाओं को हर महीने ₹1,250 की सहायता दी जाती है",
            "पहले इस योजना का नाम विधवा सहाय योजना था",
        ),
    )
    assert not any(t.startswith("#नाम_") for t in plan_post(req, headline=None).hashtags)
    road = Request(
        "local_issue",
        "facebook",
        "respectful",
        (
            "रिस्पना पुल पर 10 से 20 मार्च तक भारी वाहनों की आवाजाही बंद रहेगी",
            "हरिद्वार रोड से आने वाले भारी वाहन जोगीवाला से भेजे जाएंगे",
        ),
    )
    assert "#हरिद्वार" not in plan_post(road, headline=None).hashtags
    # On X an appeal headed by its call to action does not say it again below.
    smog = Request(
        "appeal",
        "x",
        "urgent",
        (
            "हवा की गुणवत्ता गंभीर श्रेणी में पहुंचने पर दिल्ली-NCR में ग्रैप का तीसरा चरण लागू किया गया है",
            "गैर-ज़रूरी निर्माण और तोड़फोड़ के काम पर रोक लगी है",
        ),
        None,
        "निजी वाहन छोड़ें, मेट्रो और बसों से सफर करें",
    )
    text = _compose(smog)
    assert text.count("निजी वाहन छोड़ें") == 1, text
    _checks(text, smog)


def test_round21s_lines_tags_and_closes() -> None:
    # A venue as a label, as 112 of the writers' 114 📍 lines: no "में" left hanging.
    rose = (
        "चंडीगढ़ का गुलाब उत्सव 21 से 23 फरवरी तक सेक्टर 16 के ज़ाकिर हुसैन रोज़ गार्डन में होगा",
        "रोज़ गार्डन में गुलाब की 1,600 से ज़्यादा किस्में देखी जा सकती हैं",
    )
    plan = plan_post(Request("event", "instagram", "warm", rose), headline=None)
    venue = [f.text for f in plan.facts if f.emoji == "📍"]
    assert venue == ["सेक्टर 16 के ज़ाकिर हुसैन रोज़ गार्डन"], plan.facts
    # Fish, not crops; who may not is ❌; a ban is ⚠️.
    assert fact_emoji("पंजीकृत मछुआ समितियों को मत्स्य बीज (फिंगरलिंग) मुफ्त बांटे जाएंगे") == "🐟"
    fish = plan_post(
        Request(
            "event",
            "whatsapp",
            "respectful",
            (
                "गंगरेल बांध क्षेत्र के मछुआरों के लिए 18 जुलाई को मत्स्य विभाग का शिविर लगेगा",
                "पंजीकृत मछुआ समितियों को मत्स्य बीज मुफ्त बांटे जाएंगे",
            ),
        ),
        headline=None,
    )
    assert fish.headline_emoji == "🐟"
    assert fact_emoji("13 वर्ष से कम आयु के लोग यात्रा के लिए पंजीकरण नहीं करा सकते") == "❌"
    assert fact_emoji("बच्चों को सिखाएं कि उनके शरीर को कोई छू नहीं सकता") != "❌"
    assert fact_emoji("मठ परिसर में प्लास्टिक की बोतलें ले जाना मना है") == "⚠️"
    # A fair's post with a call to action about tickets still closes with a welcome; a
    # contest's does not invite everyone.
    fair = Request(
        "event",
        "facebook",
        "celebratory",
        ("सूरजकुंड अंतरराष्ट्रीय शिल्प मेला 7 से 23 फरवरी तक फरीदाबाद के सूरजकुंड में लगेगा",),
        "फरीदाबाद और दिल्ली-NCR के लोग",
        "टिकट ऑनलाइन बुक करके लंबी कतार से बचें",
    )
    assert plan_post(fair, headline=None).closing == "परिवार और दोस्तों के साथ ज़रूर आइए! 🎉"
    contest = replace(
        fair,
        facts=("पुष्कर मेले में 7 नवंबर को मेला मैदान में ऊंट सजावट प्रतियोगिता होगी",),
        call_to_action="प्रतियोगिता के लिए 5 नवंबर तक नाम लिखवाएं",
        audience=None,
    )
    assert plan_post(contest, headline=None).closing != "परिवार और दोस्तों के साथ ज़रूर आइए! 🎉"
    # No "#जयंती" on an event that marks one, nor "#मुख्य_चौपाल".
    hemis = Request(
        "event",
        "instagram",
        "celebratory",
        (
            "हेमिस त्सेचु उत्सव 16 और 17 जून को लद्दाख के लेह जिले के हेमिस मठ में होगा",
            "यह उत्सव गुरु पद्मसंभव की जयंती के रूप में मनाया जाता है",
            "मुख्य चौपाल पर रोज़ लोक नृत्य और संगीत के कार्यक्रम होंगे",
        ),
        "लेह आने वाले पर्यटक और स्थानीय निवासी",
    )
    tags = plan_post(hemis, headline=None).hashtags
    assert "#जयंती" not in tags and "#मुख्य_चौपाल" not in tags, tags


def test_no_medal_on_the_young_but_for_sport() -> None:
    allowance = (
        "बिहार की मुख्यमंत्री निश्चय स्वयं सहायता भत्ता योजना में बेरोज़गार युवाओं को ₹1,000 हर महीने मिलते हैं",
        "20 से 25 साल के 12वीं पास युवा पात्र हैं",
    )
    assert (
        plan_post(Request("scheme", "x", "warm", allowance), headline=None).headline_emoji != "🏅"
    )
    trial = ("ज़िला स्टेडियम में 27 दिसंबर को युवा खिलाड़ियों का चयन ट्रायल होगा", "युवा भाग लें")
    assert plan_post(Request("event", "x", "warm", trial), headline=None).headline_emoji == "🏅"


def test_round22s_refusals_are_not_written_again() -> None:
    # A list line keeps its clauses whole: no "भोज कराया जाता है और उपहार".
    assert reshape(
        "इस दिन विवाहित बेटियों (निंगोल) को मायके बुलाकर भोज कराया जाता है और उपहार दिए जाते हैं"
    ).endswith("उपहार दिए जाते हैं")
    # A date of a year gone by is history, not the camps' date; twenty camps are no camp's name.
    diksha = Request(
        "event",
        "facebook",
        "respectful",
        (
            "14 अक्टूबर 1956 को डॉ. बाबासाहेब आंबेडकर ने नागपुर की दीक्षाभूमि पर बौद्ध धम्म की दीक्षा ली थी",
            "धम्मचक्र प्रवर्तन दिन पर अनुयायियों के लिए महानगरपालिका ने 150 पानी के स्टॉल और 20 "
            "स्वास्थ्य शिविर लगाए हैं",
        ),
    )
    head = plan_post(diksha, headline=None).headline
    assert "14 अक्टूबर" not in head and "स्वास्थ्य शिविर" not in head, head
    # A call to action that points back ("ऐसे लक्षण") does not lead an urgent post.
    amoeba = Request(
        "appeal",
        "whatsapp",
        "urgent",
        (
            "मलप्पुरम जिले में अमीबिक मेनिन्जोएन्सेफलाइटिस के मामले सामने आए हैं",
            "नहाने के कुछ दिन बाद तेज़ सिरदर्द, बुखार, उल्टी या गर्दन में अकड़न हो सकती है",
        ),
        None,
        "नहाने के बाद ऐसे लक्षण दिखें तो तुरंत अस्पताल जाएं",
    )
    assert not plan_post(amoeba, headline=None).cta_first
    # "आसपास बड़ा मेला" is no name to tag.
    kharchi = Request(
        "greeting",
        "facebook",
        "celebratory",
        (
            "खारची पूजा त्रिपुरा का प्रमुख पर्व है, जो पुराने अगरतला के चतुर्दश देवता मंदिर में मनाई जाती है",
            "पूजा के दौरान मंदिर परिसर के आसपास बड़ा मेला लगता है",
        ),
    )
    assert not any("आसपास" in t for t in plan_post(kharchi, headline=None).hashtags)


def test_a_fairs_span_heads_it_to_its_end_and_a_buffalo_is_no_cow() -> None:
    sonpur = Request(
        "event",
        "facebook",
        "celebratory",
        (
            "हरिहर क्षेत्र सोनपुर मेला 5 नवंबर से 6 दिसंबर तक लगेगा",
            "मेला गंगा और गंडक के संगम पर लगता है",
        ),
    )
    plan = plan_post(sonpur, headline=None)
    assert plan.headline == "हरिहर क्षेत्र सोनपुर मेला: 5 नवंबर से 6 दिसंबर तक"
    assert all("5 नवंबर" not in f.text for f in plan.facts)  # said once, in the headline
    assert fact_emoji("भैंसों के साथ क्रूरता रोकने के लिए पशु चिकित्सा दल मौजूद रहेगा") == "🐃"


def test_a_place_leading_a_headline_is_not_said_in_its_oblique() -> None:
    # A ten-draft read after round22: "दरभंगा जिले: अगले 24 घंटे में भारी बारिश की चेतावनी".
    rain = (
        "मौसम विभाग ने दरभंगा जिले में अगले 24 घंटे में भारी बारिश की चेतावनी दी है",
        "बागमती और कमला नदी का जलस्तर बढ़ रहा है",
    )
    head = plan_post(Request("local_issue", "x", "urgent", rain), headline=None).headline
    assert "जिले:" not in head and head.startswith("दरभंगा"), head


def test_a_festive_greeting_and_a_fair_address_a_described_audience() -> None:
    # Round21-22's readers: "sangat/citizens not addressed", "no welcome to Saran citizens and
    # tourists"; the writers: "... सभी नागरिकों को बधाई", "... पर्यटकों का स्वागत है!".
    bandi_chhor = Request(
        "greeting",
        "whatsapp",
        "celebratory",
        (
            "बंदी छोड़ दिवस दीवाली के दिन मनाया जाता है",
            "इस अवसर पर श्री हरमंदिर साहिब में दीपमाला की जाती है",
        ),
        "अमृतसर जिले की संगत और सभी नागरिक",
    )
    assert plan_post(bandi_chhor, headline=None).address == (
        "अमृतसर जिले की संगत और सभी नागरिकों को इस अवसर की ढेरों बधाई 🎉"
    )
    thanks = Request(
        "greeting",
        "whatsapp",
        "warm",
        ("ओज़ोन दिवस हर साल 16 सितंबर को मनाया जाता है", "ओज़ोन परत पृथ्वी की रक्षा करती है"),
        "भोपाल के विद्यार्थी और पर्यावरण प्रेमी",
    )
    # A warm wish calls its readers rather than congratulate them "इस अवसर की" (round39's
    # readers: the greeting said twice).
    assert plan_post(thanks, headline=None).address == (
        "भोपाल के प्रिय विद्यार्थियो और पर्यावरण प्रेमियो,"
    )
    # A day of mourning is not congratulated.
    tirot = Request(
        "greeting",
        "whatsapp",
        "respectful",
        (
            "17 जुलाई 1835 को ढाका में अंग्रेज़ों की कैद में उनका निधन हुआ",
            "मेघालय में हर साल 17 जुलाई को यू तिरोत सिंग दिवस मनाया जाता है",
        ),
        "पश्चिम खासी हिल्स जिले के नागरिक",
    )
    assert "बधाई" not in _compose(tirot)
    sonpur = Request(
        "event",
        "facebook",
        "celebratory",
        (
            "हरिहर क्षेत्र सोनपुर मेला 5 नवंबर से 6 दिसंबर तक लगेगा",
            "मेला गंगा और गंडक के संगम पर लगता है",
        ),
        "सारण जिले के नागरिक और बाहर से आने वाले पर्यटक",
    )
    assert plan_post(sonpur, headline=None).address == (
        "सारण जिले के नागरिकों और बाहर से आने वाले पर्यटकों का हार्दिक स्वागत है 🙏"
    )


def test_a_scheme_with_tiers_is_headed_by_its_range_and_its_readers_are_addressed() -> None:
    # Round22: "निजुत मोइना योजना: आपके काम की जानकारी" and no address to the students.
    nijut = Request(
        "scheme",
        "instagram",
        "warm",
        (
            "असम सरकार की निजुत मोइना योजना सरकारी संस्थानों में पढ़ने वाली छात्राओं के लिए है",
            "हायर सेकेंडरी की छात्राओं को हर महीने ₹1,000 मिलते हैं",
            "डिग्री (स्नातक) की छात्राओं को हर महीने ₹1,250 मिलते हैं",
            "स्नातकोत्तर और B.Ed की छात्राओं को हर महीने ₹2,500 मिलते हैं",
        ),
        "कामरूप जिले की छात्राएं और उनके अभिभावक",
    )
    plan = plan_post(nijut, headline=None)
    assert plan.headline == "निजुत मोइना योजना: हर महीने ₹1,000 से ₹2,500 तक"
    assert plan.address is not None and plan.address.startswith("कामरूप जिले की छात्राओं")
    # A sum paid in, or two tiers by different periods, make no range.
    fee = replace(nijut, facts=(*nijut.facts[:2], "पंजीकरण के लिए ₹100 शुल्क जमा करना होता है"))
    assert "से ₹" not in plan_post(fee, headline=None).headline
    mixed = replace(nijut, facts=(*nijut.facts[:2], "डिग्री की छात्राओं को हर साल ₹12,500 मिलते हैं"))
    assert "से ₹" not in plan_post(mixed, headline=None).headline
    # A stock line after a name gives way to the address that says whom it is for.
    ntr = Request(
        "scheme",
        "whatsapp",
        "warm",
        (
            "आंध्र प्रदेश की NTR भरोसा पेंशन योजना में वृद्धजनों को हर महीने पेंशन मिलती है",
            "ग्राम और वार्ड सचिवालय के कर्मचारी हर महीने की 1 तारीख को पेंशन घर पहुंचाकर देते हैं",
        ),
        "गुंटूर जिले के पेंशन लाभार्थी और उनके परिवार",
    )
    plan = plan_post(ntr, headline=None)
    assert plan.address is not None and "गुंटूर" in plan.address
    assert "जानकारी" not in plan.headline


def test_a_greetings_lines_are_a_list_on_whatsapp_when_each_has_an_emoji_that_fits() -> None:
    # Rounds 20-22's writers listed a festival's lines with 🛕, 🌊, 🗓️; their readers marked the
    # composer's paragraphs "facts pasted as plain paragraphs".
    rajim = (
        "माघ पूर्णिमा से महाशिवरात्रि तक राजिम में मेला लगता है",
        "राजिम में महानदी, पैरी और सोंढूर नदियों का त्रिवेणी संगम है",
        "संगम के बीच कुलेश्वर महादेव का मंदिर है",
    )
    text = plain(_compose(Request("greeting", "whatsapp", "celebratory", rajim)))
    assert "🛕 संगम के बीच कुलेश्वर महादेव का मंदिर है।" in text.splitlines()
    assert "🌊 राजिम में महानदी, पैरी और सोंढूर नदियों का त्रिवेणी संगम है।" in text.splitlines()
    # Facebook keeps a greeting's short paragraphs; lines a 🔹 would mark stay prose anywhere.
    facebook = plain(_compose(Request("greeting", "facebook", "celebratory", rajim)))
    assert "🛕" not in facebook
    plain_days = (
        "यह पर्व भाई-बहन के स्नेह का प्रतीक है",
        "बहनें भाइयों की कलाई पर राखी बांधती हैं",
        "भाई बहनों को उपहार देते हैं",
    )
    assert "🔹" not in plain(_compose(Request("greeting", "whatsapp", "warm", plain_days)))


def test_a_lines_emoji_is_its_subject_not_a_word_inside_another() -> None:
    assert fact_emoji("संगम के बीच कुलेश्वर महादेव का मंदिर है") == "🛕"
    assert fact_emoji("ज्येष्ठ अष्टमी को यहां खीर भवानी मेला लगता है") == "🗓️"
    # "आयुष्मान आरोग्य मंदिर" is a health centre; "बंदी", "बंदर" and "सीलबंद" close nothing;
    # "प्रोटोकॉल" is no call; a list's item is not the line's subject.
    assert fact_emoji("आयुष्मान आरोग्य मंदिर पर 12 तरह की प्राथमिक स्वास्थ्य सेवाएँ मिलती हैं") != "🛕"
    assert fact_emoji("बंदी छोड़ दिवस दीवाली के दिन मनाया जाता है") != "⚠️"
    assert fact_emoji("कुत्ते, बिल्ली या बंदर के काटने पर घाव को साबुन से धोएँ") != "⚠️"
    assert fact_emoji("सड़क 3 दिन बंद रहेगी") == "⚠️"
    assert fact_emoji("16 सितंबर 1987 को मॉन्ट्रियल प्रोटोकॉल पर हस्ताक्षर हुए थे") != "📞"
    assert fact_emoji("स्वयंसेवक पढ़ाई में मदद, खेल, योग, कला या करियर परामर्श दे सकते हैं") != "🎨"
    # Nor a festival's emoji on what hurts.
    assert fact_emoji("भंडारे का भोजन खाने के बाद 23 लोगों को उल्टी-दस्त की शिकायत हुई") == "🔹"


def test_an_instagram_or_facebook_post_is_tagged_with_the_state_the_request_names() -> None:
    # The writers' most used Instagram tags were states ("#मणिपुर", "#राजस्थान"); round43-46's
    # readers marked posts of one or two tags "thin on hashtags for Instagram".
    narmada = Request(
        "event",
        "instagram",
        "celebratory",
        (
            "जबलपुर जिला प्रशासन और मध्य प्रदेश पर्यटन की ओर से भेड़ाघाट में नर्मदा महोत्सव 25 और 26"
            " अक्टूबर 2026 को आयोजित होगा।",
            "महोत्सव में शास्त्रीय संगीत, लोकनृत्य और नर्मदा आरती होगी।",
        ),
        "जबलपुर जिले के निवासी और पर्यटक",
    )
    tags = plan_post(narmada, headline=None).hashtags
    assert tags[-2:] == ("#जबलपुर", "#मध्य_प्रदेश"), tags
    assert "#मध्य_प्रदेश" in plan_post(replace(narmada, platform="facebook"), headline=None).hashtags
    # Not a state a tag says already, a life's state on a day that remembers it, or a road's.
    day = Request(
        "greeting",
        "instagram",
        "respectful",
        ("उत्तर प्रदेश दिवस हर वर्ष 24 जनवरी को मनाया जाता है", "इसी दिन 1950 में राज्य को नाम मिला"),
        "उत्तर प्रदेश के नागरिक",
    )
    assert sum("उत्तर_प्रदेश" in t for t in plan_post(day, headline=None).hashtags) == 1
    kalam = Request(
        "greeting",
        "instagram",
        "respectful",
        (
            "डॉ. ए.पी.जे. अब्दुल कलाम का जन्म 15 अक्टूबर 1931 को तमिलनाडु के रामेश्वरम में हुआ था",
            "उन्हें 1997 में भारत रत्न से सम्मानित किया गया",
        ),
        "बेगूसराय के विद्यार्थी",
    )
    assert "#तमिलनाडु" not in plan_post(kalam, headline=None).hashtags
    tanker = Request(
        "local_issue",
        "facebook",
        "urgent",
        (
            "रेवाड़ी जिले में बावल के पास NH-48 पर एलपीजी से भरा एक टैंकर पलट गया है।",
            "दिल्ली से जयपुर की ओर जाने वाले वाहनों को धारूहेड़ा से रेवाड़ी होकर भेजा जा रहा है।",
        ),
        "रेवाड़ी जिले के निवासी",
        "घटनास्थल की ओर न जाएँ और गैस की गंध महसूस होने पर तुरंत 112 पर सूचना दें।",
    )
    assert "#दिल्ली" not in plan_post(tanker, headline=None).hashtags
    # Nor a town's gate named after one: Nagaur's "दिल्ली दरवाज़ा" (ten drafts read after round47).
    gate = Request(
        "local_issue",
        "facebook",
        "respectful",
        (
            "नागौर शहर में 12 दिसंबर 2026 को सुबह 9 बजे से दोपहर 2 बजे तक बिजली आपूर्ति बंद रहेगी।",
            "इससे गांधी चौक, किले की ढाल और दिल्ली दरवाज़ा क्षेत्र प्रभावित होंगे।",
        ),
        "नागौर शहर के उपभोक्ता",
    )
    assert "#दिल्ली" not in plan_post(gate, headline=None).hashtags


def test_a_facebook_post_is_tagged_with_the_district_its_audience_names() -> None:
    # The writers tagged the district on nearly every Facebook post ("#गुमला", "#सारण"); round21
    # tagged a Pauri passport camp "#देहरादून" alone.
    sonpur = Request(
        "event",
        "facebook",
        "celebratory",
        (
            "हरिहर क्षेत्र सोनपुर मेला 5 नवंबर से 6 दिसंबर तक लगेगा",
            "मेला गंगा और गंडक के संगम पर लगता है",
        ),
        "सारण जिले के नागरिक और बाहर से आने वाले पर्यटक",
    )
    assert "#सारण" in plan_post(sonpur, headline=None).hashtags
    # A district of three words is tagged whole, as the writers did ("#दक्षिण_24_परगना"), never
    # by a word of it; two districts are not one; nor is a place tagged twice.
    khasi = replace(sonpur, audience="पश्चिम खासी हिल्स जिले के नागरिक")
    assert "#पश्चिम_खासी_हिल्स" in plan_post(khasi, headline=None).hashtags
    two = replace(sonpur, audience="सारण और सीवान जिले के नागरिक")
    assert not any("सीवान" in t for t in plan_post(two, headline=None).hashtags)
    beldar = Request(
        "local_issue",
        "facebook",
        "respectful",
        (
            "बेलदार टोला के पास रपटा पुल की मरम्मत 5 मई से शुरू होगी",
            "मरम्मत के दौरान पुल पर वाहनों का आना-जाना बंद रहेगा",
        ),
        "बेलदार टोला के निवासी",
    )
    tags = plan_post(beldar, headline=None).hashtags
    assert len(tags) == len(set(tags))


def test_a_posts_list_keeps_each_facts_verb_and_a_posters_lines_leave_it() -> None:
    # Stop 31 left the verb out of a post's list lines, as the writers' bullets read; rounds
    # 25-26's readers read such lines as cut ("... तक जलापूर्ति बंद", "... गंभीर अपराध"). A
    # poster's lines are labels, and leave it.
    facts = (
        "सदर अस्पताल में 12 बेड वाली नवजात शिशु इकाई 2 फरवरी से शुरू हो गई है",
        "रेलवे फाटक 14 से 16 नवंबर तक सुबह 8 बजे से शाम 6 बजे तक बंद रहेगा",
        "धान का न्यूनतम समर्थन मूल्य ₹2,389 प्रति क्विंटल है",
        "सर्पदंश का इलाज 24 घंटे निःशुल्क किया जाता है",
    )
    assert [line.text for f in facts for line in _fact_lines(f)] == list(facts)
    req = Request("local_issue", "whatsapp", "respectful", facts, None, "ज़रूरत हो तो 108 पर कॉल करें")
    text = plain(_compose(req))
    assert all(fact in text for fact in facts[1:]), text  # the first heads the post
    _checks(_compose(req), req)
    poster = poster_text(plan_post(req, headline=None))
    assert "रेलवे फाटक 14 से 16 नवंबर तक सुबह 8 बजे से शाम 6 बजे तक बंद" in poster.lines
    assert "धान का न्यूनतम समर्थन मूल्य ₹2,389 प्रति क्विंटल" in poster.lines
    assert facts[3] in poster.lines  # a verb that says how stays
    # What keeps its shape on a poster too: a second clause, a condition, an ask, a plural's
    # "हैं" after a feminine participle, a copula between two nouns.
    for fact in (
        "यह पर्व भाई-बहन के स्नेह का प्रतीक है, जो सावन में मनाया जाता है",
        "बुखार हो तो तुरंत अस्पताल जाएँ",
        "पिछले महीने गाँव में बाघ के हमले की तीन घटनाएं हुई हैं",
        "छाया गोली हार्मोन-रहित गर्भनिरोधक गोली है",
        "गोद दिए जाने वाले सभी पिल्लों को टीका लगाया जा चुका है",
    ):
        assert _bullet_form(fact) is None, fact


def test_a_list_that_would_loop_says_its_tiers_as_typed() -> None:
    # Round22's three tiers as labels made "... छात्राओं के लिए: हर महीने" three times, a loop
    # the format check refuses and the facts never said.
    tiers = (
        "हायर सेकेंडरी की छात्राओं को हर महीने ₹1,000 मिलते हैं",
        "डिग्री की छात्राओं को हर महीने ₹1,250 मिलते हैं",
        "स्नातकोत्तर की छात्राओं को हर महीने ₹2,500 मिलते हैं",
    )
    req = Request("scheme", "whatsapp", "warm", tiers)
    text = _compose(req)
    assert "के लिए: हर महीने" not in text
    _checks(text, req)
    # Two tiers make no loop: laid out as labels.
    two = plan_post(replace(req, facts=tiers[:2]), headline=None)
    assert two.facts[0].text == "हायर सेकेंडरी की छात्राओं के लिए: हर महीने ₹1,000"


def test_what_the_round23_readers_refused_is_not_written_again() -> None:
    # World Hindi Day (10 January) greeted as Hindi Day (14 September): fidelity 0.
    world = Request(
        "greeting",
        "whatsapp",
        "celebratory",
        (
            "हर साल 10 जनवरी को विश्व हिंदी दिवस मनाया जाता है",
            "10 जनवरी 1975 को नागपुर में पहला विश्व हिंदी सम्मेलन हुआ था",
        ),
    )
    assert plan_post(world, headline=None).headline.startswith("विश्व हिंदी दिवस")
    hindi = replace(world, facts=("हर साल 14 सितंबर को हिंदी दिवस मनाया जाता है",))
    assert plan_post(hindi, headline=None).headline.startswith("हिंदी दिवस")
    # A number's label says its own genitive: "मत्स्य विभाग का नियंत्रण कक्ष", not "के".
    assert reshape("मत्स्य विभाग के नियंत्रण कक्ष का नंबर 0884-2378123 है") == (
        "मत्स्य विभाग का नियंत्रण कक्ष: 0884-2378123"
    )
    # A level is not what a warning warns of ("39 फुट की चेतावनी", "vague").
    flood = Request(
        "local_issue",
        "facebook",
        "urgent",
        (
            "कोल्हापुर में पंचगंगा नदी का जलस्तर राजाराम बंधारे पर 39 फुट की चेतावनी सीमा पार कर गया है",
            "नदी का खतरे का स्तर 43 फुट है",
        ),
    )
    assert not plan_post(flood, headline=None).headline.startswith("39")
    # A corm's treatment is farming, not medicine.
    assert fact_emoji("शिविर में केसर के कंद के उपचार की जानकारी दी जाएगी") != "🩺"
    # No cheerful health slogan under an appeal for the bedridden.
    palliative = Request(
        "appeal",
        "whatsapp",
        "warm",
        (
            "अस्पताल का पैलिएटिव केयर विभाग बिस्तर पर रहने वाले गंभीर मरीज़ों की घर जाकर देखभाल करता है",
            "विभाग को मरीज़ों के पास बैठने और परिवार की मदद के लिए स्वयंसेवकों की ज़रूरत है",
            "स्वयंसेवकों को 3 दिन का निःशुल्क प्रशिक्षण दिया जाएगा",
        ),
        "कोयंबटूर के नागरिक",
        "स्वयंसेवक बनने के लिए 0422-2301393 पर संपर्क करें",
    )
    assert "सेहतमंद" not in (plan_post(palliative, headline=None).closing or "")


def test_what_the_round24_readers_refused_is_not_written_again() -> None:
    # "पात्रता: ... किसान ही" left its stress without the verb.
    only = "प्रधानमंत्री किसान सम्मान निधि के पात्र लाभार्थी किसान ही इसके पात्र हैं"
    assert reshape(only) == only
    assert reshape("21 वर्ष से अधिक उम्र की महिलाएँ इसकी पात्र हैं") == (
        "पात्रता: 21 वर्ष से अधिक उम्र की महिलाएँ"
    )
    # A venue standing alone says its own genitive: "📍 फर्ग्यूसन कॉलेज का मैदान".
    book_fair = Request(
        "event",
        "instagram",
        "celebratory",
        (
            "पुणे पुस्तक महोत्सव 13 से 21 दिसंबर तक फर्ग्यूसन कॉलेज के मैदान में होगा",
            "महोत्सव रोज़ सुबह 11 बजे से रात 9 बजे तक खुला रहेगा",
        ),
    )
    lines = [f.text for f in plan_post(book_fair, headline=None).facts]
    assert "फर्ग्यूसन कॉलेज का मैदान" in lines, lines
    # A span that says which road is not cut out of the news ("जींद: की सड़क पर ...").
    sewer = Request(
        "local_issue",
        "whatsapp",
        "respectful",
        (
            "जींद में रानी तालाब से पटियाला चौक तक की सड़क पर सीवर लाइन डालने का काम 10 फरवरी से शुरू होगा",
            "भारी वाहनों का इस सड़क पर प्रवेश बंद रहेगा",
        ),
    )
    head = plan_post(sewer, headline=None).headline
    assert ": की " not in head and not head.startswith("की"), head


def test_round24s_wrong_emoji_slogans_and_early_wishes_are_not_written_again() -> None:
    # 🎉 on a shuttle bus, 📝 on a photo walk.
    assert fact_emoji("महोत्सव के दौरान पुलिस बाज़ार से पोलो ग्राउंड तक शटल बस चलेगी") != "🎉"
    assert fact_emoji("महोत्सव में लोक नृत्य और संगीत होगा") != "🔹"
    assert fact_emoji("झील के आसपास चेरी के पेड़ों के बीच फोटो वॉक होगी") != "📝"
    assert fact_emoji("आवेदन के साथ फोटो लगाएं") == "📝"
    # A study slogan only where the facts speak of study, never over strain.
    weaving = Request(
        "event",
        "whatsapp",
        "warm",
        (
            "भुजोडी गांव में स्कूली बच्चों के लिए बुनाई कार्यशाला 8 से 10 जनवरी तक होगी",
            "अनुभवी बुनकर बच्चों को हथकरघा पर शॉल की बुनाई सिखाएंगे",
            "कक्षा 6 से 10 तक के 40 विद्यार्थी इसमें भाग ले सकेंगे",
        ),
        "स्कूली विद्यार्थी और उनके अभिभावक",
        "भाग लेने के लिए स्कूल के प्रधानाचार्य के पास नाम लिखवाएं",
    )
    assert "पढ़े" not in (plan_post(weaving, headline=None).closing or "")
    # No wish for a day on an appeal that asks for something by a date before it.
    cleanup = Request(
        "appeal",
        "whatsapp",
        "warm",
        (
            "नगर निगम 5 जून, विश्व पर्यावरण दिवस पर आर.के. बीच पर सफ़ाई अभियान चलाएगा",
            "स्वयंसेवकों को दस्ताने और थैले दिए जाएंगे",
        ),
        "विशाखापत्तनम के विद्यार्थी और युवा",
        "स्वयंसेवक के रूप में जुड़ने के लिए 4 जून तक वार्ड सचिवालय में नाम लिखवाएं",
    )
    assert "शुभकामना" not in _compose(cleanup)


def test_round25s_festivals_schemes_and_labels_are_named_and_said_whole() -> None:
    def headline(kind: str, *facts: str) -> str:
        return plan_post(Request(kind, "whatsapp", "warm", facts), headline=None).headline

    # Round25 greeted "आदि", "पारसी" and "जैन": the festival's own name runs to its month,
    # its community, or the word before "पर्व" where the fact says which is celebrated.
    assert headline(
        "greeting", "आदि पेरुक्कु तमिल माह आदि के 18वें दिन कावेरी नदी के प्रति आभार जताने का पर्व है।"
    ).startswith("आदि पेरुक्कु की हार्दिक शुभकामनाएँ")
    assert headline("greeting", "पारसी नववर्ष नवरोज़ पारसी समुदाय का प्रमुख पर्व है।").startswith(
        "पारसी नववर्ष नवरोज़ की"
    )
    assert headline("greeting", "जैन समाज में पर्युषण पर्व के बाद क्षमावाणी पर्व मनाया जाता है।").startswith(
        "क्षमावाणी पर्व की"
    )
    # A scheme named after a person is not headed by the person alone, nor by the foundation
    # the same name begins.
    assert (
        headline(
            "scheme",
            "डॉ. अम्बेडकर प्रतिष्ठान की अंतरजातीय विवाह के माध्यम से सामाजिक एकीकरण हेतु डॉ. अम्बेडकर "
            "योजना में पात्र दंपती को ₹2.5 लाख की प्रोत्साहन राशि दी जाती है।",
        )
        == "अम्बेडकर योजना: ₹2.5 लाख की प्रोत्साहन राशि"
    )
    # A date's label takes no colon before a postposition, nor drops a verb's "है".
    fact = "यह इलाज दुर्घटना की तारीख से अधिकतम 7 दिन तक के लिए मिलता है।"
    assert reshape(fact) == fact


def test_a_name_found_cut_short_does_not_head_a_scheme_split_at_its_colon() -> None:
    # Round24: "ग्रामीण स्वरोज़गार प्रशिक्षण: संस्थान (RSETI) ..."; round25: "केरल सामाजिक सुरक्षा
    # मिशन: की वयोमित्रम परियोजना ...". Both read as broken.
    for facts in (
        (
            "ग्रामीण स्वरोज़गार प्रशिक्षण संस्थान (RSETI) ग्रामीण युवाओं को अपना काम शुरू करने के "
            "लिए प्रशिक्षण देते हैं",
            "प्रशिक्षण, रहना और खाना पूरी तरह निःशुल्क है",
        ),
        (
            "केरल सामाजिक सुरक्षा मिशन की वयोमित्रम परियोजना नगर निकाय क्षेत्रों में 65 वर्ष से "
            "अधिक आयु के वरिष्ठ नागरिकों के लिए है।",
            "वार्ड स्तर पर चलने वाले मोबाइल क्लीनिक में जांच और दवाइयां मुफ्त मिलती हैं।",
        ),
    ):
        headline = plan_post(Request("scheme", "whatsapp", "respectful", facts), headline=None)
        assert not regex.search(r": (?:की|का|के|संस्थान)\s", headline.headline), headline.headline
    # A mission that is the scheme itself still heads it by its name.
    mission = plan_post(
        Request(
            "scheme",
            "whatsapp",
            "respectful",
            ("राष्ट्रीय गोकुल मिशन के तहत देसी नस्ल की गायों के संरक्षण के लिए सहायता दी जाती है",),
        ),
        headline=None,
    )
    assert mission.headline.startswith("राष्ट्रीय गोकुल मिशन"), mission.headline


def test_a_state_day_ends_wishing_the_state_on() -> None:
    facts = (
        "त्रिपुरा 21 जनवरी 1972 को पूर्ण राज्य बना था।",
        "हर वर्ष 21 जनवरी को त्रिपुरा स्थापना दिवस मनाया जाता है।",
        "त्रिपुरा अपनी जनजातीय संस्कृति, हथकरघा और प्राकृतिक सुंदरता के लिए जाना जाता है।",
    )
    req = Request("greeting", "facebook", "celebratory", facts, "त्रिपुरा के सभी नागरिक", None)
    plan = plan_post(req, headline=None)
    # Round26's readers: "no closing wish" (rounds 2-26 ended 21 of 23 state days on a fact);
    # the writers: "जय मध्य प्रदेश!", "... मिज़ोरम आगे बढ़ता रहे ✨".
    assert plan.headline.startswith("त्रिपुरा स्थापना दिवस की हार्दिक शुभकामनाएँ")
    assert plan.closing == "त्रिपुरा सदा उन्नति की राह पर आगे बढ़ता रहे। जय त्रिपुरा! 🙏"
    assert _compose(req).count("जय त्रिपुरा!") == 1
    _checks(_compose(req), req)
    # A state's day by its first word ("हिमाचल दिवस") and as a राज्योत्सव.
    himachal = replace(
        req,
        facts=(
            "हर साल 15 अप्रैल को हिमाचल दिवस मनाया जाता है।",
            "हिमाचल प्रदेश 15 अप्रैल 1948 को बना।",
        ),
    )
    assert "जय हिमाचल!" in (plan_post(himachal, headline=None).closing or "")
    karnataka = replace(req, facts=("1 नवंबर को कर्नाटक राज्योत्सव मनाया जाता है।",))
    assert "जय कर्नाटक!" in (plan_post(karnataka, headline=None).closing or "")
    # Not a day that is no state's own.
    hindi = replace(req, facts=("हर वर्ष 10 जनवरी को विश्व हिंदी दिवस मनाया जाता है।",))
    assert "जय" not in (plan_post(hindi, headline=None).closing or "")


def test_an_urgent_warning_about_safety_ends_on_care_that_claims_nothing() -> None:
    facts = (
        "ठग व्हाट्सऐप पर ट्रैफ़िक ई-चालान के नाम से नकली एपीके फ़ाइल भेज रहे हैं",
        "एपीके फ़ाइल इंस्टॉल करते ही ठग फ़ोन के संदेश और ओटीपी पढ़ लेते हैं",
        "साइबर ठगी होने पर 1930 पर कॉल करें",
    )
    req = Request("appeal", "whatsapp", "urgent", facts, "वाहन चालक", "अनजान एपीके फ़ाइल न खोलें")
    # The writers ended about half their urgent notices and appeals on such a line ("सावधानी
    # ही सुरक्षा है 🙏"); the composer ended none. Not the office's own claim ("आपकी सुरक्षा,
    # हमारी प्राथमिकता।"), nor a road's slogan on fraud ("सावधानी हटी, दुर्घटना घटी!").
    closings = {plan_post(req, headline=None, variant=v).closing for v in range(4)}
    assert closings <= {"सावधानी ही सबसे बड़ा बचाव है।", "थोड़ी-सी सतर्कता, बड़ी सुरक्षा!"}
    assert "सावधानी ही सबसे बड़ा बचाव है।" in closings
    _checks(_compose(req), req)
    # Not where a death is told, and not on a notice that is not plainly about safety.
    died = replace(req, facts=(*facts, "ऐसी ठगी के बाद एक व्यक्ति की मृत्यु हो गई"))
    assert plan_post(died, headline=None).closing is None
    water = Request(
        "local_issue",
        "whatsapp",
        "urgent",
        ("वार्ड 5 में 12 मार्च को जलापूर्ति बंद रहेगी", "पाइपलाइन की मरम्मत होगी"),
        "वार्ड 5 के निवासी",
        "पानी पहले से भरकर रखें",
    )
    assert plan_post(water, headline=None).closing is None


def test_a_long_audience_is_still_told_the_post_is_for_them() -> None:
    facts = (
        "मुख्यमंत्री सहारा योजना में गंभीर रोगों से पीड़ित मरीज़ों को हर महीने ₹3,000 की आर्थिक सहायता मिलती है",
        "आवेदन ज़िला कल्याण अधिकारी कार्यालय में किया जा सकता है",
    )
    audience = "मंडी जिले में गंभीर रोगों से पीड़ित मरीज़ों के परिवार"  # nine words
    req = Request("scheme", "whatsapp", "respectful", facts, audience, "आज ही आवेदन करें")
    # Rounds 22-26's readers: "no address" on posts for a description of nine words and more.
    address = plan_post(req, headline=None).address
    assert address == "मंडी जिले में गंभीर रोगों से पीड़ित मरीज़ों के परिवारों के लिए ज़रूरी जानकारी 🙏"
    assert address in _compose(req)
    _checks(_compose(req), req)
    # Past twelve words the description is not said whole: its people are called by name.
    longer = replace(req, audience=f"हिमाचल प्रदेश के {audience} और उनके सभी रिश्तेदार")
    assert plan_post(longer, headline=None).address == "आदरणीय परिवारो और रिश्तेदारो,"


def test_round26s_greetings_name_their_day() -> None:
    # Round26's readers: a statehood day wished "आप सभी को हार्दिक शुभकामनाएँ!" without its
    # name, and Gudi Padwa wished as a "नववर्ष" that "could read as 1 January".
    state = Request(
        "greeting",
        "instagram",
        "celebratory",
        (
            "अरुणाचल प्रदेश 20 फरवरी 1987 को भारत का पूर्ण राज्य बना था।",
            "अरुणाचल प्रदेश को उगते सूरज की धरती कहा जाता है।",
        ),
        "अरुणाचल प्रदेश के सभी नागरिक",
        None,
    )
    plan = plan_post(state, headline=None)
    assert plan.headline.startswith("अरुणाचल प्रदेश स्थापना दिवस की हार्दिक शुभकामनाएँ")
    assert "जय अरुणाचल प्रदेश!" in (plan.closing or "")
    _checks(_compose(state), state)
    padwa = Request(
        "greeting",
        "whatsapp",
        "celebratory",
        (
            "गुड़ी पाड़वा चैत्र शुक्ल प्रतिपदा को मनाया जाता है और इसी दिन से मराठी नववर्ष शुरू होता है।",
            "इस दिन घरों के बाहर गुड़ी सजाकर फहराई जाती है।",
        ),
        None,
        None,
    )
    plan = plan_post(padwa, headline=None)
    assert plan.headline.startswith("गुड़ी पाड़वा की हार्दिक शुभकामनाएँ")
    assert plan.closing  # a festival's wish, not the last fact
    _checks(_compose(padwa), padwa)


def test_round26s_emoji_fit_their_lines() -> None:
    # Round26's readers: 🐄 on dog catching, 📝 on trophies, 🍲 on a festival's prasad.
    assert fact_emoji("टीम कुत्तों को पकड़कर पशु जन्म नियंत्रण केंद्र ले जाएगी") == "🐕"
    assert fact_emoji("विजेता और उपविजेता टीमों को ट्रॉफी और प्रमाण पत्र दिए जाएंगे") == "🏆"
    assert fact_emoji("गुड़ी पाड़वा पर नीम के पत्तों और गुड़ का प्रसाद खाने की परंपरा है") != "🍲"
    # Papers are still papers, and a feast still a feast.
    assert fact_emoji("आवेदन के लिए आधार कार्ड और जाति प्रमाण पत्र लाएँ") == "📝"
    assert fact_emoji("मेले में पारंपरिक व्यंजन परोसे जाएँगे") == "🍲"


def test_a_jayanti_bowed_to_ends_on_what_the_life_means() -> None:
    facts = (
        "लोकनायक जयप्रकाश नारायण का जन्म 11 अक्टूबर 1902 को सिताबदियारा में हुआ था",
        "उन्होंने 1974 में संपूर्ण क्रांति का आह्वान किया",
    )
    req = Request("greeting", "whatsapp", "respectful", facts, "ज़िले के नागरिक", None)
    plan = plan_post(req, headline=None)
    # Rounds 2-26 ended 27 of 34 respectful greetings on a fact; the writers: "उनका जीवन हम
    # सबके लिए प्रेरणा है।".
    assert "सादर नमन" in plan.headline
    assert plan.closing == "उनका जीवन हम सबके लिए प्रेरणा है। 🙏"
    _checks(_compose(req), req)
    # Not on X, where it would make a thread.
    assert plan_post(replace(req, platform="x"), headline=None).closing is None


def test_an_urgent_notice_with_no_short_news_is_headed_by_its_ask() -> None:
    facts = (
        "बनबसा शारदा बैराज से आज दोपहर 2 बजे से अतिरिक्त पानी छोड़ा जाएगा और कई गाँवों के पास "
        "के टापू डूब सकते हैं।",
        "शारदा नदी का जलस्तर अगले 48 घंटे तक बढ़ा रहेगा।",
    )
    req = Request(
        "local_issue",
        "whatsapp",
        "urgent",
        facts,
        "शारदा नदी किनारे के गाँवों के लोग",
        "नदी के किनारे और टापुओं पर बिल्कुल न जाएँ",
    )
    plan = plan_post(req, headline=None)
    # Rounds 22-26's readers refused "... के लोगों के लिए ज़रूरी सूचना" as "just the audience,
    # it does not name the alert"; the ask says what to do, and is said again at the end.
    assert plan.headline == "सावधान! नदी के किनारे और टापुओं पर बिल्कुल न जाएँ"
    text = _compose(req)
    assert text.count("नदी के किनारे और टापुओं पर बिल्कुल न जाएँ") == 2
    _checks(text, req)
    # Not an ask that heads nothing, asks the reader only to cooperate or pass it on, points
    # back, or runs to ten words (it could not be said again); not a notice that is not urgent.
    for cta in (
        "समय रहते आवेदन जमा करें",
        "टीम के आने पर अपने कुएँ तक पहुँचने में सहयोग करें",
        "इस संदेश को ज़्यादा से ज़्यादा लोगों तक पहुँचाएँ",
        "इन दो दिनों में बच्चों को विद्यालय परिसर के पास न भेजें",
        "बच्चों को गर्म कपड़े पहनाएँ और सुबह की ठंड में बेवजह बाहर न भेजें",
    ):
        assert cta not in plan_post(replace(req, call_to_action=cta), headline=None).headline
    calm = plan_post(replace(req, tone="respectful"), headline=None)
    assert "टापुओं" not in calm.headline


def test_a_headline_cut_from_a_fact_points_at_nothing_before_it() -> None:
    facts = (
        "कोहिमा नगर में एक पुराने पुल की मरम्मत के कारण 14 दिसंबर से 28 दिसंबर तक इस पुल पर "
        "वाहनों की आवाजाही बंद रहेगी।",
        "इस दौरान छोटे वाहनों को वैकल्पिक मार्ग से भेजा जाएगा।",
    )
    req = Request("local_issue", "facebook", "respectful", facts, "वाहन चालक और यात्री")
    # Round26's readers: "Headline says 'इस पुल' with nothing for 'this' to refer to".
    headline = plan_post(req, headline=None).headline
    assert "पुल पर वाहनों की आवाजाही बंद" in headline and "इस पुल" not in headline
    _checks(_compose(req), req)


@pytest.mark.parametrize(
    ("facts", "wished"),
    [
        # Round27's readers refused every greeting: the occasion named by its description
        # ("प्रमुख त्योहार", "समुदाय त्योहार"), as "नववर्ष", or not at all ("आप सभी को").
        (
            ("निशी समुदाय का प्रमुख त्योहार न्योकुम युल्लो हर साल 26 फरवरी को मनाया जाता है।",),
            "न्योकुम युल्लो की हार्दिक शुभकामनाएँ!",
        ),
        (
            ("आओ नागा समुदाय का त्योहार मोआत्सु मोंग हर साल 1 से 3 मई तक मनाया जाता है।",),
            "मोआत्सु मोंग की हार्दिक शुभकामनाएँ!",
        ),
        (
            ("मणिपुरी नववर्ष चेइराओबा सजिबु महीने के पहले दिन मनाया जाता है।",),
            "चेइराओबा की हार्दिक शुभकामनाएँ!",
        ),
        (
            ("गोवा में 16 जनवरी को अस्मिताय दिस (अस्मिता दिवस) मनाया जाता है।",),
            "अस्मिता दिवस की हार्दिक शुभकामनाएँ!",
        ),
        # A title's cut tail goes ("सुधारक महात्मा अय्यंकाली"), a "डॉ." the facts give stays.
        (
            ("समाज सुधारक महात्मा अय्यंकाली की जयंती 28 अगस्त को है।",),
            "महात्मा अय्यंकाली जयंती की हार्दिक शुभकामनाएँ!",
        ),
        (
            ("बेंगलुरु के संस्थापक नाडप्रभु केम्पेगौड़ा की जयंती 27 जून को मनाई जाती है।",),
            "नाडप्रभु केम्पेगौड़ा जयंती की हार्दिक शुभकामनाएँ!",
        ),
        (
            ("हिमाचल प्रदेश के पहले मुख्यमंत्री डॉ. यशवंत सिंह परमार की जयंती 4 अगस्त को है।",),
            "डॉ. यशवंत सिंह परमार जयंती की हार्दिक शुभकामनाएँ!",
        ),
    ],
)
def test_round27s_greetings_name_their_occasion_whole(facts: tuple[str, ...], wished: str) -> None:
    req = Request("greeting", "facebook", "celebratory", facts)
    assert plan_post(req, headline=None).headline == wished
    _checks(_compose(req), req)


def test_a_freedom_fighter_is_bowed_to_by_name_not_by_a_cut_title() -> None:
    facts = ("स्वतंत्रता सेनानी अल्लूरी सीताराम राजू का जन्म 4 जुलाई 1897 को हुआ था।",)
    req = Request("greeting", "whatsapp", "respectful", facts, "ज़िले के नागरिक")
    # Round27: "सेनानी अल्लूरी सीताराम राजू को उनकी जयंती पर सादर नमन" (needs "स्वतंत्रता").
    bowed = "अल्लूरी सीताराम राजू को उनकी जयंती पर सादर नमन"
    assert plan_post(req, headline=None).headline == bowed
    # No "बधाई" on a jayanti (round27's readers: "'बधाई' sits oddly on a jayanti").
    warm = replace(req, tone="warm", audience="सिरमौर जिले और पूरे हिमाचल प्रदेश के लोग")
    assert "बधाई" not in _compose(warm)


def test_a_name_said_often_is_not_bowed_to_once_more() -> None:
    facts = (
        "हिमाचल प्रदेश के पहले मुख्यमंत्री डॉ. यशवंत सिंह परमार की जयंती 4 अगस्त को है।",
        "नौणी स्थित डॉ. यशवंत सिंह परमार औद्यानिकी एवं वानिकी विश्वविद्यालय उनके नाम पर है।",
    )
    req = Request("greeting", "whatsapp", "warm", facts)
    # Headline and facts say "डॉ. यशवंत सिंह परमार" three times: a bow by name would be the
    # fourth, a loop the format check refuses (round27, once its "डॉ." was kept).
    plan = plan_post(req, headline=None)
    assert plan.closing == "उनका जीवन हम सबके लिए प्रेरणा है। 🙏"
    _checks(_compose(req), req)


def test_round27s_lines_read_whole() -> None:
    # Round27's readers: "दोनों योजनाओं के लिए हर लाभार्थी के लिए: एक ही कार्ड" (a double "के
    # लिए"), "📍 मामित जिले के रेइक गांव" (a cut fragment), 🌾 on flowers, ✅ on a rule against,
    # ⚠️ on a line that calms.
    card = "दोनों योजनाओं के लिए हर लाभार्थी को एक ही कार्ड दिया जाता है।"
    assert "के लिए हर लाभार्थी के लिए" not in reshape(card)
    assert reshape("हर पात्र परिवार को एक ही कार्ड दिया जाता है।") == (
        "हर पात्र परिवार के लिए: एक ही कार्ड"
    )
    facts = (
        "मिजोरम का एंथूरियम महोत्सव 22 से 24 सितंबर 2027 तक मामित जिले के रेइक गांव में होगा।",
        "महोत्सव में किसानों के उगाए एंथूरियम फूलों की प्रदर्शनी और बिक्री होगी।",
    )
    req = Request("event", "facebook", "celebratory", facts, "मिजोरम के लोग और पर्यटक")
    text = _compose(req)
    assert "📍 रेइक गांव, मामित जिला" in text and "🌸 महोत्सव में किसानों" in text
    _checks(text, req)
    assert fact_emoji("यह दवा 4 साल से कम उम्र के बच्चों को नहीं दी जानी चाहिए।") == "⚠️"
    assert fact_emoji("यह केवल जांच है, इस दिन सुनामी का कोई खतरा नहीं है।") != "⚠️"
    assert fact_emoji("नदी में बाढ़ का खतरा है।") == "⚠️"


def test_a_stock_headline_names_no_reader_the_audience_does_not() -> None:
    facts = (
        "असम राज्य महिला आयोग 21 जनवरी 2027 को नगांव जिला आयुक्त कार्यालय के सभागार में महिला जन "
        "सुनवाई करेगा।",
        "घरेलू हिंसा, दहेज उत्पीड़न और कार्यस्थल पर उत्पीड़न की शिकायतें सुनी जाएंगी।",
    )
    audience = "नगांव जिले की महिलाएं, विशेषकर घरेलू हिंसा, दहेज या कार्यस्थल पर उत्पीड़न झेल रही बहनें"
    req = Request("event", "whatsapp", "warm", facts, audience)
    # Round27: "महिलाओं और बच्चों के लिए जानकारी" over a hearing for women ("adds children,
    # which no fact mentions").
    assert "बच्चों" not in plan_post(req, headline=None).headline


def test_a_scheme_whose_owner_comes_first_is_headed_by_whom_it_is_for() -> None:
    facts = (
        "विश्वविद्यालय अनुदान आयोग (यूजीसी) की ईशान उदय विशेष छात्रवृत्ति योजना पूर्वोत्तर क्षेत्र के "
        "विद्यार्थियों के लिए है।",
        "योजना में हर वर्ष 10,000 नई छात्रवृत्तियां दी जाती हैं।",
        "आवेदन राष्ट्रीय छात्रवृत्ति पोर्टल पर ऑनलाइन किया जाता है।",
    )
    req = Request("scheme", "whatsapp", "respectful", facts, "कक्षा 12 पास विद्यार्थी")
    # Round27: "ईशान उदय विशेष छात्रवृत्ति योजना: लाभ लेने के लिए ज़रूरी बातें" (generic).
    assert plan_post(req, headline=None).headline == (
        "ईशान उदय विशेष छात्रवृत्ति योजना: पूर्वोत्तर क्षेत्र के विद्यार्थियों के लिए"
    )
    _checks(_compose(req), req)
    # Not where the address names the same readers: they would be said a third time.
    mothers = Request(
        "scheme",
        "whatsapp",
        "warm",
        (
            "गुजरात सरकार की मुख्यमंत्री मातृशक्ति योजना गर्भवती और धात्री माताओं के लिए है।",
            "हर महीने 2 किलो चना और 1 किलो तुअर दाल मुफ्त दी जाती है।",
        ),
        "नर्मदा जिले की गर्भवती और धात्री माताएं",
    )
    assert "माताओं के लिए" not in plan_post(mothers, headline=None).headline
    _checks(_compose(mothers), mothers)


def test_round27s_events_are_headed_by_what_they_are() -> None:
    # Round27: a youth parliament headed "... युवाओं के लिए ज़रूरी सूचना", a women's hearing
    # "महिलाओं और बच्चों के लिए जानकारी" (then "... 21 जनवरी, असम" for one held in Nagaon).
    youth = Request(
        "event",
        "facebook",
        "respectful",
        (
            "हजारीबाग में 12 दिसंबर 2027 को जिला युवा संसद का आयोजन होगा।",
            "प्रतिभागियों का चयन उनके भेजे गए 1 मिनट के वीडियो के आधार पर होगा।",
        ),
        "हजारीबाग जिले के 18 से 25 वर्ष के युवा",
        "इच्छुक युवा 30 नवंबर तक माय भारत पोर्टल पर पंजीकरण करें",
    )
    assert "जिला युवा संसद" in plan_post(youth, headline=None).headline
    _checks(_compose(youth), youth)
    hearing = Request(
        "event",
        "whatsapp",
        "warm",
        (
            "असम राज्य महिला आयोग 21 जनवरी 2027 को नगांव जिला आयुक्त कार्यालय के सभागार में महिला "
            "जन सुनवाई करेगा।",
            "सुनवाई सुबह 11 बजे से दोपहर 3 बजे तक होगी।",
        ),
        "नगांव जिले की महिलाएं",
    )
    headline = plan_post(hearing, headline=None).headline
    assert headline.startswith("महिला जन सुनवाई: 21 जनवरी") and "असम" not in headline
    _checks(_compose(hearing), hearing)


def test_round28s_refusals_are_not_written_again() -> None:
    # Udham Singh's martyrdom day bowed to "all martyrs", Navreh wished as "नववर्ष".
    udham = Request(
        "greeting",
        "facebook",
        "respectful",
        (
            "शहीद ऊधम सिंह का जन्म 26 दिसंबर 1899 को संगरूर जिले के सुनाम में हुआ था।",
            "हर साल 31 जुलाई को उनका बलिदान दिवस मनाया जाता है।",
        ),
    )
    assert plan_post(udham, headline=None).headline == (
        "शहीद ऊधम सिंह को उनके बलिदान दिवस पर शत-शत नमन"
    )
    _checks(_compose(udham), udham)
    navreh = Request(
        "greeting",
        "x",
        "celebratory",
        ("कश्मीरी पंडित समुदाय का नववर्ष नवरेह चैत्र शुक्ल प्रतिपदा को मनाया जाता है।",),
    )
    assert plan_post(navreh, headline=None).headline == "नवरेह की हार्दिक शुभकामनाएँ!"
    # An eligibility label cut to "... युवा इसके लिए", and another left "... परिवार इसके".
    assert reshape("18 से 35 वर्ष के महाराष्ट्र के निवासी युवा इसके लिए पात्र हैं।") == (
        "पात्रता: 18 से 35 वर्ष के महाराष्ट्र के निवासी युवा"
    )
    assert "इसके" not in reshape("गांव के गरीब परिवार इसके पात्र हैं।")
    # What the government pays, its verb hanging: "... योजना: ₹22 का अनुदान देती".
    meals = Request(
        "scheme",
        "whatsapp",
        "warm",
        (
            "राजस्थान सरकार की श्री अन्नपूर्णा रसोई योजना में ₹8 में भोजन की थाली मिलती है।",
            "हर थाली पर राज्य सरकार ₹22 का अनुदान देती है।",
        ),
    )
    assert "देती" not in plan_post(meals, headline=None).headline
    _checks(_compose(meals), meals)
    # 🐴 for horses and mules, not 🐄.
    assert fact_emoji("प्रभावित गांव में घोड़ों और खच्चरों की आवाजाही पर रोक लगाई गई है।") == "🐴"


def test_round29s_refusals_are_not_written_again() -> None:
    # An event's place label left in the oblique ("📍 सीतापुर जिले", "📍 भोपाल के लाल परेड
    # मैदान", "📍 शिमला जिले के रामपुर बुशहर"), read as dangling.
    fair = Request(
        "event",
        "whatsapp",
        "warm",
        (
            "अंतरराष्ट्रीय वन मेला 17 से 23 दिसंबर 2027 तक भोपाल के लाल परेड मैदान में लगेगा।",
            "मेला रोज सुबह 11 बजे से रात 9 बजे तक खुला रहेगा।",
        ),
        "भोपाल के लोग",
    )
    assert "📍 लाल परेड मैदान, भोपाल" in _compose(fair)
    _checks(_compose(fair), fair)
    lavi = replace(
        fair,
        facts=("अंतरराष्ट्रीय लवी मेला 11 से 14 नवंबर 2027 तक शिमला जिले के रामपुर बुशहर में लगेगा।",),
    )
    assert "📍 रामपुर बुशहर, शिमला जिला" in _compose(lavi)
    # Festivals named after what they are, and a title's cut head.
    for facts, wished in (
        (
            ("तमिल नव वर्ष पुतांडु तमिल महीने चित्तिरै के पहले दिन, 14 अप्रैल को मनाया जाता है।",),
            "पुतांडु की हार्दिक शुभकामनाएँ!",
        ),
        (
            ("आदि समुदाय का प्रमुख कृषि पर्व सोलुंग हर साल 1 सितंबर को मनाया जाता है।",),
            "सोलुंग की हार्दिक शुभकामनाएँ!",
        ),
        (
            (
                "भारतीय अंतरिक्ष कार्यक्रम के जनक डॉ. विक्रम साराभाई का जन्म 12 अगस्त 1919 को "
                "अहमदाबाद में हुआ था।",
            ),
            "डॉ. विक्रम साराभाई जयंती की हार्दिक शुभकामनाएँ!",
        ),
    ):
        req = Request("greeting", "whatsapp", "celebratory", facts)
        assert plan_post(req, headline=None).headline == wished
    # ⚔️ on a conflict to reduce and a cockfight ban, not on a war; no festival mark over a crime.
    assert fact_emoji("उद्देश्य इंसान-हाथी संघर्ष कम करने के बारे में जागरूकता फैलाना है।") != "⚔️"
    assert fact_emoji("लड़ाई के लिए मुर्गों के पैरों में चाकू बांधने वालों पर कार्रवाई होगी।") != "⚔️"
    assert fact_emoji("इस युद्ध के बाद बांग्लादेश एक स्वतंत्र देश बना।") == "⚔️"
    cockfight = Request(
        "appeal",
        "whatsapp",
        "respectful",
        (
            "मुर्गों की लड़ाई कराना पशु क्रूरता निवारण अधिनियम के तहत अपराध है।",
            "पुलिस संक्रांति के दौरान 12 से 17 जनवरी 2027 तक गांवों में विशेष निगरानी करेगी।",
        ),
    )
    assert "☀️" not in _compose(cockfight)


def test_goats_are_not_cows() -> None:
    # Round29: 🐄 on a goat plague alert.
    assert fact_emoji("कुछ गांवों में बकरियों में पीपीआर बीमारी के मामले मिले हैं।") == "🐐"
    assert fact_emoji("पशु मेले में मवेशियों की खरीद-बिक्री होगी।") == "🐄"


def test_a_warm_appeal_in_a_festivals_week_does_not_wish_it() -> None:
    facts = (
        "उत्तरायण के दौरान पतंग की डोर से घायल पक्षियों के इलाज के लिए राज्य सरकार 10 से 20 जनवरी "
        "2027 तक करुणा अभियान चला रही है।",
        "चीनी मांझे और कांच लगी डोर का इस्तेमाल न करें।",
    )
    req = Request("appeal", "whatsapp", "warm", facts, "अहमदाबाद के नागरिक और पतंग प्रेमी")
    # Round29: "मकर संक्रांति की हार्दिक शुभकामनाएँ! ☀️" on a bird-care appeal.
    assert plan_post(req, headline=None).greeting is None
    assert "शुभकामनाएँ" not in _compose(req)
    _checks(_compose(req), req)


def test_round30s_headlines_name_the_news() -> None:
    # "संक्रमित होने की आशंका": a relative clause's tail heading a jackal-bite alert.
    bites = Request(
        "local_issue",
        "whatsapp",
        "urgent",
        (
            "चौसा प्रखंड के 3 गांवों में पिछले 2 दिनों में एक आक्रामक सियार ने 9 लोगों को काट लिया "
            "है, जिसके रेबीज से संक्रमित होने की आशंका है।",
            "एंटी-रेबीज टीका सभी सरकारी अस्पतालों में निःशुल्क उपलब्ध है।",
        ),
        "चौसा प्रखंड के ग्रामीण",
        "जानवर के काटने पर उसी दिन अस्पताल पहुंचें",
    )
    assert not plan_post(bites, headline=None).headline.startswith("संक्रमित")
    _checks(_compose(bites), bites)
    # "सांस्कृतिक आयोजन की सूचना" over a festival the facts name, placed in its district.
    oranges = Request(
        "event",
        "instagram",
        "celebratory",
        (
            "दाम्बुक ऑरेंज फेस्टिवल 20 से 22 दिसंबर 2027 तक लोअर दिबांग वैली जिले के दाम्बुक में होगा।",
            "महोत्सव में स्थानीय किसानों के संतरों के स्टॉल लगेंगे।",
        ),
    )
    assert plan_post(oranges, headline=None).headline.startswith("दाम्बुक ऑरेंज फेस्टिवल")
    assert "📍 दाम्बुक, लोअर दिबांग वैली जिला" in _compose(oranges)
    _checks(_compose(oranges), oranges)


def test_a_smartphone_bought_with_a_grant_is_money_not_a_number_to_call() -> None:
    # Round31's readers: "wrong 📞 emoji" on a scheme's ₹10,000 for a tablet or smartphone.
    fact = "विद्यार्थियों को टैबलेट या स्मार्टफोन खरीदने के लिए ₹10,000 दिए जाते हैं"
    assert fact_emoji(fact) == "💰"
    assert fact_emoji("मोबाइल फोन से 1800-180-1551 पर कॉल करें") == "📞"


def test_an_x_headline_the_first_fact_says_again_leads_that_fact_instead() -> None:
    # Round31's readers refused X threads that open on the headline and then say it again
    # ("headline repeated almost word for word in the next line; needless thread"): the
    # headline's lead goes into the fact it came from, and the post is one when that fits.
    facts = (
        "भारी बारिश से गंगा का जलस्तर बढ़ने के कारण ऋषिकेश के सभी घाटों पर नहाने पर अगले आदेश "
        "तक रोक लगा दी गई है",
        "जल पुलिस और एसडीआरएफ की टीमें घाटों पर तैनात हैं",
    )
    req = Request(
        "local_issue",
        "x",
        "urgent",
        facts,
        "ऋषिकेश आने वाले श्रद्धालु और पर्यटक",
        "घाटों पर नहाने न उतरें और जल पुलिस के निर्देश मानें",
    )
    fits = lambda t: measure(t, "x")[0] <= LIMITS.limit("x")  # noqa: E731
    text, plan = compose(req, headline=None, disclosure=DEFAULT_DISCLOSURE_X, fits=fits)
    assert plan.headline.startswith("ज़रूरी सूचना: ")  # what led the post
    assert "🧵" not in text and fits(text), text
    first = text.splitlines()[0]
    assert first.startswith("⚠️ ज़रूरी सूचना: भारी बारिश") and first.endswith("रोक लगा दी गई है।")
    assert text.count("रोक लगा दी गई") == 1, text
    _checks(text, req, DEFAULT_DISCLOSURE_X)
    # A thread that cannot be helped opens on the fact, not on its name said twice.
    scheme = Request(
        "scheme",
        "x",
        "respectful",
        (
            "तरुणेर स्वप्न योजना में पश्चिम बंगाल के सरकारी, सरकारी सहायता प्राप्त स्कूलों और मदरसों के "
            "कक्षा 11 और 12 के विद्यार्थियों को टैबलेट या स्मार्टफोन खरीदने के लिए ₹10,000 दिए जाते हैं",
            "राशि सीधे विद्यार्थी के बैंक खाते में भेजी जाती है",
        ),
        "हावड़ा जिले के कक्षा 11 और 12 के विद्यार्थी",
        "अपने स्कूल में बैंक खाते की सही जानकारी जमा करें",
    )
    text, plan = compose(scheme, headline=None, disclosure=DEFAULT_DISCLOSURE_X, fits=fits)
    assert plan.headline == "तरुणेर स्वप्न योजना"
    assert text.count("तरुणेर स्वप्न योजना में") == 1 and text.count("तरुणेर स्वप्न योजना\n") == 0
    # Elsewhere, and where the model wrote the headline, the headline stays.
    wa = _compose(replace(req, platform="whatsapp"))
    assert wa.startswith("*ज़रूरी सूचना: ऋषिकेश"), wa
    model = _compose(req, headline="ऋषिकेश के घाटों पर नहाने पर रोक")
    assert "ऋषिकेश के घाटों पर नहाने पर रोक" in model, model


def test_a_greetings_congratulation_says_what_for_and_a_world_day_has_none() -> None:
    # Rounds 27-31's readers: "two back-to-back greeting lines", "'बधाई 🎉' says not for
    # what", "double greeting with 'बधाई', odd for a conservation day". The writers: "... को
    # प्रकृति के इस पर्व की ढेरों बधाई".
    sekrenyi = Request(
        "greeting",
        "facebook",
        "celebratory",
        (
            "सेक्रेन्यी अंगामी नगा समुदाय का प्रमुख पर्व है, जो हर साल फरवरी में मनाया जाता है",
            "इसे शुद्धिकरण और नवीनीकरण का पर्व माना जाता है",
        ),
        "कोहिमा जिले के अंगामी नगा समुदाय और सभी नागरिक",
    )
    plan = plan_post(sekrenyi, headline=None)
    # The festival by its name, not with its people's ("सेक्रेन्यी अंगामी", round31).
    assert plan.headline == "सेक्रेन्यी की हार्दिक शुभकामनाएँ!", plan.headline
    assert plan.address == ("कोहिमा जिले के अंगामी नगा समुदाय और सभी नागरिकों को इस पर्व की ढेरों बधाई 🎉")
    _checks(_compose(sekrenyi), sekrenyi)
    snow_leopard = Request(
        "greeting",
        "whatsapp",
        "respectful",
        (
            "23 अक्टूबर को अंतरराष्ट्रीय हिम तेंदुआ दिवस मनाया जाता है",
            "हिम तेंदुआ ऊँचे पहाड़ों में रहने वाला दुर्लभ जीव है",
        ),
        "लाहौल-स्पीति जिले के ग्रामीण, विद्यार्थी और पर्यटक",
    )
    plan = plan_post(snow_leopard, headline=None)
    assert "अंतरराष्ट्रीय हिम तेंदुआ दिवस" in plan.headline, plan.headline
    assert "बधाई" not in _compose(snow_leopard)
    # Its readers are called by name instead (round40: "never addressed").
    assert plan.address == "लाहौल-स्पीति जिले के आदरणीय ग्रामीणो, विद्यार्थियो और पर्यटको,"
    nested = replace(snow_leopard, tone="warm", audience="दक्षिण 24 परगना जिले के सुंदरवन क्षेत्र के निवासी")
    assert plan_post(nested, headline=None).address == (
        "दक्षिण 24 परगना जिले के सुंदरवन क्षेत्र के प्रिय निवासियो,"
    )
    statehood = Request(
        "greeting",
        "whatsapp",
        "celebratory",
        (
            "अरुणाचल प्रदेश 20 फरवरी 1987 को भारत का पूर्ण राज्य बना था",
            "राज्य में 26 प्रमुख जनजातियाँ रहती हैं",
        ),
        "इटानगर और आसपास के गांवों के लोग",
    )
    address = plan_post(statehood, headline=None).address
    assert address == "इटानगर और आसपास के गांवों के लोगों को इस गौरवपूर्ण अवसर की ढेरों बधाई 🎉"
    _checks(_compose(statehood), statehood)


def test_an_appeal_with_a_long_ask_is_headed_by_its_first_clause() -> None:
    # Dev rounds 2-31: 86 of 240 appeals were headed "... से एक अपील" or "... के लिए ज़रूरी
    # सूचना" (readers: "generic headline"), their asks too long to head them; the writers
    # headed such appeals by the ask's first clause ("इस्तेमाल हुआ तेल नाली में न डालें").
    monkeys = (
        "बंदरों को खाना खिलाने से वे इंसानों पर निर्भर हो जाते हैं और खाना छीनने के लिए झपटने लगते हैं",
        "खुले कूड़ेदान भी बंदरों को रिहायशी इलाकों की ओर खींचते हैं",
        "घर की खिड़कियां और छत के दरवाजे बंद रखें तथा छत पर खाने का सामान न छोड़ें",
    )
    cta = "बंदरों को खाना न खिलाएं और खाने का सामान ढककर रखें"
    req = Request("appeal", "whatsapp", "respectful", monkeys, "शिमला शहर के निवासी और पर्यटक", cta)
    text = _compose(req)
    assert text.startswith("*कृपया बंदरों को खाना न खिलाएं*"), text
    assert f"👉 {cta}।" in text, text  # the whole ask, at its end
    _checks(text, req)
    # Urgent, it warns; the ask still comes after the facts, not straight under its own clause.
    fire = (
        "गेहूँ की कटाई के मौसम में खेतों में आग लगने की घटनाएँ बढ़ जाती हैं",
        "कटी फ़सल के पास पानी भरे ड्रम और बालू रखें",
    )
    ask = "खेतों के पास बीड़ी-सिगरेट न पिएँ, आग लगे तो तुरंत फ़ायर ब्रिगेड को बुलाएँ"
    urgent = Request("appeal", "whatsapp", "urgent", fire, "किसान भाई", ask)
    text = _compose(urgent)
    lines = [line for line in text.splitlines() if line]
    assert lines[0].startswith("*सावधान! खेतों के पास बीड़ी-सिगरेट न पिएँ*"), text
    assert not lines[1].startswith("👉") and lines.index(f"👉 {ask}।") > 2, text
    _checks(text, urgent)
    # News leads an urgent appeal that can ask only in part.
    sea = (
        "मौसम विभाग ने 2 से 4 नवंबर 2027 तक ऊंची लहरें उठने की चेतावनी दी है",
        "मछुआरों की नावें तट पर लौट आई हैं",
    )
    stay = "चेतावनी खत्म होने तक समुद्र में न जाएं और नावें सुरक्षित जगह पर बांधकर रखें"
    news = plan_post(Request("appeal", "whatsapp", "urgent", sea, "मछुआरे", stay), headline=None)
    assert "चेतावनी" in news.headline and not news.headline.startswith("सावधान! चेतावनी खत्म")
    # An ask whose clause a fact says too is not made a headline: three times is a loop.
    oil = (
        "खाने का तेल बार-बार गर्म करके इस्तेमाल करने से सेहत को नुकसान होता है",
        "दीमापुर जिला खाद्य सुरक्षा कार्यालय ने इस्तेमाल हुआ तेल जमा करने के लिए 3 संग्रह केंद्र बनाए हैं",
        "इस्तेमाल हुआ तेल नाली में डालने से नालियां जाम होती हैं",
    )
    pour = "इस्तेमाल हुआ तेल नाली में न डालें, उसे संग्रह केंद्र पर जमा करें"
    head = plan_post(
        Request("appeal", "whatsapp", "warm", oil, "होटल", pour), headline=None
    ).headline
    assert "न डालें" not in head, head


def test_an_appeal_asking_on_a_condition_is_headed_by_the_question_it_asks() -> None:
    # Round46's readers refused "दक्षिण दिल्ली जिले के निवासियों के लिए ज़रूरी सूचना" as only
    # the address; the writers asked: "धुआँ, धूल या जलता कूड़ा दिखे? ग्रीन दिल्ली ऐप पर बताइए".
    snakes = (
        "केरल वन विभाग का 'सर्प' (SARPA) मोबाइल ऐप साँप दिखने पर नज़दीकी प्रमाणित बचावकर्ता से जोड़ता है",
        "केवल वन विभाग से प्रशिक्षित और प्रमाणित बचावकर्ता ही साँप पकड़ सकते हैं",
    )
    cta = "घर या आसपास साँप दिखे तो उसे न मारें, उससे दूरी बनाएँ और सर्प ऐप से बचावकर्ता को बुलाएँ"
    req = Request("appeal", "instagram", "warm", snakes, "त्रिशूर जिले के नागरिक", cta)
    text = _compose(req)
    assert text.startswith("घर या आसपास साँप दिखे? उसे न मारें"), text
    assert f"👉 {cta}।" in text, text  # the whole ask, at its end
    _checks(text, req)
    # An ask of one clause is left to the end: the question heads the post alone, asked of the
    # reader ("आपका", not the ask's "अपना").
    blood = (
        "नेगेटिव रक्त समूह वाले लोग आबादी में 5 प्रतिशत से भी कम हैं",
        "जिला अस्पताल का ब्लड बैंक नेगेटिव रक्त समूह के दाताओं की रजिस्ट्री बना रहा है",
    )
    ask = "अपना रक्त समूह नेगेटिव हो तो ब्लड बैंक जाकर रजिस्ट्री में नाम दर्ज कराएँ"
    req = Request("appeal", "whatsapp", "respectful", blood, "देहरादून के युवा", ask)
    text = _compose(req)
    assert text.startswith("*आपका रक्त समूह नेगेटिव है?*"), text
    assert f"👉 {ask}।" in text, text
    _checks(text, req)
    # Urgent, a warning keeps its "सावधान!"; and a condition that says no, or points back to
    # the facts, is no question.
    urgent = replace(
        req, tone="urgent", call_to_action="किसी पर शक हो तो खुद कार्रवाई न करें, 112 पर सूचना दें"
    )
    assert plan_post(urgent, headline=None).headline.startswith("सावधान! किसी पर शक हो तो")
    for when in ("पहचान पक्की न हो", "ऐसा दाग दिखे"):
        asked = replace(req, call_to_action=f"{when} तो नज़दीकी सरकारी अस्पताल में जाकर जाँच ज़रूर कराएँ")
        assert "?" not in plan_post(asked, headline=None).headline
    # On X a thread has no room to ask it twice.
    assert "?" not in plan_post(replace(req, platform="x"), headline=None).headline


@pytest.mark.parametrize(
    ("fact", "emoji"),
    [
        # Round32's readers: 👷 on cash, 🛕 on buses to a temple, 🎪 on health camps on the fair's
        # grounds, 📞 on an app with no number to call.
        ("यह हितलाभ औसत दैनिक मजदूरी के 100 प्रतिशत की दर से नकद दिया जाता है", "💰"),
        ("पार्किंग स्थल तय किए गए हैं और मंदिर परिसर तक निःशुल्क बस सेवा चलेगी", "🚌"),
        ("पार्किंग में 320 चारपहिया और 450 दोपहिया वाहन खड़े करने की जगह है", "🅿️"),
        ("सड़क किनारे रुकना पड़े तो पार्किंग लाइट जलाकर रखें", "🔹"),
        ("मेला क्षेत्र में 12 अस्थायी स्वास्थ्य शिविर और खोया-पाया केंद्र बनाए गए हैं", "🔹"),
        ("मेले में पारंपरिक रंगीन छत्रियों की प्रतियोगिता होगी", "🎪"),
        ("फॉर्म 6ए वोटर्स सर्विस पोर्टल या वोटर हेल्पलाइन ऐप से ऑनलाइन भरा जा सकता है", "🌐"),
        ("जानकारी के लिए हेल्पलाइन 1800-180-1551 पर कॉल करें", "📞"),
    ],
)
def test_round32_emoji_fit_what_the_line_says(fact: str, emoji: str) -> None:
    assert fact_emoji(fact) == emoji


def test_a_deadline_and_a_number_in_one_fact_stay_one_sentence() -> None:
    # Round32: "📞 नाम दर्ज कराने की अंतिम तिथि: *5 सितंबर 2026* है और संपर्क नंबर ..." read as
    # a cut line (a label's colon with the verb kept).
    fact = "नाम दर्ज कराने की अंतिम तिथि 5 सितंबर 2026 है और संपर्क नंबर 7004518263 है"
    assert reshape(fact) == fact
    assert reshape("नाम दर्ज कराने की अंतिम तिथि 5 सितंबर 2026 है") == (
        "नाम दर्ज कराने की अंतिम तिथि: 5 सितंबर 2026"
    )


def test_a_day_that_remembers_those_who_gave_their_lives_is_not_wished() -> None:
    # Round32 wished Fire Service Day "हार्दिक शुभकामनाएँ" and congratulated its readers, on a
    # day that remembers 66 firefighters who died (fidelity 0, tone 0).
    fire = Request(
        "greeting",
        "facebook",
        "respectful",
        (
            "हर साल 14 अप्रैल को अग्निशमन सेवा दिवस मनाया जाता है",
            "14 अप्रैल 1944 को मुंबई बंदरगाह पर जहाज में हुए विस्फोट और आग को बुझाते हुए 66"
            " अग्निशमन कर्मियों ने अपने प्राण न्योछावर किए थे",
        ),
        "मुंबई के नागरिक और अग्निशमन कर्मी",
    )
    text = _compose(fire)
    assert text.startswith("अग्निशमन सेवा दिवस पर विनम्र श्रद्धांजलि"), text
    assert "शुभकामना" not in text and "बधाई" not in text, text
    _checks(text, fire)
    # A festival a calendar dates is named, not a later fact's "नव वर्ष" (round32).
    namchot = Request(
        "greeting",
        "whatsapp",
        "celebratory",
        (
            "गलदान नमछोत तिब्बती पंचांग के दसवें महीने की 25वीं तिथि को मनाया जाता है",
            "गलदान नमछोत से लद्दाखी नव वर्ष (लोसार) के उत्सवों की शुरुआत मानी जाती है",
        ),
        "लेह जिले के सभी नागरिक",
    )
    assert plan_post(namchot, headline=None).headline.startswith("गलदान नमछोत की हार्दिक")


def test_an_x_post_a_short_headline_fits_is_one_post_with_its_emoji() -> None:
    # Round33's readers refused five of seven X posts as needless threads ("🧵 2/2 holds only
    # free entry and the call to action"): a stock headline's short form makes it one post,
    # each line keeping its emoji.
    # (A "मीट", which names no event the composer knows: a "चैंपियनशिप" heads the post.)
    kalari = (
        "जिला कलरीपयट्टू मीट 6 और 7 नवंबर 2027 को ईएमएस स्टेडियम, कोझिकोड में होगी",
        "मीट में जिले के 40 कलरी केंद्रों के खिलाड़ी भाग लेंगे",
        "दर्शकों के लिए प्रवेश निःशुल्क है",
    )
    req = Request(
        "event",
        "x",
        "celebratory",
        kalari,
        "कोझिकोड जिले के कलरीपयट्टू खिलाड़ी और खेल प्रेमी",
        "खिलाड़ियों का हौसला बढ़ाने ईएमएस स्टेडियम पहुंचें",
    )
    fits = lambda t: measure(t, "x")[0] <= LIMITS.limit("x")  # noqa: E731
    text, plan = compose(req, headline=None, disclosure=DEFAULT_DISCLOSURE_X, fits=fits)
    assert plan.headline.endswith("के लिए ख़ुशख़बरी"), plan.headline
    assert "🧵" not in text and text.startswith("ख़ुशख़बरी! 🎉\n📅 "), text
    assert "•" not in text and f"👉 {req.call_to_action}।" in text, text
    # A scheme's bare name its first fact opens with goes into that fact, not twice.
    drip = Request(
        "scheme",
        "x",
        "respectful",
        (
            "प्रधानमंत्री कृषि सिंचाई योजना के 'पर ड्रॉप मोर क्रॉप' घटक में ड्रिप और स्प्रिंकलर सिंचाई"
            " लगाने के लिए सहायता मिलती है",
            "छोटे और सीमांत किसानों को 55% और अन्य किसानों को 45% सहायता दी जाती है",
            "आवेदन के लिए खतौनी, आधार कार्ड और बैंक पासबुक की प्रति ज़रूरी है",
        ),
        "किसान भाई",
        "कृषि विभाग से संपर्क करें",
    )
    text, _ = compose(drip, headline=None, disclosure=DEFAULT_DISCLOSURE_X, fits=fits)
    assert text.count("प्रधानमंत्री कृषि सिंचाई योजना") == 1, text
    assert "लाभ लेने के लिए ज़रूरी बातें" not in text, text


def test_a_pets_line_is_not_marked_as_cattle() -> None:
    # Round33: 🐄 on a dog-waste bin.
    assert fact_emoji("नगर पालिका ने बीच रोड पर पालतू पशुओं की गंदगी के लिए अलग कूड़ेदान लगाए हैं") == "🐾"
    assert fact_emoji("मेले में पशुओं की प्रदर्शनी होगी") == "🐄"


def test_a_greeting_names_the_fallen_and_a_festival_a_malayalam_month_dates() -> None:
    # Round34's readers: "'विनम्र श्रद्धांजलि' does not even name Matangini Hazra"; Thrissur
    # Pooram greeted "आप सभी को हार्दिक शुभकामनाएँ!".
    hazra = Request(
        "greeting",
        "facebook",
        "respectful",
        (
            "स्वतंत्रता सेनानी मातंगिनी हाजरा 29 सितंबर 1942 को भारत छोड़ो आंदोलन के दौरान तामलुक में"
            " तिरंगा लेकर जुलूस का नेतृत्व करते हुए शहीद हुई थीं",
            "पुलिस की गोलियां लगने के बाद भी उन्होंने तिरंगा हाथ से नहीं छोड़ा",
        ),
        "पूर्व मेदिनीपुर जिले के नागरिक और विद्यार्थी",
    )
    text = _compose(hazra)
    assert text.startswith("स्वतंत्रता सेनानी मातंगिनी हाजरा को शत-शत नमन 🙏"), text
    _checks(text, hazra)
    pooram = Request(
        "greeting",
        "instagram",
        "celebratory",
        (
            "त्रिशूर पूरम मलयालम महीने मेडम में पूरम नक्षत्र के दिन वडक्कुनाथन मंदिर के तेक्किंकाडु"
            " मैदान में मनाया जाता है",
            "चेंडा वाद्य के साथ इलंजित्तरा मेलम पूरम का प्रमुख आकर्षण है",
        ),
        "त्रिशूर जिले के नागरिक और पूरम देखने आए श्रद्धालु",
    )
    assert plan_post(pooram, headline=None).headline == "त्रिशूर पूरम की हार्दिक शुभकामनाएँ!"


def test_a_remembrance_is_addressed_and_closed_and_a_festival_one_of_many_is_named() -> None:
    # Round34's readers: "शहीदी दिवस पर शहीदों को विनम्र श्रद्धांजलि" never names Guru Arjan
    # Dev; the Matangini Hazra post had no address and no close; Bengaluru Karaga was wished
    # "आप सभी को हार्दिक शुभकामनाएँ!".
    guru = Request(
        "greeting",
        "facebook",
        "respectful",
        (
            "गुरु अर्जन देव जी सिखों के पांचवें गुरु थे और उन्हें शहीदों का सरताज कहा जाता है",
            "तरनतारन नगर की स्थापना भी गुरु अर्जन देव जी ने की थी",
            "उनके शहीदी दिवस पर जगह-जगह ठंडे मीठे जल की छबील लगाकर सेवा की जाती है",
        ),
        "तरनतारन जिले की संगत और सभी नागरिक",
    )
    text = _compose(guru)
    assert text.startswith("गुरु अर्जन देव जी के शहीदी दिवस पर उन्हें शत-शत नमन 🙏"), text
    assert "\n\nतरनतारन जिले की संगत और सभी नागरिकों के साथ हम उन्हें श्रद्धापूर्वक याद करते हैं।" in text
    assert "\n\nउनका बलिदान हम सबके लिए सदा प्रेरणा रहेगा। 🙏" in text, text
    _checks(text, guru)
    # A day named by no one bowed to is not followed by a "उन्हें" that means no one.
    fire = replace(
        guru,
        facts=(
            "हर साल 14 अप्रैल को अग्निशमन सेवा दिवस मनाया जाता है",
            "14 अप्रैल 1944 को मुंबई बंदरगाह पर जहाज में हुए विस्फोट और आग को बुझाते हुए 66"
            " अग्निशमन कर्मियों ने अपने प्राण न्योछावर किए थे",
        ),
        audience="मुंबई के नागरिक और अग्निशमन कर्मी",
    )
    text = _compose(fire)
    assert "उन्हें" not in text and "उनका बलिदान" not in text, text
    # On X a line that says nothing new would make a thread.
    text = compose(
        replace(guru, platform="x"),
        headline=None,
        disclosure=DEFAULT_DISCLOSURE_X,
        fits=lambda t: measure(t, "x")[0] <= LIMITS.limit("x"),
    )[0]
    assert "याद करते हैं" not in text and "प्रेरणा रहेगा" not in text, text
    karaga = Request(
        "greeting",
        "instagram",
        "celebratory",
        (
            "बेंगलुरु करगा शहर के सबसे पुराने उत्सवों में से एक है, जो तिगलरपेट के धर्मराय स्वामी मंदिर से जुड़ा है",
            "यह उत्सव द्रौपदी देवी को समर्पित है और तिगला समुदाय इसकी परंपरा निभाता है",
        ),
        "बेंगलुरु के नागरिक और करगा उत्सव के श्रद्धालु",
    )
    text = _compose(karaga)
    assert text.startswith("बेंगलुरु करगा की हार्दिक शुभकामनाएँ!"), text
    # Devotion, not a party.
    assert "🙏 यह उत्सव द्रौपदी देवी को समर्पित है" in text, text
    _checks(text, karaga)


@pytest.mark.parametrize(
    ("fact", "emoji"),
    [
        # Round34: 🐄 on a hangul deer, 💰 on forged notes, 🎉 on a band's line.
        ("हंगुल (कश्मीरी बारहसिंगा) जम्मू-कश्मीर का राजकीय पशु है", "🦌"),
        ("हाट में पिछले दो हफ्तों में ₹500 के 23 नकली नोट पकड़े गए हैं", "🚨"),
        ("महोत्सव में देश भर के 40 से अधिक कलाकार और बैंड प्रस्तुति देंगे", "🎭"),
        # Round32-33: 📅 on an age rule, 💰 and ✅ on an income limit.
        ("आवेदन के वर्ष की 1 जनवरी को महिला की आयु 21 वर्ष पूरी और 60 वर्ष से कम होनी चाहिए", "🎂"),
        ("परिवार की सालाना आय ₹2.5 लाख से अधिक होने पर लाभ नहीं मिलता", "📋"),
        ("जिन परिवारों की सालाना आय ₹4,00,000 से ज़्यादा है, वे इस योजना के पात्र नहीं हैं", "❌"),
        # Not an age a life reached, nor an "आयु" inside "आयुष्मान".
        ("शहादत के समय उनकी उम्र केवल 17 वर्ष थी", "🔹"),
        ("आयुष्मान कार्ड से ₹5 लाख तक का इलाज मुफ़्त होता है", "💰"),
        # Round35: 🎉 on a festival held in two sisters' memory, 🛕 on a Buddhist monastery.
        ("यह महोत्सव वडनगर की दो बहनों ताना और रीरी की स्मृति में मनाया जाता है", "🙏"),
        ("तवांग मठ भारत का सबसे बड़ा बौद्ध मठ है", "☸️"),
        ("मंदिर में सुबह 5 बजे मंगला आरती होती है", "⏰"),
    ],
)
def test_a_line_is_marked_by_what_it_is_not_by_a_word_it_shares(fact: str, emoji: str) -> None:
    assert fact_emoji(fact) == emoji


def test_a_venue_in_the_readers_town_says_the_town_after_it() -> None:
    # Round34's readers: "cut line '📍 गंगटोक के एमजी मार्ग' (dangling 'के')".
    carnival = Request(
        "event",
        "x",
        "celebratory",
        (
            "रेड पांडा शीतकालीन कार्निवल 10 से 14 दिसंबर 2027 तक गंगटोक के एमजी मार्ग पर होगा",
            "प्रवेश निःशुल्क है",
        ),
        "गंगटोक के नागरिक और पर्यटक",
        "एमजी मार्ग पर परिवार के साथ आएं",
    )
    text = compose(
        carnival,
        headline=None,
        disclosure=DEFAULT_DISCLOSURE_X,
        fits=lambda t: measure(t, "x")[0] <= LIMITS.limit("x"),
    )[0]
    assert "📍 एमजी मार्ग, गंगटोक\n" in text, text
    _checks(text, carnival, disclosure=DEFAULT_DISCLOSURE_X)


def test_tags_name_the_district_and_the_topic_not_whom_it_is_for() -> None:
    # Rounds 20-34's readers called "#विद्यार्थी", "#युवा", "#मछुआरे" odd and missed the
    # district ("#लक्षद्वीप is missing"); "#सड़क_सुरक्षा" on a diversion read as off topic.
    fest = Request(
        "event",
        "instagram",
        "warm",
        (
            "उडुपी में 12 से 14 फरवरी 2027 तक यक्षगान उत्सव होगा",
            "जिले की 9 यक्षगान मंडलियां पौराणिक प्रसंगों की प्रस्तुति देंगी",
        ),
        "दक्षिण 24 परगना जिले के कला प्रेमी, विद्यार्थी और युवा",
    )
    text = _compose(fest)
    tags = regex.findall(r"#\S+", text)
    assert "#दक्षिण_24_परगना" in tags and "#विद्यार्थी" not in tags and "#युवा" not in tags, tags
    _checks(text, fest)
    # Whom it is for, where nothing names what or where: a post is found by its tags.
    nowhere = replace(fest, facts=("कार्यशाला में बच्चे एक नाटक का मंचन करेंगे",), audience="युवा साथी")
    assert regex.findall(r"#\S+", _compose(nowhere)) == ["#युवा"]
    diversion = Request(
        "local_issue",
        "facebook",
        "respectful",
        (
            "पुल की मरम्मत के कारण 5 से 9 मार्च तक भारी वाहन बाईपास से होकर जाएंगे",
            "दोपहिया वाहन पुराने पुल से आ-जा सकेंगे",
        ),
        "तिरुप्पुर शहर के वाहन चालक और व्यापारी",
    )
    assert "#सड़क_सुरक्षा" not in _compose(diversion)


def test_a_rule_the_call_to_action_asks_is_said_once_as_the_ask() -> None:
    # Rounds 32-34's readers: "the last bullet ... is repeated almost word for word by the CTA".
    scheme = Request(
        "scheme",
        "whatsapp",
        "warm",
        (
            "कुंवरबाई नु मामेरु योजना में पात्र परिवारों की बेटी के विवाह पर ₹12,000 की सहायता मिलती है",
            "आवेदन विवाह के दो साल के भीतर ई-समाज कल्याण पोर्टल पर करना होता है",
        ),
        "दाहोद जिले की विवाह योग्य बेटियों के परिवार",
        "विवाह के दो साल के भीतर ई-समाज कल्याण पोर्टल पर ऑनलाइन आवेदन करें",
    )
    text = plain(_compose(scheme))
    assert text.count("दो साल के भीतर") == 1 and "👉 विवाह के दो साल के भीतर" in text, text
    _checks(_compose(scheme), scheme)
    # A deadline is said by its date and "तक".
    hackathon = replace(
        scheme,
        kind="event",
        facts=(
            "तिरुपति जिला प्रशासन 10 और 11 अक्टूबर 2026 को विद्यार्थियों के लिए 24 घंटे का हैकाथॉन कराएगा",
            "टीम पंजीकरण की अंतिम तिथि 30 सितंबर 2026 है",
        ),
        audience="तिरुपति जिले के विद्यार्थी",
        call_to_action="अपनी टीम का पंजीकरण 30 सितंबर 2026 तक कराएं",
    )
    assert "अंतिम तिथि" not in _compose(hackathon)
    # Not where the rule says what the ask leaves out ("निःशुल्क", "पंजीकृत").
    free = replace(
        hackathon,
        facts=(*hackathon.facts[:1], "प्रविष्टि निःशुल्क है और अंतिम तिथि 30 सितंबर 2026 है"),
    )
    assert "निःशुल्क" in _compose(free)


def test_an_appeal_headed_by_news_is_marked_as_news_and_a_bare_notice_leads_its_news() -> None:
    # Stop 34's ten-draft read: an X appeal headed "... कचरा नहीं उठाएगी 🙏", and an urgent X
    # notice "ज़रूरी सूचना" over lines that had shed every emoji.
    fits = lambda t: measure(t, "x")[0] <= LIMITS.limit("x")  # noqa: E731
    waste = Request(
        "appeal",
        "x",
        "respectful",
        (
            "बृहत बेंगलुरु महानगर पालिका अलग नहीं किया गया कचरा नहीं उठाएगी",
            "नियम तोड़ने पर ₹500 का जुर्माना लगेगा",
        ),
        "बेंगलुरु के अपार्टमेंट निवासी",
        "गीला और सूखा कचरा अलग-अलग रखें और घर पर कंपोस्ट बनाएं",
    )
    text = compose(waste, headline=None, disclosure=DEFAULT_DISCLOSURE_X, fits=fits)[0]
    assert text.startswith("बृहत बेंगलुरु महानगर पालिका अलग नहीं किया गया कचरा नहीं उठाएगी"), text
    assert "🙏" not in text.split("\n")[0], text
    # An ask heading an appeal keeps its "please".
    ask = replace(waste, platform="whatsapp", facts=waste.facts[1:], call_to_action=None)
    ask = replace(ask, facts=("कृपया गीला और सूखा कचरा अलग-अलग रखें", *ask.facts))
    asked = plan_post(ask, headline=None)
    assert (asked.headline, asked.headline_emoji) == ("कृपया गीला और सूखा कचरा अलग-अलग रखें", "🙏")
    bridge = Request(
        "local_issue",
        "x",
        "urgent",
        (
            "रेणुकूट में नहर का पुराना पुल दरार आने के कारण 3 अगस्त 2027 से भारी और हल्के सभी"
            " वाहनों के लिए बंद कर दिया गया है",
            "वाहन पिपरी चौराहे से होकर चलेंगे",
            "मरम्मत में लगभग 20 दिन लगेंगे",
        ),
        "सोनभद्र जिले के रेणुकूट क्षेत्र के निवासी",
        "नहर के पुल से होकर न जाएं और वैकल्पिक मार्ग अपनाएं",
    )
    text = compose(bridge, headline=None, disclosure=DEFAULT_DISCLOSURE_X, fits=fits)[0]
    # Its news, now a headline ("... पुल ... बंद"), leads the fact it was cut from, under ⚠️;
    # before, a bare "ज़रूरी सूचना:" led it.
    assert text.startswith("⚠️ रेणुकूट में नहर का पुराना पुल"), text
    assert "ज़रूरी सूचना" not in text, text
    # Where a bare notice is all that fits, it leads the news.
    pass_ = replace(
        bridge,
        facts=(
            "भारी बर्फबारी के कारण खारदुंग ला दर्रा 18 नवंबर 2027 से वाहनों के लिए बंद कर दिया गया है।",
            "दर्रा बंद होने से लेह और नुब्रा घाटी के बीच सड़क संपर्क फिलहाल कट गया है।",
            "सीमा सड़क संगठन की टीमें मार्ग से बर्फ हटाने में लगी हैं।",
        ),
        audience="लेह आने वाले पर्यटक और नुब्रा घाटी जाने वाले यात्री",
        call_to_action="सड़क खुलने की आधिकारिक सूचना मिलने तक नुब्रा की यात्रा टाल दें।",
    )
    snowed = compose(pass_, headline=None, disclosure=DEFAULT_DISCLOSURE_X, fits=fits)[0]
    assert "⚠️ ज़रूरी सूचना: भारी बर्फबारी के कारण खारदुंग ला दर्रा" in snowed, snowed
    assert "🧵" not in text, text
    _checks(text, bridge, disclosure=DEFAULT_DISCLOSURE_X)


def test_what_round35s_readers_refused_on_days_and_festivals_is_not_written_again() -> None:
    # BSF's Raising Day wished "आप सभी को हार्दिक शुभकामनाएँ!"; U Kiang Nangbah bowed to as a
    # bare "विनम्र श्रद्धांजलि"; "30 दिसंबर के लिए: ..." cut from a date; "बेटी पढ़े, बेटी बढ़े!"
    # closing a safe motherhood day; "... 2027 का आयोजन: ..." heading a festival.
    bsf = Request(
        "greeting",
        "facebook",
        "celebratory",
        (
            "सीमा सुरक्षा बल (बीएसएफ) की स्थापना 1 दिसंबर 1965 को हुई थी",
            "जैसलमेर जिले की सीमा पर बीएसएफ के जवान तपते रेगिस्तान में भी चौकसी करते हैं",
        ),
        "जैसलमेर जिले के नागरिक",
    )
    text = _compose(bsf)
    assert text.startswith("बीएसएफ के स्थापना दिवस की हार्दिक शुभकामनाएँ! 🇮🇳"), text
    assert "#बीएसएफ_स्थापना_दिवस" in text, text
    _checks(text, bsf)
    nangbah = Request(
        "greeting",
        "whatsapp",
        "respectful",
        (
            "जयंतिया स्वतंत्रता सेनानी यू कियांग नांगबाह ने अंग्रेजी शासन के विरुद्ध 1862 के जयंतिया"
            " विद्रोह का नेतृत्व किया",
            "अंग्रेजों ने 30 दिसंबर 1862 को जोवाई में उन्हें फांसी दी",
            "हर वर्ष 30 दिसंबर को उनकी स्मृति में श्रद्धांजलि दी जाती है",
        ),
        "पश्चिम जयंतिया हिल्स जिले के नागरिक",
    )
    text = plain(_compose(nangbah))
    assert text.startswith("स्वतंत्रता सेनानी यू कियांग नांगबाह को शत-शत नमन 🙏"), text
    assert "के लिए:" not in text and "हर वर्ष 30 दिसंबर को उनकी स्मृति में" in text, text
    _checks(_compose(nangbah), nangbah)
    mothers = Request(
        "greeting",
        "instagram",
        "warm",
        (
            "राष्ट्रीय सुरक्षित मातृत्व दिवस हर वर्ष 11 अप्रैल को कस्तूरबा गांधी की जयंती पर मनाया जाता है",
            "गर्भावस्था में कम से कम चार प्रसव-पूर्व जांचें मां और शिशु की सुरक्षा के लिए जरूरी हैं",
        ),
        "चंडीगढ़ की गर्भवती महिलाएं और उनके परिवार",
    )
    assert "पढ़े" not in _compose(mothers)
    siang = Request(
        "event",
        "instagram",
        "celebratory",
        (
            "सियांग नदी महोत्सव 2027 का आयोजन 10 से 12 दिसंबर 2027 तक अपर सियांग जिले के यिंगकियोंग में होगा",
            "महोत्सव में रिवर राफ्टिंग, कयाकिंग और पारंपरिक नौका दौड़ की प्रतियोगिताएं होंगी",
        ),
        "अपर सियांग जिले के युवा और पर्यटक",
    )
    text = _compose(siang)
    assert "का आयोजन" not in text.split("\n")[0], text
    _checks(text, siang)


def test_a_greeting_on_x_heads_its_post_without_a_stock_notice_over_it() -> None:
    # A fresh read at stop 35: "ख़ुशख़बरी!" over "विजयादशमी की हार्दिक शुभकामनाएँ!".
    dasara = Request(
        "event",
        "x",
        "celebratory",
        (
            "मैसूरु दशहरा 2027 का आयोजन 1 से 10 अक्टूबर 2027 तक होगा",
            "दशहरा के दौरान मैसूरु महल हर शाम 7 बजे से रोशनी से जगमगाएगा",
            "जंबो सवारी 10 अक्टूबर को निकलेगी",
        ),
        "मैसूरु के नागरिक और पर्यटक",
        "परिवार के साथ महल की रोशनी देखने आएं",
    )
    text = _compose_x(dasara)
    # By the name the facts give it, not "विजयादशमी".
    assert text.startswith("दशहरा की हार्दिक शुभकामनाएँ!"), text
    assert "ख़ुशख़बरी" not in text and "🧵" not in text, text
    _checks(text, dasara, disclosure=DEFAULT_DISCLOSURE_X)


@pytest.mark.parametrize(
    ("facts", "water"),
    [
        # A tanker of LPG is no water notice, however often the facts say "टैंकर".
        (
            (
                "बावल के पास NH-48 पर एलपीजी से भरा एक टैंकर पलट गया है।",
                "सावधानी के लिए टैंकर के 500 मीटर दायरे को खाली कराया गया है।",
                "टैंकर हटाने का काम पूरा होने तक यह व्यवस्था लागू रहेगी।",
            ),
            False,
        ),
        # A tanker beside drinking water is.
        (
            (
                "गोपालसर पंचायत की 4 ढाणियों में 1 मई से टैंकर से पेयजल आपूर्ति की जाएगी।",
                "हर ढाणी में टैंकर एक दिन छोड़कर आएगा।",
                "टैंकर का पानी केवल पीने और खाना बनाने में इस्तेमाल करें।",
            ),
            True,
        ),
    ],
)
def test_a_tanker_is_water_only_beside_water(facts: tuple[str, ...], water: bool) -> None:
    req = Request("local_issue", "facebook", "respectful", facts, "गाँवों के लोग", None)
    text = _compose(req)
    assert ("💧" in text) is water, text
    assert "पानी से जुड़ी" not in text, text


@pytest.mark.parametrize(
    ("fact", "headline"),
    [
        # Rounds 2-35's readers refused "... के लिए ज़रूरी सूचना" over news the first fact
        # gives; the writers headed it with what happened where.
        (
            "पचरुखी गाँव में 2 दिनों में एक आवारा कुत्ते ने 6 लोगों को काटा है",
            "पचरुखी गाँव में आवारा कुत्ते ने 6 लोगों को काटा",
        ),
        (
            "सीहोर जिले के आष्टा और इछावर क्षेत्र के 5 गांवों में खसरे के 21 मामले सामने आए हैं",
            # How the cases came to light is the body's ("सामने आए हैं"), as round37's writer
            # headed its diarrhoea "बोब्बिली में डायरिया के मामले".
            "सीहोर जिले के 5 गांवों में खसरे के 21 मामले ⚠️",
        ),
        # The count heads it where the dates between which it was counted do not: "1 मई से 14
        # मई 2026 के बीच" (round45's measles went under its audience), nor a place of five words
        # its address says again, "खोवाई जिले के तेलियामुड़ा ब्लॉक".
        (
            "खोवाई जिले के तेलियामुड़ा ब्लॉक में 1 मई से 14 मई 2026 के बीच खसरे के 14 पुष्ट मामले सामने आए हैं",
            "तेलियामुड़ा ब्लॉक में खसरे के 14 पुष्ट मामले ⚠️",
        ),
        # A time counted in words is the body's too: not "वार्ड 7 और 8: पिछले दस दिनों में ...".
        (
            "गोधरा नगरपालिका के वार्ड 7 और 8 में पिछले दस दिनों में टाइफाइड के 23 मामले सामने आए हैं",
            "ज़रूरी सूचना: वार्ड 7 और 8 में टाइफाइड के 23 मामले ⚠️",
        ),
        # "अब तक" after a date, a ward's run of numbers, and a relative clause after the comma.
        (
            "बोब्बिली नगर के वार्ड 14 से 22 में 8 जुलाई 2027 से अब तक डायरिया के 23 मामले सामने आए हैं, "
            "जिनमें 6 बच्चे हैं",
            "बोब्बिली नगर के वार्ड 14 से 22 में डायरिया के 23 मामले ⚠️",
        ),
        (
            "3 जून 2027 की सुबह कलंगुट और कैंडोलिम तट पर बड़ी मात्रा में काले तारकोल के गोले "
            "(टार बॉल) बहकर आए हैं",
            "कलंगुट और कैंडोलिम तट पर काले तारकोल के गोले बहकर आए",
        ),
        (
            "सदर अस्पताल, शेखपुरा में 12 बेड वाली नवजात शिशु गहन देखभाल इकाई (एसएनसीयू) 2 फरवरी "
            "2026 से शुरू हो गई है",
            "सदर अस्पताल, शेखपुरा में नवजात शिशु गहन देखभाल इकाई शुरू",
        ),
        # What a thing carries goes with it (round40 had "पानी से जुड़ी ज़रूरी सूचना").
        (
            "14 मार्च 2027 की सुबह रेवाड़ी जिले में बावल के पास NH-48 पर एलपीजी से भरा एक टैंकर पलट गया है",
            "बावल के पास NH-48 पर एलपीजी से भरा टैंकर पलट गया",
        ),
        # What will begin says when, or it reads as begun.
        (
            "हज़ारीबाग नगर निगम के सभी 36 वार्डों में मकानों पर नई डिजिटल नंबर प्लेट लगाने का सर्वे "
            "3 नवंबर से शुरू होगा",
            "मकानों पर नई डिजिटल नंबर प्लेट लगाने का सर्वे शुरू: 3 नवंबर से",
        ),
    ],
)
def test_a_notice_is_headed_by_what_happened_where(fact: str, headline: str) -> None:
    req = Request(
        "local_issue",
        "whatsapp",
        "urgent",
        (fact, "स्वास्थ्य विभाग की टीम मौके पर तैनात है"),
        "खोवाई जिले के तेलियामुड़ा ब्लॉक के माता-पिता" if "खोवाई" in fact else "आसपास के गांवों के लोग",
        "किसी भी परेशानी पर तुरंत 108 पर कॉल करें",
    )
    text = _compose(req)
    assert plain(text).startswith(headline), text
    assert fact in plain(text)  # the body still says the fact whole
    _checks(text, req)


@pytest.mark.parametrize(
    ("fact", "unsaid"),
    [
        # A cut with no noun before its verb, or a list's first item, or a pronoun whose noun
        # the cut left out, or a part of a place without the place, is no headline.
        ("बरहज रेलवे क्रॉसिंग पर बना ओवरब्रिज 5 अक्टूबर से आवागमन के लिए खुल जाएगा", "पर खुल जाएगा"),
        ("ज़िले में चीनी और नायलॉन माँझे की बिक्री, भंडारण और उपयोग पर रोक है", "की बिक्री"),
        ("पशुओं के कान में टैग लगाकर उन्हें पशु आधार नंबर दिया जाता है", "उन्हें"),
        (
            "बस्तर जिले के चित्रकोट जलप्रपात के ऊपरी किनारे वाले हिस्से में पर्यटकों का जाना बंद कर दिया गया है",
            "वाले हिस्से में",
        ),
        # Not "... प्रवेश बंद: 23 जुलाई तक" for a closing that begins on 10 July.
        (
            "खतौली क्षेत्र में 10 जुलाई रात 12 बजे से 23 जुलाई तक हाईवे पर भारी वाहनों का प्रवेश बंद रहेगा",
            "बंद: 23 जुलाई",
        ),
    ],
)
def test_a_cut_that_changes_the_news_does_not_head_it(fact: str, unsaid: str) -> None:
    req = Request("local_issue", "facebook", "respectful", (fact, "यह सूचना जनहित में जारी है"))
    headline = plan_post(req, headline=None).headline
    assert unsaid not in headline, headline


def test_on_x_a_headline_cut_from_the_first_fact_goes_back_into_it_to_make_one_post() -> None:
    req = Request(
        "appeal",
        "x",
        "urgent",
        (
            "भारी बारिश के कारण जिले की नदियों और नालों के रपटों पर पानी बह रहा है",
            "रपटे पर घुटनों तक बहता पानी भी पैदल व्यक्ति और दोपहिया वाहन को बहा सकता है",
            "बाढ़ नियंत्रण कक्ष का नंबर 05198-235025 है",
        ),
        "चित्रकूट जिले के ग्रामवासी और वाहन चालक",
        "रपटे या पुलिया के ऊपर पानी बह रहा हो तो उसे पार न करें",
    )
    assert plan_post(req, headline=None).headline == "जिले की नदियों और नालों के रपटों पर पानी बह रहा है"
    text = _compose_x(req)
    assert "🧵" not in text, text
    assert text.startswith("⚠️ भारी बारिश के कारण जिले की नदियों"), text
    _checks(text, req, disclosure=DEFAULT_DISCLOSURE_X)


@pytest.mark.parametrize(
    ("audience", "tag"),
    [
        # Round35's readers marked an Instagram post with no tag; the writers tagged the town.
        ("तवांग आने वाले पर्यटक", "#तवांग"),
        ("ग्रेटर वरंगल नगर निगम क्षेत्र के निवासी", "#ग्रेटर_वरंगल"),
        ("बलौदाबाजार-भाटापारा जिले के नागरिक", "#बलौदाबाजार_भाटापारा"),
        # A common word names no town.
        ("शहर और गाँव के परिवार", None),
        ("सोने के आभूषण खरीदने वाले ग्राहक", None),
    ],
)
def test_an_instagram_post_with_no_other_tag_is_tagged_with_its_readers_town(
    audience: str, tag: str | None
) -> None:
    req = Request(
        "appeal",
        "instagram",
        "respectful",
        ("मठ परिसर में शालीन कपड़े पहनें", "प्रार्थना कक्ष में फोटो लेना मना है"),
        audience,
    )
    tags = [w for w in _compose(req).split() if w.startswith("#")]
    if tag:
        assert tags == [tag], tags
    else:
        assert not any(t.startswith(("#शहर", "#सोने")) for t in tags), tags


def test_what_the_round36_readers_refused_is_not_written_again() -> None:
    # A name cut from "राज्य के भीतर मुफ्त यात्रा" headed a post "भीतर मुफ्त यात्रा".
    bus = Request(
        "scheme",
        "whatsapp",
        "warm",
        (
            "पंजाब सरकार ने 1 अप्रैल 2021 से राज्य की महिलाओं और लड़कियों के लिए सरकारी बसों में "
            "राज्य के भीतर मुफ्त यात्रा की सुविधा शुरू की।",
            "इस सुविधा के लिए आयु की कोई सीमा नहीं है।",
        ),
        "पटियाला जिले की महिलाएं",
    )
    assert not plan_post(bus, headline=None).headline.startswith("भीतर")
    # "प्रधानमंत्री योजना (पीएम-युवा)" read as a cut name: the short name heads the post.
    yuva = Request(
        "scheme",
        "instagram",
        "warm",
        (
            "युवा लेखकों को मार्गदर्शन देने के लिए प्रधानमंत्री योजना (पीएम-युवा) राष्ट्रीय पुस्तक "
            "न्यास द्वारा चलाई जाती है।",
            "चयनित लेखकों को छह महीने तक ₹50,000 प्रति माह की छात्रवृत्ति मिलती है।",
        ),
        "देहरादून जिले के युवा लेखक",
    )
    assert plan_post(yuva, headline=None).headline.startswith("पीएम-युवा: ")
    # 🎨 on a film festival and on a dance and music festival; "📍 कुंभलगढ़ किले".
    film = Request(
        "event",
        "whatsapp",
        "warm",
        (
            "भारत का अंतरराष्ट्रीय फिल्म महोत्सव (इफ्फी) 20 नवंबर 2027 से 28 नवंबर 2027 तक पणजी में "
            "आयोजित होगा।",
            "महोत्सव का आयोजन केंद्रीय सूचना एवं प्रसारण मंत्रालय और गोवा सरकार मिलकर करते हैं।",
            "महोत्सव में देश-विदेश की फिल्मों की स्क्रीनिंग, मास्टरक्लास और फिल्मकारों से संवाद के सत्र होंगे।",
        ),
        "उत्तर गोवा जिले के सिनेमा प्रेमी और विद्यार्थी",
    )
    assert _compose(film).split("\n")[0].endswith("🎬"), _compose(film)
    fort = Request(
        "event",
        "instagram",
        "celebratory",
        (
            "कुंभलगढ़ महोत्सव 1 दिसंबर 2027 से 3 दिसंबर 2027 तक कुंभलगढ़ किले में आयोजित होगा।",
            "महोत्सव में लोक कलाकारों के नृत्य और संगीत के कार्यक्रम होंगे।",
        ),
        "राजसमंद जिले के नागरिक और कला प्रेमी",
    )
    text = _compose(fort)
    assert "📍 कुंभलगढ़ किला" in text and "📍 कुंभलगढ़ किले" not in text, text
    _checks(text, fort)
    # A sentence-long tag: "#ओडीओपी_के_अंतर्गत_वित्त_पोषण_सहायता_योजना".
    odop = Request(
        "scheme",
        "facebook",
        "respectful",
        (
            "उत्तर प्रदेश सरकार ने एक जनपद एक उत्पाद (ओडीओपी) योजना वर्ष 2018 में शुरू की।",
            "ओडीओपी के अंतर्गत वित्त पोषण सहायता योजना और विपणन विकास सहायता योजना चलाई जाती हैं।",
        ),
        "फिरोजाबाद जिले के कारीगर",
    )
    tags = [w for w in _compose(odop).split() if w.startswith("#")]
    assert tags and not any("अंतर्गत" in t for t in tags), tags
    # A helpline is no place: not "हेल्पलाइन 1064 पर रिश्वत मांगे जाने की शिकायत की जा सकती है"
    # over the same words again.
    helpline = Request(
        "appeal",
        "whatsapp",
        "respectful",
        (
            "राजस्थान भ्रष्टाचार निरोधक ब्यूरो की हेल्पलाइन 1064 पर रिश्वत मांगे जाने की शिकायत की जा सकती है।",
            "शिकायतकर्ता की पहचान गोपनीय रखी जाती है।",
        ),
        "जोधपुर जिले के नागरिक",
    )
    assert not plan_post(helpline, headline=None).headline.startswith("हेल्पलाइन 1064 पर")


def test_a_festival_dated_with_its_years_is_headed_by_its_name_and_its_span() -> None:
    # Round36: "16 जनवरी 2027 से 18 जनवरी 2027 तक" was two dates, and three festivals were
    # headed "...: आप सादर आमंत्रित हैं" or with the years twice; "ग्रीष्मोत्सव" was no event, so
    # its painting contest named the post.
    dehing = Request(
        "event",
        "facebook",
        "celebratory",
        (
            "देहिंग पटकाई महोत्सव 16 जनवरी 2027 से 18 जनवरी 2027 तक तिनसुकिया जिले के लेखापानी में "
            "आयोजित होगा।",
            "महोत्सव में स्थानीय जनजातीय समुदायों के लोकनृत्य देखने को मिलेंगे।",
        ),
        "तिनसुकिया जिले के नागरिक और पर्यटक",
    )
    # The headline is where the post says when: its year stays, once.
    headline = plan_post(dehing, headline=None).headline
    assert headline == "देहिंग पटकाई महोत्सव: 16 से 18 जनवरी 2027 तक", headline
    text = _compose(dehing)
    _checks(text, dehing)
    shimla = Request(
        "event",
        "whatsapp",
        "warm",
        (
            "अंतरराष्ट्रीय शिमला ग्रीष्मोत्सव 3 जून 2027 से 7 जून 2027 तक ऐतिहासिक रिज मैदान पर आयोजित होगा।",
            "फूलों की प्रदर्शनी और बच्चों की चित्रकला प्रतियोगिता भी होगी।",
        ),
        "शिमला जिले के नागरिक और पर्यटक",
    )
    headline = plan_post(shimla, headline=None).headline
    assert "अंतरराष्ट्रीय शिमला ग्रीष्मोत्सव: 3 से 7 जून 2027 तक" in headline, headline
    assert "चित्रकला प्रतियोगिता" not in headline


def test_what_the_round37_readers_found_unfaithful_is_not_written_again() -> None:
    # "वाहनों का आवागमन बंद: 5 जून 2027 से 20 जून": all traffic stopped, where only heavy
    # vehicles were, and a span cut before its end.
    bridge = Request(
        "local_issue",
        "facebook",
        "respectful",
        (
            "कानपुर में गंगा बैराज पुल पर मरम्मत कार्य के कारण 5 जून 2027 से 20 जून 2027 तक भारी वाहनों "
            "का आवागमन बंद रहेगा।",
            "इस अवधि में कार, दोपहिया और अन्य हल्के वाहन एक लेन से चल सकेंगे।",
        ),
        "कानपुर के वाहन चालक",
    )
    assert (
        plan_post(bridge, headline=None).headline
        == "गंगा बैराज पुल पर भारी वाहनों का आवागमन बंद: 5 से 20 जून तक"
    )
    _checks(_compose(bridge), bridge)
    # "पाक खाड़ी में देश का पहला डुगोंग संरक्षण रिज़र्व अधिसूचित किया था": who did it was cut.
    dugong = Request(
        "appeal",
        "facebook",
        "warm",
        (
            "तमिलनाडु सरकार ने 2022 में पाक खाड़ी में देश का पहला डुगोंग संरक्षण रिज़र्व अधिसूचित किया था।",
            "डुगोंग समुद्री घास खाने वाला शांत जीव है।",
        ),
        "पुदुक्कोट्टई जिले के मछुआरे",
    )
    assert "अधिसूचित किया था" not in plan_post(dugong, headline=None).headline


def test_an_event_is_named_by_itself_and_a_day_kept_on_a_jayanti_bows_to_the_person() -> None:
    # Round37: "भद्रवाह सीएसआईआर अरोमा मिशन: आप सादर आमंत्रित हैं" over its lavender festival,
    # "वन्यजीव सप्ताह: आप सादर आमंत्रित हैं" over one walk held under the week.
    lavender = Request(
        "event",
        "facebook",
        "warm",
        (
            "डोडा जिले का भद्रवाह सीएसआईआर अरोमा मिशन के तहत लैवेंडर की खेती के लिए जाना जाता है।",
            "भद्रवाह लैवेंडर महोत्सव 12 जून 2027 और 13 जून 2027 को आयोजित होगा।",
        ),
        "डोडा जिले के किसान",
    )
    assert plan_post(lavender, headline=None).headline.startswith("भद्रवाह लैवेंडर महोत्सव")
    walk = Request(
        "event",
        "whatsapp",
        "warm",
        (
            "वन्यजीव सप्ताह (2 से 8 अक्टूबर) के तहत 3 अक्टूबर 2027 को संजय वन में बच्चों के लिए "
            "प्रकृति भ्रमण आयोजित होगा।",
            "भ्रमण सुबह 7 बजे शुरू होगा और लगभग 2 घंटे चलेगा।",
        ),
        "दक्षिण दिल्ली के स्कूली बच्चे",
    )
    assert "वन्यजीव सप्ताह" not in plan_post(walk, headline=None).headline
    # "वकील दिवस पर सभी वीरों को शत-शत नमन" for Madhusudan Das, whose jayanti the day is.
    das = Request(
        "greeting",
        "facebook",
        "respectful",
        (
            "उत्कल गौरव मधुसूदन दास का जन्म 28 अप्रैल 1848 को कटक जिले के सत्यभामापुर गांव में हुआ था।",
            "उन्होंने 1903 में उत्कल सम्मिलनी की स्थापना कर ओड़िया भाषी क्षेत्रों को एक करने का आंदोलन चलाया।",
            "ओडिशा में उनकी जयंती को वकील दिवस के रूप में मनाया जाता है।",
        ),
        "कटक जिले के नागरिक",
    )
    text = _compose(das)
    assert text.startswith("वकील दिवस पर उत्कल गौरव मधुसूदन दास को शत-शत नमन"), text
    _checks(text, das)


def test_an_occasion_the_first_fact_names_is_greeted_by_name() -> None:
    # Round37: "आप सभी को हार्दिक शुभकामनाएँ!" over Maghi, with 🇮🇳 for the battle in its story.
    maghi = Request(
        "greeting",
        "whatsapp",
        "celebratory",
        (
            "माघी के अवसर पर श्री मुक्तसर साहिब में हर वर्ष ऐतिहासिक माघी मेला लगता है।",
            "यह मेला गुरु गोबिंद सिंह जी के 40 मुक्तों की याद में लगता है, जिन्होंने खिदराना की ढाब "
            "पर युद्ध लड़ा था।",
            "श्रद्धालु पवित्र सरोवर में स्नान कर गुरुद्वारा श्री टूटी गंढी साहिब में माथा टेकते हैं।",
        ),
        "श्री मुक्तसर साहिब जिले की संगत और श्रद्धालु",
    )
    text = _compose(maghi)
    assert text.startswith("*माघी की हार्दिक शुभकामनाएँ!* 🙏"), text
    _checks(text, maghi)


def test_round47s_cut_names_and_tags_and_a_sum_read_as_whom_are_not_written_again() -> None:
    zed = Request(
        "scheme",
        "facebook",
        "respectful",
        (
            "भारत सरकार के एमएसएमई मंत्रालय की एमएसएमई सस्टेनेबल (ZED) सर्टिफिकेशन योजना में उद्यम"
            " पोर्टल पर पंजीकृत सभी एमएसएमई भाग ले सकते हैं।",
            "प्रमाणन की लागत पर सूक्ष्म उद्यमों को 80% सब्सिडी मिलती है।",
        ),
        "लुधियाना के सूक्ष्म और लघु उद्यमी",
    )
    plan = plan_post(zed, headline=None)
    # "सर्टिफिकेशन योजना" cut from the name at its bracketed short form.
    assert plan.headline.startswith("एमएसएमई सस्टेनेबल (ZED) सर्टिफिकेशन योजना"), plan.headline
    assert "#एमएसएमई_सस्टेनेबल_ZED_सर्टिफिकेशन_योजना" in plan.hashtags, plan.hashtags
    # An owner's short form is the owner's, not the name's.
    ugc = replace(
        zed,
        facts=(
            "विश्वविद्यालय अनुदान आयोग (यूजीसी) की ईशान उदय विशेष छात्रवृत्ति योजना पूर्वोत्तर क्षेत्र के"
            " विद्यार्थियों के लिए है।",
            "छात्रवृत्ति की राशि सीधे विद्यार्थी के बैंक खाते में भेजी जाती है।",
        ),
    )
    assert plan_post(ugc, headline=None).headline.startswith("ईशान उदय विशेष छात्रवृत्ति योजना")
    # "#परिवार_के_पास_मनरेगा" and "#वर्ष_अभियान" were cut from sentences.
    mgnrega = replace(
        zed,
        facts=(
            "तेलंगाना सरकार की इंदिरम्मा आत्मीय भरोसा योजना में भूमिहीन परिवारों को ₹12,000 प्रति वर्ष"
            " की आर्थिक सहायता दी जाती है।",
            "लाभ के लिए परिवार के पास मनरेगा जॉब कार्ड होना ज़रूरी है।",
        ),
    )
    assert "#परिवार_के_पास_मनरेगा" not in plan_post(mgnrega, headline=None).hashtags
    drive = Request(
        "appeal",
        "facebook",
        "warm",
        (
            "दिल्ली सरकार का 'रेड लाइट ऑन, गाड़ी ऑफ़' अभियान पहली बार अक्टूबर 2020 में शुरू हुआ था।",
            "इस वर्ष अभियान 1 नवंबर 2026 से 31 दिसंबर 2026 तक शहर के 100 प्रमुख चौराहों पर चलेगा।",
        ),
        "दिल्ली के वाहन चालक",
        "लाल बत्ती पर रुकते ही अपने वाहन का इंजन बंद करें।",
    )
    assert "#वर्ष_अभियान" not in plan_post(drive, headline=None).hashtags
    # A sum is no one a gift is for: not "... ₹6,000 मिलाकर किसानों के लिए: कुल ₹12,000".
    total = "पीएम-किसान सम्मान निधि के ₹6,000 मिलाकर किसानों को कुल ₹12,000 प्रति वर्ष की सहायता मिलती है।"
    assert reshape(total) == total


def test_round47s_appeal_and_survey_headlines_read_as_written() -> None:
    # A feminine plural keeps its number when the headline drops "हैं" (round47's readers: "पाई
    # गई" should be "पाई गईं").
    survey = "सर्वेक्षण में शहर की 478 इमारतें खतरनाक पाई गई हैं।"
    assert _headline_form(survey) == "सर्वेक्षण में शहर की 478 इमारतें खतरनाक पाई गईं"
    assert _headline_form("पुलिया के पास सड़क धँस गई है।") == "पुलिया के पास सड़क धँस गई"
    # Closed by no one the fact names, it is "बंद" (round42's snowbound pass).
    assert _headline_form("सड़क बंद कर दी गई है।") == "सड़क बंद"
    # An "और" inside the first clause's list does not cut the ask: round47 headed this appeal
    # "आपसे एक निवेदन" for want of "अभयारण्य में गिब्बन".
    gibbons = Request(
        "appeal",
        "instagram",
        "warm",
        (
            "असम के जोरहाट जिले का होलोंगापार गिब्बन अभयारण्य हूलॉक गिब्बन का प्रमुख आवास है।",
            "पर्यटकों का दिया खाना खाने से जानवर बीमार पड़ सकते हैं।",
        ),
        "होलोंगापार गिब्बन अभयारण्य आने वाले पर्यटक",
        "अभयारण्य में गिब्बन और दूसरे प्राइमेट को खाना न दें, शोर न करें और घायल जानवर दिखे तो"
        " वन विभाग को सूचना दें।",
    )
    head = plan_post(gibbons, headline=None).headline
    assert head == "अभयारण्य में गिब्बन और दूसरे प्राइमेट को खाना न दें", head


def test_two_long_groups_address_a_post_and_head_none() -> None:
    groups = "अल्लूरी सीतारामा राजू जिले के निवासी और अराकू घाटी आने वाले पर्यटक"
    fair = Request(
        "event",
        "facebook",
        "warm",
        ("अराकू घाटी में 10 से 12 जनवरी 2027 तक अराकू उत्सव होगा।", "उत्सव में आदिवासी नृत्य होंगे।"),
        groups,
    )
    plan = plan_post(fair, headline=None)
    assert plan.address and "निवासियों और अराकू घाटी आने वाले पर्यटकों" in plan.address, plan
    assert "पर्यटकों" not in plan.headline, plan.headline
    # Urgent, its headline is no list of the two.
    urgent = replace(fair, kind="local_issue", tone="urgent", call_to_action="घाटी की ओर न जाएँ।")
    assert "पर्यटकों के लिए" not in plan_post(urgent, headline=None).headline


def test_what_stop36s_ten_draft_read_found_in_headlines_and_tags_is_not_written_again() -> None:
    # "मिट्टी परीक्षण शिविर: 22 फरवरी, कृषि बाजार": the start of "तेनाली के कृषि बाजार यार्ड"
    # given as the place.
    camp = Request(
        "event",
        "whatsapp",
        "warm",
        (
            "कृषि विभाग 22 फरवरी 2027 को तेनाली के कृषि बाजार यार्ड में मिट्टी परीक्षण शिविर लगाएगा।",
            "शिविर में मिट्टी की जांच निःशुल्क होगी और मृदा स्वास्थ्य कार्ड दिए जाएंगे।",
        ),
        "गुंटूर जिले के किसान",
        "अपने मिट्टी के नमूने के साथ शिविर में पहुंचें।",
    )
    assert plan_post(camp, headline=None).headline == "मिट्टी परीक्षण शिविर: 22 फरवरी"
    # "जलापूर्ति बंद: 14 जनवरी": where the water stops was left out.
    water = Request(
        "local_issue",
        "facebook",
        "respectful",
        (
            "हल्द्वानी के काठगोदाम क्षेत्र में मुख्य पेयजल लाइन की मरम्मत के कारण 14 जनवरी 2027 को सुबह 8 "
            "बजे से शाम 6 बजे तक जलापूर्ति बंद रहेगी।",
            "इस दौरान प्रभावित मोहल्लों में टैंकर से पानी पहुंचाया जाएगा।",
        ),
        "हल्द्वानी शहर के नागरिक",
    )
    assert plan_post(water, headline=None).headline == "काठगोदाम क्षेत्र में जलापूर्ति बंद: 14 जनवरी"
    _checks(_compose(water), water)
    # "पूरे क्षेत्र में" names no area.
    whole = Request(
        "local_issue",
        "whatsapp",
        "urgent",
        ("मरम्मत के कारण 3 मार्च को पूरे क्षेत्र में बिजली आपूर्ति बंद रहेगी।",),
        "नागरिक",
    )
    assert "पूरे क्षेत्र" not in plan_post(whole, headline=None).headline
    # "#हस्तशिल्प_बाजार": what the festival sells, tagged as if it were a place.
    rann = Request(
        "event",
        "instagram",
        "celebratory",
        (
            "रण उत्सव 2027 10 नवंबर 2027 से 28 फरवरी 2028 तक कच्छ के धोरडो में आयोजित होगा।",
            "उत्सव में कच्छी लोक संगीत, हस्तशिल्प बाजार और ऊंट सफारी होगी।",
        ),
        "कच्छ जिले के नागरिक और पर्यटक",
    )
    tags = plan_post(rann, headline=None).hashtags
    assert "#रण_उत्सव" in tags and not any("बाजार" in tag for tag in tags), tags


def test_an_x_greeting_tells_less_of_its_story_in_one_post_rather_than_thread_it() -> None:
    # Readers of rounds 34-37 published no X greeting split into two posts; the writers told
    # a line or two of the story. What has a figure, or is still to come, stays.
    nazrul = Request(
        "greeting",
        "x",
        "celebratory",
        (
            "विद्रोही कवि काज़ी नज़रुल इस्लाम का जन्म 24 मई 1899 को पश्चिम बर्धमान जिले के चुरुलिया गांव में "
            "हुआ था।",
            "उनकी कविता 'विद्रोही' ने अन्याय के विरुद्ध संघर्ष की आवाज बुलंद की।",
            "उन्होंने हजारों गीत रचे, जिन्हें नज़रुल गीति के नाम से जाना जाता है।",
        ),
        "पश्चिम बर्धमान जिले के नागरिक",
    )
    text = _compose(nazrul)
    assert "🧵" not in text and measure(text, "x")[0] <= 280, text
    assert text.startswith("कवि काज़ी नज़रुल इस्लाम जयंती की हार्दिक शुभकामनाएँ! 🙏"), text
    assert nazrul.facts[0].rstrip("।") in text and "#" in text
    _checks(text, nazrul)
    chapchar = Request(
        "greeting",
        "x",
        "celebratory",
        (
            "चपचार कुट मिज़ोरम का वसंत पर्व है, जो मार्च में मनाया जाता है",
            "यह झूम खेती के लिए जंगल की सफाई का काम पूरा होने की खुशी में मनाया जाता है",
            "इस पर्व पर बांस नृत्य चेराव किया जाता है",
            "आइज़ोल के एआर ग्राउंड में मुख्य समारोह होगा",
        ),
    )
    text = _compose(chapchar)
    assert "🧵" not in text and "आइज़ोल के एआर ग्राउंड में मुख्य समारोह होगा" in text, text
    assert "बांस नृत्य" not in text


def test_round36_and_37s_greetings_name_their_day_whole_and_wish_an_urs_as_one() -> None:
    # "तेंदोंग की हार्दिक शुभकामनाएँ!": a four-word festival clipped to its first word.
    tendong = Request(
        "greeting",
        "whatsapp",
        "celebratory",
        (
            "तेंदोंग ल्हो रम फात लेप्चा समुदाय का पारंपरिक पर्व है, जो हर वर्ष 8 अगस्त को मनाया जाता है।",
            "इस दिन तेंदोंग पर्वत की पूजा कर प्रकृति के प्रति आभार व्यक्त किया जाता है।",
        ),
        "नामची जिले के लेप्चा समुदाय और सभी सिक्किमवासी",
    )
    assert plan_post(tendong, headline=None).headline.startswith(
        "तेंदोंग ल्हो रम फात की हार्दिक शुभकामनाएँ!"
    )
    # "आप सभी को हार्दिक शुभकामनाएँ!", then "... इस अवसर की ढेरों बधाई 🎉", over a Sufi
    # saint's Urs; "जायरीनों" said a plural twice.
    urs = Request(
        "greeting",
        "whatsapp",
        "celebratory",
        (
            "सूफी संत ख्वाजा मोईनुद्दीन हसन चिश्ती की दरगाह अजमेर में स्थित है।",
            "उनका सालाना उर्स इस्लामी कैलेंडर के रजब महीने की 1 से 6 तारीख तक मनाया जाता है।",
        ),
        "अजमेर जिले के नागरिक और देश-विदेश से आए जायरीन",
    )
    text = _compose(urs)
    assert text.startswith("*ख्वाजा मोईनुद्दीन हसन चिश्ती के उर्स की मुबारकबाद* 🙏"), text
    assert "🎉" not in text and "जायरीनों" not in text and "आप सभी को" not in text
    _checks(text, urs)
    # "#पारंपरिक_उत्सव": what kind of festival, where its name tags it.
    lai = Request(
        "greeting",
        "instagram",
        "celebratory",
        (
            "लाई हराओबा मैतेई समुदाय का पारंपरिक उत्सव है, जिसका अर्थ है 'देवताओं का आनंदोत्सव'।",
            "इसमें उमंग लाई यानी वन देवताओं की पूजा की जाती है।",
        ),
        "इम्फाल पूर्व जिले के निवासी",
    )
    assert plan_post(lai, headline=None).hashtags[0] == "#लाई_हराओबा"


def test_what_a_scheme_gives_free_is_not_its_name() -> None:
    # Round36 headed Punjab's free bus travel "*मुफ्त यात्रा*": readers, "a cut fragment".
    bus = Request(
        "scheme",
        "whatsapp",
        "warm",
        (
            "पंजाब सरकार ने 1 अप्रैल 2021 से राज्य की महिलाओं और लड़कियों के लिए सरकारी बसों में राज्य के भीतर "
            "मुफ्त यात्रा की सुविधा शुरू की।",
            "इस सुविधा के लिए आयु की कोई सीमा नहीं है।",
        ),
        "पटियाला जिले की महिलाएं और छात्राएं",
    )
    headline = plan_post(bus, headline=None).headline
    assert headline != "मुफ्त यात्रा" and "पटियाला जिले की महिलाओं और छात्राओं" in headline, headline


@pytest.mark.parametrize(
    ("fact", "emoji"),
    [
        # Colleges a scheme pays in are no place (round38: 📍 on the fee line).
        ("राज्य के शासकीय महाविद्यालयों में स्नातक पाठ्यक्रमों का देय शुल्क राज्य शासन वहन करता है।", "🔹"),
        ("सरकारी अस्पतालों में परिवार नियोजन के साधन मुफ़्त मिलते हैं।", "🩺"),
        ("शिविर पंचायत भवन में लगेगा।", "📍"),
        ("सत्यापन के बाद प्रोत्साहन राशि सीधे किसान के बैंक खाते में भेजी जाती है।", "💰"),
        ("राशन बायोमेट्रिक सत्यापन के बाद ही दिया जाएगा।", "📝"),
        ("तिब्बती भाषा में 'भुम' का अर्थ पात्र और 'चू' का अर्थ जल है।", "💧"),
        ("भारत सरकार ने वर्ष 2010 में हाथी को राष्ट्रीय धरोहर पशु घोषित किया।", "🐘"),
    ],
)
def test_round38s_wrong_emoji_are_not_drawn_again(fact: str, emoji: str) -> None:
    assert fact_emoji(fact) == emoji


def test_round38s_greetings_name_their_day_or_whom_they_bow_to() -> None:
    def headline(*facts: str, tone: str = "respectful") -> str:
        return plan_post(Request("greeting", "facebook", tone, facts), headline=None).headline

    # Each was "आप सभी को हार्दिक शुभकामनाएँ!", or a name cut short.
    assert (
        headline(
            "भारत-तिब्बत सीमा पुलिस (आईटीबीपी) की स्थापना 24 अक्टूबर 1962 को हुई थी।",
            "बल का ध्येय वाक्य 'शौर्य, दृढ़ता, कर्म निष्ठा' है।",
        )
        == "आईटीबीपी के स्थापना दिवस की हार्दिक शुभकामनाएँ!"
    )
    assert (
        headline(
            "श्री गुरु रामदास जी सिखों के चौथे गुरु थे।",
            "उनका जन्म वर्ष 1534 में लाहौर की चूना मंडी में हुआ था।",
            tone="celebratory",
        )
        == "श्री गुरु रामदास जी को कोटि-कोटि नमन"
    )
    assert (
        headline(
            "वैकोम सत्याग्रह 30 मार्च 1924 को त्रावणकोर रियासत के वैकोम में शुरू हुआ था।",
            "वैकोम सत्याग्रह ने छुआछूत के खिलाफ देशभर के आंदोलनों को नई प्रेरणा दी।",
        )
        == "वैकोम सत्याग्रह के सभी सत्याग्रहियों को शत-शत नमन"
    )
    assert headline(
        "महाराजा बीर बिक्रम किशोर माणिक्य बहादुर का जन्म 19 अगस्त 1908 को हुआ था।",
        "उन्होंने वर्ष 1923 से 1947 तक त्रिपुरा पर शासन किया।",
        tone="celebratory",
    ).startswith("महाराजा बीर बिक्रम किशोर माणिक्य बहादुर जयंती")
    # "लाचित दिवस" keeps its name; the title is the person's.
    assert headline(
        "वीर लाचित बरफुकन का जन्म 24 नवंबर 1622 को हुआ था और इस दिन को लाचित दिवस के रूप में मनाया जाता है।",
        "उन्होंने 1671 में सराईघाट के युद्ध में मुगल सेना को पराजित किया था।",
    ).startswith("लाचित दिवस पर वीर लाचित बरफुकन")


def test_a_memorial_is_bowed_to_not_announced() -> None:
    kohima = Request(
        "event",
        "whatsapp",
        "respectful",
        (
            "कोहिमा युद्ध की याद में 4 अप्रैल 2027 को सुबह 9 बजे कोहिमा युद्ध समाधि स्थल पर स्मृति समारोह होगा।",
            "समारोह में पुष्पांजलि और दो मिनट का मौन होगा।",
        ),
        "कोहिमा जिले के नागरिक",
    )
    plan = plan_post(kohima, headline=None)
    assert "स्मृति समारोह" in plan.headline and plan.headline_emoji == "🙏", plan


def test_a_tournament_is_an_event_its_post_is_headed_by() -> None:
    # Round37 headed an inter-school football tournament "... के लिए ख़ुशख़बरी".
    football = Request(
        "event",
        "whatsapp",
        "celebratory",
        (
            "नामची के भाईचुंग स्टेडियम में 20 अगस्त 2027 से अंतर-विद्यालय फुटबॉल टूर्नामेंट शुरू होगा।",
            "टूर्नामेंट में जिले के 16 विद्यालयों की टीमें भाग लेंगी।",
        ),
        "नामची जिले के स्कूल और युवा खिलाड़ी",
    )
    assert "फुटबॉल टूर्नामेंट: 20 अगस्त से" in plan_post(football, headline=None).headline


def test_what_kind_of_scheme_it_is_is_not_its_name() -> None:
    # Round38 headed a scholarship "प्रायोजित योजना: आपके काम की जानकारी".
    scholarship = Request(
        "scheme",
        "whatsapp",
        "warm",
        (
            "अनुसूचित जाति के विद्यार्थियों के लिए प्री-मैट्रिक छात्रवृत्ति भारत सरकार के सामाजिक न्याय एवं "
            "अधिकारिता मंत्रालय की केंद्र प्रायोजित योजना है।",
            "यह छात्रवृत्ति कक्षा 9 और 10 में पढ़ने वाले विद्यार्थियों को मिलती है।",
        ),
        "भरतपुर जिले के विद्यार्थी और अभिभावक",
    )
    headline = plan_post(scholarship, headline=None).headline
    assert "प्रायोजित" not in headline, headline


def test_an_event_fact_that_opens_with_its_organiser_and_date_is_laid_out_with_both() -> None:
    # Round38 headed it "मिठाई महोत्सव: 13 से 15 जनवरी तक" over the whole fact as one line.
    kites = Request(
        "event",
        "whatsapp",
        "celebratory",
        (
            "तेलंगाना पर्यटन विभाग की ओर से 13 से 15 जनवरी 2027 तक परेड ग्राउंड, सिकंदराबाद में "
            "अंतरराष्ट्रीय पतंग और मिठाई महोत्सव होगा।",
            "महोत्सव में प्रवेश निःशुल्क है।",
        ),
        "हैदराबाद और सिकंदराबाद के नागरिक",
        "सूती धागे से ही पतंग उड़ाएं।",
    )
    plan = plan_post(kites, headline=None)
    assert plan.headline == "अंतरराष्ट्रीय पतंग और मिठाई महोत्सव: 13 से 15 जनवरी 2027 तक", plan
    lines = [f"{line.emoji} {line.text}" for line in plan.facts]
    assert "📍 परेड ग्राउंड, सिकंदराबाद" in lines and "🤝 आयोजक: तेलंगाना पर्यटन विभाग" in lines
    _checks(_compose(kites), kites)


def test_a_festival_is_wished_and_tagged_only_by_a_name_the_facts_give_it() -> None:
    # A fresh draft wished Mysuru Dasara's procession "विजयादशमी की हार्दिक शुभकामनाएँ!" and
    # tagged it #विजयादशमी: the facts never say that name.
    dasara = Request(
        "event",
        "x",
        "celebratory",
        (
            "मैसूरु दशहरा का जंबू सवारी जुलूस 19 अक्टूबर 2027 को अंबा विलास महल से निकलेगा।",
            "जुलूस में सजे हुए हाथी और लोक कलाकार शामिल होंगे।",
        ),
        "मैसूरु के नागरिक और पर्यटक",
        "परिवार के साथ आएं।",
    )
    for variant in range(3):
        text = _compose(dasara, variant=variant)
        assert "विजयादशमी" not in text, text
        assert "दशहरा की" in text, text
        _checks(text, dasara)
    assert "#दशहरा" in _compose(dasara)
    # A post that is not a greeting and whose facts give no name the phrasebook wishes by does
    # not wish at all.
    fair = replace(dasara, facts=("दशहरे के मेले में 19 अक्टूबर 2027 को आतिशबाज़ी होगी।",))
    assert "विजयादशमी" not in _compose(fair)


def test_a_closed_road_is_headed_by_where_it_is_closed() -> None:
    # A fresh draft headed a flyover's closure "यातायात बंद: 5 से 25 फरवरी तक", with no place.
    def headline(*facts: str) -> str:
        req = Request("local_issue", "facebook", "respectful", facts)
        return plan_post(req, headline=None).headline

    assert headline(
        "भुवनेश्वर के जयदेव विहार चौक पर फ्लाईओवर की मरम्मत के कारण 5 फरवरी 2027 से 25 फरवरी 2027 "
        "तक यातायात बंद रहेगा।",
        "नंदनकानन रोड की ओर जाने वाले वाहन आचार्य विहार होकर जाएंगे।",
    ).startswith("जयदेव विहार चौक पर यातायात बंद: 5 से 25 फरवरी")
    # Not a place that is half a phrase ("बने पुल पर").
    assert not headline(
        "मशरक प्रखंड में घोघारी नदी पर बने पुल पर 20 जुलाई से अगले आदेश तक वाहनों का आवागमन बंद रहेगा",
    ).startswith("बने")


def test_a_programme_or_mission_is_not_headed_as_a_scheme() -> None:
    # A fresh draft headed a vaccination programme "... कार्यक्रम: योजना की ज़रूरी जानकारी".
    for name in ("राष्ट्रीय पशुरोग नियंत्रण कार्यक्रम", "राष्ट्रीय गोकुल मिशन", "पोषण अभियान"):
        req = Request(
            "scheme",
            "whatsapp",
            "respectful",
            (
                f"{name} में गाय-भैंसों को खुरपका-मुंहपका रोग का टीका निःशुल्क लगाया जाता है।",
                "टीका लगे पशु के कान में टैग लगाया जाता है।",
            ),
            "झालावाड़ जिले के पशुपालक",
        )
        headline = plan_post(req, headline=None).headline
        assert headline.startswith(name) and "योजना" not in headline, headline


def test_a_scheme_named_with_its_expansion_in_brackets_is_headed_by_its_short_name() -> None:
    # Round38 found no name in "पीएम-दक्ष (...) योजना" and headed the post with the sanitation
    # topic's "साफ़-सफ़ाई से जुड़ी सूचना".
    daksh = Request(
        "scheme",
        "facebook",
        "respectful",
        (
            "पीएम-दक्ष (प्रधानमंत्री दक्षता और कुशलता संपन्न हितग्राही) योजना भारत सरकार के सामाजिक "
            "न्याय एवं अधिकारिता मंत्रालय ने वर्ष 2020-21 में शुरू की।",
            "योजना में कचरा बीनने वालों सहित सफाई कर्मचारी शामिल हैं।",
        ),
        "नागपुर जिले के युवा और सफाई मित्र",
    )
    assert plan_post(daksh, headline=None).headline.startswith("पीएम-दक्ष योजना")
    _checks(_compose(daksh), daksh)


def test_round39s_refusals_ask_after_but_greet_the_fair_not_its_day_and_keep_a_figure() -> None:
    # "नए साल का जश्न मनाएँ ⚠️" headed a drink-driving appeal: the ask is after "लेकिन".
    drink = Request(
        "appeal",
        "x",
        "urgent",
        (
            "चंडीगढ़ ट्रैफिक पुलिस 31 दिसंबर 2027 की रात शहर के प्रमुख चौराहों पर विशेष नाके लगाकर नशे "
            "में गाड़ी चलाने वालों की जाँच करेगी।",
            "पकड़े जाने पर ड्राइविंग लाइसेंस निलंबित करने की सिफारिश भी की जाएगी।",
        ),
        "चंडीगढ़ के नागरिक और युवा",
        "नए साल का जश्न मनाएँ, लेकिन नशे में गाड़ी बिल्कुल न चलाएँ।",
    )
    assert plan_post(drink, headline=None).headline == "सावधान! नशे में गाड़ी बिल्कुल न चलाएँ"
    # The Bagwal fair falls on Raksha Bandhan; its post does not wish Raksha Bandhan.
    bagwal = Request(
        "event",
        "instagram",
        "celebratory",
        (
            "चंपावत जिले के देवीधुरा में माँ वाराही धाम का प्रसिद्ध बग्वाल मेला रक्षाबंधन के दिन लगता है।",
            "इस वर्ष बग्वाल मेला 17 अगस्त 2027 को होगा।",
        ),
        "चंपावत जिले के श्रद्धालु और पर्यटक",
    )
    text = _compose(bagwal)
    assert "रक्षाबंधन की" not in text and "#रक्षाबंधन" not in text, text
    # A day called "'रेमना नी' यानी शांति दिवस" is wished as "शांति दिवस", and an X greeting
    # keeps the fact that gives a figure in words ("दो दशक").
    peace = Request(
        "greeting",
        "x",
        "celebratory",
        (
            "30 जून 1986 को भारत सरकार और मिज़ो नेशनल फ्रंट के बीच ऐतिहासिक मिज़ो शांति समझौता हुआ था।",
            "इस समझौते से मिज़ोरम में लगभग दो दशक की अशांति का अंत हुआ।",
            "हर वर्ष 30 जून को मिज़ोरम में 'रेमना नी' यानी शांति दिवस मनाया जाता है।",
            "20 फरवरी 1987 को मिज़ोरम भारत का 23वाँ राज्य बना।",
        ),
        "आइजोल जिले के नागरिक",
    )
    text = _compose_x(peace)
    assert "शांति दिवस की हार्दिक शुभकामनाएँ" in text and "यानी शांति दिवस की" not in text, text
    assert "दो दशक" in text, text
    _checks(text, peace, disclosure=DEFAULT_DISCLOSURE_X)


def test_round39s_greetings_name_a_day_called_din_wish_once_and_tag_no_sentence() -> None:
    goa = Request(
        "greeting",
        "whatsapp",
        "respectful",
        (
            "18 जून 1946 को डॉ. राम मनोहर लोहिया ने मडगांव में पुर्तगाली शासन के विरुद्ध नागरिक "
            "स्वतंत्रता के लिए आवाज़ उठाई थी।",
            "इसकी याद में हर वर्ष 18 जून को गोवा क्रांति दिन मनाया जाता है।",
        ),
        "दक्षिण गोवा जिले के नागरिक",
    )
    assert "गोवा क्रांति दिन" in plan_post(goa, headline=None).headline
    # A warm wish is not followed by "... को इस अवसर की बधाई 🙏"; the readers are called.
    van = Request(
        "greeting",
        "whatsapp",
        "warm",
        (
            "वन महोत्सव हर वर्ष जुलाई के पहले सप्ताह में मनाया जाता है।",
            "इसकी शुरुआत 1950 में तत्कालीन केंद्रीय कृषि मंत्री कन्हैयालाल माणिकलाल मुंशी ने की थी।",
        ),
        "वलसाड जिले के नागरिक, विद्यार्थी और ग्राम पंचायतें",
    )
    plan = plan_post(van, headline=None)
    assert plan.address == "वलसाड जिले के प्रिय नागरिको, विद्यार्थियो और ग्राम पंचायतो,", plan
    assert "🌾" not in _compose(van)  # a minister's title is no farming
    infantry = Request(
        "greeting",
        "facebook",
        "celebratory",
        (
            "हर वर्ष 27 अक्टूबर को पैदल सेना दिवस (इन्फैंट्री डे) मनाया जाता है।",
            "इसे स्वतंत्र भारत का पहला सैन्य अभियान माना जाता है।",
        ),
        "बडगाम जिले के नागरिक",
    )
    assert not any(
        "इसे" in tag or "पहला" in tag for tag in plan_post(infantry, headline=None).hashtags
    )


def test_round39s_names_are_whole_and_a_body_of_a_state_is_not_where_an_event_is() -> None:
    scuba = Request(
        "event",
        "whatsapp",
        "warm",
        (
            "महाराष्ट्र पर्यटन विकास निगम (MTDC) का तारकर्ली स्थित भारतीय स्कूबा डाइविंग एवं जलक्रीड़ा "
            "संस्थान (IISDA) स्थानीय युवाओं को स्कूबा डाइविंग का बुनियादी प्रशिक्षण देगा।",
            "प्रशिक्षण 15 नवंबर से 14 दिसंबर 2027 तक चलेगा।",
        ),
        "सिंधुदुर्ग जिले के तटीय गाँवों के युवा",
    )
    assert plan_post(scuba, headline=None).headline == (
        "स्कूबा डाइविंग का बुनियादी प्रशिक्षण: 15 नवंबर से 14 दिसंबर तक"
    )
    agri = Request(
        "scheme",
        "facebook",
        "respectful",
        (
            "केंद्र सरकार के कृषि एवं किसान कल्याण मंत्रालय की एग्री-क्लिनिक और एग्री-बिज़नेस सेंटर "
            "योजना 2002 से लागू है।",
            "इसमें कृषि स्नातकों को नोडल प्रशिक्षण संस्थानों में उद्यमिता का निःशुल्क प्रशिक्षण दिया जाता है।",
        ),
        "मंडी जिले के कृषि स्नातक",
    )
    plan = plan_post(agri, headline=None)
    assert plan.headline.startswith("एग्री-क्लिनिक और एग्री-बिज़नेस सेंटर योजना"), plan
    # Tagged by one name of the pair, and not by a training institute cut short.
    assert "#एग्री_बिज़नेस_सेंटर_योजना" in plan.hashtags, plan.hashtags
    assert "#नोडल_प्रशिक्षण" not in plan.hashtags, plan.hashtags
    _checks(_compose(agri), agri)


def test_what_may_be_done_in_a_ban_is_ticked_and_a_headline_keeps_the_verb_it_needs() -> None:
    # Round39: ⚠️ on a permission, and "... 17 जनवरी 2027 को आयोजित" read as cut.
    assert fact_emoji("प्रतिबंध अवधि में नावों की मरम्मत और जाल सुधारने का काम किया जा सकता है।") == "✅"
    assert fact_emoji("प्रतिबंध तोड़ने पर नाव का पंजीकरण निलंबित किया जा सकता है।") == "⚠️"
    assert fact_emoji("इस दौरान नदी में नहाने पर प्रतिबंध रहेगा।") == "⚠️"
    assert _headline_form("अलंगानल्लूर में जल्लीकट्टू 17 जनवरी 2027 को आयोजित होगा।") == (
        "अलंगानल्लूर में जल्लीकट्टू 17 जनवरी 2027 को आयोजित होगा"
    )
    assert _headline_form("पुल पर यातायात 5 जून से बंद रहेगा।") == "पुल पर यातायात 5 जून से बंद"


def test_round39s_warning_names_all_it_warns_of_and_a_contest_its_sport() -> None:
    kaithal = Request(
        "local_issue",
        "whatsapp",
        "urgent",
        ("मौसम विभाग ने कैथल जिले में 9 और 10 अक्टूबर 2027 को तेज बारिश और आँधी की चेतावनी दी है।",),
        "कैथल जिले के किसान",
        "मंडी में रखे धान को तुरंत तिरपाल से ढकें।",
    )
    assert plan_post(kaithal, headline=None).headline == "कैथल: तेज बारिश और आँधी की चेतावनी"
    wrestling = Request(
        "event",
        "facebook",
        "celebratory",
        (
            "नगा पारंपरिक कुश्ती की जिला स्तरीय प्रतियोगिता 4 और 5 दिसंबर 2027 को दीमापुर जिला खेल "
            "परिसर में होगी।",
            "विजेताओं को नकद पुरस्कार और राज्य स्तरीय प्रतियोगिता में भाग लेने का अवसर मिलेगा।",
        ),
        "दीमापुर जिले के खेल प्रेमी और युवा",
    )
    plan = plan_post(wrestling, headline=None)
    assert plan.headline.startswith("नगा पारंपरिक कुश्ती की जिला स्तरीय प्रतियोगिता: 4 और 5 दिसंबर")
    assert not any("स्तरीय" in tag for tag in plan.hashtags), plan.hashtags
    _checks(_compose(wrestling), wrestling)


def test_an_x_thread_does_not_open_on_a_headline_cut_from_its_first_fact_and_that_fact() -> None:
    # Round39's readers: the first post said the alert twice.
    nadia = Request(
        "local_issue",
        "x",
        "urgent",
        (
            "मौसम विभाग ने नदिया जिले में 22 और 23 अप्रैल 2027 को कालबैसाखी आँधी-तूफान का ऑरेंज "
            "अलर्ट जारी किया है।",
            "इस दौरान 60 से 70 किलोमीटर प्रति घंटे की रफ्तार से हवा चलने, बिजली गिरने और ओले पड़ने की आशंका है।",
            "किसानों को पकी हुई बोरो धान की फसल जल्द काटकर सुरक्षित जगह रखने की सलाह दी गई है।",
            "आपात स्थिति में जिला नियंत्रण कक्ष 03472-252315 पर संपर्क किया जा सकता है।",
        ),
        "नदिया जिले के नागरिक और किसान",
        "आँधी-बिजली के समय घर के अंदर रहें और पेड़ों, बिजली के खंभों से दूर रहें।",
    )
    text = _compose_x(nadia)
    assert text.count("ऑरेंज अलर्ट") == 1, text
    _checks(text, nadia, disclosure=DEFAULT_DISCLOSURE_X)


def test_a_statehood_day_is_wished_with_the_state_it_made() -> None:
    # A fresh draft wished "पूर्ण राज्यत्व दिवस की हार्दिक शुभकामनाएँ! 🙏", naming no state.
    himachal = Request(
        "greeting",
        "instagram",
        "celebratory",
        (
            "हिमाचल प्रदेश 25 जनवरी 1971 को भारत का 18वाँ राज्य बना।",
            "हर वर्ष 25 जनवरी को पूर्ण राज्यत्व दिवस मनाया जाता है।",
        ),
        "शिमला जिले के नागरिक",
    )
    assert plan_post(himachal, headline=None).headline == (
        "हिमाचल प्रदेश के पूर्ण राज्यत्व दिवस की हार्दिक शुभकामनाएँ!"
    )
    _checks(_compose(himachal), himachal)


def test_a_warm_or_festive_post_calls_a_described_audience_after_whose_it_is() -> None:
    # Round45's readers: "no address to the young archers"; round44's: "no address to the
    # runners or youth". The writers: "शहडोल जिले के युवा तीरंदाज़ों और खेल प्रेमियों, ...".
    archery = Request(
        "event",
        "whatsapp",
        "celebratory",
        (
            "जिला स्तरीय तीरंदाज़ी प्रतियोगिता 8 और 9 अक्टूबर 2026 को पुलिस लाइन मैदान, शहडोल में होगी।",
            "हर वर्ग के पहले तीन विजेताओं को पदक और प्रमाण पत्र मिलेंगे।",
        ),
        "शहडोल जिले के युवा तीरंदाज़ और खेल प्रेमी",
        "प्रतिभागी 5 अक्टूबर 2026 तक पंजीकरण कराएँ।",
    )
    assert plan_post(archery, headline=None).address == (
        "शहडोल जिले के प्रिय युवा तीरंदाज़ो और खेल प्रेमियो,"
    )
    _checks(_compose(archery), archery)
    # Whose they are is the last "के" that is no postposition's; schools are called nothing.
    hajj = replace(archery, tone="respectful", audience="अनंतनाग जिले के हज 2027 के लिए चयनित यात्री")
    assert "आदरणीय लिए" not in (plan_post(hajj, headline=None).address or "")
    schools = replace(archery, tone="warm", audience="बेगूसराय जिले के विद्यालय और विद्यार्थी")
    assert "प्रिय विद्यालय" not in (plan_post(schools, headline=None).address or "")
    # An urgent notice keeps its own address ("... कृपया ध्यान दें:"), not this one.
    urgent = replace(archery, kind="local_issue", tone="urgent")
    assert "प्रिय" not in (plan_post(urgent, headline=None).address or "")


def test_a_glad_event_on_x_is_awaited_not_shared_as_good_news() -> None:
    # Round45's readers on a swimming meet: "'यह ख़ुशख़बरी सबके साथ साझा करें' - an event notice
    # is not 'good news'".
    volleyball = Request(
        "event",
        "x",
        "celebratory",
        (
            "जिला स्तरीय वॉलीबॉल प्रतियोगिता का फाइनल 28 दिसंबर को दोपहर 2 बजे शामली के जिला "
            "स्टेडियम में होगा।",
            "फाइनल में कैराना और थानाभवन की टीमें आमने-सामने होंगी।",
        ),
        "शामली जिले के खेल प्रेमी",
    )
    text = _compose_x(volleyball)
    assert "ख़ुशख़बरी" not in text, text
    assert "आपका इंतज़ार रहेगा! 🎉" in text, text
    _checks(text, volleyball, disclosure=DEFAULT_DISCLOSURE_X)
    # Good news that is no gathering still says so: a scheme's share line stays.
    scheme = replace(volleyball, kind="scheme")
    assert "आपका इंतज़ार" not in _compose_x(scheme)


def test_a_river_above_its_danger_mark_heads_its_alert_with_the_mark() -> None:
    # Round45's readers refused "... किनारे रहने वाले लोगों के लिए ज़रूरी सूचना" over a river
    # 1.2 metres above its mark; round42's draft was headed "ज़रूरी सूचना" alone.
    auranga = Request(
        "local_issue",
        "whatsapp",
        "urgent",
        (
            "लगातार भारी बारिश से 14 जुलाई 2027 की सुबह 6 बजे वलसाड में औरंगा नदी का जलस्तर "
            "खतरे के निशान से 1.5 मीटर ऊपर पहुँच गया है।",
            "निचले इलाकों के 12 गाँवों के लोगों को सुरक्षित स्थानों पर पहुँचाया जा रहा है।",
        ),
        "वलसाड जिले के नदी किनारे के निवासी",
        "नदी किनारे न जाएँ और प्रशासन के निर्देश मानें।",
    )
    plan = plan_post(auranga, headline=None)
    assert plan.headline == "औरंगा नदी खतरे के निशान से 1.5 मीटर ऊपर", plan.headline
    text = _compose(auranga)
    assert "वलसाड में औरंगा नदी का जलस्तर" in text  # when and where stay below it
    _checks(text, auranga)
    # Below the mark is no such news.
    below = replace(auranga, facts=("औरंगा नदी का जलस्तर खतरे के निशान से नीचे है।", *auranga.facts[1:]))
    assert "ऊपर" not in plan_post(below, headline=None).headline


def test_a_scheme_the_name_finder_does_not_know_is_named_by_the_words_before_its_yojana() -> None:
    # Schemes the name finder did not know were headed "... के लिए ज़रूरी जानकारी"; round43's
    # readers: "generic headline".
    sambal = Request(
        "scheme",
        "whatsapp",
        "respectful",
        (
            "मुख्यमंत्री जनकल्याण (संबल) योजना में पंजीकृत असंगठित श्रमिक की दुर्घटना में मृत्यु होने "
            "पर परिवार को ₹4 लाख की सहायता मिलती है।",
            "अंत्येष्टि सहायता के रूप में ₹5,000 दिए जाते हैं।",
        ),
        "संबल योजना में पंजीकृत असंगठित श्रमिक और उनके परिवार",
    )
    headline = plan_post(sambal, headline=None).headline
    assert headline.startswith("मुख्यमंत्री जनकल्याण (संबल) योजना"), headline
    _checks(_compose(sambal), sambal)
    # A quoted name keeps its quotes whole; whose it is ("हरियाणा सरकार की") is no part of it.
    water = replace(
        sambal,
        facts=(
            "हरियाणा सरकार की 'मेरा पानी-मेरी विरासत' योजना में धान की जगह वैकल्पिक फसल बोने "
            "वाले किसानों को ₹7,000 प्रति एकड़ प्रोत्साहन राशि दी जाती है।",
            "योजना का लाभ लेने के लिए पोर्टल पर फसल का पंजीकरण ज़रूरी है।",
        ),
        audience="कुरुक्षेत्र जिले के धान उत्पादक किसान",
    )
    assert "'मेरा पानी-मेरी विरासत' योजना" in plan_post(water, headline=None).headline
    # What the government gives by the month heads it, without its "देती" (round40).
    pension = replace(
        sambal,
        facts=(
            "उत्तर प्रदेश सरकार दिव्यांग भरण-पोषण अनुदान (दिव्यांग पेंशन) योजना में पात्र "
            "दिव्यांगजन को हर महीने ₹1,000 देती है।",
            "आवेदन sspy-up.gov.in पोर्टल पर ऑनलाइन किया जाता है।",
        ),
        audience="बरेली जिले के दिव्यांगजन और उनके परिजन",
    )
    assert plan_post(pension, headline=None).headline == (
        "दिव्यांग भरण-पोषण अनुदान (दिव्यांग पेंशन) योजना: हर महीने ₹1,000"
    )
    _checks(_compose(pension), pension)
    # No name from words that name none: "इस योजना", "किसानों के लिए योजना".
    unnamed = replace(
        sambal,
        facts=(
            "छोटे किसानों के लिए योजना में हर साल ₹6,000 मिलते हैं।",
            "इस योजना में आवेदन ऑनलाइन होता है।",
        ),
    )
    assert "योजना:" not in plan_post(unnamed, headline=None).headline


def test_a_fact_the_call_to_action_asks_whole_but_for_its_town_is_said_once() -> None:
    # Round45's readers: "the registration line is repeated word for word by the call to
    # action"; the fact said only "शहडोल" more, which the post says above it.
    archery = Request(
        "event",
        "whatsapp",
        "celebratory",
        (
            "जिला स्तरीय तीरंदाज़ी प्रतियोगिता 8 और 9 अक्टूबर 2026 को पुलिस लाइन मैदान, शहडोल में होगी।",
            "हर वर्ग के पहले तीन विजेताओं को पदक और प्रमाण पत्र मिलेंगे।",
            "पंजीकरण जिला खेल एवं युवा कल्याण कार्यालय, शहडोल में 5 अक्टूबर 2026 तक होगा।",
        ),
        "शहडोल जिले के युवा तीरंदाज़ और खेल प्रेमी",
        "प्रतिभागी 5 अक्टूबर 2026 तक जिला खेल एवं युवा कल्याण कार्यालय में पंजीकरण कराएँ।",
    )
    text = plain(_compose(archery))
    assert text.count("5 अक्टूबर 2026") == 1, text
    _checks(_compose(archery), archery)
    # Not where the word more is one that changes the rule ("निःशुल्क").
    free = replace(
        archery,
        facts=(
            *archery.facts[:2],
            "पंजीकरण जिला खेल एवं युवा कल्याण कार्यालय में 5 अक्टूबर 2026 तक निःशुल्क होगा।",
            "प्रवेश निःशुल्क है।",
        ),
    )
    assert "तक निःशुल्क होगा" in _compose(free)


def test_a_number_the_call_to_action_gives_is_not_given_again_by_its_own_fact() -> None:
    # Round44's readers: "the control-room number is repeated in a separate line and in the
    # call to action".
    cracks = Request(
        "local_issue",
        "whatsapp",
        "urgent",
        (
            "झरिया के घनुडीह इलाके में ज़मीन धंसने की 3 घटनाएँ सामने आई हैं।",
            "प्रभावित इलाके के 40 परिवारों को सुरक्षित स्थान पर पहुँचाया गया है।",
            "जिला नियंत्रण कक्ष का नंबर 0326-2311217 है।",
        ),
        "झरिया के निवासी",
        "ज़मीन में दरार, धुआं या गैस की गंध दिखे तो तुरंत नियंत्रण कक्ष 0326-2311217 पर सूचना दें।",
    )
    text = _compose(cracks)
    assert text.count("0326-2311217") == 1, text
    _checks(text, cracks)
    # A number whose fact says whose it is, which the ask does not, stays.
    fever = replace(
        cracks,
        facts=(*cracks.facts[:2], "ज़िला नियंत्रण कक्ष का नंबर 0326-2311217 है।"),
        call_to_action="बुखार हो तो तुरंत 0326-2311217 पर कॉल करें।",
    )
    assert "ज़िला नियंत्रण कक्ष का नंबर" in _compose(fever)
    # Nor a fact that says where one may report, which the call to action asks (round46: "the
    # 1912 line is repeated").
    fence = Request(
        "appeal",
        "whatsapp",
        "urgent",
        (
            "फ़सल की रक्षा के लिए खेतों की बाड़ में सीधे बिजली का करंट छोड़ना ग़ैर-क़ानूनी है।",
            "चामराजनगर जिले में पिछले दो वर्षों में अवैध बिजली बाड़ से 4 लोगों की मौत हुई है।",
            "अवैध बिजली बाड़ की सूचना बिजली हेल्पलाइन 1912 पर दी जा सकती है।",
        ),
        "चामराजनगर जिले के किसान",
        "बाड़ में सीधा करंट न छोड़ें; अवैध बिजली बाड़ दिखे तो 1912 पर सूचना दें।",
    )
    assert plain(_compose(fence)).count("1912") == 1, _compose(fence)
    _checks(_compose(fence), fence)


def test_what_the_round46_readers_refused_is_not_written_again() -> None:
    # "करोड़ की राजीव गांधी ..." headed an X thread and its hashtag: a sum's word is no name's.
    taxi = Request(
        "scheme",
        "x",
        "respectful",
        (
            "हिमाचल प्रदेश सरकार की ₹680 करोड़ की राजीव गांधी स्वरोज़गार स्टार्ट-अप योजना के "
            "पहले चरण में ई-टैक्सी खरीदने पर 50 प्रतिशत अनुदान दिया जाता है।",
            "एक परिवार से केवल एक व्यक्ति योजना का लाभ ले सकता है।",
        ),
        "कांगड़ा जिले के बेरोज़गार युवा",
    )
    assert "करोड़ की" not in plan_post(taxi, headline=None).headline
    assert "#करोड़" not in _compose_x(taxi)
    # One stage's cap is not the scheme's: "अधिकतम ₹5 लाख" understated a ₹25 lakh seed stage.
    startup = replace(
        taxi,
        platform="instagram",
        facts=(
            "राष्ट्रीय कृषि विकास योजना में कृषि स्टार्टअप को वित्तीय सहायता दी जाती है।",
            "आइडिया/प्री-सीड चरण में अधिकतम ₹5 लाख की सहायता मिलती है।",
            "सीड चरण में अधिकतम ₹25 लाख मिलते हैं।",
        ),
    )
    assert "₹5 लाख" not in plan_post(startup, headline=None).headline
    # A jatara is wished by its name, not by the status it was given ("राज्य पर्व").
    medaram = Request(
        "greeting",
        "whatsapp",
        "celebratory",
        (
            "सम्मक्का-सारलम्मा जातरा (मेदारम जातरा) 28 से 31 जनवरी 2026 तक मेदारम गाँव में मनाई जाएगी।",
            "वर्ष 1996 में इस जातरा को राज्य पर्व का दर्जा दिया गया था।",
        ),
        "मुलुगु जिले के श्रद्धालु",
    )
    assert plan_post(medaram, headline=None).headline.startswith("सम्मक्का-सारलम्मा जातरा की")
    # "शेर-ए-पंजाब महाराजा रणजीत सिंह" is not "पंजाब महाराजा रणजीत सिंह".
    ranjit = replace(
        medaram,
        facts=(
            "शेर-ए-पंजाब महाराजा रणजीत सिंह का जन्म 13 नवंबर 1780 को गुजरांवाला में हुआ था।",
            "वर्ष 1801 में वे लाहौर में महाराजा घोषित हुए।",
        ),
        audience="अमृतसर जिले के नागरिक",
    )
    assert "पंजाब महाराजा" not in plain(_compose(ranjit)).replace("शेर-ए-पंजाब महाराजा", "")
    # A blast's water is no 💧.
    blast = Request(
        "appeal",
        "whatsapp",
        "urgent",
        (
            "कैल्शियम कार्बाइड और पानी से धमाका करने वाली 'कार्बाइड गन' से आँखों को गंभीर चोट लग सकती है।",
            "पिछले वर्ष भोपाल के अस्पतालों में ऐसी गन से आँख में चोट के 70 से अधिक मामले पहुँचे थे।",
        ),
        "भोपाल जिले के अभिभावक",
        "बच्चों को कार्बाइड गन न दिलाएँ।",
    )
    assert "💧" not in _compose(blast)
    # Readers of a list of districts are not tagged by the one the name finder knows when the
    # fair is in another ("#पानीपत" on a fair in Karnal).
    fair = Request(
        "event",
        "facebook",
        "respectful",
        (
            "केंद्रीय मृदा लवणता अनुसंधान संस्थान, करनाल में 7 मार्च 2027 को किसान मेला आयोजित होगा।",
            "किसान अपनी मिट्टी के नमूने लाकर निःशुल्क जाँच करा सकेंगे।",
        ),
        "करनाल, कैथल और पानीपत जिलों के किसान",
    )
    assert "#पानीपत" not in _compose(fair)
    for req in (taxi, startup, medaram, ranjit, blast, fair):
        _checks(_compose(req), req)


def test_a_stop_from_one_days_hour_to_the_nexts_is_headed_by_its_span() -> None:
    # Round46's readers: "'पानी की आपूर्ति बंद' gives no date or place".
    mysuru = Request(
        "local_issue",
        "whatsapp",
        "respectful",
        (
            "कबिनी पेयजल योजना की मुख्य पाइपलाइन की मरम्मत के कारण 9 मार्च 2026 को सुबह 6 बजे से "
            "10 मार्च 2026 को शाम 6 बजे तक मैसूरु शहर के कई हिस्सों में पानी की आपूर्ति बंद रहेगी।",
            "आपूर्ति बहाल होने के बाद पहले दिन पानी कम दबाव से आ सकता है।",
        ),
        "मैसूरु शहर के निवासी",
        "8 मार्च 2026 की रात तक पर्याप्त पानी भरकर रखें।",
    )
    assert plan_post(mysuru, headline=None).headline == "पानी की आपूर्ति बंद: 9 से 10 मार्च तक"
    _checks(_compose(mysuru), mysuru)
    # Which vehicles stop stays with them: "सामान्य वाहनों", not all vehicles.
    bridge = replace(
        mysuru,
        facts=(
            "विद्यासागर सेतु पर मरम्मत के लिए 13 फरवरी 2027 शनिवार रात 11 बजे से 15 फरवरी 2027 "
            "सोमवार सुबह 5 बजे तक सामान्य वाहनों का आवागमन बंद रहेगा।",
            "एम्बुलेंस और अग्निशमन वाहनों के लिए पुल की एक लेन खुली रहेगी।",
        ),
        call_to_action="इस दौरान हावड़ा ब्रिज से होकर यात्रा की योजना बनाएँ।",
    )
    assert plan_post(bridge, headline=None).headline.startswith("सामान्य वाहनों का आवागमन बंद")


def test_what_round48s_readers_refused_is_not_written_again() -> None:
    """Round48's readers, and the dev sightings that went under their readers."""
    # A herd seen about a place is headed by where it is and what it is, the fact whole below.
    herd = Request(
        "local_issue",
        "whatsapp",
        "urgent",
        (
            "वन विभाग के अनुसार 23 हाथियों का एक झुंड 5 दिसंबर 2026 से घटगाँव वन रेंज के गाँवों के पास घूम रहा है।",
            "झुंड में 5 बच्चे हैं, इसलिए हाथी अधिक आक्रामक हो सकते हैं।",
        ),
        "क्योंझर जिले के घटगाँव वन रेंज के ग्रामीण",
        "अंधेरा होने के बाद खेतों और जंगल की ओर न जाएँ और हाथी दिखते ही वन विभाग को सूचना दें।",
    )
    head = plan_post(herd, headline=None).headline
    assert head == "सावधान! घटगाँव वन रेंज के गाँवों के पास 23 हाथियों का झुंड", head
    text = _compose(herd)
    assert herd.facts[0] in plain(text), text
    _checks(text, herd)
    tiger = replace(
        herd,
        facts=(
            "रणथंभौर टाइगर रिज़र्व से निकला एक बाघ 3 नवंबर 2027 से खंडार तहसील के गांवों के आसपास देखा "
            "जा रहा है।",
            *herd.facts[1:],
        ),
    )
    assert plan_post(tiger, headline=None).headline == "सावधान! खंडार तहसील के गांवों के आसपास बाघ"
    # Not "सीमा पर 9 जंगली हाथियों का झुंड": whose border it is stays.
    border = replace(
        herd,
        facts=(
            "कुप्पम और गुडुपल्ले मंडलों की सीमा पर 9 जंगली हाथियों का झुंड देखा गया है।",
            "वन विभाग के अनुसार झुंड अगले 3 से 4 दिन इसी क्षेत्र में रह सकता है।",
        ),
    )
    head = plan_post(border, headline=None).headline
    assert head.startswith("सावधान! कुप्पम और गुडुपल्ले मंडलों की सीमा पर"), head
    # A crop is no time: "गेहूं की फसल में" stays with the rust it has.
    rust = replace(
        herd,
        facts=(
            "करनाल जिले के इंद्री और घरौंडा खंड के कुछ खेतों में गेहूं की फसल में पीला रतुआ रोग देखा गया है।",
            *herd.facts[1:],
        ),
    )
    assert "गेहूं" in plan_post(rust, headline=None).headline
    # A festival to come and a fair are wished by name, not "आप सभी को हार्दिक शुभकामनाएँ!".
    kali = Request(
        "greeting",
        "facebook",
        "celebratory",
        (
            "दीपान्विता कालीपूजा इस वर्ष 8 नवंबर 2026 को कार्तिक अमावस्या की रात मनाई जाएगी।",
            "बारासात की कालीपूजा अपने भव्य पंडालों और रोशनी के लिए पूरे बंगाल में जानी जाती है।",
        ),
        "उत्तर 24 परगना जिले के नागरिक",
    )
    assert _compose(kali).startswith("दीपान्विता कालीपूजा की हार्दिक शुभकामनाएँ!")
    renuka = replace(
        kali,
        facts=(
            "अंतरराष्ट्रीय श्री रेणुका जी मेला हर वर्ष कार्तिक शुक्ल दशमी से पूर्णिमा तक सिरमौर जिले के "
            "रेणुका जी में लगता है।",
            "मेले में आसपास के गाँवों से देवताओं की पालकियाँ पहुँचती हैं।",
        ),
        audience="सिरमौर जिले के नागरिक और श्रद्धालु",
    )
    assert _compose(renuka).startswith("अंतरराष्ट्रीय श्री रेणुका जी मेले की हार्दिक शुभकामनाएँ!")
    busu = replace(
        kali,
        facts=(
            "डिमासा समुदाय का फ़सल पर्व बुशु डिमा 27 जनवरी 2027 से मनाया जाएगा।",
            "हाफलोंग के दाओलागुपु खेल परिसर में केंद्रीय समारोह होगा।",
        ),
    )
    assert _compose(busu).startswith("बुशु डिमा की हार्दिक शुभकामनाएँ!")
    # A fair named after its date keeps its name: not "ज्येष्ठ अष्टमी की हार्दिक शुभकामनाएँ!".
    kheer = replace(
        kali,
        facts=(
            "माता खीर भवानी का मंदिर गांदरबल जिले के तुलमुल्ला गांव में है",
            "ज्येष्ठ अष्टमी को यहां खीर भवानी मेला लगता है",
        ),
    )
    assert _compose(kheer).startswith("खीर भवानी मेले की हार्दिक शुभकामनाएँ!")
    # What a scheme is ("... ऋण से जुड़ी सब्सिडी योजना है") is not its name, nor its tag.
    cmegp = Request(
        "scheme",
        "facebook",
        "respectful",
        (
            "महाराष्ट्र सरकार का मुख्यमंत्री रोज़गार सृजन कार्यक्रम (सीएमईजीपी) नए सूक्ष्म और लघु उद्योग शुरू "
            "करने के लिए बैंक ऋण से जुड़ी सब्सिडी योजना है।",
            "विनिर्माण इकाई के लिए अधिकतम परियोजना लागत ₹50 लाख और सेवा के लिए ₹20 लाख है।",
        ),
        "नाशिक जिले के युवा और नए उद्यमी",
        "इच्छुक युवा सीएमईजीपी पोर्टल पर ऑनलाइन आवेदन करें।",
    )
    plan = plan_post(cmegp, headline=None)
    assert plan.headline.startswith("मुख्यमंत्री रोज़गार सृजन कार्यक्रम (सीएमईजीपी)"), plan.headline
    # A fact that gives the name as one ("... का नाम ... है") still names it.
    assert not _not_its_name("इस योजना का नाम सुकन्या समृद्धि योजना है", "सुकन्या समृद्धि")
    assert not any("जुड़ी" in t or "अधिकतम" in t for t in plan.hashtags), plan.hashtags
    # A camp is not headed with the district of the department that holds it.
    camp = Request(
        "event",
        "whatsapp",
        "respectful",
        (
            "सुरेंद्रनगर जिला स्वास्थ्य विभाग 20 और 21 फ़रवरी 2027 को खाराघोड़ा में अगरिया नमक श्रमिकों के "
            "लिए स्वास्थ्य जाँच शिविर लगाएगा।",
            "शिविर प्राथमिक स्वास्थ्य केंद्र, खाराघोड़ा में सुबह 9 बजे से दोपहर 3 बजे तक चलेगा।",
        ),
        "पाटडी तालुका के अगरिया नमक श्रमिक और उनके परिवार",
        "अपना आधार कार्ड साथ लेकर परिवार सहित शिविर में जाँच कराएँ।",
    )
    assert "सुरेंद्रनगर" not in plan_post(camp, headline=None).headline


def test_a_fact_the_call_to_action_says_again_is_said_once_and_a_fine_is_no_money() -> None:
    # Round48's readers: "contact by 5 September" and "the 1962 line" twice in a row on X.
    court = Request(
        "event",
        "x",
        "respectful",
        (
            "राष्ट्रीय लोक अदालत 12 सितंबर 2026 को माहे न्यायालय परिसर में सुबह 10 बजे से लगेगी।",
            "लोक अदालत में निपटे मामलों में अदालत शुल्क वापस मिलता है।",
            "मामला शामिल कराने के लिए 5 सितंबर 2026 तक तालुक विधिक सेवा समिति, माहे से संपर्क करें।",
        ),
        "माहे क्षेत्र के नागरिक और वादकारी",
        "अपना मामला लोक अदालत में रखने के लिए 5 सितंबर तक तालुक विधिक सेवा समिति, माहे से संपर्क करें।",
    )
    text = _compose_x(court)
    assert text.count("तालुक विधिक सेवा समिति") == 1, text
    anthrax = Request(
        "appeal",
        "whatsapp",
        "urgent",
        (
            "कोरापुट जिले के लक्ष्मीपुर प्रखंड के 2 गाँवों में एंथ्रेक्स के 6 संदिग्ध मामले मिले हैं।",
            "मृत पशु को कम से कम 6 फ़ुट गहरे गड्ढे में चूना डालकर दफ़नाना चाहिए।",
            "पशु की अचानक मौत की सूचना पशु चिकित्सा हेल्पलाइन 1962 पर दें।",
        ),
        "कोरापुट जिले के ग्रामीण और पशुपालक",
        "मरे हुए पशु का मांस न खाएँ और पशु की अचानक मौत की सूचना 1962 पर दें।",
    )
    assert _compose(anthrax).count("1962") == 1
    # A year the ask leaves off is no figure it leaves out, but another number is: "2027" of
    # "15 मार्च 2027 तक" under "15 मार्च तक", not "₹500" of a fee the ask does not name.
    fee = replace(
        anthrax,
        facts=(
            anthrax.facts[0],
            anthrax.facts[1],
            "पशु की अचानक मौत की सूचना ₹500 शुल्क देकर पशु चिकित्सा हेल्पलाइन 1962 पर दें।",
        ),
    )
    assert "₹500" in _compose(fee)
    # And the line on a fine is a warning, not 💰.
    river = Request(
        "appeal",
        "whatsapp",
        "warm",
        (
            "उमङोट नदी अपने पारदर्शी पानी के लिए जानी जाती है।",
            "नदी में या किनारे प्लास्टिक फेंकने पर ₹5,000 तक का जुर्माना लगेगा।",
        ),
        "दावकी आने वाले पर्यटक",
        "अपना सारा कचरा वापस लाकर संग्रह केंद्र में डालें।",
    )
    line = next(x for x in _compose(river).splitlines() if "जुर्माना" in x)
    assert not line.startswith("💰"), line


def test_what_stop_43s_ten_fresh_drafts_showed_is_not_written_again() -> None:
    # "प्रधानमंत्री विश्वकर्मा योजना: सहायता" said nothing of what it gives.
    vishwakarma = Request(
        "scheme",
        "whatsapp",
        "respectful",
        (
            "प्रधानमंत्री विश्वकर्मा योजना में 18 पारंपरिक व्यवसायों के कारीगरों और शिल्पकारों को सहायता दी "
            "जाती है।",
            "पंजीकृत कारीगरों को औज़ार खरीदने के लिए ₹15,000 तक का ई-वाउचर मिलता है।",
            "प्रशिक्षण के दौरान हर दिन ₹500 का भत्ता दिया जाता है।",
        ),
        "अलवर जिले के कारीगर और शिल्पकार",
    )
    head = plan_post(vishwakarma, headline=None).headline
    assert head != "प्रधानमंत्री विश्वकर्मा योजना: सहायता", head
    # A time is no place to lead a headline: not "अगले एक सप्ताह शिमला: ...".
    cold = Request(
        "appeal",
        "instagram",
        "warm",
        (
            "मौसम विभाग के अनुसार अगले एक सप्ताह शिमला में न्यूनतम तापमान शून्य से नीचे रह सकता है।",
            "नगर निगम ने शहर में 4 रैन बसेरे खोले हैं।",
        ),
        "शिमला शहर के निवासी",
        "अपने आसपास अकेले रहने वाले बुज़ुर्गों का हालचाल लेते रहें और ज़रूरत पर 1077 पर संपर्क करें।",
    )
    assert not plan_post(cold, headline=None).headline.startswith("अगले")
    # Money given back is no warning, and "8-8 दिन" is not bolded in half.
    assert fact_emoji("रद्द ट्रेनों के टिकट का पूरा किराया वापस मिलेगा।") != "⚠️"
    assert "8-*8" not in bold_figures("नहर तीन समूहों में बारी-बारी से 8-8 दिन चलेगी।")


def test_a_described_audience_is_called_by_the_people_it_names() -> None:
    # Rounds 44-48's readers marked "no address" on posts whose readers were two long groups:
    # the writers called them by the people each group ends on, after their place.
    buffalo_race = Request(
        "event",
        "whatsapp",
        "celebratory",
        (
            "कंबाला, तटीय कर्नाटक की पारंपरिक भैंसा दौड़, 14 दिसंबर को मूडबिद्री के कडलकेरे मैदान में होगी।",
            "प्रतियोगिता सुबह 8 बजे शुरू होगी।",
        ),
        "दक्षिण कन्नड़ जिले के नागरिक और कंबाला देखने आने वाले दर्शक",
    )
    address = plan_post(buffalo_race, headline=None).address
    assert address == "दक्षिण कन्नड़ जिले के प्रिय नागरिको और दर्शको,", address
    assert address in _compose(buffalo_race)
    # Whose they are agrees with them, not with a place inside the description; a qualifier
    # list ("विधवा, निराश्रित और तलाकशुदा") is no group of its own; respect for the respectful.
    widows = Request(
        "scheme",
        "whatsapp",
        "respectful",
        ("मुख्यमंत्री सुख शिक्षा योजना में पात्र बच्चों को हर महीने ₹1,000 की सहायता दी जाती है।",),
        "मंडी जिले की विधवा, निराश्रित और तलाकशुदा महिलाएँ तथा दिव्यांग माता-पिता",
    )
    assert plan_post(widows, headline=None).address == "मंडी जिले की आदरणीय महिलाओ और माता-पिता,"
    quarry = replace(
        widows,
        audience="करौली जिले की पत्थर खदानों और पत्थर घड़ाई में काम करने वाले श्रमिक और उनके परिवार",
    )
    assert plan_post(quarry, headline=None).address == "करौली जिले के आदरणीय श्रमिको और परिवारो,"
    # Nothing for an urgent post, which heads with its warning, nor for a description that ends
    # on no word for people.
    assert plan_post(replace(buffalo_race, tone="urgent"), headline=None).address is None
    schools = replace(buffalo_race, audience="दक्षिण कन्नड़ जिले के सरकारी और निजी विद्यालय")
    assert plan_post(schools, headline=None).address is None


def test_round49s_greetings_wish_the_day_by_its_whole_name() -> None:
    def headline(*facts: str) -> str:
        req = Request("greeting", "whatsapp", "celebratory", facts, "जिले के नागरिक", None)
        return plan_post(req, headline=None).headline

    # Not the festival it is dated by: round49 wished "रंगपंचमी होली की ...".
    assert headline(
        "रंगपंचमी होली के पाँच दिन बाद चैत्र कृष्ण पंचमी को मनाई जाती है।",
        "इंदौर में रंगपंचमी पर पारंपरिक गेर निकलती है।",
    ).startswith("रंगपंचमी की हार्दिक शुभकामनाएँ")
    # A fair's name runs to the district it is held in: not "डांग की ...".
    assert headline(
        "डांग दरबार डांग जिले के मुख्यालय आहवा में हर वर्ष होली से पहले लगने वाला ऐतिहासिक लोक मेला है।",
        "मेले में आदिवासी लोकनृत्य और ढोल की प्रस्तुतियाँ होती हैं।",
    ).startswith("डांग दरबार की")
    # A day of two names is wished by both: not "रेड क्रिसेंट दिवस की ...".
    assert headline(
        "विश्व रेड क्रॉस और रेड क्रिसेंट दिवस हर वर्ष 8 मई को मनाया जाता है।",
        "जिला रेड क्रॉस सोसाइटी 8 मई को रक्तदान शिविर लगाएगी।",
    ).startswith("विश्व रेड क्रॉस और रेड क्रिसेंट दिवस की")


def test_round49s_emoji_and_tags_fit_their_lines() -> None:
    # Sweets to cut down on are no feast; a room's number is no phone.
    assert fact_emoji("टॉफ़ी, चॉकलेट और मीठे पेय कम से कम दें।") == "🍬"
    office = "संरक्षण अधिकारी का कार्यालय लघु सचिवालय के कमरा नंबर 115 में है।"
    assert fact_emoji(office) != "📞"
    # No tag of a thing the notice stops, nor of the town a body that a fact names sits in.
    air = Request(
        "local_issue",
        "facebook",
        "urgent",
        (
            "बर्नीहाट क्षेत्र में वायु गुणवत्ता सूचकांक 300 से ऊपर दर्ज हो रहा है।",
            "अगले आदेश तक स्कूलों में सुबह की प्रार्थना सभा और खेल-कूद जैसी बाहरी गतिविधियाँ बंद रहेंगी।",
        ),
        "बर्नीहाट क्षेत्र के निवासी",
        "बच्चे और बुज़ुर्ग बाहर कम निकलें।",
    )
    assert "#प्रार्थना_सभा" not in plan_post(air, headline=None).hashtags
    drill = Request(
        "appeal",
        "facebook",
        "respectful",
        (
            "तट के पास तेज़ भूकंप महसूस हो तो यह सुनामी आने का संकेत हो सकता है।",
            "भारत में सुनामी की चेतावनी भारतीय राष्ट्रीय महासागर सूचना सेवा केंद्र (इन्कॉइस), हैदराबाद"
            " जारी करता है।",
        ),
        "नागपट्टिनम के तटीय गाँवों के निवासी",
        "सुनामी आश्रय भवन का रास्ता परिवार को बताएँ।",
    )
    assert "#हैदराबाद" not in plan_post(drill, headline=None).hashtags
