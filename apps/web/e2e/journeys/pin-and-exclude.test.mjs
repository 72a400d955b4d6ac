// @ts-check
import assert from "node:assert/strict";
import { test } from "node:test";
import { noViolations, open } from "../journey.mjs";

test("pin a fact and exclude another: the preview follows (at 320 px, without sideways scrolling)", async () => {
  const { page, context } = await open("#/build", { width: 320 });
  await page.getByRole("heading", { name: "Build a quiz" }).waitFor();
  assert.ok(
    (await page.evaluate(() => document.documentElement.scrollWidth)) <= 320,
    "the Build page fits 320 px",
  );
  await page.getByText("Choose facts", { exact: true }).click();
  await page.getByLabel("Find facts (at least 2 letters)").fill("bounty");
  const bounty = page.getByRole("group", { name: /offering a bounty of up to US\$10,000/ });
  await bounty.getByLabel("Always ask").check();
  await page
    .locator(".preview")
    .getByText(/bounty|US\$10,000|\$10,000/)
    .first()
    .waitFor();
  await page.getByLabel("Find facts (at least 2 letters)").fill("37,000");
  const ceiling = page.getByRole("group", { name: /as many as 37,000 North Korean laborers/ });
  await ceiling.getByLabel("Never ask").check();
  const quizText = await page.locator(".preview").textContent();
  assert.doesNotMatch(
    quizText ?? "",
    /as many as ___ North Korean laborers had been in Russia at a time/,
  );
  await noViolations(page, "fact picker");
  await context.close();
});
