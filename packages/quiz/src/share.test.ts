import fc from "fast-check";
import { deflateSync, strToU8 } from "fflate";
import { describe, expect, it } from "vitest";
import { specArbitrary } from "./arbitraries.test-helpers.js";
import { newSpec } from "./defaults.js";
import { QuizSpecError } from "./errors.js";
import { decodeSpec, encodeSpec, MAX_SHARE_CODE_LENGTH, parseSpec } from "./share.js";

const customQuestionArb = fc.oneof(
  fc.record({
    id: fc.stringMatching(/^[a-z0-9-]{1,12}$/),
    format: fc.constant("true-false" as const),
    prompt: fc
      .string({ minLength: 1, maxLength: 80 })
      .filter((s) => s.trim() === s && s.length > 0),
    correct: fc.boolean(),
  }),
  fc.record({
    id: fc.stringMatching(/^[a-z0-9-]{1,12}$/),
    format: fc.constant("numeric" as const),
    prompt: fc.constant("How many?"),
    correct: fc.integer(),
    tolerance: fc.nat(100),
    unit: fc.constantFrom("", "people"),
  }),
);

const richSpecArb = fc
  .tuple(
    specArbitrary,
    fc.uniqueArray(customQuestionArb, { selector: (q) => q.id, maxLength: 3 }),
    fc.option(fc.integer({ min: 5, max: 600 }), { nil: undefined }),
  )
  .map(([spec, customQuestions, timerSeconds]) => ({
    ...spec,
    customQuestions,
    ...(timerSeconds ? { timerSeconds } : {}),
  }));

function codeOf(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    if (error instanceof QuizSpecError) return error.code;
    throw error;
  }
  return "OK";
}

