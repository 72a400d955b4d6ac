import { HEDGES, numberSpellings } from "./amount.js";
import { HEDGE_GLOSSARY, LATIN_NAMES } from "./glossary.js";
import type { Fact } from "./schema.js";
import type { Language } from "./schema-ids.js";

/** A fact's own words in another language: its claim, and its label and title when it has them. */
export interface FactWords {
  readonly claim: string;
  readonly label?: string;
  readonly title?: string;
  /** What a count counts, what a duration measures, what a share is of. */
  readonly counted?: string;
  readonly measures?: string;
  readonly of?: string;
  /** How a worked-out figure or date was worked out ("adoption on 22 December 2017 plus 24 months"). */
  readonly method?: string;
  /** A figure the source gives in words ("tens of thousands"), in the language: shown with the quote. */
  readonly wording?: string;
}

/**
 * What is wrong with a translation, as a code to branch on. {@link checkTranslation} returns all
 * of them; {@link checkTranslatedText}, which does not know the fact, only
 * `TRANSLATION_QUOTE_CHANGED`, `TRANSLATION_UNTRANSLATED` and `TRANSLATION_FIGURE_MISSING`.
 */
export type TranslationIssueCode =
  /**
   * A field the fact has in English (its claim, label, title, ...) has no text in the translation.
   */
  | "TRANSLATION_INCOMPLETE"
  /** A figure of the English is not in the translation, as the language writes it. */
  | "TRANSLATION_FIGURE_MISSING"
  /** The English hedges its figure ("as many as") and the translation lacks the glossary's words for it. */
  | "TRANSLATION_HEDGE_MISSING"
  /** A source's words in “…” are not kept exactly, untranslated. */
  | "TRANSLATION_QUOTE_CHANGED"
  /** English left outside quotes and names. */
  | "TRANSLATION_UNTRANSLATED";

/**
 * One problem {@link checkTranslation} found: its code, the {@link FactWords} field it is in, and
 * an English message.
 */
export interface TranslationIssue {
  readonly code: TranslationIssueCode;
  readonly field: keyof FactWords;
  readonly message: string;
}

/**
 * A source's words: in curly double quotes, or in straight single quotes opened after a space
 * (an apostrophe inside, "Russia's", does not close them; a Korean particle may follow: '…'라고).
 */
const QUOTED = /“[^”]*”|(?<=^|[\s(])'(?:[^']|'(?=[A-Za-z]))+'(?![A-Za-z])/g;
/** A number in English text, with the scale word that may follow it: "37,000", "500 million". */
const NUMBER = /\d[\d,]*(?:\.\d+)?(?:\s+(?:million|billion))?/g;

const englishNumber = (token: string): number => {
  const [digits = "", scale] = token.split(/\s+/);
  const n = Number(digits.replace(/,/g, ""));
  return scale === "billion" ? n * 1e9 : scale === "million" ? n * 1e6 : n;
};

/**
 * Checks any translated text against its English: every source's words in quotes stand as they
 * are, every number is there as the language writes it (a year, a day, a count: 37,000 as
 * 3만 7천 or 37 000), and no English is left outside quotes and the names that stay in Latin
 * letters. For a fact, `checkTranslation` adds its figure's hedge.
 */
export function checkTranslatedText(
  english: string,
  translated: string,
  lang: Exclude<Language, "en">,
): { readonly code: TranslationIssueCode; readonly message: string }[] {
  const issues: { code: TranslationIssueCode; message: string }[] = [];
  for (const quote of english.match(QUOTED) ?? [])
    if (!translated.includes(quote))
      issues.push({
        code: "TRANSLATION_QUOTE_CHANGED",
        message: `${quote} is the source's words: keep it as it is.`,
      });
  const outside = LATIN_NAMES.reduce(
    (t, name) => t.replaceAll(name, ""),
    translated.replace(QUOTED, ""),
  );
  const left = outside.match(/[A-Za-z]{3,}/);
  if (left)
    issues.push({
      code: "TRANSLATION_UNTRANSLATED",
      message: `“${left[0]}” is English outside quotes and names.`,
    });
  for (const token of english.replace(QUOTED, "").match(NUMBER) ?? []) {
    const value = englishNumber(token.replace(/,$/, ""));
    const forms = numberSpellings(value, lang);
    if (!forms.some((form) => translated.includes(form)))
      issues.push({
        code: "TRANSLATION_FIGURE_MISSING",
        message: `${token} is not there as the language writes it (${forms.at(-1)}).`,
      });
  }
  return issues;
}

/**
 * Checks a translation of a fact's own words against the English and the glossary: every figure
 * the English writes is there as the language writes it, every hedge the English words keeps
 * the glossary's words, every source's words in “…” stand as they are, and no English is left
 * outside quotes and the names a translation may keep in Latin letters.
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
    ...(fact.kind === "headcount" ? { counted: fact.counted } : {}),
    ...(fact.kind === "duration" ? { measures: fact.measures } : {}),
    ...(fact.kind === "share" ? { of: fact.of } : {}),
    ...(fact.derived ? { method: fact.derived.method } : {}),
    ...("amount" in fact && fact.amount.reading !== undefined && fact.amount.hedge !== "exact"
      ? { wording: fact.amount.wording }
      : {}),
  };
  for (const field of [
    "claim",
    "label",
    "title",
    "counted",
    "measures",
    "of",
    "method",
    "wording",
  ] as const) {
    const source = english[field];
    const text = words[field];
    if (source === undefined) continue;
    if (text === undefined || text.trim() === "") {
      fail("TRANSLATION_INCOMPLETE", field, `The ${field} of ${fact.id} has no ${lang} text.`);
      continue;
    }
    for (const issue of checkTranslatedText(source, text, lang))
      fail(issue.code, field, `In the ${field} of ${fact.id}: ${issue.message}`);
    if (!("amount" in fact)) continue;
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

/** A conflict's words in another language. */
export interface ConflictWords {
  readonly title: string;
  readonly question: string;
  readonly note: string;
}

/** A claimant's name and role in another language. */
export interface ActorWords {
  readonly name: string;
  /** The name inside a sentence, where the language writes it otherwise ("российские власти"). */
  readonly inline?: string;
  readonly role?: string;
}

/**
 * The data's own words in one language besides English: each fact's claim, label, title and what
 * its figure counts; each conflict's title, question and note; each claimant's name and role. By
 * id. Quotes are not among them: they stay in the source's language.
 */
export interface Translations {
  readonly language: Exclude<Language, "en">;
  /** False until a native speaker has reviewed them: the drafts are checked by machine only. */
  readonly reviewed: boolean;
  readonly facts: Readonly<Record<string, FactWords>>;
  readonly conflicts: Readonly<Record<string, ConflictWords>>;
  readonly actors: Readonly<Record<string, ActorWords>>;
}

/**
 * The bundled data's words in Korean or Russian, loaded on demand (`import()`): a program that
 * never asks for a language carries none of it.
 */
export async function loadTranslations(lang: Exclude<Language, "en">): Promise<Translations> {
  if (lang === "ko") {
    const { KO, KO_CONFLICTS, KO_ACTORS } = await import("./data/translations-ko.js");
    return {
      language: lang,
      reviewed: false,
      facts: KO,
      conflicts: KO_CONFLICTS,
      actors: KO_ACTORS,
    };
  }
  const { RU, RU_CONFLICTS, RU_ACTORS } = await import("./data/translations-ru.js");
  return { language: lang, reviewed: false, facts: RU, conflicts: RU_CONFLICTS, actors: RU_ACTORS };
}
