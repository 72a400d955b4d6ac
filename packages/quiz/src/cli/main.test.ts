import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
// The facts package's example pack (a test helper, not part of its API).
import { examplePack } from "../../../facts/src/example-pack.test-helpers.js";

const cli = join(import.meta.dirname, "main.ts");
const run = (args: string[], input?: string) =>
  spawnSync(process.execPath, ["--conditions=@nklabor/source", "--import", "tsx", cli, ...args], {
    encoding: "utf8",
    input,
  });
const dir = mkdtempSync(join(tmpdir(), "nklabor-cli-"));
const file = (name: string, content: unknown) => {
  const path = join(dir, name);
  writeFileSync(path, typeof content === "string" ? content : JSON.stringify(content));
  return path;
};

describe("nklabor-quiz", () => {
  it("generates a quiz as JSON, the same for the same seed", () => {
    const a = run([
      "generate",
      "--seed",
      "cli",
      "--count",
      "5",
      "--topics",
      "sanctions,worker-counts",
    ]);
    expect(a.status).toBe(0);
    const quiz = JSON.parse(a.stdout);
    expect(quiz.format).toBe("nklabor-quiz");
    expect(quiz.questions.length).toBe(5);
    expect(
      run(["generate", "--seed", "cli", "--count", "5", "--topics", "sanctions,worker-counts"])
        .stdout,
    ).toBe(a.stdout);
  }, 30_000);

  it("prints a text quiz with an answer key", () => {
    const result = run(["generate", "--seed", "cli", "--count", "3", "--format", "text"]);
    expect(result.stdout).toContain("Answer key");
    expect(result.stdout).toContain("Source: ");
  }, 30_000);

  it("validates specs and fact packs, naming each problem's path, exit 1 when invalid", () => {
    const good = run(["validate", file("good.json", { version: 1, seed: "x" })]);
    expect(good.status).toBe(0);
    const bad = run([
      "validate",
      file("bad.json", { version: 1, seed: "x", count: 0, difficulty: "brutal" }),
    ]);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain("count:");
    expect(bad.stderr).toContain("difficulty:");
    const pack = run([
      "validate",
      file("pack.json", {
        version: 1,
        sources: [],
        actors: [],
        facts: [{ id: "f", kind: "statement" }],
      }),
    ]);
    expect(pack.status).toBe(1);
    expect(pack.stderr).toMatch(/facts\.0\.\w+: MISSING_FIELD/);
    const broken = run(["validate", file("broken.json", "{ not json")]);
    expect(broken.status).toBe(1);
    expect(broken.stderr).toContain("not valid JSON");
  }, 30_000);

  it("encodes and decodes share codes, from a file, standard input or a whole link", () => {
    const code = run(
      ["share", "encode", "-"],
      JSON.stringify({ version: 1, seed: "link", count: 7 }),
    ).stdout.trim();
    expect(code).toMatch(/^1[A-Za-z0-9_-]+$/);
    const decoded = JSON.parse(run(["share", "decode", code]).stdout);
    expect(decoded).toMatchObject({ seed: "link", count: 7 });
    expect(
      JSON.parse(run(["share", "decode", `https://example.org/nklabor/#/play/${code}`]).stdout)
        .seed,
    ).toBe("link");
    const broken = run(["share", "decode", `${code.slice(0, 12)}`]);
    expect(broken.status).toBe(1);
    expect(broken.stderr).toContain("BAD_ENCODING");
  }, 30_000);

  it("exports a quiz for another tool, with warnings for what the format cannot hold", () => {
    const gift = run([
      "export",
      "--format",
      "gift",
      "--seed",
      "cli",
      "--count",
      "6",
      "--types",
      "timeline,true-false",
    ]);
    expect(gift.status).toBe(0);
    expect(gift.stdout).toMatch(/^\/\/ North Korean workers in Russia/);
    expect(gift.stdout).toContain("{TRUE");
    expect(gift.stderr).toContain("GIFT: ordering questions need Moodle 4.4 or later");
    const out = join(dir, "quiz.xml");
    const xml = run([
      "export",
      "--format",
      "moodle-xml",
      "--seed",
      "cli",
      "--count",
      "3",
      "--out",
      out,
    ]);
    expect(xml.stderr).toContain(`to ${out}`);
    expect(readFileSync(out, "utf8")).toMatch(/^<\?xml version="1.0"/);
    expect(run(["export", "--format", "pdf"]).status).toBe(2);
  }, 30_000);

  it("--lang: the same quiz in Korean or Russian, its answer key in that language too", () => {
    const args = ["generate", "--seed", "cli", "--count", "4"];
    const english = JSON.parse(run(args).stdout);
    for (const [lang, heading] of [
      ["ko", "정답"],
      ["ru", "Ответы"],
    ] as const) {
      const quiz = JSON.parse(run([...args, "--lang", lang]).stdout);
      expect(quiz.language).toBe(lang);
      expect(quiz.questions.map((q: { id: string }) => q.id)).toEqual(
        english.questions.map((q: { id: string }) => q.id),
      );
      const text = run([...args, "--lang", lang, "--format", "text"]).stdout;
      expect(text).toContain(heading);
      expect(text).not.toContain("Answer key");
    }
    const wrong = run([...args, "--lang", "fr"]);
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toContain('--lang is one of en, ko, ru, not "fr"');
  }, 60_000);

  it("explains its usage, exit 2 on a wrong call", () => {
    expect(run(["--help"]).stdout).toContain("nklabor-quiz generate");
    const wrong = run(["generate", "--colour", "red"]);
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toContain("unknown option --colour");
  }, 30_000);
});

