// util.inspect of buffers: long ones, nested ones, options.
const util = require('util');
const big = Buffer.alloc(120, 0xab);
console.log(util.inspect(big));
console.log(util.inspect(Buffer.alloc(51)));
console.log({ nested: { deeper: { buf: Buffer.from('x') } } });
console.log([Buffer.from('a'), Buffer.from('b')]);
console.log(new Map([['k', Buffer.from('v')]]));
console.log(util.inspect(Buffer.from('abc'), { showHidden: true }).split('\n')[0]);
console.log(util.inspect(new Uint8Array(3)), util.inspect(new ArrayBuffer(2)));
const buffer = require('buffer');
const old = buffer.INSPECT_MAX_BYTES;
buffer.INSPECT_MAX_BYTES = 4;
console.log(Buffer.from('abcdefgh'));
buffer.INSPECT_MAX_BYTES = old;
console.log(Buffer.from('abcdefgh'));
console.log(String(Buffer.from([0xe2, 0x82])).length);
