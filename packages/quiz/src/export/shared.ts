import type { Question, Quiz } from "../question.js";

export type ExportFormat = "gift" | "moodle-xml" | "quizlet" | "csv" | "json";

export type ExportWarningCode =
  /** The format has no question type for this one; the question is left out. */
  | "UNSUPPORTED_TYPE"
  /** Text was longer than the format allows and was cut. */
  | "TRUNCATED";

export interface ExportWarning {
  readonly code: ExportWarningCode;
  readonly questionId: string;
  readonly message: string;
}

/** A file to download, and what it could not carry. */
export interface ExportFile {
  readonly format: ExportFormat;
  readonly filename: string;
  readonly mediaType: string;
  readonly content: string;
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
export function feedbackText(question: Question): string {
  const sources = question.citations.map(
    (c) => `Source: ${c.publisher}, "${c.headline}" (${c.published}), ${c.url}: “${c.quote}”`,
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

export function unsupported(question: Question, format: string, why: string): ExportWarning {
  return {
    code: "UNSUPPORTED_TYPE",
    questionId: question.id,
    message: `${format} has no ${why}: question "${question.prompt.slice(0, 60)}${question.prompt.length > 60 ? "…" : ""}" is left out.`,
  };
}

export type QuizExporter = (quiz: Quiz) => ExportFile;
