import { type FactPack, PartialDate } from "@nklabor/facts";
import { newSpec } from "../defaults.js";
import { generateQuiz } from "../generate.js";
import type { Quiz } from "../question.js";

/** Text that breaks naive exporters: quotes, markup, GIFT's control characters, a backslash, emoji, Korean, Russian. */
export const HOSTILE = `He said "no" & <script>alert(1)</script> ~=#{}: \\ 😀 북한 노동자 Северная Корея`;

/**
 * A fixed quiz with every question type (the first seed that gives all eight), and teachers'
 * questions full of hostile text in every field an exporter writes.
 */
export function goldenQuiz(): Quiz {
  for (let n = 0; n < 1000; n++) {
    const quiz = generateQuiz(
      newSpec(`export-golden-${n}`, {
        title: `Golden ${HOSTILE}`,
        count: 12,
        shuffle: false,
        customFacts: GOLDEN_PACK,
        customQuestions: [
          {
            id: "hostile-choice",
            format: "choice",
            prompt: `Choice: ${HOSTILE}`,
            options: [`A ${HOSTILE}`, "B {=~}", "C :: #"],
            correct: 1,
            explanation: `Because ${HOSTILE}`,
            source: {
              title: `Title ${HOSTILE}`,
              url: "https://example.org/a?b=1&c=2",
              date: PartialDate.parse("2019-08"),
              quote: `Quote ${HOSTILE}`,
            },
          },
          { id: "hostile-tf", format: "true-false", prompt: `True? ${HOSTILE}`, correct: false },
          {
            id: "hostile-number",
            format: "numeric",
            prompt: `How many? ${HOSTILE}`,
            correct: 37000,
            tolerance: 500,
            unit: `people ${HOSTILE}`,
          },
          {
            id: "hostile-order",
            format: "ordering",
            prompt: `Order ${HOSTILE}`,
            items: ["2371 ~", "2375 <=", "2397 &"],
          },
        ],
      }),
    );
    if (new Set(quiz.questions.map((q) => q.type)).size === 8) return quiz;
  }
  throw new Error("no seed gives every question type");
}

/**
 * A teacher's pack of three comparable figures (one unit, place and hedge), with hostile text in
 * what they count: the bundled facts hold no fair matching set, so the matching question comes
 * from here.
 */
const GOLDEN_PACK: FactPack = (() => {
  const figure = (n: number, value: number) => ({
    id: `golden-count-${n}`,
    kind: "headcount",
    topic: "worker-counts",
    claim: `A golden handout said in 2019 that ${value.toLocaleString("en-US")} workers were in group ${n}.`,
    claimant: "golden-handout",
    stated: { date: "2019" },
    when: { kind: "point", at: { date: "2019" } },
    appliesTo: "Goldland",
    amount: { hedge: "exact", value, wording: value.toLocaleString("en-US") },
    // GIFT's control characters stay out of matching answers: gift-pegjs 1.0.2, the test's
    // reader, does not decode their escapes there (to be checked against Moodle's import, issue 10).
    counted: `workers in group ${n} ${HOSTILE.replace(/[~=#{}:\\]/g, "").replace(/\s+/g, " ")}`,
    unit: "people",
    references: [
      {
        source: "golden-source",
        quote: `${value.toLocaleString("en-US")} workers were in group ${n}.`,
      },
    ],
    rank: { level: "normal" },
  });
  return {
    version: 1,
    sources: [
      {
        id: "golden-source",
        kind: "news",
        publisher: "Golden Daily",
        headline: `Golden ${HOSTILE}`,
        published: "2019-08-01",
        url: "https://example.org/golden?a=1&b=2",
      },
    ],
    actors: [{ id: "golden-handout", kind: "organization", name: "A golden handout" }],
    facts: [figure(1, 1200), figure(2, 2500), figure(3, 4100)],
    conflicts: [],
  } as unknown as FactPack;
})();
