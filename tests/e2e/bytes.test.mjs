// The bytes lab in a real browser, clicking and typing like a user:
// - type a string with an emoji, cut the byte stream inside the emoji, and step through: the
//   naive lane shows U+FFFD for the cut halves, the decoder lane holds the first half back and
//   shows the emoji once its last byte arrives; the same again with the keyboard only;
// - the setup (text, cuts, encoding) lives in the URL and survives a reload;
// - another encoding changes what is held back and why;
// - screenshots at 1280x720 and 1920x1080 (and bits, invalid bytes, dark and large type).

import assert from 'node:assert/strict';

import { eventually } from './lib/wait.mjs';

const EMOJI_TEXT = 'hi 👋';
// h i ␣ F0 9F 91 8B: the gap between byte 5 and byte 6 splits 👋 after F0 9F.
const CUT_LABEL = /^Gap between byte 5 and byte 6/;

function labUrl(baseUrl, params = {}) {
  const url = new URL(baseUrl);
  url.searchParams.set('lab', 'bytes');
  for (const [key, value] of Object.entries(params)) url.searchParams.set(key, value);
  return url.href;
}

async function openLab(page, baseUrl, params) {
  await page.goto(labUrl(baseUrl, params));
  await page.getByRole('main').getByRole('heading', { name: 'Bytes', level: 2 }).waitFor();
  await page.locator('.strip .byte').first().waitFor();
}

async function stepInfo(page) {
  const text = await page.locator('.step-number').innerText();
  const match = text.match(/step (\d+) \/ (\d+)/);
  assert.ok(match, `step counter reads "${text}"`);
  return { position: Number(match[1]), len: Number(match[2]) };
}

async function waitForStep(page, position) {
  await eventually(async () => assert.equal((await stepInfo(page)).position, position));
}

async function byteTexts(page) {
  return page.locator('.strip .byte .byte-hex').allInnerTexts();
}

/** What a lane cell shows: its characters, with each U+FFFD as "�[bytes]". */
async function cell(page, lane, call) {
  return page.locator(`.lanes-grid [data-lane="${lane}"][data-call="${call}"]`).evaluate((element) => {
    const out = element.querySelector('.out');
    if (!out) return { text: null, held: null };
    let text = '';
    for (const piece of out.querySelectorAll('.piece')) {
      text += piece.classList.contains('fffd')
        ? `\uFFFD[${piece.querySelector('.fffd-bytes').textContent}]`
        : piece.textContent;
    }
    const held = element.querySelector('.held-bytes');
    return { text, held: held ? held.textContent : null };
  });
}

/** Steps 1 to 5 of "hi 👋" cut after F0 9F, checked one by one. */
async function expectEmojiStory(page, stepForward) {
  await waitForStep(page, 0);
  // Nothing has arrived yet.
  assert.equal((await cell(page, 'naive', 1)).text, null);

  await stepForward();
  await waitForStep(page, 1);
  assert.equal((await cell(page, 'naive', 1)).text, 'hi␣\uFFFD[F0 9F]', 'naive: the cut half is U+FFFD');
  assert.equal((await cell(page, 'decoder', 1)).text, null, 'the decoder has not been called yet');

  await stepForward();
  await waitForStep(page, 2);
  assert.deepEqual(await cell(page, 'decoder', 1), { text: 'hi␣', held: 'F0 9F' }, 'the decoder holds F0 9F back');
  assert.equal(await page.locator('.strip .byte.held').count(), 2, 'two bytes are shown held in the strip');

  await stepForward();
  await waitForStep(page, 3);
  assert.equal((await cell(page, 'naive', 2)).text, '\uFFFD[91]\uFFFD[8B]', 'naive: the second half is two U+FFFD');
  assert.equal((await cell(page, 'decoder', 2)).text, null, 'no emoji before the decoder gets the last byte');
  assert.ok(!(await page.locator('.lanes-grid [data-lane="decoder"]').allInnerTexts()).join('').includes('👋'));

  await stepForward();
  await waitForStep(page, 4);
  assert.deepEqual(await cell(page, 'decoder', 2), { text: '👋', held: null }, 'the decoder lane shows the emoji');
  assert.equal(await page.locator('.strip .byte.held').count(), 0);

  await stepForward();
  await waitForStep(page, 5);
  assert.equal((await cell(page, 'decoder', 'end')).text, '');
  const totals = page.locator('.lane-totals');
  assert.match(await totals.locator('dd[data-lane="naive"]').innerText(), /✗ 3 × U\+FFFD/);
  assert.match(await totals.locator('dd[data-lane="decoder"]').innerText(), /👋[\s\S]*✓ same as reading the whole buffer/);
  // The program the lanes come from says what was set up.
  const program = await page.locator('.program').innerText();
  assert.ok(program.includes("Buffer.from('hi 👋', 'utf8')"), program);
  assert.ok(program.includes('bytes.subarray(0, 5), bytes.subarray(5)'), program);
}

