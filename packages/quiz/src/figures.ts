import { canFalsify, type Fact, type QuantityFact } from "@nklabor/facts";
import {
  figureLabel,
  figureOf,
  formatFigure,
  type QuizContext,
  questionKey,
  unitKey,
} from "./context.js";
import type { ChoiceOption } from "./question.js";
import type { Random } from "./random.js";

/** A quantity fact a question may ask for: one figure, in digits, taught as the source gave it. */
export function isTeachable(fact: Fact): fact is QuantityFact {
  if (!("amount" in fact) || fact.rank.level === "deprecated" || fact.derived) return false;
  const figure = figureOf(fact);
  // A figure read from words ("tens of thousands") is not a number to ask for, unless exact ("a fifth").
  return (
    figure !== undefined &&
    figure > 0 &&
    (fact.amount.reading === undefined || fact.amount.hedge === "exact")
  );
}

export const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** A figure as a whole number in text: "10" matches in "10 workers", not in "2010" or "10.5". */
export function figurePattern(text: string, flags = ""): RegExp {
  return new RegExp(`(?<![\\d.,$])${escapeRegExp(text)}(?![\\d]|[.,]\\d)`, flags);
}

/**
 * The claim with its figure replaced by a blank: "... as many as ___ North Korean laborers ...".
 * Undefined when the figure is not written in the claim exactly once (then no fill-in question).
 */
const blanked = new WeakMap<QuantityFact, string | undefined>();
export function blankClaim(fact: QuantityFact, blank = "___"): string | undefined {
  if (blank === "___" && blanked.has(fact)) return blanked.get(fact);
  const result = blankWith(fact, blank);
  if (blank === "___") blanked.set(fact, result);
  return result;
}

/**
 * A text about the fact (its claim, or a short form of it) with the figure replaced by `blank`;
 * undefined unless the figure is written in it exactly once, outside quotation marks.
 */
export function blankWith(
  fact: QuantityFact,
  blank: string,
  claim = fact.claim,
): string | undefined {
  const figure = figureOf(fact);
  if (figure === undefined) return undefined;
  const text = formatFigure(fact, figure);
  const pattern = figurePattern(text, "g");
  const matches = [...claim.matchAll(pattern)];
  if (matches.length !== 1) return undefined;
  // A figure inside quotation marks is the source's words: never blanked or changed there.
  const before = claim.slice(0, matches[0]?.index ?? 0);
  if ((before.match(/“/g)?.length ?? 0) > (before.match(/”/g)?.length ?? 0)) return undefined;
  return claim.replace(pattern, blank);
}

/**
 * The claim with its figure replaced by another value, for a false statement; undefined when that
 * value would not make it false whatever the truth (a lower "at least", a higher "as many as") or
 * could not be (more than 24 hours a day, more than 100%, a duration far from the real one).
 */
export function replaceFigure(
  fact: QuantityFact,
  value: number,
  claim = fact.claim,
): string | undefined {
  if (!canFalsify(fact.amount, value) || !plausible(fact, value)) return undefined;
  return blankWith(fact, formatFigure(fact, value), claim);
}

/** Whether a value could stand in the claim at all, so a false statement is not given away by absurdity. */
export function plausible(fact: QuantityFact, value: number): boolean {
  const figure = figureOf(fact) ?? value;
  return possible(fact, value) && value <= figure * 3 && value >= figure / 3;
}

/**
 * Whether a wrong option could be believed beside the answer: it can be at all, and a time's
 * stays near it (no one says "immediately" of a hundred months), another fact's figure included.
 */
function believable(fact: QuantityFact, answer: number, value: number): boolean {
  return possible(fact, value) && (fact.kind !== "duration" || value <= answer * 3);
}

/** Whether a value can be at all: no more than 24 hours a day, no share of 100% or more. */
export function possible(fact: QuantityFact, value: number): boolean {
  if (fact.kind === "share" && value >= 1) return false;
  return !(fact.kind === "duration" && fact.unit === "hours" && fact.per === "day" && value > 24);
}

/** Values that are right answers to the question this fact answers: never distractors. */
export function trueValues(ctx: QuizContext, fact: QuantityFact): Set<number> {
  const same = ctx.byQuestion.get(questionKey(fact)) ?? [];
  return new Set(same.flatMap((f) => figureOf(f) ?? []));
}

/** How far apart distractors are, as a ratio step on a log scale, for a difficulty target in [0, 1]. */
function ladderStep(target: number): number {
  return 3 - 1.7 * target; // easy: x3, hard: x1.3
}

/** Rounds to as many significant digits as the answer has (at least one), so options look alike. */
export function roundLike(value: number, like: number): number {
  const digits = Math.max(1, significantDigits(like));
  const magnitude = 10 ** (Math.floor(Math.log10(Math.abs(value))) - digits + 1);
  const rounded = Math.round(value / magnitude) * magnitude;
  return Number.isInteger(like) ? Math.round(rounded) : Number(rounded.toPrecision(digits));
}

export function significantDigits(value: number): number {
  const text = Math.abs(value).toExponential().split("e")[0] ?? "0";
  return text.replace(".", "").replace(/0+$/, "").length || 1;
}

