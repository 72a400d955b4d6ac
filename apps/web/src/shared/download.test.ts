import { describe, expect, it } from "vitest";
import { safeFilename } from "./download.js";

describe("file names", () => {
  it("keep the title, lose what no system takes", () => {
    expect(safeFilename("Year 9: sanctions.nklabor-spec.json")).toBe(
      "Year 9 sanctions.nklabor-spec.json",
    );
    expect(safeFilename("a/b\\c")).toBe("a b c");
    expect(safeFilename("..")).toBe("quiz");
    expect(safeFilename("\u0000\u0007")).toBe("quiz");
    expect(safeFilename("x".repeat(500))).toHaveLength(120);
  });
});
