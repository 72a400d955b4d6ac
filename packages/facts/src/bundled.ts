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
export type BundledSourceId = (typeof sourceData)[number]["id"];
export type BundledActorId = (typeof actorData)[number]["id"];
export type BundledConflictId = (typeof conflictData)[number]["id"];

export const facts = factData as unknown as readonly Fact[];
export const sources = sourceData as unknown as readonly Source[];
export const actors = actorData as unknown as readonly Actor[];
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

export function fact(id: BundledFactId): Fact {
  return known(factBase.getFact(id as FactId), id);
}
export function source(id: BundledSourceId): Source {
  return known(factBase.getSource(id as Source["id"]), id);
}
export function actor(id: BundledActorId): Actor {
  return known(factBase.getActor(id as Actor["id"]), id);
}

export function isBundledFactId(id: string): id is BundledFactId {
  return factBase.getFact(id as FactId) !== undefined;
}

function known<T>(value: T | undefined, id: string): T {
  // Unreachable for a literal id: the type allows only bundled ids.
  if (value === undefined) throw new Error(`No bundled record "${id}".`);
  return value;
}
