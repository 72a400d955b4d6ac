import { bundledPack, type FactId, type FactPack, parseFactPack } from "@nklabor/facts";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { specArbitrary } from "./arbitraries.test-helpers.js";
import { newSpec } from "./defaults.js";
import { generateQuiz } from "./generate.js";
import { decodeSpec, MAX_SHARE_CODE_LENGTH, parseSpec } from "./share.js";
import type { CustomQuestion } from "./spec.js";
import {
  addCustomFact,
  addCustomQuestion,
  chooseFact,
  editQuestion,
  factChoice,
  MAX_QR_LINK_LENGTH,
  moveQuestion,
  newLike,
  removeCustomFact,
  removeQuestion,
  shareability,
} from "./spec-ops.js";

const SLOW = 120_000;
const own = (
  id: string,
  prompt = `Is statement ${id} in the teacher's notes?`,
): CustomQuestion => ({
  id,
  format: "true-false",
  prompt,
  correct: true,
});

describe("spec operations (what the Build page does to a spec)", () => {
  it(
    "every operation keeps the spec valid: parseSpec accepts what it returns",
    () => {
      fc.assert(
        fc.property(specArbitrary, fc.nat(40), fc.nat(40), (spec, a, b) => {
          const quiz = generateQuiz(spec);
          const question = quiz.questions[a % Math.max(1, quiz.questions.length)];
          const steps = [
            moveQuestion(spec, quiz, a % 40, b % 40),
            newLike(spec, "another-seed"),
            ...(question
              ? [
                  removeQuestion(spec, question),
                  editQuestion(spec, { questionId: question.id, prompt: "Reworded?" }),
                ]
              : []),
          ];
          for (const next of steps) expect(parseSpec(next)).toEqual(next);
        }),
        { numRuns: 60 },
      );
    },
    SLOW,
  );

  it("a removed generated question does not come back, and its facts are left out", () => {
    const spec = newSpec("remove-1", { count: 8 });
    const quiz = generateQuiz(spec);
    const gone = quiz.questions[2];
    if (!gone) throw new Error("no question");
    const next = removeQuestion(spec, gone);
    expect(generateQuiz(next).questions.map((q) => q.id)).not.toContain(gone.id);
    for (const id of gone.factIds) expect(factChoice(next, id as FactId)).toBe("excluded");
  });

  it("a removed own question is deleted from the spec, not hidden behind its facts", () => {
    const spec = addCustomQuestion(newSpec("remove-2", { count: 3 }), own("mine"));
    const quiz = generateQuiz(spec);
    const mine = quiz.questions.find((q) => q.type === "custom");
    expect(mine?.id).toBe("custom-mine");
    const next = removeQuestion(spec, mine as NonNullable<typeof mine>);
    expect(next.customQuestions).toEqual([]);
    expect(generateQuiz(next).questions.some((q) => q.type === "custom")).toBe(false);
  });

  it("a move puts the question where the teacher put it, the rest in place", () => {
    const spec = newSpec("move-1", { count: 6 });
    const before = generateQuiz(spec).questions.map((q) => q.id);
    const after = generateQuiz(moveQuestion(spec, generateQuiz(spec), 4, 1)).questions.map(
      (q) => q.id,
    );
    expect(after).toEqual([before[0], before[4], before[1], before[2], before[3], before[5]]);
    // Outside the quiz: nothing moves.
    expect(moveQuestion(spec, generateQuiz(spec), 0, 6)).toBe(spec);
    expect(moveQuestion(spec, generateQuiz(spec), -1, 0)).toBe(spec);
  });

  it("an edit replaces the question's earlier edit and shows in the quiz", () => {
    const spec = newSpec("edit-1", { count: 4 });
    const id = generateQuiz(spec).questions[0]?.id as string;
    const once = editQuestion(spec, { questionId: id, prompt: "First wording?" });
    const twice = editQuestion(once, { questionId: id, prompt: "Second wording?" });
    expect(twice.edits).toEqual([{ questionId: id, prompt: "Second wording?" }]);
    expect(generateQuiz(twice).questions.find((q) => q.id === id)?.prompt).toBe("Second wording?");
  });

  it("a fact is pinned or excluded, never both", () => {
    const id = "un-res-2397-adopted" as FactId;
    let spec = newSpec("pin-1");
    for (const choice of ["pinned", "excluded", "pinned", "either"] as const) {
      spec = chooseFact(spec, id, choice);
      expect(factChoice(spec, id)).toBe(choice);
      expect(
        spec.pinned.filter((p) => p === id).length + spec.excluded.filter((x) => x === id).length,
      ).toBe(choice === "either" ? 0 : 1);
    }
  });

  it("an own question is always asked: the count grows to hold them; an id may not repeat", () => {
    let spec = newSpec("own-1", { count: 1 });
    spec = addCustomQuestion(spec, own("a"));
    spec = addCustomQuestion(spec, own("b"));
    expect(spec.count).toBe(2);
    expect(generateQuiz(spec).questions.filter((q) => q.type === "custom")).toHaveLength(2);
    expect(() => addCustomQuestion(spec, own("a"))).toThrow(/already here/);
  });

  it("removing an own fact removes what only it used, and unpins it", () => {
    const raw = {
      version: 1,
      sources: [
        {
          id: "own-source-a",
          kind: "news",
          publisher: "Teacher's Gazette",
          headline: "A report",
          url: "https://example.org/a",
          published: "2019-08-01",
        },
      ],
      actors: [{ id: "own-actor-a", kind: "person", name: "A. Person" }],
      facts: [
        {
          id: "own-fact-a",
          kind: "statement",
          topic: "conditions",
          claim: "A. Person said in 2019 that the workers lived in a dormitory.",
          claimant: "own-actor-a",
          stated: { date: "2019-08-01" },
          when: { kind: "point", at: { date: "2019-08-01" } },
          appliesTo: "Russia",
          references: [{ source: "own-source-a", quote: "the workers lived in a dormitory" }],
          rank: { level: "normal" },
        },
      ],
      conflicts: [],
    };
    const parsed = parseFactPack(raw, { extends: bundledPack });
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    const pack: FactPack = parsed.pack;
    const spec = addCustomFact(newSpec("fact-1"), pack, "own-fact-a" as FactId);
    const check = parseSpec(spec); // the pack is valid, or this test proves nothing
    expect(check.pinned).toContain("own-fact-a");
    const next = removeCustomFact(spec, "own-fact-a" as FactId);
    expect(next.customFacts).toBeUndefined();
    expect(next.pinned).not.toContain("own-fact-a");
    expect(parseSpec(next)).toEqual(next);
  });

  it("a new quiz like this keeps every choice and the teacher's content, with other questions", () => {
    const spec = addCustomQuestion(
      newSpec("like-1", {
        title: "Year 10, lesson 3",
        count: 7,
        topics: ["remittances"],
        types: ["true-false", "numeric-choice"],
        difficulty: "hard",
        timerSeconds: 45,
        feedback: "end",
        excluded: ["un-res-2397-adopted" as FactId],
        order: ["x"],
      }),
      own("kept"),
    );
    const like = newLike(spec, "like-2");
    expect(like).toEqual({ ...spec, seed: "like-2", order: [] });
  });
});

