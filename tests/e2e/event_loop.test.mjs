// The event-loop lab in a real browser, clicking and typing like a user:
// - every preset steps to its end and back, and its console at the last step is exactly what
//   real node v20.20.2 printed for the program (recorded with `node`, see src/presets.rs);
// - at chosen steps the call stack, the queues, the threadpool and the console show what the
//   engine's trace says (read through `window.__nodescope`, see src/labs/event_loop/inspect.rs);
// - editing and running code works; a syntax error and an infinite loop each say what went
//   wrong and leave the page usable; every key works and never fires while typing;
// - screenshots of each preset at a telling step, at 1280x720 and 1920x1080.

import assert from 'node:assert/strict';

import { eventually } from './lib/wait.mjs';

/**
 * Each preset with the stdout real node printed for it. The first one is racy in real node;
 * both outcomes are real, and the lab's default race is "immediate first".
 */
const PRESETS = [
  {
    id: 'tick-immediate-timeout',
    stdout: 'main module done\nnextTick\nimmediate\ntimeout\n',
  },
  {
    id: 'inside-io-callback',
    stdout: 'readFile callback done\nnextTick\nimmediate\ntimeout\n',
  },
  {
    id: 'microtask-nesting',
    stdout:
      'main module done\nnextTick 1\nnextTick queued by a nextTick\npromise 1\nqueueMicrotask\n' +
      'promise queued by a nextTick\npromise queued by a promise job\nnextTick queued by a promise job\n',
  },
  {
    id: 'async-await',
    stdout:
      'outer: start\ninner: start\nmain module done\ninner: after await\nanother promise job\n' +
      'outer: got 42\nouter: promise resolved\n',
  },
  {
    id: 'starvation',
    stdout:
      'readFile callback ran after 20 of 20 ticks\nreadFile callback ran after some of 20 immediates\n',
  },
  {
    id: 'blocking-vs-chunks',
    stdout:
      'one long job: request at 10 ms waited over 20 ms\n' +
      'one long job: request at 20 ms waited over 20 ms\n' +
      'one long job: request at 30 ms waited over 20 ms\n' +
      'setImmediate chunks: request at 10 ms waited under 20 ms\n' +
      'setImmediate chunks: request at 20 ms waited under 20 ms\n' +
      'setImmediate chunks: request at 30 ms waited under 20 ms\n',
  },
  {
    id: 'threadpool',
    stdout:
      'six reads queued for a pool of 4 threads\nread 1 of 6 finished\nread 2 of 6 finished\n' +
      'read 3 of 6 finished\nread 4 of 6 finished\nread 5 of 6 finished\nread 6 of 6 finished\n' +
      'all six files read: 6356992 bytes\n',
  },
  {
    id: 'interval-overrun',
    stdout:
      'tick 1\ntick 2: 25 ms or more after the last one\ntick 3: 25 ms or more after the last one\n' +
      'tick 4: 25 ms or more after the last one\n',
  },
  {
    id: 'unhandled-rejection',
    stdout: 'main module done\nnextTick still runs\npromise jobs still run\n',
    stderrIncludes: 'nobody handles me',
  },
];

/** With the race toggle on "timeout first", the first preset's other real outcome. */
const RACE_TIMEOUT_FIRST_STDOUT = 'main module done\nnextTick\ntimeout\nimmediate\n';

// ---------- helpers (a small page object) ----------

function labUrl(baseUrl, params = {}) {
  const url = new URL(baseUrl);
  url.searchParams.set('lab', 'event-loop');
  for (const [key, value] of Object.entries(params)) url.searchParams.set(key, value);
  return url.href;
}

