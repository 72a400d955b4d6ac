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
    });
    expect(parseRoute("#/play/1abc")).toEqual({
      page: "play",
      source: { kind: "code", code: "1abc" },
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
    });
    expect(parseRoute("#/play/%E0%A4%A")).toEqual({
      page: "play",
      source: { kind: "code", code: "%E0%A4%A" },
    });
    expect(parseRoute("#/print/%")).toEqual({ page: "print", code: "%" });
    expect(parseRoute("#/play/%31abc")).toEqual({
      page: "play",
      source: { kind: "code", code: "1abc" },
    });
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
