// @vitest-environment happy-dom
import { act } from "react";
import { createRoot } from "react-dom/client";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { core } from "../i18n/i18n.js";
import { RouteBoundary } from "./RouteBoundary.js";

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

// The app's words load as the page starts (main.tsx): here, before rendering.
beforeAll(() => core.preload("en"));

function Broken(): never {
  throw new Error("a fault while rendering");
}

afterEach(() => {
  document.body.innerHTML = "";
  vi.restoreAllMocks();
});

describe("an error boundary per route", () => {
  it("a fault shows a message with a way on; another route recovers without a reload", () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    const host = document.createElement("div");
    document.body.append(host);
    const root = createRoot(host);
    act(() =>
      root.render(
        <RouteBoundary route="#/build">
          <Broken />
        </RouteBoundary>,
      ),
    );
    expect(host.querySelector("h1")?.textContent).toBe("This page stopped working");
    expect(host.textContent).toContain("a fault while rendering");
    expect(host.querySelector('a[href="#/"]')).not.toBeNull();
    act(() =>
      root.render(
        <RouteBoundary route="#/facts">
          <p>The facts page</p>
        </RouteBoundary>,
      ),
    );
    expect(host.textContent).toBe("The facts page");
    act(() => root.unmount());
  });
});
