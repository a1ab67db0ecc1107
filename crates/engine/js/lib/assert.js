// Node's `assert` module: the common assertions with AssertionError.
'use strict';
class AssertionError extends Error {
  constructor(options) {
    super(options.message);
    this.name = 'AssertionError';
    this.code = 'ERR_ASSERTION';
    this.actual = options.actual;
    this.expected = options.expected;
    this.operator = options.operator;
    this.generatedMessage = !options.userMessage;
  }
}
function fail(actual, expected, message, operator, defaultMsg) {
  if (message instanceof Error) throw message;
  throw new AssertionError({ message: message || defaultMsg, actual, expected, operator, userMessage: !!message });
}
const util = () => require('util');
function ok(value, message) {
  if (!value) fail(value, true, message, '==', message === undefined && arguments.length === 0 ? 'No value argument passed to `assert.ok()`' : 'The expression evaluated to a falsy value:\n\n  assert(' + util().inspect(value) + ')\n');
}
function assert(value, message) { ok.apply(null, arguments); }
assert.ok = ok;
assert.AssertionError = AssertionError;
assert.fail = (message = 'Failed') => { if (message instanceof Error) throw message; throw new AssertionError({ message, operator: 'fail', userMessage: true }); };
assert.equal = (a, b, m) => { if (!(a == b || (a !== a && b !== b))) fail(a, b, m, '==', `${util().inspect(a)} == ${util().inspect(b)}`); };
assert.notEqual = (a, b, m) => { if (a == b) fail(a, b, m, '!=', `${util().inspect(a)} != ${util().inspect(b)}`); };
assert.strictEqual = (a, b, m) => { if (!Object.is(a, b)) fail(a, b, m, 'strictEqual', `Expected values to be strictly equal:\n\n${util().inspect(a)} !== ${util().inspect(b)}\n`); };
assert.notStrictEqual = (a, b, m) => { if (Object.is(a, b)) fail(a, b, m, 'notStrictEqual', `Expected "actual" to be strictly unequal to: ${util().inspect(b)}`); };
assert.deepStrictEqual = (a, b, m) => { if (!util().isDeepStrictEqual(a, b)) fail(a, b, m, 'deepStrictEqual', 'Expected values to be strictly deep-equal:\n' + util().inspect(a) + '\n\nshould equal\n\n' + util().inspect(b)); };
assert.deepEqual = (a, b, m) => { if (!util().isDeepStrictEqual(a, b) && JSON.stringify(a) != JSON.stringify(b)) fail(a, b, m, 'deepEqual', 'Expected values to be loosely deep-equal:\n\n' + util().inspect(a) + '\n\nshould loosely deep-equal\n\n' + util().inspect(b)); };
assert.notDeepStrictEqual = (a, b, m) => { if (util().isDeepStrictEqual(a, b)) fail(a, b, m, 'notDeepStrictEqual', 'Expected "actual" not to be strictly deep-equal to: ' + util().inspect(b)); };
assert.throws = (fn, expected, message) => {
  try { fn(); } catch (e) {
    if (typeof expected === 'function' && expected.prototype !== undefined && !(e instanceof expected)) throw e;
    if (expected instanceof RegExp && !expected.test(String(e))) throw e;
    return;
  }
  fail(undefined, expected, typeof expected === 'string' ? expected : message, 'throws', 'Missing expected exception.');
};
assert.doesNotThrow = (fn) => { fn(); };
assert.rejects = async (p, expected) => {
  try { await (typeof p === 'function' ? p() : p); } catch (e) { return; }
  fail(undefined, expected, undefined, 'rejects', 'Missing expected rejection.');
};
assert.match = (s, re, m) => { if (!re.test(s)) fail(s, re, m, 'match', `The input did not match the regular expression ${re}. Input:\n\n${util().inspect(s)}\n`); };
assert.ifError = (v) => { if (v !== null && v !== undefined) throw v; };
assert.strict = assert;
module.exports = assert;
