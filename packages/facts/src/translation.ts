import { amountNumbers, HEDGES, numberSpellings } from "./amount.js";
import { HEDGE_GLOSSARY, LATIN_NAMES } from "./glossary.js";
import type { Fact } from "./schema.js";
import type { Language } from "./schema-ids.js";

/** A fact's own words in another language: its claim, and its label and title when it has them. */
export interface FactWords {
  readonly claim: string;
  readonly label?: string;
  readonly title?: string;
}

export type TranslationIssueCode =
  /** The fact has a label or a title the translation lacks. */
  | "TRANSLATION_INCOMPLETE"
  /** A figure of the English is not in the translation, as the language writes it. */
  | "TRANSLATION_FIGURE_MISSING"
  /** The English hedges its figure ("as many as") and the translation lacks the glossary's words for it. */
  | "TRANSLATION_HEDGE_MISSING"
  /** A source's words in “…” are not kept exactly, untranslated. */
  | "TRANSLATION_QUOTE_CHANGED"
  /** English left outside quotes and names. */
  | "TRANSLATION_UNTRANSLATED";

export interface TranslationIssue {
  readonly code: TranslationIssueCode;
  readonly field: keyof FactWords;
  readonly message: string;
}

const QUOTED = /“[^”]*”/g;

/**
 * Checks a translation of a fact's own words against the English and the glossary: every figure
 * the English writes is there as the language writes it, every hedge the English words keeps
 * the glossary's words, every source's words in “…” stand as they are, and no English is left
 * outside quotes and the names that stay in Latin letters.
 */
export function checkTranslation(
  fact: Fact,
  words: FactWords,
  lang: Exclude<Language, "en">,
): TranslationIssue[] {
  const issues: TranslationIssue[] = [];
  const fail = (code: TranslationIssueCode, field: keyof FactWords, message: string) =>
    issues.push({ code, field, message });
  const english: FactWords = {
    claim: fact.claim,
    ...(fact.label ? { label: fact.label } : {}),
    ...(fact.kind === "event" ? { title: fact.title } : {}),
  };
  for (const field of ["claim", "label", "title"] as const) {
    const source = english[field];
    const text = words[field];
    if (source === undefined) continue;
    if (text === undefined || text.trim() === "") {
      fail("TRANSLATION_INCOMPLETE", field, `The ${field} of ${fact.id} has no ${lang} text.`);
      continue;
    }
    for (const quote of source.match(QUOTED) ?? [])
      if (!text.includes(quote))
        fail(
          "TRANSLATION_QUOTE_CHANGED",
          field,
          `${quote} is the source's words: keep it as it is in the ${field} of ${fact.id}.`,
        );
    const outside = LATIN_NAMES.reduce(
      (t, name) => t.replaceAll(name, ""),
      text.replace(QUOTED, ""),
    );
    const left = outside.match(/[A-Za-z]{3,}/);
    if (left)
      fail(
        "TRANSLATION_UNTRANSLATED",
        field,
        `“${left[0]}” is English outside quotes and names in the ${field} of ${fact.id}.`,
      );
    if (!("amount" in fact)) continue;
    const share = fact.kind === "share";
    for (const n of amountNumbers(fact.amount)) {
      const shown = (value: number, language: Language) =>
        share
          ? numberSpellings(Math.round(value * 1e6) / 1e4, language).flatMap((p) => [
              `${p}%`,
              `${p} %`,
              `${p}\u00a0%`,
            ])
          : numberSpellings(value, language);
      if (!shown(n, "en").some((form) => source.includes(form))) continue;
      if (!shown(n, lang).some((form) => text.includes(form)))
        fail(
          "TRANSLATION_FIGURE_MISSING",
          field,
          `The ${field} of ${fact.id} writes ${n} in English; the ${lang} text does not (as ${shown(n, lang)[0]}).`,
        );
    }
    const hedge = fact.amount.hedge;
    const hedged = HEDGES[hedge].phrases.some((p) => source.toLowerCase().includes(p));
    const marker = HEDGE_GLOSSARY[lang][hedge].marker;
    if (hedged && marker && !text.includes(marker))
      fail(
        "TRANSLATION_HEDGE_MISSING",
        field,
        `The ${field} of ${fact.id} hedges its figure; the ${lang} text must say “${marker}”, the glossary's words for it.`,
      );
  }
  return issues;
}
