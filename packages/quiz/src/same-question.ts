import type { Question } from "./question.js";

/** Every text a learner reads, paired with its English, in the same order (short forms are English only). */
export function textsOf(q: Question): string[] {
  const k = q.key;
  return [
    q.prompt,
    ...(k.format === "choice" ? k.options.map((o) => o.text) : []),
    ...(k.format === "choice" ? k.options.map((o) => o.note ?? "") : []),
    ...(k.format === "ordering" ? k.items : []),
    ...(k.format === "matching" ? [...k.left, ...k.right] : []),
    ...(k.format === "numeric" ? [k.unit] : []),
    q.explanation,
  ];
}

/**
 * The same question in other words: the same id, type, facts, citations (address and quote),
 * difficulty, format, answer and number of texts. generateQuiz holds a translated question to it,
 * and checkQuizIn a translated quiz.
 */
export function sameQuestion(a: Question, b: Question): boolean {
  return shape(a) === shape(b);
}

const shape = (q: Question) => {
  const k = q.key;
  return JSON.stringify([
    q.id,
    q.type,
    q.factIds,
    q.citations.map((c) => [c.url, c.quote]),
    q.difficultyScore,
    k.format,
    k.correct,
    k.format === "numeric" ? k.accept : null,
    textsOf(q).length,
  ]);
};
