#!/usr/bin/env node
// @ts-check
// The built site (apps/web/dist) served as a static host should serve it, from a sub-path, with
// the headers docs/deploying.md asks of a host: the Content-Security-Policy as a header (the same
// policy as the page's meta tag, which vite.config.ts writes), hashed assets cached for a year,
// everything else (index.html, sw.js, the manifest, the ready quizzes, the API reference)
// revalidated on every load, ETags, nosniff, no referrer. `pnpm preview:prod` runs it; the
// browser journeys are served by it (e2e/harness.mjs).
//
//   node scripts/site-server.mjs [--port 4173] [--base /nklabor/] [--dist DIR]
import { createHash } from "node:crypto";
import { existsSync, readFileSync, statSync } from "node:fs";
import { createServer } from "node:http";
import { extname, join, normalize, sep } from "node:path";

/** @type {Record<string, string>} */
const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".webmanifest": "application/manifest+json",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
  ".woff2": "font/woff2",
};

/** Files whose names carry their content's hash (Vite's assets/): never change, cached a year. */
const IMMUTABLE = /^assets\/[^/]+-[A-Za-z0-9_-]{8}\.(js|css)$/;

/**
 * The policy the page's meta tag states (vite.config.ts), sent as a header too: one policy.
 * @param {string} dist
 */
export function policyOf(dist) {
  const html = readFileSync(join(dist, "index.html"), "utf8");
  const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html);
  if (!meta?.[1]) throw new Error(`${dist}/index.html has no Content-Security-Policy meta tag`);
  return meta[1].replaceAll("&#39;", "'").replaceAll("&quot;", '"').replaceAll("&amp;", "&");
}

/**
 * The API reference's pages (api/, TypeDoc's HTML) set their theme with an inline script and
 * style: a policy of their own, no looser than that needs (nothing from elsewhere, no plugins).
 */
export const DOCS_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join("; ");

/**
 * The headers a host sends with a file of the site (its path relative to the site's root).
 * @param {string} file
 * @param {string} policy
 * @returns {Record<string, string>}
 */
export function headersFor(file, policy) {
  return {
    "content-type": TYPES[extname(file)] ?? "application/octet-stream",
    "cache-control": IMMUTABLE.test(file) ? "public, max-age=31536000, immutable" : "no-cache",
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
    ...(file.endsWith(".html")
      ? { "content-security-policy": file.startsWith("api/") ? DOCS_POLICY : policy }
      : {}),
  };
}

/**
 * Serves `dist` under `base` on the port (0: any free one) of the loopback address. `deploy(dir)`
 * serves another build from then on (a new version put online); `close()` stops the server and
 * drops its open connections (the site gone: offline).
 * @param {string} dist
 * @param {{ base?: string, port?: number, host?: string }} [options]
 */
export async function serveSite(dist, { base = "/nklabor/", port = 0, host = "127.0.0.1" } = {}) {
  let root = dist;
  let policy = policyOf(root);
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    if (url.pathname === "/" && base !== "/") {
      res.writeHead(302, { location: base }).end();
      return;
    }
    let path;
    try {
      path = decodeURIComponent(url.pathname);
    } catch {
      res.writeHead(400).end("bad address");
      return;
    }
    if (!path.startsWith(base) || path.includes("\0")) {
      res.writeHead(404).end("not found");
      return;
    }
    let rel = normalize(path.slice(base.length) || "index.html");
    if (rel.startsWith("..") || rel.startsWith(sep)) {
      res.writeHead(404).end("not found");
      return;
    }
    if (existsSync(join(root, rel)) && statSync(join(root, rel)).isDirectory())
      rel = join(rel, "index.html");
    const file = join(root, rel);
    if (!existsSync(file)) {
      res.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end("not found");
      return;
    }
    const body = readFileSync(file);
    const etag = `"${createHash("sha1").update(body).digest("base64url")}"`;
    const headers = { ...headersFor(rel.split(sep).join("/"), policy), etag };
    if (req.headers["if-none-match"] === etag) {
      res.writeHead(304, headers).end();
      return;
    }
    res.writeHead(200, headers).end(req.method === "HEAD" ? undefined : body);
  });
  await /** @type {Promise<void>} */ (new Promise((resolve) => server.listen(port, host, resolve)));
  const address = /** @type {import("node:net").AddressInfo} */ (server.address());
  return {
    url: `http://${host}:${address.port}${base}`,
    /** @param {string} dir */
    deploy(dir) {
      root = dir;
      policy = policyOf(dir);
    },
    close: () =>
      new Promise((resolve) => {
        server.close(resolve);
        server.closeAllConnections();
      }),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const arg = (/** @type {string} */ name, /** @type {string} */ fallback) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 && process.argv[i + 1] ? /** @type {string} */ (process.argv[i + 1]) : fallback;
  };
  const dist = arg("dist", join(import.meta.dirname, "..", "dist"));
  if (!existsSync(join(dist, "index.html"))) {
    console.error(`no built site in ${dist}: run \`pnpm build\` first`);
    process.exit(1);
  }
  const base = arg("base", "/nklabor/").replace(/^\/?/, "/").replace(/\/?$/, "/");
  const site = await serveSite(dist, { base, port: Number(arg("port", "4173")) });
  console.log(`serving ${dist} at ${site.url} (production headers; Ctrl-C stops)`);
}
