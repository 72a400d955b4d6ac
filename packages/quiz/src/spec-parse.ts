import { en } from "zod/v4/locales";
import { QuizSpecError, type SpecIssue } from "./errors.js";
import { type QuizSpec, QuizSpecShape } from "./spec.js";

/*
 * Reading a spec from outside, all but the one rule that needs the bundled facts (spec-facts.ts):
 * the errors parseSpec and parseSpecAsync throw, said once for both.
 */

/** zod's English messages, for these parses alone (zod/mini sets no language for the program). */
const english = en().localeError;

/** Every rule but the custom facts' check against the bundled facts. */
export function parseShape(input: unknown): QuizSpec {
  if (typeof input === "object" && input !== null && "version" in input && input.version !== 1) {
    throw new QuizSpecError(
      "UNSUPPORTED_VERSION",
      `This quiz was made for spec ${describeVersion(input.version)}; this version of nklabor reads version 1 (the number).`,
    );
  }
  let result: ReturnType<typeof QuizSpecShape.safeParse>;
  try {
    result = QuizSpecShape.safeParse(input, { error: english });
  } catch (cause) {
    // A value no spec holds (an array nested thousands deep) can overflow the validator's stack.
    throw new QuizSpecError(
      "INVALID_SPEC",
      "The quiz spec is not valid: it is nested too deeply to be a quiz spec.",
      { cause },
    );
  }
  if (result.success) return result.data;
  throw invalid(
    result.error.issues.map((i) => ({
      path: i.path.map((p) => (typeof p === "symbol" ? String(p) : p)),
      // zod names every unknown key in full: a spec may hold a 100,000-character one.
      message: i.code === "unrecognized_keys" ? `unknown field(s) ${listKeys(i.keys)}` : i.message,
    })),
  );
}

/** The INVALID_SPEC error of these issues, each said in at most 300 characters. */
export function invalid(found: readonly SpecIssue[]): QuizSpecError {
  const issues = found.map((i) => ({ path: i.path, message: clip(i.message, MAX_ISSUE_LENGTH) }));
  return new QuizSpecError("INVALID_SPEC", `The quiz spec is not valid: ${summarize(issues)}.`, {
    issues,
  });
}

/** How long one issue may be said, and all of them in an error's message. */
const MAX_ISSUE_LENGTH = 300;
const MAX_SUMMARY_LENGTH = 300;

/** The first issues, as many as fit a sentence a person reads; the rest counted. */
function summarize(issues: readonly { path: readonly (string | number)[]; message: string }[]) {
  const shown: string[] = [];
  let length = 0;
  for (const issue of issues) {
    const line = clip(`${issue.path.join(".") || "spec"}: ${issue.message}`, 120);
    if (shown.length > 0 && length + line.length > MAX_SUMMARY_LENGTH) break;
    shown.push(line);
    length += line.length + 2;
  }
  const more = issues.length - shown.length;
  return `${shown.join("; ")}${more > 0 ? ` (and ${more} more)` : ""}`;
}

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function listKeys(keys: readonly string[]): string {
  const shown = keys.slice(0, 5).map((k) => JSON.stringify(clip(k, 40)));
  return keys.length > 5 ? `${shown.join(", ")} and ${keys.length - 5} more` : shown.join(", ");
}

/** What a version field holds, said safely and briefly: `version 2`, `version "1" (text)`, `an unreadable version`. */
function describeVersion(version: unknown): string {
  if (typeof version === "number") return `version ${String(version).slice(0, 20)}`;
  if (typeof version === "string")
    return `version "${version.slice(0, 20)}${version.length > 20 ? "…" : ""}" (text)`;
  return "a version that is not a number";
}
