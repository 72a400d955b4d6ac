import {
  type Actor,
  acceptedAnswers,
  amountBounds,
  amountFigure,
  type Fact,
  type FactBase,
  type FactPack,
  HEDGES,
  numberSpellings,
  type QuantityFact,
  whenBounds,
} from "@nklabor/facts";
import { clip, fold, visibleTexts } from "./check-quiz.js";
import { actorNames, type QuizContext, quizContext } from "./context.js";
import { type Question, SHORT_LIMITS } from "./question.js";

export type { QuizIssue, QuizIssueCode } from "./check-quiz.js";
export { checkQuiz } from "./check-quiz.js";

/*
 * The checker: what a strict teacher would refuse, restated from the facts alone. It imports no
 * generator code, so a generator's bug cannot hide in the check of it; where it needs a rule of
 * the data (how far an estimate reaches), it takes it from `@nklabor/facts`, as the generators do.
 */

/**
 * What {@link checkQuestion} found wrong with a question: a missing part or malformed key, a
 * claim asked without who made it or its hedge, a wrong, second or not-false answer, a give-away
 * or relayed quote, an uncertain order, wording to fix, or a short form that is too long or says
 * something else.
 */
export type QuestionIssueCode =
  /** A fact, a prompt, an explanation, a citation or its quote is missing. */
  | "MISSING_PART"
  /** Two options read the same, no option is marked right, or an order is not a permutation. */
  | "MALFORMED_KEY"
  /** The prompt does not name who made the claim, or when. */
  | "UNATTRIBUTED"
  /** The source's hedge ("as many as", "an estimated", "may have risen to") is not in the prompt. */
  | "HEDGE_DROPPED"
  /** The keyed answer is not what the source says. */
  | "WRONG_ANSWER"
  /** Another option is also defensible by some fact. */
  | "SECOND_ANSWER"
  /** A statement keyed false is true by a source or could be true in the world. */
  | "FALSE_NOT_FALSE"
  /** A "false" figure or date no reader would take for true (more than 24 hours a day). */
  | "IMPOSSIBLE_VALUE"
  /** A who-said-it prompt names its answer or cannot be read for blanks. */
  | "GIVES_AWAY"
  /** A who-said-it quote passes on unnamed others' words ("reportedly"): its speaker is not one. */
  | "RELAYED"
  /** A timeline puts together events whose order the sources do not establish. */
  | "UNCERTAIN_ORDER"
  /** A timeline item or a matching pair gives its answer (a date in a label) or drops who said it. */
  | "BAD_LABEL"
  /** Wording a teacher would fix: doubled marks, double attribution, "An" mid-sentence... */
  | "WORDING"
  /** A short form over SHORT_LIMITS (95 characters a prompt, 60 an option), or on a question that takes none. */
  | "SHORT_TOO_LONG"
  /** A short form that does not name who made the claim (by any name the quiz has for them), or when. */
  | "SHORT_UNATTRIBUTED"
  /** A short form without the source's hedge, or the "reportedly" / "according to sources", that the question has. */
  | "SHORT_HEDGE_DROPPED"
  /** Short options that differ from the question's in meaning: another count, figure or speaker. */
  | "SHORT_OPTIONS_DIFFER"
  /** A short form that asks something else: no blank, another figure or year, words that are not the source's. */
  | "SHORT_ASKS_OTHER";

/** One problem {@link checkQuestion} found in a question: its code and what is wrong, in English. */
export interface QuestionIssue {
  readonly code: QuestionIssueCode;
  /** What is wrong, for a person. */
  readonly message: string;
}

const YEAR = /\b(?:19|20)\d\d\b/g;
const A_YEAR = /\b(?:19|20)\d\d\b/;
const MONTH =
  /\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/;

/**
 * Checks one question against the whole fact base: exactly one defensible answer, attributed and
 * hedged as the source said it, readable. Returns what is wrong, coded; empty when nothing is.
 */
export function checkQuestion(question: Question, custom?: FactPack): QuestionIssue[] {
  const ctx = quizContext(custom);
  const issues: QuestionIssue[] = [];
  const fail = (code: QuestionIssueCode, message: string) => issues.push({ code, message });
  const facts = question.factIds.map((id) => ctx.base.getFact(id));
  if (facts.some((f) => f === undefined))
    fail("MISSING_PART", "refers to a fact that is not in the fact base");
  if (!question.prompt.trim()) fail("MISSING_PART", "has an empty prompt");
  if (!question.explanation.trim()) fail("MISSING_PART", "has an empty explanation");
  if (question.type !== "custom" && question.citations.length === 0)
    fail("MISSING_PART", "cites no source");
  for (const c of question.citations)
    if (!c.quote.trim()) fail("MISSING_PART", "has a citation without a quote");
  checkKeyShape(question, fail);
  checkShortShape(question, fail);
  if (question.type === "custom") return issues;
  checkWording(ctx, question, fail);
  const all = facts.filter((f): f is Fact => f !== undefined);
  const subject = all[0];
  if (!subject || all.length !== facts.length) return issues;

  switch (question.type) {
    case "numeric-choice":
    case "numeric-estimate":
      if (!("amount" in subject)) break;
      checkAttribution(ctx, subject, question.prompt, fail);
      checkHedge(subject, question.prompt, fail);
      checkFigureAnswer(ctx, subject, question, fail);
      break;
    case "true-false":
      // A false statement whose changed detail is the year itself names that (wrong) year instead.
      checkAttribution(
        ctx,
        subject,
        question.prompt,
        fail,
        subject.kind === "event" && question.key.format === "true-false" && !question.key.correct,
      );
      if ("amount" in subject) checkHedge(subject, question.prompt, fail);
      checkTrueFalse(ctx, subject, question, fail);
      break;
    case "who-said-it":
      checkWhoSaidIt(ctx, subject, question, fail);
      break;
    case "timeline":
      checkTimeline(all, question, fail);
      break;
    case "matching":
      checkMatching(ctx, all, question, fail);
      break;
    case "estimates-vary":
      checkEstimatesVary(ctx, all, question, fail);
      break;
  }
  checkShort(ctx, all, question, fail);
  return issues;
}

