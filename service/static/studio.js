/*
 * संदेश स्टूडियो — the draft screen and the poster screen.
 *
 * Plain script, no build step, no requests beyond this service:
 *   POST /v1/drafts/stream  (Server-Sent Events over a POST, parsed by hand: EventSource cannot POST)
 *   POST /v1/checks         (re-check after an edit, debounced)
 *   POST /v1/posters        (the poster screen: a PNG preview, debounced, and the download)
 *   POST /v1/records/{id}/marks  («प्रकाशित किया»: a draft's record, a downloaded poster's)
 *   GET  /v1/poster-templates, /v1/limits, /health
 *   GET  /v1/me             (whose access key this is; the key dialog checks a key with it)
 * Offsets in check issues are Unicode code points (Python str indices); JS strings are UTF-16,
 * so text is sliced as Array.from(text), never with String.prototype.slice.
 * The form, the drafts and their edits live in localStorage, so nothing typed is lost; the poster
 * form too, under its own key (without images over ~500 KB). An access key, on a server with
 * accounts, lives in sessionStorage only (this tab), and every request goes through api().
 */
(function () {
  "use strict";

  // ---------------------------------------------------------------------------------------
  // Constants: Hindi labels for the English values the API takes.
  // ---------------------------------------------------------------------------------------

  const STORE_KEY = "sandesh.studio.v1";
  const CHECK_DEBOUNCE_MS = 500;

  const PLATFORM_HI = { whatsapp: "व्हाट्सऐप", facebook: "फ़ेसबुक", x: "एक्स", instagram: "इंस्टाग्राम" };
  const KINDS = ["scheme", "local_issue", "event", "appeal", "greeting"];
  const PLATFORMS = Object.keys(PLATFORM_HI);
  const TONES = ["respectful", "warm", "urgent", "celebratory"];

  const CHECKS = [
    ["grounding", "तथ्य"],
    ["coverage", "सभी तथ्य"],
    ["language", "भाषा"],
    ["register", "लहजा"],
    ["conduct", "आचार संहिता"],
    ["length", "लंबाई"],
    ["format", "प्रारूप"],
    ["fit", "संपादन"],
  ];
  const CHECK_HI = Object.fromEntries(CHECKS);
  const UNIT_HI = { characters: "अक्षर", "weighted characters": "भारित अक्षर" };

  const FACT_PLACEHOLDERS = {
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

  const DEFAULT_FORM = {
    kind: "scheme",
    mode: "list",
    facts: [""],
    paste: "",
    platform: "whatsapp",
    tone: "respectful",
    audience: "",
    call_to_action: "",
    variants: 3,
  };

  const limits = { max_facts: 20, max_fact_chars: 300, max_field_chars: 200 };

  // ---------------------------------------------------------------------------------------
  // Small helpers
  // ---------------------------------------------------------------------------------------

  const $ = (sel, root) => (root || document).querySelector(sel);
  const $$ = (sel, root) => Array.from((root || document).querySelectorAll(sel));
  const cpLen = (s) => Array.from(s || "").length;
  const reducedMotion = () => window.matchMedia("(prefers-reduced-motion: reduce)").matches;

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs || {})) {
      if (value === null || value === undefined || value === false) continue;
      if (key === "class") node.className = value;
      else if (key === "text") node.textContent = value;
      else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
      else node.setAttribute(key, value === true ? "" : String(value));
    }
    for (const child of children.flat()) {
      if (child === null || child === undefined || child === false) continue;
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
  }

  function short(text, max) {
    const cps = Array.from(String(text || "").replace(/\s+/g, " ").trim());
    return cps.length > (max || 40) ? cps.slice(0, max || 40).join("") + "…" : cps.join("");
  }

  function scrollIntoViewIfNeeded(node) {
    const rect = node.getBoundingClientRect();
    if (rect.top < 0 || rect.top > window.innerHeight - 60) {
      node.scrollIntoView({ block: "start", behavior: reducedMotion() ? "auto" : "smooth" });
    }
  }

  // ---------------------------------------------------------------------------------------
  // State, kept in localStorage
  // ---------------------------------------------------------------------------------------

  const state = {
    form: JSON.parse(JSON.stringify(DEFAULT_FORM)),
    workshop: false,
    result: null,
    // The last run's workshop trace (prompt, candidates and their checks, choices, figures),
    // kept so a trainer's reload does not lose what the room was looking at (issue 15).
    trace: null,
  };

  function restore() {
    let saved;
    try {
      saved = JSON.parse(localStorage.getItem(STORE_KEY) || "null");
    } catch (_) {
      saved = null;
    }
    if (!saved || typeof saved !== "object") return;
    const f = saved.form || {};
    const form = state.form;
    if (KINDS.includes(f.kind)) form.kind = f.kind;
    if (f.mode === "list" || f.mode === "paste") form.mode = f.mode;
    if (Array.isArray(f.facts) && f.facts.length) form.facts = f.facts.map((x) => String(x ?? ""));
    if (typeof f.paste === "string") form.paste = f.paste;
    if (PLATFORMS.includes(f.platform)) form.platform = f.platform;
    if (TONES.includes(f.tone)) form.tone = f.tone;
    if (typeof f.audience === "string") form.audience = f.audience;
    if (typeof f.call_to_action === "string") form.call_to_action = f.call_to_action;
    if (Number.isInteger(f.variants) && f.variants >= 1 && f.variants <= 5) form.variants = f.variants;
    state.workshop = saved.workshop === true;
    const r = saved.result;
    if (r && Array.isArray(r.drafts) && r.context && Array.isArray(r.context.sources)) {
      state.result = r;
    }
    const t = saved.trace;
    if (t && typeof t === "object" && Array.isArray(t.candidates) && Array.isArray(t.drafts)) {
      state.trace = t;
    }
  }

  function save() {
    try {
      localStorage.setItem(STORE_KEY, JSON.stringify(state));
    } catch (_) {
      // Storage full or disabled: the page still works, it just forgets on reload.
    }
    markStale();
  }

  /** Drafts on screen that came from other facts or choices than the form's now say so
   * (issue 15: after an edit or a reload they looked current). */
  function markStale() {
    const note = document.getElementById("drafts-stale");
    const r = state.result;
    if (!note) return;
    let stale = false;
    const busy = document.getElementById("draft-form").getAttribute("aria-busy") === "true";
    if (r && r.context && r.drafts && r.drafts.length && !busy) {
      const { body } = buildRequest();
      const c = r.context;
      const now = [body.kind, body.facts, body.audience || null, body.call_to_action || null, body.platform, body.tone];
      const then = [c.kind, c.facts, c.audience || null, c.call_to_action || null, c.platform, c.tone];
      stale = JSON.stringify(now) !== JSON.stringify(then);
    }
    note.hidden = !stale;
  }

  // ---------------------------------------------------------------------------------------
  // The form
  // ---------------------------------------------------------------------------------------

  const form = $("#draft-form");
  const factsList = $("#facts-list");
  const factTemplate = $("#fact-row");

  function renderFacts(focusIndex) {
    factsList.replaceChildren();
    const placeholder = FACT_PLACEHOLDERS[state.form.kind];
    state.form.facts.forEach((value, i) => {
      const row = factTemplate.content.firstElementChild.cloneNode(true);
      const id = `fact-${i}`;
      const label = $(".fact-label", row);
      const input = $(".fact-input", row);
      const remove = $(".fact-remove", row);
      const error = $(".field-error", row);
      row.dataset.index = String(i);
      label.textContent = `तथ्य ${i + 1}`;
      label.htmlFor = id;
      input.id = id;
      input.value = value;
      input.placeholder = i === 0 ? placeholder : "";
      error.id = `error-fact-${i}`;
      $(".fact-note", row).id = `note-fact-${i}`;
      input.setAttribute("aria-describedby", `${error.id} note-fact-${i}`);
      remove.setAttribute("aria-label", `तथ्य ${i + 1} हटाएँ`);
      factsList.append(row);
      updateFactCount(row);
      autoGrow(input);
    });
    if (focusIndex !== undefined) {
      const target = $(`#fact-${Math.max(0, Math.min(focusIndex, state.form.facts.length - 1))}`);
      if (target) target.focus();
    }
  }

  // A web or mail address is Latin in any Hindi fact: its letters are not counted (the
  // server's ADDRESS rule in routes/drafts.py).
  const ADDRESS = /(?:https?:\/\/)?[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?:https?:\/\/)?[\w-]+(?:\.[\w-]+)+(?:\/\S*)?/g;

  /** A fact mostly in Roman letters gets no Hindi post: say so while it is typed, by the rule
   * the server refuses it with (service/routes/drafts.py roman_fact_errors). */
  function romanFact(text) {
    text = text.replace(ADDRESS, " ");
    const latin = (text.match(/[A-Za-z]/g) || []).length;
    const devanagari = (text.match(/[\u0900-\u097F]/g) || []).length;
    return latin >= 8 && latin > devanagari;
  }

  function updateFactNote(row) {
    const note = $(".fact-note", row);
    const roman = romanFact($(".fact-input", row).value);
    note.hidden = !roman;
    note.textContent = roman
      ? "यह तथ्य रोमन अक्षरों (अंग्रेज़ी या हिंग्लिश) में लगता है। पोस्ट हिंदी में बनती है — इसे देवनागरी में लिखें।"
      : "";
  }

  function updateFactCount(row) {
    updateFactNote(row);
    const input = $(".fact-input", row);
    const count = $(".fact-count", row);
    const n = cpLen(input.value);
    count.textContent = `${n}/${limits.max_fact_chars}`;
    count.classList.toggle("over", n > limits.max_fact_chars);
  }

  function autoGrow(textarea) {
    textarea.style.height = "auto";
    if (textarea.scrollHeight) textarea.style.height = `${textarea.scrollHeight + 2}px`;
  }

  factsList.addEventListener("input", (event) => {
    const input = event.target.closest(".fact-input");
    if (!input) return;
    const row = input.closest(".fact-row");
    const i = Number(row.dataset.index);
    state.form.facts[i] = input.value;
    updateFactCount(row);
    autoGrow(input);
    clearRowError(row);
    clearFieldError("facts");
    save();
  });

  factsList.addEventListener("keydown", (event) => {
    const input = event.target.closest(".fact-input");
    if (!input || event.key !== "Enter" || event.shiftKey || event.isComposing) return;
    // Enter starts the next fact: a fact is one line.
    event.preventDefault();
    const i = Number(input.closest(".fact-row").dataset.index);
    state.form.facts.splice(i + 1, 0, "");
    save();
    renderFacts(i + 1);
  });

  factsList.addEventListener("paste", (event) => {
    const input = event.target.closest(".fact-input");
    if (!input || !event.clipboardData) return;
    const text = event.clipboardData.getData("text/plain");
    const parts = text.split(/\r?\n/).map((s) => s.trim()).filter(Boolean);
    if (parts.length < 2) return;
    // Several lines pasted into one fact: one fact per line.
    event.preventDefault();
    const i = Number(input.closest(".fact-row").dataset.index);
    const before = input.value.slice(0, input.selectionStart);
    const after = input.value.slice(input.selectionEnd);
    state.form.facts[i] = (before + parts[0]).trim();
    const rest = parts.slice(1);
    rest[rest.length - 1] = (rest[rest.length - 1] + after).trim();
    state.form.facts.splice(i + 1, 0, ...rest);
    save();
    renderFacts(i + rest.length);
  });

  factsList.addEventListener("click", (event) => {
    const button = event.target.closest(".fact-remove");
    if (!button) return;
    const i = Number(button.closest(".fact-row").dataset.index);
    if (state.form.facts.length === 1) state.form.facts[0] = "";
    else state.form.facts.splice(i, 1);
    save();
    renderFacts(Math.min(i, state.form.facts.length - 1));
    announce(`तथ्य ${i + 1} हटाया गया`);
  });

  $("#add-fact").addEventListener("click", () => {
    state.form.facts.push("");
    save();
    renderFacts(state.form.facts.length - 1);
  });

  /** Split a pasted paragraph into facts: on ।, ॥, a full stop before a space, and line breaks. */
  function splitParagraph(text) {
    return String(text || "")
      .split(/\r?\n|[।॥]|[.!?](?=\s|$)/u)
      .map((s) => s.replace(/\s+/g, " ").trim())
      .filter((s) => /[\p{L}\p{N}]/u.test(s));
  }

  function setMode(mode) {
    state.form.mode = mode;
    for (const button of $$(".mode-btn")) {
      button.setAttribute("aria-pressed", String(button.dataset.mode === mode));
    }
    $("#facts-list-mode").hidden = mode !== "list";
    $("#facts-paste-mode").hidden = mode !== "paste";
    save();
  }

  for (const button of $$(".mode-btn")) {
    button.addEventListener("click", () => {
      setMode(button.dataset.mode);
      (button.dataset.mode === "paste" ? $("#facts-paste") : $(".fact-input")).focus();
    });
  }

  /** Move the pasted paragraph into the list of facts; returns how many facts it gave. */
  function splitPasteIntoFacts() {
    const parts = splitParagraph(state.form.paste);
    if (!parts.length) return 0;
    const hasFacts = state.form.facts.some((f) => f.trim());
    state.form.facts = hasFacts ? [...state.form.facts.filter((f) => f.trim()), ...parts] : parts;
    state.form.paste = "";
    $("#facts-paste").value = "";
    setMode("list");
    renderFacts();
    return parts.length;
  }

  $("#facts-paste").addEventListener("input", (event) => {
    state.form.paste = event.target.value;
    clearFieldError("facts");
    save();
  });

  $("#split-paste").addEventListener("click", () => {
    const n = splitPasteIntoFacts();
    if (!n) {
      showFieldErrors([{ field: "facts", text: "बाँटने के लिए पहले पैराग्राफ़ चिपकाएँ।" }]);
      return;
    }
    announce(`${n} तथ्य बने — हर तथ्य जाँच लें`);
    $("#fact-0").focus();
  });

  for (const name of ["kind", "platform", "tone", "variants"]) {
    for (const radio of $$(`input[name="${name}"]`)) {
      radio.addEventListener("change", () => {
        state.form[name] = name === "variants" ? Number(radio.value) : radio.value;
        clearFieldError(name);
        if (name === "kind") {
          const first = $("#fact-0");
          if (first) first.placeholder = FACT_PLACEHOLDERS[state.form.kind];
        }
        save();
      });
    }
  }

  for (const name of ["audience", "call_to_action"]) {
    $(`#${name}`).addEventListener("input", (event) => {
      state.form[name] = event.target.value;
      clearFieldError(name);
      save();
    });
  }

  // A worked example per kind, to start from (issue 15: no example to start from). Scheme and
  // day facts are true as published (PM-Kisan: pmkisan.gov.in; the Constitution); the camp, the
  // ward and the dengue advice are a district office's everyday notices, with no scheme figures.
  const EXAMPLES = {
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

  $("#fill-example").addEventListener("click", () => {
    const example = EXAMPLES[state.form.kind] || EXAMPLES.scheme;
    Object.assign(state.form, {
      facts: [...example.facts],
      audience: example.audience,
      call_to_action: example.call_to_action,
      tone: example.tone,
      mode: "list",
    });
    save();
    fillForm();
    $("#fact-0").focus();
    announce("उदाहरण भरा गया — इसे बदलकर अपने तथ्य लिखें");
  });

  function fillForm() {
    const f = state.form;
    for (const name of ["kind", "platform", "tone", "variants"]) {
      const radio = $(`input[name="${name}"][value="${f[name]}"]`);
      if (radio) radio.checked = true;
    }
    $("#audience").value = f.audience;
    $("#call_to_action").value = f.call_to_action;
    $("#facts-paste").value = f.paste;
    renderFacts();
    setMode(f.mode);
  }

  // ---------------------------------------------------------------------------------------
  // Errors: field errors (client-side and 422) and request errors (413, 503, 504, 502, ...)
  // ---------------------------------------------------------------------------------------

  /** "पहला", "दूसरा", ... "5वाँ": which one, as Hindi says it. */
  function ordinal(n) {
    return ["पहला", "दूसरा", "तीसरा", "चौथा"][n - 1] || `${n}वाँ`;
  }

  /** "1 समस्या", "4 समस्याएँ": a count with its noun in the number it needs. */
  function counted(n, one, many) {
    return `${n} ${n === 1 ? one : many}`;
  }

  function fieldInfo(field) {
    const m = /^facts\[(\d+)\]$/.exec(field);
    if (m) return { label: `तथ्य ${Number(m[1]) + 1}`, fem: false };
    return FIELD_HI[field] || { label: `«${field}»`, fem: false };
  }

  /** A Hindi sentence for one 422 entry ({field, message, type}); `field` is already the UI's. */
  function hindiFieldMessage(field, err, info) {
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

  const KNOWN_FIELD_MESSAGE = (text) => !/ठीक नहीं है।$/.test(text);

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

  const NETWORK_MESSAGE =
    "सर्वर से संपर्क नहीं हो पाया। देखें कि संदेश सर्वर चल रहा है और आपका फ़ोन या कंप्यूटर उसी नेटवर्क पर है।";

  function detailText(detail) {
    if (detail === undefined || detail === null) return "";
    return typeof detail === "string" ? detail : JSON.stringify(detail);
  }

  async function readError(response) {
    let body = null;
    try {
      body = await response.json();
    } catch (_) {
      body = null;
    }
    const message = body && typeof body.message_hi === "string" ? body.message_hi : "";
    const code = body && typeof body.code === "string" ? body.code : "";
    const params = body && body.params && typeof body.params === "object" ? body.params : {};
    return { status: response.status, detail: body ? body.detail : null, message, code, params };
  }

  // Refusals only the server can word: which role may do it (403), how long to wait (429), why
  // the key was not taken (401). Its message_hi says so; for the rest the page's own Hindi.
  const SERVER_WORDED = [401, 403, 429];

  function requestMessage(status, detail, message) {
    return message && SERVER_WORDED.includes(status) ? message : statusMessage(status, detailText(detail));
  }

  // ---------------------------------------------------------------------------------------
  // Access keys: every call to this service goes through api()
  // ---------------------------------------------------------------------------------------
  //
  // A server with accounts answers 401 to a /v1 request without `Authorization: Bearer KEY`.
  // The key the user types is kept in sessionStorage — this tab only, forgotten when it is
  // closed; never in localStorage with the form — and sent with every /v1 request. A 401 opens
  // the key dialog; once GET /v1/me accepts a key, the refused request is sent again, so what
  // the user asked for still happens and nothing typed is lost.

  const KEY_STORE = "sandesh.studio.key";
  const ROLE_HI = {
    worker: "कार्यकर्ता",
    designer: "डिज़ाइनर",
    trainer: "प्रशिक्षक",
    admin: "एडमिन",
    trainee: "प्रशिक्षु",
  };
  const KEY_NEEDED_HI = "इस सर्वर पर काम करने के लिए एक्सेस कुंजी चाहिए। अपने एडमिन से मिली कुंजी डालें।";
  const KEY_REFUSED_HI = "यह कुंजी यहाँ मान्य नहीं है। जाँच लें कि पूरी और सही लिखी है, या अपने एडमिन से नई कुंजी लें।";

  let pageKey = ""; // if sessionStorage is unavailable, the key lasts as long as this page

  function keptKey() {
    try {
      return sessionStorage.getItem(KEY_STORE) || "";
    } catch (_) {
      return pageKey;
    }
  }

  function keepKey(key) {
    pageKey = key;
    try {
      sessionStorage.setItem(KEY_STORE, key);
    } catch (_) {
      // kept in pageKey instead
    }
  }

  function forgetKey() {
    pageKey = "";
    try {
      sessionStorage.removeItem(KEY_STORE);
    } catch (_) {
      // nothing was kept there
    }
  }

  /** fetch() with `key` (default: the kept key) as a Bearer header on /v1 paths: the one place it is set. */
  function keyedFetch(path, options, key) {
    const init = { ...(options || {}) };
    const headers = new Headers(init.headers || {});
    const sent = key === undefined ? keptKey() : key;
    if (sent && path.startsWith("/v1/")) headers.set("Authorization", `Bearer ${sent}`);
    init.headers = headers;
    return fetch(path, init);
  }

  /**
   * A request to this service. On a 401 the key dialog opens (once, for every request refused
   * meanwhile); when a key is accepted the same request is sent again and its answer returned.
   * If the user closes the dialog, the 401 itself is returned, shown like any failed request.
   */
  async function api(path, options) {
    for (;;) {
      const key = keptKey();
      const response = await keyedFetch(path, options, key);
      if (response.status !== 401 || !path.startsWith("/v1/")) return response;
      const now = keptKey();
      if (now && now !== key) continue; // a key was accepted while this request was on its way
      if (key) {
        forgetKey(); // revoked or expired: it will not work again
        showAccount(null);
      }
      const { message } = await readError(response.clone());
      if (!(await askForKey(message))) return response;
    }
  }

  const keyDialog = $("#key-dialog");
  const keyInput = $("#key-input");
  const keySubmit = $("#key-submit");
  let keyAsk = null; // {promise, resolve, opener} while the dialog is open

  function askForKey(message) {
    if (!keyAsk) {
      let resolve;
      const promise = new Promise((r) => {
        resolve = r;
      });
      keyAsk = { promise, resolve, opener: document.activeElement };
      $("#key-reason").textContent = message || KEY_NEEDED_HI;
      keyError("");
      keyBusy(false);
      keyInput.value = "";
      if (typeof keyDialog.showModal === "function") keyDialog.showModal();
      else keyDialog.setAttribute("open", "");
      keyInput.focus();
    }
    return keyAsk.promise;
  }

  function closeKeyDialog(accepted) {
    const ask = keyAsk;
    keyAsk = null;
    keyInput.value = ""; // the key is not left lying in the page
    if (keyDialog.open) {
      if (typeof keyDialog.close === "function") keyDialog.close();
      else keyDialog.removeAttribute("open");
    }
    if (!ask) return;
    const back = ask.opener;
    if (back && back !== document.body && back.isConnected && typeof back.focus === "function") back.focus();
    ask.resolve(accepted);
  }

  function keyError(text) {
    const box = $("#key-error");
    box.textContent = text;
    box.hidden = !text;
    if (text) keyInput.setAttribute("aria-invalid", "true");
    else keyInput.removeAttribute("aria-invalid");
  }

  function keyBusy(busy) {
    keySubmit.disabled = busy;
    keySubmit.textContent = busy ? "कुंजी जाँची जा रही है…" : "जारी रखें";
    $("#key-form").setAttribute("aria-busy", String(busy));
  }

  $("#key-form").addEventListener("submit", async (event) => {
    event.preventDefault();
    if (keySubmit.disabled) return;
    const key = keyInput.value.trim();
    if (!key) {
      keyError("कुंजी लिखें या चिपकाएँ — यह आपको अपने एडमिन से मिली होगी।");
      keyInput.focus();
      return;
    }
    keyBusy(true);
    let response;
    try {
      response = await keyedFetch("/v1/me", { cache: "no-store" }, key);
    } catch (_) {
      keyBusy(false);
      keyError(NETWORK_MESSAGE);
      keyInput.focus();
      return;
    }
    if (!response.ok) {
      const { status, detail, message } = await readError(response);
      keyBusy(false);
      keyError(status === 401 ? message || KEY_REFUSED_HI : requestMessage(status, detail, message));
      keyInput.focus();
      keyInput.select();
      return;
    }
    let me = null;
    try {
      me = await response.json();
    } catch (_) {
      me = null;
    }
    keyBusy(false);
    keepKey(key);
    showAccount(me);
    closeKeyDialog(true);
  });

  $("#key-cancel").addEventListener("click", () => closeKeyDialog(false));
  // Esc, or any other way the dialog closes: the refused requests stay refused.
  keyDialog.addEventListener("close", () => {
    if (!keyDialog.open) closeKeyDialog(false);
  });

  /** Who the kept key belongs to, in the header; nothing when no key is in use. */
  function showAccount(me) {
    const box = $("#account");
    if (!me || me.auth !== "key") {
      box.hidden = true;
      $("#account-name").textContent = "";
      $("#account-role").textContent = "";
      box.title = "";
      return;
    }
    $("#account-name").textContent = String(me.name || "");
    $("#account-role").textContent = ROLE_HI[me.role] || String(me.role || "");
    const until = me.expires_at ? new Date(me.expires_at) : null;
    box.title = until && !Number.isNaN(until.getTime()) ? `यह कुंजी ${until.toLocaleString("hi-IN")} तक चलेगी` : "";
    box.hidden = false;
  }

  /** On load: if this tab kept a key, whose it is. A key no longer valid is asked for again when used. */
  async function loadAccount() {
    const key = keptKey();
    if (!key) return;
    try {
      const response = await keyedFetch("/v1/me", { cache: "no-store" }, key);
      showAccount(response.ok ? await response.json() : null);
    } catch (_) {
      showAccount(null);
    }
  }

  $("#sign-out").addEventListener("click", () => {
    forgetKey();
    showAccount(null);
    announce("आप बाहर निकल गए। अगली बार कुंजी फिर से माँगी जाएगी।");
    const tab = $(".screen-tab[aria-current='page']");
    if (tab) tab.focus();
  });

  function fieldTargets(field) {
    const m = /^facts\[(\d+)\]$/.exec(field);
    if (m) {
      const row = $(`.fact-row[data-index="${m[1]}"]`);
      if (row) return { box: row, error: $(".field-error", row), inputs: [$(".fact-input", row)] };
    }
    const box = document.getElementById(`field-${field}`);
    if (!box) return null;
    const inputs = $$("input, textarea", box).filter((x) => x.type !== "radio" || x.checked);
    if (field === "facts") inputs.splice(0, inputs.length, ...$$(".fact-input", box));
    return { box, error: document.getElementById(`error-${field}`), inputs };
  }

  /**
   * Field errors of one form: each shown on its field, plus a summary that links to them.
   * `targets(field)` finds {box, error, inputs} for a UI field name. Used by both screens.
   */
  function fieldErrorUI(root, summary, targets) {
    function clearAll() {
      for (const box of $$(".invalid", root)) box.classList.remove("invalid");
      for (const p of $$(".field-error", root)) p.hidden = true;
      for (const x of $$("[aria-invalid]", root)) x.removeAttribute("aria-invalid");
      summary.hidden = true;
      summary.dataset.errors = "";
    }

    /** errors: [{field, text, english?}]. options.focus = false: no focus, no scrolling. */
    function show(errors, options) {
      const moveFocus = !options || options.focus !== false;
      clearAll();
      const items = [];
      let first = null;
      for (const err of errors) {
        const t = targets(err.field);
        if (t) {
          t.box.classList.add("invalid");
          if (t.error) {
            t.error.hidden = false;
            t.error.textContent = err.text;
          }
          for (const input of t.inputs) input.setAttribute("aria-invalid", "true");
          if (!first) first = t.inputs[0] || t.box;
        }
        const item = el("li", {}, err.text);
        if (err.english) item.append(el("span", { class: "english", lang: "en" }, ` (${err.english})`));
        if (t && t.inputs[0]) {
          const target = t.inputs[0];
          const link = el("button", { type: "button", class: "link", text: "ठीक करें" });
          link.addEventListener("click", () => target.focus());
          item.append(" ", link);
        }
        items.push(item);
      }
      summary.replaceChildren(el("p", { class: "error-title" }, "कृपया ये ठीक करें:"), el("ul", {}, items));
      summary.hidden = false;
      summary.dataset.errors = JSON.stringify(errors.map((e) => [e.field, e.text]));
      if (!moveFocus) return;
      if (first && typeof first.focus === "function") first.focus();
      else summary.focus();
      scrollIntoViewIfNeeded(summary);
    }

    function clear(field) {
      const t = targets(field);
      if (!t || !t.box.classList.contains("invalid")) return;
      summary.dataset.errors = ""; // what is shown is no longer the set it was made from
      t.box.classList.remove("invalid");
      if (t.error) t.error.hidden = true;
      for (const input of $$("[aria-invalid]", t.box)) {
        // A row (a fact, a poster line) keeps its own error until that row is edited.
        if (!input.closest(".fact-row.invalid, .line-row.invalid")) input.removeAttribute("aria-invalid");
      }
      if (!$$(".invalid", root).length) summary.hidden = true;
    }

    function clearRow(row) {
      row.classList.remove("invalid");
      $(".field-error", row).hidden = true;
      for (const input of $$("[aria-invalid]", row)) input.removeAttribute("aria-invalid");
      if (!$$(".invalid", root).length) summary.hidden = true;
      summary.dataset.errors = "";
    }

    /** The errors shown now, as [[field, text], ...] in JSON: to skip showing the same again. */
    const current = () => (summary.hidden ? "" : summary.dataset.errors || "");

    return { show, clear, clearRow, clearAll, current };
  }

  const draftErrors = fieldErrorUI(form, $("#form-errors"), fieldTargets);

  /** errors: [{field, text, english?}]; field is the UI's field name (facts[i] = the UI row). */
  function showFieldErrors(errors) {
    draftErrors.show(errors);
  }

  function clearFieldError(field) {
    draftErrors.clear(field);
  }

  function clearRowError(row) {
    draftErrors.clearRow(row);
  }

  function clearFieldErrors() {
    draftErrors.clearAll();
  }

  /** Fill an alert box: the Hindi message, the English detail, and a retry button. */
  function fillRequestError(box, message, detail, retry) {
    const parts = [el("p", { class: "error-title" }, message)];
    const english = detailText(detail);
    if (english) {
      parts.push(el("p", { class: "technical" }, "तकनीकी विवरण: ", el("span", { lang: "en" }, english)));
    }
    const button = el("button", { type: "button", class: "btn", text: "फिर कोशिश करें" });
    button.addEventListener("click", retry);
    parts.push(button);
    box.replaceChildren(...parts);
    box.hidden = false;
  }

  function showRequestError(status, detail, serverMessage) {
    const box = $("#request-error");
    const message = status ? requestMessage(status, detail, serverMessage) : NETWORK_MESSAGE;
    fillRequestError(box, message, detail, () => generate());
    box.dataset.status = String(status || "network");
    scrollIntoViewIfNeeded(box);
    if (status === 503 || !status) pollHealth(); // busy, loading or gone: the header says which
  }

  function handle422(detail, map) {
    const list = Array.isArray(detail) ? detail : [];
    const errors = list.map((err) => {
      let field = String(err.field || "body");
      const m = /^facts\[(\d+)\]$/.exec(field);
      if (m && map && map[Number(m[1])] !== undefined) field = `facts[${map[Number(m[1])]}]`;
      const text = hindiFieldMessage(field, err);
      return { field, text, english: KNOWN_FIELD_MESSAGE(text) ? null : err.message };
    });
    if (!errors.length) {
      errors.push({ field: "body", text: "अनुरोध में कुछ ठीक नहीं है।", english: detailText(detail) });
    }
    showFieldErrors(errors);
  }

  // ---------------------------------------------------------------------------------------
  // Issues: Hindi reasons, and the text with its issue spans marked
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

  function issueHindi(check, issue) {
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

  function allIssues(checks) {
    const list = [];
    for (const [name] of CHECKS) {
      const result = checks && checks[name];
      if (!result || !Array.isArray(result.issues)) continue;
      for (const issue of result.issues) list.push({ check: name, issue, hindi: issueHindi(name, issue) });
    }
    return list;
  }

  const CHECK_ORDER = Object.fromEntries(CHECKS.map(([name], i) => [name, i]));

  /** Issues to mark inside the text: valid offsets, not the whole text, no overlaps. */
  function inlineIssues(cps, issues) {
    const n = cps.length;
    const usable = issues.filter(({ issue }) => {
      const { start, end } = issue;
      if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > n || start >= end) {
        return false;
      }
      if (end - start >= Math.max(1, n * 0.8)) return false; // the whole post: listed, not marked
      return cps.slice(start, end).join("") === issue.span; // stale offsets are never marked
    });
    usable.sort(
      (a, b) => a.issue.start - b.issue.start || CHECK_ORDER[a.check] - CHECK_ORDER[b.check],
    );
    const chosen = [];
    let lastEnd = 0;
    for (const item of usable) {
      if (item.issue.start < lastEnd) continue;
      chosen.push(item);
      lastEnd = item.issue.end;
    }
    return chosen;
  }

  /** Fill `container` with `text`, its issue spans wrapped in focusable <mark>s. */
  function renderMarked(container, text, checks, tip) {
    const cps = Array.from(text || "");
    const issues = allIssues(checks);
    const marks = inlineIssues(cps, issues);
    const nodes = [];
    let at = 0;
    for (const item of marks) {
      const { start, end } = item.issue;
      if (start > at) nodes.push(document.createTextNode(cps.slice(at, start).join("")));
      const mark = el(
        "mark",
        {
          class: `issue issue-${item.check}`,
          tabindex: "0",
          title: `${CHECK_HI[item.check]}: ${item.hindi}`,
          "data-check": item.check,
          "data-reason": item.hindi,
          "data-english": item.issue.reason || "",
        },
        cps.slice(start, end).join(""),
      );
      nodes.push(mark);
      at = end;
    }
    if (at < cps.length) nodes.push(document.createTextNode(cps.slice(at).join("")));
    container.replaceChildren(...nodes);
    if (tip) bindTips(container, tip);
    return issues;
  }

  function bindTips(container, tip) {
    if (container.dataset.tips) return;
    container.dataset.tips = "1";
    const show = (mark) => {
      tip.replaceChildren(
        el("strong", {}, `${CHECK_HI[mark.dataset.check] || ""}: `),
        mark.dataset.reason,
        mark.dataset.english ? el("span", { class: "english", lang: "en" }, mark.dataset.english) : null,
      );
      tip.hidden = false;
      const box = container.getBoundingClientRect();
      const rect = mark.getBoundingClientRect();
      const width = Math.min(tip.offsetWidth, box.width);
      const left = Math.max(0, Math.min(rect.left - box.left, box.width - width));
      tip.style.left = `${left}px`;
      tip.style.top = `${rect.bottom - box.top + container.offsetTop + 6}px`;
      mark.setAttribute("aria-describedby", tip.id);
    };
    const hide = (mark) => {
      tip.hidden = true;
      if (mark) mark.removeAttribute("aria-describedby");
    };
    container.addEventListener("focusin", (e) => {
      if (e.target.matches("mark.issue")) show(e.target);
    });
    container.addEventListener("focusout", (e) => {
      if (e.target.matches("mark.issue")) hide(e.target);
    });
    container.addEventListener("mouseover", (e) => {
      const mark = e.target.closest("mark.issue");
      if (mark) show(mark);
    });
    container.addEventListener("mouseout", (e) => {
      const mark = e.target.closest("mark.issue");
      if (mark && mark !== document.activeElement) hide(mark);
    });
    container.addEventListener("keydown", (e) => {
      if (e.key === "Escape" && e.target.matches("mark.issue")) hide(e.target);
    });
  }

  function issueList(issues) {
    if (!issues.length) return null;
    return el(
      "ul",
      { class: "issues", "aria-label": "मिली समस्याएँ" },
      issues.map(({ check, issue, hindi }) =>
        el(
          "li",
          { class: `issue-item issue-item-${check}` },
          el("span", { class: "issue-check" }, CHECK_HI[check] || check),
          " ",
          hindi,
          issue.reason ? el("span", { class: "english", lang: "en" }, issue.reason) : null,
        ),
      ),
    );
  }

  function badges(checks) {
    return el(
      "ul",
      { class: "badges", "aria-label": "जाँच के नतीजे" },
      CHECKS.map(([name, label]) => {
        const result = checks && checks[name];
        const skipped = result && result.details && result.details.skipped;
        const passed = !result || result.passed;
        const count = result && Array.isArray(result.issues) ? result.issues.length : 0;
        const stateWord = skipped ? "नहीं जाँचा" : passed ? "ठीक" : count ? counted(count, "समस्या", "समस्याएँ") : "समस्या";
        return el(
          "li",
          {
            class: `badge ${skipped ? "skip" : passed ? "pass" : "fail"}`,
            "data-check": name,
            "data-passed": String(passed),
          },
          el("span", { class: "badge-icon", "aria-hidden": "true" }, skipped ? "–" : passed ? "✓" : "✗"),
          ` ${label}`,
          el("span", { class: passed ? "visually-hidden" : "badge-state" }, passed ? `: ${stateWord}` : ` (${stateWord})`),
        );
      }),
    );
  }

  function lengthText(length) {
    if (!length) return "";
    return `${length.count} / ${length.limit} ${UNIT_HI[length.unit] || length.unit}`;
  }

  // ---------------------------------------------------------------------------------------
  // «प्रकाशित किया»: POST /v1/records/{id}/marks, for a draft card and a downloaded poster
  // ---------------------------------------------------------------------------------------
  //
  // A small form under the item (not a dialog): where it was published and, if there is one,
  // the post's link. What the server recorded is kept with the item in localStorage, so the
  // confirmation is still there after a reload. The server decides; its Hindi is shown.

  const PUBLISH_PLATFORMS = [...PLATFORMS, "other"];
  const PUBLISH_PLATFORM_HI = { ...PLATFORM_HI, other: "अन्य" };
  const RECORD_MISSING_HI =
    "इसका रिकॉर्ड इस सर्वर पर नहीं मिला (शायद यह किसी दूसरे सर्वर पर बना था), इसलिए प्रकाशन दर्ज नहीं हो सका।";

  /** The marks kept with an item, as far as they are readable: [{platform, link}]. */
  function keptMarks(list) {
    if (!Array.isArray(list)) return [];
    return list
      .filter((m) => m && typeof m.platform === "string" && m.platform.trim())
      // Only a web address is ever a link here (the server takes no other).
      .map((m) => ({ platform: m.platform, link: typeof m.link === "string" && /^https?:\/\/\S+$/.test(m.link) ? m.link : null }));
  }

  function whereHindi(platform) {
    if (PLATFORM_HI[platform]) return `${PLATFORM_HI[platform]} पर`;
    if (platform === "other") return "किसी और जगह";
    return `«${platform}» पर`;
  }

  function publishMessage(status, detail, message) {
    if (status === 404) return RECORD_MISSING_HI;
    if (message) return message;
    if (status === 503) return "प्रकाशन अभी दर्ज नहीं हो सका। थोड़ी देर बाद फिर कोशिश करें।";
    return statusMessage(status, detailText(detail));
  }

  /**
   * The control: `toggle` (the «प्रकाशित किया» button) and `panel` (the confirmations and the
   * form), for the caller to place. `marks` is the item's list, added to on a 201; `keep()`
   * saves it. `platform` is the form's first choice.
   */
  function publishControl({ prefix, recordId, platform, marks, keep }) {
    const formId = `${prefix}-publish-form`;
    const done = el("div", { class: "publish-done", id: `${prefix}-published`, role: "status" });
    const toggle = el("button", {
      type: "button",
      class: "btn publish-toggle",
      "aria-expanded": "false",
      "aria-controls": formId,
    });

    const ids = {
      platform: `${prefix}-publish-platform`,
      other: `${prefix}-publish-other`,
      link: `${prefix}-publish-link`,
    };
    const errorOf = (name) => el("p", { class: "field-error", id: `${ids[name]}-error`, hidden: true });
    const errors = { platform: errorOf("platform"), other: errorOf("other"), link: errorOf("link") };
    const firstChoice = PUBLISH_PLATFORMS.includes(platform) ? platform : "whatsapp";
    const select = el(
      "select",
      { id: ids.platform, "aria-describedby": errors.platform.id },
      PUBLISH_PLATFORMS.map((p) => el("option", { value: p, selected: p === firstChoice }, PUBLISH_PLATFORM_HI[p])),
    );
    const other = el("input", {
      type: "text",
      id: ids.other,
      maxlength: "40",
      autocomplete: "off",
      lang: "hi",
      placeholder: "जैसे: मोहल्ला समिति का व्हाट्सऐप ग्रुप",
      "aria-describedby": errors.other.id,
    });
    const link = el("input", {
      type: "text",
      id: ids.link,
      inputmode: "url",
      autocomplete: "off",
      autocapitalize: "off",
      spellcheck: "false",
      placeholder: "https://…",
      "aria-describedby": `${ids.link}-hint ${errors.link.id}`,
    });
    const boxes = {
      platform: el(
        "div",
        { class: "field" },
        el("label", { for: ids.platform }, "कहाँ प्रकाशित किया?"),
        select,
        errors.platform,
      ),
      other: el(
        "div",
        { class: "field", hidden: true },
        el("label", { for: ids.other }, "किस जगह? ", el("span", { class: "optional" }, "(वैकल्पिक)")),
        other,
        errors.other,
      ),
      link: el(
        "div",
        { class: "field" },
        el("label", { for: ids.link }, "पोस्ट का लिंक ", el("span", { class: "optional" }, "(अगर हो)")),
        link,
        el("p", { class: "hint", id: `${ids.link}-hint` }, "पूरा पता, https:// से शुरू — जैसे https://www.facebook.com/…"),
        errors.link,
      ),
    };
    const formError = el("p", { class: "publish-error", role: "alert", hidden: true });
    const save = el("button", { type: "submit", class: "btn btn-save", text: "दर्ज करें" });
    const cancel = el("button", { type: "button", class: "btn btn-quiet", text: "रद्द करें" });
    const form = el(
      "form",
      { class: "publish-form", id: formId, novalidate: true, hidden: true, "aria-label": "प्रकाशन दर्ज करें" },
      el("p", { class: "hint" }, "यहाँ दर्ज करने से संस्था के रिकॉर्ड में लिखा जाता है कि यह कहाँ प्रकाशित हुआ।"),
      boxes.platform,
      boxes.other,
      boxes.link,
      formError,
      el("div", { class: "publish-actions" }, save, cancel),
    );
    const panel = el("div", { class: "publish" }, done, form);
    let busy = false;

    function showDone() {
      done.replaceChildren(
        ...marks.map((m) =>
          el(
            "p",
            { class: "publish-line" },
            `✓ ${whereHindi(m.platform)} प्रकाशित के रूप में दर्ज`,
            m.link
              ? [" — ", el("a", { href: m.link, target: "_blank", rel: "noopener noreferrer", class: "publish-link" }, m.link)]
              : null,
          ),
        ),
      );
      toggle.textContent = marks.length ? "कहीं और भी प्रकाशित किया" : "प्रकाशित किया";
    }

    function showOther() {
      boxes.other.hidden = select.value !== "other";
    }

    function clearErrors() {
      for (const [name, p] of Object.entries(errors)) {
        p.hidden = true;
        p.textContent = "";
        boxes[name].classList.remove("invalid");
      }
      for (const input of [select, other, link]) input.removeAttribute("aria-invalid");
      formError.hidden = true;
      formError.textContent = "";
    }

    const inputOf = { platform: select, other, link };

    function fieldError(name, text) {
      errors[name].textContent = text;
      errors[name].hidden = false;
      boxes[name].classList.add("invalid");
      inputOf[name].setAttribute("aria-invalid", "true");
    }

    function setOpen(open) {
      form.hidden = !open;
      toggle.setAttribute("aria-expanded", String(open));
      if (open) {
        clearErrors();
        showOther();
        select.focus();
      }
    }

    function setBusy(on) {
      busy = on;
      save.disabled = on;
      save.textContent = on ? "दर्ज हो रहा है…" : "दर्ज करें";
      form.setAttribute("aria-busy", String(on));
    }

    toggle.addEventListener("click", () => {
      const open = form.hidden;
      setOpen(open);
      if (!open) toggle.focus();
    });
    cancel.addEventListener("click", () => {
      setOpen(false);
      toggle.focus();
    });
    form.addEventListener("keydown", (event) => {
      if (event.key !== "Escape" || event.isComposing) return;
      event.preventDefault();
      setOpen(false);
      toggle.focus();
    });
    select.addEventListener("change", () => {
      showOther();
      clearErrors();
    });
    for (const [name, input] of [["other", other], ["link", link]]) {
      input.addEventListener("input", () => {
        errors[name].hidden = true;
        boxes[name].classList.remove("invalid");
        input.removeAttribute("aria-invalid");
      });
    }

    form.addEventListener("submit", async (event) => {
      event.preventDefault();
      if (busy) return;
      clearErrors();
      const choice = select.value;
      const named = choice === "other" ? other.value.replace(/\s+/g, " ").trim() : "";
      const body = { state: "published", platform: named || choice };
      const address = link.value.trim();
      if (address) body.link = address;
      setBusy(true);
      let response;
      try {
        response = await api(`/v1/records/${encodeURIComponent(recordId)}/marks`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify(body),
        });
      } catch (_) {
        setBusy(false);
        formError.textContent = NETWORK_MESSAGE;
        formError.hidden = false;
        return;
      }
      if (!response.ok) {
        const { status, detail, message } = await readError(response);
        setBusy(false);
        const rest = [];
        let first = null;
        if (status === 422 && Array.isArray(detail)) {
          for (const err of detail) {
            const field = String((err && err.field) || "body");
            const text = (err && typeof err.message_hi === "string" && err.message_hi) || hindiFieldMessage(field, err || {});
            const name = field === "link" ? "link" : field === "platform" ? (choice === "other" ? "other" : "platform") : null;
            if (name) {
              fieldError(name, text);
              first = first || inputOf[name];
            } else {
              rest.push(text);
            }
          }
        }
        if (rest.length || !first) {
          formError.textContent = rest.length ? rest.join(" ") : publishMessage(status, detail, message);
          formError.hidden = false;
        }
        if (first) first.focus();
        return;
      }
      let summary = null;
      try {
        summary = await response.json();
      } catch (_) {
        summary = null;
      }
      setBusy(false);
      marks.push({
        platform: (summary && summary.published_on) || body.platform,
        link: summary ? summary.published_link || null : body.link || null,
      });
      keep();
      link.value = "";
      other.value = "";
      setOpen(false);
      showDone();
      toggle.focus();
    });

    showDone();
    return { toggle, panel };
  }

  // ---------------------------------------------------------------------------------------
  // Drafts: cards with badges, marks, length; edit and re-check; copy; WhatsApp
  // ---------------------------------------------------------------------------------------

  const draftsBox = $("#drafts");
  const cards = []; // per draft: {root, view, tip, issues, badges, length, status, textarea, timer, controller}

  function sourceTag(draft) {
    if (draft.source === "template") {
      const title = draft.lead
        ? "यह मसौदा आपके तथ्यों से, जाँचे हुए वाक्य-संग्रह के शीर्षक और पंक्तियों के साथ बना है; मॉडल के शीर्षक वाले मसौदे इसके बाद आते हैं"
        : "मॉडल के लिखे पर्याप्त मसौदे जाँच में पास नहीं हुए, इसलिए यह मसौदा आपके तथ्यों से बने साँचे (टेम्पलेट) से बना है";
      return el("span", { class: "source source-template", title }, "टेम्पलेट");
    }
    if (draft.model_wrote === "headline") {
      const title = "इस मसौदे का शीर्षक मॉडल ने लिखा; बाक़ी पोस्ट आपके तथ्यों से बनी है, और पूरा मसौदा सभी जाँचों में पास हुआ";
      return el("span", { class: "source source-model", title }, "मॉडल का शीर्षक");
    }
    return el("span", { class: "source source-model", title: "यह मसौदा मॉडल ने लिखा और सभी जाँचों में पास हुआ" }, "मॉडल");
  }

  /** `record`: {id, platform} of the response the drafts came from; null while streaming, or
   * for a saved result with no record id (nothing to mark on the server). */
  function renderDrafts(drafts, live, record) {
    for (const card of cards) {
      // The old cards go away: their pending re-checks go with them.
      clearTimeout(card.timer);
      if (card.controller) card.controller.abort();
    }
    draftsBox.replaceChildren();
    draftsBox.classList.remove("stale");
    cards.length = 0;
    const has = drafts && drafts.length;
    $("#drafts-empty").hidden = Boolean(has) || Boolean(live);
    $("#drafts-heading").hidden = !has;
    if (!has) return;
    drafts.forEach((draft, i) => draftsBox.append(draftCard(draft, i, live, live ? null : record)));
  }

  /** The record the saved result's drafts belong to, if the server gave it one. */
  function resultRecord() {
    const r = state.result;
    if (!r || typeof r.id !== "string" || !r.id) return null;
    return { id: r.id, platform: r.context && r.context.platform };
  }

  function draftCard(draft, i, live, record) {
    const id = `draft-${i}`;
    const tip = el("div", { class: "tip", role: "tooltip", id: `${id}-tip`, hidden: true });
    const view = el("div", { class: "draft-text", id: `${id}-text`, lang: "hi" });
    const textarea = el("textarea", { id: `${id}-edit`, class: "draft-edit", rows: "3", lang: "hi" });
    textarea.value = draft.text;
    const editArea = el(
      "div",
      { class: "edit-area", id: `${id}-edit-area`, hidden: true },
      el("label", { for: `${id}-edit` }, "मसौदा बदलें"),
      textarea,
      el("p", { class: "hint" }, "लिखना रोकते ही मसौदे की दोबारा जाँच होगी।"),
    );
    const status = el("p", { class: "check-status", role: "status", "aria-live": "polite" });
    const length = el("span", { class: "length", title: "प्लेटफ़ॉर्म के हिसाब से लंबाई / सीमा" });
    const badgeBox = el("div", { class: "badge-box" });
    const issueBox = el("div", { class: "issue-box" });
    const editButton = el("button", {
      type: "button",
      class: "btn",
      "aria-expanded": "false",
      "aria-controls": `${id}-edit-area`,
      text: "संपादित करें",
    });
    const copyButton = el("button", { type: "button", class: "btn", text: "कॉपी करें" });
    // A link to post on the draft's own platform, where the platform takes text in a link
    // (WhatsApp, X); Facebook and Instagram take none, so copy and the share sheet serve them.
    const platform = draftPlatform();
    const shareLink = el("a", {
      class: `btn btn-share btn-${platform}`,
      target: "_blank",
      rel: "noopener noreferrer",
      text: SHARE_LABEL[platform] || "",
      hidden: !SHARE_LABEL[platform],
    });
    shareLink.dataset.platform = platform;
    const shareButton = el("button", {
      type: "button",
      class: "btn",
      text: "शेयर करें",
      hidden: typeof navigator.share !== "function",
    });
    shareButton.addEventListener("click", async () => {
      try {
        await navigator.share({ text: draft.text });
      } catch (_) {
        // Dismissed, or not allowed here: copy still works.
      }
    });
    const posterButton = el("button", { type: "button", class: "btn", text: "पोस्टर बनाएँ" });
    const revert = el("button", { type: "button", class: "btn btn-quiet", text: "मूल मसौदा वापस लाएँ", hidden: true });
    const root = el(
      "article",
      { class: "panel draft", id, "aria-labelledby": `${id}-title` },
      el(
        "header",
        { class: "draft-head" },
        el("h3", { id: `${id}-title` }, `मसौदा ${i + 1}`),
        sourceTag(draft),
        length,
      ),
      badgeBox,
      el("div", { class: "draft-body" }, view, tip),
      issueBox,
      editArea,
      status,
      el("div", { class: "draft-actions" }, editButton, copyButton, shareButton, shareLink, posterButton, revert),
    );
    if (record) {
      // All drafts of one response share its record: marking any of them marks the response.
      draft.published = keptMarks(draft.published);
      const publish = publishControl({
        prefix: id,
        recordId: record.id,
        platform: record.platform,
        marks: draft.published,
        keep: save,
      });
      $(".draft-actions", root).insertBefore(publish.toggle, revert);
      root.append(publish.panel);
    }
    const card = { root, view, tip, issueBox, badgeBox, length, status, textarea, share: shareLink, revert, draft };
    cards[i] = card;
    updateCard(card);

    if (live) {
      for (const b of [editButton, copyButton, posterButton]) b.disabled = true;
    }
    posterButton.addEventListener("click", () => startPosterFromDraft(draft, i));
    editButton.addEventListener("click", () => {
      const open = editArea.hidden;
      editArea.hidden = !open;
      editButton.setAttribute("aria-expanded", String(open));
      editButton.textContent = open ? "संपादन बंद करें" : "संपादित करें";
      if (open) {
        autoGrow(textarea);
        textarea.focus();
      }
    });
    textarea.addEventListener("input", () => {
      autoGrow(textarea);
      draft.text = textarea.value;
      draft.checkedText = null;
      save();
      // Offsets of the last check no longer fit: show the text unmarked until the re-check.
      card.view.textContent = draft.text;
      card.share.href = shareHref(draft.text, card.share.dataset.platform);
      card.revert.hidden = draft.text === draft.original;
      card.status.textContent = "बदलाव की जाँच होगी…";
      scheduleCheck(card);
    });
    copyButton.addEventListener("click", async () => {
      const ok = await copyText(draft.text);
      card.status.textContent = ok ? "कॉपी हो गया — अब कहीं भी चिपकाएँ।" : "कॉपी नहीं हो पाया; पाठ चुनकर ख़ुद कॉपी करें।";
    });
    revert.addEventListener("click", () => {
      draft.text = draft.original;
      textarea.value = draft.text;
      autoGrow(textarea);
      draft.checkedText = null;
      save();
      card.view.textContent = draft.text;
      card.share.href = shareHref(draft.text, card.share.dataset.platform);
      revert.hidden = true;
      scheduleCheck(card, 0);
    });
    if (!live && draft.checkedText === null) scheduleCheck(card, 0);
    return root;
  }

  const SHARE_LABEL = { whatsapp: "व्हाट्सऐप पर भेजें", x: "एक्स पर पोस्ट करें" };

  /** The platform the drafts on screen were written for. */
  function draftPlatform() {
    const context = (run && run.context) || (state.result && state.result.context);
    return (context && context.platform) || state.form.platform;
  }

  /** The draft's link on its platform: WhatsApp's (its app's own link when this computer is
   * offline and wa.me cannot load), or X's, with an X thread's first post. */
  function shareHref(text, platform) {
    if (platform === "x") {
      const first = text.split(/\n\n(?=🧵 )/u)[0].replace(/^🧵 \d+\/\d+\n/u, "");
      return `https://x.com/intent/post?text=${encodeURIComponent(first)}`;
    }
    if (platform !== "whatsapp") return "";
    const encoded = encodeURIComponent(text);
    return navigator.onLine === false ? `whatsapp://send?text=${encoded}` : `https://wa.me/?text=${encoded}`;
  }

  function updateCard(card) {
    const { draft } = card;
    const issues = renderMarked(card.view, draft.text, draft.checks, card.tip);
    card.badgeBox.replaceChildren(badges(draft.checks));
    const list = issueList(issues);
    card.issueBox.replaceChildren(...(list ? [list] : []));
    card.length.textContent = lengthText(draft.length);
    card.length.classList.toggle("over", Boolean(draft.length && draft.length.count > draft.length.limit));
    card.root.dataset.passed = String(Boolean(draft.passed));
    card.share.href = shareHref(draft.text, card.share.dataset.platform);
    card.revert.hidden = draft.text === draft.original;
  }

  function scheduleCheck(card, delay) {
    clearTimeout(card.timer);
    card.timer = setTimeout(() => runCheck(card), delay === undefined ? CHECK_DEBOUNCE_MS : delay);
  }

  /** A /v1/checks body: the text with the request its draft came from, so it is judged as
   * drafting judged it (issue 16: one way to check a text). */
  function checkBody(text, ctx) {
    return JSON.stringify({
      text,
      facts: ctx.facts,
      audience: ctx.audience,
      call_to_action: ctx.call_to_action,
      kind: ctx.kind,
      platform: ctx.platform,
      tone: ctx.tone,
    });
  }

  async function runCheck(card) {
    const { draft } = card;
    const ctx = state.result && state.result.context;
    if (!ctx) return;
    const text = draft.text;
    if (!text.trim()) {
      card.status.textContent = "मसौदा खाली है; कुछ लिखें या मूल मसौदा वापस लाएँ।";
      return;
    }
    if (card.controller) card.controller.abort();
    const controller = new AbortController();
    card.controller = controller;
    card.status.textContent = "जाँच हो रही है…";
    card.root.setAttribute("aria-busy", "true");
    let response;
    try {
      response = await api("/v1/checks", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: checkBody(text, ctx),
        signal: controller.signal,
      });
    } catch (err) {
      if (err.name !== "AbortError") card.status.textContent = NETWORK_MESSAGE;
      return;
    } finally {
      if (card.controller === controller) card.root.removeAttribute("aria-busy");
    }
    if (card.controller !== controller || draft.text !== text) return; // a newer edit is on its way
    if (!response.ok) {
      const { status, detail, message } = await readError(response);
      if (status === 422 && Array.isArray(detail)) {
        card.status.textContent = detail.map((e) => hindiFieldMessage(String(e.field || "text"), e)).join(" ");
      } else {
        card.status.textContent = requestMessage(status, detail, message);
      }
      return;
    }
    const data = await response.json();
    draft.checks = data.checks;
    draft.passed = data.passed;
    const d = data.checks && data.checks.length && data.checks.length.details;
    if (d && d.count !== undefined) draft.length = { count: d.count, limit: d.limit, unit: d.unit };
    draft.checkedText = text;
    save();
    updateCard(card);
    const n = allIssues(data.checks).length;
    card.status.textContent = data.passed ? "दोबारा जाँचा: सब ठीक है।" : `दोबारा जाँचा: ${counted(n, "समस्या मिली", "समस्याएँ मिलीं")} — चिह्नित हिस्से देखें।`;
  }

  async function copyText(text) {
    try {
      if (navigator.clipboard && window.isSecureContext) {
        await navigator.clipboard.writeText(text);
        return true;
      }
    } catch (_) {
      // fall through to the old way
    }
    // Over plain http on a LAN address there is no clipboard API: copy through a selection.
    const area = el("textarea", { class: "copy-buffer", readonly: true, "aria-hidden": "true" });
    area.value = text;
    document.body.append(area);
    area.select();
    let ok = false;
    try {
      ok = document.execCommand("copy");
    } catch (_) {
      ok = false;
    }
    area.remove();
    return ok;
  }

  // ---------------------------------------------------------------------------------------
  // Generating: POST /v1/drafts/stream, read as Server-Sent Events
  // ---------------------------------------------------------------------------------------

  /** Yield {name, data} for each event of an SSE body (a fetch() ReadableStream). */
  async function* readEvents(body) {
    const reader = body.getReader();
    const decoder = new TextDecoder();
    let buffer = "";
    for (;;) {
      const { value, done } = await reader.read();
      buffer += done ? decoder.decode() : decoder.decode(value, { stream: true });
      // A "\r\n" may be split across chunks: hold a trailing "\r" back until the next one.
      let keep = "";
      if (!done && buffer.endsWith("\r")) {
        keep = "\r";
        buffer = buffer.slice(0, -1);
      }
      buffer = buffer.replace(/\r\n?/g, "\n");
      let cut;
      while ((cut = buffer.indexOf("\n\n")) >= 0) {
        const event = parseEvent(buffer.slice(0, cut));
        buffer = buffer.slice(cut + 2);
        if (event) yield event;
      }
      buffer += keep;
      if (done) {
        const event = parseEvent(buffer);
        if (event) yield event;
        return;
      }
    }
  }

  function parseEvent(block) {
    let name = "message";
    const data = [];
    for (const line of block.split("\n")) {
      if (!line || line.startsWith(":")) continue; // comments are keep-alive pings
      const colon = line.indexOf(":");
      const field = colon < 0 ? line : line.slice(0, colon);
      let value = colon < 0 ? "" : line.slice(colon + 1);
      if (value.startsWith(" ")) value = value.slice(1);
      if (field === "event") name = value;
      else if (field === "data") data.push(value);
    }
    if (!data.length) return null;
    const raw = data.join("\n");
    try {
      return { name, data: JSON.parse(raw) };
    } catch (_) {
      return { name, data: raw };
    }
  }

  let run = null;

  function buildRequest() {
    const f = state.form;
    const facts = [];
    const map = []; // facts[k] sent -> UI row map[k]
    f.facts.forEach((fact, i) => {
      const value = fact.trim();
      if (value) {
        facts.push(value);
        map.push(i);
      }
    });
    const body = { kind: f.kind, facts, platform: f.platform, tone: f.tone, variants: f.variants };
    const audience = f.audience.trim();
    const cta = f.call_to_action.trim();
    if (audience) body.audience = audience;
    if (cta) body.call_to_action = cta;
    return { body, map };
  }

  function setBusy(busy) {
    const button = $("#generate");
    button.disabled = busy;
    button.textContent = busy ? "मसौदे बन रहे हैं…" : "मसौदे बनाएँ";
    form.setAttribute("aria-busy", String(busy));
    $("#stop").hidden = !busy;
    $("#progress").hidden = !busy;
    draftsBox.classList.toggle("stale", busy); // the last drafts, until the new ones arrive
    markStale();
  }

  function progress(status, counts) {
    $("#progress-status").textContent = status;
    if (counts !== undefined) $("#progress-counts").textContent = counts;
  }

  function announce(text) {
    const box = $("#announce");
    box.textContent = "";
    setTimeout(() => {
      box.textContent = text;
    }, 30);
  }

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    generate();
  });

  $("#stop").addEventListener("click", () => {
    if (run) run.controller.abort();
  });

  async function generate() {
    clearFieldErrors();
    $("#request-error").hidden = true;
    $("#stopped-note").hidden = true;
    if (state.form.mode === "paste" && state.form.paste.trim()) splitPasteIntoFacts();
    const { body, map } = buildRequest();
    if (!body.facts.length) {
      showFieldErrors([{ field: "facts", text: "कम से कम एक तथ्य लिखें — पोस्ट सिर्फ़ आपके दिए तथ्यों से बनती है।" }]);
      return;
    }
    if (run) run.controller.abort();
    const controller = new AbortController();
    const context = {
      kind: body.kind,
      facts: body.facts,
      audience: body.audience || null,
      call_to_action: body.call_to_action || null,
      sources: [...body.facts, ...[body.audience, body.call_to_action].filter(Boolean)],
      platform: body.platform,
      tone: body.tone,
    };
    run = {
      controller,
      context,
      candidates: new Map(),
      drafts: [],
      tokens: 0,
      checked: 0,
      passed: 0,
      done: false,
      started: performance.now(),
      trace: { prompt: null, candidates: [], drafts: [], done: null },
    };
    const thisRun = run;
    resetWorkshop();
    setBusy(true);
    progress("अनुरोध भेजा जा रहा है…", "");
    $("#progress-live").textContent = "";
    scrollIntoViewIfNeeded(state.workshop ? $("#workshop") : $("#progress"));

    let response;
    try {
      response = await api("/v1/drafts/stream", {
        method: "POST",
        headers: { "content-type": "application/json", accept: "text/event-stream" },
        body: JSON.stringify(body),
        signal: controller.signal,
      });
      if (!response.ok) {
        const { status, detail, message } = await readError(response);
        if (status === 422) handle422(detail, map);
        else showRequestError(status, detail, message);
        return;
      }
      let failed = false;
      for await (const event of readEvents(response.body)) {
        if (event.name === "error") {
          const data = event.data || {};
          if (data.status === 422) handle422(data.detail, map);
          else showRequestError(Number(data.status) || 500, data.detail, data.message_hi);
          failed = true;
          break;
        }
        onEvent(thisRun, event);
      }
      if (!failed && !thisRun.done) {
        showRequestError(0, null);
        $("#request-error .error-title").textContent = "जवाब बीच में ही रुक गया। फिर कोशिश करें।";
      }
    } catch (err) {
      if (err.name === "AbortError") {
        if (run === thisRun) stopped(thisRun);
      } else {
        showRequestError(0, null);
      }
    } finally {
      if (run === thisRun) {
        setBusy(false);
        run = null;
      }
    }
  }

  /** Stop: the drafts that had already passed stay (the server keeps and records them too);
   * the page says so where it can be seen (issue 15: Stop showed nothing). */
  function stopped(r) {
    const note = $("#stopped-note");
    if (r.drafts.length) {
      state.result = {
        id: null,
        context: r.context,
        disclosure: (state.result && state.result.disclosure) || "",
        drafts: r.drafts,
      };
      save();
      note.textContent = `रोक दिया गया। अब तक तैयार ${counted(r.drafts.length, "मसौदा रखा गया है", "मसौदे रखे गए हैं")}।`;
    } else {
      note.textContent = "रोक दिया गया। तब तक कोई मसौदा तैयार नहीं हुआ था; पिछले मसौदे जैसे थे वैसे हैं।";
    }
    note.hidden = false;
    announce(note.textContent);
    restoreDrafts();
  }

  function restoreDrafts() {
    renderDrafts(state.result ? state.result.drafts : [], false, resultRecord());
    markStale();
  }

  function onEvent(r, { name, data }) {
    if (run !== r) return;
    if (name === "prompt") {
      r.trace.prompt = { text: data.text, name: data.name, version: data.version };
      showPrompt(data);
      progress("प्रॉम्प्ट तैयार है — मॉडल लिखना शुरू कर रहा है…");
    } else if (name === "token") {
      const cand = candidateBox(r, data.candidate);
      cand.text += data.text || "";
      cand.textNode.appendData(data.text || "");
      r.tokens += 1;
      const live = $("#progress-live");
      live.textContent = cand.text;
      live.scrollTop = live.scrollHeight;
      progress(`मॉडल लिख रहा है — ${ordinal(data.candidate + 1)} प्रयास…`, counts(r));
    } else if (name === "candidate") {
      const cand = candidateBox(r, data.index);
      r.trace.candidates.push(data);
      r.checked += 1;
      if (data.passed) r.passed += 1;
      finishCandidate(cand, data);
      progress(
        data.passed
          ? `मॉडल का ${ordinal(data.index + 1)} प्रयास सभी जाँचों में पास हुआ।`
          : `मॉडल का ${ordinal(data.index + 1)} प्रयास जाँच में अस्वीकार हुआ।`,
        counts(r),
      );
    } else if (name === "draft") {
      r.drafts.push({ ...data, original: data.text, checkedText: data.text });
      r.trace.drafts.push({ source: data.source, text: data.text });
      addChoice(r, data, r.drafts.length - 1);
      progress("मसौदे चुने जा रहे हैं…", counts(r));
      renderDrafts(r.drafts, true);
    } else if (name === "done") {
      r.done = true;
      state.result = {
        id: data.id,
        context: r.context,
        disclosure: typeof data.disclosure === "string" ? data.disclosure : "",
        drafts: (data.drafts || []).map((d) => ({ ...d, original: d.text, checkedText: d.text })),
      };
      r.trace.done = { stats: data.stats || {}, timing_ms: data.timing_ms, model: data.model };
      state.trace = r.trace;
      save();
      $("#bad-example").hidden = !state.result.drafts.length;
      renderDrafts(state.result.drafts, false, resultRecord());
      const stats = data.stats || {};
      showStats(r.trace.done);
      // The first draft may be the composer's own by design; only the rest fill in for the model.
      const fromTemplate = (stats.drafts_from_template || 0) - (stats.first_from_phrasebook ? 1 : 0);
      const why = stats.timed_out
        ? "क्योंकि मॉडल समय-सीमा में और नहीं लिख पाया"
        : "क्योंकि मॉडल के लिखे मसौदे जाँच में पास नहीं हुए";
      announce(
        counted(state.result.drafts.length, "मसौदा तैयार", "मसौदे तैयार") +
          (fromTemplate > 0 ? ` (${fromTemplate} टेम्पलेट से, ${why})` : ""),
      );
    }
  }

  /** Progress in plain words (issue 15: "टोकन" and "उम्मीदवार" are developers' words); the
   * workshop panel keeps them for trainers. */
  function counts(r) {
    const seconds = Math.round((performance.now() - r.started) / 1000);
    return `${r.checked} प्रयास जाँचे गए, ${r.passed} पास · ${seconds} सेकंड बीते`;
  }

  // ---------------------------------------------------------------------------------------
  // Workshop mode: the prompt, the candidates as they stream, rejections, the choice
  // ---------------------------------------------------------------------------------------

  function showPrompt(data) {
    const prompt = $("#prompt-text");
    prompt.textContent = data.text || "";
    prompt.scrollTop = prompt.scrollHeight; // the request itself is at the end
    $("#prompt-meta").textContent =
      `साँचा: ${data.name || "?"}, संस्करण ${data.version || "?"} · ${cpLen(data.text)} अक्षर · ` +
      "ऊपर के उदाहरण मॉडल को ढंग सिखाते हैं; सबसे नीचे आपका अनुरोध है, जिसके आगे मॉडल लिखता है।";
    $("#workshop-empty").hidden = true;
  }

  function showStats({ stats = {}, timing_ms: ms, model }, before = "") {
    $("#run-stats").textContent =
      before +
      `कुल ${stats.candidates ?? "?"} उम्मीदवार, ${stats.candidates_passed ?? "?"} पास · ` +
      `${stats.drafts_from_model ?? 0} मसौदे मॉडल से, ${stats.drafts_from_template ?? 0} टेम्पलेट से · ` +
      `${stats.tokens ?? 0} टोकन` +
      (stats.tokens_per_s ? `, ${stats.tokens_per_s} टोकन/सेकंड` : "") +
      ` · कुल समय ${((ms || 0) / 1000).toFixed(1)} सेकंड · मॉडल: ${model || "?"}`;
  }

  /** The last finished run's trace, drawn again after a reload, said to be the last run's. */
  function replayTrace(trace) {
    if (!trace || !trace.prompt || !trace.done) return;
    resetWorkshop();
    showPrompt(trace.prompt);
    const past = { candidates: new Map() };
    for (const data of trace.candidates) {
      if (!data || !Number.isInteger(data.index)) continue;
      const cand = candidateBox(past, data.index);
      cand.text = String(data.text || "");
      cand.textNode.appendData(cand.text);
      finishCandidate(cand, data);
    }
    trace.drafts.forEach((draft, i) => addChoice(past, draft, i));
    showStats(trace.done, "पिछली बार का रिकॉर्ड (पेज दोबारा खुलने से पहले) · ");
    $("#bad-example").hidden = !(state.result && state.result.drafts.length);
  }

  /** A workshop demo for a room where every candidate passed: the first draft with a line the
   * facts do not back, checked by the server as drafting checks, shown as a rejected example
   * and labelled as no model's (issue 15: "no way to show a rejected candidate"). */
  async function showBadExample() {
    const r = state.result;
    if (!r || !r.drafts.length || !r.context) return;
    const sources = r.context.sources.join(" ");
    let amount = 99999;
    while (sources.includes(amount.toLocaleString("en-IN"))) amount -= 1111;
    const figure = `₹${amount.toLocaleString("en-IN")}`;
    const added = `अब हर लाभार्थी को ${figure} मिलेंगे।`;
    const lines = r.drafts[0].text.split("\n");
    const text = [lines[0], added, ...lines.slice(1)].join("\n");
    const button = $("#bad-example");
    button.disabled = true;
    try {
      const ctx = r.context;
      const response = await api("/v1/checks", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: checkBody(text, ctx),
      });
      if (!response.ok) return;
      const data = await response.json();
      const old = document.getElementById("candidate-example");
      if (old) old.remove();
      const cand = candidateBox(
        { candidates: new Map() },
        "example",
        "उदाहरण: जानबूझकर बदला गया मसौदा (मॉडल का नहीं)",
      );
      cand.text = text;
      cand.textNode.appendData(text);
      finishCandidate(cand, { text, checks: data.checks, passed: data.passed });
      cand.meta.textContent = `पहले मसौदे में जोड़ी गई पंक्ति: «${added}»`;
      scrollIntoViewIfNeeded(cand.root);
    } catch (_) {
      // The demo is an extra: a network failure leaves the trace as it was.
    } finally {
      button.disabled = false;
    }
  }

  $("#bad-example").addEventListener("click", showBadExample);

  function resetWorkshop() {
    $("#prompt-text").textContent = "";
    $("#prompt-meta").textContent = "";
    $("#candidates").replaceChildren();
    $("#choices").replaceChildren();
    $("#run-stats").textContent = "";
    $("#workshop-empty").hidden = false;
    $("#bad-example").hidden = true;
  }

  function candidateBox(r, index, title) {
    let cand = r.candidates.get(index);
    if (cand) return cand;
    const textNode = document.createTextNode("");
    const body = el("div", { class: "cand-text", lang: "hi" }, textNode);
    const verdict = el("span", { class: "verdict verdict-streaming" }, "लिख रहा है…");
    const meta = el("span", { class: "cand-meta" });
    const tip = el("div", { class: "tip", role: "tooltip", id: `cand-${index}-tip`, hidden: true });
    const root = el(
      "article",
      { class: "candidate", id: `candidate-${index}`, "data-state": "streaming" },
      el("header", { class: "cand-head" }, el("h4", {}, title || `उम्मीदवार ${index + 1}`), verdict, meta),
      el("div", { class: "draft-body" }, body, tip),
    );
    $("#candidates").append(root);
    cand = { index, root, body, textNode, verdict, meta, tip, text: "", data: null };
    r.candidates.set(index, cand);
    return cand;
  }

  function finishCandidate(cand, data) {
    cand.data = data;
    cand.root.dataset.state = data.passed ? "passed" : "rejected";
    cand.verdict.className = `verdict ${data.passed ? "verdict-pass" : "verdict-fail"}`;
    cand.verdict.textContent = data.passed ? "✓ पास" : "✗ अस्वीकार";
    const temp = data.temperature === 0 ? "तापमान 0 (सबसे संभावित शब्द)" : `तापमान ${data.temperature}`;
    cand.meta.textContent = `${temp} · ${data.tokens} टोकन · ${Number(data.seconds || 0).toFixed(1)} सेकंड`;
    const issues = renderMarked(cand.body, data.text, data.checks, cand.tip);
    const failed = CHECKS.filter(([name]) => data.checks && data.checks[name] && !data.checks[name].passed);
    if (failed.length) {
      cand.root.append(
        el(
          "p",
          { class: "reject-reason" },
          "किस जाँच ने रोका: ",
          failed.map(([, label]) => label).join(", "),
        ),
      );
      const list = issueList(issues);
      if (list) cand.root.append(list);
    }
  }

  function addChoice(r, draft, i) {
    let text;
    if (draft.source === "model") {
      const cand = Array.from(r.candidates.values()).find((c) => c.data && c.data.text === draft.text);
      text = cand
        ? `मसौदा ${i + 1} ← उम्मीदवार ${cand.index + 1} (मॉडल), क्योंकि यह सभी जाँचों में पास हुआ।`
        : `मसौदा ${i + 1} ← मॉडल।`;
    } else {
      text = `मसौदा ${i + 1} ← टेम्पलेट: मॉडल के पर्याप्त उम्मीदवार पास नहीं हुए, इसलिए आपके तथ्यों से बना साँचा इस्तेमाल हुआ।`;
    }
    $("#choices").append(el("li", { class: `choice choice-${draft.source}` }, sourceTag(draft), " ", text));
  }

  function setWorkshop(on) {
    state.workshop = on;
    $("#workshop-toggle").checked = on;
    document.documentElement.classList.toggle("workshop", on);
    $("#workshop").hidden = !on;
    save();
  }

  $("#workshop-toggle").addEventListener("change", (event) => setWorkshop(event.target.checked));
  document.addEventListener("visibilitychange", () => {
    if (!document.hidden) pollHealth();
  });

  // ---------------------------------------------------------------------------------------
  // The model's state and the limits
  // ---------------------------------------------------------------------------------------

  let healthTimer = null;

  async function pollHealth() {
    clearTimeout(healthTimer);
    const badge = $("#model-status");
    let response;
    try {
      response = await api("/health", { cache: "no-store" });
    } catch (_) {
      badge.dataset.state = "down";
      badge.textContent = "सर्वर से संपर्क नहीं";
      healthTimer = setTimeout(pollHealth, 10000);
      return;
    }
    let body = {};
    try {
      body = await response.json();
    } catch (_) {
      body = {};
    }
    badge.title = body.model_id ? `मॉडल: ${body.model_id} (${body.backend})` : "";
    if (response.ok) {
      badge.dataset.state = "ok";
      badge.textContent = "मॉडल तैयार";
      // Still there? A server gone quiet turned the badge grey only on the next poll (issue 15:
      // it stayed green).
      healthTimer = setTimeout(pollHealth, 30000);
    } else if (body.status === "failed") {
      badge.dataset.state = "failed";
      badge.textContent = "मॉडल लोड नहीं हुआ";
    } else {
      badge.dataset.state = "loading";
      badge.textContent = "मॉडल लोड हो रहा है…";
      healthTimer = setTimeout(pollHealth, 5000);
    }
  }

  async function loadLimits() {
    try {
      const response = await api("/v1/limits");
      if (!response.ok) return;
      const data = await response.json();
      for (const key of Object.keys(limits)) {
        if (Number.isInteger(data[key])) limits[key] = data[key];
      }
      for (const row of $$(".fact-row")) updateFactCount(row);
    } catch (_) {
      // The defaults match the service's defaults.
    }
  }

  // ---------------------------------------------------------------------------------------
  // The poster screen: POST /v1/posters (a PNG preview while editing; the download in the
  // chosen format) and GET /v1/poster-templates (the layouts)
  // ---------------------------------------------------------------------------------------

  const POSTER_KEY = "sandesh.studio.poster.v1";
  const PREVIEW_DEBOUNCE_MS = 600;
  const POSTER_MAX_LINES = 8;
  const POSTER_LINE_CHARS = 300;
  const POSTER_TITLE_CHARS = 200;
  // The service's default SANDESH_POSTER_MAX_UPLOAD_BYTES: a hint only, its 413/422 decides.
  const POSTER_UPLOAD_BYTES = 5 * 1024 * 1024;
  // A data: URL longer than this is not kept in localStorage (which holds ~5 MB in all).
  const STORE_IMAGE_CHARS = 500 * 1024;
  const POSTER_FORMATS = ["png", "jpeg", "webp", "pdf"];
  const FORMAT_EXT = { png: "png", jpeg: "jpg", webp: "webp", pdf: "pdf" };
  const FORMAT_NAME = { png: "PNG", jpeg: "JPEG", webp: "WebP", pdf: "PDF" };
  const COLOURS = ["background", "text", "accent"];
  const LAYOUT_ORDER = ["scheme_square", "status_story", "facebook_landscape", "a4_print"];
  // Used only until GET /v1/poster-templates (which gives each layout's colours) has answered.
  const OTHER_LAYOUT_COLOURS = { background: "#0b4f8a", text: "#ffffff", accent: "#ffd54a" };
  const FILE_HI = {
    logo: { noun: "लोगो", fem: false },
    photo: { noun: "फ़ोटो", fem: true },
  };

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
  };

  const DEFAULT_POSTER = {
    template: "scheme_square",
    title: "",
    lines: [""],
    cta: "",
    footer: "",
    qr: "",
    logo: null, // {name, size, data}: data is a data: URL, which the service takes as it is
    photo: null,
    colors: { background: null, text: null, accent: null }, // null: the layout's own colour
    format: "png",
    ai_generated: true,
    organisation: "",
    source: "", // what the form was filled from, shown above it
  };

  const poster = {
    form: JSON.parse(JSON.stringify(DEFAULT_POSTER)),
    open: false, // the poster screen was the last one shown
    templates: null, // from GET /v1/poster-templates
    forgotten: {}, // images too big to have been stored: {logo: "name.png"}
    shown: null, // {template, width, height} of the preview on screen
    // The last poster downloaded, to mark published: {record, name, title, template, published}.
    download: null,
  };

  const posterForm = $("#poster-form");
  const posterScreen = $("#screen-poster");
  const lineTemplate = $("#poster-line-row");

  function restorePoster() {
    let saved;
    try {
      saved = JSON.parse(localStorage.getItem(POSTER_KEY) || "null");
    } catch (_) {
      saved = null;
    }
    if (!saved || typeof saved !== "object") return;
    const f = saved.form || {};
    const form = poster.form;
    for (const name of ["template", "title", "cta", "footer", "qr", "organisation", "source"]) {
      if (typeof f[name] === "string") form[name] = f[name];
    }
    if (Array.isArray(f.lines) && f.lines.length) {
      form.lines = f.lines.slice(0, POSTER_MAX_LINES).map((x) => String(x ?? ""));
    }
    for (const kind of ["logo", "photo"]) {
      const img = f[kind];
      if (img && typeof img.name === "string" && typeof img.data === "string" && img.data.startsWith("data:")) {
        form[kind] = { name: img.name, size: Number(img.size) || 0, data: img.data };
      } else if (img && typeof img.name === "string") {
        poster.forgotten[kind] = img.name;
      }
    }
    const colours = f.colors || {};
    for (const c of COLOURS) {
      if (typeof colours[c] === "string" && /^#[0-9a-f]{6}$/i.test(colours[c])) form.colors[c] = colours[c];
    }
    if (POSTER_FORMATS.includes(f.format)) form.format = f.format;
    if (typeof f.ai_generated === "boolean") form.ai_generated = f.ai_generated;
    poster.open = saved.open === true;
    const d = saved.download;
    if (d && typeof d.record === "string" && d.record && typeof d.name === "string") {
      poster.download = {
        record: d.record,
        name: d.name,
        title: typeof d.title === "string" ? d.title : "",
        template: typeof d.template === "string" ? d.template : "",
        published: keptMarks(d.published),
      };
    }
  }

  function savePoster() {
    const f = poster.form;
    // A big image is kept by name only: on the next visit the note asks for it again.
    const small = (img) => (img && img.data.length > STORE_IMAGE_CHARS ? { name: img.name } : img);
    const full = { ...f, logo: small(f.logo), photo: small(f.photo) };
    for (const form of [full, { ...full, logo: null, photo: null }]) {
      try {
        localStorage.setItem(POSTER_KEY, JSON.stringify({ form, open: poster.open, download: poster.download }));
        return;
      } catch (_) {
        // Storage full: try again without the images; failing that, the page just forgets.
      }
    }
  }

  // --- starting from a draft ---------------------------------------------------------------

  /** WhatsApp's *bold*, _italic_, ~strike~ and ```mono``` markers, and a leading bullet, removed. */
  function plainLine(text) {
    return String(text || "")
      .replace(/```/g, "")
      .replace(/\*([^*\n]+?)\*/g, "$1")
      .replace(/(^|[\s("'“])_([^_\n]+?)_(?=$|[\s).,!?।:;"'”])/g, "$1$2")
      .replace(/(^|[\s("'“])~([^~\n]+?)~(?=$|[\s).,!?।:;"'”])/g, "$1$2")
      .replace(
        /^\s*(?:(?:[•●◦▪▫‣⁃∙·■□►▶➤➢→✓✔☑✅👉📌🔹🔸🔶🔷]\uFE0F?|[*+\-–—](?=\s)|\d{1,2}[.)](?=\s))\s*)+/u,
        "",
      )
      .replace(/^\*+|\*+$/g, "")
      .replace(/\s+/g, " ")
      .trim();
  }

  /** At most `max` code points, cut at a space where one is near, with "…" when cut. */
  function clip(text, max) {
    const cps = Array.from(text);
    if (cps.length <= max) return text;
    let cut = cps.slice(0, max - 1).join("");
    const space = cut.lastIndexOf(" ");
    if (space > cut.length * 0.6) cut = cut.slice(0, space);
    return cut.trimEnd() + "…";
  }

  const sameLine = (a, b) => a.replace(/\s+/g, " ").trim() === b.replace(/\s+/g, " ").trim();

  /** Title and lines from a draft's text: its first line, then the rest, less the disclosure. */
  function posterTextFromDraft(text, disclosure) {
    let rows = String(text || "")
      .split(/\r?\n/)
      .map((s) => s.trim())
      .filter(Boolean);
    let dropped = false;
    // The disclosure is the draft's last line (the response's `disclosure`): the poster has its own
    // label. Older saved results have no `disclosure`; their last line is recognised by its words.
    const last = rows[rows.length - 1] || "";
    if (rows.length > 1 && (disclosure ? sameLine(last, disclosure) : /एआई की (सहायता|मदद)/.test(last))) {
      rows = rows.slice(0, -1);
      dropped = true;
    }
    if (disclosure) {
      const before = rows.length;
      rows = rows.filter((row) => !sameLine(row, disclosure));
      dropped = dropped || rows.length < before;
    }
    // Not on a poster: an X thread's "🧵 1/2", hashtags, lines of emoji alone; the call to
    // action ("👉 ...") goes to the poster's button.
    let cta = "";
    rows = rows.filter((row) => {
      if (/^🧵/u.test(row) || /^#/.test(row) || !/[\p{L}\p{N}]/u.test(row)) return false;
      if (/^👉/u.test(row) && !cta) {
        cta = plainLine(row).replace(/[।.!]+$/u, "");
        return false;
      }
      return true;
    });
    const plain = rows.map(plainLine).filter(Boolean);
    return clipped(plain[0] || "", plain.slice(1), cta, dropped);
  }

  /** The poster form's words within its limits, saying what was cut. */
  function clipped(first, rest, cta, dropped) {
    const title = clip(first, POSTER_TITLE_CHARS);
    const lines = rest.slice(0, POSTER_MAX_LINES).map((line) => clip(line, POSTER_LINE_CHARS));
    const shortened = (first && title !== first) || lines.some((line, i) => line !== rest[i]);
    return { title, lines, cta, dropped, left: rest.length - lines.length, shortened };
  }

  /** A poster's words from a draft: the server's (its headline, facts and call to action) while
   * the draft is as it came, else read from the edited text. */
  function posterWords(draft, disclosure) {
    const words = draft.poster;
    if (words && draft.text === draft.original) {
      return clipped(words.title || "", words.lines || [], words.cta || "", true);
    }
    return posterTextFromDraft(draft.text, disclosure);
  }

  function startPosterFromDraft(draft, index) {
    const disclosure = (state.result && state.result.disclosure) || "";
    const got = posterWords(draft, disclosure);
    const f = poster.form;
    f.title = got.title;
    f.lines = got.lines.length ? got.lines : [""];
    f.cta = got.cta;
    const parts = got.lines.length
      ? [`मसौदा ${index + 1} से भरा गया: शीर्षक और ${counted(got.lines.length, "पंक्ति", "पंक्तियाँ")} — सब बदल सकते हैं।`]
      : [
          `मसौदा ${index + 1} से भरा गया। पूरा मसौदा एक ही पंक्ति में था, इसलिए वही शीर्षक बना — ` +
            "चाहें तो उसे छोटा करके बाकी बातें नीचे की पंक्तियों में लिखें।",
        ];
    if (got.dropped) {
      parts.push("एआई वाली आख़िरी पंक्ति नहीं ली गई: पोस्टर पर अपना «एआई-जनित» लेबल लगता है।");
    }
    if (got.left > 0) {
      parts.push(`${counted(got.left, "पंक्ति छोड़ी गई", "पंक्तियाँ छोड़ी गईं")} — पोस्टर पर ज़्यादा से ज़्यादा 8 पंक्तियाँ आती हैं।`);
    }
    if (got.shortened) parts.push("कुछ लंबी पंक्तियाँ छोटी की गईं (…)।");
    f.source = parts.join(" ");
    posterErrors.clearAll();
    fillPosterForm();
    savePoster();
    showScreen("poster");
    $("#poster-title").focus();
    window.scrollTo(0, 0);
    schedulePreview(0);
  }

  $("#poster-blank").addEventListener("click", () => {
    const f = poster.form;
    f.title = "";
    f.lines = [""];
    f.cta = "";
    f.footer = "";
    f.source = "खाली पोस्टर: लेआउट, लोगो, रंग और संस्था का नाम वही रहे, पाठ हटा दिया गया।";
    posterErrors.clearAll();
    fillPosterForm();
    savePoster();
    $("#poster-title").focus();
    schedulePreview(0);
  });

  // --- the form ----------------------------------------------------------------------------

  function fillPosterForm() {
    const f = poster.form;
    $("#poster-title").value = f.title;
    for (const name of ["cta", "footer", "qr", "organisation"]) $(`#poster-${name}`).value = f[name];
    $("#poster-ai").checked = f.ai_generated;
    const radio = $(`input[name="poster-format"][value="${f.format}"]`);
    if (radio) radio.checked = true;
    const layout = $(`input[name="poster-template"][value="${f.template}"]`);
    if (layout) layout.checked = true;
    renderPosterLines();
    updateTitleCount();
    autoGrow($("#poster-title"));
    fillColours();
    for (const kind of ["logo", "photo"]) renderFile(kind);
    updateLabelInfo();
    updateDownloadLabel();
    showPosterSource();
  }

  function showPosterSource() {
    const hasDrafts = Boolean(state.result && state.result.drafts && state.result.drafts.length);
    $("#poster-source").textContent =
      poster.form.source ||
      (hasDrafts
        ? "किसी मसौदे से शुरू करने के लिए «मसौदा» स्क्रीन पर उसके नीचे «पोस्टर बनाएँ» दबाएँ, या यहीं लिखें।"
        : "यहाँ सीधे लिखें, या पहले «मसौदा» स्क्रीन पर मसौदे बनाकर उनमें से किसी से पोस्टर बनाएँ।");
  }

  function posterEdited(field, delay) {
    posterErrors.clear(field);
    savePoster();
    schedulePreview(delay);
  }

  function updateTitleCount() {
    const n = cpLen(poster.form.title);
    const count = $("#poster-title-count");
    count.textContent = `${n}/${POSTER_TITLE_CHARS}`;
    count.classList.toggle("over", n > POSTER_TITLE_CHARS);
  }

  $("#poster-title").addEventListener("input", (event) => {
    const input = event.target;
    if (/[\r\n]/.test(input.value)) input.value = input.value.replace(/\s*[\r\n]+\s*/g, " ");
    poster.form.title = input.value;
    updateTitleCount();
    autoGrow(input);
    posterEdited("title");
  });

  $("#poster-title").addEventListener("keydown", (event) => {
    if (event.key !== "Enter" || event.isComposing) return;
    // The title is one line: Enter goes on to the first line below it.
    event.preventDefault();
    const first = $("#poster-line-0");
    if (first) first.focus();
  });

  for (const name of ["cta", "footer", "qr", "organisation"]) {
    $(`#poster-${name}`).addEventListener("input", (event) => {
      poster.form[name] = event.target.value;
      posterEdited(name);
    });
  }

  // Lines: one row each, like the facts on the draft screen.
  const linesList = $("#poster-lines");

  function renderPosterLines(focusIndex) {
    linesList.replaceChildren();
    const lines = poster.form.lines;
    lines.forEach((value, i) => {
      const row = lineTemplate.content.firstElementChild.cloneNode(true);
      const id = `poster-line-${i}`;
      const label = $(".fact-label", row);
      const input = $(".line-input", row);
      const remove = $(".line-remove", row);
      const error = $(".field-error", row);
      row.dataset.index = String(i);
      label.textContent = `पंक्ति ${i + 1}`;
      label.htmlFor = id;
      input.id = id;
      input.value = value;
      input.placeholder = i === 0 ? "जैसे: पात्र किसान परिवारों को हर साल ₹6,000 मिलते हैं" : "";
      error.id = `error-poster-line-${i}`;
      input.setAttribute("aria-describedby", error.id);
      remove.setAttribute("aria-label", `पंक्ति ${i + 1} हटाएँ`);
      linesList.append(row);
      updateLineCount(row);
      autoGrow(input);
    });
    $("#poster-add-line").disabled = lines.length >= POSTER_MAX_LINES;
    if (focusIndex !== undefined) {
      const target = $(`#poster-line-${Math.max(0, Math.min(focusIndex, lines.length - 1))}`);
      if (target) target.focus();
    }
  }

  function updateLineCount(row) {
    const n = cpLen($(".line-input", row).value);
    const count = $(".fact-count", row);
    count.textContent = `${n}/${POSTER_LINE_CHARS}`;
    count.classList.toggle("over", n > POSTER_LINE_CHARS);
  }

  function linesChanged(focusIndex) {
    posterErrors.clear("lines");
    renderPosterLines(focusIndex);
    savePoster();
    schedulePreview();
  }

  linesList.addEventListener("input", (event) => {
    const input = event.target.closest(".line-input");
    if (!input) return;
    const row = input.closest(".line-row");
    if (/[\r\n]/.test(input.value)) input.value = input.value.replace(/\s*[\r\n]+\s*/g, " ");
    poster.form.lines[Number(row.dataset.index)] = input.value;
    updateLineCount(row);
    autoGrow(input);
    posterErrors.clearRow(row);
    posterEdited("lines");
  });

  linesList.addEventListener("keydown", (event) => {
    const input = event.target.closest(".line-input");
    if (!input || event.key !== "Enter" || event.shiftKey || event.isComposing) return;
    // Enter starts the next line, while there is room for one.
    event.preventDefault();
    if (poster.form.lines.length >= POSTER_MAX_LINES) {
      announcePoster("ज़्यादा से ज़्यादा 8 पंक्तियाँ हो सकती हैं।");
      return;
    }
    const i = Number(input.closest(".line-row").dataset.index);
    poster.form.lines.splice(i + 1, 0, "");
    linesChanged(i + 1);
  });

  linesList.addEventListener("paste", (event) => {
    const input = event.target.closest(".line-input");
    if (!input || !event.clipboardData) return;
    const parts = event.clipboardData
      .getData("text/plain")
      .split(/\r?\n/)
      .map(plainLine)
      .filter(Boolean);
    if (parts.length < 2) return;
    // Several lines pasted: one row each, as many as fit.
    event.preventDefault();
    const lines = poster.form.lines;
    const i = Number(input.closest(".line-row").dataset.index);
    const before = input.value.slice(0, input.selectionStart);
    const after = input.value.slice(input.selectionEnd);
    const room = POSTER_MAX_LINES - lines.length + 1;
    const taken = parts.slice(0, room);
    taken[0] = (before + taken[0]).trim();
    taken[taken.length - 1] = (taken[taken.length - 1] + after).trim();
    lines.splice(i, 1, ...taken);
    linesChanged(i + taken.length - 1);
    if (parts.length > room) {
      announcePoster(`${counted(parts.length - room, "पंक्ति नहीं आ सकी", "पंक्तियाँ नहीं आ सकीं")} — ज़्यादा से ज़्यादा 8 पंक्तियाँ।`);
    }
  });

  linesList.addEventListener("click", (event) => {
    const button = event.target.closest(".line-remove");
    if (!button) return;
    const i = Number(button.closest(".line-row").dataset.index);
    const lines = poster.form.lines;
    if (lines.length === 1) lines[0] = "";
    else lines.splice(i, 1);
    linesChanged(Math.min(i, lines.length - 1));
    announcePoster(`पंक्ति ${i + 1} हटाई गई`);
  });

  $("#poster-add-line").addEventListener("click", () => {
    if (poster.form.lines.length >= POSTER_MAX_LINES) return;
    poster.form.lines.push("");
    linesChanged(poster.form.lines.length - 1);
  });

  // Layouts, from the service.
  async function loadTemplates() {
    const box = $("#poster-templates");
    if (poster.templates) return;
    box.setAttribute("aria-busy", "true");
    let list = null;
    try {
      const response = await api("/v1/poster-templates");
      if (response.ok) list = await response.json();
    } catch (_) {
      list = null;
    }
    box.removeAttribute("aria-busy");
    if (!Array.isArray(list) || !list.length) {
      const retry = el("button", { type: "button", class: "btn", text: "फिर कोशिश करें" });
      retry.addEventListener("click", () => loadTemplates());
      box.replaceChildren(
        el("p", { class: "hint" }, "लेआउट की सूची नहीं आ पाई। सर्वर चल रहा है, यह देखकर फिर कोशिश करें।"),
        retry,
      );
      return;
    }
    const rank = (t) => (LAYOUT_ORDER.includes(t.name) ? LAYOUT_ORDER.indexOf(t.name) : LAYOUT_ORDER.length);
    poster.templates = list.slice().sort((a, b) => rank(a) - rank(b));
    if (!poster.templates.some((t) => t.name === poster.form.template)) {
      poster.form.template = poster.templates[0].name;
      savePoster();
    }
    box.replaceChildren(...poster.templates.map(layoutCard));
    fillColours();
  }

  function sizeText(t) {
    const dpi = t.dpi && t.dpi !== 72 ? ` · ${t.dpi} dpi` : "";
    return `${t.width} × ${t.height} px${dpi}`;
  }

  function layoutCard(t) {
    const shape = el("span", { class: "layout-shape", "aria-hidden": "true" });
    // The layout's shape in a 2.75rem box; set through the CSSOM (the CSP allows no style="").
    const scale = 2.75 / Math.max(t.width, t.height, 1);
    shape.style.width = `${(t.width * scale).toFixed(2)}rem`;
    shape.style.height = `${(t.height * scale).toFixed(2)}rem`;
    const input = el("input", {
      type: "radio",
      name: "poster-template",
      value: t.name,
      checked: t.name === poster.form.template,
    });
    input.addEventListener("change", () => {
      poster.form.template = t.name;
      fillColours();
      posterEdited("template", 0);
    });
    return el(
      "label",
      { class: "layout-card" },
      input,
      el(
        "span",
        { class: "layout-body" },
        el("span", { class: "layout-frame" }, shape),
        el(
          "span",
          { class: "layout-text" },
          el("span", { class: "layout-desc" }, t.description),
          el("span", { class: "layout-size" }, sizeText(t)),
        ),
      ),
    );
  }

  function currentTemplate() {
    return (poster.templates || []).find((t) => t.name === poster.form.template) || null;
  }

  // Colours: null means the layout's own.
  function fillColours() {
    const template = currentTemplate();
    const base = (template && template.colors) || OTHER_LAYOUT_COLOURS;
    for (const c of COLOURS) {
      const own = poster.form.colors[c];
      $(`#poster-color-${c}`).value = own || base[c];
      $(`#poster-color-${c}-state`).textContent = own ? "आपका रंग" : "लेआउट का रंग";
    }
    $("#poster-colors-reset").disabled = !COLOURS.some((c) => poster.form.colors[c]);
  }

  for (const c of COLOURS) {
    $(`#poster-color-${c}`).addEventListener("input", (event) => {
      poster.form.colors[c] = event.target.value.toLowerCase();
      $(`#poster-color-${c}-state`).textContent = "आपका रंग";
      $("#poster-colors-reset").disabled = false;
      posterErrors.clear(`colors.${c}`);
      posterEdited("colors");
    });
  }

  $("#poster-colors-reset").addEventListener("click", () => {
    poster.form.colors = { background: null, text: null, accent: null };
    fillColours();
    $("#poster-color-background").focus();
    announcePoster("लेआउट के रंग वापस आ गए");
    posterEdited("colors", 0);
  });

  // Logo and photo: read into data: URLs; the name and a remove button are shown.
  function sizeHindi(bytes) {
    if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
    return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  }

  function renderFile(kind) {
    const img = poster.form[kind];
    const chosen = $(`#poster-${kind}-chosen`);
    const note = $(`#poster-${kind}-note`);
    const pick = $(`#poster-${kind}-pick`);
    const { noun, fem } = FILE_HI[kind];
    chosen.hidden = !img;
    pick.textContent = img ? `दूसरा ${noun} चुनें` : `${noun} चुनें`;
    if (fem && img) pick.textContent = `दूसरी ${noun} चुनें`;
    note.hidden = true;
    if (img) {
      $(".file-name", chosen).textContent = `${img.name} (${sizeHindi(img.size)})`;
      const thumb = $(".file-thumb", chosen);
      thumb.hidden = false;
      thumb.onerror = () => {
        thumb.hidden = true;
      };
      thumb.src = img.data;
      if (img.data.length > STORE_IMAGE_CHARS) {
        note.textContent =
          "यह फ़ाइल 500 KB से बड़ी है, इसलिए इस ब्राउज़र में सहेजी नहीं जाएगी — " +
          "पेज दोबारा खोलने पर इसे फिर से चुनना होगा।";
        note.hidden = false;
      }
    } else if (poster.forgotten[kind]) {
      note.textContent =
        `पिछली बार चुनी फ़ाइल «${poster.forgotten[kind]}» बड़ी होने के कारण सहेजी नहीं गई थी — ` +
        "उसे फिर से चुनें।";
      note.hidden = false;
    }
  }

  /** A file refused before sending: said on its field; the form keeps what it had. */
  function fileError(kind, text) {
    posterErrors.show([{ field: kind, text }]);
  }

  for (const kind of ["logo", "photo"]) {
    const input = $(`#poster-${kind}`);
    input.addEventListener("change", () => {
      const file = input.files && input.files[0];
      input.value = ""; // so that choosing the same file again is seen again
      if (!file) return;
      delete poster.forgotten[kind];
      posterErrors.clear(kind);
      const { noun, fem } = FILE_HI[kind];
      if (file.size > POSTER_UPLOAD_BYTES) {
        fileError(
          kind,
          `${noun} बहुत ${fem ? "बड़ी" : "बड़ा"} है: «${file.name}» ${sizeHindi(file.size)} की है, ` +
            `ज़्यादा से ज़्यादा ${sizeHindi(POSTER_UPLOAD_BYTES)} हो सकती है। छोटी फ़ाइल चुनें।`,
        );
        return;
      }
      const reader = new FileReader();
      reader.addEventListener("load", () => {
        poster.form[kind] = { name: file.name, size: file.size, data: String(reader.result) };
        renderFile(kind);
        announcePoster(`${noun} ${fem ? "चुनी गई" : "चुना गया"}: ${file.name}`);
        posterEdited(kind, 0);
      });
      reader.addEventListener("error", () => {
        fileError(kind, `«${file.name}» पढ़ी नहीं जा सकी। कोई दूसरी फ़ाइल चुनें।`);
      });
      reader.readAsDataURL(file);
    });
    $(`#poster-${kind}-chosen .file-remove`).addEventListener("click", () => {
      poster.form[kind] = null;
      renderFile(kind);
      input.focus();
      announcePoster(`${FILE_HI[kind].noun} ${FILE_HI[kind].fem ? "हटाई गई" : "हटाया गया"}`);
      posterEdited(kind, 0);
    });
  }

  // The AI label, its output format.
  $("#poster-ai").addEventListener("change", (event) => {
    poster.form.ai_generated = event.target.checked;
    updateLabelInfo();
    posterEdited("ai_generated", 0);
  });

  function updateLabelInfo() {
    const on = poster.form.ai_generated;
    $("#label-info").hidden = !on;
    $("#label-off").hidden = on;
  }

  for (const radio of $$('input[name="poster-format"]')) {
    radio.addEventListener("change", () => {
      poster.form.format = radio.value;
      posterErrors.clear("format");
      updateDownloadLabel();
      savePoster();
    });
  }

  function updateDownloadLabel() {
    $("#poster-download").textContent = `पोस्टर डाउनलोड करें (${FORMAT_NAME[poster.form.format]})`;
  }

  function announcePoster(text) {
    const box = $("#preview-status");
    box.textContent = "";
    setTimeout(() => {
      box.textContent = text;
    }, 30);
  }

  // --- the request, and its errors -----------------------------------------------------------

  function posterRequest(format) {
    const f = poster.form;
    const lines = [];
    const map = []; // lines[k] sent -> UI row map[k]
    f.lines.forEach((line, i) => {
      const value = line.replace(/\s+/g, " ").trim();
      if (value) {
        lines.push(value);
        map.push(i);
      }
    });
    const body = {
      template: f.template,
      title: f.title.replace(/\s+/g, " ").trim(),
      lines,
      format,
      ai_generated: f.ai_generated,
    };
    for (const name of ["cta", "footer", "qr", "organisation"]) {
      const value = f[name].replace(/\s+/g, " ").trim();
      if (value) body[name] = value;
    }
    for (const kind of ["logo", "photo"]) {
      if (f[kind] && f[kind].data) body[kind] = f[kind].data;
    }
    const colors = {};
    for (const c of COLOURS) if (f.colors[c]) colors[c] = f.colors[c];
    if (Object.keys(colors).length) body.colors = colors;
    return { body, map };
  }

  function posterFieldInfo(field) {
    const m = /^lines\[(\d+)\]$/.exec(field);
    if (m) return { label: `पंक्ति ${Number(m[1]) + 1}`, fem: true };
    return POSTER_FIELD_HI[field] || { label: `«${field}»`, fem: false };
  }

  /** A Hindi sentence for one poster 422/413 entry; `field` is already the UI's. */
  function posterFieldMessage(field, err) {
    const info = posterFieldInfo(field);
    const { label, fem, plural } = info;
    const g = (masc, femi, pl) => (plural ? pl : fem ? femi : masc);
    const type = String(err.type || "");
    // Worded from the entry's type and params, never its English message (issue 16).
    const params = err.params || {};
    if (type === "text_does_not_fit") {
      const which = field === "lines" ? "छोटी करें, कुछ हटाएँ" : `${g("छोटा", "छोटी", "छोटी")} करें`;
      // The server names the layouts the words would fit (params.layouts_hi).
      const others = err.params && err.params.layouts_hi;
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
        return `${noun} सही फ़ाइल नहीं है — PNG, JPEG या WebP चुनें`;
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
    if (field === "title" && type === "missing") return "शीर्षक लिखें — पोस्टर के लिए शीर्षक ज़रूरी है।";
    return hindiFieldMessage(field, err, info);
  }

  function posterTargets(field) {
    const row = /^lines\[(\d+)\]$/.exec(field);
    if (row) {
      const li = $(`.line-row[data-index="${row[1]}"]`, linesList);
      if (li) return { box: li, error: $(".field-error", li), inputs: [$(".line-input", li)] };
      field = "lines";
    }
    const colour = /^colors\.(\w+)$/.exec(field);
    if (colour) {
      const input = document.getElementById(`poster-color-${colour[1]}`);
      return { box: $("#field-poster-colors"), error: $("#error-poster-colors"), inputs: input ? [input] : [] };
    }
    const box = document.getElementById(`field-poster-${field}`);
    if (!box) return null;
    let inputs = $$("input, textarea", box).filter((x) => x.type !== "radio" || x.checked);
    if (field === "lines") inputs = $$(".line-input", box);
    if (field === "template") inputs = $$('input[name="poster-template"]:checked', box);
    return { box, error: document.getElementById(`error-poster-${field}`), inputs };
  }

  const posterErrors = fieldErrorUI(posterScreen, $("#poster-errors"), posterTargets);

  /** The server's errors on their fields; while typing, the same set is not shown again. */
  function showPosterErrors(errors, options) {
    if (!errors.length) {
      posterErrors.clearAll();
      return;
    }
    const key = JSON.stringify(errors.map((e) => [e.field, e.text]));
    if (key === posterErrors.current() && options && options.focus === false) return;
    posterErrors.show(errors, options);
  }

  function posterErrorList(detail, map) {
    const list = Array.isArray(detail) ? detail : [];
    return list.map((raw) => {
      const err = raw;
      let field = String(err.field || "body");
      const params = err.params || {};
      if (field === "lines" && err.type === "string_too_long" && Number.isInteger(params.index)) {
        field = `lines[${params.index}]`; // which line is too long, from the server's params
      }
      let m;
      if ((m = /^lines(?:\[(\d+)\]|\.(\d+))$/.exec(field))) {
        const sent = Number(m[1] ?? m[2]);
        field = `lines[${map && map[sent] !== undefined ? map[sent] : sent}]`;
      }
      const text = posterFieldMessage(field, err);
      return { field, text, english: KNOWN_FIELD_MESSAGE(text) ? null : raw.message };
    });
  }

  function posterStatusMessage(status, detail, message, code, params = {}) {
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

  /** A failed poster request: field errors on their fields, anything else in the alert. */
  function posterFailed(status, detail, map, options, retry, message, code, params) {
    const onFields = (status === 422 || status === 413) && Array.isArray(detail);
    const fields = onFields ? posterErrorList(detail, map) : [];
    if (fields.length) {
      $("#poster-request-error").hidden = true;
      showPosterErrors(fields, options);
      return;
    }
    const box = $("#poster-request-error");
    fillRequestError(
      box,
      status ? posterStatusMessage(status, detail, message, code, params) : NETWORK_MESSAGE,
      detail,
      retry,
    );
    box.dataset.status = String(status || "network");
    if (!options || options.focus !== false) scrollIntoViewIfNeeded(box);
  }

  /** The header's English warnings ("emoji removed from title: ..."), in Hindi. */
  function warningHindi(text) {
    return text
      .split(/;\s*/)
      .filter(Boolean)
      .map((w) => {
        const m = /^emoji removed from ([\w.[\]]+)/.exec(w);
        if (m) {
          return `${posterFieldInfo(m[1]).label} से इमोजी हटा दिए गए — सर्वर पर रंगीन इमोजी वाला फ़ॉन्ट नहीं है।`;
        }
        return `सर्वर ने कुछ बदला है: ${w}`;
      });
  }

  function showWarning(header) {
    const box = $("#poster-warning");
    if (!header) {
      box.hidden = true;
      return;
    }
    box.replaceChildren(
      el("p", { class: "notice-title" }, "ध्यान दें"),
      el("ul", {}, warningHindi(header).map((w) => el("li", {}, w))),
      el("p", { class: "technical" }, "तकनीकी विवरण: ", el("span", { lang: "en" }, header)),
    );
    box.hidden = false;
  }

  function showLabelShare(header) {
    const box = $("#label-share");
    const share = Number(header);
    if (!header || !Number.isFinite(share) || share <= 0) {
      box.hidden = true;
      return;
    }
    const percent = `${(share * 100).toFixed(1)}%`;
    const enough = share >= 0.1;
    box.replaceChildren(
      el("span", { class: "share-icon", "aria-hidden": "true" }, enough ? "✓" : "⚠"),
      " इस पोस्टर पर लेबल: तस्वीर का ",
      el("strong", { id: "label-share-value" }, percent),
      " हिस्सा",
      enough ? " — 10% की सीमा से ज़्यादा।" : " — 10% से कम! बड़ा लेआउट चुनें।",
    );
    box.classList.toggle("low", !enough);
    box.hidden = false;
  }

  // --- the preview: PNG, debounced; an older request is cancelled by a newer one -------------

  let previewTimer = null;
  let previewRun = null;

  // data-pending on the frame: "true" from an edit until the preview for it is drawn (or fails).
  function schedulePreview(delay) {
    clearTimeout(previewTimer);
    $("#preview-frame").dataset.pending = "true";
    previewTimer = setTimeout(renderPreview, delay === undefined ? PREVIEW_DEBOUNCE_MS : delay);
  }

  function previewSettled() {
    if (previewTimer === null && previewRun === null) $("#preview-frame").dataset.pending = "false";
  }

  function blobToDataURL(blob) {
    return new Promise((resolve, reject) => {
      const reader = new FileReader();
      reader.addEventListener("load", () => resolve(String(reader.result)));
      reader.addEventListener("error", () => reject(reader.error));
      reader.readAsDataURL(blob);
    });
  }

  function setPreviewState(name, status) {
    const frame = $("#preview-frame");
    frame.dataset.state = name;
    frame.setAttribute("aria-busy", String(name === "loading"));
    $("#preview-progress").hidden = name !== "loading";
    $("#preview-empty").hidden = name !== "empty";
    if (status !== undefined) $("#preview-status").textContent = status;
  }

  async function renderPreview() {
    clearTimeout(previewTimer);
    previewTimer = null;
    if (previewRun) previewRun.abort();
    previewRun = null;
    if (posterScreen.hidden) {
      previewSettled(); // drawn when the screen is shown
      return;
    }
    const { body, map } = posterRequest("png");
    if (!body.title) {
      previewSettled();
      $("#poster-preview").hidden = true;
      poster.shown = null;
      $("#poster-size").textContent = "";
      $("#label-share").hidden = true;
      setPreviewState("empty", "");
      return;
    }
    const controller = new AbortController();
    previewRun = controller;
    setPreviewState("loading", "पूर्वावलोकन बन रहा है…");
    try {
      const response = await api("/v1/posters", {
        method: "POST",
        headers: { "content-type": "application/json", accept: "image/png" },
        body: JSON.stringify(body),
        signal: controller.signal,
      });
      if (!response.ok) {
        const { status, detail, message, code, params } = await readError(response);
        if (previewRun !== controller) return;
        const retry = () => schedulePreview(0);
        posterFailed(status, detail, map, { focus: false }, retry, message, code, params);
        setPreviewState(
          poster.shown ? "stale" : "error",
          "पूर्वावलोकन नहीं बना — फ़ॉर्म में लाल रंग से दिखाई गई बात ठीक करें; फिर यह अपने-आप बनेगा।",
        );
        return;
      }
      const share = response.headers.get("X-Sandesh-Label-Share");
      const warning = response.headers.get("X-Sandesh-Warning");
      // A data: URL, not an object URL: the page's CSP allows images from 'self' and data: only.
      const url = await blobToDataURL(await response.blob());
      if (previewRun !== controller) return;
      const img = $("#poster-preview");
      img.src = url;
      img.alt = `पोस्टर का पूर्वावलोकन: ${body.title}`;
      await img.decode().catch(() => undefined);
      if (previewRun !== controller) return;
      img.hidden = false;
      $("img", $("#preview-thumb")).src = url;
      updateThumb();
      poster.shown = { template: body.template, width: img.naturalWidth, height: img.naturalHeight };
      const t = currentTemplate();
      $("#poster-size").textContent = t ? sizeText(t) : `${img.naturalWidth} × ${img.naturalHeight} px`;
      $("#poster-request-error").hidden = true;
      showPosterErrors([], { focus: false });
      showLabelShare(body.ai_generated ? share : null);
      showWarning(warning);
      setPreviewState("ready", `पूर्वावलोकन तैयार (${img.naturalWidth} × ${img.naturalHeight} px)`);
    } catch (err) {
      if (err.name === "AbortError" || previewRun !== controller) return;
      posterFailed(0, null, map, { focus: false }, () => schedulePreview(0));
      setPreviewState(poster.shown ? "stale" : "error", "");
    } finally {
      if (previewRun === controller) {
        previewRun = null;
        previewSettled();
      }
    }
  }

  // --- the download ---------------------------------------------------------------------------

  // The thumbnail shows while the preview panel is out of view (a phone's single column).
  let previewInView = false;
  function updateThumb() {
    const thumb = $("#preview-thumb");
    const has = Boolean($("img", thumb).getAttribute("src"));
    thumb.hidden = !has || previewInView || $("#screen-poster").hidden;
  }
  if ("IntersectionObserver" in window) {
    new IntersectionObserver((entries) => {
      previewInView = entries.some((e) => e.isIntersecting);
      updateThumb();
    }).observe($("#preview-frame"));
  }
  $("#preview-thumb").addEventListener("click", () => {
    $("#poster-preview-panel").scrollIntoView({ block: "start" });
    $("#poster-preview-panel").focus({ preventScroll: true });
  });

  function fileNameFrom(header, template, format) {
    const fallback = `sandesh-${template}.${FORMAT_EXT[format]}`;
    if (!header) return fallback;
    let m = /filename\*\s*=\s*(?:UTF-8)?''([^;]+)/i.exec(header);
    if (m) {
      try {
        return decodeURIComponent(m[1].trim());
      } catch (_) {
        // fall through
      }
    }
    m = /filename\s*=\s*"?([^";]+)"?/i.exec(header);
    const name = m ? m[1].trim().replace(/[\\/]/g, "_") : "";
    return name || fallback;
  }

  let downloading = false;

  async function downloadPoster() {
    if (downloading) return;
    const format = poster.form.format;
    const { body, map } = posterRequest(format);
    if (!body.title) {
      showPosterErrors([{ field: "title", text: "शीर्षक लिखें — पोस्टर के लिए शीर्षक ज़रूरी है।" }]);
      return;
    }
    const button = $("#poster-download");
    downloading = true;
    button.disabled = true;
    button.textContent = "पोस्टर बन रहा है…";
    $("#poster-request-error").hidden = true;
    try {
      const response = await api("/v1/posters", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(body),
      });
      if (!response.ok) {
        const { status, detail, message, code, params } = await readError(response);
        posterFailed(status, detail, map, undefined, () => downloadPoster(), message, code, params);
        return;
      }
      const name = fileNameFrom(response.headers.get("Content-Disposition"), body.template, format);
      const record = response.headers.get("X-Sandesh-Record");
      const blob = await response.blob();
      showWarning(response.headers.get("X-Sandesh-Warning"));
      const url = URL.createObjectURL(blob);
      const link = el("a", { href: url, download: name, hidden: true });
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 30000);
      announcePoster(`डाउनलोड हो गया: ${name}`);
      if (record) {
        poster.download = { record, name, title: body.title, template: body.template, published: [] };
        savePoster();
        renderPosterPublish();
      }
    } catch (_) {
      posterFailed(0, null, map, undefined, () => downloadPoster());
    } finally {
      downloading = false;
      button.disabled = false;
      updateDownloadLabel();
    }
  }

  // Where a poster of each layout is most likely posted: the form's first choice.
  const LAYOUT_PLATFORM = { facebook_landscape: "facebook", status_story: "whatsapp", a4_print: "other" };

  /** «प्रकाशित किया» for the last poster downloaded (its record is in X-Sandesh-Record). */
  function renderPosterPublish() {
    const box = $("#poster-publish");
    const d = poster.download;
    if (!d) {
      box.replaceChildren();
      box.hidden = true;
      return;
    }
    const publish = publishControl({
      prefix: "poster",
      recordId: d.record,
      platform: LAYOUT_PLATFORM[d.template] || "whatsapp",
      marks: d.published,
      keep: savePoster,
    });
    box.replaceChildren(
      el("h3", { id: "poster-publish-heading" }, "डाउनलोड किया गया पोस्टर"),
      el(
        "p",
        { class: "poster-publish-what" },
        d.title ? [el("span", { lang: "hi" }, `«${short(d.title, 60)}»`), " · "] : null,
        el("span", { class: "poster-publish-file" }, d.name),
      ),
      el("div", { class: "publish-row" }, publish.toggle),
      publish.panel,
    );
    box.hidden = false;
  }

  $("#poster-download").addEventListener("click", downloadPoster);
  posterForm.addEventListener("submit", (event) => event.preventDefault());

  // ---------------------------------------------------------------------------------------
  // Screens
  // ---------------------------------------------------------------------------------------

  function showScreen(name) {
    for (const tab of $$(".screen-tab")) {
      if (tab.dataset.screen === name) tab.setAttribute("aria-current", "page");
      else tab.removeAttribute("aria-current");
    }
    for (const screen of $$(".screen")) screen.hidden = screen.id !== `screen-${name}`;
    const wasOpen = poster.open;
    poster.open = name === "poster";
    if (poster.open !== wasOpen) savePoster();
    if (poster.open) {
      showPosterSource();
      loadTemplates();
      schedulePreview(0);
    }
  }

  for (const tab of $$(".screen-tab")) {
    tab.addEventListener("click", () => {
      if (tab.disabled) return;
      showScreen(tab.dataset.screen);
    });
  }

  // ---------------------------------------------------------------------------------------
  // Start
  // ---------------------------------------------------------------------------------------

  restore();
  fillForm();
  setWorkshop(state.workshop);
  restoreDrafts();
  replayTrace(state.trace);
  restorePoster();
  fillPosterForm();
  renderPosterPublish();
  if (poster.open) showScreen("poster");
  pollHealth();
  loadLimits();
  loadAccount();
  window.addEventListener("resize", () => {
    for (const input of $$(".fact-input, .line-input, #poster-title")) autoGrow(input);
  });
})();
