import * as z from "zod/mini";
import { ActorId, ConflictId, FactId, PartialDate, SourceId, Topic, text } from "./schema-ids.js";

export { ActorId, ConflictId, FactId, PartialDate, SourceId, Topic } from "./schema-ids.js";

/*
 * The fact model. A fact is a claim: someone (claimant) said a thing, about a time (when),
 * on a date (stated), in a source, in these words (references). Modelled on Wikidata
 * statements (value, qualifiers, references, rank) and OWID origins (producer, title, date,
 * URL), each kept as its own record. Every type is inferred from its schema, side by side.
 */

/** A date, with the part of it the source named ("late 2020", "mid-2017"). */
export const DatePoint = z.strictObject({
  date: PartialDate,
  part: z.optional(z.enum(["early", "mid", "late"])),
});
export type DatePoint = z.infer<typeof DatePoint>;

/**
 * What time a claim is about: a point; a period (open-ended when `to` is absent: "since late
 * 2020"); or "by" a date, when the source gives only the date by which it was so ("Russia has
 * begun deporting", reported on 7 February 2018; the ambassador's yearly figures, said then of the
 * years before): its start is unknown, never invented.
 */
export const When = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("point"), at: DatePoint }),
  z.strictObject({ kind: z.literal("period"), from: DatePoint, to: z.optional(DatePoint) }),
  z.strictObject({ kind: z.literal("by"), at: DatePoint }),
]);
export type When = z.infer<typeof When>;

/*
 * An amount records only what the source committed to: the hedge it used and its own words.
 * No invented midpoints: "as many as 37,000" is { hedge: "atMost", max: 37000 }, never 37,000 exactly.
 */
const figureWords = {
  /** The figure in the source's own words, as it stands in the quote: "as many as 37,000". */
  wording: text(),
  /** How the words were read as a number, when the digits are not in them: "a fifth" = 0.2. */
  reading: z.optional(text()),
};
// Figures here are counts, sums of money, durations and shares: never negative.
const finite = z.number().check(z.nonnegative());
/**
 * A figure as the source committed to it, by `hedge`: `exact` or `approx` (`value`), `atLeast` (a
 * floor, `min`), `atMost` (a ceiling, `max`), `range` (`min` and `max`), or `possible` (`value`, a
 * possibility the source raises, not an estimate). Each keeps the source's `wording`, and a
 * `reading` when the digits are not in it; figures are never negative, and their unit is the
 * fact's.
 */
export const Amount = z.discriminatedUnion("hedge", [
  z.strictObject({ hedge: z.literal("exact"), value: finite, ...figureWords }),
  /** "around", "an estimated", "some": the source's figure, not a precise count. */
  z.strictObject({ hedge: z.literal("approx"), value: finite, ...figureWords }),
  /** "at least", "upwards of": a floor. */
  z.strictObject({ hedge: z.literal("atLeast"), min: finite, ...figureWords }),
  /** "up to", "as many as": a ceiling. (A legal time limit, "no later than 24 months", is exact.) */
  z.strictObject({ hedge: z.literal("atMost"), max: finite, ...figureWords }),
  z.strictObject({ hedge: z.literal("range"), min: finite, max: finite, ...figureWords }),
  /** "may have risen to": a possibility the source raises, not an estimate of what is. */
  z.strictObject({ hedge: z.literal("possible"), value: finite, ...figureWords }),
]);
export type Amount = z.infer<typeof Amount>;
/**
 * How far a source commits to a figure: the `hedge` of an {@link Amount}. {@link HEDGES} holds each
 * one's words and what it means.
 */
export type Hedge = Amount["hedge"];

/** What a source is: a news report, a UN document, or a government report. */
export const SourceKind = z.enum(["news", "un-document", "government-report"]);
export type SourceKind = z.infer<typeof SourceKind>;

/**
 * A publication the facts quote: its publisher, headline, publication date and http(s) address,
 * with a UN document's symbol, the report it relays and the file name of its saved copy when these
 * apply.
 */
export const Source = z.strictObject({
  id: SourceId,
  kind: SourceKind,
  publisher: text(),
  headline: text(),
  published: PartialDate,
  url: z.url({ protocol: /^https?$/ }),
  /** A UN document's symbol, e.g. "S/RES/2397 (2017)". */
  symbol: z.optional(text()),
  /**
   * Another outlet's report this source passes on: a reprint of it word for word
   * (American Military News reprinting Radio Free Asia) or a report of it.
   */
  relays: z.optional(
    z.object({
      how: z.enum(["reprint", "report"]),
      publisher: text(),
      published: z.optional(PartialDate),
    }),
  ),
  /** The file name of the saved copy of this source, for the quote checker. */
  savedAs: z.optional(text()),
});
export type Source = z.infer<typeof Source>;

