// Share, embed, present (issue 7): a sandboxed embed driven by postMessage like reveal.js does,
// the compact embed layout at 480×360 and 360×400, every key (and none while typing), the
// presentation mode at 1920×1080 (large type, the contrast theme at WCAG AAA), export of the
// frame as SVG and PNG, and the one-file offline build opened from file://.

import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';

import { auditText } from './lib/audit.mjs';
import { eventually } from './lib/wait.mjs';

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

const LABS = [
  { lab: 'event-loop', title: 'Event loop', preset: 'microtask-nesting', other: 'async-await', picture: '.panel-stack' },
  { lab: 'streams', title: 'Streams', preset: 'pipe', other: 'no-backpressure', picture: '.panel-pipes' },
  { lab: 'bytes', title: 'Bytes', preset: 'emoji', other: 'accents', picture: '.bytes-strip-panel' },
];

function url(baseUrl, params) {
  const result = new URL(baseUrl);
  for (const [key, value] of Object.entries(params)) result.searchParams.set(key, value);
  return result.href;
}

async function stepOf(locator) {
  const text = await locator.locator('.step-number').innerText();
  const match = text.match(/step (\d+) \/ (\d+)/);
  assert.ok(match, `step counter reads "${text}"`);
  return { position: Number(match[1]), len: Number(match[2]) };
}

async function openLab(page, address) {
  await page.goto(address);
  await page.locator('.step-number').waitFor({ timeout: 20000 });
}

/** A host page, like a slide deck, with the lab in `<iframe sandbox="allow-scripts">`. */
async function openHost(page, baseUrl, src) {
  const host = new URL('slides.html', baseUrl).href;
  await page.route(host, (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: `<!doctype html><title>slides</title>
<script>
  window.received = [];
  addEventListener('message', (event) => {
    const frame = document.querySelector('iframe');
    if (event.source === frame.contentWindow) received.push({ origin: event.origin, data: event.data });
  });
  window.send = (message) => document.querySelector('iframe').contentWindow.postMessage(message, '*');
</script>
<h1>Slide 3</h1>
<iframe sandbox="allow-scripts" title="nodescope" src="${src.replace(/&/g, '&amp;')}" width="720" height="480"></iframe>`,
    }),
  );
  await page.goto(host);
  const frame = page.frameLocator('iframe');
  await frame.locator('.step-number').waitFor({ timeout: 20000 });
  return frame;
}

const received = (page) => page.evaluate(() => window.received);
const send = (page, message) => page.evaluate((m) => window.send(m), message);

async function lastEvent(page, predicate, what) {
  return eventually(async () => {
    const found = (await received(page)).filter((m) => predicate(m.data));
    assert.ok(found.length > 0, `no ${what} event yet`);
    return found.at(-1).data;
  });
}

