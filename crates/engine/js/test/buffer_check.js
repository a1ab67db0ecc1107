'use strict';
// Checks nodescope's buffer and string_decoder modules (crates/engine/js/lib) under real node.
//
// 1. API cases: each snippet below runs twice in this process, once with Node's own Buffer /
//    StringDecoder and once with ours (natives emulated by encoding_shim.js over real node);
//    the results (values, Buffers as hex, thrown errors as name/code/message) must be equal.
// 2. Trace cases: the decoder.write/decoder.end events for a few scripted writes.
// 3. Corpus: every tests/corpus/buffers/*.js runs as is and with `Buffer`, require('buffer')
//    and require('string_decoder') replaced by ours; stdout, stderr and exit code must match.
//
// Usage: node crates/engine/js/test/buffer_check.js [-v] [filter...]
// Prints "N passed, M failed"; exits 1 if anything failed.
//
// Written to run both as CommonJS and as an ES module (the repository's package.json says
// "type": "module"), so node's modules are loaded with dynamic import().

(async function main() {
  const fs = (await import('node:fs')).default;
  const path = (await import('node:path')).default;
  const vm = (await import('node:vm')).default;
  const util = (await import('node:util')).default;
  const { spawnSync } = (await import('node:child_process')).default;
  const { createRequire } = (await import('node:module')).default;

  process.noDeprecation = true; // both Buffer() implementations warn once; keep the report clean
  const here = path.dirname(fs.realpathSync(process.argv[1]));
  const lib = path.resolve(here, '..', 'lib');
  const root = path.resolve(here, '..', '..', '..', '..');
  const realRequire = createRequire(path.join(here, 'buffer_check.cjs'));
  const args = process.argv.slice(2);
  const verbose = args.includes('-v');
  const filters = args.filter((a) => a !== '-v');
  const selected = (label) => filters.length === 0 || filters.some((f) => label.includes(f));

  // Evaluates a CommonJS body the way the engine does (builtins get `internals` as 4th arg).
  function loadCommonJs(file, requireFn) {
    const source = fs.readFileSync(file, 'utf8');
    const fn = vm.runInThisContext(`(function (exports, require, module, internals) {${source}\n})`, { filename: file });
    const module = { exports: {} };
    fn.call(module.exports, module.exports, requireFn, module, undefined);
    return module.exports;
  }

  loadCommonJs(path.join(here, 'encoding_shim.js'), realRequire);
  const traces = [];
  globalThis.__nodescope.trace = (kind, data) => traces.push({ kind, data: JSON.parse(JSON.stringify(data)) });
  const ours = {};
  const ourRequire = (id) => {
    const name = id.startsWith('node:') ? id.slice(5) : id;
    return Object.prototype.hasOwnProperty.call(ours, name) ? ours[name] : realRequire(id);
  };
  ours.buffer = loadCommonJs(path.join(lib, 'buffer.js'), ourRequire);
  ours.string_decoder = loadCommonJs(path.join(lib, 'string_decoder.js'), ourRequire);
  const theirs = { buffer: realRequire('buffer'), string_decoder: realRequire('string_decoder') };

  let passed = 0;
  let failed = 0;
  const failures = [];
  function record(label, ok, detail) {
    if (ok) {
      passed++;
      if (verbose) console.log(`ok   ${label}`);
    } else {
      failed++;
      failures.push(`FAIL ${label}\n${detail}`);
    }
  }

  // ---- 1. API cases ----------------------------------------------------------------------------
  const isU8 = (v) => Object.prototype.toString.call(v) === '[object Uint8Array]';
  function ser(v) {
    if (isU8(v)) {
      return `${v.constructor.name}(${v.length})[${Array.from(v, (b) => b.toString(16).padStart(2, '0')).join('')}]`;
    }
    if (typeof v === 'string') return JSON.stringify(v);
    if (Array.isArray(v)) return `[${v.map(ser).join(', ')}]`;
    return util.inspect(v, { depth: 6, breakLength: Infinity });
  }
  function runCase(src, mods) {
    try {
      const fn = new Function('Buffer', 'buffer', 'StringDecoder', 'util', `'use strict';\n${src}`);
      return ser(fn(mods.buffer.Buffer, mods.buffer, mods.string_decoder.StringDecoder, util));
    } catch (e) {
      return `throws ${e && e.name} ${e && e.code} ${e && e.message}`;
    }
  }

  const C = [];
  const c = (src) => C.push(src.includes('return') || src.includes(';') ? src : `return ${src}`);
  const ENCODINGS = ['utf8', 'utf16le', 'latin1', 'ascii', 'base64', 'base64url', 'hex'];
  const ALIASES = ['utf-8', 'UTF8', 'ucs2', 'UCS-2', 'utf-16le', 'binary', 'BASE64', 'Hex', 'bogus', '', null, undefined, 5];

  // construction
  for (const s of ['', 'hello', 'héllo wörld', '€', '😀', 'a\ud83d', '\udc00b', '\u0000\u00ff\u0100', 'YWJj', 'aGVsbG8gd29ybGQ=', 'YQ==YQ==', 'Y W\nJ j', '-_-_', 'abzcd', 'ABCDEF0', 'xyz']) {
    for (const e of ENCODINGS) c(`Buffer.from(${JSON.stringify(s)}, ${JSON.stringify(e)})`);
  }
  for (const e of ALIASES) {
    c(`Buffer.from('héllo', ${JSON.stringify(e)})`);
    c(`Buffer.isEncoding(${JSON.stringify(e)})`);
    c(`Buffer.from('héllo').toString(${JSON.stringify(e)})`);
    c(`new StringDecoder(${JSON.stringify(e)}).encoding`);
    c(`Buffer.alloc(4, 'ab', ${JSON.stringify(e)})`);
    c(`Buffer.byteLength('héllo', ${JSON.stringify(e)})`);
  }
  [
    'Buffer.from([1, 2, 300, -1, 1.7, "5", "x", null])',
    'Buffer.from(new Uint16Array([1, 256, 513]))',
    'Buffer.from(new Uint8Array([1, 2, 3]).subarray(1))',
    'Buffer.from({ length: 2, 0: 5, 1: 300 })',
    'Buffer.from({ length: "x" })',
    'Buffer.from({ type: "Buffer", data: [1, 2] })',
    'Buffer.from(new String("abc"))',
    'Buffer.from(new String("YWJj"), "base64")',
    'Buffer.from({ [Symbol.toPrimitive]() { return "prim"; } })',
    'Buffer.from({ valueOf() { return "vo"; } })',
    'const ab = new ArrayBuffer(4); const b = Buffer.from(ab, 1, 2); b[0] = 9; return [b.length, new Uint8Array(ab)]',
    'Buffer.from(new ArrayBuffer(4), 5)',
    'Buffer.from(new ArrayBuffer(4), 1, 4)',
    'Buffer.from(new ArrayBuffer(4), "1")',
    'Buffer.from(new ArrayBuffer(4), NaN, -2)',
    'Buffer.from(null)', 'Buffer.from()', 'Buffer.from(5)', 'Buffer.from(Symbol("s"))', 'Buffer.from(() => 1)',
    'Buffer.from({})', 'Buffer.from(true)',
    'const a = Buffer.from("abc"); const b = Buffer.from(a); b[0] = 0x41; return [a, b]',
    'Buffer.of(1, 2, 300)', 'Buffer.of()',
    'Buffer.copyBytesFrom(new Uint16Array([1, 2]), 1)',
    'Buffer.copyBytesFrom(new Uint16Array([1, 2, 3]), 1, 1)',
    'Buffer.copyBytesFrom(new Uint8Array([1, 2]), 5)',
    'Buffer.copyBytesFrom([1, 2])',
    'Buffer.copyBytesFrom(new Uint8Array([1, 2]), -1)',
    'Buffer.alloc(5)', 'Buffer.alloc(5, 1)', 'Buffer.alloc(5, "ab")', 'Buffer.alloc(5, "YWI=", "base64")',
    'Buffer.alloc(5, "€")', 'Buffer.alloc(3, "")', 'Buffer.alloc(3, "zz", "hex")', 'Buffer.alloc(4, Buffer.from([1, 2, 3]))',
    'Buffer.alloc(3, 257)', 'Buffer.alloc(3, -1)', 'Buffer.alloc(3, true)', 'Buffer.alloc(0, 5)', 'Buffer.alloc(1.5)',
    'Buffer.alloc(-1)', 'Buffer.alloc("a")', 'Buffer.alloc(NaN)', 'Buffer.alloc(2 ** 53)', 'Buffer.alloc(3, "ab", 5)',
    'Buffer.allocUnsafe(3).length', 'Buffer.allocUnsafe(-1)', 'Buffer.allocUnsafeSlow(3).length', 'Buffer.allocUnsafeSlow("3")',
    'Buffer.allocUnsafe(10).buffer.byteLength', 'Buffer.allocUnsafe(5000).buffer.byteLength', 'Buffer.from("x").buffer.byteLength',
    'Buffer.allocUnsafeSlow(10).buffer.byteLength',
    'Buffer.poolSize',
    'new Buffer(3)', 'Buffer(3)', 'new Buffer("abc")', 'Buffer("abc", "hex")', 'Buffer(3, "hex")',
    'Buffer.isBuffer(Buffer.alloc(1))', 'Buffer.isBuffer(new Uint8Array(1))', 'Buffer.isBuffer("x")', 'Buffer.isBuffer()',
    'Buffer.alloc(1) instanceof Uint8Array', 'Buffer.alloc(1) instanceof Buffer', 'Buffer.alloc(1).constructor === Buffer',
    'Object.getPrototypeOf(Buffer) === Uint8Array', 'Buffer.name', 'Buffer.length', 'typeof Buffer.prototype.readUInt8',
    'Buffer.from("abc").subarray(1) instanceof Buffer', 'Buffer.from("abc").map((x) => x + 1)',
    'Buffer.from("abc").filter((x) => x > 97)', 'Buffer.from("abc").reverse()',
    'Buffer.from([3, 1, 2]).sort()', 'Buffer.from("abc").slice(1) instanceof Buffer',
    'Array.from(Buffer.from("hi").entries())', '[...Buffer.from("hi")]',
    'Buffer.concat([Buffer.from("ab"), new Uint8Array([99]), Buffer.alloc(0)])',
    'Buffer.concat([])', 'Buffer.concat([Buffer.from("hello")], 3)', 'Buffer.concat([Buffer.from("hello")], 7)',
    'Buffer.concat([Buffer.from("a")], -1)', 'Buffer.concat("x")', 'Buffer.concat([1])', 'Buffer.concat([Buffer.from("a"), "b"])',
    'Buffer.concat([Buffer.from("a")], 1.5)',
    'Buffer.byteLength("héllo")', 'Buffer.byteLength("😀a\ud83d")', 'Buffer.byteLength("")', 'Buffer.byteLength("abc", "ucs2")',
    'Buffer.byteLength("YQ==", "base64")', 'Buffer.byteLength("YQ", "base64url")', 'Buffer.byteLength("abc", "hex")',
    'Buffer.byteLength("aa", "bogus")', 'Buffer.byteLength(new ArrayBuffer(3))', 'Buffer.byteLength(new Uint16Array(3))',
    'Buffer.byteLength(new DataView(new ArrayBuffer(5)))', 'Buffer.byteLength(1)', 'Buffer.byteLength()',
    'Buffer.compare(Buffer.from("a"), Buffer.from("b"))', 'Buffer.compare(Buffer.from("b"), Buffer.from("a"))',
    'Buffer.compare(Buffer.from("ab"), Buffer.from("a"))', 'Buffer.compare(Buffer.from("a"), new Uint8Array([97]))',
    'Buffer.compare(Buffer.from("a"), "a")', 'Buffer.compare("a", Buffer.from("a"))',
    '[Buffer.from("b"), Buffer.from("a"), Buffer.from("ab")].sort(Buffer.compare)',
  ].forEach(c);

  // module
  [
    'Object.keys(buffer).filter((k) => !["Blob", "File", "resolveObjectURL"].includes(k)).sort()',
    'buffer.kMaxLength', 'buffer.kStringMaxLength', 'buffer.constants', 'buffer.INSPECT_MAX_BYTES',
    'buffer.btoa("hello")', 'buffer.btoa("é")', 'buffer.atob("aGVsbG8=")', 'buffer.atob(" aGVs bG8 ")', 'buffer.atob("aGVsbG8")',
    'try { buffer.atob("a") } catch (e) { return e.name + ": " + e.message }',
    'try { buffer.btoa("€") } catch (e) { return e.name + ": " + e.message }',
    'buffer.isUtf8(Buffer.from("héllo"))', 'buffer.isUtf8(Buffer.from([0xc3]))', 'buffer.isUtf8(Buffer.from([0xed, 0xa0, 0x80]))',
    'buffer.isUtf8(new ArrayBuffer(2))', 'buffer.isUtf8("x")', 'buffer.isAscii(Buffer.from("abc"))', 'buffer.isAscii(Buffer.from("é"))',
    'buffer.transcode(Buffer.from("héllo€"), "utf8", "latin1")', 'buffer.transcode(Buffer.from("héllo"), "utf8", "ucs2")',
    'buffer.transcode(Buffer.from("hé", "latin1"), "latin1", "utf8")', 'buffer.transcode(Buffer.from("hé€"), "utf8", "ascii")',
    'buffer.SlowBuffer(3).length',
  ].forEach(c);

  // toString and slices
  const sample = "Buffer.from([0x68, 0xc3, 0xa9, 0xe2, 0x82, 0xac, 0xf0, 0x9f, 0x98, 0x80, 0xff, 0x80, 0x41, 0x3d, 0xd8])";
  for (const e of [...ENCODINGS, ...ALIASES]) c(`${sample}.toString(${JSON.stringify(e)})`);
  [
    ['"utf8"', '1.5'], ['null'], ['undefined', '1'], ['"utf8"', '"1"', '"3"'], ['"utf8"', '-1', '2'], ['"utf8"', 'NaN', '2'],
    ['"utf8"', '3', '1'], ['"utf8"', '0', '100'], ['"utf8"', '20'], ['"hex"', '2', '4'], ['"base64"', '1', '5'], ['"utf16le"', '1'],
    ['"utf8"', '1', '2'], ['"utf8"', '3', '5'], ['"latin1"', '0', 'Infinity'], ['"utf8"', '-Infinity', '3'],
  ].forEach((a) => c(`${sample}.toString(${a.join(', ')})`));
  for (const m of ['utf8Slice', 'latin1Slice', 'hexSlice', 'ucs2Slice', 'base64Slice', 'base64urlSlice', 'asciiSlice']) {
    for (const a of ['', '1', '1, 3', '2, 1', '1, 100', '-1', '"a"', '20']) c(`${sample}.${m}(${a})`);
  }
  [
    'Buffer.from("hello").toString("utf8", 1, 4)', 'Buffer.from("hello").toLocaleString()',
    'const b = Buffer.from("hello"); return [b.slice(-2), b.slice(1, -1), b.slice(3, 1), b.slice(-10), b.slice(1.7, 3.2), b.slice("1"), b.slice(NaN, 2)]',
    'const b = Buffer.from("hello"); const s = b.slice(1, 3); s[0] = 0x45; return b',
    'const b = Buffer.from("hello"); const s = b.subarray(1, 3); s[0] = 0x45; return [b, s.byteOffset - b.byteOffset]',
    'const b = Buffer.from("hello"); return [b.parent === b.buffer, b.offset === b.byteOffset]',
    'Buffer.from("hello").toJSON()', 'JSON.stringify(Buffer.from("hi"))', 'JSON.stringify({ b: Buffer.alloc(0) })',
    'Buffer.from(JSON.parse(JSON.stringify(Buffer.from("round"))))',
  ].forEach(c);

  // write
  for (const e of ENCODINGS) {
    for (const s of ['héllo', '😀😀', 'YWJjZA', 'abcdef', 'a\ud83d']) {
      c(`const b = Buffer.alloc(6); const n = b.write(${JSON.stringify(s)}, 1, 4, ${JSON.stringify(e)}); return [n, b]`);
      c(`const b = Buffer.alloc(3); const n = b.write(${JSON.stringify(s)}, ${JSON.stringify(e)}); return [n, b]`);
    }
  }
  [
    'const b = Buffer.alloc(5); return [b.write("héllo"), b]', 'const b = Buffer.alloc(5); return [b.write("x", 10), b]',
    'Buffer.alloc(5).write("x", 1.5)', 'Buffer.alloc(5).write("x", "1")', 'Buffer.alloc(5).write("xyz", 1, 1)',
    'Buffer.alloc(5).write("xyz", 1, "latin1")', 'Buffer.alloc(5).write("xyz", "bogus")', 'Buffer.alloc(5).write(123)',
    'Buffer.alloc(5).write("xyz", 1, 10)', 'Buffer.alloc(5).write("xyz", 1, -1)', 'Buffer.alloc(5).write("xyz", 1, 2, "bogus")',
    'Buffer.alloc(5).write("xyz", -1)', 'Buffer.alloc(5).write("xyz", 5)', 'Buffer.alloc(5).write("xyz", 0, undefined, "hex")',
    'Buffer.alloc(5).utf8Write("x", 10)', 'Buffer.alloc(5).utf8Write("x", 5)', 'Buffer.alloc(5).utf8Write("abc", 1, 1)',
    'Buffer.alloc(5).hexWrite("zz")', 'Buffer.alloc(5).latin1Write(5)', 'const b = Buffer.alloc(4); b.ucs2Write("ab", 1); return b',
    'const b = Buffer.alloc(4); return [b.write("€", 2), b]', 'const b = Buffer.alloc(4); return [b.write("😀", 1), b]',
  ].forEach(c);

  // fill
  [
    'Buffer.from("hello").fill("a", 1, "latin1")', 'Buffer.from("hello").fill(true)', 'Buffer.from("hello").fill(null)',
    'Buffer.alloc(4).fill(Buffer.alloc(0))', 'Buffer.alloc(4).fill("")', 'Buffer.alloc(4).fill("x", 5)', 'Buffer.alloc(4).fill("x", 1, 6)',
    'Buffer.alloc(4).fill(1, -1)', 'Buffer.alloc(4).fill({})', 'Buffer.alloc(4).fill([1])', 'Buffer.alloc(4).fill("\u0222", "latin1")',
    'Buffer.alloc(5).fill("€")', 'Buffer.alloc(5).fill("€", 1, 4)', 'Buffer.alloc(5).fill("ab", "ucs2")', 'Buffer.alloc(5).fill("6162", "hex")',
    'Buffer.alloc(5).fill("zz", "hex")', 'Buffer.alloc(5).fill("a", "bogus")', 'Buffer.alloc(5).fill("a", 0, 5, 5)',
    'Buffer.alloc(5).fill(0x101)', 'Buffer.alloc(5).fill(1.9)', 'Buffer.alloc(5).fill(new Uint16Array([0x102]))',
    'Buffer.alloc(5).fill("a", 2, 1)', 'Buffer.alloc(5).fill("a", 1.5)', 'Buffer.alloc(5).fill("a", "1")',
    'Buffer.alloc(5).fill("ab", 1)', 'Buffer.alloc(5).fill(7, 1, 3)', 'Buffer.alloc(5).fill("YQ", "base64url")',
  ].forEach(c);

  // compare / equals / copy
  [
    'Buffer.from("hello").compare(Buffer.from("hellp"))', 'Buffer.from("hello").compare(Buffer.from("hell"))',
    'Buffer.from("hello").compare(Buffer.from("hellp"), 0, 9)', 'Buffer.from("hello").compare(Buffer.from("hellp"), 7, 5)',
    'Buffer.from("hello").compare(Buffer.from("hellp"), 3)', 'Buffer.from("hello").compare(Buffer.from("hellp"), 0, 4, 0, 4)',
    'Buffer.from("hello").compare(Buffer.from("xhel"), 1, 4, 0, 3)', 'Buffer.from("hello").compare(Buffer.from("abc"), 1, 2, 2, 1)',
    'Buffer.from("hello").compare(Buffer.from("abc"), 2, 2, 1, 2)', 'Buffer.from("hello").compare(Buffer.from("abc"), 1.5)',
    'Buffer.from("hello").compare(Buffer.from("abc"), 0, 3, 9)', 'Buffer.from("hello").compare("x")',
    'Buffer.from("hello").compare(Buffer.from("abc"), 9, 3)', 'Buffer.from("hello").compare(Buffer.from("hello"), undefined, undefined, 1)',
    'Buffer.from("a").equals(Buffer.from("a"))', 'Buffer.from("a").equals(new Uint8Array([98]))', 'Buffer.from("a").equals("a")',
    'Buffer.alloc(0).equals(new Uint8Array(0))', 'Buffer.from("ab").equals(Buffer.from("a"))',
    'const t = Buffer.alloc(6); return [Buffer.from("hello").copy(t), t]',
    'const t = Buffer.alloc(3); return [Buffer.from("hello").copy(t, 1), t]',
    'const t = Buffer.alloc(6); return [Buffer.from("hello").copy(t, 1, 2, 4), t]',
    'const t = Buffer.alloc(6); return [Buffer.from("hello").copy(t, 1.5, "1"), t]',
    'const t = Buffer.alloc(6); return [Buffer.from("hello").copy(t, 0, 4, 2), t]',
    'const t = Buffer.alloc(6); return [Buffer.from("hello").copy(t, 9), t]',
    'const t = Buffer.alloc(6); return [Buffer.from("hello").copy(t, 0, 0, 99), t]',
    'Buffer.from("hello").copy(Buffer.alloc(2), -1)', 'Buffer.from("hello").copy(Buffer.alloc(2), 0, 7)',
    'Buffer.from("hello").copy(Buffer.alloc(2), 0, 1, -1)', 'Buffer.from("hello").copy("x")',
    'const b = Buffer.from("abcdef"); b.copy(b, 2, 0, 4); return b',
    'const t = new Uint8Array(4); Buffer.from("hey").copy(t, 1); return Array.from(t)',
  ].forEach(c);

  // search
  const hay = 'Buffer.from("hello world, hello")';
  for (const args of ['"l"', '"l", 4', '"l", -3', '"l", -100', '"l", 100', '"l", 2.7', '"hello"', '"hello", 1', '""', '"", 100',
    '"", -100', '"", 3', '"xyz"', '0x6c', '0x16c', '-1', '108, 5', 'Buffer.from("wor")', 'new Uint8Array([0x6f])',
    '"l", "latin1"', '"l", null', '"l", {}', '"l", "1"', '"l", 0, "bogus"', '{}', 'null', 'true', '"aGVsbG8=", 0, "base64"',
    '"6c6c", 0, "hex"', '"l", 1, "ucs2"', 'Buffer.alloc(0)', '"l", 2 ** 40', '"l", -(2 ** 40)', '"hello", -5', '"o", undefined']) {
    c(`${hay}.indexOf(${args})`);
    c(`${hay}.lastIndexOf(${args})`);
    c(`${hay}.includes(${args})`);
  }
  [
    'Buffer.from("a\u00e9b", "latin1").indexOf("\u00e9", 0, "latin1")', 'Buffer.from("a\u00e9b").indexOf("\u00e9")',
    'Buffer.from("abcabc", "utf16le").indexOf("c", 0, "ucs2")', 'Buffer.from("abcabc", "utf16le").lastIndexOf("c", 9, "ucs2")',
    'Buffer.from("abcabc", "utf16le").indexOf(Buffer.from([0x63, 0]), 1, "ucs2")', 'Buffer.from("abcabc", "utf16le").lastIndexOf("b", -1, "utf16le")',
    'Buffer.from([0x61, 0x62, 0, 0x62, 0]).indexOf("b", 0, "utf16le")', 'Buffer.from("xx6162").indexOf("6162", 0, "hex")',
    'Buffer.from("xab").indexOf("YWI=", 0, "base64")', 'Buffer.alloc(0).indexOf("a")', 'Buffer.alloc(0).indexOf("")',
    'Buffer.alloc(0).lastIndexOf("")', 'Buffer.from("aaa").lastIndexOf("aa")', 'Buffer.from("aaa").indexOf("aa", 1)',
    'Buffer.from("a😀b").indexOf("😀")', 'Buffer.from("a\ufffdb").indexOf("\ud83d")', 'Buffer.from("abc").indexOf("abcd")',
    'Buffer.from("abc").lastIndexOf("c", 1)', 'Buffer.from("abc").lastIndexOf(99, -1)', 'Buffer.from("abc").indexOf(97, -3)',
  ].forEach(c);

  // numbers
  const nb = 'Buffer.from([0x01, 0x82, 0xff, 0x7f, 0x80, 0x00, 0xfe, 0x11, 0x22, 0x33])';
  for (const m of ['UInt8', 'Int8', 'UInt16LE', 'UInt16BE', 'Int16LE', 'Int16BE', 'UInt32LE', 'UInt32BE', 'Int32LE', 'Int32BE',
    'FloatLE', 'FloatBE', 'DoubleLE', 'DoubleBE', 'BigInt64LE', 'BigInt64BE', 'BigUInt64LE', 'BigUInt64BE', 'Uint8', 'Uint16LE', 'BigUint64LE']) {
    for (const a of ['', '0', '1', '2', '6', '9', '10', '-1', '1.5', '"1"', 'NaN', 'null', '2 ** 33']) c(`${nb}.read${m}(${a})`);
  }
  for (const m of ['UIntLE', 'UIntBE', 'IntLE', 'IntBE', 'UintLE']) {
    for (const a of ['0, 1', '0, 3', '1, 5', '0, 6', '4, 6', '5, 6', '0, 7', '0, 0', '0, 1.5', '0, "1"', 'undefined, 1', '0', '"0", 2', '-1, 2']) {
      c(`${nb}.read${m}(${a})`);
    }
  }
  const writes = [
    ['UInt8', ['0', '255', '256', '-1', '1.7', '"2"', 'NaN', '1, 9', '1, 10', '1, -1', '1, 1.5', '1, "1"', '1, NaN', 'true']],
    ['Int8', ['-128', '127', '128', '-129', '-1.5']],
    ['UInt16LE', ['0xabcd', '70000', '-1', '1, 8', '1, 9', '257.9']], ['UInt16BE', ['0xabcd', '1, 8', '-0.5']],
    ['Int16LE', ['-2', '32768', '-32769']], ['Int16BE', ['-2', '0x7fff']],
    ['UInt32LE', ['0xdeadbeef', '-1', '2 ** 32', '1, 6', '1, 7']], ['UInt32BE', ['0xdeadbeef', '1.5']],
    ['Int32LE', ['-1', '2 ** 31', '-(2 ** 31)']], ['Int32BE', ['-123456']],
    ['FloatLE', ['1.5', '"x"', '1.5, 6', '1.5, 7', '-0', 'Infinity']], ['FloatBE', ['3.14']],
    ['DoubleLE', ['Math.PI', '1, 2', '1, 3']], ['DoubleBE', ['-1e300']],
    ['BigInt64LE', ['-1n', '2n ** 63n', '-(2n ** 63n)', '1', '1n, 2', '1n, 3']], ['BigInt64BE', ['-2n']],
    ['BigUInt64LE', ['2n ** 64n - 1n', '-1n', '2n ** 64n', '1n, 1']], ['BigUInt64BE', ['0x0102030405060708n']],
    ['Uint16LE', ['513']], ['BigUint64LE', ['5n']],
  ];
  for (const [m, list] of writes) {
    for (const a of list) c(`const b = Buffer.alloc(10); return [b.write${m}(${a}), b]`);
  }
  for (const m of ['UIntLE', 'UIntBE', 'IntLE', 'IntBE', 'UintBE']) {
    for (const a of ['0x1234, 0, 2', '0x123456, 1, 3', '2 ** 40 - 1, 0, 5', '2 ** 40, 0, 5', '-1, 0, 6', '-(2 ** 47), 2, 6',
      '2 ** 47, 0, 6', '1, 0, 7', '1, 0, 0', '1, 5, 6', '300, 0, 1', '-5, 0, 1', '1.5, 0, 2', '1, "0", 2', '1, 0', '-129, 0, 1']) {
      c(`const b = Buffer.alloc(10); return [b.write${m}(${a}), b]`);
    }
  }
  [
    'Buffer.alloc(0).readUInt8()', 'Buffer.alloc(2).readUInt32LE()', 'Buffer.alloc(0).writeUInt8(1)', 'Buffer.alloc(2).writeUInt32LE(1)',
    'Buffer.alloc(3).readIntLE(0, 4)', 'Buffer.from([1,2,3,4,5,6]).readUIntBE(0, 6)', 'Buffer.from([0xff,2,3,4,5,0x86]).readIntLE(0, 6)',
    'Buffer.from([0xff,2,3,4,5,0x86]).readIntBE(0, 6)', 'Buffer.from([0x80,0,0,0,0]).readIntBE(0, 5)', 'Buffer.from([0x80,0,0]).readIntLE(0, 3)',
  ].forEach(c);

  // swaps and inspect
  [
    'Buffer.from("abcd").swap16()', 'Buffer.from("abcdefgh").swap32()', 'Buffer.from("abcdefgh").swap64()', 'Buffer.from("abc").swap16()',
    'Buffer.from("abcdef").swap32()', 'Buffer.from("abc").swap64()',
    'util.inspect(Buffer.from("hello"))', 'util.inspect(Buffer.alloc(0))', 'util.inspect(Buffer.alloc(50))', 'util.inspect(Buffer.alloc(51))',
    'util.inspect(Buffer.alloc(60, 0xab))', 'util.inspect([Buffer.from("a"), { b: Buffer.from("b") }])',
    'const x = Buffer.from("ab"); x.foo = 1; x.bar = "z"; return util.inspect(x)', 'const x = Buffer.alloc(0); x.foo = [1]; return util.inspect(x)',
    'util.format("%s|%o|%j", Buffer.from("ab"), Buffer.from("c"), Buffer.from("d"))', 'String(Buffer.from("héllo"))', '`${Buffer.from("x")}`',
    'Buffer.from("hello").inspect()', 'buffer.INSPECT_MAX_BYTES = 2; const s = util.inspect(Buffer.from("hello")); buffer.INSPECT_MAX_BYTES = 50; return s',
    'util.inspect(Buffer.from("abc").subarray(1))', 'Object.prototype.toString.call(Buffer.alloc(1))', 'Buffer.alloc(1)[Symbol.toStringTag]',
  ].forEach(c);

  // StringDecoder
  [
    'const d = new StringDecoder("utf8"); return [d.write(Buffer.from([0xe2])), d.lastNeed, d.lastTotal, d.lastChar, d.write(Buffer.from([0x82, 0xac])), d.end()]',
    'const d = new StringDecoder(); return [d.encoding, d.write(Buffer.from([0xf0, 0x9f])), d.write(Buffer.from([0x98])), d.end(Buffer.from([0x80, 0x41]))]',
    'const d = new StringDecoder("utf8"); return [d.write("str"), d.end("x"), d.end(Buffer.from([0xc3]))]',
    'new StringDecoder("utf8").write(null)', 'new StringDecoder("utf8").write([1, 2])', 'new StringDecoder("utf8").write(5)',
    'new StringDecoder("utf8").end(5)', 'new StringDecoder(1)', 'new StringDecoder("test")', 'new StringDecoder({})',
    'const o = {}; StringDecoder.call(o, "hex"); return o.encoding',
    'StringDecoder.prototype.write.call({}, Buffer.from("a"))',
    'const d = new StringDecoder("utf16le"); return [d.write(Buffer.from("3dd8", "hex")), d.lastNeed, d.lastTotal, d.write(Buffer.from("4d", "hex")), d.write(Buffer.from("dc61", "hex")), d.end()]',
    'const d = new StringDecoder("base64"); return [d.write(Buffer.from("a")), d.write(Buffer.from("bcd")), d.lastNeed, d.end(), d.end()]',
    'const d = new StringDecoder("base64url"); return [d.write(Buffer.from("ab")), d.end(Buffer.from("c")), d.end(Buffer.from("dd"))]',
    'const d = new StringDecoder("hex"); return [d.write(Buffer.from([1, 0xff])), d.lastNeed, d.end(Buffer.from([2]))]',
    'const d = new StringDecoder("latin1"); return [d.write(Buffer.from([0xe9])), d.end()]',
    'const d = new StringDecoder("ascii"); return [d.write(Buffer.from([0xe9])), d.end()]',
    'const d = new StringDecoder("utf8"); return [d.write(new Uint16Array([0xa9c3])), d.write(new DataView(new Uint8Array([0xe2, 0x82, 0xac]).buffer)), d.end()]',
    'const d = new StringDecoder("utf8"); d.write(Buffer.from([0xe2])); return [d.text(Buffer.from("xyz"), 1), d.lastNeed, d.end()]',
    'const d = new StringDecoder("utf8"); d.write(Buffer.from([0xe2])); return util.inspect(d)',
    'const d = new StringDecoder("ucs2"); d.write(Buffer.from([0x3d])); return util.inspect(d)',
    'Object.keys(new StringDecoder("utf8"))', 'typeof StringDecoder.prototype.text',
    'const d = new StringDecoder("utf8"); return [d.write(Buffer.from("68e282", "hex")), d.write(Buffer.alloc(0)), d.write(Buffer.from("ac", "hex"))]',
  ].forEach(c);

  for (const src of C) {
    if (!selected(src)) continue;
    const a = runCase(src, theirs);
    const b = runCase(src, ours);
    record(src, a === b, `      node: ${a}\n      ours: ${b}`);
  }

  // ---- 2. Trace cases ---------------------------------------------------------------------------
  if (selected('trace')) {
    traces.length = 0;
    const { StringDecoder } = ours.string_decoder;
    const d = new StringDecoder('utf8');
    d.write(ours.buffer.Buffer.from([0x41, 0xf0, 0x9f]));
    d.write(ours.buffer.Buffer.from([0x98, 0x80, 0xff]));
    d.end(ours.buffer.Buffer.from([0xe2]));
    const ev = traces.filter((t) => t.kind.startsWith('decoder.'));
    const got = ev.map((t) => [t.kind, t.data.text, t.data.held, t.data.needed, t.data.reason, t.data.completed,
      t.data.replacements, t.data.flushed]);
    const want = [
      ['decoder.new', undefined, undefined, undefined, undefined, undefined, undefined, undefined],
      ['decoder.write', 'A', [0xf0, 0x9f], 2, 'utf8-incomplete', [], [], undefined],
      ['decoder.write', '😀\ufffd', [], 0, null, [0xf0, 0x9f, 0x98, 0x80], [{ at: 2, bytes: [0xff] }], undefined],
      ['decoder.end', '\ufffd', [], 0, null, [], [{ at: 0, bytes: [0xe2] }], [0xe2]],
    ];
    record('trace: decoder events for an emoji split across chunks', util.isDeepStrictEqual(got, want),
      `      want: ${util.inspect(want, { depth: 5, breakLength: Infinity })}\n      got:  ${util.inspect(got, { depth: 5, breakLength: Infinity })}`);
    traces.length = 0;
    ours.buffer.Buffer.from([0xe2, 0x82]).toString();
    const ts = traces.find((t) => t.kind === 'buffer.toString');
    record('trace: buffer.toString reports U+FFFD and its bytes',
      !!ts && ts.data.text === '\ufffd' && util.isDeepStrictEqual(ts.data.replacements, [{ at: 0, bytes: [0xe2, 0x82], start: 0 }]),
      `      got: ${util.inspect(ts, { depth: 5 })}`);
  }

  // ---- 3. Corpus --------------------------------------------------------------------------------
  function preload(libDir, shimFile) {
    /* eslint-disable no-shadow */
    const fs = require('fs');
    const vm = require('vm');
    const Module = require('module');
    const load = (file, req) => {
      const fn = vm.runInThisContext(`(function (exports, require, module, internals) {${fs.readFileSync(file, 'utf8')}\n})`, { filename: file });
      const module = { exports: {} };
      fn.call(module.exports, module.exports, req, module, undefined);
      return module.exports;
    };
    load(shimFile, require);
    const mods = {};
    const req = (id) => {
      const name = id.startsWith('node:') ? id.slice(5) : id;
      return Object.prototype.hasOwnProperty.call(mods, name) ? mods[name] : require(id);
    };
    mods.buffer = load(`${libDir}/buffer.js`, req);
    mods.string_decoder = load(`${libDir}/string_decoder.js`, req);
    delete globalThis.__nodescope;
    Object.defineProperty(globalThis, 'Buffer', { value: mods.buffer.Buffer, writable: true, configurable: true, enumerable: false });
    const originalLoad = Module._load;
    Module._load = function (request, parent, isMain) {
      const name = typeof request === 'string' && request.startsWith('node:') ? request.slice(5) : request;
      if (name === 'buffer' || name === 'string_decoder') return mods[name];
      return originalLoad.call(this, request, parent, isMain);
    };
  }

  const corpus = path.join(root, 'tests', 'corpus', 'buffers');
  const programs = fs.existsSync(corpus) ? fs.readdirSync(corpus).filter((f) => f.endsWith('.js')).sort() : [];
  const norm = (s) => (s || '').replace(/\(node:\d+\)/g, '(node:PID)');
  for (const name of programs) {
    const label = `corpus/buffers/${name}`;
    if (!selected(label)) continue;
    const file = path.join(corpus, name);
    const opts = { cwd: corpus, encoding: 'utf8', timeout: 20000 };
    const a = spawnSync(process.execPath, [name], opts);
    const code = `(${preload.toString()})(${JSON.stringify(lib)}, ${JSON.stringify(path.join(here, 'encoding_shim.js'))});\n` +
      `require(${JSON.stringify(file)});`;
    const b = spawnSync(process.execPath, ['-e', code], opts);
    const problems = [];
    if (norm(a.stdout) !== norm(b.stdout)) problems.push(`stdout differs:\n--- node\n${a.stdout}--- ours\n${b.stdout}`);
    if (a.status !== b.status) problems.push(`exit: node ${a.status}, ours ${b.status}\n${b.stderr}`);
    const firstLines = (s) => norm(s).split('\n').filter((l) => !/^\s+at |^node:|^\s*\^|^\s*$|^Node\.js v|^\S+:\d+$/.test(l)).join('\n');
    if (firstLines(a.stderr) !== firstLines(b.stderr)) problems.push(`stderr differs:\n--- node\n${a.stderr}--- ours\n${b.stderr}`);
    record(label, problems.length === 0, problems.map((p) => `      ${p}`).join('\n'));
  }

  for (const f of failures) console.log(f);
  console.log(`${passed} passed, ${failed} failed`);
  process.exitCode = failed === 0 ? 0 : 1;
})().catch((err) => {
  console.error(err);
  process.exit(1);
});
