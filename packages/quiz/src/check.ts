import { type Fact, type FactPack, type QuantityFact, whenBounds } from "@nklabor/facts";
import {
  actorLabel,
  figureOf,
  formatFigure,
  type QuizContext,
  questionKey,
  quizContext,
} from "./context.js";
import { figurePattern } from "./figures.js";
import { winner } from "./generators/estimates-vary.js";
import { alsoSaidBy } from "./generators/who-said-it.js";
import type { Question } from "./question.js";

const HEDGE_PHRASES: Record<string, RegExp> = {
  approx: /estimated|around|about|some|may have/i,
  atLeast: /at least|upwards of/i,
  atMost: /as many as|up to|within|no later than/i,
};

/**
 * Checks a question against the whole fact base: exactly one right answer, options distinct as
 * shown, contested figures attributed and hedged as the source hedged them. Returns what is wrong
 * (empty when nothing is). The property tests run it on every generated question.
 */
export function checkQuestion(question: Question, custom?: FactPack): string[] {
  const ctx = quizContext(custom);
  const problems: string[] = [];
  const fail = (message: string) => problems.push(message);
  const facts = question.factIds.map((id) => ctx.base.getFact(id));
  if (facts.some((f) => f === undefined)) fail("refers to a fact that is not in the fact base");
  if (!question.prompt.trim()) fail("has an empty prompt");
  if (!question.explanation.trim()) fail("has an empty explanation");
  if (question.type !== "custom" && question.citations.length === 0) fail("cites no source");
  for (const c of question.citations) if (!c.quote.trim()) fail("has a citation without a quote");

  const key = question.key;
  if (key.format === "choice") {
    const shown = key.options.map((o) => o.text.trim().toLowerCase());
    if (new Set(shown).size !== shown.length) fail("has two options that look the same");
    if (!Number.isInteger(key.correct) || key.correct < 0 || key.correct >= key.options.length)
      fail("marks no option as correct");
  }
  if (key.format === "ordering" || key.format === "matching") {
    const n = key.format === "ordering" ? key.items.length : key.right.length;
    if (new Set(key.correct).size !== n || key.correct.some((i) => i < 0 || i >= n))
      fail("has an answer that is not a permutation");
  }
  const subject = facts[0];
  if (!subject || facts.some((f) => f === undefined)) return problems;
  const all = facts as Fact[];

  switch (question.type) {
    case "numeric-choice":
    case "numeric-estimate":
      if (!("amount" in subject)) break;
      checkAttribution(ctx, subject, question.prompt, fail);
      checkHedge(subject, question.prompt, fail);
      checkFigureAnswer(ctx, subject, question, fail);
      break;
    case "true-false":
      if (key.format !== "true-false") break;
      checkAttribution(ctx, subject, question.prompt, fail);
      if ("amount" in subject && figureOf(subject) !== undefined) {
        checkHedge(subject, question.prompt, fail);
        const truths = (ctx.byQuestion.get(questionKey(subject)) ?? []).map((f) =>
          formatFigure(f, figureOf(f) ?? 0),
        );
        const shows = truths.some((t) => containsFigure(question.prompt, t));
        if (key.correct && !shows) fail("is marked true but does not state the source's figure");
        if (!key.correct && shows) fail("is marked false but states a figure a source gives");
      }
      break;
    case "who-said-it": {
      if (key.format !== "choice") break;
      const actor = ctx.base.claimantOf(subject);
      if (key.options[key.correct]?.text !== actorLabel(actor))
        fail("does not mark the claimant as the answer");
      const quote = question.citations[0]?.quote ?? "";
      const alsoRight = new Set(
        [...alsoSaidBy(ctx, subject, quote)]
          .map((id) => ctx.base.getActor(id as Fact["claimant"]))
          .filter((a) => a !== undefined)
          .map(actorLabel),
      );
      const rightOptions = key.options.filter((o) => alsoRight.has(o.text));
      if (rightOptions.length !== 1)
        fail(`has ${rightOptions.length} options that made this claim`);
      if (question.prompt.includes(actor.name)) fail("names the speaker in the prompt");
      break;
    }
    case "timeline": {
      if (key.format !== "ordering") break;
      const byTitle = new Map(all.map((f) => [f.kind === "event" ? f.title : f.id, f]));
      const ordered = key.correct.map((i) => byTitle.get(key.items[i] ?? ""));
      for (let i = 1; i < ordered.length; i++) {
        const prev = ordered[i - 1];
        const next = ordered[i];
        if (!prev || !next) fail("has an item that is not one of its events");
        else if (whenBounds(prev.when).end >= whenBounds(next.when).start)
          fail("has two events whose order is not certain");
      }
      break;
    }
    case "matching": {
      if (key.format !== "matching") break;
      if (
        new Set(key.left).size !== key.left.length ||
        new Set(key.right).size !== key.right.length
      )
        fail("has a figure or a description twice");
      break;
    }
    case "estimates-vary": {
      if (key.format !== "choice") break;
      const variant = (["highest", "lowest", "most recent", "oldest"] as const).find((v) =>
        question.prompt.includes(v),
      );
      const map = {
        highest: "highest",
        lowest: "lowest",
        "most recent": "latest",
        oldest: "earliest",
      } as const;
      const best = variant && winner(all as QuantityFact[], map[variant]);
      if (!best || all.indexOf(best) !== key.correct)
        fail("does not mark the one clear winner as correct");
      break;
    }
    case "custom":
      break;
  }
  return problems;
}

function checkAttribution(ctx: QuizContext, fact: Fact, prompt: string, fail: (m: string) => void) {
  const name = ctx.base.claimantOf(fact).name.toLowerCase();
  if (!prompt.toLowerCase().includes(name)) fail(`does not say who made the claim (${name})`);
  if (!prompt.includes(fact.stated.date.slice(0, 4))) fail("does not say when the claim was made");
}

function checkHedge(fact: QuantityFact, prompt: string, fail: (m: string) => void) {
  const phrase = HEDGE_PHRASES[fact.amount.hedge];
  if (phrase && !phrase.test(prompt)) fail(`drops the source's hedge ("${fact.amount.wording}")`);
}

function checkFigureAnswer(
  ctx: QuizContext,
  fact: QuantityFact,
  question: Question,
  fail: (m: string) => void,
) {
  const figure = figureOf(fact);
  if (figure === undefined) return fail("asks for a figure the source does not give");
  const key = question.key;
  if (key.format === "numeric") {
    if (key.correct !== figure) fail("expects a number the source does not give");
    if (!(key.accept.min <= figure && figure <= key.accept.max))
      fail("does not accept the source's own figure");
    return;
  }
  if (key.format !== "choice") return;
  const right = formatFigure(fact, figure);
  if (key.options[key.correct]?.text !== right)
    fail(`marks ${key.options[key.correct]?.text} correct, not ${right}`);
  const truths = new Set(
    (ctx.byQuestion.get(questionKey(fact)) ?? []).map((f) => formatFigure(f, figureOf(f) ?? 0)),
  );
  const correctCount = key.options.filter((o) => truths.has(o.text)).length;
  if (correctCount !== 1) fail(`has ${correctCount} options that a source makes true`);
}

function containsFigure(text: string, figure: string): boolean {
  return figurePattern(figure).test(text);
}
