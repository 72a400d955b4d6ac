import { formatCitation } from "../citation.js";
import { ENGLISH_LABELS, type Labels } from "../labels.js";
import type { Question, Quiz } from "../question.js";

export type ExportFormat =
  | "gift"
  | "moodle-xml"
  | "qti21"
  | "canvas-qti"
  | "kahoot"
  | "quizlet"
  | "blooket"
  | "gimkit"
  | "csv"
  | "json";

export type ExportWarningCode =
  /** The format has no question type for this one; the question is left out. */
  | "UNSUPPORTED_TYPE"
  /**
   * Text longer than the format allows; the question is left out rather than cut, since a cut
   * prompt could lose who said it, or the blank (shorten it in the quiz instead).
   */
  | "TOO_LONG"
  /** More answer options than the format takes; the question is left out. */
  | "TOO_MANY_OPTIONS"
  /** Two answers read the same once put on one line (a tool's cell); the question is left out. */
  | "SAME_ANSWERS"
  /**
   * The question is kept, but only newer versions of the tool (or the tool with a plugin) can
   * import it; the message names them.
   */
  | "NEEDS_NEWER_VERSION";

export interface ExportWarning {
  readonly code: ExportWarningCode;
  readonly questionId: string;
  readonly message: string;
}

/** A file to download, and what it could not carry. Text formats have string content. */
export interface ExportFile<Content extends string | Uint8Array = string | Uint8Array> {
  readonly format: ExportFormat;
  readonly filename: string;
  readonly mediaType: string;
  /** Text for text formats; bytes for zip and xlsx. */
  readonly content: Content;
  /** Questions written to the file. */
  readonly included: number;
  readonly warnings: readonly ExportWarning[];
}

/** A file-name-safe form of the quiz title: "north-korean-workers-in-russia". */
export function slug(title: string): string {
  return (
    title
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "")
      .slice(0, 60) || "quiz"
  );
}

/** The explanation and its sources, as one plain-text feedback paragraph for the target tool. */
export function feedbackText(question: Question, labels: Labels = ENGLISH_LABELS): string {
  const sources = question.citations.map((c) =>
    labels.m.source({ citation: formatCitation(c, { labels }) }),
  );
  return [question.explanation, ...sources].join(" ");
}

