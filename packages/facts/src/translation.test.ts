import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { actors, conflictGroups, fact, facts } from "./bundled.js";
import { checkTranslation, loadTranslations } from "./translation.js";

// The expected issues are a reader's: what a strict teacher would refuse in the translation.
const codes = (...args: Parameters<typeof checkTranslation>) =>
  checkTranslation(...args).map((i) => `${i.field}:${i.code}`);

describe("checkTranslation", () => {
  const matsegora = fact("matsegora-37000-at-a-time");
  const label = {
    ko: "2018년 2월 보도된 마체고라 대사의 추정치에 따른, 한 시점에 러시아에 있던 북한 노동자",
    ru: "Северокорейские рабочие в России в любой момент времени, по оценке посла Мацегоры (февраль 2018 г.)",
  };

  it("passes a faithful translation: the figure as the language writes it, the hedge by the glossary", () => {
    expect(
      codes(
        matsegora,
        {
          claim:
            "모스크바 타임스가 2018년 2월 7일 보도한 바에 따르면, 알렉산드르 마체고라 주북한 러시아 대사는 한때 최대 3만 7천 명의 북한 노동자가 러시아에 있었다고 추정했다.",
          label: label.ko,
          counted: "한 시점에 러시아에 있던 북한 노동자",
        },
        "ko",
      ),
    ).toEqual([]);
    expect(
      codes(
        matsegora,
        {
          claim:
            "По оценке посла России в КНДР Александра Мацегоры, о которой The Moscow Times сообщила 7 февраля 2018 г., в России одновременно находились максимум 37\u00a0000 северокорейских рабочих.",
          label: label.ru,
          counted: "северокорейские рабочие в России в любой момент времени",
        },
        "ru",
      ),
    ).toEqual([]);
  });

  it("refuses a dropped hedge, a changed figure, a missing label, English left behind", () => {
    expect(
      codes(
        matsegora,
        {
          claim:
            "2018년 2월 7일 보도에 따르면 마체고라 대사는 3만 7천 명의 북한 노동자가 러시아에 있었다고 추정했다.",
        },
        "ko",
      ),
    ).toEqual([
      "claim:TRANSLATION_HEDGE_MISSING",
      "label:TRANSLATION_INCOMPLETE",
      "counted:TRANSLATION_INCOMPLETE",
    ]);
    expect(
      codes(
        matsegora,
        {
          claim:
            "2018년 2월 7일 보도에 따르면 마체고라 대사는 최대 3만 명의 북한 노동자가 있었다고 추정했다.",
          label: label.ko,
          counted: "한 시점에 러시아에 있던 북한 노동자",
        },
        "ko",
      ),
    ).toEqual(["claim:TRANSLATION_FIGURE_MISSING"]);
    expect(
      codes(
        matsegora,
        {
          claim:
            "Мацегора estimated (7 февраля 2018 г.), что максимум 37 000 рабочих были в России.",
          label: label.ru,
          counted: "северокорейские рабочие в России в любой момент времени",
        },
        "ru",
      ),
    ).toEqual(["claim:TRANSLATION_UNTRANSLATED"]);
  });

  it("keeps a source's words in quotation marks as they are", () => {
    const slaveLike = fact("state-dept-slave-like-conditions");
    expect(
      codes(
        slaveLike,
        {
          claim:
            "2017년 중반 미 국무부 보고서는 러시아 내 북한 노동자의 처지를 “slave-like”라고 묘사했다.",
        },
        "ko",
      ),
    ).toEqual([]);
    expect(
      codes(
        slaveLike,
        {
          claim:
            "2017년 중반 미 국무부 보고서는 러시아 내 북한 노동자의 처지를 “노예 같은”이라고 묘사했다.",
        },
        "ko",
      ),
    ).toEqual(["claim:TRANSLATION_QUOTE_CHANGED"]);
  });
});

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
    const loader = readFileSync(new URL("./translation.ts", import.meta.url), "utf8");
    expect(loader).toMatch(/await import\("\.\/data\/translations-ko\.js"\)/);
    expect(loader).not.toMatch(/^import .*translations-(ko|ru)/m);
  });
});
