/*
 * The poster's logo and photo: read into data: URLs (which the service takes as they are); the
 * name, a thumbnail and a remove button are shown. An image too big to keep in localStorage
 * is said so, and asked for again on the next visit.
 */

import { $ } from "./dom.js";
import { FILE_HI, POSTER, sizeHindi } from "./messages.js";
import { posterErrors } from "./poster-errors.js";
import { announcePoster, posterEdited } from "./poster-preview.js";
import { STORE_IMAGE_CHARS, store } from "./store.js";

// The service's default SANDESH_POSTER_MAX_UPLOAD_BYTES: a hint only, its 413/422 decides.
const POSTER_UPLOAD_BYTES = 5 * 1024 * 1024;

export function renderFile(kind) {
  const poster = store.poster;
  const img = poster.form[kind];
  const chosen = $(`#poster-${kind}-chosen`);
  const note = $(`#poster-${kind}-note`);
  const pick = $(`#poster-${kind}-pick`);
  const { noun, fem } = FILE_HI[kind];
  chosen.hidden = !img;
  pick.textContent = POSTER.pickFile(noun, img, fem);
  note.hidden = true;
  if (img) {
    $(".file-name", chosen).textContent = `${img.name} (${sizeHindi(img.size)})`;
    const thumb = $(".file-thumb", chosen);
    thumb.hidden = false;
    thumb.onerror = () => {
      thumb.hidden = true;
    };
    thumb.src = img.data;
    if (img.data.length > STORE_IMAGE_CHARS) {
      note.textContent = POSTER.notStored;
      note.hidden = false;
    }
  } else if (poster.forgotten[kind]) {
    note.textContent = POSTER.forgotten(poster.forgotten[kind]);
    note.hidden = false;
  }
}

/** A file refused before sending: said on its field; the form keeps what it had. */
function fileError(kind, text) {
  posterErrors.show([{ field: kind, text }]);
}

export function initFiles() {
  const poster = store.poster;
  for (const kind of ["logo", "photo"]) {
    const input = $(`#poster-${kind}`);
    const { noun, fem } = FILE_HI[kind];
    input.addEventListener("change", () => {
      const file = input.files && input.files[0];
      input.value = ""; // so that choosing the same file again is seen again
      if (!file) return;
      delete poster.forgotten[kind];
      posterErrors.clear(kind);
      if (file.size > POSTER_UPLOAD_BYTES) {
        fileError(kind, POSTER.fileTooBig(noun, fem, file.name, sizeHindi(file.size), sizeHindi(POSTER_UPLOAD_BYTES)));
        return;
      }
      const reader = new FileReader();
      reader.addEventListener("load", () => {
        poster.form[kind] = { name: file.name, size: file.size, data: String(reader.result) };
        renderFile(kind);
        announcePoster(POSTER.fileChosen(noun, fem, file.name));
        posterEdited(kind, 0);
      });
      reader.addEventListener("error", () => {
        fileError(kind, POSTER.fileUnreadable(file.name));
      });
      reader.readAsDataURL(file);
    });
    $(`#poster-${kind}-chosen .file-remove`).addEventListener("click", () => {
      poster.form[kind] = null;
      renderFile(kind);
      input.focus();
      announcePoster(POSTER.fileRemoved(noun, fem));
      posterEdited(kind, 0);
    });
  }
}