type Fail = (code: QuestionIssueCode, message: string) => void;

function checkKeyShape(question: Question, fail: Fail) {
  const key = question.key;
  if (key.format === "choice") {
    const shown = key.options.map((o) => o.text.trim().toLowerCase());
    if (new Set(shown).size !== shown.length)
      fail("MALFORMED_KEY", "has two options that look the same");
    if (!Number.isInteger(key.correct) || key.correct < 0 || key.correct >= key.options.length)
      fail("MALFORMED_KEY", "marks no option as correct");
  }
  if (key.format === "ordering" || key.format === "matching") {
    const n = key.format === "ordering" ? key.items.length : key.right.length;
    if (new Set(key.correct).size !== n || key.correct.some((i) => !(i >= 0 && i < n)))
      fail("MALFORMED_KEY", "has an answer that is not a permutation");
  }
}

function checkWording(ctx: QuizContext, question: Question, fail: Fail) {
  for (const text of visibleTexts(question)) {
    if (/[“”"]\s*[“”"]/.test(text)) fail("WORDING", `has doubled quotation marks: ${clip(text)}`);
    if (/surname only/i.test(text)) fail("WORDING", `says "(surname only)": ${clip(text)}`);
    if (/\d,\d{3} (?:million|billion)/.test(text))
      fail("WORDING", `writes a large sum in the wrong unit: ${clip(text)}`);
    if (/\b(?:to|by|from|of|and|with|per|that) (?:An?|Another|Unnamed|Ethnic|Media) /.test(text))
      fail("WORDING", `has a capital article mid-sentence: ${clip(text)}`);
    if (/worked out:|^1\. .*\b2\. /s.test(text))
      fail("WORDING", `reads as notes, not sentences: ${clip(text)}`);
    const double = text.match(
      /^(?:True or false\? )?According to (?:the )?([^(]+?) \([^)]*\): (.*)$/s,
    );
    if (double?.[1] && double[2]?.toLowerCase().includes(double[1].toLowerCase()))
      fail("WORDING", `attributes the claim twice: ${clip(text)}`);
  }
  if (/That is a (?:floor|ceiling)/.test(question.explanation)) {
    const facts = question.factIds.map((id) => ctx.base.getFact(id));
    const hedges = new Set(facts.map((f) => (f && "amount" in f ? f.amount.hedge : undefined)));
    if (!hedges.has("atLeast") && !hedges.has("atMost"))
      fail("WORDING", "calls a figure a floor or a ceiling that the source gives without one");
  }
}

function checkAttribution(
  ctx: QuizContext,
  fact: Fact,
  prompt: string,
  fail: Fail,
  yearChanged = false,
) {
  const name = ctx.base.claimantOf(fact).name.toLowerCase();
  if (!prompt.toLowerCase().includes(name))
    fail("UNATTRIBUTED", `does not say who made the claim (${name})`);
  const dated = yearChanged ? A_YEAR.test(prompt) : prompt.includes(fact.stated.date.slice(0, 4));
  if (!dated) fail("UNATTRIBUTED", "does not say when the claim was made");
}

function checkHedge(fact: QuantityFact, prompt: string, fail: Fail) {
  const { hedge, wording } = fact.amount;
  if (hedge === "exact") return;
  const text = prompt.toLowerCase();
  const phrases = [...HEDGES[hedge].phrases, HEDGES[hedge].say].filter(Boolean);
  const wordsBefore = wording
    .toLowerCase()
    .split(/[\d$]/)[0]
    ?.replace(/u\.s\.\s*$/, "")
    .trim();
  if (!phrases.some((p) => text.includes(p)) && !(wordsBefore && text.includes(wordsBefore)))
    fail("HEDGE_DROPPED", `drops the source's hedge ("${wording}")`);
}

/** Facts that answer the same question as this one: same claimant, measure, unit and place. */
function sameQuestion(ctx: QuizContext, fact: QuantityFact): QuantityFact[] {
  const measure = (f: QuantityFact) =>
    JSON.stringify([
      f.kind,
      f.claimant,
      f.appliesTo,
      "unit" in f ? f.unit : "",
      "per" in f ? f.per : "",
      "currency" in f ? f.currency : "",
      f.kind === "money" ? f.measure : f.kind === "headcount" ? f.counted : "",
      f.kind === "duration" ? f.measures : f.kind === "share" ? f.of : "",
    ]);
  const key = measure(fact);
  return ctx.quantities.filter((f) => measure(f) === key);
}

