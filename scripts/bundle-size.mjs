#!/usr/bin/env node
// Bundles what a browser app would import, minified, and checks each gzip size against its budget.
// The budgets live in a JSON file beside the package: [{ "name", "code", "maxGzipKB" }], where
// `code` is the module an app would write (e.g. `export { generateQuiz } from "@nklabor/quiz"`).
// Counted: what loads before the code runs. What the library loads with import() only when it is
// needed (the bundled facts, for a spec with facts of its own) is left out, as a browser does not
// fetch it before then.
// Usage, from a package folder: bundle-size.mjs size-budgets.json   (exit 1 when over budget)
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

/** An esbuild plugin: every import() stays out of the bundle (a request made later, if ever). */
const lazyImportsLeftOut = {
  name: "lazy-imports-left-out",
  setup(build) {
    build.onResolve({ filter: /.*/ }, (args) =>
      args.kind === "dynamic-import" ? { path: args.path, external: true } : undefined,
    );
  },
};

const budgets = JSON.parse(readFileSync(resolve(process.argv[2] ?? "size-budgets.json"), "utf8"));
let over = 0;
console.log("bundle sizes (minified, gzip -9):");
for (const { name, code, maxGzipKB } of budgets) {
  const result = await build({
    stdin: { contents: code, resolveDir: process.cwd(), loader: "ts" },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    conditions: ["@nklabor/source"],
    write: false,
    logLevel: "error",
    plugins: [lazyImportsLeftOut],
  });
  const bytes = result.outputFiles[0].contents;
  const gzip = gzipSync(bytes, { level: 9 }).length / 1024;
  const ok = gzip <= maxGzipKB;
  if (!ok) over++;
  console.log(
    `  ${ok ? "ok  " : "OVER"} ${name}: ${gzip.toFixed(1)} KB gzip (${(bytes.length / 1024).toFixed(1)} KB min), budget ${maxGzipKB} KB`,
  );
}
if (over > 0) {
  console.error(`${over} bundle(s) over budget`);
  process.exitCode = 1;
}
