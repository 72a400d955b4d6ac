import { readFileSync } from "node:fs";
import { HEDGES, type Hedge, LATIN_NAMES, type Language } from "@nklabor/facts";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { specArbitrary } from "./arbitraries.test-helpers.js";
import { checkQuizIn } from "./check-language.js";
import { newSpec } from "./defaults.js";
import { exportQuiz } from "./export/index.js";
import { generateQuiz } from "./generate.js";
import { messages as koLabels } from "./labels/compiled/ko.js";
import { messages as ruLabels } from "./labels/compiled/ru.js";
import { loadLabels } from "./labels.js";
import { loadVoice } from "./load-voice.js";
import { messages as en } from "./messages/compiled/en.js";
import { decodeSpec, encodeSpec } from "./share.js";
import { quizToText } from "./text.js";
import type { Voice } from "./voice.js";

const catalog = (lang: string): Record<string, string> =>
  JSON.parse(readFileSync(new URL(`./messages/${lang}.json`, import.meta.url), "utf8"));
const koCatalog = catalog("ko");
const ruCatalog = catalog("ru");

const SEED = 13;
/** 1,000 specs, each in English, Korean and Russian (the issue's property run). */
const RUNS = 1000;

let voices: Record<"ko" | "ru", Voice>;
beforeAll(async () => {
  voices = { ko: await loadVoice("ko"), ru: await loadVoice("ru") };
});

const inLanguage = (spec: ReturnType<typeof newSpec>, lang: "ko" | "ru") =>
  generateQuiz({ ...spec, language: lang }, voices[lang]);

describe("a quiz in Korean and Russian", () => {
  it("is the English quiz in other words, and passes checkQuizIn (1,000 specs × 3 languages)", {
    timeout: 600_000,
  }, () => {
    let questions = 0;
    fc.assert(
      fc.property(specArbitrary, (spec) => {
        const english = generateQuiz(spec);
        expect(english.language).toBeUndefined();
        for (const lang of ["ko", "ru"] as const) {
          const quiz = inLanguage(spec, lang);
          expect(quiz.language).toBe(lang);
          const issues = checkQuizIn(quiz, english);
          expect(issues, `${lang} seed ${JSON.stringify(spec.seed)}`).toEqual([]);
          questions += quiz.questions.length;
        }
      }),
      { seed: SEED, numRuns: RUNS },
    );
    // The run asked real questions, not empty quizzes.
    expect(questions).toBeGreaterThan(RUNS * 5);
  });

  it("asks the same facts, options and order in every language: only the words differ", () => {
    const spec = newSpec("2026-12-05", { count: 20 });
    const english = generateQuiz(spec);
    for (const lang of ["ko", "ru"] as const) {
      const quiz = inLanguage(spec, lang);
      expect(quiz.questions.map((q) => [q.id, q.factIds, q.key.format])).toEqual(
        english.questions.map((q) => [q.id, q.factIds, q.key.format]),
      );
      expect(quiz.questions.map((q) => q.prompt)).not.toEqual(
        english.questions.map((q) => q.prompt),
      );
      expect(quiz.title).not.toBe(english.title);
    }
  });

  it("keeps the source's words: every quote of the English prompts stands in the translated ones", () => {
    const spec = newSpec("quotes", { count: 30, types: ["who-said-it"] });
    const english = generateQuiz(spec);
    const korean = inLanguage(spec, "ko");
    expect(english.questions.length).toBeGreaterThan(3);
    english.questions.forEach((q, i) => {
      for (const quote of q.prompt.match(/“[^”]+”/g) ?? [])
        expect(korean.questions[i]?.prompt).toContain(quote);
    });
  });

  it("needs its words loaded: a coded error, never an English quiz under a Korean title", () => {
    expect(() => generateQuiz({ ...newSpec("x"), language: "ko" })).toThrowError(
      expect.objectContaining({ code: "LANGUAGE_NOT_LOADED" }),
    );
    expect(() => generateQuiz({ ...newSpec("x"), language: "ru" }, voices.ko)).toThrowError(
      expect.objectContaining({ code: "LANGUAGE_NOT_LOADED" }),
    );
  });

  it("travels in the share code: a teacher's Korean quiz opens in Korean", () => {
    for (const lang of ["en", "ko", "ru"] as Language[]) {
      const spec = { ...newSpec("share"), language: lang };
      expect(decodeSpec(encodeSpec(spec)).language).toBe(lang);
    }
    // A code made before languages (no field) opens in English.
    const { language: _, ...old } = newSpec("old");
    expect(decodeSpec(encodeSpec(old as ReturnType<typeof newSpec>)).language).toBe("en");
  });

  it("words its text form, answer key and exports in its language", async () => {
    const spec = newSpec("export", { count: 12 });
    for (const lang of ["ko", "ru"] as const) {
      const quiz = inLanguage(spec, lang);
      const labels = await loadLabels(lang);
      const text = quizToText(quiz, labels);
      expect(text).toContain(labels.m.answerKey());
      expect(text).not.toMatch(/\b(Answer key|True \/ False|Source:)/);
      for (const format of ["moodle-xml", "qti21", "csv", "quizlet", "blooket"] as const) {
        const file = await exportQuiz(quiz, format);
        const content =
          typeof file.content === "string" ? file.content : new TextDecoder().decode(file.content);
        if (format !== "qti21") expect(content, format).not.toMatch(/\bSource: /);
      }
    }
  });
});

describe("the catalogs", () => {
  const english = Object.keys(en);
  it("have every key in every language (the compiler checks arguments too)", () => {
    expect(Object.keys(koCatalog).sort()).toEqual([...english].sort());
    expect(Object.keys(ruCatalog).sort()).toEqual([...english].sort());
    expect(Object.keys(koLabels).sort()).toEqual(Object.keys(ruLabels).sort());
  });

  it("leave no English in Korean or Russian outside arguments and the names kept in Latin letters", () => {
    for (const [lang, catalog] of [
      ["ko", koCatalog],
      ["ru", ruCatalog],
    ] as const)
      for (const [key, message] of Object.entries(catalog)) {
        // Arguments and select/plural keywords are code, not words.
        const words = LATIN_NAMES.reduce(
          (t, name) => t.replaceAll(name, ""),
          message
            .replace(/\{\s*\w+\s*(,\s*(plural|select|selectordinal|number)\s*,?)?/g, "")
            .replace(
              /\b(one|few|many|other|=\d+|highest|lowest|latest|headcount|money|duration|hours|days|months|once|day|month|year|contribution|increase|earnings|bounty|exact|approx|atLeast|atMost|range|easy|medium)\s*\{/g,
              "",
            ),
        );
        expect(words, `${lang} ${key}: ${message}`).not.toMatch(/[A-Za-z]{3,}/);
      }
  });

  it("name each hedge as the hedge rule does (English)", () => {
    for (const hedge of Object.keys(HEDGES) as Hedge[])
      expect(en.hedgeNoun({ hedge })).toBe(HEDGES[hedge].noun);
  });
});
