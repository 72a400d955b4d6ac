import { type Language, loadTranslations } from "@nklabor/facts";
import { englishVoice } from "./context.js";
import { loadLabels } from "./labels.js";
import type { Voice } from "./voice.js";

const loaded = new Map<Language, Promise<Voice>>();

/**
 * The voice of a language, for `generateQuiz(spec, voice)`: English at once; Korean and Russian
 * load their catalog and the data's translations with `import()`, so a program that never asks
 * for them carries neither.
 */
export function loadVoice(lang: Language): Promise<Voice> {
  if (lang === "en") return Promise.resolve(englishVoice());
  let voice = loaded.get(lang);
  if (!voice) {
    const catalog =
      lang === "ko"
        ? import("./messages/compiled/ko.js").then((m) => m.messages)
        : import("./messages/compiled/ru.js").then((m) => m.messages);
    // The Korean and Russian wording code loads with them: an English program carries none of it.
    voice = Promise.all([
      catalog,
      loadTranslations(lang),
      loadLabels(lang),
      import("./voice-translated.js"),
    ]).then(([m, words, labels, { translatedVoice }]) => translatedVoice(lang, m, words, labels));
    // A failed load (a dropped connection) is tried again next time, not remembered.
    voice.catch(() => loaded.delete(lang));
    loaded.set(lang, voice);
  }
  return voice;
}
