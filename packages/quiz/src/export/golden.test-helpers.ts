import { newSpec } from "../defaults.js";
import { generateQuiz } from "../generate.js";
import type { Quiz } from "../question.js";

/** Text that breaks naive exporters: quotes, markup, GIFT's control characters, a backslash, emoji, Korean, Russian. */
export const HOSTILE = `He said "no" & <script>alert(1)</script> ~=#{}: \\ 😀 북한 노동자 Северная Корея`;

/**
 * A fixed quiz with every question type (the first seed that gives all eight), and teachers'
 * questions full of hostile text in every field an exporter writes.
 */
export function goldenQuiz(): Quiz {
  for (let n = 0; ; n++) {
    const quiz = generateQuiz(
      newSpec(`export-golden-${n}`, {
        title: `Golden ${HOSTILE}`,
        count: 11,
        shuffle: false,
        customQuestions: [
          {
            id: "hostile-choice",
            format: "choice",
            prompt: `Choice: ${HOSTILE}`,
            options: [`A ${HOSTILE}`, "B {=~}", "C :: #"],
            correct: 1,
            explanation: `Because ${HOSTILE}`,
            source: {
              title: `Title ${HOSTILE}`,
              url: "https://example.org/a?b=1&c=2",
              date: "2019-08",
              quote: `Quote ${HOSTILE}`,
            },
          },
          { id: "hostile-tf", format: "true-false", prompt: `True? ${HOSTILE}`, correct: false },
          {
            id: "hostile-number",
            format: "numeric",
            prompt: `How many? ${HOSTILE}`,
            correct: 37000,
            tolerance: 500,
            unit: `people ${HOSTILE}`,
          },
          {
            id: "hostile-order",
            format: "ordering",
            prompt: `Order ${HOSTILE}`,
            items: ["2371 ~", "2375 <=", "2397 &"],
          },
        ],
      }),
    );
    if (new Set(quiz.questions.map((q) => q.type)).size === 8) return quiz;
  }
}
