"""The audience in the oblique plural, as a post addresses it."""

from __future__ import annotations

import pytest

from service.plural import oblique_plural, vocative


@pytest.mark.parametrize(
    ("label", "said"),
    [
        ("राशन कार्डधारक परिवार", "राशन कार्डधारक परिवारों"),
        ("किसान भाई-बहन", "किसान भाई-बहनों"),
        ("छात्राएँ और कामकाजी महिलाएँ", "छात्राओं और कामकाजी महिलाओं"),
        ("बुज़ुर्ग और उनके परिवार", "बुज़ुर्गों और उनके परिवारों"),
        ("कक्षा 10 और 12 के विद्यार्थी", "कक्षा 10 और 12 के विद्यार्थियों"),
        ("गाँव की स्वयं सहायता समूह की महिलाएँ", "गाँव की स्वयं सहायता समूह की महिलाओं"),
        ("सेवानिवृत्त कर्मचारी और पारिवारिक पेंशनभोगी", "सेवानिवृत्त कर्मचारियों और पारिवारिक पेंशनभोगियों"),
        ("मतदाता", "मतदाताओं"),
        ("बच्चे", "बच्चों"),
        ("लड़कियाँ", "लड़कियों"),
        ("नवजात शिशुओं के माता-पिता", "नवजात शिशुओं के माता-पिता"),
        # Both halves of a pair typed plural (round7: "गाँव की माताएँ-बहनों" was refused).
        ("गाँव की माताएँ-बहनें", "गाँव की माताओं-बहनों"),
        # One word before "और" that qualifies the next conjunct's noun stays as typed (round7:
        # "इंटरों और स्नातक पास छात्राओं"); a noun for people does not.
        ("इंटर और स्नातक पास छात्राएँ", "इंटर और स्नातक पास छात्राओं"),
        ("दोपहिया और चारपहिया चालक", "दोपहिया और चारपहिया चालकों"),
        ("आशा और आंगनबाड़ी कार्यकर्ता", "आशा और आंगनबाड़ी कार्यकर्ताओं"),
        ("किसान और खेतिहर मज़दूर", "किसानों और खेतिहर मज़दूरों"),
        ("किसान और मज़दूर", "किसानों और मज़दूरों"),
        # People and their surroundings' people, not a place and its surroundings (round12).
        ("वाहन चालक और आसपास के गाँवों के लोग", "वाहन चालकों और आसपास के गाँवों के लोगों"),
        ("सिकंदरपुर और आसपास के ग्रामीण", "सिकंदरपुर और आसपास के ग्रामीणों"),
        # "... वाले" ending a conjunct are people (round36: "ठेले वाले और ग्राहकों").
        ("खाद्य विक्रेता, ठेले वाले और ग्राहक", "खाद्य विक्रेताओं, ठेले वालों और ग्राहकों"),
        ("खिलाड़ी और सुबह टहलने वाले", "खिलाड़ियों और सुबह टहलने वालों"),
        ("आने वाले यात्री", "आने वाले यात्रियों"),
        # A craft its makers are named by (round39: "कालीनों और हस्तशिल्प कारीगरों").
        ("भदोही जिले के कालीन और हस्तशिल्प कारीगर", "भदोही जिले के कालीन और हस्तशिल्प कारीगरों"),
        # An initialism stays as it is (round42: "एफपीओों").
        ("मयूरभंज जिले के किसान और एफपीओ", "मयूरभंज जिले के किसानों और एफपीओ"),
        # A bracket that says which place is left out (round41: the fair went unaddressed).
        ("बिलासपुर जिले (हिमाचल प्रदेश) के निवासी और पशुपालक", "बिलासपुर जिले के निवासियों और पशुपालकों"),
        # Vehicles, and two towns, their people are named by (round40: "दोपहियाओं", "वेरावलों").
        ("कटक जिले के दोपहिया और चारपहिया वाहन मालिक", "कटक जिले के दोपहिया और चारपहिया वाहन मालिकों"),
        (
            "गिर सोमनाथ जिले के वेरावल और सूत्रापाड़ा के मछुआरे",
            "गिर सोमनाथ जिले के वेरावल और सूत्रापाड़ा के मछुआरों",
        ),
        ("दीक्षाभूमि आने वाले अनुयायी और नागपुर के नागरिक", "दीक्षाभूमि आने वाले अनुयायियों और नागपुर के नागरिकों"),
    ],
)
def test_each_conjunct_ends_on_its_oblique_plural(label: str, said: str) -> None:
    assert oblique_plural(label) == said


@pytest.mark.parametrize("label", ["हर किसान", "PM किसान लाभार्थी", "18 से 40 वर्ष के", ""])
def test_a_label_that_cannot_be_said_so_is_left_alone(label: str) -> None:
    assert oblique_plural(label) is None


