// @nklabor/quiz/export: a quiz as files for the tools schools use.
import type { Quiz } from "../question.js";
import { toGift } from "./gift.js";
import { toMoodleXml } from "./moodle-xml.js";
import type { ExportFile, ExportFormat, QuizExporter } from "./shared.js";
import { toCsv, toJson, toQuizlet } from "./tabular.js";

export const EXPORTERS: Record<
  ExportFormat,
  { readonly label: string; readonly exporter: QuizExporter }
> = {
  gift: { label: "Moodle GIFT (.txt)", exporter: toGift },
  "moodle-xml": { label: "Moodle XML (.xml)", exporter: toMoodleXml },
  quizlet: { label: "Quizlet (term TAB definition)", exporter: toQuizlet },
  csv: { label: "CSV (.csv)", exporter: toCsv },
  json: { label: "nklabor JSON (.json)", exporter: toJson },
};

/** The quiz as a file in the given format, with warnings for what the format cannot carry. */
export function exportQuiz(quiz: Quiz, format: ExportFormat): ExportFile {
  return EXPORTERS[format].exporter(quiz);
}

export { giftEscape, toGift } from "./gift.js";
export { toMoodleXml } from "./moodle-xml.js";
export type { ExportFile, ExportFormat, ExportWarning, ExportWarningCode } from "./shared.js";
export { CSV_HEADER, toCsv, toJson, toQuizlet } from "./tabular.js";
