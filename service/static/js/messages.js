/*
 * Every Hindi word the studio shows, in one file: labels for the English values the API takes,
 * the page's own messages, and the sentences for the codes the server sends (issue 16: codes
 * between server and page, words at the edge). Worded from an error's or an issue's type and
 * params, never from its English message.
 */

import { short } from "./text.js";

// ---------------------------------------------------------------------------------------
// Labels for the English values the API takes
// ---------------------------------------------------------------------------------------

const PLATFORM_HI = { whatsapp: "व्हाट्सऐप", facebook: "फ़ेसबुक", x: "एक्स", instagram: "इंस्टाग्राम" };

export const CHECKS = [
  ["grounding", "तथ्य"],
  ["coverage", "सभी तथ्य"],
  ["language", "भाषा"],
  ["register", "लहजा"],
  ["conduct", "आचार संहिता"],
  ["length", "लंबाई"],
  ["format", "प्रारूप"],
  ["fit", "संपादन"],
];
export const CHECK_HI = Object.fromEntries(CHECKS);
export const UNIT_HI = { characters: "अक्षर", "weighted characters": "भारित अक्षर" };

export const FACT_PLACEHOLDERS = {
  scheme: "जैसे: पीएम-किसान में पात्र किसान परिवारों को हर साल ₹6,000 मिलते हैं",
  local_issue: "जैसे: वार्ड 7 में 15 जून से पानी सुबह 6 से 8 बजे तक आएगा",
  event: "जैसे: 20 जुलाई को पंचायत भवन में मुफ़्त स्वास्थ्य शिविर लगेगा",
  appeal: "जैसे: 25 नवंबर को मतदान है, अपना वोट ज़रूर डालें",
  greeting: "जैसे: सभी को दीपावली की हार्दिक शुभकामनाएँ",
};

// Fields of a 422, as the user knows them. `fem` picks the adjective's gender.
const FIELD_HI = {
  kind: { label: "पोस्ट का प्रकार", fem: false },
  facts: { label: "तथ्य", fem: false },
  platform: { label: "प्लेटफ़ॉर्म", fem: false },
  tone: { label: "लहजा", fem: false },
  audience: { label: "«किनके लिए» वाला खाना", fem: false },
  call_to_action: { label: "«पाठक क्या करें» वाला खाना", fem: false },
  variants: { label: "मसौदों की संख्या", fem: true },
  seed: { label: "सीड", fem: false },
  text: { label: "मसौदे का पाठ", fem: false },
};

export const ROLE_HI = {
  worker: "कार्यकर्ता",
  designer: "डिज़ाइनर",
  trainer: "प्रशिक्षक",
  admin: "एडमिन",
  trainee: "प्रशिक्षु",
};

// A worked example per kind, to start from (issue 15: no example to start from). Scheme and
// day facts are true as published (PM-Kisan: pmkisan.gov.in; the Constitution); the camp, the
// ward and the dengue advice are a district office's everyday notices, with no scheme figures.
export const EXAMPLES = {
  scheme: {
    facts: [
      "पीएम-किसान में पात्र किसान परिवारों को हर साल ₹6,000 मिलते हैं",
      "यह राशि ₹2,000 की तीन किस्तों में सीधे बैंक खाते में आती है",
      "अगली किस्त के लिए ई-केवाईसी ज़रूरी है",
    ],
    audience: "किसान भाई-बहन",
    call_to_action: "आज ही ई-केवाईसी करवाएँ",
    tone: "respectful",
  },
  local_issue: {
    facts: [
      "वार्ड 12 में पाइपलाइन की मरम्मत के कारण 16 दिसंबर को पानी की आपूर्ति बंद रहेगी",
      "उस दिन टैंकर से पानी सुबह 7 बजे पहुँचाया जाएगा",
    ],
    audience: "वार्ड 12 के निवासी",
    call_to_action: "एक दिन का पानी पहले से भरकर रखें",
    tone: "urgent",
  },
  event: {
    facts: [
      "14 जून को ज़िला अस्पताल परिसर में रक्तदान शिविर लगेगा",
      "शिविर सुबह 9 बजे से दोपहर 2 बजे तक चलेगा",
      "18 से 65 वर्ष के स्वस्थ लोग रक्तदान कर सकते हैं",
      "रक्तदाता अपना आधार कार्ड साथ लाएँ",
    ],
    audience: "ज़िले के युवा",
    call_to_action: "रक्तदान करें, जीवन बचाएँ",
    tone: "warm",
  },
  appeal: {
    facts: [
      "डेंगू का मच्छर साफ़ और ठहरे हुए पानी में पनपता है",
      "कूलर, गमलों और टंकियों का पानी हर हफ़्ते बदलें",
    ],
    audience: "सभी नागरिक",
    call_to_action: "अपने घर के आसपास पानी जमा न होने दें",
    tone: "urgent",
  },
  greeting: {
    facts: ["26 जनवरी 1950 को भारत का संविधान लागू हुआ", "हर वर्ष 26 जनवरी को गणतंत्र दिवस मनाया जाता है"],
    audience: "सभी देशवासी",
    call_to_action: "",
    tone: "celebratory",
  },
};

// ---------------------------------------------------------------------------------------
// Numbers in words
// ---------------------------------------------------------------------------------------

/** "पहला", "दूसरा", ... "5वाँ": which one, as Hindi says it. */
function ordinal(n) {
  return ["पहला", "दूसरा", "तीसरा", "चौथा"][n - 1] || `${n}वाँ`;
}

/** "1 समस्या", "4 समस्याएँ": a count with its noun in the number it needs. */
function counted(n, one, many) {
  return `${n} ${n === 1 ? one : many}`;
}

