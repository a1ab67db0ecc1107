'use strict';
// Differential check of nodescope's util.js against real node's util.
//
//   node crates/engine/js/test/util_inspect_check.js [-v]
//
// Loads ../lib/util.js, runs inspect/format/... on several hundred values and compares the
// results with node's own `util`. Prints `N passed, M failed` and the first differences;
// exits non-zero on failure.
//
// Promise states are not observable from JavaScript; the engine exposes them through
// `__nodescope.promiseState(p)`. Here the same contract is provided with node's internal
// binding, for which the script re-runs itself with --expose-internals.

// Written to run both as CommonJS and as an ES module (the repository's package.json says
// "type": "module"), hence the dynamic imports and no __dirname.
(async () => {
const { createRequire } = await import('node:module');
const fs = await import('node:fs');
const self = fs.realpathSync(process.argv[1]);
const require = createRequire(self);
const path = require('path');
const vm = require('vm');

if (!process.execArgv.includes('--expose-internals')) {
  const { spawnSync } = require('child_process');
  const r = spawnSync(process.execPath, ['--expose-internals', '--no-warnings', self,
    ...process.argv.slice(2)], { stdio: 'inherit' });
  process.exit(r.status === null ? 1 : r.status);
}

const real = require('util');
const { internalBinding } = require('internal/test/binding');
const binding = internalBinding('util');

const STATES = ['pending', 'fulfilled', 'rejected'];
globalThis.__nodescope = {
  promiseState(p) {
    if (!real.types.isPromise(p)) return undefined;
    const [state, value] = binding.getPromiseDetails(p);
    return { state: STATES[state], value };
  },
};

// Our lib files are CommonJS bodies; compile util.js as one regardless of package.json.
function loadLib(name) {
  const file = path.join(path.dirname(self), '..', 'lib', `${name}.js`);
  const wrapper = vm.runInThisContext(
    `(function (exports, require, module, __filename, __dirname) {${fs.readFileSync(file, 'utf8')}\n})`,
    { filename: file });
  const module = { exports: {} };
  wrapper.call(module.exports, module.exports, require, module, file, path.dirname(file));
  return module.exports;
}
const ours = loadLib('util');
const verbose = process.argv.includes('-v');

let passed = 0;
const failures = [];

function record(label, expected, actual) {
  if (expected === actual) {
    passed++;
  } else {
    failures.push({ label, expected, actual });
  }
}

function outcome(fn) {
  try {
    return `ok: ${fn()}`;
  } catch (err) {
    return `throws ${err && err.name}: ${err && err.message} [${err && err.code}]`;
  }
}

function checkInspect(label, value, opts) {
  const args = opts === undefined ? [value] : [value, opts];
  record(`inspect ${label}${opts ? ` ${JSON.stringify(opts)}` : ''}`,
    outcome(() => real.inspect(...args)), outcome(() => ours.inspect(...args)));
}

function checkFormat(label, ...args) {
  record(`format ${label}`, outcome(() => real.format(...args)), outcome(() => ours.format(...args)));
}

function checkWithOptions(label, opts, ...args) {
  record(`formatWithOptions ${label}`, outcome(() => real.formatWithOptions(opts, ...args)),
    outcome(() => ours.formatWithOptions(opts, ...args)));
}

function checkSame(label, fnReal, fnOurs) {
  record(label, outcome(fnReal), outcome(fnOurs));
}

// Errors with a fixed, path-free stack so that expectations are stable.
function fakeError(Ctor, message, frames = 3) {
  const e = new Ctor(message);
  let stack = `${e.name}: ${message}`;
  for (let i = 0; i < frames; i++) stack += `\n    at fn${i} (/app/file${i}.js:${i + 1}:${i + 7})`;
  e.stack = stack;
  return e;
}

// ---------------------------------------------------------------------------
// Values
// ---------------------------------------------------------------------------

const values = [];
const add = (label, value) => values.push([label, value]);

// primitives
add('undefined', undefined);
add('null', null);
add('true', true);
add('false', false);
for (const n of [0, -0, 1, -1, 1.5, -2.25, 1e21, 1e-7, 123456789, NaN, Infinity, -Infinity,
  Number.MAX_SAFE_INTEGER, 0.1 + 0.2, 1234.5678]) add(`number ${Object.is(n, -0) ? '-0' : n}`, n);
for (const b of [0n, 1n, -5n, 12345678901234567890n]) add(`bigint ${b}`, b);
add('symbol', Symbol('desc'));
add('symbol empty', Symbol());
add('symbol for', Symbol.for('reg'));
add('symbol iterator', Symbol.iterator);
add('symbol newline', Symbol('a\nb'));

const strings = ['', 'a', 'hello world', "it's", 'say "hi"', "both ' and \"", "all ' \" `",
  "all ' \" ${x}", 'new\nline', 'tab\tand\rreturn', 'back\\slash', '\x00\x01\x1f\x7f\x80\x9f',
  'unicode é ñ 中文 😀', 'lone \ud800 surrogate', 'lone \udc00 low', 'pair \ud83d\ude00 ok',
  'x'.repeat(20), 'y'.repeat(100), 'line one\nline two\nline three is a bit longer than the others\n',
  'a long string without newlines that is longer than eighty characters for sure, yes indeed it is',
  'ends with newline that is long enough to split into pieces for sure\n', '\n', '\u2028\u2029',
  'z'.repeat(10050)];
strings.forEach((s, i) => add(`string ${i}`, s));

// arrays
add('empty array', []);
add('array small', [1, 2, 3]);
add('array mixed', [1, 'two', null, undefined, true, 3n, Symbol('s')]);
add('array nested', [1, [2, [3, [4, [5]]]]]);
for (const n of [6, 7, 10, 16, 26, 27, 50, 99, 100, 101, 150, 300]) {
  add(`array ${n} numbers`, Array.from({ length: n }, (_, i) => i));
  add(`array ${n} squares`, Array.from({ length: n }, (_, i) => i * i * (i % 3 === 0 ? -1 : 1)));
}
add('array floats', Array.from({ length: 30 }, (_, i) => i / 7));
add('array strings short', ['a', 'bb', 'ccc', 'dddd', 'eeeee', 'ffffff', 'ggggggg']);
add('array words', 'the quick brown fox jumps over the lazy dog and then some more words follow here'.split(' '));
add('array 40 strings', Array.from({ length: 40 }, (_, i) => `item${i}`));
add('array long strings', ['a'.repeat(30), 'b'.repeat(30), 'c'.repeat(30)]);
add('array long strings 7', Array.from({ length: 7 }, (_, i) => String(i).repeat(15)));
add('array of objects', [{ a: 1 }, { b: 2 }, { c: 3 }]);
add('array of 8 objects', Array.from({ length: 8 }, (_, i) => ({ id: i, name: `n${i}` })));
add('array of arrays', [[1, 2], [3, 4], [5, 6]]);
add('matrix', Array.from({ length: 10 }, (_, i) => Array.from({ length: 10 }, (_, j) => i * j)));
add('array booleans', Array.from({ length: 20 }, (_, i) => i % 2 === 0));
add('array bigints', Array.from({ length: 12 }, (_, i) => BigInt(i) ** 5n));
add('array mixed numbers strings', [1, 'a', 2, 'b', 3, 'c', 4, 'd']);
add('array with undefined', Array.from({ length: 8 }, (_, i) => (i % 2 ? undefined : i)));
add('array unicode', ['中文', '日本語', 'abc', '한국어', 'xyz', 'ðð', '😀😀', 'e\u0301']);
add('array emoji', Array.from({ length: 10 }, (_, i) => '😀'.repeat(i % 3 + 1)));
{
  const sparse = [1, , 3]; // eslint-disable-line no-sparse-arrays
  add('sparse 1', sparse);
  const s2 = new Array(5);
  add('sparse all empty', s2);
  const s3 = [];
  s3[2] = 'x';
  s3[10] = 'y';
  add('sparse gaps', s3);
  const s4 = new Array(200);
  s4[150] = 1;
  add('sparse big', s4);
  const s5 = [1, 2, 3];
  s5.extra = 'prop';
  s5[Symbol('sym')] = 4;
  add('array with props', s5);
  const s6 = new Array(3);
  s6.foo = 1;
  add('empty sparse with prop', s6);
  const s7 = [];
  s7.length = 3;
  s7[1] = 'mid';
  add('sparse mid', s7);
  const s8 = Array.from({ length: 120 }, (_, i) => i);
  delete s8[50];
  add('sparse long', s8);
  const s9 = [];
  s9.a = 1;
  add('empty array with prop', s9);
}

// objects
add('empty object', {});
add('object simple', { a: 1, b: 'two', c: [3] });
add('object quoted keys', { 'a-b': 1, 'with space': 2, '0': 3, '1x': 4, $dollar: 5, _ok: 6, "it's": 7 });
add('object 7 keys', { a: 1, b: 2, c: 3, d: 4, e: 5, f: 6, g: 7 });
add('object 26 keys', Object.fromEntries('abcdefghijklmnopqrstuvwxyz'.split('').map((k, i) => [k, i])));
add('object long values', { first: 'x'.repeat(30), second: 'y'.repeat(30), third: 'z'.repeat(30) });
add('object nested', { a: { b: { c: { d: { e: 1 } } } } });
add('object nested arrays', { list: [1, 2, 3], nested: { deeper: [4, 5, { x: 1 }] } });
add('object with undefined/null', { u: undefined, n: null });
add('object with functions', { f() {}, g: () => 1, h: function named() {}, k: async () => {} });
add('object symbol keys', { [Symbol('s')]: 1, [Symbol()]: 2, [Symbol.iterator]: 3, normal: 4 });
add('object __proto__ key', JSON.parse('{"__proto__": 1, "a": 2}'));
add('null proto empty', Object.create(null));
add('null proto', Object.assign(Object.create(null), { a: 1, b: { c: 2 } }));
add('object with -0', { z: -0, arr: [-0, 0] });
add('object multiline string', { text: 'line one\nline two\nline three is much longer than the others here' });
add('object long key', { ['k'.repeat(90)]: 1 });
add('object many nested', { a: [{ b: { c: [1, 2, { d: 3 }] } }] });
add('deep nested 6', { l1: { l2: { l3: { l4: { l5: { l6: 'deep' } } } } } });
add('object of objects', { x: { a: 1, b: 2 }, y: { c: 3, d: 4 }, z: { e: 5, f: 6 } });
add('config-like', {
  name: 'nodescope', version: '1.0.0', private: true,
  scripts: { build: 'cargo build', test: 'cargo test --workspace' },
  dependencies: { boa_engine: '0.22', serde: '1' }, keywords: ['node', 'event-loop', 'visualizer'],
});
add('users', [
  { id: 1, name: 'Alice', email: 'alice@example.com', roles: ['admin', 'user'] },
  { id: 2, name: 'Bob', email: 'bob@example.com', roles: ['user'] },
]);
add('non-enumerable', Object.defineProperty({ a: 1 }, 'hidden', { value: 2, enumerable: false }));
add('getter', { get g() { return 1; } });
add('setter', { set s(v) {} });
add('getter setter', { get gs() { return 1; }, set gs(v) {} });
add('getter object', { get obj() { return { a: 1 }; } });
add('getter null', { get n() { return null; } });
add('getter throws', { get t() { throw new Error('boom'); } });

// classes and instances
class Foo {
  constructor() {
    this.x = 1;
    this.y = 'two';
  }
}
class Bar extends Foo {
  constructor() {
    super();
    this.z = [1, 2];
  }
}
class Empty {}
class WithTag {
  get [Symbol.toStringTag]() {
    return 'Tagged';
  }
}
class WithAccessors {
  constructor() {
    this.own = 1;
  }
  get computed() {
    return 42;
  }
  method() {}
}
class WithStatic {
  static count = 3;
  static helper() {}
}
add('class instance', new Foo());
add('subclass instance', new Bar());
add('empty instance', new Empty());
add('tagged instance', new WithTag());
add('accessor instance', new WithAccessors());
add('class', Foo);
add('subclass', Bar);
add('class with static', WithStatic);
add('anonymous class', class {});
add('anonymous class extends', class extends Foo {});
add('object with class values', { Foo, Bar, inst: new Bar() });
add('object tag own enumerable', { [Symbol.toStringTag]: 'Own' });
{
  const o = Object.create(Foo.prototype);
  add('create from proto', o);
  const p = Object.create({ inherited: 1 });
  p.own = 2;
  add('create from plain proto', p);
  const q = Object.create(Object.create(null));
  q.x = 1;
  add('create from null-proto proto', q);
  function OldStyle() {
    this.a = 1;
  }
  OldStyle.prototype.m = function m() {};
  add('function constructor instance', new OldStyle());
  const anon = new (function () { this.v = 1; })();
  add('anonymous constructor instance', anon);
  add('null proto with tag', Object.assign(Object.create(null), { [Symbol.toStringTag]: 'T' }));
  const np = Object.create(null);
  Object.defineProperty(np, Symbol.toStringTag, { value: 'Hidden', enumerable: false });
  np.k = 1;
  add('null proto hidden tag', np);
}

// functions
add('function named', function named() {});
add('function anonymous', (() => function () {})());
add('arrow', () => {});
add('async function', async function af() {});
add('async arrow', async () => {});
add('generator', function* gen() {});
add('async generator', async function* agen() {});
add('bound function', function b() {}.bind(null));
add('builtin', Math.max);
add('builtin ctor', Map);
{
  const f = function withProps() {};
  f.a = 1;
  f.b = { c: 2 };
  add('function with props', f);
  const g = () => {};
  Object.setPrototypeOf(g, null);
  add('null proto function', g);
  const h = function renamed() {};
  Object.defineProperty(h, 'name', { value: '' });
  add('function empty name', h);
}

// errors
add('error no stack', (() => { const e = new Error('no stack'); e.stack = undefined; return e; })());
add('error fake stack', fakeError(Error, 'boom'));
add('type error', fakeError(TypeError, 'bad type'));
add('range error', fakeError(RangeError, 'out of range', 1));
{
  const e = fakeError(Error, 'with props');
  e.code = 'E_CODE';
  e.errno = -2;
  add('error with props', e);
  const e2 = new Error('no stack props');
  e2.stack = undefined;
  e2.code = 'ENOENT';
  e2.path = '/tmp/x';
  add('stackless error props', e2);
  class MyError extends Error {}
  add('subclass error', fakeError(MyError, 'mine'));
  class NamedError extends Error {
    constructor(m) {
      super(m);
      this.name = 'NamedError';
    }
  }
  const ne = new NamedError('named');
  ne.stack = 'NamedError: named\n    at x (/a.js:1:1)';
  add('named error', ne);
  const ne2 = new NamedError('named2');
  ne2.stack = 'Error: named2\n    at x (/a.js:1:1)';
  add('named error mismatch', ne2);
  add('error empty message', fakeError(Error, ''));
  const ce = fakeError(Error, 'outer');
  ce.cause = fakeError(Error, 'inner');
  add('error with cause prop', ce);
  const ce2 = new Error('outer2', { cause: 'string cause' });
  ce2.stack = 'Error: outer2\n    at a (/a.js:1:1)';
  add('error with cause option', ce2);
  add('nested error', { err: fakeError(Error, 'nested') });
  add('array of errors', [fakeError(Error, 'one', 1), fakeError(TypeError, 'two', 1)]);
  const ag = new AggregateError([fakeError(Error, 'a', 1)], 'many');
  ag.stack = 'AggregateError: many\n    at z (/z.js:1:1)';
  add('aggregate error', ag);
  const weird = fakeError(Error, 'msg');
  weird.name = 'Custom';
  add('error renamed', weird);
  const nostack = new Error('x');
  nostack.stack = '';
  add('error empty stack', nostack);
  const multi = new Error('first\nsecond');
  multi.stack = 'Error: first\nsecond\n    at q (/q.js:1:1)';
  add('error multiline message', multi);
  add('deep error', { a: { b: { c: { d: fakeError(Error, 'deep') } } } });
  const withKeys = fakeError(Error, 'k');
  withKeys.details = { list: [1, 2, 3], nested: { ok: true } };
  add('error with object prop', withKeys);
  const shown = fakeError(Error, 'shown');
  Object.defineProperty(shown, 'message', { value: 'shown', enumerable: true });
  add('error enumerable message', shown);
  const np = fakeError(Error, 'np');
  Object.setPrototypeOf(np, null);
  add('null proto error', np);
}

// built-in objects
add('date', new Date(0));
add('date recent', new Date(Date.UTC(2024, 1, 29, 12, 34, 56, 789)));
add('invalid date', new Date(NaN));
{
  const d = new Date(0);
  d.extra = 1;
  add('date with prop', d);
}
add('regexp', /ab+c/gi);
add('regexp escaped', /\/path\/[a-z]+\d*$/m);
{
  const r = /x/;
  r.prop = 1;
  add('regexp with prop', r);
}
add('map empty', new Map());
add('map', new Map([['a', 1], ['b', 2]]));
add('map of objects', new Map([[{ k: 1 }, { v: [1, 2] }], ['s', new Set([1])]]));
add('map big', new Map(Array.from({ length: 120 }, (_, i) => [i, `v${i}`])));
add('set empty', new Set());
add('set', new Set([1, 'two', { three: 3 }]));
add('set big', new Set(Array.from({ length: 110 }, (_, i) => i)));
add('nested map in object', { m: new Map([['x', new Map([['y', new Map([['z', 1]])]])]]) });
{
  const m = new Map([[1, 2]]);
  m.prop = 'p';
  add('map with prop', m);
  class MyMap extends Map {}
  add('map subclass', new MyMap([[1, 2]]));
  class MySet extends Set {}
  add('set subclass', new MySet([1]));
  class MyArray extends Array {}
  add('array subclass', MyArray.from([1, 2, 3]));
  add('array subclass empty', new MyArray());
}
add('weakmap', new WeakMap());
add('weakset', new WeakSet());
add('uint8array', new Uint8Array([1, 2, 3]));
add('uint8array empty', new Uint8Array(0));
add('int16array', new Int16Array([-1, 2, -300]));
add('float64array', new Float64Array([1.5, -0, NaN, Infinity]));
add('bigint64array', new BigInt64Array([1n, -2n]));
add('uint8array big', new Uint8Array(150).map((_, i) => i));
add('float32array 20', new Float32Array(20).map((_, i) => i / 3));
add('arraybuffer', new Uint8Array([1, 2, 255]).buffer);
add('arraybuffer empty', new ArrayBuffer(0));
add('arraybuffer big', new ArrayBuffer(120));
add('dataview', new DataView(new ArrayBuffer(4), 1, 2));
add('boxed number', new Number(3));
add('boxed -0', new Number(-0));
add('boxed string', new String('abc'));
add('boxed boolean', new Boolean(false));
add('boxed bigint', Object(5n));
add('boxed symbol', Object(Symbol('bx')));
{
  const bs = new String('hi');
  bs.extra = true;
  add('boxed string with prop', bs);
}
add('promise resolved', Promise.resolve(42));
add('promise resolved object', Promise.resolve({ a: [1, 2] }));
add('promise pending', new Promise(() => {}));
{
  const rejected = Promise.reject(fakeError(Error, 'rejected', 1));
  rejected.catch(() => {});
  add('promise rejected', rejected);
  const rejectedValue = Promise.reject(3);
  rejectedValue.catch(() => {});
  add('promise rejected value', rejectedValue);
  const p = Promise.resolve(1);
  p.extra = 'x';
  add('promise with prop', p);
  add('object with promise', { p: Promise.resolve('v') });
}
add('arguments', (function () { return arguments; })(1, 'a'));
add('arguments empty', (function () { return arguments; })());
add('global Math', Math);
add('JSON', JSON);
add('generator object', (function* g() { yield 1; })());

// circular
{
  const a = { name: 'a' };
  a.self = a;
  add('circular self', a);
  const b = { list: [] };
  b.list.push(b, { parent: b });
  add('circular in array', b);
  const c = { x: {} };
  c.x.y = { z: c.x };
  add('circular inner', c);
  const d = { one: {}, two: {} };
  d.one.two = d.two;
  d.two.one = d.one;
  d.one.root = d;
  add('circular multiple', d);
  const arr = [1, 2];
  arr.push(arr);
  add('circular array', arr);
  const m = new Map();
  m.set('me', m);
  add('circular map', m);
  const s = new Set();
  s.add(s);
  add('circular set', s);
  const shared = { v: 1 };
  add('shared not circular', { a: shared, b: shared });
}

// custom inspect
{
  add('custom string', { [real.inspect.custom]() { return 'CUSTOM!'; } });
  add('custom object', { [real.inspect.custom]() { return { replaced: true }; } });
  add('custom multiline nested', { inner: { [real.inspect.custom]() { return 'line1\nline2'; } } });
  add('custom uses depth', { [real.inspect.custom](depth) { return `depth=${depth}`; } });
  add('custom uses options', { [real.inspect.custom](depth, opts) {
    return `opts=${opts.compact},${opts.breakLength},${typeof opts.stylize}`;
  } });
  add('custom uses inspect', { [real.inspect.custom](depth, opts, insp) { return insp({ a: [1, 2] }, opts); } });
  add('custom returns this', { a: 1, [real.inspect.custom]() { return this; } });
  class Point {
    constructor(x, y) {
      this.x = x;
      this.y = y;
    }
    [Symbol.for('nodejs.util.inspect.custom')]() {
      return `Point<${this.x},${this.y}>`;
    }
  }
  add('custom class', [new Point(1, 2), new Point(3, 4)]);
  add('custom on prototype itself', Point.prototype);
}

// more edge cases
add('keys with newline and quotes', { 'a\nb': 1, "q'uote": 2, 'd"q': 3, 'bs\\': 4, '': 5, 'é': 6 });
add('numeric keys order', { b: 1, 2: 'two', a: 3, 1: 'one', '-1': 'neg', '01': 'lead' });
add('symbol descriptions', [Symbol("it's"), Symbol('a\tb'), Symbol('')]);
add('symbol keyed quotes', { [Symbol("it's")]: 1, [Symbol('new\nline')]: 2 });
add('negative zero array', [-0, 0, -0, 1, -1, -0, 2, 3]);
add('mixed width numbers', [1, 22, 333, 4444, 55555, 666666, 7777777, 1, 22, 333, 4444]);
add('typed array grouping', new Int32Array(40).map((_, i) => (i - 20) * 1234));
add('long strings with newlines in array', ['first line\nsecond line of the string that is long enough', 'short', 'x\ny']);
add('map long keys', new Map([['k'.repeat(50), 'v'.repeat(50)], ['a', 1]]));
add('set of arrays', new Set([[1, 2], [3, 4], ['a', 'b']]));
add('errors in array indented', { list: [fakeError(Error, 'indent me', 2)] });
add('error in map', new Map([['e', fakeError(TypeError, 'in map', 1)]]));
add('class extends null', class Nothing extends null {});
add('object with constructor prop', { constructor: 'not a function', a: 1 });
add('object with constructor fn', { constructor: function Fake() {}, a: 1 });
add('create from Array.prototype', Object.create(Array.prototype));
add('create from Map.prototype', Object.create(Map.prototype));
add('proxy of object', new Proxy({ a: 1, b: [2] }, {}));
add('proxy of array', new Proxy([1, 2, 3], {}));
add('buffer', Buffer.from('hello'));
add('buffer in object', { data: Buffer.from([1, 2, 3]), more: [Buffer.alloc(2)] });
add('buffer long', Buffer.alloc(60, 7));
add('date in array', [new Date(86400000), new Date(NaN)]);
add('regexps in object', { a: /x/g, b: new RegExp('a/b', 'u') });
add('nested empty things', { a: {}, b: [], c: new Map(), d: new Set(), e: '', f: Object.create(null) });
add('array of empty arrays', [[], [], [], [], [], [], [], []]);
add('array of nested arrays 3', [[[1, 2, [3]]], [[4]], []]);
add('object 3 levels with arrays', { a: { b: { c: [1, 2, 3], d: { e: 1 } } } });
add('long array of short objects', Array.from({ length: 12 }, (_, i) => ({ i })));
add('long array of objects inside object', { rows: Array.from({ length: 4 }, (_, i) => ({ id: i, tags: ['a', 'b'], meta: { x: i } })) });
add('mixed long and short entries', ['a', 'b', 'c', 'this is a rather long entry in the array', 'd', 'e', 'f', 'g']);
add('undefined and null grid', Array.from({ length: 20 }, (_, i) => (i % 3 === 0 ? null : undefined)));
add('strings needing escapes grid', Array.from({ length: 12 }, (_, i) => `${i}\n`));
add('wide chars grid', Array.from({ length: 16 }, (_, i) => '中'.repeat(i % 4 + 1)));
add('combining grid', Array.from({ length: 16 }, (_, i) => 'e\u0301'.repeat(i % 4 + 1)));
add('fullwidth grid', Array.from({ length: 16 }, (_, i) => 'Ａ'.repeat(i % 3 + 1)));
add('hangul grid', Array.from({ length: 16 }, (_, i) => '한'.repeat(i % 3 + 1)));
add('emoji variety grid', ['🚀', '✅', '❤️', '👍🏽', '🇫🇷', '👨‍👩‍👧', 'ok', 'fine', '⚡', '★', '→', 'é']);
add('string 16 chars', '0123456789abcdef');
add('string 17 chars nl', '0123456789abcdef\n');
add('object with long string value', { description: 'a'.repeat(100) });
add('array with long string', ['b'.repeat(100)]);
add('nested long multi-line', { a: { b: 'one\ntwo\nthree\nfour five six seven eight nine ten eleven twelve' } });
add('getter on class proto', new (class { get v() { return 1; } })());
{
  const o = {};
  Object.defineProperty(o, 'ro', { value: 1, enumerable: true, writable: false });
  Object.defineProperty(o, 'acc', { get() { return 2; }, enumerable: true });
  add('defined props', o);
  const inherits = Object.create({ inheritedGetter: 1 });
  add('only inherited', inherits);
  class Base {
    constructor() {
      this.base = true;
    }
  }
  class Derived extends Base {
    constructor() {
      super();
      this.derived = true;
    }
    get g() {
      return 1;
    }
  }
  add('derived with getter proto', new Derived());
  add('array of classes', [Base, Derived, class {}, function plain() {}, () => {}]);
  const fnWithClassName = { class() {} };
  add('method named class', fnWithClassName.class);
  add('object method shorthand', { method() {}, async am() {}, *gm() {}, async *agm() {} });
  add('getters in nested', { outer: { get inner() { return 1; }, set inner(v) {} } });
  const fr = Object.freeze({ a: 1 });
  add('frozen', fr);
  const d = new Date(0);
  d[Symbol('s')] = 1;
  add('date with symbol', d);
  const re = /re/;
  re.lastIndex = 3;
  add('regexp lastIndex', re);
  const err = fakeError(Error, 'deep props');
  err.info = { a: { b: { c: { d: 1 } } } };
  add('error with deep props', err);
  const e3 = fakeError(RangeError, 'typed');
  e3.name = 'RangeError';
  add('error own name same', e3);
  const e4 = fakeError(Error, 'own message');
  e4.message = 'changed message';
  add('error changed message', e4);
  const ctorless = fakeError(Error, 'ctorless');
  Object.defineProperty(ctorless, 'constructor', { value: undefined });
  add('error ctor prop undefined', ctorless);
  const notName = new Error('m');
  notName.stack = 'Something else entirely\n    at x (/x.js:1:1)';
  add('error odd stack', notName);
  const causeChain = new Error('top', { cause: new Error('middle', { cause: new Error('bottom') }) });
  causeChain.stack = 'Error: top\n    at a (/a.js:1:1)\n    at b (/b.js:2:2)\n    at c (/c.js:3:3)\n    at d (/d.js:4:4)\n    at e (/e.js:5:5)';
  causeChain.cause.stack = 'Error: middle\n    at m (/m.js:1:1)\n    at b (/b.js:2:2)\n    at c (/c.js:3:3)\n    at d (/d.js:4:4)\n    at e (/e.js:5:5)';
  causeChain.cause.cause.stack = 'Error: bottom';
  add('error cause chain', causeChain);
  const objErr = { name: 'Error', message: 'not an error', stack: 'Error: fake' };
  add('error-shaped object', objErr);
  const errProto = Object.create(Error.prototype);
  add('object with Error prototype', errProto);
}
{
  const big = {};
  for (let i = 0; i < 30; i++) big[`k${i}`] = { v: i, list: [i, i + 1] };
  add('big object', big);
  const wide = Array.from({ length: 3 }, () => Array.from({ length: 30 }, (_, i) => i));
  add('arrays of long arrays', wide);
  add('object of long arrays', { a: Array.from({ length: 30 }, (_, i) => i), b: Array.from({ length: 8 }, (_, i) => `s${i}`) });
  add('array 101 strings', Array.from({ length: 101 }, (_, i) => `s${i}`));
  add('map nested objects', new Map([['config', { retries: 3, backoff: { min: 10, max: 1000 } }], ['list', [1, 2, 3]]]));
}

// prototypes and namespaces
add('Foo.prototype', Foo.prototype);
add('Bar.prototype', Bar.prototype);
add('Array.prototype', Array.prototype);
add('Map.prototype', Map.prototype);
add('Set.prototype', Set.prototype);
add('Error.prototype', Error.prototype);
add('TypeError.prototype', TypeError.prototype);
add('Function.prototype', Function.prototype);
add('Object.prototype', Object.prototype);
add('Date.prototype', Date.prototype);
add('RegExp.prototype', RegExp.prototype);
add('Promise.prototype', Promise.prototype);
add('Uint8Array.prototype', Uint8Array.prototype);
add('Symbol.prototype', Symbol.prototype);
add('Number.prototype', Number.prototype);
add('String.prototype', String.prototype);
add('Reflect', Reflect);
add('Atomics', Atomics);
add('generator prototype', Object.getPrototypeOf(function* () {}).prototype);
add('iterator prototype', Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]())));

