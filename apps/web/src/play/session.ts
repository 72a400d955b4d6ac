import type { Answer, AnswerKey, Quiz } from "@nklabor/quiz";
import {
  browserStore,
  keysWith,
  read,
  readJson,
  remove,
  type Saved,
  type Store,
  write,
} from "../app/storage.js";

/*
 * Saved play state: where a learner is in a quiz and what they answered, so a reload resumes.
 * It holds the quiz's source (the key: a ready quiz's id or the share code, which is the spec) and
 * the answers, not a copy of the quiz; it is checked against the quiz on every read, and a state
 * that does not fit is set aside (kept under another key) with a message, never shown half-broken.
 */

/*
 * The shape is checked by hand, not with zod: this module is on the first load of Play, and zod's
 * core would add about 15 KB (gzip) to it. checkState is the only way in, and it is unit-tested
 * against 20 kinds of corrupted state.
 */
const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);
const isInt = (v: unknown): v is number => Number.isSafeInteger(v);
const isIntList = (v: unknown): v is number[] => Array.isArray(v) && v.every(isInt);

/** An answer of the right shape for its format (whether it fits a question is answerFits). */
function isAnswer(v: unknown): v is Answer {
  if (!isRecord(v)) return false;
  switch (v.format) {
    case "choice":
      return isInt(v.index);
    case "true-false":
      return typeof v.value === "boolean";
    case "numeric":
      return typeof v.value === "number";
    case "ordering":
      return isIntList(v.order);
    case "matching":
      return isIntList(v.pairs);
    default:
      return false;
  }
}

/** A value of the saved state's shape (its fit to the quiz is checked after). */
function isPlayState(v: unknown): v is PlayState {
  return (
    isRecord(v) &&
    v.version === 2 &&
    typeof v.key === "string" &&
    Array.isArray(v.questionIds) &&
    v.questionIds.every((id) => typeof id === "string") &&
    isInt(v.index) &&
    isRecord(v.answers) &&
    Object.values(v.answers).every(isAnswer) &&
    isRecord(v.done) &&
    Object.values(v.done).every((d) => d === "answered" || d === "time-up") &&
    (v.deadline === undefined || (typeof v.deadline === "number" && Number.isFinite(v.deadline))) &&
    typeof v.finished === "boolean" &&
    typeof v.updated === "number"
  );
}

/** Where a learner is in a quiz and what they answered. */
export interface PlayState {
  readonly version: 2;
  /** Where the quiz came from: "ready:mix" or "code:1N..." (the share code is the spec). */
  readonly key: string;
  /** The quiz's questions, in order, when play began: a quiz that changed since does not resume. */
  readonly questionIds: readonly string[];
  readonly index: number;
  readonly answers: Readonly<Record<string, Answer>>;
  /** Questions whose answer was checked (feedback shown) or whose time ran out. */
  readonly done: Readonly<Record<string, "answered" | "time-up">>;
  /** When the current question's time runs out (ms since epoch), for timed quizzes. */
  readonly deadline?: number | undefined;
  readonly finished: boolean;
  /** When it last changed (ms since epoch): the oldest states are pruned first. */
  readonly updated: number;
}

const PREFIX = "nklabor:session:";
const SET_ASIDE = "nklabor:set-aside:";
const LAST = "nklabor:last-session";
/** Quizzes whose progress is kept; older ones are pruned when a new one is saved. */
export const KEPT_STATES = 20;
const KEPT_SET_ASIDE = 5;

/** The state of this page load, by key: what the page uses when storage is full or blocked. */
const memory = new Map<string, PlayState>();
let memoryLast: string | undefined;

/** A quiz's play state before the first answer. */
export function startState(key: string, quiz: Quiz, now = Date.now()): PlayState {
  return {
    version: 2,
    key,
    questionIds: quiz.questions.map((q) => q.id),
    index: 0,
    answers: {},
    done: {},
    finished: false,
    updated: now,
  };
}

/**
 * Why a saved state does not fit its quiz: app/problems.tsx words it ("index": it is
 * at question `at` of `total`).
 */
export type StateProblem = {
  readonly code:
    | "unreadable"
    | "notState"
    | "otherQuiz"
    | "changed"
    | "index"
    | "unknownAnswer"
    | "badAnswer"
    | "unknownDone"
    | "doneWithoutAnswer"
    | "unfinished";
  readonly at?: number;
  readonly total?: number;
};

/** What a read found: nothing, a state that fits the quiz, or one set aside and why. */
export type Restored =
  | { readonly kind: "none" }
  | { readonly kind: "ok"; readonly state: PlayState }
  | { readonly kind: "set-aside"; readonly problem: StateProblem };

/**
 * Whether this quiz has saved progress, unchecked (the page's entry fetches the questions' chunk
 * at once when it has: the quiz will likely resume on a question).
 */
export const hasSavedState = (key: string, store = browserStore()): boolean =>
  memory.has(key) || read(store, PREFIX + key) !== undefined;

/** The saved state of this quiz, checked against it; one that does not fit is set aside. */
export function restoreState(key: string, quiz: Quiz, store = browserStore()): Restored {
  const held = memory.get(key);
  if (held) return { kind: "ok", state: held };
  const raw = readJson(store, PREFIX + key);
  if (raw === undefined) {
    // Absent, or not JSON at all.
    if (read(store, PREFIX + key) === undefined) return { kind: "none" };
    return setAside(store, key, { code: "unreadable" });
  }
  const checked = checkState(migrate(raw, quiz), key, quiz);
  if (!checked.ok) return setAside(store, key, checked.problem);
  return { kind: "ok", state: checked.state };
}

