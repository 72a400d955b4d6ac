import { defineConfig } from "vitest/config";

// Unit tests of the app's pure modules (router, play rules, storage with corrupt data) and its
// error boundary, on the workspace packages' TypeScript sources. Browser journeys: e2e/.
export default defineConfig({
  resolve: { conditions: ["@nklabor/source"] },
  ssr: { resolve: { conditions: ["@nklabor/source"] } },
  test: {
    include: ["src/**/*.test.ts", "src/**/*.test.tsx"],
    server: { deps: { inline: [/@nklabor\//] } },
  },
});
