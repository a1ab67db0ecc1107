// An Immediate object: its class and its methods.
const util = require('util');
const imm = setImmediate(function named(a, b) { console.log('ran with', a, b); }, 1, 2);
console.log(imm.constructor.name);
console.log(typeof imm.ref, typeof imm.unref, typeof imm.hasRef);
console.log('hasRef:', imm.hasRef());
imm.unref();
console.log('after unref:', imm.hasRef());
imm.ref();
console.log('ref returns this:', imm.ref() === imm);
console.log('_onImmediate name:', imm._onImmediate.name);
console.log('_argv:', imm._argv);
console.log(util.inspect(imm).startsWith('Immediate {'));
