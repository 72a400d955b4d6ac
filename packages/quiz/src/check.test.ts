import { readFileSync } from "node:fs";
import { join } from "node:path";
import { type FactId, fact } from "@nklabor/facts";
import { describe, expect, it } from "vitest";
import { checkQuestion, checkQuiz, type QuestionIssueCode } from "./check.js";
import { newSpec } from "./defaults.js";
import { generateQuiz, questionBank } from "./generate.js";
import type { Question, Quiz } from "./question.js";

/*
 * Each rule of the checker, shown failing on what the generators used to write (issue 8's review),
 * and each generator rule checked over many seeds against an oracle of its own.
 */

const citation = (id: string, quote: string) => ({
  factId: id as FactId,
  publisher: "The Moscow Times",
  headline: "h",
  published: "2018-02-07",
  url: "https://example.org",
  quote,
});

function question(over: Partial<Question> & Pick<Question, "type" | "prompt" | "key">): Question {
  return {
    id: over.id ?? `${over.type}-test`,
    explanation: "An explanation.",
    factIds: [],
    citations: [citation("x", "A quote.")],
    difficulty: "medium",
    difficultyScore: 0.5,
    ...over,
  };
}

const codes = (q: Question) => checkQuestion(q).map((i) => i.code);

/** Items in the order given, keyed as right; the facts by id. */
const timeline = (ids: string[], items: string[]): Question =>
  question({
    type: "timeline",
    prompt: "Put these events in order, earliest first.",
    factIds: ids as FactId[],
    key: { format: "ordering", items, correct: items.map((_, i) => i) },
  });
/** Figures paired with labels in the order given, keyed as right; the facts by id. */
const matching = (ids: string[], left: string[], right: string[]): Question =>
  question({
    type: "matching",
    prompt: "Match each figure to what it counts.",
    factIds: ids as FactId[],
    key: { format: "matching", left, right, correct: left.map((_, i) => i) },
  });
const expectCode = (q: Question, code: QuestionIssueCode) => expect(codes(q)).toContain(code);

const matsegoraQuote = fact("matsegora-37000-at-a-time").references[0]?.quote ?? "";
const tf = (id: string, prompt: string, correct: boolean): Question =>
  question({
    type: "true-false",
    prompt: `True or false? ${prompt}`,
    key: { format: "true-false", correct },
    factIds: [id as FactId],
    citations: [citation(id, fact(id as never).references[0]?.quote ?? "")],
  });

describe("checkQuestion: true or false", () => {
  it("refuses a lowered 'at least' or a raised 'as many as' as false: they stay true", () => {
    const low = tf(
      "matsegora-12000-permits",
      "Russia's Ambassador to North Korea, Alexander Matsegora, estimated in February 2018 that at least 9,000 work permits had been issued to North Koreans every year.",
      false,
    );
    expectCode(low, "FALSE_NOT_FALSE");
    const high = tf(
      "matsegora-37000-at-a-time",
      "Russia's Ambassador to North Korea, Alexander Matsegora, estimated in February 2018 that as many as 50,000 North Korean laborers had been in Russia at a time.",
      false,
    );
    expectCode(high, "FALSE_NOT_FALSE");
    const fine = tf(
      "matsegora-37000-at-a-time",
      "Russia's Ambassador to North Korea, Alexander Matsegora, estimated in February 2018 that as many as 20,000 North Korean laborers had been in Russia at a time.",
      false,
    );
    expect(codes(fine)).toEqual([]);
  });

  it("refuses impossible values: more than 24 hours a day, a deadline of 88 months", () => {
    const hours = tf(
      "state-dept-20-hour-days",
      "The Moscow Times wrote in January 2018 that, according to a mid-2017 U.S. State Department report, North Koreans in Russia were forced to work up to 18 hours a day.",
      false,
    );
    expect(codes(hours)).toEqual([]);
    const day = tf(
      "park-40-usd-per-day",
      "Park, a North Korean construction worker in Vladivostok, told RFA in late 2018 that he could earn around US$400 a day, finding his own jobs.",
      false,
    );
    expectCode(day, "IMPOSSIBLE_VALUE");
  });

  it("refuses a time limit's options no one would believe (100 months after 'immediately')", () => {
    const q = question({
      type: "numeric-choice",
      factIds: ["res-2397-24-months" as FactId],
      prompt: fact("res-2397-24-months").claim.replace("24", "___"),
      key: {
        format: "choice",
        options: [{ text: "3" }, { text: "24" }, { text: "50" }, { text: "100" }],
        correct: 1,
      },
    });
    expectCode(q, "IMPOSSIBLE_VALUE");
  });

  it("refuses a year moved after the source, or onto a year when such an event also happened", () => {
    const later = tf(
      "res-2371-no-increase",
      "In Resolution 2371, adopted on 5 August 2018, the UN Security Council decided that member states shall not increase the total number of work authorizations for North Korean nationals, unless its 1718 sanctions committee approves.",
      false,
    );
    expectCode(later, "IMPOSSIBLE_VALUE");
    const vote = tf(
      "russia-voted-for-sanctions",
      "Radio Free Asia reported in August 2019 that Russia voted to approve the 2016 UN sanctions on North Korea.",
      false,
    );
    expectCode(vote, "FALSE_NOT_FALSE");
  });

  it("refuses a claim that names no speaker or date", () => {
    expectCode(
      tf(
        "russia-began-deporting",
        "Russia had begun deporting North Korean migrant workers.",
        true,
      ),
      "UNATTRIBUTED",
    );
  });
});

