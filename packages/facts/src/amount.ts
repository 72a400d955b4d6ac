import type { Amount } from "./schema.js";

/** The lowest and highest values an amount allows; a missing side is unbounded. */
export function amountBounds(amount: Amount): { min?: number; max?: number } {
  switch (amount.hedge) {
    case "exact":
    case "approx":
      return { min: amount.value, max: amount.value };
    case "atLeast":
      return { min: amount.min };
    case "atMost":
      return { max: amount.max };
    case "range":
      return { min: amount.min, max: amount.max };
  }
}

/** The numbers the source committed to: one for a point or a bound, two for a range. */
export function amountNumbers(amount: Amount): number[] {
  switch (amount.hedge) {
    case "exact":
    case "approx":
      return [amount.value];
    case "atLeast":
      return [amount.min];
    case "atMost":
      return [amount.max];
    case "range":
      return [amount.min, amount.max];
  }
}

const GROUPED = new Intl.NumberFormat("en-US", { maximumFractionDigits: 6 });
const SHORT = new Intl.NumberFormat("en-US", { maximumFractionDigits: 3 });

/** How a number may be written in English text: "37,000", "37000", "500 million". */
export function numberSpellings(value: number): string[] {
  const forms = new Set([GROUPED.format(value), String(value)]);
  for (const [size, word] of [
    [1e9, "billion"],
    [1e6, "million"],
  ] as const) {
    if (value >= size && Number.isInteger((value / size) * 1000)) {
      forms.add(`${SHORT.format(value / size)} ${word}`);
    }
  }
  return [...forms];
}