// built-ins re-parented onto Object.prototype / null
for (const [label, make] of [['error', () => fakeError(Error, 'reparented', 1)], ['date', () => new Date(0)],
  ['regexp', () => /re/g], ['number', () => new Number(4)], ['string', () => new String('s')],
  ['arraybuffer', () => new ArrayBuffer(2)], ['dataview', () => new DataView(new ArrayBuffer(1))],
  ['promise', () => Promise.resolve(7)], ['weakset', () => new WeakSet()], ['map', () => new Map([[1, 2]])],
  ['set', () => new Set([1])], ['typed', () => new Int8Array([1, -1])], ['array', () => [1, 2]],
  ['function', () => function reparented() {}], ['class', () => class Reparented {}]]) {
  add(`${label} with Object proto`, Object.setPrototypeOf(make(), Object.prototype));
  add(`${label} with null proto`, Object.setPrototypeOf(make(), null));
  const withKey = Object.setPrototypeOf(make(), null);
  withKey.extra = true;
  add(`${label} with null proto and key`, withKey);
}

// ---------------------------------------------------------------------------
// Run inspect over values with several option sets
// ---------------------------------------------------------------------------

const optionSets = [
  undefined,
  { depth: 0 },
  { depth: 1 },
  { depth: null },
  { depth: Infinity },
  { compact: false },
  { compact: true },
  { compact: 1 },
  { breakLength: 40 },
  { breakLength: Infinity },
  { sorted: true },
  { maxArrayLength: 3 },
  { maxArrayLength: 0 },
  { maxStringLength: 5 },
  { getters: true },
  { showHidden: true },
  { numericSeparator: true },
  { customInspect: false },
];

