/**
 * `@nklabor/quiz/export`: a quiz as files for the tools schools use. {@link exportQuiz} writes a
 * quiz in any {@link ExportFormat} (Moodle GIFT and XML, IMS QTI 2.1, Canvas QTI, Kahoot, Quizlet,
 * Blooket, Gimkit, CSV, JSON) in the quiz's language; each exporter is also exported by itself.
 * What a format cannot hold is left out, never cut short, and named in the file's `warnings`.
 *
 * @example
 * ```ts
 * import { generateQuiz, newSpec } from "@nklabor/quiz";
 * import { exportQuiz } from "@nklabor/quiz/export";
 *
 * const quiz = generateQuiz(newSpec("class-7b", { count: 10 }));
 * const file = await exportQuiz(quiz, "moodle-xml");
 * // file.filename, file.mediaType, file.content (text; bytes for the zip and xlsx formats)
 * for (const warning of file.warnings) console.warn(warning.code, warning.message);
 * ```
 *
 * @packageDocumentation
 */
import { loadLabels } from "../labels.js";
import type { Quiz } from "../question.js";
import { toCanvasQti } from "./canvas-qti.js";
import { toBlooket, toGimkit } from "./classroom-games.js";
import { toGift } from "./gift.js";
import { toKahoot } from "./kahoot.js";
import { toMoodleXml } from "./moodle-xml.js";
import { toQti21 } from "./qti21.js";
import type { ExportFile, ExportFormat, QuizExporter } from "./shared.js";
import { toCsv, toJson, toQuizlet } from "./tabular.js";

/** Every format, with the label a menu shows and its exporter. */
export const EXPORTERS: Record<
  ExportFormat,
  { readonly label: string; readonly exporter: QuizExporter }
> = {
  gift: { label: "Moodle GIFT (.txt)", exporter: toGift },
  "moodle-xml": { label: "Moodle XML (.xml)", exporter: toMoodleXml },
  qti21: { label: "IMS QTI 2.1 (.zip)", exporter: toQti21 },
  "canvas-qti": { label: "Canvas QTI 1.2 (.zip)", exporter: toCanvasQti },
  kahoot: { label: "Kahoot spreadsheet (.xlsx)", exporter: toKahoot },
  quizlet: { label: "Quizlet (term TAB definition)", exporter: toQuizlet },
  blooket: { label: "Blooket spreadsheet (.csv)", exporter: toBlooket },
  gimkit: { label: "Gimkit spreadsheet (.csv)", exporter: toGimkit },
  csv: { label: "CSV (.csv)", exporter: toCsv },
  json: { label: "nklabor JSON (.json)", exporter: toJson },
};

/** The quiz as a file in the given format, with warnings for what the format cannot carry. */
export async function exportQuiz(quiz: Quiz, format: ExportFormat): Promise<ExportFile> {
  return EXPORTERS[format].exporter(quiz, await loadLabels(quiz.language));
}

export { toCanvasQti } from "./canvas-qti.js";
export { toBlooket, toGimkit } from "./classroom-games.js";
export { giftEscape, toGift } from "./gift.js";
export { KAHOOT_HEADER, KAHOOT_LIMITS, kahootSeconds, toKahoot } from "./kahoot.js";
export { toMoodleXml } from "./moodle-xml.js";
export { toQti21 } from "./qti21.js";
export type { ExportFile, ExportFormat, ExportWarning, ExportWarningCode } from "./shared.js";
export { CSV_HEADER, toCsv, toJson, toQuizlet } from "./tabular.js";
