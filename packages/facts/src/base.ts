import { compareWhen, whenBounds } from "./dates.js";
import type {
  Actor,
  ActorId,
  ConflictGroup,
  ConflictId,
  Fact,
  FactId,
  FactKind,
  FactOfKind,
  FactPack,
  PartialDate,
  Reference,
  Source,
  SourceId,
  Topic,
} from "./schema.js";

/** A filter over facts; every given field must match. */
export interface FactQuery<K extends FactKind = FactKind> {
  readonly kind?: K | readonly K[];
  readonly topic?: Topic | readonly Topic[];
  /** Facts that quote this source, or events about it (a resolution). */
  readonly source?: SourceId;
  readonly claimant?: ActorId;
  /** Facts whose `when` overlaps this span (either side may be left open). */
  readonly during?: { readonly from?: PartialDate; readonly to?: PartialDate };
  /** Leave out deprecated facts (default: keep them; they are taught as corrections). */
  readonly excludeDeprecated?: boolean;
}

/** A reference with its source resolved: what a quiz or a page shows under a claim. */
export interface Citation {
  readonly source: Source;
  readonly quote: string;
  readonly via: readonly Actor[];
}

/**
 * A conflict group with its facts looked up in the fact base, in the group's order. A fact id the
 * base does not hold is left out of `facts`, not reported.
 */
export interface Conflict {
  readonly group: ConflictGroup;
  readonly facts: readonly Fact[];
}

/**
 * Lookups and queries over one or more fact packs, made by {@link createFactBase}; {@link factBase}
 * is the one over the bundled data. The `get…` lookups return undefined for an unknown id, while
 * `cite` and `claimantOf` throw an Error when a source or actor they need is not in the base.
 */
export interface FactBase {
  readonly facts: readonly Fact[];
  readonly sources: readonly Source[];
  readonly actors: readonly Actor[];
  readonly conflictGroups: readonly ConflictGroup[];
  /** The fact with this id, or undefined. */
  getFact(id: FactId): Fact | undefined;
  /** The source with this id, or undefined. */
  getSource(id: SourceId): Source | undefined;
  /** The actor with this id, or undefined. */
  getActor(id: ActorId): Actor | undefined;
  /** The conflict group with this id and its facts, or undefined. */
  getConflict(id: ConflictId): Conflict | undefined;
  /**
   * The facts that match every field of the query (all facts without one), in pack order, typed by
   * `kind`.
   */
  query<K extends FactKind = FactKind>(query?: FactQuery<K>): FactOfKind<K>[];
  /** Facts in the order of the time they are about (then by when they were said). */
  timeline<K extends FactKind = FactKind>(query?: FactQuery<K>): FactOfKind<K>[];
  /** Every conflict group with its facts. */
  conflicts(): Conflict[];
  /** The conflict groups a fact belongs to. */
  conflictsOf(id: FactId): Conflict[];
  /**
   * A reference with its source and `via` actors looked up; throws an Error if one is not in the
   * base.
   */
  cite(reference: Reference): Citation;
  /** The actor who made a fact's claim; throws an Error if it is not in the base. */
  claimantOf(fact: Fact): Actor;
}

const asArray = <T>(value: T | readonly T[] | undefined): readonly T[] | undefined =>
  value === undefined ? undefined : Array.isArray(value) ? value : [value as T];

/**
 * Indexes a pack for lookups and queries. The pack is trusted: validate users' packs with
 * `parseFactPack` first (the bundled one is checked by the test suite).
 */
export function createFactBase(...packs: readonly FactPack[]): FactBase {
  const facts = packs.flatMap((p) => p.facts);
  const sources = packs.flatMap((p) => p.sources);
  const actors = packs.flatMap((p) => p.actors);
  const conflictGroups = packs.flatMap((p) => p.conflicts);
  const factById = new Map(facts.map((f) => [f.id as string, f]));
  const sourceById = new Map(sources.map((s) => [s.id as string, s]));
  const actorById = new Map(actors.map((a) => [a.id as string, a]));
  const resolve = (group: ConflictGroup): Conflict => ({
    group,
    facts: group.facts.flatMap((id) => factById.get(id) ?? []),
  });
  const conflictById = new Map(conflictGroups.map((g) => [g.id as string, g]));

  const query = <K extends FactKind = FactKind>(q: FactQuery<K> = {}): FactOfKind<K>[] => {
    const kinds = asArray(q.kind);
    const topics = asArray(q.topic);
    const span = q.during && {
      from: q.during.from
        ? whenBounds({ kind: "point", at: { date: q.during.from } }).start
        : "0000",
      to: q.during.to ? whenBounds({ kind: "point", at: { date: q.during.to } }).end : "9999",
    };
    return facts.filter((fact): fact is FactOfKind<K> => {
      if (kinds && !kinds.includes(fact.kind as K)) return false;
      if (topics && !topics.includes(fact.topic)) return false;
      if (q.source && !citesOrConcerns(fact, q.source)) return false;
      if (q.claimant && fact.claimant !== q.claimant) return false;
      if (q.excludeDeprecated && fact.rank.level === "deprecated") return false;
      if (span) {
        const { start, end } = whenBounds(fact.when);
        if (end < span.from || start > span.to) return false;
      }
      return true;
    });
  };

  const base: FactBase = {
    facts,
    sources,
    actors,
    conflictGroups,
    getFact: (id) => factById.get(id),
    getSource: (id) => sourceById.get(id),
    getActor: (id) => actorById.get(id),
    getConflict: (id) => {
      const group = conflictById.get(id);
      return group && resolve(group);
    },
    query,
    timeline: (q) =>
      query(q).sort(
        (a, b) =>
          compareWhen(a.when, b.when) ||
          compareWhen({ kind: "point", at: a.stated }, { kind: "point", at: b.stated }),
      ),
    conflicts: () => conflictGroups.map(resolve),
    conflictsOf: (id) => conflictGroups.filter((g) => g.facts.includes(id)).map(resolve),
    cite: (reference) => ({
      source: required(sourceById.get(reference.source), "source", reference.source),
      quote: reference.quote,
      via: (reference.via ?? []).map((id) => required(actorById.get(id), "actor", id)),
    }),
    claimantOf: (fact) => required(actorById.get(fact.claimant), "actor", fact.claimant),
  };
  return base;
}

/** A fact belongs to a source it quotes, or, for an event, the document it is about. */
function citesOrConcerns(fact: Fact, source: SourceId): boolean {
  if (fact.kind === "event" && fact.document === source) return true;
  return fact.references.some((r) => r.source === source);
}

function required<T>(value: T | undefined, what: string, id: string): T {
  if (value === undefined) {
    throw new Error(`Unknown ${what} "${id}": validate the pack with parseFactPack before use.`);
  }
  return value;
}