export const tests = {
  'a sandboxed embed answers postMessage commands and reports steps': async ({ page, baseUrl }) => {
    const src = url(baseUrl, { lab: 'event-loop', preset: 'microtask-nesting', embed: '1' });
    const frame = await openHost(page, baseUrl, src);
    assert.equal(await frame.locator('.site-header, .site-footer, nav').count(), 0);

    const ready = await lastEvent(page, (d) => d?.event === 'ready', 'ready');
    assert.deepEqual(
      { type: ready.type, lab: ready.lab, preset: ready.preset, step: ready.step },
      { type: 'nodescope', lab: 'event-loop', preset: 'microtask-nesting', step: 0 },
    );
    const total = ready.total;
    assert.ok(total > 10, `total ${total}`);
    // Without allow-same-origin the frame's origin is opaque.
    assert.equal((await received(page))[0].origin, 'null');

    // One at a time: commands faster than the lab renders report only the step they end on.
    for (let n = 1; n <= 3; n++) {
      await send(page, { type: 'nodescope', command: 'step' });
      await eventually(async () => assert.equal((await stepOf(frame)).position, n));
    }
    const steps = (await received(page)).filter((m) => m.data.event === 'step').map((m) => m.data.step);
    assert.deepEqual(steps, [1, 2, 3]);

    await send(page, { type: 'nodescope', command: 'back' });
    await eventually(async () => assert.equal((await stepOf(frame)).position, 2));
    // reveal.js sends JSON strings; those work too.
    await send(page, JSON.stringify({ type: 'nodescope', command: 'seek', step: 10 }));
    await eventually(async () => assert.equal((await stepOf(frame)).position, 10));
    assert.equal((await lastEvent(page, (d) => d.event === 'step', 'step')).step, 10);

    // Malformed and foreign messages change nothing.
    const before = (await received(page)).length;
    for (const junk of ['step', 42, null, { command: 'step' }, { type: 'reveal', command: 'step' }, '{"type":"nodescope"', [1, 2]]) {
      await send(page, junk);
    }
    await send(page, { type: 'nodescope', command: 'jump' });
    const error = await lastEvent(page, (d) => d.event === 'error', 'error');
    assert.match(error.message, /unknown command "jump"/);
    await send(page, { type: 'nodescope', command: 'seek', step: -4 });
    await eventually(async () =>
      assert.equal((await received(page)).filter((m) => m.data.event === 'error').length, 2),
    );
    assert.equal((await stepOf(frame)).position, 10);
    assert.equal((await received(page)).length, before + 2, 'only the two errors were answered');

    await send(page, { type: 'nodescope', command: 'seek', step: 'end' });
    const finished = await lastEvent(page, (d) => d.event === 'finished', 'finished');
    assert.equal(finished.step, total);
    assert.equal(finished.atEnd, true);

    await send(page, { type: 'nodescope', command: 'restart' });
    await eventually(async () => assert.equal((await stepOf(frame)).position, 0));
    await send(page, { type: 'nodescope', command: 'play' });
    await eventually(async () => assert.ok((await stepOf(frame)).position >= 2));
    await send(page, { type: 'nodescope', command: 'pause' });
    await send(page, { type: 'nodescope', command: 'status' });
    const status = await lastEvent(page, (d) => d.event === 'status', 'status');
    assert.equal(status.playing, false);

    await send(page, { type: 'nodescope', command: 'load', preset: 'async-await' });
    const loaded = await lastEvent(page, (d) => d.event === 'step' && d.preset === 'async-await', 'load');
    assert.equal(loaded.step, 0);
    assert.equal(await frame.getByRole('combobox', { name: 'Preset' }).inputValue(), 'async-await');
    await send(page, { type: 'nodescope', command: 'load', preset: 'no-such-thing' });
    const refused = await lastEvent(page, (d) => d.event === 'error' && /no-such-thing/.test(d.message), 'error');
    assert.match(refused.message, /no preset "no-such-thing" in the Event loop lab/);
    await send(page, { type: 'nodescope', command: 'end' });
    await lastEvent(page, (d) => d.event === 'finished' && d.preset === 'async-await', 'finished');
  },

  'the streams and bytes embeds answer the same commands': async ({ page, baseUrl }) => {
    for (const { lab, preset, other, title } of LABS.slice(1)) {
      const frame = await openHost(page, baseUrl, url(baseUrl, { lab, preset, step: '0', embed: '1' }));
      const ready = await lastEvent(page, (d) => d.event === 'ready', 'ready');
      assert.equal(ready.lab, lab);
      assert.equal(ready.preset, preset);
      await send(page, { type: 'nodescope', command: 'step' });
      await send(page, { type: 'nodescope', command: 'step' });
      await eventually(async () => assert.equal((await stepOf(frame)).position, 2));
      await send(page, { type: 'nodescope', command: 'load', preset: other });
      await lastEvent(page, (d) => d.event === 'step' && d.preset === other, `${lab} load`);
      await send(page, { type: 'nodescope', command: 'load', preset: 'nope' });
      const refused = await lastEvent(page, (d) => d.event === 'error', 'error');
      assert.match(refused.message, new RegExp(`in the ${title} lab`));
      await send(page, { type: 'nodescope', command: 'seek', step: 'end' });
      await lastEvent(page, (d) => d.event === 'finished', `${lab} finished`);
    }
  },

  'a compact embed shows the lab first and the code behind a button': async ({ page, baseUrl, shot }) => {
    for (const size of [{ width: 480, height: 360 }, { width: 360, height: 400 }]) {
      await page.setViewportSize(size);
      for (const { lab, preset, picture } of LABS) {
        await openLab(page, url(baseUrl, { lab, preset, step: '6', embed: '1' }));
        const box = await page.locator(picture).boundingBox();
        assert.ok(box && box.y < size.height * 0.6, `${lab}: ${picture} starts at ${box?.y} in ${size.height}`);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
        assert.ok(overflow <= 0, `${lab} at ${size.width}: the page is ${overflow}px wider than the frame`);
        await page.getByRole('link', { name: /Open in nodescope/ }).waitFor();
        if (lab !== 'bytes') {
          const toggle = page.getByRole('button', { name: 'Show code' });
          assert.equal(await page.getByRole('textbox', { name: 'Program code' }).count(), 0);
          await shot(`embed-${lab}-${size.width}x${size.height}`);
          await toggle.click();
          await page.getByRole('textbox', { name: 'Program code' }).waitFor();
          assert.equal(await page.getByRole('button', { name: 'Hide code' }).getAttribute('aria-expanded'), 'true');
        } else {
          await shot(`embed-${lab}-${size.width}x${size.height}`);
        }
      }
    }
    // A roomy frame shows the code from the start.
    await page.setViewportSize({ width: 1000, height: 700 });
    await openLab(page, url(baseUrl, { lab: 'event-loop', preset: 'async-await', embed: '1' }));
    await page.getByRole('textbox', { name: 'Program code' }).waitFor();
  },

  'every key works in every lab, and none while typing': async ({ page, baseUrl }) => {
    const root = page.locator('html');
    for (const { lab, preset } of LABS) {
      await openLab(page, url(baseUrl, { lab, preset, step: '0' }));
      const at = async () => (await stepOf(page)).position;
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      await eventually(async () => assert.equal(await at(), 2));
      await page.keyboard.press('ArrowLeft');
      await eventually(async () => assert.equal(await at(), 1));
      await page.keyboard.press('End');
      const { len } = await stepOf(page);
      await eventually(async () => assert.equal(await at(), len));
      await page.keyboard.press('Home');
      await eventually(async () => assert.equal(await at(), 0));
      const speed = page.getByRole('combobox', { name: 'Speed' });
      assert.equal(await speed.inputValue(), '4');
      await page.keyboard.press('+');
      await eventually(async () => assert.equal(await speed.inputValue(), '8'));
      await page.keyboard.press('-');
      await page.keyboard.press('-');
      await eventually(async () => assert.equal(await speed.inputValue(), '2'));
      await page.keyboard.press('Space');
      await page.getByRole('button', { name: 'Pause' }).waitFor();
      await page.keyboard.press('Space');
      await page.getByRole('button', { name: 'Play' }).waitFor();
      const theme = await root.getAttribute('data-theme');
      await page.keyboard.press('t');
      await eventually(async () => assert.notEqual(await root.getAttribute('data-theme'), theme));
      await page.keyboard.press('?');
      const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
      await help.waitFor();
      for (const key of ['Space', 'Home', 'End', 'T', 'F', '?']) {
        assert.ok((await help.innerText()).includes(key), `the help lists ${key}`);
      }
      await page.keyboard.press('Escape');
      await help.waitFor({ state: 'detached' });
      await page.keyboard.press('f');
      await eventually(async () => assert.ok(await page.evaluate(() => !!document.fullscreenElement)));
      await page.keyboard.press('f');
      await eventually(async () => assert.ok(await page.evaluate(() => !document.fullscreenElement)));
      await page.waitForURL((address) => address.searchParams.get('theme') !== null);
    }

    // Typing: in the event-loop editor and in the bytes lab's text field.
    await openLab(page, url(baseUrl, { lab: 'event-loop', preset: 'async-await', step: '3', theme: 'light' }));
    const editor = page.getByRole('textbox', { name: 'Program code' });
    await editor.click();
    await page.keyboard.press('End');
    await page.keyboard.type(' tf?+- ');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Home');
    assert.match(await editor.inputValue(), / tf\?\+- /);
    assert.equal((await stepOf(page)).position, 3);
    assert.equal(await root.getAttribute('data-theme'), 'light');
    assert.equal(await page.getByRole('dialog').count(), 0);
    assert.equal(await page.getByRole('combobox', { name: 'Speed' }).inputValue(), '4');
    assert.ok(await page.evaluate(() => !document.fullscreenElement));

    await openLab(page, url(baseUrl, { lab: 'bytes', preset: 'emoji', step: '2', theme: 'light' }));
    const text = page.getByRole('textbox', { name: 'Text' });
    await text.click();
    await page.keyboard.press('End');
    await page.keyboard.type('t?f b');
    await page.keyboard.press('Home');
    assert.equal(await root.getAttribute('data-theme'), 'light');
    assert.equal(await page.getByRole('dialog').count(), 0);
    assert.ok((await text.inputValue()).endsWith('t?f b'));
  },

  'presentation mode at 1920×1080: large type, and the contrast theme at AAA': async ({ page, baseUrl, shot }) => {
    await page.setViewportSize({ width: 1920, height: 1080 });
    const scenes = [
      { lab: 'event-loop', preset: 'threadpool', step: '40' },
      { lab: 'streams', preset: 'pipe', step: '300' },
      { lab: 'streams', preset: 'disconnect-pipeline', step: 'end' },
      { lab: 'bytes', preset: 'emoji', step: '4' },
      { lab: 'bytes', preset: 'invalid', step: 'end' },
    ];
    for (const scene of scenes) {
      await openLab(page, url(baseUrl, { ...scene, theme: 'contrast', large: '1' }));
      await page.waitForTimeout(300);
      const audit = await page.evaluate(auditText, 7);
      assert.ok(audit.checked > 40, `${scene.lab}: only ${audit.checked} texts checked`);
      assert.deepEqual(audit.failures, [], `${scene.lab} ${scene.preset}: text under 7:1`);
      assert.ok(audit.minFont >= 16, `${scene.lab}: "${audit.minFontText}" is ${audit.minFont}px`);
      const narration = await page.locator('.narration').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
      assert.ok(narration >= 26, `narration at ${narration}px`);
      await shot(`presentation-${scene.lab}-${scene.preset}-1920x1080`);
    }
  },

  'the frame exports as SVG and PNG': async ({ page, baseUrl }) => {
    await openLab(page, url(baseUrl, { lab: 'event-loop', preset: 'async-await', step: '9' }));
    const narration = (await page.locator('.narration').innerText()).trim();
    await page.getByRole('button', { name: 'Share' }).click();
    const labWidth = Math.ceil((await page.locator('main .lab').boundingBox()).width);

    const [svgDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download SVG' }).click(),
    ]);
    assert.equal(svgDownload.suggestedFilename(), 'nodescope-event-loop-async-await-step-9.svg');
    const svg = await readFile(await svgDownload.path(), 'utf8');
    assert.match(svg, /^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="\d+" height="\d+"/);
    assert.ok(svg.includes(narration.slice(0, 30).replace(/&/g, '&amp;')), 'the SVG has the narration');
    assert.ok(!/class="/.test(svg), 'styles are inlined, not classes');
    assert.ok(!svg.includes('Download SVG'), 'the share panel is not in the frame');
    await page.locator('.share-status').filter({ hasText: /Downloaded nodescope-event-loop-async-await-step-9\.svg/ }).waitFor();

    const [pngDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download PNG' }).click(),
    ]);
    assert.equal(pngDownload.suggestedFilename(), 'nodescope-event-loop-async-await-step-9.png');
    const png = await readFile(await pngDownload.path());
    assert.deepEqual([...png.subarray(0, 8)], [137, 80, 78, 71, 13, 10, 26, 10]);
    assert.equal(png.readUInt32BE(16), labWidth * 2, 'PNG width: twice the lab');
    assert.ok(png.length > 20000, `PNG of ${png.length} bytes looks empty`);
  },

  'the single-file build runs a preset from file:// with no server': async ({ context, page }) => {
    const dir = await mkdtemp(join(tmpdir(), 'nodescope-single-'));
    try {
      const out = join(dir, 'nodescope.html');
      await promisify(execFile)('node', [join(repoRoot, 'scripts', 'single-file.mjs'), '--out', out]);
      const requests = [];
      context.on('request', (request) => {
        if (!/^(file|data|blob):/.test(request.url())) requests.push(request.url());
      });
      const address = `${pathToFileURL(out).href}?lab=event-loop&preset=async-await&step=4`;
      await page.goto(address);
      await page.locator('.step-number').waitFor({ timeout: 25000 });
      assert.equal((await stepOf(page)).position, 4);
      await page.getByRole('combobox', { name: 'Preset' }).selectOption('tick-immediate-timeout');
      await eventually(async () => assert.equal((await stepOf(page)).position, 0));
      await page.getByRole('button', { name: 'Last step' }).click();
      await eventually(async () =>
        assert.ok((await page.locator('.panel-console .console-text').count()) >= 3),
      );
      await page.getByRole('navigation').getByRole('link', { name: 'Bytes', exact: true }).click();
      await page.locator('.bytes-strip-panel').waitFor();
      assert.deepEqual(requests, [], 'nothing came from the network');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  },
};
