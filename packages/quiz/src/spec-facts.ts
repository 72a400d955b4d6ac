import { bundledPack, parseFactPack } from "@nklabor/facts";
import * as z from "zod/mini";
import type { SpecIssue } from "./errors.js";
import { QuizSpecShape, type QuizSpec as Spec } from "./spec.js";

/*
 * The one check of a spec that builds the fact schemas and reads the bundled facts: its own facts
 * must be a valid fact pack, with the bundled facts (a custom fact may cite a bundled source or
 * claimant). Apart, so that what does not need them (a share link of the teacher's own
 * questions) does not load them.
 */

/** The spec with its own facts as parsed (defaults filled), or what is wrong with them. */
export function checkCustomFacts(
  spec: Spec,
):
  | { readonly ok: true; readonly spec: Spec }
  | { readonly ok: false; readonly issues: SpecIssue[] } {
  if (spec.customFacts === undefined) return { ok: true, spec };
  const result = parseFactPack(spec.customFacts, { extends: bundledPack });
  if (result.ok) return { ok: true, spec: { ...spec, customFacts: result.pack } };
  return {
    ok: false,
    issues: result.issues.map((issue) => ({
      path: ["customFacts", ...issue.path],
      message: `${issue.code}: ${issue.message}`,
    })),
  };
}

/** The quiz spec schema (zod/mini), every rule included; `parseSpec` gives its errors in English. */
export const QuizSpec = /* @__PURE__ */ z.pipe(
  QuizSpecShape,
  z.transform((spec, ctx) => {
    const checked = checkCustomFacts(spec);
    if (checked.ok) return checked.spec;
    for (const issue of checked.issues)
      ctx.issues.push({
        code: "custom",
        path: [...issue.path],
        message: issue.message,
        input: spec,
      });
    return z.NEVER;
  }),
);
/** A validated spec, defaults filled in. */
export type QuizSpec = Spec;
