import { FactId, FactPack, Language, Topic } from "@nklabor/facts";
import * as z from "zod/mini";
import { DIFFICULTIES, QUESTION_TYPES, type Quiz, SHORT_LIMITS } from "./question.js";
import { SPEC_FIELDS } from "./spec.js";

/*
 * The JSON quiz format (what generateQuiz returns and `nklabor-quiz generate` prints), as a schema
 * tied to the Quiz type with `satisfies`: the tests validate generated quizzes against it and the
 * build publishes it as quiz.schema.json.
 */
const nonEmpty = () => z.string().check(z.minLength(1));
const index = z.int().check(z.nonnegative());
const AnswerKeySchema = z.discriminatedUnion("format", [
  z.strictObject({
    format: z.literal("choice"),
    options: z
      .array(z.strictObject({ text: nonEmpty(), note: z.optional(z.string()) }))
      .check(z.minLength(2)),
    correct: index,
  }),
  z.strictObject({ format: z.literal("true-false"), correct: z.boolean() }),
  z.strictObject({
    format: z.literal("numeric"),
    correct: z.number(),
    accept: z.strictObject({ min: z.number(), max: z.number() }),
    unit: z.string(),
  }),
  z.strictObject({
    format: z.literal("ordering"),
    items: z.array(nonEmpty()).check(z.minLength(2)),
    correct: z.array(index),
  }),
  z.strictObject({
    format: z.literal("matching"),
    left: z.array(nonEmpty()).check(z.minLength(2)),
    right: z.array(nonEmpty()).check(z.minLength(2)),
    correct: z.array(index),
  }),
]);

const CitationSchema = z.strictObject({
  factId: z.optional(FactId),
  publisher: z.string(),
  headline: z.string(),
  published: z.string(),
  url: z.string(),
  quote: nonEmpty(),
  via: z.optional(z.array(nonEmpty())),
});

/** A short form for tools with tight limits (Kahoot): the same question within SHORT_LIMITS. */
const ShortFormSchema = z.strictObject({
  prompt: z.string().check(z.minLength(1), z.maxLength(SHORT_LIMITS.prompt)),
  options: z.optional(
    z
      .array(z.string().check(z.minLength(1), z.maxLength(SHORT_LIMITS.option)))
      .check(z.minLength(2)),
  ),
});

const QuestionSchema = z.strictObject({
  id: nonEmpty(),
  type: z.enum(QUESTION_TYPES),
  prompt: nonEmpty(),
  key: AnswerKeySchema,
  explanation: nonEmpty(),
  factIds: z.array(FactId),
  citations: z.array(CitationSchema),
  topic: z.optional(Topic),
  difficulty: z.enum(DIFFICULTIES),
  difficultyScore: z.number().check(z.gte(0), z.lte(1)),
  short: z.optional(ShortFormSchema),
});

export const QuizJson = z.strictObject({
  format: z.literal("nklabor-quiz"),
  version: z.literal(1),
  title: z.string(),
  /** The language of its words; absent: English. */
  language: z.optional(Language),
  seed: z.string(),
  datasetVersion: z.string(),
  feedback: z.enum(["immediate", "end"]),
  timerSeconds: z.optional(z.int().check(z.positive())),
  questions: z.array(QuestionSchema),
  warnings: z.array(z.string()),
}) satisfies z.ZodMiniType<Quiz>;

export function quizJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(QuizJson, { target: "draft-2020-12" }),
    title: "nklabor quiz",
    description: "A generated quiz: questions with answer keys, explanations and sources.",
  };
}

export function specJsonSchema(): Record<string, unknown> {
  return {
    // The fields with customFacts as the fact pack parseSpec checks it against.
    ...z.toJSONSchema(z.strictObject({ ...SPEC_FIELDS, customFacts: z.optional(FactPack) }), {
      io: "input",
      target: "draft-2020-12",
      unrepresentable: "any",
    }),
    title: "nklabor quiz spec",
    description: "What a teacher builds and a share link carries.",
  };
}
