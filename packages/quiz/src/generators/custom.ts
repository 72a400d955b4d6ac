import type { Question, QuestionCitation } from "../question.js";
import { difficultyOf } from "../question.js";
import type { Random } from "../random.js";
import type { CustomQuestion } from "../spec.js";

/** A teacher's own question as a quiz question; ordering items are shuffled, never left in order. */
export function customQuestion(q: CustomQuestion, rng: Random): Question {
  const citations: QuestionCitation[] = q.source
    ? [
        {
          publisher: hostOf(q.source.url),
          headline: q.source.title,
          published: q.source.date,
          url: q.source.url,
          quote: q.source.quote,
        },
      ]
    : [];
  const base = {
    id: `custom-${q.id}`,
    type: "custom" as const,
    prompt: q.prompt,
    factIds: [],
    citations,
    ...(q.topic ? { topic: q.topic } : {}),
  };
  const withScore = (score: number, rest: Pick<Question, "key" | "explanation">): Question => ({
    ...base,
    ...rest,
    difficulty: difficultyOf(score),
    difficultyScore: score,
  });
  switch (q.format) {
    case "choice":
      return withScore(Math.min(1, 0.2 + 0.1 * q.options.length), {
        key: { format: "choice", options: q.options.map((text) => ({ text })), correct: q.correct },
        explanation: q.explanation ?? `The answer is ${q.options[q.correct]}.`,
      });
    case "true-false":
      return withScore(0.2, {
        key: { format: "true-false", correct: q.correct },
        explanation: q.explanation ?? `${q.correct ? "True" : "False"}.`,
      });
    case "numeric":
      return withScore(q.tolerance === 0 ? 0.7 : 0.55, {
        key: {
          format: "numeric",
          correct: q.correct,
          accept: { min: q.correct - q.tolerance, max: q.correct + q.tolerance },
          unit: q.unit,
        },
        explanation: q.explanation ?? `The answer is ${q.correct}${q.unit ? ` ${q.unit}` : ""}.`,
      });
    case "ordering": {
      const order = q.items.map((_, i) => i);
      let shown = rng.shuffle(order);
      if (shown.every((v, i) => v === i)) shown = [...order].reverse();
      return withScore(Math.min(1, 0.1 * q.items.length + 0.1), {
        key: {
          format: "ordering",
          items: shown.map((i) => q.items[i] ?? ""),
          correct: order.map((i) => shown.indexOf(i)),
        },
        explanation: q.explanation ?? `The order: ${q.items.join(", ")}.`,
      });
    }
  }
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return url;
  }
}
