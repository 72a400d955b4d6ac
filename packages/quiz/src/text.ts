import { formatCitation } from "./citation.js";
import { ENGLISH_LABELS, type Labels } from "./labels.js";
import type { Quiz } from "./question.js";
import { expectedAnswer } from "./score.js";

const letter = (i: number) => String.fromCharCode(65 + i);

/** A quiz as plain text: the questions, then an answer key with sources. */
export function quizToText(quiz: Quiz, labels: Labels = ENGLISH_LABELS): string {
  const m = labels.m;
  const out: string[] = [
    quiz.title,
    m.seedLine({ seed: quiz.seed, data: quiz.datasetVersion }),
    "",
  ];
  quiz.questions.forEach((q, n) => {
    out.push(`${n + 1}. ${q.prompt}`);
    const key = q.key;
    if (key.format === "choice")
      out.push(...key.options.map((o, i) => `   ${letter(i)}) ${o.text}`));
    if (key.format === "true-false") out.push(`   ${m.trueOrFalseLine()}`);
    if (key.format === "numeric") out.push(`   ${m.answerBlank({ unit: key.unit })}`);
    if (key.format === "ordering")
      out.push(...key.items.map((item, i) => `   ${letter(i)}) ${item}`));
    if (key.format === "matching") {
      out.push(...key.left.map((l, i) => `   ${i + 1}. ${l}`));
      out.push(...key.right.map((r, i) => `   ${letter(i)}) ${r}`));
    }
    out.push("");
  });
  out.push(m.answerKey(), "");
  quiz.questions.forEach((q, n) => {
    out.push(`${n + 1}. ${expectedAnswer(q.key, labels)}`, `   ${q.explanation}`);
    // Two facts of one article (its $100 and its $760) cite it alike without their quotes: once.
    const sources = new Set(q.citations.map((c) => formatCitation(c, { quote: false, labels })));
    for (const source of sources) out.push(`   ${m.source({ citation: source })}`);
  });
  if (quiz.warnings.length > 0) out.push("", ...quiz.warnings.map((w) => m.note({ warning: w })));
  // A title or a teacher's text must not drive the terminal: control characters (escape codes) go.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters it removes
  return `${out.join("\n").replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, "")}\n`;
}
