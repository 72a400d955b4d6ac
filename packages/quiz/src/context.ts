import {
  type Actor,
  amountFigure,
  bundledPack,
  createFactBase,
  type Fact,
  type FactBase,
  type FactPack,
  foldWhitespace,
  formatDatePoint,
  HEDGES,
  hedgePhrase,
  packVersion,
  type QuantityFact,
  type Reference,
} from "@nklabor/facts";
import { blankWith } from "./figures.js";
import { ENGLISH_LABELS } from "./labels.js";
import type { QuestionCitation } from "./question.js";
import { englishMessages, measuresFrom, unitFrom, type Voice, whenFrom } from "./voice.js";

/** What every generator needs about a fact base, indexed once per base. */
export interface QuizContext {
  readonly base: FactBase;
  readonly datasetVersion: string;
  /** Quantity facts with a figure a question can ask for. */
  readonly quantities: readonly QuantityFact[];
  /** Quantity facts by unit key: figures that can stand in for each other as distractors. */
  readonly byUnit: ReadonlyMap<string, readonly QuantityFact[]>;
  /** Facts by their question key: facts that answer the same question as each other. */
  readonly byQuestion: ReadonlyMap<string, readonly QuantityFact[]>;
  /** Facts that share a quote: a who-said-it option must not be any of their claimants. */
  readonly byQuote: ReadonlyMap<string, readonly Fact[]>;
  /** By source id: who relayed any claim of that source (`via`), and whose claims it carries. */
  readonly bySource: ReadonlyMap<
    string,
    { readonly via: ReadonlySet<string>; readonly claimants: ReadonlySet<string> }
  >;
  /** Facts by the id of a fact they list as related (the reverse of `related`). */
  readonly relatedTo: ReadonlyMap<string, readonly Fact[]>;
  /** The language the questions are worded in: English unless `withVoice` gave another. */
  readonly voice: Voice;
}

/** The same context, worded in another language. */
export const withVoice = (ctx: QuizContext, voice: Voice): QuizContext =>
  voice === ctx.voice ? ctx : { ...ctx, voice };

const cache = new WeakMap<FactPack, QuizContext>();

/** The context of the bundled facts plus a spec's own, cached per pack object. */
export function quizContext(custom?: FactPack): QuizContext {
  const key = custom ?? bundledPack;
  const hit = cache.get(key);
  if (hit) return hit;
  const packs = custom ? [bundledPack, custom] : [bundledPack];
  const base = createFactBase(...packs);
  const quantities = base.facts.filter(
    (f): f is QuantityFact => "amount" in f && figureOf(f) !== undefined,
  );
  const ctx: QuizContext = {
    base,
    // Bundled and custom versions side by side: either changing changes the whole.
    datasetVersion: custom
      ? `${bundledVersion().slice(0, 7)}${packVersion(custom).slice(0, 7)}`
      : bundledVersion(),
    quantities,
    byUnit: groupBy(quantities, unitKey),
    byQuestion: groupBy(quantities, questionKey),
    byQuote: groupBy(
      base.facts.flatMap((f) => f.references.map((r) => [r.quote, f] as const)),
      ([quote]) => quote,
      ([, fact]) => fact,
    ),
    bySource: sourceIndex(base.facts),
    relatedTo: groupBy(
      base.facts.flatMap((f) => (f.related ?? []).map((id) => [id as string, f] as const)),
      ([id]) => id,
      ([, fact]) => fact,
    ),
    voice: englishVoice(),
  };
  cache.set(key, ctx);
  return ctx;
}

function sourceIndex(facts: readonly Fact[]) {
  const index = new Map<string, { via: Set<string>; claimants: Set<string> }>();
  for (const f of facts)
    for (const r of f.references) {
      const entry = index.get(r.source) ?? { via: new Set<string>(), claimants: new Set<string>() };
      for (const id of r.via ?? []) entry.via.add(id);
      entry.claimants.add(f.claimant);
      index.set(r.source, entry);
    }
  return index;
}

