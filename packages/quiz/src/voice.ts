import {
  type Actor,
  amountFigure,
  type ConflictGroup,
  type DatePoint,
  type EventFact,
  type Fact,
  formatDatePoint,
  HEDGE_GLOSSARY,
  type Hedge,
  hedgedText,
  type Language,
  localNumber,
  NAME_GLOSSARY,
  numberSpellings,
  type QuantityFact,
  type Translations,
  unitText,
  type When,
} from "@nklabor/facts";
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

/** The catalog's hedge nouns must be those of the hedge rule (a test holds them together). */
const HEDGE_KEYS: Record<Hedge, string> = {
  exact: "exact",
  approx: "approx",
  atLeast: "atLeast",
  atMost: "atMost",
  range: "range",
  possible: "possible",
};

const unitSelect = (fact: QuantityFact) =>
  fact.kind === "headcount"
    ? fact.unit === "people"
      ? "people"
      : "permits"
    : fact.kind === "duration"
      ? fact.unit
      : fact.kind;

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

export { english as englishMessages, HEDGE_KEYS, measuresFrom, unitFrom, unitSelect, whenFrom };

const QUOTED = /“[^”]*”|"[^"]*"/g;

/** A Russian date standing alone, in the genitive: "август 2019 г." → "августа 2019 г.". */
const GENITIVE: Readonly<Record<string, string>> = {
  январь: "января",
  февраль: "февраля",
  март: "марта",
  апрель: "апреля",
  май: "мая",
  июнь: "июня",
  июль: "июля",
  август: "августа",
  сентябрь: "сентября",
  октябрь: "октября",
  ноябрь: "ноября",
  декабрь: "декабря",
  начало: "начала",
  середина: "середины",
  конец: "конца",
};
const genitive = (date: string) => date.replace(/^[а-яё]+/, (word) => GENITIVE[word] ?? word);

/**
 * Russian nouns a figure may count, in the forms its numeral takes (one, few, many): when a
 * false figure stands in a claim, its noun agrees with it (11 месяцев, not 11 месяца); a blank
 * takes the "many" form, which hints at no answer.
 */
const RU_NOUNS: readonly (readonly [string, string, string])[] = [
  ["человек", "человека", "человек"],
  ["месяц", "месяца", "месяцев"],
  ["час", "часа", "часов"],
  ["день", "дня", "дней"],
  ["год", "года", "лет"],
  ["разрешение", "разрешения", "разрешений"],
];
/**
 * The space between a Korean figure and its unit, by the glossary's rule: a unit goes onto digits
 * and a blank (3,500명, ___명) and apart from a number word (5만 명). A figure put in the place of
 * another (3,500 for 5만) must not keep the other's spacing: it would give a false statement away.
 */
function koreanUnitSpace(figure: string, after: string): string {
  const unit = after.match(/^[ \u00a0]?(?=명|달러|건|시간|개월|일|년)/);
  if (!unit) return after;
  const rest = after.slice(unit[0].length);
  return /[만억조천]$/.test(figure) ? ` ${rest}` : rest;
}

const RU_PLURAL = new Intl.PluralRules("ru");
/** The noun after a figure in a Russian claim, agreed with another value (or a blank's form). */
function agreeNoun(after: string, value: number | undefined): string {
  for (const forms of RU_NOUNS) {
    const found = [...forms]
      .sort((a, b) => b.length - a.length)
      .find((form) => new RegExp(`^[\\s\u00a0]${form}(?![а-яё])`).test(after));
    if (!found) continue;
    const rule = value === undefined ? "many" : RU_PLURAL.select(value);
    const form = rule === "one" ? forms[0] : rule === "few" ? forms[1] : forms[2];
    return after.charAt(0) + form + after.slice(1 + found.length);
  }
  return after;
}

/**
 * A voice for Korean or Russian: the data's words from its translations (a teacher's own facts,
 * which have none, in the words the teacher wrote), figures, units, hedges and dates by the
 * glossary of @nklabor/facts.
 */