async function openLab(page, baseUrl, params) {
  await page.goto(labUrl(baseUrl, params));
  await page.getByRole('main').getByRole('heading', { name: 'Event loop', level: 2 }).waitFor();
  await page.locator('.step-number').waitFor();
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

async function seek(page, position) {
  await page.getByRole('slider', { name: 'Step' }).fill(String(position));
  await waitForStep(page, position);
}

async function stdout(page) {
  const lines = await page.locator('.panel-console .console-line:not(.stderr) .console-text').allInnerTexts();
  return lines.map((line) => `${line}\n`).join('');
}

async function engineState(page, position) {
  const json = await page.evaluate(
    (n) => (n === undefined ? window.__nodescope.state() : window.__nodescope.stateAt(n)),
    position,
  );
  return JSON.parse(json);
}

function queue(state, name) {
  return (state.queues[name] ?? []).map((item) => item.label);
}

/** Checks every panel against the engine's state at the shown step. */
async function expectPanelsMatchEngine(page) {
  const state = await engineState(page);
  const where = `at step ${(await stepInfo(page)).position}`;
  const texts = (selector) => page.locator(selector).allInnerTexts();

  const frames = await texts('.panel-stack .frame-label');
  assert.deepEqual(frames, state.stack.map((frame) => frame.label).reverse(), `call stack ${where}`);

  const shown = (items) => items.slice(0, 10);
  const lanes = [
    ['next_tick', '.panel-queues .lane.cat-tick'],
    ['microtask', '.panel-queues .lane.cat-micro'],
    ['check', '.panel-timers .lane.cat-check'],
    ['threadpool', '.panel-pool .lane.cat-pool'],
    ['poll', '.panel-pool .lane.cat-poll'],
  ];
  for (const [name, lane] of lanes) {
    assert.deepEqual(
      await texts(`${lane} .chip:not(.chip-more) .chip-label`),
      shown(queue(state, name)),
      `${name} queue ${where}`,
    );
  }
  const timers = [...(state.queues.timers ?? [])].sort((a, b) => a.due_ms - b.due_ms);
  assert.deepEqual(
    await texts('.panel-timers .lane.cat-timers .chip:not(.chip-more) .chip-label'),
    shown(timers.map((item) => item.label)),
    `timers ${where}`,
  );

  const threads = await texts('.panel-pool .thread');
  assert.equal(threads.length, state.pool.length, `threads ${where}`);
  state.pool.forEach((work, i) => {
    // A thread shows the operation as a tag and the rest of the request's label.
    const label = work && work.label.startsWith(`${work.op} `) ? work.label.slice(work.op.length + 1) : work?.label;
    if (work) assert.ok(threads[i].includes(label), `thread ${i + 1} shows ${work.label} ${where}`);
    else assert.ok(threads[i].includes('idle'), `thread ${i + 1} is idle ${where}`);
  });

  const consoleTexts = await texts('.panel-console .console-text');
  assert.deepEqual(
    consoleTexts,
    state.output.map((line) => line.text.replace(/\n+$/, '')),
    `console ${where}`,
  );
}

/** The step with the most going on (queued items, frames, busy threads), for screenshots. */
async function busiestStep(page) {
  return page.evaluate(() => {
    const len = window.__nodescope.length();
    let best = 0;
    let bestScore = -1;
    const stride = Math.max(1, Math.floor(len / 300));
    for (let n = 1; n <= len; n += stride) {
      const state = JSON.parse(window.__nodescope.stateAt(n));
      const queued = Object.values(state.queues).reduce((sum, items) => sum + items.length, 0);
      const score = queued + 2 * state.stack.length + state.pool.filter(Boolean).length + (state.phase ? 1 : 0);
      if (score > bestScore) {
        best = n;
        bestScore = score;
      }
    }
    return best;
  });
}

/** Puts the page back at its top with nothing focused, as a reader first sees it. */
async function showTop(page) {
  await page.evaluate(() => {
    document.activeElement?.blur();
    window.scrollTo(0, 0);
  });
}

async function replaceCode(page, code) {
  const editor = page.getByRole('textbox', { name: 'Program code' });
  await editor.click();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await editor.fill(code);
  return editor;
}

async function runAndWait(page) {
  const before = await page.locator('.run').innerText();
  assert.equal(before, 'Run');
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await eventually(async () => assert.equal(await page.locator('.run').innerText(), 'Run'), {
    timeout: 15000,
  });
}

// ---------- tests ----------

export const tests = {};

for (const preset of PRESETS) {
  tests[`preset ${preset.id}: steps to the end and back; the console matches real node`] = async ({
    page,
    baseUrl,
    shot,
  }) => {
    await openLab(page, baseUrl, { preset: preset.id });
    const { position, len } = await stepInfo(page);
    assert.equal(position, 0);
    assert.ok(len > 5, `the trace has ${len} steps`);

    // Forward with the button and the key, checking the panels against the engine as we go.
    const forward = page.getByRole('button', { name: 'Step forward' });
    for (let n = 1; n <= Math.min(len, 25); n++) {
      if (n % 2) await forward.click();
      else await page.keyboard.press('ArrowRight');
      await waitForStep(page, n);
      if (n % 6 === 0) await expectPanelsMatchEngine(page);
    }
    for (const fraction of [0.25, 0.5, 0.75]) {
      await seek(page, Math.round(len * fraction));
      await expectPanelsMatchEngine(page);
    }

    await page.getByRole('button', { name: 'Last step' }).click();
    await waitForStep(page, len);
    await expectPanelsMatchEngine(page);
    assert.equal(await stdout(page), preset.stdout, 'stdout at the last step equals real node');
    if (preset.stderrIncludes) {
      const stderr = (await page.locator('.panel-console .console-line.stderr').allInnerTexts()).join('\n');
      assert.ok(stderr.includes(preset.stderrIncludes), `stderr: ${stderr}`);
    }

    // And back: step by step for a while, then all the way.
    const back = page.getByRole('button', { name: 'Step back' });
    for (let n = len - 1; n >= Math.max(0, len - 12); n--) {
      if (n % 2) await back.click();
      else await page.keyboard.press('ArrowLeft');
      await waitForStep(page, n);
    }
    await expectPanelsMatchEngine(page);
    await page.keyboard.press('Home');
    await waitForStep(page, 0);
    assert.equal(await page.locator('.panel-console .console-line').count(), 0);

    const telling = await busiestStep(page);
    await seek(page, telling);
    await expectPanelsMatchEngine(page);
    await showTop(page);
    await shot(`event-loop-${preset.id}-1280x720`);
    await page.setViewportSize({ width: 1920, height: 1080 });
    await showTop(page);
    await shot(`event-loop-${preset.id}-1920x1080`);
  };
}

Object.assign(tests, {
  'the race toggle shows the other real outcome of setTimeout 0 vs setImmediate': async ({ page, baseUrl }) => {
    await openLab(page, baseUrl, { preset: 'tick-immediate-timeout' });
    await page.getByRole('radio', { name: 'timeout first' }).check();
    await page.waitForURL((url) => url.searchParams.get('race') === 'timeout-first');
    await page.getByRole('button', { name: 'Last step' }).click();
    assert.equal(await stdout(page), RACE_TIMEOUT_FIRST_STDOUT);
    await page.getByRole('radio', { name: 'immediate first' }).check();
    await page.getByRole('button', { name: 'Last step' }).click();
    assert.equal(await stdout(page), PRESETS[0].stdout);
  },

  'picking a preset runs it': async ({ page, baseUrl }) => {
    await openLab(page, baseUrl, {});
    await page.getByRole('combobox', { name: 'Preset' }).selectOption('async-await');
    await page.waitForURL((url) => url.searchParams.get('preset') === 'async-await');
    await page.getByRole('button', { name: 'Last step' }).click();
    assert.equal(await stdout(page), PRESETS[3].stdout);
    assert.match(await page.locator('.lab-explain').innerText(), /await/);
  },

  'edited code runs, and the running line is marked': async ({ page, baseUrl, shot }) => {
    await openLab(page, baseUrl, { preset: 'tick-immediate-timeout' });
    await replaceCode(
      page,
      "setTimeout(() => console.log('from a timer'), 5);\nPromise.resolve().then(() => console.log('from a job'));\nconsole.log('first');\n",
    );
    assert.match(await page.locator('#code-title').innerText(), /not run yet/);
    await runAndWait(page);
    await waitForStep(page, 0);
    await page.getByRole('button', { name: 'Last step' }).click();
    assert.equal(await stdout(page), 'first\nfrom a job\nfrom a timer\n');
    // Walk back to the timer's callback: its line is marked as running.
    await eventually(
      async () => {
        await page.keyboard.press('ArrowLeft');
        assert.ok((await page.locator('.code-line.line-running').count()) === 1);
      },
      { timeout: 8000, interval: 10 },
    );
    await shot('event-loop-edited-code');
  },

  'a syntax error says where, keeps the last good run, and the page stays usable': async ({
    page,
    baseUrl,
    shot,
  }) => {
    await openLab(page, baseUrl, { preset: 'microtask-nesting' });
    const { len } = await stepInfo(page);
    await replaceCode(page, "console.log('ok');\nconst = 1;\n");
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    const alert = page.locator('.run-error[role="alert"]');
    await alert.waitFor();
    const text = await alert.innerText();
    assert.match(text, /SyntaxError/);
    assert.match(text, /line 2/);
    assert.match(text, /last good run/);
    assert.equal((await stepInfo(page)).len, len, 'the last good run is still shown');
    await page.getByRole('button', { name: 'Step forward' }).click();
    await waitForStep(page, 1);
    await shot('event-loop-syntax-error');
    // Fixing it clears the error.
    await replaceCode(page, "console.log('fixed');\n");
    await runAndWait(page);
    assert.equal(await alert.count(), 0);
    await page.getByRole('button', { name: 'Last step' }).click();
    assert.equal(await stdout(page), 'fixed\n');
  },

  'an infinite loop is stopped with a clear message': async ({ page, baseUrl, shot }) => {
    await openLab(page, baseUrl, { preset: 'tick-immediate-timeout' });
    await replaceCode(page, "console.log('before');\nwhile (true) {}\n");
    await runAndWait(page);
    const stopped = page.locator('.run-stopped[role="alert"]');
    await stopped.waitFor();
    assert.ok((await stopped.innerText()).length > 20);
    await page.getByRole('button', { name: 'Last step' }).click();
    assert.equal(await stdout(page), 'before\n');
    await page.keyboard.press('Home');
    await waitForStep(page, 0);
    await shot('event-loop-infinite-loop');
  },

  'keys step, play, seek and change speed, but never while typing': async ({ page, baseUrl }) => {
    await openLab(page, baseUrl, { preset: 'async-await' });
    const { len } = await stepInfo(page);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await waitForStep(page, 2);
    await page.keyboard.press('ArrowLeft');
    await waitForStep(page, 1);
    await page.keyboard.press('End');
    await waitForStep(page, len);
    await page.keyboard.press('Home');
    await waitForStep(page, 0);

    const speed = page.getByRole('combobox', { name: 'Speed' });
    const before = Number(await speed.inputValue());
    await page.keyboard.press('+');
    await eventually(async () => assert.ok(Number(await speed.inputValue()) > before));
    await page.keyboard.press('-');
    await page.keyboard.press('-');
    await eventually(async () => assert.ok(Number(await speed.inputValue()) < before));

    await page.keyboard.press('Space');
    await page.getByRole('button', { name: 'Pause' }).waitFor();
    await eventually(async () => assert.ok((await stepInfo(page)).position >= 1));
    await page.keyboard.press('Space');
    await page.getByRole('button', { name: 'Play' }).waitFor();

    await page.keyboard.press('?');
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await dialog.waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });

    // Typing in the editor types; it does not step.
    const at = (await stepInfo(page)).position;
    const editor = page.getByRole('textbox', { name: 'Program code' });
    await editor.click();
    await page.keyboard.press('End');
    await page.keyboard.type(' ?+-');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Space');
    assert.equal((await stepInfo(page)).position, at);
    assert.match(await editor.inputValue(), / \?\+ -|\?\+-/);
    assert.equal(await page.getByRole('dialog').count(), 0);
  },

  'Play runs to the end by itself': async ({ page, baseUrl }) => {
    await openLab(page, baseUrl, { preset: 'unhandled-rejection', speed: '60' });
    const { len } = await stepInfo(page);
    await page.getByRole('button', { name: 'Play' }).click();
    await eventually(async () => assert.equal((await stepInfo(page)).position, len), { timeout: 10000 });
    await page.getByRole('button', { name: 'Play' }).waitFor();
  },

  'the timeline and its scrubber seek': async ({ page, baseUrl }) => {
    await openLab(page, baseUrl, { preset: 'threadpool' });
    const { len } = await stepInfo(page);
    const plot = page.locator('.timeline-plot');
    const box = await plot.boundingBox();
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await eventually(async () => {
      const { position } = await stepInfo(page);
      assert.ok(Math.abs(position - len / 2) <= len / 50 + 1, `clicked the middle, at ${position} of ${len}`);
    });
    assert.ok((await page.locator('.timeline-bars .bar').count()) > 10);
    await seek(page, 3);
    await expectPanelsMatchEngine(page);
  },

  'reduced motion still shows every state change': async ({ page, baseUrl }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await openLab(page, baseUrl, { preset: 'microtask-nesting' });
    for (let n = 1; n <= 12; n++) await page.keyboard.press('ArrowRight');
    await waitForStep(page, 12);
    await expectPanelsMatchEngine(page);
    const moving = await page.evaluate(
      () => [...document.querySelectorAll('[data-flip]')].filter((el) => el.style.transform).length,
    );
    assert.equal(moving, 0, 'nothing is moved with transforms');
  },
});
