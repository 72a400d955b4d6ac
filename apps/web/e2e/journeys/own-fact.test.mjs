// @ts-check
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { bundledPack, parseFactPack } from "@nklabor/facts";
import { noViolations, open } from "../journey.mjs";

test("a teacher's own fact: problems show beside their fields; once valid, the quiz asks about it", async () => {
  const { page, context } = await open("#/build");
  await page.getByText("Add a fact", { exact: true }).click();
  const form = page.locator("form", { has: page.getByRole("button", { name: "Add the fact" }) });
  await form
    .getByLabel("The claim, in one sentence")
    .fill(
      "Example Daily reported in December 2019 that at least 1,200 North Korean workers left Vladivostok.",
    );
  await form.getByLabel("Who said it").fill("Example Daily");
  await form.getByLabel(/^When they said it/).fill("2019-12");
  await form.getByLabel("Publisher of the source").fill("Example Daily");
  await form.getByLabel("Headline or title of the source").fill("Workers leave");
  await form.getByLabel("Web address of the source").fill("https://example.org/workers");
  await form.getByLabel("Date the source was published").fill("2019-12");
  await form.getByLabel(/^Quote/).fill("Many workers left the city.");
  await form.getByLabel(/^The figure as the quote words it/).fill("at least 1,200");
  await form.getByLabel("The figure as a number").fill("1200");
  await form.getByLabel("The source says the figure is").selectOption("atLeast");
  await form.getByLabel("What the figure counts").fill("North Korean workers who left Vladivostok");
  await page.getByRole("button", { name: "Add the fact" }).click();
  await form.getByText(/does not appear in any quote/).waitFor();
  assert.equal(
    await page.getByRole("button", { name: /^Remove your fact/ }).count(),
    0,
    "nothing added yet",
  );
  await noViolations(page, "own fact with problems");
  await form
    .getByLabel(/^Quote/)
    .fill("At least 1,200 North Korean workers left Vladivostok in December.");
  await form.getByLabel(/^The figure as the quote words it/).fill("At least 1,200");
  await page.getByRole("button", { name: "Add the fact" }).click();
  await page.getByRole("button", { name: /^Remove your fact/ }).waitFor();
  await page
    .locator(".preview")
    .getByText(/1,200|Example Daily/)
    .first()
    .waitFor();
  // The facts download as a fact pack the command line and other quizzes read.
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download your facts" }).click(),
  ]);
  assert.match(download.suggestedFilename(), /facts\.json$/);
  const path = await download.path();
  const pack = JSON.parse(readFileSync(path, "utf8"));
  const parsed = parseFactPack(pack, { extends: bundledPack });
  assert.ok(parsed.ok, JSON.stringify(parsed));
  assert.match(JSON.stringify(pack.facts), /At least 1,200 North Korean workers left Vladivostok/);
  await context.close();
});

test("a fact pack file: added whole when valid; a broken one adds nothing and names the problem", async () => {
  const { page, context, problems } = await open("#/build");
  const pack = (/** @type {string} */ claimant) => ({
    version: 1,
    sources: [
      {
        id: "daily",
        kind: "news",
        publisher: "Example Daily",
        headline: "Workers leave",
        published: "2019-12",
        url: "https://example.org/workers",
      },
    ],
    actors: [{ id: "example-daily", kind: "media", name: "Example Daily" }],
    facts: [1, 2].map((n) => ({
      id: `by-train-${n}`,
      kind: "statement",
      topic: "enforcement",
      claim: `Example Daily said the workers left by train (${n}).`,
      claimant,
      stated: { date: "2019-12" },
      when: { kind: "point", at: { date: "2019-12" } },
      appliesTo: "Russia",
      references: [{ source: "daily", quote: "They left by train." }],
      rank: { level: "normal" },
    })),
  });
  const addFile = page.getByText("Add facts from a file…").locator("input[type=file]");
  await addFile.setInputFiles({
    name: "broken.json",
    mimeType: "application/json",
    buffer: Buffer.from(JSON.stringify(pack("nobody"))),
  });
  await page.getByText(/Nothing was added from “broken\.json”/).waitFor();
  await page
    .getByText(/^facts\.0\.claimant: UNKNOWN_/)
    .first()
    .waitFor();
  assert.equal(await page.getByRole("button", { name: /^Remove your fact/ }).count(), 0);
  await addFile.setInputFiles({
    name: "class.json",
    mimeType: "application/json",
    buffer: Buffer.from(JSON.stringify(pack("example-daily"))),
  });
  await page.getByText("Added 2 facts from “class.json”.").waitFor();
  assert.equal(await page.getByRole("button", { name: /^Remove your fact/ }).count(), 2);
  assert.deepEqual(problems, []);
  await context.close();
});
