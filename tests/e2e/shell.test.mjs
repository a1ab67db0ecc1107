// The app shell: first paint, lab navigation through the URL, and what a bad URL or a missing wasm
// shows. This file is the contract the app (src/) builds to:
// - the navigation has links named exactly "Event loop", "Streams" and "Bytes";
// - the chosen lab is `?lab=event-loop|streams|bytes`, and the main landmark then has a heading
//   containing the lab's name; no `lab` parameter means the event loop lab;
// - an unknown `?lab=` shows the event loop lab and a visible role=status or role=alert notice
//   that quotes the ignored value.

import assert from 'node:assert/strict';

import { waitForLabParam } from './lib/wait.mjs';

const LABS = [
  { id: 'event-loop', name: 'Event loop' },
  { id: 'streams', name: 'Streams' },
  { id: 'bytes', name: 'Bytes' },
];

function navLink(page, name) {
  return page.getByRole('navigation').getByRole('link', { name, exact: true });
}

/** Resolves once the main area shows the named lab's heading. */
async function expectLab(page, name) {
  const heading = page.getByRole('main').getByRole('heading', { name: new RegExp(name, 'i') });
  await heading.first().waitFor({ state: 'visible' });
}

function withLab(url, lab) {
  const next = new URL(url);
  next.searchParams.set('lab', lab);
  return next.href;
}

export const tests = {
  'the page paints a loading state before the wasm runs': async ({ page, baseUrl }) => {
    const response = await page.request.get(baseUrl);
    assert.equal(response.status(), 200);
    const html = await response.text();
    assert.match(html, /Loading nodescope…/);
    assert.match(html, /prefers-color-scheme: dark/);
  },

  'loads the default lab without console errors': async ({ page, baseUrl }) => {
    await page.goto(baseUrl);
    await expectLab(page, 'Event loop');
    for (const { name } of LABS) await navLink(page, name).waitFor({ state: 'visible' });
    assert.equal(await page.locator('#nodescope-loading').count(), 0, 'the loading state is gone');
  },

  'each nav link opens its lab and puts it in the URL': async ({ page, baseUrl, shot }) => {
    await page.goto(baseUrl);
    await expectLab(page, 'Event loop');
    // Visit the others first so that clicking "Event loop" is a real change too.
    for (const { id, name } of [...LABS.slice(1), LABS[0]]) {
      await navLink(page, name).click();
      await waitForLabParam(page, id);
      await expectLab(page, name);
      await shot(`lab-${id}-1280x720`);
    }
  },

  'reload keeps the lab': async ({ page, baseUrl }) => {
    await page.goto(withLab(baseUrl, 'streams'));
    await expectLab(page, 'Streams');
    await page.reload();
    await waitForLabParam(page, 'streams');
    await expectLab(page, 'Streams');
  },

  'back and forward move between labs': async ({ page, baseUrl }) => {
    await page.goto(baseUrl);
    await expectLab(page, 'Event loop');
    await navLink(page, 'Streams').click();
    await expectLab(page, 'Streams');
    await navLink(page, 'Bytes').click();
    await expectLab(page, 'Bytes');

    await page.goBack();
    await waitForLabParam(page, 'streams');
    await expectLab(page, 'Streams');
    await page.goBack();
    await page.waitForURL((url) => [null, 'event-loop'].includes(url.searchParams.get('lab')));
    await expectLab(page, 'Event loop');
    await page.goForward();
    await waitForLabParam(page, 'streams');
    await expectLab(page, 'Streams');
  },

  'an unknown lab shows the default lab and says so': async ({ page, baseUrl, shot }) => {
    await page.goto(withLab(baseUrl, 'nonsense'));
    await expectLab(page, 'Event loop');
    const notice = page.locator('[role="status"], [role="alert"]').filter({ hasText: 'nonsense' });
    await notice.first().waitFor({ state: 'visible' });
    await shot('unknown-lab-notice');
  },

  'works from the site root as well as a sub-path': async ({ page, rootUrl }) => {
    await page.goto(withLab(rootUrl, 'bytes'));
    await expectLab(page, 'Bytes');
  },

  'says why when the wasm cannot load': async ({ page, baseUrl, allowErrors, shot }) => {
    allowErrors();
    await page.route(/\.wasm$/, (route) => route.abort('connectionrefused'));
    await page.goto(baseUrl);
    const alert = page.locator('#nodescope-loading[role="alert"]');
    await alert.waitFor({ state: 'visible' });
    assert.match(await alert.innerText(), /could not start.*WebAssembly/s);
    await shot('wasm-failed');
  },
};
