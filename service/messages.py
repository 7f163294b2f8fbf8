"""Hindi words for every error code, in one place, so wording can change without breaking the page.

Every error body carries a stable ``code`` (and each 422 entry a ``type``) that the studio may
match on; the sentence shown to a person is ``message_hi``, made here from ``MESSAGES_HI``.

A text may name ``{placeholders}`` filled from the error's params. A code maps to one text, or to
several tried in order: the first whose placeholders are all known is used, so an error raised
without figures still gets a sentence. ``"code:field"`` words a code for one field ("facts",
"variants"); the field is its first name (``facts[2]`` and ``facts`` are both "facts").
"""

from __future__ import annotations

import logging
import re
from collections.abc import Mapping

log = logging.getLogger("sandesh")

GENERIC_HI = "अनुरोध में कुछ ठीक नहीं है। उसे जाँचकर फिर से भेजें।"
_ASK_ADMIN = "कृपया सर्वर चलाने वाले व्यक्ति को बताएँ।"
_RELOAD = "पेज दोबारा लोड करके फिर कोशिश करें।"

MESSAGES_HI: dict[str, str | tuple[str, ...]] = {
    # --- whole-request errors: the top-level ``code`` -----------------------------------------
    "invalid_input": "अनुरोध की कुछ बातें ठीक नहीं हैं। नीचे बताई गई बातें सुधारकर फिर से भेजें।",
    "body_too_large": "अनुरोध बहुत बड़ा है। कम या छोटे तथ्य भेजें, या छोटी तस्वीर लगाएँ।",
    "not_found": "जो आपने माँगा, वह यहाँ नहीं मिला। पता जाँचकर फिर कोशिश करें।",
    "method_not_allowed": f"यह काम इस पते पर इस तरह नहीं होता। {_RELOAD}",
    "unsupported_media_type": f"अनुरोध सही रूप में नहीं भेजा गया। {_RELOAD}",
    "model_loading": "मॉडल अभी तैयार हो रहा है। लगभग एक मिनट बाद फिर कोशिश करें।",
    "model_failed": f"मॉडल शुरू नहीं हो पाया, इसलिए अभी मसौदे नहीं बन सकते। {_ASK_ADMIN}",
    "busy": "सर्वर अभी दूसरे अनुरोधों में लगा है। कुछ सेकंड रुककर फिर कोशिश करें।",
    "timeout": ("मसौदे बनाने में तय समय से ज़्यादा लग गया। कम मसौदे माँगें या थोड़ी देर बाद फिर कोशिश करें।"),
    "model_server_failed": (
        "मॉडल सर्वर से सही जवाब नहीं मिला। थोड़ी देर बाद फिर कोशिश करें; "
        f"बार-बार ऐसा हो तो {_ASK_ADMIN.removeprefix('कृपया ')}"
    ),
    "storage_failed": (
        "नतीजा सहेजा नहीं जा सका, क्योंकि सर्वर की डिस्क भरी है या डेटाबेस अभी जवाब नहीं दे रहा। "
        "थोड़ी देर बाद फिर कोशिश करें; बार-बार ऐसा हो तो सर्वर चलाने वाले व्यक्ति को बताएँ।"
    ),
    "auth_required": "इस सर्वर पर काम करने के लिए एक्सेस कुंजी चाहिए। अपने एडमिन से मिली कुंजी डालें।",
    "invalid_key": (
        "यह कुंजी यहाँ मान्य नहीं है: शायद गलत लिखी गई है, रद्द कर दी गई है या उसकी अवधि खत्म हो गई है। "
        "अपने एडमिन से नई कुंजी लें।"
    ),
    "role_forbidden": (
        "आपकी भूमिका ({role_hi}) में यह काम नहीं होता। इसके लिए इनमें से कोई भूमिका चाहिए: {needed_hi}।"
    ),
    "rate_limited": "आपने एक मिनट में बहुत ज़्यादा अनुरोध भेजे हैं। {seconds} सेकंड रुककर फिर कोशिश करें।",
    "state_conflict": "यह रिकॉर्ड अभी “{state_hi}” स्थिति में है, इसलिए यह निशान नहीं लगाया जा सकता।",
    "posters_unavailable": (
        "इस सर्वर पर अभी पोस्टर नहीं बन सकते, क्योंकि हिंदी अक्षरों को जोड़कर लिखने वाला हिस्सा "
        f"नहीं लगा है। {_ASK_ADMIN}"
    ),
    "host_not_allowed": (
        "यह सर्वर इस पते से खोलने के लिए तय नहीं है। वही पता इस्तेमाल करें जो सर्वर चलाने वाले व्यक्ति ने दिया है।"
    ),
    "cross_origin": (
        "यह अनुरोध किसी दूसरी वेबसाइट से आया था, इसलिए रोक दिया गया। संदेश का पेज सीधे खोलें और वहीं से काम करें।"
    ),
    "internal_error": (
        "सर्वर में कोई अनचाही गड़बड़ी हुई। फिर कोशिश करें; बार-बार ऐसा हो तो सर्वर चलाने वाले व्यक्ति को बताएँ।"
    ),
    # --- one field of a 422: the entry's ``type`` ---------------------------------------------
    # The request body itself.
    "json_invalid": (
        f"अनुरोध पढ़ा नहीं जा सका: पंक्ति {{line}} में {{column}}वें अक्षर के पास उसकी बनावट टूटी "
        f"हुई है। {_RELOAD}",
        f"अनुरोध पढ़ा नहीं जा सका, उसकी बनावट टूटी हुई है। {_RELOAD}",
    ),
    "body_not_utf8": (
        "अनुरोध में कुछ अक्षर ऐसे हैं जो पढ़े नहीं जा सके। पाठ दोबारा टाइप करके या चिपकाकर फिर भेजें।"
    ),
    "json_too_deep": (
        f"अनुरोध में सूचियाँ एक-दूसरे के भीतर इतनी गहराई तक रखी हैं कि उसे पढ़ा नहीं जा सकता। {_RELOAD}"
    ),
    "body_unreadable": f"अनुरोध पढ़ा नहीं जा सका। {_RELOAD}",
    # Pydantic's own types, with the figures of its ``ctx``.
    "missing": "यह जानकारी देना ज़रूरी है।",
    "missing:facts": "कम से कम एक तथ्य लिखें।",
    "missing:text": "जाँचने के लिए पाठ लिखें।",
    "missing:title": "पोस्टर का शीर्षक लिखें।",
    "extra_forbidden": f"यह खाना इस अनुरोध में नहीं होता, इसलिए इसे हटा दें। {_RELOAD}",
    "string_type": "यहाँ लिखा हुआ पाठ होना चाहिए।",
    "string_unicode": "इस पाठ के कुछ अक्षर पढ़े नहीं जा सके। इसे दोबारा टाइप करें।",
    "int_type": "यहाँ एक पूरी संख्या होनी चाहिए, जैसे 3।",
    "int_parsing": "यहाँ एक पूरी संख्या होनी चाहिए, जैसे 3।",
    "int_from_float": "यहाँ दशमलव के बिना पूरी संख्या होनी चाहिए, जैसे 3।",
    "bool_type": "यहाँ केवल हाँ या ना चुना जा सकता है।",
    "bool_parsing": "यहाँ केवल हाँ या ना (true या false) लिखा जा सकता है।",
    "list_type": "यहाँ एक सूची होनी चाहिए, जैसे तथ्यों की सूची।",
    "dict_type": f"यहाँ खानों वाला पूरा विवरण होना चाहिए। {_RELOAD}",
    "model_type": f"यहाँ खानों वाला पूरा विवरण होना चाहिए। {_RELOAD}",
    "model_attributes_type": f"अनुरोध की बनावट ठीक नहीं है। {_RELOAD}",
    "literal_error": "यह विकल्प मान्य नहीं है। दिए गए विकल्पों में से ही कोई चुनें।",
    "enum": "यह विकल्प मान्य नहीं है। दिए गए विकल्पों में से ही कोई चुनें।",
    "too_short": (
        "यहाँ कम से कम {min_length} चीज़ें होनी चाहिए; अभी {actual_length} हैं।",
        "यहाँ कुछ और चीज़ें होनी चाहिए।",
    ),
    "too_short:facts": "कम से कम एक तथ्य लिखें।",
    "too_long": (
        "यहाँ ज़्यादा से ज़्यादा {max_length} चीज़ें हो सकती हैं; अभी {actual_length} हैं। कुछ हटाएँ।",
        "यहाँ चीज़ें बहुत ज़्यादा हैं; कुछ हटाएँ।",
    ),
    "too_long:facts": (
        "ज़्यादा से ज़्यादा {max_length} तथ्य दिए जा सकते हैं; अभी {actual_length} हैं। कुछ तथ्य हटाएँ।",
        "तथ्य बहुत ज़्यादा हैं; कुछ तथ्य हटाएँ।",
    ),
    "too_long:lines": (
        "पोस्टर पर ज़्यादा से ज़्यादा {max_length} पंक्तियाँ आ सकती हैं; अभी {actual_length} हैं। "
        "कुछ पंक्तियाँ हटाएँ।",
        "पोस्टर पर पंक्तियाँ बहुत ज़्यादा हैं; कुछ पंक्तियाँ हटाएँ।",
    ),
    "string_too_short": "यह खाली नहीं रह सकता; कुछ लिखें।",
    "string_too_long": (
        "यह बहुत लंबा है: इसमें {actual_length} अक्षर हैं, ज़्यादा से ज़्यादा {max_length} हो सकते "
        "हैं। इसे छोटा करें या दो हिस्सों में बाँटें।",
        "यह ज़्यादा से ज़्यादा {max_length} अक्षरों का हो सकता है। इसे छोटा करें।",
        "यह बहुत लंबा है। इसे छोटा करें।",
    ),
    "string_pattern_mismatch": "यह सही रूप में नहीं लिखा गया है।",
    "string_pattern_mismatch:link": (
        "लिंक पूरा लिखें, https:// से शुरू करके (जैसे https://www.facebook.com/...), बीच में कोई खाली जगह न हो।"
    ),
    "date_invalid": "यह कोई तारीख नहीं है। तारीख इस तरह लिखें: 2026-12-05",
    "string_pattern_mismatch:colors": "रंग # के बाद छह अंकों-अक्षरों में लिखें, जैसे #1A73E8।",
    "greater_than_equal": ("यह कम से कम {ge} होना चाहिए।", "यह बहुत छोटा है।"),
    "less_than_equal": ("यह ज़्यादा से ज़्यादा {le} हो सकता है।", "यह बहुत बड़ा है।"),
    "greater_than": ("यह {gt} से बड़ा होना चाहिए।", "यह बहुत छोटा है।"),
    "less_than": ("यह {lt} से छोटा होना चाहिए।", "यह बहुत बड़ा है।"),
    "greater_than_equal:variants": "मसौदों की संख्या 1 से 5 के बीच होनी चाहिए।",
    "less_than_equal:variants": "मसौदों की संख्या 1 से 5 के बीच होनी चाहिए।",
    "value_error": "यह मान सही नहीं है। इसे जाँचकर ठीक करें।",
    # Sandesh's own checks of a field.
    "control_character": (
        "इसमें एक अदृश्य नियंत्रण-चिह्न है। उसे हटाकर सादा पाठ लिखें; दोबारा टाइप करना सबसे आसान है।"
    ),
    "line_break": "इसे एक ही पंक्ति में लिखें; हर तथ्य के लिए अलग खाना इस्तेमाल करें।",
    "blank": "यह खाली है; कुछ लिखें या इसे हटा दें।",
    "limit": "यह तय सीमा से ज़्यादा है; इसे छोटा करें या कुछ हटाएँ।",
    "not_devanagari": (
        "यह तथ्य रोमन अक्षरों (अंग्रेज़ी या हिंग्लिश) में है। पोस्ट हिंदी में बनती है, इसलिए इसे "
        "देवनागरी में लिखें — जैसे «पात्र किसानों को हर साल ₹6,000 मिलते हैं»।"
    ),
    "limit:facts": (
        "ज़्यादा से ज़्यादा {max_length} तथ्य दिए जा सकते हैं; अभी {actual_length} हैं। कुछ तथ्य हटाएँ।",
        "यह तथ्य बहुत लंबा है, या तथ्य बहुत ज़्यादा हैं। तथ्य छोटे करें या कुछ हटाएँ।",
    ),
    # Posters and their uploads.
    "poster": "पोस्टर का यह हिस्सा बन नहीं पाया। इसे बदलकर फिर कोशिश करें।",
    "unknown_template": "यह पोस्टर का ढाँचा मौजूद नहीं है। दिए गए ढाँचों में से कोई चुनें।",
    "no_place_in_layout": "इस ढाँचे में इस हिस्से की जगह नहीं है। इसे हटाएँ या दूसरा ढाँचा चुनें।",
    "text_does_not_fit": (
        "यह पाठ इस ढाँचे में अपनी जगह पर नहीं समा रहा। इसे छोटा करें, या ढाँचा बदलें: "
        "{layouts_hi} में यह समा जाएगा।",
        "यह पाठ पोस्टर में अपनी जगह पर नहीं समा रहा। इसे छोटा करें।",
    ),
    "upload_too_large": (
        "यह फ़ाइल बहुत बड़ी है; {max_mb} एमबी तक की फ़ाइल ही ली जाती है। छोटी तस्वीर चुनें।",
        "यह फ़ाइल बहुत बड़ी है। छोटी तस्वीर चुनें।",
    ),
    "base64_invalid": "तस्वीर ठीक से नहीं भेजी गई, इसलिए पढ़ी नहीं जा सकी। तस्वीर दोबारा चुनें।",
    "image_unreadable": "यह तस्वीर खुल नहीं पाई। PNG, JPEG या WebP तस्वीर चुनें।",
    "image_too_large": (
        "तस्वीर बहुत बड़ी है ({width}×{height})। उसे छोटा करके फिर लगाएँ।",
        "तस्वीर बहुत बड़ी है। उसे छोटा करके फिर लगाएँ।",
    ),
    "image_side_too_large": (
        "तस्वीर की एक भुजा {max_side} बिंदुओं से लंबी है। उसे छोटा करके फिर लगाएँ।",
        "तस्वीर बहुत लंबी या चौड़ी है। उसे छोटा करके फिर लगाएँ।",
    ),
    "image_aspect_ratio": (
        "तस्वीर बहुत लंबी या बहुत पतली है: लंबी भुजा छोटी भुजा से {max_ratio} गुना तक ही हो सकती "
        "है। उसे पोस्टर के आकार के क़रीब काटकर फिर लगाएँ।",
        "तस्वीर बहुत लंबी या बहुत पतली है। उसे पोस्टर के आकार के क़रीब काटकर फिर लगाएँ।",
    ),
    # The bulk CSV.
    "csv": "फ़ाइल की इस पंक्ति में कुछ ठीक नहीं है। उसे जाँचकर फिर भेजें।",
    "csv_parse": (
        'फ़ाइल की यह पंक्ति पढ़ी नहीं जा सकी। देखें कि उद्धरण-चिह्न (") जोड़ों में हैं और खाने कॉमा से अलग हैं।'
    ),
    "csv_field_too_long": (
        'फ़ाइल के एक खाने में बहुत लंबा पाठ है; शायद कोई बंद करने वाला उद्धरण-चिह्न (") छूट गया '
        "है। उसे ठीक करें या पाठ छोटा करें।"
    ),
    "csv_empty": (
        "फ़ाइल में पोस्टर की कोई पंक्ति नहीं है। पहली पंक्ति में खानों के नाम (जिनमें title हो) "
        "लिखें, और उसके नीचे हर पोस्टर की एक पंक्ति।"
    ),
    "csv_encoding": (
        "फ़ाइल के कुछ अक्षर पढ़े नहीं जा सके। उसे CSV UTF-8 के रूप में सहेजकर फिर भेजें "
        "(Excel में: Save As, फिर CSV UTF-8)।"
    ),
    "csv_columns": (
        "फ़ाइल की पहली पंक्ति में खानों के नाम ठीक नहीं हैं। title ज़रूर हो, हर नाम एक ही बार "
        "आए और केवल जाने-पहचाने नाम हों।"
    ),
    "csv_extra_values": (
        "इस पंक्ति में किसी ऐसे खाने में कुछ लिखा है जिसका पहली पंक्ति में कोई नाम नहीं है। "
        'कॉमा वाले पाठ को उद्धरण-चिह्नों (") में रखें।'
    ),
    "csv_too_many_rows": (
        "एक बार में ज़्यादा से ज़्यादा {max_rows} पोस्टर बन सकते हैं। फ़ाइल को हिस्सों में बाँटकर भेजें।",
        "फ़ाइल में पंक्तियाँ बहुत ज़्यादा हैं। उसे हिस्सों में बाँटकर भेजें।",
    ),
}

