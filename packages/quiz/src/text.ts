import type { Quiz } from "./question.js";
import { expectedAnswer } from "./score.js";

/** A quiz as plain text: the questions, then an answer key with sources. */
export function quizToText(quiz: Quiz): string {
  const out: string[] = [quiz.title, `seed ${quiz.seed} · data ${quiz.datasetVersion}`, ""];
  quiz.questions.forEach((q, n) => {
    out.push(`${n + 1}. ${q.prompt}`);
    const key = q.key;
    if (key.format === "choice")
      key.options.forEach((o, i) => out.push(`   ${String.fromCharCode(65 + i)}) ${o.text}`));
    if (key.format === "true-false") out.push("   True / False");
    if (key.format === "numeric") out.push(`   Answer: ________ ${key.unit}`);
    if (key.format === "ordering")
      key.items.forEach((item, i) => out.push(`   ${String.fromCharCode(65 + i)}) ${item}`));
    if (key.format === "matching") {
      key.left.forEach((l, i) => out.push(`   ${i + 1}. ${l}`));
      key.right.forEach((r, i) => out.push(`   ${String.fromCharCode(65 + i)}) ${r}`));
    }
    out.push("");
  });
  out.push("Answer key", "");
  quiz.questions.forEach((q, n) => {
    out.push(`${n + 1}. ${expectedAnswer(q.key)}`, `   ${q.explanation}`);
    for (const c of q.citations)
      out.push(`   Source: ${c.publisher}, “${c.headline}” (${c.published}) ${c.url}`);
  });
  if (quiz.warnings.length > 0) out.push("", ...quiz.warnings.map((w) => `Note: ${w}`));
  return `${out.join("\n")}\n`;
}
