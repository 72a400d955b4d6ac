import { describe, expect, it } from "vitest";
import { facts } from "../bundled.js";
import { checkTranslation } from "../translation.js";
import { KO } from "./translations-ko.js";
import { RU } from "./translations-ru.js";

describe.each([["ko", KO] as const, ["ru", RU] as const])(
  "the facts' own words in %s",
  (lang, words) => {
    it("cover every bundled fact, and nothing else", () => {
      expect(Object.keys(words).sort()).toEqual(facts.map((f) => f.id as string).sort());
    });

    it("keep every figure, hedge and quoted word, with no English left", () => {
      const issues = facts.flatMap((f) => {
        const w = words[f.id];
        return w
          ? checkTranslation(f, w, lang).map((i) => `${f.id} ${i.field} ${i.code}: ${i.message}`)
          : [];
      });
      expect(issues).toEqual([]);
    });
  },
);
