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

// NODESCOPE_FAKE_TRACE=1: install a stand-in for the host's trace() before our modules load,
// so the check can verify that instrumentation changes nothing observable. Malformed events
// are reported on stderr (which makes the comparison fail).
if (process.env.NODESCOPE_FAKE_TRACE === '1') {
  const seen = new Map();
  globalThis.__nodescope = {
    trace(kind, data) {
      const problem = (msg) => process.stderr.write(`bad trace event ${kind}: ${msg}\n`);
      if (typeof kind !== 'string' || !kind.startsWith('stream.')) problem('kind');
      if (!data || typeof data.id !== 'number' || typeof data.name !== 'string') problem('id/name');
      try {
        JSON.stringify(data);
      } catch (e) {
        problem('not serialisable');
      }
      seen.set(kind, (seen.get(kind) || 0) + 1);
    },
  };
  if (process.env.NODESCOPE_TRACE_SUMMARY) {
    process.on('exit', () => {
      fs.writeFileSync(process.env.NODESCOPE_TRACE_SUMMARY, JSON.stringify(Object.fromEntries(seen)));
    });
  }
}

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
