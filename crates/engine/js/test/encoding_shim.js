'use strict';
// Development shim: defines `globalThis.__nodescope.encoding` (the natives contract documented
// at the top of crates/engine/js/lib/buffer.js) over real node's Buffer and StringDecoder, so
// that our buffer.js and string_decoder.js run under `node` and can be compared with Node's own
// modules (crates/engine/js/test/buffer_check.js).
//
// This file is a CommonJS body: buffer_check.js evaluates it with node's real `require`
// (the repository's package.json says "type": "module", so it is not loaded with require()).
//
// The decoder state comes from real node's lastChar/lastNeed/lastTotal. The `last` report is
// exact for held bytes and flushes; `completed` and `replacements` are derived here (the
// engine gets them from crates/encoding, which reports them exactly).

const RealBuffer = require('buffer').Buffer;
const { StringDecoder: RealDecoder } = require('string_decoder');

function real(u8) {
  return RealBuffer.from(u8.buffer, u8.byteOffset, u8.length);
}

// Each U+FFFD that UTF-8 decoding emits: [start, length, outputIndex] (WHATWG maximal subparts).
function replacements(u8) {
  const out = [];
  let units = 0;
  let i = 0;
  while (i < u8.length) {
    const b = u8[i];
    let need = 0;
    let lo = 0x80;
    let hi = 0xbf;
    if (b < 0x80) { units++; i++; continue; }
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) { need = 2; if (b === 0xe0) lo = 0xa0; if (b === 0xed) hi = 0x9f; }
    else if (b >= 0xf0 && b <= 0xf4) { need = 3; if (b === 0xf0) lo = 0x90; if (b === 0xf4) hi = 0x8f; }
    else { out.push([i, 1, units]); units++; i++; continue; }
    let seen = 0;
    while (seen < need) {
      const c = u8[i + 1 + seen];
      if (c === undefined || c < lo || c > hi) break;
      seen++;
      lo = 0x80;
      hi = 0xbf;
    }
    if (seen === need) units += need === 3 ? 2 : 1;
    else { out.push([i, 1 + seen, units]); units++; }
    i += 1 + seen;
  }
  return out;
}

function held(d) {
  const n = d.lastTotal - d.lastNeed;
  return Array.from(d.lastChar.subarray(0, n));
}

function reasonOf(enc, d, heldBytes) {
  if (heldBytes.length === 0) return [null, 0];
  if (enc === 'utf8') {
    return ['utf8-incomplete', d.lastTotal];
  }
  if (enc === 'utf16le') return [d.lastTotal === 4 ? 'utf16-high-surrogate' : 'utf16-odd-byte', 0];
  return ['base64-remainder', 0];
}

function report(h, chunk, before, flushed) {
  const after = held(h.d);
  let completed = [];
  let decodedFrom = [...before, ...(chunk ? Array.from(chunk) : [])];
  if (flushed.length === 0) decodedFrom = decodedFrom.slice(0, decodedFrom.length - after.length);
  if (before.length > 0 && (after.length === 0 || after.length > before.length || !chunk || chunk.length > 0)) {
    // The held character was finished (or cut short) unless it is still held.
    const stillHeld = after.length >= before.length && before.every((b, i) => after[i] === b) && chunk &&
      after.length - before.length === chunk.length;
    if (!stillHeld && h.enc === 'utf8') {
      let k = 0;
      const need = h.prevTotal - before.length;
      while (chunk && k < chunk.length && k < need && (chunk[k] & 0xc0) === 0x80) k++;
      completed = [...before, ...Array.from(chunk ? chunk.subarray(0, k) : [])];
    } else if (!stillHeld) {
      const need = h.prevTotal - before.length;
      completed = [...before, ...Array.from(chunk ? chunk.subarray(0, need) : [])];
    }
  }
  const reps = h.enc === 'utf8' ? replacements(Uint8Array.from(decodedFrom)) : [];
  return {
    bytesIn: chunk ? chunk.length : 0,
    heldBefore: before,
    completed,
    held: after,
    flushed,
    unitsOut: 0,
    replacements: reps.map(([start, len, at]) => ({ at, bytes: decodedFrom.slice(start, start + len) })),
  };
}

const encoding = {
  decode(u8, enc) { return real(u8).toString(enc); },
  encode(string, enc) { return new Uint8Array(RealBuffer.from(string, enc)); },
  byteLength(string, enc) { return RealBuffer.byteLength(string, enc); },
  replacements,
  decoderNew(enc) { return { d: new RealDecoder(enc), enc, last: null, prevTotal: 0 }; },
  decoderWrite(h, u8) {
    const before = held(h.d);
    h.prevTotal = h.d.lastTotal;
    const out = h.d.write(real(u8));
    h.last = report(h, u8, before, []);
    h.last.unitsOut = out.length;
    return out;
  },
  decoderEnd(h, u8) {
    let out = '';
    let before = held(h.d);
    h.prevTotal = h.d.lastTotal;
    let chunkReport = null;
    if (u8 !== undefined) {
      out = h.d.write(real(u8));
      chunkReport = report(h, u8, before, []);
      before = held(h.d);
    }
    const flushed = h.enc === 'utf16le' && before.length % 2 === 1 ? before.slice(0, -1) : before;
    const tail = h.d.end();
    const offset = out.length;
    out += tail;
    const reps = h.enc === 'utf8' ? replacements(Uint8Array.from(flushed)) : [];
    h.last = chunkReport || { bytesIn: 0, heldBefore: before, completed: [], held: [], replacements: [] };
    h.last.held = [];
    h.last.flushed = flushed;
    h.last.unitsOut = out.length;
    h.last.replacements = h.last.replacements.concat(
      reps.map(([start, len, at]) => ({ at: offset + at, bytes: flushed.slice(start, start + len) })));
    return out;
  },
  decoderState(h) {
    const heldBytes = held(h.d);
    const [reason, expected] = reasonOf(h.enc, h.d, heldBytes);
    return {
      held: heldBytes,
      needed: h.d.lastNeed,
      total: h.d.lastTotal,
      lastChar: Array.from(h.d.lastChar),
      reason,
      expected,
      last: h.last,
    };
  },
};

globalThis.__nodescope = Object.assign(globalThis.__nodescope || {}, { encoding });
module.exports = encoding;
