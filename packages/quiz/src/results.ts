import { contentHash } from "@nklabor/facts";
import { deflateSync, strToU8 } from "fflate";
import * as z from "zod/mini";
import { csvRows } from "./export/shared.js";
import { ENGLISH_LABELS, type Labels } from "./labels.js";
import type { Answer, Question, Quiz } from "./question.js";
import { scoreQuiz } from "./score.js";
import { inflateWithin, parseSpec } from "./share.js";
import { toBase64Url } from "./share-code.js";
import type { QuizSpec, QuizSpecInput } from "./spec.js";

/*
 * Results codes: what a student's device hands their teacher at the end of a quiz opened from a
 * teacher's link, without accounts or servers. A code carries which quiz (its spec's content hash
 * and the fact data's version), the name the student chose to give (or none), each answer, each
 * question's credit, the score and when; compact like a share code (raw deflate, base64url, after
 * a version prefix), read back only through `decodeResult`, which validates and names what is
 * wrong. A results code is not proof: a student could edit one. It is for formative work.
 */

/** Results codes start with their own prefix and version: never mistaken for a share code. */
const PREFIX = "R1";
/** A results code longer than this is not opened (a 200-question quiz's code is far shorter). */
export const MAX_RESULT_CODE_LENGTH = 20_000;
/** No results code unpacks to more. */
const MAX_RESULT_JSON_LENGTH = 200_000;

/** What a results code carries (the JSON inside it; JSON Schema: `resultJsonSchema`). */
export interface QuizResult {
  readonly version: 1;
  /** The quiz: its spec's content hash (`specHash`). */
  readonly quiz: string;
  /** The fact data the quiz was made from (the quiz's `datasetVersion`). */
  readonly data: string;
  /** The name the student gave, if any: free text, up to 80 characters. */
  readonly name?: string | undefined;
  /** Each answer given, by question id (a question left unanswered or timed out has none). */
  readonly answers: Readonly<Record<string, Answer>>;
  /** Each question's credit, 0 to 1, by question id: every question of the quiz, in order. */
  readonly credits: Readonly<Record<string, number>>;
  readonly score: number;
  readonly total: number;
  /** When the quiz was finished (ISO 8601, UTC). */
  readonly finished: string;
}

/** Why {@link decodeResult} refused a code: the `code` of a {@link ResultCodeError}. */
export type ResultCodeErrorCode =
  /** Not a results code's characters, or damaged so it does not unpack. */
  | "BAD_ENCODING"
  /** A results code of another version, or a quiz link (a share code) pasted by mistake. */
  | "UNSUPPORTED_VERSION"
  /** Longer than {@link MAX_RESULT_CODE_LENGTH} characters, or unpacks to more than any result. */
  | "TOO_LARGE"
  /** It unpacks, but what it holds is not a result (its problems named). */
  | "INVALID";

/** Why a results code cannot be read; `decodeResult` throws nothing else. */
export class ResultCodeError extends Error {
  override readonly name = "ResultCodeError";
  readonly code: ResultCodeErrorCode;
  override readonly cause?: unknown;

  constructor(code: ResultCodeErrorCode, message: string, options: { cause?: unknown } = {}) {
    super(message);
    this.code = code;
    if (options.cause !== undefined) this.cause = options.cause;
  }
}

/** A quiz's identity for results: the content hash of its spec as validated (defaults filled). */
export function specHash(spec: QuizSpec | QuizSpecInput): string {
  return contentHash([JSON.stringify(parseSpec(spec))]);
}

const count = z.number().check(z.int(), z.nonnegative());
const index = z.number().check(z.int(), z.nonnegative(), z.lte(1000));
const AnswerSchema = z.discriminatedUnion("format", [
  z.strictObject({ format: z.literal("choice"), index }),
  z.strictObject({ format: z.literal("true-false"), value: z.boolean() }),
  z.strictObject({
    format: z.literal("numeric"),
    value: z.number().check(z.refine(Number.isFinite, "a finite number")),
  }),
  z.strictObject({ format: z.literal("ordering"), order: z.array(index).check(z.maxLength(100)) }),
  z.strictObject({ format: z.literal("matching"), pairs: z.array(index).check(z.maxLength(100)) }),
]);
const questionId = z.string().check(z.minLength(1), z.maxLength(200));
const hash = z.string().check(z.regex(/^[0-9a-f]{1,40}$/));
const ResultSchema = z.strictObject({
  version: z.literal(1),
  quiz: hash,
  data: z.string().check(z.minLength(1), z.maxLength(40)),
  name: z.optional(z.string().check(z.maxLength(80))),
  answers: z.record(questionId, AnswerSchema),
  credits: z.record(questionId, z.number().check(z.gte(0), z.lte(1))),
  score: z.number().check(z.gte(0)),
  total: count,
  // A UTC time as Date#toISOString writes it.
  finished: z.string().check(
    z.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{3})?Z$/),
    z.refine((s) => !Number.isNaN(Date.parse(s)), "a real time"),
  ),
});

