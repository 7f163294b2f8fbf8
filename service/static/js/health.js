/* The model's state in the header (GET /health, polled), and the service's limits. */

import { api } from "./api.js";
import { $, $$ } from "./dom.js";
import { updateFactCount } from "./form.js";
import { HEALTH } from "./messages.js";
import { setLimits } from "./store.js";

let healthTimer = null;

export async function pollHealth() {
  clearTimeout(healthTimer);
  const badge = $("#model-status");
  let response;
  try {
    response = await api("/health", { cache: "no-store" });
  } catch (_) {
    badge.dataset.state = "down";
    badge.textContent = HEALTH.down;
    healthTimer = setTimeout(pollHealth, 10000);
    return;
  }
  let body = {};
  try {
    body = await response.json();
  } catch (_) {
    body = {};
  }
  badge.title = body.model_id ? HEALTH.model(body.model_id, body.backend) : "";
  if (response.ok) {
    badge.dataset.state = "ok";
    badge.textContent = HEALTH.ready;
    // Still there? A server gone quiet turned the badge grey only on the next poll (issue 15:
    // it stayed green).
    healthTimer = setTimeout(pollHealth, 30000);
  } else if (body.status === "failed") {
    badge.dataset.state = "failed";
    badge.textContent = HEALTH.failed;
  } else {
    badge.dataset.state = "loading";
    badge.textContent = HEALTH.loading;
    healthTimer = setTimeout(pollHealth, 5000);
  }
}

export async function loadLimits() {
  try {
    const response = await api("/v1/limits");
    if (!response.ok) return;
    setLimits(await response.json());
    for (const row of $$(".fact-row")) updateFactCount(row);
  } catch (_) {
    // The defaults match the service's defaults.
  }
}

export function initHealth() {
  document.addEventListener("visibilitychange", () => {
    if (!document.hidden) pollHealth();
  });
}
