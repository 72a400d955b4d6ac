// @ts-check
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { after, before, test } from "node:test";
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

/** The next version: the same app built with another build id (NKLABOR_BUILD), so every file differs. */
let next = "";
before(() => {
  next = mkdtempSync(join(tmpdir(), "nklabor-next-"));
  const vite = join(
    dirname(createRequire(import.meta.url).resolve("vite/package.json")),
    "bin",
    "vite.js",
  );
  execFileSync(
    process.execPath,
    [vite, "build", "--outDir", next, "--emptyOutDir", "--logLevel", "error"],
    {
      cwd: join(import.meta.dirname, "..", ".."),
      env: { ...process.env, NKLABOR_BUILD: "next" },
      stdio: ["ignore", "ignore", "inherit"],
    },
  );
});
after(() => rmSync(next, { recursive: true, force: true }));

/** The entry script's file, as a build's index.html names it. */
const entryOf = (/** @type {string} */ dir) => {
  const match = /<script type="module"[^>]*src="\.\/([^"]+)"/.exec(
    readFileSync(join(dir, "index.html"), "utf8"),
  );
  assert.ok(match, `no entry script in ${dir}/index.html`);
  return /** @type {string} */ (match[1]);
};

/** The footer's last line: "Version 0.1.0", and the build's id if it has one. */
const footerVersion = (/** @type {import("playwright-core").Page} */ page) =>
  text(page.locator("footer.site p").last());

/** "A new version is ready" with its button, when it shows. */
const notice = (/** @type {import("playwright-core").Page} */ page) => page.locator(".update");

test("a new version deployed mid-quiz: students finish on the version they started, then see the notice, and the reload brings the new one", async () => {
  const version = JSON.parse(
    readFileSync(join(import.meta.dirname, "..", "..", "package.json"), "utf8"),
  ).version;
  const oldEntry = entryOf(dist);
  assert.notEqual(entryOf(next), oldEntry, "the next build's files differ");
  assert.ok(!existsSync(join(next, oldEntry)), "the next version no longer has the old files");

  const site = await serve(dist);
  /** @type {import("playwright-core").BrowserContext[]} */
  const contexts = [];
  try {
    const origin = new URL(site.url).origin;
    /** A student on the first version, the worker in control. */
    const student = async (/** @type {string} */ path) => {
      const context = await newContext({
        serviceWorkers: "allow",
        viewport: { width: 390, height: 844 },
      });
      contexts.push(context);
      const page = await context.newPage();
      const problems = watch(page, origin);
      // Every file the page fetches must arrive, from the server or the worker's cache.
      page.on("response", (r) => {
        if (r.status() >= 400) problems.push(`HTTP ${r.status()} ${r.url()}`);
      });
      page.on("requestfailed", (r) => problems.push(`failed: ${r.url()}`));
      await page.goto(`${site.url}${path}`);
      await page.getByRole("heading", { level: 1 }).waitFor();
      await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
      assert.equal(await footerVersion(page), `Version ${version}`);
      return { page, problems };
    };

    // Ana plays a ready quiz; Ben a teacher's link of generated questions.
    const mix = readyQuiz("mix");
    const spec = newSpec("update-journey", { title: "Class 8B: sanctions", count: 4 });
    const ana = await student("#/play/ready/mix");
    const ben = await student(`#/play/${encodeSpec(spec)}`);
    await start(ana.page);
    await start(ben.page);

    await answerAllRight(ana.page, mix.questions, async (i) => {
      if (i === 3) {
        // The new version goes online while Ana is at question 4.
        site.deploy(next);
        // The browser finds it (as it may on its own, e.g. from another tab): it installs beside
        // the old one and waits.
        await ana.page.evaluate(() =>
          navigator.serviceWorker.getRegistration().then((r) => r?.update()),
        );
        await ana.page.waitForFunction(() =>
          navigator.serviceWorker.getRegistration().then((r) => r?.waiting != null),
        );
      }
      // Never while a question is on the screen.
      if (i >= 3) assert.equal(await text(notice(ana.page)), "", `no notice at question ${i + 1}`);
    });
    // Ana finished on the version she started; on her results, the notice.
    assert.equal(await footerVersion(ana.page), `Version ${version}`);
    await notice(ana.page).getByText("A new version of this site is ready.").waitFor();
    await noViolations(ana.page, "results with the update notice");
    await shot(ana.page, "update-notice-390", false);

    // Ben's page was never told: the app looks for a new version itself when the quiz ends.
    /** What Ben's page fetched from now on, and whether his worker's cache answered. */
    /** @type {{ url: string, fromWorker: boolean }[]} */
    const fetched = [];
    ben.page.on("response", (r) =>
      fetched.push({ url: r.url(), fromWorker: r.fromServiceWorker() }),
    );
    await answerAllRight(ben.page, generateQuiz(spec).questions, async () => {
      assert.equal(await text(notice(ben.page)), "");
    });
    await notice(ben.page).getByText("A new version of this site is ready.").waitFor();
    // Ben makes his results code: its chunk is the old version's, gone from the server, kept by
    // the worker.
    const send = ben.page.getByRole("region", { name: "Send your results to your teacher" });
    await send.getByRole("button", { name: "Make my results code" }).click();
    await send.getByLabel(/^Your results code/).waitFor();
    const old = fetched.filter((f) => /\/assets\/.+\.js$/.test(f.url));
    assert.ok(
      old.length > 0,
      `Ben's page fetched no chunk after the deploy: ${JSON.stringify(fetched)}`,
    );
    for (const f of old) assert.ok(f.fromWorker, `${f.url} came from the worker`);
    const gone = old.filter(
      (f) => !existsSync(join(next, new URL(f.url).pathname.replace(/^\/nklabor\//, ""))),
    );
    assert.ok(gone.length > 0, `some are the old version's only: ${JSON.stringify(old)}`);

    // The reload brings the new version, and the results are still there.
    for (const { page, problems } of [ana, ben]) {
      await notice(page).getByRole("button", { name: "Reload to use it" }).click();
      await page.locator("footer.site p", { hasText: `Version ${version} (next)` }).waitFor();
      await page.getByRole("heading", { name: /: \d+ of \d+ \(100%\)$/ }).waitFor();
      assert.equal(await text(notice(page)), "");
      assert.deepEqual(problems, []);
    }
  } finally {
    for (const context of contexts) await context.close();
    await site.close();
  }
});
