import { newSpec } from "@nklabor/quiz";
import { describe, expect, it } from "vitest";
import { MAX_FILE_BYTES, readSpecFile } from "./open-file.js";

const read = (content: string, name = "quiz.json") => readSpecFile(name, content.length, content);

describe("opening a quiz file", () => {
  it("a spec opens", () => {
    const spec = newSpec("file-1", { title: "From a colleague" });
    expect(read(JSON.stringify(spec))).toEqual({ ok: true, spec });
  });

  it("not JSON says so, with the parser's reason", () => {
    const opened = read("{ not json");
    expect(opened.ok).toBe(false);
    if (!opened.ok) expect(opened.lines[0]).toMatch(/^quiz\.json is not a JSON file: /);
  });

  it("JSON that is no spec names each field that is wrong, never 'not JSON'", () => {
    for (const content of [
      '{"version":1,"seed":"","count":0,"difficulty":"brutal"}',
      '{"version":{"toString":"x"}}',
      `${"[".repeat(5000)}${"]".repeat(5000)}`,
      "null",
      "42",
    ]) {
      const opened = read(content);
      expect(opened.ok).toBe(false);
      if (!opened.ok) {
        expect(opened.lines.length).toBeGreaterThan(0);
        for (const line of opened.lines) expect(line).not.toMatch(/not a JSON file/);
      }
    }
    const opened = read('{"version":1,"seed":"","count":0,"difficulty":"brutal"}');
    if (!opened.ok)
      expect(opened.lines.map((l) => l.split(":")[0])).toEqual(["seed", "count", "difficulty"]);
  });

  it("a file too large to be a quiz is not read", () => {
    const opened = readSpecFile("huge.json", MAX_FILE_BYTES + 1, "{}");
    expect(opened).toEqual({ ok: false, lines: ["huge.json is 2.0 MB: too large to be a quiz."] });
  });
});
