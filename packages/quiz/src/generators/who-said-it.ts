import type { Actor, Fact } from "@nklabor/facts";
import { actorLabel, citationOf, type QuizContext } from "../context.js";
import { escapeRegExp, obscurity } from "../figures.js";
import { makeQuestion, quoted, type Slot, type SlotSource } from "./shared.js";

const REDACTED = "[…]";
/** Words of a name that do not identify anyone on their own. */
const COMMON = new Set([
  "north",
  "korean",
  "koreans",
  "korea",
  "russia",
  "russian",
  "ethnic",
  "anonymous",
  "source",
  "another",
  "unnamed",
  "living",
  "residents",
  "familiar",
  "with",
  "labor",
  "situation",
  "construction",
  "worker",
  "media",
  "reports",
  "experts",
  "authorities",
  "embassy",
  "department",
  "state",
  "far",
  "east",
  "from",
  "the",
  "in",
  "of",
  "an",
  "a",
]);
const fold = (s: string) => s.replace(/[’‘]/g, "'");

/** The quote with the claimant's name and role blanked, or undefined if it still gives them away. */
export function redactQuote(quote: string, actor: Actor): string | undefined {
  let text = fold(quote);
  const terms = [
    actor.name,
    actor.role ?? "",
    ...actor.name.split(/[\s,]+/).filter((w) => w.length >= 4 && !COMMON.has(w.toLowerCase())),
  ]
    .map(fold)
    .filter((t) => t.length >= 3)
    .sort((a, b) => b.length - a.length);
  for (const term of terms) {
    text = text.replace(new RegExp(escapeRegExp(term), "gi"), REDACTED);
  }
  const stillNamed = terms.some((t) => text.toLowerCase().includes(t.toLowerCase()));
  // A quote that is mostly blanks teaches nothing.
  const blanks = text.split(REDACTED).length - 1;
  return stillNamed || blanks > 2 || text.length < 40 ? undefined : text.replace(/'/g, "’");
}

const words = (text: string) =>
  new Set(
    fold(text)
      .toLowerCase()
      .replace(/'s\b/g, "")
      .match(/[a-z]{4,}/g) ?? [],
  );

/** Whether the quote describes its speaker: it shares clearly more words with the right option than any other. */
export function givesAway(quote: string, actor: Actor, distractors: readonly Actor[]): boolean {
  const inQuote = words(quote);
  const overlap = (a: Actor) => [...words(actorLabel(a))].filter((w) => inQuote.has(w)).length;
  const right = overlap(actor);
  return right >= 2 && right > Math.max(0, ...distractors.map(overlap)) + 1;
}

/** Actors who make this claim too (sharing its quote, related, or the same figure): never distractors. */
export function alsoSaidBy(ctx: QuizContext, fact: Fact, quote: string): Set<string> {
  const ids = new Set<string>([fact.claimant]);
  for (const other of ctx.byQuote.get(quote) ?? []) ids.add(other.claimant);
  for (const id of fact.related ?? []) {
    const other = ctx.base.getFact(id);
    if (other) ids.add(other.claimant);
  }
  for (const other of ctx.base.facts) if (other.related?.includes(fact.id)) ids.add(other.claimant);
  return ids;
}

/** "Who said this?": the quote, its speaker blanked, and four claimants to choose from. */
export const whoSaidItSlots: SlotSource = (ctx, subjects) =>
  subjects
    .filter((f) => f.rank.level !== "deprecated" && !f.derived)
    .map(
      (fact): Slot => ({
        type: "who-said-it",
        key: fact.id,
        facts: [fact.id],
        build(rng, target) {
          const actor = ctx.base.claimantOf(fact);
          for (const reference of fact.references) {
            const shown = redactQuote(reference.quote, actor);
            if (!shown) continue;
            const source = ctx.base.cite(reference);
            const excluded = alsoSaidBy(ctx, fact, reference.quote);
            for (const via of source.via) excluded.add(via.id);
            // The outlet that wrote the sentence is no wrong answer to "who said it".
            const candidates = ctx.base.actors.filter(
              (a) => !excluded.has(a.id) && a.name !== source.source.publisher,
            );
            if (candidates.length < 3) return undefined;
            // Harder: distractors of the same kind as the speaker (all anonymous sources, say).
            const sameKind = rng.shuffle(candidates.filter((a) => a.kind === actor.kind));
            const otherKind = rng.shuffle(candidates.filter((a) => a.kind !== actor.kind));
            const wantSame = Math.round(target * 3);
            const distractors = [
              ...sameKind.slice(0, wantSame),
              ...otherKind,
              ...sameKind.slice(wantSame),
            ].slice(0, 3);
            if (givesAway(shown, actor, distractors)) continue;
            const options = rng.shuffle([actor, ...distractors]);
            const correct = options.indexOf(actor);
            const similar = distractors.filter((d) => d.kind === actor.kind).length / 3;
            return makeQuestion("who-said-it", `${fact.id}|${reference.source}`, {
              prompt: `Who said this? ${quoted(shown)}`,
              key: {
                format: "choice",
                options: options.map((a) => ({ text: actorLabel(a) })),
                correct,
              },
              explanation: `${actorLabel(actor)}. ${fact.claim}`,
              facts: [fact],
              citations: [citationOf(ctx, fact, reference)],
              difficultyScore: 0.2 + 0.45 * similar + 0.35 * obscurity(ctx, fact),
            });
          }
          return undefined;
        },
      }),
    );
