import fc from "fast-check";
import type { FactPackInput } from "./schema.js";

/*
 * Random valid fact packs of every kind (headcount, money, duration, share, event, statement),
 * as a teacher or researcher might write them: each figure worded with a hedge and in its quote,
 * each fact said on or before its source's date, sometimes two headcounts marked as disagreeing.
 * For property tests of the CSV round trip and of the questions such packs give.
 */

const grouped = new Intl.NumberFormat("en-US");
const NAMES = [
  "Lena Example",
  "Harbor Gazette",
  "Example Watch",
  "Ministry of Examples",
  "Ivan Sample",
];
const KINDS = ["person", "media", "organization", "government-body", "person"] as const;
const HEDGE_WORDS = {
  exact: "",
  approx: "about ",
  atLeast: "at least ",
  atMost: "as many as ",
  possible: "may have risen to ",
} as const;
type Hedge = keyof typeof HEDGE_WORDS;

const factArbitrary = fc.record({
  kind: fc.constantFrom("headcount", "money", "duration", "share", "event", "statement"),
  hedge: fc.constantFrom<Hedge>("exact", "approx", "atLeast", "atMost", "possible"),
  value: fc.integer({ min: 2, max: 90_000 }),
  percent: fc.integer({ min: 1, max: 99 }),
  claimant: fc.integer({ min: 0, max: NAMES.length - 1 }),
  source: fc.integer({ min: 0, max: 2 }),
  year: fc.integer({ min: 2010, max: 2022 }),
  month: fc.integer({ min: 1, max: 12 }),
  site: fc.integer({ min: 1, max: 40 }),
  per: fc.constantFrom("day", "month", "year", "once"),
  measure: fc.constantFrom("contribution", "earnings", "regime-revenue", "bounty"),
  durationUnit: fc.constantFrom("hours", "days", "months", "years"),
  topic: fc.constantFrom("sanctions", "worker-counts", "remittances", "conditions", "enforcement"),
});

/** A valid pack of 2 to 12 facts (the bundled pack's ids are not used). */
export const packArbitrary: fc.Arbitrary<FactPackInput> = fc
  .record({
    facts: fc.array(factArbitrary, { minLength: 2, maxLength: 12 }),
    conflict: fc.boolean(),
  })
  .map(({ facts, conflict }) => {
    const sources = [0, 1, 2].map((i) => ({
      id: `rand-source-${i}`,
      kind: "news" as const,
      publisher: `${NAMES[i + 1]}`,
      headline: `Report ${i + 1} on the workers`,
      published: `2023-0${i + 1}`,
      url: `https://example.org/rand/${i}`,
    }));
    const actors = NAMES.map((name, i) => ({
      id: `rand-actor-${i}`,
      kind: KINDS[i] ?? "person",
      name,
    }));
    const built = facts.map((f, i) => {
      const name = NAMES[f.claimant] ?? "Someone";
      const date = `${f.year}-${String(f.month).padStart(2, "0")}`;
      const said = `${name} said in ${f.year}`;
      const common = {
        id: `rand-fact-${i}`,
        topic: f.topic,
        claimant: `rand-actor-${f.claimant}`,
        stated: { date },
        when: { kind: "point" as const, at: { date } },
        appliesTo: "Russia",
        rank: { level: "normal" as const },
      };
      const ref = (quote: string) => [{ source: `rand-source-${f.source}`, quote }];
      const figure = grouped.format(f.value);
      // "may have risen to" reads only with a count that rises: the others take "about".
      const hedge = f.kind !== "headcount" && f.hedge === "possible" ? "approx" : f.hedge;
      const amountOf = (value: number, wording: string) =>
        hedge === "atLeast"
          ? { hedge, min: value, wording }
          : hedge === "atMost"
            ? { hedge, max: value, wording }
            : { hedge, value, wording };
      switch (f.kind) {
        case "headcount": {
          const wording = `${HEDGE_WORDS[hedge]}${figure}`;
          if (hedge === "possible")
            return {
              ...common,
              kind: "headcount" as const,
              claim: `${said} that the number of North Korean workers at site ${f.site} ${wording}.`,
              amount: amountOf(f.value, wording),
              counted: `North Korean workers at site ${f.site}`,
              unit: "people" as const,
              references: ref(
                `Officials say the number of North Korean workers at site ${f.site} ${wording}.`,
              ),
            };
          return {
            ...common,
            kind: "headcount" as const,
            claim: `${said} that ${wording} North Korean workers were at site ${f.site}.`,
            amount: amountOf(f.value, wording),
            counted: `North Korean workers at site ${f.site}`,
            unit: "people" as const,
            references: ref(
              `Officials say ${wording} North Korean workers were at site ${f.site}.`,
            ),
          };
        }
        case "money": {
          const wording = `${HEDGE_WORDS[hedge]}$${figure}`;
          const per = f.per === "once" ? "" : ` a ${f.per}`;
          return {
            ...common,
            kind: "money" as const,
            claim: `${said} that the sum at site ${f.site} was ${wording}${per}.`,
            amount: amountOf(f.value, wording),
            currency: "USD" as const,
            per: f.per,
            measure: f.measure,
            references: ref(`The sum was ${wording}${per}, the report said.`),
          };
        }
        case "duration": {
          const n = (f.value % 20) + 2;
          const wording = `${HEDGE_WORDS[hedge]}${n} ${f.durationUnit}`;
          return {
            ...common,
            kind: "duration" as const,
            claim: `${said} that a stay at site ${f.site} lasted ${wording}.`,
            amount: amountOf(n, wording),
            unit: f.durationUnit,
            measures: `a worker's stay at site ${f.site}`,
            references: ref(`A stay lasted ${wording}.`),
          };
        }
        case "share": {
          const wording = `${HEDGE_WORDS[hedge]}${f.percent}%`;
          return {
            ...common,
            kind: "share" as const,
            claim: `${said} that workers at site ${f.site} kept ${wording} of their wages.`,
            amount: amountOf(f.percent / 100, wording),
            of: `the wages at site ${f.site}`,
            references: ref(`Workers kept ${wording} of their wages.`),
          };
        }
        case "event":
          return {
            ...common,
            kind: "event" as const,
            claim: `${name} reported that site ${f.site} closed in ${f.year}.`,
            title: `Site ${f.site} closed`,
            references: ref(`Site ${f.site} closed that year.`),
          };
        default:
          return {
            ...common,
            kind: "statement" as const,
            claim: `${said} that the workers at site ${f.site} were sent home.`,
            references: ref(`The workers at site ${f.site} were sent home.`),
          };
      }
    });
    const headcounts = built.filter((f) => f.kind === "headcount");
    const conflicts =
      conflict && headcounts.length >= 2
        ? [
            {
              id: "rand-conflict",
              title: "Counts differ",
              question: "How many North Korean workers were at the sites?",
              facts: headcounts.slice(0, 2).map((f) => f.id),
              reasons: ["different-place" as const],
              note: "The counts are of different sites, by different people.",
            },
          ]
        : [];
    return { version: 1 as const, sources, actors, facts: built, conflicts } as FactPackInput;
  });
