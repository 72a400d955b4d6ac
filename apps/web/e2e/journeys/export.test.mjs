// @ts-check
import assert from "node:assert/strict";
import { test } from "node:test";
import { open } from "../journey.mjs";

test("export: the warnings show before download; the file downloads", async () => {
  const { page, context } = await open("#/build");
  await page.getByLabel("Export for").selectOption("kahoot");
  await page.getByText(/questions fit; left out:|Every question fits/).waitFor();
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download" }).click(),
  ]);
  assert.match(download.suggestedFilename(), /\.kahoot\.xlsx$/);
  await context.close();
});
