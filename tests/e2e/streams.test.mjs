// The streams lab in a real browser:
// - every scenario runs; at chosen steps each stream's buffer gauges and the memory figure show
//   what the lab's state says, and that state is read from the engine's trace
//   (`window.__nodescopeStreams`, see src/labs/streams/inspect.rs);
// - write() returning false and 'drain' are flagged on the right stream at the step they happen;
// - fs.readFile of a file larger than the heap limit ends with V8's out-of-memory message;
// - a client that hangs up leaves .pipe()'s file stream paused and open, and pipeline()'s
//   destroyed with ERR_STREAM_PREMATURE_CLOSE;
// - a slider regenerates the code and re-simulates, and the link carries it;
// - screenshots at 1280x720 and 1920x1080.

import assert from 'node:assert/strict';

import { eventually } from './lib/wait.mjs';

const SCENARIOS = ['read-file', 'no-backpressure', 'pipe', 'pipeline-gzip', 'disconnect-pipe', 'disconnect-pipeline'];

// ---------- helpers (a small page object) ----------

function labUrl(baseUrl, params = {}) {
  const url = new URL(baseUrl);
  url.searchParams.set('lab', 'streams');
  for (const [key, value] of Object.entries(params)) url.searchParams.set(key, value);
  return url.href;
}

async function openLab(page, baseUrl, params) {
  await page.goto(labUrl(baseUrl, params));
  await page.getByRole('main').getByRole('heading', { name: 'Streams', level: 2 }).waitFor({ timeout: 20000 });
  await page.locator('.step-number').waitFor();
}

async function stepInfo(page) {
  const text = await page.locator('.step-number').innerText();
  const match = text.match(/step (\d+) \/ (\d+)/);
  assert.ok(match, `step counter reads "${text}"`);
  return { position: Number(match[1]), len: Number(match[2]) };
}

async function seek(page, position) {
  await page.getByRole('slider', { name: 'Step' }).fill(String(position));
  await eventually(async () => assert.equal((await stepInfo(page)).position, position));
}

async function labState(page, n) {
  const json = await page.evaluate((at) => (at === undefined ? window.__nodescopeStreams.state() : window.__nodescopeStreams.stateAt(at)), n);
  return JSON.parse(json);
}

async function labModel(page) {
  return JSON.parse(await page.evaluate(() => window.__nodescopeStreams.model()));
}

/** Checks every drawn stream's gauges and the memory figure against the lab's state. */
async function expectViewsMatchTrace(page) {
  const state = await labState(page);
  const model = await labModel(page);
  const where = `at step ${(await stepInfo(page)).position}`;
  const cards = await page.locator('.pipe-stage[data-stream-id]').evaluateAll((nodes) =>
    nodes.map((node) => ({
      id: Number(node.dataset.streamId),
      readable: Number(node.dataset.readableLength),
      writable: Number(node.dataset.writableLength),
      paused: node.dataset.paused === 'true',
      destroyed: node.dataset.destroyed === 'true',
      meters: [...node.querySelectorAll('[role="meter"]')].map((meter) => Number(meter.getAttribute('aria-valuenow'))),
    })),
  );
  assert.deepEqual(cards.map((card) => card.id), model.streams.map((info) => info.id), `the drawn streams ${where}`);
  for (const card of cards) {
    const stream = state.streams[card.id] ?? { readable_length: 0, writable_length: 0, paused: false, destroyed: false };
    const info = model.streams.find((s) => s.id === card.id);
    assert.equal(card.readable, stream.readable_length, `${info.name} read buffer ${where}`);
    assert.equal(card.writable, stream.writable_length, `${info.name} write buffer ${where}`);
    assert.equal(card.paused, stream.paused, `${info.name} paused ${where}`);
    assert.equal(card.destroyed, stream.destroyed, `${info.name} destroyed ${where}`);
    // The meters themselves (what is drawn) say the same: write buffer first, then read buffer.
    const expected = [...(info.writable ? [stream.writable_length] : []), ...(info.readable ? [stream.readable_length] : [])];
    assert.deepEqual(card.meters, expected, `${info.name} gauges ${where}`);
  }
  const memory = Number(await page.locator('.memory-now').getAttribute('data-memory'));
  assert.equal(memory, state.memory, `memory figure ${where}`);
  return state;
}

/** The first step (1-based count of steps applied) whose mark matches, or -1. */
async function findStep(page, predicate) {
  return page.evaluate((source) => {
    const test = new Function('state', `return (${source})(state);`);
    const len = window.__nodescopeStreams.length();
    for (let n = 1; n <= len; n++) {
      if (test(JSON.parse(window.__nodescopeStreams.stateAt(n)))) return n;
    }
    return -1;
  }, predicate.toString());
}

async function consoleText(page) {
  return (await page.locator('.panel-console .console-text').allInnerTexts()).join('\n');
}

