import { localNumber } from "@nklabor/facts";
import fc from "fast-check";
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

  it("anything else is not a number (a comma that does not group thousands is not read as one)", () => {
    for (const text of ["", "many", "500 zillion", "12,000 people and more", "1.2.3", "3,5"])
      expect(parseTypedNumber(text)).toBeNaN();
  });

  it("in Korean: the units 만, 억, 천 as Korean writes large numbers, and the words around them", () => {
    expect(parseTypedNumber("3만 7천", "ko")).toBe(37_000);
    expect(parseTypedNumber("3만7천", "ko")).toBe(37_000);
    expect(parseTypedNumber("8만 3700", "ko")).toBe(83_700);
    expect(parseTypedNumber("5만 명", "ko")).toBe(50_000);
    expect(parseTypedNumber("약 5만", "ko")).toBe(50_000);
    expect(parseTypedNumber("3.7만", "ko")).toBe(37_000);
    expect(parseTypedNumber("4억 5천만", "ko")).toBe(450_000_000);
    expect(parseTypedNumber("760달러", "ko")).toBe(760);
    expect(parseTypedNumber("37,000명", "ko")).toBe(37_000);
    expect(parseTypedNumber("20시간", "ko")).toBe(20);
    for (const text of ["만만세", "3만 abc", "많이"])
      expect(parseTypedNumber(text, "ko")).toBeNaN();
  });

  it("in Russian: spaces of any width between thousands, a decimal comma, scale and currency words", () => {
    expect(parseTypedNumber("37 000", "ru")).toBe(37_000);
    expect(parseTypedNumber("37\u00a0000", "ru")).toBe(37_000);
    expect(parseTypedNumber("37\u202f000", "ru")).toBe(37_000);
    expect(parseTypedNumber("3,5", "ru")).toBe(3.5);
    expect(parseTypedNumber("12,000", "ru")).toBe(12_000);
    expect(parseTypedNumber("500 млн", "ru")).toBe(500_000_000);
    expect(parseTypedNumber("1,5 млрд", "ru")).toBe(1_500_000_000);
    expect(parseTypedNumber("1,235 млн", "ru")).toBe(1_235_000);
    expect(parseTypedNumber("37 тысяч", "ru")).toBe(37_000);
    expect(parseTypedNumber("760 долларов", "ru")).toBe(760);
    expect(parseTypedNumber("760 долл. США", "ru")).toBe(760);
    expect(parseTypedNumber("20 %", "ru")).toBe(20);
    for (const text of ["много", "500 мегатонн"]) expect(parseTypedNumber(text, "ru")).toBeNaN();
  });

  it("reads back every whole number as the quiz writes it in Korean and Russian", () => {
    // Any whole number, and round ones (which Russian writes with млн and млрд).
    const whole = fc.oneof(
      fc.integer({ min: 0, max: 2_000_000_000 }),
      fc.integer({ min: 0, max: 2_000_000 }).map((n) => n * 1000),
    );
    fc.assert(
      fc.property(whole, (n) => {
        expect(parseTypedNumber(localNumber(n, "ko"), "ko")).toBe(n);
        expect(parseTypedNumber(localNumber(n, "ru"), "ru")).toBe(n);
        expect(parseTypedNumber(n.toLocaleString("en-US"))).toBe(n);
      }),
      { numRuns: 500 },
    );
  });
});