describe("issue 9: every failure is one line and a non-zero exit, never a stack trace", () => {
  const oneLine = (result: ReturnType<typeof run>) => {
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  };

  it("a folder given as --out", () => {
    const result = run(["export", "--format", "gift", "--seed", "x", "--count", "2", "--out", dir]);
    oneLine(result);
    expect(result.stderr).toMatch(/cannot write .*it is a folder \(EISDIR\)/);
  });

  it("a file given as the schema folder", () => {
    const result = run(["schema", file("not-a-folder.txt", "x")]);
    oneLine(result);
    expect(result.stderr).toMatch(/^nklabor-quiz: cannot write/);
  });

  it.runIf(process.platform === "linux")(
    "a schema folder under /proc: one line, not the endless loop of mkdirSync's recursive option",
    () => {
      const result = spawnSync(
        "timeout",
        [
          "20",
          process.execPath,
          "--conditions=@nklabor/source",
          "--import",
          "tsx",
          cli,
          "schema",
          "/proc/nklabor-quiz/out",
        ],
        { encoding: "utf8" },
      );
      expect(result.status).toBe(1);
      oneLine(result);
      expect(result.stderr).toMatch(/cannot write \/proc\/nklabor-quiz: .*\(ENOENT\)/);
    },
    30_000,
  );

  it("piped into a reader that stops early (EPIPE): a quiet exit", () => {
    const result = spawnSync(
      "sh",
      [
        "-c",
        `"${process.execPath}" --conditions=@nklabor/source --import tsx "${cli}" generate --count 40 | head -c 10`,
      ],
      { encoding: "utf8" },
    );
    expect(result.status).toBe(0);
    expect(result.stderr).not.toMatch(/EPIPE|\n\s+at /);
  });
});

