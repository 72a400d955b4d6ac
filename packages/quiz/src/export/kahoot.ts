import writeXlsxFile from "write-excel-file/universal";
import type { Quiz } from "../question.js";
import { choiceQuestions, type ExportFile, type ExportWarning, slug, warn } from "./shared.js";

/** Kahoot's quiz spreadsheet template limits (its header row states them). */
export const KAHOOT_LIMITS = {
  question: 120,
  answer: 75,
  answers: 4,
  seconds: [5, 10, 20, 30, 60, 90, 120, 240],
} as const;

/** The template's header row (row 8); the time-limit header has an en dash, as in the template. */
export const KAHOOT_HEADER = [
  "",
  "Question - max 120 characters",
  "Answer 1 - max 75 characters",
  "Answer 2 - max 75 characters",
  "Answer 3 - max 75 characters",
  "Answer 4 - max 75 characters",
  "Time limit (sec) – 5, 10, 20, 30, 60, 90, 120, or 240 secs",
  "Correct answer(s) - choose at least one",
] as const;

const INSTRUCTIONS = [
  "Quiz template",
  "Add questions, at least two answer alternatives, time limit and choose correct answers (at least one). Have fun creating your awesome quiz!",
  "Remember: questions have a limit of 120 characters and answers can have 75 characters max. Text will turn red in Excel or Google Docs if you exceed this limit. If several answers are correct, separate them with a comma.",
  "See an example question below (don't forget to overwrite this with your first question!)",
  "And remember,  if you're not using Excel you need to export to .xlsx format before you upload to Kahoot!",
];

/** The allowed time limit nearest the quiz's (30 s when untimed). */
export function kahootSeconds(seconds: number | undefined): number {
  const want = seconds ?? 30;
  return KAHOOT_LIMITS.seconds.reduce((best, s) =>
    Math.abs(s - want) < Math.abs(best - want) ? s : best,
  );
}

/**
 * Kahoot's quiz spreadsheet (xlsx) in its import template's layout: instructions in rows 1-7, the
 * header in row 8, questions from row 9 (column A numbers them). Kahoot imports multiple choice
 * only: true/false becomes True/False answers. A question or answer over the limits is left out
 * with a warning, never cut: a cut prompt could lose who said it, or its blank.
 */
export async function toKahoot(quiz: Quiz): Promise<ExportFile<Uint8Array>> {
  const warnings: ExportWarning[] = [];
  const seconds = kahootSeconds(quiz.timerSeconds);
  type Cell = { value: string | number; type?: typeof String | typeof Number } | null;
  const text = (value: string): Cell => ({ value, type: String });
  const rows: Cell[][] = [
    [],
    ...INSTRUCTIONS.map((line) => [null, text(line)]),
    [],
    KAHOOT_HEADER.map((h) => (h ? text(h) : null)),
  ];
  let n = 0;
  for (const { question, prompt, options, correct } of choiceQuestions(
    quiz,
    "Kahoot's spreadsheet import",
    KAHOOT_LIMITS.answers,
    warnings,
  )) {
    if (prompt.length > KAHOOT_LIMITS.question) {
      warnings.push(
        warn(
          "TOO_LONG",
          question,
          `Kahoot allows ${KAHOOT_LIMITS.question} characters for a question, this one has ${prompt.length}`,
        ),
      );
      continue;
    }
    const long = options.find((o) => o.length > KAHOOT_LIMITS.answer);
    if (long !== undefined) {
      warnings.push(
        warn(
          "TOO_LONG",
          question,
          `Kahoot allows ${KAHOOT_LIMITS.answer} characters for an answer, "${long.slice(0, 30)}…" has ${long.length}`,
        ),
      );
      continue;
    }
    n++;
    const answers = [...options, "", "", ""].slice(0, 4).map((a) => (a ? text(a) : null));
    rows.push([
      { value: n, type: Number },
      text(prompt),
      ...answers,
      { value: seconds, type: Number },
      text(String(correct + 1)),
    ]);
  }
  // Our cells are the library's cell objects; its overloads do not narrow to the single-sheet form.
  const blob = await writeXlsxFile(rows as never, { sheet: "Sheet1" }).toBlob();
  return {
    format: "kahoot",
    filename: `${slug(quiz.title)}.kahoot.xlsx`,
    mediaType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    content: new Uint8Array(await blob.arrayBuffer()),
    included: n,
    warnings,
  };
}
