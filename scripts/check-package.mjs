#!/usr/bin/env node
// Lints a workspace package as it would be published: pnpm pack (which resolves `catalog:` and
// `workspace:` versions, as `pnpm publish` does), then publint --strict and attw on the tarball.
// Usage, from a package folder: node ../../scripts/check-package.mjs [attw args...]
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const dir = mkdtempSync(join(tmpdir(), "nklabor-pack-"));
const run = (cmd, args) => execFileSync(cmd, args, { stdio: "inherit" });
try {
  execFileSync("pnpm", ["pack", "--pack-destination", dir], { stdio: "ignore" });
  const tarball = join(
    dir,
    readdirSync(dir).find((f) => f.endsWith(".tgz")),
  );
  run("publint", ["--strict", tarball]);
  run("attw", [tarball, "--format", "table-flipped", ...process.argv.slice(2)]);
} catch (error) {
  if (typeof error.status !== "number") console.error(`check-package: ${error.message}`);
  process.exitCode = typeof error.status === "number" ? error.status : 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
