import { spawnSync } from "node:child_process";
import {
  chmodSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { examplePack } from "../example-pack.test-helpers.js";

const cli = join(import.meta.dirname, "main.ts");
const node = [process.execPath, "--conditions=@nklabor/source", "--import", "tsx", cli];
const run = (args: string[], input?: string) =>
  spawnSync(node[0] as string, [...node.slice(1), ...args], { encoding: "utf8", input });
const dir = mkdtempSync(join(tmpdir(), "nklabor-facts-cli-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, content: unknown) => {
  const path = join(dir, name);
  writeFileSync(path, typeof content === "string" ? content : JSON.stringify(content));
  return path;
};
const pack = (facts: unknown[]) => ({ version: 1, sources: [], actors: [], facts });

/** A failure: exit `status`, one line on standard error, no stack trace, nothing on standard output. */
function expectOneLine(result: ReturnType<typeof run>, status: number, pattern: RegExp) {
  expect(result.status, result.stderr).toBe(status);
  expect(result.stderr.trim().split("\n")).toHaveLength(1);
  expect(result.stderr).toMatch(/^nklabor-facts: /);
  expect(result.stderr.trim()).toMatch(pattern);
  expect(result.stderr).not.toMatch(/\n\s+at |node:internal|Error:/);
  expect(result.stdout).toBe("");
}

describe("nklabor-facts", () => {
  it("summarizes the fact base and explains its usage", () => {
    const summary = run(["summary"]);
    expect(summary.status).toBe(0);
    expect(summary.stdout).toMatch(/^nklabor fact base: North Korean laborers in Russia/);
    expect(run(["--help"]).stdout).toContain("nklabor-facts validate FILE");
  }, 30_000);

  it("validates a fact pack: a valid one, and a broken one with each problem on its own line", () => {
    const good = run(["validate", file("good.json", pack([]))]);
    expect(good.status).toBe(0);
    expect(good.stdout).toMatch(/good\.json: a valid fact pack with 0 facts/);

    const bad = run([
      "validate",
      file("bad.json", { ...pack([{ id: "f", kind: "statement" }]), "x\u001b[2J": 1 }),
    ]);
    expect(bad.status).toBe(1);
    expect(bad.stdout).toBe("");
    const [summary, ...issues] = bad.stderr.trim().split("\n");
    expect(summary).toMatch(/^nklabor-facts: .*bad\.json: \d+ problems in the fact pack$/);
    expect(issues.length).toBeGreaterThan(3);
    for (const line of issues) expect(line).toMatch(/^ {2}[\w.()]+: [A-Z_]+: /);
    expect(bad.stderr).toMatch(/facts\.0\.claim: MISSING_FIELD/);
    // an unknown field named with a terminal escape is printed as text, not sent to the terminal
    expect(bad.stderr).not.toContain("\u001b");
    expect(bad.stderr).toContain("x\\u001b[2J");
    expect(bad.stderr).not.toMatch(/\n\s+at /);
  }, 30_000);

  it("validates a fact sheet (CSV): each problem by line and column", () => {
    const fixture = (name: string) =>
      readFileSync(new URL(`../../test-fixtures/${name}`, import.meta.url), "utf8");
    const good = run(["validate", file("thirty.csv", fixture("thirty-facts.csv"))]);
    expect(good.stderr).toBe("");
    expect(good.stdout).toMatch(/thirty\.csv: a valid fact pack with 30 facts/);
    const bad = run(["validate", file("bad.csv", fixture("thirty-facts-three-bad.csv"))]);
    expect(bad.status).toBe(1);
    expect(bad.stderr.trim().split("\n")).toEqual([
      expect.stringMatching(/bad\.csv: 3 problems in the fact sheet$/),
      expect.stringMatching(/^ {2}line 4, wording: WORDING_NOT_IN_QUOTE: /),
      expect.stringMatching(/^ {2}line 9, claimant: MISSING_FIELD: /),
      expect.stringMatching(/^ {2}line 16, stated: STATED_AFTER_SOURCE: /),
    ]);
  }, 30_000);

  it("reads a pack from standard input, a byte-order mark and all", () => {
    const result = run(["validate", "-"], `\ufeff${JSON.stringify(pack([]))}`);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("a valid fact pack");
  }, 30_000);
});

describe("verify-quotes PACK DIR: an own pack's quotes against its saved articles", () => {
  // The example pack, its article saved as handout.txt.
  const own = examplePack();
  own.sources = own.sources.map((source) => ({ ...source, savedAs: "handout.txt" }));
  const saved = join(dir, "saved");
  mkdirSync(saved, { recursive: true });

  it("passes when every quote is in its saved text, white space folded", () => {
    writeFileSync(
      join(saved, "handout.txt"),
      "Late in December.\nAt least\u00a01,200   workers\nleft. They left by train.",
    );
    const result = run(["verify-quotes", file("own.json", own), saved]);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/2 quotes checked against .*saved: 0 mismatches/);
  }, 30_000);

  it("names the fact, the file and where the quote differs, and exits 1", () => {
    writeFileSync(join(saved, "handout.txt"), "At least 1,300 workers left. They left by train.");
    const result = run(["verify-quotes", file("own.json", own), saved]);
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(
      /MISMATCH handout-workers reference 0 \(class-handout\): Quote not in handout\.txt/,
    );
    expect(result.stdout).toMatch(/2 quotes checked .*: 1 mismatches/);
  }, 30_000);

  it("checks the pack first: an invalid pack's problems, one a line, and exit 1", () => {
    const broken = { ...own, facts: [{ ...own.facts[0], claimant: "nobody" }] };
    const result = run(["verify-quotes", file("broken.json", broken), saved]);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/broken\.json: 1 problem in the fact pack/);
    expect(result.stderr).toMatch(/facts\.0\.claimant: UNKNOWN_/);
    expect(result.stdout).toBe("");
  }, 30_000);
});

