// @ts-check
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { watch } from "../harness.mjs";
import { answerAllRight, dist, newContext, readyQuiz, start } from "../journey.mjs";

/** `pnpm preview:prod` as a host would run it, on a free port, from its sub-path (/nklabor/). */
/** @type {import("node:child_process").ChildProcess | undefined} */
let server;
let url = "";
before(async () => {
  assert.ok(
    existsSync(join(dist, "api", "index.html")),
    "run `pnpm docs` after the build: the site carries the API reference",
  );
  server = spawn("pnpm", ["run", "--silent", "preview:prod", "--port", "0"], {
    cwd: join(import.meta.dirname, "..", ".."),
    stdio: ["ignore", "pipe", "inherit"],
    detached: true,
  });
  url = await new Promise((resolve, reject) => {
    let out = "";
    server?.stdout?.on("data", (chunk) => {
      out += chunk;
      const match = /at (http:\/\/\S+\/nklabor\/)/.exec(out);
      if (match?.[1]) resolve(match[1]);
    });
    server?.on("exit", (code) => reject(new Error(`pnpm preview:prod exited (${code}): ${out}`)));
  });
});
after(() => {
  if (server?.pid) process.kill(-server.pid);
});

test("pnpm preview:prod: the CSP as a header, hashed assets cached a year, the rest revalidated, from a sub-path", async () => {
  const page = await fetch(url);
  assert.equal(page.status, 200);
  const html = await page.text();
  const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/
    .exec(html)?.[1]
    ?.replaceAll("&#39;", "'");
  const policy = page.headers.get("content-security-policy") ?? "";
  assert.equal(policy, meta, "the header states the page's own policy");
  assert.match(policy, /script-src 'self' 'sha256-[A-Za-z0-9+/=]+'/);
  assert.match(policy, /default-src 'self'/);
  assert.equal(page.headers.get("cache-control"), "no-cache");
  assert.equal(page.headers.get("x-content-type-options"), "nosniff");
  assert.equal(page.headers.get("referrer-policy"), "no-referrer");

  // The entry script: its name carries its hash, so it is cached for a year.
  const entry = /<script type="module"[^>]*src="\.\/([^"]+)"/.exec(html)?.[1];
  assert.ok(entry?.startsWith("assets/"));
  const script = await fetch(`${url}${entry}`);
  assert.equal(script.headers.get("cache-control"), "public, max-age=31536000, immutable");
  assert.match(script.headers.get("content-type") ?? "", /^text\/javascript/);
  // What changes without changing its name is revalidated: the worker, the manifest, a quiz.
  // The API reference's pages have a policy of their own (TypeDoc's inline theme script).
  const docs = await fetch(`${url}api/`);
  assert.equal(docs.status, 200);
  assert.match(
    docs.headers.get("content-security-policy") ?? "",
    /^default-src 'self'; script-src 'self' 'unsafe-inline'/,
  );
  for (const file of ["sw.js", "manifest.webmanifest", "quizzes/mix.json", "api/index.html"]) {
    const response = await fetch(`${url}${file}`);
    assert.equal(response.status, 200, file);
    assert.equal(response.headers.get("cache-control"), "no-cache", file);
  }
  assert.equal(
    (await fetch(`${url}manifest.webmanifest`)).headers.get("content-type"),
    "application/manifest+json",
  );
  // Revalidation answers 304 while the file is the same.
  const etag = page.headers.get("etag") ?? "";
  assert.equal((await fetch(url, { headers: { "if-none-match": etag } })).status, 304);
  // Outside the sub-path or the site: nothing.
  assert.equal(
    (await fetch(new URL("/", url), { redirect: "manual" })).headers.get("location"),
    "/nklabor/",
  );
  assert.equal((await fetch(`${url}%2e%2e/package.json`)).status, 404);
  assert.equal((await fetch(`${url}%E0%A4%A`)).status, 400);
  assert.equal((await fetch(`${url}no-such-file.js`)).status, 404);
});

test("served by pnpm preview:prod: a quiz played from the sub-path under the CSP header, and the API reference beside it", async () => {
  const context = await newContext({ serviceWorkers: "allow" });
  // Any Content-Security-Policy violation, counted as the page reports it.
  await context.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      const seen = /** @type {any} */ (window).cspViolations ?? [];
      seen.push(`${e.violatedDirective} ${e.blockedURI}`);
      /** @type {any} */ (window).cspViolations = seen;
    });
  });
  const page = await context.newPage();
  const problems = watch(page, new URL(url).origin);
  await page.goto(`${url}#/play/ready/sanctions`);
  await page.getByRole("heading", { level: 1, name: "The UN sanctions" }).waitFor();
  await start(page);
  await answerAllRight(page, readyQuiz("sanctions").questions);
  assert.deepEqual(await page.evaluate(() => /** @type {any} */ (window).cspViolations ?? []), []);
  // The app's worker takes the page, and leaves the API reference to the network.
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await page.goto(`${url}api/`);
  await page.locator("h1", { hasText: "nklabor API reference" }).first().waitFor();
  // From the list of packages to a function's page, as a reader would.
  await page.goto(`${url}api/modules.html`);
  await page.getByRole("link", { name: "@nklabor/quiz", exact: true }).first().click();
  await page.getByRole("link", { name: "index", exact: true }).first().click();
  // The entry point's own page shows its example.
  await page.locator("pre code", { hasText: "generateQuiz" }).first().waitFor();
  await page.getByRole("link", { name: "generateQuiz", exact: true }).first().click();
  await page.getByRole("heading", { level: 1, name: /generateQuiz/ }).waitFor();
  assert.ok(
    (await page.locator(".tsd-comment").count()) > 0,
    "generateQuiz's page shows its doc comment",
  );
  assert.deepEqual(problems, []);
  await context.close();
});
