/**
 * Quizzes from the sourced facts of `@nklabor/facts`: {@link generateQuiz} makes a deterministic
 * quiz from a spec ({@link newSpec}, {@link parseSpec}), {@link scoreQuiz} scores a learner's
 * answers, share codes carry a spec in a link ({@link encodeSpec}, {@link decodeSpec}) and results
 * codes carry a student's result back to the teacher ({@link encodeResult}, {@link summarizeResults}).
 * {@link checkQuestion} and {@link checkQuiz} restate the question rules from the facts alone; the
 * exports to Moodle, Canvas, Kahoot and other tools are in `@nklabor/quiz/export`.
 *
 * @example
 * ```ts
 * import { decodeSpec, encodeSpec, generateQuiz, newSpec, scoreQuiz } from "@nklabor/quiz";
 *
 * const spec = newSpec("class-7b", { count: 10, topics: ["worker-counts", "sanctions"] });
 * const quiz = generateQuiz(spec); // the same quiz for the same spec, seed and data
 * const first = quiz.questions[0];
 * const answers =
 *   first?.key.format === "choice" ? { [first.id]: { format: "choice", index: 0 } as const } : {};
 * console.log(scoreQuiz(quiz, answers).percent); // 0 to 100
 * const code = encodeSpec(spec); // URL-safe: https://example.org/#/play/<code>
 * const same = decodeSpec(code); // the spec, validated, or a QuizSpecError
 * ```
 *
 * @packageDocumentation
 */
export { NO_DATASET, quizWithoutFacts, usesFacts } from "./assemble.js";
export type {
  QuestionIssue,
  QuestionIssueCode,
  QuizIssue,
  QuizIssueCode,
} from "./check.js";
export { checkQuestion, checkQuiz } from "./check.js";
export { checkQuizIn, type LanguageIssue, type LanguageIssueCode } from "./check-language.js";
export { type CitationFormat, formatCitation, formatPublished } from "./citation.js";
export { newSpec } from "./defaults.js";
export type { QuizSpecErrorCode, SpecIssue } from "./errors.js";
export { QuizSpecError } from "./errors.js";
export { factQuestions, generateQuiz, questionBank } from "./generate.js";
export { ENGLISH_LABELS, type Labels, loadLabels, quizTitle } from "./labels.js";
export { loadVoice } from "./load-voice.js";
export type {
  Answer,
  AnswerFormat,
  AnswerKey,
  ChoiceOption,
  Difficulty,
  GeneratedQuestionType,
  Question,
  QuestionCitation,
  QuestionType,
  Quiz,
  ShortForm,
} from "./question.js";
export { DIFFICULTIES, difficultyOf, QUESTION_TYPES, SHORT_LIMITS } from "./question.js";
export type { Random } from "./random.js";
export { createRandom } from "./random.js";
export {
  answerText,
  decodeResult,
  encodeResult,
  MAX_RESULT_CODE_LENGTH,
  type QuestionSummary,
  type QuizResult,
  ResultCodeError,
  type ResultCodeErrorCode,
  type ResultProblem,
  type ResultProblemCode,
  type ResultsSummary,
  resultJsonSchema,
  resultOf,
  resultsToCsv,
  specHash,
  summarizeResults,
} from "./results.js";
export type { QuestionResult, QuizScore } from "./score.js";
export { expectedAnswer, scoreQuestion, scoreQuiz } from "./score.js";
export { decodeSpec, encodeSpec, MAX_SHARE_CODE_LENGTH, parseSpec } from "./share.js";
export { decodeSpecAsync, parseSpecAsync } from "./share-async.js";
export type { QuizSpecInput } from "./spec.js";
export { CustomQuestion, CustomSource, QuestionEdit } from "./spec.js";
export { QuizSpec } from "./spec-facts.js";
export type { FactChoice, Shareability } from "./spec-ops.js";
export {
  addCustomConflict,
  addCustomFact,
  addCustomQuestion,
  chooseFact,
  editQuestion,
  factChoice,
  MAX_QR_LINK_LENGTH,
  moveQuestion,
  newLike,
  removeCustomConflict,
  removeCustomFact,
  removeCustomQuestion,
  removeQuestion,
  shareability,
} from "./spec-ops.js";
export type { Voice } from "./voice.js";
