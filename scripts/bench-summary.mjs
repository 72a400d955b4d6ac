#!/usr/bin/env node
// Prints the medians of a `vitest bench --outputJson` file, and how cost grows between groups'
// sizes, so the README's targets can be read off directly. Usage: bench-summary.mjs FILE
import { readFileSync } from "node:fs";

const report = JSON.parse(readFileSync(process.argv[2], "utf8"));
const ms = (v) => (v < 1 ? v.toFixed(3) : v < 100 ? v.toFixed(2) : v.toFixed(0));
console.log("\nBenchmark medians (ms)");
for (const file of report.files) {
  for (const group of file.groups) {
    console.log(`\n${group.fullName.split(" > ").slice(1).join(" > ") || group.fullName}`);
    let previous;
    for (const b of group.benchmarks) {
      // Growth only between sizes ("1,000 facts", "10,000 facts"): other neighbours are unrelated.
      const sized = /^[\d,]+ /.test(b.name) && previous && /^[\d,]+ /.test(previous.name);
      const growth = sized ? `  (x${(b.median / previous.median).toFixed(1)} the previous)` : "";
      console.log(
        `  ${b.name}: median ${ms(b.median)} ms, mean ${ms(b.mean)} ms, ${b.sampleCount} samples${growth}`,
      );
      previous = b;
    }
  }
}