export function sizeHindi(bytes) {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

// ---------------------------------------------------------------------------------------
// Errors: field errors (client-side and 422) and request errors (413, 503, 504, 502, ...)
// ---------------------------------------------------------------------------------------

function fieldInfo(field) {
  const m = /^facts\[(\d+)\]$/.exec(field);
  if (m) return { label: `तथ्य ${Number(m[1]) + 1}`, fem: false };
  return FIELD_HI[field] || { label: `«${field}»`, fem: false };
}

/** A Hindi sentence for one 422 entry ({field, message, type}); `field` is already the UI's. */
export function hindiFieldMessage(field, err, info) {
  const { label, fem } = info || fieldInfo(field);
  const g = (masc, femi) => (fem ? femi : masc);
  // Worded from the entry's type and params, never its English message (issue 16).
  const type = String(err.type || "");
  const params = err.params || {};
  if (type === "string_too_long" && params.max_length && params.actual_length) {
    return `${label} बहुत ${g("लंबा", "लंबी")} है: ${params.actual_length} अक्षर हैं, ज़्यादा से ज़्यादा ${params.max_length} अक्षर हो सकते हैं। इसे छोटा करें या दो हिस्सों में बाँटें।`;
  }
  if (field === "facts" && type === "too_long" && params.max_length) {
    return `ज़्यादा से ज़्यादा ${params.max_length} तथ्य दिए जा सकते हैं; अभी ${params.actual_length} हैं। कुछ तथ्य हटाएँ।`;
  }
  if (field === "facts" && type === "too_short") return "कम से कम एक तथ्य लिखें।";
  if (type === "line_break") {
    return `${label} एक ही पंक्ति में लिखें; हर तथ्य के लिए अलग खाना इस्तेमाल करें।`;
  }
  if (type === "blank") return `${label} ${g("खाली", "खाली")} है; कुछ लिखें या इसे हटा दें।`;
  if (type === "control_character") {
    return `${label} में कोई अदृश्य नियंत्रण-चिह्न है। उसे हटाकर सादा पाठ लिखें (दोबारा टाइप करना सबसे आसान है)।`;
  }
  if (type === "missing") return `${label} ${g("भरना", "भरनी")} ज़रूरी है।`;
  if (type === "literal_error" || type === "enum") {
    return `${label} का चुना गया विकल्प मान्य नहीं है; दिए गए विकल्पों में से चुनें।`;
  }
  if (field === "variants") return "मसौदों की संख्या 1 से 5 के बीच होनी चाहिए।";
  if (/^(greater|less)_than/.test(type)) return `${label} तय सीमा से बाहर है।`;
  if (type === "extra_forbidden") return `अनजान खाना «${field}» भेजा गया; पेज दोबारा लोड करें।`;
  if (type === "json_invalid") return "अनुरोध पढ़ा नहीं जा सका; पेज दोबारा लोड करके फिर कोशिश करें।";
  // A code the page has no words of its own for: the server's Hindi (service/messages.py).
  if (typeof err.message_hi === "string" && err.message_hi) return err.message_hi;
  return `${label} में कुछ ठीक नहीं है।`;
}

/** False for hindiFieldMessage's last resort: then the English message is shown beside it. */
export const KNOWN_FIELD_MESSAGE = (text) => !/ठीक नहीं है।$/.test(text);

function statusMessage(status, detail) {
  const d = String(detail || "");
  switch (status) {
    case 413:
      return "अनुरोध बहुत बड़ा है। कम तथ्य भेजें या तथ्यों को छोटा करें।";
    case 503:
      return /fail/i.test(d)
        ? "मॉडल लोड नहीं हो पाया। सर्वर चलाने वाले व्यक्ति को बताएँ।"
        : "मॉडल अभी लोड हो रहा है, थोड़ी देर में फिर कोशिश करें।";
    case 504:
      return "मॉडल को बहुत देर लगी और समय-सीमा ख़त्म हो गई। कम मसौदे माँगें या थोड़ी देर बाद फिर कोशिश करें।";
    case 502:
      return "मॉडल सर्वर से सही जवाब नहीं मिला। थोड़ी देर में फिर कोशिश करें; बार-बार हो तो सर्वर चलाने वाले व्यक्ति को बताएँ।";
    case 404:
      return "माँगी गई चीज़ सर्वर पर नहीं मिली।";
    case 429:
      return "अभी बहुत सारे अनुरोध आ रहे हैं। थोड़ी देर रुककर फिर कोशिश करें।";
    default:
      if (status >= 400 && status < 500) return `अनुरोध में कुछ गड़बड़ है (कोड ${status})। पेज दोबारा लोड करके फिर कोशिश करें।`;
      if (status >= 500) return `सर्वर में कोई गड़बड़ी हुई (कोड ${status})। फिर कोशिश करें।`;
      return "कुछ गड़बड़ हो गई। फिर कोशिश करें।";
  }
}

export const NETWORK_MESSAGE =
  "सर्वर से संपर्क नहीं हो पाया। देखें कि संदेश सर्वर चल रहा है और आपका फ़ोन या कंप्यूटर उसी नेटवर्क पर है।";

/** The server's English detail, as one line of text. */
export function detailText(detail) {
  if (detail === undefined || detail === null) return "";
  return typeof detail === "string" ? detail : JSON.stringify(detail);
}

// Refusals only the server can word: which role may do it (403), how long to wait (429), why
// the key was not taken (401). Its message_hi says so; for the rest the page's own Hindi.
const SERVER_WORDED = [401, 403, 429];

export function requestMessage(status, detail, message) {
  return message && SERVER_WORDED.includes(status) ? message : statusMessage(status, detailText(detail));
}

export const ERRORS = {
  summaryTitle: "कृपया ये ठीक करें:",
  fix: "ठीक करें",
  technical: "तकनीकी विवरण: ",
  retry: "फिर कोशिश करें",
  badRequest: "अनुरोध में कुछ ठीक नहीं है।",
};

// ---------------------------------------------------------------------------------------
// Access keys
// ---------------------------------------------------------------------------------------

export const KEYS = {
  needed: "इस सर्वर पर काम करने के लिए एक्सेस कुंजी चाहिए। अपने एडमिन से मिली कुंजी डालें।",
  refused: "यह कुंजी यहाँ मान्य नहीं है। जाँच लें कि पूरी और सही लिखी है, या अपने एडमिन से नई कुंजी लें।",
  checking: "कुंजी जाँची जा रही है…",
  submit: "जारी रखें",
  empty: "कुंजी लिखें या चिपकाएँ — यह आपको अपने एडमिन से मिली होगी।",
  until: (when) => `यह कुंजी ${when} तक चलेगी`,
  signedOut: "आप बाहर निकल गए। अगली बार कुंजी फिर से माँगी जाएगी।",
};

// ---------------------------------------------------------------------------------------
// The draft form
// ---------------------------------------------------------------------------------------

export const FORM = {
  fact: (n) => `तथ्य ${n}`,
  removeFact: (n) => `तथ्य ${n} हटाएँ`,
  factRemoved: (n) => `तथ्य ${n} हटाया गया`,
  roman: "यह तथ्य रोमन अक्षरों (अंग्रेज़ी या हिंग्लिश) में लगता है। पोस्ट हिंदी में बनती है — इसे देवनागरी में लिखें।",
  mixed: (words) =>
    `इस तथ्य में अंग्रेज़ी ${words.length === 1 ? "शब्द है" : "शब्द हैं"}: ${words.map((w) => `«${w}»`).join(", ")}। ` +
    "पोस्ट हिंदी में बनती है — इन्हें हिंदी में लिखें। BPL, KYC जैसे कोड, फ़ोन नंबर और वेब पते जैसे हैं वैसे रह सकते हैं।",
  nothingToSplit: "बाँटने के लिए पहले पैराग्राफ़ चिपकाएँ।",
  split: (n) => `${n} तथ्य बने — हर तथ्य जाँच लें`,
  exampleFilled: "उदाहरण भरा गया — इसे बदलकर अपने तथ्य लिखें",
  noFacts: "कम से कम एक तथ्य लिखें — पोस्ट सिर्फ़ आपके दिए तथ्यों से बनती है।",
};

// ---------------------------------------------------------------------------------------
// Issues: Hindi reasons for what the checks found
// ---------------------------------------------------------------------------------------

const GROUNDING_WHAT = {
  amount: "राशि",
  number: "संख्या",
  percent: "प्रतिशत",
  date: "तारीख़",
  phone: "फ़ोन नंबर",
  year: "वर्ष",
  name: "नाम",
};

const FORMAT_HI = {
  empty: "पाठ बहुत छोटा है; इससे पोस्ट नहीं बनती।",
  prompt_echo: "यह पंक्ति प्रॉम्प्ट का अपना लेबल दोहराती है।",
  repetition: "यह पंक्ति पहले भी आ चुकी है।",
  markup: "यह चिह्न या कोड सोशल मीडिया पोस्ट में नहीं होना चाहिए।",
  invented_link: "यह लिंक किसी तथ्य में नहीं है।",
  unfinished: "पोस्ट अधूरे वाक्य पर ख़त्म होती है।",
  no_headline: "मॉडल इस मसौदे का शीर्षक नहीं लिख सका।",
  unlikely: "मॉडल को अपना लिखा यह शीर्षक ख़ुद अटपटा लगा; यह बिगड़ा हुआ हो सकता है।",
};

// The fit check: what an editor would not publish. Keyed by category, as the server sends it.
const FIT_HI = {
  unsupported_claim: (q) => `${q} ऐसी बात कहता है जो किसी तथ्य में नहीं है — इसे हटाएँ, या तथ्यों में जोड़ें।`,
  no_greeting: () => "शुभकामना वाली पोस्ट में शुभकामना, बधाई या नमन होना चाहिए।",
  missing_cta: () => "आपकी दी हुई अपील («पाठक क्या करें») पोस्ट में नहीं है, या अब कुछ करने को नहीं कहती — उसे जोड़ें।",
  fragment: (q) => `${q} अधूरा वाक्य है; इसे पूरा वाक्य बनाएँ, या सूची की पंक्ति।`,
  bad_hashtag: (q) => `हैशटैग ${q} ठीक नहीं: शब्द अधूरा है, अंत में «का/की/के/में» है, या वह विषय से बाहर है।`,
  headline_repeats_fact: () => "शीर्षक पूरा तथ्य दोहराता है; मुख्य बात कुछ शब्दों में कहें।",
  repeated_line: (q) => `${q} पहले कही बात फिर से कहता है।`,
};

export function issueHindi(check, issue) {
  const category = issue.category;
  // What the server says each issue is about, by its category: never its English reason.
  const params = issue.params || {};
  const q = `«${short(issue.span, 30)}»`;
  // A server that words the issue in Hindi is taken at its word (issue 16: codes, not prose).
  if (issue.reason_hi && check !== "conduct") return issue.reason_hi;
  if (check === "grounding") {
    if (category === "steered") {
      return "मॉडल ने ऐसी संख्या लिखनी चाही जो तथ्यों में नहीं है; उसकी जगह लिखी संख्या ग़लत जगह हो सकती है — हर आँकड़ा जाँचें।";
    }
    if (category === "date" && params.differs === "year") {
      return `तारीख़ ${q} का साल तथ्यों में दी गई तारीख़ से अलग है।`;
    }
    if (category === "date" && params.differs === "month") {
      return `तारीख़ ${q} का महीना तथ्यों में दी गई तारीख़ से अलग है।`;
    }
    // The model's headline, judged before its draft was chosen (service/pipeline.py).
    if (category === "misplaced") return `शीर्षक में ${q} उन शब्दों के साथ है जिनका आँकड़ा तथ्यों में दूसरा है।`;
    if (category === "recombined") {
      return "शीर्षक तथ्यों के शब्दों को नए ढंग से जोड़ता है; इससे अर्थ बदल सकता है — तथ्यों के अपने वाक्यांश रखें।";
    }
    const what = GROUNDING_WHAT[category] || "यह बात";
    return `${what} ${q} आपके दिए किसी तथ्य में नहीं है — इसे हटाएँ या तथ्यों में जोड़ें।`;
  }
  if (check === "coverage") {
    if (category === "dropped" && params.fact && params.figure) {
      return `तथ्य ${params.fact} में दिया «${short(String(params.figure), 30)}» पोस्ट में नहीं है — इसे जोड़ें।`;
    }
    if (category === "conflict" && params.given) {
      return `${q} यहाँ ग़लत है: तथ्यों में यह «${short(String(params.given), 30)}» है।`;
    }
  }
  if (check === "language") {
    if (category === "script") return "देवनागरी अक्षर बहुत कम हैं; पोस्ट हिंदी (देवनागरी) में लिखें।";
    return "पाठ देवनागरी में है, पर हिंदी नहीं लगता (शायद मराठी या नेपाली)।";
  }
  if (check === "register") {
    if (category === "disrespect") return `${q} में पाठक से अनादर से बात की गई है; «आप» का प्रयोग करें।`;
    if (category === "insult") return `${q} अपमानजनक शब्द है; कामों की आलोचना करें, लोगों की नहीं।`;
    if (category === "tone_fit" && params.tone === "urgent") {
      return "तत्काल लहजे की पोस्ट में साफ़ अपील चाहिए — क्या करना है, कब तक।";
    }
    if (category === "tone_fit") return "उत्सवपूर्ण पोस्ट में शुभकामना या बधाई होनी चाहिए।";
  }
  // The conduct check words its own Hindi reason, one per category (evaluation/conduct).
  if (check === "conduct" && issue.reason_hi) return `${q}: ${issue.reason_hi}`;
  if (check === "length") {
    if (category === "too_many_hashtags") return "इंस्टाग्राम पर 30 से ज़्यादा हैशटैग नहीं लगते; कुछ हटाएँ।";
    return "पोस्ट प्लेटफ़ॉर्म की सीमा से लंबी है; इसे छोटा करें।";
  }
  if (check === "format" && FORMAT_HI[category]) return FORMAT_HI[category];
  if (check === "fit" && FIT_HI[category]) return FIT_HI[category](q);
  return `${CHECK_HI[check] || check} की जाँच में समस्या मिली।`;
}

export const ISSUES = {
  list: "मिली समस्याएँ",
  badges: "जाँच के नतीजे",
  skipped: "नहीं जाँचा",
  passed: "ठीक",
  problem: "समस्या",
  problems: (n) => counted(n, "समस्या", "समस्याएँ"),
};

// ---------------------------------------------------------------------------------------
// «प्रकाशित किया»
// ---------------------------------------------------------------------------------------

export const PUBLISH_PLATFORM_HI = { ...PLATFORM_HI, other: "अन्य" };
const RECORD_MISSING_HI =
  "इसका रिकॉर्ड इस सर्वर पर नहीं मिला (शायद यह किसी दूसरे सर्वर पर बना था), इसलिए प्रकाशन दर्ज नहीं हो सका।";

function whereHindi(platform) {
  if (PLATFORM_HI[platform]) return `${PLATFORM_HI[platform]} पर`;
  if (platform === "other") return "किसी और जगह";
  return `«${platform}» पर`;
}

export function publishMessage(status, detail, message) {
  if (status === 404) return RECORD_MISSING_HI;
  if (message) return message;
  if (status === 503) return "प्रकाशन अभी दर्ज नहीं हो सका। थोड़ी देर बाद फिर कोशिश करें।";
  return statusMessage(status, detailText(detail));
}

export const PUBLISH = {
  otherPlaceholder: "जैसे: मोहल्ला समिति का व्हाट्सऐप ग्रुप",
  where: "कहाँ प्रकाशित किया?",
  which: "किस जगह? ",
  optional: "(वैकल्पिक)",
  link: "पोस्ट का लिंक ",
  ifAny: "(अगर हो)",
  linkHint: "पूरा पता, https:// से शुरू — जैसे https://www.facebook.com/…",
  save: "दर्ज करें",
  saving: "दर्ज हो रहा है…",
  cancel: "रद्द करें",
  form: "प्रकाशन दर्ज करें",
  formHint: "यहाँ दर्ज करने से संस्था के रिकॉर्ड में लिखा जाता है कि यह कहाँ प्रकाशित हुआ।",
  done: (platform) => `✓ ${whereHindi(platform)} प्रकाशित के रूप में दर्ज`,
  again: "कहीं और भी प्रकाशित किया",
  toggle: "प्रकाशित किया",
};

// ---------------------------------------------------------------------------------------
// Drafts, the progress of a run, and the model's state
// ---------------------------------------------------------------------------------------

export const SHARE_LABEL = { whatsapp: "व्हाट्सऐप पर भेजें", x: "एक्स पर पोस्ट करें" };

export const DRAFTS = {
  phrasebookTitle:
    "यह मसौदा आपके तथ्यों से, जाँचे हुए वाक्य-संग्रह के शीर्षक और पंक्तियों के साथ बना है; मॉडल के शीर्षक वाले मसौदे इसके बाद आते हैं",
  templateTitle:
    "मॉडल के लिखे पर्याप्त मसौदे जाँच में पास नहीं हुए, इसलिए यह मसौदा आपके तथ्यों को एक तय ढाँचे में रखकर बना है",
  template: "तय ढाँचे से",
  headlineTitle:
    "इस मसौदे का शीर्षक मॉडल ने लिखा; बाक़ी पोस्ट आपके तथ्यों से बनी है, और पूरा मसौदा सभी जाँचों में पास हुआ",
  headline: "मॉडल का शीर्षक",
  modelTitle: "यह मसौदा मॉडल ने लिखा और सभी जाँचों में पास हुआ",
  model: "मॉडल",
  draft: (n) => `मसौदा ${n}`,
  editLabel: "मसौदा बदलें",
  editHint: "लिखना रोकते ही मसौदे की दोबारा जाँच होगी।",
  lengthTitle: "प्लेटफ़ॉर्म के हिसाब से लंबाई / सीमा",
  edit: "संपादित करें",
  endEdit: "संपादन बंद करें",
  copy: "कॉपी करें",
  share: "शेयर करें",
  poster: "पोस्टर बनाएँ",
  revert: "मूल मसौदा वापस लाएँ",
  willCheck: "बदलाव की जाँच होगी…",
  copied: "कॉपी हो गया — अब कहीं भी चिपकाएँ।",
  notCopied: "कॉपी नहीं हो पाया; पाठ चुनकर ख़ुद कॉपी करें।",
  empty: "मसौदा खाली है; कुछ लिखें या मूल मसौदा वापस लाएँ।",
  checking: "जाँच हो रही है…",
  rechecked: "दोबारा जाँचा: सब ठीक है।",
  recheckedIssues: (n) => `दोबारा जाँचा: ${counted(n, "समस्या मिली", "समस्याएँ मिलीं")} — चिह्नित हिस्से देखें।`,
};

export const PROGRESS = {
  busy: "मसौदे बन रहे हैं…",
  generate: "मसौदे बनाएँ",
  sending: "अनुरोध भेजा जा रहा है…",
  cutOff: "जवाब बीच में ही रुक गया। फिर कोशिश करें।",
  stoppedKept: (n) => `रोक दिया गया। अब तक तैयार ${counted(n, "मसौदा रखा गया है", "मसौदे रखे गए हैं")}।`,
  stoppedNone: "रोक दिया गया। तब तक कोई मसौदा तैयार नहीं हुआ था; पिछले मसौदे जैसे थे वैसे हैं।",
  prompt: "प्रॉम्प्ट तैयार है — मॉडल लिखना शुरू कर रहा है…",
  writing: (n) => `मॉडल लिख रहा है — ${ordinal(n)} प्रयास…`,
  passed: (n) => `मॉडल का ${ordinal(n)} प्रयास सभी जाँचों में पास हुआ।`,
  rejected: (n) => `मॉडल का ${ordinal(n)} प्रयास जाँच में अस्वीकार हुआ।`,
  choosing: "मसौदे चुने जा रहे हैं…",
  timedOut: "क्योंकि मॉडल समय-सीमा में और नहीं लिख पाया",
  tooLong: "क्योंकि तथ्य इतने लंबे हैं कि मॉडल उन्हें एक बार में नहीं पढ़ सकता",
  failedChecks: "क्योंकि मॉडल के लिखे मसौदे जाँच में पास नहीं हुए",
  ready: (n) => counted(n, "मसौदा तैयार", "मसौदे तैयार"),
  fromTemplate: (n, why) => ` (${n} तय ढाँचे से, ${why})`,
  counts: (checked, passed, seconds) => `${checked} प्रयास जाँचे गए, ${passed} पास · ${seconds} सेकंड बीते`,
};

export const HEALTH = {
  down: "सर्वर से संपर्क नहीं",
  model: (id, backend) => `मॉडल: ${id} (${backend})`,
  ready: "मॉडल तैयार",
  failed: "मॉडल लोड नहीं हुआ",
  loading: "मॉडल लोड हो रहा है…",
};

// ---------------------------------------------------------------------------------------
// Workshop mode
// ---------------------------------------------------------------------------------------

export const WORKSHOP = {
  promptMeta: (name, version, chars) =>
    `साँचा: ${name || "?"}, संस्करण ${version || "?"} · ${chars} अक्षर · ` +
    "ऊपर के उदाहरण मॉडल को ढंग सिखाते हैं; सबसे नीचे आपका अनुरोध है, जिसके आगे मॉडल लिखता है।",
  stats: (stats, ms, model) =>
    `कुल ${stats.candidates ?? "?"} उम्मीदवार, ${stats.candidates_passed ?? "?"} पास · ` +
    `${stats.drafts_from_model ?? 0} मसौदे मॉडल से, ${stats.drafts_from_template ?? 0} तय ढाँचे से · ` +
    `${stats.tokens ?? 0} टोकन` +
    (stats.tokens_per_s ? `, ${stats.tokens_per_s} टोकन/सेकंड` : "") +
    ` · कुल समय ${((ms || 0) / 1000).toFixed(1)} सेकंड · मॉडल: ${model || "?"}`,
  lastRun: "पिछली बार का रिकॉर्ड (पेज दोबारा खुलने से पहले) · ",
  addedLine: (figure) => `अब हर लाभार्थी को ${figure} मिलेंगे।`,
  exampleTitle: "उदाहरण: जानबूझकर बदला गया मसौदा (मॉडल का नहीं)",
  exampleMeta: (added) => `पहले मसौदे में जोड़ी गई पंक्ति: «${added}»`,
  streaming: "लिख रहा है…",
  candidate: (n) => `उम्मीदवार ${n}`,
  pass: "✓ पास",
  reject: "✗ अस्वीकार",
  temperature: (t) => (t === 0 ? "तापमान 0 (सबसे संभावित शब्द)" : `तापमान ${t}`),
  candidateMeta: (temp, tokens, seconds) => `${temp} · ${tokens} टोकन · ${seconds} सेकंड`,
  rejectedBy: "किस जाँच ने रोका: ",
  fromCandidate: (n, cand) => `मसौदा ${n} ← उम्मीदवार ${cand} (मॉडल), क्योंकि यह सभी जाँचों में पास हुआ।`,
  fromModel: (n) => `मसौदा ${n} ← मॉडल।`,
  fromTemplate: (n) =>
    `मसौदा ${n} ← तय ढाँचे से: मॉडल के पर्याप्त उम्मीदवार पास नहीं हुए, इसलिए आपके तथ्य एक तय ढाँचे में रखे गए।`,
};

// ---------------------------------------------------------------------------------------
// The poster screen
// ---------------------------------------------------------------------------------------

export const FORMAT_NAME = { png: "PNG", jpeg: "JPEG", pdf: "PDF" };

// The layouts named by their use and shape, not their pixels (GET /v1/poster-templates gives
// each layout's `name`; one not listed here is shown by the server's own description).
const LAYOUT_HI = {
  scheme_square: { name: "वर्गाकार (व्हाट्सऐप, इंस्टाग्राम, फ़ेसबुक)", short: "वर्गाकार पोस्टर", use: "चौकोर — संदेश या पोस्ट में भेजने के लिए" },
  status_story: { name: "खड़ा (व्हाट्सऐप स्टेटस, इंस्टाग्राम स्टोरी)", short: "खड़ा पोस्टर", use: "फ़ोन की पूरी स्क्रीन जितना लंबा" },
  facebook_landscape: { name: "चौड़ा (फ़ेसबुक)", short: "चौड़ा पोस्टर", use: "फ़ेसबुक की पोस्ट में पूरा दिखने वाला चौड़ा पोस्टर" },
  a4_print: { name: "A4 (छपाई के लिए)", short: "A4 पोस्टर", use: "A4 काग़ज़ पर साफ़ छपता है — नोटिस बोर्ड के लिए" },
};
/** A layout's name, what it is for, and a short name for the preview's heading. */
export const layoutHindi = (t) => LAYOUT_HI[t.name] || { name: t.description, short: "", use: "" };
export const FILE_HI = {
  logo: { noun: "लोगो", fem: false },
  photo: { noun: "फ़ोटो", fem: true },
};

// The topics a poster's picture may be chosen from (GET /v1/limits `poster_topics`).
const TOPIC_HI = {
  health: "स्वास्थ्य", farming: "खेती-किसानी", water: "पानी", school: "स्कूल और पढ़ाई",
  documents: "दस्तावेज़ और पहचान-पत्र", calendar: "तारीख़ (कैलेंडर)", phone: "फ़ोन और हेल्पलाइन",
  place: "जगह और पता", roads: "सड़कें", women_children: "महिलाएँ और बच्चे", elders: "बुज़ुर्ग",
  environment: "पर्यावरण", safety: "सुरक्षा", power: "बिजली", jobs: "रोज़गार",
  voters: "मतदान और चुनाव", finance: "पैसा और बैंक", housing: "घर और आवास",
  sanitation: "साफ़-सफ़ाई", disability: "दिव्यांगजन", youth_sports: "युवा और खेल-कूद",
  culture: "कला और संस्कृति",
};
export const topicName = (topic) => TOPIC_HI[topic] || `«${topic}»`;

// Fields of a poster 422, as the user knows them. `plural` picks the verb's plural.
const POSTER_FIELD_HI = {
  template: { label: "लेआउट", fem: false },
  title: { label: "शीर्षक", fem: false },
  lines: { label: "पंक्तियाँ", fem: true, plural: true },
  cta: { label: "बटन का वाक्य", fem: false },
  footer: { label: "नीचे की पंक्ति", fem: true },
  qr: { label: "QR कोड का पता", fem: false },
  logo: { label: "लोगो", fem: false },
  photo: { label: "फ़ोटो", fem: true },
  colors: { label: "रंग", fem: false, plural: true },
  "colors.background": { label: "पृष्ठभूमि का रंग", fem: false },
  "colors.text": { label: "अक्षरों का रंग", fem: false },
  "colors.accent": { label: "बटन का रंग", fem: false },
  format: { label: "फ़ाइल का प्रकार", fem: false },
  ai_generated: { label: "एआई लेबल", fem: false },
  organisation: { label: "संस्था का नाम", fem: false },
  topic: { label: "विषय का चित्र", fem: false },
};

function posterFieldInfo(field) {
  const m = /^lines\[(\d+)\]$/.exec(field);
  if (m) return { label: `पंक्ति ${Number(m[1]) + 1}`, fem: true };
  return POSTER_FIELD_HI[field] || { label: `«${field}»`, fem: false };
}

/** A Hindi sentence for one poster 422/413 entry; `field` is already the UI's. */
export function posterFieldMessage(field, err) {
  const info = posterFieldInfo(field);
  const { label, fem, plural } = info;
  const g = (masc, femi, pl) => (plural ? pl : fem ? femi : masc);
  const type = String(err.type || "");
  // Worded from the entry's type and params, never its English message (issue 16).
  const params = err.params || {};
  if (type === "text_does_not_fit") {
    const which = field === "lines" ? "छोटी करें, कुछ हटाएँ" : `${g("छोटा", "छोटी", "छोटी")} करें`;
    // The server names the layouts the words would fit (params.layouts_hi).
    const named = String(params.layouts || "").split(",").filter((name) => LAYOUT_HI[name]);
    const others = named.length
      ? named.map((name) => `«${LAYOUT_HI[name].name}»`).join(" या ")
      : params.layouts_hi;
    const fit = g("समा जाएगा", "समा जाएगी", "समा जाएँगी");
    const choose = others ? `या लेआउट बदलें: ${others} में ${fit}` : "या बड़ा लेआउट चुनें";
    return `${label} इस लेआउट में नहीं समा ${g("रहा", "रही", "रहीं")} — ${which} ${choose}`;
  }
  if (FILE_HI[field]) {
    const { noun } = FILE_HI[field];
    if (type === "upload_too_large" && params.max_bytes) {
      return `${noun} बहुत ${g("बड़ा", "बड़ी")} है — ${sizeHindi(Number(params.max_bytes))} तक की फ़ाइल चुनें।`;
    }
    if (type === "image_too_large" && params.max_pixels) {
      const mp = Math.round(Number(params.max_pixels) / 1e6);
      return `${noun} बहुत ${g("बड़ा", "बड़ी")} है — ${mp} मेगापिक्सेल से छोटी तस्वीर चुनें।`;
    }
    if (type === "image_unreadable" || type === "base64_invalid") {
      return `${noun} सही फ़ाइल नहीं है — फ़ोन या कैमरे की कोई तस्वीर (PNG या JPEG) चुनें`;
    }
  }
  if (type === "no_place_in_layout") {
    return `इस लेआउट में ${label} की जगह नहीं है — इसे हटाएँ या दूसरा लेआउट चुनें।`;
  }
  if (field === "qr" && type === "string_pattern_mismatch") {
    return "QR कोड के लिए पूरा वेब पता (https:// से शुरू) या फ़ोन नंबर लिखें।";
  }
  if (field === "template" && type === "unknown_template") {
    return "यह लेआउट सर्वर पर नहीं मिला — सूची से कोई दूसरा लेआउट चुनें।";
  }
  if (/^colors/.test(field) && type === "string_pattern_mismatch") {
    return `${label} सही नहीं है — रंग चुनने वाले से रंग चुनें या «लेआउट के रंग वापस लाएँ» दबाएँ।`;
  }
  if (type === "string_too_long" && params.max_length) {
    return `${label} बहुत ${g("लंबा", "लंबी", "लंबी")} है: ज़्यादा से ज़्यादा ${params.max_length} अक्षर हो सकते हैं। इसे छोटा करें।`;
  }
  if (field === "lines" && type === "too_long" && params.max_length) {
    return `ज़्यादा से ज़्यादा ${params.max_length} पंक्तियाँ हो सकती हैं; कुछ हटाएँ।`;
  }
  if (field === "title" && type === "missing") return POSTER.titleMissing;
  return hindiFieldMessage(field, err, info);
}

export function posterStatusMessage(status, detail, message, code, params = {}) {
  const d = detailText(detail);
  if (message && SERVER_WORDED.includes(status)) return message;
  if (status === 413) {
    const limit = Number(params.max_bytes);
    return (
      "पोस्टर का अनुरोध बहुत बड़ा है — छोटी फ़ोटो या छोटा लोगो चुनें" +
      (limit ? ` (कुल मिलाकर ${sizeHindi(limit)} तक)।` : "।")
    );
  }
  if (status === 503) {
    return code === "posters_unavailable"
      ? "इस सर्वर पर अभी पोस्टर नहीं बन सकते: हिंदी अक्षरों को सही जोड़ने वाला हिस्सा " +
          "(libfribidi0) इंस्टॉल नहीं है। सर्वर चलाने वाले व्यक्ति से कहें कि वे libfribidi0 " +
          "इंस्टॉल करके (scripts/system-deps.sh run) सर्वर दोबारा चलाएँ। मसौदे बनते रहेंगे।"
      : "पोस्टर बनाने की सुविधा अभी उपलब्ध नहीं है। थोड़ी देर में फिर कोशिश करें; " +
          "बार-बार हो तो सर्वर चलाने वाले व्यक्ति को बताएँ।";
  }
  return statusMessage(status, d);
}

/** The header's English warnings ("emoji removed from title: ..."), in Hindi. */
export function warningHindi(text) {
  return text
    .split(/;\s*/)
    .filter(Boolean)
    .map((w) => {
      const m = /^emoji removed from ([\w.[\]]+)/.exec(w);
      if (m) {
        return `${posterFieldInfo(m[1]).label} से इमोजी हटा दिए गए — सर्वर पर रंगीन इमोजी वाला फ़ॉन्ट नहीं है।`;
      }
      if (/^topic icon left out/.test(w)) {
        return "विषय का चित्र नहीं लगा — उसके साथ शब्द इस लेआउट में नहीं समा रहे थे।";
      }
      return `सर्वर ने कुछ बदला है: ${w}`;
    });
}

// A draft's last line that says it was written with AI's help, in results saved before the
// response carried its `disclosure` (poster-start.js leaves it off the poster).
export const OLD_DISCLOSURE = /एआई की (सहायता|मदद)/;

export const POSTER = {
  fromDraft: (n, lines) => `मसौदा ${n} से भरा गया: शीर्षक और ${counted(lines, "पंक्ति", "पंक्तियाँ")} — सब बदल सकते हैं।`,
  fromOneLine: (n) =>
    `मसौदा ${n} से भरा गया। पूरा मसौदा एक ही पंक्ति में था, इसलिए वही शीर्षक बना — ` +
    "चाहें तो उसे छोटा करके बाकी बातें नीचे की पंक्तियों में लिखें।",
  disclosureDropped: "एआई वाली आख़िरी पंक्ति नहीं ली गई: पोस्टर पर अपना «एआई-जनित» लेबल लगता है।",
  linesLeft: (n) => `${counted(n, "पंक्ति छोड़ी गई", "पंक्तियाँ छोड़ी गईं")} — पोस्टर पर ज़्यादा से ज़्यादा 8 पंक्तियाँ आती हैं।`,
  shortened: "कुछ लंबी पंक्तियाँ छोटी की गईं (…)।",
  blank: "खाली पोस्टर: लेआउट, लोगो, रंग और संस्था का नाम वही रहे, पाठ हटा दिया गया।",
  topicAuto: "अपने-आप (शब्दों से)",
  startFromDraft:
    "किसी मसौदे से शुरू करने के लिए «मसौदा» स्क्रीन पर उसके नीचे «पोस्टर बनाएँ» दबाएँ, या यहीं लिखें।",
  startHere: "यहाँ सीधे लिखें, या पहले «मसौदा» स्क्रीन पर मसौदे बनाकर उनमें से किसी से पोस्टर बनाएँ।",
  line: (n) => `पंक्ति ${n}`,
  linePlaceholder: "जैसे: पात्र किसान परिवारों को हर साल ₹6,000 मिलते हैं",
  removeLine: (n) => `पंक्ति ${n} हटाएँ`,
  lineRemoved: (n) => `पंक्ति ${n} हटाई गई`,
  maxLines: "ज़्यादा से ज़्यादा 8 पंक्तियाँ हो सकती हैं।",
  linesDidNotFit: (n) => `${counted(n, "पंक्ति नहीं आ सकी", "पंक्तियाँ नहीं आ सकीं")} — ज़्यादा से ज़्यादा 8 पंक्तियाँ।`,
  noLayouts: "लेआउट की सूची नहीं आ पाई। सर्वर चल रहा है, यह देखकर फिर कोशिश करें।",
  ownColour: "आपका रंग",
  layoutColour: "लेआउट का रंग",
  coloursBack: "लेआउट के रंग वापस आ गए",
  pickFile: (noun, img, fem) => (fem && img ? `दूसरी ${noun} चुनें` : img ? `दूसरा ${noun} चुनें` : `${noun} चुनें`),
  notStored:
    "यह फ़ाइल 500 KB से बड़ी है, इसलिए इस ब्राउज़र में सहेजी नहीं जाएगी — " +
    "पेज दोबारा खोलने पर इसे फिर से चुनना होगा।",
  forgotten: (name) =>
    `पिछली बार चुनी फ़ाइल «${name}» बड़ी होने के कारण सहेजी नहीं गई थी — ` + "उसे फिर से चुनें।",
  fileTooBig: (noun, fem, name, size, max) =>
    `${noun} बहुत ${fem ? "बड़ी" : "बड़ा"} है: «${name}» ${size} की है, ` +
    `ज़्यादा से ज़्यादा ${max} हो सकती है। छोटी फ़ाइल चुनें।`,
  fileChosen: (noun, fem, name) => `${noun} ${fem ? "चुनी गई" : "चुना गया"}: ${name}`,
  fileUnreadable: (name) => `«${name}» पढ़ी नहीं जा सकी। कोई दूसरी फ़ाइल चुनें।`,
  fileRemoved: (noun, fem) => `${noun} ${fem ? "हटाई गई" : "हटाया गया"}`,
  download: (format) => `पोस्टर डाउनलोड करें (${format})`,
  notice: "ध्यान दें",
  labelShare: " इस पोस्टर पर लेबल: तस्वीर का ",
  labelSharePart: " हिस्सा",
  labelEnough: " — 10% की सीमा से ज़्यादा।",
  labelTooSmall: " — 10% से कम! बड़ा लेआउट चुनें।",
  previewing: "पूर्वावलोकन बन रहा है…",
  previewFailed: "पूर्वावलोकन नहीं बना — फ़ॉर्म में लाल रंग से दिखाई गई बात ठीक करें; फिर यह अपने-आप बनेगा।",
  previewAlt: (title) => `पोस्टर का पूर्वावलोकन: ${title}`,
  previewReady: "पूर्वावलोकन तैयार",
  titleMissing: "शीर्षक लिखें — पोस्टर के लिए शीर्षक ज़रूरी है।",
  making: "पोस्टर बन रहा है…",
  downloaded: (name) => `डाउनलोड हो गया: ${name}`,
  downloadedHeading: "डाउनलोड किया गया पोस्टर",
  share: "शेयर करें",
  shareWait: "पूर्वावलोकन अभी बन रहा है — वह दिखते ही «शेयर करें» फिर दबाएँ।",
  shared: "पोस्टर शेयर के लिए भेज दिया गया।",
  sharedTextOnly: "यह ब्राउज़र तस्वीर शेयर नहीं कर सकता, इसलिए सिर्फ़ शीर्षक भेजा गया — पोस्टर डाउनलोड करके साथ में भेजें।",
  shareFailed: "शेयर नहीं हो पाया — पोस्टर डाउनलोड करके भेजें।",
};