// ---------- tests ----------

export const tests = {};

for (const id of SCENARIOS) {
  tests[`scenario ${id}: gauges and memory match the trace from start to end`] = async ({ page, baseUrl, shot }) => {
    await openLab(page, baseUrl, { preset: id, knobs: 'file=1' });
    const { position, len } = await stepInfo(page);
    assert.equal(position, 0);
    assert.ok(len > 5, `the run has ${len} steps`);
    assert.match(await page.getByRole('textbox', { name: 'Program code' }).inputValue(), /createServer/);
    const model = await labModel(page);
    assert.ok(model.streams.some((s) => s.name === 'res #1'), 'the response is drawn');

    await page.getByRole('button', { name: 'Step forward' }).click();
    await page.keyboard.press('ArrowRight');
    await eventually(async () => assert.equal((await stepInfo(page)).position, 2));
    await expectViewsMatchTrace(page);
    for (const fraction of [0.2, 0.45, 0.7, 0.9]) {
      await seek(page, Math.round(len * fraction));
      await expectViewsMatchTrace(page);
    }
    await page.getByRole('button', { name: 'Last step' }).click();
    await eventually(async () => assert.equal((await stepInfo(page)).position, len));
    const end = await expectViewsMatchTrace(page);
    assert.equal(end.exit_code, 0, `${id} exits cleanly with a 1 MiB file`);
    assert.ok(end.clients['1'], 'the simulated client connected');

    // A telling moment for the picture: memory at its highest.
    const peakStep = await findStep(page, `(s) => s.memory === ${Math.max(1, model.memory_peak)}`);
    await seek(page, peakStep > 0 ? peakStep : Math.round(len / 2));
    await expectViewsMatchTrace(page);
    await shot(`streams-${id}-1280x720`);
    await page.setViewportSize({ width: 1920, height: 1080 });
    await shot(`streams-${id}-1920x1080`);
  };
}

