import { defineConfig } from "tsup";

/**
 * The build every published package shares: its library entries as ESM + CJS with declarations
 * (name.js, name.cjs, name.d.ts, name.d.cts), and its CLI as one ESM file with a shebang.
 */
export function packageBuild(entries: Record<string, string> = { index: "src/index.ts" }) {
  return defineConfig([
    {
      entry: entries,
      format: ["esm", "cjs"],
      dts: true,
      sourcemap: true,
      target: "es2022",
      // Korean and Russian as they are, not as \u escapes (three to six times the bytes).
      esbuildOptions: (options) => {
        options.charset = "utf8";
      },
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
}
