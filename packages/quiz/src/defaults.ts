import { messages as englishLabels } from "./labels/compiled/en.js";
import type { QuizSpec } from "./spec.js";

/**
 * A spec's title when the teacher gives none (the English labels' `defaultTitle`); a quiz in
 * Korean or Russian is titled in its language instead (`quizTitle`).
 */
export const DEFAULT_TITLE = englishLabels.defaultTitle();

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
