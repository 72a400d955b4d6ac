// @ts-check
import assert from "node:assert/strict";
import { test } from "node:test";
import { newSpec } from "@nklabor/quiz";
import { noViolations, open } from "../journey.mjs";

test("drafts that need repair are kept, listed and downloadable; an opened file is a new draft", async () => {
  const old = { id: "d-old", updated: 1, spec: { version: 7, seed: "x", title: "Old term quiz" } };
  const init = `localStorage.getItem("seeded") || (localStorage.setItem("nklabor:drafts", ${JSON.stringify(
    JSON.stringify([old]),
  )}), localStorage.setItem("seeded", "1"))`;
  const { page, context, problems } = await open("#/build", { init });
  await page.getByRole("heading", { name: "Drafts that need repair" }).waitFor();
  await page.locator(".drafts .draft-title", { hasText: "Old term quiz" }).waitFor();
  const [file] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download “Old term quiz”" }).click(),
  ]);
  assert.match(file.suggestedFilename(), /Old term quiz\.nklabor-spec\.json/);
  await page.getByLabel("Quiz title").fill("My current draft");
  const stored = await page.evaluate(() =>
    JSON.parse(localStorage.getItem("nklabor:drafts") ?? "[]"),
  );
  assert.ok(
    stored.some(
      (/** @type {{ id: string, spec: { version: number } }} */ d) =>
        d.id === "d-old" && d.spec.version === 7,
    ),
    "the broken draft is kept as it was",
  );
  await page
    .getByText("Open a quiz file…")
    .locator('input[type="file"]')
    .setInputFiles({
      name: "other.json",
      mimeType: "application/json",
      buffer: Buffer.from(JSON.stringify(newSpec("other", { title: "From a colleague" }))),
    });
  await page.getByText(/Opened “From a colleague” as a new draft/).waitFor();
  assert.equal(await page.getByLabel("Quiz title").inputValue(), "From a colleague");
  await page.getByRole("button", { name: "Open “My current draft”" }).click();
  assert.equal(await page.getByLabel("Quiz title").inputValue(), "My current draft");
  await noViolations(page, "drafts that need repair");
  assert.deepEqual(problems, []);
  await context.close();
});
