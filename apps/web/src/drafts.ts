import { newSpec, parseSpec, type QuizSpec } from "@nklabor/quiz";

/** A saved draft quiz: its spec and when it last changed. */
export interface Draft {
  readonly id: string;
  readonly spec: QuizSpec;
  readonly updated: number;
}

const LIST = "nklabor:drafts";
const CURRENT = "nklabor:current-draft";

const newId = () => `d${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
export const freshSeed = () => `class-${Math.floor(Math.random() * 36 ** 6).toString(36)}`;

/** The drafts in this browser, newest first; a draft that no longer validates is left out, not lost. */
export function loadDrafts(): Draft[] {
  try {
    const raw = JSON.parse(localStorage.getItem(LIST) ?? "[]") as unknown;
    if (!Array.isArray(raw)) return [];
    return raw.flatMap((d: { id?: unknown; spec?: unknown; updated?: unknown }) => {
      try {
        return typeof d.id === "string" && typeof d.updated === "number"
          ? [{ id: d.id, spec: parseSpec(d.spec), updated: d.updated }]
          : [];
      } catch {
        return [];
      }
    });
  } catch {
    return [];
  }
}

export function saveDrafts(drafts: readonly Draft[], currentId: string): void {
  try {
    localStorage.setItem(LIST, JSON.stringify(drafts));
    localStorage.setItem(CURRENT, currentId);
  } catch {
    // Storage full or blocked: the page keeps working; drafts just will not survive a reload.
  }
}

export function currentDraftId(): string | undefined {
  try {
    return localStorage.getItem(CURRENT) ?? undefined;
  } catch {
    return undefined;
  }
}

export function newDraft(spec: QuizSpec = newSpec(freshSeed())): Draft {
  return { id: newId(), spec, updated: Date.now() };
}
