/*
 * This browser's storage, for drafts and play state. Storage may be missing (blocked, as in some
 * private modes), full, or hold anything at all (another tab, an older version, a curious student):
 * reads never throw, and a write says whether it was kept, so the page can tell the user.
 */

/** The part of the Web Storage API the app uses (localStorage, or a stand-in in tests). */
export type Store = Pick<Storage, "getItem" | "setItem" | "removeItem" | "key" | "length">;

/** What became of a write: kept, or not kept because storage is full or blocked. */
export type Saved = "saved" | "full" | "blocked";

/** localStorage, or undefined where the browser refuses it. */
export function browserStore(): Store | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

export function read(store: Store | undefined, key: string): string | undefined {
  try {
    return store?.getItem(key) ?? undefined;
  } catch {
    return undefined;
  }
}

export function write(store: Store | undefined, key: string, value: string): Saved {
  if (!store) return "blocked";
  try {
    store.setItem(key, value);
    return "saved";
  } catch (error) {
    return isQuotaError(error) ? "full" : "blocked";
  }
}

export function remove(store: Store | undefined, key: string): void {
  try {
    store?.removeItem(key);
  } catch {
    // nothing to remove, or storage blocked: either way it is not there
  }
}

/** The keys that start with `prefix`. */
export function keysWith(store: Store | undefined, prefix: string): string[] {
  const found: string[] = [];
  try {
    for (let i = 0; store && i < store.length; i++) {
      const key = store.key(i);
      if (key?.startsWith(prefix)) found.push(key);
    }
  } catch {
    // storage blocked: no keys
  }
  return found;
}

/** JSON from storage, or undefined when absent or not JSON. */
export function readJson(store: Store | undefined, key: string): unknown {
  const raw = read(store, key);
  if (raw === undefined) return undefined;
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return undefined;
  }
}

function isQuotaError(error: unknown): boolean {
  return (
    error instanceof Error &&
    (error.name === "QuotaExceededError" ||
      error.name === "NS_ERROR_DOM_QUOTA_REACHED" ||
      /quota/i.test(error.message))
  );
}
