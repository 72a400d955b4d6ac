import type { FactPack } from "@nklabor/facts";

/**
 * A valid fact pack of any size, for benchmarks and scale tests: headcounts, sums of money,
 * events and statements by 50 claimants from 10 sources. Deterministic.
 */
export function syntheticPack(size: number, prefix = "syn"): FactPack {
  const sources = Array.from({ length: 10 }, (_, i) => ({
    id: `${prefix}-source-${i}`,
    kind: "news" as const,
    publisher: `Synthetic Daily ${i}`,
    headline: `Report ${i}`,
    published: `2022-${String(i + 1).padStart(2, "0")}`,
    url: `https://example.org/${prefix}/${i}`,
  }));
  const actors = Array.from({ length: 50 }, (_, i) => ({
    id: `${prefix}-actor-${i}`,
    kind: "person" as const,
    name: `Claimant ${prefix} ${i}`,
  }));
  const topics = [
    "sanctions",
    "worker-counts",
    "remittances",
    "conditions",
    "enforcement",
  ] as const;
  const facts = Array.from({ length: size }, (_, i) => {
    const actor = actors[i % actors.length] as (typeof actors)[number];
    const source = sources[i % sources.length] as (typeof sources)[number];
    const year = 2010 + (i % 12);
    const month = String((i % 12) + 1).padStart(2, "0");
    const value = 100 + ((i * 7919) % 90_000);
    const figure = value.toLocaleString("en-US");
    const common = {
      id: `${prefix}-fact-${i}`,
      topic: topics[i % topics.length] as (typeof topics)[number],
      claimant: actor.id,
      stated: { date: `${year}-${month}` },
      when: { kind: "point" as const, at: { date: `${year}-${month}` } },
      appliesTo: "Russia",
      rank: { level: "normal" as const },
    };
    const quote = `About ${figure} workers were counted in report ${i}.`;
    switch (i % 4) {
      case 0:
        return {
          ...common,
          kind: "headcount" as const,
          claim: `${actor.name} said in ${year} that about ${figure} workers were counted in report ${i}.`,
          amount: { hedge: "approx" as const, value, wording: `About ${figure}` },
          counted: `workers counted in report ${i}`,
          unit: "people" as const,
          references: [{ source: source.id, quote }],
        };
      case 1:
        return {
          ...common,
          kind: "money" as const,
          claim: `${actor.name} said in ${year} that workers paid US$${figure} a month in case ${i}.`,
          amount: { hedge: "exact" as const, value, wording: `$${figure}` },
          currency: "USD" as const,
          per: "month" as const,
          measure: "contribution" as const,
          references: [
            { source: source.id, quote: `Workers paid $${figure} a month in case ${i}.` },
          ],
        };
      case 2:
        return {
          ...common,
          kind: "event" as const,
          title: `Event ${i}`,
          claim: `${actor.name} reported event ${i} in ${year}.`,
          references: [{ source: source.id, quote: `Event ${i} happened.` }],
        };
      default:
        return {
          ...common,
          kind: "statement" as const,
          claim: `${actor.name} said in ${year} that statement ${i} holds.`,
          references: [{ source: source.id, quote: `Statement ${i} holds, said a speaker.` }],
        };
    }
  });
  return { version: 1, sources, actors, facts, conflicts: [] } as unknown as FactPack;
}
