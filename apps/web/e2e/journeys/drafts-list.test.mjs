// @ts-check
import assert from "node:assert/strict";
import { test } from "node:test";
import { noViolations, open } from "../journey.mjs";

test("drafts: a list to reopen, duplicate and delete, with undo", async () => {
  const { page, context } = await open("#/build");
  await page.getByLabel("Quiz title").fill("First draft");
  await page.getByRole("button", { name: "Duplicate “First draft”" }).click();
  await page.getByText("First draft (copy) (open)").waitFor();
  await page.getByLabel("Quiz title").fill("Second draft");
  await page.getByRole("button", { name: "Delete “Second draft”" }).click();
  await page.getByRole("status").getByText("Deleted “Second draft”.").waitFor();
  assert.equal(await page.getByLabel("Quiz title").inputValue(), "First draft");
  await page.getByRole("button", { name: "Undo" }).click();
  await page.getByText("Second draft (open)").waitFor();
  await page.getByRole("button", { name: "Open “First draft”" }).click();
  assert.equal(await page.getByLabel("Quiz title").inputValue(), "First draft");
  await page.reload();
  await page.getByText("First draft (open)").waitFor();
  assert.equal(await page.locator(".drafts > li").count(), 2);
  await noViolations(page, "drafts");
  await context.close();
});