const skipShowHidden = new Set(['function named', 'function anonymous', 'arrow', 'async function',
  'async arrow', 'generator', 'async generator', 'bound function', 'builtin', 'builtin ctor',
  'function with props', 'null proto function', 'function empty name', 'class', 'subclass',
  'class with static', 'anonymous class', 'anonymous class extends', 'object with functions',
  'object with class values', 'weakmap', 'weakset', 'global Math', 'JSON', 'generator object',
  'custom on prototype itself', 'custom class', 'class extends null', 'array of classes',
  'method named class', 'object method shorthand', 'object with constructor fn', 'create from Map.prototype',
  'proxy of object', 'proxy of array', 'buffer', 'buffer in object', 'buffer long', 'anonymous constructor instance',
  'function constructor instance', 'getters in nested', 'Foo.prototype', 'Bar.prototype', 'Array.prototype',
  'Map.prototype', 'Set.prototype', 'Error.prototype', 'TypeError.prototype', 'Function.prototype', 'Object.prototype',
  'Date.prototype', 'RegExp.prototype', 'Promise.prototype', 'Uint8Array.prototype', 'Symbol.prototype',
  'Number.prototype', 'String.prototype', 'Reflect', 'Atomics', 'generator prototype', 'iterator prototype']);

for (const [label, value] of values) {
  for (const opts of optionSets) {
    if (opts && opts.showHidden && (skipShowHidden.has(label) || label.startsWith('weak'))) continue;
    checkInspect(label, value, opts);
  }
}

