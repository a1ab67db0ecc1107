#!/usr/bin/env node
// The browser test runner: playwright-core and Debian's chromium, no test framework.
//
//   node tests/e2e/run.mjs [--filter TEXT] [--dist DIR] [--base-url URL]
//
// Discovers tests/e2e/*.test.mjs. Each exports
//   export const tests = { 'name': async ({ page, baseUrl, rootUrl, shot, allowErrors }) => {...} };
// Chromium is launched once; every test gets a fresh context (1280x720, light scheme) and page.
// A test fails when it throws, takes over 30 s, or when its page logs a console error, throws an
// uncaught exception, or has a request fail or answer with an HTTP error (unless the test calls
// `allowErrors()`, for tests that break things on purpose). `shot(name)` saves
// screenshots/<name>.png. The site is dist/ served on loopback by scripts/serve-dist.mjs, with
// `baseUrl` under the /nodescope/ sub-path and `rootUrl` at /; `--base-url` tests a running server
// instead (e.g. `make serve`'s). Ends with the line `N passed, M failed`; exits 1 if M > 0 or if
// no test ran.

import { mkdir, readdir, stat } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

import { serveDist } from '../../scripts/serve-dist.mjs';
import { VIEWPORT, launchChromium } from './lib/browser.mjs';

const TEST_TIMEOUT_MS = 30_000;
const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = join(here, '..', '..');
const screenshotDir = join(repoRoot, 'screenshots');

const { values: options } = parseArgs({
  options: {
    filter: { type: 'string' },
    dist: { type: 'string', default: join(repoRoot, 'dist') },
    'base-url': { type: 'string' },
  },
});

/** Every test in discovery order, as { id: 'file › name', run }. */
async function discoverTests() {
  const files = (await readdir(here)).filter((name) => name.endsWith('.test.mjs')).sort();
  const found = [];
  for (const file of files) {
    const module = await import(pathToFileURL(join(here, file)).href);
    if (!module.tests || typeof module.tests !== 'object') {
      throw new Error(`${file} does not export \`tests\` (an object of name → async function)`);
    }
    for (const [name, run] of Object.entries(module.tests)) {
      found.push({ id: `${file.replace(/\.test\.mjs$/, '')} › ${name}`, run });
    }
  }
  return found;
}

function withTimeout(promise, ms, what) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} timed out after ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

function fileSafe(name) {
  return name.replace(/[^a-zA-Z0-9._-]+/g, '-').replace(/^-|-$/g, '');
}

async function runTest(browser, test, urls) {
  const context = await browser.newContext({ viewport: VIEWPORT, colorScheme: 'light' });
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);

  const problems = [];
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const url = message.location()?.url ?? '';
    // The browser's own favicon request for a page without an icon (such as a test's host
    // page made with setContent) is not the page's doing.
    if (/\/favicon\.ico$/.test(url)) return;
    problems.push(`console error: ${message.text()}${url ? ` (${url})` : ''}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught exception: ${error.message}`));
  page.on('requestfailed', (request) =>
    problems.push(`request failed: ${request.url()} (${request.failure()?.errorText})`),
  );
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });

  let errorsAllowed = false;
  const fixtures = {
    page,
    context,
    baseUrl: urls.baseUrl,
    rootUrl: urls.rootUrl,
    allowErrors: () => {
      errorsAllowed = true;
    },
    shot: async (name) => {
      const path = join(screenshotDir, `${fileSafe(name)}.png`);
      await page.screenshot({ path });
      return path;
    },
  };

  try {
    await withTimeout(test.run(fixtures), TEST_TIMEOUT_MS, 'test');
    if (!errorsAllowed && problems.length > 0) {
      const message = `the page reported problems:\n${problems.map((p) => `  - ${p}`).join('\n')}`;
      throw Object.assign(new Error(message), { stack: message });
    }
  } catch (error) {
    const path = join(screenshotDir, `FAILED-${fileSafe(test.id)}.png`);
    await page.screenshot({ path }).catch(() => {});
    error.failureShot = relative(repoRoot, path);
    if (!errorsAllowed && problems.length > 0 && !error.message.includes('reported problems')) {
      error.message += `\n(the page also reported: ${problems.join('; ')})`;
    }
    throw error;
  } finally {
    await context.close();
  }
}

async function main() {
  let tests = await discoverTests();
  if (options.filter) tests = tests.filter((test) => test.id.includes(options.filter));
  if (tests.length === 0) {
    console.error(options.filter ? `no test matches --filter ${options.filter}` : 'no tests found');
    console.log('0 passed, 0 failed');
    return 1;
  }

  let server;
  let urls;
  if (options['base-url']) {
    const base = new URL(options['base-url']);
    urls = { baseUrl: base.href, rootUrl: new URL('/', base).href };
  } else {
    const index = join(options.dist, 'index.html');
    if (!(await stat(index).catch(() => null))) {
      console.error(`no ${relative(process.cwd(), index)}: run \`make build\` first`);
      console.log(`0 passed, ${tests.length} failed`);
      return 1;
    }
    server = await serveDist({ dir: options.dist });
    urls = { baseUrl: server.url, rootUrl: server.rootUrl };
  }

  await mkdir(screenshotDir, { recursive: true });
  const browser = await launchChromium();
  console.log(`browser tests: ${tests.length} against ${urls.baseUrl} in chromium ${browser.version()}`);

  let passed = 0;
  let failed = 0;
  try {
    for (const test of tests) {
      const started = performance.now();
      try {
        await runTest(browser, test, urls);
        passed += 1;
        console.log(`ok   ${test.id} (${Math.round(performance.now() - started)} ms)`);
      } catch (error) {
        failed += 1;
        console.log(`FAIL ${test.id} (${Math.round(performance.now() - started)} ms)`);
        const detail = String(error?.stack ?? error).split('\n').slice(0, 12).join('\n');
        console.log(detail.replace(/^/gm, '     '));
        if (error?.failureShot) console.log(`     screenshot: ${error.failureShot}`);
      }
    }
  } finally {
    await browser.close();
    await server?.close();
  }
  console.log(`${passed} passed, ${failed} failed`);
  return failed > 0 ? 1 : 0;
}

process.exitCode = await main().catch((error) => {
  console.error(error?.stack ?? error);
  console.log('0 passed, 1 failed');
  return 1;
});
