/*
 * The poster's topic: which icon it shows. «अपने-आप» (the default, "" in the form) sends no
 * topic, and the server finds one from the title and lines; the topics to choose from are the
 * server's (GET /v1/limits `poster_topics`), each named in Hindi by messages.js.
 */

import { $, el } from "./dom.js";
import { POSTER, topicName } from "./messages.js";
import { posterEdited } from "./poster-preview.js";
import { savePoster, store } from "./store.js";

/** The topic picker's choices and the form's topic. Until the server's list has come, only
 * «अपने-आप» and the topic kept from the last visit are offered; a kept topic the server no
 * longer has goes back to «अपने-आप». */
export function fillTopics() {
  const f = store.poster.form;
  const known = store.poster.topics;
  if (known && f.topic && !known.includes(f.topic)) {
    f.topic = "";
    savePoster();
  }
  const topics = known || (f.topic ? [f.topic] : []);
  const select = $("#poster-topic");
  select.replaceChildren(
    el("option", { value: "" }, POSTER.topicAuto),
    ...topics.map((topic) => el("option", { value: topic }, topicName(topic))),
  );
  select.value = f.topic;
}

export function initTopics() {
  $("#poster-topic").addEventListener("change", (event) => {
    store.poster.form.topic = event.target.value;
    posterEdited("topic", 0);
  });
}
