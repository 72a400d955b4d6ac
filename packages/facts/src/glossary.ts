import type { Hedge } from "./schema.js";
import type { Language } from "./schema-ids.js";

/*
 * The agreed renderings, one per language, of what must keep its force in translation: the
 * hedges, the parts of a year, the counted units, and the names of people and places. The quiz,
 * its checker and the app read them from here; docs/glossary.md lists them for reviewers (a test
 * holds the two together). A rendering is a pattern: `{figure}` stands for the figure as the
 * language writes it.
 *
 * Russian hedges are words that govern no case ("примерно", "как минимум", "максимум"), so the
 * counted noun keeps the form its numeral gives it (21 работник, 22 работника, 25 работников);
 * "около", "до" and "не менее" would put it in the genitive (до 21 работника).
 */

/** How one language renders one hedge: an entry of {@link HEDGE_GLOSSARY}. */
export interface HedgeRendering {
  /** The figure with the hedge's words: "about {figure}", "약 {figure}", "примерно {figure}". */
  readonly pattern: string;
  /** What the hedge means, said to a learner ("" for an exact figure). */
  readonly means: string;
  /** The words a translated sentence must hold for the hedge to keep its force (none for English, the source). */
  readonly marker?: string;
}

/**
 * The agreed rendering of each {@link Hedge} in each {@link Language}: a pattern in which
 * `{figure}` stands for the figure as the language writes it, what the hedge means to a learner,
 * and, for Korean and Russian, the marker a translation must keep (none for an exact figure or a
 * range). {@link hedgedText} fills a pattern; {@link checkTranslation} looks for the markers.
 */
export const HEDGE_GLOSSARY: Readonly<Record<Language, Readonly<Record<Hedge, HedgeRendering>>>> = {
  en: {
    exact: { pattern: "{figure}", means: "" },
    approx: { pattern: "about {figure}", means: "That is an estimate, not an exact figure." },
    atLeast: {
      pattern: "at least {figure}",
      means: "That is a floor: the real figure may be higher.",
    },
    atMost: {
      pattern: "up to {figure}",
      means: "That is a ceiling: the real figure may be lower.",
    },
    range: { pattern: "{figure}", means: "That is a range, not one figure." },
    possible: {
      pattern: "possibly {figure}",
      means: "That is a possibility the source raises, not an estimate of what was.",
    },
  },
  ko: {
    exact: { pattern: "{figure}", means: "" },
    approx: { pattern: "약 {figure}", means: "정확한 수치가 아니라 추정치입니다.", marker: "약" },
    atLeast: {
      pattern: "최소 {figure}",
      means: "하한선입니다. 실제 수치는 더 많을 수 있습니다.",
      marker: "최소",
    },
    atMost: {
      pattern: "최대 {figure}",
      means: "상한선입니다. 실제 수치는 더 적을 수 있습니다.",
      marker: "최대",
    },
    range: { pattern: "{figure}", means: "하나의 수치가 아니라 범위입니다." },
    possible: {
      pattern: "{figure}에 이르렀을 수도 있음",
      means: "출처가 제기한 가능성일 뿐, 실제 수치에 대한 추정치가 아닙니다.",
      marker: "이르렀을 수도",
    },
  },
  ru: {
    exact: { pattern: "{figure}", means: "" },
    approx: {
      pattern: "примерно {figure}",
      means: "Это оценка, а не точная цифра.",
      marker: "примерно",
    },
    atLeast: {
      pattern: "как минимум {figure}",
      means: "Это нижняя граница: на деле цифра может быть больше.",
      marker: "как минимум",
    },
    atMost: {
      pattern: "максимум {figure}",
      means: "Это верхняя граница: на деле цифра может быть меньше.",
      marker: "максимум",
    },
    range: { pattern: "{figure}", means: "Это диапазон, а не одна цифра." },
    possible: {
      pattern: "возможно, уже {figure}",
      means: "Это возможность, о которой говорит источник, а не оценка того, что было.",
      marker: "возможно",
    },
  },
};

/** "early 2020", "mid-2020", "late 2020": where in the year (or month) the source put it. */
export const PART_GLOSSARY: Readonly<
  Record<Language, Readonly<Record<"early" | "mid" | "late", string>>>
> = {
  en: { early: "early {date}", mid: "mid-{date}", late: "late {date}" },
  ko: { early: "{date} 초", mid: "{date} 중반", late: "{date} 말" },
  ru: { early: "начало {date}", mid: "середина {date}", late: "конец {date}" },
};

