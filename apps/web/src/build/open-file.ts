import { parseSpec, type QuizSpec, QuizSpecError } from "@nklabor/quiz";

/** A spec file larger than this is no quiz (a share link holds at most a few kilobytes). */
export const MAX_FILE_BYTES = 2_000_000;

/** What a file a teacher opened holds: a spec, or the problems to show, each naming what is wrong. */
export type Opened =
  | { readonly ok: true; readonly spec: QuizSpec }
  | { readonly ok: false; readonly lines: readonly string[] };

/**
 * Reads a quiz file's text: not JSON, not a valid spec (each issue with its path), or the spec.
 * JSON that parses is never called "not JSON", whatever goes wrong after.
 */
export function readSpecFile(name: string, size: number, content: string): Opened {
  const shortName = name.length > 60 ? `${name.slice(0, 57)}…` : name;
  if (size > MAX_FILE_BYTES)
    return {
      ok: false,
      lines: [`${shortName} is ${(size / 1e6).toFixed(1)} MB: too large to be a quiz.`],
    };
  let data: unknown;
  try {
    data = JSON.parse(content);
  } catch (error) {
    return {
      ok: false,
      lines: [`${shortName} is not a JSON file: ${(error as Error).message.slice(0, 200)}`],
    };
  }
  try {
    return { ok: true, spec: parseSpec(data) };
  } catch (error) {
    if (!(error instanceof QuizSpecError))
      return {
        ok: false,
        lines: [`${shortName} could not be read as a quiz: ${String(error).slice(0, 200)}`],
      };
    return {
      ok: false,
      lines:
        error.issues.length > 0
          ? error.issues.slice(0, 20).map((i) => `${i.path.join(".") || "spec"}: ${i.message}`)
          : [error.message],
    };
  }
}
