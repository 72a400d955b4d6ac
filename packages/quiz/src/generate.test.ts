import { bundledPack, type FactId, type FactPack, factBase, facts } from "@nklabor/facts";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { specArbitrary } from "./arbitraries.test-helpers.js";
import { checkQuestion, checkQuiz } from "./check.js";
import { newSpec } from "./defaults.js";
import { generateQuiz } from "./generate.js";
import type { Question } from "./question.js";
import { syntheticPack } from "./synthetic-pack.js";

const RUNS = { numRuns: 1000 };
// Each property generates 1,000 quizzes: more than vitest's default 5 s on a slow machine.
const SLOW = 60_000;

describe("every generated question obeys the rules", () => {
  it(
    "passes checkQuestion and checkQuiz: one defensible answer, attributed, hedged, readable; no question answers another",
    () => {
      fc.assert(
        fc.property(specArbitrary, (spec) => {
          const quiz = generateQuiz(spec);
          for (const q of quiz.questions)
            expect(checkQuestion(q), `${q.id}: ${q.prompt}`).toEqual([]);
          expect(checkQuiz(quiz)).toEqual([]);
        }),
        RUNS,
      );
    },
    SLOW,
  );

  it(
    "gives the same quiz for the same spec, byte for byte",
    () => {
      fc.assert(
        fc.property(specArbitrary, (spec) => {
          expect(JSON.stringify(generateQuiz(spec))).toBe(
            JSON.stringify(generateQuiz(structuredClone(spec))),
          );
        }),
        RUNS,
      );
    },
    SLOW,
  );

  it(
    "gives as many questions as asked, or says why not; never the same fact twice unless asked",
    () => {
      fc.assert(
        fc.property(specArbitrary, (spec) => {
          const quiz = generateQuiz(spec);
          expect(quiz.questions.length).toBeLessThanOrEqual(spec.count);
          if (quiz.questions.length < spec.count) expect(quiz.warnings.length).toBeGreaterThan(0);
          expect(new Set(quiz.questions.map((q) => q.id)).size).toBe(quiz.questions.length);
          if (!spec.repeatFacts) {
            const ids = quiz.questions.flatMap((q) => q.factIds);
            expect(new Set(ids).size).toBe(ids.length);
          }
        }),
        RUNS,
      );
    },
    SLOW,
  );

  it(
    "keeps to the chosen topics and types, and carries sources",
    () => {
      fc.assert(
        fc.property(specArbitrary, (spec) => {
          for (const q of generateQuiz(spec).questions) {
            if (spec.types.length > 0) expect(spec.types).toContain(q.type);
            if (spec.topics.length > 0) {
              for (const id of q.factIds)
                expect(spec.topics).toContain(facts.find((f) => f.id === id)?.topic);
            }
            expect(q.citations.length).toBeGreaterThan(0);
            for (const c of q.citations) expect(c.quote.length).toBeGreaterThan(0);
          }
        }),
        RUNS,
      );
    },
    SLOW,
  );
});

