// @ts-check
import assert from "node:assert/strict";
import { test } from "node:test";
import { noViolations, open, shot, text } from "../journey.mjs";

test("search and filter the facts; the disagreements shown side by side", async () => {
  const { page, context, problems } = await open("#/facts");
  await page.getByRole("heading", { name: "The facts" }).waitFor();
  const count = page.locator(".count");
  assert.match(await text(count), /^64 facts/);
  await page.getByLabel("Topic").selectOption("worker-counts");
  assert.match(await text(count), /^10 facts/);
  await page.getByLabel("Search").fill("Matsegora");
  await page.waitForFunction(() =>
    /^[1-9] fact/.test(document.querySelector(".count")?.textContent ?? ""),
  );
  for (const text of await page.locator(".facts .claim").allTextContents())
    assert.match(text, /Matsegora/);
  assert.ok(
    await page.getByRole("img", { name: /How many North Korean workers/ }).isVisible(),
    "the estimates chart",
  );
  await noViolations(page, "facts page");
  await shot(page, "facts-1280");
  assert.deepEqual(problems, []);
  await context.close();
});