export interface NumericOptions {
  readonly options: ChoiceOption[];
  /** The number behind each option. */
  readonly values: number[];
  readonly correct: number;
  /** 0 to 1: how close the nearest distractor is (1: within a few percent). */
  readonly closeness: number;
}

/**
 * Four options in ascending order, the right one at a uniformly random rank, so that "pick the
 * middle one" does not work. Real figures of the same unit from other facts come first (their
 * note says what they were), then a log-scale ladder. Undefined when no fair set exists.
 */
export function numericOptions(
  ctx: QuizContext,
  fact: QuantityFact,
  rng: Random,
  target: number,
  count = 4,
): NumericOptions | undefined {
  const answer = figureOf(fact);
  if (answer === undefined) return undefined;
  const rank = rng.int(count);
  const forbidden = trueValues(ctx, fact);
  const shown = new Set([formatFigure(fact, answer)]);
  const maxRatio = 20 - 16 * target; // how far a real figure may be from the answer
  const real = new Map<number, QuantityFact>();
  // A bounded sample of same-unit figures: enough for four options, constant cost per question.
  const sameUnit = ctx.byUnit.get(unitKey(fact)) ?? [];
  const sample =
    sameUnit.length <= 64 ? sameUnit : Array.from({ length: 64 }, () => rng.pick(sameUnit));
  for (const other of sample) {
    const v = figureOf(other);
    if (v === undefined || forbidden.has(v) || other.rank.level === "deprecated") continue;
    const ratio = v > answer ? v / answer : answer / v;
    if (!believable(fact, answer, v)) continue;
    if (ratio > 1.05 && ratio <= maxRatio && !real.has(v)) real.set(v, other);
  }
  const pickSide = (below: boolean, need: number): [number, ChoiceOption][] => {
    const chosen: [number, ChoiceOption][] = [];
    const candidates = rng.shuffle(
      [...real.keys()].filter((v) => (below ? v < answer && v > smallCountIn(fact) : v > answer)),
    );
    for (const v of candidates) {
      if (chosen.length >= need) break;
      // Options are told apart by their English text: every language gets the same ones.
      const text = formatFigure(fact, v);
      if (shown.has(text)) continue;
      shown.add(text);
      const other = real.get(v) as QuantityFact;
      chosen.push([
        v,
        {
          text: ctx.voice.figure(fact, v),
          // Mid-sentence, the source's words open in lower case: “an estimated 50,000”.
          note: ctx.voice.m.otherFigureNote({
            label: figureLabel(ctx, other),
            words: `“${other.amount.wording.replace(/^[A-Z](?=[a-z])/, (c) => c.toLowerCase())}”`,
          }),
        },
      ]);
    }
    const step = ladderStep(target) * (1 + rng.next() * 0.2);
    // "___ people, two of them supervisors": no option at or below a count the claim itself states.
    const floor = below ? smallCountIn(fact) : 0;
    for (let k = 1; chosen.length < need && k < 40; k++) {
      const raw = below ? answer / step ** (k * 0.75) : answer * step ** (k * 0.75);
      const v = roundLike(raw, answer);
      if (!(v > 0) || v === answer || forbidden.has(v) || (below ? v >= answer : v <= answer))
        continue;
      if (!believable(fact, answer, v) || v <= floor) continue;
      if (Number.isInteger(answer) && !Number.isInteger(v)) continue;
      const text = formatFigure(fact, v);
      if (shown.has(text)) continue;
      shown.add(text);
      chosen.push([v, { text: ctx.voice.figure(fact, v) }]);
    }
    return chosen;
  };
  const below = pickSide(true, rank);
  const above = pickSide(false, count - 1 - rank);
  if (below.length !== rank || above.length !== count - 1 - rank) return undefined;
  const all = [
    ...below,
    [answer, { text: ctx.voice.figure(fact, answer) }] as [number, ChoiceOption],
    ...above,
  ].sort((a, b) => a[0] - b[0]);
  const nearest = Math.min(
    ...all.filter(([v]) => v !== answer).map(([v]) => Math.abs(Math.log(v / answer))),
  );
  return {
    options: all.map(([, o]) => o),
    values: all.map(([v]) => v),
    correct: all.findIndex(([v]) => v === answer),
    closeness: Math.max(0, Math.min(1, 1 - nearest / Math.log(10))),
  };
}

const NUMBER_WORDS = [
  "one",
  "two",
  "three",
  "four",
  "five",
  "six",
  "seven",
  "eight",
  "nine",
  "ten",
];
/** The largest other count a head-count claim states ("two of them"), or 0. */
function smallCountIn(fact: QuantityFact): number {
  if (fact.kind !== "headcount") return 0;
  const words = fact.claim.toLowerCase().match(/\b[a-z]+\b/g) ?? [];
  return Math.max(0, ...words.map((w) => NUMBER_WORDS.indexOf(w) + 1));
}

/** How little-known a fact is: anonymous and single sources are harder than official ones. */
export function obscurity(ctx: QuizContext, fact: Fact): number {
  const kind = ctx.base.claimantOf(fact).kind;
  const byKind = {
    anonymous: 0.8,
    person: 0.5,
    media: 0.4,
    organization: 0.3,
    "government-body": 0.3,
  };
  return byKind[kind];
}
