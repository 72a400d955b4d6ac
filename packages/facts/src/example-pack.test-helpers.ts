import type { FactPackInput } from "./schema.js";

/**
 * A small valid fact pack for tests: one source, one claimant, one figure ("At least 1,200
 * workers left.") and one statement ("They left by train."). A new object each call.
 */
export function examplePack(): FactPackInput & Record<string, unknown> {
  return {
    version: 1,
    sources: [
      {
        id: "class-handout",
        kind: "news",
        publisher: "Example Daily",
        headline: "Workers sent home",
        published: "2019-12",
        url: "https://example.org/workers",
      },
    ],
    actors: [{ id: "example-daily", kind: "media", name: "Example Daily" }],
    facts: [
      {
        id: "handout-workers",
        kind: "headcount",
        topic: "worker-counts",
        claim: "Example Daily said at least 1,200 workers left in December 2019.",
        claimant: "example-daily",
        stated: { date: "2019-12" },
        when: { kind: "point", at: { date: "2019-12" } },
        appliesTo: "Russia",
        amount: { hedge: "atLeast", min: 1200, wording: "At least 1,200" },
        counted: "workers who left",
        unit: "people",
        references: [{ source: "class-handout", quote: "At least 1,200 workers left." }],
        rank: { level: "normal" },
      },
      {
        id: "handout-statement",
        kind: "statement",
        topic: "enforcement",
        claim: "Example Daily said the workers left by train.",
        claimant: "example-daily",
        stated: { date: "2019-12-20" },
        when: { kind: "period", from: { date: "2019-12" }, to: { date: "2020-01" } },
        appliesTo: "Russia",
        references: [{ source: "class-handout", quote: "They left by train." }],
        rank: { level: "normal" },
      },
    ],
    conflicts: [],
  };
}
