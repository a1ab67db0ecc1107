// objectMode: highWaterMark counts objects (default 16).
const { Readable } = require('stream');

const r = new Readable({ objectMode: true, read() {} });
console.log('hwm', r.readableHighWaterMark, 'objectMode', r.readableObjectMode);
const results = [];
for (let i = 0; i < 18; i++) results.push(r.push({ i }));
console.log('push results', results.map((x) => (x ? 'T' : 'F')).join(''));
console.log('length', r.readableLength);
console.log('read()', r.read(), 'read(5) in objectMode', r.read(5));
console.log('length', r.readableLength);
console.log('push falsy values', r.push(0), r.push(''), r.push(false));
const items = [];
r.on('data', (d) => items.push(d));
r.push(null);
r.on('end', () => console.log('got', items.length, 'items; last ones', JSON.stringify(items.slice(-4))));
