// What a teacher's link needs before its first question: the share code read (inflated by the
// browser, checked with zod/mini) and, for a quiz of the teacher's own questions, the quiz itself.
// The generators and the bundled facts (engine.ts) load only when the quiz needs them.
import {
  decodeSpecAsync,
  loadLabels,
  type Quiz,
  type QuizSpec,
  QuizSpecError,
  quizWithoutFacts,
  usesFacts,
} from "@nklabor/quiz";

export type LoadResult =
  | { readonly ok: true; readonly quiz: Quiz; readonly spec: QuizSpec }
  | {
      readonly ok: false;
      readonly code: QuizSpecError["code"] | "LOAD_FAILED";
      readonly message: string;
    };

/** The spec a share code carries, or why it cannot be read. */
export async function specFromCode(
  code: string,
): Promise<{ readonly ok: true; readonly spec: QuizSpec } | Extract<LoadResult, { ok: false }>> {
  try {
    return { ok: true, spec: await decodeSpecAsync(code) };
  } catch (error) {
    if (error instanceof QuizSpecError)
      return { ok: false, code: error.code, message: error.message };
    throw error;
  }
}

/** The quiz a share code makes: the same quiz `generateQuiz(decodeSpec(code))` makes. */
export async function quizFromCode(code: string): Promise<LoadResult> {
  const read = await specFromCode(code);
  if (!read.ok) return read;
  const { spec } = read;
  if (!usesFacts(spec)) {
    // A quiz in Korean or Russian: its labels (its default title) load first; they are small.
    try {
      return { ok: true, spec, quiz: quizWithoutFacts(spec, await loadLabels(spec.language)) };
    } catch (error) {
      return { ok: false, code: "LOAD_FAILED", message: (error as Error).message };
    }
  }
  let engine: typeof import("./engine.js");
  let voice: Awaited<ReturnType<typeof engine.loadVoice>> | undefined;
  try {
    engine = await import("./engine.js");
    // A quiz in Korean or Russian: its words load with the engine.
    if (spec.language !== "en") voice = await engine.loadVoice(spec.language);
  } catch (error) {
    return { ok: false, code: "LOAD_FAILED", message: (error as Error).message };
  }
  return { ok: true, spec, quiz: engine.generateQuiz(spec, voice) };
}
