// @ts-check
import assert from "node:assert/strict";
import { test } from "node:test";
import { noViolations, open, shot } from "../journey.mjs";

test("the Build page: choices beside the live preview on a wide screen, one column on a phone", async () => {
  for (const width of [1280, 390]) {
    const { page, context, problems } = await open("#/build", { width });
    await page.getByRole("heading", { name: /Preview: 10 questions/ }).waitFor();
    const choices = await page.locator(".build-choices").boundingBox();
    const preview = await page.locator(".build-preview").boundingBox();
    assert.ok(choices && preview);
    if (width === 1280) {
      assert.ok(preview.x >= choices.x + choices.width, "the preview is beside the choices");
      assert.ok(Math.abs(preview.y - choices.y) < 40, "both start at the top");
      // A choice's effect shows without scrolling: the preview's heading stays in view.
      await page.getByLabel("Questions", { exact: true }).fill("4");
      const heading = page.getByRole("heading", { name: /Preview: 4 questions/ });
      await heading.waitFor();
      const box = await heading.boundingBox();
      assert.ok(box && box.y >= 0 && box.y < 900, "the preview's heading is on screen");
    } else {
      assert.ok(preview.y >= choices.y + choices.height, "one column: the preview below");
      const scroll = await page.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(scroll <= width, `no sideways scrolling (${scroll} px)`);
    }
    await noViolations(page, `build at ${width} px`);
    await shot(page, `build-${width}`, false);
    assert.deepEqual(problems, []);
    await context.close();
  }
});
