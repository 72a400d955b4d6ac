import { generateQuiz, newSpec, type Quiz } from "@nklabor/quiz";
import { describe, expect, it } from "vitest";
import {
  answer,
  initialDraft,
  isComplete,
  nextQuestion,
  timeUp,
  withDeadline,
} from "./progress.js";
import { startState } from "./session.js";

const make = (choices: Parameters<typeof newSpec>[1]): Quiz =>
  generateQuiz(newSpec("progress-test", { count: 4, ...choices }));

describe("the rules of play", () => {
  it("feedback after each question: an answer is checked and stays on the question", () => {
    const quiz = make({ feedback: "immediate", types: ["true-false"] });
    const q = quiz.questions[0];
    if (!q) throw new Error("no question");
    const after = answer(startState("k", quiz), quiz, { format: "true-false", value: true }, 5);
    expect(after.index).toBe(0);
    expect(after.done[q.id]).toBe("answered");
    // Answering again changes nothing: the first answer stands.
    expect(answer(after, quiz, { format: "true-false", value: false }, 6)).toBe(after);
  });

  it("feedback at the end: an answer moves straight on; the last one finishes", () => {
    const quiz = make({ feedback: "end", types: ["true-false"] });
    let state = startState("k", quiz);
    for (let i = 0; i < quiz.questions.length; i++) {
      expect(state.finished).toBe(false);
      state = answer(state, quiz, { format: "true-false", value: true }, i);
    }
    expect(state.finished).toBe(true);
    expect(state.index).toBe(quiz.questions.length - 1);
    expect(Object.keys(state.answers)).toHaveLength(quiz.questions.length);
  });

  it("a timer: each question gets its deadline when shown; time up records no answer", () => {
    const quiz = make({ timerSeconds: 30, types: ["true-false"] });
    const shown = withDeadline(startState("k", quiz), quiz, 1_000);
    expect(shown.deadline).toBe(31_000);
    expect(withDeadline(shown, quiz, 9_000)).toBe(shown);
    const up = timeUp(shown, quiz, 31_000);
    const id = quiz.questions[0]?.id as string;
    expect(up.done[id]).toBe("time-up");
    expect(up.answers[id]).toBeUndefined();
    const next = nextQuestion(up, quiz, 40_000);
    expect(next.index).toBe(1);
    expect(next.deadline).toBe(70_000);
    // Untimed: no deadline ever.
    const untimed = make({ types: ["true-false"] });
    expect(withDeadline(startState("k", untimed), untimed, 1).deadline).toBeUndefined();
    expect(nextQuestion(startState("k", untimed), untimed, 1).deadline).toBeUndefined();
  });

  it("an answer is complete only in the question's format, with every pair chosen", () => {
    const quiz = make({ types: ["matching", "timeline", "numeric-estimate"], count: 6 });
    for (const q of quiz.questions) {
      const draft = initialDraft(q);
      if (q.key.format === "ordering") expect(draft && isComplete(q, draft)).toBe(true);
      if (q.key.format === "matching") {
        expect(draft && isComplete(q, draft)).toBe(false);
        expect(isComplete(q, { format: "matching", pairs: q.key.left.map(() => 0) })).toBe(true);
      }
      if (q.key.format === "numeric") {
        expect(isComplete(q, { format: "numeric", value: Number.NaN })).toBe(false);
        expect(isComplete(q, { format: "numeric", value: 3 })).toBe(true);
      }
      expect(isComplete(q, { format: "true-false", value: true })).toBe(
        q.key.format === "true-false",
      );
    }
  });
});
