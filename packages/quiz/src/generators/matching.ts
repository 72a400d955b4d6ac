import type { QuantityFact } from "@nklabor/facts";
import {
  citationsOf,
  englishVoice,
  figureLabel,
  figureOf,
  hedgedFigure,
  unitKey,
  withVoice,
} from "../context.js";
import { isTeachable } from "../figures.js";
import { makeQuestion, type Slot, type SlotSource, sample } from "./shared.js";

/**
 * Match 3 or 4 figures to what they count; each figure and each description appears once. Only
 * figures of one unit, one place and one hedge go together, no two of one story, none ten times
 * another: else units ("US$"), nested places (overseas > Russia > Primorye), hedge words ("may
 * have risen"), logic (2 supervisors among 10 runaways) or size pair them without knowledge. The
 * bundled facts have no such set; teachers' packs may.
 */
export const matchingSlots: SlotSource = (ctx, subjects) => {
  const english = withVoice(ctx, englishVoice());
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
            // Chosen by the English words: every language gets the same set.
            const left = hedgedFigure(fact);
            const right = figureLabel(english, fact);
            if (seen.has(left) || seen.has(right)) continue;
            seen.add(left).add(right);
            chosen.push(fact);
          }
          if (chosen.length < 3) return undefined;
          const sorted = [...chosen].sort((a, b) => a.id.localeCompare(b.id));
          const v = ctx.voice;
          const left = sorted.map((f) => v.hedged(f));
          const rightFacts = rng.shuffle(sorted);
          const right = rightFacts.map((f) => figureLabel(ctx, f));
          const sameUnit = new Set(sorted.map((f) => f.kind)).size === 1;
          return makeQuestion("matching", sorted.map((f) => f.id).join("+"), {
            prompt: v.m.matchPrompt({ kind: sorted[0]?.kind ?? "headcount" }),
            key: {
              format: "matching",
              left,
              right,
              correct: sorted.map((f) => rightFacts.indexOf(f)),
            },
            explanation: sorted
              .map((f) =>
                v.m.matchLine({ label: v.capitalize(figureLabel(ctx, f)), figure: v.hedged(f) }),
              )
              .join(" "),
            facts: sorted,
            citations: sorted.flatMap((f) => citationsOf(ctx, f).slice(0, 1)),
            difficultyScore: 0.3 + (sorted.length - 3) * 0.2 + (sameUnit ? 0.3 : 0),
          });
        },
      }),
    );
};
