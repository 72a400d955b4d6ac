import {
  bundledPack,
  type DatePoint,
  type Fact,
  foldWhitespace,
  type QuantityFact,
} from "@nklabor/facts";
import {
  actorNames,
  figureOf,
  formatFigure,
  type QuizContext,
  reportedBy,
  withArticle,
} from "../context.js";
import { blankWith, replaceFigure } from "../figures.js";
import { SHORT_LIMITS, type ShortForm } from "../question.js";
import { SHORT_CLAIMS, SHORT_QUOTES } from "./short-texts.js";

/*
 * Short forms (Question.short): the same question within SHORT_LIMITS, made from the same facts
 * as the long one. Who said it and when come first ("RFA, Aug 2019: ..."), in the longest form
 * that fits; a claim or a quote too long for the room comes from the hand-written short texts.
 * Nothing is ever cut to fit: what does not fit has no short form.
 */

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** A date in a short form: "Aug 2019", "late 2018", "mid-2017", "2017" (a day left out). */
function shortDate(point: DatePoint): string {
  const [year, month] = point.date.split("-");
  const base = month ? `${MONTHS[Number(month) - 1]} ${year}` : `${year}`;
  if (point.part === "mid") return `mid-${base}`;
  return point.part ? `${point.part} ${base}` : base;
}

const bundled = new WeakSet<Fact>(bundledPack.facts);

/** The hand-written short claim of a bundled fact (a teacher's facts have none). */
function shortClaimOf(fact: Fact): string | undefined {
  return bundled.has(fact) ? SHORT_CLAIMS[fact.id] : undefined;
}

/** The hand-written excerpt of a bundled fact's first quote. */
export function shortQuoteOf(fact: Fact): string | undefined {
  return bundled.has(fact) ? SHORT_QUOTES[fact.id] : undefined;
}

export const fitsShort = (prompt: string, options: readonly string[] = []) =>
  prompt.length <= SHORT_LIMITS.prompt && options.every((o) => o.length <= SHORT_LIMITS.option);

/**
 * Who made the claim and when, longest first: "Radio Free Asia, Aug 2019", "RFA, Aug 2019".
 * A claim dated only by the report of it says so ("Matsegora, reported Feb 2018"), unless the
 * name says whose report it was ("RFA's Vladivostok source, Aug 2019").
 */
function shortAttributions(ctx: QuizContext, fact: Fact): string[] {
  const outlets = reportedBy(ctx, fact).flatMap((name) => {
    const outlet = ctx.base.actors.find((a) => a.name === name);
    return outlet ? actorNames(outlet) : [name];
  });
  return actorNames(ctx.base.claimantOf(fact)).map((name) => {
    const reported = outlets.length > 0 && !outlets.some((o) => name.includes(o));
    return `${name}, ${reported ? "reported " : ""}${shortDate(fact.stated)}`;
  });
}

/**
 * A short claim (`text`, the figure blanked or changed) with who made it and when in front, in
 * the first form that fits; as it stands when the short claim as written (`own`) names both, as
 * "UN Security Council Resolution 2371 (Aug 2017) ..." does.
 */
function attributedShort(
  ctx: QuizContext,
  fact: Fact,
  text: string,
  own: string,
): string | undefined {
  const names = actorNames(ctx.base.claimantOf(fact)).map((n) => n.toLowerCase());
  const named =
    names.some((n) => own.toLowerCase().includes(n)) && own.includes(fact.stated.date.slice(0, 4));
  const forms = named ? [text] : shortAttributions(ctx, fact).map((a) => `${a}: ${text}`);
  return forms.find((f) => fitsShort(f));
}

/** The short claim with its figure blanked, for a fill-in question; undefined when none fits. */
export function blankedShort(ctx: QuizContext, fact: QuantityFact): ShortForm | undefined {
  const own = shortClaimOf(fact);
  const text = own && blankWith(fact, "___", own);
  const prompt = own && text && attributedShort(ctx, fact, text, own);
  return prompt ? { prompt } : undefined;
}

/**
 * The short claim as a statement to judge: as written (true), with another figure (`value`,
 * false), or changed by `change` (an event's year, false); undefined when none fits.
 */
export function statedShort(
  ctx: QuizContext,
  fact: Fact,
  change: { value: number } | { change: (own: string) => string | undefined } | undefined,
): ShortForm | undefined {
  const own = shortClaimOf(fact);
  if (!own) return undefined;
  let text: string | undefined = own;
  if ("amount" in fact) {
    // The figure stands in the short claim once, as in the claim, or the statement is not made.
    const figure = figureOf(fact);
    text =
      change && "value" in change
        ? replaceFigure(fact, change.value, own)
        : figure === undefined
          ? undefined
          : blankWith(fact, formatFigure(fact, figure), own);
  } else if (change && "change" in change) text = change.change(own);
  const prompt = text && attributedShort(ctx, fact, text, own);
  return prompt ? { prompt } : undefined;
}

/** A fact's figure with who gave it and when, in the first form that fits an option: "an estimated 50,000 (RFA, Aug 2019)". */
export function shortFigureOption(
  ctx: QuizContext,
  fact: Fact,
  figure: string,
): string | undefined {
  return shortAttributions(ctx, fact)
    .map((a) => `${figure} (${withArticle(a)})`)
    .find((o) => o.length <= SHORT_LIMITS.option);
}

/** Quotation marks folded to one, and the blank "[…]" to one character, for comparing. */
const plain = (text: string) => text.replace(/[“”"‘’']/g, "'").replaceAll("[…]", "\u0000");

/**
 * Whether `excerpt` is `text` in part: each stretch between its "…" stands in the text as
 * written, in order (the quotation marks as shown aside).
 */
export function isExcerpt(excerpt: string, text: string): boolean {
  const whole = plain(text);
  const parts = plain(excerpt)
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

/** Whether a quote holds a stretch of the excerpt (20 characters or more between its "…"). */
export function holdsPartOf(quote: string, excerpt: string): boolean {
  // As the checker compares: white space folded, in any case.
  const folded = (text: string) => plain(foldWhitespace(text)).toLowerCase();
  const whole = folded(quote);
  return folded(excerpt)
    .split("…")
    .map((p) => p.trim())
    .some((p) => p.length >= 20 && whole.includes(p));
}
