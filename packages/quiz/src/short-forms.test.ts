import { factBase } from "@nklabor/facts";
import { describe, expect, it } from "vitest";
import { checkQuestion } from "./check.js";
import { newSpec } from "./defaults.js";
import { generateQuiz, questionBank } from "./generate.js";
import { SHORT_CLAIMS, SHORT_QUOTES } from "./generators/short-texts.js";
import { type Question, SHORT_LIMITS } from "./question.js";

/*
 * Short forms (issue 10, item 5): the same question within Kahoot's stricter limits, over many
 * seeds. The checker's rules for them are shown failing in check.test.ts.
 */

const seeds = Array.from({ length: 60 }, (_, i) => `short-${i}`);
const bank = seeds.flatMap((seed) => questionBank(newSpec(seed)));
const quizzes = seeds.map((seed) => generateQuiz(newSpec(seed, { count: 40 })));
const asked = [...bank, ...quizzes.flatMap((q) => q.questions)];
const choiceLike = (q: Question) => q.key.format === "choice" || q.key.format === "true-false";

/** Whether a question fits 95/60 as it is (its instruction line aside) or in its short form. */
function fitsKahoot(q: Question): boolean {
  const prompt = q.prompt.replace(/ What number fills the blank\?$/, "");
  const options = q.key.format === "choice" ? q.key.options.map((o) => o.text) : [];
  const fits = (p: string, os: readonly string[]) =>
    p.length <= SHORT_LIMITS.prompt && os.every((o) => o.length <= SHORT_LIMITS.option);
  return fits(prompt, options) || (!!q.short && fits(q.short.prompt, q.short.options ?? options));
}

describe("short forms", () => {
  it("every short form passes checkQuestion and fits 95 characters a prompt, 60 an option", () => {
    const shorts = asked.filter((q) => q.short);
    for (const q of shorts) {
      const short = q.short as NonNullable<Question["short"]>;
      expect(checkQuestion(q), `${q.id}: ${short.prompt}`).toEqual([]);
      expect(short.prompt.length, short.prompt).toBeLessThanOrEqual(SHORT_LIMITS.prompt);
      for (const o of short.options ?? [])
        expect(o.length, o).toBeLessThanOrEqual(SHORT_LIMITS.option);
    }
    expect(shorts.length).toBeGreaterThan(1000);
    // Multiple choice and true/false only, and every such type of generated question has them.
    expect(shorts.every(choiceLike)).toBe(true);
    expect(new Set(shorts.map((q) => q.type))).toEqual(
      new Set(["numeric-choice", "true-false", "who-said-it", "estimates-vary"]),
    );
  }, 60_000);

  it("nine in ten multiple-choice and true/false questions of a 40-question quiz fit Kahoot's 95/60", () => {
    const questions = quizzes.flatMap((q) => q.questions).filter(choiceLike);
    const share = questions.filter(fitsKahoot).length / questions.length;
    expect(share).toBeGreaterThanOrEqual(0.9);
  });

  it("every hand-written short text still fits its fact: each gives some question its short form", () => {
    const made = new Set(
      bank
        .filter((q) => q.short)
        .map((q) => `${q.type === "who-said-it" ? "quote" : "claim"}|${q.factIds[0]}`),
    );
    for (const id of Object.keys(SHORT_CLAIMS)) expect(made.has(`claim|${id}`), id).toBe(true);
    for (const id of Object.keys(SHORT_QUOTES)) expect(made.has(`quote|${id}`), id).toBe(true);
  });

  it("a hand-written short claim names no one and nowhere its fact's claim does not", () => {
    // Every capitalised word (a name, a place; a plural's singular) is in the claim, or is a month
    // or a unit.
    const allowed = /^(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|US\$?\d*|UN|A|An|The)$/;
    for (const [id, short] of Object.entries(SHORT_CLAIMS)) {
      const fact = factBase.getFact(id as never);
      if (!fact) continue;
      for (const word of short.match(/\b[A-Z][\w$]*/g) ?? [])
        if (!allowed.test(word))
          expect(fact.claim, `${id}: "${word}" in its short claim`).toContain(
            word.replace(/s$/, ""),
          );
    }
  });

  it("names who said it and when, longest name that fits first, 'reported' when only the report is dated", () => {
    const short = (type: string, fact: string, correct?: boolean) =>
      bank.find(
        (q) =>
          q.type === type &&
          q.factIds[0] === fact &&
          (correct === undefined || (q.key.format === "true-false" && q.key.correct === correct)),
      )?.short?.prompt;
    expect(short("numeric-choice", "rfa-50000-in-russia")).toBe(
      "Radio Free Asia, Aug 2019: an estimated ___ North Koreans work in Russia.",
    );
    expect(short("numeric-choice", "matsegora-12000-permits")).toBeUndefined();
    expect(short("numeric-choice", "may-have-risen-to-3000")).toBe(
      "RFA's Russian source, Feb 2021: North Korean workers in Russia may have risen to ___ in 2021.",
    );
    expect(short("true-false", "res-2371-no-increase", false)).toBe(
      "UN Security Council Resolution 2371 (Aug 2016) capped work authorizations for North Koreans.",
    );
    expect(short("who-said-it", "matsegora-unhcr-contact")).toBe(
      "Who said “We are in contact with the UN High Commissioner for Refugees…”?",
    );
  });

  it("a teacher's edit of the prompt or the options leaves the short form behind; one of the explanation keeps it", () => {
    const base = generateQuiz(newSpec("short-edits", { count: 12, shuffle: false }));
    const [a, b, c] = base.questions.filter((q) => q.short && q.key.format === "choice");
    if (!a || !b || !c) throw new Error("too few questions with short forms");
    const options = (q: Question) => (q.key.format === "choice" ? q.key.options : []);
    const edited = generateQuiz(
      newSpec("short-edits", {
        count: 12,
        shuffle: false,
        edits: [
          { questionId: a.id, prompt: "A teacher's own wording?" },
          {
            questionId: b.id,
            options: options(b).map((o, i) => (i === 0 ? `${o.text}!` : o.text)),
            correct: 0,
          },
          { questionId: c.id, explanation: "A teacher's own explanation." },
        ],
      }),
    );
    const byId = (id: string) => edited.questions.find((q) => q.id === id);
    expect(byId(a.id)?.short).toBeUndefined();
    expect(byId(b.id)?.short).toBeUndefined();
    expect(byId(c.id)?.short).toEqual(c.short);
  });
});
