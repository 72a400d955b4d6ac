import { hedgePhrase, type QuantityFact } from "@nklabor/facts";
import { citationsOf, figureLabel, figureOf, formatFigure, unitKey } from "../context.js";
import { isTeachable } from "../figures.js";
import { capitalize, makeQuestion, type Slot, type SlotSource, sample } from "./shared.js";

/** The figure with the source's own hedge words: "as many as 37,000", "around US$760", "24 months". */
const hedged = new WeakMap<QuantityFact, string>();
export function hedgedFigure(fact: QuantityFact): string {
  let text = hedged.get(fact);
  if (text === undefined) {
    text = hedgeWords(fact);
    hedged.set(fact, text);
  }
  return text;
}

function hedgeWords(fact: QuantityFact): string {
  // A figure read from words ("tens of thousands") is shown in those words, never as our reading.
  if (fact.amount.reading !== undefined && fact.amount.hedge !== "exact")
    return fact.amount.wording;
  const figure = figureOf(fact) ?? 0;
  const unit = fact.kind === "duration" ? ` ${fact.unit}` : "";
  const hedge = hedgePhrase(fact.amount);
  return `${hedge ? `${hedge} ` : ""}${formatFigure(fact, figure)}${unit}`;
}

/** The matching prompt for a set of one kind: a sum is not "counted", nor a share. */
const MATCH_PROMPT: Record<QuantityFact["kind"], string> = {
  headcount: "Match each figure to what it counts.",
  money: "Match each sum of money to what it is.",
  duration: "Match each length of time to what it measures.",
  share: "Match each share to what it is a share of.",
};

/**
 * Match 3 or 4 figures to what they count; each figure and each description appears once. Only
 * figures of one unit, one place and one hedge go together, no two of one story, none ten times
 * another: else units ("US$"), nested places (overseas > Russia > Primorye), hedge words ("may
 * have risen"), logic (2 supervisors among 10 runaways) or size pair them without knowledge. The
 * bundled facts have no such set; teachers' packs may.
 */
export const matchingSlots: SlotSource = (ctx, subjects) => {
  const figures = subjects.filter(isTeachable);
  const byPool = new Map<string, QuantityFact[]>();
  for (const f of figures) {
    const key = `${unitKey(f)}|${f.appliesTo}|${f.amount.hedge}`;
    const pool = byPool.get(key);
    if (pool) pool.push(f);
    else byPool.set(key, [f]);
  }
  const pools = [...byPool.values()].filter((fs) => new Set(fs.map(hedgedFigure)).size >= 3);
  if (pools.length === 0) return [];
  // As many variants as figures, up to 64: each draws its own set (a bounded cost in a large pack).
  return pools
    .flat()
    .slice(0, 64)
    .map(
      (_, variant): Slot => ({
        type: "matching",
        key: `set-${variant}`,
        facts: [],
        build(rng, target) {
          const size = target < 0.5 ? 3 : 4;
          const chosen: QuantityFact[] = [];
          const seen = new Set<string>();
          const pool = rng.pick(pools);
          // A bounded sample, not a shuffle of the whole pool: constant cost per try in a large pack.
          for (const fact of sample(rng, pool, 64)) {
            if (chosen.length === size) break;
            // Two figures of one story (10 runaways, 2 of them supervisors) pair up by logic alone;
            // figures more than 10 times apart pair up by size alone.
            if (chosen.some((c) => c.related?.includes(fact.id) || fact.related?.includes(c.id)))
              continue;
            const value = figureOf(fact) ?? 0;
            if (
              chosen.some(
                (c) => Math.max(value, figureOf(c) ?? 0) > 10 * Math.min(value, figureOf(c) ?? 0),
              )
            )
              continue;
            const left = hedgedFigure(fact);
            const right = figureLabel(ctx, fact);
            if (seen.has(left) || seen.has(right)) continue;
            seen.add(left).add(right);
            chosen.push(fact);
          }
          if (chosen.length < 3) return undefined;
          const sorted = [...chosen].sort((a, b) => a.id.localeCompare(b.id));
          const left = sorted.map(hedgedFigure);
          const rightFacts = rng.shuffle(sorted);
          const right = rightFacts.map((f) => figureLabel(ctx, f));
          const sameUnit = new Set(sorted.map((f) => f.kind)).size === 1;
          return makeQuestion("matching", sorted.map((f) => f.id).join("+"), {
            prompt: MATCH_PROMPT[sorted[0]?.kind ?? "headcount"],
            key: {
              format: "matching",
              left,
              right,
              correct: sorted.map((f) => rightFacts.indexOf(f)),
            },
            explanation: sorted
              .map((f) => `${capitalize(figureLabel(ctx, f))}: ${hedgedFigure(f)}.`)
              .join(" "),
            facts: sorted,
            citations: sorted.flatMap((f) => citationsOf(ctx, f).slice(0, 1)),
            difficultyScore: 0.3 + (sorted.length - 3) * 0.2 + (sameUnit ? 0.3 : 0),
          });
        },
      }),
    );
};
