/*
 * Text counted and cut by code points, as the service counts it (Python str indices). JS strings
 * are UTF-16: an emoji is two units there, so String.prototype.slice would cut it in half and
 * every count after it would be off. Hence Array.from(text).
 */

export const cpLen = (s) => Array.from(s || "").length;

/** One line of at most `max` (default 40) code points, with "…" when cut. */
export function short(text, max) {
  const cps = Array.from(String(text || "").replace(/\s+/g, " ").trim());
  return cps.length > (max || 40) ? cps.slice(0, max || 40).join("") + "…" : cps.join("");
}

/** At most `max` code points, cut at a space where one is near, with "…" when cut. */
export function clip(text, max) {
  const cps = Array.from(text);
  if (cps.length <= max) return text;
  let cut = cps.slice(0, max - 1).join("");
  const space = cut.lastIndexOf(" ");
  if (space > cut.length * 0.6) cut = cut.slice(0, space);
  return cut.trimEnd() + "…";
}

/** WhatsApp's *bold*, _italic_, ~strike~ and ```mono``` markers, and a leading bullet, removed. */
export function plainLine(text) {
  return String(text || "")
    .replace(/```/g, "")
    .replace(/\*([^*\n]+?)\*/g, "$1")
    .replace(/(^|[\s("'“])_([^_\n]+?)_(?=$|[\s).,!?।:;"'”])/g, "$1$2")
    .replace(/(^|[\s("'“])~([^~\n]+?)~(?=$|[\s).,!?।:;"'”])/g, "$1$2")
    .replace(
      /^\s*(?:(?:[•●◦▪▫‣⁃∙·■□►▶➤➢→✓✔☑✅👉📌🔹🔸🔶🔷]\uFE0F?|[*+\-–—](?=\s)|\d{1,2}[.)](?=\s))\s*)+/u,
      "",
    )
    .replace(/^\*+|\*+$/g, "")
    .replace(/\s+/g, " ")
    .trim();
}
