import { newSpec, parseSpec, type QuizSpec, QuizSpecError } from "@nklabor/quiz";
import { browserStore, read, type Saved, type Store, write } from "../app/storage.js";

/*
 * Drafts: the quizzes a teacher is building, saved in this browser on every change. A draft that
 * no longer validates (made by another version, edited by hand) is never deleted here: it is kept
 * as it was, shown as needing repair, and can be downloaded.
 */

/** A saved draft quiz: its spec and when it last changed. */
export interface Draft {
  readonly id: string;
  readonly spec: QuizSpec;
  readonly updated: number;
}

/** A saved draft this version cannot open, kept as it was stored. */
export interface BrokenDraft {
  readonly id: string;
  /** What was stored as its spec, untouched. */
  readonly raw: unknown;
  readonly updated: number;
  /** Its title if it has a readable one, for the list (none: the page says "Untitled draft"). */
  readonly title: string | undefined;
  /** Why it cannot be opened, in the spec checker's words (none: it is not a spec at all). */
  readonly problem: string | undefined;
}

export interface SavedDrafts {
  readonly drafts: readonly Draft[];
  readonly broken: readonly BrokenDraft[];
  /** When the stored list itself was unreadable (it is kept under another key). */
  readonly unreadable?: true | undefined;
}

const LIST = "nklabor:drafts";
const UNREADABLE = "nklabor:drafts:unreadable";
const CURRENT = "nklabor:current-draft";

const newId = () => `d${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
export const freshSeed = () => `class-${Math.floor(Math.random() * 36 ** 6).toString(36)}`;

/** The drafts in this browser, as stored: the ones that open, and the ones that need repair. */
export function loadDrafts(store: Store | undefined = browserStore()): SavedDrafts {
  const text = read(store, LIST);
  if (text === undefined) return { drafts: [], broken: [] };
  let list: unknown;
  try {
    list = JSON.parse(text);
  } catch {
    list = undefined;
  }
  if (!Array.isArray(list)) {
    // Not a list at all: keep it where nothing overwrites it, and start a new list.
    write(store, UNREADABLE, text);
    return { drafts: [], broken: [], unreadable: true };
  }
  const drafts: Draft[] = [];
  const broken: BrokenDraft[] = [];
  const ids = new Set<string>();
  list.forEach((entry: unknown, i) => {
    const d = (typeof entry === "object" && entry !== null ? entry : {}) as {
      id?: unknown;
      spec?: unknown;
      updated?: unknown;
    };
    let id = typeof d.id === "string" && d.id.length > 0 && d.id.length <= 80 ? d.id : `saved-${i}`;
    if (ids.has(id)) id = `${id}-${i}`;
    ids.add(id);
    const updated = typeof d.updated === "number" && Number.isFinite(d.updated) ? d.updated : 0;
    const raw = "spec" in d ? d.spec : entry;
    try {
      drafts.push({ id, spec: parseSpec(raw), updated });
    } catch (error) {
      broken.push({ id, raw, updated, title: titleOf(raw), problem: problemOf(error) });
    }
  });
  return { drafts, broken };
}

/** Saves the drafts, the broken ones as they were, and which is open; says whether it was kept. */
export function saveDrafts(
  drafts: readonly Draft[],
  broken: readonly BrokenDraft[],
  currentId: string,
  store: Store | undefined = browserStore(),
): Saved {
  const list = [
    ...drafts.map((d) => ({ id: d.id, spec: d.spec, updated: d.updated })),
    ...broken.map((b) => ({ id: b.id, spec: b.raw, updated: b.updated })),
  ];
  const saved = write(store, LIST, JSON.stringify(list));
  if (saved === "saved") write(store, CURRENT, currentId);
  return saved;
}

export function currentDraftId(store: Store | undefined = browserStore()): string | undefined {
  return read(store, CURRENT);
}

export function newDraft(spec: QuizSpec = newSpec(freshSeed())): Draft {
  return { id: newId(), spec, updated: Date.now() };
}

function titleOf(raw: unknown): string | undefined {
  const title = (raw as { title?: unknown } | null)?.title;
  return typeof title === "string" && title.trim() !== "" ? title.trim().slice(0, 120) : undefined;
}

function problemOf(error: unknown): string | undefined {
  if (!(error instanceof QuizSpecError)) return undefined;
  const message = error.message;
  return message.length > 300 ? `${message.slice(0, 300)}…` : message;
}
