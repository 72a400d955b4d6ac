#!/usr/bin/env node
// First-load budget: the JS a browser must fetch before Home or Play (a ready quiz) can show, i.e.
// the entry chunk and everything it imports statically. Lazy chunks (Facts page, the quiz engine
// for share links) are listed but not counted. Fails when the first load is over budget.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

const BUDGET_KB = 90;
const dist = join(import.meta.dirname, "..", "dist");
const manifest = JSON.parse(readFileSync(join(dist, ".vite", "manifest.json"), "utf8"));
const gz = (/** @type {string} */ file) =>
  gzipSync(readFileSync(join(dist, file)), { level: 9 }).length / 1024;

const entry = Object.entries(manifest).find(([, chunk]) => chunk.isEntry);
if (!entry) throw new Error("no entry chunk in the manifest");
const first = new Set();
const walk = (/** @type {string} */ key) => {
  const chunk = manifest[key];
  if (!chunk || first.has(chunk.file)) return;
  first.add(chunk.file);
  for (const imported of chunk.imports ?? []) walk(imported);
};
walk(entry[0]);
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
if (firstKB > BUDGET_KB) {
  console.error(`over budget by ${(firstKB - BUDGET_KB).toFixed(1)} KB`);
  process.exitCode = 1;
}
