import { defineConfig } from "vitest/config";

// Tests read the workspace packages' TypeScript sources (the "@nklabor/source" export condition),
// never a stale dist/. Vitest externalizes dependencies by default, so they are inlined here.
export default defineConfig({
  resolve: { conditions: ["@nklabor/source"] },
  ssr: { resolve: { conditions: ["@nklabor/source"] } },
  test: {
    // Property tests run thousands of cases: on a slow, shared machine one can take several
    // seconds. Time is no pass mark here (benchmarks and budgets measure speed).
    testTimeout: 120_000,
    include: ["src/**/*.test.ts"],
    benchmark: { include: ["src/**/*.bench.ts"] },
    server: { deps: { inline: [/@nklabor\//] } },
    typecheck: { enabled: true, include: ["src/**/*.test-d.ts"], tsconfig: "./tsconfig.json" },
  },
});
