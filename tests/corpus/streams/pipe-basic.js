// pipe(): events on both sides, end propagation, the return value.
const { Readable, Writable } = require('stream');

const src = new Readable({
  read() {},
});
const got = [];
const dst = new Writable({
  write(chunk, enc, cb) {
    got.push(String(chunk));
    cb();
  },
});
dst.on('pipe', (s) => console.log('dst pipe event, from src', s === src));
dst.on('unpipe', (s) => console.log('dst unpipe event', s === src));
dst.on('finish', () => console.log('dst finish', got));
dst.on('close', () => console.log('dst close'));
src.on('end', () => console.log('src end'));
src.on('close', () => console.log('src close'));
src.on('resume', () => console.log('src resume'));
console.log('pipe returns dest', src.pipe(dst) === dst);
console.log('flowing right after pipe', src.readableFlowing);
src.push('a');
src.push('b');
setImmediate(() => {
  src.push('c');
  src.push(null);
});