def test_a_place_in_the_label_stays_a_place() -> None:
    assert oblique_plural("सिकंदरपुर और आसपास के ग्रामीण") == "सिकंदरपुर और आसपास के ग्रामीणों"


def test_a_list_with_commas_is_a_series_of_nouns() -> None:
    # Round9 refused "आदरणीय दुकानदारों, कारीगर और छोटे उद्यमियों".
    assert oblique_plural("दुकानदार, कारीगर और छोटे उद्यमी") == "दुकानदारों, कारीगरों और छोटे उद्यमियों"
    assert oblique_plural("इंटर और स्नातक पास छात्राएँ") == "इंटर और स्नातक पास छात्राओं"


def test_an_institution_before_a_comma_is_not_made_plural() -> None:
    # Round16 read "सदर अस्पतालों, सासाराम आने वाले मरीज़ों" for a hospital and its town.
    assert (
        oblique_plural("सदर अस्पताल, सासाराम आने वाले मरीज़ और परिजन")
        == "सदर अस्पताल, सासाराम आने वाले मरीज़ों और परिजनों"
    )
    assert oblique_plural("दुकानदार, कारीगर और छोटे उद्यमी") == "दुकानदारों, कारीगरों और छोटे उद्यमियों"


def test_pilgrims_and_tourists_before_and_are_people_and_a_sangat_stays_one() -> None:
    # Round13 and round21's greetings: "श्रद्धालु और घाटों पर आने वाले परिवारों को बधाई" read
    # pilgrims as a word qualifying the families; a sangat is one body, never "संगतों".
    assert oblique_plural("श्रद्धालु और घाटों पर आने वाले परिवार") == "श्रद्धालुओं और घाटों पर आने वाले परिवारों"
    assert oblique_plural("पर्यटक और स्थानीय परिवार") == "पर्यटकों और स्थानीय परिवारों"
    assert oblique_plural("अमृतसर जिले की संगत और सभी नागरिक") == "अमृतसर जिले की संगत और सभी नागरिकों"
    assert oblique_plural("मथुरा जनपद और ब्रज क्षेत्र के श्रद्धालु") == "मथुरा जनपद और ब्रज क्षेत्र के श्रद्धालुओं"
    # An adjective before "और" still qualifies: "ग्रामीण और शहरी परिवार".
    assert oblique_plural("ग्रामीण और शहरी परिवार") == "ग्रामीण और शहरी परिवारों"


def test_two_places_a_span_runs_between_are_not_people() -> None:
    # Round24 read "फोर्ट कोच्चियों और वाइपिन के बीच आने-जाने वाले यात्रियों".
    assert (
        oblique_plural("फोर्ट कोच्चि और वाइपिन के बीच आने-जाने वाले यात्री")
        == "फोर्ट कोच्चि और वाइपिन के बीच आने-जाने वाले यात्रियों"
    )
    assert oblique_plural("किसान और मज़दूर") == "किसानों और मज़दूरों"


def test_a_community_stays_one_and_its_genitive_and_a_named_district_are_said_as_one() -> None:
    # Round25: "वलसाड जिले का पारसी समुदायों और सभी नागरिकों को बधाई", "तवांग जिलों और ...".
    assert (
        oblique_plural("वलसाड जिले का पारसी समुदाय और सभी नागरिक")
        == "वलसाड जिले के पारसी समुदाय और सभी नागरिकों"
    )
    assert (
        oblique_plural("तवांग जिले और सेला दर्रे पर आने वाले पर्यटक")
        == "तवांग जिले और सेला दर्रे पर आने वाले पर्यटकों"
    )
    # The genitive of a verb's object stays: "सड़कों का उपयोग करने वाले".
    assert (
        oblique_plural("ग्रामीण सड़कों का उपयोग करने वाले ग्रामवासी")
        == "ग्रामीण सड़कों का उपयोग करने वाले ग्रामवासियों"
    )


def test_a_place_no_lexicon_knows_is_not_made_plural_before_its_area() -> None:
    # Round27 headed a post "पणजी के सांता क्रूज़ों और सेंट इनेज़ क्षेत्र के निवासियों ...".
    assert oblique_plural("पणजी के सांता क्रूज़ और सेंट इनेज़ क्षेत्र के निवासी") == (
        "पणजी के सांता क्रूज़ और सेंट इनेज़ क्षेत्र के निवासियों"
    )
    # People before a place's people still are: "अनुयायियों और नागपुर के नागरिकों".
    assert oblique_plural("दीक्षाभूमि आने वाले अनुयायी और नागपुर के नागरिक") == (
        "दीक्षाभूमि आने वाले अनुयायियों और नागपुर के नागरिकों"
    )


