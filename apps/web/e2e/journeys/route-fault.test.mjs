// @ts-check
import assert from "node:assert/strict";
import { test } from "node:test";
import { noViolations, open, siteUrl } from "../journey.mjs";

test("a page that fails shows a message inside the app; another page recovers without a reload", async () => {
  const { page, context } = await open(undefined);
  // The builder's code cannot be fetched (offline, or a new deploy in between): its page fails.
  await page.route(/BuildPage-[^/]*\.js$/, (route) => route.abort());
  await page.goto(`${siteUrl()}#/build`);
  await page.getByRole("heading", { name: "This page stopped working" }).waitFor();
  assert.ok(await page.getByRole("navigation", { name: "Main" }).isVisible());
  await noViolations(page, "a page that failed");
  let reloaded = false;
  page.on("load", () => {
    reloaded = true;
  });
  await page.getByRole("link", { name: "Facts" }).click();
  await page.getByRole("heading", { level: 1, name: "The facts" }).waitFor();
  assert.equal(reloaded, false, "recovered without a reload");
  await context.close();
});