_FIELD_NAME = re.compile(r"[A-Za-z_]+")


def _field_key(field: str | None) -> str | None:
    # "facts[2]" -> "facts", "colors.accent" -> "colors", "row 3: title" -> "title".
    if not field:
        return None
    names = _FIELD_NAME.findall(field.rsplit(": ", 1)[-1])
    return names[0] if names else None


def _derived(params: Mapping[str, object]) -> dict[str, object]:
    values = dict(params)
    max_bytes = values.get("max_bytes")
    if isinstance(max_bytes, int) and not isinstance(max_bytes, bool):
        values.setdefault("max_mb", f"{max_bytes / (1024 * 1024):g}")
    return values


def hindi(
    code: str, params: Mapping[str, object] | None = None, *, field: str | None = None
) -> str:
    """The Hindi sentence for ``code`` (and ``field``), filled from ``params``."""
    values = _derived(params or {})
    key = _field_key(field)
    candidates = ([f"{code}:{key}"] if key else []) + [code]
    for name in candidates:
        texts = MESSAGES_HI.get(name)
        if texts is None:
            continue
        for text in (texts,) if isinstance(texts, str) else texts:
            try:
                return text.format_map(values)
            except (KeyError, IndexError, ValueError):
                continue
    if code not in MESSAGES_HI:
        log.warning("no Hindi message for the error code %r; add one to service/messages.py", code)
    return GENERIC_HI
