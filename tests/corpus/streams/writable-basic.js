// Writable: write() results, callback order, end(), 'finish' and 'close'.
const { Writable } = require('stream');

const w = new Writable({
  write(chunk, encoding, cb) {
    console.log('_write', JSON.stringify(chunk.toString()), encoding, 'writableLength', this.writableLength);
    cb();
  },
});
for (const ev of ['prefinish', 'finish', 'close', 'drain', 'pipe', 'unpipe']) w.on(ev, () => console.log('event', ev));
console.log('write ->', w.write('hello', () => console.log('cb hello')));
console.log('write ->', w.write(Buffer.from('world'), () => console.log('cb world')));
console.log('writableLength', w.writableLength, 'writable', w.writable);
w.end('!', () => console.log('end callback'));
console.log('after end: writable', w.writable, 'writableEnded', w.writableEnded, 'writableFinished', w.writableFinished);
process.nextTick(() => console.log('nextTick'));
Promise.resolve().then(() => console.log('microtask'));
w.on('finish', () => console.log('writableFinished', w.writableFinished, 'destroyed', w.destroyed));
w.on('close', () => console.log('closed', w.closed, 'destroyed', w.destroyed));