describe("share codes", () => {
  it("round-trip: decodeSpec(encodeSpec(spec)) equals the spec", () => {
    fc.assert(
      fc.property(richSpecArb, (spec) => {
        const valid = parseSpec(spec);
        expect(decodeSpec(encodeSpec(valid))).toEqual(valid);
      }),
      { numRuns: 1000 },
    );
  });

  it("are URL-safe and short for a typical quiz", () => {
    const code = encodeSpec(
      newSpec("class-7b", { count: 15, topics: ["sanctions", "worker-counts"] }),
    );
    expect(code).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(encodeURIComponent(code)).toBe(code);
    expect(code.length).toBeLessThan(300);
  });

  it("decodeSpec throws only QuizSpecError, whatever it is given", () => {
    const anyCode = fc.oneof(
      fc.string(),
      fc.string({ unit: "binary" }),
      fc.stringMatching(/^1[A-Za-z0-9_-]{0,200}$/),
      fc.base64String().map((s) => `1${s}`),
      richSpecArb
        .map((s) => encodeSpec(s))
        .chain((code) =>
          fc
            .tuple(fc.nat(code.length), fc.nat(code.length), fc.string({ maxLength: 3 }))
            .map(([a, b, junk]) => code.slice(0, a) + junk + code.slice(b)),
        ),
    );
    fc.assert(
      fc.property(anyCode, (code) => {
        try {
          decodeSpec(code);
        } catch (error) {
          expect(error).toBeInstanceOf(QuizSpecError);
          expect((error as QuizSpecError).message.length).toBeGreaterThan(10);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it("names what is wrong with a bad link", () => {
    const good = encodeSpec(newSpec("x"));
    expect(codeOf(() => decodeSpec(""))).toBe("BAD_ENCODING");
    expect(codeOf(() => decodeSpec("1abc def"))).toBe("BAD_ENCODING");
    expect(codeOf(() => decodeSpec(`${good.slice(0, 20)}`))).toBe("BAD_ENCODING");
    expect(codeOf(() => decodeSpec(`2${good.slice(1)}`))).toBe("UNSUPPORTED_VERSION");
    expect(codeOf(() => decodeSpec(`1${"A".repeat(MAX_SHARE_CODE_LENGTH)}`))).toBe("TOO_LARGE");
    expect(codeOf(() => decodeSpec(good))).toBe("OK");
  });

  it("lists the invalid fields of a spec with their paths", () => {
    try {
      parseSpec({ version: 1, seed: "", count: 0, topics: ["gossip"] });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(QuizSpecError);
      const e = error as QuizSpecError;
      expect(e.code).toBe("INVALID_SPEC");
      expect(e.issues.map((i) => i.path.join("."))).toEqual(
        expect.arrayContaining(["seed", "count", "topics.0"]),
      );
    }
    expect(codeOf(() => parseSpec({ version: 2, seed: "x" }))).toBe("UNSUPPORTED_VERSION");
  });

  it("refuses a spec whose custom facts break the fact rules, saying where", () => {
    const spec = {
      version: 1,
      seed: "x",
      customFacts: {
        version: 1,
        sources: [],
        actors: [],
        facts: [
          {
            id: "mine",
            kind: "statement",
            topic: "sanctions",
            claim: "A claim.",
            claimant: "radio-free-asia",
            stated: { date: "2019" },
            when: { kind: "point", at: { date: "2019" } },
            appliesTo: "Russia",
            references: [{ source: "no-such-source", quote: "Words." }],
            rank: { level: "normal" },
          },
        ],
      },
    };
    try {
      parseSpec(spec);
      expect.unreachable();
    } catch (error) {
      const e = error as QuizSpecError;
      expect(e.code).toBe("INVALID_SPEC");
      expect(e.issues[0]?.path).toEqual(["customFacts", "facts", 0, "references", 0, "source"]);
      expect(e.issues[0]?.message).toContain("UNKNOWN_SOURCE");
    }
  });

  it("fills defaults so that parseSpec of the minimum equals newSpec", () => {
    expect(parseSpec({ version: 1, seed: "abc" })).toEqual(newSpec("abc"));
  });

  it("refuses a custom question whose answer is not one of its options", () => {
    const spec = {
      version: 1,
      seed: "x",
      customQuestions: [
        { id: "q", format: "choice", prompt: "?", options: ["a", "b"], correct: 2 },
      ],
    };
    expect(codeOf(() => parseSpec(spec))).toBe("INVALID_SPEC");
  });

  it("refuses repeated options, case and spacing aside, in an edit as in a custom question", () => {
    const pathsOf = (options: string[]) => {
      const edit = { questionId: "q", options, correct: 0 };
      const own = { id: "q", format: "choice", prompt: "?", options, correct: 0 };
      try {
        parseSpec({ version: 1, seed: "x", edits: [edit], customQuestions: [own] });
        return [];
      } catch (error) {
        return (error as QuizSpecError).issues.map((i) => i.path.join("."));
      }
    };
    for (const options of [
      ["Russia", "russia"],
      ["12,000", "10,000", " 12,000 "],
    ]) {
      expect(pathsOf(options)).toEqual(["customQuestions.0.options", "edits.0.options"]);
    }
    expect(pathsOf(["Russia", "China"])).toEqual([]);
  });
});

describe("issue 9: specs and codes that used to escape as other errors", () => {
  const codeOf = (json: string) =>
    `1${btoa(String.fromCharCode(...deflateSync(strToU8(json), { level: 9 })))
      .replace(/\+/g, "-")
      .replace(/\//g, "_")
      .replace(/=+$/, "")}`;

  it("a version that is not a plain value is a QuizSpecError, not a TypeError", () => {
    const error = catchError(() => parseSpec({ version: { toString: "x" }, seed: "s" }));
    expect(error).toBeInstanceOf(QuizSpecError);
    expect((error as QuizSpecError).code).toBe("UNSUPPORTED_VERSION");
    expect((error as QuizSpecError).message).toMatch(/not a number/);
  });

  it('a version "1" says it is text, not "made for version 1; reads version 1"', () => {
    const error = catchError(() => parseSpec({ version: "1", seed: "s" })) as QuizSpecError;
    expect(error.message).toMatch(/version "1" \(text\).*the number/);
  });

  it("a 5,000-deep nested array is a QuizSpecError, not a RangeError", () => {
    let deep: unknown = [];
    for (let i = 0; i < 5000; i++) deep = [deep];
    for (const call of [
      () => parseSpec({ version: 1, seed: "s", topics: deep }),
      () =>
        decodeSpec(
          codeOf(`{"version":1,"seed":"s","topics":${"[".repeat(5000)}${"]".repeat(5000)}}`),
        ),
    ]) {
      const error = catchError(call);
      expect(error).toBeInstanceOf(QuizSpecError);
    }
  });

  it("a deflate bomb is stopped at the limit and reported as too large, not as damaged", () => {
    const bomb = codeOf(" ".repeat(9_000_000));
    expect(bomb.length).toBeLessThan(12_000);
    const error = catchError(() => decodeSpec(bomb)) as QuizSpecError;
    expect(error.code).toBe("TOO_LARGE");
    expect(error.message).toMatch(/unpacks to more than 200,000 characters/);
  });
});

describe("fuzz findings: an error's message is a sentence, whatever the spec holds", () => {
  it("lists as many issues as fit 400 characters, and counts the rest", () => {
    const error = catchError(() =>
      parseSpec({ seed: 1, topics: ["a", "b", "c"], shuffle: "yes", version: 1 }),
    ) as QuizSpecError;
    expect(error.issues.length).toBe(5);
    expect(error.message.length).toBeLessThan(400);
    expect(error.message).toMatch(/^The quiz spec is not valid: seed: .*\(and \d+ more\)\.$/);
  });

  it("cuts a 100,000-character unknown field short, in the message and in its issue", () => {
    const key = "k".repeat(100_000);
    const error = catchError(() => parseSpec({ version: 1, seed: "s", [key]: 1 })) as QuizSpecError;
    expect(error.code).toBe("INVALID_SPEC");
    expect(error.message.length).toBeLessThan(400);
    expect(error.issues[0]?.message).toMatch(/^unknown field\(s\) "k{20,}…"$/);
    expect(error.issues[0]?.message.length).toBeLessThan(300);
  });

  it("says a custom fact pack's problems in under 400 characters, however many", () => {
    const fact = (id: string) => ({
      id,
      kind: "statement",
      topic: "sanctions",
      claim: "A claim.",
      claimant: "nobody-at-all",
      stated: { date: "2019" },
      when: { kind: "point", at: { date: "2019" } },
      appliesTo: "Russia",
      references: [{ source: "no-such-source", quote: "Words." }],
      rank: { level: "normal" },
    });
    const customFacts = { version: 1, sources: [], actors: [], facts: [fact("a"), fact("b")] };
    const error = catchError(() => parseSpec({ version: 1, seed: "s", customFacts }));
    expect((error as QuizSpecError).issues.length).toBe(4);
    expect((error as QuizSpecError).message.length).toBeLessThan(400);
  });
});

function catchError(call: () => unknown): unknown {
  try {
    call();
  } catch (error) {
    return error;
  }
  throw new Error("expected an error");
}

describe("issue 9: teachers' own questions are checked like fact packs", () => {
  const own = (question: Record<string, unknown>) => () =>
    parseSpec({
      version: 1,
      seed: "s",
      customQuestions: [{ id: "q", prompt: "How many?", ...question }],
    });
  const pathOf = (call: () => unknown) =>
    (catchError(call) as QuizSpecError).issues.map((i) => i.path.join("."));

  it("rejects a numeric answer whose accepted range is not finite (it would be saved as null)", () => {
    expect(pathOf(own({ format: "numeric", correct: 1e308, tolerance: 1e308 }))).toContain(
      "customQuestions.0.tolerance",
    );
  });

  it("checks a source's date against the calendar, as fact packs do", () => {
    const source = (date: string) => ({
      format: "true-false",
      correct: true,
      source: { title: "T", url: "https://example.org", date, quote: "Q" },
    });
    expect(pathOf(own(source("2019-13-45")))).toContain("customQuestions.0.source.date");
    expect(pathOf(own(source("2019-02-30")))).toContain("customQuestions.0.source.date");
    expect(
      parseSpec({
        version: 1,
        seed: "s",
        customQuestions: [{ id: "q", prompt: "P", ...source("2019-02-28") }],
      }).customQuestions,
    ).toHaveLength(1);
  });

  it("rejects text of invisible characters only, and control or text-direction characters", () => {
    for (const prompt of ["\u200b", "\u200b\u200d", "Who\u202esaid", "A\u0007B"]) {
      expect(pathOf(own({ format: "true-false", correct: true, prompt }))).toContain(
        "customQuestions.0.prompt",
      );
    }
    expect(
      parseSpec({
        version: 1,
        seed: "s",
        customQuestions: [
          { id: "q", format: "true-false", correct: true, prompt: "Two\nlines\tand 북한" },
        ],
      }).customQuestions,
    ).toHaveLength(1);
  });
});