let bundled: string | undefined;
const bundledVersion = () => {
  bundled ??= packVersion(bundledPack);
  return bundled;
};

function groupBy<T, V = T>(items: readonly T[], key: (item: T) => string, value?: (item: T) => V) {
  const map = new Map<string, V[]>();
  for (const item of items) {
    const k = key(item);
    const list = map.get(k) ?? [];
    list.push(value ? value(item) : (item as unknown as V));
    map.set(k, list);
  }
  return map;
}

/** The single figure a source gave: the value, or the bound of "at least" / "as many as". Ranges have none. */
export function figureOf(fact: QuantityFact): number | undefined {
  return amountFigure(fact.amount);
}

/** Figures with the same unit key can be compared and can stand as each other's distractors. */
export function unitKey(fact: QuantityFact): string {
  switch (fact.kind) {
    case "headcount":
      return `headcount|${fact.unit}|${fact.per ?? ""}`;
    case "money":
      return `money|${fact.currency}|${fact.per}`;
    case "duration":
      return `duration|${fact.unit}|${fact.per ?? ""}`;
    case "share":
      return "share";
  }
}

/** Two facts with the same question key answer the same question: who, what, where. */
export function questionKey(fact: QuantityFact): string {
  return [fact.claimant, unitKey(fact), whatItMeasures(fact), fact.appliesTo].join("|");
}

/** What a figure counts or measures, as a noun phrase (in English: it keys questions). */
export function whatItMeasures(fact: QuantityFact): string {
  return measuresFrom(englishMessages, fact, {
    counted: "counted" in fact ? fact.counted : "",
    measures: "measures" in fact ? fact.measures : "",
    of: "of" in fact ? fact.of : "",
  });
}

// One formatter, made once: toLocaleString with options builds a new one on every call (slow).
const NUMBER = new Intl.NumberFormat("en-US", { maximumFractionDigits: 3 });

/** "37,000", "500 million", "1 billion", "0.2". (Korean and Russian: `localNumber` of @nklabor/facts.) */
const formatted = new Map<number, string>();
export function formatNumber(value: number): string {
  let text = formatted.get(value);
  if (text === undefined) {
    text =
      value >= 1e9 && Number.isInteger((value / 1e9) * 1000)
        ? `${NUMBER.format(value / 1e9)} billion`
        : value >= 1e6 && Number.isInteger((value / 1e6) * 1000)
          ? `${NUMBER.format(value / 1e6)} million`
          : NUMBER.format(value);
    if (formatted.size < 100_000) formatted.set(value, text);
  }
  return text;
}

/** A figure as an option shows it: "US$760", "37,000", "24", "20%". */
export function formatFigure(fact: QuantityFact, value: number): string {
  if (fact.kind === "money") return `US$${formatNumber(value)}`;
  if (fact.kind === "share") return `${formatNumber(Math.round(value * 1000) / 10)}%`;
  return formatNumber(value);
}

/** The unit shown beside a typed answer. */
export const unitLabel = (fact: QuantityFact): string => unitFrom(englishMessages, fact);

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

/**
 * A name as it stands inside a sentence: bodies named by an abbreviation take "the" ("the UN
 * Security Council"), and a description opens in lower case ("an anonymous source in Vladivostok").
 */
export function withArticle(name: string): string {
  if (/^(UN|U\.S\.) /.test(name)) return `the ${name}`;
  return /^(A|An|Another|Unnamed|Ethnic|Media) /.test(name)
    ? name.charAt(0).toLowerCase() + name.slice(1)
    : name;
}

/**
 * Shorter names of the bundled actors, for tight spaces (a short form's 95 characters), longest
 * first: a short form names an actor by the first of `actorNames` that fits. Only names a reader
 * knows them by: a person with their office or trade, "RFA" (the claims themselves say "told
 * RFA"), an anonymous source by the outlet that quoted it. Each entry holds the full name it
 * shortens, so a teacher's actor that reuses an id is never renamed.
 */
