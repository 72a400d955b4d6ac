#!/usr/bin/env node
// Lints a workspace package as it would be published: pnpm pack (which resolves `catalog:` and
// `workspace:` versions, as `pnpm publish` does), then publint --strict and attw on the tarball.
// Then it loads each code entry point as a user would, with require() and with import: attw reads
// types only, and a CJS build that throws when required passed it once.
// Usage, from a package folder: node ../../scripts/check-package.mjs [attw args...]
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
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
  const { name, exports } = JSON.parse(readFileSync("package.json", "utf8"));
  for (const [entry, target] of Object.entries(exports)) {
    if (typeof target !== "object") continue;
    const specifier = entry === "." ? name : `${name}/${entry.slice(2)}`;
    // From the package folder, Node resolves the package's own name through its exports.
    execFileSync("node", ["-e", `require(${JSON.stringify(specifier)})`], { stdio: "inherit" });
    execFileSync(
      "node",
      ["--input-type=module", "-e", `await import(${JSON.stringify(specifier)})`],
      {
        stdio: "inherit",
      },
    );
  }
  console.log(`check-package: ${name}'s entry points load with require() and import`);
} catch (error) {
  if (typeof error.status !== "number") console.error(`check-package: ${error.message}`);
  process.exitCode = typeof error.status === "number" ? error.status : 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
