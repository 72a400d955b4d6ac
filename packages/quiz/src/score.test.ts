import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { specArbitrary } from "./arbitraries.test-helpers.js";
import { newSpec } from "./defaults.js";
import { generateQuiz } from "./generate.js";
import { loadLabels } from "./labels.js";
import type { Answer, AnswerKey, Question, Quiz } from "./question.js";
import { expectedAnswer, scoreQuestion, scoreQuiz } from "./score.js";

/** The answer a perfect learner gives. */
function rightAnswer(key: AnswerKey): Answer {
  switch (key.format) {
    case "choice":
      return { format: "choice", index: key.correct };
    case "true-false":
      return { format: "true-false", value: key.correct };
    case "numeric":
      return { format: "numeric", value: key.correct };
    case "ordering":
      return { format: "ordering", order: key.correct };
    case "matching":
      return { format: "matching", pairs: key.correct };
  }
}

const question = (key: AnswerKey): Question => ({
  id: "q",
  type: "custom",
  prompt: "p",
  key,
  explanation: "e",
  factIds: [],
  citations: [],
  difficulty: "easy",
  difficultyScore: 0,
});

describe("scoreQuiz", () => {
  it("gives full marks for the right answers and none for no answers, on any quiz", () => {
    fc.assert(
      fc.property(specArbitrary, (spec) => {
        const quiz = generateQuiz(spec);
        const answers = Object.fromEntries(quiz.questions.map((q) => [q.id, rightAnswer(q.key)]));
        const full = scoreQuiz(quiz, answers);
        expect(full.score).toBe(quiz.questions.length);
        expect(full.percent).toBe(quiz.questions.length === 0 ? 0 : 100);
        const none = scoreQuiz(quiz, {});
        expect(none.score).toBe(0);
        expect(none.results.every((r) => !r.answered && !r.correct)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  }, 60_000);

  it("reports each result with the right answer in words", () => {
    const quiz: Quiz = generateQuiz(newSpec("score", { count: 6 }));
    const result = scoreQuiz(quiz, {});
    expect(result.total).toBe(6);
    for (const r of result.results) expect(r.expected.length).toBeGreaterThan(0);
  });
});

describe("scoreQuestion", () => {
  it("accepts a typed number within the accepted range only", () => {
    const q = question({
      format: "numeric",
      correct: 50000,
      accept: { min: 45000, max: 55000 },
      unit: "people",
    });
    expect(scoreQuestion(q, { format: "numeric", value: 45000 }).credit).toBe(1);
    expect(scoreQuestion(q, { format: "numeric", value: 55001 }).credit).toBe(0);
    expect(scoreQuestion(q, { format: "numeric", value: Number.NaN }).credit).toBe(0);
    expect(scoreQuestion(q, { format: "numeric", value: 50000 }).expected).toBe(
      "50,000 (45,000 to 55,000 accepted)",
    );
  });

  it("gives partial credit for ordering: the share of pairs in the right relative order", () => {
    const q = question({ format: "ordering", items: ["a", "b", "c", "d"], correct: [0, 1, 2, 3] });
    const credit = (order: number[]) => scoreQuestion(q, { format: "ordering", order }).credit;
    expect(credit([0, 1, 2, 3])).toBe(1);
    expect(credit([3, 2, 1, 0])).toBe(0);
    expect(credit([1, 0, 2, 3])).toBeCloseTo(5 / 6);
    expect(credit([0, 1, 2])).toBe(0);
    expect(credit([0, 0, 1, 2])).toBe(0);
    expect(scoreQuestion(q, { format: "ordering", order: [1, 0, 2, 3] }).correct).toBe(false);
  });

  it("gives partial credit for matching: the share of right pairs", () => {
    const q = question({
      format: "matching",
      left: ["1", "2", "3", "4"],
      right: ["w", "x", "y", "z"],
      correct: [2, 0, 3, 1],
    });
    expect(scoreQuestion(q, { format: "matching", pairs: [2, 0, 3, 1] }).credit).toBe(1);
    expect(scoreQuestion(q, { format: "matching", pairs: [2, 0, 1, 3] }).credit).toBe(0.5);
    expect(scoreQuestion(q, { format: "matching", pairs: [2, 0] }).credit).toBe(0);
  });

  it("scores an answer of the wrong format as wrong, not as an error", () => {
    const q = question({ format: "true-false", correct: false });
    expect(scoreQuestion(q, { format: "choice", index: 0 })).toMatchObject({
      answered: true,
      correct: false,
      credit: 0,
    });
    expect(scoreQuestion(q, { format: "true-false", value: false }).correct).toBe(true);
  });
});

describe("issue 9: the accepted range as a learner reads it", () => {
  it("prints a fractional range as it is, not rounded to whole numbers", () => {
    expect(
      expectedAnswer({
        format: "numeric",
        correct: 0.5,
        accept: { min: 0.45, max: 0.55 },
        unit: "",
      }),
    ).toBe("0.5 (0.45 to 0.55 accepted)");
  });
});

describe("the right answer in the quiz's language", () => {
  it("writes its numbers as the language does: 3만 7천 in Korean, 37 000 in Russian", async () => {
    const key = {
      format: "numeric" as const,
      correct: 10_000,
      accept: { min: 9_000, max: 11_000 },
      unit: "",
    };
    const exact = { ...key, correct: 12_000, accept: { min: 12_000, max: 12_000 }, unit: "건" };
    expect(expectedAnswer(key)).toBe("10,000 (9,000 to 11,000 accepted)");
    const ko = await loadLabels("ko");
    expect(expectedAnswer(key, ko)).toBe("1만 (9,000~1만 1천 정답 인정)");
    expect(expectedAnswer(exact, ko)).toBe("1만 2천건");
    const ru = await loadLabels("ru");
    expect(expectedAnswer(key, ru)).toBe(
      "10\u00a0000 (засчитываются ответы от 9\u00a0000 до 11\u00a0000)",
    );
  });
});
