import { bundledPack, parsePackCsv, rowIssueAt } from "@nklabor/facts";
import { parseSpec, type QuizSpec, QuizSpecError } from "@nklabor/quiz";
import type { Words } from "./words.js";

/** What a file was meant to be, as the page's words name it. */
type What = "quiz" | "pack" | "sheet";

/** A spec file larger than this is no quiz (a share link holds at most a few kilobytes). */
export const MAX_FILE_BYTES = 2_000_000;

/** What a file a teacher opened holds: a spec, or the problems to show, each naming what is wrong. */
export type Opened =
  | { readonly ok: true; readonly spec: QuizSpec }
  | { readonly ok: false; readonly lines: readonly string[] };

/** The problems of a failed parse, each with its path, as lines to show. */
function problemLines(w: Words, error: unknown, what: What, shortName: string): readonly string[] {
  if (!(error instanceof QuizSpecError))
    return [
      w.notReadAs({
        name: shortName,
        what: w.fileWhat({ what }),
        error: String(error).slice(0, 200),
      }),
    ];
  return error.issues.length > 0
    ? error.issues.slice(0, 20).map((i) => `${i.path.join(".") || "spec"}: ${i.message}`)
    : [error.message];
}

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const short = (name: string) => (name.length > 60 ? `${name.slice(0, 57)}…` : name);

/** A file too large to be what it was meant to be, in words. */
const tooLarge = (w: Words, name: string, size: number, what: What) =>
  w.tooLarge({ name: short(name), mb: (size / 1e6).toFixed(1), what: w.fileWhat({ what }) });

/** The JSON in a file's text, or the line that says why there is none. */
function json(
  w: Words,
  name: string,
  size: number,
  content: string,
  what: What,
):
  | { readonly ok: true; readonly data: unknown }
  | { readonly ok: false; readonly lines: readonly string[] } {
  if (size > MAX_FILE_BYTES) return { ok: false, lines: [tooLarge(w, name, size, what)] };
  try {
    return { ok: true, data: JSON.parse(content.replace(/^\uFEFF/, "")) };
  } catch (error) {
    return {
      ok: false,
      lines: [w.notJson({ name: short(name), error: (error as Error).message.slice(0, 200) })],
    };
  }
}

const PACK_PARTS = ["sources", "actors", "facts", "conflicts"] as const;

/**
 * A fact pack file added to the draft's own facts: the spec with both packs as one (checked with
 * the bundled facts, as parseSpec checks any spec), or the problems, each with its path (indexes
 * count the draft's own facts first, then the file's). Nothing is added unless all of it is valid.
 */
export function addPackFile(
  w: Words,
  spec: QuizSpec,
  name: string,
  size: number,
  content: string,
): Opened {
  const read = json(w, name, size, content, "pack");
  if (!read.ok) return read;
  const data = read.data as Record<string, unknown> | null;
  const own = spec.customFacts;
  const joinable =
    own !== undefined &&
    typeof data === "object" &&
    data !== null &&
    PACK_PARTS.every((part) => data[part] === undefined || Array.isArray(data[part]));
  const customFacts = joinable
    ? {
        ...data,
        ...Object.fromEntries(
          PACK_PARTS.map((part) => [part, [...own[part], ...((data[part] as unknown[]) ?? [])]]),
        ),
      }
    : data;
  try {
    return { ok: true, spec: parseSpec({ ...spec, customFacts }) };
  } catch (error) {
    if (!(error instanceof QuizSpecError) || error.issues.length === 0)
      return { ok: false, lines: problemLines(w, error, "pack", short(name)) };
    // Said of the pack, not the spec: "facts.0.topic: INVALID_VALUE: Invalid option…".
    return {
      ok: false,
      lines: error.issues.slice(0, 20).map((issue) => {
        const path = issue.path.slice(1).join(".") || w.thePack();
        return `${path}: ${issue.message.replace(`: ${path}: `, ": ")}`;
      }),
    };
  }
}

/**
 * Reads a quiz file's text: not JSON, not a valid spec (each issue with its path), or the spec.
 * JSON that parses is never called "not JSON", whatever goes wrong after.
 */
export function readSpecFile(w: Words, name: string, size: number, content: string): Opened {
  const read = json(w, name, size, content, "quiz");
  if (!read.ok) return read;
  try {
    return { ok: true, spec: parseSpec(read.data) };
  } catch (error) {
    return { ok: false, lines: problemLines(w, error, "quiz", short(name)) };
  }
}

/** What adding a fact-pack CSV did: the spec with its facts, or each problem by line and column. */
export type OpenedRows =
  | { readonly ok: true; readonly spec: QuizSpec; readonly added: number }
  | {
      readonly ok: false;
      readonly lines: readonly string[];
      /** The spec with only the rows that have no problem, when there are such rows. */
      readonly valid?: { readonly spec: QuizSpec; readonly added: number };
    };

/** Whether a file is a CSV sheet rather than a JSON pack: by its name, else by its first character. */
export function isCsvFile(name: string, content: string): boolean {
  if (/\.csv$/i.test(name)) return true;
  if (/\.json$/i.test(name)) return false;
  return !/^\uFEFF?\s*[[{]/.test(content);
}

/**
 * A fact-pack CSV added to the draft's own facts: every row checked, with the bundled facts and
 * the draft's own, as one pack. Nothing is added unless every row is valid; the problems are
 * said by line and column, and the spec with only the valid rows is offered beside them.
 */
export function addPackCsvFile(
  w: Words,
  spec: QuizSpec,
  name: string,
  size: number,
  content: string,
): OpenedRows {
  if (size > MAX_FILE_BYTES) return { ok: false, lines: [tooLarge(w, name, size, "sheet")] };
  const result = parsePackCsv(content, {
    extends: bundledPack,
    ...(spec.customFacts ? { into: spec.customFacts } : {}),
  });
  if (result.ok)
    return { ok: true, spec: { ...spec, customFacts: result.pack }, added: result.added };
  const lines = result.issues.slice(0, 50).map((i) => `${capitalize(rowIssueAt(i))}: ${i.message}`);
  if (result.issues.length > 50) lines.push(w.andMore({ n: result.issues.length - 50 }));
  return {
    ok: false,
    lines,
    ...(result.valid
      ? { valid: { spec: { ...spec, customFacts: result.valid.pack }, added: result.valid.added } }
      : {}),
  };
}
