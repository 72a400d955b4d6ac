import { amountFigure, type Fact, type FactPack, foldWhitespace } from "@nklabor/facts";
import { type QuizContext, quizContext } from "./context.js";
import type { Question, Quiz } from "./question.js";

/*
 * The whole-quiz rules: what no two questions of one quiz may do to each other. `checkQuiz` reports
 * them; the generator asks `clashes` before it adds a question. Restated from the facts alone,
 * like `checkQuestion`.
 */

/**
 * What {@link checkQuiz} found wrong between the questions of a quiz: a repeated quote or prompt,
 * a question that gives away another's answer, or a claim asked without its reply.
 */
export type QuizIssueCode =
  /** Two questions rest on the same quote, or ask the same prompt. */
  | "REPEATED"
  /** One question's text (prompt, options, explanation or quotes) answers another. */
  | "ANSWERS_ANOTHER"
  /** A claim is asked without the reply that answers it (or the reply without the claim). */
  | "UNBALANCED";

/** One problem {@link checkQuiz} found in a quiz: its code, what is wrong in English, and the questions concerned. */
export interface QuizIssue {
  readonly code: QuizIssueCode;
  /** What is wrong, for a person. */
  readonly message: string;
  /** The questions concerned, by id. */
  readonly questions: readonly string[];
}

/** Every text a learner reads for the question, before and after answering (the prompt first), its short form last. */
export function visibleTexts(question: Question): string[] {
  const key = question.key;
  const options =
    key.format === "choice"
      ? key.options.map((o) => o.text)
      : key.format === "ordering"
        ? [...key.items]
        : key.format === "matching"
          ? [...key.left, ...key.right]
          : [];
  const short = question.short ? [question.short.prompt, ...(question.short.options ?? [])] : [];
  return [question.prompt, ...options, question.explanation, ...short];
}

export const clip = (text: string) => (text.length > 90 ? `${text.slice(0, 87)}...` : text);

const folded = new Map<string, string>();
/** Text as compared: white space folded, apostrophes plain, lower case (memoized: the quiz rules compare often). */
export function fold(text: string): string {
  let out = folded.get(text);
  if (out === undefined) {
    out = foldWhitespace(text.replace(/[’‘]/g, "'")).toLowerCase();
    if (folded.size > 50_000) folded.clear();
    folded.set(text, out);
  }
  return out;
}
/**
 * Checks a whole quiz: no two questions rest on the same quote or prompt, no question's text
 * answers another, and a claim that has a reply is asked with it. Whole-quiz rules only: each
 * question by itself is `checkQuestion`'s.
 */
export function checkQuiz(quiz: Quiz, custom?: FactPack): QuizIssue[] {
  const ctx = quizContext(custom);
  const issues: QuizIssue[] = [];
  const { questions } = quiz;
  for (let i = 0; i < questions.length; i++)
    for (let j = i + 1; j < questions.length; j++)
      issues.push(...pairIssues(ctx, questions[i] as Question, questions[j] as Question));
  const asked = new Set(questions.flatMap((q) => q.factIds as readonly string[]));
  for (const id of asked) {
    const fact = ctx.base.getFact(id as Fact["id"]);
    const partners = ctx.base.facts.filter(
      (f) => (fact?.replyTo && f.id === fact.replyTo) || f.replyTo === id,
    );
    for (const p of partners)
      if (!asked.has(p.id))
        issues.push({
          code: "UNBALANCED",
          message: `asks "${id}" without "${p.id}", the claim and its reply`,
          questions: questions.filter((q) => q.factIds.some((f) => f === id)).map((q) => q.id),
        });
  }
  return issues;
}

/** Whether two questions may not stand in one quiz: the whole-quiz rules of `checkQuiz` for a pair. */
export function clashes(a: Question, b: Question, custom?: FactPack): boolean {
  return pairIssues(quizContext(custom), a, b).length > 0;
}

function pairIssues(ctx: QuizContext, a: Question, b: Question): QuizIssue[] {
  const issues: QuizIssue[] = [];
  const shared = a.citations.find((c) => b.citations.some((d) => d.quote === c.quote));
  if (shared)
    issues.push({
      code: "REPEATED",
      message: `rest on the same quote: ${clip(shared.quote)}`,
      questions: [a.id, b.id],
    });
  if (readable(a)[0] === readable(b)[0])
    issues.push({ code: "REPEATED", message: "ask the same prompt", questions: [a.id, b.id] });
  // Two figure questions whose answer is the same figure of the same kind (US$100 a month, as two
  // sources said): whoever answers one has the other.
  const figure = (q: Question) => {
    const f = ["numeric-choice", "numeric-estimate", "true-false"].includes(q.type)
      ? ctx.base.getFact(q.factIds[0] as Fact["id"])
      : undefined;
    return f && "amount" in f ? `${f.kind}|${amountFigure(f.amount)}` : undefined;
  };
  const fa = figure(a);
  if (fa !== undefined && fa === figure(b))
    issues.push({ code: "REPEATED", message: "ask for the same figure", questions: [a.id, b.id] });
  for (const [x, y] of [
    [a, b],
    [b, a],
  ] as const) {
    const reveal = answerIn(ctx, x, y);
    if (reveal)
      issues.push({
        code: "ANSWERS_ANOTHER",
        message: `${y.id} shows ${reveal}, the answer of ${x.id}`,
        questions: [x.id, y.id],
      });
  }
  return issues;
}

/** Every text of a question a learner may read, folded for comparison; cached per question. */
const foldedTexts = new WeakMap<Question, string[]>();
function readable(q: Question): string[] {
  let texts = foldedTexts.get(q);
  if (!texts) {
    texts = [...visibleTexts(q), ...q.citations.map((c) => c.quote)].map(fold);
    foldedTexts.set(q, texts);
  }
  return texts;
}

/** What of question a's answer question b shows a learner, if anything. */
function answerIn(ctx: QuizContext, a: Question, b: Question): string | undefined {
  const texts = readable(b);
  const subject = ctx.base.getFact(a.factIds[0] as Fact["id"]);
  if (!subject) return undefined;
  // A figure asked for, or to be judged true or false, is answered by any text that states it.
  if (
    (a.type === "numeric-choice" || a.type === "numeric-estimate" || a.type === "true-false") &&
    "amount" in subject
  ) {
    const wording = fold(subject.amount.wording);
    if (texts.some((t) => t.includes(wording))) return `“${subject.amount.wording}”`;
    // A sum of money is given away by any text that names it, in other words too ("U.S. $100 a month").
    const sum = amountFigure(subject.amount);
    if (subject.kind === "money" && sum !== undefined) {
      const money = new RegExp(
        `\\$\\s?${sum.toLocaleString("en-US").replace(/[.,]/g, "\\$&")}(?!,?\\d)`,
      );
      if (texts.some((t) => money.test(t))) return `$${sum.toLocaleString("en-US")}`;
    }
  }
  if (a.type === "who-said-it") {
    const claim = fold(subject.claim);
    if (texts.some((t) => t.includes(claim))) return "the claim with its speaker";
  }
  return undefined;
}
