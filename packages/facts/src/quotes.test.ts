import { describe, expect, it } from "vitest";
import { bundledPack } from "./bundled.js";
import { checkQuotes } from "./quotes.js";

const pack = {
  sources: bundledPack.sources,
  facts: bundledPack.facts.filter((f) => f.id === "matsegora-37000-at-a-time"),
};
const article =
  "The Russian diplomat estimated that at\u00a0least 12,000 work permits were issued to\u00a0North Koreans every year, while as many as 37,000 laborers\u00a0were in Russia at a time.";

describe("checkQuotes", () => {
  it("matches a quote across non-breaking spaces and line breaks", () => {
    const report = checkQuotes(pack, () => article.replace("every year,", "every\nyear,"));
    expect(report).toEqual({ checked: 1, mismatches: [] });
  });

  it("names a changed quote and where it stops matching", () => {
    const report = checkQuotes(pack, () => article.replace("37,000", "38,000"));
    expect(report.mismatches).toHaveLength(1);
    const [m] = report.mismatches;
    expect(m?.problem).toBe("not-found");
    expect(m?.fact).toBe("matsegora-37000-at-a-time");
    expect(m?.matchedPrefix?.endsWith("as many as 3")).toBe(true);
    expect(m?.message).toContain("differs at");
  });

  it("tells a missing file from a missing quote", () => {
    const report = checkQuotes(pack, () => undefined);
    expect(report.mismatches.map((m) => [m.problem, m.file])).toEqual([
      ["missing-document", "004_15f7cc1a3a10e355.txt"],
    ]);
  });

  it("treats curly and straight quotes as different characters", () => {
    const curly = article.replace("The Russian", "“The Russian");
    expect(checkQuotes(pack, () => curly).mismatches).toEqual([]);
    const straightened = article.replace("at\u00a0least", "at  least").replace("37,000", "37,000");
    expect(checkQuotes(pack, () => straightened).mismatches).toEqual([]);
    const apostrophe = {
      sources: bundledPack.sources,
      facts: bundledPack.facts.filter((f) => f.id === "labor-ministry-rejected-permits"),
    };
    const text =
      "Russia's Labor Ministry had rejected all previous requests from local employers to give the North Korean citizens working permits last month.";
    expect(checkQuotes(apostrophe, () => text).mismatches).toHaveLength(1);
  });
});
