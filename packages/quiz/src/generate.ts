import type { Fact } from "@nklabor/facts";
import { assembleQuiz, quizWithoutFacts, usesFacts } from "./assemble.js";
import { clashes } from "./check-quiz.js";
import { englishVoice, type QuizContext, quizContext, withVoice } from "./context.js";
import { QuizSpecError } from "./errors.js";
import { estimatesVarySlots } from "./generators/estimates-vary.js";
import { matchingSlots } from "./generators/matching.js";
import { numericChoiceSlots, numericEstimateSlots } from "./generators/numeric.js";
import type { Slot, SlotSource } from "./generators/shared.js";
import { timelineSlots } from "./generators/timeline.js";
import { trueFalseSlots } from "./generators/true-false.js";
import { whoSaidItSlots } from "./generators/who-said-it.js";
import { quizTitle } from "./labels.js";
import type { Difficulty, GeneratedQuestionType, Question, Quiz } from "./question.js";
import { createRandom, type Random } from "./random.js";
import { sameQuestion } from "./same-question.js";
import type { QuizSpec } from "./spec.js";
import type { Voice } from "./voice.js";

export const GENERATORS: Record<GeneratedQuestionType, SlotSource> = {
  "numeric-choice": numericChoiceSlots,
  "numeric-estimate": numericEstimateSlots,
  "true-false": trueFalseSlots,
  "who-said-it": whoSaidItSlots,
  timeline: timelineSlots,
  matching: matchingSlots,
  "estimates-vary": estimatesVarySlots,
};
/** Mixed: each question draws its own target; otherwise all aim at the chosen difficulty. */
const targetFor = (spec: QuizSpec, rng: Random) =>
  spec.difficulty === "mixed" ? rng.next() : TARGET[spec.difficulty];
/**
 * In the order they choose their facts: questions about several facts first (or single-fact ones
 * would use up their facts), the scarcest of them first (few conflicts have a clear winner).
 */
const ALL_TYPES: readonly GeneratedQuestionType[] = [
  "estimates-vary",
  "timeline",
  "matching",
  "numeric-choice",
  "numeric-estimate",
  "true-false",
  "who-said-it",
];
const MULTI_FACT = new Set<GeneratedQuestionType>(["estimates-vary", "timeline", "matching"]);
const TARGET: Record<Difficulty, number> = { easy: 0.15, medium: 0.5, hard: 0.85 };

/**
 * Makes a quiz from a spec: the same spec and seed give the same quiz on any machine (for the
 * same data, whose version the quiz carries), and the same questions, options and order in every
 * language: only the words differ. The spec is trusted: validate specs from outside with
 * `parseSpec` or `decodeSpec`. A Korean or Russian spec needs its voice: `generateQuiz(spec,
 * await loadVoice(spec.language))`; without it, a QuizSpecError `LANGUAGE_NOT_LOADED`.
 */
