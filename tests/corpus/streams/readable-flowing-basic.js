// Flowing mode: 'data' listeners switch the stream to flowing on the next tick.
const { Readable } = require('stream');

let n = 0;
const r = new Readable({
  read(size) {
    n++;
    console.log('_read called, size', size, 'n', n);
    if (n <= 3) this.push(`chunk${n}`);
    else this.push(null);
  },
});
for (const ev of ['pause', 'resume', 'end', 'close']) r.on(ev, () => console.log('event', ev));
console.log('readableFlowing before', r.readableFlowing);
r.on('data', (d) => console.log('data', d.toString(), 'isBuffer', Buffer.isBuffer(d), 'readableLength', r.readableLength));
console.log('readableFlowing after on(data)', r.readableFlowing, 'isPaused', r.isPaused());
process.nextTick(() => console.log('nextTick after subscribe'));
Promise.resolve().then(() => console.log('microtask after subscribe'));
r.on('end', () => console.log('readableEnded', r.readableEnded, 'destroyed', r.destroyed));
r.on('close', () => console.log('after close destroyed', r.destroyed, 'closed', r.closed));
console.log('main done');