/**
 * What an actor is: a person, a government body, an organization, a media outlet, or an anonymous
 * source (described, not named).
 */
export const ActorKind = z.enum([
  "person",
  "government-body",
  "organization",
  "media",
  "anonymous",
]);
export type ActorKind = z.infer<typeof ActorKind>;

/**
 * Someone a fact is attributed to (its claimant), or who passed a claim on (a reference's `via`).
 */
export const Actor = z.strictObject({
  id: ActorId,
  kind: ActorKind,
  /** As the source names them; an anonymous source is described, not named. */
  name: text(),
  role: z.optional(text()),
  /** Country or body the actor belongs to: "Russia", "North Korea", "United States", "United Nations". */
  affiliation: z.optional(text()),
});
export type Actor = z.infer<typeof Actor>;

/**
 * Where a fact is stated: a source, the words quoted from it character for character (never empty),
 * and who passed the claim on between claimant and source.
 */
export const Reference = z.strictObject({
  source: SourceId,
  /** Copied character for character from the source. */
  quote: z
    .string()
    .check(
      z.trim(),
      z.minLength(1, { message: "a reference needs the quote that supports the fact" }),
    ),
  /** Who passed the claim on between claimant and source: Interfax, Reuters, Radio Free Asia. */
  via: z.optional(z.array(ActorId).check(z.minLength(1))),
});
export type Reference = z.infer<typeof Reference>;

/**
 * How a fact is to be used: `preferred` (with an optional reason), `normal`, or `deprecated` (known
 * to be wrong or misleading as stated; the reason is required, and the fact is kept to be taught as
 * a correction).
 */
export const Rank = z.discriminatedUnion("level", [
  z.strictObject({ level: z.literal("preferred"), reason: z.optional(text()) }),
  z.strictObject({ level: z.literal("normal") }),
  /** Known to be wrong or misleading as stated; kept, with the reason, so it can be taught. */
  z.strictObject({ level: z.literal("deprecated"), reason: text() }),
]);
export type Rank = z.infer<typeof Rank>;

const factCommon = {
  id: FactId,
  topic: Topic,
  /** One plain English sentence, attributed: who said what. */
  claim: text(),
  claimant: ActorId,
  /** When the claimant said it (the report's date when it gives no other). */
  stated: DatePoint,
  /** The time the claim is about. */
  when: When,
  /** Where it applies: "Russia", "Primorye", "worldwide". */
  appliesTo: text(),
  references: z
    .array(Reference)
    .check(z.minLength(1, { message: "a fact needs at least one reference" })),
  rank: Rank,
  /** Set when the fact is worked out from others (a deadline from a date plus a duration), never when a source states it. */
  derived: z.optional(
    z.strictObject({ from: z.array(FactId).check(z.minLength(1)), method: text() }),
  ),
  /** Facts that tell the same story (a corroboration, a reply, a follow-up). */
  related: z.optional(z.array(FactId).check(z.minLength(1))),
  /** The claim this one answers (a rebuttal): a quiz asks about both or neither, so neither side is taught alone. */
  replyTo: z.optional(FactId),
  /**
   * What the fact's figure counts, as a label that stands alone in a list (matching questions):
   * who said it and its scope, without the figure ("Park's earnings in a peak summer month, as he
   * told RFA"). Without one, a label is made from the fact's fields.
   */
  label: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(140))),
};

/**
 * A fact that counts: people or work permits (`unit`), what is counted (`counted`), at one time or,
 * with `per`, each year.
 */
export const HeadcountFact = z.strictObject({
  kind: z.literal("headcount"),
  ...factCommon,
  amount: Amount,
  /** What is counted, as a noun phrase: "North Korean workers in Russia". */
  counted: text(),
  unit: z.enum(["people", "work permits"]),
  /** A count per period ("12,000 permits every year"); absent for a count at one time. */
  per: z.optional(z.enum(["year"])),
});
export type HeadcountFact = z.infer<typeof HeadcountFact>;

/**
 * What a sum of money is: `contribution`, a payment each worker must hand over;
 * `contribution-increase`, an addition to that payment; `earnings`, what a worker earns; `bounty`,
 * a reward offered; `regime-revenue`, what the state takes in from workers' wages.
 */
export const MoneyMeasure = z.enum([
  "contribution",
  "contribution-increase",
  "earnings",
  "bounty",
  "regime-revenue",
]);
export type MoneyMeasure = z.infer<typeof MoneyMeasure>;

/**
 * A fact about a sum of money: in US dollars (`currency`), per day, month or year or once (`per`),
 * and what the sum is (`measure`).
 */
