import type { Quiz } from "@nklabor/quiz";
import type { Route } from "../app/router.js";
import { READY_QUIZZES } from "../home/ready.js";
import { initialLang } from "../i18n/i18n.js";
import type { Lang } from "../i18n/lang.js";
import { stateKey } from "./session.js";

export type QuizSource = Extract<Route, { page: "play" }>["source"];

/** A quiz ready to play, or why not (an ErrorPage code and details). */
export type Loaded =
  | { readonly ok: true; readonly quiz: Quiz; readonly key: string }
  | { readonly ok: false; readonly code: string; readonly detail?: string };

/** The state key of a quiz source. */
export const keyOf = (source: QuizSource): string =>
  source.kind === "ready" ? stateKey.ready(source.id) : stateKey.code(source.code);

/** Loads in flight or done, by state key: a quiz is loaded once per page, however often it is asked for. */
const loads = new Map<string, Promise<Loaded>>();

/**
 * Loads a quiz once: the page's entry calls it for a play link before React renders (so the quiz
 * is read while React starts), and the play page's call then finds it. A failed load is forgotten,
 * so the next call tries again.
 */
export function loadQuiz(source: QuizSource): Promise<Loaded> {
  // A ready quiz is loaded in the page's language (the same questions in each: saved progress,
  // kept by question id, goes on in the other); a link's quiz is in the language it was made in.
  const lang = source.kind === "ready" ? initialLang() : "en";
  const key = `${keyOf(source)}|${lang}`;
  const known = loads.get(key);
  if (known) return known;
  const loading = fetchQuiz(source, lang);
  loads.set(key, loading);
  loading.then(
    (loaded) => (loaded.ok ? settled.set(key, loaded) : loads.delete(key)),
    () => loads.delete(key),
  );
  return loading;
}

/** Quizzes loaded, by state key: what a play page can show in its first render. */
const settled = new Map<string, Extract<Loaded, { ok: true }>>();

/** The quiz of this source if it is loaded already (see loadQuiz), else undefined. */
export const loadedNow = (source: QuizSource): Extract<Loaded, { ok: true }> | undefined =>
  settled.get(`${keyOf(source)}|${source.kind === "ready" ? initialLang() : "en"}`);

/** Loads a quiz: a ready one as the JSON the build made, a share link through link.ts (lazily). */
async function fetchQuiz(source: QuizSource, lang: Lang): Promise<Loaded> {
  const key = keyOf(source);
  if (source.kind === "ready") {
    if (!READY_QUIZZES.some((q) => q.id === source.id))
      return { ok: false, code: "NOT_FOUND", detail: `no quiz "${source.id.slice(0, 60)}"` };
    let response: Response;
    try {
      response = await fetch(`./quizzes/${source.id}${lang === "en" ? "" : `.${lang}`}.json`);
    } catch (error) {
      return { ok: false, code: "LOAD_FAILED", detail: (error as Error).message };
    }
    if (!response.ok) return { ok: false, code: "LOAD_FAILED", detail: `HTTP ${response.status}` };
    try {
      const quiz = (await response.json()) as Quiz;
      if (!Array.isArray(quiz?.questions) || quiz.questions.length === 0)
        return { ok: false, code: "LOAD_FAILED", detail: "the quiz file has no questions" };
      return { ok: true, quiz, key };
    } catch {
      return { ok: false, code: "LOAD_FAILED", detail: "the quiz file is damaged" };
    }
  }
  let link: typeof import("./link.js");
  try {
    link = await import("./link.js");
  } catch (error) {
    return { ok: false, code: "LOAD_FAILED", detail: (error as Error).message };
  }
  const result = await link.quizFromCode(source.code);
  return result.ok
    ? { ok: true, quiz: result.quiz, key }
    : { ok: false, code: result.code, detail: result.message };
}
