import { bundledPack, FactId, FactPack, PartialDate, parseFactPack, Topic } from "@nklabor/facts";
import * as z from "zod";
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
  z
    .string()
    .trim()
    .min(1)
    .max(max)
    .refine((s) => !INVISIBLE.test(s), { message: "has no visible characters" })
    .refine((s) => !HIDDEN.test(s), {
      message: "has control or text-direction characters: retype it",
    });

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
    .regex(/^[a-z0-9-]{1,40}$/, { message: "use lowercase letters, digits and hyphens" }),
  prompt: text(500),
  explanation: text(2000).optional(),
  topic: Topic.optional(),
  source: CustomSource.optional(),
};

/** A teacher's own question. Each format carries exactly one right answer. */
export const CustomQuestion = z.discriminatedUnion("format", [
  z
    .strictObject({
      ...customBase,
      format: z.literal("choice"),
      options: z.array(text(200)).min(2).max(6),
      correct: z.int().min(0),
    })
    .refine((q) => q.correct < q.options.length, {
      message: "correct must be the index of one of the options",
      path: ["correct"],
    })
    .refine(distinctOptions, DISTINCT_OPTIONS),
  z.strictObject({ ...customBase, format: z.literal("true-false"), correct: z.boolean() }),
  z
    .strictObject({
      ...customBase,
      format: z.literal("numeric"),
      correct: z.number(),
      /** Accepted distance from the answer either side (0 for exact). */
      tolerance: z.number().nonnegative().default(0),
      unit: z.string().trim().max(40).default(""),
    })
    // JSON has no infinity: a range that overflows would be saved as null and score differently.
    .refine(
      (q) => Number.isFinite(q.correct - q.tolerance) && Number.isFinite(q.correct + q.tolerance),
      {
        message: "the accepted range (answer ± tolerance) must be a finite number",
        path: ["tolerance"],
      },
    ),
  z
    .strictObject({
      ...customBase,
      format: z.literal("ordering"),
      /** The items in the right order; the quiz shuffles them. */
      items: z.array(text(200)).min(2).max(8),
    })
    .refine((q) => new Set(q.items).size === q.items.length, {
      message: "items must differ from each other",
      path: ["items"],
    }),
]);
export type CustomQuestion = z.infer<typeof CustomQuestion>;

/** A teacher's change to a generated question. Options, when given, replace them all, with the right one marked. */
export const QuestionEdit = z
  .strictObject({
    questionId: z.string().min(1).max(80),
    prompt: text(500).optional(),
    explanation: text(2000).optional(),
    options: z.array(text(200)).min(2).max(6).optional(),
    correct: z.int().min(0).optional(),
  })
  .refine((e) => (e.options === undefined) === (e.correct === undefined), {
    message: "options and correct go together: give both or neither",
    path: ["correct"],
  })
  .refine((e) => e.options === undefined || (e.correct ?? 0) < e.options.length, {
    message: "correct must be the index of one of the options",
    path: ["correct"],
  })
  .refine(distinctOptions, DISTINCT_OPTIONS);
export type QuestionEdit = z.infer<typeof QuestionEdit>;

export const GeneratedType = z.enum(
  QUESTION_TYPES.filter((t) => t !== "custom") as [
    "numeric-choice",
    ...Exclude<(typeof QUESTION_TYPES)[number], "custom" | "numeric-choice">[],
  ],
);

export const QuizSpec = z
  .strictObject({
    version: z.literal(1),
    title: text(120).default("North Korean workers in Russia"),
    /** Any text; the same seed gives the same quiz. */
    seed: z.string().min(1).max(64),
    /** Questions in all, custom ones included. */
    count: z.int().min(1).max(100).default(10),
    /** Empty: every topic. */
    topics: z.array(Topic).default([]),
    /** Empty: every generated type. */
    types: z.array(GeneratedType).default([]),
    difficulty: z.enum(["easy", "medium", "hard", "mixed"]).default("mixed"),
    /** Facts that must be asked about. */
    pinned: z.array(FactId).default([]),
    /** Facts never to ask about. */
    excluded: z.array(FactId).default([]),
    /** Let two questions test the same fact (still never on the same quote, nor one answering the other). */
    repeatFacts: z.boolean().default(false),
    /** The teacher's own sourced facts, validated like any fact pack (they may cite the bundled sources). */
    customFacts: FactPack.optional(),
    customQuestions: z.array(CustomQuestion).max(100).default([]),
    edits: z.array(QuestionEdit).max(200).default([]),
    /** The teacher's order of questions, by id; when given, it wins over `shuffle`. Others follow. */
    order: z.array(z.string().min(1).max(80)).max(200).default([]),
    /** Seconds per question; absent: untimed. */
    timerSeconds: z.int().min(5).max(600).optional(),
    feedback: z.enum(["immediate", "end"]).default("immediate"),
    /** Shuffle the order of the questions (the options are always placed at random). */
    shuffle: z.boolean().default(true),
  })
  .superRefine((spec, ctx) => {
    if (spec.customFacts) {
      const result = parseFactPack(spec.customFacts, { extends: bundledPack });
      if (!result.ok) {
        for (const issue of result.issues) {
          ctx.addIssue({
            code: "custom",
            path: ["customFacts", ...issue.path],
            message: `${issue.code}: ${issue.message}`,
          });
        }
      }
    }
    const ids = spec.customQuestions.map((q) => q.id);
    ids.forEach((id, i) => {
      if (ids.indexOf(id) !== i)
        ctx.addIssue({
          code: "custom",
          path: ["customQuestions", i, "id"],
          message: `custom question id "${id}" is used twice`,
        });
    });
  });
/** A validated spec, defaults filled in. */
export type QuizSpec = z.infer<typeof QuizSpec>;
/** What a spec may look like before validation: defaults may be left out. */
export type QuizSpecInput = z.input<typeof QuizSpec>;
