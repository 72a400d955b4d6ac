import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { conditions: ["@nklabor/source"] },
  test: {
    // Property tests run thousands of cases: on a slow, shared machine one can take several
    // seconds. Time is no pass mark here (benchmarks and budgets measure speed).
    testTimeout: 120_000,
    include: ["src/**/*.test.ts"],
    typecheck: { enabled: true, include: ["src/**/*.test-d.ts"], tsconfig: "./tsconfig.json" },
  },
});
