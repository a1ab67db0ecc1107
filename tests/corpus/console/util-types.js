// util.types and the legacy util.is* helpers.
const util = require('util');
const { types } = util;
const samples = {
  promise: Promise.resolve(),
  date: new Date(0),
  regexp: /x/,
  map: new Map(),
  set: new Set(),
  u8: new Uint8Array(1),
  buffer: new ArrayBuffer(1),
  asyncFn: async () => {},
  genFn: function* () {},
  error: new Error('e'),
  plain: {},
  boxed: new Number(1),
};
for (const [name, value] of Object.entries(samples)) {
  const hits = Object.keys(types).filter((k) => k !== 'isProxy' && types[k](value));
  console.log(name.padEnd(8), hits.join(' '));
}
console.log(util.isArray([]), util.isError(new TypeError()), util.isPrimitive('s'), util.isPrimitive({}));
console.log(util.isFunction(() => {}), util.isNullOrUndefined(null), util.isObject(null), util.isRegExp(/a/));
