// The URL is the state: links open at the step they name, steps change the URL without adding
// history entries, edited code survives a reload, malformed parameters are ignored with a
// notice, themes and large type come from the link, and embed mode drops the site chrome,
// also inside a sandboxed iframe.

import assert from 'node:assert/strict';

import { eventually } from './lib/wait.mjs';

function labUrl(baseUrl, params = {}) {
  const url = new URL(baseUrl);
  url.searchParams.set('lab', 'event-loop');
  for (const [key, value] of Object.entries(params)) url.searchParams.set(key, value);
  return url.href;
}

async function openLab(page, url) {
  await page.goto(url);
  await page.getByRole('main').getByRole('heading', { name: 'Event loop', level: 2 }).waitFor();
  await page.locator('.step-number').waitFor();
}

async function stepInfo(page) {
  const text = await page.locator('.step-number').innerText();
  const match = text.match(/step (\d+) \/ (\d+)/);
  assert.ok(match, `step counter reads "${text}"`);
  return { position: Number(match[1]), len: Number(match[2]) };
}

function param(page, name) {
  return new URL(page.url()).searchParams.get(name);
}

export const tests = {
  'a link with a preset and a step opens at that step': async ({ page, baseUrl }) => {
    await openLab(page, labUrl(baseUrl, { preset: 'microtask-nesting', step: '12' }));
    assert.equal((await stepInfo(page)).position, 12);
    assert.equal(await page.getByRole('combobox', { name: 'Preset' }).inputValue(), 'microtask-nesting');
    await openLab(page, labUrl(baseUrl, { preset: 'async-await', step: 'end' }));
    const { position, len } = await stepInfo(page);
    assert.equal(position, len);
  },

  'steps update the URL without adding history entries': async ({ page, baseUrl }) => {
    await openLab(page, labUrl(baseUrl, { preset: 'async-await' }));
    const entries = await page.evaluate(() => history.length);
    for (let n = 0; n < 5; n++) await page.keyboard.press('ArrowRight');
    await page.waitForURL((url) => url.searchParams.get('step') === '5');
    assert.equal(param(page, 'preset'), 'async-await');
    assert.equal(await page.evaluate(() => history.length), entries);
    await page.keyboard.press('End');
    await page.waitForURL((url) => url.searchParams.get('step') === 'end');
    await page.reload();
    await page.locator('.step-number').waitFor();
    const { position, len } = await stepInfo(page);
    assert.equal(position, len);
  },

  'edited code survives a reload': async ({ page, baseUrl }) => {
    await openLab(page, labUrl(baseUrl, { preset: 'tick-immediate-timeout' }));
    const code = "// mine\nsetImmediate(() => console.log('kept'));\n";
    const editor = page.getByRole('textbox', { name: 'Program code' });
    await editor.fill(code);
    await page.waitForURL((url) => url.searchParams.has('code'));
    assert.equal(param(page, 'preset'), null);
    await page.reload();
    await page.locator('.step-number').waitFor();
    assert.equal(await editor.inputValue(), code);
    await page.getByRole('button', { name: 'Last step' }).click();
    const lines = await page.locator('.panel-console .console-text').allInnerTexts();
    assert.deepEqual(lines, ['kept']);
  },

  'malformed parameters are ignored with a notice and the rest loads': async ({ page, baseUrl, shot }) => {
    const url = `${labUrl(baseUrl, { preset: 'async-await' })}&step=ten&theme=neon&code=%21%21%21&speed=3`;
    await openLab(page, url);
    const notice = page.locator('.notice-url[role="status"]');
    await notice.waitFor();
    const text = await notice.innerText();
    for (const bit of ['step=ten', 'theme=neon', 'code=', 'speed=3']) assert.ok(text.includes(bit), `${bit} in: ${text}`);
    assert.equal(await page.getByRole('combobox', { name: 'Preset' }).inputValue(), 'async-await');
    assert.equal((await stepInfo(page)).position, 0);
    await page.getByRole('button', { name: 'Step forward' }).click();
    await eventually(async () => assert.equal((await stepInfo(page)).position, 1));
    await shot('share-malformed-notice');
    await page.getByRole('button', { name: 'Dismiss notice' }).first().click();
    assert.equal(await notice.count(), 0);
  },

  'an unknown preset falls back to the first one with a notice': async ({ page, baseUrl }) => {
    await openLab(page, labUrl(baseUrl, { preset: 'no-such-preset' }));
    await page.locator('[role="status"]').filter({ hasText: 'no-such-preset' }).first().waitFor();
    assert.equal(
      await page.getByRole('combobox', { name: 'Preset' }).inputValue(),
      'tick-immediate-timeout',
    );
  },

  'theme and large type come from the link, and T cycles the theme': async ({ page, baseUrl, shot }) => {
    await openLab(page, labUrl(baseUrl, { preset: 'threadpool', theme: 'contrast', large: '1', step: '40' }));
    const root = page.locator('html');
    assert.equal(await root.getAttribute('data-theme'), 'contrast');
    assert.equal(await root.getAttribute('data-size'), 'large');
    await page.setViewportSize({ width: 1920, height: 1080 });
    await shot('presentation-contrast-large-1920x1080');
    await page.keyboard.press('t');
    await eventually(async () => assert.equal(await root.getAttribute('data-theme'), 'light'));
    await page.waitForURL((url) => url.searchParams.get('theme') === 'light');
    await page.keyboard.press('t');
    await eventually(async () => assert.equal(await root.getAttribute('data-theme'), 'dark'));
    await shot('event-loop-dark-large-1920x1080');
  },

  'without a theme in the link the page follows the system': async ({ page, baseUrl }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await openLab(page, labUrl(baseUrl, { preset: 'starvation' }));
    assert.equal(await page.locator('html').getAttribute('data-theme'), 'dark');
    await page.emulateMedia({ colorScheme: 'light' });
    await eventually(async () => assert.equal(await page.locator('html').getAttribute('data-theme'), 'light'));
  },

  'Share shows a link and an embed snippet for this exact view': async ({ page, context, baseUrl }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await openLab(page, labUrl(baseUrl, { preset: 'starvation', step: '30' }));
    await page.getByRole('button', { name: 'Share' }).click();
    const link = await page.getByRole('textbox', { name: 'Link to this view' }).inputValue();
    assert.match(link, /preset=starvation/);
    assert.match(link, /step=30/);
    const snippet = await page.getByRole('textbox', { name: 'Embed code' }).inputValue();
    assert.match(snippet, /^<iframe src="[^"]*embed=1[^"]*" title="nodescope: Event loop lab"/);
    await page.getByRole('button', { name: 'Copy link' }).click();
    await page.locator('.share-status').filter({ hasText: /Copied|not available/ }).waitFor();
    await openLab(page, link);
    assert.equal((await stepInfo(page)).position, 30);
  },

  'embed mode shows the lab without site chrome': async ({ page, baseUrl, shot }) => {
    await page.setViewportSize({ width: 480, height: 360 });
    await openLab(page, labUrl(baseUrl, { preset: 'microtask-nesting', step: '20', embed: '1' }));
    assert.equal(await page.getByRole('navigation').count(), 0);
    assert.equal(await page.locator('.site-header, .site-footer').count(), 0);
    const open = page.getByRole('link', { name: /Open in nodescope/ });
    await open.waitFor();
    assert.doesNotMatch((await open.getAttribute('href')) ?? '', /embed=1/);
    await shot('embed-480x360');
  },

  // A sandbox without allow-same-origin also needs the server to send CORS headers for the
  // module script and the wasm (an opaque origin fetches them cross-origin); see issue 7.
  'an embed works inside a sandboxed iframe': async ({ page, baseUrl }) => {
    const src = labUrl(baseUrl, { preset: 'async-await', step: 'end', embed: '1' });
    // A host page on the same origin, like a blog post embedding the lab.
    const host = new URL('embed-host.html', baseUrl).href;
    await page.route(host, (route) =>
      route.fulfill({
        contentType: 'text/html; charset=utf-8',
        body: `<!doctype html><title>host</title><h1>A blog post</h1><iframe sandbox="allow-scripts allow-same-origin" title="lab" src="${src.replace(/&/g, '&amp;')}" width="900" height="600"></iframe>`,
      }),
    );
    await page.goto(host);
    const frame = page.frameLocator('iframe');
    await frame.locator('.step-number').waitFor({ timeout: 15000 });
    const text = await frame.locator('.step-number').innerText();
    const [, position, len] = text.match(/step (\d+) \/ (\d+)/);
    assert.equal(position, len);
    await frame.getByRole('button', { name: 'Step back' }).click();
    await eventually(async () =>
      assert.match(await frame.locator('.step-number').innerText(), new RegExp(`step ${len - 1} /`)),
    );
  },

  'lab changes add history entries and Back restores the exact step': async ({ page, baseUrl }) => {
    await openLab(page, labUrl(baseUrl, { preset: 'async-await', step: '7' }));
    await page.getByRole('navigation').getByRole('link', { name: 'Bytes', exact: true }).click();
    await page.waitForURL((url) => url.searchParams.get('lab') === 'bytes');
    await page.goBack();
    await page.locator('.step-number').waitFor();
    assert.equal((await stepInfo(page)).position, 7);
    assert.equal(param(page, 'preset'), 'async-await');
  },
};
