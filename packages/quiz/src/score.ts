import { ENGLISH_LABELS, type Labels } from "./labels.js";
import type { Answer, AnswerKey, Question, Quiz } from "./question.js";

/** How one answer scored, from {@link scoreQuestion}: credit, whether it was right, and the right answer. */
export interface QuestionResult {
  readonly questionId: string;
  /** Whether an answer was given (of any format). */
  readonly answered: boolean;
  /** Full marks only. */
  readonly correct: boolean;
  /** 0 to 1: partial credit for ordering and matching, else 0 or 1. */
  readonly credit: number;
  /** The right answer in words, for the review. */
  readonly expected: string;
}

/** A quiz's score, from {@link scoreQuiz}: each question's result and the totals. */
export interface QuizScore {
  /** Each question's result, in the quiz's order. */
  readonly results: readonly QuestionResult[];
  /** The sum of credits. */
  readonly score: number;
  /** The number of questions: each is worth 1. */
  readonly total: number;
  /** 0 to 100, rounded to a whole number. */
  readonly percent: number;
}

/**
 * Scores answers (by question id) against a quiz. Missing or mismatched answers score 0.
 * Partial credit: ordering earns the share of item pairs put in the right relative order
 * (1 for the right order, 0 for its reverse); matching earns the share of right pairs.
 */
export function scoreQuiz(
  quiz: Quiz,
  answers: Readonly<Record<string, Answer | undefined>>,
  labels: Labels = ENGLISH_LABELS,
): QuizScore {
  const results = quiz.questions.map((q) => scoreQuestion(q, answers[q.id], labels));
  const score = results.reduce((sum, r) => sum + r.credit, 0);
  const total = results.length;
  return { results, score, total, percent: total === 0 ? 0 : Math.round((score / total) * 100) };
}

/**
 * Scores one answer to a question, as {@link scoreQuiz} does: credit from 0 to 1 (partial for
 * ordering and matching), 0 for no answer or an answer of another format. A typed number counts
 * when it is within the key's accepted range, inclusive. `expected` is worded in the labels'
 * language (default English).
 */
export function scoreQuestion(
  question: Question,
  answer: Answer | undefined,
  labels: Labels = ENGLISH_LABELS,
): QuestionResult {
  const credit = answer ? creditFor(question.key, answer) : 0;
  return {
    questionId: question.id,
    answered: answer !== undefined,
    correct: credit === 1,
    credit,
    expected: expectedAnswer(question.key, labels),
  };
}

function creditFor(key: AnswerKey, answer: Answer): number {
  switch (key.format) {
    case "choice":
      return answer.format === "choice" && answer.index === key.correct ? 1 : 0;
    case "true-false":
      return answer.format === "true-false" && answer.value === key.correct ? 1 : 0;
    case "numeric":
      return answer.format === "numeric" &&
        Number.isFinite(answer.value) &&
        answer.value >= key.accept.min - 1e-9 &&
        answer.value <= key.accept.max + 1e-9
        ? 1
        : 0;
    case "ordering": {
      if (answer.format !== "ordering" || !isPermutation(answer.order, key.items.length)) return 0;
      const position = new Map(answer.order.map((item, i) => [item, i]));
      let right = 0;
      let pairs = 0;
      for (let i = 0; i < key.correct.length; i++) {
        for (let j = i + 1; j < key.correct.length; j++) {
          pairs++;
          if (
            (position.get(key.correct[i] as number) ?? 0) <
            (position.get(key.correct[j] as number) ?? 0)
          )
            right++;
        }
      }
      return pairs === 0 ? 1 : right / pairs;
    }
    case "matching": {
      if (answer.format !== "matching" || answer.pairs.length !== key.left.length) return 0;
      const right = key.correct.filter((r, i) => answer.pairs[i] === r).length;
      return right / key.correct.length;
    }
  }
}

function isPermutation(order: readonly number[], n: number): boolean {
  return (
    order.length === n &&
    new Set(order).size === n &&
    order.every((i) => Number.isInteger(i) && i >= 0 && i < n)
  );
}

/** The right answer as a learner would read it. */
export function expectedAnswer(key: AnswerKey, labels: Labels = ENGLISH_LABELS): string {
  const m = labels.m;
  switch (key.format) {
    case "choice":
      return key.options[key.correct]?.text ?? "";
    case "true-false":
      return key.correct ? m.true() : m.false();
    case "numeric": {
      // Numbers as the language writes them: 37,000; 3만 7천; 37 000.
      const n = labels.number;
      return key.accept.min === key.accept.max
        ? key.unit
          ? m.withUnit({ answer: n(key.correct), unit: key.unit })
          : m.plain({ answer: n(key.correct) })
        : m.accepted({ answer: n(key.correct), min: n(key.accept.min), max: n(key.accept.max) });
    }
    case "ordering":
      return key.correct.map((i) => key.items[i]).join(" → ");
    case "matching":
      return key.left.map((l, i) => `${l} = ${key.right[key.correct[i] as number]}`).join("; ");
  }
}
