import { useSyncExternalStore } from "react";

/*
 * The service worker (sw.js, made by the build with Workbox: vite.config.ts) keeps the app, the
 * ready quizzes, the engine and the facts in this browser, so that after one visit everything
 * works with the network off. A new version installs in the background and waits: it takes over
 * only when the user reloads from the notice (UpdateNotice), which never shows while a quiz is
 * played, or when every tab of the app has closed. A student mid-quiz keeps the version they
 * started with, whose files the waiting worker's cache still holds even after the site has
 * replaced them.
 *
 * No workbox-window: this is the whole registration, small enough for the first load.
 */

/** What the registration needs of `navigator.serviceWorker` (a fake in the tests). */
export type Workers = Pick<ServiceWorkerContainer, "register" | "controller" | "addEventListener">;

/** What the registration needs of the page (`window`): the events it looks for updates on. */
export type PageEvents = {
  addEventListener(type: "hashchange" | "visibilitychange", listener: () => void): void;
  readonly document: { readonly visibilityState: DocumentVisibilityState };
};

/** A waiting worker: installed, not yet in control. */
type Waiting = Pick<ServiceWorker, "postMessage">;

/** The message Workbox's generated worker answers by taking over (`skipWaiting`). */
export const SKIP_WAITING = { type: "SKIP_WAITING" } as const;

let waiting: Waiting | undefined;
const listeners = new Set<() => void>();
function setWaiting(worker: Waiting) {
  if (waiting === worker) return;
  waiting = worker;
  for (const listener of listeners) listener();
}

/**
 * Registers the worker and watches for a new version. Without service workers (an old browser, a
 * private window that refuses them, an insecure address) the app works as before, online only.
 * The update is looked for when the page loads, when the address changes (a quiz finished, a page
 * opened) and when the tab comes back into view: the browser itself looks only on a page load,
 * and a class may keep one tab open all lesson.
 */
export async function registerServiceWorker(
  workers: Workers,
  url: string,
  on: PageEvents,
): Promise<void> {
  // Blocked workers (a browser's policy, an automated browser) may resolve with no registration.
  let registration: ServiceWorkerRegistration | undefined;
  try {
    registration = await workers.register(url);
  } catch {
    return; // refused or unreachable: the app still works online
  }
  if (registration) watchForUpdates(registration, workers, on);
}

function watchForUpdates(
  registration: ServiceWorkerRegistration,
  workers: Workers,
  on: PageEvents,
) {
  // A first install has no worker in control yet: nothing to update from.
  if (registration.waiting && workers.controller) setWaiting(registration.waiting);
  registration.addEventListener("updatefound", () => {
    const installing = registration.installing;
    installing?.addEventListener("statechange", () => {
      if (installing.state === "installed" && workers.controller) setWaiting(installing);
    });
  });
  const look = () => {
    registration.update().catch(() => {}); // offline: look again later
  };
  on.addEventListener("hashchange", look);
  on.addEventListener("visibilitychange", () => {
    if (on.document.visibilityState === "visible") look();
  });
}

/**
 * Lets the waiting version take over, then reloads once it has: the page, its chunks and its
 * quizzes all from the new version.
 */
export function applyUpdate(workers: Workers, reload: () => void): void {
  if (!waiting) return;
  let reloaded = false;
  workers.addEventListener("controllerchange", () => {
    if (reloaded) return;
    reloaded = true;
    reload();
  });
  waiting.postMessage(SKIP_WAITING);
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

/** Whether a new version waits to take over. */
export const isUpdateReady = (): boolean => waiting !== undefined;

/** Whether a new version waits to take over, for a component (re-rendered when one does). */
export const useUpdateReady = (): boolean =>
  useSyncExternalStore(subscribe, isUpdateReady, () => false);

/** For the tests: forget any waiting version. */
export function resetUpdateForTests(): void {
  waiting = undefined;
  for (const listener of listeners) listener();
}
