import type { Actor, Fact } from "@nklabor/facts";
import { actorLabel, actorNames, citationOf, type QuizContext } from "../context.js";
import { escapeRegExp, obscurity } from "../figures.js";
import { SHORT_LIMITS, type ShortForm } from "../question.js";
import { disagreement, makeQuestion, quoted, type Slot, type SlotSource } from "./shared.js";
import { fitsShort, holdsPartOf, isExcerpt, shortQuoteOf } from "./short.js";

const REDACTED = "[…]";
const SHORT_OPTION = SHORT_LIMITS.option;
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

/** A term as a pattern in which any apostrophe matches any other (’ or '). */
const termPattern = (term: string) =>
  new RegExp(escapeRegExp(fold(term)).replace(/'/g, "['’‘]"), "gi");

/**
 * The quote with the claimant's name and role blanked, every other character left as the source
 * has it; undefined if the quote still names them or is mostly blanks.
 */
const redacted = new Map<string, string | undefined>();
export function redactQuote(quote: string, actor: Actor): string | undefined {
  const key = `${actor.id}\u0000${actor.name}\u0000${quote}`;
  if (!redacted.has(key)) {
    if (redacted.size > 10_000) redacted.clear();
    redacted.set(key, redact(quote, actor));
  }
  return redacted.get(key);
}

function redact(quote: string, actor: Actor): string | undefined {
  // A person's name and surname are blanked; a body's or a description's single words are not
  // (that would blank "Moscow" the city, or "Security Council" in another speaker's words).
  const terms = [
    actor.name,
    actor.role ?? "",
    initials(actor),
    ...(actor.kind === "person"
      ? actor.name.split(/[\s,]+/).filter((w) => w.length >= 4 && !COMMON.has(w.toLowerCase()))
      : []),
  ]
    .filter((t) => t.length >= 3)
    .sort((a, b) => b.length - a.length);
  let text = quote;
  for (const term of terms) text = text.replace(termPattern(term), REDACTED);
  // "Interfax cited […], […], as telling": one blank reads; two side by side do not.
  text = text.replace(/\[…\](?:[\s,]*\[…\])+/g, REDACTED).replace(/\[…\],(?= as\b)/g, REDACTED);
  const stillNamed = terms.some((t) => termPattern(t).test(text));
  // A quote that is mostly blanks teaches nothing.
  const blanks = text.split(REDACTED).length - 1;
  return stillNamed || blanks > 2 || text.length < 40 ? undefined : text;
}

/** Words too general to point at anyone. */
const GENERIC = new Set([
  "north",
  "korea",
  "korean",
  "koreans",
  "russia",
  "russian",
  "with",
  "from",
  "that",
  "this",
  "only",
  "source",
]);
const wordSets = new Map<string, Set<string>>();
function words(text: string): Set<string> {
  let set = wordSets.get(text);
  if (!set) {
    set = new Set(
      (
        fold(text)
          .toLowerCase()
          .replace(/'s\b/g, "")
          .match(/[a-z]{4,}/g) ?? []
      ).filter((w) => !GENERIC.has(w)),
    );
    if (wordSets.size > 10_000) wordSets.clear();
    wordSets.set(text, set);
  }
  return set;
}

/** Whether the quote points at its speaker: it uses a word of the right option that no other option has. */
export function givesAway(quote: string, actor: Actor, distractors: readonly Actor[]): boolean {
  const inQuote = words(quote);
  const others = new Set(distractors.flatMap((d) => [...words(actorLabel(d))]));
  return [...words(actorLabel(actor))].some((w) => !others.has(w) && inQuote.has(w));
}

/** Actors who make this claim too (sharing its quote, related, or the same figure): never distractors. */
export function alsoSaidBy(ctx: QuizContext, fact: Fact, quote: string): Set<string> {
  const ids = new Set<string>([fact.claimant]);
  for (const other of ctx.byQuote.get(quote) ?? []) ids.add(other.claimant);
  for (const id of fact.related ?? []) {
    const other = ctx.base.getFact(id);
    if (other) ids.add(other.claimant);
  }
  for (const other of ctx.relatedTo.get(fact.id) ?? []) ids.add(other.claimant);
  return ids;
}

/** "RFA" for Radio Free Asia: the initials an outlet or a body goes by, for names of three words or more. */
function initials(actor: Actor): string {
  const words = actor.name.split(/\s+/).filter((w) => /^[A-Z]/.test(w));
  return (actor.kind === "media" || actor.kind === "organization") && words.length >= 3
    ? words.map((w) => w[0]).join("")
    : "";
}

/**
 * Words by which a sentence points at its speaker without naming them ("the source said", "he
 * pointed out", "the Russian diplomat"): only one option would fit the grammar, so not asked.
 */
const POINTS_AT_SPEAKER =
  /\b(?:the|another) source\b|\b(?:he|she) (?:said|says|pointed|added|complained|noted|told)\b|\bthe (?:Russian )?diplomat\b|\bthe ambassador\b|\bthe outlet\b|\bthe residents\b/i;

/** A reporter's sentence about what someone told or said ("A source in Vladivostok told RFA that"). */
const REPORTED_SPEECH =
  /\btold (?:RFA|reporters|Interfax)\b|\b(?:a|the|another) source\b|\bsaid that\b/i;

/** Words that say a sentence passes on someone else's claim, unnamed: its speakers are not known. */
const UNNAMED_RELAY = /\breportedly\b|according to sources|sources said/i;

/** Whether an actor's name (or a body's affiliation: "United Nations") stands in the quote. */
function namedIn(quote: string, actor: Actor): boolean {
  const text = foldedQuote(quote);
  const names = [
    actor.name,
    ...(actor.kind === "organization" && actor.affiliation ? [actor.affiliation] : []),
  ];
  return names.some((n) => text.includes(comparable(n).replace(/^the /, "")));
}

/** A name or a quote as compared: apostrophes folded, "U.N." as "UN", "U.S." as "US", any case. */
const comparable = (s: string) =>
  fold(s)
    .replace(/\b([A-Z])\./g, "$1")
    .toLowerCase();

const foldedQuotes = new Map<string, string>();
function foldedQuote(quote: string): string {
  let text = foldedQuotes.get(quote);
  if (text === undefined) {
    text = comparable(quote);
    if (foldedQuotes.size > 10_000) foldedQuotes.clear();
    foldedQuotes.set(quote, text);
  }
  return text;
}

/**
 * "Who said this?": the quote, its speaker blanked, and four to choose from. Never offered as a
 * wrong answer: anyone who also made the claim, the outlet that wrote or passed on the sentence,
 * anyone the quote names, and anonymous sources (a description like "another source" fits anyone).
 */
export const whoSaidItSlots: SlotSource = (ctx, subjects) => {
  const allowed = new Set(subjects);
  return subjects
    .filter((f) => f.rank.level !== "deprecated" && !f.derived)
    .map(
      (fact): Slot => ({
        type: "who-said-it",
        key: fact.id,
        facts: [fact.id],
        build(rng, target) {
          const actor = ctx.base.claimantOf(fact);
          // Only the fact's own first quote: the explanation is the fact's claim, which that quote
          // states (a later quote may hold other claims of the same speaker).
          for (const reference of fact.references.slice(0, 1)) {
            // A sentence that holds claims of two speakers has one answer to "who said this" only
            // when it names the others ("Matsegora disputed a U.S. State Department report"):
            // they are then no option, and the blank can only be the speaker.
            const others = new Set(
              (ctx.byQuote.get(reference.quote) ?? [])
                .map((f) => f.claimant)
                .filter((id) => id !== actor.id),
            );
            const unnamed = [...others].some((id) => {
              const other = ctx.base.getActor(id);
              return !other || !namedIn(reference.quote, other);
            });
            if (unnamed || UNNAMED_RELAY.test(reference.quote)) continue;
            if (POINTS_AT_SPEAKER.test(reference.quote)) continue;
            // A document's own words name what it is ("this resolution"): it is not asked who wrote them.
            if (ctx.base.getSource(reference.source)?.kind !== "news") continue;
            // "That figure may have risen...": a sentence that leans on the one before it.
            if (/^(?:That|This) (?:figure|number|move)\b/.test(reference.quote)) continue;
            // The quote states every claim made in it: those the quiz may ask about count as asked.
            const stated = (ctx.byQuote.get(reference.quote) ?? []).filter(
              (f) => f.rank.level !== "deprecated" && allowed.has(f),
            );
            const shown = redactQuote(reference.quote, actor);
            if (!shown) continue;
            // A reporter's sentence about what someone told them is not that someone's words:
            // without a blank to ask about, it is not asked.
            if (!shown.includes(REDACTED) && REPORTED_SPEECH.test(reference.quote)) continue;
            const source = ctx.base.cite(reference);
            const excluded = alsoSaidBy(ctx, fact, reference.quote);
            // Whoever relayed any claim of this article (Interfax, Reuters, RFA) may have relayed this one.
            const article = ctx.bySource.get(reference.source);
            for (const id of article?.via ?? []) excluded.add(id);
            // The outlet that wrote the sentence is no wrong answer to "who said it".
            const outlets = new Set([source.source.publisher, source.source.relays?.publisher]);
            // An outlet's own sentence may stand beside anyone its article cites ("According to a
            // State Department report..."): none of them is a wrong answer to "who wrote this".
            if (outlets.has(actor.name))
              for (const id of article?.claimants ?? []) excluded.add(id);
            // A relay the passage names ("Interfax cited […] as telling reporters") is a clue
            // that fits anyone it relayed: none of them is a clearly wrong answer.
            const relays = ctx.base.actors
              .filter((a) => a.kind === "media" && namedIn(reference.quote, a))
              .map((a) => a.id as string);
            if (relays.length > 0)
              for (const other of ctx.base.facts)
                if (other.references.some((r) => r.via?.some((id) => relays.includes(id))))
                  excluded.add(other.claimant);
            const candidates = ctx.base.actors.filter(
              (a) =>
                !excluded.has(a.id) &&
                !outlets.has(a.name) &&
                a.kind !== "anonymous" &&
                !namedIn(reference.quote, a) &&
                // A person speaks for the bodies of their country: "Russian authorities" for the ambassador.
                !(
                  actor.kind === "person" &&
                  a.kind !== "person" &&
                  a.kind !== "media" &&
                  a.affiliation !== undefined &&
                  a.affiliation === actor.affiliation
                ),
            );
            if (candidates.length < 3) return undefined;
            // Harder: distractors of the same kind as the speaker (all anonymous sources, say).
            const sameKind = rng.shuffle(candidates.filter((a) => a.kind === actor.kind));
            const otherKind = rng.shuffle(candidates.filter((a) => a.kind !== actor.kind));
            const wantSame = Math.round(target * 3);
            const wrote =
              actor.name === source.source.publisher ||
              actor.name === source.source.relays?.publisher;
            const ordered = [
              ...sameKind.slice(0, wantSame),
              ...otherKind,
              ...sameKind.slice(wantSame),
            ];
            // "Who wrote this?" is no question when the answer is the only outlet offered.
            const outlet = ordered.find((a) => a.kind === "media");
            if (wrote && !outlet) continue;
            // A blank takes the grammar of its sentence ("[…] said the five sources it spoke to"):
            // at least one wrong option must be of the speaker's own class (a person, a body, an outlet).
            const classOf = (a: Actor) =>
              a.kind === "government-body" || a.kind === "organization" ? "body" : a.kind;
            // A blank takes the grammar of its sentence: every wrong option is of the speaker's class
            // (two at least), or "it spoke to" rules out a person and "told reporters" an outlet.
            const pool = shown.includes(REDACTED)
              ? ordered.filter((a) => classOf(a) === classOf(actor))
              : ordered;
            if (pool.length < 2) continue;
            const distractors = (
              wrote && outlet ? [outlet, ...pool.filter((a) => a !== outlet)] : pool
            ).slice(0, 3);
            if (givesAway(shown, actor, distractors)) continue;
            const options = rng.shuffle([actor, ...distractors]);
            const correct = options.indexOf(actor);
            const similar = distractors.filter((d) => d.kind === actor.kind).length / 3;
            const m = ctx.voice.m;
            const quote = quoted(shown);
            const publisher = ctx.voice.publisher(source.source.publisher);
            return makeQuestion("who-said-it", `${fact.id}|${reference.source}`, {
              prompt: shown.includes(REDACTED)
                ? m.whoIsBlank({
                    blank: REDACTED,
                    publisher,
                    // The article's date: "said Tuesday" in the passage is that week's Tuesday.
                    date: ctx.voice.date({ date: source.source.published }),
                    quote,
                  })
                : wrote
                  ? m.whoWrote({ quote })
                  : m.whoSaid({ quote }),
              key: {
                format: "choice",
                options: options.map((a) => ({ text: ctx.voice.actorLabel(a) })),
                correct,
              },
              explanation: `${ctx.voice.claim(fact)}${disagreement(ctx, fact)}`,
              // The quote shown states every claim made in it: all of them count as asked.
              facts: [fact, ...stated.filter((f) => f !== fact)],
              citations: [citationOf(ctx, fact, reference)],
              // One wrong option of the speaker's class is always there; more make it harder.
              difficultyScore:
                0.1 + 0.6 * Math.max(0, similar - 1 / 3) + 0.25 * obscurity(ctx, fact),
              short: shortWhoSaidIt(ctx, fact, shown, wrote, source.source.publisher, options),
            });
          }
          return undefined;
        },
      }),
    );
};

/** Words that say the blank spoke the words before it: "[…] said", "Interfax cited […] as telling". */
const SPEECH = /\[…\],? (?:said|says|added|told)\b|\bcited \[…\],? as (?:telling|saying)\b/;

/**
 * The question in fewer words: the whole passage or its hand-picked excerpt, asked the same way.
 * A passage that is someone's words in quotation marks and "[…] said" asks who said the words;
 * any other blank stays in the excerpt. The options as they are, or by a shorter name of the same
 * actor where one is too long.
 */
function shortWhoSaidIt(
  ctx: QuizContext,
  fact: Fact,
  shown: string,
  wrote: boolean,
  publisher: string,
  actors: readonly Actor[],
): ShortForm | undefined {
  const speech = shown.match(/^["“]([^"“”]+)["”],? (.+)$/s);
  const words =
    speech?.[1] && speech[2] && SPEECH.test(speech[2])
      ? speech[1].replace(/[,\s]+$/, "")
      : undefined;
  // A passage that is all one quotation is shown without the marks, then quoted as a whole.
  const text = words ?? shown.match(/^[“"]([^“”"]+)[”"]$/)?.[1] ?? shown;
  const blank = words === undefined && text.includes("[…]");
  const excerpt = shortQuoteOf(fact);
  // Words a wrong option said too (in a quote of theirs) would make that option right.
  const others = new Set(actors.filter((a) => a.id !== fact.claimant).map((a) => a.id as string));
  const theirs = ctx.base.facts
    .filter((f) => others.has(f.claimant))
    .flatMap((f) => f.references.map((r) => r.quote));
  const parts = [text, ...(excerpt && isExcerpt(excerpt, text) ? [excerpt] : [])].filter(
    (t) => (!blank || t.includes("[…]")) && !theirs.some((q) => holdsPartOf(q, t)),
  );
  const asks = (t: string) =>
    blank
      ? [
          `Whose name is left out at […] in this passage from ${publisher}? ${quoted(t)}`,
          `Whose name is left out at […]? ${quoted(t)}`,
          `Who is […]? ${quoted(t)}`,
        ]
      : [`Who ${wrote ? "wrote" : "said"} ${quoted(t)}?`];
  const options = actors.map(
    (a) => actorNames(a).find((n) => n.length <= SHORT_OPTION) ?? actorLabel(a),
  );
  const same = options.every((o, i) => o === actorLabel(actors[i] as Actor));
  const prompt = parts.flatMap(asks).find((p) => fitsShort(p, options));
  return prompt ? { prompt, ...(same ? {} : { options }) } : undefined;
}
