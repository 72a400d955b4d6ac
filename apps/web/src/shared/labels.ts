import type { Topic } from "@nklabor/facts";
import type { GeneratedQuestionType } from "@nklabor/quiz";

/** The topics' names, as every page shows them. */
export const TOPIC_LABELS: Readonly<Record<Topic, string>> = {
  sanctions: "UN sanctions",
  "worker-counts": "How many workers",
  remittances: "Money for the regime",
  conditions: "Working conditions",
  enforcement: "Enforcement and escapes",
};

/** The generated question types' names, as the Build page offers them. */
export const TYPE_LABELS: Readonly<Record<GeneratedQuestionType, string>> = {
  "numeric-choice": "Figures: pick one",
  "numeric-estimate": "Figures: type it",
  "true-false": "True or false",
  "who-said-it": "Who said it",
  timeline: "Timeline",
  matching: "Matching",
  "estimates-vary": "Estimates vary",
};
