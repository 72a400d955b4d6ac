import { acceptedAnswers, type Fact, type QuantityFact } from "@nklabor/facts";
import { attributedClaim, citationsOf, figureOf, type QuizContext } from "../context.js";
import { blankClaim, isTeachable, numericOptions, obscurity } from "../figures.js";
import { disagreement, makeQuestion, quoted, type Slot, type SlotSource } from "./shared.js";
import { blankedShort } from "./short.js";

const askable = (f: Fact): f is QuantityFact => isTeachable(f) && blankClaim(f) !== undefined;

/**
 * A floor or a ceiling makes some wrong options true too: "at least 12,000" makes "at least
 * 7,200" so, and "as many as 37,000" makes "as many as 50,000" so. Options all on the other side
 * would give the answer away as the lowest (or highest), so such figures are typed instead.
 */
const choosable = (f: Fact): f is QuantityFact =>
  askable(f) && f.amount.hedge !== "atLeast" && f.amount.hedge !== "atMost";

/** "According to ..., about ___ ...": pick the figure from four, in ascending order. */
export const numericChoiceSlots: SlotSource = (ctx, subjects) =>
  subjects.filter(choosable).map(
    (fact): Slot => ({
      type: "numeric-choice",
      key: fact.id,
      facts: [fact.id],
      build(rng, target) {
        const choice = numericOptions(ctx, fact, rng, target);
        const m = ctx.voice.m;
        const prompt = blankClaim(fact) && ctx.voice.blank(fact, m.blank());
        if (!choice || !prompt) return undefined;
        const answer = choice.options[choice.correct]?.text ?? "";
        const others = choice.options.filter((o, i) => i !== choice.correct && o.note);
        const explanation =
          [
            m.figureIs({ figure: answer, why: explainFigure(ctx, fact) }),
            ...others.map((o) => m.anotherFigure({ figure: o.text, note: o.note ?? "" })),
          ].join(" ") + disagreement(ctx, fact);
        return makeQuestion("numeric-choice", fact.id, {
          prompt: m.fillBlankChoice({ claim: attributedClaim(ctx, fact, prompt) }),
          key: { format: "choice", options: choice.options, correct: choice.correct },
          explanation,
          facts: [fact],
          citations: citationsOf(ctx, fact),
          difficultyScore: 0.7 * choice.closeness + 0.3 * obscurity(ctx, fact),
          short: blankedShort(ctx, fact),
        });
      },
    }),
  );

/** The same blank, typed: the accepted range follows the source's hedge. */
export const numericEstimateSlots: SlotSource = (ctx, subjects) =>
  subjects.filter(askable).map(
    (fact): Slot => ({
      type: "numeric-estimate",
      key: fact.id,
      facts: [fact.id],
      build() {
        const figure = figureOf(fact);
        const accepted = acceptedAnswers(fact.amount);
        const v = ctx.voice;
        const prompt = blankClaim(fact) && v.blank(fact, v.m.blank());
        if (figure === undefined || !accepted || !prompt) return undefined;
        const range =
          accepted.min === accepted.max
            ? v.m.onlyExact()
            : v.m.acceptRange({
                min: v.figure(fact, accepted.min),
                max: v.figure(fact, accepted.max),
              });
        // A share is typed as its percentage ("57" for 57%), as options and explanations show it.
        const typed = (n: number) => (fact.kind === "share" ? Math.round(n * 1e8) / 1e6 : n);
        const accept = { min: typed(accepted.min), max: typed(accepted.max) };
        return makeQuestion("numeric-estimate", fact.id, {
          prompt: v.m.fillBlankTyped({ claim: attributedClaim(ctx, fact, prompt) }),
          key: { format: "numeric", correct: typed(figure), accept, unit: v.unit(fact) },
          explanation: `${v.m.figureIs({ figure: v.figure(fact, figure), why: explainFigure(ctx, fact) })} ${range}${disagreement(ctx, fact)}`,
          facts: [fact],
          citations: citationsOf(ctx, fact),
          // Typing a figure is harder than picking it; exact figures hardest.
          difficultyScore:
            0.45 + (accept.min === accept.max ? 0.25 : 0.1) + 0.3 * obscurity(ctx, fact),
        });
      },
    }),
  );

/** "The source's words: “as many as 37,000”." and what the hedge means. */
export function explainFigure(ctx: QuizContext, fact: QuantityFact): string {
  const means = ctx.voice.hedgeMeans(fact.amount.hedge);
  return `${ctx.voice.m.sourceWords({ words: quoted(fact.amount.wording) })}${means ? ` ${means}` : ""}`;
}
