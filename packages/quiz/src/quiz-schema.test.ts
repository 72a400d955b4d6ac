import Ajv2020 from "ajv/dist/2020.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { specArbitrary } from "./arbitraries.test-helpers.js";
import { newSpec } from "./defaults.js";
import { generateQuiz } from "./generate.js";
import { QuizJson, quizJsonSchema, specJsonSchema } from "./quiz-schema.js";

describe("the JSON quiz format", () => {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  const validateQuiz = ajv.compile(quizJsonSchema());
  const validateSpec = ajv.compile(specJsonSchema());

  it("describes every generated quiz (zod schema and published JSON Schema alike)", () => {
    fc.assert(
      fc.property(specArbitrary, (spec) => {
        const quiz = JSON.parse(JSON.stringify(generateQuiz(spec)));
        expect(QuizJson.safeParse(quiz).error).toBeUndefined();
        expect(validateQuiz(quiz), JSON.stringify(validateQuiz.errors?.slice(0, 2))).toBe(true);
      }),
      { numRuns: 1000 },
    );
  }, 60_000);

  it("rejects a quiz whose question lost its answer key", () => {
    const quiz = JSON.parse(JSON.stringify(generateQuiz(newSpec("schema"))));
    delete quiz.questions[0].key;
    expect(validateQuiz(quiz)).toBe(false);
  });

  it("holds a short form to its limits: 95 characters a prompt, 60 an option", () => {
    const quiz = JSON.parse(JSON.stringify(generateQuiz(newSpec("schema-short", { count: 12 }))));
    const question = quiz.questions.find((q: { short?: unknown }) => q.short);
    expect(validateQuiz(quiz)).toBe(true);
    question.short.prompt = "x".repeat(96);
    expect(validateQuiz(quiz)).toBe(false);
    expect(QuizJson.safeParse(quiz).success).toBe(false);
  });

  it("publishes the spec format: a minimal spec passes, a wrong one does not", () => {
    expect(validateSpec({ version: 1, seed: "class-7b" })).toBe(true);
    expect(validateSpec({ version: 1, seed: "x", count: "ten" })).toBe(false);
    expect(validateSpec({ version: 1 })).toBe(false);
  });
});
