'use strict';
// Preloaded with `node -r` by streams_check.js: makes `require('events')`, `require('stream')`
// and `require('stream/promises')` (with or without the `node:` prefix) load nodescope's
// implementations from crates/engine/js/lib instead of Node's own.
const Module = require('module');
const path = require('path');

const lib = path.resolve(__dirname, '..', '..', 'lib');
const redirects = {
  events: path.join(lib, 'events.js'),
  stream: path.join(lib, 'stream.js'),
  'stream/promises': path.join(lib, 'stream_promises.js'),
};

// The repository's package.json says "type": "module"; our lib files are CommonJS bodies.
const fs = require('fs');
const originalJs = Module._extensions['.js'];
Module._extensions['.js'] = function (module, filename) {
  if (filename.startsWith(lib + path.sep)) {
    return module._compile(fs.readFileSync(filename, 'utf8'), filename, 'commonjs');
  }
  return originalJs.call(this, module, filename);
};

const originalLoad = Module._load;
Module._load = function (request, parent, isMain) {
  const id = typeof request === 'string' && request.startsWith('node:') ? request.slice(5) : request;
  if (Object.prototype.hasOwnProperty.call(redirects, id)) {
    return originalLoad.call(this, redirects[id], parent, isMain);
  }
  return originalLoad.call(this, request, parent, isMain);
};

// nodescope takes these globals from its `events` module; use ours here too.
const ours = Module._load(redirects.events, null, false);
for (const name of ['Event', 'EventTarget', 'AbortController', 'AbortSignal']) {
  if (typeof ours[name] === 'function') {
    Object.defineProperty(globalThis, name, { value: ours[name], writable: true, configurable: true, enumerable: false });
  }
}