/** A name as a results code keeps it: spaces folded, control characters out, at most 80 characters. */
function cleanName(name: string | undefined): string | undefined {
  const clean = (name ?? "")
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is taken out
    .replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g, "")
    .replace(/\s+/g, " ")
    .trim()
    .slice(0, 80);
  return clean === "" ? undefined : clean;
}

/**
 * A student's result of a quiz: scored here (the credits and score a code carries are the
 * quiz's own scoring of these answers), with the name they chose to give and when they finished.
 */
export function resultOf(
  spec: QuizSpec | QuizSpecInput,
  quiz: Quiz,
  answers: Readonly<Record<string, Answer | undefined>>,
  options: { readonly name?: string | undefined; readonly finished?: Date } = {},
): QuizResult {
  const score = scoreQuiz(quiz, answers);
  const given = Object.fromEntries(
    quiz.questions.flatMap((q) => {
      const answer = answers[q.id];
      return answer ? [[q.id, answer] as const] : [];
    }),
  );
  const name = cleanName(options.name);
  return {
    version: 1,
    quiz: specHash(spec),
    data: quiz.datasetVersion,
    ...(name ? { name } : {}),
    answers: given,
    credits: Object.fromEntries(score.results.map((r) => [r.questionId, r.credit])),
    score: score.score,
    total: score.total,
    finished: (options.finished ?? new Date()).toISOString(),
  };
}

/** A results code for a result (validated first: a result that would not read back is refused). */
export function encodeResult(result: QuizResult): string {
  const valid = validated(result);
  return PREFIX + toBase64Url(deflateSync(strToU8(JSON.stringify(valid)), { level: 9 }));
}

