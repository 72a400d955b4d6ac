import type { EventFact, Fact } from "@nklabor/facts";
import { attributedClaim, citationsOf, figureOf } from "../context.js";
import { blankClaim, isTeachable, numericOptions, obscurity, replaceFigure } from "../figures.js";
import { explainFigure } from "./numeric.js";
import { disagreement, makeQuestion, type Slot, type SlotSource } from "./shared.js";
import { statedShort } from "./short.js";

const YEAR = /\b(19|20)\d\d\b/g;

/**
 * True or false: the fact as stated, or with one detail changed so that it is false by the
 * sources and in the world: a figure (never a lower "at least" or a higher "as many as", never an
 * impossible value), or the year of a dated UN document (only ever earlier than the source).
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
          const v = ctx.voice;
          const claim = attributedClaim(ctx, fact);
          const choice = numericOptions(ctx, fact, rng, target);
          const falsified = rng.shuffle(
            (choice?.values ?? [])
              .filter((_, i) => i !== choice?.correct)
              .flatMap((value) => {
                // Whether the value can falsify the claim is judged in English; the voice words it.
                const text =
                  replaceFigure(fact, value) && v.blank(fact, (written) => written(value));
                const note = choice?.options[choice.values.indexOf(value)]?.note;
                return text ? [{ value, text, note }] : [];
              }),
          )[0];
          if (rng.next() < 0.5 || !choice || !falsified) {
            return makeQuestion("true-false", fact.id, {
              prompt: v.m.trueOrFalse({ claim }),
              key: { format: "true-false", correct: true },
              explanation: v.m.isTrue({ why: explainFigure(ctx, fact) + disagreement(ctx, fact) }),
              facts: [fact],
              citations: citationsOf(ctx, fact),
              difficultyScore: 0.25 + 0.3 * obscurity(ctx, fact),
              short: statedShort(ctx, fact, undefined),
            });
          }
          const figure = figureOf(fact);
          if (figure === undefined) return undefined;
          return makeQuestion("true-false", fact.id, {
            prompt: v.m.trueOrFalse({ claim: attributedClaim(ctx, fact, falsified.text) }),
            key: { format: "true-false", correct: false },
            // When the false figure is a real one for something else, say what it was.
            explanation: v.m.falseFigure({
              right: v.figure(fact, figure),
              wrong: v.figure(fact, falsified.value),
              why:
                explainFigure(ctx, fact) +
                (falsified.note
                  ? ` ${v.m.anotherFigure({ figure: v.figure(fact, falsified.value), note: falsified.note })}`
                  : "") +
                disagreement(ctx, fact),
            }),
            facts: [fact],
            citations: citationsOf(ctx, fact),
            difficultyScore: 0.3 + 0.4 * choice.closeness + 0.3 * obscurity(ctx, fact),
            short: statedShort(ctx, fact, { value: falsified.value }),
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
      const v = ctx.voice;
      const year = Number(fact.claim.match(YEAR)?.[0]);
      const shifted = year - 1;
      // Only a dated UN document is false in another year beyond doubt (Resolution 2371 was not
      // adopted in 2016); "Russia voted for the sanctions" would be true of 2016 too. Only earlier:
      // never after the source that reports it.
      const canShift = fact.document !== undefined && !sameEventIn(ctx, fact, shifted);
      if (rng.next() < 0.5 || !canShift) {
        return makeQuestion("true-false", fact.id, {
          prompt: v.m.trueOrFalse({ claim: attributedClaim(ctx, fact) }),
          key: { format: "true-false", correct: true },
          explanation: v.m.isTrue({ why: v.claim(fact) + disagreement(ctx, fact) }),
          facts: [fact],
          citations: citationsOf(ctx, fact),
          difficultyScore: 0.3 + 0.3 * obscurity(ctx, fact),
          short: statedShort(ctx, fact, undefined),
        });
      }
      // The translation writes the year as digits too (its checker holds every number to the English).
      const falsified = v.claim(fact).replaceAll(String(year), String(shifted));
      return makeQuestion("true-false", fact.id, {
        prompt: v.m.trueOrFalse({ claim: attributedClaim(ctx, fact, falsified) }),
        key: { format: "true-false", correct: false },
        explanation: v.m.falseYear({
          year,
          shifted,
          why: v.claim(fact) + disagreement(ctx, fact),
        }),
        facts: [fact],
        citations: citationsOf(ctx, fact),
        difficultyScore: 0.45 + 0.3 * obscurity(ctx, fact),
        // The short claim says the year once, the claim's: shifted the same way, or not made.
        short: statedShort(ctx, fact, {
          change: (own) =>
            own.match(YEAR)?.length === 1 && own.includes(String(year))
              ? own.replace(YEAR, String(shifted))
              : undefined,
        }),
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
