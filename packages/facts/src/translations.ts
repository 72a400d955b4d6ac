import type { Language } from "./schema-ids.js";
import type { FactWords } from "./translation.js";

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
  readonly conflicts: Readonly<Record<string, { title: string; question: string; note: string }>>;
  readonly actors: Readonly<Record<string, { name: string; role?: string }>>;
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
