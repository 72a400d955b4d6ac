import { addCustomConflict, checkQuestion, generateQuiz, newSpec } from "@nklabor/quiz";
import { describe, expect, it } from "vitest";
import { messages as w } from "./messages/compiled/en.js";
import { checkConflict, comparableFacts } from "./own-conflict.js";

describe("marking two facts as disagreeing", () => {
  const fields = {
    first: "embassy-petition-3500",
    second: "rfa-50000-in-russia",
    question: "How many North Koreans worked in Russia?",
    note: "One counted permits asked for, the other workers at a time.",
    reason: "different-measure" as const,
  };

  it("two bundled counts make a conflict the quiz asks about, attributed", () => {
    const result = checkConflict(w, fields, "own-conflict-a", undefined);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const spec = addCustomConflict(newSpec("c", { count: 4 }), result.pack, result.id);
    const quiz = generateQuiz(spec);
    const asked = quiz.questions.find((q) => q.type === "estimates-vary");
    expect(asked?.prompt).toMatch(
      /^The sources give different figures: how many North Koreans worked in Russia\?/,
    );
    expect(asked && checkQuestion(asked, result.pack)).toEqual([]);
  });

  it("says what is missing or wrong by field", () => {
    const problems = (changes: Partial<typeof fields>) => {
      const result = checkConflict(w, { ...fields, ...changes }, "own-conflict-b", undefined);
      return result.ok ? {} : result.problems;
    };
    expect(Object.keys(problems({ question: " " }))).toEqual(["question"]);
    expect(Object.keys(problems({ note: "" }))).toEqual(["note"]);
    expect(Object.keys(problems({ second: fields.first }))).toEqual(["second"]);
    expect(Object.keys(problems({ first: "" }))).toEqual(["other"]);
    // "As many as 37,000" by February 2018 and 3,500 in November 2017: no clear winner to ask for.
    expect(problems({ second: "matsegora-37000-at-a-time" }).other).toMatch(/could not ask/);
    // A count of people and a sum of money cannot be compared.
    const money = comparableFacts(undefined).find((f) => f.kind === "money");
    expect(problems({ second: money?.id ?? "" }).second).toMatch(/like with like/);
  });
});
