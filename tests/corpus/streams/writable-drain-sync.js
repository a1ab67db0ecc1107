// 'drain' after synchronous _write completions is deferred with process.nextTick.
const { Writable } = require('stream');

let pending = null;
const w = new Writable({
  highWaterMark: 4,
  write(chunk, enc, cb) {
    console.log('_write', String(chunk));
    if (String(chunk) === 'slow') {
      pending = cb;
    } else {
      cb();
    }
  },
});
w.on('drain', () => console.log('drain'));
console.log('write slow ->', w.write('slow'));
console.log('write ab ->', w.write('ab', () => console.log('cb ab')));
console.log('write cd ->', w.write('cd', () => console.log('cb cd')));
console.log('needDrain', w.writableNeedDrain, 'length', w.writableLength);
setImmediate(() => {
  console.log('releasing slow write (async completion)');
  process.nextTick(() => console.log('nextTick queued before release'));
  pending();
  console.log('after release, length', w.writableLength);
  Promise.resolve().then(() => console.log('microtask after release'));
});
