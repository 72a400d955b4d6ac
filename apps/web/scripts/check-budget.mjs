#!/usr/bin/env node
// JS budgets (gzip -9), from the build's manifest: the first load (the JS a browser must fetch
// before Home or Play of a ready quiz can show: the entry chunk and its static imports), and a
// teacher's link (the first load plus the engine chunk and its imports, fetched before the link's
// first question). Other lazy chunks are listed, not counted. Fails when either is over budget.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

const BUDGET_KB = 90;
/**
 * All JS before a teacher's link shows its first question. Today's size and a little room, so it
 * cannot grow unnoticed; issue 11 aims at 95 KB.
 */
const LINK_BUDGET_KB = 145;
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
// A teacher's link (#/play/CODE): the first load, then the engine that decodes the spec and makes
// the quiz, before its first question shows.
const ENGINE = "src/play/link.ts";
if (!manifest[ENGINE]) throw new Error(`no ${ENGINE} chunk in the manifest`);
const link = needs(ENGINE, new Set(first));
const linkKB = [...link].reduce((sum, file) => sum + gz(file), 0);
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
if (linkKB > LINK_BUDGET_KB) {
  console.error(`teacher's link over budget by ${(linkKB - LINK_BUDGET_KB).toFixed(1)} KB`);
  process.exitCode = 1;
}
