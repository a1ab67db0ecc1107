// Waiting helpers for the browser tests. playwright-core has locators and waitFor, but not
// @playwright/test's `expect`; these fill the gap for what the tests need.

import { AssertionError } from 'node:assert';

/**
 * Retries `check` (which throws while its condition does not hold) until it passes or `timeout`
 * ms have gone by, then rethrows its last error. Like `expect.poll`, for state that settles.
 */
export async function eventually(check, { timeout = 5000, interval = 50 } = {}) {
  const deadline = Date.now() + timeout;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() >= deadline) throw error;
    }
    await new Promise((resolve) => setTimeout(resolve, interval));
  }
}

/** Waits until the page's URL has `?lab=<lab>` (or, for `null`, no `lab` parameter at all). */
export async function waitForLabParam(page, lab, { timeout = 5000 } = {}) {
  try {
    await page.waitForURL((url) => url.searchParams.get('lab') === lab, { timeout });
  } catch {
    throw new AssertionError({
      message: `expected the URL to have lab=${lab}, but it is ${page.url()}`,
    });
  }
}
