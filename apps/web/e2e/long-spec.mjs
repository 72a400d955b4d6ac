// @ts-check
import { newSpec } from "@nklabor/quiz";

/**
 * Text that deflate cannot shrink much: pseudo-random letters from a fixed LCG (stable runs).
 * @param {number} n
 * @param {number} length
 */
export function noisy(n, length) {
  let x = n + 1;
  return Array.from({ length }, (_, i) => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return i % 7 === 6 ? " " : String.fromCharCode(97 + (x % 26));
  }).join("");
}

/**
 * A spec with `n` long own questions: 6 make a link too long for a QR code, 60 one too long to be
 * a link at all.
 * @param {number} n
 */
export const longSpec = (n) =>
  newSpec("long-1", {
    title: `Long quiz (${n} own questions)`,
    count: n,
    customQuestions: Array.from({ length: n }, (_, i) => ({
      id: `q${i}`,
      format: /** @type {const} */ ("true-false"),
      prompt: `${noisy(i, 480)}?`,
      correct: true,
    })),
  });
