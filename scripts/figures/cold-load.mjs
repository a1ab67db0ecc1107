#!/usr/bin/env node
// Measures cold loads of the release build for README.md: dist/ served on loopback, headless
// chromium, a fresh browser context each time (empty HTTP and wasm caches), timed from navigation
// start until the first lab's heading (`main h2`) is in the page. Prints the median of 5.
//
//   node scripts/figures/cold-load.mjs [--runs 5] [--dist dist]

import { parseArgs } from 'node:util';

import { launchChromium, VIEWPORT } from '../../tests/e2e/lib/browser.mjs';
import { serveDist } from '../serve-dist.mjs';

const { values: options } = parseArgs({
  options: { runs: { type: 'string', default: '5' }, dist: { type: 'string', default: 'dist' } },
});
const runs = Number(options.runs);
const READY_SELECTOR = 'main h2';

// Records, inside the page, the moment the selector first matches: no polling delay.
function recordFirstRender(selector) {
  const observer = new MutationObserver(() => {
    if (document.querySelector(selector)) {
      window.__nodescopeFirstRender = performance.now();
      observer.disconnect();
    }
  });
  observer.observe(document, { childList: true, subtree: true });
}

const server = await serveDist({ dir: options.dist });
const browser = await launchChromium();
const chromiumVersion = browser.version();
const times = [];
try {
  for (let run = 0; run < runs; run += 1) {
    const context = await browser.newContext({ viewport: VIEWPORT });
    const page = await context.newPage();
    await page.addInitScript(recordFirstRender, READY_SELECTOR);
    await page.goto(server.url);
    await page.waitForSelector(READY_SELECTOR, { timeout: 30_000 });
    const ms = await page.evaluate(() => window.__nodescopeFirstRender);
    times.push(ms);
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}

const sorted = [...times].sort((a, b) => a - b);
const median = sorted[Math.floor(sorted.length / 2)];
console.log(`cold loads to first rendered lab (${runs}, ms): ${times.map((t) => t.toFixed(0)).join(', ')}`);
console.log(`median: ${median.toFixed(0)} ms (chromium ${chromiumVersion}, loopback)`);
