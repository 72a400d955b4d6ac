// @ts-check
import assert from "node:assert/strict";
import { test } from "node:test";
import { open, shot, start } from "../journey.mjs";

test("at 200% zoom (1280 px shown at 640 CSS px) a question still fits, with no sideways scrolling", async () => {
  const { page, context } = await open("#/play/ready/worker-counts", { width: 640, zoom: 2 });
  await start(page);
  await page.getByRole("heading", { level: 1 }).waitFor();
  assert.ok((await page.evaluate(() => document.documentElement.scrollWidth)) <= 640);
  await shot(page, "question-640-zoom-200");
  await context.close();
});