describe("checkQuestion: who said it", () => {
  const base = {
    type: "who-said-it" as const,
    factIds: ["workers-keep-a-fifth" as FactId],
    citations: [
      citation("workers-keep-a-fifth", fact("workers-keep-a-fifth").references[0]?.quote ?? ""),
    ],
  };
  it("refuses an anonymous source as a wrong option when the answer is an anonymous source", () => {
    const q = question({
      ...base,
      prompt: `Who said this? “Another source said that North Korean workers receive only a fifth.”`,
      key: {
        format: "choice",
        options: [
          { text: "Another anonymous source of RFA, cited in RFA's report of August 2019" },
          { text: "An anonymous source in Vladivostok" },
          { text: "Reuters" },
          { text: "Alexander Matsegora, Russia's Ambassador to North Korea" },
        ],
        correct: 0,
      },
    });
    expectCode(q, "SECOND_ANSWER");
  });

  it("refuses the outlet that relayed the words as a wrong option", () => {
    const q = question({
      type: "who-said-it",
      factIds: ["rfa-five-anonymous-sources" as FactId],
      citations: [
        citation(
          "rfa-five-anonymous-sources",
          fact("rfa-five-anonymous-sources").references[0]?.quote ?? "",
        ),
      ],
      prompt:
        "Who said this? “[…] said the five Russian sources it spoke to had asked for anonymity.”",
      key: {
        format: "choice",
        options: [
          { text: "Radio Free Asia" },
          { text: "The Moscow Times" },
          { text: "Reuters" },
          { text: "Interfax" },
        ],
        correct: 0,
      },
    });
    expectCode(q, "SECOND_ANSWER");
  });

  it("refuses a relayed 'reportedly' sentence and unreadable blanks", () => {
    const settled = fact("settled-in-st-petersburg").references[0]?.quote ?? "";
    const q = question({
      type: "who-said-it",
      factIds: ["settled-in-st-petersburg" as FactId],
      citations: [citation("settled-in-st-petersburg", settled)],
      prompt: `Who said this? “${settled}”`,
      key: {
        format: "choice",
        options: [
          { text: "The Moscow Times" },
          { text: "Reuters" },
          { text: "Interfax" },
          { text: "U.S. State Department" },
        ],
        correct: 0,
      },
    });
    expectCode(q, "RELAYED");
    const blanks = question({
      type: "who-said-it",
      factIds: ["matsegora-blow-to-economy" as FactId],
      citations: [
        citation(
          "matsegora-blow-to-economy",
          fact("matsegora-blow-to-economy").references[0]?.quote ?? "",
        ),
      ],
      prompt: `Who said this? "This will be a blow," Interfax cited […], […], as telling reporters.`,
      key: {
        format: "choice",
        options: [
          { text: "Alexander Matsegora, Russia's Ambassador to North Korea" },
          { text: "Reuters" },
          { text: "U.S. State Department" },
          { text: "UN Security Council" },
        ],
        correct: 0,
      },
    });
    expectCode(blanks, "GIVES_AWAY");
  });
});