describe("every failure is one line and a non-zero exit, never a stack trace", () => {
  it("an unknown command, or one without its argument: exit 2", () => {
    expectOneLine(run(["frobnicate"]), 2, /unknown command "frobnicate".*--help/);
    expectOneLine(run(["validate"]), 2, /validate needs a fact pack file/);
    expectOneLine(run(["emit"]), 2, /emit needs an output folder/);
  }, 30_000);

  it("a missing file", () => {
    expectOneLine(
      run(["validate", join(dir, "nope.json")]),
      1,
      /cannot read .*nope\.json: no such file or folder \(ENOENT\)$/,
    );
    expectOneLine(
      run(["verify-quotes", join(dir, "no-such-folder")]),
      1,
      /cannot read .*no-such-folder: no such file or folder \(ENOENT\)$/,
    );
  }, 30_000);

  it("a folder where a file is expected, and a file where a folder is", () => {
    expectOneLine(run(["validate", dir]), 1, /cannot read .*: it is a folder \(EISDIR\)$/);
    const text = file("not-a-folder.txt", "x");
    expectOneLine(run(["verify-quotes", text]), 1, /cannot read .*not-a-folder\.txt: it is a file/);
    expectOneLine(run(["emit", text]), 1, /cannot write .*not-a-folder\.txt: it is a file/);
  }, 30_000);

  it("an output path that cannot be written", () => {
    const text = file("in-the-way.txt", "x");
    expectOneLine(
      run(["emit", join(text, "out")]),
      1,
      /cannot write .*in-the-way\.txt\/out: a part of the path is a file, not a folder \(ENOTDIR\)$/,
    );
    const out = join(dir, "out");
    mkdirSync(join(out, "facts.json"), { recursive: true });
    expectOneLine(run(["emit", out]), 1, /cannot write .*facts\.json: it is a folder \(EISDIR\)$/);
  }, 30_000);

  // (root may write anywhere: there the folder's permissions prove nothing)
  it.skipIf(process.getuid?.() === 0)(
    "a folder without write permission",
    () => {
      const locked = join(dir, "locked");
      mkdirSync(locked);
      chmodSync(locked, 0o500);
      try {
        expectOneLine(
          run(["emit", join(locked, "out")]),
          1,
          /cannot write .*: no permission \(EACCES\)$/,
        );
      } finally {
        chmodSync(locked, 0o700);
      }
    },
    30_000,
  );

  it.runIf(process.platform === "linux")(
    "a folder under /proc: an error, not the endless loop of mkdirSync's recursive option",
    () => {
      const result = spawnSync("timeout", ["20", ...node, "emit", "/proc/nklabor-facts/out"], {
        encoding: "utf8",
      });
      expectOneLine(result, 1, /cannot write \/proc\/nklabor-facts: .*\(ENOENT\)$/);
    },
    30_000,
  );

  it("a file that is not JSON", () => {
    expectOneLine(
      run(["validate", file("broken.json", "{ not json")]),
      1,
      /broken\.json is not valid JSON: /,
    );
  }, 30_000);

  it("emits into a new folder, its parents made as needed", () => {
    const out = join(dir, "new", "a", "b");
    const result = run(["emit", out]);
    expect(result.status, result.stderr).toBe(0);
    expect(readdirSync(out).sort()).toEqual(["facts.csv", "facts.json", "facts.schema.json"]);
  }, 30_000);

  it("piped into a reader that stops early (EPIPE): a quiet exit", () => {
    const command = node.map((a) => `"${a}"`).join(" ");
    for (const reader of ["true", "head -n 1"]) {
      const result = spawnSync(
        "bash",
        ["-c", `${command} summary | ${reader}; echo "exit \${PIPESTATUS[0]}" >&2`],
        { encoding: "utf8" },
      );
      expect(result.stderr.trim(), reader).toBe("exit 0");
    }
  }, 30_000);
});
