import { describe, expect, it } from "vitest";
import { actors, conflictGroups, facts } from "../bundled.js";
import { checkTranslatedText, checkTranslation } from "../translation.js";
import { KO, KO_ACTORS, KO_CONFLICTS } from "./translations-ko.js";
import { RU, RU_ACTORS, RU_CONFLICTS } from "./translations-ru.js";

const LANGS = [
  ["ko", KO, KO_CONFLICTS, KO_ACTORS],
  ["ru", RU, RU_CONFLICTS, RU_ACTORS],
] as const;
const ids = (items: readonly { id: string }[]) => items.map((item) => item.id).sort();

describe.each(LANGS)("the data's own words in %s", (lang, words, conflictWords, actorWords) => {
  it("cover every bundled fact, conflict and claimant, and nothing else", () => {
    expect(Object.keys(words).sort()).toEqual(ids(facts));
    expect(Object.keys(conflictWords).sort()).toEqual(ids(conflictGroups));
    expect(Object.keys(actorWords).sort()).toEqual(ids(actors));
  });

  it("keep every figure, hedge and quoted word of the facts, with no English left", () => {
    const issues = facts.flatMap((f) => {
      const w = words[f.id];
      return w
        ? checkTranslation(f, w, lang).map((i) => `${f.id} ${i.field} ${i.code}: ${i.message}`)
        : [];
    });
    expect(issues).toEqual([]);
  });

  it("keep every number and quoted word of the conflicts and the claimants", () => {
    const check = (id: string, field: string, english: string, text: string | undefined) =>
      text === undefined
        ? [`${id} ${field}: no ${lang} text`]
        : checkTranslatedText(english, text, lang).map(
            (i) => `${id} ${field} ${i.code}: ${i.message}`,
          );
    const issues = [
      ...conflictGroups.flatMap((c) =>
        (["title", "question", "note"] as const).flatMap((field) =>
          check(c.id, field, c[field], conflictWords[c.id]?.[field]),
        ),
      ),
      ...actors.flatMap((a) => [
        ...check(a.id, "name", a.name, actorWords[a.id]?.name),
        ...(a.role ? check(a.id, "role", a.role, actorWords[a.id]?.role) : []),
      ]),
    ];
    expect(issues).toEqual([]);
  });
});
