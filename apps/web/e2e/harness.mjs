// @ts-check
// Browser test harness: Debian's Chromium through playwright-core, the built site served from a
// sub-path with the production headers (scripts/site-server.mjs, what `pnpm preview:prod` runs),
// and axe-core for accessibility checks.
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { serveSite } from "../scripts/site-server.mjs";

const require = createRequire(import.meta.url);
export const axeSource = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
export const artifacts = join(import.meta.dirname, "..", "test-artifacts");
mkdirSync(artifacts, { recursive: true });

/** The browser to use, or undefined with a reason. */
export function findBrowser() {
  const candidates = [
    process.env.CHROME_PATH,
    "/usr/bin/chromium",
    "/usr/bin/chromium-browser",
  ].filter((path) => typeof path === "string" && path !== "");
  return candidates.find((path) => path !== undefined && existsSync(path));
}

/** @param {string} executablePath */
export async function launch(executablePath) {
  return chromium.launch({
    executablePath,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

/**
 * Serves dist/ under /nklabor/ on a free loopback port with the production headers
 * (scripts/site-server.mjs, what `pnpm preview:prod` runs): `deploy(dir)` serves another build
 * from then on, `close()` takes the site offline.
 * @param {string} dist
 * @param {string} [base]
 */
export const serve = (dist, base = "/nklabor/") => serveSite(dist, { base });

/** Runs axe on the page; returns the violations (each with its id and the nodes). */
/** @param {import("playwright-core").Page} page */
export async function axe(page) {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    // axe-core's script defines window.axe (evaluated just above).
    const { axe: run } = /** @type {{ axe: typeof import("axe-core") }} */ (
      /** @type {unknown} */ (window)
    );
    const result = await run.run(document, { resultTypes: ["violations"] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 3).map((n) => n.target.join(" ")),
    }));
  });
}

/** Watches a page for console errors and requests to any other host. */
/**
 * @param {import("playwright-core").Page} page
 * @param {string} origin
 */
export function watch(page, origin) {
  /** @type {string[]} */
  const problems = [];
  page.on("console", (msg) => {
    if (msg.type() === "error") problems.push(`console: ${msg.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  page.on("request", (req) => {
    const url = new URL(req.url());
    if (url.protocol.startsWith("http") && url.origin !== origin)
      problems.push(`third-party request: ${req.url()}`);
  });
  return problems;
}
