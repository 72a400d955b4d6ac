import {
  amountFigure,
  type DatePoint,
  type Fact,
  formatDatePoint,
  HEDGE_GLOSSARY,
  hedgedText,
  type Language,
  localNumber,
  NAME_GLOSSARY,
  numberSpellings,
  type QuantityFact,
  type Translations,
  unitText,
} from "@nklabor/facts";
import type { Labels } from "./labels.js";
import type { Catalog } from "./messages/compiled/types.js";
import { measuresFrom, unitFrom, type Voice, whenFrom } from "./voice.js";

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
/** Abbreviations that follow any number alike (20 ч, 21 ч, 3 мес.). */
const RU_SHORT: Readonly<Record<string, string>> = { час: "ч", день: "дн.", месяц: "мес." };
/** The noun after a figure in a Russian claim, agreed with another value (or a blank's form). */
function agreeNoun(after: string, value: number | undefined): string {
  for (const forms of RU_NOUNS) {
    const found = [...forms]
      .sort((a, b) => b.length - a.length)
      .find((form) => new RegExp(`^[\\s\u00a0]${form}(?![а-яё])`).test(after));
    if (!found) continue;
    // A blank takes the abbreviation, which fits every number (ч, дн., мес.): a full form fits
    // only some, and would hint at the answer (___ часов rules out 21 to 24).
    const short = RU_SHORT[forms[0]];
    const rule = value === undefined ? "blank" : RU_PLURAL.select(value);
    const form =
      rule === "blank"
        ? (short ?? forms[2])
        : rule === "one"
          ? forms[0]
          : rule === "few"
            ? forms[1]
            : forms[2];
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
  labels: Labels,
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
    labels,
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
        // Not in brackets: the figure is often followed by who gave it, in brackets of its own.
        return own
          ? m.wordsGlossed({ own, words: fact.amount.wording })
          : `“${fact.amount.wording}”`;
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
    hedgeNoun: (hedge) => m.hedgeNoun({ hedge }),
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