/** How a count of each unit is written: the figure and the noun, by the language's plural forms. */
export const UNIT_GLOSSARY: Readonly<
  Record<
    Language,
    Readonly<
      Record<"people" | "work permits" | "USD", Partial<Record<Intl.LDMLPluralRule, string>>>
    >
  >
> = {
  en: {
    people: { one: "{figure} person", other: "{figure} people" },
    "work permits": { one: "{figure} work permit", other: "{figure} work permits" },
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a glossary pattern, not a template
    USD: { other: "US${figure}" },
  },
  ko: {
    // A unit goes onto digits (3,500명) and apart from a number word (5만 명): unitText spaces it.
    people: { other: "{figure}명" },
    "work permits": { other: "취업 허가 {figure}건" },
    // 미화: US dollars, not another dollar.
    USD: { other: "미화 {figure}달러" },
  },
  ru: {
    people: {
      one: "{figure} человек",
      few: "{figure} человека",
      many: "{figure} человек",
      other: "{figure} человека",
    },
    "work permits": {
      one: "{figure} разрешение на работу",
      few: "{figure} разрешения на работу",
      many: "{figure} разрешений на работу",
      other: "{figure} разрешения на работу",
    },
    USD: {
      one: "{figure} доллар США",
      few: "{figure} доллара США",
      many: "{figure} долларов США",
      other: "{figure} доллара США",
    },
  },
};

/** Names a translation may keep in Latin letters (outlets, abbreviations, currency); NAME_GLOSSARY's come first. */
export const LATIN_NAMES: readonly string[] = [
  "The Moscow Times",
  "American Military News",
  "Reuters",
  "RFA",
  "FIFA",
  "US$",
];

/** One spelling per language of the people and places the facts name; the key is the English. */
export const NAME_GLOSSARY: Readonly<
  Record<string, Readonly<Record<Exclude<Language, "en">, string>>>
> = {
  "Alexander Matsegora": { ko: "알렉산드르 마체고라", ru: "Александр Мацегора" },
  Matsegora: { ko: "마체고라", ru: "Мацегора" },
  "Andrei Tarasenko": { ko: "안드레이 타라센코", ru: "Андрей Тарасенко" },
  Tarasenko: { ko: "타라센코", ru: "Тарасенко" },
  Primorye: { ko: "연해주", ru: "Приморье" },
  Vladivostok: { ko: "블라디보스토크", ru: "Владивосток" },
  Khabarovsk: { ko: "하바롭스크", ru: "Хабаровск" },
  Pyongyang: { ko: "평양", ru: "Пхеньян" },
  "Radio Free Asia": { ko: "자유아시아방송", ru: "Радио Свободная Азия" },
  "The Moscow Times": { ko: "모스크바 타임스", ru: "The Moscow Times" },
  Interfax: { ko: "인테르팍스", ru: "Интерфакс" },
  "UN Security Council": { ko: "유엔 안전보장이사회", ru: "Совет Безопасности ООН" },
};

const PLURALS = new Map<Language, Intl.PluralRules>();
const pluralOf = (value: number, lang: Language) => {
  let rules = PLURALS.get(lang);
  if (!rules) {
    rules = new Intl.PluralRules(lang);
    PLURALS.set(lang, rules);
  }
  return rules.select(value);
};

/** A figure with its hedge's agreed words: ("atMost", "37 000", "ru") is "максимум 37 000". */
export function hedgedText(hedge: Hedge, figure: string, lang: Language): string {
  return HEDGE_GLOSSARY[lang][hedge].pattern.replace("{figure}", figure);
}

/**
 * A count or a sum with its unit, in the plural form its value takes: (5, "5", "people", "ru") is
 * "5 человек", (2, …) "2 человека", (1, …) "1 человек"; (50000, "5만", "people", "ko") "5만 명".
 */
export function unitText(
  value: number,
  figure: string,
  unit: keyof (typeof UNIT_GLOSSARY)["en"],
  lang: Language,
): string {
  const forms = UNIT_GLOSSARY[lang][unit];
  const pattern = forms[pluralOf(value, lang)] ?? forms.other ?? "{figure}";
  // Korean writes a unit onto digits (3,500명) and apart from a number word (5만 명).
  const spaced = lang === "ko" && /[만억조천]$/.test(figure) ? `${figure} ` : figure;
  return pattern.replace("{figure}", spaced);
}
