import type { FactKind, PackCsvColumn } from "@nklabor/facts";
import { checkQuestion, expectedAnswer, newSpec } from "@nklabor/quiz";
import { describe, expect, it } from "vitest";
import {
  checkOwnFact,
  NEW_FIELDS,
  previewQuestions,
  rowOf,
  shownHedge,
  withKind,
} from "./own-fact.js";

type Fields = Record<PackCsvColumn, string>;
const source = {
  source_publisher: "Example Daily",
  source_headline: "Workers in the Far East",
  source_url: "https://example.org/far-east",
  source_published: "2019-09",
};
const fieldsFor = (kind: FactKind, more: Partial<Fields>): Fields => ({
  ...withKind(NEW_FIELDS, kind),
  claimant: "Example Daily",
  claimant_kind: "media",
  stated: "2019-08",
  ...source,
  ...more,
});

/** One fact of each kind, as a teacher fills the form, and what its typed answer's unit must say. */
const EACH_KIND: readonly [FactKind, Partial<Fields>, string | undefined][] = [
  [
    "headcount",
    {
      claim:
        "Example Daily said in August 2019 that as many as 3,000 North Koreans worked in Primorye.",
      wording: "as many as 3,000",
      value: "3000",
      what: "North Korean workers in Primorye",
      applies_to: "Primorye",
      quote: "As it reported, as many as 3,000 North Koreans worked in Primorye.",
    },
    "people",
  ],
  [
    "money",
    {
      topic: "remittances",
      claim:
        "Example Daily said in August 2019 that each worker had to hand over about US$700 a month.",
      wording: "about US$700",
      value: "700",
      per: "month",
      what: "contribution",
      quote: "Each worker had to hand over about US$700 a month, it said.",
    },
    "US dollars per month",
  ],
  [
    "duration",
    {
      topic: "conditions",
      claim: "Example Daily said in August 2019 that workers' shifts lasted up to 16 hours a day.",
      wording: "up to 16 hours",
      value: "16",
      unit: "hours",
      per: "day",
      what: "a worker's shift",
      quote: "Shifts lasted up to 16 hours a day.",
    },
    "hours per day",
  ],
  [
    "share",
    {
      topic: "remittances",
      // The claim writes the figure as the quiz does (20%), so it can be asked for.
      claim:
        "Example Daily said in August 2019 that workers kept only a fifth (20%) of their earnings.",
      wording: "only a fifth",
      value: "20%",
      reading: "“a fifth” = 20%",
      what: "their earnings",
      quote: "Workers kept only a fifth of their earnings.",
    },
    "percent",
  ],
  [
    "event",
    {
      topic: "enforcement",
      claim: "Example Daily reported that a dormitory in Vladivostok was closed in July 2019.",
      what: "Vladivostok dormitory closed",
      when: "2019-07",
      quote: "The dormitory was closed in July.",
    },
    undefined,
  ],
  [
    "statement",
    {
      topic: "conditions",
      claim: "Example Daily said in August 2019 that workers lived in crowded dormitories.",
      quote: "The workers lived in crowded dormitories.",
    },
    undefined,
  ],
];

describe("the own-fact form's fact", () => {
  it.each(EACH_KIND)("a %s is valid and previews questions in its own unit", (kind, more, unit) => {
    const fields = fieldsFor(kind, more);
    const result = checkOwnFact(fields, `own-${kind}`, undefined);
    expect(result.ok ? [] : result.issues.map((i) => `${i.column}: ${i.message}`)).toEqual([]);
    if (!result.ok) return;
    expect(result.pack.facts[0]?.kind).toBe(kind);
    const questions = previewQuestions(newSpec("p"), result.pack, result.id);
    expect(questions.length).toBeGreaterThan(0);
    for (const q of questions) {
      expect(checkQuestion(q, result.pack)).toEqual([]);
      // The old form asked every figure as "___ people".
      if (kind !== "headcount")
        expect(`${q.prompt} ${expectedAnswer(q.key)}`).not.toMatch(/\bpeople\b/);
      if (q.key.format === "numeric") expect(q.key.unit).toBe(unit);
    }
    if (kind === "money")
      expect(questions.map((q) => expectedAnswer(q.key)).join(" ")).toContain("US$700");
    if (kind === "share")
      expect(questions.some((q) => q.key.format === "numeric" && q.key.correct === 20)).toBe(true);
  });

  it("says what is wrong by field: a figure not in the quote, a date after the source, no claimant", () => {
    const [, more] = EACH_KIND[1] ?? [];
    const columns = (changes: Partial<Fields>) => {
      const result = checkOwnFact(fieldsFor("money", { ...more, ...changes }), "own-x", undefined);
      return result.ok ? [] : result.issues.map((i) => `${i.column}:${i.code}`);
    };
    expect(columns({ quote: "Each worker had to hand over money." })).toEqual([
      "wording:WORDING_NOT_IN_QUOTE",
    ]);
    expect(columns({ stated: "2020-01" })).toEqual(["stated:STATED_AFTER_SOURCE"]);
    expect(columns({ claimant: "" })).toEqual(["claimant:MISSING_FIELD"]);
  });

  it("reads the hedge from the words until the teacher picks one", () => {
    expect(shownHedge({ ...NEW_FIELDS, wording: "as many as 3,000" })).toEqual({
      hedge: "atMost",
      detected: true,
    });
    expect(shownHedge({ ...NEW_FIELDS, wording: "3,000" })).toEqual({
      hedge: "exact",
      detected: false,
    });
    expect(shownHedge({ ...NEW_FIELDS, wording: "as many as 3,000", hedge: "approx" })).toEqual({
      hedge: "approx",
      detected: false,
    });
  });

  it("sends only the chosen kind's columns: a figure typed before switching to a statement is left out", () => {
    const fields = withKind({ ...NEW_FIELDS, value: "3000", wording: "3,000" }, "statement");
    const row = rowOf(fields, "own-s");
    expect(row.value).toBe("");
    expect(row.wording).toBe("");
    expect(row.kind).toBe("statement");
  });
});
