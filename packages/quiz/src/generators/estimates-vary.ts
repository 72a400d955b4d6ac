import { amountBounds, type Conflict, type QuantityFact, whenBounds } from "@nklabor/facts";
import { attribution, citationsOf, hedgedFigure, type QuizContext, unitKey } from "../context.js";
import type { ShortForm } from "../question.js";
import { englishMessages } from "../voice.js";
import { capitalize, makeQuestion, type Slot, type SlotSource } from "./shared.js";
import { fitsShort, shortFigureOption } from "./short.js";

type Variant = "highest" | "lowest" | "latest" | "earliest";
const VARIANTS: readonly Variant[] = ["highest", "lowest", "latest", "earliest"];

/** The values a hedged figure allows: the hedge rule of `@nklabor/facts`. */
function interval(fact: QuantityFact): [number, number] {
  const { min, max } = amountBounds(fact.amount);
  return [min, max];
}

/** The one fact that wins the comparison beyond doubt, or undefined when hedges or dates overlap. */
export function winner(facts: readonly QuantityFact[], variant: Variant): QuantityFact | undefined {
  const beats = (a: QuantityFact, b: QuantityFact): boolean => {
    if (variant === "highest") return interval(a)[0] > interval(b)[1];
    if (variant === "lowest") return interval(a)[1] < interval(b)[0];
    const x = whenBounds(a.when);
    const y = whenBounds(b.when);
    return variant === "latest" ? x.start > y.end : x.end < y.start;
  };
  const found = facts.filter((a) => facts.every((b) => a === b || beats(a, b)));
  return found.length === 1 ? found[0] : undefined;
}

/** The comparisons in English, for the short forms (Kahoot's limits are English ones). */
const ASK = (variant: Variant) => englishMessages.ask({ variant });
const ASK_TWO = (variant: Variant) => englishMessages.askTwo({ variant });

/** The sources disagree: compare their figures (highest, lowest) or their dates (latest, earliest). */
export const estimatesVarySlots: SlotSource = (ctx, subjects) => {
  const allowed = new Set(subjects.map((f) => f.id));
  return ctx.base.conflicts().flatMap((conflict) =>
    VARIANTS.map(
      (variant): Slot => ({
        type: "estimates-vary",
        key: `${conflict.group.id}|${variant}`,
        facts: [],
        about: conflict.group.facts,
        build(rng) {
          const members = comparable(conflict).filter((f) => allowed.has(f.id));
          const measured = conflict.group.reasons.includes("different-measure");
          if (members.length < 2) return undefined;
          // Up to four members with one clear winner; the set is drawn at random.
          for (let attempt = 0; attempt < 8; attempt++) {
            const set = rng.shuffle(members).slice(0, Math.min(4, members.length));
            const best = winner(set, variant);
            if (!best) continue;
            const correct = set.indexOf(best);
            return makeQuestion(
              "estimates-vary",
              `${conflict.group.id}|${variant}|${[...set]
                .map((f) => f.id)
                .sort()
                .join("+")}`,
              {
                prompt: ctx.voice.m.sourcesDisagree({
                  question: ctx.voice.inline(ctx.voice.conflictQuestion(conflict.group)),
                  ask: (set.length === 2 ? ctx.voice.m.askTwo : ctx.voice.m.ask)({ variant }),
                }),
                key: {
                  format: "choice",
                  options: set.map((f) => ({ text: optionText(ctx, f, measured) })),
                  correct,
                },
                explanation: explainSet(ctx, set, best, variant),
                facts: set,
                citations: set.flatMap((f) => citationsOf(ctx, f).slice(0, 1)),
                difficultyScore: variant === "highest" || variant === "lowest" ? 0.55 : 0.45,
                short: shortEstimates(ctx, conflict.group.question, variant, set),
              },
            );
          }
          return undefined;
        },
      }),
    ),
  );
};

