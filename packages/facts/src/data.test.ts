import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { amountNumbers, numberSpellings } from "./amount.js";
import { bundledPack, factBase } from "./bundled.js";
import { checkFactPack } from "./parse.js";
import { checkQuotes } from "./quotes.js";
import { Actor, ConflictGroup, Fact, FactPack, Source } from "./schema.js";
import { foldWhitespace } from "./text.js";

const { facts, sources, actors, conflicts } = bundledPack;

describe("the bundled fact base", () => {
  it("parses as a fact pack, record by record", () => {
    for (const fact of facts) expect(Fact.safeParse(fact).error, fact.id).toBeUndefined();
    for (const source of sources) expect(Source.safeParse(source).error, source.id).toBeUndefined();
    for (const actor of actors) expect(Actor.safeParse(actor).error, actor.id).toBeUndefined();
    for (const group of conflicts)
      expect(ConflictGroup.safeParse(group).error, group.id).toBeUndefined();
    expect(FactPack.parse(bundledPack)).toEqual(bundledPack);
  });

  it("passes every cross-reference and figure check", () => {
    expect(checkFactPack(bundledPack)).toEqual([]);
  });

  it("holds well over 50 facts, of every kind and topic", () => {
    expect(facts.length).toBeGreaterThan(50);
    const kinds = new Set(facts.map((f) => f.kind));
    expect([...kinds].sort()).toEqual([
      "duration",
      "event",
      "headcount",
      "money",
      "share",
      "statement",
    ]);
    expect(new Set(facts.map((f) => f.topic)).size).toBe(5);
  });

  it("has unique ids in each collection", () => {
    for (const list of [facts, sources, actors, conflicts]) {
      const ids = list.map((x) => x.id);
      expect(new Set(ids).size).toBe(ids.length);
    }
  });

  it("resolves every claimant, source, relay, document and related fact", () => {
    for (const fact of facts) {
      expect(factBase.getActor(fact.claimant), `${fact.id} claimant`).toBeDefined();
      for (const ref of fact.references) {
        expect(factBase.getSource(ref.source), `${fact.id} source`).toBeDefined();
        for (const via of ref.via ?? [])
          expect(factBase.getActor(via), `${fact.id} via`).toBeDefined();
      }
      if (fact.kind === "event" && fact.document)
        expect(factBase.getSource(fact.document)).toBeDefined();
      for (const id of [...(fact.related ?? []), ...(fact.derived?.from ?? [])]) {
        expect(factBase.getFact(id), `${fact.id} -> ${id}`).toBeDefined();
      }
    }
  });

  it("links every conflict member to a fact, and each group to at least two claimants or dates", () => {
    for (const group of conflicts) {
      const members = group.facts.map((id) => factBase.getFact(id));
      expect(members.every(Boolean), group.id).toBe(true);
      const distinct = new Set(members.map((f) => `${f?.claimant} ${JSON.stringify(f?.stated)}`));
      expect(distinct.size, group.id).toBeGreaterThanOrEqual(2);
    }
  });

  it("uses every source and every actor", () => {
    for (const s of sources)
      expect(factBase.query({ source: s.id }).length, s.id).toBeGreaterThan(0);
    const named = new Set(
      facts.flatMap((f) => [f.claimant, ...f.references.flatMap((r) => r.via ?? [])]),
    );
    for (const a of actors) expect(named.has(a.id), a.id).toBe(true);
  });

  it("writes every figure's number in its quote's words, or says how the words were read", () => {
    for (const fact of facts) {
      if (!("amount" in fact)) continue;
      const { amount } = fact;
      const quotes = fact.references.map((r) => foldWhitespace(r.quote));
      expect(
        quotes.some((q) => q.includes(foldWhitespace(amount.wording))),
        fact.id,
      ).toBe(true);
      for (const n of amountNumbers(amount)) {
        const written = numberSpellings(n).some((form) => amount.wording.includes(form));
        expect(written || amount.reading !== undefined, `${fact.id}: ${n}`).toBe(true);
      }
    }
  });

  it("keeps the source's hedge: hedge words only on hedged figures", () => {
    const hedgeWords: Record<string, RegExp> = {
      approx: /estimated|around|some|about|may have/i,
      atLeast: /at least|upwards of|tens of/i,
      atMost: /up to|as many as|within/i,
    };
    for (const fact of facts) {
      if (!("amount" in fact)) continue;
      const { hedge, wording } = fact.amount;
      const expected = hedgeWords[hedge];
      if (expected) expect(wording, fact.id).toMatch(expected);
      if (hedge === "exact") {
        for (const words of Object.values(hedgeWords)) expect(wording, fact.id).not.toMatch(words);
      }
    }
  });

  it("gives a reason for every deprecated fact and a method for every derived one", () => {
    const deprecated = facts.filter((f) => f.rank.level === "deprecated");
    expect(deprecated.map((f) => f.id)).toEqual(["far-east-workers-2018"]);
    const derived = facts.filter((f) => f.derived);
    expect(derived.map((f) => f.id)).toEqual(["repatriation-deadline-2019-12-22"]);
  });

  it("quotes nothing from page furniture", () => {
    const furniture = /\$10,000 a month|\$2(?![,\d])|support us|foreign agent|undesirable/i;
    for (const fact of facts) {
      for (const ref of fact.references) expect(ref.quote, fact.id).not.toMatch(furniture);
    }
  });

  it("records the worker-count disagreement as a conflict, not a single answer", () => {
    const counts = factBase.getConflict("workers-in-russia" as ConflictGroup["id"]);
    expect(counts?.facts.map((f) => ("amount" in f ? f.amount.wording : ""))).toEqual([
      "tens of thousands",
      "as many as 37,000",
      "An estimated 50,000",
      "estimated that 511",
      "may have risen to 3,000",
    ]);
  });
});

// The saved articles live outside the repository (shared/sources beside it); CI has them.
const sourcesDir = join(import.meta.dirname, "../../../../shared/sources");
describe.runIf(existsSync(sourcesDir))("quotes against the saved sources", () => {
  it("finds every quote, character for character once white space is folded", () => {
    const report = checkQuotes(bundledPack, (file) => {
      const path = join(sourcesDir, file);
      return existsSync(path) ? readFileSync(path, "utf8") : undefined;
    });
    expect(report.mismatches).toEqual([]);
    expect(report.checked).toBeGreaterThan(70);
  });
});
