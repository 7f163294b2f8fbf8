/*
 * «प्रकाशित किया»: POST /v1/records/{id}/marks, for a draft card and a downloaded poster.
 *
 * A small form under the item (not a dialog): where it was published and, if there is one,
 * the post's link. What the server recorded is kept with the item in localStorage, so the
 * confirmation is still there after a reload. The server decides; its Hindi is shown.
 */

import { api, readError } from "./api.js";
import { el } from "./dom.js";
import { NETWORK_MESSAGE, PUBLISH, PUBLISH_PLATFORM_HI, hindiFieldMessage, publishMessage } from "./messages.js";
import { PLATFORMS } from "./store.js";

const PUBLISH_PLATFORMS = [...PLATFORMS, "other"];

/**
 * The control: `toggle` (the «प्रकाशित किया» button) and `panel` (the confirmations and the
 * form), for the caller to place. `marks` is the item's list, added to on a 201; `keep()`
 * saves it. `platform` is the form's first choice.
 */
export function publishControl({ prefix, recordId, platform, marks, keep }) {
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
    placeholder: PUBLISH.otherPlaceholder,
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
    platform: el("div", { class: "field" }, el("label", { for: ids.platform }, PUBLISH.where), select, errors.platform),
    other: el(
      "div",
      { class: "field", hidden: true },
      el("label", { for: ids.other }, PUBLISH.which, el("span", { class: "optional" }, PUBLISH.optional)),
      other,
      errors.other,
    ),
    link: el(
      "div",
      { class: "field" },
      el("label", { for: ids.link }, PUBLISH.link, el("span", { class: "optional" }, PUBLISH.ifAny)),
      link,
      el("p", { class: "hint", id: `${ids.link}-hint` }, PUBLISH.linkHint),
      errors.link,
    ),
  };
  const formError = el("p", { class: "publish-error", role: "alert", hidden: true });
  const save = el("button", { type: "submit", class: "btn btn-save", text: PUBLISH.save });
  const cancel = el("button", { type: "button", class: "btn btn-quiet", text: PUBLISH.cancel });
  const form = el(
    "form",
    { class: "publish-form", id: formId, novalidate: true, hidden: true, "aria-label": PUBLISH.form },
    el("p", { class: "hint" }, PUBLISH.formHint),
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
          PUBLISH.done(m.platform),
          m.link
            ? [" — ", el("a", { href: m.link, target: "_blank", rel: "noopener noreferrer", class: "publish-link" }, m.link)]
            : null,
        ),
      ),
    );
    toggle.textContent = marks.length ? PUBLISH.again : PUBLISH.toggle;
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
    save.textContent = on ? PUBLISH.saving : PUBLISH.save;
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
