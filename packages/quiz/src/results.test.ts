import Ajv2020 from "ajv/dist/2020.js";
import { parse as parseCsv } from "csv-parse/sync";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { specArbitrary } from "./arbitraries.test-helpers.js";
import { newSpec } from "./defaults.js";
import { generateQuiz } from "./generate.js";
import type { Answer, Question } from "./question.js";
import {
  decodeResult,
  encodeResult,
  ResultCodeError,
  resultJsonSchema,
  resultOf,
  resultsToCsv,
  specHash,
  summarizeResults,
} from "./results.js";
import { encodeSpec } from "./share.js";

/** Some answer a question can take (right or not), from a number drawn for it. */
function someAnswer(q: Question, draw: number): Answer | undefined {
  const key = q.key;
  switch (key.format) {
    case "choice":
      return { format: "choice", index: draw % key.options.length };
    case "true-false":
      return { format: "true-false", value: draw % 2 === 0 };
    case "numeric":
      return draw % 3 === 0 ? undefined : { format: "numeric", value: key.correct + (draw % 7) };
    case "ordering":
      return { format: "ordering", order: key.items.map((_, i) => (i + draw) % key.items.length) };
    case "matching":
      return { format: "matching", pairs: key.left.map((_, i) => (i + draw) % key.left.length) };
  }
}

const answersFor = (questions: readonly Question[], draws: readonly number[]) =>
  Object.fromEntries(
    questions.flatMap((q, i) => {
      const answer = someAnswer(q, draws[i % draws.length] ?? 0);
      return answer ? [[q.id, answer] as const] : [];
    }),
  );

