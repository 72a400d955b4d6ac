import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

/*
 * Every catalog of the app (each folder's messages/en.json and its translations): the same keys in
 * every language (`compile-messages.mjs --check` holds their arguments too), and no English left
 * in the Korean or Russian words.
 */

const src = join(import.meta.dirname, "..");
const dirs = readdirSync(src, { recursive: true, encoding: "utf8" })
  .filter((f) => /(^|[/\\])messages[/\\]en\.json$/.test(f))
  .map((f) => join(src, f, ".."));
const read = (dir: string, lang: string): Record<string, string> =>
  JSON.parse(readFileSync(join(dir, `${lang}.json`), "utf8"));

/**
 * Names and words a translation keeps in Latin letters: the app's and the tools' names, file
 * formats, the names the glossary lets a translation keep, the Enter key as keyboards label it, and
 * MB as Korean writes a file's size.
 */
const KEPT = [
  "The Moscow Times",
  "American Military News",
  "nklabor",
  "Moodle",
  "Canvas",
  "Kahoot",
  "Quizlet",
  "Blooket",
  "Gimkit",
  "QTI",
  "IMS",
  "GIFT",
  "XML",
  "TAB",
  "CSV",
  "JSON",
  "QR",
  "URL",
  "Reuters",
  "RFA",
  "FIFA",
  "US$",
  "Enter",
  "MB",
  // A file's kind, by its extension.
  "(.txt)",
  "(.xml)",
  "(.zip)",
  "(.xlsx)",
  "(.csv)",
  "(.json)",
];

/** A message's own words: its arguments, its select and plural syntax, and its case keys taken out. */
function wordsOf(message: string): string {
  return message
    .replace(/\{\s*\w+\s*(,\s*number\s*)?\}/g, " ")
    .replace(/\{\s*\w+\s*,\s*(select|plural|selectordinal)\s*,/g, " ")
    .replace(/(^|[\s}])(=?\w+)\s*\{/g, "$1 ")
    .replace(/[{}#]/g, " ");
}

/** The Latin words left in a translated message once the kept names are out. */
const latinIn = (message: string) => {
  let text = wordsOf(message);
  for (const name of KEPT) text = text.split(name).join(" ");
  return text.match(/[A-Za-z]{2,}/g) ?? [];
};

describe("the app's message catalogs", () => {
  it("are found: the app's, the labels', and each page's", () => {
    expect(dirs.length).toBeGreaterThanOrEqual(6);
  });

  it.each(dirs.map((d) => [d.slice(src.length + 1), d]))(
    "%s: Korean and Russian have every English key, and no other",
    (_, dir) => {
      const en = Object.keys(read(dir, "en")).sort();
      expect(en.length).toBeGreaterThan(0);
      for (const lang of ["ko", "ru"]) expect(Object.keys(read(dir, lang)).sort()).toEqual(en);
    },
  );

  it.each(dirs.map((d) => [d.slice(src.length + 1), d]))(
    "%s: no English words left in Korean or Russian, outside kept names",
    (_, dir) => {
      for (const lang of ["ko", "ru"]) {
        const left = Object.entries(read(dir, lang)).flatMap(([key, message]) =>
          latinIn(message).map((word) => `${lang} ${key}: ${word}`),
        );
        expect(left).toEqual([]);
      }
    },
  );

  it("the check itself finds English, and not in the syntax", () => {
    expect(latinIn("{n, plural, one {# вопрос} other {# вопроса}}")).toEqual([]);
    expect(latinIn("최대 {max, number}개")).toEqual([]);
    expect(latinIn("{id, select, mix {빠른 종합} other {{id}}}")).toEqual([]);
    expect(latinIn("Сохранить the quiz")).toEqual(["the", "quiz"]);
    expect(latinIn("{code, select, X {Not found} other {}}")).toEqual(["Not", "found"]);
    expect(latinIn("Экспорт в Moodle, CSV и JSON")).toEqual([]);
  });
});