export const MoneyFact = z.strictObject({
  kind: z.literal("money"),
  ...factCommon,
  amount: Amount,
  currency: z.enum(["USD"]),
  per: z.enum(["day", "month", "year", "once"]),
  measure: MoneyMeasure,
});
export type MoneyFact = z.infer<typeof MoneyFact>;

/**
 * A fact about a share: `amount` is a fraction from 0 to 1 (0.2 for "a fifth" or "20%"; checked by
 * {@link checkFactPack}), and `of` says what it is a share of.
 */
export const ShareFact = z.strictObject({
  kind: z.literal("share"),
  ...factCommon,
  /** A fraction between 0 and 1. */
  amount: Amount,
  /** What it is a share of: "their earnings". */
  of: text(),
});
export type ShareFact = z.infer<typeof ShareFact>;

/**
 * A fact about a length of time: in hours, days, months or years (`unit`), optionally per day ("20
 * hours a day"), and what lasts that long (`measures`).
 */
export const DurationFact = z.strictObject({
  kind: z.literal("duration"),
  ...factCommon,
  amount: Amount,
  unit: z.enum(["hours", "days", "months", "years"]),
  /** "20 hours a day": the duration per one of these. */
  per: z.optional(z.enum(["day"])),
  /** What lasts that long: "a North Korean worker's visa to Russia". */
  measures: text(),
});
export type DurationFact = z.infer<typeof DurationFact>;

/**
 * A fact that something happened, with a short `title` for timelines and, optionally, the source
 * `document` the event is about. It has no figure.
 */
export const EventFact = z.strictObject({
  kind: z.literal("event"),
  ...factCommon,
  /** A short name for the event, for timelines: "Resolution 2397 adopted". */
  title: text(),
  /** The document the event is about (a UN resolution), when it is a source of its own. */
  document: z.optional(SourceId),
});
export type EventFact = z.infer<typeof EventFact>;

/** A claim with no figure and no title: only the fields every fact has. */
export const StatementFact = z.strictObject({
  kind: z.literal("statement"),
  ...factCommon,
});
export type StatementFact = z.infer<typeof StatementFact>;

/**
 * One sourced claim, by `kind`: {@link HeadcountFact}, {@link MoneyFact}, {@link ShareFact},
 * {@link DurationFact}, {@link EventFact} or {@link StatementFact}. Every kind has an id, a topic,
 * a claim, its claimant, when it was said and what time it is about, where it applies, at least
 * one {@link Reference} and a {@link Rank}.
 */
export const Fact = z.discriminatedUnion("kind", [
  HeadcountFact,
  MoneyFact,
  ShareFact,
  DurationFact,
  EventFact,
  StatementFact,
]);
export type Fact = z.infer<typeof Fact>;
/**
 * The `kind` of a {@link Fact}: `headcount`, `money`, `share`, `duration`, `event` or `statement`.
 */
export type FactKind = Fact["kind"];
/** The fact type of a kind, or of a union of kinds: `FactOfKind<"money">` is {@link MoneyFact}. */
export type FactOfKind<K extends FactKind> = Extract<Fact, { kind: K }>;
/** Facts that carry a figure. */
export type QuantityFact = FactOfKind<"headcount" | "money" | "share" | "duration">;

/**
 * Why facts in a conflict group may differ: `different-date` (they are about or from different
 * times), `different-place`, `different-counter` (different claimants counted), `different-measure`
 * (they count different things) or `different-wording` (the sources word the same thing
 * differently).
 */
export const ConflictReason = z.enum([
  "different-date",
  "different-place",
  "different-counter",
  "different-measure",
  "different-wording",
]);
export type ConflictReason = z.infer<typeof ConflictReason>;

/** Facts that disagree, linked so the quiz can teach that the sources differ, and why. */
export const ConflictGroup = z.strictObject({
  id: ConflictId,
  title: text(),
  /** The question the facts answer differently: "How many North Koreans worked in Russia?" */
  question: text(),
  facts: z.array(FactId).check(z.minLength(2, { message: "a conflict needs at least two facts" })),
  reasons: z.array(ConflictReason).check(z.minLength(1)),
  /** Why they may differ: date, place, who counted, what was counted. */
  note: text(),
});
export type ConflictGroup = z.infer<typeof ConflictGroup>;

/** A set of sources, actors, facts and conflicts: the bundled data, or a user's own. */
export const FactPack = z.strictObject({
  version: z.literal(1),
  sources: z.array(Source),
  actors: z.array(Actor),
  facts: z.array(Fact),
  conflicts: z._default(z.array(ConflictGroup), []),
});
export type FactPack = z.infer<typeof FactPack>;
/** What a fact pack looks like before parsing: plain strings where the parsed pack has branded ids. */
export type FactPackInput = z.input<typeof FactPack>;