describe("checkQuestion: who said it, the rules of review rounds 1 to 4", () => {
  const choice = (...names: string[]) => ({
    format: "choice" as const,
    options: names.map((text) => ({ text })),
    correct: 0,
  });
  const on = (id: string, prompt: string, key: ReturnType<typeof choice>, ref = 0): Question =>
    question({
      type: "who-said-it",
      factIds: [id as FactId],
      citations: [citation(id, fact(id as never).references[ref]?.quote ?? "")],
      prompt,
      key,
    });

  it("refuses a reporter's sentence about what someone told them, asked as that someone's words", () => {
    const q = on(
      "vladivostok-construction-frustration",
      `Who said this? “${fact("vladivostok-construction-frustration").references[0]?.quote}”`,
      choice("An anonymous source in Vladivostok", "Reuters", "U.S. State Department", "Interfax"),
    );
    expectCode(q, "RELAYED");
  });

  it("refuses a UN document's own words ('this resolution') as a who-wrote-it", () => {
    const q = on(
      "res-2397-24-months",
      "Who wrote this? “shall repatriate to the DPRK all DPRK nationals...”",
      choice(
        "UN Security Council",
        "Reuters",
        "Alexander Matsegora, Russia's Ambassador to North Korea",
        "Park",
      ),
    );
    expectCode(q, "GIVES_AWAY");
  });

  it("refuses a blank whose grammar only the answer's class fits ('[…] said the sources it spoke to')", () => {
    const q = on(
      "rfa-five-anonymous-sources",
      "Who is […] in this passage from The Moscow Times? “[…] said the five Russian sources it spoke to had asked for anonymity, citing safety concerns.”",
      choice(
        "Radio Free Asia",
        "U.S. State Department",
        "Alexander Matsegora, Russia's Ambassador to North Korea",
        "Andrei Tarasenko, head of the Primorye region",
      ),
    );
    expectCode(q, "GIVES_AWAY");
  });

  it("refuses a body the speaker speaks for, and anyone the article cites beside an outlet's own sentence", () => {
    const forRussia = on(
      "matsegora-rigorously-comply",
      `Who is […] in this passage from The Moscow Times? "But we rigorously, without fail, carry out the UN Security Council decision," […] said Tuesday.`,
      choice(
        "Alexander Matsegora, Russia's Ambassador to North Korea",
        "Russian authorities",
        "Andrei Tarasenko, head of the Primorye region",
        "Reuters",
      ),
    );
    expectCode(forRussia, "SECOND_ANSWER");
    const beside = on(
      "planned-contribution-required",
      `Who wrote this? “${fact("planned-contribution-required").references[0]?.quote}”`,
      choice("The Moscow Times", "U.S. State Department", "Radio Free Asia", "Park"),
    );
    expectCode(beside, "SECOND_ANSWER");
  });
});

