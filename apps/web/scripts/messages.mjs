#!/usr/bin/env node
// @ts-check
// Compiles every message catalog of the app (each src/**/messages folder: en.json, ko.json,
// ru.json) with the workspace's scripts/compile-messages.mjs; with --check, writes nothing and
// fails when a catalog is missing a key, has other arguments than English, or its compiled file
// is out of date. `pnpm messages` after editing a catalog; `pnpm test` checks.
import { execFileSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { dirname, join, relative } from "node:path";

const web = join(import.meta.dirname, "..");
const compile = join(web, "..", "..", "scripts", "compile-messages.mjs");
const dirs = readdirSync(join(web, "src"), { recursive: true, encoding: "utf8" })
  .filter((f) => /(^|[/\\])messages[/\\]en\.json$/.test(f))
  .map((f) => relative(web, dirname(join(web, "src", f))))
  .sort();
let failed = false;
for (const dir of dirs) {
  try {
    execFileSync(
      process.execPath,
      [compile, dir, "--pseudo", "--loader", ...process.argv.slice(2)],
      {
        cwd: web,
        stdio: "inherit",
      },
    );
  } catch {
    failed = true;
  }
}
if (failed) process.exit(1);
