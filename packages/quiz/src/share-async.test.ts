import fc from "fast-check";
import { deflateSync, strToU8 } from "fflate";
import { describe, expect, it } from "vitest";
import { specArbitrary } from "./arbitraries.test-helpers.js";
import { NO_DATASET, quizWithoutFacts, usesFacts } from "./assemble.js";
import { newSpec } from "./defaults.js";
import { QuizSpecError } from "./errors.js";
import { generateQuiz } from "./generate.js";
import { loadLabels } from "./labels.js";
import { loadVoice } from "./load-voice.js";
import { decodeSpec, encodeSpec, parseSpec } from "./share.js";
import { decodeSpecAsync, parseSpecAsync } from "./share-async.js";
import type { QuizSpecInput } from "./spec.js";

/*
 * The browser's path to a quiz (decodeSpecAsync: the platform's inflater, facts loaded only for
 * a spec with its own; quizWithoutFacts for a quiz of the teacher's own questions) against the
 * library's synchronous one (fflate, every rule at once, generateQuiz), which decides what is right.
 */

/** What a call gives: the value, or a QuizSpecError's code and message (any other error fails). */
async function outcome(call: () => unknown): Promise<unknown> {
  try {
    return { value: await call() };
  } catch (error) {
    if (!(error instanceof QuizSpecError)) throw error;
    return { code: error.code, message: error.message, issues: error.issues };
  }
}

const raw = (json: string) =>
  `1${btoa(String.fromCharCode(...deflateSync(strToU8(json), { level: 9 })))
    .replace(/\+/g, "-")
    .replace(/\//g, "_")
    .replace(/=+$/, "")}`;

const own = (id: string, correct = 1) => ({
  id,
  format: "choice" as const,
  prompt: `Which is option ${correct + 1}?`,
  options: ["One", "Two", "Three"],
  correct,
});

/** A spec of the teacher's own questions only: a quiz that needs no facts. */
const ownOnlyArb = fc
  .tuple(
    fc.uniqueArray(fc.stringMatching(/^[a-z0-9-]{1,8}$/), { minLength: 1, maxLength: 6 }),
    fc.string({ minLength: 1, maxLength: 12 }),
    fc.boolean(),
    fc.option(fc.integer({ min: 5, max: 600 }), { nil: undefined }),
  )
  .map(
    ([ids, seed, shuffle, timerSeconds]): QuizSpecInput => ({
      version: 1,
      seed,
      count: ids.length,
      shuffle,
      customQuestions: ids.map((id, i) => own(id, i % 3)),
      edits: [{ questionId: `custom-${ids[0]}`, prompt: "An edited prompt?" }],
      ...(timerSeconds ? { timerSeconds } : {}),
    }),
  );