describe("checkQuestion: timelines, matching and wording", () => {
  it("refuses an order the sources do not establish, and dates in the items", () => {
    const q = timeline(
      ["tarasenko-appealed-to-moscow", "russia-began-deporting"],
      [
        "Primorye asks Moscow to keep its North Korean workers",
        "Russia has begun deporting North Korean workers, The Moscow Times reports",
      ],
    );
    expectCode(q, "UNCERTAIN_ORDER");
    const dated = timeline(
      ["res-2371-no-increase", "borders-closed-coronavirus"],
      ["Repatriation deadline: 22 December 2019", "North Korea closes its borders"],
    );
    expectCode(dated, "BAD_LABEL");
  });

  it("refuses a timeline with an event beside the one it is worked out from", () => {
    const q = timeline(
      ["res-2397-adopted", "repatriation-deadline-2019-12-22"],
      [
        "The UN Security Council orders North Korean workers sent home",
        "The UN's deadline for sending North Korean workers home",
      ],
    );
    expectCode(q, "GIVES_AWAY");
  });

  it("refuses a matching whose units or story pair the figures up", () => {
    const units = matching(
      ["bounty-up-to-10000", "khabarovsk-10-runaways"],
      ["up to US$10,000", "10"],
      [
        "North Korea's bounty for finding a runaway worker, as ethnic Koreans in the Far East told RFA (2021)",
        "runaways from one Khabarovsk construction site, per ethnic Korean residents cited by RFA",
      ],
    );
    expectCode(units, "GIVES_AWAY");
    const story = matching(
      ["khabarovsk-10-runaways", "khabarovsk-2-supervisors"],
      ["10", "2"],
      [
        "runaways from one Khabarovsk construction site, per ethnic Korean residents cited by RFA",
        "supervisors among the Khabarovsk runaways, per ethnic Korean residents cited by RFA",
      ],
    );
    expectCode(story, "GIVES_AWAY");
  });

  it("refuses a matching label that drops who gave the figure", () => {
    const q = matching(
      ["park-2000-usd-summer-month", "matsegora-37000-at-a-time"],
      ["upwards of US$2,000", "as many as 37,000"],
      ["a North Korean worker's earnings, per month", "North Korean laborers in Russia"],
    );
    expectCode(q, "BAD_LABEL");
  });

  it("refuses the wording the review found: double attribution, '(surname only)', doubled marks, '1,000 million', 'An' mid-sentence, notes for explanations", () => {
    const choice = (text: string) =>
      question({
        type: "numeric-choice",
        prompt: text,
        key: { format: "choice", options: [{ text: "1" }, { text: "2" }], correct: 0 },
      });
    for (const text of [
      "According to The Moscow Times (12 January 2018): The Moscow Times reported that ___ workers stayed.",
      "Park, a North Korean construction worker in Vladivostok (surname only), earned ___.",
      "Who said this? ““The workers complain,” he said.”",
      "The regime earned US$1,000 million from ___.",
      "According to An anonymous source in Vladivostok (August 2019): ___ workers.",
    ])
      expectCode(choice(text), "WORDING");
    const notes = question({
      type: "timeline",
      prompt: "Put these events in order, earliest first.",
      explanation:
        "1. 22 December 2017: Resolution 2397. 2. 22 December 2019: Repatriation deadline (worked out: adoption plus 24 months).",
      key: { format: "ordering", items: ["a", "b"], correct: [0, 1] },
    });
    expectCode(notes, "WORDING");
  });

  it("refuses 'a ceiling' for a figure the source gives without one (a legal deadline)", () => {
    const q = question({
      type: "numeric-estimate",
      factIds: ["res-2397-24-months" as FactId],
      prompt:
        "The UN Security Council's Resolution 2397 of 22 December 2017 requires member states to send home the North Koreans earning income in their jurisdiction “immediately but no later than ___ months” after its adoption.",
      explanation: "24. That is a ceiling: the real number may be lower.",
      key: { format: "numeric", correct: 24, accept: { min: 24, max: 24 }, unit: "months" },
    });
    expectCode(q, "WORDING");
  });
});

