// @ts-check
// Every browser journey in one process, sharing one Chromium and one server (journey.mjs is loaded
// once): what `pnpm test` runs. Each file in journeys/ also runs alone:
// `node --test e2e/journeys/<name>.test.mjs`.
import { readdirSync } from "node:fs";
import { join } from "node:path";

const dir = join(import.meta.dirname, "journeys");
for (const file of readdirSync(dir)
  .filter((f) => f.endsWith(".test.mjs"))
  .sort())
  await import(join(dir, file));
