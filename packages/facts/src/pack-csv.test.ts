import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { bundledPack } from "./bundled.js";
import { readCsv } from "./csv-text.js";
import { examplePack } from "./example-pack.test-helpers.js";
import { packArbitrary } from "./pack-arbitrary.test-helpers.js";
import {
  EMPTY_ROW,
  type FactRow,
  PACK_CSV_COLUMNS,
  packFromRows,
  packToCsv,
  parsePackCsv,
} from "./pack-csv.js";
import { parseFactPack } from "./parse.js";
import type { FactPack } from "./schema.js";

const fixture = (name: string) =>
  readFileSync(new URL(`../test-fixtures/${name}`, import.meta.url), "utf8");
const extendsBundled = { extends: bundledPack };
const parsed = (input: unknown): FactPack => {
  const result = parseFactPack(input, extendsBundled);
  if (!result.ok) throw new Error(JSON.stringify(result.issues.slice(0, 3)));
  return result.pack;
};
const row = (fields: Partial<FactRow>): FactRow => ({ ...EMPTY_ROW, ...fields });
/** A valid headcount row, with its own source and a new claimant. */
const goodRow = row({
  id: "class-1",
  kind: "headcount",
  topic: "worker-counts",
  claim: "Example Daily said at least 1,200 workers left in 2019.",
  claimant: "Example Daily",
  claimant_kind: "media",
  stated: "2019-12",
  applies_to: "Russia",
  value: "1,200",
  wording: "At least 1,200",
  what: "workers who left",
  source_publisher: "Example Daily",
  source_headline: "Workers sent home",
  source_url: "https://example.org/workers",
  source_published: "2019-12",
  quote: "At least 1,200 workers left.",
});

describe("packToCsv and parsePackCsv", () => {
  it("read back what they write, byte for byte the second time", () => {
    const pack = parsed(examplePack());
    const first = packToCsv(pack);
    expect(first.omitted).toEqual([]);
    const back = parsePackCsv(first.csv, extendsBundled);
    expect(back.ok ? [] : back.issues).toEqual([]);
    if (!back.ok) return;
    expect(back.pack.facts).toEqual(pack.facts);
    expect(packToCsv(back.pack).csv).toBe(first.csv);
  });

  it("write RFC 4180: the documented header, CRLF line ends, quoted fields that need it", () => {
    const { csv } = packToCsv(parsed(examplePack()));
    const read = readCsv(csv);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.records[0]?.fields).toEqual([...PACK_CSV_COLUMNS]);
    expect(csv.split("\r\n").at(-1)).toBe("");
    expect(csv).toContain('"Example Daily said at least 1,200 workers left in December 2019."');
  });

  it("read a 30-fact sheet of every kind into a valid pack", () => {
    const result = parsePackCsv(fixture("thirty-facts.csv"), extendsBundled);
    expect(result.ok ? [] : result.issues).toEqual([]);
    if (!result.ok) return;
    expect(result.added).toBe(30);
    expect(new Set(result.pack.facts.map((f) => f.kind)).size).toBe(6);
    const share = result.pack.facts.find((f) => f.kind === "share");
    expect(share && "amount" in share ? share.amount : undefined).toMatchObject({ value: 0.13 });
    // Claimants named twice are one claimant; a handout cited by three facts is one source.
    expect(result.pack.actors).toHaveLength(5);
    expect(result.pack.sources).toHaveLength(10);
    expect(packToCsv(result.pack).omitted).toEqual([]);
  });

  it("say each bad row's issues by line and column, add nothing, and offer the valid rows", () => {
    const result = parsePackCsv(fixture("thirty-facts-three-bad.csv"), extendsBundled);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map(({ line, column, code }) => ({ line, column, code }))).toEqual([
      { line: 4, column: "wording", code: "WORDING_NOT_IN_QUOTE" },
      { line: 9, column: "claimant", code: "MISSING_FIELD" },
      { line: 16, column: "stated", code: "STATED_AFTER_SOURCE" },
    ]);
    expect(result.valid?.added).toBe(27);
    expect(result.valid?.pack.facts.map((f) => f.id)).not.toContain("handout-03");
  });

  it("keep a fact's further references on rows of their own", () => {
    const pack = parsed(examplePack());
    const two = structuredClone(pack);
    const first = two.facts[0];
    if (!first) throw new Error("no fact");
    first.references.push({ source: "mt-2021-02-bounty" as never, quote: "At least 1,200" });
    const { csv } = packToCsv(two);
    expect(csv.split("\r\n")).toHaveLength(5);
    const back = parsePackCsv(csv, extendsBundled);
    expect(back.ok && back.pack.facts[0]?.references).toEqual(first.references);
  });

  it("list what a CSV cannot hold", () => {
    const pack = parsed({
      ...examplePack(),
      conflicts: [
        {
          id: "c",
          title: "t",
          question: "q?",
          facts: ["handout-workers", "handout-statement"],
          reasons: ["different-date"],
          note: "n",
        },
      ],
    });
    expect(packToCsv(pack).omitted).toEqual(["conflicts"]);
  });
});

