// read(n): exact sizes, splitting chunks, asking for more than is buffered.
const { Readable } = require('stream');

const r = new Readable({ read() {} });
r.push('abc');
r.push('defgh');
r.push('ij');
console.log('length', r.readableLength);
console.log('read(2)', String(r.read(2)), r.readableLength);
console.log('read(4)', String(r.read(4)), r.readableLength);
console.log('read(10) not enough, not ended ->', r.read(10), r.readableLength, 'hwm', r.readableHighWaterMark);
console.log('read(0)', r.read(0));
console.log('read() all', String(r.read()), r.readableLength);
r.push('klm');
r.push(null);
console.log('after EOF read(10) ->', String(r.read(10)));
console.log('read() at end ->', r.read());
r.on('end', () => console.log('end', r.readableEnded));
console.log('big read raises hwm:');
const r2 = new Readable({ read() {} });
r2.push('x');
r2.read(100);
console.log('hwm now', r2.readableHighWaterMark);
r2.read(20000);
console.log('hwm now', r2.readableHighWaterMark);
