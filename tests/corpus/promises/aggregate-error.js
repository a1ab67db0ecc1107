// AggregateError from Promise.any and by hand.
const util = require('util');
Promise.any([Promise.reject(new TypeError('t')), Promise.reject(new RangeError('r'))]).catch((e) => {
  console.log(e.constructor.name, e.name);
  console.log(JSON.stringify(e.message));
  console.log(e.errors.map((x) => `${x.name}: ${x.message}`).join(', '));
  console.log(e instanceof Error, Array.isArray(e.errors));
});
const manual = new AggregateError([new Error('a'), 'b'], 'many things failed');
console.log(manual.message, manual.errors.length, typeof manual.errors[1]);
console.log(Object.prototype.toString.call(manual), String(manual));