/** The result a results code carries, validated; anything else is a ResultCodeError. */
export function decodeResult(code: string): QuizResult {
  if (typeof code !== "string" || code.trim() === "")
    throw new ResultCodeError("BAD_ENCODING", "The results code is empty.");
  const trimmed = code.trim();
  if (trimmed.length > MAX_RESULT_CODE_LENGTH)
    throw new ResultCodeError(
      "TOO_LARGE",
      `The results code is too long (${trimmed.length} characters; at most ${MAX_RESULT_CODE_LENGTH}).`,
    );
  if (!/^[A-Za-z0-9_-]+$/.test(trimmed))
    throw new ResultCodeError(
      "BAD_ENCODING",
      "The results code has characters no results code contains: it may have been cut or changed when copied.",
    );
  if (!trimmed.startsWith(PREFIX))
    throw new ResultCodeError(
      "UNSUPPORTED_VERSION",
      trimmed.startsWith("1")
        ? "This is a quiz link's code, not a results code."
        : "This results code was made by another version of nklabor and cannot be read here.",
    );
  let json: string;
  try {
    const binary = atob(trimmed.slice(PREFIX.length).replace(/-/g, "+").replace(/_/g, "/"));
    const packed = Uint8Array.from(binary, (c) => c.charCodeAt(0));
    if (packed.length === 0) throw new Error("no bytes");
    const bytes = inflateWithin(packed, MAX_RESULT_JSON_LENGTH);
    if (bytes === undefined)
      throw new ResultCodeError(
        "TOO_LARGE",
        "The results code unpacks to more than any result: it was not read.",
      );
    json = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch (cause) {
    if (cause instanceof ResultCodeError) throw cause;
    throw new ResultCodeError("BAD_ENCODING", "The results code is damaged: it does not unpack.", {
      cause,
    });
  }
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (cause) {
    throw new ResultCodeError("BAD_ENCODING", "The results code is damaged: it is not readable.", {
      cause,
    });
  }
  return validated(value);
}

function validated(value: unknown): QuizResult {
  let parsed: ReturnType<typeof z.safeParse<typeof ResultSchema>>;
  try {
    parsed = z.safeParse(ResultSchema, value);
  } catch (cause) {
    throw new ResultCodeError("INVALID", "The results code holds no valid result.", { cause });
  }
  if (!parsed.success) {
    const problems = parsed.error.issues
      .slice(0, 5)
      .map((i) => `${i.path.map(String).join(".") || "the result"}: ${i.message}`)
      .join("; ");
    throw new ResultCodeError("INVALID", `The results code holds no valid result (${problems}).`);
  }
  const result = parsed.data;
  const ids = Object.keys(result.credits);
  const credit = ids.reduce((sum, id) => sum + (result.credits[id] ?? 0), 0);
  if (result.total !== ids.length || Math.abs(credit - result.score) > 1e-9)
    throw new ResultCodeError(
      "INVALID",
      "The results code's score does not add up: its credits, score and total disagree.",
    );
  if (Object.keys(result.answers).some((id) => !(id in result.credits)))
    throw new ResultCodeError(
      "INVALID",
      "The results code answers a question its quiz does not have.",
    );
  return result as QuizResult;
}

/** Why a line of pasted results codes is not in the table; none is merged silently. */
export type ResultProblemCode =
  /** Not a readable results code (its ResultCodeError's code and words are kept). */
  | "CORRUPT"
  /** A result of another quiz (another spec, or the same spec made from other fact data). */
  | "OTHER_QUIZ"
  /** The same result as an earlier line: counted once. */
  | "DUPLICATE";

/** A line of pasted codes that {@link summarizeResults} left out of the table, and why. */
export interface ResultProblem {
  /** The line (1-based) of the codes as given. */
  readonly line: number;
  readonly code: ResultProblemCode;
  /** Why, in English (for `CORRUPT`, the ResultCodeError's code and message). */
  readonly message: string;
}

/** A question across the class: how many answered it, how many got it right, the commonest slip. */
export interface QuestionSummary {
  readonly id: string;
  readonly answered: number;
  /** Students whose answer earned full credit, as a share of all students (0 to 1). */
  readonly right: number;
  /** The mean credit (partial credit counts). */
  readonly credit: number;
  /** The wrong answer given most often, and by how many (the first such in line order on a tie). */
  readonly commonestWrong?: { readonly answer: Answer; readonly count: number } | undefined;
}

/**
 * A class's results of one quiz, from {@link summarizeResults}: each student's result, each
 * question across the class, and the lines left out; {@link resultsToCsv} writes it as a table.
 */
export interface ResultsSummary {
  /** The quiz the table is of: the one asked for, or else the one most codes carry. */
  readonly quiz: string | undefined;
  /** The fact data of that quiz's results. */
  readonly data: string | undefined;
  /** Each student's result, in the order given, with its line. */
  readonly students: readonly { readonly line: number; readonly result: QuizResult }[];
  /** Each question, in the quiz's order (as the first result lists them). */
  readonly questions: readonly QuestionSummary[];
  /** The lines left out (another quiz's, repeated or unreadable codes), in line order. */
  readonly problems: readonly ResultProblem[];
}

/**
 * A class's results from their codes (one a line; blank lines are skipped, and lines keep their
 * numbers): a table per student and per question. `quiz`, a spec's hash (`specHash`), says which
 * quiz the table is of; without it, the quiz most codes carry. Codes of another quiz, repeated
 * codes and unreadable ones are listed in `problems` with their lines, never merged.
 */
export function summarizeResults(
  lines: readonly string[],
  options: { readonly quiz?: string | undefined } = {},
): ResultsSummary {
  const problems: ResultProblem[] = [];
  const read: { line: number; result: QuizResult; key: string }[] = [];
  lines.forEach((text, i) => {
    if (text.trim() === "") return;
    try {
      const result = decodeResult(text);
      read.push({ line: i + 1, result, key: JSON.stringify(result) });
    } catch (error) {
      const e = error as ResultCodeError;
      problems.push({ line: i + 1, code: "CORRUPT", message: `${e.code}: ${e.message}` });
    }
  });
  const quizOf = (r: QuizResult) => `${r.quiz}|${r.data}`;
  const tally = new Map<string, number>();
  for (const { result } of read) tally.set(quizOf(result), (tally.get(quizOf(result)) ?? 0) + 1);
  const wanted =
    options.quiz !== undefined
      ? ([...tally.keys()].find((k) => k.startsWith(`${options.quiz}|`)) ?? `${options.quiz}|`)
      : [...tally.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  const students: { line: number; result: QuizResult }[] = [];
  const seen = new Map<string, number>();
  for (const { line, result, key } of read) {
    if (quizOf(result) !== wanted) {
      problems.push({
        line,
        code: "OTHER_QUIZ",
        message:
          result.quiz === wanted?.split("|")[0]
            ? `This result is of the same quiz made from other fact data (${result.data}).`
            : `This result is of another quiz (${result.quiz}).`,
      });
      continue;
    }
    const first = seen.get(key);
    if (first !== undefined) {
      problems.push({
        line,
        code: "DUPLICATE",
        message: `The same result as line ${first}: counted once.`,
      });
      continue;
    }
    seen.set(key, line);
    students.push({ line, result });
  }
  problems.sort((a, b) => a.line - b.line);
  const ids = students[0] ? Object.keys(students[0].result.credits) : [];
  const n = students.length;
  const questions = ids.map((id): QuestionSummary => {
    const wrong = new Map<string, { answer: Answer; count: number }>();
    let answered = 0;
    let right = 0;
    let credit = 0;
    for (const { result } of students) {
      const answer = result.answers[id];
      const c = result.credits[id] ?? 0;
      credit += c;
      if (c === 1) right++;
      if (!answer) continue;
      answered++;
      if (c < 1) {
        const key = JSON.stringify(answer);
        const entry = wrong.get(key) ?? { answer, count: 0 };
        entry.count++;
        wrong.set(key, entry);
      }
    }
    let commonestWrong: { answer: Answer; count: number } | undefined;
    for (const entry of wrong.values())
      if (!commonestWrong || entry.count > commonestWrong.count) commonestWrong = entry;
    return {
      id,
      answered,
      right: n === 0 ? 0 : right / n,
      credit: n === 0 ? 0 : credit / n,
      ...(commonestWrong ? { commonestWrong } : {}),
    };
  });
  const [quiz, data] = wanted ? wanted.split("|") : [];
  return { quiz: quiz || undefined, data: data || undefined, students, questions, problems };
}

/** The JSON Schema (draft 2020-12) of what a results code holds: a `QuizResult`. */
export function resultJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(ResultSchema, { target: "draft-2020-12", unrepresentable: "any" }),
    title: "nklabor quiz result",
    description:
      "One student's result of one quiz, as a results code carries it: not proof (a student could edit one); for formative work.",
  };
}

