// @ts-check
import assert from "node:assert/strict";
import { test } from "node:test";
import { noViolations, open } from "../journey.mjs";
import { longSpec } from "../long-spec.mjs";

test("long share links: too long for a QR code is said, too large for a link is said; the page never blanks", async () => {
  const { page, context, problems } = await open("#/build");
  await page.getByRole("heading", { name: "Build a quiz" }).waitFor();
  const upload = page.getByText("Open a quiz file…").locator('input[type="file"]');
  const file = (/** @type {number} */ n) => ({
    name: `long-${n}.json`,
    mimeType: "application/json",
    buffer: Buffer.from(JSON.stringify(longSpec(n))),
  });
  await upload.setInputFiles(file(6));
  await page.getByText(/Opened “Long quiz \(6 own questions\)” as a new draft/).waitFor();
  await page.getByText(/Too long for a QR code .*use the link or the file/).waitFor();
  assert.equal(await page.getByText("Show a QR code for the projector").count(), 0);
  assert.match(await page.getByLabel(/^Link \(\d+ characters\)/).inputValue(), /#\/play\/1/);
  await upload.setInputFiles(file(60));
  await page.getByText(/too large to share as a link.*Save it as a file/).waitFor();
  await page.getByRole("heading", { name: /Preview: 60 questions/ }).waitFor();
  // Stored as a draft, it opens again after a reload: no blank page on every load.
  await page.reload();
  await page.getByText(/too large to share as a link/).waitFor();
  await page.getByRole("heading", { name: /Preview: 60 questions/ }).waitFor();
  await noViolations(page, "build, too large to share");
  assert.deepEqual(problems, []);
  await context.close();
});
