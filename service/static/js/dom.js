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

function grow(textarea) {
  textarea.style.height = "auto";
  // Its text's height and its own borders, whatever their width.
  const borders = textarea.offsetHeight - textarea.clientHeight;
  if (textarea.scrollHeight) textarea.style.height = `${textarea.scrollHeight + borders}px`;
}

// A box grown for its text grows again when its width changes: a poster's line boxes were sized
// before the form narrowed beside the phone's floating thumbnail, and cut their second line.
const widths = new WeakMap();
const rewrap =
  typeof ResizeObserver === "undefined"
    ? null
    : new ResizeObserver((entries) => {
        for (const entry of entries) {
          const width = Math.round(entry.contentRect.width);
          if (widths.get(entry.target) !== width) {
            widths.set(entry.target, width);
            grow(entry.target);
          }
        }
      });

export function autoGrow(textarea) {
  grow(textarea);
  if (rewrap) rewrap.observe(textarea);
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
