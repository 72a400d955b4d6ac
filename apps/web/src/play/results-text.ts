import { type Answer, type Quiz, scoreQuiz } from "@nklabor/quiz";
import type { Catalog } from "../i18n/i18n.js";
import { describeAnswer, formatScore, verdict } from "../shared/describe.js";
import type { PlayWords } from "./words.js";

/** A learner's results as plain text: the score, then each question with both answers. */
export function resultsText(
  t: Catalog,
  r: PlayWords,
  quiz: Quiz,
  answers: Readonly<Record<string, Answer>>,
  title = quiz.title,
): string {
  const score = scoreQuiz(quiz, answers);
  const lines = [
    title,
    r.scoreLine({ score: formatScore(score.score), total: score.total, percent: score.percent }),
    "",
  ];
  quiz.questions.forEach((q, i) => {
    const given = answers[q.id];
    lines.push(
      `${i + 1}. ${q.prompt}`,
      `   ${verdict(r, score.results[i])}`,
      `   ${r.yourAnswerIs()} ${given ? describeAnswer(t, q.key, given) : r.noAnswer()}`,
      `   ${r.rightAnswerIs()} ${score.results[i]?.expected ?? ""}`,
      "",
    );
  });
  return lines.join("\n");
}
