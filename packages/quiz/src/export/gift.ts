import type { Question, Quiz } from "../question.js";
import { type ExportFile, feedbackText, renderEach, slug } from "./shared.js";

/** GIFT: a backslash before each of ~ = # { } : (and before a backslash itself); line breaks as \n. */
export function giftEscape(text: string): string {
  return text.replace(/[\\~=#{}:]/g, (c) => `\\${c}`).replace(/\r?\n/g, "\\n");
}

/**
 * Moodle GIFT. Multiple choice as {=right ~wrong}, true/false as {TRUE}/{FALSE}, numeric as
 * {#min..max}, matching as {=a -> b}. The explanation and sources go in the general feedback
 * (####), shown whatever the answer; a distractor taken from another fact says what it was (#).
 * GIFT has no ordering type: those questions are left out, with a warning.
 */
export function toGift(quiz: Quiz): ExportFile<string> {
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
      return `::${title}::[plain]${giftEscape(question.prompt)} {${body}\n####${giftEscape(feedbackText(question))}\n}`;
    },
    "GIFT",
    "ordering question type",
  );
  return {
    format: "gift",
    filename: `${slug(quiz.title)}.gift.txt`,
    mediaType: "text/plain;charset=utf-8",
    content: `${[...blocks, ...items].join("\n\n")}\n`,
    included: items.length,
    warnings,
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
    case "ordering":
      return undefined;
  }
}