describe("generateQuiz", () => {
  it("makes a 10-question quiz of mixed types by default, stamped with the data version", () => {
    const quiz = generateQuiz(newSpec("classroom"));
    expect(quiz.questions).toHaveLength(10);
    expect(new Set(quiz.questions.map((q) => q.type)).size).toBeGreaterThanOrEqual(5);
    expect(quiz.datasetVersion).toMatch(/^[0-9a-f]{14}$/);
    expect(quiz.warnings).toEqual([]);
  });

  it("makes every type of question from the bundled facts but matching, which they cannot hold fairly", () => {
    const quiz = generateQuiz(newSpec("all-types", { count: 40 }));
    const types = new Set(quiz.questions.map((q) => q.type));
    expect([...types].sort()).toEqual([
      "estimates-vary",
      "numeric-choice",
      "numeric-estimate",
      "timeline",
      "true-false",
      "who-said-it",
    ]);
    // No three bundled figures share a unit, a place and a hedge within ten times of each other.
    expect(generateQuiz(newSpec("m", { types: ["matching"], count: 3 })).questions).toEqual([]);
  });

  it("makes matching questions from a pack of comparable figures (one unit, place and hedge)", () => {
    const pack = syntheticPack(400);
    const quiz = generateQuiz(newSpec("m", { types: ["matching"], count: 3, customFacts: pack }));
    expect(quiz.questions.length).toBeGreaterThan(0);
    for (const q of quiz.questions) expect(checkQuestion(q, pack)).toEqual([]);
  });

  it("never teaches a hedged figure as exact: the hedge stays in the prompt", () => {
    for (let seed = 0; seed < 50; seed++) {
      const quiz = generateQuiz(
        newSpec(`hedge-${seed}`, {
          types: ["numeric-choice", "numeric-estimate"],
          pinned: ["matsegora-37000-at-a-time" as FactId],
          count: 3,
        }),
      );
      const q = quiz.questions.find((x) =>
        x.factIds.includes("matsegora-37000-at-a-time" as FactId),
      );
      expect(q?.prompt).toContain("as many as ___");
      expect(q?.prompt).toContain("Alexander Matsegora");
      expect(q?.prompt).toContain("2018");
      expect(q?.prompt).not.toMatch(/exactly/i);
    }
  });

  it("asks about pinned facts and never about excluded ones", () => {
    const pinned = "bounty-up-to-10000" as FactId;
    const excluded = "rfa-50000-in-russia" as FactId;
    for (let seed = 0; seed < 30; seed++) {
      const quiz = generateQuiz(
        newSpec(`pin-${seed}`, { pinned: [pinned], excluded: [excluded], count: 12 }),
      );
      expect(quiz.questions.some((q) => q.factIds.includes(pinned))).toBe(true);
      expect(quiz.questions.some((q) => q.factIds.includes(excluded))).toBe(false);
    }
  });

  it("computes difficulty from the question: hard quizzes have closer distractors than easy ones", () => {
    const closeness = (difficulty: "easy" | "hard") => {
      const scores: number[] = [];
      for (let seed = 0; seed < 40; seed++) {
        const quiz = generateQuiz(
          newSpec(`d-${seed}`, { types: ["numeric-choice"], difficulty, count: 8 }),
        );
        for (const q of quiz.questions) scores.push(q.difficultyScore);
      }
      return scores.reduce((a, b) => a + b, 0) / scores.length;
    };
    expect(closeness("hard")).toBeGreaterThan(closeness("easy") + 0.15);
    const easy = generateQuiz(newSpec("easy", { difficulty: "easy", count: 10 }));
    expect(easy.questions.filter((q) => q.difficulty === "easy").length).toBeGreaterThanOrEqual(5);
  });

  it("includes teachers' questions and applies edits, warning about edits it cannot apply", () => {
    const base = generateQuiz(newSpec("edits", { count: 5, shuffle: false }));
    const target = base.questions.find((q) => q.key.format === "choice") as Question;
    const quiz = generateQuiz(
      newSpec("edits", {
        count: 6,
        shuffle: false,
        customQuestions: [
          {
            id: "mine",
            format: "true-false",
            prompt: "The sanctions were adopted in 2017.",
            correct: true,
            tolerance: 0,
          } as never,
        ],
        edits: [
          {
            questionId: target.id,
            prompt: "Reworded by the teacher",
            options: ["A", "B", "C"],
            correct: 2,
          },
          { questionId: "no-such-question", explanation: "x" },
        ],
      }),
    );
    const edited = quiz.questions.find((q) => q.id === target.id);
    expect(edited?.prompt).toBe("Reworded by the teacher");
    expect(edited?.key).toEqual({
      format: "choice",
      options: [{ text: "A" }, { text: "B" }, { text: "C" }],
      correct: 2,
    });
    expect(quiz.questions.find((q) => q.id === "custom-mine")?.type).toBe("custom");
    expect(quiz.warnings.join(" ")).toContain("no-such-question");
  });

  it("keeps the teacher's order of questions, when given, over shuffling", () => {
    const first = generateQuiz(newSpec("order", { count: 6 }));
    const wanted = [...first.questions].reverse().map((q) => q.id);
    const ordered = generateQuiz(newSpec("order", { count: 6, order: wanted.slice(0, 3) }));
    expect(ordered.questions.slice(0, 3).map((q) => q.id)).toEqual(wanted.slice(0, 3));
    expect(new Set(ordered.questions.map((q) => q.id))).toEqual(
      new Set(first.questions.map((q) => q.id)),
    );
  });

  it("asks about a teacher's own sourced facts, attributed to their claimant", () => {
    const customFacts: FactPack = {
      version: 1,
      sources: [
        {
          id: "handout",
          kind: "news",
          publisher: "Example Daily",
          headline: "Workers",
          published: "2019-12",
          url: "https://example.org/w",
        } as FactPack["sources"][number],
      ],
      actors: [],
      facts: [
        {
          id: "handout-1200",
          kind: "headcount",
          topic: "worker-counts",
          claim: "At least 1,200 North Korean workers left Vladivostok in December 2019.",
          claimant: "radio-free-asia",
          stated: { date: "2019-12" },
          when: { kind: "point", at: { date: "2019-12" } },
          appliesTo: "Vladivostok",
          amount: { hedge: "atLeast", min: 1200, wording: "At least 1,200" },
          counted: "North Korean workers who left Vladivostok",
          unit: "people",
          references: [{ source: "handout", quote: "At least 1,200 North Korean workers left." }],
          rank: { level: "normal" },
        } as unknown as FactPack["facts"][number],
      ],
      conflicts: [],
    };
    const quiz = generateQuiz(
      newSpec("custom-facts", {
        customFacts,
        pinned: ["handout-1200" as FactId],
        // A floor ("at least") is typed, never picked from options some of which it makes true.
        types: ["numeric-estimate"],
        count: 3,
      }),
    );
    const q = quiz.questions.find((x) => x.factIds.includes("handout-1200" as FactId));
    expect(q?.prompt).toMatch(
      /^According to Radio Free Asia \(December 2019\): At least ___ North Korean workers/,
    );
    expect(checkQuestion(q as Question, customFacts)).toEqual([]);
    expect(quiz.datasetVersion).not.toBe(generateQuiz(newSpec("x")).datasetVersion);
  });
});

