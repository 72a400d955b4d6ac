import { generateQuiz, newSpec, type Quiz } from "@nklabor/quiz";
import { beforeEach, describe, expect, it } from "vitest";
import { corruptions } from "../../e2e/corruptions.mjs";
import { MemoryStore } from "../app/memory-store.test-helpers.js";
import { answer, nextQuestion } from "./progress.js";
import {
  checkState,
  clearState,
  forgetMemory,
  KEPT_STATES,
  lastKey,
  restoreState,
  saveState,
  sourceOfKey,
  startState,
} from "./session.js";

const quiz: Quiz = generateQuiz(
  newSpec("session-test", { count: 12, types: [], feedback: "immediate" }),
);
const KEY = "ready:mix";
const SESSION = `nklabor:session:${KEY}`;

beforeEach(() => forgetMemory());

/** A state partway through: the first two questions answered right, on the third. */
function partway(): ReturnType<typeof startState> {
  let state = startState(KEY, quiz, 1000);
  for (const q of quiz.questions.slice(0, 2)) {
    const k = q.key;
    const right =
      k.format === "choice"
        ? { format: "choice" as const, index: k.correct }
        : k.format === "true-false"
          ? { format: "true-false" as const, value: k.correct }
          : k.format === "numeric"
            ? { format: "numeric" as const, value: k.correct }
            : k.format === "ordering"
              ? { format: "ordering" as const, order: [...k.correct] }
              : { format: "matching" as const, pairs: [...k.correct] };
    state = nextQuestion(answer(state, quiz, right, 2000), quiz, 3000);
  }
  return state;
}

describe("saved play state", () => {
  it("a saved state resumes where it was", () => {
    const store = new MemoryStore();
    const state = partway();
    expect(saveState(state, store)).toBe("saved");
    forgetMemory();
    expect(restoreState(KEY, quiz, store)).toEqual({ kind: "ok", state });
    expect(state.index).toBe(2);
    expect(lastKey(store)).toBe(KEY);
  });

  it("holds the source and the answers, not a copy of the quiz", () => {
    const store = new MemoryStore();
    saveState(partway(), store);
    const saved = JSON.parse(store.getItem(SESSION) ?? "{}");
    expect(Object.keys(saved).sort()).toEqual(
      ["answers", "done", "finished", "index", "key", "questionIds", "updated", "version"].sort(),
    );
    expect(JSON.stringify(saved)).not.toContain(quiz.questions[0]?.prompt);
  });

  const kinds = corruptions(KEY, quiz.questions).filter((k) => SESSION in k.entries);
  it("covers at least 17 kinds of corrupted play state", () => {
    expect(kinds.length).toBeGreaterThanOrEqual(17);
  });
  it.each(kinds.map((k) => [k.name, k]))(
    "%s: set aside with a reason, kept, never thrown",
    (_, kind) => {
      const store = new MemoryStore();
      for (const [key, value] of Object.entries(kind.entries)) store.setItem(key, value);
      const restored = restoreState(KEY, quiz, store);
      expect(restored.kind).toBe("set-aside");
      if (restored.kind === "set-aside") expect(restored.problem.code).toBeTruthy();
      // Kept, under another key; the quiz's own key is free for a fresh start.
      expect(store.getItem(`nklabor:set-aside:${KEY}`)).toBe(kind.entries[SESSION]);
      expect(store.getItem(SESSION)).toBeNull();
      expect(restoreState(KEY, quiz, store)).toEqual({ kind: "none" });
    },
  );

  it("an old (version 1) state of the same quiz keeps its answers", () => {
    const store = new MemoryStore();
    const q0 = quiz.questions[0];
    if (q0?.key.format !== "choice" && q0?.key.format !== "true-false") return;
    const given =
      q0.key.format === "choice"
        ? { format: "choice", index: 0 }
        : { format: "true-false", value: true };
    store.setItem(
      SESSION,
      JSON.stringify({
        version: 1,
        key: KEY,
        quiz,
        index: 1,
        answers: { [q0.id]: given },
        done: { [q0.id]: "answered" },
        finished: false,
      }),
    );
    const restored = restoreState(KEY, quiz, store);
    expect(restored.kind).toBe("ok");
    if (restored.kind === "ok") expect(restored.state.answers[q0.id]).toEqual(given);
  });

  it("keeps the newest states only", () => {
    const store = new MemoryStore();
    for (let i = 0; i < KEPT_STATES + 5; i++)
      saveState({ ...startState(`code:1quiz${i}`, quiz), updated: i }, store);
    const kept = [...store.items.keys()].filter((k) => k.startsWith("nklabor:session:"));
    expect(kept).toHaveLength(KEPT_STATES);
    expect(kept).not.toContain("nklabor:session:code:1quiz0");
    expect(kept).toContain(`nklabor:session:code:1quiz${KEPT_STATES + 4}`);
  });

  it("with storage full: the write says so, and the page load keeps the state in memory", () => {
    const store = new MemoryStore(50);
    const state = partway();
    expect(saveState(state, store)).toBe("full");
    expect(restoreState(KEY, quiz, store)).toEqual({ kind: "ok", state });
    expect(lastKey(store)).toBe(KEY);
    clearState(KEY, store);
    expect(restoreState(KEY, quiz, store)).toEqual({ kind: "none" });
  });

  it("with storage blocked: nothing throws", () => {
    const blocked = {
      get length(): number {
        throw new Error("SecurityError");
      },
      key: () => {
        throw new Error("SecurityError");
      },
      getItem: () => {
        throw new Error("SecurityError");
      },
      setItem: () => {
        throw new Error("SecurityError");
      },
      removeItem: () => {
        throw new Error("SecurityError");
      },
    };
    expect(saveState(partway(), blocked)).toBe("blocked");
    forgetMemory();
    expect(restoreState(KEY, quiz, blocked)).toEqual({ kind: "none" });
    expect(lastKey(blocked)).toBeUndefined();
  });

  it("a finished state must have every question done", () => {
    const done = Object.fromEntries(quiz.questions.map((q) => [q.id, "time-up" as const]));
    const finished = { ...startState(KEY, quiz), done, finished: true };
    expect(checkState(finished, KEY, quiz).ok).toBe(true);
    const { [quiz.questions[3]?.id as string]: _, ...missing } = done;
    expect(checkState({ ...finished, done: missing }, KEY, quiz).ok).toBe(false);
  });

  it("keys name a ready quiz or a share code, nothing else", () => {
    expect(sourceOfKey("ready:mix")).toEqual({ kind: "ready", id: "mix" });
    expect(sourceOfKey("code:1abc")).toEqual({ kind: "code", code: "1abc" });
    for (const bad of ["", "ready:", "mix", "other:1", ":x"])
      expect(sourceOfKey(bad)).toBeUndefined();
  });
});
