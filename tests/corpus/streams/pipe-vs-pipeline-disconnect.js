// A client disconnects mid-transfer: .pipe() leaves the source open, pipeline() destroys it.
const { Readable, Writable, pipeline } = require('stream');

function file(name) {
  let chunks = 0;
  const r = new Readable({
    highWaterMark: 64,
    read() {
      chunks++;
      this.push(chunks <= 100 ? Buffer.alloc(16, chunks) : null);
    },
  });
  r.on('close', () => console.log(name, 'source close'));
  return r;
}
function client(name) {
  let received = 0;
  const w = new Writable({
    highWaterMark: 32,
    write(chunk, enc, cb) {
      received += chunk.length;
      if (received > 64) {
        cb(new Error('socket hang up'));
      } else {
        setImmediate(cb);
      }
    },
  });
  w.on('close', () => console.log(name, 'client close'));
  return w;
}

const a = file('pipe');
const ac = client('pipe');
ac.on('error', (err) => {
  console.log('pipe: client error', err.message);
  setImmediate(() => {
    console.log('pipe: source destroyed?', a.destroyed, 'buffered bytes', a.readableLength, 'flowing', a.readableFlowing);
    runPipeline();
  });
});
a.pipe(ac);

function runPipeline() {
  const b = file('pipeline');
  const bc = client('pipeline');
  pipeline(b, bc, (err) => {
    console.log('pipeline: callback', err.message);
    console.log('pipeline: source destroyed?', b.destroyed, 'client destroyed?', bc.destroyed);
  });
}
