#!/usr/bin/env node
// JS budgets (gzip -9), from the build's manifest: the first load (the JS a browser must fetch
// before Home or Play of a ready quiz can show: the entry chunk and its static imports), and a
// teacher's link (the first load plus the link chunk, src/play/link.ts, and its imports, which the
// page's boot script fetches as it parses: all the JS before a link's first question, when its quiz
// is of the teacher's own questions). Other lazy chunks are listed, not counted. Fails when either
// is over budget.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

/**
 * The JS before Home or a ready quiz shows, in each language: the entry and that language's words
 * only. Issue 11's 77.5 KB and a little room made 78; issue 13 put the app's words in compiled
 * catalogs with a language switch: today 81.2 KB in English, 81.8 in Korean, 82.3 in Russian. See
 * the README's performance section.
 */
const BUDGET_KB = 83;
const LANG_BUDGET_KB = BUDGET_KB;
/** All JS before a teacher's link shows its first question: issue 11's 95 KB, issue 13's words (today 98.7 KB). */
const LINK_BUDGET_KB = 100;
/** A link whose quiz has generated questions also loads the engine and the facts (engine.ts; today 128.2 KB). */
const GENERATED_BUDGET_KB = 130;
const dist = join(import.meta.dirname, "..", "dist");
const manifest = JSON.parse(readFileSync(join(dist, ".vite", "manifest.json"), "utf8"));
const gz = (/** @type {string} */ file) =>
  gzipSync(readFileSync(join(dist, file)), { level: 9 }).length / 1024;

const entry = Object.entries(manifest).find(([, chunk]) => chunk.isEntry);
if (!entry) throw new Error("no entry chunk in the manifest");
/** The files a chunk needs before it runs: itself and its static imports, transitively. */
const needs = (/** @type {string} */ key, seen = new Set()) => {
  const chunk = manifest[key];
  if (!chunk || seen.has(chunk.file)) return seen;
  seen.add(chunk.file);
  for (const imported of chunk.imports ?? []) needs(imported, seen);
  return seen;
};
const first = needs(entry[0]);
// The app's words are a chunk of their own in every language (the boot script fetches the page's
// as the page parses); the English first load is the entry and the English words.
const ENGLISH_WORDS = "src/i18n/messages/compiled/en.ts";
if (!manifest[ENGLISH_WORDS]) throw new Error(`no ${ENGLISH_WORDS} chunk in the manifest`);
const shell = new Set(first);
needs(ENGLISH_WORDS, first);
// A teacher's link (#/play/CODE): the first load and the chunk that decodes the spec and makes a
// quiz of the teacher's own questions, before its first question shows.
const LINK = "src/play/link.ts";
if (!manifest[LINK]) throw new Error(`no ${LINK} chunk in the manifest`);
const link = needs(LINK, new Set(first));
const ENGINE = "src/play/engine.ts";
if (!manifest[ENGINE]) throw new Error(`no ${ENGINE} chunk in the manifest`);
const generated = needs(ENGINE, new Set(link));
const linkKB = [...link].reduce((sum, file) => sum + gz(file), 0);
const generatedKB = [...generated].reduce((sum, file) => sum + gz(file), 0);
const firstKB = [...first].reduce((sum, file) => sum + gz(file), 0);

console.log("JS sizes (gzip -9):");
for (const file of first)
  console.log(`  first load  ${gz(file).toFixed(1).padStart(6)} KB  ${file}`);
for (const chunk of Object.values(manifest)) {
  if (!first.has(chunk.file) && chunk.file.endsWith(".js")) {
    console.log(
      `  lazy        ${gz(chunk.file).toFixed(1).padStart(6)} KB  ${chunk.file} (${chunk.name ?? chunk.src ?? ""})`,
    );
  }
}
console.log(`first load for Home and Play: ${firstKB.toFixed(1)} KB of ${BUDGET_KB} KB`);
console.log(
  `teacher's link before its first question: ${linkKB.toFixed(1)} KB of ${LINK_BUDGET_KB} KB`,
);
if (firstKB > BUDGET_KB) {
  console.error(`first load over budget by ${(firstKB - BUDGET_KB).toFixed(1)} KB`);
  process.exitCode = 1;
}
console.log(
  `teacher's link with generated questions: ${generatedKB.toFixed(1)} KB of ${GENERATED_BUDGET_KB} KB`,
);
if (generatedKB > GENERATED_BUDGET_KB) {
  console.error(
    `a link with generated questions is over budget by ${(generatedKB - GENERATED_BUDGET_KB).toFixed(1)} KB`,
  );
  process.exitCode = 1;
}
// Korean and Russian: an English visitor downloads none of their catalogs (each catalog's ko and ru
// compiled modules are chunks of their own, loaded with import()); a Korean or Russian visitor's
// first load is the English one and the app's words in their language (src/i18n's catalog).
for (const lang of ["ko", "ru"]) {
  const theirs = Object.entries(manifest).filter(([key]) =>
    key.endsWith(`/messages/compiled/${lang}.ts`),
  );
  for (const [key, chunk] of theirs)
    if (first.has(chunk.file)) {
      console.error(`the first load carries ${key} (${chunk.file}): English visitors download it`);
      process.exitCode = 1;
    }
  const words = `src/i18n/messages/compiled/${lang}.ts`;
  if (!manifest[words]) throw new Error(`no ${words} chunk in the manifest`);
  // Their first load: the entry and their words, no English ones.
  const withWords = [...needs(words, new Set(shell))].reduce((sum, file) => sum + gz(file), 0);
  console.log(
    `first load in ${lang} (with its words): ${withWords.toFixed(1)} KB of ${LANG_BUDGET_KB} KB`,
  );
  if (withWords > LANG_BUDGET_KB) {
    console.error(
      `first load in ${lang} over budget by ${(withWords - LANG_BUDGET_KB).toFixed(1)} KB`,
    );
    process.exitCode = 1;
  }
}
if (linkKB > LINK_BUDGET_KB) {
  console.error(`teacher's link over budget by ${(linkKB - LINK_BUDGET_KB).toFixed(1)} KB`);
  process.exitCode = 1;
}
