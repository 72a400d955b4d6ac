// @ts-check
// The workflow lint (lint-workflows.mjs): this project's workflows pass; a broken one is named.
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { lintWorkflow } from "./lint-workflows.mjs";

test("the project's workflows have no problems", async () => {
  const dir = join(import.meta.dirname, "..", ".github", "workflows");
  const files = readdirSync(dir).filter((f) => f.endsWith(".yml"));
  assert.deepEqual(files.sort(), ["ci.yml", "release.yml", "site.yml"]);
  for (const file of files)
    assert.deepEqual(await lintWorkflow(readFileSync(join(dir, file), "utf8"), file), [], file);
});

test("a workflow with a misspelt context and a job without steps is named line by line", async () => {
  const broken = [
    "name: broken",
    "on: push",
    "jobs:",
    "  a:",
    "    runs-on: ubuntu-latest",
    "    steps:",
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a workflow's expression, not a template
    "      - run: echo ${{ github.evnt.name }}",
    "  b:",
    "    runs-on: ubuntu-latest",
    "",
  ].join("\n");
  const problems = await lintWorkflow(broken, "broken.yml");
  assert.ok(
    problems.some((p) => /^broken\.yml:7:.*"evnt"/.test(p)),
    problems.join("\n"),
  );
  assert.ok(
    problems.some((p) => /^broken\.yml:8:.*steps/.test(p)),
    problems.join("\n"),
  );
});
