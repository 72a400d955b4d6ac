import { defineConfig } from "vitest/config";

// Tests read the workspace packages' TypeScript sources (the "@nklabor/source" export condition),
// never a stale dist/. Vitest externalizes dependencies by default, so they are inlined here.
export default defineConfig({
  resolve: { conditions: ["@nklabor/source"] },
  ssr: { resolve: { conditions: ["@nklabor/source"] } },
  test: {
    include: ["src/**/*.test.ts"],
    benchmark: { include: ["src/**/*.bench.ts"] },
    server: { deps: { inline: [/@nklabor\//] } },
    typecheck: { enabled: true, include: ["src/**/*.test-d.ts"], tsconfig: "./tsconfig.json" },
  },
});
