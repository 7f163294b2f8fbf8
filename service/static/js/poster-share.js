/*
 * «शेयर करें» on the poster screen: the previewed poster PNG as a file, with its title as text,
 * through the device's share sheet (navigator.share). Where files cannot be shared, the title
 * alone is shared and the user is told to send the downloaded poster. With no share sheet at
 * all (a desktop browser) the button stays hidden; download is always there.
 */

import { $ } from "./dom.js";
import { POSTER } from "./messages.js";
import { showPosterErrors } from "./poster-errors.js";
import { fileNameFrom } from "./poster-download.js";
import { announcePoster, shownPoster } from "./poster-preview.js";
import { store } from "./store.js";

let sharing = false;

async function sharePoster() {
  if (sharing) return;
  const title = store.poster.form.title.trim();
  const shown = shownPoster();
  if (!title) {
    showPosterErrors([{ field: "title", text: POSTER.titleMissing }]);
    return;
  }
  if (!shown) {
    announcePoster(POSTER.shareWait);
    return;
  }
  const name = fileNameFrom(shown.disposition, shown.template, "png");
  const file = new File([shown.blob], name, { type: "image/png" });
  const withFile = typeof navigator.canShare === "function" && navigator.canShare({ files: [file] });
  sharing = true;
  try {
    if (withFile) {
      await navigator.share({ files: [file], title: shown.title, text: shown.title });
      announcePoster(POSTER.shared);
    } else {
      await navigator.share({ title: shown.title, text: shown.title });
      announcePoster(POSTER.sharedTextOnly);
    }
  } catch (err) {
    // AbortError: the user closed the share sheet; nothing to say.
    if (err && err.name !== "AbortError") announcePoster(POSTER.shareFailed);
  } finally {
    sharing = false;
  }
}

export function initShare() {
  const button = $("#poster-share");
  button.textContent = POSTER.share;
  button.hidden = typeof navigator.share !== "function";
  button.addEventListener("click", sharePoster);
}