/**
 * An answer in words: with its question, as the options say (True and False in the labels'
 * language); without, as "B", "true", "2 > 1 > 3".
 */
export function answerText(answer: Answer, question?: Question, labels?: Labels): string {
  const key = question?.key;
  switch (answer.format) {
    case "choice":
      return key?.format === "choice"
        ? (key.options[answer.index]?.text ?? "?")
        : String.fromCharCode(65 + answer.index);
    case "true-false":
      if (!question) return String(answer.value);
      return answer.value
        ? (labels ?? ENGLISH_LABELS).m.true()
        : (labels ?? ENGLISH_LABELS).m.false();
    case "numeric":
      return question ? (labels ?? ENGLISH_LABELS).number(answer.value) : String(answer.value);
    case "ordering":
      return answer.order
        .map((i) => (key?.format === "ordering" ? (key.items[i] ?? "?") : String(i + 1)))
        .join(" > ");
    case "matching":
      return answer.pairs
        .map((j, i) =>
          key?.format === "matching"
            ? `${key.left[i] ?? "?"} = ${key.right[j] ?? "?"}`
            : `${i + 1}-${j + 1}`,
        )
        .join("; ");
  }
}

/**
 * The class's results as CSV (RFC 4180, CRLF): one row per student (name, finished, score,
 * total), one column per question with the answer given (blank: none). With the quiz, answers
 * are its words and the columns are headed by the questions' numbers and first words.
 */
export function resultsToCsv(summary: ResultsSummary, quiz?: Quiz, labels?: Labels): string {
  const question = (id: string) => quiz?.questions.find((q) => q.id === id);
  const head = [
    "name",
    "finished",
    "score",
    "total",
    ...summary.questions.map((q, i) => {
      const prompt = question(q.id)?.prompt;
      return prompt ? `Q${i + 1} ${prompt.slice(0, 60)}` : q.id;
    }),
  ];
  const rows = summary.students.map(({ result }) => [
    // A name is the student's own text: one a spreadsheet would run as a formula is kept as text.
    /^[=+\-@\t\r]/.test(result.name ?? "") ? `'${result.name}` : (result.name ?? ""),
    result.finished,
    result.score,
    result.total,
    ...summary.questions.map((q) => {
      const answer = result.answers[q.id];
      return answer ? answerText(answer, question(q.id), labels) : "";
    }),
  ]);
  return csvRows([head, ...rows]);
}
