#!/usr/bin/env node
// Records the fixtures that crates/encoding is tested against, from the real `node` (v20)
// running this script:
//
//   node scripts/record-decoder-fixture.js            # writes both files below
//   node scripts/record-decoder-fixture.js --check    # re-records in memory and compares
//
// 1. tests/fixtures/string_decoder/node_vectors.json — the vectors of Node's own tests
//    test/parallel/test-string-decoder.js and test-string-decoder-end.js (v20.x), transcribed
//    here as data (the VECTORS table below). Every transcribed expectation is asserted against
//    this node before it is written, and for `all_splits` vectors every way of splitting the
//    input into write() calls is checked, as the original `test()` helper does.
// 2. tests/fixtures/string_decoder/differential.json — random cases from a fixed seed:
//    - `decoder`: bytes (biased toward UTF-8 edge cases and UTF-16 surrogates), an encoding
//      name, split points; per write() the output and (lastNeed, lastTotal, lastChar); the
//      end() output; and Buffer.from(bytes).toString(encoding).
//    - `encode`: Buffer.from(string, encoding) and Buffer.byteLength(string, encoding) for
//      random strings (lone surrogates, base64/hex junk, code units above U+00FF).
//    - `write`: buf.write(string, 0, max, encoding) into a buffer of `max` bytes.
//   Strings are stored as JSON strings (JSON.stringify escapes lone surrogates as \udxxx, so
//   they survive); bytes as lowercase hex.
//
// Written to run both as CommonJS and as an ES module (the repository's package.json says
// "type": "module"), so it loads Node's modules with dynamic import().
'use strict';

