import type { Fact, FactId } from "@nklabor/facts";
import type { QuizContext } from "../context.js";
import {
  type AnswerKey,
  difficultyOf,
  type GeneratedQuestionType,
  type Question,
  type QuestionCitation,
  type ShortForm,
} from "../question.js";
import { type Random, shortHash } from "../random.js";

/** One question a generator can make: its type, a stable key, and how to build it. */
export interface Slot {
  readonly type: GeneratedQuestionType;
  /** Stable across seeds; the question id derives from it. */
  readonly key: string;
  /** The facts the question is about, when known before it is built. */
  readonly facts: readonly FactId[];
  /**
   * The facts it may be about, when which of them is known only once it is built (a comparison
   * draws its set): a pinned one among them puts the slot first, as `facts` does.
   */
  readonly about?: readonly FactId[];
  build(rng: Random, target: number): Question | undefined;
}

export interface QuestionParts {
  readonly prompt: string;
  readonly key: AnswerKey;
  readonly explanation: string;
  readonly facts: readonly Fact[];
  readonly citations: readonly QuestionCitation[];
  readonly difficultyScore: number;
  /** The same question within SHORT_LIMITS, when one can be written faithfully. */
  readonly short?: ShortForm | undefined;
}

export function questionId(type: GeneratedQuestionType, slotKey: string): string {
  return `${type}-${shortHash(`${type}|${slotKey}`)}`;
}

export function makeQuestion(
  type: GeneratedQuestionType,
  slotKey: string,
  parts: QuestionParts,
): Question {
  const score = Math.round(Math.max(0, Math.min(1, parts.difficultyScore)) * 100) / 100;
  const topic = parts.facts[0]?.topic;
  return {
    id: questionId(type, slotKey),
    type,
    prompt: parts.prompt,
    key: parts.key,
    explanation: parts.explanation,
    factIds: parts.facts.map((f) => f.id),
    citations: parts.citations,
    ...(topic ? { topic } : {}),
    difficulty: difficultyOf(score),
    difficultyScore: score,
    ...(parts.short ? { short: parts.short } : {}),
  };
}

/** Up to `n` items in random order: the whole list shuffled when short, else `n` random picks. */
export function sample<T>(rng: Random, items: readonly T[], n: number): readonly T[] {
  return items.length <= n ? rng.shuffle(items) : Array.from({ length: n }, () => rng.pick(items));
}

/** "an estimated 511" → "An estimated 511", to open a sentence. */
export const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * A quote set in curly quotes, never with two marks side by side: a quote that opens with the
 * speaker's own quotation marks is shown as the source prints it; quotation marks inside one are
 * nested as single marks (typography, not a change of words).
 */
export function quoted(text: string): string {
  if (/^[“"]/.test(text)) return text;
  const nested = text
    .replace(/"([^"]*)"/g, "‘$1’")
    .replace(/“/g, "‘")
    .replace(/”/g, "’");
  return `“${nested}”`;
}

export type SlotSource = (ctx: QuizContext, subjects: readonly Fact[]) => Slot[];

/** For a claim the sources disagree on, a sentence that says so; "" otherwise. */
export function disagreement(ctx: QuizContext, fact: Fact): string {
  const group = ctx.base.conflictsOf(fact.id)[0]?.group;
  if (!group) return "";
  const m = ctx.voice.m;
  // Sources that only word a thing differently ("by late 2019", "no later than 24 months") do not disagree.
  const lead = group.reasons.every((r) => r === "different-wording")
    ? m.sourcesWordIt()
    : m.sourcesDiffer();
  // Said, then explained: the group's note says how they differ and why.
  return ` ${lead} ${ctx.voice.conflictNote(group)}`;
}
