// util.inspect of an Immediate, with the changing ids masked.
const util = require('util');
const imm = setImmediate(function later() {}, 'x');
console.log(util.inspect(imm)
  .replace(/\[Symbol\(asyncId\)\]: \d+/, '[Symbol(asyncId)]: N')
  .replace(/\[Symbol\(triggerId\)\]: \d+/, '[Symbol(triggerId)]: N'));
clearImmediate(imm);