export function generateQuiz(spec: QuizSpec, voice?: Voice): Quiz {
  const language = spec.language ?? "en";
  const speaker = language === "en" ? englishVoice() : voice;
  if (speaker?.lang !== language)
    throw new QuizSpecError(
      "LANGUAGE_NOT_LOADED",
      `The ${language} words are not loaded: call generateQuiz(spec, await loadVoice("${language}")).`,
    );
  const titled = { ...spec, title: quizTitle(spec, speaker.labels) };
  if (!usesFacts(spec)) return quizWithoutFacts(spec, speaker.labels);
  const ctx = quizContext(spec.customFacts);
  const m = speaker.m;
  const warnings: string[] = [];
  const excluded = new Set<string>(spec.excluded);
  const pinned = new Set<string>(spec.pinned);
  const subjects = ctx.base.facts.filter(
    (f: Fact) =>
      !excluded.has(f.id) &&
      (pinned.has(f.id) || spec.topics.length === 0 || spec.topics.includes(f.topic)),
  );
  const types = ALL_TYPES.filter((t) => spec.types.length === 0 || spec.types.includes(t));
  const wanted = Math.max(0, spec.count - spec.customQuestions.length);
  /**
   * Chooses the questions with the types tried in this order (each type's queue of slots shuffled
   * by the seed); returns what it chose and what it has to say about it.
   */
  // Which slot built each question (by identity: two slots may build questions of one id).
  const slotOf = new WeakMap<Question, Slot>();
  const built = (slot: Slot, q: Question | undefined) => {
    if (q) slotOf.set(q, slot);
    return q;
  };
  const choose = (types: readonly GeneratedQuestionType[]) => {
    const notes: string[] = [];
    const select = createRandom(spec.seed, "select");

    // One shuffled queue of slots per type; pinned facts' slots go first.
    const queues = types.map((type) => {
      const slots = select.shuffle(GENERATORS[type](ctx, subjects));
      const isPinned = (s: Slot) => [...s.facts, ...(s.about ?? [])].some((id) => pinned.has(id));
      return { first: slots.filter(isPinned), rest: slots.filter((s) => !isPinned(s)) };
    });
    // Pinned facts' slots of every type first, then the rest: a pinned fact is asked before
    // another type's question can take its place. Walked with a cursor (Array.shift is O(n)).
    const rounds = [
      queues.map((q) => ({ slots: q.first, next: 0 })),
      queues.map((q) => ({ slots: q.rest, next: 0 })),
    ];
    const chosen: Question[] = [];
    const offTarget: Question[] = [];
    const usedFacts = new Set<string>();
    const fits = (q: Question, also: readonly Question[] = []) =>
      ![...chosen, ...also].some((c) => c.id === q.id || clashes(c, q, spec.customFacts)) &&
      (spec.repeatFacts ||
        q.factIds.every((id) => !usedFacts.has(id) && !also.some((a) => a.factIds.includes(id))));
    const take = (q: Question) => {
      chosen.push(q);
      for (const id of q.factIds) usedFacts.add(id);
    };
    // A claim and the reply that answers it are asked together or not at all.
    const replies = (q: Question) =>
      q.factIds.flatMap((id) => {
        const fact = ctx.base.getFact(id);
        return ctx.base.facts
          .filter((f) => f.id === fact?.replyTo || f.replyTo === id)
          .map((f) => f.id)
          .filter((p) => !q.factIds.includes(p) && !chosen.some((c) => c.factIds.includes(p)));
      });
    const slotsAbout = (id: string) =>
      queues.flatMap((queue) =>
        [...queue.first, ...queue.rest].filter((slot) => slot.facts.includes(id as Fact["id"])),
      );
    /** Takes the question, with one about each claim it answers or that answers it; false if it cannot. */
    const tryTake = (q: Question): boolean => {
      if (!fits(q)) return false;
      const partners: Question[] = [];
      for (const id of replies(q)) {
        const partner = slotsAbout(id)
          .map((slot) => {
            const rng = createRandom(spec.seed, slot.type, slot.key);
            return built(slot, slot.build(rng, targetFor(spec, rng)));
          })
          .find((p): p is Question => p !== undefined && fits(p, [q, ...partners]));
        if (!partner) return false;
        partners.push(partner);
      }
      if (chosen.length + 1 + partners.length > wanted) return false;
      for (const p of [q, ...partners]) take(p);
      return true;
    };
    // Round robin over the types, so a quiz mixes them; a slot that cannot be built is skipped.
    for (const round of rounds) {
      let progress = true;
      while (chosen.length < wanted && progress) {
        progress = false;
        for (const queue of round) {
          if (chosen.length >= wanted) break;
          while (queue.next < queue.slots.length) {
            const slot = queue.slots[queue.next++] as Slot;
            if (!spec.repeatFacts && slot.facts.some((id) => usedFacts.has(id))) continue;
            const rng = createRandom(spec.seed, slot.type, slot.key);
            const question = built(slot, slot.build(rng, targetFor(spec, rng)));
            if (!question || !fits(question)) continue;
            if (spec.difficulty !== "mixed" && question.difficulty !== spec.difficulty) {
              offTarget.push(question);
              continue;
            }
            if (!tryTake(question)) continue;
            progress = true;
            break;
          }
        }
      }
    }
    if (chosen.length < wanted && offTarget.length > 0) {
      const before = chosen.length;
      for (const q of offTarget.sort(
        (a, b) =>
          Math.abs(a.difficultyScore - TARGET[spec.difficulty as Difficulty]) -
          Math.abs(b.difficultyScore - TARGET[spec.difficulty as Difficulty]),
      )) {
        if (chosen.length >= wanted) break;
        tryTake(q);
      }
      notes.push(
        m.warnOffTarget({
          found: before,
          difficulty: spec.difficulty,
          added: chosen.length - before,
        }),
      );
    }
    return { chosen, notes };
  };
  // Questions about several facts choose first; when that leaves the quiz short (a small topic
  // whose facts and quotes they use up), the other way round is kept if that makes a third more.
  let picked = choose(types);
  if (picked.chosen.length < wanted) {
    const singleFirst = [...types].sort(
      (a, b) => Number(MULTI_FACT.has(a)) - Number(MULTI_FACT.has(b)),
    );
    const other = choose(singleFirst);
    if (other.chosen.length * 3 > picked.chosen.length * 4) picked = other;
  }
  const { chosen } = picked;
  warnings.push(...picked.notes);
  if (chosen.length < wanted) {
    warnings.push(
      m.warnShort({ made: chosen.length + spec.customQuestions.length, asked: spec.count }),
    );
  }
  for (const id of pinned) {
    if (!chosen.some((q) => q.factIds.includes(id as Fact["id"])))
      warnings.push(m.warnPinned({ id }));
  }
  const worded =
    speaker === ctx.voice
      ? chosen
      : inVoice(spec, withVoice(ctx, speaker), chosen, slotOf, subjects);
  return assembleQuiz(titled, worded, warnings, ctx.datasetVersion);
}