/** The numbers written in a text: "US$2,000", "500 million", "20%" (as 0.2 when `share`). */
function numbersIn(text: string, share = false): number[] {
  const found: number[] = [];
  for (const m of text.matchAll(/(\d[\d,]*(?:\.\d+)?)(\s*(?:million|billion)|%)?/g)) {
    let n = Number((m[1] ?? "").replace(/,/g, ""));
    if (m[2]?.includes("million")) n *= 1e6;
    if (m[2]?.includes("billion")) n *= 1e9;
    if (m[2] === "%" && share) n /= 100;
    if (Number.isFinite(n)) found.push(n);
  }
  return found;
}

function checkFigureAnswer(ctx: QuizContext, fact: QuantityFact, question: Question, fail: Fail) {
  const figure = amountFigure(fact.amount);
  if (figure === undefined)
    return fail("WRONG_ANSWER", "asks for a figure the source does not give");
  const key = question.key;
  if (key.format === "numeric") {
    // A share is typed as a percentage, and its unit must say so: 57 (percent) for 0.57.
    if ((fact.kind === "share") !== (key.unit === "percent"))
      fail(
        "WRONG_ANSWER",
        `asks for ${fact.kind === "share" ? "a share" : "a figure"} in ${key.unit}`,
      );
    const scale = fact.kind === "share" ? 100 : 1;
    const near = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));
    const accept = { min: key.accept.min / scale, max: key.accept.max / scale };
    if (!near(key.correct / scale, figure))
      fail("WRONG_ANSWER", "expects a number the source does not give");
    if (!(accept.min <= figure + 1e-12 && figure <= accept.max + 1e-12))
      fail("WRONG_ANSWER", "does not accept the source's own figure");
    const allowed = acceptedAnswers(fact.amount);
    if (
      allowed &&
      ((accept.min < allowed.min && !near(accept.min, allowed.min)) ||
        (accept.max > allowed.max && !near(accept.max, allowed.max)))
    )
      fail("SECOND_ANSWER", "accepts answers the source's hedge does not allow");
    return;
  }
  if (key.format !== "choice") return;
  const share = fact.kind === "share";
  const figureIn = (text: string) => numbersIn(text, share)[0];
  if (figureIn(key.options[key.correct]?.text ?? "") !== figure)
    fail(
      "WRONG_ANSWER",
      `marks ${key.options[key.correct]?.text} correct, not the source's figure`,
    );
  for (const o of key.options) {
    const v = figureIn(o.text) ?? 0;
    if (
      (fact.kind === "duration" && fact.unit === "hours" && fact.per === "day" && v > 24) ||
      (share && v >= 1)
    )
      fail("IMPOSSIBLE_VALUE", `offers ${o.text}, which cannot be`);
    if (fact.kind === "duration" && v > figure * 3)
      fail(
        "IMPOSSIBLE_VALUE",
        `offers ${o.text} for a time of ${figure} ${fact.unit}: too far to be believed`,
      );
  }
  const truths = new Set(sameQuestion(ctx, fact).map((f) => amountFigure(f.amount)));
  const right = key.options.filter((o) => truths.has(figureIn(o.text))).length;
  if (right !== 1) fail("SECOND_ANSWER", `has ${right} options that a source makes true`);
}

function checkTrueFalse(ctx: QuizContext, fact: Fact, question: Question, fail: Fail) {
  const key = question.key;
  if (key.format !== "true-false") return;
  const claim = fact.claim;
  if (key.correct) {
    if (!question.prompt.includes(claim.replace(/[.\s]+$/, "")))
      fail("WRONG_ANSWER", "is marked true but does not state the claim as the source has it");
    return;
  }
  if (question.prompt.includes(claim.replace(/[.\s]+$/, "")))
    fail("FALSE_NOT_FALSE", "is marked false but states the claim as the source has it");
  if ("amount" in fact) {
    const figure = amountFigure(fact.amount);
    const share = fact.kind === "share";
    const inClaim = new Set(numbersIn(claim, share));
    const changed = numbersIn(question.prompt, share).filter((n) => !inClaim.has(n));
    const value = changed[0];
    if (figure === undefined || value === undefined || changed.length !== 1)
      return fail("FALSE_NOT_FALSE", "is marked false but changes no single figure");
    // Another source's figure for the same thing makes the statement true if it allows the value.
    const truths = sameQuestion(ctx, fact)
      .filter((f) => ["exact", "approx", "range"].includes(f.amount.hedge))
      .map((f) => amountBounds(f.amount));
    // A lower "at least" or a higher "as many as" stays true; so does any figure another source gives.
    const { hedge } = fact.amount;
    if ((hedge === "atLeast" && value < figure) || (hedge === "atMost" && value > figure))
      fail("FALSE_NOT_FALSE", `weakens the source's hedge (${fact.amount.wording} → ${value})`);
    if (
      hedge !== "atLeast" &&
      hedge !== "atMost" &&
      truths.some((t) => t.min <= value && value <= t.max)
    )
      fail("FALSE_NOT_FALSE", `states ${value}, which a source's figure allows`);
    if (fact.kind === "duration" && fact.unit === "hours" && fact.per === "day" && value > 24)
      fail("IMPOSSIBLE_VALUE", `claims ${value} hours a day`);
    if (fact.kind === "share" && value >= 1)
      fail("IMPOSSIBLE_VALUE", "claims a share of 100% or more");
    if (value > figure * 3 || value < figure / 3)
      fail("IMPOSSIBLE_VALUE", `changes ${figure} to ${value}: too far to be read as true`);
    return;
  }
  if (fact.kind !== "event")
    return fail("FALSE_NOT_FALSE", "falsifies a claim with no figure or date");
  const years = new Set(claim.match(YEAR) ?? []);
  const shifted = (question.prompt.match(YEAR) ?? []).filter((y) => !years.has(y));
  const year = Number(shifted[0]);
  if (shifted.length !== 1)
    return fail("FALSE_NOT_FALSE", "is marked false but changes no single year");
  if (!fact.document)
    fail("FALSE_NOT_FALSE", "moves an event that could have happened in another year too");
  if (year > Number(fact.stated.date.slice(0, 4)))
    fail("IMPOSSIBLE_VALUE", "dates the event after the source that reports it");
  const recurs = ctx.base.facts.some(
    (o) =>
      o.id !== fact.id &&
      o.kind === "event" &&
      (o.title === fact.title || (fact.document && o.document === fact.document)) &&
      whenBounds(o.when).start.slice(0, 4) <= String(year) &&
      whenBounds(o.when).end.slice(0, 4) >= String(year),
  );
  if (recurs) fail("FALSE_NOT_FALSE", `moves the event to ${year}, when such an event happened`);
}

