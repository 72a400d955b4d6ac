// @ts-check
import assert from "node:assert/strict";
import { test } from "node:test";
import { noViolations, open } from "../journey.mjs";

test("a reload keeps the draft; a broken file shows its problems and keeps the draft", async () => {
  const { page, context } = await open("#/build");
  await page.getByLabel("Quiz title").fill("Draft that must survive");
  await page.getByLabel("Questions", { exact: true }).fill("4");
  await page.reload();
  await page.getByRole("heading", { name: "Build a quiz" }).waitFor();
  assert.equal(await page.getByLabel("Quiz title").inputValue(), "Draft that must survive");
  assert.equal(await page.getByLabel("Questions", { exact: true }).inputValue(), "4");
  const upload = page.getByText("Open a quiz file…").locator('input[type="file"]');
  await upload.setInputFiles({
    name: "broken.json",
    mimeType: "application/json",
    buffer: Buffer.from('{"version":1,"seed":"","count":0,"difficulty":"brutal"}'),
  });
  const alert = page.getByRole("alert");
  await alert.waitFor();
  const text = await alert.textContent();
  for (const path of ["seed:", "count:", "difficulty:"])
    assert.ok(text?.includes(path), `the problem at ${path} is named`);
  await upload.setInputFiles({
    name: "notjson.json",
    mimeType: "application/json",
    buffer: Buffer.from("{ not json"),
  });
  await page
    .getByRole("alert")
    .getByText(/not a JSON file/)
    .waitFor();
  assert.equal(
    await page.getByLabel("Quiz title").inputValue(),
    "Draft that must survive",
    "the draft is unchanged",
  );
  await noViolations(page, "build page with import problems");
  await context.close();
});
