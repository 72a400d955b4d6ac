import {
  type Answer,
  type AnswerKey,
  expectedAnswer,
  type Labels,
  type QuestionResult,
} from "@nklabor/quiz";
import type { Catalog } from "../i18n/i18n.js";
import type { PlayWords } from "../play/words.js";

/** An answer in words: the learner's, or (without one) the right one. */
export function describeAnswer(
  t: Catalog,
  key: AnswerKey,
  answer: Answer | undefined,
  labels?: Labels,
): string {
  if (answer === undefined) return expectedAnswer(key, labels);
  switch (answer.format) {
    case "choice":
      return key.format === "choice" ? (key.options[answer.index]?.text ?? "—") : "—";
    case "true-false":
      return answer.value ? t.true() : t.false();
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
export function verdict(w: PlayWords, result: QuestionResult | undefined, timeUp = false): string {
  const how = timeUp
    ? "timeUp"
    : !result?.answered
      ? "none"
      : result.correct
        ? "correct"
        : result.credit > 0
          ? "partly"
          : "wrong";
  return w.verdict({ how, percent: Math.round((result?.credit ?? 0) * 100) });
}

/** A score in words: whole points as they are, partial credit to one decimal ("7.5"). */
export const formatScore = (n: number): string => (Number.isInteger(n) ? String(n) : n.toFixed(1));