/** XML 1.0 text: escapes markup characters and drops characters XML cannot hold. */
export function xmlText(text: string): string {
  return (
    text
      // biome-ignore lint/suspicious/noControlCharactersInRegex: XML 1.0 forbids these characters, so they are removed
      .replace(/[^\u0009\u000a\u000d\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu, "")
      .replace(/&/g, "&amp;")
      .replace(/</g, "&lt;")
      .replace(/>/g, "&gt;")
      .replace(/"/g, "&quot;")
      .replace(/'/g, "&apos;")
  );
}

/** RFC 4180: a field is quoted when it holds a comma, a quote or a line break; quotes are doubled. */
export function csvField(value: string | number): string {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Rows as CSV with CRLF line ends (what spreadsheet importers expect). */
export function csvRows(rows: readonly (readonly (string | number)[])[]): string {
  return `${rows.map((row) => row.map(csvField).join(",")).join("\r\n")}\r\n`;
}

/**
 * Each question as the format writes it; `render` returns undefined for a question type the format
 * has no place for, and that question becomes an UNSUPPORTED_TYPE warning.
 */
export function renderEach<T>(
  quiz: Quiz,
  render: (question: Question, n: number) => T | undefined,
  format: string,
  missing: string,
): { items: T[]; warnings: ExportWarning[] } {
  const items: T[] = [];
  const warnings: ExportWarning[] = [];
  quiz.questions.forEach((question, n) => {
    const item = render(question, n);
    if (item === undefined) warnings.push(unsupported(question, format, missing));
    else items.push(item);
  });
  return { items, warnings };
}

export function unsupported(question: Question, format: string, why: string): ExportWarning {
  return warn("UNSUPPORTED_TYPE", question, `${format} has no ${why}`);
}

/** An exporter: the quiz, and the labels of its language (True, False, "Source:"; default English). */
export type QuizExporter = (quiz: Quiz, labels?: Labels) => ExportFile | Promise<ExportFile>;

/** A question as the answer options of a multiple-choice tool: true/false becomes True/False. */
export function asChoices(
  question: Question,
  labels: Labels = ENGLISH_LABELS,
): { options: string[]; correct: number } | undefined {
  const key = question.key;
  if (key.format === "choice")
    return { options: key.options.map((o) => o.text), correct: key.correct };
  if (key.format === "true-false")
    return { options: [labels.m.true(), labels.m.false()], correct: key.correct ? 0 : 1 };
  return undefined;
}

export interface ChoiceQuestion {
  readonly question: Question;
  /** The prompt without the web app's instruction line, or the question's short form. */
  readonly prompt: string;
  readonly options: readonly string[];
  readonly correct: number;
  /** Whether the question's short form stands in for it (its prompt or an answer over the limits). */
  readonly short: boolean;
}

/** A tool's documented limits, in characters: a question's text and each answer. */
interface TextLimits {
  readonly prompt: number;
  readonly answer: number;
}

/**
 * The questions a multiple-choice tool (Kahoot, Blooket, Gimkit) can take, as options, true/false
 * as True/False; every other question goes into `warnings`, named, as left out. Given the tool's
 * limits, a question that does not fit them is written in its short form when that fits (the
 * same question, with who said it, when and the hedge); it is never cut.
 */
export function choiceQuestions(
  quiz: Quiz,
  tool: string,
  maxOptions: number,
  warnings: ExportWarning[],
  limits?: TextLimits,
  labels: Labels = ENGLISH_LABELS,
): ChoiceQuestion[] {
  return quiz.questions.flatMap((question) => {
    const choices = asChoices(question, labels);
    if (!choices) {
      warnings.push(
        unsupported(
          question,
          tool,
          `${question.key.format} question type (multiple choice and true/false only)`,
        ),
      );
      return [];
    }
    if (choices.options.length > maxOptions) {
      warnings.push(
        warn(
          "TOO_MANY_OPTIONS",
          question,
          `${tool} takes at most ${maxOptions} answers, this question has ${choices.options.length}`,
        ),
      );
      return [];
    }
    // One line a cell: what a line break does inside a spreadsheet tool's cell is not documented.
    const fits = (prompt: string, options: readonly string[]) =>
      !limits ||
      (prompt.length <= limits.prompt && options.every((o) => o.length <= limits.answer));
    const long = { prompt: oneLine(shortPrompt(question)), options: choices.options.map(oneLine) };
    const short = question.short && {
      prompt: oneLine(question.short.prompt),
      options: (question.short.options ?? choices.options).map(oneLine),
    };
    const useShort =
      !fits(long.prompt, long.options) && !!short && fits(short.prompt, short.options);
    const { prompt, options } = useShort && short ? short : long;
    if (new Set(options).size !== options.length) {
      warnings.push(
        warn(
          "SAME_ANSWERS",
          question,
          `${tool} takes one line a cell, and on one line two of this question's answers read the same`,
        ),
      );
      return [];
    }
    return [{ question, prompt, options, correct: choices.correct, short: useShort }];
  });
}

/** Text on one line: every run of white space that holds a line break or a tab becomes one space. */
export function oneLine(text: string): string {
  return text.replace(/\s*[\t\n\v\f\r\u0085\u2028\u2029]\s*/g, " ").trim();
}

/** The prompt without the instruction our generators add for the web app ("What number fills the blank?"). */
export function shortPrompt(question: Question): string {
  return question.prompt.replace(
    / (What number fills the blank\?|Type the number that fills the blank\.)$/,
    "",
  );
}

export function warn(code: ExportWarningCode, question: Question, message: string): ExportWarning {
  return {
    code,
    questionId: question.id,
    message: `${message}: question "${question.prompt.slice(0, 60)}${question.prompt.length > 60 ? "…" : ""}" is left out.`,
  };
}
