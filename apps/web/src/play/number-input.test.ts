import { describe, expect, it } from "vitest";
import { parseTypedNumber } from "./number-input.js";

describe("a typed number, as the learner meant it", () => {
  it("reads digits with separators, a currency sign, and a scale word", () => {
    expect(parseTypedNumber("12,000")).toBe(12_000);
    expect(parseTypedNumber(" 12 000 ")).toBe(12_000);
    expect(parseTypedNumber("500 million")).toBe(500_000_000);
    expect(parseTypedNumber("$500 million")).toBe(500_000_000);
    expect(parseTypedNumber("US$ 1.5bn")).toBe(1_500_000_000);
    expect(parseTypedNumber("500m")).toBe(500_000_000);
    expect(parseTypedNumber("37 thousand")).toBe(37_000);
    expect(parseTypedNumber("0.5")).toBe(0.5);
    expect(parseTypedNumber("20%")).toBe(20);
    expect(parseTypedNumber("20 per cent")).toBe(20);
  });

  it("anything else is not a number", () => {
    for (const text of ["", "many", "500 zillion", "12,000 people and more", "1.2.3"])
      expect(parseTypedNumber(text)).toBeNaN();
  });
});
