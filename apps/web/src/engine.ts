// The quiz engine and spec validation: loaded only when a share link is opened or a new quiz is
// made, so Home and Play (ready quizzes) stay small.
import type { Topic } from "@nklabor/facts";
import {
  decodeSpec,
  encodeSpec,
  generateQuiz,
  newSpec,
  type Quiz,
  QuizSpecError,
} from "@nklabor/quiz";

export type LoadResult =
  | { readonly ok: true; readonly quiz: Quiz }
  | { readonly ok: false; readonly code: QuizSpecError["code"]; readonly message: string };

export function quizFromCode(code: string): LoadResult {
  try {
    return { ok: true, quiz: generateQuiz(decodeSpec(code)) };
  } catch (error) {
    if (error instanceof QuizSpecError)
      return { ok: false, code: error.code, message: error.message };
    throw error;
  }
}

/** A fresh share code for "a new quiz like this one": same title and topics, a new seed. */
export function newQuizCode(title: string, topics: readonly Topic[], count: number): string {
  const seed = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
  return encodeSpec(newSpec(seed, { title, count, topics: [...topics] }));
}
