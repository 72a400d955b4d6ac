import { ENGLISH_LABELS, type Labels } from "../labels.js";
import type { Quiz } from "../question.js";
import { choiceQuestions, csvRows, type ExportFile, type ExportWarning, slug } from "./shared.js";

/** Seconds per question when the quiz is untimed: the questions quote sources, so they take reading. */
const DEFAULT_SECONDS = 30;

/**
 * Blooket's spreadsheet import template: a title cell "Blooket\nImport Template", then the header
 * row (line breaks inside cells as in the template), then one question a row with the number of the
 * right answer. 2 to 4 answers, time limit at most 300 s. Multiple choice and true/false only.
 */
export function toBlooket(quiz: Quiz, labels: Labels = ENGLISH_LABELS): ExportFile<string> {
  const warnings: ExportWarning[] = [];
  const seconds = Math.min(300, quiz.timerSeconds ?? DEFAULT_SECONDS);
  const rows: (string | number)[][] = [
    ["Blooket\nImport Template", "", "", "", "", "", "", ""],
    [
      "Question #",
      "Question Text",
      "Answer 1",
      "Answer 2",
      "Answer 3\n(Optional)",
      "Answer 4\n(Optional)",
      "Time Limit (sec)\n(Max: 300 seconds)",
      "Correct Answer(s)\n(Only include Answer #)",
    ],
  ];
  // No character limits are documented for Blooket (docs/export-formats.md): the whole question
  // is written, never its short form.
  for (const { prompt, options, correct } of choiceQuestions(
    quiz,
    "Blooket",
    4,
    warnings,
    undefined,
    labels,
  )) {
    rows.push([
      rows.length - 1,
      prompt,
      ...[...options, "", "", ""].slice(0, 4),
      seconds,
      correct + 1,
    ]);
  }
  return {
    format: "blooket",
    filename: `${slug(quiz.title)}.blooket.csv`,
    mediaType: "text/csv;charset=utf-8",
    content: csvRows(rows),
    included: rows.length - 2,
    warnings,
  };
}

/**
 * Gimkit's spreadsheet import template: a title row, the header row, then one question a row with
 * the right answer's text and up to 3 wrong ones. Multiple choice and true/false only.
 */
export function toGimkit(quiz: Quiz, labels: Labels = ENGLISH_LABELS): ExportFile<string> {
  const warnings: ExportWarning[] = [];
  const rows: string[][] = [
    ["Gimkit Spreadsheet Import Template", "", "", "", ""],
    [
      "Question",
      "Correct Answer",
      "Incorrect Answer 1",
      "Incorrect Answer 2 (Optional)",
      "Incorrect Answer 3 (Optional)",
    ],
  ];
  // No character limits are documented for Gimkit either: the whole question is written.
  for (const { prompt, options, correct } of choiceQuestions(
    quiz,
    "Gimkit",
    4,
    warnings,
    undefined,
    labels,
  )) {
    const wrong = options.filter((_, i) => i !== correct);
    rows.push([prompt, options[correct] ?? "", ...[...wrong, "", ""].slice(0, 3)]);
  }
  return {
    format: "gimkit",
    filename: `${slug(quiz.title)}.gimkit.csv`,
    mediaType: "text/csv;charset=utf-8",
    content: csvRows(rows),
    included: rows.length - 2,
    warnings,
  };
}
