/*
 * The poster's download in the chosen format (POST /v1/posters), and «प्रकाशित किया» for the
 * last poster downloaded (its record is in X-Sandesh-Record).
 */

import { api, readError } from "./api.js";
import { $, $$, el } from "./dom.js";
import { FORMAT_NAME, POSTER } from "./messages.js";
import { posterErrors, posterFailed, posterRequest, showPosterErrors, showWarning } from "./poster-errors.js";
import { announcePoster } from "./poster-preview.js";
import { publishControl } from "./publish.js";
import { layoutPlatform, savePoster, store } from "./store.js";
import { short } from "./text.js";

const FORMAT_EXT = { png: "png", jpeg: "jpg", webp: "webp", pdf: "pdf" };

export function updateDownloadLabel() {
  $("#poster-download").textContent = POSTER.download(FORMAT_NAME[store.poster.form.format]);
}

export function fileNameFrom(header, template, format) {
  const fallback = `sandesh-${template || "poster"}.${FORMAT_EXT[format]}`;
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
  const format = store.poster.form.format;
  const { body, map } = posterRequest(format);
  if (!body.title) {
    showPosterErrors([{ field: "title", text: POSTER.titleMissing }]);
    return;
  }
  const button = $("#poster-download");
  downloading = true;
  button.disabled = true;
  button.textContent = POSTER.making;
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
    announcePoster(POSTER.downloaded(name));
    if (record) {
      const template = body.template || "";
      // Where it was most likely posted (its layout's first platform): the form's first choice.
      const platform = layoutPlatform(template);
      store.poster.download = { record, name, title: body.title, template, platform, published: [] };
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

/** «प्रकाशित किया» for the last poster downloaded (its record is in X-Sandesh-Record). */
export function renderPosterPublish() {
  const box = $("#poster-publish");
  const d = store.poster.download;
  if (!d) {
    box.replaceChildren();
    box.hidden = true;
    return;
  }
  const publish = publishControl({
    prefix: "poster",
    recordId: d.record,
    platform: d.platform || layoutPlatform(d.template) || "whatsapp",
    marks: d.published,
    keep: savePoster,
  });
  box.replaceChildren(
    el("h3", { id: "poster-publish-heading" }, POSTER.downloadedHeading),
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

export function initDownload() {
  for (const radio of $$('input[name="poster-format"]')) {
    radio.addEventListener("change", () => {
      store.poster.form.format = radio.value;
      posterErrors.clear("format");
      updateDownloadLabel();
      savePoster();
    });
  }
  $("#poster-download").addEventListener("click", downloadPoster);
  $("#poster-form").addEventListener("submit", (event) => event.preventDefault());
}
