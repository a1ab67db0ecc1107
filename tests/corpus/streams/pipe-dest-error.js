// When the destination of .pipe() fails, the source is unpiped but NOT destroyed:
// it stays open with its buffers (the leak pipeline() avoids).
const { Readable, Writable } = require('stream');

let reads = 0;
const src = new Readable({
  highWaterMark: 4,
  read() {
    reads++;
    this.push('data');
  },
});
src.on('close', () => console.log('src close (only after our own destroy)'));
src.on('pause', () => console.log('src pause'));
let n = 0;
const dst = new Writable({
  highWaterMark: 16,
  write(chunk, enc, cb) {
    n++;
    if (n === 3) cb(new Error('client went away'));
    else setImmediate(cb);
  },
});
dst.on('error', (err) => console.log('dst error', err.message));
dst.on('unpipe', () => console.log('dst unpipe'));
dst.on('close', () => {
  console.log('dst close');
  setImmediate(report);
});
src.pipe(dst);
function report() {
  console.log('src destroyed', src.destroyed, 'readable', src.readable, 'flowing', src.readableFlowing);
  console.log('src buffered', src.readableLength, 'reads', reads);
  console.log('dst destroyed', dst.destroyed);
  src.destroy();
}
