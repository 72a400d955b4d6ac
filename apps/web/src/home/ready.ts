import type { Topic } from "@nklabor/facts";
import { selectKey } from "../i18n/lang.js";

export interface ReadyQuiz {
  readonly id: string;
  /** The English title (the build's quizzes carry it); the page shows the catalog's `readyTitle`. */
  readonly title: string;
  readonly seed: string;
  readonly count: number;
  readonly topics: readonly Topic[];
}

/** The quizzes on the home page; their questions are made at build time. */
export const READY_QUIZZES: readonly ReadyQuiz[] = [
  {
    id: "mix",
    title: "Quick mix",
    seed: "ready-mix-1",
    count: 10,
    topics: [],
  },
  {
    id: "sanctions",
    title: "The UN sanctions",
    seed: "ready-sanctions-1",
    count: 6,
    topics: ["sanctions"],
  },
  {
    id: "worker-counts",
    title: "How many workers?",
    seed: "ready-counts-1",
    count: 6,
    topics: ["worker-counts"],
  },
  {
    id: "remittances",
    title: "Money for the regime",
    seed: "ready-money-1",
    count: 6,
    topics: ["remittances"],
  },
  {
    id: "conditions",
    title: "Working conditions",
    seed: "ready-conditions-1",
    count: 6,
    topics: ["conditions"],
  },
  {
    id: "enforcement",
    title: "Enforcement and escapes",
    seed: "ready-enforcement-1",
    count: 6,
    topics: ["enforcement"],
  },
];

/** A ready quiz's id as the catalog's `readyTitle` and `readyBlurb` select it ("worker_counts"). */
export const readyKey = (id: string) => ({ id: selectKey(id) });