export function translatedVoice(
  lang: Exclude<Language, "en">,
  catalog: Catalog,
  words: Translations,
): Voice {
  const of = (fact: Fact) => words.facts[fact.id];
  const number = (value: number) => localNumber(value, lang);
  const shown = (fact: QuantityFact, value: number) =>
    fact.kind === "share" ? Math.round(value * 1000) / 10 : value;
  const figure = (fact: QuantityFact, value: number): string => {
    if (fact.kind === "money") return unitText(value, number(value), "USD", lang);
    if (fact.kind === "share") return `${number(shown(fact, value))}%`;
    return number(value);
  };
  const date = (point: DatePoint) => formatDatePoint(point, lang);
  // Russian "по состоянию на" takes the accusative: на середину (a part of the year is feminine
  // only in "середина"; начало, конец and a month or year read the same in both cases).
  const accusative = (text: string) =>
    lang === "ru" ? text.replace(/на середина/g, "на середину") : text;
  const m: Catalog = {
    ...catalog,
    whenBy: (d) => accusative(catalog.whenBy(d)),
    // Russian "вплоть до" takes the genitive: августа 2019 г., середины 2017 г.
    saidOfTimeUpTo: (d) =>
      catalog.saidOfTimeUpTo({ date: lang === "ru" ? genitive(String(d.date)) : d.date }),
  };
  const voice: Voice = {
    lang,
    m,
    claim: (fact) => of(fact)?.claim ?? fact.claim,
    title: (fact) => of(fact)?.title ?? fact.title,
    method: (fact) => of(fact)?.method ?? fact.derived?.method ?? "",
    label: (fact) => of(fact)?.label ?? fact.label,
    measures: (fact) =>
      measuresFrom(m, fact, {
        counted: of(fact)?.counted ?? ("counted" in fact ? fact.counted : ""),
        measures: of(fact)?.measures ?? ("measures" in fact ? fact.measures : ""),
        of: of(fact)?.of ?? ("of" in fact ? fact.of : ""),
      }),
    actorName: (actor) => words.actors[actor.id]?.name ?? actor.name,
    actorInline: (actor) =>
      words.actors[actor.id]?.inline ?? words.actors[actor.id]?.name ?? actor.name,
    actorLabel: (actor) => {
      const name = words.actors[actor.id]?.name ?? actor.name;
      const role = words.actors[actor.id]?.role ?? actor.role;
      return role && actor.kind === "person" ? m.actorWithRole({ name, role }) : name;
    },
    publisher: (name) => NAME_GLOSSARY[name]?.[lang] ?? name,
    conflictQuestion: (group) => words.conflicts[group.id]?.question ?? group.question,
    conflictNote: (group) => words.conflicts[group.id]?.note ?? group.note,
    figure,
    hedged: (fact) => {
      // A figure read from words ("tens of thousands") is shown in the source's words, quoted,
      // after the language's rendering of them when the translations have one.
      if (fact.amount.reading !== undefined && fact.amount.hedge !== "exact") {
        const own = of(fact)?.wording;
        return own ? `${own} (“${fact.amount.wording}”)` : `“${fact.amount.wording}”`;
      }
      const value = amountFigure(fact.amount) ?? 0;
      const text =
        fact.kind === "headcount"
          ? unitText(value, number(value), fact.unit, lang)
          : fact.kind === "duration"
            ? m.duration({ n: value, unit: fact.unit })
            : figure(fact, value);
      return hedgedText(fact.amount.hedge, text, lang);
    },
    unit: (fact) => unitFrom(m, fact),
    date,
    when: (when) => whenFrom(m, when, date),
    hedgeMeans: (hedge) => HEDGE_GLOSSARY[lang][hedge].means,
    hedgeNoun: (hedge) => m.hedgeNoun({ hedge: HEDGE_KEYS[hedge] }),
    // Russian opens a clause after a colon in lower case, unless its first word is a name.
    inline: (text) =>
      lang === "ru" && /^[А-ЯЁ][а-яё]/.test(text)
        ? text.charAt(0).toLowerCase() + text.slice(1)
        : text,
    capitalize: (text) => text.charAt(0).toUpperCase() + text.slice(1),
    blank(fact, by) {
      const value = amountFigure(fact.amount);
      if (value === undefined) return undefined;
      const claim = voice.claim(fact);
      const target = shown(fact, value);
      // The figure as the translation writes it (3만 7천, 37 000, 3,500), or as a teacher did.
      const forms = [...numberSpellings(target, lang), ...numberSpellings(target, "en")]
        .filter((f, i, all) => all.indexOf(f) === i)
        .sort((a, b) => b.length - a.length);
      const outside = claim.replace(QUOTED, (q) => " ".repeat(q.length));
      // A sum with its currency, as the options write it ("미화 40달러", "40 долларов США"): the
      // blank takes both, or the sentence would say the currency twice.
      if (fact.kind === "money")
        for (const form of forms) {
          const written = unitText(target, form, "USD", lang);
          const found = [
            ...outside.matchAll(new RegExp(`(?<![\\d.,])${escapePattern(written)}`, "g")),
          ];
          if (found.length === 0) continue;
          if (found.length !== 1) return undefined;
          const at = found[0]?.index ?? 0;
          const text = typeof by === "string" ? by : by((v) => figure(fact, v));
          return claim.slice(0, at) + text + claim.slice(at + written.length);
        }
      // A share is its percentage with its sign (20%, 20 %): "site 20" is not the figure.
      const signs = fact.kind === "share" ? ["%", " %", "\u00a0%"] : [""];
      for (const form of forms)
        for (const sign of signs) {
          const written = `${form}${sign}`;
          const pattern = new RegExp(`(?<![\\d.,])${escapePattern(written)}(?![\\d]|[.,]\\d)`, "g");
          const found = [...outside.matchAll(pattern)];
          if (found.length === 0) continue;
          if (found.length !== 1) return undefined;
          const at = found[0]?.index ?? 0;
          const local =
            form === localNumber(target, lang) ||
            form === localNumber(target, lang).replaceAll("\u00a0", " ");
          // Another figure in the same style as the one it replaces, with the same sign.
          const style = (v: number) =>
            `${
              local
                ? number(shown(fact, v))
                : /,/.test(form)
                  ? shown(fact, v).toLocaleString("en-US")
                  : String(shown(fact, v))
            }${sign}`;
          let value: number | undefined;
          const text =
            typeof by === "string"
              ? by
              : by((v) => {
                  value = v;
                  return style(v);
                });
          const rest = claim.slice(at + written.length);
          return (
            claim.slice(0, at) +
            text +
            (lang === "ru"
              ? agreeNoun(rest, value)
              : lang === "ko"
                ? koreanUnitSpace(text, rest)
                : rest)
          );
        }
      return undefined;
    },
  };
  return voice;
}

const escapePattern = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
