// @ts-check
import assert from "node:assert/strict";
import { test } from "node:test";
import { corruptions } from "../corruptions.mjs";
import { open, readyQuiz, siteUrl, text } from "../journey.mjs";

const PAGES = ["#/", "#/play/ready/mix", "#/results", "#/build", "#/facts"];

test("fuzz: every page with 20 kinds of corrupted storage shows content or a message, never an empty page", async () => {
  const kinds = corruptions("ready:mix", readyQuiz("mix").questions);
  assert.ok(kinds.length >= 20, `${kinds.length} kinds`);
  // One browser context (its own storage) a page, the five side by side.
  await Promise.all(
    PAGES.map(async (path) => {
      const { page, context, problems } = await open(undefined);
      await page.goto(siteUrl());
      let load = 0;
      for (const kind of kinds) {
        await page.evaluate((entries) => {
          localStorage.clear();
          for (const [k, v] of Object.entries(entries)) localStorage.setItem(k, v);
        }, kind.entries);
        // A new query string: a real page load (a new hash alone would not reload the app).
        await page.goto(`${siteUrl()}?load=${load++}${path}`);
        await page.getByRole("heading", { level: 1 }).first().waitFor();
        const shown = (await text(page.locator("#main"))).trim();
        assert.ok(shown.length > 20, `${kind.name} on ${path}: "${shown.slice(0, 80)}"`);
        assert.doesNotMatch(shown, /stopped working/, `${kind.name} on ${path}: a fault`);
      }
      assert.deepEqual(problems, [], path);
      await context.close();
    }),
  );
});
