// "A new quiz like this one", from the results page: the spec's choices with a new seed, encoded
// as a share code (fflate), loaded when asked for.
import { encodeSpec, newLike, newSpec, type QuizSpec, QuizSpecError } from "@nklabor/quiz";
import type { ReadyQuiz } from "../home/ready.js";

/** A ready quiz's spec: what the build made its questions from. */
export function readySpec(ready: ReadyQuiz): QuizSpec {
  return newSpec(ready.seed, { title: ready.title, count: ready.count, topics: [...ready.topics] });
}

/**
 * The share code of "a new quiz like this one": the same choices and the teacher's own content,
 * other questions (a new seed). A code for a spec that no longer fits a link is an error value.
 */
export function newQuizCode(
  spec: QuizSpec,
): { readonly ok: true; readonly code: string } | { readonly ok: false; readonly message: string } {
  const seed = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
  try {
    return { ok: true, code: encodeSpec(newLike(spec, seed)) };
  } catch (error) {
    if (error instanceof QuizSpecError) return { ok: false, message: error.message };
    throw error;
  }
}
