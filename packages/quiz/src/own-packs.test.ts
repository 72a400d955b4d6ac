import { bundledPack, parseFactPack } from "@nklabor/facts";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { packArbitrary } from "../../facts/src/pack-arbitrary.test-helpers.js";
import { checkQuestion, checkQuiz } from "./check.js";
import { newSpec } from "./defaults.js";
import { generateQuiz } from "./generate.js";

describe("quizzes from random own packs of every kind", () => {
  it("ask only questions that pass checkQuestion and checkQuiz", () => {
    fc.assert(
      fc.property(packArbitrary, fc.string({ minLength: 1, maxLength: 8 }), (input, seed) => {
        const parsed = parseFactPack(input, { extends: bundledPack });
        if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues.slice(0, 2)));
        const pack = parsed.pack;
        // Only the pack's facts: pinned, so the quiz asks about them before the bundled ones.
        const quiz = generateQuiz(
          newSpec(seed, { count: 12, customFacts: pack, pinned: pack.facts.map((f) => f.id) }),
        );
        expect(quiz.questions.length).toBeGreaterThan(0);
        for (const q of quiz.questions)
          expect(checkQuestion(q, pack), `${q.type}: ${q.prompt}`).toEqual([]);
        expect(checkQuiz(quiz, pack)).toEqual([]);
      }),
      { seed: 3, numRuns: 40 },
    );
  });
});