const SHORT_NAMES: Readonly<Record<string, { readonly of: string; readonly names: string[] }>> = {
  "andrei-tarasenko": { of: "Andrei Tarasenko", names: ["Governor Tarasenko", "Tarasenko"] },
  "alexander-matsegora": {
    of: "Alexander Matsegora",
    names: ["Ambassador Matsegora", "Matsegora"],
  },
  "north-korea-embassy": {
    of: "North Korea's Embassy in Russia",
    names: ["North Korea's Embassy"],
  },
  "us-state-department": { of: "U.S. State Department", names: ["U.S. State Dept."] },
  "radio-free-asia": { of: "Radio Free Asia", names: ["RFA"] },
  "media-reports-2017": { of: "Media reports in 2017", names: ["Media reports"] },
  "rfa-vladivostok-source": {
    of: "An anonymous source in Vladivostok",
    names: ["RFA's Vladivostok source"],
  },
  "rfa-moscow-ethnic-korean": {
    of: "An ethnic Korean living in Moscow",
    names: ["RFA's ethnic Korean source in Moscow", "RFA's Moscow source"],
  },
  "rfa-another-source": { of: "Another anonymous source of RFA", names: ["Another RFA source"] },
  "worker-park": {
    of: "Park",
    names: ["Park, a North Korean worker in Vladivostok", "Park, a worker in Vladivostok"],
  },
  "rfa-unnamed-russian": {
    of: "An unnamed Russian familiar with the North Korean labor situation",
    names: ["An unnamed Russian cited by RFA", "RFA's Russian source"],
  },
  "far-east-ethnic-koreans": {
    of: "Ethnic Korean residents of Russia's Far East",
    names: ["RFA's ethnic Korean sources in the Far East", "RFA's Far East sources"],
  },
  "unnamed-ethnic-korean-residents": {
    of: "Unnamed ethnic Korean residents of Russia",
    names: ["RFA's ethnic Korean sources", "RFA's sources"],
  },
  "st-petersburg-ethnic-korean": {
    of: "An ethnic Korean from St. Petersburg",
    names: ["RFA's St. Petersburg source"],
  },
};

/**
 * Every name an actor may go by, longest first: a person's name with their role, the name, then
 * the short names. A short form takes the first that fits; the checker accepts any.
 */
export function actorNames(actor: Actor): string[] {
  const entry = SHORT_NAMES[actor.id];
  const short = entry && entry.of === actor.name ? entry.names : [];
  // A bare surname ("Park") says less than the short names that describe the person.
  const bare = actor.kind === "person" && !/\s/.test(actor.name);
  return [
    ...new Set([actorLabel(actor), ...(bare ? short : []), actor.name, ...(bare ? [] : short)]),
  ];
}

/** "Alexander Matsegora, Russia's Ambassador to North Korea". */
export function actorLabel(actor: Actor): string {
  return actor.role && actor.kind === "person" ? `${actor.name}, ${actor.role}` : actor.name;
}

/**
 * The outlets whose report is the only date known of someone's words (the claim is dated by the
 * day it came out), or none when the claim has a date of its own or is the outlet's own.
 */
export function reportedBy(ctx: QuizContext, fact: Fact): string[] {
  const actor = ctx.base.claimantOf(fact);
  const source = fact.references[0] && ctx.base.getSource(fact.references[0].source);
  const reported =
    source !== undefined &&
    source.kind === "news" &&
    [source.published, source.relays?.published ?? ""].some((d) =>
      d.startsWith(fact.stated.date),
    ) &&
    actor.name !== source.publisher &&
    actor.name !== source.relays?.publisher;
  return reported ? [source.publisher, ...(source.relays ? [source.relays.publisher] : [])] : [];
}

/** "(Alexander Matsegora, 6 February 2018)": who said it and when. */
export function attribution(ctx: QuizContext, fact: Fact): string {
  const actor = ctx.base.claimantOf(fact);
  // When the only date known is the day a report of someone's words came out, say so.
  const reported = reportedBy(ctx, fact).length > 0;
  const v = ctx.voice;
  const said = { name: v.actorInline(actor), date: v.date(fact.stated) };
  return reported ? v.m.attributionReported(said) : v.m.attribution(said);
}

