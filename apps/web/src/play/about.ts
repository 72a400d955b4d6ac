import type { Quiz } from "@nklabor/quiz";

/** What a learner is told about a quiz before starting, in words (pure: tested without React). */
export function quizFacts(quiz: Quiz): {
  readonly questions: string;
  readonly timer: string;
  readonly feedback: string;
  readonly sources: string;
} {
  const n = quiz.questions.length;
  const publishers = [
    ...new Set(quiz.questions.flatMap((q) => q.citations.map((c) => c.publisher))),
  ].sort((a, b) => a.localeCompare(b, "en"));
  const own = quiz.questions.some((q) => q.type === "custom");
  const listed =
    publishers.length <= 1
      ? (publishers[0] ?? "")
      : `${publishers.slice(0, -1).join(", ")} and ${publishers.at(-1)}`;
  const sources =
    publishers.length === 0
      ? "The teacher's own questions."
      : `${listed}${own ? ", and the teacher's own questions" : ""}. Each answer shows its source's words.`;
  return {
    questions: `${n} question${n === 1 ? "" : "s"}`,
    timer: quiz.timerSeconds ? `${quiz.timerSeconds} seconds for each question` : "No time limit",
    feedback:
      quiz.feedback === "immediate"
        ? "You see the right answer and its source after each question."
        : "You see the right answers and their sources at the end.",
    sources,
  };
}
