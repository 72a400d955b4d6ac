import { readFileSync } from "node:fs";
import { newSpec, type QuizSpec } from "@nklabor/quiz";
import { describe, expect, it } from "vitest";
import { messages as w } from "./messages/compiled/en.js";
import {
  addPackCsvFile,
  addPackFile,
  isCsvFile,
  MAX_FILE_BYTES,
  readSpecFile,
} from "./open-file.js";

const read = (content: string, name = "quiz.json") =>
  readSpecFile(w, name, content.length, content);

describe("opening a quiz file", () => {
  it("a spec opens", () => {
    const spec = newSpec("file-1", { title: "From a colleague" });
    expect(read(JSON.stringify(spec))).toEqual({ ok: true, spec });
  });

  it("not JSON says so, with the parser's reason", () => {
    const opened = read("{ not json");
    expect(opened.ok).toBe(false);
    if (!opened.ok) expect(opened.lines[0]).toMatch(/^quiz\.json is not a JSON file: /);
  });

  it("JSON that is no spec names each field that is wrong, never 'not JSON'", () => {
    for (const content of [
      '{"version":1,"seed":"","count":0,"difficulty":"brutal"}',
      '{"version":{"toString":"x"}}',
      `${"[".repeat(5000)}${"]".repeat(5000)}`,
      "null",
      "42",
    ]) {
      const opened = read(content);
      expect(opened.ok).toBe(false);
      if (!opened.ok) {
        expect(opened.lines.length).toBeGreaterThan(0);
        for (const line of opened.lines) expect(line).not.toMatch(/not a JSON file/);
      }
    }
    const opened = read('{"version":1,"seed":"","count":0,"difficulty":"brutal"}');
    if (!opened.ok)
      expect(opened.lines.map((l) => l.split(":")[0])).toEqual(["seed", "count", "difficulty"]);
  });

  it("a file too large to be a quiz is not read", () => {
    const opened = readSpecFile(w, "huge.json", MAX_FILE_BYTES + 1, "{}");
    expect(opened).toEqual({ ok: false, lines: ["huge.json is 2.0 MB: too large to be a quiz."] });
  });
});

/** A fact pack of one source, one claimant and the given facts (ids `f-<n>`). */
function packOf(...ns: number[]) {
  return {
    version: 1,
    sources: [
      {
        id: `daily-${ns[0]}`,
        kind: "news",
        publisher: "Example Daily",
        headline: "Workers leave",
        published: "2019-12",
        url: "https://example.org/workers",
      },
    ],
    actors: [{ id: `example-daily-${ns[0]}`, kind: "media", name: "Example Daily" }],
    facts: ns.map((n) => ({
      id: `f-${n}`,
      kind: "statement",
      topic: "enforcement",
      claim: `Example Daily said the workers left by train (${n}).`,
      claimant: `example-daily-${ns[0]}`,
      stated: { date: "2019-12" },
      when: { kind: "point", at: { date: "2019-12" } },
      appliesTo: "Russia",
      references: [{ source: `daily-${ns[0]}`, quote: "They left by train." }],
      rank: { level: "normal" },
    })),
  };
}

describe("adding a fact pack file to the draft's own facts", () => {
  const add = (spec: ReturnType<typeof newSpec>, content: unknown, name = "pack.json") => {
    const text = typeof content === "string" ? content : JSON.stringify(content);
    return addPackFile(w, spec, name, text.length, text);
  };

  it("a valid pack becomes the draft's own facts; a second joins the first", () => {
    const first = add(newSpec("pack-1"), packOf(1, 2));
    expect(first.ok).toBe(true);
    if (!first.ok) return;
    expect(first.spec.customFacts?.facts.map((f) => f.id)).toEqual(["f-1", "f-2"]);
    const second = add(first.spec, packOf(3));
    expect(second.ok).toBe(true);
    if (second.ok)
      expect(second.spec.customFacts?.facts.map((f) => f.id)).toEqual(["f-1", "f-2", "f-3"]);
  });

  it("a pack with a problem adds nothing and names each problem with its path", () => {
    const broken = packOf(1);
    broken.facts[0] = { ...(broken.facts[0] as (typeof broken.facts)[0]), claimant: "nobody" };
    const result = add(newSpec("pack-2"), broken);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.lines.join("\n")).toMatch(
        /^facts\.0\.claimant: UNKNOWN_[A-Z_]+: (?!facts\.0)/m,
      );
  });

  it("an id the draft already has is a problem, not an overwrite", () => {
    const first = add(newSpec("pack-3"), packOf(1));
    if (!first.ok) throw new Error("a valid pack");
    const again = add(first.spec, packOf(1));
    expect(again.ok).toBe(false);
  });

  it("not JSON, or too large, says so", () => {
    const notJson = add(newSpec("pack-4"), "{ nope");
    expect(notJson.ok).toBe(false);
    if (!notJson.ok) expect(notJson.lines[0]).toMatch(/^pack\.json is not a JSON file: /);
    const big = addPackFile(w, newSpec("pack-5"), "big.json", MAX_FILE_BYTES + 1, "{}");
    expect(big.ok).toBe(false);
    if (!big.ok) expect(big.lines[0]).toMatch(/too large to be a fact pack/);
  });
});

describe("adding a fact sheet (CSV) to the draft's own facts", () => {
  const fixture = (name: string) =>
    readFileSync(
      new URL(`../../../../packages/facts/test-fixtures/${name}`, import.meta.url),
      "utf8",
    );
  const add = (spec: QuizSpec, text: string, name = "facts.csv") =>
    addPackCsvFile(w, spec, name, text.length, text);

  it("is told from a JSON pack by its name, else by its first character", () => {
    expect(isCsvFile("facts.CSV", "{")).toBe(true);
    expect(isCsvFile("facts.json", "id,kind")).toBe(false);
    expect(isCsvFile("facts", "\uFEFF  {")).toBe(false);
    expect(isCsvFile("facts", "id,kind")).toBe(true);
  });

  it("a valid sheet adds all its facts to the draft's", () => {
    const result = add(newSpec("csv-1"), fixture("thirty-facts.csv"));
    expect(result.ok && result.added).toBe(30);
    expect(result.ok && result.spec.customFacts?.facts).toHaveLength(30);
  });

  it("a sheet with bad rows adds nothing, says each by line and column, and offers the rest", () => {
    const spec = newSpec("csv-2");
    const result = add(spec, fixture("thirty-facts-three-bad.csv"));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.lines.map((l) => l.split(":")[0])).toEqual([
      "Line 4, wording",
      "Line 9, claimant",
      "Line 16, stated",
    ]);
    expect(result.valid?.added).toBe(27);
    expect(result.valid?.spec.customFacts?.facts).toHaveLength(27);
  });

  it("too large is not read", () => {
    const big = addPackCsvFile(w, newSpec("csv-3"), "big.csv", MAX_FILE_BYTES + 1, "id");
    expect(big.ok || big.lines[0]).toMatch(/too large to be a fact sheet/);
  });
});
