// Invalid chunks in byte mode, null values, typed arrays.
const { Readable } = require('stream');

const r = new Readable({ read() {} });
r.on('error', (err) => console.log('error', err.name, err.code, err.message));
r.on('close', () => console.log('close, destroyed', r.destroyed));
console.log('push number ->', r.push(5));
console.log('errored', r.errored && r.errored.code);

const t = new Readable({ read() {} });
t.push(new Uint16Array([0x4142, 0x4344]));
t.push(new Uint8Array([0x45]));
t.push(new DataView(new ArrayBuffer(1)));
console.log('typed arrays buffered', t.readableLength, t.read());

const o = new Readable({ objectMode: true, read() {} });
o.push(5);
o.push('str');
o.push([1]);
console.log('objectMode length', o.readableLength);