def test_keepers_of_two_animals_are_one_plural() -> None:
    # Round29: "बांका जिले के बकरियों और भेड़ पालकों के लिए" read as addressed to goats.
    assert oblique_plural("बांका जिले के बकरी और भेड़ पालक") == "बांका जिले के बकरी और भेड़ पालकों"
    # People after a genitive are still each made plural.
    assert oblique_plural("गांव के किसान और मज़दूर") == "गांव के किसानों और मज़दूरों"


def test_names_of_places_a_list_says_are_districts_stay_names() -> None:
    # Round29: "शिमला, किन्नौरों और कुल्लू जिलों के लोगों".
    assert oblique_plural("शिमला, किन्नौर और कुल्लू जिलों के लोग") == ("शिमला, किन्नौर और कुल्लू जिलों के लोगों")


@pytest.mark.parametrize(
    ("audience", "oblique"),
    [
        # Round30: "कराईकलों, माहों", "डाकों और बचत खाता उपभोक्ताओं", "इंजीनियरिंगों".
        ("पुडुचेरी, कराईकल, माहे और यानम के नागरिक", "पुडुचेरी, कराईकल, माहे और यानम के नागरिकों"),
        ("रायगढ़ डाक संभाग के डाक और बचत खाता उपभोक्ता", "रायगढ़ डाक संभाग के डाक और बचत खाता उपभोक्ताओं"),
        (
            "चेन्नई के इंजीनियरिंग और विज्ञान के अंतिम वर्ष के विद्यार्थी",
            "चेन्नई के इंजीनियरिंग और विज्ञान के अंतिम वर्ष के विद्यार्थियों",
        ),
        # A list of readers is still each made plural.
        ("किसान, मज़दूर और कारीगर", "किसानों, मज़दूरों और कारीगरों"),
    ],
)
def test_names_services_and_fields_are_not_made_plural(audience: str, oblique: str) -> None:
    assert oblique_plural(audience) == oblique


def test_goods_sold_and_a_named_town_before_islands_are_not_made_plural() -> None:
    # Round31: "मडगांव के सब्जियों और फल विक्रेताओं", "श्री विजयपुरमों और अंडमान-निकोबार ...".
    assert oblique_plural("मडगांव के सब्जी और फल विक्रेता तथा खरीदार") == (
        "मडगांव के सब्जी और फल विक्रेताओं तथा खरीदारों"
    )
    assert oblique_plural("श्री विजयपुरम और अंडमान-निकोबार द्वीप समूह के नागरिक") == (
        "श्री विजयपुरम और अंडमान-निकोबार द्वीप समूह के नागरिकों"
    )
    assert oblique_plural("किसान और मज़दूर") == "किसानों और मज़दूरों"


def test_a_comma_list_of_vehicles_their_owners_are_named_by_is_not_made_plural() -> None:
    # Round32: "निजी कारों, जीपों और वैन मालिकों" read as cars, jeeps and van owners.
    assert oblique_plural("जम्मू जिले के निजी कार, जीप और वैन मालिक") == (
        "जम्मू जिले के निजी कार, जीप और वैन मालिकों"
    )
    assert oblique_plural("बस, ट्रक और टैक्सी चालक") == "बस, ट्रक और टैक्सी चालकों"
    # A list of people stays plural, and so do vehicles with no one after them.
    assert oblique_plural("दुकानदार, कारीगर और छोटे उद्यमी") == "दुकानदारों, कारीगरों और छोटे उद्यमियों"
    assert oblique_plural("कार, जीप और वैन") == "कारों, जीपों और वैनों"


def test_homes_their_buyers_are_named_by_are_not_made_plural() -> None:
    # Round33: "पटना जिले के फ्लैटों और प्लॉट खरीदारों".
    assert oblique_plural("पटना जिले के फ्लैट और प्लॉट खरीदार") == "पटना जिले के फ्लैट और प्लॉट खरीदारों"


def test_kinds_of_college_and_of_enterprise_are_not_made_plural() -> None:
    # Round34: "कॉलेजों और पॉलिटेक्निक विद्यार्थियों", "सूक्ष्मों और लघु वस्त्र उद्यमियों".
    assert oblique_plural("कोयंबटूर जिले के कॉलेज और पॉलिटेक्निक विद्यार्थी") == (
        "कोयंबटूर जिले के कॉलेज और पॉलिटेक्निक विद्यार्थियों"
    )
    assert oblique_plural("इचलकरंजी के सूक्ष्म और लघु वस्त्र उद्यमी") == (
        "इचलकरंजी के सूक्ष्म और लघु वस्त्र उद्यमियों"
    )


