// @ts-check
import assert from "node:assert/strict";
import { join } from "node:path";
import { test } from "node:test";
import { encodeSpec, newSpec } from "@nklabor/quiz";
import { artifacts } from "../harness.mjs";
import { noViolations, open } from "../journey.mjs";

test("print: a worksheet without answers, then the answer key on its own page", async () => {
  const spec = newSpec("print-test", { title: "Printed quiz", count: 5 });
  const { page, context } = await open(`#/print/${encodeSpec(spec)}`);
  await page.getByRole("heading", { name: "Printed quiz", exact: true }).waitFor();
  await noViolations(page, "print view");
  await page.emulateMedia({ media: "print" });
  assert.equal(await page.locator("header.site").isVisible(), false, "no site header on paper");
  const worksheet = await page.locator(".worksheet").textContent();
  assert.doesNotMatch(worksheet ?? "", /Answer key|right answer/i);
  for (const size of ["A4", "Letter"]) {
    const pdf = await page.pdf({ format: size, path: join(artifacts, `print-${size}.pdf`) });
    const pages = (pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    assert.ok(pages >= 2, `${size}: worksheet and answer key on separate pages (${pages} pages)`);
  }
  await context.close();
});