Object.assign(tests, {
  "write() → false and 'drain' are flagged on the stream, at their step": async ({ page, baseUrl }) => {
    await openLab(page, baseUrl, { preset: 'pipe', knobs: 'file=1' });
    const model = await labModel(page);
    const res = model.streams.find((s) => s.name === 'res #1');
    const falseStep = await findStep(page, `(s) => s.mark && s.mark.kind === 'write_false' && s.mark.id === ${res.id}`);
    assert.ok(falseStep > 0, 'res.write() returned false somewhere');
    await seek(page, falseStep);
    const card = page.locator(`.pipe-stage[data-stream-id="${res.id}"]`);
    assert.equal(await card.locator('.stage-flag').innerText(), 'write() → false');
    assert.match(await page.locator('.narration').innerText(), /returns false/);
    const state = await expectViewsMatchTrace(page);
    assert.ok(state.streams[res.id].writable_length >= state.streams[res.id].writable_hwm);

    const drainStep = await findStep(page, `(s) => s.mark && s.mark.kind === 'drain' && s.mark.id === ${res.id}`);
    assert.ok(drainStep > falseStep, "'drain' comes after the false write");
    await seek(page, drainStep);
    assert.equal(await card.locator('.stage-flag').innerText(), "'drain'");
    assert.equal(Number(await card.locator('.count-drain').innerText()), (await labState(page)).streams[res.id].drains);
    // The file stream was paused in between: drawn paused, with the word.
    const file = model.streams.find((s) => s.name.startsWith('ReadStream'));
    const pausedStep = await findStep(page, `(s) => s.streams[${file.id}] && s.streams[${file.id}].paused`);
    await seek(page, pausedStep);
    await page.locator(`.pipe-stage[data-stream-id="${file.id}"].is-paused .badge-paused`).waitFor();
  },

  'fs.readFile of a file larger than the heap limit dies with the out-of-memory error': async ({ page, baseUrl, shot }) => {
    await openLab(page, baseUrl, { preset: 'read-file', knobs: 'file=64,heap=16' });
    const banner = page.locator('.run-stopped[role="alert"]');
    await banner.waitFor();
    assert.match(await banner.innerText(), /exit code 134/);
    assert.match(await banner.innerText(), /FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory/);
    await page.getByRole('button', { name: 'Last step' }).click();
    const state = await expectViewsMatchTrace(page);
    assert.equal(state.exit_code, 134);
    assert.ok(state.memory > 16 * 1024 * 1024, 'memory went past the limit');
    assert.match(await consoleText(page), /JavaScript heap out of memory/);
    assert.equal(await page.locator('.exit-line').innerText(), 'exit code 134');
    assert.equal(Number(await page.locator('[data-read-file-held]').getAttribute('data-read-file-held')), 64 * 1024 * 1024);
    await shot('streams-read-file-out-of-memory-1280x720');
    await page.setViewportSize({ width: 1920, height: 1080 });
    await shot('streams-read-file-out-of-memory-1920x1080');
  },

  'a client that hangs up: .pipe() leaks the file stream, pipeline() destroys it': async ({ page, baseUrl, shot }) => {
    await openLab(page, baseUrl, { preset: 'disconnect-pipe', knobs: 'file=1' });
    await page.getByRole('button', { name: 'Last step' }).click();
    let model = await labModel(page);
    let state = await expectViewsMatchTrace(page);
    const file = model.streams.find((s) => s.name.startsWith('ReadStream'));
    assert.equal(state.streams[file.id].destroyed, false);
    assert.equal(state.streams[file.id].paused, true);
    assert.ok(state.memory > 0, 'the paused stream still holds memory');
    assert.ok(state.clients['1'].hung_up);
    await page.locator('.endpoint-client.client-gone').waitFor();
    assert.match(await consoleText(page), /at exit: file destroyed\? false/);
    await shot('streams-disconnect-pipe-end-1280x720');

    await page.getByRole('combobox', { name: 'Scenario' }).selectOption('disconnect-pipeline');
    await page.waitForURL((url) => url.searchParams.get('preset') === 'disconnect-pipeline');
    await eventually(async () => assert.match(await page.getByRole('textbox', { name: 'Program code' }).inputValue(), /pipeline\(file, res/), { timeout: 15000 });
    await eventually(async () => assert.match(await page.locator('.step-number').innerText(), /step 0 \//), { timeout: 15000 });
    await page.getByRole('button', { name: 'Last step' }).click();
    model = await labModel(page);
    state = await expectViewsMatchTrace(page);
    for (const info of model.streams) assert.equal(state.streams[info.id].destroyed, true, `${info.name} destroyed`);
    assert.equal(state.memory, 0);
    assert.match(await consoleText(page), /pipeline callback: ERR_STREAM_PREMATURE_CLOSE/);
    assert.match(await consoleText(page), /file destroyed\? true/);
    await shot('streams-disconnect-pipeline-end-1280x720');
  },

  'a slider regenerates the code, re-simulates and goes into the link': async ({ page, baseUrl }) => {
    await openLab(page, baseUrl, { preset: 'pipe', knobs: 'file=1' });
    const editor = page.getByRole('textbox', { name: 'Program code' });
    assert.match(await editor.inputValue(), /highWaterMark: 64 \* 1024/);
    const before = await labModel(page);
    const slider = page.getByRole('slider', { name: 'highWaterMark' });
    await slider.focus();
    await page.keyboard.press('ArrowLeft');
    await eventually(async () => assert.match(await editor.inputValue(), /highWaterMark: 32 \* 1024/), { timeout: 15000 });
    await page.waitForURL((url) => url.searchParams.get('knobs') === 'file=1,hwm=32');
    await eventually(async () => {
      const after = await labModel(page);
      assert.notEqual(after.steps, before.steps, 're-simulated');
    }, { timeout: 15000 });
    // The new highWaterMark is what the trace reports for the file stream.
    const model = await labModel(page);
    const file = model.streams.find((s) => s.name.startsWith('ReadStream'));
    const hwmStep = await findStep(page, `(s) => s.streams[${file.id}] && s.streams[${file.id}].readable_hwm > 0`);
    assert.equal((await labState(page, hwmStep)).streams[file.id].readable_hwm, 32 * 1024);
    assert.equal(await page.locator('.knob output').nth(1).innerText(), '32 KiB');
    // Steps and arrows on a focused slider belong to the slider, not to playback.
    assert.equal((await stepInfo(page)).position, 0);
  },

  'edited code keeps the modelled world and says it is not run yet': async ({ page, baseUrl }) => {
    await openLab(page, baseUrl, { preset: 'pipe', knobs: 'file=1' });
    const editor = page.getByRole('textbox', { name: 'Program code' });
    await editor.fill(
      "const http = require('http');\nconst fs = require('fs');\nhttp.createServer((req, res) => {\n  fs.createReadStream('/data/big.log', { highWaterMark: 8192 }).pipe(res);\n}).listen(3000);\n",
    );
    assert.match(await page.locator('#streams-code-title').innerText(), /not run yet/);
    assert.equal(await page.getByRole('combobox', { name: 'Scenario' }).inputValue(), '');
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    await eventually(async () => assert.match(await page.locator('#streams-code-title').innerText(), /real Node code/), { timeout: 15000 });
    const model = await labModel(page);
    const file = model.streams.find((s) => s.name.startsWith('ReadStream'));
    const step = await findStep(page, `(s) => s.streams[${file.id}] && s.streams[${file.id}].readable_hwm > 0`);
    assert.equal((await labState(page, step)).streams[file.id].readable_hwm, 8192);
    await page.waitForURL((url) => url.searchParams.has('code') && url.searchParams.get('knobs') === 'file=1');
  },
});