def test_kinds_of_holding_a_list_of_readers_shares_its_noun_with_are_not_made_plural() -> None:
    # Stop 34's ten-draft read: "गोंडा जिले के भूमिहीनों और सीमांत किसानों"; round34:
    # "वायनाड जिले के बेघरों और भूमिहीन परिवारों".
    assert oblique_plural("गोंडा जिले के भूमिहीन और सीमांत किसान") == (
        "गोंडा जिले के भूमिहीन और सीमांत किसानों"
    )
    assert oblique_plural("वायनाड जिले के बेघर और भूमिहीन परिवार") == (
        "वायनाड जिले के बेघर और भूमिहीन परिवारों"
    )
    assert oblique_plural("बांका जिले के छोटे और सीमांत किसान") == "बांका जिले के छोटे और सीमांत किसानों"


@pytest.mark.parametrize(
    ("address", "called"),
    [
        # Round41's readers: "'प्रिय निवासियों और श्रद्धालुओं,' (should be 'निवासियो ... श्रद्धालुओ')".
        ("प्रिय निवासियों और श्रद्धालुओं,", "प्रिय निवासियो और श्रद्धालुओ,"),
        ("प्रिय माताओं, गर्भवती महिलाओं और किशोरियों,", "प्रिय माताओ, गर्भवती महिलाओ और किशोरियो,"),
        # Whose they are stays oblique.
        ("आसपास के गाँवों के प्रिय लोगों,", "आसपास के गाँवों के प्रिय लोगो,"),
        # A line that does not call them is no vocative.
        ("किसानों के लिए ज़रूरी जानकारी 🙏", "किसानों के लिए ज़रूरी जानकारी 🙏"),
    ],
)
def test_an_address_that_calls_its_readers_is_in_the_vocative(address: str, called: str) -> None:
    assert vocative(address) == called


def test_a_list_of_places_or_a_shrine_and_its_town_is_not_made_plural() -> None:
    # Round44: "दार्जिलिंगों, घूमों और कर्सियांग के निवासियों" ("घूम" is a word, too) and
    # "माताबाड़ियों, उदयपुर आने वाले श्रद्धालुओं".
    assert oblique_plural("दार्जिलिंग, घूम और कर्सियांग के निवासी, वाहन चालक और पर्यटक") == (
        "दार्जिलिंग, घूम और कर्सियांग के निवासियों, वाहन चालकों और पर्यटकों"
    )
    assert oblique_plural("माताबाड़ी, उदयपुर आने वाले श्रद्धालु") == ("माताबाड़ी, उदयपुर आने वाले श्रद्धालुओं")
    # But fishers are people, not what the residents are named by.
    assert oblique_plural("कराईकल जिले के मछुआरे और तटीय गाँवों के निवासी") == (
        "कराईकल जिले के मछुआरों और तटीय गाँवों के निवासियों"
    )
    # And a list of people stays a list of people.
    assert oblique_plural("किसान, पशुपालक और मछली पालक") == "किसानों, पशुपालकों और मछली पालकों"


def test_initialisms_and_a_kind_of_household_are_not_made_plural() -> None:
    # Round45: "एनएसएसों, एनसीसियों" and "अंत्योदयों और बीपीएल परिवारों".
    assert oblique_plural("पूर्वी गोदावरी जिले के एनएसएस, एनसीसी और स्वयंसेवी युवा") == (
        "पूर्वी गोदावरी जिले के एनएसएस, एनसीसी और स्वयंसेवी युवाओं"
    )
    assert oblique_plural("भिवानी जिले की अंत्योदय और बीपीएल परिवारों की गृहिणियाँ") == (
        "भिवानी जिले की अंत्योदय और बीपीएल परिवारों की गृहिणियों"
    )


def test_a_long_audience_of_two_groups_of_people_is_said_group_by_group() -> None:
    # Round47's gibbon appeal went unaddressed for its eleven words.
    both = "जोरहाट जिले के निवासी और होलोंगापार गिब्बन अभयारण्य आने वाले पर्यटक"
    assert oblique_plural(both) == (
        "जोरहाट जिले के निवासियों और होलोंगापार गिब्बन अभयारण्य आने वाले पर्यटकों"
    )
    # Nothing else that long: not a span of years before its people ("60 वर्षों"), nor a
    # place before its "और".
    for label in (
        "भागलपुर जिले के 60 वर्ष और उससे अधिक आयु के वरिष्ठ नागरिक",
        "प्रयागराज में प्लॉट या मकान खरीदने की योजना बना रहे नागरिक",
        "लक्षद्वीप के अगत्ती और बंगाराम आने वाले पर्यटक, नाविक और स्थानीय निवासी",
    ):
        assert oblique_plural(label) is None, label