describe("checkQuiz", () => {
  const quiz = (questions: Question[]): Quiz => ({
    format: "nklabor-quiz",
    version: 1,
    title: "t",
    seed: "s",
    datasetVersion: "d",
    feedback: "immediate",
    questions,
    warnings: [],
  });
  it("refuses two questions on one quote, and one question that shows another's answer", () => {
    const a = question({
      id: "a",
      type: "numeric-estimate",
      factIds: ["matsegora-37000-at-a-time" as FactId],
      prompt: "Matsegora said as many as ___.",
      key: { format: "numeric", correct: 37000, accept: { min: 37000, max: 37000 }, unit: "" },
      citations: [citation("matsegora-37000-at-a-time", matsegoraQuote)],
    });
    const b = question({
      id: "b",
      type: "numeric-estimate",
      factIds: ["matsegora-12000-permits" as FactId],
      prompt: "Matsegora said at least ___ permits.",
      key: { format: "numeric", correct: 12000, accept: { min: 12000, max: 12000 }, unit: "" },
      citations: [citation("matsegora-12000-permits", matsegoraQuote)],
    });
    const codesOf = (q: Quiz) => checkQuiz(q).map((i) => i.code);
    expect(codesOf(quiz([a, b]))).toContain("REPEATED");
    expect(codesOf(quiz([a, b]))).toContain("ANSWERS_ANOTHER");
    expect(codesOf(quiz([a]))).toEqual([]);
  });

  it("refuses a true statement that gives away the figure another true-or-false question asks about", () => {
    const stated = tf("primorye-workers-2018", fact("primorye-workers-2018").claim, true);
    const asked = tf(
      "far-east-workers-2018",
      fact("far-east-workers-2018").claim.replace("10,000", "20,000"),
      false,
    );
    expect(
      checkQuiz(
        quiz([
          { ...stated, id: "s" },
          { ...asked, id: "a" },
        ]),
      ).map((i) => i.code),
    ).toContain("ANSWERS_ANOTHER");
  });

  it("refuses two questions whose answer is the same figure (US$100 a month, from two sources)", () => {
    const one = tf("levy-increase-100-usd", fact("levy-increase-100-usd").claim, true);
    const two = tf(
      "levy-increase-confirmed-moscow",
      fact("levy-increase-confirmed-moscow").claim,
      true,
    );
    expect(
      checkQuiz(
        quiz([
          { ...one, id: "1" },
          { ...two, id: "2", citations: [] },
        ]),
      ).map((i) => i.code),
    ).toContain("REPEATED");
  });

  it("refuses a question whose quote names, in its own words, the sum another asks for", () => {
    const asked = tf(
      "levy-increase-confirmed-moscow",
      fact("levy-increase-confirmed-moscow").claim.replace("US$100", "US$200"),
      false,
    );
    const shows = question({
      id: "shows",
      type: "who-said-it",
      prompt: "Who said this?",
      key: { format: "choice", options: [{ text: "a" }, { text: "b" }], correct: 0 },
      citations: [citation("x", "“U.S. $100 a month is a huge amount of money.”")],
    });
    expect(checkQuiz(quiz([{ ...asked, id: "asked" }, shows])).map((i) => i.code)).toContain(
      "ANSWERS_ANOTHER",
    );
  });

  it("refuses the State Department's 'slave-like' claim without the ambassador's reply", () => {
    const claim = question({
      id: "c",
      type: "who-said-it",
      factIds: ["state-dept-slave-like-conditions" as FactId],
      prompt: "Who said this?",
      key: { format: "choice", options: [{ text: "a" }, { text: "b" }], correct: 0 },
    });
    expect(checkQuiz(quiz([claim])).map((i) => i.code)).toEqual(["UNBALANCED"]);
  });
});

