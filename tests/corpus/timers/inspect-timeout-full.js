// util.inspect of a Timeout, with the changing ids masked.
const util = require('util');
const t = setTimeout(function tick() {}, 1500, 'arg');
const text = util.inspect(t)
  .replace(/_idleStart: \d+/, '_idleStart: N')
  .replace(/\[Symbol\(asyncId\)\]: \d+/, '[Symbol(asyncId)]: N')
  .replace(/\[Symbol\(triggerId\)\]: \d+/, '[Symbol(triggerId)]: N');
console.log(text);
clearTimeout(t);
