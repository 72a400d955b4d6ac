import { ENGLISH_LABELS, type Labels } from "../labels.js";
import type { Question, Quiz } from "../question.js";
import { MOODLE_ORDERING, orderingWarnings } from "./moodle-xml.js";
import { type ExportFile, feedbackText, renderEach, slug } from "./shared.js";

/** GIFT: a backslash before each of ~ = # { } : (and before a backslash itself); line breaks as \n. */
export function giftEscape(text: string): string {
  return text.replace(/[\\~=#{}:]/g, (c) => `\\${c}`).replace(/\r?\n/g, "\\n");
}

/**
 * Moodle GIFT. Multiple choice as {=right ~wrong}, true/false as {TRUE}/{FALSE}, numeric as
 * {#min..max}, matching as {=a -> b}. The explanation and sources go in the general feedback
 * (####), shown whatever the answer; a distractor taken from another fact says what it was (#).
 * Ordering as qtype_ordering's own GIFT form, {>count options, then one item a line, in the right
 * order}: Moodle 4.4 and later read it (kept, with a NEEDS_NEWER_VERSION warning). The rules, with
 * the Moodle files they come from, are in docs/export-formats.md, section 4.
 */
export function toGift(quiz: Quiz, labels: Labels = ENGLISH_LABELS): ExportFile<string> {
  // Comments run to the end of the line: no line break may reach them.
  const comment = (text: string) => `// ${text.replace(/[\r\n]+/g, " ")}`;
  const blocks: string[] = [
    comment(quiz.title),
    comment(`nklabor quiz, seed ${quiz.seed}, data ${quiz.datasetVersion}`),
  ];
  const { items, warnings } = renderEach(
    quiz,
    (question, n) => {
      const body = giftAnswer(question);
      if (body === undefined) return undefined;
      const title = giftEscape(`Q${n + 1} ${question.type}`);
      return `::${title}::[plain]${giftEscape(question.prompt)} {${body}\n####${giftEscape(feedbackText(question, labels))}\n}`;
    },
    "GIFT",
  );
  return {
    format: "gift",
    filename: `${slug(quiz.title)}.gift.txt`,
    mediaType: "text/plain;charset=utf-8",
    content: `${[...blocks, ...items].join("\n\n")}\n`,
    included: items.length,
    warnings: [...warnings, ...orderingWarnings(quiz, "GIFT", "other-type-or-stop")],
  };
}

function giftAnswer(question: Question): string | undefined {
  const key = question.key;
  switch (key.format) {
    case "choice":
      return key.options
        .map(
          (o, i) =>
            `\n${i === key.correct ? "=" : "~"}${giftEscape(o.text)}${o.note ? `#${giftEscape(o.note)}` : ""}`,
        )
        .join("");
    case "true-false":
      return key.correct ? "TRUE" : "FALSE";
    case "numeric":
      return key.accept.min === key.accept.max
        ? `#${key.correct}`
        : `#${key.accept.min}..${key.accept.max}`;
    case "matching":
      return key.left
        .map(
          (left, i) =>
            `\n=${giftEscape(left)} -> ${giftEscape(key.right[key.correct[i] ?? 0] ?? "")}`,
        )
        .join("");
    case "ordering": {
      const o = MOODLE_ORDERING;
      const options = `>${key.items.length} ${o.selecttype} ${o.layouttype} ${o.gradingtype} ${o.showgrading} ${o.numberingstyle}`;
      return [options, ...key.correct.map((i) => giftOrderingItem(key.items[i] ?? ""))].join("\n");
    }
  }
}

/**
 * An ordering item as qtype_ordering::import_from_gift reads it: the text of one line, trimmed,
 * as HTML (FORMAT_MOODLE), with no GIFT unescaping (the reader's escapes would stay as its
 * placeholders). So the item is written as HTML: & < > as entities, a line break as <br>, and
 * the two characters the GIFT reader acts on in an answer block as numeric references: } (it ends
 * the block) and \ (\\ and \~ are rewritten before the item is read). A line starting // is a
 * comment to the GIFT reader and an item "0" is dropped (PHP's array_filter): their first
 * character too is written as a reference.
 */
export function giftOrderingItem(text: string): string {
  const html = text
    .trim()
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/\}/g, "&#125;")
    .replace(/\\/g, "&#92;")
    .replace(/\r\n|\r|\n/g, "<br>");
  if (html.startsWith("//")) return `&#47;${html.slice(1)}`;
  return html === "0" ? "&#48;" : html;
}
