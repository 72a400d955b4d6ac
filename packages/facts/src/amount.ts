import type { Amount, Hedge } from "./schema.js";
import type { Language } from "./schema-ids.js";

/*
 * Hedges: what each one commits the source to, the words that say it, and how a figure with it
 * may be compared, asked for and explained. The one place these rules live: the quiz, its checker
 * and the app all read them from here.
 */

interface HedgeRule {
  /** Words a source opens such a figure with, longest first ("an estimated", "as many as"). */
  readonly phrases: readonly string[];
  /** The words used when the source's own are not among `phrases` ("" for none). */
  readonly say: string;
  /** What the hedge means, said to a learner after the source's words ("" when nothing needs saying). */
  readonly means: string;
  /** What such a figure is, as a noun phrase: "a ceiling", "an estimate". */
  readonly noun: string;
}

/**
 * The rule of each {@link Hedge}: `phrases`, the words a source opens such a figure with; `say`,
 * the words used when the source's own are not among them; `means`, what the hedge means, said to a
 * learner; and `noun`, what such a figure is ("a ceiling"). English only: {@link HEDGE_GLOSSARY}
 * holds the agreed words in each language.
 */
export const HEDGES: Readonly<Record<Hedge, HedgeRule>> = {
  exact: { phrases: [], say: "", means: "", noun: "a figure given as exact" },
  approx: {
    phrases: ["an estimated", "estimated that", "estimated", "around", "about", "some", "roughly"],
    say: "about",
    means: "That is an estimate, not an exact figure.",
    noun: "an estimate",
  },
  atLeast: {
    phrases: ["at least", "upwards of", "more than"],
    say: "at least",
    means: "That is a floor: the real figure may be higher.",
    noun: "a floor",
  },
  atMost: {
    phrases: ["as many as", "up to", "at most"],
    say: "up to",
    means: "That is a ceiling: the real figure may be lower.",
    noun: "a ceiling",
  },
  range: {
    phrases: ["between"],
    say: "",
    means: "That is a range, not one figure.",
    noun: "a range",
  },
  possible: {
    phrases: ["may have risen to", "may have fallen to", "may have reached", "could be"],
    say: "possibly",
    means: "That is a possibility the source raises, not an estimate of what was.",
    noun: "a possibility",
  },
};

/** How far an estimate ("about", "an estimated") is taken to reach either side of its figure. */
export const ESTIMATE_TOLERANCE = 0.1;

/** The hedge the words of a figure signal ("as many as 37,000" is atMost), or undefined for none. */
export function detectHedge(wording: string): Exclude<Hedge, "exact" | "range"> | undefined {
  const text = wording.trim().toLowerCase();
  let found: { hedge: Exclude<Hedge, "exact" | "range">; length: number } | undefined;
  for (const hedge of ["approx", "atLeast", "atMost", "possible"] as const) {
    for (const phrase of HEDGES[hedge].phrases) {
      if (new RegExp(`(^|\\W)${phrase}\\b`).test(text) && phrase.length > (found?.length ?? 0))
        found = { hedge, length: phrase.length };
    }
  }
  return found?.hedge;
}

/** The words to put before a figure: the source's own when they open its wording, else the hedge's. */
export function hedgePhrase(amount: Amount): string {
  const text = amount.wording.trim().toLowerCase();
  const own = HEDGES[amount.hedge].phrases.find((p) => text.startsWith(`${p} `));
  if (own === "estimated that" || own === "estimated") return "an estimated";
  return own ?? HEDGES[amount.hedge].say;
}

/**
 * The values the source's words allow, for comparing figures: an estimate reaches
 * ESTIMATE_TOLERANCE either side, a floor has no top, a ceiling no bottom above 0, and a
 * possibility commits to nothing. A missing side is unbounded.
 */
export function amountBounds(amount: Amount): { min: number; max: number } {
  switch (amount.hedge) {
    case "exact":
      return { min: amount.value, max: amount.value };
    case "approx":
      return {
        min: amount.value * (1 - ESTIMATE_TOLERANCE),
        max: amount.value * (1 + ESTIMATE_TOLERANCE),
      };
    case "atLeast":
      return { min: amount.min, max: Number.POSITIVE_INFINITY };
    case "atMost":
      return { min: 0, max: amount.max };
    case "range":
      return { min: amount.min, max: amount.max };
    case "possible":
      return { min: 0, max: Number.POSITIVE_INFINITY };
  }
}

/**
 * The figures as the source stated them, for tables: the one figure of an exact, estimated or
 * possible amount; the bound of a floor or a ceiling; both ends of a range. Nothing worked out.
 */
