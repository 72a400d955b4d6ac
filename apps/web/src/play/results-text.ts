import { type Answer, type Quiz, scoreQuiz } from "@nklabor/quiz";
import { describeAnswer, formatScore, verdict } from "../shared/describe.js";

/** A learner's results as plain text: the score, then each question with both answers. */
export function resultsText(quiz: Quiz, answers: Readonly<Record<string, Answer>>): string {
  const score = scoreQuiz(quiz, answers);
  const lines = [
    quiz.title,
    `Score: ${formatScore(score.score)} of ${score.total} (${score.percent}%)`,
    "",
  ];
  quiz.questions.forEach((q, i) => {
    const given = answers[q.id];
    lines.push(
      `${i + 1}. ${q.prompt}`,
      `   ${verdict(score.results[i])}`,
      `   Your answer: ${given ? describeAnswer(q.key, given) : "none"}`,
      `   Right answer: ${score.results[i]?.expected ?? ""}`,
      "",
    );
  });
  return lines.join("\n");
}
