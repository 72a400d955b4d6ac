// @ts-check
// Browser test harness: Debian's Chromium through playwright-core, the built site served from a
// sub-path by a tiny static server, and axe-core for accessibility checks.
import { existsSync, mkdirSync, readFileSync, statSync } from "node:fs";
import { createServer } from "node:http";
import { createRequire } from "node:module";
import { extname, join, normalize } from "node:path";
import { chromium } from "playwright-core";

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

/** @type {Record<string, string>} */
const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".css": "text/css",
  ".json": "application/json",
  ".webmanifest": "application/manifest+json",
  ".png": "image/png",
  ".svg": "image/svg+xml",
};

/**
 * Serves dist/ under /nklabor/ on a free loopback port, as a static host would. `deploy(dir)`
 * serves another build from then on (a new version put online); `close()` stops the server and
 * drops its open connections (the site gone: offline).
 * @param {string} dist
 * @param {string} [base]
 */
export async function serve(dist, base = "/nklabor/") {
  let root = dist;
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    if (!url.pathname.startsWith(base)) {
      res.writeHead(404).end();
      return;
    }
    const rel = normalize(
      decodeURIComponent(url.pathname.slice(base.length)) || "index.html",
    ).replace(/^(\.\.[/\\])+/, "");
    let file = join(root, rel);
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, "index.html");
    if (!existsSync(file)) {
      res.writeHead(404).end("not found");
      return;
    }
    res.writeHead(200, {
      "content-type": TYPES[extname(file)] ?? "application/octet-stream",
      "cache-control": "no-store",
    });
    res.end(readFileSync(file));
  });
  await /** @type {Promise<void>} */ (
    new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve()))
  );
  const { port } = /** @type {import("node:net").AddressInfo} */ (server.address());
  return {
    url: `http://127.0.0.1:${port}${base}`,
    /** @param {string} dir */
    deploy: (dir) => {
      root = dir;
    },
    close: () =>
      new Promise((resolve) => {
        server.close(resolve);
        server.closeAllConnections();
      }),
  };
}

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
