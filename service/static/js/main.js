/*
 * संदेश स्टूडियो — the draft screen and the poster screen.
 *
 * Native ES modules, no build step, no requests beyond this service (api.js lists them). Each
 * module is one part of the page: shared state lives in store.js, every Hindi word in
 * messages.js. Importing a module only declares things; this one wires the listeners, then
 * draws what was saved.
 */

import { $$, autoGrow } from "./dom.js";
import { restoreDrafts } from "./drafts.js";
import { fillForm, initForm } from "./form.js";
import { initGenerate } from "./generate.js";
import { initHealth, loadLimits, pollHealth } from "./health.js";
import { initKeys, loadAccount } from "./keys.js";
import { initDownload, renderPosterPublish } from "./poster-download.js";
import { initFiles } from "./poster-files.js";
import { fillPosterForm, initPosterForm } from "./poster-form.js";
import { initPreview } from "./poster-preview.js";
import { initShare } from "./poster-share.js";
import { fillTopics, initTopics } from "./poster-topics.js";
import { initScreens, showScreen } from "./screens.js";
import { loadDrafts, loadPoster, store } from "./store.js";
import { initWorkshop, replayTrace, setWorkshop } from "./workshop.js";

initKeys();
initForm();
initGenerate();
initWorkshop();
initHealth();
initPosterForm();
initFiles();
initPreview();
initTopics();
initDownload();
initShare();
initScreens();

loadDrafts();
fillForm();
setWorkshop(store.draft.workshop);
restoreDrafts();
replayTrace(store.draft.trace);
loadPoster();
fillPosterForm();
renderPosterPublish();
if (store.poster.open) showScreen("poster");
pollHealth();
loadLimits().then(fillTopics);
loadAccount();
window.addEventListener("resize", () => {
  for (const input of $$(".fact-input, .line-input, #poster-title")) autoGrow(input);
});
