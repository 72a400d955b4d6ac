// @ts-check
import assert from "node:assert/strict";
import { test } from "node:test";
import { encodeSpec, generateQuiz, newSpec } from "@nklabor/quiz";
import { serve, watch } from "../harness.mjs";
import {
  answerAllRight,
  dist,
  newContext,
  noViolations,
  readyQuiz,
  shot,
  start,
  text,
} from "../journey.mjs";

/** A teacher's link whose questions the engine generates in the browser (engine and facts). */
const spec = newSpec("offline-journey", { title: "Class 8A: offline", count: 4 });
const linkQuiz = generateQuiz(spec);

test("after one visit the app works offline: a ready quiz and a teacher's link to their results, Build, the facts, the class results", async () => {
  // A server of its own, stopped below: nothing can come from the network after that.
  const site = await serve(dist);
  const context = await newContext({
    serviceWorkers: "allow",
    viewport: { width: 390, height: 844 },
  });
  const page = await context.newPage();
  const problems = watch(page, new URL(site.url).origin);
  await page.goto(`${site.url}#/`);
  await page.getByRole("heading", { level: 1 }).waitFor();
  // The one visit: the worker installs once the page has loaded, keeps every file, and takes the page.
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);

  await site.close();
  await context.setOffline(true);
  await page.reload();
  // The network is gone: only what the worker kept can load.
  assert.equal(
    await page.evaluate(() =>
      fetch("./not-kept.txt").then(
        (r) => `HTTP ${r.status}`,
        () => "failed",
      ),
    ),
    "failed",
  );
  // That probe's own console line is the only problem so far.
  assert.deepEqual(problems.splice(0), [
    "console: Failed to load resource: net::ERR_INTERNET_DISCONNECTED",
  ]);
  await page
    .getByRole("heading", { level: 1, name: "North Korean workers in Russia: a sourced quiz" })
    .waitFor();

  // A ready quiz, to its results.
  const mix = readyQuiz("mix");
  await page.goto(`${site.url}#/play/ready/mix`);
  await page.getByRole("heading", { level: 1, name: "Quick mix" }).waitFor();
  await start(page);
  await answerAllRight(page, mix.questions);
  assert.equal(await page.locator(".review > li").count(), mix.questions.length);

  // A teacher's link never opened before: generated here, offline, by the cached engine.
  await page.goto(`${site.url}#/play/${encodeSpec(spec)}`);
  await page.getByRole("heading", { level: 1, name: "Class 8A: offline" }).waitFor();
  await start(page);
  await answerAllRight(page, linkQuiz.questions);
  // The student can still make a results code for the teacher (its chunk and QR code, offline).
  const send = page.getByRole("region", { name: "Send your results to your teacher" });
  await send.getByRole("button", { name: "Make my results code" }).click();
  await send.getByRole("img", { name: "QR code of your results code" }).waitFor();
  const result = await send.getByLabel(/^Your results code/).inputValue();
  await noViolations(page, "a teacher's link's results, offline");
  await shot(page, "offline-results-390");

  // Build: the builder, its preview and its share link, with the engine from the cache.
  await page.goto(`${site.url}#/build`);
  await page.getByRole("heading", { name: "Build a quiz" }).waitFor();
  await page.getByRole("heading", { name: /^Preview: \d+ questions/ }).waitFor();
  // And the facts, every claim with its source.
  await page.goto(`${site.url}#/facts`);
  await page.getByRole("heading", { level: 1 }).waitFor();
  assert.ok((await page.locator("blockquote").count()) > 0, "the facts' quotes, offline");

  // The teacher's class results, the student's code pasted.
  await page.goto(`${site.url}#/class/${encodeSpec(spec)}`);
  await page.getByRole("heading", { level: 1, name: "Class results" }).waitFor();
  await page.getByLabel("Results codes (one a line)").fill(result);
  await page.getByRole("heading", { name: "1 student" }).waitFor();

  // A reload in another language: the page comes from the worker, its words too.
  await page.goto(`${site.url}?lang=ko#/`);
  await page.getByRole("heading", { level: 1 }).waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.lang), "ko");
  assert.match(await text(page.locator("footer.site")), /버전/);

  assert.deepEqual(problems, []);
  await context.close();
});