// Colors: only a sample (the check is the layout with escape codes taken into account).
for (const [label, value] of values.slice(0, 40)) checkInspect(label, value, { colors: true });
checkInspect('colors object', { a: 1, b: 'x', c: [null, undefined, true], d: new Date(0), e: /r/ }, { colors: true });
checkInspect('colors long array', Array.from({ length: 30 }, (_, i) => i * 3), { colors: true });

// Optional bridge functions (the engine may add them later): proxies and iterator previews.
{
  globalThis.__nodescope.getProxyDetails = (v) => {
    const d = binding.getProxyDetails(v, true);
    return d === undefined ? undefined : { target: d[0], handler: d[1] };
  };
  globalThis.__nodescope.previewEntries = (v) => {
    if (real.types.isWeakMap(v)) return [binding.previewEntries(v), true];
    if (real.types.isWeakSet(v)) return [binding.previewEntries(v), false];
    return binding.previewEntries(v, true);
  };
  const target = { a: 1, nested: { b: [1, 2] } };
  const handler = { get(t, k) { return k === 'a' ? 'trapped' : t[k]; } };
  const proxy = new Proxy(target, handler);
  const revocable = Proxy.revocable({}, {});
  revocable.revoke();
  const keyObj = { k: 1 };
  const wm = new WeakMap([[keyObj, 'value']]);
  const ws = new WeakSet([keyObj]);
  const map = new Map([['a', 1], ['b', { c: 2 }]]);
  const set = new Set([1, 'two', [3]]);
  const consumed = map.entries();
  consumed.next();
  const previewValues = [
    ['proxy', proxy], ['proxy in object', { p: proxy }], ['proxy of array', new Proxy([1, 2, 3], {})],
    ['proxy of function', new Proxy(function f() {}, {})], ['revoked proxy', revocable.proxy],
    ['nested proxy', new Proxy(new Proxy({ x: 1 }, {}), {})],
    ['map keys', map.keys()], ['map values', map.values()], ['map entries', map.entries()],
    ['map iterator', map[Symbol.iterator]()], ['consumed entries', consumed], ['set values', set.values()],
    ['set entries', set.entries()], ['big map keys', new Map(Array.from({ length: 120 }, (_, i) => [i, i])).keys()],
    ['weakmap', wm], ['weakset', ws], ['iterators in object', { it: map.keys(), st: set.values() }],
  ];
  for (const [label, value] of previewValues) {
    for (const opts of [undefined, { showHidden: true }, { showProxy: true }, { depth: 0, showProxy: true },
      { maxArrayLength: 1 }, { sorted: true, showHidden: true }]) {
      checkInspect(`bridge ${label}`, value, opts);
    }
  }
  checkFormat('bridge %o proxy', '%o', proxy);
  checkFormat('bridge %s proxy', '%s', proxy);
  checkSame('bridge isProxy', () => `${real.types.isProxy(proxy)} ${real.types.isProxy(target)}`,
    () => `${ours.types.isProxy(proxy)} ${ours.types.isProxy(target)}`);
  delete globalThis.__nodescope.getProxyDetails;
  delete globalThis.__nodescope.previewEntries;
}

