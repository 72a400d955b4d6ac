import { type Answer, type AnswerKey, expectedAnswer, type QuestionResult } from "@nklabor/quiz";

/** An answer in words: the learner's, or (without one) the right one. */
export function describeAnswer(key: AnswerKey, answer: Answer | undefined): string {
  if (answer === undefined) return expectedAnswer(key);
  switch (answer.format) {
    case "choice":
      return key.format === "choice" ? (key.options[answer.index]?.text ?? "—") : "—";
    case "true-false":
      return answer.value ? "True" : "False";
    case "numeric":
      return (
        answer.value.toLocaleString("en-US") +
        (key.format === "numeric" && key.unit ? ` ${key.unit}` : "")
      );
    case "ordering":
      return key.format === "ordering" ? answer.order.map((i) => key.items[i]).join(" → ") : "—";
    case "matching":
      return key.format === "matching"
        ? key.left.map((l, i) => `${l} = ${key.right[answer.pairs[i] ?? -1] ?? "—"}`).join("; ")
        : "—";
  }
}

/** How an answer went, in words: the feedback's heading and the review's label. */
export function verdict(result: QuestionResult | undefined, timeUp = false): string {
  if (timeUp) return "Time's up.";
  if (!result?.answered) return "Not answered.";
  if (result.correct) return "Correct.";
  return result.credit > 0 ? `Partly right (${Math.round(result.credit * 100)}%).` : "Not quite.";
}

/** A score in words: whole points as they are, partial credit to one decimal ("7.5"). */
export const formatScore = (n: number): string => (Number.isInteger(n) ? String(n) : n.toFixed(1));
