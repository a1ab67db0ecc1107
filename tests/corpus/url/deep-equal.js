// assert/util deep equality compares URLs by href.
const assert = require('assert');
const util = require('util');
console.log(util.isDeepStrictEqual(new URL('http://a/x'), new URL('http://a/x')), util.isDeepStrictEqual(new URL('http://a/x'), new URL('http://a/y')));
try { assert.deepStrictEqual(new URL('http://a'), new URL('http://b')); console.log('equal'); } catch (e) { console.log(e.code, e.name); }
assert.deepStrictEqual({ link: new URL('HTTP://A.com:80/') }, { link: new URL('http://a.com/') });
console.log('normalized URLs are equal');
