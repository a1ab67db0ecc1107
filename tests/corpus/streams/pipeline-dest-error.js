// pipeline() with a failing destination destroys every stream and reports the first error.
const { pipeline, Readable, PassThrough, Writable } = require('stream');

let reads = 0;
const src = new Readable({
  highWaterMark: 16,
  read() {
    reads++;
    this.push('chunk');
  },
});
const mid = new PassThrough({ highWaterMark: 16 });
let n = 0;
const dst = new Writable({
  highWaterMark: 16,
  write(chunk, enc, cb) {
    if (++n === 3) cb(new Error('client disconnected'));
    else setImmediate(cb);
  },
});
for (const [name, s] of [['src', src], ['mid', mid], ['dst', dst]]) {
  s.on('close', () => console.log(name, 'close'));
  s.on('error', (e) => console.log(name, 'error', e.code || e.message));
}
pipeline(src, mid, dst, (err) => {
  console.log('callback', err.message);
  console.log('destroyed', src.destroyed, mid.destroyed, dst.destroyed);
  setImmediate(() => console.log('later: src buffered', src.readableLength));
});
