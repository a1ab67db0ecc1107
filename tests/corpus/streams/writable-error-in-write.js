// _write calling back with an error: callback, 'error', 'close'; queued writes fail too.
const { Writable } = require('stream');

let calls = 0;
const w = new Writable({
  highWaterMark: 100,
  write(chunk, enc, cb) {
    calls++;
    console.log('_write', String(chunk));
    setImmediate(() => cb(calls === 1 ? new Error('disk full') : null));
  },
});
w.on('error', (err) => console.log('error', err.message, 'destroyed', w.destroyed));
w.on('close', () => console.log('close; errored', w.errored && w.errored.message));
w.on('finish', () => console.log('finish (never)'));
console.log('write 1 ->', w.write('one', (err) => console.log('cb one', err && err.message)));
console.log('write 2 ->', w.write('two', (err) => console.log('cb two', err && err.message)));
console.log('write 3 ->', w.write('three', (err) => console.log('cb three', err && err.message)));
setImmediate(() => {
  setImmediate(() => {
    console.log('write after error ->', w.write('four', (err) => console.log('cb four', err && err.code)));
  });
});

const sync = new Writable({ write(chunk, enc, cb) { cb(new Error('sync failure')); } });
sync.on('error', (err) => console.log('sync error event', err.message));
console.log('sync write ->', sync.write('x', (err) => console.log('sync cb', err.message)));
console.log('sync errored now', sync.errored && sync.errored.message, 'destroyed', sync.destroyed);
