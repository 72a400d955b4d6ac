import { formatCitation } from "../citation.js";
import { ENGLISH_LABELS, type Labels } from "../labels.js";
import type { Quiz } from "../question.js";
import { expectedAnswer } from "../score.js";
import {
  csvRows,
  type ExportFile,
  type ExportWarning,
  feedbackText,
  oneLine,
  slug,
} from "./shared.js";

/** Quizlet: one card a line, term TAB definition; tabs and line breaks inside text become spaces. */
export function toQuizlet(quiz: Quiz, labels: Labels = ENGLISH_LABELS): ExportFile<string> {
  const warnings: ExportWarning[] = [];
  const lines = quiz.questions.map((q) => {
    const options =
      q.key.format === "choice" ? ` Options: ${q.key.options.map((o) => o.text).join(" / ")}.` : "";
    return `${oneLine(q.prompt + options)}\t${oneLine(`${expectedAnswer(q.key, labels)}. ${feedbackText(q, labels)}`)}`;
  });
  return {
    format: "quizlet",
    filename: `${slug(quiz.title)}.quizlet.txt`,
    mediaType: "text/plain;charset=utf-8",
    content: `${lines.join("\n")}\n`,
    included: lines.length,
    warnings,
  };
}

/** The header row of {@link toCsv}'s file: its columns, in order. */
export const CSV_HEADER = [
  "number",
  "id",
  "type",
  "prompt",
  "options",
  "answer",
  "explanation",
  "sources",
  "topic",
  "difficulty",
] as const;

/** A plain CSV of every question (RFC 4180, CRLF): options joined by " | ", sources with their quotes. */
export function toCsv(quiz: Quiz, labels: Labels = ENGLISH_LABELS): ExportFile<string> {
  const rows = quiz.questions.map((q, n) => [
    n + 1,
    q.id,
    q.type,
    q.prompt,
    q.key.format === "choice"
      ? q.key.options.map((o) => o.text).join(" | ")
      : q.key.format === "ordering"
        ? q.key.items.join(" | ")
        : q.key.format === "matching"
          ? `${q.key.left.join(" | ")} || ${q.key.right.join(" | ")}`
          : "",
    expectedAnswer(q.key, labels),
    q.explanation,
    q.citations.map((c) => formatCitation(c, { labels })).join(" | "),
    q.topic ?? "",
    q.difficulty,
  ]);
  return {
    format: "csv",
    filename: `${slug(quiz.title)}.csv`,
    mediaType: "text/csv;charset=utf-8",
    content: csvRows([CSV_HEADER, ...rows]),
    included: rows.length,
    warnings: [],
  };
}

/** The quiz itself, in the documented JSON format (quiz.schema.json). */
export function toJson(quiz: Quiz): ExportFile<string> {
  return {
    format: "json",
    filename: `${slug(quiz.title)}.quiz.json`,
    mediaType: "application/json",
    content: `${JSON.stringify(quiz, null, 2)}\n`,
    included: quiz.questions.length,
    warnings: [],
  };
}
