#!/usr/bin/env node
// @ts-check
// Renders the app's PNG icons from public/icon.svg with Chromium (the browser the journeys use):
// 192 and 512 px as drawn, and a 512 px "maskable" one (the whole square filled, the drawing kept
// inside the middle 80%, which a phone's mask never cuts). Run after changing the SVG:
// `node scripts/icons.mjs`; the PNGs are committed (a build needs no browser).
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { findBrowser, launch } from "../e2e/harness.mjs";

const pub = join(import.meta.dirname, "..", "public");
const svg = readFileSync(join(pub, "icon.svg"), "utf8");
const path = findBrowser();
if (!path) throw new Error("no Chromium found (apt-get install -y chromium, or set CHROME_PATH)");
const browser = await launch(path);
const page = await browser.newPage();
const data = `data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}`;
/** @param {number} size @param {boolean} maskable */
async function render(size, maskable) {
  await page.setViewportSize({ width: size, height: size });
  const inner = maskable ? size * 0.8 : size;
  await page.setContent(
    `<style>html,body{margin:0;background:${maskable ? "#0b57b7" : "transparent"}}img{display:block;position:absolute;left:${(size - inner) / 2}px;top:${(size - inner) / 2}px;width:${inner}px;height:${inner}px}</style><img src="${data}" alt="">`,
  );
  await page.locator("img").evaluate((img) => /** @type {HTMLImageElement} */ (img).decode());
  return page.screenshot({ omitBackground: !maskable, type: "png" });
}
for (const [file, size, maskable] of /** @type {const} */ ([
  ["icon-192.png", 192, false],
  ["icon-512.png", 512, false],
  ["icon-maskable-512.png", 512, true],
])) {
  writeFileSync(join(pub, file), await render(size, maskable));
  console.log(`wrote public/${file}`);
}
await browser.close();
