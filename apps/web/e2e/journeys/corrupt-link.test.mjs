// @ts-check
import assert from "node:assert/strict";
import { test } from "node:test";
import { noViolations, open, shot, text } from "../journey.mjs";

test("a corrupt or outdated share link lands on a clear error page", async () => {
  for (const [code, said] of /** @type {const} */ ([
    ["1AAAAbroken", /damaged/],
    ["9abc", /different version/],
    ["1abc%20def", /damaged/],
    // Malformed percent-escapes used to throw in the router and blank the app (issue 9, item 2).
    ["%%%", /damaged/],
    ["%E0%A4%A", /damaged/],
  ])) {
    const { page, context, problems } = await open(`#/play/${code}`);
    await page.getByRole("heading", { name: "This quiz link does not work" }).waitFor();
    assert.match(await text(page.locator(".error-page")), said);
    await page.getByRole("link", { name: "Go to the home page" }).waitFor();
    if (code === "%%%") {
      await noViolations(page, "error page");
      await shot(page, "error-link");
    }
    assert.deepEqual(problems, []);
    await context.close();
  }
});