// Legacy signature and misc options.
checkSame('inspect legacy showHidden', () => real.inspect([1], true), () => ours.inspect([1], true));
checkSame('inspect legacy depth', () => real.inspect({ a: { b: { c: {} } } }, false, 0),
  () => ours.inspect({ a: { b: { c: {} } } }, false, 0));
checkSame('inspect no args', () => real.inspect(), () => ours.inspect());
checkSame('inspect.custom', () => String(real.inspect.custom === ours.inspect.custom), () => 'true');
checkSame('defaultOptions', () => JSON.stringify(real.inspect.defaultOptions),
  () => JSON.stringify(ours.inspect.defaultOptions));

// Programmatic combinations: nesting of containers.
{
  const leaves = [1, 'str', [1, 2, 3], { k: 'v' }, new Map([[1, { a: 1 }]]), new Set(['x']), null];
  const wrappers = [
    ['array', (v) => [v, v]],
    ['object', (v) => ({ key: v, other: v })],
    ['map', (v) => new Map([['k', v]])],
    ['set', (v) => new Set([v, 'y'])],
    ['deep', (v) => ({ a: { b: { c: v } } })],
  ];
  for (const [wn, wrap] of wrappers) {
    for (const [wn2, wrap2] of wrappers) {
      leaves.forEach((leaf, i) => {
        const value = wrap(wrap2(leaf));
        checkInspect(`combo ${wn}/${wn2}/${i}`, value);
        checkInspect(`combo ${wn}/${wn2}/${i}`, value, { breakLength: 50 });
      });
    }
  }
}

// Arrays of many lengths and widths, to exercise column grouping.
for (let n = 5; n <= 40; n += 1) {
  checkInspect(`grid nums ${n}`, Array.from({ length: n }, (_, i) => (i * 7919) % 1000));
  checkInspect(`grid strs ${n}`, Array.from({ length: n }, (_, i) => 'w'.repeat((i * 13) % 9 + 1)));
  checkInspect(`grid nested ${n}`, { data: Array.from({ length: n }, (_, i) => i * 11) });
}
for (const width of [1, 3, 5, 8, 12, 16, 20, 25]) {
  checkInspect(`grid width ${width}`, Array.from({ length: 30 }, (_, i) => String(i).padEnd(width, '.')));
}
// Objects with growing numbers of keys and value lengths.
for (let n = 1; n <= 12; n++) {
  for (const len of [1, 5, 12]) {
    const obj = {};
    for (let i = 0; i < n; i++) obj[`key${i}`] = 'v'.repeat(len);
    checkInspect(`keys ${n}x${len}`, obj);
    checkInspect(`nested keys ${n}x${len}`, { outer: obj, list: [obj] });
  }
}

// ---------------------------------------------------------------------------
// format
// ---------------------------------------------------------------------------

class WithToString {
  toString() {
    return 'custom toString';
  }
}
// Display widths used to line up grouped entries: every code point, then a few strings.
{
  const { getStringWidth: nodeWidth } = require('internal/util/inspect');
  const ourWidth = ours._nodescope.getStringWidth;
  let firstDiff = null;
  for (let cp = 0; cp < 0x110000 && firstDiff === null; cp++) {
    if (cp >= 0xd800 && cp <= 0xdfff) continue;
    const ch = String.fromCodePoint(cp);
    if (nodeWidth(ch, false) !== ourWidth(ch, false)) firstDiff = cp.toString(16);
  }
  record('getStringWidth of every code point', 'none', `${firstDiff === null ? 'none' : `U+${firstDiff}`}`);
  for (const str of ['abc', 'a\u0301', '中文字', '👨‍👩‍👧', '🇫🇷', '\u001b[31mred\u001b[39m', 'ᄀ\u1161', 'x\ty', 'e\u0301\u0302']) {
    checkSame(`getStringWidth ${JSON.stringify(str)}`, () => nodeWidth(str), () => ourWidth(str));
    checkSame(`getStringWidth raw ${JSON.stringify(str)}`, () => nodeWidth(str, false), () => ourWidth(str, false));
  }
}

const formatCases = [
  ['plain', 'hello'],
  ['no args'],
  ['number only', 42],
  ['multiple', 'a', 1, { b: 2 }, [3]],
  ['%s string', '%s!', 'world'],
  ['%s number', '%s', 42],
  ['%s -0', '%s', -0],
  ['%s bigint', '%s', 10n],
  ['%s symbol', '%s', Symbol('s')],
  ['%s null undefined', '%s %s', null, undefined],
  ['%s object', '%s', { a: { b: { c: 1 } } }],
  ['%s array', '%s', [1, [2, [3]]]],
  ['%s class instance', '%s', new Foo()],
  ['%s with toString', '%s', new WithToString()],
  ['%s date', '%s', new Date(0)],
  ['%s error', '%s', fakeError(Error, 'fmt', 1)],
  ['%s function', '%s', function f() { return 1; }],
  ['%s null proto', '%s', Object.create(null)],
  ['%d', '%d', 42],
  ['%d string', '%d', '42.5'],
  ['%d bigint', '%d', 5n],
  ['%d symbol', '%d', Symbol('x')],
  ['%d object', '%d', {}],
  ['%d -0', '%d', -0],
  ['%i', '%i', 42.9],
  ['%i string', '%i', '0x1f'],
  ['%i bigint', '%i', 7n],
  ['%f', '%f', '3.25abc'],
  ['%f symbol', '%f', Symbol('y')],
  ['%j', '%j', { a: [1, 'b'] }],
  ['%j circular', '%j', (() => { const o = {}; o.o = o; return o; })()],
  ['%j undefined', '%j', undefined],
  ['%o', '%o', { a: [1, 2], b: { c: 1 } }],
  ['%o nested', '%o', { a: { b: { c: { d: { e: { f: 1 } } } } } }],
  ['%O', '%O', { a: { b: { c: { d: 1 } } } }],
  ['%c', '%cstyled', 'color: red'],
  ['%%', '100%% sure', 1],
  ['%% only', '100%%'],
  ['%% no args', '%s%%'],
  ['missing args', '%s %s %d', 'only'],
  ['extra args', '%s', 'a', 'b', { c: 1 }],
  ['unknown placeholder', '%x %s', 'y'],
  ['trailing percent', 'end %', 1],
  ['percent percent s', '%%s', 'x'],
  ['adjacent', '%s%s%s', 1, 2, 3],
  ['number first', 1, '%s', 2],
  ['strings extra', 'a', 'b', 'c'],
  ['newlines', 'line1\nline2', 'x\ny'],
  ['object then string', { a: 1 }, 'text'],
  ['error arg', fakeError(Error, 'arg')],
  ['undefined arg', undefined],
  ['symbols', Symbol('a'), Symbol.for('b')],
  ['%s boxed', '%s', new Number(5)],
  ['%s map', '%s', new Map([[1, 2]])],
  ['%s nested array', '%s', [[[[1]]]]],
  ['%s long array', '%s', Array.from({ length: 30 }, (_, i) => i)],
];
for (const [label, ...args] of formatCases) checkFormat(label, ...args);
checkWithOptions('colors', { colors: true }, 'x %s %O', 'y', { a: 1 }, [2]);
checkWithOptions('depth', { depth: 0 }, { a: { b: 1 } });
checkWithOptions('compact false', { compact: false }, { a: 1 });
checkWithOptions('%o with options', { depth: 1 }, '%o', { a: { b: { c: 1 } } });
checkSame('formatWithOptions invalid', () => real.formatWithOptions(1, 'a'), () => ours.formatWithOptions(1, 'a'));
checkSame('formatWithOptions null', () => real.formatWithOptions(null, 'a'), () => ours.formatWithOptions(null, 'a'));