describe("results codes", () => {
  it("round-trip: decodeResult(encodeResult(result)) is the result, for any quiz and answers", () => {
    fc.assert(
      fc.property(
        specArbitrary,
        fc.array(fc.nat(1000), { minLength: 1, maxLength: 40 }),
        fc.option(fc.string({ maxLength: 100 }), { nil: undefined }),
        (spec, draws, name) => {
          const quiz = generateQuiz(spec);
          const result = resultOf(spec, quiz, answersFor(quiz.questions, draws), {
            name,
            finished: new Date(Date.UTC(2026, 11, 5, 10, 30)),
          });
          const code = encodeResult(result);
          expect(code).toMatch(/^R1[A-Za-z0-9_-]+$/);
          expect(decodeResult(code)).toEqual(result);
          expect(result.total).toBe(quiz.questions.length);
        },
      ),
      { numRuns: 60 },
    );
  });

  it("decodeResult throws only ResultCodeError, with a code and words, whatever it is given", () => {
    const spec = newSpec("results-fuzz", { count: 8 });
    const quiz = generateQuiz(spec);
    const good = encodeResult(resultOf(spec, quiz, answersFor(quiz.questions, [1, 2, 3])));
    const anyCode = fc.oneof(
      fc.string(),
      fc.string({ unit: "binary" }),
      fc.stringMatching(/^R1[A-Za-z0-9_-]{0,200}$/),
      fc.base64String().map((s) => `R1${s}`),
      fc
        .tuple(fc.nat(good.length), fc.nat(good.length), fc.string({ maxLength: 3 }))
        .map(([a, b, junk]) => good.slice(0, a) + junk + good.slice(b)),
    );
    fc.assert(
      fc.property(anyCode, (code) => {
        try {
          decodeResult(code);
        } catch (error) {
          expect(error).toBeInstanceOf(ResultCodeError);
          expect((error as ResultCodeError).message.length).toBeGreaterThan(10);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it("names what is wrong: a quiz link pasted instead, an empty line, a result that does not add up", () => {
    const spec = newSpec("results-codes", { count: 4 });
    const code = (f: () => unknown) => {
      try {
        f();
      } catch (error) {
        return (error as ResultCodeError).code;
      }
      return "none";
    };
    expect(code(() => decodeResult(encodeSpec(spec)))).toBe("UNSUPPORTED_VERSION");
    expect(() => decodeResult(encodeSpec(spec))).toThrow(/quiz link/);
    expect(code(() => decodeResult("  "))).toBe("BAD_ENCODING");
    expect(code(() => decodeResult("R1 not base64!"))).toBe("BAD_ENCODING");
    const quiz = generateQuiz(spec);
    const result = resultOf(spec, quiz, {});
    expect(code(() => encodeResult({ ...result, score: 3 }))).toBe("INVALID");
    expect(code(() => encodeResult({ ...result, finished: "yesterday" }))).toBe("INVALID");
    expect(code(() => encodeResult({ ...result, finished: "2026-13-45T25:00:00Z" }))).toBe(
      "INVALID",
    );
    expect(
      code(() =>
        encodeResult({ ...result, answers: { elsewhere: { format: "true-false", value: true } } }),
      ),
    ).toBe("INVALID");
  });

  it("keeps a name as given, without control characters, and none when blank", () => {
    const spec = newSpec("results-names", { count: 2 });
    const quiz = generateQuiz(spec);
    expect(resultOf(spec, quiz, {}, { name: "  Kim\u0000 Min-ji \u202e " }).name).toBe(
      "Kim Min-ji",
    );
    expect(resultOf(spec, quiz, {}, { name: "   " }).name).toBeUndefined();
    expect(resultOf(spec, quiz, {}, { name: "x".repeat(200) }).name).toHaveLength(80);
  });
});

describe("a class's results", () => {
  const spec = newSpec("class-7b", { count: 6, types: ["true-false", "numeric-choice"] });
  const quiz = generateQuiz(spec);
  const right = (q: Question): Answer =>
    q.key.format === "true-false"
      ? { format: "true-false", value: q.key.correct }
      : { format: "choice", index: q.key.format === "choice" ? q.key.correct : 0 };
  const wrong = (q: Question): Answer =>
    q.key.format === "true-false"
      ? { format: "true-false", value: !q.key.correct }
      : {
          format: "choice",
          index: q.key.format === "choice" ? (q.key.correct + 1) % q.key.options.length : 0,
        };
  const at = new Date(Date.UTC(2026, 11, 5, 9));
  const codeOf = (name: string, pick: (q: Question, i: number) => Answer | undefined) =>
    encodeResult(
      resultOf(spec, quiz, Object.fromEntries(quiz.questions.map((q, i) => [q.id, pick(q, i)])), {
        name,
        finished: at,
      }),
    );

  it("a table per student and per question; another quiz's, repeated and broken codes listed", () => {
    const ana = codeOf("Ana", right);
    const ben = codeOf("Ben", (q, i) => (i === 0 ? wrong(q) : right(q)));
    const cho = codeOf("Cho", (q, i) => (i === 0 ? wrong(q) : i === 1 ? undefined : right(q)));
    const otherSpec = newSpec("class-7c", { count: 3 });
    const other = encodeResult(resultOf(otherSpec, generateQuiz(otherSpec), {}, { name: "Dan" }));
    const summary = summarizeResults([ana, "", ben, cho, ana, other, `${cho.slice(0, 30)}x`]);
    expect(summary.quiz).toBe(specHash(spec));
    expect(summary.data).toBe(quiz.datasetVersion);
    expect(summary.students.map((s) => [s.line, s.result.name, s.result.score])).toEqual([
      [1, "Ana", 6],
      [3, "Ben", 5],
      [4, "Cho", 4],
    ]);
    expect(summary.problems.map((p) => [p.line, p.code])).toEqual([
      [5, "DUPLICATE"],
      [6, "OTHER_QUIZ"],
      [7, "CORRUPT"],
    ]);
    const [first, second, third] = summary.questions;
    expect(summary.questions.map((q) => q.id)).toEqual(quiz.questions.map((q) => q.id));
    expect(first?.right).toBeCloseTo(1 / 3);
    expect(first?.commonestWrong).toEqual({
      answer: wrong(quiz.questions[0] as Question),
      count: 2,
    });
    expect(second?.answered).toBe(2);
    expect(second?.right).toBeCloseTo(2 / 3);
    expect(second?.commonestWrong).toBeUndefined();
    expect(third?.right).toBe(1);
  });

  it("as CSV: a row per student, a column per question, read back by csv-parse", () => {
    const ana = codeOf("=HYPERLINK(1)", right);
    const ben = codeOf('Ben, "B"', (q, i) => (i === 0 ? wrong(q) : right(q)));
    const summary = summarizeResults([ana, ben]);
    const rows: string[][] = parseCsv(resultsToCsv(summary, quiz));
    expect(rows).toHaveLength(3);
    expect(rows[0]?.slice(0, 4)).toEqual(["name", "finished", "score", "total"]);
    expect(rows[0]).toHaveLength(4 + quiz.questions.length);
    expect(rows[0]?.[4]).toMatch(/^Q1 /);
    expect(rows[1]?.slice(0, 4)).toEqual(["'=HYPERLINK(1)", at.toISOString(), "6", "6"]);
    expect(rows[2]?.[0]).toBe('Ben, "B"');
    const first = quiz.questions[0] as Question;
    const said = first.key.format === "true-false" ? String(!first.key.correct) : undefined;
    if (said) expect(rows[2]?.[4]).toBe(said);
    // Without the quiz, the columns are the questions' ids.
    expect(parseCsv(resultsToCsv(summary))[0]?.[4]).toBe(first.id);
  });

  it("the result's JSON Schema (checked by Ajv) accepts what a code holds, and refuses a stray field", () => {
    const validate = new Ajv2020({ strict: false, allErrors: true }).compile(resultJsonSchema());
    const result = decodeResult(codeOf("Ana", right));
    expect(validate(result), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ ...result, grade: "A" })).toBe(false);
    expect(validate({ ...result, answers: { x: { format: "choice" } } })).toBe(false);
  });

  it("asked for a quiz, lists every other quiz's codes as such", () => {
    const otherSpec = newSpec("class-7c", { count: 3 });
    const other = encodeResult(resultOf(otherSpec, generateQuiz(otherSpec), {}));
    const summary = summarizeResults([other, other], { quiz: specHash(spec) });
    expect(summary.students).toEqual([]);
    expect(summary.problems.map((p) => p.code)).toEqual(["OTHER_QUIZ", "OTHER_QUIZ"]);
  });

  it("the same spec gives the same hash, whichever defaults it spelled out", () => {
    const { version: _, ...partial } = newSpec("class-7b", {
      count: 6,
      types: ["true-false", "numeric-choice"],
    });
    expect(specHash({ version: 1, ...partial })).toBe(specHash(spec));
    expect(specHash(newSpec("class-7b", { count: 7 }))).not.toBe(specHash(spec));
  });
});
