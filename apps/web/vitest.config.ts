import { defineConfig } from "vitest/config";

// Unit tests of the app's pure modules (router, play rules, storage with corrupt data) and its
// error boundary, on the workspace packages' TypeScript sources. Browser journeys: e2e/.
export default defineConfig({
  resolve: { conditions: ["@nklabor/source"] },
  ssr: { resolve: { conditions: ["@nklabor/source"] } },
  test: {
    // Property tests run thousands of cases: on a slow, shared machine one can take several
    // seconds. Time is no pass mark here (benchmarks and budgets measure speed).
    testTimeout: 120_000,
    include: ["src/**/*.test.ts", "src/**/*.test.tsx"],
    server: { deps: { inline: [/@nklabor\//] } },
  },
});
