// read(n) returns null until n bytes are buffered, except at the end.
const { Readable } = require('stream');
const r = new Readable({ read() {} });
r.push('abc');
console.log(r.read(5), r.readableLength);
r.push('defg');
console.log(String(r.read(5)), r.readableLength);
console.log(String(r.read(0)), r.readableLength);
console.log(String(r.read()), r.readableLength);
r.push('xy');
r.push(null);
console.log(String(r.read(5)), r.readableLength);
console.log(r.read(), r.readableEnded);
r.on('end', () => console.log('end', r.readableEnded));
