import { strToU8, unzipSync, zipSync } from "fflate";
import writeXlsxFile from "write-excel-file/universal";
import { ENGLISH_LABELS, type Labels } from "../labels.js";
import { type Quiz, SHORT_LIMITS } from "../question.js";
import { ZIP_TIME } from "./qti21.js";
import { choiceQuestions, type ExportFile, type ExportWarning, slug, warn } from "./shared.js";

/**
 * Kahoot's limits: the stricter of the two documented (its import article says 95 characters for
 * a question and 60 for an answer; the 2019 template's header, kept as the template has it, says
 * 120 and 75), so that the file imports under either. The short forms fit them.
 */
export const KAHOOT_LIMITS = {
  question: SHORT_LIMITS.prompt,
  answer: SHORT_LIMITS.option,
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

/**
 * The workbook's stylesheet: one font, the two required fills, one border, and the default cell
 * style ("Normal", built-in 0) every cell uses, in the element order of ECMA-376 Part 1, 18.8.39.
 * The writer's own has no cellStyleXfs or cellStyles: openpyxl warns "Workbook contains no default
 * style" and applies its own.
 */
const STYLES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<fonts count="1"><font><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  "</styleSheet>";

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
 * only: true/false becomes True/False answers. A question over the limits is written in its short
 * form (the same question, attributed and hedged); one without a short form that fits is left out
 * with a warning, never cut: a cut prompt could lose who said it, or its blank.
 */
export async function toKahoot(
  quiz: Quiz,
  labels: Labels = ENGLISH_LABELS,
): Promise<ExportFile<Uint8Array>> {
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
    "Kahoot",
    KAHOOT_LIMITS.answers,
    warnings,
    { prompt: KAHOOT_LIMITS.question, answer: KAHOOT_LIMITS.answer },
    labels,
  )) {
    // Left over: a question whose short form does not fit either, or that has none.
    const none = question.short ? "" : " (and no short form)";
    if (prompt.length > KAHOOT_LIMITS.question) {
      warnings.push(
        warn(
          {
            code: "TOO_LONG",
            tool: "Kahoot",
            part: "question",
            max: KAHOOT_LIMITS.question,
            length: prompt.length,
            noShort: !question.short,
          },
          question,
          `Kahoot allows ${KAHOOT_LIMITS.question} characters for a question, this one has ${prompt.length}${none}`,
        ),
      );
      continue;
    }
    const long = options.find((o) => o.length > KAHOOT_LIMITS.answer);
    if (long !== undefined) {
      warnings.push(
        warn(
          {
            code: "TOO_LONG",
            tool: "Kahoot",
            part: "answer",
            max: KAHOOT_LIMITS.answer,
            length: long.length,
            noShort: !question.short,
          },
          question,
          `Kahoot allows ${KAHOOT_LIMITS.answer} characters for an answer, "${long.slice(0, 30)}…" has ${long.length}${none}`,
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
  const files = unzipSync(new Uint8Array(await blob.arrayBuffer()));
  // The writer's stylesheet has no default cell style; readers (openpyxl) warn and apply their own.
  files["xl/styles.xml"] = strToU8(STYLES);
  return {
    format: "kahoot",
    filename: `${slug(quiz.title)}.kahoot.xlsx`,
    mediaType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    content: zipSync(files, { mtime: ZIP_TIME }),
    included: n,
    warnings,
  };
}
