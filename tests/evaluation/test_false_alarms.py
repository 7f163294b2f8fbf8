"""Texts the data writers found flagged wrongly: each stays clean, its near miss stays flagged."""

from __future__ import annotations

import pytest

from evaluation.conduct import check_conduct
from evaluation.fit import check_fit
from evaluation.grounding import check_grounding
from evaluation.names import find_names
from evaluation.register import check_register


@pytest.mark.parametrize(
    ("clean", "flagged"),
    [
        ("समाज से ऊँच-नीच का भेद मिटाएँ।", "वह आदमी नीच है।"),
    ],
)
def test_register_set_phrases_are_not_insults(clean: str, flagged: str) -> None:
    assert check_register(clean).passed
    assert [i.category for i in check_register(flagged).issues] == ["insult"]


@pytest.mark.parametrize(
    ("clean", "flagged"),
    [
        (
            "मतदान केंद्र के अंदर मोबाइल फ़ोन ले जाना मना है, कृपया घर पर छोड़कर आएँ।",
            "वोट हमें दो, हर घर में मोबाइल फ़ोन बाँटे जाएँगे।",
        ),
        (
            "पैसे लेकर वोट देना और पैसे देकर वोट लेना, दोनों ही अपराध हैं।",
            "वोट के बदले पैसे मिलेंगे, बूथ पर आ जाना।",
        ),
        # Round13: a weavers' fair, its sarees beside "स्टॉल मुफ़्त मिलेगा", was a "bribe".
        (
            "बुनकर अपनी साड़ियाँ और कपड़े सीधे व्यापारियों को बेच सकेंगे। भाग लेने वाले बुनकरों को स्टॉल मुफ़्त मिलेगा।",
            "बुनकर भाइयों, साड़ियाँ मुफ़्त मिलेंगी, बस इस बार हमारे उम्मीदवार को वोट देना।",
        ),
    ],
)
def test_bribery_rules_and_awareness_are_not_bribes(clean: str, flagged: str) -> None:
    assert check_conduct(clean).passed
    assert check_conduct(flagged).details["categories"] == ["bribery"]


def test_everyday_words_before_mohalla_are_not_place_names() -> None:
    text = "पूरा मोहल्ला साफ़ रखें, ये बुज़ुर्ग हमारी शान हैं।"
    assert check_grounding(text, ["साफ़-सफ़ाई अभियान"]).passed
    named = check_grounding("शास्त्री मोहल्ला साफ़ रखें।", ["साफ़-सफ़ाई अभियान"])
    assert [i.span for i in named.issues] == ["शास्त्री मोहल्ला"]


def test_how_the_vvpat_slip_works_is_not_campaigning() -> None:
    # Round13: a voter-education post on the VVPAT slip was flagged as campaigning from a
    # place of worship (model score 0.83 then).
    vvpat = (
        "वोट डालने के बाद वीवीपैट मशीन की खिड़की में एक पर्ची दिखती है। पर्ची पर उम्मीदवार की"
        " क्रम संख्या, नाम और चुनाव चिह्न छपे होते हैं। पर्ची 7 सेकंड तक दिखती है और फिर अपने"
        " आप सीलबंद बॉक्स में गिर जाती है।"
    )
    assert check_conduct(vvpat).passed
    bribe = "वोट डालने के बाद वीवीपैट की पर्ची का फ़ोटो दिखाओ और बूथ के बाहर ₹500 ले जाओ।"
    assert not check_conduct(bribe).passed


def test_a_threat_a_fraud_advisory_reports_is_not_intimidation() -> None:
    # Round18: a sextortion appeal was flagged "'धमकी' threatens voters over how they vote"
    # (its "उनकी माँग" read as a candidate's).
    advisory = (
        "अनजान नंबर से आई वीडियो कॉल रिकॉर्ड कर ठग लोगों को ब्लैकमेल कर रहे हैं। ठग अश्लील वीडियो"
        " वायरल करने की धमकी देकर पैसे माँगते हैं। ठगों को पैसे देने से उनकी माँग बंद नहीं होती।"
    )
    assert check_conduct(advisory).passed
    # A threat over a vote stays one, fraud words beside it or not.
    for threat in (
        "उम्मीदवार को वोट नहीं दिया तो नतीजा भुगतना पड़ेगा, उनकी धमकी याद रखना।",
        "साइबर ठगों से बचें, वोट नहीं दिया तो राशन कार्ड रद्द कर देंगे।",
    ):
        assert check_conduct(threat).details["categories"] == ["intimidation"], threat


