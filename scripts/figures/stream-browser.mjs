#!/usr/bin/env node
// The browser half of the figure "simulation time for streaming a big virtual file in 64 KiB
// chunks": in the streams lab of the built site (dist/, or the folder given), runs a program that
// pipes fs.createReadStream('/data/big.log') into a Writable that drops every chunk, with the
// lab's largest file (128 MiB, 2,048 reads), and times the Run button until the run is on screen
// (simulation with the trace recorded, the lab's model of it, and the render). Prints the median
// of 3 and the per-chunk cost; 2 GiB is 16 times as many chunks.
//
//   node scripts/figures/stream-browser.mjs [DIST]

import { deflateRawSync } from 'node:zlib';

import { serveDist } from '../serve-dist.mjs';
import { launchChromium } from '../../tests/e2e/lib/browser.mjs';

const dist = process.argv[2] ?? 'dist';
const CHUNKS = 2048;
const code = `const fs = require('fs');
const { Writable, pipeline } = require('stream');
let bytes = 0;
pipeline(
  fs.createReadStream('/data/big.log'),
  new Writable({ write(chunk, encoding, callback) { bytes += chunk.length; callback(); } }),
  (err) => console.log(err ? err.message : \`\${bytes} bytes\`),
);
`;

const server = await serveDist({ dir: dist });
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  // The lab opens on the program with the slider's largest file (128 MiB); that first run is
  // not timed.
  const encoded = deflateRawSync(Buffer.from(code)).toString('base64url');
  await page.goto(`${server.url}?lab=streams&knobs=file=128&code=${encoded}`);
  await page.locator('.lab-streams .step-number').waitFor({ timeout: 300000 });
  await page.locator('.lab-streams .run:not([disabled])').waitFor({ timeout: 300000 });
  const times = [];
  for (let i = 0; i < 3; i++) {
    // Timed inside the page: from the click until the button is enabled again after having been
    // disabled (the simulation blocks the page's thread, so polling from outside would miss it).
    times.push(
      await page.evaluate(
        () =>
          new Promise((resolve) => {
            const button = document.querySelector('.lab-streams .run');
            const started = performance.now();
            let running = false;
            const observer = new MutationObserver(() => {
              if (button.disabled) running = true;
              else if (running) {
                observer.disconnect();
                resolve(Math.round(performance.now() - started));
              }
            });
            observer.observe(button, { attributes: true, childList: true, subtree: true, characterData: true });
            button.click();
          }),
      ),
    );
  }
  await page.getByRole('button', { name: 'Last step' }).click();
  const printed = await page.locator('.panel-console .console-text').allInnerTexts();
  times.sort((a, b) => a - b);
  const median = times[1];
  console.log(`printed: ${printed.join(' | ')}`);
  console.log(`128 MiB in 64 KiB chunks (${CHUNKS} reads), browser, trace recorded: median ${median} ms of ${times.join(', ')} ms`);
  console.log(`per chunk ${(median / CHUNKS).toFixed(3)} ms; 2 GiB (32,768 chunks) at that rate: ${((median / CHUNKS) * 32768 / 1000).toFixed(1)} s`);
} finally {
  await browser.close();
  await server.close();
}
