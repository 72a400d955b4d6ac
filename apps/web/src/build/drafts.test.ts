import { generateQuiz, newSpec } from "@nklabor/quiz";
import { describe, expect, it } from "vitest";
import { corruptions } from "../../e2e/corruptions.mjs";
import { MemoryStore } from "../app/memory-store.test-helpers.js";
import { loadDrafts, newDraft, saveDrafts } from "./drafts.js";

const LIST = "nklabor:drafts";

describe("drafts", () => {
  it("save and load: the same drafts, the open one remembered", () => {
    const store = new MemoryStore();
    const a = newDraft(newSpec("a", { title: "Lesson 1" }));
    const b = newDraft(newSpec("b", { title: "Lesson 2", count: 7 }));
    expect(saveDrafts([a, b], [], b.id, store)).toBe("saved");
    const loaded = loadDrafts(store);
    expect(loaded.drafts).toEqual([a, b]);
    expect(loaded.broken).toEqual([]);
    expect(store.getItem("nklabor:current-draft")).toBe(b.id);
  });

  it("a draft that fails validation is kept, shown as needing repair, and written back unchanged", () => {
    const store = new MemoryStore();
    const good = newDraft(newSpec("good"));
    const old = {
      id: "d-old",
      updated: 5,
      spec: { version: 7, seed: "x", title: "Old term quiz" },
    };
    const big = {
      id: "d-big",
      updated: 6,
      spec: { version: 1, seed: "y", title: "Huge", count: 5000 },
    };
    store.setItem(LIST, JSON.stringify([good, old, big]));
    const loaded = loadDrafts(store);
    expect(loaded.drafts.map((d) => d.id)).toEqual([good.id]);
    expect(loaded.broken.map((b) => [b.id, b.title])).toEqual([
      ["d-old", "Old term quiz"],
      ["d-big", "Huge"],
    ]);
    expect(loaded.broken[0]?.problem).toMatch(/version/);
    expect(loaded.broken[1]?.problem).toMatch(/count/);
    // Saving (as Build does on every change) keeps them as they were.
    saveDrafts(loaded.drafts, loaded.broken, good.id, store);
    const again = JSON.parse(store.getItem(LIST) ?? "[]");
    expect(again).toEqual([good, old, big]);
  });

  it("a list that is not a list is set aside unchanged, and a new list starts", () => {
    for (const raw of ["[{", '{"a":1}', "42", "null"]) {
      const store = new MemoryStore();
      store.setItem(LIST, raw);
      const loaded = loadDrafts(store);
      expect(loaded.drafts).toEqual([]);
      expect(loaded.unreadable).toBe(true);
      expect(store.getItem("nklabor:drafts:unreadable")).toBe(raw);
    }
  });

  it("every corrupted storage kind loads without throwing", () => {
    const quiz = generateQuiz(newSpec("drafts-fuzz"));
    for (const kind of corruptions("ready:mix", quiz.questions)) {
      const store = new MemoryStore();
      for (const [k, v] of Object.entries(kind.entries)) store.setItem(k, v);
      const loaded = loadDrafts(store);
      // A reason in the checker's words, or none (not a spec at all: the page says so).
      for (const b of loaded.broken)
        expect(b.problem === undefined || b.problem.length > 5).toBe(true);
    }
  });

  it("storage full: the save says so (the page then keeps the drafts in memory)", () => {
    const store = new MemoryStore(100);
    expect(saveDrafts([newDraft(newSpec("full"))], [], "x", store)).toBe("full");
  });
});