describe("the generators keep the rules (oracles of their own, many seeds)", () => {
  const seeds = Array.from({ length: 150 }, (_, i) => `rules-${i}`);
  const quizzes = seeds.map((seed) => generateQuiz(newSpec(seed, { count: 30 })));
  const all = quizzes.flatMap((q) => q.questions);
  const text = (q: Question) =>
    [
      q.prompt,
      q.explanation,
      ...(q.key.format === "choice" ? q.key.options.map((o) => o.text) : []),
      ...(q.key.format === "ordering" ? q.key.items : []),
      ...(q.key.format === "matching" ? [...q.key.left, ...q.key.right] : []),
    ].join("\n");

  it("true/false never lowers a floor or raises a ceiling", () => {
    const bound: Record<string, [string, number]> = {
      "matsegora-12000-permits": ["atLeast", 12000],
      "park-2000-usd-summer-month": ["atLeast", 2000],
      "matsegora-37000-at-a-time": ["atMost", 37000],
      "bounty-up-to-10000": ["atMost", 10000],
      "state-dept-20-hour-days": ["atMost", 20],
    };
    let seen = 0;
    const pinned = Object.keys(bound).flatMap((id) =>
      Array.from(
        { length: 60 },
        (_, i) =>
          generateQuiz(
            newSpec(`floor-${id}-${i}`, {
              types: ["true-false"],
              pinned: [id as FactId],
              count: 1,
            }),
          ).questions,
      ).flat(),
    );
    for (const q of [...all, ...pinned]) {
      const b = bound[q.factIds[0] ?? ""];
      if (q.type !== "true-false" || q.key.format !== "true-false" || q.key.correct || !b) continue;
      const figure = /(?:at least|upwards of|as many as|up to) (?:US\$)?([\d,]+)/.exec(q.prompt);
      const value = Number(figure?.[1]?.replace(/,/g, ""));
      seen++;
      if (b[0] === "atLeast") expect(value, q.prompt).toBeGreaterThan(b[1]);
      else expect(value, q.prompt).toBeLessThan(b[1]);
    }
    expect(seen).toBeGreaterThan(50);
  }, 60_000);

  it("never writes more than 24 hours a day, nor a year after the source", () => {
    for (const q of all) {
      const hours = /(\d+) hours a day/.exec(q.prompt);
      if (hours) expect(Number(hours[1]), q.prompt).toBeLessThanOrEqual(24);
      if (q.type === "true-false" && q.key.format === "true-false" && !q.key.correct) {
        const f = q.factIds[0] && fact(q.factIds[0] as never);
        for (const y of q.prompt.match(/\b20\d\d\b/g) ?? [])
          expect(Number(y), q.prompt).toBeLessThanOrEqual(Number(f?.stated.date.slice(0, 4)));
      }
    }
  });

  it("who-said-it never offers an anonymous source as a wrong answer, nor blanks side by side", () => {
    const anonymous =
      /^(An anonymous|An ethnic|Another anonymous|Unnamed|An unnamed|Ethnic Korean|Media reports)/;
    for (const q of all) {
      if (q.type !== "who-said-it" || q.key.format !== "choice") continue;
      const key = q.key;
      const wrong = key.options.filter((_, i) => i !== key.correct);
      for (const o of wrong) expect(o.text, q.prompt).not.toMatch(anonymous);
      expect(q.prompt).not.toMatch(/\[…\][\s,]*\[…\]/);
      expect(q.prompt).not.toMatch(/\breportedly\b/);
    }
  });

  it("never blanks or changes a figure inside quotation marks, nor offers a count the claim rules out", () => {
    for (const q of all) {
      if (q.type !== "numeric-choice" && q.type !== "numeric-estimate" && q.type !== "true-false")
        continue;
      const f = fact(q.factIds[0] as never);
      const inQuotes = f.claim.match(/“[^”]*”/g) ?? [];
      for (const quoted of inQuotes) expect(q.prompt, q.id).toContain(quoted);
      if (f.id === "khabarovsk-10-runaways" && q.key.format === "choice")
        for (const o of q.key.options) expect(Number(o.text), q.prompt).toBeGreaterThan(2);
    }
  });

  it("who-said-it shows the quote its explanation's claim rests on: the fact's own first quote", () => {
    for (const q of all) {
      if (q.type !== "who-said-it") continue;
      expect(q.citations[0]?.quote, q.id).toBe(fact(q.factIds[0] as never).references[0]?.quote);
    }
  });

  it("timeline items carry no dates; the wording has no known defect", () => {
    for (const q of all) {
      if (q.key.format === "ordering")
        for (const item of q.key.items) expect(item).not.toMatch(/\b(19|20)\d\d\b|December/);
      const t = text(q);
      expect(t).not.toMatch(/surname only|\d,\d{3} million|“\s*“|”\s*”/);
      expect(t).not.toMatch(/\b(to|by|of) (An|Another|Unnamed) /);
      expect(t).not.toMatch(/That is a (floor|ceiling).*gives this figure exactly/);
    }
  });

  it("no two questions of a quiz share a quote or a prompt", () => {
    for (const quiz of quizzes) {
      const quotes = quiz.questions.flatMap((q) => [...new Set(q.citations.map((c) => c.quote))]);
      expect(new Set(quotes).size).toBe(quotes.length);
      const prompts = quiz.questions.map((q) => q.prompt);
      expect(new Set(prompts).size).toBe(prompts.length);
    }
  });

  it("asks the ambassador's rebuttal exactly as often as the 'slave-like' claim it answers", () => {
    let claims = 0;
    let replies = 0;
    for (const quiz of quizzes) {
      const ids = new Set(quiz.questions.flatMap((q) => q.factIds as readonly string[]));
      const c = ids.has("state-dept-slave-like-conditions");
      const r = ids.has("matsegora-disputes-slave-labor");
      expect(c, quiz.seed).toBe(r);
      claims += Number(c);
      replies += Number(r);
    }
    expect(claims).toBe(replies);
    expect(claims).toBeGreaterThan(0);
  });
});

