/*
 * The app's language: English, Korean or Russian. Pure functions (tested without a browser); the
 * React side is in i18n.tsx.
 */

export const LANGS = ["en", "ko", "ru"] as const;
export type Lang = (typeof LANGS)[number];

/** Each language's name in itself, as the switch shows it. */
export const LANG_NAMES: Readonly<Record<Lang, string>> = {
  en: "English",
  ko: "한국어",
  ru: "Русский",
};

/** Where this browser keeps the language a visitor chose with the switch. */
export const LANG_KEY = "nklabor:lang";

export const isLang = (value: unknown): value is Lang => LANGS.includes(value as Lang);

/**
 * The language to show: `?lang=` in the address (a link can ask for one), else the one chosen
 * before in this browser, else the first of the browser's languages the app has (by its primary
 * subtag: "ko-KR" is Korean), else English. Anything else found on the way is ignored.
 */
export function chooseLang(
  search: string,
  saved: string | undefined,
  preferred: readonly string[] = [],
): Lang {
  let asked: string | undefined;
  try {
    asked = new URLSearchParams(search).get("lang")?.trim().toLowerCase();
  } catch {
    asked = undefined;
  }
  if (isLang(asked)) return asked;
  if (isLang(saved)) return saved;
  for (const tag of preferred) {
    const primary = String(tag).split(/[-_]/)[0]?.toLowerCase();
    if (isLang(primary)) return primary;
  }
  return "en";
}

/** Whether the address asks for the pseudo-locale (`?pseudo`): layout tests only. */
export function wantsPseudo(search: string): boolean {
  try {
    return new URLSearchParams(search).has("pseudo");
  } catch {
    return false;
  }
}

/** The address with `?lang=` set to the language, its other query and its hash (the route) kept. */
export function withLang(href: string, lang: Lang): string {
  const url = new URL(href);
  url.searchParams.set("lang", lang);
  return url.href;
}

/** The language a quiz's own words are in (the engine's; a quiz that says none is English). */
export const contentLang = (quiz: { readonly language?: string | undefined }): Lang =>
  isLang(quiz.language) ? quiz.language : "en";

/**
 * The language of a question's words: a generated question's is its quiz's; a teacher's own
 * question is in whatever language the teacher wrote it (undefined: the page's).
 */
export const questionLang = (
  quiz: { readonly language?: string | undefined },
  question: { readonly type: string },
): Lang | undefined => (question.type === "custom" ? undefined : contentLang(quiz));

/** An id as a catalog's `select` takes it: ICU keys have no hyphens ("worker-counts" → "worker_counts"). */
export const selectKey = (id: string): string => id.replace(/-/g, "_");
