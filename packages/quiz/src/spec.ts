import { FactId, type FactPack, Language, PartialDate, Topic } from "@nklabor/facts";
import * as z from "zod/mini";
import { DEFAULT_TITLE } from "./defaults.js";
import { QUESTION_TYPES } from "./question.js";

/*
 * The quiz spec: what a teacher builds and a share link carries. Small (a seed and choices, plus
 * any custom content), versioned, validated here at the edge; generateQuiz trusts its type.
 */

/** Characters no teacher types on purpose: controls (but tab and line breaks) and bidi overrides. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters it rejects
const HIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
/** Characters that show nothing: a text of only these is empty. */
const INVISIBLE = /^[\s\u200b-\u200d\u2060\ufeff]*$/;
const text = (max: number) =>
  z.string().check(
    z.trim(),
    z.minLength(1),
    z.maxLength(max),
    z.refine((s) => !INVISIBLE.test(s), { message: "has no visible characters" }),
    z.refine((s) => !HIDDEN.test(s), {
      message: "has control or text-direction characters: retype it",
    }),
  );

/** A source a teacher cites for their own question. */
export const CustomSource = z.strictObject({
  title: text(300),
  url: z.url({ protocol: /^https?$/ }),
  /** ISO date, year or month precision allowed; a day that is in the calendar, as for fact packs. */
  date: PartialDate,
  quote: text(2000),
});
export type CustomSource = z.infer<typeof CustomSource>;

/** Options differ from each other, case and spacing aside: "Russia" and " russia" are one option. */
const distinctOptions = <T extends { options?: readonly string[] | undefined }>(item: T) =>
  item.options === undefined ||
  new Set(item.options.map((o) => o.toLowerCase())).size === item.options.length;
const DISTINCT_OPTIONS = { message: "options must differ from each other", path: ["options"] };

const customBase = {
  id: z
    .string()
    .check(z.regex(/^[a-z0-9-]{1,40}$/, { message: "use lowercase letters, digits and hyphens" })),
  prompt: text(500),
  explanation: z.optional(text(2000)),
  topic: z.optional(Topic),
  source: z.optional(CustomSource),
};

/** A teacher's own question. Each format carries exactly one right answer. */
export const CustomQuestion = z.discriminatedUnion("format", [
  z
    .strictObject({
      ...customBase,
      format: z.literal("choice"),
      options: z.array(text(200)).check(z.minLength(2), z.maxLength(6)),
      correct: z.int().check(z.gte(0)),
    })
    .check(
      z.refine((q) => q.correct < q.options.length, {
        message: "correct must be the index of one of the options",
        path: ["correct"],
      }),
      z.refine(distinctOptions, DISTINCT_OPTIONS),
    ),
  z.strictObject({ ...customBase, format: z.literal("true-false"), correct: z.boolean() }),
  z
    .strictObject({
      ...customBase,
      format: z.literal("numeric"),
      correct: z.number(),
      /** Accepted distance from the answer either side (0 for exact). */
      tolerance: z._default(z.number().check(z.nonnegative()), 0),
      unit: z._default(z.string().check(z.trim(), z.maxLength(40)), ""),
    })
    // JSON has no infinity: a range that overflows would be saved as null and score differently.
    .check(
      z.refine(
        (q) => Number.isFinite(q.correct - q.tolerance) && Number.isFinite(q.correct + q.tolerance),
        {
          message: "the accepted range (answer ± tolerance) must be a finite number",
          path: ["tolerance"],
        },
      ),
    ),
  z
    .strictObject({
      ...customBase,
      format: z.literal("ordering"),
      /** The items in the right order; the quiz shuffles them. */
      items: z.array(text(200)).check(z.minLength(2), z.maxLength(8)),
    })
    .check(
      z.refine((q) => new Set(q.items).size === q.items.length, {
        message: "items must differ from each other",
        path: ["items"],
      }),
    ),
]);
export type CustomQuestion = z.infer<typeof CustomQuestion>;

