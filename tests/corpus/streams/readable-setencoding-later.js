// setEncoding after data is buffered converts what is buffered; encoding option.
const { Readable } = require('stream');

const r = new Readable({ read() {} });
r.push(Buffer.from([0x68, 0x69, 0xc3]));
r.push(Buffer.from([0xa9, 0x21]));
console.log('length before', r.readableLength);
r.setEncoding('utf8');
console.log('length after', r.readableLength, JSON.stringify(r.read()));

const r2 = new Readable({ encoding: 'utf8', read() {} });
r2.push('hé');
console.log('encoding option', r2.readableEncoding, JSON.stringify(r2.read()));

const r3 = new Readable({ encoding: 'latin1', read() {} });
r3.push('hé', 'latin1');
r3.push(Buffer.from([0xe9]));
console.log('latin1', JSON.stringify(r3.read()));

const r4 = new Readable({ read() {} });
r4.setEncoding('utf16le');
r4.push(Buffer.from([0x41]));
r4.push(Buffer.from([0x00, 0x42]));
r4.push(null);
r4.on('data', (d) => console.log('utf16le', JSON.stringify(d)));
