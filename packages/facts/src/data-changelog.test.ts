import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { bundledPack } from "./bundled.js";
import { packVersion } from "./version.js";

/*
 * A teacher's share link is made again from the installed data, so every change to the bundled
 * data is recorded in DATA-CHANGELOG.md under the data's new content hash (docs/releasing.md).
 */
const changelog = readFileSync(join(import.meta.dirname, "..", "DATA-CHANGELOG.md"), "utf8");
const versions = [...changelog.matchAll(/^## ([0-9a-f]{14}) \((\d{4}-\d{2}-\d{2})\)$/gm)];

describe("the data changelog", () => {
  it("has the bundled data's version as its newest entry (a data change needs an entry)", () => {
    const current = packVersion(bundledPack);
    expect(
      versions[0]?.[1],
      `the bundled data is version ${current}: add "## ${current} (YYYY-MM-DD)" at the top of packages/facts/DATA-CHANGELOG.md, saying what changed`,
    ).toBe(current);
  });

  it("lists each version once, newest first, with what changed", () => {
    const hashes = versions.map((v) => v[1]);
    expect(new Set(hashes).size).toBe(hashes.length);
    const dates = versions.map((v) => v[2] ?? "");
    expect([...dates].sort().reverse()).toEqual(dates);
    for (const [i, version] of versions.entries()) {
      const end = versions[i + 1]?.index ?? changelog.length;
      const body = changelog.slice((version.index ?? 0) + version[0].length, end);
      expect(body, `${version[1]} says what changed`).toMatch(/^- \S/m);
    }
  });
});
