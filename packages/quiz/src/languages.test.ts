import { readFileSync } from "node:fs";
import {
  formatDatePoint,
  HEDGE_GLOSSARY,
  hedgedText,
  localNumber,
  NAME_GLOSSARY,
  PART_GLOSSARY,
  PartialDate,
  UNIT_GLOSSARY,
  unitText,
} from "@nklabor/facts";
import { describe, expect, it } from "vitest";
import { formatNumber as formatEnglish } from "./context.js";

const formatNumber = (value: number, lang: "en" | "ko" | "ru" = "en") =>
  lang === "en" ? formatEnglish(value) : localNumber(value, lang);

// The expected words are the and a native writer's, never the code's own output.
/** Russian groups digits with a no-break space: "37 000". */
const ru = (s: string) => s.replace(/(\d) (\d)/g, "$1\u00a0$2");
const date = (d: string, part?: "early" | "mid" | "late") => ({
  date: PartialDate.parse(d),
  ...(part ? { part } : {}),
});

describe("figures in Korean and Russian", () => {
  it("Korean counts in 만 and 억: 37,000 is 3만 7천, an estimated 50,000 people 약 5만 명", () => {
    expect(formatNumber(37_000, "ko")).toBe("3만 7천");
    expect(formatNumber(12_000, "ko")).toBe("1만 2천");
    expect(formatNumber(500_000_000, "ko")).toBe("5억");
    expect(formatNumber(3_500, "ko")).toBe("3,500");
    expect(
      hedgedText("approx", unitText(50_000, formatNumber(50_000, "ko"), "people", "ko"), "ko"),
    ).toBe("약 5만 명");
  });

  it("Russian takes the plural form its numeral gives: 1 человек, 2 человека, 5 человек", () => {
    const people = (n: number) => unitText(n, formatNumber(n, "ru"), "people", "ru");
    expect([1, 2, 5, 21, 22, 11].map(people)).toEqual([
      "1 человек",
      "2 человека",
      "5 человек",
      "21 человек",
      "22 человека",
      "11 человек",
    ]);
    const permits = (n: number) => unitText(n, formatNumber(n, "ru"), "work permits", "ru");
    expect([1, 3, 12].map(permits)).toEqual([
      "1 разрешение на работу",
      "3 разрешения на работу",
      "12 разрешений на работу",
    ]);
    expect(people(37_000)).toBe(ru("37 000 человек"));
    expect(formatNumber(500_000_000, "ru")).toBe("500 млн");
  });

  it("writes US dollars as each language does", () => {
    expect(unitText(760, formatNumber(760), "USD", "en")).toBe("US$760");
    expect(unitText(760, formatNumber(760, "ko"), "USD", "ko")).toBe("미화 760달러");
    expect(unitText(5e8, formatNumber(5e8, "ko"), "USD", "ko")).toBe("미화 5억 달러");
    expect(unitText(3500, formatNumber(3500, "ko"), "people", "ko")).toBe("3,500명");
    expect(unitText(760, formatNumber(760, "ru"), "USD", "ru")).toBe("760 долларов США");
    expect(unitText(2, formatNumber(2, "ru"), "USD", "ru")).toBe("2 доллара США");
  });

  it("keeps each hedge's force: one agreed rendering a language, never an exact figure", () => {
    expect(hedgedText("atMost", formatNumber(37_000, "ru"), "ru")).toBe(ru("максимум 37 000"));
    expect(hedgedText("atLeast", "1,200", "ko")).toBe("최소 1,200");
    for (const lang of ["en", "ko", "ru"] as const)
      for (const hedge of ["approx", "atLeast", "atMost", "possible"] as const) {
        expect(hedgedText(hedge, "X", lang)).not.toBe("X");
        expect(HEDGE_GLOSSARY[lang][hedge].means).not.toBe("");
      }
  });
});

describe("dates in Korean and Russian", () => {
  it("as each language writes a date on its own, the part of the year by the glossary", () => {
    expect(formatDatePoint(date("2019-08"), "ko")).toBe("2019년 8월");
    expect(formatDatePoint(date("2019-08-31"), "ko")).toBe("2019년 8월 31일");
    expect(formatDatePoint(date("2020", "late"), "ko")).toBe("2020년 말");
    expect(formatDatePoint(date("2019-08"), "ru")).toBe("август 2019 г.");
    expect(formatDatePoint(date("2018-02-07"), "ru")).toBe("7 февраля 2018 г.");
    expect(formatDatePoint(date("2019"), "ru")).toBe("2019 г.");
    expect(formatDatePoint(date("2020", "late"), "ru")).toBe("конец 2020 г.");
    expect(formatDatePoint(date("2017-12", "early"), "ru")).toBe("начало декабря 2017 г.");
    // English as before.
    expect(formatDatePoint(date("2017", "mid"))).toBe("mid-2017");
    expect(formatDatePoint(date("2020", "late"))).toBe("late 2020");
  });
});

describe("the glossary in the repo", () => {
  const doc = readFileSync(new URL("../../../docs/glossary.md", import.meta.url), "utf8");
  it("lists every rendering the code uses, so reviewers read what students see", () => {
    const all = [
      ...Object.values(HEDGE_GLOSSARY).flatMap((h) =>
        Object.values(h).flatMap((r) => [r.pattern, r.means]),
      ),
      ...Object.values(PART_GLOSSARY).flatMap((p) => Object.values(p)),
      ...Object.values(UNIT_GLOSSARY).flatMap((u) =>
        Object.values(u).flatMap((forms) => Object.values(forms)),
      ),
      ...Object.entries(NAME_GLOSSARY).flatMap(([en, names]) => [en, names.ko, names.ru]),
    ].filter((text) => text !== "" && text !== "{figure}");
    const missing = all.filter(
      (text) => !doc.includes(`\`${text}\``) && !doc.includes(`| ${text} |`),
    );
    expect(missing).toEqual([]);
  });
});
