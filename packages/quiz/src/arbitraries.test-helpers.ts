import { Topic } from "@nklabor/facts";
import fc from "fast-check";
import { newSpec } from "./defaults.js";
import { QUESTION_TYPES } from "./question.js";
import type { QuizSpec } from "./spec.js";

export const GENERATED_TYPES = QUESTION_TYPES.filter((t) => t !== "custom");

/** Random specs of the kind a teacher builds (no custom content). */
export const specArbitrary: fc.Arbitrary<QuizSpec> = fc
  .record({
    seed: fc.string({ minLength: 1, maxLength: 24 }),
    count: fc.integer({ min: 1, max: 30 }),
    topics: fc.subarray([...Topic.options]),
    types: fc.subarray(GENERATED_TYPES),
    difficulty: fc.constantFrom("easy", "medium", "hard", "mixed" as const),
    repeatFacts: fc.boolean(),
    shuffle: fc.boolean(),
    feedback: fc.constantFrom("immediate", "end" as const),
  })
  .map(({ seed, ...choices }) => newSpec(seed, choices));
