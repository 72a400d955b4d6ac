import { describe, expect, it } from "vitest";
import {
  acceptedAnswers,
  amountBounds,
  canFalsify,
  detectHedge,
  hedgePhrase,
  statedRange,
} from "./amount.js";
import { facts } from "./bundled.js";
import type { Amount } from "./schema.js";

const exact: Amount = { hedge: "exact", value: 3500, wording: "3,500" };
const approx: Amount = { hedge: "approx", value: 511, wording: "estimated that 511" };
const floor: Amount = { hedge: "atLeast", min: 12000, wording: "at least 12,000" };
const ceiling: Amount = { hedge: "atMost", max: 37000, wording: "as many as 37,000" };
const possible: Amount = { hedge: "possible", value: 3000, wording: "may have risen to 3,000" };

describe("one hedge rule for the quiz, its checker and the app", () => {
  it("detects the hedge the source's words signal", () => {
    expect(detectHedge("as many as 37,000")).toBe("atMost");
    expect(detectHedge("up to $10,000")).toBe("atMost");
    expect(detectHedge("upwards of U.S. $2,000 a month")).toBe("atLeast");
    expect(detectHedge("An estimated 50,000")).toBe("approx");
    expect(detectHedge("some U.S. $500 million per year")).toBe("approx");
    expect(detectHedge("may have risen to 3,000")).toBe("possible");
    expect(detectHedge("3,500")).toBeUndefined();
    expect(detectHedge("handsome 40")).toBeUndefined();
  });

  it("agrees with every bundled figure's recorded hedge", () => {
    for (const f of facts) {
      if (!("amount" in f) || f.amount.reading) continue;
      const found = detectHedge(f.amount.wording);
      expect(found ?? "exact", f.id).toBe(f.amount.hedge);
    }
  });

  it("says a figure with the source's own hedge words", () => {
    expect(hedgePhrase(ceiling)).toBe("as many as");
    expect(hedgePhrase(approx)).toBe("an estimated");
    expect(hedgePhrase(possible)).toBe("may have risen to");
    expect(hedgePhrase(exact)).toBe("");
    expect(hedgePhrase({ hedge: "atMost", max: 5, wording: "5" })).toBe("up to");
  });

  it("takes an estimate as ±10% everywhere: comparing and accepting typed answers", () => {
    expect(amountBounds(approx)).toEqual({ min: 511 * 0.9, max: 511 * 1.1 });
    expect(acceptedAnswers(approx)).toEqual({ min: 460, max: 562 });
    expect(acceptedAnswers({ hedge: "approx", value: 0.5, wording: "about half" })).toEqual({
      min: 0.45,
      max: 0.55,
    });
  });

  it("gives floors no top, ceilings no bottom, possibilities no bounds at all", () => {
    expect(amountBounds(floor)).toEqual({ min: 12000, max: Number.POSITIVE_INFINITY });
    expect(amountBounds(ceiling)).toEqual({ min: 0, max: 37000 });
    expect(amountBounds(possible)).toEqual({ min: 0, max: Number.POSITIVE_INFINITY });
  });

  it("types the bound a floor or a ceiling gives, and the figure of an exact count", () => {
    expect(acceptedAnswers(floor)).toEqual({ min: 12000, max: 12000 });
    expect(acceptedAnswers(ceiling)).toEqual({ min: 37000, max: 37000 });
    expect(acceptedAnswers(exact)).toEqual({ min: 3500, max: 3500 });
  });

  it("tables state only the source's figures, nothing worked out", () => {
    expect(statedRange(approx)).toEqual({ min: 511, max: 511 });
    expect(statedRange(floor)).toEqual({ min: 12000 });
    expect(statedRange(ceiling)).toEqual({ max: 37000 });
  });

  it("falsifies a floor only upwards and a ceiling only downwards (else it stays true)", () => {
    expect(canFalsify(floor, 9000)).toBe(false);
    expect(canFalsify(floor, 20000)).toBe(true);
    expect(canFalsify(ceiling, 50000)).toBe(false);
    expect(canFalsify(ceiling, 20000)).toBe(true);
    expect(canFalsify(exact, 3500)).toBe(false);
    expect(canFalsify(exact, 0)).toBe(false);
  });
});