describe("checkQuestion: short forms (the same question within 95/60)", () => {
  const bank = Array.from({ length: 30 }, (_, i) =>
    questionBank(newSpec(`short-check-${i}`)),
  ).flat();
  /** A generated question with a short form, of that type, about that fact (and keyed so). */
  const find = (type: string, id: string, correct?: boolean): Question => {
    const q = bank.find(
      (x) =>
        x.short &&
        x.type === type &&
        x.factIds[0] === id &&
        (correct === undefined || (x.key.format === "true-false" && x.key.correct === correct)),
    );
    if (!q) throw new Error(`no ${type} question about ${id} with a short form`);
    return q;
  };
  const withShort = (q: Question, prompt: string, options?: string[]): Question => ({
    ...q,
    short: { prompt, ...(options ? { options } : {}) },
  });
  const shortCodes = (q: Question) => codes(q).filter((c) => c.startsWith("SHORT_"));

  it("passes the short forms the generators write", () => {
    for (const q of [
      find("numeric-choice", "rfa-50000-in-russia"),
      find("true-false", "matsegora-37000-at-a-time", false),
      find("true-false", "res-2371-no-increase", false),
      find("who-said-it", "matsegora-rigorously-comply"),
      find("estimates-vary", "may-have-risen-to-3000"),
    ])
      expect(codes(q), q.short?.prompt).toEqual([]);
  });

  it("refuses a short form over the limits, or on a question that takes none", () => {
    const q = find("numeric-choice", "rfa-50000-in-russia");
    expectCode(withShort(q, `${q.short?.prompt} ${"x".repeat(30)}`), "SHORT_TOO_LONG");
    const ev = find("estimates-vary", "may-have-risen-to-3000");
    const options = [...(ev.short?.options ?? [])];
    options[0] = `${options[0]} ${"x".repeat(20)}`;
    expectCode(withShort(ev, ev.short?.prompt ?? "", options), "SHORT_TOO_LONG");
    const typed = bank.find((x) => x.type === "numeric-estimate") as Question;
    expectCode(withShort(typed, "RFA, Aug 2019: ___?"), "SHORT_TOO_LONG");
  });

  it("refuses a short claim without who made it, or when", () => {
    const q = find("numeric-choice", "rfa-50000-in-russia");
    expect(
      shortCodes(withShort(q, "Aug 2019: an estimated ___ North Koreans work in Russia.")),
    ).toEqual(["SHORT_UNATTRIBUTED"]);
    expect(shortCodes(withShort(q, "RFA: an estimated ___ North Koreans work in Russia."))).toEqual(
      ["SHORT_UNATTRIBUTED"],
    );
    // A short name the quiz knows the claimant by will do.
    expect(
      codes(withShort(q, "RFA, Aug 2019: an estimated ___ North Koreans work in Russia.")),
    ).toEqual([]);
    const ev = find("estimates-vary", "may-have-risen-to-3000");
    const options = (ev.short?.options ?? []).map((o) =>
      o.replace(/ \(.*\)$/, " (a source, 2021)"),
    );
    expectCode(withShort(ev, ev.short?.prompt ?? "", options), "SHORT_UNATTRIBUTED");
  });

  it("refuses a short form that drops who passed the claim on (the long form's 'Reuters reported')", () => {
    const q = find("numeric-choice", "embassy-petition-3500");
    expect(codes(q), q.short?.prompt).toEqual([]);
    expect(
      shortCodes(
        withShort(
          q,
          "In Nov 2017 North Korea's Embassy asked Russian deputies to let ___ contracted workers stay.",
        ),
      ),
    ).toEqual(["SHORT_UNATTRIBUTED"]);
  });

  it("refuses a short form without the source's hedge, or without 'reportedly'", () => {
    const floor = find("true-false", "matsegora-12000-permits", true);
    expect(
      shortCodes(
        withShort(
          floor,
          "Matsegora, reported Feb 2018: 12,000 work permits a year were issued to North Koreans.",
        ),
      ),
    ).toEqual(["SHORT_HEDGE_DROPPED"]);
    const possible = find("numeric-choice", "may-have-risen-to-3000");
    expectCode(
      withShort(
        possible,
        "RFA's Russian source, Feb 2021: North Korean workers in Russia rose to ___ in 2021.",
      ),
      "SHORT_HEDGE_DROPPED",
    );
    const relayed = {
      ...floor,
      prompt: floor.prompt.replace(" estimated,", " reportedly estimated,"),
    };
    expectCode(relayed, "SHORT_HEDGE_DROPPED");
  });

  it("refuses short options that differ from the options: another figure, order, count or speaker", () => {
    const ev = find("estimates-vary", "may-have-risen-to-3000");
    const options = [...(ev.short?.options ?? [])];
    expectCode(
      withShort(ev, ev.short?.prompt ?? "", [...options].reverse()),
      "SHORT_OPTIONS_DIFFER",
    );
    expectCode(withShort(ev, ev.short?.prompt ?? "", options.slice(1)), "SHORT_OPTIONS_DIFFER");
    const nc = find("numeric-choice", "rfa-50000-in-russia");
    const figures = nc.key.format === "choice" ? nc.key.options.map((o) => o.text) : [];
    expectCode(
      withShort(
        nc,
        nc.short?.prompt ?? "",
        figures.map((f, i) => (i === 0 ? "1" : f)),
      ),
      "SHORT_OPTIONS_DIFFER",
    );
    const who = find("who-said-it", "matsegora-rigorously-comply");
    const names = who.key.format === "choice" ? who.key.options.map((o) => o.text) : [];
    expectCode(
      withShort(
        who,
        who.short?.prompt ?? "",
        names.map((n, i) => (i === who.key.correct ? "Interfax" : n)),
      ),
      "SHORT_OPTIONS_DIFFER",
    );
  });

  it("refuses a short form that asks something else: no blank, the answer shown, another figure or year", () => {
    const nc = find("numeric-choice", "rfa-50000-in-russia");
    expectCode(
      withShort(nc, "Radio Free Asia, Aug 2019: an estimated many North Koreans work in Russia."),
      "SHORT_ASKS_OTHER",
    );
    expectCode(
      withShort(
        nc,
        "Radio Free Asia, Aug 2019: an estimated ___ (50,000) North Koreans work in Russia.",
      ),
      "SHORT_ASKS_OTHER",
    );
    const no = find("true-false", "rfa-50000-in-russia", false);
    expectCode(
      withShort(no, "Radio Free Asia, Aug 2019: an estimated 50,000 North Koreans work in Russia."),
      "SHORT_ASKS_OTHER",
    );
    const yes = find("true-false", "rfa-50000-in-russia", true);
    expectCode(
      withShort(
        yes,
        "Radio Free Asia, Aug 2019: an estimated 60,000 North Koreans work in Russia.",
      ),
      "SHORT_ASKS_OTHER",
    );
    const year = find("true-false", "res-2371-no-increase", false);
    expectCode(
      withShort(
        year,
        "UN Security Council Resolution 2371 (Aug 2017) capped work authorizations for North Koreans.",
      ),
      "SHORT_ASKS_OTHER",
    );
    const ev = find("estimates-vary", "may-have-risen-to-3000");
    const flipped = (ev.short?.prompt ?? "").replace(/most recent|earliest/, (w) =>
      w === "earliest" ? "most recent" : "earliest",
    );
    expectCode(withShort(ev, flipped, [...(ev.short?.options ?? [])]), "SHORT_ASKS_OTHER");
  });

  it("refuses a short who-said-it that changes the source's words, drops the blank or asks another question", () => {
    const contact = find("who-said-it", "matsegora-unhcr-contact");
    expectCode(
      withShort(contact, "Who said “We are in contact with the UN High Commission for Refugees…”?"),
      "SHORT_ASKS_OTHER",
    );
    expectCode(
      withShort(
        contact,
        "Who wrote “We are in contact with the UN High Commissioner for Refugees…”?",
      ),
      "SHORT_ASKS_OTHER",
    );
    const disputes = find("who-said-it", "matsegora-disputes-slave-labor");
    expectCode(
      withShort(disputes, "Who is […]? “…disputed a mid-2017 U.S. State Department report…”"),
      "SHORT_ASKS_OTHER",
    );
    // "[…] disputed" is no "[…] said": the blank is not asked as who said the words.
    expectCode(
      withShort(disputes, "Who said “…a mid-2017 U.S. State Department report…”?"),
      "SHORT_ASKS_OTHER",
    );
    // Words a wrong option's quotes hold too make that option right.
    const second = {
      ...disputes,
      key: {
        format: "choice" as const,
        options: [{ text: "Alexander Matsegora" }, { text: "U.S. State Department" }],
        correct: 0,
      },
    };
    const issues = checkQuestion(withShort(second, "Who is […]? “…U.S. State Department report…”"));
    expect(issues).toContainEqual({
      code: "SECOND_ANSWER",
      message: "offers U.S. State Department, whose quotes hold the short form's words",
    });
  });
});

describe("the checker stands apart from what it checks", () => {
  it("imports no generator code", () => {
    const source = readFileSync(join(import.meta.dirname, "check.ts"), "utf8");
    expect(source).not.toMatch(/from "\.\/generators|from "\.\/figures/);
  });
});
