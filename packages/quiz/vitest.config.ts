import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { conditions: ["@nklabor/source"] },
  test: {
    include: ["src/**/*.test.ts"],
    benchmark: { include: ["src/**/*.bench.ts"] },
    typecheck: { enabled: true, include: ["src/**/*.test-d.ts"], tsconfig: "./tsconfig.json" },
  },
});
