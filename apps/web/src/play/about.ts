import type { Quiz } from "@nklabor/quiz";
import type { Catalog } from "../i18n/i18n.js";

/** "A", "A and B", "A, B and C", in the page's language. */
export function listed(t: Catalog, names: readonly string[]): string {
  return names.length <= 1
    ? (names[0] ?? "")
    : t.listAnd({ init: names.slice(0, -1).join(", "), last: names.at(-1) ?? "" });
}

/** What a learner is told about a quiz before starting, in words (pure: tested without React). */
export function quizFacts(
  t: Catalog,
  quiz: Quiz,
): {
  readonly questions: string;
  readonly timer: string;
  readonly feedback: string;
  readonly sources: string;
} {
  const publishers = [
    ...new Set(quiz.questions.flatMap((q) => q.citations.map((c) => c.publisher))),
  ].sort((a, b) => a.localeCompare(b, "en"));
  const own = quiz.questions.some((q) => q.type === "custom");
  return {
    questions: t.questionCount({ count: quiz.questions.length }),
    timer: quiz.timerSeconds ? t.secondsEach({ n: quiz.timerSeconds }) : t.noTimeLimit(),
    feedback: t.feedbackWhen({ when: quiz.feedback }),
    sources:
      publishers.length === 0
        ? t.teacherOwnOnly()
        : t.sourcesOfQuiz({ publishers: listed(t, publishers), own: own ? "yes" : "no" }),
  };
}
