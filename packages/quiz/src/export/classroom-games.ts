import type { Quiz } from "../question.js";
import {
  asChoices,
  csvRows,
  type ExportFile,
  type ExportWarning,
  shortPrompt,
  slug,
  unsupported,
  warn,
} from "./shared.js";

/** Seconds per question when the quiz is untimed: the questions quote sources, so they take reading. */
const DEFAULT_SECONDS = 30;

/**
 * Blooket's spreadsheet import template: a title cell "Blooket\nImport Template", then the header
 * row (line breaks inside cells as in the template), then one question a row with the number of the
 * right answer. 2 to 4 answers, time limit at most 300 s. Multiple choice and true/false only.
 */
export function toBlooket(quiz: Quiz): ExportFile<string> {
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
  for (const question of quiz.questions) {
    const choices = asChoices(question);
    if (!choices) {
      warnings.push(
        unsupported(
          question,
          "Blooket's spreadsheet import",
          `${question.key.format} question type (multiple choice and true/false only)`,
        ),
      );
      continue;
    }
    if (choices.options.length > 4) {
      warnings.push(
        warn(
          "TOO_MANY_OPTIONS",
          question,
          `Blooket takes at most 4 answers, this question has ${choices.options.length}`,
        ),
      );
      continue;
    }
    const answers = [...choices.options, "", "", ""].slice(0, 4);
    rows.push([rows.length - 1, shortPrompt(question), ...answers, seconds, choices.correct + 1]);
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
export function toGimkit(quiz: Quiz): ExportFile<string> {
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
  for (const question of quiz.questions) {
    const choices = asChoices(question);
    if (!choices) {
      warnings.push(
        unsupported(
          question,
          "Gimkit's spreadsheet import",
          `${question.key.format} question type (multiple choice and true/false only)`,
        ),
      );
      continue;
    }
    if (choices.options.length > 4) {
      warnings.push(
        warn(
          "TOO_MANY_OPTIONS",
          question,
          `Gimkit takes one right and at most 3 wrong answers, this question has ${choices.options.length} answers`,
        ),
      );
      continue;
    }
    const right = choices.options[choices.correct] ?? "";
    const wrong = choices.options.filter((_, i) => i !== choices.correct);
    rows.push([shortPrompt(question), right, ...[...wrong, "", ""].slice(0, 3)]);
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
