import type {
  Actor,
  ConflictGroup,
  DatePoint,
  EventFact,
  Fact,
  Hedge,
  Language,
  QuantityFact,
  When,
} from "@nklabor/facts";
import type { Labels } from "./labels.js";
import { messages as english } from "./messages/compiled/en.js";
import type { Catalog } from "./messages/compiled/types.js";

/**
 * How a quiz speaks one language: its sentences (the compiled catalog `m`) and the data's words
 * (claims, titles, names, figures, dates) as that language writes them. The generators choose
 * their facts, options and order without it, in English; a voice only words what was chosen, so
 * a spec and seed give the same questions in every language.
 */
export interface Voice {
  readonly lang: Language;
  readonly m: Catalog;
  /** The words around the questions in this language (and a quiz's default title). */
  readonly labels: Labels;
  claim(fact: Fact): string;
  title(fact: EventFact): string;
  /** How a worked-out fact was worked out. */
  method(fact: Fact): string;
  /** The fact's own label ("North Korean workers in Russia (Matsegora, 2018)"), if it has one. */
  label(fact: QuantityFact): string | undefined;
  /** What a figure counts or measures, as a noun phrase. */
  measures(fact: QuantityFact): string;
  actorName(actor: Actor): string;
  /** The name inside a sentence: "the UN Security Council", "an anonymous source in Vladivostok". */
  actorInline(actor: Actor): string;
  /** A name with the role: "Alexander Matsegora, Russia's Ambassador to North Korea". */
  actorLabel(actor: Actor): string;
  /** An outlet's name: "The Moscow Times", "모스크바 타임스". */
  publisher(name: string): string;
  conflictQuestion(group: ConflictGroup): string;
  conflictNote(group: ConflictGroup): string;
  /** A figure as an option shows it: "US$760", "미화 760달러", "760 долларов США". */
  figure(fact: QuantityFact, value: number): string;
  /** The figure with its hedge words and its unit where it needs one: "as many as 37,000". */
  hedged(fact: QuantityFact): string;
  /** The unit shown beside a typed answer. */
  unit(fact: QuantityFact): string;
  date(point: DatePoint): string;
  when(when: When): string;
  hedgeMeans(hedge: Hedge): string;
  hedgeNoun(hedge: Hedge): string;
  /** A sentence's opening, set inside another sentence ("The sources disagree: how many…"). */
  inline(text: string): string;
  /** A phrase opening a sentence: "An estimated 511". */
  capitalize(text: string): string;
  /**
   * The fact's claim with its figure replaced by `by` (a blank, or a false figure already written
   * as `written` returns it); undefined unless the figure is written in it exactly once, outside
   * quotation marks.
   */
  blank(
    fact: QuantityFact,
    by: string | ((written: (value: number) => string) => string),
  ): string | undefined;
}

/** The unit beside a typed answer, from the catalog. */
function unitFrom(m: Catalog, fact: QuantityFact): string {
  switch (fact.kind) {
    case "headcount":
      return fact.unit === "people"
        ? m.unitPeople({ per: fact.per ?? "none" })
        : m.unitPermits({ per: fact.per ?? "none" });
    case "money":
      return m.unitMoney({ per: fact.per });
    case "duration":
      return m.unitDuration({ unit: fact.unit, per: fact.per ?? "none" });
    case "share":
      return m.unitPercent();
  }
}

/** What a figure measures, from the catalog and the fact's words (already in the voice's language). */
function measuresFrom(
  m: Catalog,
  fact: QuantityFact,
  words: { counted: string; measures: string; of: string },
): string {
  switch (fact.kind) {
    case "headcount":
      return fact.per ? m.countedPerYear({ counted: words.counted }) : words.counted;
    case "money":
      return m.moneyMeasure({
        measure: fact.measure === "contribution-increase" ? "increase" : fact.measure,
        per: fact.per,
      });
    case "duration":
      return words.measures;
    case "share":
      return m.shareOf({ of: words.of });
  }
}

function whenFrom(m: Catalog, when: When, date: (p: DatePoint) => string): string {
  if (when.kind === "point") return date(when.at);
  if (when.kind === "by") return m.whenBy({ date: date(when.at) });
  return when.to
    ? m.whenPeriod({ from: date(when.from), to: date(when.to) })
    : m.whenSince({ date: date(when.from) });
}

export { english as englishMessages, measuresFrom, unitFrom, whenFrom };
