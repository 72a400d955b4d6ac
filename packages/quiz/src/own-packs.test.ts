import { bundledPack, type ConflictId, type FactId, parseFactPack } from "@nklabor/facts";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { examplePack } from "../../facts/src/example-pack.test-helpers.js";
import { packArbitrary } from "../../facts/src/pack-arbitrary.test-helpers.js";
import { checkQuestion, checkQuiz } from "./check.js";
import { checkQuizIn } from "./check-language.js";
import { newSpec } from "./defaults.js";
import { factQuestions, generateQuiz } from "./generate.js";
import { loadVoice } from "./load-voice.js";
import { parseSpec } from "./share.js";
import { addCustomConflict, removeCustomConflict, removeCustomFact } from "./spec-ops.js";
import type { Voice } from "./voice.js";

let voices: Record<"ko" | "ru", Voice>;
beforeAll(async () => {
  voices = { ko: await loadVoice("ko"), ru: await loadVoice("ru") };
});

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
        // In Korean and Russian: the same questions, the teacher's words as written.
        for (const lang of ["ko", "ru"] as const) {
          const spec = newSpec(seed, {
            count: 12,
            customFacts: pack,
            pinned: pack.facts.map((f) => f.id),
            language: lang,
          });
          expect(checkQuizIn(generateQuiz(spec, voices[lang]), quiz, pack)).toEqual([]);
        }
      }),
      { seed: 3, numRuns: 40 },
    );
  });
});

describe("factQuestions", () => {
  it("gives one question of each type the fact can feed, each about it and each sound", () => {
    const parsed = parseFactPack(examplePack(), { extends: bundledPack });
    if (!parsed.ok) throw new Error("example pack");
    const pack = parsed.pack;
    const id = pack.facts[0]?.id;
    if (!id) throw new Error("no fact");
    // Topics and types that would leave the fact out do not hide its questions.
    const spec = newSpec("preview", {
      customFacts: pack,
      topics: ["sanctions"],
      types: ["timeline"],
    });
    const questions = factQuestions(spec, id);
    const types = questions.map((q) => q.type);
    expect(new Set(types).size).toBe(types.length);
    // A floor ("at least 1,200") is typed, not picked from options: no numeric-choice.
    expect(types).toEqual(expect.arrayContaining(["numeric-estimate", "true-false"]));
    expect(types).not.toContain("numeric-choice");
    for (const q of questions) {
      expect(q.factIds).toContain(id);
      expect(checkQuestion(q, pack)).toEqual([]);
    }
  });
});

describe("a teacher's own conflict: two facts marked as disagreeing", () => {
  const parsed = parseFactPack(
    {
      ...examplePack(),
      conflicts: [
        {
          id: "own-conflict-1",
          title: "How many workers?",
          question: "How many North Korean workers were there?",
          facts: ["handout-workers", "embassy-petition-3500"],
          reasons: ["different-counter"],
          note: "A newspaper counted those who left; the embassy asked for work permits.",
        },
      ],
    },
    { extends: bundledPack },
  );
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  const pack = parsed.pack;
  const id = "own-conflict-1" as ConflictId;

  it("is asked, attributed, first of the quiz's comparisons, and sound", () => {
    const spec = addCustomConflict(newSpec("conflict", { count: 5 }), pack, id);
    expect(spec.pinned).toEqual(["handout-workers", "embassy-petition-3500"]);
    const quiz = generateQuiz(spec);
    const asked = quiz.questions.find(
      (q) => q.type === "estimates-vary" && q.factIds.includes("handout-workers" as FactId),
    );
    expect(asked?.prompt).toMatch(
      /^The sources give different figures: how many North Korean workers were there\? Which of the two figures/,
    );
    const options = asked?.key.format === "choice" ? asked.key.options.map((o) => o.text) : [];
    expect(options.join(" | ")).toMatch(/Example Daily/);
    for (const q of quiz.questions) expect(checkQuestion(q, pack)).toEqual([]);
    expect(checkQuiz(quiz, pack)).toEqual([]);
  });

  it("goes with either of its facts, or on its own; the spec stays valid", () => {
    const spec = addCustomConflict(newSpec("conflict-2"), pack, id);
    const withoutFact = removeCustomFact(spec, "handout-workers" as FactId);
    expect(withoutFact.customFacts?.conflicts).toEqual([]);
    expect(parseSpec(withoutFact)).toEqual(withoutFact);
    const withoutConflict = removeCustomConflict(spec, id);
    expect(withoutConflict.customFacts?.conflicts).toEqual([]);
    expect(withoutConflict.customFacts?.facts).toHaveLength(2);
  });
});