function setAside(store: Store | undefined, key: string, problem: StateProblem): Restored {
  const raw = read(store, PREFIX + key);
  if (raw !== undefined) write(store, SET_ASIDE + key, raw);
  remove(store, PREFIX + key);
  prune(store, SET_ASIDE, KEPT_SET_ASIDE);
  return { kind: "set-aside", problem };
}

/**
 * Whether a value read from storage is a play state of this quiz: the right shape, the same
 * questions, an index inside the quiz, and each answer one the question can take.
 */
export function checkState(
  value: unknown,
  key: string,
  quiz: Quiz,
):
  | { readonly ok: true; readonly state: PlayState }
  | { readonly ok: false; readonly problem: StateProblem } {
  const no = (code: StateProblem["code"], at = 0, total = 0) => ({
    ok: false as const,
    problem: { code, ...(code === "index" ? { at, total } : {}) },
  });
  if (!isPlayState(value)) return no("notState");
  const state = value;
  const ids = quiz.questions.map((q) => q.id);
  if (state.key !== key) return no("otherQuiz");
  if (state.questionIds.length !== ids.length || state.questionIds.some((id, i) => id !== ids[i]))
    return no("changed");
  if (state.index < 0 || state.index >= ids.length) return no("index", state.index + 1, ids.length);
  for (const [id, answer] of Object.entries(state.answers)) {
    const question = quiz.questions.find((q) => q.id === id);
    if (!question) return no("unknownAnswer");
    if (!answerFits(question.key, answer)) return no("badAnswer");
  }
  for (const [id, how] of Object.entries(state.done)) {
    if (!ids.includes(id)) return no("unknownDone");
    if (how === "answered" && !state.answers[id]) return no("doneWithoutAnswer");
  }
  if (state.finished && ids.some((id) => !state.done[id])) return no("unfinished");
  return { ok: true, state };
}

/** Whether an answer is one this key can take: the same format, every index in range. */
export function answerFits(key: AnswerKey, answer: Answer): boolean {
  if (answer.format !== key.format) return false;
  const permutation = (order: readonly number[], n: number) =>
    order.length === n && new Set(order).size === n && order.every((i) => i >= 0 && i < n);
  switch (answer.format) {
    case "choice":
      return key.format === "choice" && answer.index >= 0 && answer.index < key.options.length;
    case "true-false":
      return true;
    case "numeric":
      return Number.isFinite(answer.value);
    case "ordering":
      return key.format === "ordering" && permutation(answer.order, key.items.length);
    case "matching":
      return (
        key.format === "matching" &&
        answer.pairs.length === key.left.length &&
        answer.pairs.every((p) => p >= -1 && p < key.right.length)
      );
  }
}

/** Version 1 kept a copy of the quiz beside the answers: keep the answers if it is this quiz. */
function migrate(raw: unknown, quiz: Quiz): unknown {
  if (typeof raw !== "object" || raw === null || (raw as { version?: unknown }).version !== 1)
    return raw;
  const old = raw as {
    key?: unknown;
    quiz?: { questions?: { id?: unknown }[] };
    index?: unknown;
    answers?: unknown;
    done?: unknown;
    deadline?: unknown;
    finished?: unknown;
  };
  const questionIds = Array.isArray(old.quiz?.questions)
    ? old.quiz.questions.map((q) => q?.id)
    : quiz.questions.map(() => undefined);
  return {
    version: 2,
    key: old.key,
    questionIds,
    index: old.index,
    answers: old.answers,
    done: old.done,
    ...(old.deadline === undefined ? {} : { deadline: old.deadline }),
    finished: old.finished,
    updated: 0,
  };
}

/** Saves the state (and remembers it for this page load whatever storage says); prunes old ones. */
export function saveState(state: PlayState, store = browserStore()): Saved {
  memory.set(state.key, state);
  memoryLast = state.key;
  const saved = write(store, PREFIX + state.key, JSON.stringify(state));
  if (saved === "saved") {
    write(store, LAST, state.key);
    prune(store, PREFIX, KEPT_STATES);
  }
  return saved;
}

export function clearState(key: string, store = browserStore()): void {
  memory.delete(key);
  remove(store, PREFIX + key);
}

/** The key of the quiz played last in this browser. */
export function lastKey(store = browserStore()): string | undefined {
  if (memoryLast) return memoryLast;
  const key = read(store, LAST);
  return key && sourceOfKey(key) ? key : undefined;
}

/** Keeps the `keep` newest entries under `prefix`; unreadable ones count as oldest. */
function prune(store: Store | undefined, prefix: string, keep: number): void {
  const keys = keysWith(store, prefix);
  if (keys.length <= keep) return;
  const age = (key: string) => {
    const value = readJson(store, key) as { updated?: unknown } | undefined;
    return typeof value?.updated === "number" ? value.updated : 0;
  };
  const oldestFirst = keys.map((key) => ({ key, at: age(key) })).sort((a, b) => a.at - b.at);
  for (const { key } of oldestFirst.slice(0, keys.length - keep)) remove(store, key);
}

/** Forgets this page load's states (tests start each case from storage alone). */
export function forgetMemory(): void {
  memory.clear();
  memoryLast = undefined;
}

/** A ready quiz's key and a share link's key. */
export const stateKey = {
  ready: (id: string) => `ready:${id}`,
  code: (code: string) => `code:${code}`,
} as const;

/** The quiz a key names: a ready quiz or a share code; undefined for anything else. */
export function sourceOfKey(
  key: string,
):
  | { readonly kind: "ready"; readonly id: string }
  | { readonly kind: "code"; readonly code: string }
  | undefined {
  const at = key.indexOf(":");
  const [kind, rest] = [key.slice(0, at), key.slice(at + 1)];
  if (at < 0 || rest === "") return undefined;
  if (kind === "ready") return { kind, id: rest };
  if (kind === "code") return { kind, code: rest };
  return undefined;
}
