import { formatCitation } from "./citation.js";
import type { Quiz } from "./question.js";
import { expectedAnswer } from "./score.js";

const letter = (i: number) => String.fromCharCode(65 + i);

/** A quiz as plain text: the questions, then an answer key with sources. */
export function quizToText(quiz: Quiz): string {
  const out: string[] = [quiz.title, `seed ${quiz.seed} · data ${quiz.datasetVersion}`, ""];
  quiz.questions.forEach((q, n) => {
    out.push(`${n + 1}. ${q.prompt}`);
    const key = q.key;
    if (key.format === "choice")
      out.push(...key.options.map((o, i) => `   ${letter(i)}) ${o.text}`));
    if (key.format === "true-false") out.push("   True / False");
    if (key.format === "numeric") out.push(`   Answer: ________ ${key.unit}`);
    if (key.format === "ordering")
      out.push(...key.items.map((item, i) => `   ${letter(i)}) ${item}`));
    if (key.format === "matching") {
      out.push(...key.left.map((l, i) => `   ${i + 1}. ${l}`));
      out.push(...key.right.map((r, i) => `   ${letter(i)}) ${r}`));
    }
    out.push("");
  });
  out.push("Answer key", "");
  quiz.questions.forEach((q, n) => {
    out.push(`${n + 1}. ${expectedAnswer(q.key)}`, `   ${q.explanation}`);
    // Two facts of one article (its $100 and its $760) cite it alike without their quotes: once.
    const sources = new Set(q.citations.map((c) => formatCitation(c, { quote: false })));
    for (const source of sources) out.push(`   Source: ${source}`);
  });
  if (quiz.warnings.length > 0) out.push("", ...quiz.warnings.map((w) => `Note: ${w}`));
  // A title or a teacher's text must not drive the terminal: control characters (escape codes) go.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters it removes
  return `${out.join("\n").replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, "")}\n`;
}
