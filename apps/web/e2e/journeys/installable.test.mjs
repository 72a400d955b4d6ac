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
    assert.equal(response.headers()["content-type"], icon.type, icon.src);
    if (icon.type === "image/png") {
      // The PNG's own width and height (its IHDR chunk) are the size the manifest declares.
      const png = await response.body();
      const [width, height] = icon.sizes.split("x").map(Number);
      assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [width, height], icon.src);
    }
  }
  // A phone's home screen wants a PNG of at least 192 px and one of 512 px, and one it may mask.
  const pngs = manifest.icons.filter((/** @type {any} */ i) => i.type === "image/png");
  assert.ok(pngs.some((/** @type {any} */ i) => i.sizes === "192x192"));
  assert.ok(pngs.some((/** @type {any} */ i) => i.sizes === "512x512" && i.purpose === "any"));
  assert.ok(pngs.some((/** @type {any} */ i) => i.purpose === "maskable"));
  assert.equal(
    await page.locator('meta[name="theme-color"]').getAttribute("content"),
    manifest.theme_color,
  );
  assert.deepEqual(problems, []);
  await context.close();
});
