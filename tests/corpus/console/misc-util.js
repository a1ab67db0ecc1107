// Smaller util helpers: deprecate (with warnings off), debuglog, stripVTControlCharacters,
// toUSVString, getSystemErrorName, styleText on a non-TTY stream.
const util = require('util');
process.noDeprecation = true;
const old = util.deprecate(function old(a) { return a * 2; }, 'old() is deprecated', 'DEP_NS_1');
console.log(old(21), old(1));
const debug = util.debuglog('nodescope-test');
debug('not printed without NODE_DEBUG');
console.log('debug enabled:', debug.enabled);
console.log(util.stripVTControlCharacters('\u001b[1mbold\u001b[22m and \u001b[31mred\u001b[39m'));
console.log(JSON.stringify(util.toUSVString('ok \ud800 lone')));
console.log(util.getSystemErrorName(-2), util.getSystemErrorName(-13), util.getSystemErrorMap().get(-98));
console.log(util.styleText('red', 'plain when not a terminal'));
console.log(util.inspect.custom, util.promisify.custom);
console.log(util._extend({ a: 1 }, { b: 2 }));
