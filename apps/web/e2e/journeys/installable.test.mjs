// @ts-check
import assert from "node:assert/strict";
import { test } from "node:test";
import { open, siteUrl } from "../journey.mjs";

test("the app's manifest: read by Chromium without errors, its start and scope the site's own sub-path, its icon served", async () => {
  const { page, context, problems } = await open("#/");
  await page.getByRole("heading", { level: 1 }).waitFor();
  const cdp = await context.newCDPSession(page);
  const { url, errors, data } = await cdp.send("Page.getAppManifest");
  assert.equal(url, `${siteUrl()}manifest.webmanifest`);
  assert.deepEqual(errors, [], "Chromium reads the manifest without errors");
  const manifest = JSON.parse(data ?? "{}");
  assert.equal(manifest.short_name, "nklabor");
  assert.equal(manifest.display, "standalone");
  // Relative addresses: the app installs from the sub-path it is served at (here /nklabor/).
  assert.equal(new URL(manifest.start_url, url).href, siteUrl());
  assert.equal(new URL(manifest.scope, url).href, siteUrl());
  assert.notEqual(new URL(siteUrl()).pathname, "/", "the test site is served from a sub-path");
  for (const icon of manifest.icons) {
    const response = await page.request.get(new URL(icon.src, url).href);
    assert.equal(response.status(), 200, icon.src);
    assert.match(response.headers()["content-type"] ?? "", /svg/);
  }
  assert.equal(
    await page.locator('meta[name="theme-color"]').getAttribute("content"),
    manifest.theme_color,
  );
  assert.deepEqual(problems, []);
  await context.close();
});
