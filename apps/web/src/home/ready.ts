import type { Topic } from "@nklabor/facts";

export interface ReadyQuiz {
  readonly id: string;
  readonly title: string;
  readonly blurb: string;
  readonly seed: string;
  readonly count: number;
  readonly topics: readonly Topic[];
}

/** The quizzes on the home page; their questions are made at build time. */
export const READY_QUIZZES: readonly ReadyQuiz[] = [
  {
    id: "mix",
    title: "Quick mix",
    blurb: "10 questions across every topic.",
    seed: "ready-mix-1",
    count: 10,
    topics: [],
  },
  {
    id: "sanctions",
    title: "The UN sanctions",
    blurb: "What the Security Council decided in 2017, and when.",
    seed: "ready-sanctions-1",
    count: 6,
    topics: ["sanctions"],
  },
  {
    id: "worker-counts",
    title: "How many workers?",
    blurb: "Estimates that disagree, and why.",
    seed: "ready-counts-1",
    count: 6,
    topics: ["worker-counts"],
  },
  {
    id: "remittances",
    title: "Money for the regime",
    blurb: "What workers had to hand over.",
    seed: "ready-money-1",
    count: 6,
    topics: ["remittances"],
  },
  {
    id: "conditions",
    title: "Working conditions",
    blurb: "Pay, visas and hours, by who said it.",
    seed: "ready-conditions-1",
    count: 6,
    topics: ["conditions"],
  },
  {
    id: "enforcement",
    title: "Enforcement and escapes",
    blurb: "Deportations, bounties and runaways.",
    seed: "ready-enforcement-1",
    count: 6,
    topics: ["enforcement"],
  },
];