/**
 * The fact's claim, attributed once: bundled claims name their claimant and year (a test holds
 * them to it). A teacher's claim that names the claimant gets the date after it; one that does not
 * gets "According to X (date): " in front.
 */
export function attributedClaim(
  ctx: QuizContext,
  fact: Fact,
  claim = ctx.voice.claim(fact),
): string {
  const actor = ctx.base.claimantOf(fact);
  const year = fact.stated.date.slice(0, 4);
  // Judged on the English claim as written (a translation says what it says): a changed year in
  // a false statement must not bring the true one back.
  const named = fact.claim.toLowerCase().includes(actor.name.toLowerCase());
  if (named && fact.claim.includes(year)) return claim;
  const v = ctx.voice;
  const date = v.date(fact.stated);
  if (named) return v.m.claimDated({ claim: claim.replace(/[.\s]+$/, ""), date });
  return v.m.accordingTo({ name: v.actorInline(actor), date, claim });
}

/** What a figure counts, standing alone in a list: the fact's own label, or one made from its fields. */
export function figureLabel(ctx: QuizContext, fact: QuantityFact): string {
  const v = ctx.voice;
  return (
    v.label(fact) ?? v.m.measuresBy({ measures: v.measures(fact), who: attribution(ctx, fact) })
  );
}

export function citationOf(ctx: QuizContext, fact: Fact, reference: Reference): QuestionCitation {
  const { source, via } = ctx.base.cite(reference);
  return {
    factId: fact.id,
    publisher: source.publisher,
    headline: source.headline,
    published: source.published,
    url: source.url,
    quote: reference.quote,
    ...(via.length > 0 ? { via: via.map((actor) => ctx.voice.actorName(actor)) } : {}),
  };
}

/**
 * The citations of a fact: for a figure, the quotes that hold it (a quiz uses each quote once, so
 * a question cites no more than its answer needs); otherwise every quote.
 */
const citationsByVoice = new WeakMap<Voice, WeakMap<Fact, QuestionCitation[]>>();
export function citationsOf(ctx: QuizContext, fact: Fact): QuestionCitation[] {
  let citations = citationsByVoice.get(ctx.voice);
  if (!citations) {
    citations = new WeakMap();
    citationsByVoice.set(ctx.voice, citations);
  }
  const hit = citations.get(fact);
  if (hit) return hit;
  const holding =
    "amount" in fact
      ? fact.references.filter((r) =>
          foldWhitespace(r.quote).includes(foldWhitespace(fact.amount.wording)),
        )
      : [];
  const list = (holding.length > 0 ? holding : fact.references).map((r) =>
    citationOf(ctx, fact, r),
  );
  citations.set(fact, list);
  return list;
}

let english: Voice | undefined;
/** English: the data's own words, the English catalog. */
export function englishVoice(): Voice {
  english ??= {
    lang: "en",
    m: englishMessages,
    labels: ENGLISH_LABELS,
    claim: (fact) => fact.claim,
    title: (fact) => fact.title,
    method: (fact) => fact.derived?.method ?? "",
    label: (fact) => fact.label,
    measures: whatItMeasures,
    actorName: (actor) => actor.name,
    actorInline: (actor) => withArticle(actor.name),
    actorLabel,
    publisher: (name) => name,
    conflictQuestion: (group) => group.question,
    conflictNote: (group) => group.note,
    figure: formatFigure,
    hedged: hedgedFigure,
    unit: unitLabel,
    date: (point) => formatDatePoint(point),
    when: (when) => whenFrom(englishMessages, when, (p) => formatDatePoint(p)),
    hedgeMeans: (hedge) => HEDGES[hedge].means,
    hedgeNoun: (hedge) => HEDGES[hedge].noun,
    inline: (text) => text.charAt(0).toLowerCase() + text.slice(1),
    capitalize: (text) => text.charAt(0).toUpperCase() + text.slice(1),
    blank: (fact, by) =>
      blankWith(fact, typeof by === "string" ? by : by((v) => formatFigure(fact, v))),
  };
  return english;
}
