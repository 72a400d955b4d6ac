import type { Topic } from "@nklabor/facts";
import type { GeneratedQuestionType } from "@nklabor/quiz";
import { catalogs, useLang } from "../i18n/i18n.js";
import { selectKey } from "../i18n/lang.js";
import { messages as en } from "./messages/compiled/en.js";
import { load } from "./messages/compiled/load.js";
import type { Catalog } from "./messages/compiled/types.js";

/*
 * The names of topics and question types, as the Build and Facts pages show them: a catalog of
 * their own, loaded with the first of those pages (never with Home or Play).
 */

const labels = catalogs<Catalog>(en, load);

export type Labels = Catalog;

/** The labels in the page's language. */
export const useLabels = (): Labels => labels.read(useLang().lang);

/** A topic's name: "UN sanctions". */
export const topicLabel = (l: Labels, topic: Topic): string => l.topic({ topic: selectKey(topic) });

/** The generated question types, in the order the Build page offers them (every one: typed). */
export const GENERATED_TYPES = Object.keys({
  "numeric-choice": 1,
  "numeric-estimate": 1,
  "true-false": 1,
  "who-said-it": 1,
  timeline: 1,
  matching: 1,
  "estimates-vary": 1,
} satisfies Record<GeneratedQuestionType, 1>) as readonly GeneratedQuestionType[];

/** A generated question type's name: "Figures: pick one". */
export const typeLabel = (l: Labels, type: GeneratedQuestionType): string =>
  l.questionType({ type: selectKey(type) });

/**
 * What a search of the facts matches, as examples for its field: the facts' own words (English),
 * kept short so the example fits a phone's field in any language.
 */
export const SEARCH_EXAMPLES = "Matsegora, 2019";