describe("packFromRows", () => {
  const one = (fields: Partial<FactRow>, into?: FactPack) =>
    packFromRows([{ line: 2, row: row({ ...goodRow, ...fields }) }], {
      ...extendsBundled,
      ...(into ? { into } : {}),
    });
  const codes = (fields: Partial<FactRow>) => {
    const result = one(fields);
    return result.ok ? [] : result.issues.map((i) => `${i.column}:${i.code}`);
  };

  it("reads the hedge from the wording when none is given", () => {
    const result = one({
      wording: "as many as 1,200",
      quote: "Officials say as many as 1,200 left.",
    });
    expect(result.ok && result.pack.facts[0]).toMatchObject({
      amount: { hedge: "atMost", max: 1200 },
    });
  });

  it("names a bundled claimant by id or by name, and reuses a draft's own by name", () => {
    const byName = one({ claimant: "Radio Free Asia", claimant_kind: "" });
    const rfa = bundledPack.actors.find((a) => a.name === "Radio Free Asia");
    expect(byName.ok && byName.pack.facts[0]?.claimant).toBe(rfa?.id);
    const first = one({});
    if (!first.ok) throw new Error("first row");
    const second = one({ id: "class-2" }, first.pack);
    expect(second.ok && second.pack.actors).toHaveLength(1);
    expect(second.ok && second.pack.sources).toHaveLength(1);
  });

  it("ends, with every issue and nothing to add, when a problem is in no row (the pack joined clashes with the one extended)", () => {
    const first = one({});
    if (!first.ok) throw new Error("first row");
    const taken = bundledPack.facts[0]?.id;
    if (!taken) throw new Error("no bundled fact");
    const clashing: FactPack = {
      ...first.pack,
      facts: first.pack.facts.map((f) => ({ ...f, id: taken })),
    };
    const result = one({ id: "class-2" }, clashing);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.length).toBeGreaterThan(0);
    // No row of the file caused it, so dropping rows cannot mend it: nothing is offered as valid.
    expect(result.valid).toBeUndefined();
  });

  it("turns a bad row into coded issues by column, never a throw", () => {
    expect(codes({ claimant: "" })).toEqual(["claimant:MISSING_FIELD"]);
    expect(codes({ claimant: "Someone New", claimant_kind: "" })).toEqual([
      "claimant_kind:MISSING_FIELD",
    ]);
    expect(codes({ kind: "rumour" })).toEqual(["kind:INVALID_VALUE"]);
    expect(codes({ value: "many" })).toEqual(["value:INVALID_VALUE"]);
    expect(codes({ value: "1,300" })).toEqual(["value:NUMBER_NOT_IN_WORDING"]);
    expect(codes({ stated: "August 2019" })).toEqual(["stated:INVALID_DATE"]);
    expect(codes({ stated: "2020-03" })).toEqual(["stated:STATED_AFTER_SOURCE"]);
    expect(codes({ when: "2019/2018" })).toEqual(["when:PERIOD_INVERTED"]);
    expect(codes({ source_url: "ftp://x" })).toEqual(["source_url:INVALID_URL"]);
    const noDetails = {
      source_publisher: "",
      source_headline: "",
      source_url: "",
      source_published: "",
    };
    expect(codes({ source: "no-such-source", ...noDetails })).toEqual(["source:UNKNOWN_SOURCE"]);
    expect(codes({ kind: "statement" })).toEqual([
      "value:UNKNOWN_FIELD",
      "wording:UNKNOWN_FIELD",
      "what:UNKNOWN_FIELD",
    ]);
    expect(codes({ kind: "money", what: "tips", unit: "USD", per: "month" })).toEqual([
      "what:INVALID_VALUE",
    ]);
    expect(codes({ topic: "" })).toEqual(["topic:INVALID_VALUE"]);
  });

  it("says all of a row's problems at once, and every row's, whatever kind they are", () => {
    // An unreadable date, an empty claim and no quote, in one pass.
    expect(codes({ stated: "soon", claim: "", quote: "" }).sort()).toEqual([
      "claim:MISSING_FIELD",
      "quote:EMPTY_QUOTE",
      "stated:INVALID_DATE",
    ]);
    // A row of the wrong shape (a bad address) does not hide another row's figure missing from its quote.
    const result = packFromRows(
      [
        { line: 2, row: row({ ...goodRow, source_url: "not a web address" }) },
        {
          line: 3,
          row: row({
            ...goodRow,
            id: "class-2",
            source_url: "https://example.org/other",
            quote: "Many left.",
          }),
        },
      ],
      extendsBundled,
    );
    expect(result.ok ? [] : result.issues.map((i) => `${i.line}:${i.column}:${i.code}`)).toEqual([
      "2:source_url:INVALID_URL",
      "3:wording:WORDING_NOT_IN_QUOTE",
    ]);
  });

  it("reads dates with a part, periods, open periods and 'by' dates", () => {
    const when = (text: string) => {
      const result = one({ when: text });
      return result.ok ? result.pack.facts[0]?.when : undefined;
    };
    expect(when("")).toEqual({ kind: "point", at: { date: "2019-12" } });
    expect(when("late 2018")).toEqual({ kind: "point", at: { date: "2018", part: "late" } });
    expect(when("2017/2019-06")).toEqual({
      kind: "period",
      from: { date: "2017" },
      to: { date: "2019-06" },
    });
    expect(when("2017/")).toEqual({ kind: "period", from: { date: "2017" } });
    expect(when("by 2019-11-30")).toEqual({ kind: "by", at: { date: "2019-11-30" } });
  });
});

