// setEncoding: a multi-byte character split across chunks is held back until complete.
const { Readable } = require('stream');

const euro = Buffer.from('€'); // e2 82 ac
const smile = Buffer.from('😀'); // f0 9f 98 80
const parts = [
  Buffer.from('a'), euro.subarray(0, 1), euro.subarray(1), Buffer.concat([Buffer.from('b'), smile.subarray(0, 2)]),
  smile.subarray(2, 3), smile.subarray(3), Buffer.from([0xe2, 0x82]),
];
const r = new Readable({
  read() {
    const p = parts.shift();
    this.push(p === undefined ? null : p);
  },
});
r.setEncoding('utf8');
console.log('readableEncoding', r.readableEncoding);
r.on('data', (s) => console.log('data', JSON.stringify(s), typeof s, 'length', s.length));
r.on('end', () => console.log('end'));

const h = new Readable({ read() {} });
h.setEncoding('hex');
h.on('data', (s) => console.log('hex', s));
h.push(Buffer.from([1, 2, 255]));
h.push(null);

const b = new Readable({ read() {} });
b.setEncoding('base64');
b.on('data', (s) => console.log('base64', s));
b.push(Buffer.from('ab'));
b.push(Buffer.from('cde'));
b.push(Buffer.from('f'));
b.push(null);
