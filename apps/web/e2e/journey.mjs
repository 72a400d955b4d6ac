// @ts-check
// What every browser journey shares: the built site served from a sub-path, one Chromium per
// journey file, and helpers to open a page, check it with axe, take a screenshot, answer a
// question by keyboard. Needs the built site (`pnpm build` first; turbo's test task does).
// Without a browser: fails when CI=true, else skips and says how to install.
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { after, before } from "node:test";
import { artifacts, axe, findBrowser, launch, serve, watch } from "./harness.mjs";

/** @typedef {import("playwright-core").Page} Page */
/** @typedef {import("playwright-core").Browser} Browser */
/** @typedef {import("playwright-core").BrowserContext} BrowserContext */
/** @typedef {import("@nklabor/quiz").Question} Question */
/** @typedef {import("@nklabor/quiz").Quiz} Quiz */

export const dist = join(import.meta.dirname, "..", "dist");
if (!existsSync(join(dist, "index.html"))) {
  console.error(
    "browser tests: no built site in apps/web/dist; run `pnpm build` first (pnpm test does).",
  );
  process.exit(1);
}
const browserPath = findBrowser();
if (!browserPath) {
  const how = "install Chromium (Debian: apt-get install -y chromium) or set CHROME_PATH";
  if (process.env.CI === "true") {
    console.error(`browser tests: no Chromium found; ${how}.`);
    process.exit(1);
  }
  console.log(`browser tests skipped: no Chromium found; ${how}.`);
  process.exit(0);
}

/** @type {Browser | undefined} */
let browser;
/** @type {{ url: string, close: () => Promise<unknown> } | undefined} */
let site;
before(async () => {
  site = await serve(dist);
  browser = await launch(/** @type {string} */ (browserPath));
});
after(async () => {
  await browser?.close();
  await site?.close();
});

/** The site's address, with a trailing slash: `${siteUrl()}#/build`. */
export function siteUrl() {
  if (!site) throw new Error("the site is not served yet (call inside a test)");
  return site.url;
}

/**
 * A new browser context (a fresh browser profile: empty storage). The app's service worker is
 * blocked unless `serviceWorkers: "allow"`: most journeys test what a first visit does (and stub
 * requests with `page.route`, which a service worker would answer first); the offline, update and
 * installable journeys allow it.
 * @param {import("playwright-core").BrowserContextOptions} [options]
 */
export function newContext(options) {
  if (!browser) throw new Error("the browser is not launched yet (call inside a test)");
  return browser.newContext({ serviceWorkers: "block", ...options });
}

/**
 * Opens a page of the site in a fresh context; `problems` collects console errors, page errors
 * and requests to other hosts. `init` runs before the page's scripts on every load; `path`
 * undefined opens nothing yet.
 * @param {string | undefined} path
 * @param {{ width?: number, colorScheme?: "light" | "dark", zoom?: number, init?: string, serviceWorkers?: "allow" | "block" }} [options]
 */
export async function open(
  path,
  { width = 1280, colorScheme = "light", zoom = 1, init, serviceWorkers = "block" } = {},
) {
  const context = await newContext({
    viewport: { width, height: 900 },
    deviceScaleFactor: zoom,
    colorScheme,
    reducedMotion: "reduce",
    serviceWorkers,
  });
  if (init) await context.addInitScript(init);
  const page = await context.newPage();
  const problems = watch(page, new URL(siteUrl()).origin);
  if (path !== undefined) await page.goto(`${siteUrl()}${path}`);
  return { page, context, problems };
}

/**
 * @param {Page} page
 * @param {string} what
 */
export async function noViolations(page, what) {
  const violations = await axe(page);
  assert.deepEqual(violations, [], `axe on ${what}: ${JSON.stringify(violations, null, 1)}`);
}

/**
 * A full-page screenshot in test-artifacts/ (or the viewport only).
 * @param {Page} page
 * @param {string} name
 * @param {boolean} [fullPage]
 */
export const shot = (page, name, fullPage = true) =>
  page.screenshot({ path: join(artifacts, `${name}.png`), fullPage });

/**
 * A ready quiz as the build made it.
 * @param {string} id
 * @returns {Quiz}
 */
export const readyQuiz = (id) =>
  JSON.parse(readFileSync(join(dist, "quizzes", `${id}.json`), "utf8"));

/**
 * The text of a locator, "" for none: assertions take strings.
 * @param {import("playwright-core").Locator} locator
 */
export const text = async (locator) => (await locator.textContent()) ?? "";

/**
 * Starts the quiz from its start screen.
 * @param {Page} page
 */
export async function start(page) {
  await page.getByRole("button", { name: /^Start/ }).click();
}

/**
 * Answers the current question right, by keyboard only (focus moves as Tab would take it).
 * @param {Page} page
 * @param {Question} question
 */
export async function answerByKeyboard(page, question) {
  const key = question.key;
  if (key.format === "choice") await page.keyboard.press(String(key.correct + 1));
  if (key.format === "true-false") await page.keyboard.press(key.correct ? "1" : "2");
  if (key.format === "numeric") {
    await page.keyboard.press("Tab");
    await page.keyboard.type(String(key.correct));
  }
  if (key.format === "ordering") {
    // Move each item up into its place, pressing its "Move up" button with Enter.
    for (let target = 0; target < key.correct.length; target++) {
      const item = /** @type {string} */ (key.items[/** @type {number} */ (key.correct[target])]);
      const up = page.getByRole("button", { name: `Move “${item}” up` });
      let position = await page
        .locator(".ordering .item")
        .allTextContents()
        .then((all) => all.indexOf(item));
      if (position > target) await up.focus();
      while (position > target) {
        await page.keyboard.press("Enter");
        position--;
      }
    }
    // Enter on a focused "Move" button would move again: go on from the question, as Tab would.
    await page.getByRole("heading", { level: 1 }).focus();
  }
  if (key.format === "matching") {
    for (let i = 0; i < key.left.length; i++) {
      await page.getByLabel(/** @type {string} */ (key.left[i]), { exact: true }).focus();
      for (let n = 0; n <= /** @type {number} */ (key.correct[i]); n++)
        await page.keyboard.press("ArrowDown");
    }
    await page.getByRole("heading", { level: 1 }).focus();
  }
}

/**
 * Plays the questions from the first to the results, each answered right by keyboard, checking
 * that the feedback says so.
 * @param {Page} page
 * @param {readonly Question[]} questions
 * @param {(index: number) => Promise<void>} [between] run before answering each question
 */
export async function answerAllRight(page, questions, between) {
  for (const [i, question] of questions.entries()) {
    await page
      .getByRole("heading", { level: 1, name: new RegExp(`^Question ${i + 1} of `) })
      .waitFor();
    await between?.(i);
    await answerByKeyboard(page, question);
    await page.keyboard.press("Enter");
    const feedback = page.getByRole("region", { name: "Feedback" });
    await feedback.waitFor();
    assert.match(await text(feedback), /Correct\./, `question ${i + 1} (${question.type})`);
    await page.keyboard.press("Enter");
  }
  const n = questions.length;
  await page.getByRole("heading", { name: `${n} of ${n} (100%)` }).waitFor();
}
