"""What each conduct category means: the part of the Model Code of Conduct it touches, and the
reason a worker reads, in Hindi. One table for the rules, the classifier and the page."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Category:
    mcc: str  # the part of the Election Commission's Model Code of Conduct, in English
    hi: str  # why it cannot be published, as the studio shows it


CATEGORIES: dict[str, Category] = {
    "intimidation": Category(
        "Part I (4): intimidation of voters, a corrupt practice",
        "यह मतदाताओं को धमकाता है (लाभ, सेवा, नौकरी या सुरक्षा छीनने की धमकी); आचार संहिता "
        "में यह भ्रष्ट आचरण है।",
    ),
    "hate": Category(
        "Part I (1): activity that creates hatred between religious, regional or linguistic groups",
        "यह किसी धर्म, क्षेत्र या भाषा के लोगों के ख़िलाफ़ नफ़रत फैलाता है (अपमान, भगाने या "
        "बहिष्कार की बात); आचार संहिता इसकी अनुमति नहीं देती।",
    ),
    "caste_hostility": Category(
        "Part I (1): activity that creates hatred between castes",
        "यह पूरी जाति को दोषी ठहराकर बदले या बहिष्कार को उकसाता है; आचार संहिता इसकी अनुमति नहीं देती।",
    ),
    "incitement": Category(
        "Part I (1) and (4): inciting violence, a breach of the peace during the election",
        "यह हिंसा के लिए उकसाता है (हथियार लेकर जाना, मारपीट, आगज़नी, बूथ पर कब्ज़ा); इसे कभी प्रकाशित न करें।",
    ),
    "personal_attack": Category(
        "Part I (2): criticism of private life not connected with public activities",
        "यह किसी के निजी जीवन पर हमला है; आचार संहिता केवल कामों और नीतियों की आलोचना की अनुमति देती है।",
    ),
    "unverified_allegation": Category(
        "Part I (2): criticism based on unverified allegations or distortion",
        "यह बिना स्रोत का आरोप है; अदालत, कैग, आरटीआई या एफ़आईआर का हवाला दें, या इसे हटाएँ।",
    ),
    "caste_appeal": Category(
        "Part I (3): appeal to caste feelings for votes",
        "यह जाति के नाम पर वोट माँगता है; आचार संहिता इसकी अनुमति नहीं देती।",
    ),
    "religious_appeal": Category(
        "Part I (3): appeal to religious or communal feelings for votes",
        "यह धर्म के नाम पर वोट माँगता है; आचार संहिता इसकी अनुमति नहीं देती।",
    ),
    "place_of_worship": Category(
        "Part I (3): places of worship used for election propaganda",
        "यह पूजा-स्थल या धार्मिक आयोजन को चुनाव प्रचार के लिए इस्तेमाल करता है; आचार संहिता "
        "इसकी अनुमति नहीं देती।",
    ),
    "bribery": Category(
        "Part I (4): bribing voters, a corrupt practice",
        "यह वोट के बदले पैसे, शराब या उपहार का लालच देता है; आचार संहिता में यह भ्रष्ट आचरण है।",
    ),
    "scheme_misuse": Category(
        "Part VII: official position or government schemes used for the party's campaign",
        "यह सरकारी योजना या पद को वोट के लिए इस्तेमाल करता है; योजना का लाभ सबका हक़ है, "
        "किसी दल के वोट का इनाम नहीं।",
    ),
}


def reason_hi(category: str) -> str:
    return CATEGORIES[category].hi