/** A teacher's change to a generated question. Options, when given, replace them all, with the right one marked. */
export const QuestionEdit = z
  .strictObject({
    questionId: z.string().check(z.minLength(1), z.maxLength(80)),
    prompt: z.optional(text(500)),
    explanation: z.optional(text(2000)),
    options: z.optional(z.array(text(200)).check(z.minLength(2), z.maxLength(6))),
    correct: z.optional(z.int().check(z.gte(0))),
  })
  .check(
    z.refine((e) => (e.options === undefined) === (e.correct === undefined), {
      message: "options and correct go together: give both or neither",
      path: ["correct"],
    }),
    z.refine((e) => e.options === undefined || (e.correct ?? 0) < e.options.length, {
      message: "correct must be the index of one of the options",
      path: ["correct"],
    }),
    z.refine(distinctOptions, DISTINCT_OPTIONS),
  );
export type QuestionEdit = z.infer<typeof QuestionEdit>;

export const GeneratedType = z.enum(
  QUESTION_TYPES.filter((t) => t !== "custom") as [
    "numeric-choice",
    ...Exclude<(typeof QUESTION_TYPES)[number], "custom" | "numeric-choice">[],
  ],
);

/** The spec's fields (see QuizSpecShape); the JSON Schema of a spec documents them. */
export const SPEC_FIELDS = {
  version: z.literal(1),
  title: z._default(text(120), DEFAULT_TITLE),
  /** The language of the questions (en, ko, ru): the same questions in each, in its words. */
  language: z._default(Language, "en"),
  /** Any text; the same seed gives the same quiz. */
  seed: z.string().check(z.minLength(1), z.maxLength(64)),
  /** Questions in all, custom ones included. */
  count: z._default(z.int().check(z.gte(1), z.lte(100)), 10),
  /** Empty: every topic. */
  topics: z._default(z.array(Topic), []),
  /** Empty: every generated type. */
  types: z._default(z.array(GeneratedType), []),
  difficulty: z._default(z.enum(["easy", "medium", "hard", "mixed"]), "mixed"),
  /** Facts that must be asked about. */
  pinned: z._default(z.array(FactId), []),
  /** Facts never to ask about. */
  excluded: z._default(z.array(FactId), []),
  /** Let two questions test the same fact (still never on the same quote, nor one answering the other). */
  repeatFacts: z._default(z.boolean(), false),
  /**
   * The teacher's own sourced facts: a fact pack, checked as one (they may cite the bundled
   * sources) by `parseSpec`, in spec-facts.ts; here only an object.
   */
  customFacts: z.optional(
    z.custom<FactPack>((value) => typeof value === "object" && value !== null, {
      message: "customFacts must be a fact pack (an object with version, sources, actors, facts)",
    }),
  ),
  customQuestions: z._default(z.array(CustomQuestion).check(z.maxLength(100)), []),
  edits: z._default(z.array(QuestionEdit).check(z.maxLength(200)), []),
  /** The teacher's order of questions, by id; when given, it wins over `shuffle`. Others follow. */
  order: z._default(
    z.array(z.string().check(z.minLength(1), z.maxLength(80))).check(z.maxLength(200)),
    [],
  ),
  /** Seconds per question; absent: untimed. */
  timerSeconds: z.optional(z.int().check(z.gte(5), z.lte(600))),
  feedback: z._default(z.enum(["immediate", "end"]), "immediate"),
  /** Shuffle the order of the questions (the options are always placed at random). */
  shuffle: z._default(z.boolean(), true),
};

/**
 * The spec's fields and the rules among them, all but one: its own facts (`customFacts`) are
 * checked, as a fact pack and against the bundled facts they may cite, only by `parseSpec` (or
 * the `QuizSpec` schema) in spec-facts.ts, so that a share link without facts of its own builds no
 * fact schemas and loads no facts. Validate with `parseSpec`, not with this alone.
 */
export const QuizSpecShape = z.strictObject(SPEC_FIELDS).check(
  z.superRefine((spec, ctx) => {
    const ids = spec.customQuestions.map((q) => q.id);
    ids.forEach((id, i) => {
      if (ids.indexOf(id) !== i)
        ctx.addIssue({
          code: "custom",
          path: ["customQuestions", i, "id"],
          message: `custom question id "${id}" is used twice`,
        });
    });
  }),
);
/** A validated spec, defaults filled in. */
export type QuizSpec = z.infer<typeof QuizSpecShape>;
/** What a spec may look like before validation: defaults may be left out. */
export type QuizSpecInput = z.input<typeof QuizSpecShape>;