/**
 * An option: the figure, whose it is and when; where the group's figures count different things
 * (all workers, those left with expired permits), what it counts, so an option is never read as a
 * total. A figure of a time before its claimant's words (a paper's account of an earlier report)
 * is shown by its own label where it has one, which says whose report and of when ("by The Moscow
 * Times' account of a mid-2017 U.S. State Department report"): the paper's name and date alone
 * would date it to the paper.
 */
function optionText(ctx: QuizContext, fact: QuantityFact, measured: boolean): string {
  const v = ctx.voice;
  const figure = v.hedged(fact);
  const label = whenBounds(fact.when).end < fact.stated.date ? v.label(fact) : undefined;
  if (label) return v.m.figureLabelled({ figure, label });
  const who = attribution(ctx, fact);
  return measured
    ? v.m.figureByMeasure({ figure, who, measure: v.measures(fact) })
    : v.m.figureBy({ figure, who });
}

/** The question in fewer words, longest first; every one asks what ASK asks. */
const SHORT_ASKS: Record<Variant, readonly string[]> = {
  highest: [ASK("highest"), "Which figure is the highest?"],
  lowest: [ASK("lowest"), "Which figure is the lowest?"],
  latest: [ASK("latest"), "Which figure describes the most recent time?"],
  earliest: [ASK("earliest"), "Which figure describes the earliest time?"],
};

/**
 * The comparison in fewer words: the sources' disagreement and the question as far as they fit,
 * each figure with its hedge words and a shorter name of who gave it ("as many as 37,000
 * (Matsegora, reported Feb 2018)").
 */
function shortEstimates(
  ctx: QuizContext,
  question: string,
  variant: Variant,
  set: readonly QuantityFact[],
): ShortForm | undefined {
  const options = set.map((f) => shortFigureOption(ctx, f, hedgedFigure(f)));
  if (options.some((o) => o === undefined)) return undefined;
  // The question as asked first; the sources' disagreement, which the options show, as room allows.
  const asks = set.length === 2 ? [ASK_TWO(variant)] : SHORT_ASKS[variant];
  const prompts = asks.flatMap((ask) =>
    ["The sources disagree: ", "Sources disagree: ", ""].map(
      (lead) => `${lead}${lead ? lowerFirst(question) : capitalize(question)} ${ask}`,
    ),
  );
  const shown = options as string[];
  const prompt = prompts.find((p) => fitsShort(p, shown));
  return prompt ? { prompt, options: shown } : undefined;
}

/** Members of a conflict with a figure of one shared unit (the most common one in the group). */
function comparable(conflict: Conflict): QuantityFact[] {
  const quantities = conflict.facts.filter(
    (f): f is QuantityFact => "amount" in f && f.rank.level !== "deprecated",
  );
  const counts = new Map<string, number>();
  for (const f of quantities) counts.set(unitKey(f), (counts.get(unitKey(f)) ?? 0) + 1);
  const top = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
  return quantities.filter((f) => unitKey(f) === top);
}

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

/** The winner, then what each figure of this question commits to and when it is about: nothing else. */
function explainSet(
  ctx: QuizContext,
  set: readonly QuantityFact[],
  best: QuantityFact,
  variant: Variant,
): string {
  const v = ctx.voice;
  const what = (f: QuantityFact) =>
    f.amount.reading !== undefined && f.amount.hedge !== "exact"
      ? v.m.vagueFigure()
      : v.hedgeNoun(f.amount.hedge);
  const about = (f: QuantityFact) =>
    f.when.kind === "by"
      ? v.m.saidOfTimeUpTo({ date: v.date(f.when.at) })
      : v.m.aboutWhen({ when: v.when(f.when) });
  const one = (f: QuantityFact) =>
    v.m.figureIsWhat({
      figure: v.hedged(f),
      who: attribution(ctx, f),
      what: what(f),
      about: about(f),
    });
  const others = set
    .filter((f) => f !== best)
    .map(one)
    .join(v.m.listSeparator());
  const won = (set.length === 2 ? v.m.wonTwo : v.m.won)({ one: v.capitalize(one(best)), variant });
  return `${won} ${v.m.theOthers({ count: set.length - 1, others })}`;
}