(async function main() {
const fs = (await import('node:fs')).default;
const path = (await import('node:path')).default;
const assert = (await import('node:assert')).default;
const { StringDecoder } = (await import('node:string_decoder')).default;

const scriptDir = path.dirname(fs.realpathSync(process.argv[1]));
const OUT_DIR = path.join(scriptDir, '..', 'tests', 'fixtures', 'string_decoder');
const SEED = 0x5eed2020;
const DECODER_CASES = 10000;
const ENCODE_CASES = 3000;
const WRITE_CASES = 1000;
const checkOnly = process.argv.includes('--check');

const hex = (bytes) => Buffer.from(bytes).toString('hex');
const unhex = (h) => Buffer.from(h, 'hex');
const range = (n, f) => Array.from({ length: n }, (_, i) => f(i));

// ---------------------------------------------------------------------------------------
// 1. Node's own vectors, as data.
// ---------------------------------------------------------------------------------------

const FROM_TEST = 'test/parallel/test-string-decoder.js';
const FROM_END_TEST = 'test/parallel/test-string-decoder-end.js';

// test(encoding, input, expected): every split of `input` into writes, then end(), gives
// `expected`.
const ALL_SPLITS = [
  ['utf-8', hex(Buffer.from('$')), '$'],
  ['utf-8', hex(Buffer.from('¢')), '¢'],
  ['utf-8', hex(Buffer.from('€')), '€'],
  ['utf-8', hex(Buffer.from('𤭢')), '𤭢'],
  ['utf-8', 'cba464e18ba430e38185', '\u02e4\u0064\u12e4\u0030\u3045'],
  ['utf-8', 'C9B5A941', '\u0275\ufffdA'],
  ['utf-8', 'E2', '\ufffd'],
  ['utf-8', 'E241', '\ufffdA'],
  ['utf-8', 'CCCCB8', '\ufffd\u0338'],
  ['utf-8', 'F0B841', '\ufffdA'],
  ['utf-8', 'F1CCB8', '\ufffd\u0338'],
  ['utf-8', 'F0FB00', '\ufffd\ufffd\0'],
  ['utf-8', 'CCE2B8B8', '\ufffd\u2e38'],
  ['utf-8', 'E2B8CCB8', '\ufffd\u0338'],
  ['utf-8', 'E2FBCC01', '\ufffd\ufffd\ufffd\u0001'],
  ['utf-8', 'CCB8CDB9', '\u0338\u0379'],
  ['utf-8', 'EDA0B5EDB08D', '\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd'],
  ['ucs2', hex(Buffer.from('ababc', 'ucs2')), 'ababc'],
  ['utf16le', '3DD84DDC', '\ud83d\udc4d'],
];

// Scripted write()/end()/text() calls with the expected result of each.
const w = (input, expect, state) => ({ op: 'write', input, expect, ...state });
const e = (input, expect) => ({ op: 'end', input, expect });
const SEQUENCES = [
  ['utf8', [w('E1', '', { lastNeed: 2, lastTotal: 3, lastChar: 'e1000000' }), e(null, '\ufffd')]],
  ['utf8', [w('E18B', ''), e(null, '\ufffd')]],
  ['utf8', [w(hex(Buffer.from('\ufffd')), '\ufffd'), e(null, '')]],
  ['utf8', [w(hex(Buffer.from('\ufffd\ufffd\ufffd')), '\ufffd\ufffd\ufffd'), e(null, '')]],
  ['utf8', [w('EFBFBDE2', '\ufffd'), e(null, '\ufffd')]],
  ['utf8', [w('F1', ''), w('41F2', '\ufffdA'), e(null, '\ufffd')]],
  ['utf8', [{ op: 'text', input: '41', offset: 2, expect: '' }]],
  ['utf8', [
    w(hex(Buffer.from('String for ArrayBufferView tests\n'.repeat(8))),
      'String for ArrayBufferView tests\n'.repeat(8)),
    e(null, ''),
  ]],
  ['utf16le', [w('3DD8', ''), w('4D', ''), w('DC', '\ud83d\udc4d'), e(null, '')]],
  ['utf16le', [w('3DD8', ''), e(null, '\ud83d')]],
  ['utf16le', [w('3DD8', ''), w('4D', ''), e(null, '\ud83d')]],
  ['utf16le', [w('3DD84D', '\ud83d'), e(null, '')]],
  ['utf16le', [
    w('00', ''), w('00'.repeat(20), '\0'.repeat(10)), w('00'.repeat(48), '\0'.repeat(24)),
    e(null, ''),
  ]],
  ['utf8', [
    w('f69b', ''), w('d1', '\ufffd\ufffd'), e(null, '\ufffd'),
    w('f4', ''), w('bde5', '\ufffd\ufffd'), e(null, '\ufffd'),
  ]],
];

// testBuf(encoding, buf): one byte at a time and all at once both equal buf.toString(enc).
const END_ENCODINGS = ['base64', 'base64url', 'hex', 'utf8', 'utf16le', 'ucs2'];
const END_BUFS = [
  hex(Buffer.from('☃💩')),
  hex(Buffer.from('asdf')),
  ...range(16, (i) => hex(range(i + 1, (j) => j + 0x78))),
];

// testEnd(encoding, incomplete, next, expected): write, end, write, end.
const TEST_END = [
  ['utf8', 'E2', '61', '\uFFFDa'],
  ['utf8', 'E2', '82', '\uFFFD\uFFFD'],
  ['utf8', 'E2', 'E2', '\uFFFD\uFFFD'],
  ['utf8', 'E282', '61', '\uFFFDa'],
  ['utf8', 'E282', 'AC', '\uFFFD\uFFFD'],
  ['utf8', 'E282', 'E2', '\uFFFD\uFFFD'],
  ['utf8', 'E282AC', '61', '€a'],
  ['utf16le', '3D', '6100', 'a'],
  ['utf16le', '3D', 'D84DDC', '\u4DD8'],
  ['utf16le', '3DD8', '', '\uD83D'],
  ['utf16le', '3DD8', '6100', '\uD83Da'],
  ['utf16le', '3DD8', '4DDC', '\uD83D\uDC4D'],
  ['utf16le', '3DD84D', '', '\uD83D'],
  ['utf16le', '3DD84D', '6100', '\uD83Da'],
  ['utf16le', '3DD84D', 'DC', '\uD83D'],
  ['utf16le', '3DD84DDC', '6100', '👍a'],
  ['base64', '61', '', 'YQ=='],
  ['base64', '61', '61', 'YQ==YQ=='],
  ['base64', '6161', '', 'YWE='],
  ['base64', '6161', '61', 'YWE=YQ=='],
  ['base64', '616161', '', 'YWFh'],
  ['base64', '616161', '61', 'YWFhYQ=='],
  ['base64url', '61', '', 'YQ'],
  ['base64url', '61', '61', 'YQYQ'],
  ['base64url', '6161', '', 'YWE'],
  ['base64url', '6161', '61', 'YWEYQ'],
  ['base64url', '616161', '', 'YWFh'],
  ['base64url', '616161', '61', 'YWFhYQ'],
];

// Every way to cut [0, length) into consecutive non-empty chunks (2^(length-1) of them).
function allSplits(length) {
  if (length === 0) return [[]];
  const out = [];
  for (let mask = 0; mask < 1 << (length - 1); mask++) {
    const chunks = [];
    let start = 0;
    for (let i = 1; i < length; i++) {
      if (mask & (1 << (i - 1))) {
        chunks.push([start, i]);
        start = i;
      }
    }
    chunks.push([start, length]);
    out.push(chunks);
  }
  return out;
}

function nodeVectors() {
  const allSplitsOut = ALL_SPLITS.map(([encoding, input, expected]) => {
    const bytes = unhex(input);
    for (const chunks of allSplits(bytes.length)) {
      const d = new StringDecoder(encoding);
      let got = '';
      for (const [a, b] of chunks) got += d.write(bytes.subarray(a, b));
      got += d.end();
      assert.strictEqual(got, expected, `${encoding} ${input} ${JSON.stringify(chunks)}`);
    }
    return { encoding, input: input.toLowerCase(), expected };
  });

  const sequencesOut = SEQUENCES.map(([encoding, steps]) => {
    const d = new StringDecoder(encoding);
    for (const step of steps) {
      let got;
      if (step.op === 'write') got = d.write(unhex(step.input));
      else if (step.op === 'end') got = step.input === null ? d.end() : d.end(unhex(step.input));
      else got = d.text(unhex(step.input), step.offset);
      assert.strictEqual(got, step.expect, `${encoding} ${JSON.stringify(step)}`);
      if (step.lastNeed !== undefined) {
        assert.strictEqual(d.lastNeed, step.lastNeed);
        assert.strictEqual(d.lastTotal, step.lastTotal);
        assert.strictEqual(hex(d.lastChar), step.lastChar);
      }
      if (step.input !== null) step.input = step.input.toLowerCase();
    }
    return { encoding, steps };
  });

  const endConsistency = [];
  for (const encoding of END_ENCODINGS) {
    for (const input of END_BUFS) {
      const bytes = unhex(input);
      const expected = bytes.toString(encoding);
      let one = new StringDecoder(encoding);
      let res1 = '';
      for (let i = 0; i < bytes.length; i++) res1 += one.write(bytes.subarray(i, i + 1));
      res1 += one.end();
      one = new StringDecoder(encoding);
      const res2 = one.write(bytes) + one.end();
      assert.strictEqual(res1, expected);
      assert.strictEqual(res2, expected);
      endConsistency.push({ encoding, input, expected });
    }
  }

  const testEnd = TEST_END.map(([encoding, incomplete, next, expected]) => {
    const d = new StringDecoder(encoding);
    const got = d.write(unhex(incomplete)) + d.end() + d.write(unhex(next)) + d.end();
    assert.strictEqual(got, expected, `testEnd ${encoding} ${incomplete} ${next}`);
    return { encoding, incomplete: incomplete.toLowerCase(), next: next.toLowerCase(), expected };
  });

  return {
    about: `Vectors of Node's ${FROM_TEST} (test() calls as all_splits, assert sequences as ` +
      `sequences) and ${FROM_END_TEST} (testBuf as end_consistency: one byte at a time and ` +
      'all at once both equal buf.toString(encoding), recorded as expected; testEnd as ' +
      'test_end: write, end, write, end), transcribed as data and checked against ' +
      `node ${process.version} by scripts/record-decoder-fixture.js. Bytes are hex.`,
    node: process.version,
    all_splits: allSplitsOut,
    sequences: sequencesOut,
    end_consistency: endConsistency,
    test_end: testEnd,
  };
}

// ---------------------------------------------------------------------------------------
// 2. Random differential cases.
// ---------------------------------------------------------------------------------------

function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rnd = mulberry32(SEED);
const int = (lo, hi) => lo + Math.floor(rnd() * (hi - lo + 1)); // inclusive
const pick = (xs) => xs[Math.floor(rnd() * xs.length)];
function weighted(table) {
  const total = table.reduce((s, [w]) => s + w, 0);
  let r = rnd() * total;
  for (const [wt, v] of table) {
    if ((r -= wt) < 0) return v;
  }
  return table[table.length - 1][1];
}

const ENCODING_NAMES = weightedNames([
  [50, ['utf8', 'utf-8', 'UTF8', 'Utf-8']],
  [18, ['utf16le', 'ucs2', 'ucs-2', 'UTF-16LE', 'UCS2']],
  [8, ['base64', 'BASE64']],
  [6, ['base64url', 'Base64Url']],
  [6, ['latin1', 'binary', 'LATIN1']],
  [6, ['ascii', 'ASCII']],
  [6, ['hex', 'HEX']],
]);
function weightedNames(groups) {
  return groups.map(([wt, names]) => [wt, names]);
}
const randomEncodingName = () => {
  const names = weighted(ENCODING_NAMES);
  return rnd() < 0.7 ? names[0] : pick(names);
};

const BOUNDARY_CODE_POINTS = [
  0x80, 0x7ff, 0x800, 0xfff, 0x1000, 0xcfff, 0xd000, 0xd7ff, 0xe000, 0xfffd, 0xfffe, 0xffff,
  0x10000, 0x3ffff, 0x40000, 0xfffff, 0x100000, 0x10ffff, 0xe9, 0x20ac, 0x1f600, 0x1f44d,
];
function randomCodePoint() {
  return weighted([
    [3, () => pick(BOUNDARY_CODE_POINTS)],
    [3, () => int(0x80, 0x7ff)],
    [4, () => { const c = int(0x800, 0xfffd); return c >= 0xd800 && c <= 0xdfff ? 0x4e2d : c; }],
    [3, () => int(0x10000, 0x10ffff)],
  ])();
}
const utf8Of = (cp) => [...Buffer.from(String.fromCodePoint(cp), 'utf8')];

function bytePiece() {
  return weighted([
    [22, () => [weighted([[3, () => int(0x61, 0x7a)], [1, () => int(0, 0x7f)]])()]],
    [30, () => utf8Of(randomCodePoint())],
    [10, () => { const b = utf8Of(randomCodePoint()); return b.slice(0, int(1, b.length - 1)); }],
    [7, () => range(int(1, 3), () => int(0x80, 0xbf))],
    [9, () => weighted([
      [2, () => [pick([0xc0, 0xc1]), int(0x80, 0xbf)]], // overlong 2-byte
      [2, () => [pick([0xf5, 0xf6, 0xf7, 0xf8, 0xfb, 0xfc, 0xfe, 0xff])]],
      [2, () => [0xe0, int(0x80, 0x9f), int(0x80, 0xbf)]], // overlong 3-byte
      [2, () => [0xed, int(0xa0, 0xbf), int(0x80, 0xbf)]], // UTF-8 encoded surrogate
      [1, () => [0xf0, int(0x80, 0x8f), int(0x80, 0xbf), int(0x80, 0xbf)]], // overlong 4-byte
      [1, () => [0xf4, int(0x90, 0xbf), int(0x80, 0xbf), int(0x80, 0xbf)]], // above U+10FFFF
      [1, () => [int(0xc2, 0xf4), int(0xc0, 0xff)]], // lead followed by a non-continuation
    ])()],
    [12, () => weighted([
      [2, () => [int(0, 0xff), int(0xd8, 0xdb)]], // high surrogate unit
      [2, () => [int(0, 0xff), int(0xdc, 0xdf)]], // low surrogate unit
      [2, () => [int(0, 0xff), int(0xd8, 0xdb), int(0, 0xff), int(0xdc, 0xdf)]], // pair
      [1, () => [int(0x20, 0x7e), 0]],
    ])()],
    [10, () => [int(0, 0xff)]],
  ])();
}

function randomBytes() {
  const target = weighted([[1, 0], [10, int(1, 6)], [10, int(7, 14)], [5, int(15, 24)]]);
  const out = [];
  while (out.length < target) out.push(...bytePiece());
  return out.slice(0, target + (rnd() < 0.3 ? 0 : 2)); // sometimes cut a piece in half
}

function randomSplits(len) {
  const k = weighted([[2, 0], [4, 1], [4, 2], [3, 3], [2, int(4, 8)]]);
  const points = range(k, () => (rnd() < 0.1 ? pick([0, len]) : int(0, len)));
  return points.sort((a, b) => a - b);
}

function decoderCase() {
  const bytes = Buffer.from(randomBytes());
  const enc = randomEncodingName();
  const splits = randomSplits(bytes.length);
  const endWithChunk = rnd() < 0.15;
  const bounds = [0, ...splits, bytes.length];
  const chunks = range(bounds.length - 1, (i) => bytes.subarray(bounds[i], bounds[i + 1]));
  const d = new StringDecoder(enc);
  const writes = [];
  const last = endWithChunk ? chunks.pop() : null;
  for (const chunk of chunks) {
    const out = d.write(chunk);
    writes.push([out, d.lastNeed, d.lastTotal, hex(d.lastChar)]);
  }
  const end = last === null ? d.end() : d.end(last);
  const after = [d.lastNeed, d.lastTotal, hex(d.lastChar)];
  // [encoding, bytes, split points, end() was given the last chunk, per write
  //  [output, lastNeed, lastTotal, lastChar], end() output, state after end,
  //  Buffer.from(bytes).toString(encoding)]
  return [enc, hex(bytes), splits, endWithChunk, writes, end, after, bytes.toString(enc)];
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
function randomUnitString(kind) {
  const n = weighted([[1, 0], [8, int(1, 8)], [6, int(9, 24)]]);
  let s = '';
  const unit = (code) => String.fromCharCode(code);
  while (s.length < n) {
    if (kind === 'base64') {
      s += weighted([
        [30, () => pick(B64)],
        [2, () => pick('-_')],
        [2, () => pick(' \n\t\r')],
        [2, () => '='],
        [1, () => pick('!*.~\0')],
        [1, () => unit(pick([0x100, 0x141, 0x159, 0x13d, 0x1ff, 0x2b, 0xff, 0x80, 0xd83d]))],
      ])();
    } else if (kind === 'hex') {
      s += weighted([
        [30, () => pick('0123456789abcdef')],
        [6, () => pick('ABCDEF')],
        [1, () => pick('gz x-')],
        [1, () => unit(pick([0x141, 0x131, 0x166, 0x100, 0xd83d]))],
      ])();
    } else {
      s += weighted([
        [10, () => unit(int(0x20, 0x7e))],
        [4, () => unit(int(0x80, 0xff))],
        [4, () => unit(int(0x100, 0xd7ff))],
        [3, () => String.fromCodePoint(int(0x10000, 0x10ffff))],
        [2, () => unit(int(0xd800, 0xdbff))], // lone high surrogate
        [2, () => unit(int(0xdc00, 0xdfff))], // lone low surrogate
        [1, () => unit(int(0xdc00, 0xdfff)) + unit(int(0xd800, 0xdbff))], // reversed pair
        [1, () => unit(int(0xe000, 0xffff))],
      ])();
    }
  }
  return s;
}

function encodeCase() {
  const enc = randomEncodingName();
  const lower = enc.toLowerCase();
  const kind = lower.startsWith('base64') ? 'base64' : lower === 'hex' ? 'hex'
    : rnd() < 0.1 ? pick(['base64', 'hex']) : 'text';
  const s = randomUnitString(kind);
  // [encoding, string, Buffer.from(string, encoding), Buffer.byteLength(string, encoding)]
  return [enc, s, hex(Buffer.from(s, enc)), Buffer.byteLength(s, enc)];
}

function writeCase() {
  const [enc, s] = encodeCase();
  const max = int(0, 12);
  const buf = Buffer.alloc(max);
  const n = buf.write(s, 0, max, enc);
  // [encoding, string, capacity, bytes written]
  return [enc, s, max, hex(buf.subarray(0, n))];
}

function differential() {
  const decoder = range(DECODER_CASES, decoderCase);
  const encode = range(ENCODE_CASES, encodeCase);
  const write = range(WRITE_CASES, writeCase);
  return { decoder, encode, write };
}

// ---------------------------------------------------------------------------------------

function writeJson(name, header, sections) {
  // One case per line keeps diffs readable.
  let text = '{\n';
  for (const [k, v] of Object.entries(header)) text += `  ${JSON.stringify(k)}: ${JSON.stringify(v)},\n`;
  const keys = Object.keys(sections);
  keys.forEach((k, i) => {
    text += `  ${JSON.stringify(k)}: [\n`;
    text += sections[k].map((c) => `    ${JSON.stringify(c)}`).join(',\n');
    text += `\n  ]${i + 1 < keys.length ? ',' : ''}\n`;
  });
  text += '}\n';
  const file = path.join(OUT_DIR, name);
  const size = `${(Buffer.byteLength(text) / 1024).toFixed(0)} KiB`;
  if (checkOnly) {
    const current = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : null;
    if (current !== text) {
      console.error(`${path.relative(process.cwd(), file)} differs from what this node records; ` +
        'run without --check to rewrite it');
      process.exitCode = 1;
    } else {
      console.log(`checked ${path.relative(process.cwd(), file)} (${size}): identical`);
    }
    return;
  }
  fs.mkdirSync(OUT_DIR, { recursive: true });
  fs.writeFileSync(file, text);
  console.log(`wrote ${path.relative(process.cwd(), file)} (${size})`);
}

const vectors = nodeVectors();
writeJson('node_vectors.json', { about: vectors.about, node: vectors.node }, {
  all_splits: vectors.all_splits,
  sequences: vectors.sequences,
  end_consistency: vectors.end_consistency,
  test_end: vectors.test_end,
});
const diff = differential();
writeJson('differential.json', {
  about: 'Random StringDecoder / Buffer#toString / Buffer.from / buf.write cases recorded ' +
    'from real node by scripts/record-decoder-fixture.js (seed ' +
    `0x${SEED.toString(16)}). decoder: [encoding, bytes hex, split points, end() given the ` +
    'last chunk, per write [output, lastNeed, lastTotal, lastChar hex], end() output, ' +
    '[lastNeed, lastTotal, lastChar hex] after end, Buffer#toString(encoding)]. encode: ' +
    '[encoding, string, Buffer.from(string, encoding) hex, Buffer.byteLength]. write: ' +
    '[encoding, string, capacity, bytes written hex].',
  node: process.version,
  seed: SEED,
}, diff);
})().catch((err) => {
  console.error(err);
  process.exit(1);
});
