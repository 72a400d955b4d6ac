import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseRoute } from "./router.js";

describe("routes", () => {
  it("reads every page", () => {
    expect(parseRoute("")).toEqual({ page: "home" });
    expect(parseRoute("#/")).toEqual({ page: "home" });
    expect(parseRoute("#/play/ready/mix")).toEqual({
      page: "play",
      source: { kind: "ready", id: "mix" },
      start: false,
    });
    expect(parseRoute("#/play/1abc")).toEqual({
      page: "play",
      source: { kind: "code", code: "1abc" },
      start: false,
    });
    expect(parseRoute("#/results")).toEqual({ page: "results" });
    expect(parseRoute("#/build")).toEqual({ page: "build" });
    expect(parseRoute("#/facts")).toEqual({ page: "facts" });
    expect(parseRoute("#/print/1abc")).toEqual({ page: "print", code: "1abc" });
    expect(parseRoute("#/nowhere")).toEqual({ page: "not-found", path: "/nowhere" });
  });

  it("a malformed percent sign is kept as typed, for the page to call damaged", () => {
    expect(parseRoute("#/play/%%%")).toEqual({
      page: "play",
      source: { kind: "code", code: "%%%" },
      start: false,
    });
    expect(parseRoute("#/play/%E0%A4%A")).toEqual({
      page: "play",
      source: { kind: "code", code: "%E0%A4%A" },
      start: false,
    });
    expect(parseRoute("#/print/%")).toEqual({ page: "print", code: "%" });
    expect(parseRoute("#/play/%31abc")).toEqual({
      page: "play",
      source: { kind: "code", code: "1abc" },
      start: false,
    });
  });

  it("a play link may ask to open on the first question; nothing else may follow the code", () => {
    expect(parseRoute("#/play/1abc/start")).toEqual({
      page: "play",
      source: { kind: "code", code: "1abc" },
      start: true,
    });
    expect(parseRoute("#/play/ready/mix/start")).toEqual({
      page: "play",
      source: { kind: "ready", id: "mix" },
      start: true,
    });
    expect(parseRoute("#/play/1abc/")).toMatchObject({ page: "play", start: false });
    expect(parseRoute("#/play/1abc/later")).toEqual({
      page: "not-found",
      path: "/play/1abc/later",
    });
    expect(parseRoute("#/play/ready/mix/start/more").page).toBe("not-found");
  });

  it("never throws, whatever the hash", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.string({ unit: "binary" }),
          fc.string().map((s) => `#/play/${s}`),
        ),
        (hash) => {
          expect(() => parseRoute(hash)).not.toThrow();
        },
      ),
      { numRuns: 1000, seed: 9 },
    );
  }, 120_000);
});
