import { describe, expect, it } from "vitest";
import { createFactBase } from "./base.js";
import { bundledPack, fact, factBase } from "./bundled.js";
import { compareWhen } from "./dates.js";
import type { ActorId, FactId, PartialDate, SourceId } from "./schema.js";

describe("fact base queries", () => {
  it("filters by kind, with the result typed to that kind", () => {
    const money = factBase.query({ kind: "money" });
    expect(money.length).toBeGreaterThan(3);
    for (const f of money) expect(f.currency).toBe("USD");
  });

  it("filters by topic, source and claimant together", () => {
    const found = factBase.query({
      topic: "worker-counts",
      source: "mt-2018-02-deport" as SourceId,
      claimant: "alexander-matsegora" as ActorId,
    });
    expect(found.map((f) => f.id).sort()).toEqual([
      "matsegora-12000-permits",
      "matsegora-37000-at-a-time",
    ]);
  });

  it("finds the events about a resolution through their document", () => {
    const ids = factBase.query({ source: "unsc-res-2375" as SourceId }).map((f) => f.id);
    expect(ids).toEqual(["un-september-sanctions-permits"]);
  });

  it("filters by period overlap, open periods included", () => {
    const in2021 = factBase.query({
      during: { from: "2021" as PartialDate, to: "2021" as PartialDate },
    });
    expect(in2021.map((f) => f.id)).toContain("scattered-since-late-2020");
    expect(in2021.map((f) => f.id)).toContain("may-have-risen-to-3000");
    expect(in2021.map((f) => f.id)).not.toContain("matsegora-37000-at-a-time");
  });

  it("can leave out deprecated facts", () => {
    const [first, ...rest] = bundledPack.facts;
    if (!first) throw new Error("no facts");
    const base = createFactBase({
      ...bundledPack,
      facts: [{ ...first, rank: { level: "deprecated", reason: "a test" } }, ...rest],
    });
    const all = base.query({ topic: first.topic }).length;
    expect(base.query({ topic: first.topic, excludeDeprecated: true }).length).toBe(all - 1);
  });

  it("orders the timeline by the time each fact is about", () => {
    const events = factBase.timeline({ kind: "event" });
    for (let i = 1; i < events.length; i++) {
      const prev = events[i - 1];
      const next = events[i];
      if (prev && next) expect(compareWhen(prev.when, next.when)).toBeLessThanOrEqual(0);
    }
    const dayPrecise = events.filter(
      (e) => e.when.kind === "point" && e.when.at.date.length === 10,
    );
    expect(dayPrecise.map((e) => e.id)).toEqual([
      "res-2371-no-increase",
      "res-2397-adopted",
      "repatriation-deadline-2019-12-22",
    ]);
  });

  it("resolves conflicts to their facts, and finds the groups of a fact", () => {
    const conflicts = factBase.conflicts();
    expect(conflicts.length).toBe(bundledPack.conflicts.length);
    for (const c of conflicts) expect(c.facts.length).toBe(c.group.facts.length);
    const groups = factBase.conflictsOf("primorye-workers-2018" as FactId).map((c) => c.group.id);
    expect(groups).toEqual(["primorye-or-far-east"]);
  });

  it("cites a reference with its source and relays", () => {
    const f = fact("tarasenko-appealed-to-moscow");
    const [ref] = f.references;
    if (!ref) throw new Error("no reference");
    const citation = factBase.cite(ref);
    expect(citation.source.publisher).toBe("The Moscow Times");
    expect(citation.via.map((a) => a.name)).toEqual(["Interfax"]);
    expect(factBase.claimantOf(f).name).toBe("Andrei Tarasenko");
  });

  it("looks up bundled records by literal id", () => {
    expect(fact("matsegora-37000-at-a-time").kind).toBe("headcount");
    expect(factBase.getFact("no-such-fact" as FactId)).toBeUndefined();
  });

  it("merges several packs into one base", () => {
    const merged = createFactBase(bundledPack, { ...bundledPack, facts: [], conflicts: [] });
    expect(merged.facts.length).toBe(bundledPack.facts.length);
  });
});
