// util.inspect with colors: true adds ANSI escape codes (and still lays out by visible width).
const util = require('util');
console.log(JSON.stringify(util.inspect({ n: 1, s: 'str', b: true, u: undefined, z: null, sym: Symbol('q') }, { colors: true })));
console.log(JSON.stringify(util.inspect([new Date(0), /re/g, 10n, () => {}], { colors: true })));
console.log(JSON.stringify(util.inspect(Array.from({ length: 8 }, (_, i) => i * 11), { colors: true })));
console.log(JSON.stringify(util.formatWithOptions({ colors: true }, 'value: %O and %s', { a: 1 }, 'str', 42)));
console.log(Object.keys(util.inspect.styles).join(','));
