import { ENGLISH_LABELS, type Labels } from "../labels.js";
import type { Question, Quiz } from "../question.js";
import {
  type ExportFile,
  type ExportWarning,
  feedbackText,
  renderEach,
  slug,
  warn,
} from "./shared.js";

/**
 * Moodle XML: multichoice (single answer, not shuffled, as the quiz ordered them), truefalse,
 * numerical (answer and tolerance), matching (subquestions), ordering (qtype_ordering, standard
 * from Moodle 4.4: kept, with a NEEDS_NEWER_VERSION warning). Explanation and sources go in
 * <generalfeedback>; a distractor from another fact says what it was in its <feedback>.
 * Text is written as Moodle's own exporter writes it (see moodleText). The rules, with the Moodle
 * files they come from, are in docs/export-formats.md, section 5.
 */
export function toMoodleXml(quiz: Quiz, labels: Labels = ENGLISH_LABELS): ExportFile<string> {
  const { items, warnings } = renderEach(
    quiz,
    (question, n) => questionXml(question, n, labels),
    "Moodle XML",
  );
  const content = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    "<quiz>",
    `  <question type="category">\n    <category>${text(`$course$/top/${categoryName(quiz.title)}`)}</category>\n  </question>`,
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
    warnings: [...warnings, ...orderingWarnings(quiz, "Moodle XML", "stops-unless-told")],
  };
}

/** Characters XML 1.0 cannot hold (controls but tab and line breaks, U+FFFE, U+FFFF, lone surrogates). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: XML 1.0 forbids these characters, so they are removed
const NOT_XML = /[^\u0009\u000a\u000d\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu;

/**
 * Element text by Moodle's own rule (qformat_xml::xml_escape, question/format/xml/format.php):
 * text holding & < > or " (what PHP's htmlspecialchars with ENT_COMPAT would change) goes in a
 * CDATA section, a "]]>" in it split across two sections; other text goes as it is, so no &quot; or
 * &apos;. Moodle's reader (xmlize, lib/xmlize.php) drops every whitespace-only piece of character
 * data, and each entity is a piece of its own: `&lt;/script&gt; &amp; x` would arrive as `</script>&x`.
 * Characters XML 1.0 forbids are dropped first.
 */
export function moodleText(value: string): string {
  const clean = value.replace(NOT_XML, "");
  return /[&<>"]/.test(clean) ? `<![CDATA[${clean.replaceAll("]]>", "]]]]><![CDATA[>")}]]>` : clean;
}

const text = (value: string) => `<text>${moodleText(value)}</text>`;

/**
 * One category name in a Moodle category path, as qformat_default::assemble_category_path writes
 * it (question/format.php): the importer splits the path at each single "/", so a "/" in the name
 * is doubled, and a name that would then start or end with "/" gets a space there (trimmed on import).
 */
export function categoryName(name: string): string {
  const escaped = name.replaceAll("/", "//");
  return `${escaped.startsWith("/") ? " " : ""}${escaped}${escaped.endsWith("/") ? " " : ""}`;
}

/**
 * qtype_ordering's own import values (question/type/ordering/questiontype.php,
 * set_options_for_import): every item shown (ALL: selectcount is then the item count), in a
 * column, graded by the share of item pairs in the right order (RELATIVE_ALL_PREVIOUS_AND_NEXT
 * counts, for each item, the items rightly before and after it: each pair twice, so the grade is
 * right pairs / all pairs, as the web app scores it), the grading shown, no item numbers.
 */
export const MOODLE_ORDERING = {
  selecttype: "ALL",
  layouttype: "VERTICAL",
  gradingtype: "RELATIVE_ALL_PREVIOUS_AND_NEXT",
  showgrading: "SHOW",
  numberingstyle: "none",
} as const;

/**
 * Each ordering question is kept, with a warning naming the Moodle that can import it and what an
 * older one does with it (`without`).
 */
export function orderingWarnings(
  quiz: Quiz,
  tool: string,
  without: Extract<ExportWarning, { code: "NEEDS_NEWER_VERSION" }>["without"],
): ExportWarning[] {
  const olderMoodle = {
    "other-type-or-stop":
      "without either, the import turns it into another question type, or stops",
    "stops-unless-told":
      "without either, the import stops with an error unless Stop on error is set to No",
  }[without];
  return quiz.questions
    .filter((q) => q.key.format === "ordering")
    .map((question) =>
      warn(
        { code: "NEEDS_NEWER_VERSION", tool, without },
        question,
        `${tool}: ordering questions need Moodle 4.4 or later, or the ordering question type plugin (qtype_ordering) on older Moodle (${olderMoodle})`,
        true,
      ),
    );
}

function questionXml(question: Question, n: number, labels: Labels): string | undefined {
  const key = question.key;
  const head = (type: string) =>
    [
      `  <question type="${type}">`,
      `    <name>${text(`Q${n + 1} ${question.type}`)}</name>`,
      `    <questiontext format="plain_text">${text(question.prompt)}</questiontext>`,
      `    <generalfeedback format="plain_text">${text(feedbackText(question, labels))}</generalfeedback>`,
      "    <defaultgrade>1</defaultgrade>",
      "    <penalty>0</penalty>",
      "    <hidden>0</hidden>",
      `    <idnumber>${moodleText(question.id)}</idnumber>`,
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
    case "ordering": {
      // The answers in the right order: the import takes the order of the <answer> elements
      // (their fraction is reset to the position on saving); Moodle shuffles them for the student.
      // <shownumcorrect> is written, as Moodle's export does: without it the import adds two hints.
      const o = MOODLE_ORDERING;
      return [
        head("ordering"),
        `    <layouttype>${o.layouttype}</layouttype>`,
        `    <selecttype>${o.selecttype}</selecttype>`,
        `    <selectcount>${key.items.length}</selectcount>`,
        `    <gradingtype>${o.gradingtype}</gradingtype>`,
        `    <showgrading>${o.showgrading}</showgrading>`,
        `    <numberingstyle>${o.numberingstyle}</numberingstyle>`,
        "    <shownumcorrect>1</shownumcorrect>",
        ...key.correct.map(
          (item, i) =>
            `    <answer fraction="${i + 1}" format="plain_text">\n      ${text(key.items[item] ?? "")}\n    </answer>`,
        ),
        "  </question>",
      ].join("\n");
    }
  }
}
