/*
 * The access-key dialog and the account in the header. api.js keeps the key (sessionStorage
 * only) and opens this dialog on a 401; a key is taken once GET /v1/me accepts it.
 */

import { forgetKey, keepKey, keptKey, keyedFetch, readError, useKeyDialog } from "./api.js";
import { $, announce } from "./dom.js";
import { KEYS, NETWORK_MESSAGE, ROLE_HI, requestMessage } from "./messages.js";

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
    $("#key-reason").textContent = message || KEYS.needed;
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
  keySubmit.textContent = busy ? KEYS.checking : KEYS.submit;
  $("#key-form").setAttribute("aria-busy", String(busy));
}

async function submitKey(event) {
  event.preventDefault();
  if (keySubmit.disabled) return;
  const key = keyInput.value.trim();
  if (!key) {
    keyError(KEYS.empty);
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
    keyError(status === 401 ? message || KEYS.refused : requestMessage(status, detail, message));
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
}

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
  box.title = until && !Number.isNaN(until.getTime()) ? KEYS.until(until.toLocaleString("hi-IN")) : "";
  box.hidden = false;
}

/** On load: if this tab kept a key, whose it is. A key no longer valid is asked for again when used. */
export async function loadAccount() {
  const key = keptKey();
  if (!key) return;
  try {
    const response = await keyedFetch("/v1/me", { cache: "no-store" }, key);
    showAccount(response.ok ? await response.json() : null);
  } catch (_) {
    showAccount(null);
  }
}

export function initKeys() {
  useKeyDialog(askForKey, () => showAccount(null));
  $("#key-form").addEventListener("submit", submitKey);
  $("#key-cancel").addEventListener("click", () => closeKeyDialog(false));
  // Esc, or any other way the dialog closes: the refused requests stay refused.
  keyDialog.addEventListener("close", () => {
    if (!keyDialog.open) closeKeyDialog(false);
  });
  $("#sign-out").addEventListener("click", () => {
    forgetKey();
    showAccount(null);
    announce(KEYS.signedOut);
    const tab = $(".screen-tab[aria-current='page']");
    if (tab) tab.focus();
  });
}
