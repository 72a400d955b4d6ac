import type { Question, Quiz } from "../question.js";
import { type ExportFile, feedbackText, renderEach, slug, xmlText } from "./shared.js";

/**
 * Moodle XML: multichoice (single answer, not shuffled, as the quiz ordered them), truefalse,
 * numerical (answer and tolerance), matching (subquestions). Explanation and sources go in
 * <generalfeedback>; a distractor from another fact says what it was in its <feedback>.
 * Ordering needs the qtype_ordering plugin, not in core Moodle: those questions are left out.
 */
export function toMoodleXml(quiz: Quiz): ExportFile<string> {
  const { items, warnings } = renderEach(
    quiz,
    questionXml,
    "Moodle XML (core)",
    "ordering question type",
  );
  const content = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    "<quiz>",
    `  <question type="category">\n    <category><text>${xmlText(`$course$/top/${quiz.title}`)}</text></category>\n  </question>`,
    ...items,
    "</quiz>",
    "",
  ].join("\n");
  return {
    format: "moodle-xml",
    filename: `${slug(quiz.title)}.moodle.xml`,
    mediaType: "application/xml",
    content,
    included: items.length,
    warnings,
  };
}

const text = (value: string) => `<text>${xmlText(value)}</text>`;

function questionXml(question: Question, n: number): string | undefined {
  const key = question.key;
  const head = (type: string) =>
    [
      `  <question type="${type}">`,
      `    <name>${text(`Q${n + 1} ${question.type}`)}</name>`,
      `    <questiontext format="plain_text">${text(question.prompt)}</questiontext>`,
      `    <generalfeedback format="plain_text">${text(feedbackText(question))}</generalfeedback>`,
      "    <defaultgrade>1</defaultgrade>",
      "    <penalty>0</penalty>",
      "    <hidden>0</hidden>",
      `    <idnumber>${xmlText(question.id)}</idnumber>`,
    ].join("\n");
  const answer = (fraction: number, value: string, feedback?: string) =>
    `    <answer fraction="${fraction}" format="plain_text">\n      ${text(value)}\n      <feedback format="plain_text">${text(feedback ?? "")}</feedback>\n    </answer>`;
  switch (key.format) {
    case "choice":
      return [
        head("multichoice"),
        "    <single>true</single>",
        "    <shuffleanswers>0</shuffleanswers>",
        "    <answernumbering>abc</answernumbering>",
        ...key.options.map((o, i) => answer(i === key.correct ? 100 : 0, o.text, o.note)),
        "  </question>",
      ].join("\n");
    case "true-false":
      return [
        head("truefalse"),
        answer(key.correct ? 100 : 0, "true"),
        answer(key.correct ? 0 : 100, "false"),
        "  </question>",
      ].join("\n");
    case "numeric": {
      const tolerance = (key.accept.max - key.accept.min) / 2;
      const middle = key.accept.min + tolerance;
      return [
        head("numerical"),
        `    <answer fraction="100" format="plain_text">\n      ${text(String(middle))}\n      <tolerance>${tolerance}</tolerance>\n      <feedback format="plain_text"><text></text></feedback>\n    </answer>`,
        "  </question>",
      ].join("\n");
    }
    case "matching":
      return [
        head("matching"),
        "    <shuffleanswers>true</shuffleanswers>",
        ...key.left.map(
          (left, i) =>
            `    <subquestion format="plain_text">\n      ${text(left)}\n      <answer>${text(key.right[key.correct[i] ?? 0] ?? "")}</answer>\n    </subquestion>`,
        ),
        "  </question>",
      ].join("\n");
    case "ordering":
      return undefined;
  }
}