// ---------------------------------------------------------------------------
// Other functions (synchronous parts)
// ---------------------------------------------------------------------------

const typeProbes = [
  ['promise', Promise.resolve()], ['date', new Date()], ['regexp', /x/], ['map', new Map()],
  ['set', new Set()], ['u8', new Uint8Array(1)], ['f32', new Float32Array(1)], ['ab', new ArrayBuffer(1)],
  ['dv', new DataView(new ArrayBuffer(1))], ['async', async () => {}], ['gen', function* () {}],
  ['agen', async function* () {}], ['plain fn', () => {}], ['error', new Error()], ['object', {}],
  ['array', []], ['weakmap', new WeakMap()], ['weakset', new WeakSet()], ['boxed', new String('')],
  ['args', (function () { return arguments; })()], ['map iter', new Map().keys()],
  ['set iter', new Set().values()], ['gen obj', (function* () {})()], ['null', null], ['num', 1],
  ['regexp proto', RegExp.prototype], ['date proto', Date.prototype], ['fake error', Object.create(Error.prototype)],
  ['thenable', { then() {} }],
];
for (const name of Object.keys(real.types)) {
  if (name === 'isProxy' || name === 'isExternal' || name === 'isModuleNamespaceObject' ||
      name === 'isKeyObject' || name === 'isCryptoKey') continue;
  for (const [label, value] of typeProbes) {
    checkSame(`types.${name}(${label})`, () => real.types[name](value), () => ours.types[name](value));
  }
}
for (const name of ['isArray', 'isBoolean', 'isNull', 'isNullOrUndefined', 'isNumber', 'isString', 'isSymbol',
  'isUndefined', 'isRegExp', 'isObject', 'isDate', 'isError', 'isFunction', 'isPrimitive', 'isBuffer']) {
  for (const [label, value] of typeProbes) {
    checkSame(`${name}(${label})`, () => real[name](value), () => ours[name](value));
  }
}

const deepPairs = [
  [1, 1], [1, '1'], [NaN, NaN], [0, -0], [{ a: 1 }, { a: 1 }], [{ a: 1 }, { a: 2 }], [{ a: 1 }, { a: 1, b: undefined }],
  [[1, 2], [1, 2]], [[1, 2], [2, 1]], [[1, , 3], [1, undefined, 3]], // eslint-disable-line no-sparse-arrays
  [new Date(0), new Date(0)], [new Date(0), new Date(1)], [/a/g, /a/g], [/a/g, /a/i],
  [new Map([[1, { a: 1 }]]), new Map([[1, { a: 1 }]])], [new Map([[1, 2]]), new Map([[1, 3]])],
  [new Set([1, 2]), new Set([2, 1])], [new Set([{ a: 1 }]), new Set([{ a: 1 }])], [new Set([{ a: 1 }]), new Set([{ a: 2 }])],
  [new Map([[{ k: 1 }, 'v']]), new Map([[{ k: 1 }, 'v']])], [new Uint8Array([1, 2]), new Uint8Array([1, 2])],
  [new Uint8Array([1, 2]), new Int8Array([1, 2])], [new Float64Array([-0]), new Float64Array([0])],
  [new Error('x'), new Error('x')], [new Error('x'), new TypeError('x')], [new Foo(), new Foo()], [new Foo(), { x: 1, y: 'two' }],
  [Object.create(null), {}], [new Number(1), new Number(1)], [new Number(1), 1], [new String('a'), new String('b')],
  [{ [Symbol.for('s')]: 1 }, { [Symbol.for('s')]: 1 }], [{ [Symbol.for('s')]: 1 }, { [Symbol.for('s')]: 2 }],
  [(() => { const o = { a: 1 }; o.self = o; return o; })(), (() => { const o = { a: 1 }; o.self = o; return o; })()],
  [[1, [2, [3, { x: [4] }]]], [1, [2, [3, { x: [4] }]]]], [[1, [2, [3, { x: [4] }]]], [1, [2, [3, { x: [5] }]]]],
  [new ArrayBuffer(2), new ArrayBuffer(2)], [new Set([NaN]), new Set([NaN])], [undefined, null],
  [new Map([[NaN, 1]]), new Map([[NaN, 1]])], [{ a: [] }, { a: {} }], [[], {}],
  [{ a: 1, b: 2 }, { b: 2, a: 1 }], [Object.assign([1], { x: 1 }), Object.assign([1], { x: 1 })],
  [Object.assign([1], { x: 1 }), [1]], [Object.assign(new Date(0), { k: 1 }), new Date(0)],
  [new Set([1, { a: 1 }, 'x']), new Set(['x', { a: 1 }, 1])], [new Set([{ a: 1 }, { a: 1 }]), new Set([{ a: 1 }, { a: 2 }])],
  [new Map([[{ a: 1 }, 1], [{ a: 1 }, 2]]), new Map([[{ a: 1 }, 2], [{ a: 1 }, 1]])],
  [new Map([[1, undefined]]), new Map([[2, undefined]])], [new Map([[1, undefined]]), new Map([[1, null]])],
  [Object.defineProperty({}, 'h', { value: 1 }), {}], [{ [Symbol.iterator]: 1 }, {}],
  [new Boolean(true), new Boolean(true)], [Object(1n), Object(1n)], [Object.assign(new Number(1), { a: 1 }), new Number(1)],
  [new Float32Array([NaN]), new Float32Array([NaN])], [new DataView(new ArrayBuffer(2)), new DataView(new ArrayBuffer(2))],
  [new Set([NaN, 1]), new Set([1, NaN])], [[undefined], [,]], // eslint-disable-line no-sparse-arrays
  [new WeakMap(), new WeakMap()], [Promise.resolve(), Promise.resolve()], [() => {}, () => {}],
  [{ get a() { return 1; } }, { a: 1 }], [new String('ab'), new String('ab')], [Symbol.for('q'), Symbol.for('q')],
  [new Error('a', { cause: 1 }), new Error('a', { cause: 2 })], [new Error('a', { cause: 1 }), new Error('a')],
  [Object.assign(new Error('e'), { code: 1 }), Object.assign(new Error('e'), { code: 2 })],
];
deepPairs.forEach(([a, b], i) => {
  checkSame(`isDeepStrictEqual #${i}`, () => real.isDeepStrictEqual(a, b), () => ours.isDeepStrictEqual(a, b));
});

// Errors thrown for invalid arguments.
for (const bad of [1, 'abcdefghijklmnopqrstuvwxyz0123', {}, null, undefined, [1], Object.create(null), Symbol('q'), 10n]) {
  checkSame(`promisify(${typeof bad})`, () => real.promisify(bad), () => ours.promisify(bad));
  checkSame(`callbackify(${typeof bad})`, () => real.callbackify(bad), () => ours.callbackify(bad));
}
checkSame('inherits null', () => real.inherits(function () {}, null), () => ours.inherits(function () {}, null));
checkSame('inherits undefined ctor', () => real.inherits(undefined, Object), () => ours.inherits(undefined, Object));
checkSame('inherits bad proto', () => real.inherits(function () {}, () => {}), () => ours.inherits(function () {}, () => {}));
{
  function A() {}
  function B() {}
  function C() {}
  function D() {}
  real.inherits(A, B);
  ours.inherits(C, D);
  checkSame('inherits effect', () => `${Object.getPrototypeOf(A.prototype) === B.prototype} ${A.super_ === B}`,
    () => `${Object.getPrototypeOf(C.prototype) === D.prototype} ${C.super_ === D}`);
}
{
  const orig = function fnName(a, b, cb) { cb(null, a + b); };
  const p1 = real.promisify(orig);
  const p2 = ours.promisify(orig);
  checkSame('promisify shape', () => `${p1.name} ${p1.length} ${typeof p1}`, () => `${p2.name} ${p2.length} ${typeof p2}`);
  checkSame('promisify idempotent', () => real.promisify(p1) === p1, () => ours.promisify(p2) === p2);
  const custom = () => {};
  const withCustom = Object.assign(() => {}, { [real.promisify.custom]: custom });
  checkSame('promisify custom', () => real.promisify(withCustom) === custom, () => ours.promisify(withCustom) === custom);
  checkSame('promisify.custom symbol', () => String(real.promisify.custom), () => String(ours.promisify.custom));
  const c1 = real.callbackify(async function cbName(a) { return a; });
  const c2 = ours.callbackify(async function cbName(a) { return a; });
  checkSame('callbackify shape', () => `${c1.name} ${c1.length}`, () => `${c2.name} ${c2.length}`);
}
checkSame('stripVTControlCharacters', () => real.stripVTControlCharacters('\u001b[31mred\u001b[39m \u001b]8;;http://x\u0007link'),
  () => ours.stripVTControlCharacters('\u001b[31mred\u001b[39m \u001b]8;;http://x\u0007link'));
