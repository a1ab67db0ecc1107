// 'end' is emitted only after all data is consumed, on a later tick.
const { Readable } = require('stream');

const r = new Readable({ read() {} });
r.push('a');
r.push(null);
r.on('end', () => console.log('end'));
r.on('close', () => console.log('close'));
console.log('read ->', String(r.read()));
console.log('ended', r.readableEnded, 'readable', r.readable);
process.nextTick(() => console.log('tick 1'));
Promise.resolve().then(() => console.log('micro 1'));
setImmediate(() => console.log('immediate'));
console.log('read again ->', r.read());
