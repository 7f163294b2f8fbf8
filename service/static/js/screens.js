/* The two screens, «मसौदा» and «पोस्टर»: one shown at a time; the poster screen is remembered. */

import { $$ } from "./dom.js";
import { showPosterSource } from "./poster-form.js";
import { loadTemplates } from "./poster-layouts.js";
import { schedulePreview } from "./poster-preview.js";
import { savePoster, store } from "./store.js";

export function showScreen(name) {
  const poster = store.poster;
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

export function initScreens() {
  for (const tab of $$(".screen-tab")) {
    tab.addEventListener("click", () => {
      if (tab.disabled) return;
      showScreen(tab.dataset.screen);
    });
  }
}
