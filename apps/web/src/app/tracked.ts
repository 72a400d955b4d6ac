/*
 * Promises React's `use` can read at once once they have settled: `use` reads a thenable's
 * `status` and `value` (React sets them on promises it has seen; these set them themselves).
 *
 * Why it matters: a component that calls `use` on first render, suspends, and on its replay finds
 * the value in a cache and skips `use`, makes React render its later hooks (useMemo, useState) as
 * updates of hooks that were never mounted (React error #467, recovered by a synchronous render
 * and reported as #520). Reading every cached value through `use` of one settled promise keeps
 * the calls the same on every attempt.
 */

type Tracked<T> = Promise<T> & {
  status?: "pending" | "fulfilled" | "rejected";
  value?: T;
  reason?: unknown;
};

/** The promise, marked as it settles so that `use` reads it without suspending afterwards. */
export function tracked<T>(promise: Promise<T>): Promise<T> {
  const marked = promise as Tracked<T>;
  if (marked.status) return marked;
  marked.status = "pending";
  marked.then(
    (value) => {
      marked.status = "fulfilled";
      marked.value = value;
    },
    (reason: unknown) => {
      marked.status = "rejected";
      marked.reason = reason;
    },
  );
  return marked;
}

/** A value as a promise already settled: `use` returns it at once. */
export function settled<T>(value: T): Promise<T> {
  const promise = Promise.resolve(value) as Tracked<T>;
  promise.status = "fulfilled";
  promise.value = value;
  return promise;
}
