import type { Language } from "@nklabor/facts";
import { loadVoice, type Voice } from "@nklabor/quiz";
import { use } from "react";
import { tracked } from "../app/tracked.js";

/*
 * The words a quiz's questions are in (its spec's `language`): English at once; Korean and Russian
 * loaded once, when a draft, a worksheet or a choice first asks for them.
 */

// One promise a language, read with `use` every time (app/tracked.ts says why).
const pending = new Map<Language, Promise<Voice>>();

/** Loads a language's voice (a failed load is tried again next time). */
export function preloadVoice(lang: Language): Promise<Voice> {
  let voice = pending.get(lang);
  if (!voice) {
    voice = tracked(loadVoice(lang));
    voice.catch(() => pending.delete(lang));
    pending.set(lang, voice);
  }
  return voice;
}

/** The voice for `generateQuiz(spec, voice)`: undefined for English; suspends until loaded. */
export function useVoice(lang: Language): Voice | undefined {
  if (lang === "en") return undefined;
  return use(preloadVoice(lang));
}
