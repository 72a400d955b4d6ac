import { createFactBase } from "./base.js";
import { actorData } from "./data/actors.js";
import { conflictData } from "./data/conflicts.js";
import { factData } from "./data/facts.js";
import { sourceData } from "./data/sources.js";
import type { Actor, ConflictGroup, Fact, FactId, FactPack, Source } from "./schema.js";

/*
 * The bundled data is written as typed literals and not parsed at run time (that would ship zod
 * to every browser). The test suite parses and checks all of it, so these casts are checked.
 */

/** The id of a bundled fact: `fact("matsegora-37000-at-a-time")` is checked by the compiler. */
export type BundledFactId = (typeof factData)[number]["id"];
/** The id of a bundled source, as a literal type: `source(id)` is checked by the compiler. */
export type BundledSourceId = (typeof sourceData)[number]["id"];
/** The id of a bundled actor, as a literal type: `actor(id)` is checked by the compiler. */
export type BundledActorId = (typeof actorData)[number]["id"];
/** The id of a bundled conflict group, as a literal type. */
export type BundledConflictId = (typeof conflictData)[number]["id"];

/**
 * Every bundled fact, in the data's order. Typed, not parsed at run time: the test suite validates
 * the bundled data.
 */
export const facts = factData as unknown as readonly Fact[];
/** Every bundled source, typed, not parsed at run time (the test suite validates them). */
export const sources = sourceData as unknown as readonly Source[];
/** Every bundled actor (claimants and relays), typed, not parsed at run time. */
export const actors = actorData as unknown as readonly Actor[];
/**
 * Every bundled conflict group: facts linked because their sources disagree, with why they may
 * differ. Resolve a group's facts with `factBase.getConflict(id)` or `factBase.conflicts()`.
 */
export const conflictGroups = conflictData as unknown as readonly ConflictGroup[];

/** The bundled sources, actors, facts and conflicts as one fact pack. */
export const bundledPack: FactPack = {
  version: 1,
  sources: [...sources],
  actors: [...actors],
  facts: [...facts],
  conflicts: [...conflictGroups],
};

/** Lookups and queries over the bundled facts. */
export const factBase = createFactBase(bundledPack);

/**
 * The bundled fact with this id. The id is checked at compile time; an id forced past the type that
 * names no bundled fact throws an Error.
 */
export function fact(id: BundledFactId): Fact {
  return known(factBase.getFact(id as FactId), id);
}
/**
 * The bundled source with this id. The id is checked at compile time; an id forced past the type
 * that names no bundled source throws an Error.
 */
export function source(id: BundledSourceId): Source {
  return known(factBase.getSource(id as Source["id"]), id);
}
/**
 * The bundled actor with this id. The id is checked at compile time; an id forced past the type
 * that names no bundled actor throws an Error.
 */
export function actor(id: BundledActorId): Actor {
  return known(factBase.getActor(id as Actor["id"]), id);
}

/**
 * Whether a string names a bundled fact; narrows it to {@link BundledFactId}, so an id read at run
 * time can be passed to {@link fact}.
 */
export function isBundledFactId(id: string): id is BundledFactId {
  return factBase.getFact(id as FactId) !== undefined;
}

function known<T>(value: T | undefined, id: string): T {
  // Unreachable for a literal id: the type allows only bundled ids.
  if (value === undefined) throw new Error(`No bundled record "${id}".`);
  return value;
}
