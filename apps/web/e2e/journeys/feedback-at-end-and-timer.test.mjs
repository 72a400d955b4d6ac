// @ts-check
import assert from "node:assert/strict";
import { test } from "node:test";
import { encodeSpec, newSpec } from "@nklabor/quiz";
import { noViolations, open, start } from "../journey.mjs";

test("feedback at the end and a timer, as the spec says", async () => {
  const spec = newSpec("timed", {
    count: 2,
    types: ["true-false"],
    feedback: "end",
    timerSeconds: 5,
  });
  const { page, context } = await open(`#/play/${encodeSpec(spec)}`);
  await start(page);
  await page.getByRole("timer").waitFor();
  await page.keyboard.press("1");
  await page.keyboard.press("Enter");
  assert.equal(
    await page.getByRole("region", { name: "Feedback" }).count(),
    0,
    "no feedback before the end",
  );
  await page.getByRole("heading", { name: /Question 2 of 2/ }).waitFor();
  await page.getByText("Time's up").first().waitFor({ timeout: 8000 });
  await noViolations(page, "time up");
  await page.keyboard.press("Enter");
  await page.getByRole("heading", { level: 1, name: /of 2/ }).waitFor();
  await context.close();
});
