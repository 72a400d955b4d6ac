import type { Answer, Question, Quiz } from "@nklabor/quiz";
import type { PlayState } from "./session.js";

/*
 * The rules of play, as pure functions of the state: what an answer does, what comes next, when
 * time is up. Play.tsx shows the state and calls these.
 */

/** The state moved on to the next question (its timer started), or finished after the last. */
export function nextQuestion(state: PlayState, quiz: Quiz, now: number): PlayState {
  if (state.index >= quiz.questions.length - 1) return { ...state, finished: true, updated: now };
  const seconds = quiz.timerSeconds;
  const { deadline: _, ...rest } = state;
  return {
    ...rest,
    index: state.index + 1,
    ...(seconds ? { deadline: now + seconds * 1000 } : {}),
    updated: now,
  };
}

/** The state with this answer recorded and checked; with feedback at the end, on to the next. */
export function answer(state: PlayState, quiz: Quiz, given: Answer, now: number): PlayState {
  const question = quiz.questions[state.index];
  if (!question || state.done[question.id]) return state;
  const answered: PlayState = {
    ...state,
    answers: { ...state.answers, [question.id]: given },
    done: { ...state.done, [question.id]: "answered" },
    updated: now,
  };
  return quiz.feedback === "immediate" ? answered : nextQuestion(answered, quiz, now);
}

/** The state with the current question's time run out (no answer recorded), once. */
export function timeUp(state: PlayState, quiz: Quiz, now: number): PlayState {
  const question = quiz.questions[state.index];
  if (!question || state.done[question.id]) return state;
  return { ...state, done: { ...state.done, [question.id]: "time-up" }, updated: now };
}

/** A timed question's deadline, set when it is first shown; untimed: undefined. */
export function withDeadline(state: PlayState, quiz: Quiz, now: number): PlayState {
  if (!quiz.timerSeconds || state.deadline !== undefined) return state;
  return { ...state, deadline: now + quiz.timerSeconds * 1000 };
}

/** What an answer starts as: orderings in the order shown, matchings unchosen, the rest empty. */
export function initialDraft(question: Question): Answer | undefined {
  const key = question.key;
  if (key.format === "ordering") return { format: "ordering", order: key.items.map((_, i) => i) };
  if (key.format === "matching") return { format: "matching", pairs: key.left.map(() => -1) };
  return undefined;
}

/** Whether an answer can be checked: the question's format, a number that is one, every pair chosen. */
export function isComplete(question: Question, given: Answer): boolean {
  if (given.format !== question.key.format) return false;
  if (given.format === "numeric") return Number.isFinite(given.value);
  if (given.format === "matching") return given.pairs.every((p) => p >= 0);
  return true;
}
