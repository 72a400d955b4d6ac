import { bundledPack, parseFactPack } from "@nklabor/facts";
import { describe, expect, it } from "vitest";
import { checkQuestion, checkQuiz } from "./check.js";
import { newSpec } from "./defaults.js";
import { generateQuiz } from "./generate.js";
import { syntheticPack } from "./synthetic-pack.js";

describe("synthetic fact packs (for benchmarks)", () => {
  it("are valid packs, so the benchmarks measure real work", () => {
    const pack = syntheticPack(400);
    const result = parseFactPack(pack, { extends: bundledPack });
    expect(result.ok ? [] : result.issues.slice(0, 3)).toEqual([]);
  });

  it("give quizzes whose questions pass every check", () => {
    const pack = syntheticPack(400);
    const quiz = generateQuiz(newSpec("scale", { count: 20, customFacts: pack }));
    expect(quiz.questions).toHaveLength(20);
    for (const q of quiz.questions) expect(checkQuestion(q, pack), q.prompt).toEqual([]);
    expect(checkQuiz(quiz, pack)).toEqual([]);
  });
});
