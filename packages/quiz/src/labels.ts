import type { Language } from "@nklabor/facts";
import { DEFAULT_TITLE } from "./defaults.js";
import { messages as english } from "./labels/compiled/en.js";
import type { Catalog } from "./labels/compiled/types.js";
import type { QuizSpec } from "./spec.js";

/**
 * The words around a quiz's questions, in its language: True and False, "Source:", an answer
 * with its unit or its accepted range, an answer key's headings. For the app, the text and
 * print forms and the exports; the questions' own words are the voice's.
 */
export interface Labels {
  readonly lang: Language;
  readonly m: Catalog;
  /** A number as the language writes it in an answer: 37,000; 3만 7천; 37 000. */
  readonly number: (value: number) => string;
}

/**
 * The English labels, loaded with the package: the default wherever {@link Labels} are optional,
 * and what {@link loadLabels} gives for `"en"`.
 */
export const ENGLISH_LABELS: Labels = {
  lang: "en",
  m: english,
  number: (value) => value.toLocaleString("en-US"),
};

/**
 * A quiz's title: the teacher's, or when they gave none (the spec's default), the default title in
 * the quiz's language, from its labels ("러시아의 북한 노동자").
 */
export function quizTitle(spec: Pick<QuizSpec, "title" | "language">, labels: Labels): string {
  return spec.title === DEFAULT_TITLE ? labels.m.defaultTitle() : spec.title;
}

const loaded = new Map<Language, Promise<Labels>>();

/** The labels of a language: English at once, Korean and Russian loaded with `import()`. */
export function loadLabels(lang: Language = "en"): Promise<Labels> {
  if (lang === "en") return Promise.resolve(ENGLISH_LABELS);
  let labels = loaded.get(lang);
  if (!labels) {
    // Korean and Russian numbers (3만 7천, 37 000) are written by @nklabor/facts' localNumber,
    // loaded with them: an English program carries none of it.
    labels = Promise.all([
      lang === "ko" ? import("./labels/compiled/ko.js") : import("./labels/compiled/ru.js"),
      import("./local-number.js"),
    ]).then(([module, { localNumber }]) => ({
      lang,
      m: module.messages,
      number: (value: number) => localNumber(value, lang),
    }));
    labels.catch(() => loaded.delete(lang));
    loaded.set(lang, labels);
  }
  return labels;
}
