// @ts-check
import assert from "node:assert/strict";
import { test } from "node:test";
import { encodeSpec, parseSpec } from "@nklabor/quiz";
import { open } from "../journey.mjs";

/** The bench's quiz: ten of the teacher's own questions, no generated ones (no facts needed). */
const ownOnly = parseSpec({
  version: 1,
  seed: "early",
  count: 3,
  shuffle: false,
  customQuestions: ["a", "b", "c"].map((id, i) => ({
    id,
    format: "choice",
    prompt: `Question ${id}?`,
    options: ["One", "Two", "Three"],
    correct: i,
  })),
});

test("a link of the teacher's own questions opens on its first question and loads no facts", async () => {
  const { page, context, problems } = await open(`#/play/${encodeSpec(ownOnly)}/start`);
  // The first load's late fetches (the citations' formatter, once the question shows) are done
  // before counting the reload's.
  await page.getByText("Question a?").waitFor();
  await page.waitForLoadState("networkidle");
  /** @type {string[]} */
  const requests = [];
  page.on("request", (r) => requests.push(new URL(r.url()).pathname.split("/").pop() ?? ""));
  await page.reload();
  await page.getByRole("heading", { level: 1, name: /Question 1 of 3/ }).waitFor();
  await page.getByText("Question a?").waitFor();
  const scripts = requests.filter((r) => r.endsWith(".js"));
  assert.deepEqual(
    scripts.filter((r) => /^(bundled|generate|engine|BuildPage)-/.test(r)),
    [],
    `no facts nor generators before the first question: ${scripts.join(", ")}`,
  );
  assert.equal(new Set(requests).size, requests.length, `each file once: ${requests.join(", ")}`);
  assert.deepEqual(problems, []);
  await context.close();
});

test("a ready quiz's link fetches its questions once, early, and opens on the first", async () => {
  const { page, context, problems } = await open("#/play/ready/mix/start");
  /** @type {string[]} */
  const requests = [];
  page.on("request", (r) => requests.push(new URL(r.url()).pathname.split("/").pop() ?? ""));
  await page.reload();
  await page.getByRole("heading", { level: 1, name: /Question 1 of 10/ }).waitFor();
  assert.equal(requests.filter((r) => r === "mix.json").length, 1, requests.join(", "));
  assert.deepEqual(problems, []);
  await context.close();
});

test("a link that asks to start still resumes saved progress, and shows a finished quiz's start screen", async () => {
  const path = `#/play/${encodeSpec(ownOnly)}/start`;
  const { page, context, problems } = await open(path);
  await page.getByRole("heading", { level: 1, name: /Question 1 of 3/ }).waitFor();
  await page.getByRole("button", { name: /One/ }).first().click();
  await page.getByRole("button", { name: "Check answer" }).click();
  await page.getByRole("button", { name: "Next question" }).click();
  await page.getByRole("heading", { level: 1, name: /Question 2 of 3/ }).waitFor();
  await page.reload();
  await page.getByRole("heading", { level: 1, name: /Question 2 of 3/ }).waitFor();
  for (const n of [2, 3]) {
    await page.getByRole("heading", { level: 1, name: new RegExp(`Question ${n} of 3`) }).waitFor();
    await page.getByRole("button", { name: /Two/ }).first().click();
    await page.getByRole("button", { name: "Check answer" }).click();
    await page.getByRole("button", { name: n === 3 ? "See results" : "Next question" }).click();
  }
  await page.locator(".results h1").waitFor();
  await page.goto(new URL(path, page.url()).href);
  await page.getByRole("button", { name: "Start again" }).waitFor();
  assert.deepEqual(problems, []);
  await context.close();
});
