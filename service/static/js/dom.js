/* Small DOM helpers shared by every part of the studio. */

export const $ = (sel, root) => (root || document).querySelector(sel);
export const $$ = (sel, root) => Array.from((root || document).querySelectorAll(sel));
const reducedMotion = () => window.matchMedia("(prefers-reduced-motion: reduce)").matches;

/** An element: `attrs` as attributes (class, text, on* listeners), then its children. */
export function el(tag, attrs, ...children) {
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

export function scrollIntoViewIfNeeded(node) {
  const rect = node.getBoundingClientRect();
  if (rect.top < 0 || rect.top > window.innerHeight - 60) {
    node.scrollIntoView({ block: "start", behavior: reducedMotion() ? "auto" : "smooth" });
  }
}

export function autoGrow(textarea) {
  textarea.style.height = "auto";
  if (textarea.scrollHeight) textarea.style.height = `${textarea.scrollHeight + 2}px`;
}

/** Say `text` through the live region `box` (default #announce): emptied first, so the same
 * words said twice are read twice. */
export function announce(text, box) {
  const region = box || $("#announce");
  region.textContent = "";
  setTimeout(() => {
    region.textContent = text;
  }, 30);
}
