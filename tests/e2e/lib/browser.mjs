// Starts Debian's chromium through playwright-core, the one way the browser tests and the figure
// scripts launch a browser. Never a downloaded browser build: the machine has no route to one.

import { access, constants } from 'node:fs/promises';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// Headless, as root, on a machine whose network is closed: without the background-networking
// flags chromium keeps trying (and failing) to reach Google's hosts. playwright-core adds
// --headless itself and gives every launch a fresh, empty --user-data-dir that it deletes after.
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** The viewport of the screenshots: a projector's 720p. */
export const VIEWPORT = { width: 1280, height: 720 };

export async function launchChromium() {
  try {
    await access(CHROMIUM_PATH, constants.X_OK);
  } catch {
    throw new Error(
      `no chromium at ${CHROMIUM_PATH}: run \`scripts/setup-tools.sh --with-browser\` (or set CHROMIUM_PATH)`,
    );
  }
  let chromium;
  try {
    ({ chromium } = await import('playwright-core'));
  } catch {
    throw new Error('playwright-core is not installed: run `scripts/setup-tools.sh` (it runs `npm ci`)');
  }
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
}