/** Name words too common to identify anyone. */
const COMMON = new Set(
  "north korea korean koreans russia russian russia's ethnic anonymous source another unnamed living residents familiar with labor situation construction worker media reports experts authorities embassy department state from the far east cited spoke".split(
    " ",
  ),
);

/** Who else made the claim of this quote: claimants of facts that quote it or are linked to this one. */
function speakersOf(ctx: QuizContext, fact: Fact, quote: string): Set<string> {
  const ids = new Set<string>([fact.claimant]);
  for (const f of ctx.base.facts) {
    const linked =
      f.references.some((r) => r.quote === quote) ||
      f.related?.includes(fact.id) ||
      fact.related?.includes(f.id) ||
      f.replyTo === fact.id ||
      fact.replyTo === f.id;
    if (linked) ids.add(f.claimant);
  }
  return ids;
}

function checkWhoSaidIt(ctx: QuizContext, fact: Fact, question: Question, fail: Fail) {
  const key = question.key;
  if (key.format !== "choice") return;
  const actor = ctx.base.claimantOf(fact);
  const answer = key.options[key.correct]?.text ?? "";
  if (!answer.startsWith(actor.name))
    fail("WRONG_ANSWER", "does not mark the claimant as the answer");
  const quote = question.citations[0]?.quote ?? "";
  const reference = fact.references.find((r) => r.quote === quote);
  if (!reference) return fail("WRONG_ANSWER", "cites a quote that is not the fact's");
  if (
    !question.prompt.includes("[…]") &&
    /\btold (?:RFA|reporters|Interfax)\b|\b(?:a|the|another) source\b|\bsaid that\b/i.test(quote)
  )
    fail("RELAYED", "asks who said a reporter's sentence about what someone told them");
  if (/\breportedly\b|according to sources|sources said/i.test(quote))
    fail("RELAYED", "asks who said a sentence that passes on unnamed others' words");
  if (
    /\b(?:the|another) source\b|\b(?:he|she) (?:said|says|pointed|added|complained|noted|told)\b|\bthe (?:Russian )?diplomat\b|\bthe ambassador\b|\bthe outlet\b|\bthe residents\b/i.test(
      quote,
    )
  )
    fail(
      "GIVES_AWAY",
      "shows words that point at the speaker's kind ('the source said', 'he said')",
    );
  const source = ctx.base.getSource(reference.source);
  if (source?.kind !== "news")
    fail("GIVES_AWAY", "asks who wrote a document whose own words say what it is");
  const speakers = speakersOf(ctx, fact, quote);
  const wrong = key.options.filter((_, i) => i !== key.correct);
  const actorOf = (text: string) =>
    [...ctx.base.actors]
      .sort((a, b) => b.name.length - a.name.length)
      .find((a) => text.startsWith(a.name));
  // Whoever relayed a claim of the same article may have relayed this one.
  const relays = ctx.base.facts.flatMap((f) =>
    f.references.filter((r) => r.source === reference.source).flatMap((r) => r.via ?? []),
  );
  const classOf = (a: Actor) =>
    a.kind === "government-body" || a.kind === "organization" ? "body" : a.kind;
  const wrongActors = wrong.flatMap((o) => actorOf(o.text) ?? []);
  if (question.prompt.includes("[…]")) {
    const odd = wrongActors.filter((a) => classOf(a) !== classOf(actor));
    if (odd.length > 0 || wrongActors.length < 2)
      fail(
        "GIVES_AWAY",
        `offers ${odd.map((a) => a.name).join(", ") || "too few options"} beside a ${classOf(actor)}: the blank's grammar rules them out`,
      );
  }
  if (/^Who wrote this\?/.test(question.prompt)) {
    // An outlet's sentence may stand beside anyone its article cites.
    const cited = new Set(
      ctx.base.facts
        .filter((f) => f.references.some((r) => r.source === reference.source))
        .map((f) => f.claimant as string),
    );
    for (const a of wrongActors)
      if (cited.has(a.id)) fail("SECOND_ANSWER", `offers ${a.name}, whom the same article cites`);
  }
  for (const option of wrong) {
    const other = actorOf(option.text);
    if (!other) continue;
    const speaksFor =
      actor.kind === "person" &&
      other.kind !== "person" &&
      other.kind !== "media" &&
      other.affiliation !== undefined &&
      other.affiliation === actor.affiliation;
    if (speaksFor) fail("SECOND_ANSWER", `offers ${other.name}, for whom ${actor.name} speaks`);
    const why = defensible(other, speakers, relays, source, quote);
    if (why) fail("SECOND_ANSWER", `offers ${other.name}, ${why}`);
  }
  const shown = question.prompt;
  if (fold(shown).includes(fold(actor.name))) fail("GIVES_AWAY", "names the speaker in the prompt");
  if (actor.kind === "person")
    for (const word of actor.name.split(/\s+/))
      if (word.length >= 4 && new RegExp(`\\b${word}\\b`, "i").test(shown))
        fail("GIVES_AWAY", `names the speaker (${word}) in the prompt`);
  for (const option of [answer]) {
    const distinctive = option
      .toLowerCase()
      .match(/[a-z']{4,}/g)
      ?.filter((w) => !COMMON.has(w) && !wrong.some((o) => o.text.toLowerCase().includes(w)));
    for (const w of distinctive ?? [])
      if (new RegExp(`\\b${w}\\b`, "i").test(fold(shown)))
        fail("GIVES_AWAY", `has a word of the answer ("${w}") no other option has`);
  }
  if (/\[…\][\s,]*\[…\]/.test(shown))
    fail("GIVES_AWAY", "has blanks side by side that cannot be read");
}

/** Why a wrong option could be defended as the speaker, or undefined if it cannot. */
function defensible(
  other: Actor,
  speakers: Set<string>,
  via: readonly string[],
  source: ReturnType<FactBase["getSource"]>,
  quote: string,
): string | undefined {
  if (speakers.has(other.id)) return "who made this claim too";
  if (via.includes(other.id)) return "who passed the claim on";
  if (source && (other.name === source.publisher || other.name === source.relays?.publisher))
    return "the outlet that wrote or passed on the sentence";
  if (other.kind === "anonymous")
    return "an unnamed source whose description could fit the speaker";
  const text = fold(quote);
  const names = [
    other.name,
    ...(other.kind === "organization" && other.affiliation ? [other.affiliation] : []),
  ];
  if (names.some((n) => text.includes(fold(n).replace(/^the /, ""))))
    return "whom the quote itself names";
  return undefined;
}

function checkTimeline(all: readonly Fact[], question: Question, fail: Fail) {
  const key = question.key;
  if (key.format !== "ordering") return;
  const byTitle = new Map(all.map((f) => [f.kind === "event" ? f.title : f.id, f]));
  for (const item of key.items)
    if (A_YEAR.test(item) || MONTH.test(item)) fail("BAD_LABEL", `dates an item: "${item}"`);
  const ordered = key.correct.map((i) => byTitle.get(key.items[i] ?? ""));
  for (const x of all)
    for (const y of all)
      if (x !== y && (x.derived?.from.includes(y.id) || x.related?.includes(y.id)))
        fail("GIVES_AWAY", `orders "${itemOf(x)}" against "${itemOf(y)}", worked out from it`);
  for (let i = 0; i < ordered.length; i++) {
    for (let j = i + 1; j < ordered.length; j++) {
      const a = ordered[i];
      const b = ordered[j];
      if (!a || !b) fail("WRONG_ANSWER", "has an item that is not one of its events");
      else if (whenBounds(a.when).end >= whenBounds(b.when).start)
        fail("UNCERTAIN_ORDER", `cannot place "${itemOf(a)}" before "${itemOf(b)}" by the sources`);
    }
  }
}

const itemOf = (f: Fact) => (f.kind === "event" ? f.title : f.id);

function checkMatching(ctx: QuizContext, all: readonly Fact[], question: Question, fail: Fail) {
  const key = question.key;
  if (key.format !== "matching") return;
  if (new Set(key.left).size !== key.left.length || new Set(key.right).size !== key.right.length)
    fail("MALFORMED_KEY", "has a figure or a description twice");
  const unitOf = (f: Fact) =>
    "amount" in f
      ? [
          f.kind,
          "unit" in f ? f.unit : "",
          "per" in f ? f.per : "",
          "currency" in f ? f.currency : "",
        ].join("|")
      : f.kind;
  if (new Set(all.map(unitOf)).size > 1)
    fail("GIVES_AWAY", "matches figures of different units: the units pair them up");
  if (new Set(all.map((f) => f.appliesTo)).size > 1)
    fail("GIVES_AWAY", "matches figures of different places: nested places pair them up");
  if (new Set(all.map((f) => ("amount" in f ? f.amount.hedge : ""))).size > 1)
    fail("GIVES_AWAY", "matches figures with different hedges: the hedge words pair them up");
  const sizes = all.flatMap((f) => ("amount" in f ? (amountFigure(f.amount) ?? []) : []));
  if (Math.max(...sizes) > 10 * Math.min(...sizes))
    fail("GIVES_AWAY", "matches figures more than ten times apart: size pairs them up");
  for (const a of all)
    for (const b of all)
      if (a !== b && a.related?.includes(b.id))
        fail("GIVES_AWAY", `pairs "${a.id}" with "${b.id}", one story: logic alone matches them`);
  all.forEach((fact, i) => {
    if (!("amount" in fact)) {
      fail("WRONG_ANSWER", "matches a fact without a figure");
      return;
    }
    const figure = amountFigure(fact.amount);
    const left = key.left[i] ?? "";
    const forms: string[] = figure === undefined ? [] : numberSpellings(figure);
    const shown = numbersIn(left, fact.kind === "share");
    if (figure === undefined || !(shown.includes(figure) || forms.some((f) => left.includes(f))))
      fail("WRONG_ANSWER", `pairs "${left}" with a fact whose figure it is not`);
    const right = (key.right[key.correct[i] ?? -1] ?? "").toLowerCase();
    const actor = ctx.base.claimantOf(fact);
    const words = `${actor.name} ${actor.role ?? ""}`
      .toLowerCase()
      .match(/[a-z']{4,}/g)
      ?.filter((w) => !COMMON.has(w) || w === "ethnic" || w === "source");
    const core = actor.name
      .toLowerCase()
      .replace(/^(?:an?|the|another) /, "")
      .split(" ")
      .slice(0, 2)
      .join(" ");
    const named =
      right.includes(actor.name.toLowerCase()) ||
      right.includes(core) ||
      (words ?? []).some((w) => right.includes(w)) ||
      (/radio free asia|rfa/i.test(actor.name) && /\brfa\b|radio free asia/.test(right));
    if (!named) fail("BAD_LABEL", `does not say who gave the figure in "${right}"`);
  });
}

function checkEstimatesVary(
  ctx: QuizContext,
  all: readonly Fact[],
  question: Question,
  fail: Fail,
) {
  const key = question.key;
  if (key.format !== "choice") return;
  const quantities = all.filter((f): f is QuantityFact => "amount" in f);
  if (quantities.length !== all.length)
    return fail("WRONG_ANSWER", "compares a fact without a figure");
  const variant = askedComparison(question.prompt);
  const beats = (a: QuantityFact, b: QuantityFact): boolean => {
    const x = amountBounds(a.amount);
    const y = amountBounds(b.amount);
    if (variant === "highest") return x.min > y.max;
    if (variant === "lowest") return x.max < y.min;
    const p = whenBounds(a.when);
    const q = whenBounds(b.when);
    return variant === "latest" ? p.start > q.end : p.end < q.start;
  };
  const winners = quantities.filter((a) => quantities.every((b) => a === b || beats(a, b)));
  if (winners.length !== 1 || quantities.indexOf(winners[0] as QuantityFact) !== key.correct)
    fail("SECOND_ANSWER", "has no one figure that wins beyond doubt, given the hedges and dates");
  key.options.forEach((o, i) => {
    const f = quantities[i];
    const name = ctx.base
      .claimantOf(f ?? (all[0] as Fact))
      .name.toLowerCase()
      .replace(/^the /, "");
    if (f && !o.text.toLowerCase().includes(name))
      fail("UNATTRIBUTED", `shows "${o.text}" without who gave it`);
  });
}

/*
 * Short forms (Question.short): the same question in fewer words, checked against the question
 * itself and the facts, as the question is.
 */

/** The limits, and options of the same count and none alike; for any question, a teacher's too. */
function checkShortShape(question: Question, fail: Fail) {
  const short = question.short;
  if (!short) return;
  const key = question.key;
  if (key.format !== "choice" && key.format !== "true-false")
    return fail("SHORT_TOO_LONG", `has a short form, which a ${key.format} question takes none of`);
  if (short.prompt.length > SHORT_LIMITS.prompt)
    fail(
      "SHORT_TOO_LONG",
      `has a short prompt of ${short.prompt.length} characters (at most ${SHORT_LIMITS.prompt}): ${clip(short.prompt)}`,
    );
  const options = short.options ?? (key.format === "choice" ? key.options.map((o) => o.text) : []);
  for (const o of options)
    if (o.length > SHORT_LIMITS.option)
      fail(
        "SHORT_TOO_LONG",
        `has a short option of ${o.length} characters (at most ${SHORT_LIMITS.option}): ${clip(o)}`,
      );
  if (!short.options) return;
  if (key.format !== "choice" || short.options.length !== key.options.length)
    fail("SHORT_OPTIONS_DIFFER", "has short options of another count than its options");
  if (new Set(short.options.map((o) => o.trim().toLowerCase())).size !== short.options.length)
    fail("SHORT_OPTIONS_DIFFER", "has two short options that read the same");
}

/** Words that pass on a claim as others' (unnamed) and must stay in a short form. */
const RELAY_WORDS = ["reportedly", "according to sources", "allegedly"];

function checkShort(ctx: QuizContext, all: readonly Fact[], question: Question, fail: Fail) {
  const short = question.short;
  const subject = all[0];
  if (!short || !subject) return;
  const text = short.prompt.toLowerCase();
  for (const word of RELAY_WORDS)
    if (question.prompt.toLowerCase().includes(word) && !text.includes(word))
      fail("SHORT_HEDGE_DROPPED", `has a short form without "${word}"`);
  // Who passed the claim on, when the long form says it ("…, Reuters reported"), stays; in a
  // who-said-it passage a relay's name is part of the quote, and the excerpt may leave it.
  for (const name of new Set(question.citations.flatMap((c) => c.via ?? [])))
    if (
      question.type !== "who-said-it" &&
      question.prompt.includes(name) &&
      !short.prompt.includes(name)
    )
      fail("SHORT_UNATTRIBUTED", `has a short form without ${name}, who passed the claim on`);
  const shortFail: Fail = (code, message) =>
    fail(
      code === "HEDGE_DROPPED"
        ? "SHORT_HEDGE_DROPPED"
        : code === "UNATTRIBUTED"
          ? "SHORT_UNATTRIBUTED"
          : code,
      `in its short form: ${message}`,
    );
  switch (question.type) {
    case "numeric-choice": {
      if (!("amount" in subject)) break;
      checkShortAttribution(ctx, subject, short.prompt, fail);
      checkHedge(subject, short.prompt, shortFail);
      if (short.prompt.split("___").length !== 2)
        fail("SHORT_ASKS_OTHER", "has a short form without its one blank");
      const figure = amountFigure(subject.amount);
      if (
        figure !== undefined &&
        numbersIn(short.prompt, subject.kind === "share").includes(figure)
      )
        fail("SHORT_ASKS_OTHER", "has a short form that states the answer");
      const key = question.key;
      if (short.options && key.format === "choice")
        short.options.forEach((o, i) => {
          const long = key.options[i]?.text ?? "";
          const share = subject.kind === "share";
          if (numbersIn(o, share)[0] !== numbersIn(long, share)[0])
            fail("SHORT_OPTIONS_DIFFER", `shows "${o}" for the option "${long}"`);
        });
      break;
    }
    case "true-false": {
      const key = question.key;
      if (key.format !== "true-false") break;
      const yearChanged = subject.kind === "event" && !key.correct;
      checkShortAttribution(ctx, subject, short.prompt, fail, yearChanged);
      if ("amount" in subject) {
        checkHedge(subject, short.prompt, shortFail);
        checkShortStatement(subject, question.prompt, short.prompt, key.correct, fail);
      } else if (subject.kind === "event") {
        const years = new Set(subject.claim.match(YEAR) ?? []);
        const changed = (t: string) => (t.match(YEAR) ?? []).filter((y) => !years.has(y)).join();
        if (changed(short.prompt) !== changed(question.prompt))
          fail("SHORT_ASKS_OTHER", "has a short statement with another year than its statement");
      }
      break;
    }
    case "who-said-it":
      checkShortQuote(ctx, subject, question, fail);
      break;
    case "estimates-vary":
      checkShortEstimates(ctx, all, question, fail);
      break;
  }
}

/** A short claim names its claimant by any name the quiz has for them (RFA for Radio Free Asia), and the year. */
function checkShortAttribution(
  ctx: QuizContext,
  fact: Fact,
  prompt: string,
  fail: Fail,
  yearChanged = false,
) {
  const actor = ctx.base.claimantOf(fact);
  const text = fold(prompt);
  if (!actorNames(actor).some((n) => text.includes(fold(n))))
    fail(
      "SHORT_UNATTRIBUTED",
      `has a short form that does not say who made the claim (${actor.name})`,
    );
  const dated = yearChanged ? A_YEAR.test(prompt) : prompt.includes(fact.stated.date.slice(0, 4));
  if (!dated)
    fail("SHORT_UNATTRIBUTED", "has a short form that does not say when the claim was made");
}

/** A short statement states the figure its statement does: the source's when true, the same other one when false. */
function checkShortStatement(
  fact: QuantityFact,
  prompt: string,
  short: string,
  correct: boolean,
  fail: Fail,
) {
  const figure = amountFigure(fact.amount);
  const share = fact.kind === "share";
  const inClaim = new Set(numbersIn(fact.claim, share));
  const stated = correct ? figure : numbersIn(prompt, share).find((n) => !inClaim.has(n));
  const numbers = numbersIn(short, share);
  if (stated === undefined || !numbers.includes(stated))
    fail(
      "SHORT_ASKS_OTHER",
      `has a short statement without the figure of its statement (${stated})`,
    );
  if (!correct && figure !== undefined && numbers.includes(figure))
    fail("SHORT_ASKS_OTHER", "has a short statement, meant false, that states the source's figure");
}

/** Quotation marks folded to one and the blank "[…]" to one character, for comparing quotes as shown. */
const plainQuote = (text: string) =>
  fold(text)
    .replace(/[“”"‘’']/g, "'")
    .replaceAll("[…]", "\u0000");

/** Whether each stretch of `excerpt` between its "…" stands in `text`, in order. */
function excerptOf(excerpt: string, text: string): boolean {
  const whole = plainQuote(text);
  const parts = plainQuote(excerpt)
    .split("…")
    .map((p) => p.trim())
    .filter(Boolean);
  let at = 0;
  for (const part of parts) {
    const found = whole.indexOf(part, at);
    if (found < 0) return false;
    at = found + part.length;
  }
  return parts.length > 0;
}

/** The quote a who-said-it prompt shows: what follows its question. */
const shownQuote = (prompt: string) => prompt.replace(/^Who(?:se)? [^?]*\?\s*/, "");

/**
 * A short who-said-it question asks the same way (who said, who wrote, whose name is left out at […]) about the
 * source's words, an excerpt marked with "…"; "[…] said" may be asked as who said the words.
 * Its options name the same actors, and no other option's claims hold the words it shows.
 */
function checkShortQuote(ctx: QuizContext, fact: Fact, question: Question, fail: Fail) {
  const short = question.short;
  const key = question.key;
  if (!short || key.format !== "choice") return;
  const long = question.prompt;
  const shown = shownQuote(long);
  const open = short.prompt.indexOf("“");
  const close = short.prompt.lastIndexOf("”");
  const excerpt = open >= 0 && close > open ? short.prompt.slice(open + 1, close) : "";
  // What a prompt asks: who wrote, who said, or whose name is left out at the blank.
  const asks = (p: string) =>
    /^Who(?:se name is left out at| is) \[…\]/.test(p)
      ? "blank"
      : p.match(/^Who (?:wrote|said)/)?.[0];
  const speech = shown.match(/^["“]([^"“”]+)["”],? (.+)$/s);
  const spoken =
    speech?.[1] &&
    /\[…\],? (?:said|says|added|told)\b|\bcited \[…\],? as (?:telling|saying)\b/.test(
      speech[2] ?? "",
    )
      ? speech[1]
      : undefined;
  const same =
    asks(short.prompt) === asks(long) ||
    (asks(long) === "blank" && asks(short.prompt) === "Who said" && spoken !== undefined);
  if (!same)
    fail("SHORT_ASKS_OTHER", `asks another question in its short form: ${clip(short.prompt)}`);
  const source = asks(short.prompt) === "Who said" && asks(long) === "blank" ? spoken : shown;
  if (!excerpt || !source || !excerptOf(excerpt, source))
    fail(
      "SHORT_ASKS_OTHER",
      `shows words in its short form that are not the quote's: ${clip(excerpt)}`,
    );
  if (asks(short.prompt) === "blank" && !excerpt.includes("[…]"))
    fail("SHORT_ASKS_OTHER", "asks who is […] in a short form without the blank");
  const actor = ctx.base.claimantOf(fact);
  if (fold(short.prompt).includes(fold(actor.name)))
    fail("GIVES_AWAY", "names the speaker in its short form");
  // Short options name the same actors as the options, by any of their names.
  const byName = (text: string) =>
    [...ctx.base.actors]
      .sort((a, b) => b.name.length - a.name.length)
      .find((a) => actorNames(a).includes(text) || text.startsWith(a.name));
  if (short.options)
    short.options.forEach((o, i) => {
      const long = key.options[i]?.text ?? "";
      if (byName(o) === undefined || byName(o) !== byName(long))
        fail("SHORT_OPTIONS_DIFFER", `shows "${o}" for the option "${long}"`);
    });
  // Words another option said too would make that option right.
  const parts = plainQuote(excerpt)
    .split("…")
    .map((p) => p.trim())
    .filter((p) => p.length >= 20);
  key.options.forEach((o, i) => {
    const other = i === key.correct ? undefined : byName(o.text);
    if (!other) return;
    const said = ctx.base.facts.some(
      (f) =>
        f.claimant === other.id &&
        f.references.some((r) => parts.some((p) => plainQuote(r.quote).includes(p))),
    );
    if (said)
      fail("SECOND_ANSWER", `offers ${other.name}, whose quotes hold the short form's words`);
  });
}

/** The same comparison, each short option the same figure with its hedge words, named and dated. */
function checkShortEstimates(
  ctx: QuizContext,
  all: readonly Fact[],
  question: Question,
  fail: Fail,
) {
  const short = question.short;
  const key = question.key;
  if (!short || key.format !== "choice") return;
  const variant = askedComparison;
  if (variant(short.prompt) === undefined || variant(short.prompt) !== variant(question.prompt))
    fail("SHORT_ASKS_OTHER", `asks another comparison in its short form: ${clip(short.prompt)}`);
  (short.options ?? []).forEach((o, i) => {
    const long = key.options[i]?.text ?? "";
    const figure = long.replace(/ \(.*$/s, "");
    if (!o.startsWith(`${figure} (`))
      fail("SHORT_OPTIONS_DIFFER", `shows "${o}" for the option "${long}"`);
    const fact = all[i];
    if (!fact) return;
    const text = fold(o);
    if (!actorNames(ctx.base.claimantOf(fact)).some((n) => text.includes(fold(n))))
      fail("SHORT_UNATTRIBUTED", `shows "${o}" without who gave it`);
    if (!o.includes(fact.stated.date.slice(0, 4)))
      fail("SHORT_UNATTRIBUTED", `shows "${o}" without when`);
  });
}

/** The comparison a prompt asks for, of several figures or of two ("the higher", "the more recent time"). */
function askedComparison(prompt: string): "highest" | "lowest" | "latest" | "earliest" | undefined {
  if (/highest|the higher\b/.test(prompt)) return "highest";
  if (/lowest|the lower\b/.test(prompt)) return "lowest";
  if (/most recent|more recent|latest/.test(prompt)) return "latest";
  if (/earliest|oldest|the earlier\b/.test(prompt)) return "earliest";
  return undefined;
}