describe("reading CSV text", () => {
  it("takes a byte order mark, LF line ends and semicolons as spreadsheets save them", () => {
    const { csv } = packToCsv(parsed(examplePack()));
    const read = readCsv(csv);
    if (!read.ok) throw new Error(read.message);
    const field = (f: string) => (/[";\n]/.test(f) ? `"${f.replaceAll('"', '""')}"` : f);
    const semicolons = read.records.map((r) => r.fields.map(field).join(";")).join("\n");
    const result = parsePackCsv(`\uFEFF${semicolons}`, extendsBundled);
    expect(result.ok ? [] : result.issues.map((i) => i.message)).toEqual([]);
  });

  it("says which line a quoted field is never closed on, and which header columns are wrong", () => {
    const broken = parsePackCsv(`id,kind\r\n"handout,headcount\r\n`);
    expect(broken.ok || broken.issues[0]).toMatchObject({ line: 2, code: "INVALID_VALUE" });
    const header = parsePackCsv("id,kind,colour\r\n");
    expect(header.ok ? [] : header.issues.map((i) => i.code)).toEqual([
      "UNKNOWN_FIELD",
      "MISSING_FIELD",
    ]);
  });

  it("never throws, whatever the text", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        const result = parsePackCsv(`${PACK_CSV_COLUMNS.join(",")}\n${text}`, extendsBundled);
        expect(typeof result.ok).toBe("boolean");
      }),
      { seed: 5, numRuns: 300 },
    );
  });
});

describe("random valid packs", () => {
  it("round-trip through CSV: the facts come back, and the second CSV is the first", () => {
    fc.assert(
      fc.property(packArbitrary, (input) => {
        const pack = parsed(input);
        const first = packToCsv(pack);
        const back = parsePackCsv(first.csv, extendsBundled);
        expect(back.ok ? [] : back.issues.slice(0, 3)).toEqual([]);
        if (!back.ok) return;
        expect(back.pack.facts.map(({ claimant: _, references: __, ...f }) => f)).toEqual(
          pack.facts.map(({ claimant: _, references: __, ...f }) => f),
        );
        expect(packToCsv(back.pack).csv).toBe(first.csv);
      }),
      { seed: 7, numRuns: 60 },
    );
  });
});
