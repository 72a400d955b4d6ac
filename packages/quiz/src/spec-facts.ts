import { bundledPack, parseFactPack } from "@nklabor/facts";
import * as z from "zod/mini";
import type { SpecIssue } from "./errors.js";
import { QuizSpecShape, type QuizSpec as Spec } from "./spec.js";

/*
 * The one check of a spec that reads the bundled facts: its own facts must make a valid pack
 * with them (a custom fact may cite a bundled source or claimant). Apart, so that what does not
 * need the facts (a share link of the teacher's own questions) does not load them.
 */

/** What is wrong with a spec's own facts, read with the bundled ones; none when it has none. */
export function customFactIssues(spec: Spec): SpecIssue[] {
  if (!spec.customFacts) return [];
  const result = parseFactPack(spec.customFacts, { extends: bundledPack });
  return result.ok
    ? []
    : result.issues.map((issue) => ({
        path: ["customFacts", ...issue.path],
        message: `${issue.code}: ${issue.message}`,
      }));
}

/** The quiz spec schema (zod/mini), every rule included; `parseSpec` gives its errors in English. */
export const QuizSpec = /* @__PURE__ */ QuizSpecShape.check(
  z.superRefine((spec, ctx) => {
    for (const issue of customFactIssues(spec))
      ctx.addIssue({ code: "custom", path: [...issue.path], message: issue.message });
  }),
);
/** A validated spec, defaults filled in. */
export type QuizSpec = Spec;
