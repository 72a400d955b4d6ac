// @ts-check
// The docs-coverage check (check-docs.mjs) on small packages made here: it names an undocumented
// export, an entry point without its package comment or example, and passes a documented one.
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, test } from "node:test";
import { undocumented } from "./check-docs.mjs";

const made = mkdtempSync(join(tmpdir(), "check-docs-"));
after(() => rmSync(made, { recursive: true, force: true }));

/**
 * A package with the given files (relative to it) and an entry point per subpath.
 * @param {string} name
 * @param {Record<string, string>} files
 * @param {Record<string, string>} [exports]
 */
function pkg(name, files, exports = { ".": "./src/index.ts" }) {
  const dir = join(made, name);
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(join(dir, file, ".."), { recursive: true });
    writeFileSync(join(dir, file), text);
  }
  const map = Object.fromEntries(
    Object.entries(exports).map(([sub, src]) => [
      sub,
      { "@nklabor/source": src, default: "./dist/x.js" },
    ]),
  );
  writeFileSync(
    join(dir, "package.json"),
    JSON.stringify({
      name,
      type: "module",
      exports: { ...map, "./data.json": "./dist/data.json" },
    }),
  );
  return dir;
}

const HEAD =
  '/**\n * A package.\n *\n * @example\n * ```ts\n * import { add } from "x";\n * ```\n *\n * @packageDocumentation\n */\n';

test("every export documented, the entry's package comment with an example: no gaps", () => {
  const dir = pkg("good", {
    "src/index.ts": `${HEAD}export { add, type Sum } from "./add.js";\n/** Ten. */\nexport const TEN = 10;\n`,
    "src/add.ts":
      "/** Adds two numbers. */\nexport function add(a: number, b: number): number {\n  return a + b;\n}\n/** A sum. */\nexport type Sum = number;\n",
  });
  assert.deepEqual(undocumented(dir), []);
});

test("an undocumented export is named with its file and line, re-exported or not", () => {
  const dir = pkg("bad", {
    "src/index.ts": `${HEAD}export { add, sub } from "./math.js";\n// a line comment is not a doc comment\nexport const TEN = 10;\n/** */\nexport type Empty = string;\n`,
    "src/math.ts":
      "/** Adds. */\nexport function add(a: number, b: number) {\n  return a + b;\n}\n\nexport function sub(a: number, b: number) {\n  return a - b;\n}\n",
  });
  const gaps = undocumented(dir).map((gap) => gap.replace(/^.*? \.: /, ""));
  assert.deepEqual(gaps.sort(), [
    "Empty has no doc comment (src/index.ts:15)",
    "TEN has no doc comment (src/index.ts:13)",
    "sub has no doc comment (src/math.ts:6)",
  ]);
});

test("an entry point without its package comment, or without an example in it, is named", () => {
  const dir = pkg(
    "entries",
    {
      "src/index.ts": "/** Adds. */\nexport const add = (a: number, b: number) => a + b;\n",
      "src/extra.ts":
        "/**\n * Extra things.\n *\n * @packageDocumentation\n */\n/** One. */\nexport const ONE = 1;\n",
    },
    { ".": "./src/index.ts", "./extra": "./src/extra.ts" },
  );
  const gaps = undocumented(dir).map((gap) => gap.replace(/^.*? (\.|\.\/extra): /, "$1: "));
  assert.deepEqual(gaps, [
    ".: no @packageDocumentation comment at the top of src/index.ts",
    "./extra: its @packageDocumentation comment has no @example",
  ]);
});

test("the command exits 1 and names the gap; 0 on a documented package", async () => {
  const { spawnSync } = await import("node:child_process");
  const script = join(import.meta.dirname, "check-docs.mjs");
  const bad = pkg("cli-bad", { "src/index.ts": `${HEAD}export const X = 1;\n` });
  const failed = spawnSync(process.execPath, [script, bad], { encoding: "utf8" });
  assert.equal(failed.status, 1);
  assert.match(failed.stderr, /X has no doc comment/);
  const good = pkg("cli-good", { "src/index.ts": `${HEAD}/** X. */\nexport const X = 1;\n` });
  const passed = spawnSync(process.execPath, [script, good], { encoding: "utf8" });
  assert.equal(passed.status, 0, passed.stderr);
});
