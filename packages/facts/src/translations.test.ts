import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { actors, conflictGroups, facts } from "./bundled.js";
import { loadTranslations } from "./translations.js";

describe("loadTranslations", () => {
  it.each(["ko", "ru"] as const)(
    "gives the data's %s words for every fact, conflict and claimant, marked unreviewed",
    async (lang) => {
      const words = await loadTranslations(lang);
      expect(words.language).toBe(lang);
      expect(words.reviewed).toBe(false);
      expect(Object.keys(words.facts)).toHaveLength(facts.length);
      expect(Object.keys(words.conflicts)).toHaveLength(conflictGroups.length);
      expect(Object.keys(words.actors)).toHaveLength(actors.length);
    },
  );

  it("loads them on demand: nothing imports them but the loader, and it with import()", () => {
    const main = readFileSync(new URL("./index.ts", import.meta.url), "utf8");
    expect(main).not.toMatch(/translations-(ko|ru)/);
    const loader = readFileSync(new URL("./translations.ts", import.meta.url), "utf8");
    expect(loader).toMatch(/await import\("\.\/data\/translations-ko\.js"\)/);
    expect(loader).not.toMatch(/^import .*translations-(ko|ru)/m);
  });
});