def test_a_word_that_names_a_thing_is_no_insult_where_the_request_says_it() -> None:
    # A round28 writer dropped Bhikhari Thakur's jayanti and a glanders notice's donkeys: the
    # register check read both names as insults.
    post = "लोक कलाकार भिखारी ठाकुर की जयंती पर सादर नमन। घोड़ों और गधों की जाँच होगी।"
    sources = ["भिखारी ठाकुर की जयंती 18 दिसंबर को है।", "घोड़ों और गधों की जाँच होगी।"]
    assert check_register(post, "respectful", sources).passed
    # The same words the request never used are still refused, as is any other insult.
    assert [i.span for i in check_register(post, "respectful").issues] == ["भिखारी", "गधों"]
    assert not check_register("ये लोग नालायक हैं", "respectful", ["ये लोग नालायक हैं"]).passed


def test_a_titled_persons_day_is_not_read_as_part_of_the_name() -> None:
    # Round29: "डॉ. विक्रम साराभाई जयंती की हार्दिक शुभकामनाएँ!" over a fact naming "डॉ. विक्रम
    # साराभाई" failed grounding ("names a person that no fact mentions").
    spans = [n.span for n in find_names("डॉ. विक्रम साराभाई जयंती की हार्दिक शुभकामनाएँ!")]
    assert spans == ["विक्रम साराभाई"]
    assert [n.span for n in find_names("श्री राम प्रसाद बिस्मिल को नमन")] == ["राम प्रसाद बिस्मिल"]


def test_a_call_to_action_that_asks_what_a_fact_explains_is_no_repeat() -> None:
    # Round31: the composer's first draft failed its own fit check ("this says again what an
    # earlier sentence said") for carrying the request's call to action after the fact that
    # gives its reason; readers published it. Both lines are the request's.
    facts = [
        "दीमापुर जिला खाद्य सुरक्षा कार्यालय ने इस्तेमाल हुआ तेल जमा करने के लिए 3 संग्रह केंद्र बनाए हैं।",
        "इस्तेमाल हुआ तेल नाली में डालने से नालियां जाम होती हैं।",
    ]
    cta = "इस्तेमाल हुआ तेल नाली में न डालें, उसे संग्रह केंद्र पर जमा करें"
    post = f"दीमापुर के होटलों और घरों से एक अपील 🙏\n\n🔹 {facts[0]}\n🔹 {facts[1]}\n\n👉 {cta}।"
    assert check_fit(post, facts=facts, kind="appeal", call_to_action=cta).passed
    # A place a fact gives, asked about again by the request's own call to action.
    facts = ["डाक अदालत 25 जून को सुबह 11 बजे डाक अधीक्षक कार्यालय, रायगढ़ में होगी।"]
    cta = "अपनी शिकायत 10 जून तक डाक अधीक्षक कार्यालय, रायगढ़ को भेज दें"
    post = f"डाक अदालत: 25 जून 📢\n\n⏰ सुबह 11 बजे\n📍 डाक अधीक्षक कार्यालय, रायगढ़\n\n👉 {cta}।"
    assert check_fit(post, facts=facts, kind="event", call_to_action=cta).passed
    # A fact the post says twice is still a repeat, and so is a call to action no request gave.
    twice = f"🔹 {facts[0]}\n🔹 {facts[0]}"
    assert [i.category for i in check_fit(twice, facts=facts, kind="event").issues] == [
        "repeated_line"
    ]
    assert [i.category for i in check_fit(post, facts=facts, kind="event").issues] == [
        "repeated_line"
    ]
