import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

describe("content is rendered as text only", () => {
  it("no dangerouslySetInnerHTML or innerHTML anywhere in the app's code (tests aside)", () => {
    const src = join(import.meta.dirname, "..");
    const files = readdirSync(src, { recursive: true, encoding: "utf8" }).filter(
      (f) => /\.(ts|tsx)$/.test(f) && !/\.test\.tsx?$/.test(f),
    );
    expect(files.length).toBeGreaterThan(30);
    for (const file of files) {
      expect(readFileSync(join(src, file), "utf8"), file).not.toMatch(
        /dangerouslySetInnerHTML|innerHTML\s*=/,
      );
    }
  });
});