export function statedRange(amount: Amount): { min?: number; max?: number } {
  switch (amount.hedge) {
    case "exact":
    case "approx":
    case "possible":
      return { min: amount.value, max: amount.value };
    case "atLeast":
      return { min: amount.min };
    case "atMost":
      return { max: amount.max };
    case "range":
      return { min: amount.min, max: amount.max };
  }
}

/** The one figure a question may ask for (the value, or the bound the source gave); none for a range. */
export function amountFigure(amount: Amount): number | undefined {
  switch (amount.hedge) {
    case "exact":
    case "approx":
    case "possible":
      return amount.value;
    case "atLeast":
      return amount.min;
    case "atMost":
      return amount.max;
    case "range":
      return undefined;
  }
}

/**
 * What a typed answer for the figure in the blank may be and still count: the figure the source
 * wrote, and for an estimate anything within ESTIMATE_TOLERANCE of it (whole numbers for whole
 * figures). A floor or a ceiling is typed as the bound the source gave.
 */
export function acceptedAnswers(amount: Amount): { min: number; max: number } | undefined {
  const figure = amountFigure(amount);
  if (figure === undefined) return undefined;
  if (amount.hedge !== "approx") return { min: figure, max: figure };
  const low = figure * (1 - ESTIMATE_TOLERANCE);
  const high = figure * (1 + ESTIMATE_TOLERANCE);
  return Number.isInteger(figure)
    ? { min: Math.ceil(low), max: Math.floor(high) }
    : { min: Number(low.toPrecision(12)), max: Number(high.toPrecision(12)) };
}

/**
 * A false figure for a true/false statement that stays false whatever the truth: an "at least"
 * figure only raised (a lower floor would still be true), an "as many as" figure only lowered.
 */
export function canFalsify(amount: Amount, value: number): boolean {
  const figure = amountFigure(amount);
  if (figure === undefined || value === figure || !(value > 0)) return false;
  if (amount.hedge === "atLeast") return value > figure;
  if (amount.hedge === "atMost") return value < figure;
  return true;
}

/** The numbers the source committed to: one for a point or a bound, two for a range. */
export function amountNumbers(amount: Amount): number[] {
  return amount.hedge === "range" ? [amount.min, amount.max] : [amountFigure(amount) as number];
}

const GROUPED = new Intl.NumberFormat("en-US", { maximumFractionDigits: 6 });
const SHORT = new Intl.NumberFormat("en-US", { maximumFractionDigits: 3 });

const LOCAL = {
  ko: new Intl.NumberFormat("ko", { maximumFractionDigits: 6 }),
  ru: new Intl.NumberFormat("ru", { maximumFractionDigits: 6 }),
} as const;
/** Korean counts large numbers in 만 (10⁴), 억 (10⁸) and 조 (10¹²). */
const KOREAN_UNITS = [
  [1e12, "조"],
  [1e8, "억"],
  [1e4, "만"],
] as const;

/**
 * A number as Korean or Russian writes it in running text: Korean in 만, 억 and 조 from ten
 * thousand (37,000 is 3만 7천, 500,000,000 is 5억; 3,500 stays in digits), Russian grouped with
 * a no-break space (37 000) and millions as млн (500 млн).
 */
export function localNumber(value: number, lang: "ko" | "ru"): string {
  const format = LOCAL[lang];
  if (lang === "ru") {
    for (const [size, word] of [
      [1e9, "млрд"],
      [1e6, "млн"],
    ] as const)
      if (value >= size && Number.isInteger((value / size) * 1000))
        return `${format.format(value / size)} ${word}`;
    return format.format(value);
  }
  if (!Number.isInteger(value) || value < 1e4) return format.format(value);
  // Each group of four digits as 맞춤법 제44항 writes it: no comma inside (8만 3700), whole
  // thousands as 천 (3만 7천, 4억 5천만).
  const group = (n: number) => (n % 1000 === 0 ? `${n / 1000}천` : String(n));
  const parts: string[] = [];
  let rest = value;
  for (const [size, word] of KOREAN_UNITS) {
    const n = Math.floor(rest / size);
    if (n > 0) parts.push(`${group(n)}${word}`);
    rest -= n * size;
  }
  if (rest > 0) parts.push(group(rest));
  return parts.join(" ");
}

/**
 * How a number may be written in a language's text: "37,000", "37000", "500 million" in
 * English; also "3만 7천" in Korean, "37 000" (no-break or plain space) and "500 млн" in Russian.
 */
export function numberSpellings(value: number, lang: Language = "en"): string[] {
  const forms = new Set([GROUPED.format(value), String(value)]);
  if (lang !== "en") {
    const local = localNumber(value, lang);
    forms.add(local).add(local.replaceAll("\u00a0", " "));
    return [...forms];
  }
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
