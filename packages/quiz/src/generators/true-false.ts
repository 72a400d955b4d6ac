import { type EventFact, type Fact, whenBounds } from "@nklabor/facts";
import { attributedClaim, citationsOf, figureOf, formatFigure } from "../context.js";
import { blankClaim, isTeachable, numericOptions, obscurity, replaceFigure } from "../figures.js";
import { explainFigure } from "./numeric.js";
import { makeQuestion, type Slot, type SlotSource } from "./shared.js";

const YEAR = /\b(19|20)\d\d\b/g;

/**
 * True or false: the fact as stated, or with one detail changed (a figure, or the year of an
 * event), checked against every fact so a "false" statement is not true by another source.
 */
export const trueFalseSlots: SlotSource = (ctx, subjects) => {
  const slots: Slot[] = [];
  for (const fact of subjects) {
    if (fact.rank.level === "deprecated" || fact.derived) continue;
    if (isTeachable(fact) && blankClaim(fact)) {
      slots.push({
        type: "true-false",
        key: fact.id,
        facts: [fact.id],
        build(rng, target) {
          const claim = attributedClaim(ctx, fact);
          const choice = numericOptions(ctx, fact, rng, target);
          if (rng.next() < 0.5 || !choice) {
            return makeQuestion("true-false", fact.id, {
              prompt: `True or false? ${claim}`,
              key: { format: "true-false", correct: true },
              explanation: `True. ${explainFigure(fact)}`,
              facts: [fact],
              citations: citationsOf(ctx, fact),
              difficultyScore: 0.25 + 0.3 * obscurity(ctx, fact),
            });
          }
          const value = rng.pick(choice.values.filter((_, i) => i !== choice.correct));
          const falsified = replaceFigure(fact, value);
          const figure = figureOf(fact);
          if (!falsified || figure === undefined) return undefined;
          return makeQuestion("true-false", fact.id, {
            prompt: `True or false? ${attributedClaim(ctx, fact, falsified)}`,
            key: { format: "true-false", correct: false },
            explanation: `False: the figure was changed from ${formatFigure(fact, figure)} to ${formatFigure(fact, value)}. ${explainFigure(fact)}`,
            facts: [fact],
            citations: citationsOf(ctx, fact),
            difficultyScore: 0.3 + 0.4 * choice.closeness + 0.3 * obscurity(ctx, fact),
          });
        },
      });
    } else if (fact.kind === "event" && (fact.claim.match(YEAR)?.length ?? 0) === 1) {
      slots.push(eventSlot(ctx, fact));
    }
  }
  return slots;
};

function eventSlot(ctx: Parameters<SlotSource>[0], fact: EventFact): Slot {
  return {
    type: "true-false",
    key: fact.id,
    facts: [fact.id],
    build(rng) {
      const year = Number(fact.claim.match(YEAR)?.[0]);
      if (rng.next() < 0.5) {
        return makeQuestion("true-false", fact.id, {
          prompt: `True or false? ${attributedClaim(ctx, fact)}`,
          key: { format: "true-false", correct: true },
          explanation: `True. ${fact.title}.`,
          facts: [fact],
          citations: citationsOf(ctx, fact),
          difficultyScore: 0.3 + 0.3 * obscurity(ctx, fact),
        });
      }
      // A past event moved past the date it was reported would give itself away: move it earlier.
      const reported = Number(fact.stated.date.slice(0, 4));
      const later = year + 1 <= reported || whenBounds(fact.when).start > fact.stated.date;
      const shifted = later && rng.next() < 0.5 ? year + 1 : year - 1;
      if (sameEventIn(ctx, fact, shifted)) return undefined;
      const falsified = fact.claim.replace(YEAR, String(shifted));
      return makeQuestion("true-false", fact.id, {
        prompt: `True or false? ${attributedClaim(ctx, fact, falsified)}`,
        key: { format: "true-false", correct: false },
        explanation: `False: the year was changed from ${year} to ${shifted}. ${fact.claim}`,
        facts: [fact],
        citations: citationsOf(ctx, fact),
        difficultyScore: 0.45 + 0.3 * obscurity(ctx, fact),
      });
    },
  };
}

/** Whether another fact makes the shifted statement true: the same kind of event in that year. */
function sameEventIn(ctx: Parameters<SlotSource>[0], fact: EventFact, year: number): boolean {
  return ctx.base.facts.some(
    (other: Fact) =>
      other.id !== fact.id &&
      other.kind === "event" &&
      (other.title === fact.title ||
        (fact.document !== undefined && other.document === fact.document)) &&
      other.when.kind === "point" &&
      other.when.at.date.startsWith(String(year)),
  );
}