/**
 * The chosen questions worded by another voice: each built again by its slot with the same
 * random draws, so facts, options and order are the English ones. Anything else is a bug in a
 * generator (a choice made on words), thrown, never a quiz that differs by language.
 */
function inVoice(
  spec: QuizSpec,
  voiced: QuizContext,
  chosen: readonly Question[],
  slotOf: WeakMap<Question, Slot>,
  subjects: readonly Fact[],
): Question[] {
  const slots = new Map<string, Map<string, Slot>>();
  return chosen.map((q) => {
    const slot = slotOf.get(q);
    if (!slot) throw new Error(`no slot recorded for question ${q.id}`);
    let byKey = slots.get(slot.type);
    if (!byKey) {
      byKey = new Map(GENERATORS[slot.type](voiced, subjects).map((s) => [s.key, s]));
      slots.set(slot.type, byKey);
    }
    const twin = byKey.get(slot.key);
    // The same draws as the English build: the target first, then the question's own.
    const rng = createRandom(spec.seed, slot.type, slot.key);
    const worded = twin?.build(rng, targetFor(spec, rng));
    if (!worded || !sameQuestion(q, worded))
      throw new Error(`question ${q.id} is not the same question in ${voiced.voice.lang}`);
    // Short forms are English (Kahoot's limits are counted in its English template).
    const { short: _short, ...rest } = worded;
    return rest;
  });
}

/**
 * Every question the generators can make for a spec's topics and types (one per slot, fact use
 * not limited): a teacher's preview of what a quiz may contain. Deterministic like generateQuiz.
 */
export function questionBank(spec: QuizSpec): Question[] {
  const ctx = quizContext(spec.customFacts);
  const excluded = new Set<string>(spec.excluded);
  const subjects = ctx.base.facts.filter(
    (f) => !excluded.has(f.id) && (spec.topics.length === 0 || spec.topics.includes(f.topic)),
  );
  const types = spec.types.length > 0 ? spec.types : ALL_TYPES;
  const bank: Question[] = [];
  const seen = new Set<string>();
  for (const type of types) {
    for (const slot of GENERATORS[type](ctx, subjects)) {
      const rng = createRandom(spec.seed, slot.type, slot.key);
      const question = slot.build(rng, targetFor(spec, rng));
      if (question && !seen.has(question.id)) {
        seen.add(question.id);
        bank.push(question);
      }
    }
  }
  return bank;
}

/**
 * The questions one fact can feed, one of each type (the first the spec's seed builds), for
 * showing a teacher what a new fact will ask before it is added. The spec's topics, types and
 * exclusions are ignored: the fact is asked about whatever they are.
 */
export function factQuestions(spec: QuizSpec, id: Fact["id"]): Question[] {
  const bank = questionBank({ ...spec, topics: [], types: [], excluded: [] });
  const byType = new Map<string, Question>();
  for (const q of bank) if (q.factIds.includes(id) && !byType.has(q.type)) byType.set(q.type, q);
  return [...byType.values()];
}
