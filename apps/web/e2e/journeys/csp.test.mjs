// @ts-check
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";

test("the site's Content-Security-Policy allows its own scripts and the one inline script, by its hash", () => {
  const dist = join(import.meta.dirname, "..", "..", "dist");
  const html = readFileSync(join(dist, "index.html"), "utf8").replaceAll("&#39;", "'");
  const policy = html.match(/Content-Security-Policy" content="([^"]+)"/)?.[1] ?? "";
  assert.match(policy, /^default-src 'self'; script-src 'self' 'sha256-[A-Za-z0-9+/=]+';/);
  assert.doesNotMatch(policy, /unsafe-inline|unsafe-eval/);
  const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map(
    (m) => m[1] ?? "",
  );
  assert.equal(inline.length, 1, "one inline script: the boot script");
  const hash = createHash("sha256")
    .update(inline[0] ?? "")
    .digest("base64");
  assert.ok(policy.includes(`'sha256-${hash}'`), "the policy names the inline script's hash");
});
