import type { QuizSpec } from "./spec.js";

/** A quiz's title when the teacher gives none; in Korean and Russian, the catalog's. */
export const DEFAULT_TITLE = "North Korean workers in Russia";

/** A spec with every default filled in: what `parseSpec({ version: 1, seed })` gives, without zod. */
export function newSpec(
  seed: string,
  choices: Partial<Omit<QuizSpec, "version" | "seed">> = {},
): QuizSpec {
  return {
    version: 1,
    title: DEFAULT_TITLE,
    language: "en",
    seed,
    count: 10,
    topics: [],
    types: [],
    difficulty: "mixed",
    pinned: [],
    excluded: [],
    repeatFacts: false,
    customQuestions: [],
    edits: [],
    order: [],
    feedback: "immediate",
    shuffle: true,
    ...choices,
  };
}
