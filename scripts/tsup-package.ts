import { defineConfig } from "tsup";

/**
 * The build every published package shares: the library as ESM + CJS with declarations
 * (index.js, index.cjs, index.d.ts, index.d.cts), and its CLI as one ESM file with a shebang.
 */
export default defineConfig([
  {
    entry: { index: "src/index.ts" },
    format: ["esm", "cjs"],
    dts: true,
    sourcemap: true,
    target: "es2022",
  },
  {
    // The CLI is ESM only; it is a bin, not an import.
    entry: { cli: "src/cli/main.ts" },
    format: ["esm"],
    platform: "node",
    target: "node20",
    banner: { js: "#!/usr/bin/env node" },
  },
]);
