// A destination destroyed without an error: ERR_STREAM_PREMATURE_CLOSE.
const { pipeline, Readable, Writable } = require('stream');

const src = new Readable({ read() { this.push('x'); } });
const dst = new Writable({
  highWaterMark: 16,
  write(chunk, enc, cb) {
    setImmediate(cb);
  },
});
src.on('close', () => console.log('src close'));
src.on('error', (e) => console.log('src error', e.code));
dst.on('close', () => console.log('dst close'));
pipeline(src, dst, (err) => {
  console.log('callback', err.name, err.code, err.message);
  console.log('src destroyed', src.destroyed);
});
setTimeout(() => dst.destroy(), 5);
