import { afterEach, describe, expect, it, vi } from "vitest";
import {
  applyUpdate,
  isUpdateReady,
  registerServiceWorker,
  resetUpdateForTests,
  SKIP_WAITING,
  type Workers,
} from "./service-worker.js";

/** An event target as the browser's worker objects are: listeners by type, fired by the test. */
class Target {
  readonly listeners = new Map<string, (() => void)[]>();
  addEventListener(type: string, listener: () => void) {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }
  fire(type: string) {
    for (const listener of this.listeners.get(type) ?? []) listener();
  }
}

class FakeWorker extends Target {
  state = "installing";
  readonly posted: unknown[] = [];
  postMessage(message: unknown) {
    this.posted.push(message);
  }
  become(state: string) {
    this.state = state;
    this.fire("statechange");
  }
}

class FakeRegistration extends Target {
  waiting: FakeWorker | null = null;
  installing: FakeWorker | null = null;
  updates = 0;
  offline = false;
  update() {
    this.updates++;
    return this.offline ? Promise.reject(new TypeError("Failed to fetch")) : Promise.resolve(this);
  }
}

/** The page: a registration, with a worker in control or not (a first visit has none). */
function page({ controlled = true, refuse = false, blocked = false } = {}) {
  const registration = new FakeRegistration();
  const container = new Target();
  const workers = {
    register: vi.fn(() =>
      refuse
        ? Promise.reject(new DOMException("refused", "SecurityError"))
        : Promise.resolve(blocked ? undefined : registration),
    ),
    controller: controlled ? new FakeWorker() : null,
    addEventListener: container.addEventListener.bind(container),
  } as unknown as Workers;
  const window = Object.assign(new Target(), {
    document: { visibilityState: "visible" as DocumentVisibilityState },
  });
  return { registration, container, workers, window };
}

/** A new version found: it installs, then waits. */
function newVersion(registration: FakeRegistration) {
  const worker = new FakeWorker();
  registration.installing = worker;
  registration.fire("updatefound");
  registration.installing = null;
  registration.waiting = worker;
  worker.become("installed");
  return worker;
}

afterEach(resetUpdateForTests);

describe("the service worker's registration", () => {
  it("registers sw.js and says nothing on a first install: there is nothing to update from", async () => {
    const { registration, workers, window } = page({ controlled: false });
    await registerServiceWorker(workers, "./sw.js", window);
    expect(workers.register).toHaveBeenCalledWith("./sw.js");
    newVersion(registration);
    expect(isUpdateReady()).toBe(false);
  });

  it("announces a new version once it has installed, not while it installs", async () => {
    const { registration, workers, window } = page();
    await registerServiceWorker(workers, "./sw.js", window);
    const worker = new FakeWorker();
    registration.installing = worker;
    registration.fire("updatefound");
    expect(isUpdateReady()).toBe(false);
    worker.become("installed");
    expect(isUpdateReady()).toBe(true);
  });

  it("announces a version that was already waiting when the page opened", async () => {
    const { registration, workers, window } = page();
    registration.waiting = new FakeWorker();
    await registerServiceWorker(workers, "./sw.js", window);
    expect(isUpdateReady()).toBe(true);
  });

  it("works on without a worker when the browser refuses one", async () => {
    const { workers, window } = page({ refuse: true });
    await expect(registerServiceWorker(workers, "./sw.js", window)).resolves.toBeUndefined();
    expect(isUpdateReady()).toBe(false);
  });

  it("works on without a worker when the browser gives no registration (workers blocked)", async () => {
    const { workers, window } = page({ blocked: true });
    await expect(registerServiceWorker(workers, "./sw.js", window)).resolves.toBeUndefined();
    window.fire("hashchange");
    expect(isUpdateReady()).toBe(false);
  });

  it("looks for a new version when the address changes and when the tab comes back, offline or not", async () => {
    const { registration, workers, window } = page();
    await registerServiceWorker(workers, "./sw.js", window);
    window.fire("hashchange");
    expect(registration.updates).toBe(1);
    window.document.visibilityState = "hidden";
    window.fire("visibilitychange");
    expect(registration.updates).toBe(1);
    window.document.visibilityState = "visible";
    window.fire("visibilitychange");
    expect(registration.updates).toBe(2);
    // Offline, the look fails quietly (an unhandled rejection would fail this test run).
    registration.offline = true;
    window.fire("hashchange");
    expect(registration.updates).toBe(3);
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
});

describe("applying an update", () => {
  it("tells the waiting version to take over, and reloads once it has", async () => {
    const { registration, container, workers, window } = page();
    await registerServiceWorker(workers, "./sw.js", window);
    const worker = newVersion(registration);
    const reload = vi.fn();
    applyUpdate(workers, reload);
    expect(worker.posted).toEqual([SKIP_WAITING]);
    expect(reload).not.toHaveBeenCalled();
    container.fire("controllerchange");
    container.fire("controllerchange");
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it("does nothing when no version waits", () => {
    const { container, workers } = page();
    const reload = vi.fn();
    applyUpdate(workers, reload);
    container.fire("controllerchange");
    expect(reload).not.toHaveBeenCalled();
  });
});
