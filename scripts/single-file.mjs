#!/usr/bin/env node
// Turns trunk's dist/ into one self-contained .html that runs from file:// with no server, for
// a lecture hall without Wi-Fi (`make single-file`).
//
//   node scripts/single-file.mjs [--dist DIR] [--out FILE]
//
// What it does to dist/index.html:
// - every stylesheet <link> becomes a <style> with the file's text, every classic <script src>
//   an inline <script>;
// - the modulepreload/preload <link>s go (there is nothing left to fetch);
// - trunk's loader module becomes one inline module: wasm-bindgen's JS glue (its own `export`
//   line dropped), then a few lines that gunzip the wasm from a base64 text block with the
//   browser's DecompressionStream and instantiate it, then the TrunkApplicationStarted event
//   that index.html's first-paint script waits for;
// - <meta name="nodescope-build" content="single-file"> tells that script that file:// is fine.
// The wasm is gzip-compressed before base64 (about a third of its size); the page needs
// DecompressionStream (Chrome 80, Firefox 113, Safari 16.4).

import { readFile, readdir, writeFile, mkdir } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync, constants } from 'node:zlib';

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values: options } = parseArgs({
  options: {
    dist: { type: 'string', default: join(repoRoot, 'dist') },
    out: { type: 'string', default: join(repoRoot, 'dist', 'nodescope-offline.html') },
  },
});
const dist = resolve(options.dist);

function fail(message) {
  console.error(`single-file: ${message}`);
  process.exit(1);
}

let html = await readFile(join(dist, 'index.html'), 'utf8').catch(() =>
  fail(`no ${join(dist, 'index.html')}: run \`make build\` first`),
);
const files = await readdir(dist);
const glueName = files.find((name) => /^nodescope-app-[0-9a-f]+\.js$/.test(name));
const wasmName = files.find((name) => /^nodescope-app-[0-9a-f]+_bg\.wasm$/.test(name));
if (!glueName || !wasmName) fail(`dist/ has no nodescope-app-*.js and *_bg.wasm (found: ${files.join(', ')})`);
if (!html.includes(glueName)) fail(`index.html does not load ${glueName}: is dist/ from one build?`);

// Text inside an inline <script> or <style> must not close it early.
const safeScript = (text) => text.replace(/<\/(script)/gi, '<\\/$1');
const safeStyle = (text) => text.replace(/<\/(style)/gi, '<\\/$1');

// Stylesheets, inlined in place (order matters for the cascade).
let styles = 0;
html = await replaceAsync(html, /<link rel="stylesheet" href="\.\/([^"]+\.css)"[^>]*\/?>/g, async (_, name) => {
  styles++;
  return `<style>\n${safeStyle(await readFile(join(dist, name), 'utf8'))}\n</style>`;
});
if (styles === 0) fail('found no stylesheet links in index.html');

// Classic scripts (static/export.js), inlined in place.
html = await replaceAsync(html, /<script src="\.\/([^"]+\.js)"[^>]*><\/script>/g, async (_, name) =>
  `<script>\n${safeScript(await readFile(join(dist, name), 'utf8'))}\n</script>`,
);

// Nothing to preload any more.
html = html.replace(/<link rel="(?:modulepreload|preload)"[^>]*>/g, '');

// The glue, as an inline module that exports nothing.
let glue = await readFile(join(dist, glueName), 'utf8');
const exportLine = /^export \{[^}]*\};?\s*$/m;
if (!exportLine.test(glue) || !glue.includes('function __wbg_init')) {
  fail(`${glueName} does not look like wasm-bindgen's --target web glue`);
}
glue = glue.replace(exportLine, '');

const wasm = await readFile(join(dist, wasmName));
const packed = gzipSync(wasm, { level: constants.Z_BEST_COMPRESSION });
const base64 = packed.toString('base64');
// Lines of 76 characters keep editors responsive; the loader drops the newlines before atob.
const wasmBlock = `<script type="application/octet-stream" id="nodescope-wasm" data-encoding="gzip+base64">\n${base64.replace(/.{1,76}/g, '$&\n')}</script>`;

const loader = `<script type="module">
${safeScript(glue)}
// single-file: the wasm comes from #nodescope-wasm, not from the network.
async function nodescopeWasmBytes() {
  const text = document.getElementById('nodescope-wasm').textContent.replace(/\\s+/g, '');
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  if (typeof DecompressionStream !== 'function') {
    throw new Error('this browser cannot unpack the offline build (no DecompressionStream); use a current browser.');
  }
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}
const nodescopeExports = await __wbg_init({ module_or_path: await nodescopeWasmBytes() });
dispatchEvent(new CustomEvent('TrunkApplicationStarted', { detail: { wasm: nodescopeExports } }));
</script>`;

const moduleScript = /<script type="module">[\s\S]*?<\/script>/;
if (!moduleScript.test(html)) fail("found no trunk loader (<script type=\"module\">) in index.html");
html = html.replace(moduleScript, () => `${wasmBlock}\n${loader}`);

const marker = '<meta name="nodescope-build" content="single-file" />';
if (!/<meta charset="utf-8" \/>/.test(html)) fail('found no <meta charset="utf-8" /> in index.html');
html = html.replace('<meta charset="utf-8" />', (m) => `${m}\n    ${marker}`);

if (/(?:src|href)="\.\/[^"]+"/.test(html)) {
  fail(`a relative URL is left: ${html.match(/(?:src|href)="\.\/[^"]+"/)[0]}`);
}

await mkdir(dirname(resolve(options.out)), { recursive: true });
await writeFile(options.out, html);
const mib = (bytes) => `${(bytes / 1024 / 1024).toFixed(2)} MiB`;
console.log(
  `single-file: ${options.out}: ${mib(Buffer.byteLength(html))} (wasm ${mib(wasm.length)}, gzipped ${mib(packed.length)}, base64 ${mib(base64.length)})`,
);

async function replaceAsync(text, pattern, replacer) {
  const parts = [];
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    parts.push(text.slice(last, match.index), await replacer(...match));
    last = match.index + match[0].length;
  }
  parts.push(text.slice(last));
  return parts.join('');
}