describe("shareability: a value the page shows, never a throw", () => {
  const base = "https://nklabor.example/#/play/";
  /** Text deflate cannot shrink much: pseudo-random letters (a fixed LCG, so the test is stable). */
  const noisy = (n: number, length: number) => {
    let x = n + 1;
    return Array.from({ length }, (_, i) => {
      x = (x * 1103515245 + 12345) % 2147483648;
      return i % 7 === 6 ? " " : String.fromCharCode(97 + (x % 26));
    }).join("");
  };
  const withOwn = (count: number) => {
    let spec = newSpec("share-1");
    for (let i = 0; i < count; i++)
      spec = addCustomQuestion(spec, own(`q${i}`, `${noisy(i, 480)}?`));
    return spec;
  };

  it("a plain quiz is a link and a QR code", () => {
    const s = shareability(newSpec("short"), base);
    expect(s).toMatchObject({ link: true, qr: true });
    if (s.link) expect(decodeSpec(s.url.slice(base.length))).toEqual(newSpec("short"));
  });

  it("a suffix after the code counts towards the QR code's length", () => {
    const plain = shareability(newSpec("short"), base);
    const start = shareability(newSpec("short"), base, "/start");
    if (!plain.link || !start.link) throw new Error("a plain quiz is a link");
    expect(start.url).toBe(`${plain.url}/start`);
    expect(start.code).toBe(plain.code);
  });

  it("six long own questions: a link, but too long for a QR code, and it says so", () => {
    const s = shareability(withOwn(6), base);
    expect(s.link).toBe(true);
    if (!s.link) return;
    expect(s.url.length).toBeGreaterThan(MAX_QR_LINK_LENGTH);
    expect(s.qr).toBe(false);
    expect(s.qrProblem).toMatch(/too long for a QR code.*use the link or the file/i);
  });

  it(
    "past the share-code limit: no link, a message, and no exception",
    () => {
      const s = shareability(withOwn(60), base);
      expect(s.link).toBe(false);
      if (s.link) return;
      expect(s.problem).toContain(MAX_SHARE_CODE_LENGTH.toString());
      expect(s.problem).toMatch(/file/);
    },
    SLOW,
  );
});
