// @ts-check
import assert from "node:assert/strict";
import { test } from "node:test";
import { noViolations, open, shot } from "../journey.mjs";

test("home page: ready quizzes, no accessibility violations, light and dark, 320 px and 1280 px", async () => {
  for (const [width, colorScheme] of /** @type {const} */ ([
    [1280, "light"],
    [320, "dark"],
  ])) {
    const { page, context, problems } = await open("#/", { width, colorScheme });
    await page.getByRole("heading", { name: /sourced quiz/ }).waitFor();
    assert.equal(await page.locator(".card").count(), 6);
    await noViolations(page, `home ${width} ${colorScheme}`);
    assert.ok(
      (await page.evaluate(() => document.documentElement.scrollWidth)) <= width,
      "no sideways scrolling",
    );
    await shot(page, `home-${width}-${colorScheme}`);
    assert.deepEqual(problems, []);
    await context.close();
  }
});