describe("generate --facts FILE: a teacher's or researcher's own fact pack", () => {
  const own = examplePack();

  it("joins the bundled facts: the quiz says it was made from both", () => {
    const plain = JSON.parse(run(["generate", "--seed", "own", "--count", "3"]).stdout);
    const result = run([
      "generate",
      "--seed",
      "own",
      "--count",
      "3",
      "--facts",
      file("own.json", own),
    ]);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    const quiz = JSON.parse(result.stdout);
    expect(quiz.questions).toHaveLength(3);
    expect(quiz.datasetVersion).not.toBe(plain.datasetVersion);
  }, 30_000);

  it("refuses a pack with a problem, naming it, with exit 1", () => {
    const broken = { ...own, facts: [{ ...own.facts[0], claimant: "nobody" }] };
    const result = run(["generate", "--facts", file("broken.json", broken)]);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/INVALID_SPEC/);
    expect(result.stderr).toMatch(/customFacts\.facts\.0\.claimant: UNKNOWN_/);
    expect(result.stdout).toBe("");
  }, 30_000);

  it("reads a fact sheet (CSV) as a pack, and names a bad row's problems by line and column", () => {
    const fixture = (name: string) =>
      readFileSync(new URL(`../../../facts/test-fixtures/${name}`, import.meta.url), "utf8");
    const good = run([
      "generate",
      "--count",
      "30",
      "--facts",
      file("thirty.csv", fixture("thirty-facts.csv")),
    ]);
    expect(good.stderr).toBe("");
    const quiz = JSON.parse(good.stdout);
    expect(
      quiz.questions.some((q: { factIds: string[] }) =>
        q.factIds.some((id) => id.startsWith("handout-")),
      ),
    ).toBe(true);
    const bad = run([
      "generate",
      "--facts",
      file("bad.csv", fixture("thirty-facts-three-bad.csv")),
    ]);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/INVALID_SPEC: .*bad\.csv: 3 problem\(s\) in the fact sheet/);
    expect(bad.stderr).toMatch(/line 4, wording: WORDING_NOT_IN_QUOTE: /);
    expect(bad.stdout).toBe("");
  }, 30_000);

  it("refuses --facts with a spec that brings its own facts: one or the other", () => {
    const spec = file("with-facts.json", { version: 1, seed: "x", customFacts: own });
    const result = run(["generate", "--spec", spec, "--facts", file("own.json", own)]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/--facts and a spec with its own customFacts/);
  }, 30_000);
});

describe("nklabor-quiz results summarize", () => {
  it("sums up a class's codes: each student, each question, and the lines not counted", async () => {
    const { encodeResult, resultOf } = await import("../results.js");
    const { generateQuiz } = await import("../generate.js");
    const { newSpec } = await import("../defaults.js");
    const { encodeSpec } = await import("../share.js");
    const spec = newSpec("cli-class", { count: 3, types: ["true-false"] });
    const quiz = generateQuiz(spec);
    const code = (name: string, right: boolean) =>
      encodeResult(
        resultOf(
          spec,
          quiz,
          Object.fromEntries(
            quiz.questions.map((q) => [
              q.id,
              {
                format: "true-false" as const,
                value: q.key.format === "true-false" && q.key.correct === right,
              },
            ]),
          ),
          { name },
        ),
      );
    const codes = file("codes.txt", [code("Ana", true), code("Ben", false), "R1broken"].join("\n"));
    const text = run(["results", "summarize", codes, "--quiz", encodeSpec(spec)]);
    expect(text.status, text.stderr).toBe(0);
    expect(text.stdout).toContain("2 student(s)");
    expect(text.stdout).toMatch(/line 1: Ana, 3 of 3/);
    expect(text.stdout).toMatch(/line 2: Ben, 0 of 3/);
    expect(text.stdout).toMatch(/1\. 50% right, 2 answered; (True|False) \(1\)/);
    expect(text.stdout).toMatch(/line 3: CORRUPT: BAD_ENCODING/);
    const csv = run(["results", "summarize", codes, "--format", "csv"]);
    expect(csv.stdout.split("\r\n")[1]).toMatch(/^Ana,/);
    const json = JSON.parse(
      run(["results", "summarize", "-", "--format", "json"], readFileSync(codes, "utf8")).stdout,
    );
    expect(json.format).toBe("nklabor-class-results");
    expect(json.students).toHaveLength(2);
    expect(run(["results", "tally", codes]).status).toBe(2);
  });
});
