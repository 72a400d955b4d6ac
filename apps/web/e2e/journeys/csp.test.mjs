// @ts-check
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";

test("the site has a Content-Security-Policy without inline script", () => {
  const dist = join(import.meta.dirname, "..", "..", "dist");
  const html = readFileSync(join(dist, "index.html"), "utf8").replaceAll("&#39;", "'");
  assert.match(html, /Content-Security-Policy" content="default-src 'self'; script-src 'self';/);
  assert.doesNotMatch(html, /<script(?![^>]*\ssrc=)[^>]*>/, "no inline script in index.html");
});