async function oneChunk(page) {
  const size = page.getByRole('spinbutton', { name: 'Chunk size in bytes' });
  await size.fill('64');
  await size.press('Enter');
  await eventually(async () => assert.equal(await page.locator('.strip .gap.cut').count(), 0));
}

/** Lets the arrival animation finish, so that pictures show the settled state. */
async function settle(page) {
  await page.waitForTimeout(450);
}

async function pressTabUntil(page, predicate, what, limit = 40) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(predicate)) return;
  }
  throw new Error(`Tab never reached ${what}`);
}

export const tests = {
  'an emoji cut in half: U+FFFD naively, whole from the decoder once its last byte arrives': async ({ page, baseUrl }) => {
    await openLab(page, baseUrl);
    const text = page.getByRole('textbox', { name: 'Text' });
    await text.fill(EMOJI_TEXT);
    await eventually(async () => assert.deepEqual(await byteTexts(page), ['68', '69', '20', 'F0', '9F', '91', '8B']));
    // One chunk first, then a single cut inside the emoji.
    await oneChunk(page);
    const gap = page.getByRole('button', { name: CUT_LABEL });
    assert.match(await gap.getAttribute('aria-label'), /inside U\+1F44B/);
    await gap.click();
    await eventually(async () => assert.equal(await gap.getAttribute('aria-pressed'), 'true'));
    await page.getByRole('button', { name: 'Restart' }).click();
    await expectEmojiStory(page, () => page.getByRole('button', { name: 'Step forward' }).click());

    // Hovering a U+FFFD lights the bytes it stands for.
    await page.locator('.lanes-grid [data-lane="naive"][data-call="2"] .fffd').first().hover();
    await eventually(async () => assert.deepEqual(await page.locator('.strip .byte.lit .byte-hex').allInnerTexts(), ['91']));
    assert.match(await page.locator('.strip-inspect').innerText(), /U\+FFFD in the naive lane: it stands for byte 6 \(91\)/);
  },

  'the same with the keyboard only': async ({ page, baseUrl }) => {
    await openLab(page, baseUrl);
    await pressTabUntil(page, () => document.activeElement?.id === 'bytes-text', 'the text field');
    await page.keyboard.press('Control+A');
    await page.keyboard.type(EMOJI_TEXT);
    await eventually(async () => assert.deepEqual(await byteTexts(page), ['68', '69', '20', 'F0', '9F', '91', '8B']));
    await pressTabUntil(page, () => document.activeElement?.id === 'bytes-chunk-size', 'the chunk size');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('64');
    await page.keyboard.press('Enter');
    await eventually(async () => assert.equal(await page.locator('.strip .gap.cut').count(), 0));
    // The strip is one tab stop; arrows walk byte, gap, byte, … and Enter cuts at a gap.
    await pressTabUntil(page, () => document.activeElement?.closest('.strip') != null, 'the strip');
    assert.equal(await page.evaluate(() => document.activeElement.dataset.item), '0');
    for (let i = 0; i < 9; i++) await page.keyboard.press('ArrowRight');
    const focused = await page.evaluate(() => document.activeElement.getAttribute('aria-label'));
    assert.match(focused, CUT_LABEL);
    await page.keyboard.press('Enter');
    const gap = page.getByRole('button', { name: CUT_LABEL });
    await eventually(async () => assert.equal(await gap.getAttribute('aria-pressed'), 'true'));
    // Space on a gap toggles too (and does not start playback).
    await page.keyboard.press(' ');
    await eventually(async () => assert.equal(await gap.getAttribute('aria-pressed'), 'false'));
    await page.keyboard.press(' ');
    await eventually(async () => assert.equal(await gap.getAttribute('aria-pressed'), 'true'));
    assert.equal((await page.getByRole('button', { name: 'Play' }).count()), 1, 'still paused');
    // Leave the strip, then drive playback with the app's keys.
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.closest('.strip') == null), true);
    await page.keyboard.press('Home');
    await expectEmojiStory(page, () => page.keyboard.press('ArrowRight'));
  },

  'the text, the cuts and the encoding live in the URL': async ({ page, baseUrl }) => {
    await openLab(page, baseUrl);
    await page.getByRole('textbox', { name: 'Text' }).fill('añb\\xFF');
    await eventually(async () => assert.deepEqual(await byteTexts(page), ['61', 'C3', 'B1', '62', 'FF']));
    await oneChunk(page);
    await page.getByRole('button', { name: /^Gap between byte 2 and byte 3/ }).click();
    await page.getByRole('radio', { name: 'utf16le' }).check();
    await eventually(async () => {
      const url = new URL(page.url());
      assert.equal(url.searchParams.get('text'), 'añb\\xFF');
      assert.equal(url.searchParams.get('cuts'), '2');
      assert.equal(url.searchParams.get('enc'), 'utf16le');
    });
    await page.reload();
    await page.locator('.strip .byte').first().waitFor();
    assert.equal(await page.getByRole('textbox', { name: 'Text' }).inputValue(), 'añb\\xFF');
    assert.equal(await page.getByRole('radio', { name: 'utf16le' }).isChecked(), true);
    assert.equal(await page.getByRole('button', { name: /^Gap between byte 2 and byte 3/ }).getAttribute('aria-pressed'), 'true');
    // utf16le: chunk 1 is 2 bytes, one whole code unit; chunk 2 has 3, so one byte waits.
    const held = await cell(page, 'decoder', 2);
    assert.equal(held.held, 'FF');
    assert.match(await page.locator('.lanes-grid .held-pocket').innerText(), /half a code unit/);
  },

  'presets: every one runs, and invalid bytes each show the bytes they replace': async ({ page, baseUrl, shot }) => {
    await openLab(page, baseUrl, { preset: 'invalid' });
    const naive = await page.locator('.lanes-grid [data-lane="naive"] .fffd-bytes').allInnerTexts();
    assert.deepEqual(naive, ['FF', 'C3', 'E2 82']);
    assert.equal((await cell(page, 'decoder', 'end')).text, '\uFFFD[E2 82]');
    await settle(page);
    await shot('bytes-invalid-1280x720');
    const options = await page.getByRole('combobox', { name: 'Preset' }).locator('option').evaluateAll((items) =>
      items.map((item) => item.value).filter(Boolean),
    );
    for (const id of options) {
      await page.getByRole('combobox', { name: 'Preset' }).selectOption(id);
      await eventually(async () => assert.ok(new URL(page.url()).searchParams.get('preset') === id || id === 'emoji'));
      assert.equal(await page.locator('.run-stopped').count(), 0, `${id} ran without an error`);
      const { len } = await stepInfo(page);
      assert.ok(len >= 3, `${id} has steps`);
    }
  },

  'screenshots: projector sizes, bits, dark and large type': async ({ page, baseUrl, shot }) => {
    // The default preset two steps in: the hand's first half is held, the naive lane broke it.
    await openLab(page, baseUrl, { step: '4' });
    await waitForStep(page, 4);
    assert.equal(await page.locator('.strip .byte.held').count(), 2);
    await settle(page);
    await shot('bytes-1280x720');
    await page.setViewportSize({ width: 1920, height: 1080 });
    await settle(page);
    await shot('bytes-1920x1080');
    await page.keyboard.press('b');
    await page.locator('.strip-bits').waitFor();
    assert.deepEqual(
      (await page.locator('.strip .byte').nth(1).locator('.byte-bits span').allInnerTexts()),
      ['110', '00011'],
      'é = C3: lead prefix 110, payload 00011',
    );
    await settle(page);
    await shot('bytes-bits-1920x1080');
    await openLab(page, baseUrl, { preset: 'cjk', theme: 'dark', large: '1' });
    await settle(page);
    await shot('bytes-cjk-dark-large-1920x1080');
    await page.setViewportSize({ width: 1280, height: 720 });
    await openLab(page, baseUrl, { preset: 'combining', theme: 'contrast', step: '3' });
    await settle(page);
    await shot('bytes-combining-contrast-1280x720');
  },
};
