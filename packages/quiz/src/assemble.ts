import { QuizSpecError } from "./errors.js";
import { customQuestion } from "./generators/custom.js";
import { ENGLISH_LABELS, type Labels, quizTitle } from "./labels.js";
import type { Question, Quiz } from "./question.js";
import { createRandom } from "./random.js";
import type { QuestionEdit, QuizSpec } from "./spec.js";

/*
 * The last step of making a quiz, and all of it for a quiz of only the teacher's own questions:
 * their questions, the edits, the order. Nothing here reads the bundled facts, so a share link
 * whose quiz needs none loads none.
 */

/** The `datasetVersion` of a quiz that no fact data went into (every question the teacher's own). */
export const NO_DATASET = "none";

/**
 * Does making this spec's quiz read fact data? Yes when it asks for generated questions (more
 * than its own), pins facts (each pin is looked for) or brings its own facts (checked against the
 * bundled ones).
 */
export function usesFacts(spec: QuizSpec): boolean {
  return (
    spec.count > spec.customQuestions.length ||
    spec.pinned.length > 0 ||
    spec.customFacts !== undefined
  );
}

/**
 * The quiz from the generated questions chosen for a spec: the teacher's own questions after
 * them, edits applied, in the teacher's order or shuffled by the seed. `warnings` are kept and
 * added to.
 */
export function assembleQuiz(
  spec: QuizSpec,
  chosen: readonly Question[],
  warnings: string[],
  datasetVersion: string,
): Quiz {
  const customs = spec.customQuestions.map((q) =>
    customQuestion(q, createRandom(spec.seed, "custom", q.id)),
  );
  let questions = applyEdits([...chosen, ...customs], spec.edits, warnings);
  if (spec.order.length > 0) questions = inTeachersOrder(questions, spec.order);
  else if (spec.shuffle) questions = createRandom(spec.seed, "order").shuffle(questions);
  return {
    format: "nklabor-quiz",
    version: 1,
    title: spec.title,
    seed: spec.seed,
    datasetVersion,
    feedback: spec.feedback,
    ...(spec.timerSeconds === undefined ? {} : { timerSeconds: spec.timerSeconds }),
    questions,
    warnings,
    // A Korean or Russian quiz says so, whichever way it was made (generated or only its own).
    ...(spec.language === undefined || spec.language === "en" ? {} : { language: spec.language }),
  };
}

/**
 * The quiz of a spec that uses no facts (see `usesFacts`): the same quiz `generateQuiz` makes of
 * it, without loading the facts or the generators. A quiz in Korean or Russian needs its labels
 * (`await loadLabels(spec.language)`: its default title is theirs), else it throws a
 * QuizSpecError `LANGUAGE_NOT_LOADED`.
 */
export function quizWithoutFacts(spec: QuizSpec, labels: Labels = ENGLISH_LABELS): Quiz {
  if (usesFacts(spec)) throw new Error("quizWithoutFacts: this spec's quiz needs the facts");
  const language = spec.language ?? "en";
  if (labels.lang !== language)
    throw new QuizSpecError(
      "LANGUAGE_NOT_LOADED",
      `The ${language} labels are not loaded: call quizWithoutFacts(spec, await loadLabels("${language}")).`,
    );
  return assembleQuiz({ ...spec, title: quizTitle(spec, labels) }, [], [], NO_DATASET);
}
/** The questions the teacher ordered first, in that order; the rest after, as they were. */
function inTeachersOrder(questions: readonly Question[], order: readonly string[]): Question[] {
  const rank = new Map(order.map((id, i) => [id, i]));
  const at = (q: Question) => rank.get(q.id) ?? order.length;
  return questions
    .map((q, i) => ({ q, i }))
    .sort((a, b) => at(a.q) - at(b.q) || a.i - b.i)
    .map(({ q }) => q);
}

function applyEdits(
  questions: Question[],
  edits: readonly QuestionEdit[],
  warnings: string[],
): Question[] {
  const byId = new Map(edits.map((e) => [e.questionId, e]));
  for (const edit of edits) {
    if (!questions.some((q) => q.id === edit.questionId)) {
      warnings.push(
        `The edit of question "${edit.questionId}" was not applied: that question is not in this quiz.`,
      );
    }
  }
  return questions.map((q) => {
    const edit = byId.get(q.id);
    if (!edit) return q;
    let key = q.key;
    if (edit.options && edit.correct !== undefined) {
      if (q.key.format === "choice")
        key = {
          format: "choice",
          options: edit.options.map((text) => ({ text })),
          correct: edit.correct,
        };
      else
        warnings.push(
          `The options edit of question "${q.id}" was not applied: it is not a multiple-choice question.`,
        );
    }
    // A short form says what the generator's prompt and options said: a teacher's edit of either
    // leaves it behind (a tool with tight limits then takes the edited question, or leaves it out).
    const { short, ...rest } = q;
    const edited = edit.prompt !== undefined || key !== q.key;
    return {
      ...rest,
      key,
      ...(edit.prompt ? { prompt: edit.prompt } : {}),
      ...(edit.explanation ? { explanation: edit.explanation } : {}),
      ...(short && !edited ? { short } : {}),
    };
  });
}