checkSame('toUSVString', () => real.toUSVString('a\ud800b\udc00c\ud83d\ude00'), () => ours.toUSVString('a\ud800b\udc00c\ud83d\ude00'));
for (const code of [-2, -13, -98, -4095, -99999]) {
  checkSame(`getSystemErrorName(${code})`, () => real.getSystemErrorName(code), () => ours.getSystemErrorName(code));
}
checkSame('getSystemErrorMap', () => JSON.stringify([...real.getSystemErrorMap()]), () => JSON.stringify([...ours.getSystemErrorMap()]));
checkSame('styleText (not a tty)', () => real.styleText('red', 'hi'), () => ours.styleText('red', 'hi'));
checkSame('styleText bad', () => real.styleText('nope', 'hi'), () => ours.styleText('nope', 'hi'));
checkSame('styleText no validate', () => real.styleText(['bold', 'red'], 'hi', { validateStream: false }),
  () => ours.styleText(['bold', 'red'], 'hi', { validateStream: false }));
checkSame('_extend', () => JSON.stringify(real._extend({ a: 1 }, { b: 2, c: 3 })), () => JSON.stringify(ours._extend({ a: 1 }, { b: 2, c: 3 })));
checkSame('inspect.colors keys', () => Object.keys(real.inspect.colors).join(), () => Object.keys(ours.inspect.colors).join());
checkSame('inspect.styles', () => JSON.stringify(real.inspect.styles), () => JSON.stringify(ours.inspect.styles));

// ---------------------------------------------------------------------------
// parseEnv / parseArgs (fuzzed against node) and the export list
// ---------------------------------------------------------------------------

{
  let seed = 987654321;
  const rand = (n) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  const pieces = ['A', 'b', 'KEY', '=', '=', '"', "'", '`', '#', '\n', '\n', ' ', '  ', '\\n', 'export ', '\t',
    '\r\n', 'v', 'val ue', 'ü', '1', '$'];
  const envInputs = ['A=1\nB="two words"\n# c\nexport C=3', 'F= spaced  \nG=a#b\nH="q" # comment',
    'M\nN=\nO= \n=P\n Q = q ', 'R="unterminated\nS=1', 'A="x', "A='x'", '# c=1', 'export   E1=x'];
  for (let n = 0; n < 1500; n++) {
    let str = '';
    const len = rand(12);
    for (let i = 0; i < len; i++) str += pieces[rand(pieces.length)];
    envInputs.push(str);
  }
  for (const input of envInputs) {
    checkSame(`parseEnv ${JSON.stringify(input)}`, () => JSON.stringify(real.parseEnv(input)),
      () => JSON.stringify(ours.parseEnv(input)));
  }
  checkSame('parseEnv non-string', () => real.parseEnv(1), () => ours.parseEnv(1));

  const configs = [
    { options: { foo: { type: 'string', short: 'f' }, bar: { type: 'boolean', short: 'b' } } },
    { options: { foo: { type: 'string', short: 'f', multiple: true }, v: { type: 'boolean', short: 'v', multiple: true } },
      allowPositionals: true },
    { options: { foo: { type: 'string', default: 'dflt' }, n: { type: 'boolean', default: false } }, strict: false },
    { options: { a: { type: 'boolean', short: 'a' }, b: { type: 'boolean', short: 'b' }, c: { type: 'string', short: 'c' } },
      allowPositionals: true, tokens: true },
    { options: {}, strict: false, tokens: true },
    { options: { list: { type: 'string', multiple: true, default: ['x', 'y'] } } },
  ];
  const argPieces = ['--foo', '--foo=bar', '-f', '-fvalue', 'pos', '--', '-b', '--bar', '-abc', '-ac', '-ca', '-v',
    '-vv', '--unknown', '-x', 'value', '-', '--n', '--list', 'item', '--bar=1', '-a', '--=x', '---weird', '--no-color'];
  const argCases = [];
  for (let n = 0; n < 600; n++) {
    const len = rand(5);
    const args = [];
    for (let i = 0; i < len; i++) args.push(argPieces[rand(argPieces.length)]);
    argCases.push([configs[rand(configs.length)], args]);
  }
  const show = (r) => real.inspect(r, { depth: null });
  argCases.forEach(([config, args], i) => {
    const cfg = Object.assign({}, config, { args });
    checkSame(`parseArgs #${i} ${JSON.stringify(cfg)}`, () => show(real.parseArgs(cfg)), () => show(ours.parseArgs(cfg)));
  });
  const badConfigs = [
    { args: [], options: { f: {} } }, { args: [], options: { f: { type: 'number' } } },
    { args: [], options: { f: { type: 'string', short: 'ab' } } }, { args: [], options: { f: { type: 'string', short: 1 } } },
    { args: [], options: { f: { type: 'string', default: 1 } } },
    { args: [], options: { f: { type: 'string', multiple: true, default: ['a', 1] } } },
    { args: [], options: { f: { type: 'boolean', multiple: 'x' } } }, { args: [], options: { f: 5 } },
    { args: 'x' }, { args: [], strict: 1 }, { args: [], tokens: 'yes' }, { args: [], allowPositionals: 0 },
    { args: [], options: 'nope' }, { args: [], options: { f: { type: 'boolean', default: 'x' } } },
    { args: [], options: { f: { type: 'boolean', multiple: true, default: true } } },
  ];
  badConfigs.forEach((cfg, i) => {
    checkSame(`parseArgs invalid #${i}`, () => show(real.parseArgs(cfg)), () => show(ours.parseArgs(cfg)));
  });
  checkSame('util export keys', () => Object.keys(real).filter((k) => k !== 'MIMEType' && k !== 'MIMEParams').join(' '),
    () => Object.keys(ours).join(' '));
}

// ---------------------------------------------------------------------------
// TextEncoder / TextDecoder (the engine uses our own; node's globals are the reference)
// ---------------------------------------------------------------------------

