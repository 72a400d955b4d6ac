import { FactId, Topic } from "@nklabor/facts";
import * as z from "zod";
import { DIFFICULTIES, QUESTION_TYPES, type Quiz, SHORT_LIMITS } from "./question.js";
import { QuizSpec } from "./spec.js";

/*
 * The JSON quiz format (what generateQuiz returns and `nklabor-quiz generate` prints), as a schema
 * tied to the Quiz type with `satisfies`: the tests validate generated quizzes against it and the
 * build publishes it as quiz.schema.json.
 */
const index = z.int().nonnegative();
const AnswerKeySchema = z.discriminatedUnion("format", [
  z.strictObject({
    format: z.literal("choice"),
    options: z
      .array(z.strictObject({ text: z.string().min(1), note: z.string().optional() }))
      .min(2),
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
    items: z.array(z.string().min(1)).min(2),
    correct: z.array(index),
  }),
  z.strictObject({
    format: z.literal("matching"),
    left: z.array(z.string().min(1)).min(2),
    right: z.array(z.string().min(1)).min(2),
    correct: z.array(index),
  }),
]);

const CitationSchema = z.strictObject({
  factId: FactId.optional(),
  publisher: z.string(),
  headline: z.string(),
  published: z.string(),
  url: z.string(),
  quote: z.string().min(1),
  via: z.array(z.string().min(1)).optional(),
});

/** A short form for tools with tight limits (Kahoot): the same question within SHORT_LIMITS. */
const ShortFormSchema = z.strictObject({
  prompt: z.string().min(1).max(SHORT_LIMITS.prompt),
  options: z.array(z.string().min(1).max(SHORT_LIMITS.option)).min(2).optional(),
});

const QuestionSchema = z.strictObject({
  id: z.string().min(1),
  type: z.enum(QUESTION_TYPES),
  prompt: z.string().min(1),
  key: AnswerKeySchema,
  explanation: z.string().min(1),
  factIds: z.array(FactId),
  citations: z.array(CitationSchema),
  topic: Topic.optional(),
  difficulty: z.enum(DIFFICULTIES),
  difficultyScore: z.number().min(0).max(1),
  short: ShortFormSchema.optional(),
});

export const QuizJson = z.strictObject({
  format: z.literal("nklabor-quiz"),
  version: z.literal(1),
  title: z.string(),
  seed: z.string(),
  datasetVersion: z.string(),
  feedback: z.enum(["immediate", "end"]),
  timerSeconds: z.int().positive().optional(),
  questions: z.array(QuestionSchema),
  warnings: z.array(z.string()),
}) satisfies z.ZodType<Quiz>;

export function quizJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(QuizJson, { target: "draft-2020-12" }),
    title: "nklabor quiz",
    description: "A generated quiz: questions with answer keys, explanations and sources.",
  };
}

export function specJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(QuizSpec, { io: "input", target: "draft-2020-12", unrepresentable: "any" }),
    title: "nklabor quiz spec",
    description: "What a teacher builds and a share link carries.",
  };
}
