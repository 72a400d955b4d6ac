import type { FactId, Language, Topic } from "@nklabor/facts";

/** What a question asks the learner to do; the generators and the spec speak of these. */
export const QUESTION_TYPES = [
  "numeric-choice",
  "numeric-estimate",
  "true-false",
  "who-said-it",
  "timeline",
  "matching",
  "estimates-vary",
  "custom",
] as const;
/**
 * The kind of a question, one of {@link QUESTION_TYPES}: a blanked figure to choose or type, a
 * claim to judge true or false, a quote's speaker, events to order, figures to match, conflicting
 * estimates to compare, or `"custom"`, a teacher's own question.
 */
export type QuestionType = (typeof QUESTION_TYPES)[number];
/** The types made from facts (all but teachers' own questions). */
export type GeneratedQuestionType = Exclude<QuestionType, "custom">;

/** The difficulty levels of a question, easiest first. */
export const DIFFICULTIES = ["easy", "medium", "hard"] as const;
/** A question's difficulty level, one of {@link DIFFICULTIES}: its `difficultyScore` by {@link difficultyOf}. */
export type Difficulty = (typeof DIFFICULTIES)[number];

/** Where a question's answer comes from: shown under the feedback. */
export interface QuestionCitation {
  readonly factId?: FactId | undefined;
  readonly publisher: string;
  readonly headline: string;
  /** ISO partial date of publication. */
  readonly published: string;
  readonly url: string;
  readonly quote: string;
  /**
   * Who passed the claim on between claimant and publisher, in order, by name as the facts name
   * them ("Radio Free Asia", reprinted by American Military News). Absent when no one did.
   */
  readonly via?: readonly string[] | undefined;
}

/** One option of a multiple-choice question ({@link AnswerKey} of format `"choice"`). */
export interface ChoiceOption {
  /** The option as the learner reads it. */
  readonly text: string;
  /** For a distractor taken from another fact: what that figure was ("as many as 37,000 ... (Matsegora, 2018)"). */
  readonly note?: string | undefined;
}

/** How the learner answers, and what counts as right. */
export type AnswerKey =
  | {
      readonly format: "choice";
      readonly options: readonly ChoiceOption[];
      readonly correct: number;
    }
  | { readonly format: "true-false"; readonly correct: boolean }
  | {
      readonly format: "numeric";
      readonly correct: number;
      /** Answers from min to max (inclusive) count as right. */
      readonly accept: { readonly min: number; readonly max: number };
      /** The unit shown beside the input: "people", "US$ a month", "months". */
      readonly unit: string;
    }
  | {
      readonly format: "ordering";
      /** The items as shown (shuffled). */
      readonly items: readonly string[];
      /** Indices into `items`, in the right order. */
      readonly correct: readonly number[];
    }
  | {
      readonly format: "matching";
      readonly left: readonly string[];
      readonly right: readonly string[];
      /** correct[i] is the index in `right` that matches left[i]. */
      readonly correct: readonly number[];
    };
/**
 * How a question is answered, the `format` of its {@link AnswerKey} and of an {@link Answer}: an
 * option chosen, true or false, a number typed, items put in order, or pairs matched.
 */
export type AnswerFormat = AnswerKey["format"];

/**
 * The limits a short form fits: Kahoot's stricter documented ones (its article says 95 characters
 * for a question and 60 for an answer; its 2019 template's header says 120 and 75).
 */
export const SHORT_LIMITS = { prompt: 95, option: 60 } as const;

/**
 * The same question in fewer words, for a tool with tight limits (Kahoot): at most
 * SHORT_LIMITS.prompt characters, each option at most SHORT_LIMITS.option. It asks exactly what
 * the prompt asks and has the same right answer; it keeps who made the claim and when (a short
 * name, month and year: "RFA, Aug 2019: an estimated ___ North Koreans work in Russia."), the
 * source's hedge ("at least" stays "at least") and "reportedly"; a quote is the source's words,
 * any left out marked "…". Never a cut prompt: a question that cannot be said faithfully in
 * that room has none.
 */
export interface ShortForm {
  readonly prompt: string;
  /**
   * The options in fewer words, in the same order and meaning (the same one right); absent when
   * the question's own options fit. True/false questions have none: their answers are True and False.
   */
  readonly options?: readonly string[] | undefined;
}

/**
 * One question of a {@link Quiz}: what it asks, its answer key and explanation, the facts and
 * sources it rests on, and how hard it is.
 */
export interface Question {
  /** Stable across seeds: the type, its facts and its variant. Edits refer to it. */
  readonly id: string;
  readonly type: QuestionType;
  /** The question as the learner reads it. */
  readonly prompt: string;
  /** How the learner answers, and what counts as right. */
  readonly key: AnswerKey;
  /** The right answer, explained, with what the distractors were where that helps. */
  readonly explanation: string;
  /** The facts the question rests on (none for a teacher's own question). */
  readonly factIds: readonly FactId[];
  /** Its sources (a teacher's own question: the one they gave, or none). */
  readonly citations: readonly QuestionCitation[];
  /** Undefined for a teacher's question without a topic. */
  readonly topic?: Topic | undefined;
  readonly difficulty: Difficulty;
  /** 0 (easiest) to 1 (hardest): how close the distractors are, how obscure the fact. */
  readonly difficultyScore: number;
  /**
   * A short form of a multiple-choice or true/false question, for tools whose limits the prompt
   * does not fit; absent when none can be written faithfully (and after a teacher's edit).
   */
  readonly short?: ShortForm | undefined;
}

/** A learner's answer to one question, in the question's format. */
export type Answer =
  | { readonly format: "choice"; readonly index: number }
  | { readonly format: "true-false"; readonly value: boolean }
  | { readonly format: "numeric"; readonly value: number }
  | { readonly format: "ordering"; readonly order: readonly number[] }
  | { readonly format: "matching"; readonly pairs: readonly number[] };

/**
 * A quiz as `generateQuiz` makes it, in the documented JSON format (`quiz.schema.json`): its
 * questions in order, the seed and fact data it was made from, and how it is played. Deterministic:
 * the same spec and seed give the same quiz for the same data.
 */
export interface Quiz {
  readonly format: "nklabor-quiz";
  readonly version: 1;
  readonly title: string;
  /** The language of the quiz's words (its quotes stay in the source's); absent: English. */
  readonly language?: Language | undefined;
  readonly seed: string;
  /** Content hash of the facts the quiz was made from (bundled plus the spec's own). */
  readonly datasetVersion: string;
  readonly feedback: "immediate" | "end";
  /** Seconds per question, when timed. */
  readonly timerSeconds?: number | undefined;
  readonly questions: readonly Question[];
  /** What the generator could not do as asked ("only 12 questions match those topics"). */
  readonly warnings: readonly string[];
}

/** The difficulty level of a `difficultyScore` (0 to 1): under 1/3 easy, under 2/3 medium, else hard. */
export function difficultyOf(score: number): Difficulty {
  return score < 1 / 3 ? "easy" : score < 2 / 3 ? "medium" : "hard";
}
