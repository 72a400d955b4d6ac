import { facts } from "@nklabor/facts";
import { describe, expect, it } from "vitest";

describe("test setup", () => {
  it("reads @nklabor/facts from its sources, not a build", () => {
    const park = facts.find((f) => f.id === "park-40-usd-per-day");
    expect(park?.claim.startsWith("Park, a North Korean construction worker")).toBe(true);
    expect(import.meta.resolve("@nklabor/facts")).toMatch(/packages\/facts\/src\/index\.ts$/);
  });
});