{
  const { TextEncoder: OurEncoder, TextDecoder: OurDecoder } = ours._nodescope.makeTextCoding();
  let seed = 12345;
  const rand = (n) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  const interesting = [0x00, 0x41, 0x7f, 0x80, 0xbf, 0xc0, 0xc1, 0xc2, 0xdf, 0xe0, 0xe2, 0xed, 0xef, 0xf0,
    0xf4, 0xf5, 0xff, 0x82, 0xac, 0x9f, 0xa0, 0x90, 0x8f, 0xfe, 0xd8, 0xdc, 0x3d, 0xbb];
  const samples = [];
  for (let n = 0; n < 400; n++) {
    const len = rand(9);
    samples.push(Uint8Array.from({ length: len }, () => (rand(3) === 0 ? rand(256) : interesting[rand(interesting.length)])));
  }
  samples.push(Uint8Array.of(0xef, 0xbb, 0xbf, 0x41), Uint8Array.of(0xff, 0xfe, 0x41, 0), Uint8Array.of(0xfe, 0xff, 0, 0x41));
  const decodeAll = (D, enc, opts, bytes, splits) => outcome(() => {
    const d = new D(enc, opts);
    let text = '';
    let start = 0;
    for (const at of splits) {
      text += d.decode(bytes.subarray(start, at), { stream: true });
      start = at;
    }
    text += d.decode(bytes.subarray(start));
    text += d.decode(bytes); // the decoder is reusable after a final decode
    return JSON.stringify(text);
  });
  for (const enc of ['utf-8', 'utf-16le', 'utf-16be', 'latin1']) {
    for (const opts of [undefined, { fatal: true }, { ignoreBOM: true }]) {
      samples.forEach((bytes, i) => {
        const splits = bytes.length > 2 ? [rand(bytes.length), bytes.length - 1].sort((a, b) => a - b) : [];
        record(`TextDecoder ${enc} ${JSON.stringify(opts)} #${i} [${bytes}] split ${splits}`,
          decodeAll(TextDecoder, enc, opts, bytes, splits), decodeAll(OurDecoder, enc, opts, bytes, splits));
      });
    }
  }
  for (const label of ['utf8', ' UTF-8 ', 'unicode-1-1-utf-8', 'utf-16', 'ascii', 'latin1', 'nope', 'utf-32']) {
    checkSame(`TextDecoder label ${label}`, () => new TextDecoder(label).encoding, () => new OurDecoder(label).encoding);
  }
  checkSame('TextDecoder bad input', () => new TextDecoder().decode('str'), () => new OurDecoder().decode('str'));
  checkSame('TextDecoder bad options', () => new TextDecoder('utf8', 5), () => new OurDecoder('utf8', 5));
  checkSame('TextDecoder no input', () => new TextDecoder().decode(), () => new OurDecoder().decode());
  checkSame('TextDecoder DataView', () => new TextDecoder().decode(new DataView(Uint8Array.of(65, 66, 67).buffer, 1)),
    () => new OurDecoder().decode(new DataView(Uint8Array.of(65, 66, 67).buffer, 1)));
  checkSame('TextDecoder inspect', () => real.inspect(new TextDecoder('utf-16le', { fatal: true })),
    () => ours.inspect(new OurDecoder('utf-16le', { fatal: true })));
  checkSame('TextEncoder inspect', () => real.inspect(new TextEncoder()), () => ours.inspect(new OurEncoder()));
  checkSame('TextEncoder props', () => `${new TextEncoder().encoding} ${Object.keys(new TextEncoder())}`,
    () => `${new OurEncoder().encoding} ${Object.keys(new OurEncoder())}`);
  const strs = ['', 'hello', 'h€llo', '😀 emoji', 'lone \ud800 x', '\udc00', 'ascii only text', 'ß∂ƒ©', undefined, null, 12];
  for (const str of strs) {
    checkSame(`TextEncoder.encode ${JSON.stringify(str)}`, () => real.inspect(new TextEncoder().encode(str)),
      () => ours.inspect(new OurEncoder().encode(str)));
    for (const size of [0, 1, 2, 3, 4, 5, 8, 20]) {
      const a = new Uint8Array(size);
      const b = new Uint8Array(size);
      checkSame(`TextEncoder.encodeInto ${JSON.stringify(str)} ${size}`,
        () => `${JSON.stringify(new TextEncoder().encodeInto(str, a))} ${a}`,
        () => `${JSON.stringify(new OurEncoder().encodeInto(str, b))} ${b}`);
    }
  }
  checkSame('TextEncoder.encodeInto bad dest', () => new TextEncoder().encodeInto('a', []), () => new OurEncoder().encodeInto('a', []));
}

// ---------------------------------------------------------------------------
// Asynchronous behaviour: promisify / callbackify
// ---------------------------------------------------------------------------

async function asyncChecks() {
  {
    const ac1 = new AbortController();
    const ac2 = new AbortController();
    const log = [];
    const p1 = real.aborted(ac1.signal, {}).then(() => log.push('real aborted'));
    const p2 = ours.aborted(ac2.signal, {}).then(() => log.push('ours aborted'));
    ac1.abort();
    ac2.abort();
    await Promise.all([p1, p2]);
    record('aborted resolves', 'real aborted,ours aborted', log.join());
    const bad = async (u) => u.aborted({}, {}).then(() => 'resolved', (e) => `${e.code}: ${e.message}`);
    record('aborted bad signal', await bad(real), await bad(ours));
  }
  async function trace(u) {
    const log = [];
    const ok = u.promisify((a, cb) => cb(null, a * 2));
    log.push(await ok(21));
    const fail = u.promisify((cb) => cb(new Error('nope')));
    try { await fail(); } catch (e) { log.push(e.message); }
    const thrower = u.promisify(() => { throw new Error('sync'); });
    try { await thrower(); } catch (e) { log.push(`sync ${e.message}`); }
    const multi = u.promisify((cb) => cb(null, 1, 2, 3));
    log.push(await multi());
    const self = { v: 5, m(cb) { cb(null, this.v); } };
    self.pm = u.promisify(self.m);
    log.push(await self.pm());
    await new Promise((resolve) => {
      const cb = u.callbackify(async (x) => x + 1);
      cb(1, (err, v) => { log.push(`cb ${err} ${v}`); resolve(); });
    });
    await new Promise((resolve) => {
      const cb = u.callbackify(async () => { throw new Error('rej'); });
      cb((err) => { log.push(`cb err ${err.message}`); resolve(); });
    });
    await new Promise((resolve) => {
      const cb = u.callbackify(() => Promise.reject(null));
      cb((err) => { log.push(`cb falsy ${err.message} ${err.code} ${err.reason} ${Object.keys(err)}`); resolve(); });
    });
    return log.join(' | ');
  }
  record('async promisify/callbackify', await trace(real), await trace(ours));
}

// ---------------------------------------------------------------------------
// Corpus: tests/corpus/console/*.js under real node with `require('util')` and console's
// formatting redirected to our util.js, compared with the recorded fixtures.
// ---------------------------------------------------------------------------

function corpusChecks() {
  const os = require('os');
  const { spawnSync } = require('child_process');
  const libUtil = path.join(path.dirname(self), '..', 'lib', 'util.js');
  const corpus = path.join(path.dirname(self), '..', '..', '..', '..', 'tests', 'corpus', 'console');
  if (!fs.existsSync(corpus)) return;
  const preload = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'nodescope-util-')), 'preload.cjs');
  fs.writeFileSync(preload, `'use strict';
const Module = require('module');
const fs = require('fs');
const path = require('path');
const vm = require('vm');
const STATES = ['pending', 'fulfilled', 'rejected'];
const { internalBinding } = require('internal/test/binding');
const binding = internalBinding('util');
const realTypes = require('util').types;
globalThis.__nodescope = {
  promiseState(p) {
    if (!realTypes.isPromise(p)) return undefined;
    const [state, value] = binding.getPromiseDetails(p);
    return { state: STATES[state], value };
  },
};
const file = ${JSON.stringify(libUtil)};
const wrapper = vm.runInThisContext('(function (exports, require, module, __filename, __dirname) {' +
  fs.readFileSync(file, 'utf8') + '\\n})', { filename: file });
const mod = { exports: {} };
wrapper.call(mod.exports, mod.exports, require, mod, file, path.dirname(file));
const ours = mod.exports;
const originalLoad = Module._load;
Module._load = function (request, parent, isMain) {
  if (request === 'util' || request === 'node:util') return ours;
  return originalLoad.call(this, request, parent, isMain);
};
// Keep node's console (groups, counters, streams) but let our util do the formatting.
const methods = {};
for (const name of ['log', 'info', 'debug', 'warn', 'error']) {
  methods[name] = console[name];
  console[name] = function (...args) { return methods[name].call(this, '%s', ours.format(...args)); };
}
console.dir = function (value, options) {
  return methods.log.call(this, '%s', ours.inspect(value, Object.assign({ customInspect: false }, options)));
};
`);
  for (const name of fs.readdirSync(corpus).filter((f) => f.endsWith('.js')).sort()) {
    const base = name.slice(0, -3);
    const expected = (ext) => {
      const f = path.join(corpus, `${base}.${ext}`);
      return fs.existsSync(f) ? fs.readFileSync(f, 'utf8') : null;
    };
    const r = spawnSync(process.execPath, ['--expose-internals', '--no-warnings', '-r', preload, name], { cwd: corpus, encoding: 'utf8' });
    const exitWanted = expected('exit');
    record(`corpus ${base} stdout`, expected('stdout'), r.stdout);
    record(`corpus ${base} stderr`, expected('stderr'), r.stderr);
    record(`corpus ${base} exit`, exitWanted === null ? null : exitWanted.trim(), String(r.status));
  }
  fs.rmSync(path.dirname(preload), { recursive: true, force: true });
}

asyncChecks().then(() => {
  corpusChecks();
  const total = passed + failures.length;
  console.log(`${passed} passed, ${failures.length} failed (of ${total})`);
  const show = verbose ? failures : failures.slice(0, 15);
  for (const f of show) {
    console.log(`\n--- ${f.label}`);
    console.log(`expected: ${JSON.stringify(f.expected)}`);
    console.log(`actual:   ${JSON.stringify(f.actual)}`);
  }
  if (failures.length > show.length) console.log(`\n(${failures.length - show.length} more; -v shows all)`);
  process.exitCode = failures.length === 0 ? 0 : 1;
});
})();