describe("fairness", () => {
  it(
    "puts the right answer in each of four positions equally often (chi-square, 10,000 questions)",
    () => {
      const counts = [0, 0, 0, 0];
      let n = 0;
      for (let seed = 0; n < 10_000; seed++) {
        const quiz = generateQuiz(
          newSpec(`fair-${seed}`, {
            types: ["numeric-choice", "who-said-it", "estimates-vary"],
            count: 40,
            repeatFacts: true,
          }),
        );
        for (const q of quiz.questions) {
          if (q.key.format !== "choice" || q.key.options.length !== 4) continue;
          counts[q.key.correct] = (counts[q.key.correct] ?? 0) + 1;
          n++;
        }
      }
      const expected = n / 4;
      const chi2 = counts.reduce((sum, c) => sum + (c - expected) ** 2 / expected, 0);
      // df = 3: chi-square above 11.345 would mean p < 0.01.
      expect(chi2, `positions ${counts.join(", ")}`).toBeLessThan(11.345);
    },
    SLOW,
  );
});

describe("a fixed seed's quiz", () => {
  it("stays the same unless generation changes (review the snapshot diff)", async () => {
    const quiz = generateQuiz(newSpec("nklabor-snapshot", { count: 12 }));
    await expect(`${JSON.stringify(quiz, null, 2)}\n`).toMatchFileSnapshot(
      "__snapshots__/quiz-nklabor-snapshot.json",
    );
  });

  it("uses the bundled data version", () => {
    expect(bundledPack.facts.length).toBeGreaterThan(50);
  });
});

describe("who-said-it", () => {
  it('offers no one whom a relay the passage names also relayed ("Interfax cited […]")', () => {
    for (let seed = 0; seed < 60; seed++)
      for (const q of generateQuiz(newSpec(`w-${seed}`, { types: ["who-said-it"], count: 30 }))
        .questions) {
        if (q.key.format !== "choice") continue;
        const quote = q.citations[0]?.quote ?? "";
        const relays = factBase.actors.filter((a) => a.kind === "media" && quote.includes(a.name));
        for (const [i, option] of q.key.options.entries()) {
          // An option is the name, or the name with the role ("Andrei Tarasenko, head of …").
          const actor = factBase.actors.find(
            (a) => option.text === a.name || option.text.startsWith(`${a.name},`),
          );
          if (i === q.key.correct || !actor) continue;
          const relayed = factBase.facts.some(
            (f) =>
              f.claimant === actor.id &&
              f.references.some((r) => r.via?.some((id) => relays.some((x) => x.id === id))),
          );
          expect(
            relayed,
            `${q.id}: ${option.text} was relayed by ${relays.map((r) => r.name)}`,
          ).toBe(false);
        }
      }
  });

  it("never offers anyone the quote names, however it spells them (U.N., US, the UN)", () => {
    const plain = (s: string) => s.replace(/\b([A-Z])\./g, "$1").toLowerCase();
    for (let seed = 0; seed < 60; seed++)
      for (const q of generateQuiz(newSpec(`w-${seed}`, { types: ["who-said-it"], count: 30 }))
        .questions) {
        if (q.key.format !== "choice") continue;
        const quote = plain(q.citations[0]?.quote ?? "");
        for (const [i, option] of q.key.options.entries())
          if (i !== q.key.correct)
            expect(quote, `${q.id}: "${option.text}" is named in the quote`).not.toContain(
              plain(option.text).replace(/^the /, ""),
            );
      }
  });

  it("shows the quote as the source has it, only the speaker blanked", () => {
    for (let seed = 0; seed < 60; seed++) {
      for (const q of generateQuiz(newSpec(`w-${seed}`, { types: ["who-said-it"], count: 30 }))
        .questions) {
        const quote = q.citations[0]?.quote ?? "";
        const shown = q.prompt.replace(
          /^(?:Who said this\?|Who wrote this\?|Whose name is left out at \[…\] in this passage from [^?]+\?) /,
          "",
        );
        // Quotation marks inside the quote may be nested as single ones: typography, not words.
        const marks = (t: string) => t.replace(/[“”"‘’']/g, "'");
        const pieces = marks(shown.replace(/^“|”$/g, "")).split("[…]");
        let from = 0;
        for (const piece of pieces) {
          const at = marks(quote).indexOf(piece, from);
          expect(at, `${q.id}: "${piece}"`).toBeGreaterThanOrEqual(0);
          from = at + piece.length;
        }
      }
    }
  });
});
