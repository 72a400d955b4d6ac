// @ts-check

import assert from "node:assert/strict";
import { test } from "node:test";
import { encodeSpec, generateQuiz, newSpec } from "@nklabor/quiz";
import { open, siteUrl } from "../journey.mjs";

/** Fills this origin's localStorage to the last character, as a long-used browser may be. */
const FILL = `(() => {
  let i = 0;
  for (const size of [262144, 16384, 1024, 64, 1]) {
    const chunk = "x".repeat(size);
    try { for (;;) localStorage.setItem("junk:" + i++, chunk); } catch {}
  }
})()`;

test("storage full: Build and Play say so where the user is, keep the work in memory, offer the file", async () => {
  const { page, context } = await open("#/build", { init: FILL });
  await page.getByRole("heading", { name: "Build a quiz" }).waitFor();
  await page.getByLabel("Quiz title").fill("Not saved anywhere");
  const alert = page.getByRole("alert").filter({ hasText: /not being saved.*storage is full/ });
  await alert.waitFor();
  await alert.getByRole("button", { name: "Save the quiz as a file" }).waitFor();
  assert.equal(await page.getByLabel("Quiz title").inputValue(), "Not saved anywhere");
  // A quiz played to the end: the score shows, from memory.
  const spec = newSpec("full-1", { count: 2, types: ["true-false"], feedback: "end" });
  const quiz = generateQuiz(spec);
  await page.goto(`${siteUrl()}#/play/${encodeSpec(spec)}`);
  await page.getByRole("button", { name: "Start" }).click();
  await page
    .getByRole("alert")
    .filter({ hasText: /answers are not being saved/ })
    .waitFor();
  for (const q of quiz.questions) {
    const right = q.key.format === "true-false" && q.key.correct;
    await page.getByRole("button", { name: right ? /True/ : /False/ }).click();
    await page.getByRole("button", { name: /Next question|Finish/ }).click();
  }
  await page.getByRole("heading", { level: 1, name: /2 of 2/ }).waitFor();
  await page.getByRole("button", { name: "Download your results" }).waitFor();
  await context.close();
});
