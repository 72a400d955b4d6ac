import { generateQuiz, newSpec } from "@nklabor/quiz";
import { describe, expect, it } from "vitest";
import { messages } from "../i18n/messages/compiled/en.js";
import { quizFacts } from "./about.js";

describe("what a start screen says about a quiz", () => {
  it("count, timer, feedback and the sources, in words", () => {
    const quiz = generateQuiz(
      newSpec("about-1", { title: "Year 9", count: 5, timerSeconds: 45, feedback: "end" }),
    );
    const about = quizFacts(messages, quiz);
    expect(about.questions).toBe(`${quiz.questions.length} questions`);
    expect(about.timer).toBe("45 seconds for each question");
    expect(about.feedback).toBe("You see the right answers and their sources at the end.");
    for (const q of quiz.questions)
      for (const c of q.citations) expect(about.sources).toContain(c.publisher);
  });

  it("untimed, feedback after each, one question, the teacher's own", () => {
    const quiz = generateQuiz(
      newSpec("about-2", {
        count: 1,
        customQuestions: [
          { id: "a", format: "true-false", prompt: "Is this mine?", correct: true },
        ],
      }),
    );
    const about = quizFacts(messages, quiz);
    expect(about.questions).toBe("1 question");
    expect(about.timer).toBe("No time limit");
    expect(about.feedback).toMatch(/after each question/);
    expect(about.sources).toBe("The teacher's own questions.");
  });
});