describe("decodeSpecAsync: the same spec, or the same error, as decodeSpec", () => {
  it("for valid codes, damaged codes and junk", async () => {
    const anyCode = fc.oneof(
      fc.string(),
      fc.stringMatching(/^1[A-Za-z0-9_-]{0,200}$/),
      specArbitrary.map((s) => encodeSpec(s)),
      specArbitrary
        .map((s) => encodeSpec(s))
        .chain((code) =>
          fc
            .tuple(fc.nat(code.length), fc.nat(code.length), fc.string({ maxLength: 3 }))
            .map(([a, b, junk]) => code.slice(0, a) + junk + code.slice(b)),
        ),
    );
    await fc.assert(
      fc.asyncProperty(anyCode, async (code) => {
        const sync = (await outcome(() => decodeSpec(code))) as { code?: string };
        const async = (await outcome(() => decodeSpecAsync(code))) as { code?: string };
        // The platform's inflater is the stricter: it refuses a damaged stream whole ("does not
        // decompress", BAD_ENCODING) where fflate may unpack part of it, which then reads as
        // damaged JSON (BAD_ENCODING) or as JSON that is no spec (INVALID_SPEC). Whatever it
        // accepts, fflate reads the same.
        if (async.code === "BAD_ENCODING" && sync.code !== undefined)
          expect(["BAD_ENCODING", "INVALID_SPEC"]).toContain(sync.code);
        else if (async.code !== "BAD_ENCODING") expect(async).toEqual(sync);
        if (sync.code === "BAD_ENCODING") expect(async.code).toBe("BAD_ENCODING");
      }),
      { numRuns: 3000, seed: 11 },
    );
  }, 120_000);

  it("for the cases a link can be wrong in", async () => {
    const good = encodeSpec(newSpec("x"));
    for (const code of [
      "",
      "1abc def",
      "2abc",
      `1${"A".repeat(12_001)}`,
      good.slice(0, -5),
      `${good}A`,
      raw(""),
      raw("not json"),
      raw('{"version":2,"seed":"x"}'),
      raw('{"version":1,"seed":"x","count":0}'),
      raw(" ".repeat(9_000_000)),
    ]) {
      const sync = await outcome(() => decodeSpec(code));
      expect(await outcome(() => decodeSpecAsync(code)), code.slice(0, 40)).toEqual(sync);
    }
  }, 60_000);

  it("refuses a damaged stream whole where fflate unpacks part of it (a CI finding)", async () => {
    const damaged = "1NZBLagMxDIavMmg9CbSbUh-gm0Kh3YYuHFsmImN7kOQkQ0jOHjlDdhL-_WWGtwc";
    expect(await outcome(() => decodeSpec(damaged))).toMatchObject({ code: "INVALID_SPEC" });
    expect(await outcome(() => decodeSpecAsync(damaged))).toMatchObject({
      code: "BAD_ENCODING",
      message: "The quiz link is damaged: it does not decompress.",
    });
  });

  it("stops a deflate bomb at the limit, as decodeSpec does", async () => {
    const error = await decodeSpecAsync(raw(" ".repeat(9_000_000))).catch((e) => e);
    expect(error).toBeInstanceOf(QuizSpecError);
    expect(error.code).toBe("TOO_LARGE");
  });

  it("checks a spec's own facts against the bundled ones, as parseSpec does", async () => {
    const bad = {
      version: 1,
      seed: "x",
      customFacts: {
        version: 1,
        sources: [],
        actors: [],
        facts: [{ id: "only-a-name" }],
      },
    };
    const sync = await outcome(() => parseSpec(bad));
    expect(sync).toMatchObject({ code: "INVALID_SPEC" });
    expect(await outcome(() => parseSpecAsync(bad))).toEqual(sync);
    expect(await outcome(() => decodeSpecAsync(raw(JSON.stringify(bad))))).toEqual(sync);
  });
});

describe("quizWithoutFacts: a quiz of the teacher's own questions, without the facts", () => {
  it("is the quiz generateQuiz makes of the same spec", () => {
    fc.assert(
      fc.property(ownOnlyArb, (input) => {
        const spec = parseSpec(input);
        expect(usesFacts(spec)).toBe(false);
        const quiz = quizWithoutFacts(spec);
        expect(quiz).toEqual(generateQuiz(spec));
        expect(quiz.datasetVersion).toBe(NO_DATASET);
        expect(quiz.questions).toHaveLength(spec.customQuestions.length);
      }),
      { numRuns: 200 },
    );
  }, 60_000);

  it("keeps a Korean or Russian quiz's language, like generateQuiz (its exports and checks read it)", async () => {
    const ownOnly = parseSpec({ version: 1, seed: "x", count: 1, customQuestions: [own("a")] });
    for (const lang of ["ko", "ru"] as const) {
      const spec = { ...ownOnly, language: lang };
      const labels = await loadLabels(lang);
      const quiz = quizWithoutFacts(spec, labels);
      expect(quiz.language).toBe(lang);
      expect(generateQuiz(spec, await loadVoice(lang))).toEqual(quiz);
    }
    expect(quizWithoutFacts(ownOnly).language).toBeUndefined();
  });

  it("is refused for a spec that needs the facts", () => {
    const ownOnly = parseSpec({ version: 1, seed: "x", count: 1, customQuestions: [own("a")] });
    expect(usesFacts(ownOnly)).toBe(false);
    for (const needs of [
      { ...ownOnly, count: 2 },
      { ...ownOnly, pinned: [newSpec("y").seed as never] },
      {
        ...ownOnly,
        customFacts: { version: 1 as const, sources: [], actors: [], facts: [], conflicts: [] },
      },
    ]) {
      expect(usesFacts(needs)).toBe(true);
      expect(() => quizWithoutFacts(needs)).toThrow(/needs the facts/);
    }
  });

  it("a quiz that uses the facts carries their version", () => {
    expect(generateQuiz(newSpec("v")).datasetVersion).toMatch(/^[0-9a-f]{14}$/);
  });
});
