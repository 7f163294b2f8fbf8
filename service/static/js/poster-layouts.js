/*
 * The poster's layouts, from GET /v1/poster-templates (their order, the default and each one's
 * platforms are the server's), and its colours: each layout has its own, and a colour the user
 * picks overrides it (null in the form: the layout's own).
 */

import { api } from "./api.js";
import { $, el } from "./dom.js";
import { ERRORS, POSTER, layoutHindi } from "./messages.js";
import { renderPosterPublish } from "./poster-download.js";
import { COLOURS, currentTemplate, layoutPlatform, savePoster, store } from "./store.js";

// Used only until GET /v1/poster-templates (which gives each layout's colours) has answered.
const OTHER_LAYOUT_COLOURS = { background: "#0b4f8a", text: "#ffffff", accent: "#ffd54a" };

export async function loadTemplates() {
  const poster = store.poster;
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
    const retry = el("button", { type: "button", class: "btn", text: ERRORS.retry });
    retry.addEventListener("click", () => loadTemplates());
    box.replaceChildren(el("p", { class: "hint" }, POSTER.noLayouts), retry);
    return;
  }
  poster.templates = list.slice().sort((a, b) => a.order - b.order);
  if (!poster.templates.some((t) => t.name === poster.form.template)) {
    poster.form.template = (poster.templates.find((t) => t.default) || poster.templates[0]).name;
    savePoster();
  }
  // A download kept from before the page took platforms from the server has none of its own.
  const download = poster.download;
  if (download && !download.platform && layoutPlatform(download.template)) {
    download.platform = layoutPlatform(download.template);
    savePoster();
    renderPosterPublish();
  }
  box.replaceChildren(...poster.templates.map(layoutCard));
  fillColours();
}

/** One layout to choose (a radio named poster-template; poster-form.js hears its change),
 * named by its use and shape: pixels and dpi mean nothing to most who choose. */
function layoutCard(t) {
  const { name, use } = layoutHindi(t);
  const shape = el("span", { class: "layout-shape", "aria-hidden": "true" });
  // The layout's shape in a 2.75rem box; set through the CSSOM (the CSP allows no style="").
  const scale = 2.75 / Math.max(t.width, t.height, 1);
  shape.style.width = `${(t.width * scale).toFixed(2)}rem`;
  shape.style.height = `${(t.height * scale).toFixed(2)}rem`;
  const input = el("input", {
    type: "radio",
    name: "poster-template",
    value: t.name,
    checked: t.name === store.poster.form.template,
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
        el("span", { class: "layout-desc" }, name),
        use ? el("span", { class: "layout-size" }, use) : null,
      ),
    ),
  );
}

// Colours: null means the layout's own.
export function fillColours() {
  const colors = store.poster.form.colors;
  const template = currentTemplate();
  const base = (template && template.colors) || OTHER_LAYOUT_COLOURS;
  for (const c of COLOURS) {
    const own = colors[c];
    $(`#poster-color-${c}`).value = own || base[c];
    $(`#poster-color-${c}-state`).textContent = own ? POSTER.ownColour : POSTER.layoutColour;
  }
  $("#poster-colors-reset").disabled = !COLOURS.some((c) => colors[c]);
}
