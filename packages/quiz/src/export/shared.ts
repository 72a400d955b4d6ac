import { formatCitation } from "../citation.js";
import { ENGLISH_LABELS, type Labels } from "../labels.js";
import type { AnswerKey, Question, Quiz } from "../question.js";

/**
 * A format `exportQuiz` writes: Moodle GIFT or XML, an IMS QTI 2.1 or Canvas QTI 1.2 zip, Kahoot's
 * xlsx template, Quizlet's term-definition text, Blooket's or Gimkit's CSV template, a plain CSV of
 * every question, or the quiz's own JSON.
 */
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

/**
 * Why an exporter warned about a question, the `code` of an {@link ExportWarning}: every code but
 * `NEEDS_NEWER_VERSION` means the question was left out of the file.
 */
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

/**
 * What an export could not do with a question: its code with the facts of the case (so an app can
 * word it in its own language), the question's id, and `message`, the same in English words.
 */
export type ExportWarning = ExportWarningDetail & {
  readonly questionId: string;
  /** The warning in English, naming the question by the start of its prompt. */
  readonly message: string;
};

/** The facts of each kind of warning; `tool` is the format's name ("Kahoot", "Moodle XML"). */
export type ExportWarningDetail =
  | {
      readonly code: "UNSUPPORTED_TYPE";
      readonly tool: string;
      /** The question's answer format, which the tool has no type for. */
      readonly format: AnswerKey["format"];
      /** The tool takes multiple choice and true/false only. */
      readonly choiceOnly: boolean;
    }
  | {
      readonly code: "TOO_MANY_OPTIONS";
      readonly tool: string;
      readonly max: number;
      readonly count: number;
    }
  | { readonly code: "SAME_ANSWERS"; readonly tool: string }
  | {
      readonly code: "TOO_LONG";
      readonly tool: string;
      /** Which text is too long: the question or one of its answers. */
      readonly part: "question" | "answer";
      readonly max: number;
      readonly length: number;
      /** The question has no short form to fall back on. */
      readonly noShort: boolean;
    }
  | {
      readonly code: "NEEDS_NEWER_VERSION";
      readonly tool: string;
      /** What a Moodle without 4.4 or the plugin does with an ordering question on import. */
      readonly without: "other-type-or-stop" | "stops-unless-told";
    };

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
  tool: string,
): { items: T[]; warnings: ExportWarning[] } {
  const items: T[] = [];
  const warnings: ExportWarning[] = [];
  quiz.questions.forEach((question, n) => {
    const item = render(question, n);
    if (item === undefined) warnings.push(unsupported(question, tool, false));
    else items.push(item);
  });
  return { items, warnings };
}

/** A question of a type the tool has none for (`choiceOnly`: it takes multiple choice and true/false only). */
export function unsupported(question: Question, tool: string, choiceOnly: boolean): ExportWarning {
  const format = question.key.format;
  return warn(
    { code: "UNSUPPORTED_TYPE", tool, format, choiceOnly },
    question,
    choiceOnly
      ? `${tool}'s spreadsheet import has no ${format} question type (multiple choice and true/false only)`
      : `${tool} has no ${format} question type`,
  );
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
      warnings.push(unsupported(question, tool, true));
      return [];
    }
    if (choices.options.length > maxOptions) {
      warnings.push(
        warn(
          { code: "TOO_MANY_OPTIONS", tool, max: maxOptions, count: choices.options.length },
          question,
          `${tool}'s spreadsheet import takes at most ${maxOptions} answers, this question has ${choices.options.length}`,
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
          { code: "SAME_ANSWERS", tool },
          question,
          `${tool}'s spreadsheet import takes one line a cell, and on one line two of this question's answers read the same`,
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

/** A warning: its facts, and in English what it is and which question (left out, or `kept`). */
export function warn(
  detail: ExportWarningDetail,
  question: Question,
  message: string,
  kept = false,
): ExportWarning {
  return {
    ...detail,
    questionId: question.id,
    message: `${message}: question "${question.prompt.slice(0, 60)}${question.prompt.length > 60 ? "…" : ""}" is ${kept ? "kept" : "left out"}.`,
  };
}
