// util.format placeholders: %s %d %i %f %j %o %O %c and %%.
const util = require('util');
console.log(util.format('%s is %d years old', 'Alice', 42));
console.log(util.format('%i and %i', 42.9, '17.5'), util.format('%f', '3.25abc'));
console.log(util.format('%d %d %d', '0x10', 5n, {}));
console.log(util.format('%j', { a: [1, 'b'], c: null }));
const circ = {};
circ.me = circ;
console.log(util.format('%j', circ));
console.log(util.format('%o', { a: [1, 2], b: { c: 1 } }));
console.log(util.format('%O', { a: { b: { c: { d: 1 } } } }));
console.log(util.format('%cstyled%c text', 'color: red', 'color: blue'));
console.log(util.format('100%% sure %s', 'yes'));
console.log(util.format('%s %s', 'only one'));
console.log(util.format('%x %s', 'unknown placeholder'));
console.log(util.format('%s', Symbol('sym')), util.format('%d', Symbol('sym')));
console.log('console.log uses format too: %s=%d', 'x', 10);
console.log('%s%s%s', 1, 2, 3, 'extra');
